//! Measuring, wrapping and cutting text for previews, cheaply even for very long fields.

use ratatui::buffer::CellWidth;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;

/// How many rows `text` takes when wrapped to `width`, counting no further than `cap`.
pub fn wrapped_rows(text: &str, width: u16, cap: usize) -> usize {
    let width = usize::from(width.max(1));
    let mut rows = 0;
    for line in text.split('\n') {
        rows += if line.len() > width * cap { cap } else { wrap_line(line, width).len() };
        if rows >= cap {
            return cap;
        }
    }
    rows
}

/// Text wrapped to rows of `width` columns exactly as the editor (ratatui-textarea's
/// `WrapMode::WordOrGlyph`) wraps it, so that a paragraph keeps its line breaks when
/// editing starts and ends: each line is cut at word boundaries (Unicode's, where a
/// space or a hyphen is a word of its own, and may begin a row), and a word wider than a
/// row is cut between characters.
pub fn wrap_editor_like(text: &str, width: u16) -> Vec<&str> {
    let width = usize::from(width.max(1));
    text.split('\n').flat_map(|line| wrap_line(line, width)).collect()
}

fn wrap_line(line: &str, width: usize) -> Vec<&str> {
    let mut rows = Vec::new();
    let mut start = 0;
    let mut end = 0;
    let mut used = 0;
    for (at, word) in line.split_word_bound_indices() {
        let columns = columns(word);
        if used + columns <= width {
            end = at + word.len();
            used += columns;
            continue;
        }
        if end > start {
            rows.push(&line[start..end]);
        }
        start = at;
        end = at;
        used = 0;
        if columns <= width {
            end = at + word.len();
            used = columns;
            continue;
        }
        // A word wider than a row: as many characters as fit on each row.
        for (offset, grapheme) in word.grapheme_indices(true) {
            let grapheme_columns = columns_of(grapheme);
            if end > start && used + grapheme_columns > width {
                rows.push(&line[start..end]);
                start = end;
                used = 0;
            }
            end = at + offset + grapheme.len();
            used += grapheme_columns;
        }
        rows.push(&line[start..end]);
        start = end;
        used = 0;
    }
    if end > start || rows.is_empty() {
        rows.push(&line[start..end]);
    }
    rows
}

/// Columns a text takes as the editor counts them: a tab as the editor's four.
fn columns(text: &str) -> usize {
    text.chars().map(|c| if c == '\t' { 4 } else { columns_of(c.encode_utf8(&mut [0; 4])) }).sum()
}

fn columns_of(text: &str) -> usize {
    text.chars().filter(|c| !c.is_control()).map(|c| usize::from(c.encode_utf8(&mut [0; 4]).cell_width())).sum()
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
    fn words_wrap_as_the_editor_wraps_them() {
        assert_eq!(wrap_editor_like("the best-selling time.", 8), ["the best", "-selling", " time."]);
        assert_eq!(wrap_editor_like("helloworld", 4), ["hell", "owor", "ld"]);
        assert_eq!(wrap_editor_like("a\n\nb", 4), ["a", "", "b"]);
        assert_eq!(wrap_editor_like("日本語の本", 4), ["日本", "語の", "本"]);
    }

    #[test]
    fn a_preview_is_cut_on_a_character_boundary() {
        let text = "日本語".repeat(1000);
        let cut = preview(&text, 10, 2);
        assert!(cut.len() <= 80 && text.starts_with(cut));
    }
}
