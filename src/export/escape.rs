//! Turning clean text into markdown that shows exactly that text: whatever the user
//! typed, it can never become a heading, list, quote, code, table, link, image, HTML,
//! entity or emphasis of the document.

/// Characters that open or close a markdown construct wherever they stand in a line.
const ALWAYS_ESCAPED: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&'];

/// Characters that make a list item, a thematic break or a setext underline when they
/// open a line and are followed by white space, the end of the line or themselves.
/// Followed by anything else ("-5%", "+44 20") they are plain text and stay readable.
const BLOCK_MARKERS: &[char] = &['-', '+', '='];

/// `line` comes trimmed: leading white space would open a code block.
pub fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut chars = line.chars().peekable();
    let mut at_start = true;
    let mut leading_digits = 0usize;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let ends_a_marker = next.is_none_or(|n| n.is_whitespace() || n == c);
        let block_marker = at_start && leading_digits == 0 && BLOCK_MARKERS.contains(&c) && ends_a_marker;
        let ordered_list_marker =
            at_start && leading_digits > 0 && (c == '.' || c == ')') && next.is_none_or(char::is_whitespace);
        // `[` is always escaped, so this cannot open an image; it keeps `![` visibly inert.
        let image_marker = c == '!' && next == Some('[');
        if ALWAYS_ESCAPED.contains(&c) || block_marker || ordered_list_marker || image_marker {
            out.push('\\');
        }
        out.push(c);
        if at_start && c.is_ascii_digit() {
            leading_digits += 1;
        } else {
            at_start = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::document::{one_line, prose};
    use super::*;

    fn inline(text: &str) -> String {
        escape_line(&one_line(text))
    }

    fn paragraphs(text: &str) -> String {
        let escaped: Vec<String> = prose(text)
            .iter()
            .map(|lines| lines.iter().map(|l| escape_line(l)).collect::<Vec<_>>().join("\\\n"))
            .collect();
        escaped.join("\n\n")
    }

    #[test]
    fn headings_are_escaped() {
        assert_eq!(inline("# Title"), "\\# Title");
        assert_eq!(inline("## x ##"), "\\#\\# x \\#\\#");
        assert_eq!(inline("#hashtag"), "\\#hashtag");
    }

    #[test]
    fn setext_underlines_are_escaped() {
        assert_eq!(paragraphs("Text\n==="), "Text\\\n\\===");
        assert_eq!(paragraphs("Text\n---"), "Text\\\n\\---");
        assert_eq!(inline("="), "\\=");
    }

    #[test]
    fn list_markers_are_escaped() {
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("+ item"), "\\+ item");
        assert_eq!(inline("* item"), "\\* item");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("2026) year"), "2026\\) year");
        assert_eq!(inline("7."), "7\\.");
        assert_eq!(inline("- [ ] task"), "\\- \\[ \\] task");
    }

    #[test]
    fn thematic_breaks_are_escaped() {
        assert_eq!(inline("---"), "\\---");
        assert_eq!(inline("- - -"), "\\- - -");
        assert_eq!(inline("***"), "\\*\\*\\*");
        assert_eq!(inline("___"), "\\_\\_\\_");
    }

    #[test]
    fn block_quotes_are_escaped() {
        assert_eq!(inline("> quote"), "\\> quote");
        assert_eq!(inline(">> nested"), "\\>\\> nested");
    }

    #[test]
    fn code_is_escaped_and_indentation_never_makes_a_code_block() {
        assert_eq!(inline("`code` ```fence```"), "\\`code\\` \\`\\`\\`fence\\`\\`\\`");
        assert_eq!(inline("~~~"), "\\~\\~\\~");
        assert_eq!(paragraphs("    code\n\tmore"), "code\\\nmore");
    }

    #[test]
    fn tables_are_escaped() {
        assert_eq!(inline("| a | b |"), "\\| a \\| b \\|");
        assert_eq!(paragraphs("a | b\n--- | ---"), "a \\| b\\\n\\--- \\| ---");
    }

    #[test]
    fn links_images_and_autolinks_are_escaped() {
        assert_eq!(inline("[x](y)"), "\\[x\\](y)");
        assert_eq!(inline("![i](y)"), "\\!\\[i\\](y)");
        assert_eq!(inline("[ref]: http://example.com"), "\\[ref\\]: http://example.com");
        assert_eq!(inline("<http://example.com>"), "\\<http://example.com\\>");
        assert_eq!(inline("[^1]"), "\\[^1\\]");
    }

    #[test]
    fn html_and_entities_are_escaped() {
        assert_eq!(inline("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
        assert_eq!(inline("<!-- x -->"), "\\<!-- x --\\>");
        assert_eq!(inline("&amp; &#35;"), "\\&amp; \\&\\#35;");
    }

    #[test]
    fn emphasis_and_strikethrough_are_escaped() {
        assert_eq!(inline("a *b* _c_ __d__ ~~e~~"), "a \\*b\\* \\_c\\_ \\_\\_d\\_\\_ \\~\\~e\\~\\~");
    }

    #[test]
    fn backslashes_stay_backslashes() {
        assert_eq!(inline("C:\\path \\*"), "C:\\\\path \\\\\\*");
        assert_eq!(paragraphs("ends in\\\nnext"), "ends in\\\\\\\nnext");
    }

    #[test]
    fn ordinary_prose_stays_readable() {
        assert_eq!(inline("A well-known 3.5 x + y = z, done."), "A well-known 3.5 x + y = z, done.");
        assert_eq!(inline("Grew 40% in 2025. Then!"), "Grew 40% in 2025. Then!");
        assert_eq!(inline("3.5 million parents"), "3.5 million parents");
        assert_eq!(inline("-5% churn"), "-5% churn");
        assert_eq!(inline("+44 20 7946 0000"), "+44 20 7946 0000");
    }

    #[test]
    fn line_breaks_stay_and_blank_lines_separate_paragraphs() {
        assert_eq!(paragraphs("one\ntwo\n\n\n three "), "one\\\ntwo\n\nthree");
        assert_eq!(paragraphs("one  \n \t \ntwo"), "one\n\ntwo");
        assert_eq!(paragraphs("\n\n"), "");
    }

    #[test]
    fn one_line_contexts_fold_line_breaks() {
        assert_eq!(inline("Kids\nreader\r\n app"), "Kids reader app");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(inline("a\u{1b}[31mb\u{7}"), "a\\[31mb");
        assert_eq!(paragraphs("a\u{1b}[0m\r\nb"), "a\\[0m\\\nb");
    }
}
