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

/// "1 item", "2 items": a number with its noun in the right number.
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
    fn a_preview_is_cut_on_a_character_boundary() {
        let text = "日本語".repeat(1000);
        let cut = preview(&text, 10, 2);
        assert!(cut.len() <= 80 && text.starts_with(cut));
    }
}
