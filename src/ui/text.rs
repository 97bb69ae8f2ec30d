//! Measuring and cutting text for previews, cheaply even for very long fields.

use ratatui::text::{Line, Span};

/// How many rows `text` takes when wrapped to `width`, counting no further than `cap`.
pub fn wrapped_rows(text: &str, width: u16, cap: usize) -> usize {
    let width = usize::from(width.max(1));
    let mut rows = 0;
    for line in text.split('\n') {
        let columns = if line.len() > width * cap { width * cap } else { Line::from(line).width() };
        rows += columns.div_ceil(width).max(1);
        if rows >= cap {
            return cap;
        }
    }
    rows
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
    fn a_preview_is_cut_on_a_character_boundary() {
        let text = "日本語".repeat(1000);
        let cut = preview(&text, 10, 2);
        assert!(cut.len() <= 80 && text.starts_with(cut));
    }
}
