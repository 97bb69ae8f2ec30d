//! Measuring, wrapping and cutting text for previews, cheaply even for very long fields.

use std::borrow::Cow;

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use ratatui_textarea::{WrapMode, draw_lone_graphemes, is_lone_grapheme_text, wrap_ranges};

/// How many rows `text` takes when wrapped to `width`, counting no further than `cap`.
pub fn wrapped_rows(text: &str, width: u16, cap: usize) -> usize {
    let width = usize::from(width.max(1));
    let mut rows = 0;
    for line in text.split('\n') {
        rows += if line.len() > width * cap { cap } else { wrap_line(line, width).count() };
        if rows >= cap {
            return cap;
        }
    }
    rows
}

/// Columns between tab stops, as the editor (ratatui-textarea's default) draws a tab.
const TAB_LEN: u8 = 4;

/// Text wrapped to rows of `width` columns exactly as the editor wraps it (the same
/// function of our ratatui-textarea, `WrapMode::WordOrGlyph`), so that a paragraph keeps
/// its rows when editing starts and ends: rows break where Unicode's line-breaking rules
/// allow (after the spaces that follow a word, which hang at the end of the row, after a
/// hyphen, between ideographs), and a word wider than a row is cut between characters.
/// Draw each row through [`expand_tabs`]. Lines are wrapped as the rows are taken, so
/// taking the rows that fit wraps no further.
pub fn wrap_editor_like(text: &str, width: u16) -> impl Iterator<Item = &str> {
    let width = usize::from(width.max(1));
    text.split('\n').flat_map(move |line| wrap_line(line, width))
}

fn wrap_line(line: &str, width: usize) -> impl Iterator<Item = &str> {
    wrap_ranges(line, WrapMode::WordOrGlyph, width, TAB_LEN).into_iter().map(move |range| &line[range])
}

/// A wrapped row with its tabs drawn as the editor draws them: spaces to the next tab
/// stop, counted from the start of the row. Drawing would drop a tab as a control character.
pub fn expand_tabs(row: &str) -> Cow<'_, str> {
    if !row.contains('\t') {
        return Cow::Borrowed(row);
    }
    let tab = usize::from(TAB_LEN);
    let mut expanded = String::with_capacity(row.len() + tab);
    let mut column = 0;
    for c in row.chars() {
        if c == '\t' {
            let pad = tab - column % tab;
            expanded.extend(std::iter::repeat_n(' ', pad));
            column += pad;
        } else {
            expanded.push(c);
            // As the editor counts it: a control character takes no cell.
            column += if c.is_control() { 0 } else { usize::from(c.encode_utf8(&mut [0; 4]).cell_width()) };
        }
    }
    Cow::Owned(expanded)
}

/// Draws rows of plain text from the top of `area`, one a row, cut at its right edge, as
/// a `Paragraph` of them draws them. A row of lone graphemes (ASCII, the Latin letters and
/// punctuation of European languages, CJK and Hangul, as the editor decides it) is written
/// into the cells a char at a time, so the paragraph's segmenting and measuring of each
/// grapheme, most of the cost of a screenful of text, is not done.
pub fn draw_plain_rows<'a>(buffer: &mut Buffer, area: Rect, rows: impl Iterator<Item = &'a str>) {
    for (y, row) in (area.top()..area.bottom()).zip(rows) {
        let row_area = Rect { y, height: 1, ..area };
        if is_lone_grapheme_text(row) {
            draw_lone_graphemes(buffer, row_area, &expand_tabs(row), Style::default());
        } else {
            Paragraph::new(Line::raw(expand_tabs(row))).render(row_area, buffer);
        }
    }
}

/// The start of `text` that can fill `rows` rows of `width`: enough to draw a preview
/// without wrapping the whole of a long text.
pub fn preview(text: &str, width: u16, rows: usize) -> &str {
    let budget = usize::from(width.max(1)) * rows * 4;
    if text.len() <= budget {
        return text;
    }
    let mut end = budget;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `text` cut to `width` columns, with an ellipsis where it was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if Span::raw(text).width() <= width {
        return text.to_owned();
    }
    let mut cut = String::new();
    let mut used = 0;
    for c in text.chars() {
        let mut buffer = [0u8; 4];
        let columns = Span::raw(&*c.encode_utf8(&mut buffer)).width();
        if used + columns + 1 > width {
            break;
        }
        cut.push(c);
        used += columns;
    }
    if width > 0 {
        cut.push('…');
    }
    cut
}

/// A line of styled spans cut to `width` columns, each span keeping its style, with an
/// ellipsis where it was cut: one row that never loses its end silently.
pub fn truncate_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let mut left = width;
    let mut spans = Vec::new();
    for span in line.spans {
        let columns = span.width();
        if columns < left {
            left -= columns;
            spans.push(span);
            continue;
        }
        let cut = truncate(&span.content, left);
        let cut = if cut.ends_with('…') || left == 0 { cut } else { truncate(&format!("{cut} "), left) };
        spans.push(Span::styled(cut, span.style));
        break;
    }
    Line { spans, ..line }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_count_wrapped_lines_and_stop_at_the_cap() {
        assert_eq!(wrapped_rows("", 10, 5), 1);
        assert_eq!(wrapped_rows("0123456789abc\nx", 10, 5), 3);
        assert_eq!(wrapped_rows(&"word ".repeat(10_000), 40, 6), 6);
    }

    #[test]
    fn a_cut_text_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(truncate("Kids reader", 20), "Kids reader");
        assert_eq!(truncate("Kids reader", 6), "Kids …");
        assert_eq!(truncate("日本語の本", 5), "日本…");
        assert_eq!(truncate("Kids", 0), "");
    }

    #[test]
    fn a_cut_line_keeps_its_styles_and_ends_in_an_ellipsis() {
        use ratatui::style::Stylize;
        let line = Line::from(vec![Span::raw("Reviewers: "), "Ana, Bo, 李明".bold()]);
        let cut = truncate_line(line.clone(), 17);
        assert_eq!(cut.to_string(), "Reviewers: Ana, …");
        assert_eq!(cut.spans[1].style, line.spans[1].style);
        assert_eq!(truncate_line(line.clone(), 11).to_string(), "Reviewers:…");
        assert_eq!(truncate_line(line.clone(), 40), line);
        assert_eq!(truncate_line(Line::raw("日本語の本"), 6).to_string(), "日本…");
    }

    #[test]
    fn rows_break_after_spaces_and_hyphens_never_before_them() {
        assert_eq!(
            wrap_editor_like("the best-selling time.", 8).collect::<Vec<_>>(),
            ["the ", "best-", "selling ", "time."]
        );
        assert_eq!(wrap_editor_like("Ready. Set. Go.", 6).collect::<Vec<_>>(), ["Ready. ", "Set. ", "Go."]);
        assert_eq!(wrap_editor_like("helloworld", 4).collect::<Vec<_>>(), ["hell", "owor", "ld"]);
        assert_eq!(wrap_editor_like("a\n\nb", 4).collect::<Vec<_>>(), ["a", "", "b"]);
        assert_eq!(wrap_editor_like("日本語の本", 4).collect::<Vec<_>>(), ["日本", "語の", "本"]);
    }

    #[test]
    fn tabs_reach_the_next_stop_from_the_start_of_the_row() {
        assert_eq!(expand_tabs("no tab"), "no tab");
        assert_eq!(expand_tabs("\tx"), "    x");
        assert_eq!(expand_tabs("ab\tc"), "ab  c");
        assert_eq!(expand_tabs("日\tc"), "日  c");
    }

    /// The symbols of each row of a `width`-column buffer, trailing blanks dropped.
    fn drawn_rows(width: u16, draw: impl FnOnce(ratatui::layout::Rect, &mut ratatui::buffer::Buffer)) -> Vec<String> {
        let area = ratatui::layout::Rect::new(0, 0, width, 40);
        let mut buffer = ratatui::buffer::Buffer::empty(area);
        draw(area, &mut buffer);
        (0..area.height)
            .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect::<String>().trim_end().to_owned())
            .collect()
    }

    #[test]
    fn reading_rows_are_the_editors_rows_at_every_width() {
        use ratatui::widgets::{Paragraph, Widget};
        use ratatui_textarea::TextArea;
        let paragraphs = [
            "Parents of early readers want a nightly reading habit, not another screen-time fight.",
            "A best-selling, well-reviewed app (rated 4.8/5): \"It just works.\" Ready? Go!",
            "家庭で毎晩の読書習慣を作る。子どもは自分のペースで読み、親は進み具合を見る。",
            "Mixed 日本語 text, emoji 👍 and 🎉 party, and a supercalifragilisticexpialidocious word.",
            "Two lines,\nthe second\tindented by a tab   and spaced   out.",
            "   leading spaces, then a hyphenated-well-known-name-that-goes-on-and-on.",
        ];
        for text in paragraphs {
            for width in [5u16, 8, 13, 20, 31, 50] {
                let reading = drawn_rows(width, |area, buffer| {
                    let rows: Vec<Line> =
                        wrap_editor_like(text, width).map(|row| Line::raw(expand_tabs(row))).collect();
                    Paragraph::new(rows).render(area, buffer);
                });
                let editing = drawn_rows(width, |area, buffer| {
                    let mut editor = TextArea::new(text.split('\n').map(str::to_owned).collect());
                    editor.set_wrap_mode(WrapMode::WordOrGlyph);
                    editor.render(area, buffer);
                });
                assert_eq!(reading, editing, "{text:?} at width {width}");
                for line in text.split('\n') {
                    let rows: Vec<_> = wrap_line(line, width.into()).collect();
                    assert!(rows.iter().skip(1).all(|row| !row.starts_with([' ', '-', '.'])), "{rows:?}");
                }
            }
        }
    }

    #[test]
    fn plain_rows_are_drawn_as_a_paragraph_draws_them() {
        let rows = [
            "plain words cut at the edge",
            "a\ttab",
            "a bell\u{7}, a return\r",
            "",
            "日本語の本 cut",
            "é",
            "Élèves “lisent”\t— 20 €…",
            "e\u{301}",
            "日本語の本が端で切れる",
            "한국어 문장",
        ];
        for area in [Rect::new(2, 1, 9, 4), Rect::new(0, 0, 30, 10), Rect::new(1, 0, 1, 10)] {
            let direct = drawn_rows(32, |_, buffer| draw_plain_rows(buffer, area, rows.into_iter()));
            let paragraph = drawn_rows(32, |_, buffer| {
                Paragraph::new(rows.map(|row| Line::raw(expand_tabs(row))).to_vec()).render(area, buffer);
            });
            assert_eq!(direct, paragraph, "{area:?}");
        }
    }

    /// ratatui issue #2679, fixed in our patches/ratatui-widgets: a wide char in a word
    /// longer than the row, or a line that starts with a combining mark, made a wrapped
    /// paragraph draw past its area, and the app panicked.
    #[test]
    fn a_wrapped_paragraph_of_any_text_stays_inside_its_area() {
        use ratatui::widgets::Wrap;
        use unicode_segmentation::UnicodeSegmentation;
        let texts = [
            "a🌞b",
            "a日本語",
            "ab日本語です",
            "\u{301}ab cd ef gh ij kl mn",
            "x gೄ::%ꩅជ",
            "\u{301}\u{301}word 日本 wide",
        ];
        for text in texts {
            for width in 1..=12 {
                for trim in [false, true] {
                    let area = Rect::new(0, 0, width, 40);
                    let mut buffer = Buffer::empty(area);
                    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        Paragraph::new(text).wrap(Wrap { trim }).render(area, &mut buffer);
                    }));
                    assert!(drawn.is_ok(), "{text:?} at width {width}, trim {trim}");
                    if width >= 2 {
                        // Where every grapheme fits a row, none is left out.
                        let visible = |symbol: &str| !symbol.trim().is_empty() && symbol.cell_width() > 0;
                        let drawn: String =
                            buffer.content().iter().map(|cell| cell.symbol()).filter(|s| visible(s)).collect();
                        let written: String = text.graphemes(true).filter(|g| visible(g)).collect();
                        assert_eq!(drawn, written, "{text:?} at width {width}, trim {trim}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_preview_is_cut_on_a_character_boundary() {
        let text = "日本語".repeat(1000);
        let cut = preview(&text, 10, 2);
        assert!(cut.len() <= 80 && text.starts_with(cut));
    }
}
