//! Text hygiene shared by loading, pasting and exporting.

/// Removes what must never reach a terminal or a document from user text: C0 and C1
/// control characters (newline and tab excepted) and bidirectional controls, which
/// can make text read differently from what it holds. Carriage returns become line feeds.
pub fn sanitize_text(text: &str) -> String {
    if !text.chars().any(needs_cleaning) {
        return text.to_owned();
    }
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified.chars().filter(|c| !is_forbidden_char(*c)).collect()
}

/// Like [`sanitize_text`] for one-line values (titles, names): line breaks and tabs
/// become spaces.
pub fn sanitize_line(text: &str) -> String {
    sanitize_text(text).chars().map(|c| if c == '\n' || c == '\t' { ' ' } else { c }).collect()
}

/// A one-line message that may quote a file's name or content (an error, a path), made
/// safe to print: each control or bidirectional character, line breaks included, shows
/// as its escape (`\u{1b}`), so the terminal never acts on it and the reader can still
/// tell it is there, and find the file by it.
pub fn printable(text: &str) -> String {
    let unsafe_here = |c: char| c.is_control() || is_bidi_control(c);
    if !text.chars().any(unsafe_here) {
        return text.to_owned();
    }
    text.chars().fold(String::with_capacity(text.len() + 16), |mut out, c| {
        if unsafe_here(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
        out
    })
}

fn needs_cleaning(c: char) -> bool {
    c == '\r' || is_forbidden_char(c)
}

/// A character no text may hold: what [`sanitize_text`] removes.
pub fn is_forbidden_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Words as a reader counts them: runs of characters between white space.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// "1 session", "3 sessions": a number with its noun, plural when it needs to be.
pub fn count(number: usize, noun: &str) -> String {
    if number == 1 { format!("1 {noun}") } else { format!("{number} {noun}s") }
}

/// "clinics," and "(clinics" are "clinics"; "clinic's" and "e-mail" stay whole: how the
/// content index and the list's filter cut words alike.
pub fn trim_punctuation(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape_character() {
        assert_eq!(sanitize_text("a\u{1b}[31mred\u{1b}]0;title\u{7}"), "a[31mred]0;title");
    }

    #[test]
    fn c1_controls_and_bidi_overrides_are_removed() {
        assert_eq!(sanitize_text("x\u{9b}1m\u{202E}evil\u{2066}"), "x1mevil");
    }

    #[test]
    fn a_printable_message_shows_what_it_quotes_as_escapes() {
        assert_eq!(printable("01evil\u{1b}]0;x\u{7}\u{202E}.json\n"), "01evil\\u{1b}]0;x\\u{7}\\u{202e}.json\\u{a}");
        assert_eq!(printable("plain: 日本 ok"), "plain: 日本 ok");
    }

    #[test]
    fn line_endings_become_line_feeds_and_tabs_stay() {
        assert_eq!(sanitize_text("a\r\nb\rc\td"), "a\nb\nc\td");
    }

    #[test]
    fn one_line_values_lose_their_breaks() {
        assert_eq!(sanitize_line("Kids\nreader\tapp"), "Kids reader app");
    }

    #[test]
    fn words_are_counted_between_white_space() {
        assert_eq!(word_count("  One page,\nno more. "), 4);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn one_of_a_thing_is_singular() {
        assert_eq!(count(1, "session"), "1 session");
        assert_eq!(count(0, "session"), "0 sessions");
    }
}
