//! Turning user text into markdown that shows exactly that text: whatever the user
//! typed, it can never become a heading, list, quote, code, table, link, image, HTML or
//! emphasis of the document.

use crate::domain::sanitize_text;

/// Characters that start or end a markdown construct anywhere in a line.
const ALWAYS_ESCAPED: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&'];

/// Characters that start a block (list item, setext underline) at the start of a line.
const ESCAPED_AT_LINE_START: &[char] = &['-', '+', '='];

/// One line of user text, escaped. Line breaks become spaces: for headings, bold
/// questions, list items and table cells.
pub fn inline(text: &str) -> String {
    let clean = sanitize_text(text);
    let joined = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    escape_line(&joined)
}

/// User text of one or more paragraphs: a blank line separates paragraphs, a single
/// line break stays a line break (a hard break).
pub fn paragraphs(text: &str) -> String {
    let clean = sanitize_text(text);
    let mut blocks: Vec<Vec<String>> = vec![Vec::new()];
    for line in clean.lines() {
        let line = line.trim();
        match blocks.last_mut() {
            Some(block) if !line.is_empty() => block.push(escape_line(line)),
            Some(block) if !block.is_empty() => blocks.push(Vec::new()),
            _ => {}
        }
    }
    blocks.retain(|block| !block.is_empty());
    blocks.iter().map(|block| block.join("\\\n")).collect::<Vec<_>>().join("\n\n")
}

fn escape_line(line: &str) -> String {
    let line = line.trim_start();
    let mut out = String::with_capacity(line.len() + 8);
    let mut at_start = true;
    let mut leading_digits = 0usize;
    for c in line.chars() {
        let ordered_list_marker = (c == '.' || c == ')') && at_start && leading_digits > 0;
        if ALWAYS_ESCAPED.contains(&c)
            || (at_start && leading_digits == 0 && ESCAPED_AT_LINE_START.contains(&c))
            || ordered_list_marker
        {
            out.push('\\');
        }
        out.push(c);
        if at_start && c.is_ascii_digit() {
            leading_digits += 1;
        } else {
            at_start = false;
        }
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_markers_at_the_start_of_a_line_are_escaped() {
        assert_eq!(inline("# Title"), "\\# Title");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("+ item"), "\\+ item");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("2026) year"), "2026\\) year");
        assert_eq!(inline("> quote"), "\\> quote");
        assert_eq!(inline("==="), "\\===");
        assert_eq!(inline("---"), "\\---");
    }

    #[test]
    fn the_same_characters_mid_line_stay_readable() {
        assert_eq!(inline("A well-known 3.5 x + y = z"), "A well-known 3.5 x + y = z");
        assert_eq!(inline("Grew 40% in 2025. Then"), "Grew 40% in 2025. Then");
    }

    #[test]
    fn inline_constructs_are_escaped_everywhere() {
        assert_eq!(inline("a *b* _c_ `d`"), "a \\*b\\* \\_c\\_ \\`d\\`");
        assert_eq!(inline("[x](y) ![i](y)"), "\\[x\\](y) !\\[i\\](y)");
        assert_eq!(inline("<script>&amp;"), "\\<script\\>\\&amp;");
        assert_eq!(inline("| a | b |"), "\\| a \\| b \\|");
        assert_eq!(inline("C:\\path ~~x~~"), "C:\\\\path \\~\\~x\\~\\~");
    }

    #[test]
    fn indentation_never_makes_a_code_block() {
        assert_eq!(paragraphs("    code\n\tmore"), "code\\\nmore");
    }

    #[test]
    fn line_breaks_stay_and_blank_lines_separate_paragraphs() {
        assert_eq!(paragraphs("one\ntwo\n\n\n three "), "one\\\ntwo\n\nthree");
        assert_eq!(paragraphs("\n\n"), "");
    }

    #[test]
    fn one_line_contexts_fold_line_breaks() {
        assert_eq!(inline("Kids\nreader\r\n app"), "Kids reader app");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(inline("a\u{1b}[31mb\u{7}"), "a[31mb".replace('[', "\\["));
    }
}
