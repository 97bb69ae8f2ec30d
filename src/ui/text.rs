//! Measuring and cutting text for previews, cheaply even for very long fields.

use ratatui::text::Line;

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
    fn a_preview_is_cut_on_a_character_boundary() {
        let text = "日本語".repeat(1000);
        let cut = preview(&text, 10, 2);
        assert!(cut.len() <= 80 && text.starts_with(cut));
    }
}
