use crate::util::char_width;
#[cfg(feature = "arbitrary")]
use arbitrary::Arbitrary;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use std::ops::Range;
use unicode_linebreak::{BreakClass, break_property, linebreaks};
use unicode_segmentation::UnicodeSegmentation;

/// Specify how logical lines are soft-wrapped at render time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "arbitrary", derive(Arbitrary))]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum WrapMode {
    /// Disable soft wrapping and keep horizontal scrolling behavior.
    None,
    /// Wrap only where the Unicode line breaking algorithm (UAX #14) allows a break: after
    /// the spaces that follow a word, after a hyphen, between ideographs. Spaces at the end of
    /// a row hang past its right edge, so no row starts with a space. Words wider than the
    /// viewport are not split.
    Word,
    /// Wrap at grapheme boundaries.
    Glyph,
    /// Wrap like [`WrapMode::Word`], and fall back to grapheme wrapping for words wider than the
    /// viewport.
    WordOrGlyph,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct WrappedLine {
    pub row: usize,
    pub start_byte: usize,
    pub end_byte: usize,
    pub start_col: usize,
    pub end_col: usize,
    pub first_in_row: bool,
    pub last_in_row: bool,
}

pub(crate) fn effective_wrap_width(total_width: u16, line_number_len: Option<u8>) -> usize {
    let total_width = total_width as usize;
    let reserved = line_number_len.map(|len| len as usize + 2).unwrap_or(0);
    if total_width > reserved {
        total_width - reserved
    } else {
        1
    }
}

/// The byte ranges of `line` (one line of text, without its newline) that a
/// [`TextArea`](crate::TextArea) in `mode` draws as the rows of a viewport `width` columns
/// wide, a tab reaching the next multiple of `tab_len`. An application can draw text it is not
/// editing with this, so that the text keeps its rows when editing starts and ends.
///
/// A row may end in spaces that hang past `width`; an empty line is one empty row.
/// ```
/// use ratatui_textarea::{WrapMode, wrap_ranges};
///
/// let line = "the best-selling time.";
/// let rows: Vec<_> = wrap_ranges(line, WrapMode::WordOrGlyph, 8, 4)
///     .into_iter()
///     .map(|range| &line[range])
///     .collect();
/// assert_eq!(rows, ["the ", "best-", "selling ", "time."]);
/// ```
pub fn wrap_ranges(line: &str, mode: WrapMode, width: usize, tab_len: u8) -> Vec<Range<usize>> {
    line_ranges(line, mode, width, tab_len, None)
        .into_iter()
        .map(|(start, end)| start..end)
        .collect()
}

pub(crate) fn line_ranges(
    line: &str,
    mode: WrapMode,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
) -> Vec<(usize, usize)> {
    if mode == WrapMode::None {
        return vec![(0, line.len())];
    }

    let width = width.max(1);
    let mut out = match mode {
        WrapMode::None => vec![(0, line.len())],
        WrapMode::Glyph => {
            let mut chunks = Vec::new();
            split_range_by_grapheme_width(line, 0, line.len(), width, tab_len, mask, &mut chunks);
            chunks
        }
        WrapMode::Word => wrap_at_line_breaks(line, width, tab_len, mask, false),
        WrapMode::WordOrGlyph => wrap_at_line_breaks(line, width, tab_len, mask, true),
    };

    if out.is_empty() {
        out.push((0, 0));
    }
    out
}

/// Greedy wrapping at the line-break opportunities of UAX #14. A row ends after the spaces
/// that follow its last word: they hang past the right edge and are not counted against the
/// width, so the next row starts with a word.
fn wrap_at_line_breaks(
    line: &str,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
    fallback_to_glyph: bool,
) -> Vec<(usize, usize)> {
    let mut rows = Rows {
        line,
        width,
        tab_len,
        mask,
        fallback_to_glyph,
        out: Vec::new(),
        row_start: 0,
        row_end: 0,
        row_width: 0,
    };
    let mut segment_start = 0usize;
    for (segment_end, _) in linebreaks(line) {
        rows.push_segment(segment_start, segment_end, true);
        segment_start = segment_end;
    }
    rows.finish()
}

/// The rows of one line as they are being filled.
struct Rows<'a> {
    line: &'a str,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
    fallback_to_glyph: bool,
    out: Vec<(usize, usize)>,
    row_start: usize,
    /// The end of the open row, its hanging spaces included.
    row_end: usize,
    /// Columns used by the open row, the spaces after its last word included: they count
    /// once another word follows them on the row.
    row_width: usize,
}

impl Rows<'_> {
    fn width_of(&self, start: usize, end: usize, from_col: usize) -> usize {
        display_width_from(&self.line[start..end], from_col, self.tab_len, self.mask)
    }

    fn is_row_empty(&self) -> bool {
        self.row_end == self.row_start
    }

    fn close_row(&mut self, next_start: usize) {
        self.out.push((self.row_start, self.row_end));
        self.row_start = next_start;
        self.row_end = next_start;
        self.row_width = 0;
    }

    /// Adds the text between two break opportunities: a body and the spaces after it.
    /// A body wider than a row is first broken after its own spaces (UAX #14 keeps some
    /// spaces unbreakable, as in `"Yes." (Now)`, where the quote may open), then, in
    /// [`WrapMode::WordOrGlyph`], between graphemes.
    fn push_segment(&mut self, start: usize, end: usize, may_break_at_spaces: bool) {
        let body_end = start + self.line[start..end].trim_end_matches(' ').len();
        let mut body_width = self.width_of(start, body_end, self.row_width);
        if !self.is_row_empty() && self.row_width + body_width > self.width {
            self.close_row(start);
            body_width = self.width_of(start, body_end, 0);
        }

        if self.is_row_empty() && body_width > self.width {
            if may_break_at_spaces
                && self.line[start..body_end]
                    .trim_start_matches(' ')
                    .contains(' ')
            {
                let mut piece_start = start;
                for (at, _) in self.line[start..body_end].match_indices(' ') {
                    let after = start + at + 1;
                    if !self.line[after..].starts_with(' ') && after > piece_start {
                        self.push_segment(piece_start, after, false);
                        piece_start = after;
                    }
                }
                self.push_segment(piece_start, end, false);
                return;
            }
            if self.fallback_to_glyph {
                self.push_glyphs(start, body_end);
            } else {
                self.row_width += body_width;
            }
        } else {
            self.row_width += body_width;
        }

        self.row_end = end;
        self.row_width += self.width_of(body_end, end, self.row_width);
    }

    /// A body wider than a row: all but its last piece fill rows of their own, and the
    /// last one opens a row that the following words may join. A row never starts with a
    /// char that UAX #14 keeps with the one before it (as `,` `.` `)` `-` `%` `。`): the
    /// row before gives up its last graphemes instead, where it has more than those.
    fn push_glyphs(&mut self, start: usize, end: usize) {
        let graphemes: Vec<(usize, &str)> = self.line[start..end]
            .grapheme_indices(true)
            .map(|(offset, grapheme)| (start + offset, grapheme))
            .collect();
        let mut first = 0usize;
        let mut width = 0usize;
        let mut i = 0usize;
        while i < graphemes.len() {
            let (_, grapheme) = graphemes[i];
            let next_width = display_width_to(grapheme, width, self.tab_len, self.mask);
            if i > first && next_width > self.width {
                let at = (first + 1..=i)
                    .rev()
                    .find(|&j| may_start_row(graphemes[j].1))
                    .unwrap_or(i);
                self.out.push((graphemes[first].0, graphemes[at].0));
                first = at;
                width = 0;
                i = at;
                continue;
            }
            width = next_width;
            i += 1;
        }
        if let Some(&(row_start, _)) = graphemes.get(first) {
            self.row_start = row_start;
            self.row_width = width;
        }
    }

    fn finish(mut self) -> Vec<(usize, usize)> {
        if !self.is_row_empty() || self.out.is_empty() {
            self.out.push((self.row_start, self.row_end));
        }
        self.out
    }
}

/// Whether a row cut inside a word may start with this grapheme: not with punctuation that
/// closes or follows what comes before it.
fn may_start_row(grapheme: &str) -> bool {
    let Some(c) = grapheme.chars().next() else {
        return true;
    };
    !matches!(
        break_property(c as u32),
        BreakClass::ClosePunctuation
            | BreakClass::CloseParenthesis
            | BreakClass::Exclamation
            | BreakClass::InfixSeparator
            | BreakClass::Symbol
            | BreakClass::Hyphen
            | BreakClass::After
            | BreakClass::NonStarter
            | BreakClass::ConditionalJapaneseStarter
            | BreakClass::Postfix
    )
}

fn split_range_by_grapheme_width(
    line: &str,
    start: usize,
    end: usize,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
    out: &mut Vec<(usize, usize)>,
) {
    let mut segment_start = start;
    while segment_start < end {
        let mut segment_end = segment_start;
        let mut segment_width = 0usize;

        for (offset, grapheme) in
            UnicodeSegmentation::grapheme_indices(&line[segment_start..end], true)
        {
            let grapheme_start = segment_start + offset;
            let grapheme_end = grapheme_start + grapheme.len();
            let next_width = display_width_to(grapheme, segment_width, tab_len, mask);
            let grapheme_width = next_width.saturating_sub(segment_width);

            if segment_end != segment_start && segment_width + grapheme_width > width {
                break;
            }

            segment_end = grapheme_end;
            segment_width = next_width;
            if segment_width > width {
                break;
            }
        }

        if segment_end == segment_start {
            if let Some(ch) = line[segment_start..end].chars().next() {
                segment_end = segment_start + ch.len_utf8();
            } else {
                break;
            }
        }

        out.push((segment_start, segment_end));
        segment_start = segment_end;
    }
}

fn display_width_from(text: &str, start_width: usize, tab_len: u8, mask: Option<char>) -> usize {
    display_width_to(text, start_width, tab_len, mask).saturating_sub(start_width)
}

fn display_width_to(text: &str, mut width: usize, tab_len: u8, mask: Option<char>) -> usize {
    for c in text.chars() {
        // A masked line is drawn as one mask character per char,
        // so each char is as wide as the mask.
        if let Some(mask) = mask {
            width += char_width(mask);
        } else if c == '\t' {
            if tab_len > 0 {
                let tab = tab_len as usize;
                let pad = tab - (width % tab);
                width += pad;
            }
        } else {
            width += char_width(c);
        }
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(line: &str, mode: WrapMode, width: usize) -> Vec<&str> {
        line_ranges(line, mode, width, 4, None)
            .into_iter()
            .map(|(s, e)| &line[s..e])
            .collect()
    }

    fn masked_segments(line: &str, mode: WrapMode, width: usize, mask: char) -> Vec<&str> {
        line_ranges(line, mode, width, 4, Some(mask))
            .into_iter()
            .map(|(s, e)| &line[s..e])
            .collect()
    }

    #[test]
    fn word_wrap_keeps_long_word() {
        let have = segments("helloworld", WrapMode::Word, 4);
        assert_eq!(have, vec!["helloworld"]);
    }

    #[test]
    fn word_or_glyph_wrap_splits_long_word() {
        let have = segments("helloworld", WrapMode::WordOrGlyph, 4);
        assert_eq!(have, vec!["hell", "owor", "ld"]);
    }

    #[test]
    fn glyph_wrap_handles_wide_chars() {
        let have = segments("ab犬猫", WrapMode::Glyph, 4);
        assert_eq!(have, vec!["ab犬", "猫"]);
    }

    #[test]
    fn glyph_wrap_keeps_combining_grapheme_cluster() {
        let have = segments("e\u{301}x", WrapMode::Glyph, 1);
        assert_eq!(have, vec!["e\u{301}", "x"]);
    }

    #[test]
    fn tab_width_is_accounted_for_in_wrap() {
        let have = segments("\tX", WrapMode::WordOrGlyph, 2);
        assert_eq!(have, vec!["\t", "X"]);
    }

    #[test]
    fn glyph_wrap_preserves_full_mixed_width_row_capacity() {
        let have = segments("a中bcde", WrapMode::Glyph, 4);
        assert_eq!(have, vec!["a中b", "cde"]);
    }

    #[test]
    fn mask_wraps_by_the_mask_width() {
        let have = masked_segments("a中\tcde", WrapMode::Glyph, 4, '*');
        assert_eq!(have, vec!["a中\tc", "de"]);
        let have = masked_segments("abcd", WrapMode::WordOrGlyph, 4, '＊');
        assert_eq!(have, vec!["ab", "cd"]);
    }

    #[test]
    fn spaces_hang_at_the_end_of_a_row() {
        let have = segments("the best time", WrapMode::WordOrGlyph, 8);
        assert_eq!(have, vec!["the best ", "time"]);
        let have = segments("one   two", WrapMode::Word, 3);
        assert_eq!(have, vec!["one   ", "two"]);
        let have = segments("end   ", WrapMode::Word, 3);
        assert_eq!(have, vec!["end   "]);
    }

    #[test]
    fn a_hyphenated_word_breaks_after_its_hyphen() {
        let have = segments("the best-selling time.", WrapMode::WordOrGlyph, 8);
        assert_eq!(have, vec!["the ", "best-", "selling ", "time."]);
    }

    #[test]
    fn punctuation_stays_with_its_word() {
        let have = segments("Ready? \"Yes.\" (Now)", WrapMode::WordOrGlyph, 6);
        assert_eq!(have, vec!["Ready? ", "\"Yes.\" ", "(Now)"]);
    }

    #[test]
    fn ideographs_break_between_each_other() {
        let have = segments("日本語の本です。", WrapMode::WordOrGlyph, 4);
        assert_eq!(have, vec!["日本", "語の", "本で", "す。"]);
    }

    #[test]
    fn a_long_word_is_cut_and_the_next_words_join_its_last_piece() {
        let have = segments("abcdefgh ij k", WrapMode::WordOrGlyph, 5);
        assert_eq!(have, vec!["abcde", "fgh ", "ij k"]);
    }

    #[test]
    fn a_word_cut_between_glyphs_keeps_its_punctuation_off_the_next_row_start() {
        let have = segments("fight, then.", WrapMode::WordOrGlyph, 5);
        assert_eq!(have, vec!["figh", "t, ", "then."]);
        let have = segments("50%!", WrapMode::WordOrGlyph, 2);
        assert_eq!(have, vec!["5", "0%", "!"]);
        let have = segments("(word.)", WrapMode::WordOrGlyph, 5);
        assert_eq!(have, vec!["(wor", "d.)"]);
    }

    #[test]
    fn indentation_stays_at_the_start_of_the_line() {
        let have = segments("  an indented line", WrapMode::WordOrGlyph, 10);
        assert_eq!(have, vec!["  an ", "indented ", "line"]);
    }

    #[test]
    fn an_empty_line_is_one_empty_row() {
        assert_eq!(segments("", WrapMode::WordOrGlyph, 4), vec![""]);
        assert_eq!(wrap_ranges("", WrapMode::Word, 4, 4), vec![0..0]);
    }

    #[test]
    fn halfwidth_sound_marks_take_a_cell() {
        let have = segments("ｶﾞﾊﾟ", WrapMode::Glyph, 2);
        assert_eq!(have, vec!["ｶﾞ", "ﾊﾟ"]);
    }
}
