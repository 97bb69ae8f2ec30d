use ratatui_core::buffer::CellWidth as _;

pub fn spaces(size: u8) -> &'static str {
    const SPACES: &str = "                                                                                                                                                                                                                                                                ";
    &SPACES[..size as usize]
}

/// The number of cells ratatui draws `c` in. Unlike `UnicodeWidthChar::width`, this counts the
/// halfwidth katakana sound marks `ﾞ` and `ﾟ` as one cell each. Control chars are not drawn, so
/// they take no cells.
pub fn char_width(c: char) -> usize {
    if c.is_control() {
        0
    } else {
        c.encode_utf8(&mut [0; 4]).cell_width().into()
    }
}

/// The cells `c` takes when it is a grapheme of its own whatever comes before or after it
/// (it neither combines with a neighbour nor takes one in): one for printable ASCII,
/// Latin-1, Latin Extended-A and -B (the accented letters of European languages) and the
/// common dashes, quotes, ellipsis, per mille and currency signs; two for the CJK
/// ideographs, kana, Hangul syllables, CJK punctuation and the fullwidth forms. `None` for
/// any other char. A text of such chars can be drawn and measured a char at a time,
/// without segmenting it into graphemes.
pub fn lone_grapheme_width(c: char) -> Option<usize> {
    match c {
        ' '..='~'
        | '\u{A0}'..='\u{AC}'
        | '\u{AE}'..='\u{24F}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{203A}'
        | '\u{20A0}'..='\u{20C0}' => Some(1),
        '\u{3000}'..='\u{3029}'
        | '\u{3031}'..='\u{303C}'
        | '\u{3041}'..='\u{3096}'
        | '\u{309B}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF01}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}' => Some(2),
        _ => None,
    }
}

/// Whether every char of `text` is a lone grapheme (see [`lone_grapheme_width`]) or an
/// ASCII control char, which ratatui draws in no cell at all.
pub fn is_lone_grapheme_text(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| c.is_ascii_control() || lone_grapheme_width(c).is_some())
}

pub fn num_digits(i: usize) -> u8 {
    f64::log10(i as f64) as u8 + 1
}

#[derive(Debug, Clone)]
pub struct Pos {
    pub row: usize,
    pub col: usize,
    pub offset: usize,
}

impl Pos {
    pub fn new(row: usize, col: usize, offset: usize) -> Self {
        Self { row, col, offset }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation as _;

    #[test]
    fn lone_graphemes_are_graphemes_of_their_own_as_wide_as_said() {
        for c in '\0'..='\u{10FFFF}' {
            let Some(width) = lone_grapheme_width(c) else {
                continue;
            };
            assert_eq!(char_width(c), width, "{c:?} U+{:04X}", c as u32);
            for text in [format!("a{c}"), format!("{c}a"), format!("{c}{c}"), format!("{c}\u{301}")] {
                let expected = if text.ends_with('\u{301}') { 1 } else { 2 };
                assert_eq!(text.graphemes(true).count(), expected, "{text:?}");
            }
        }
    }
}
