//! What a paragraph's words say about its role when nothing names it: a quotation, a
//! question or answer prefix, a note the Backwards export wrote. Whether it opens with a
//! dateline, and how many sentences it holds, the domain says, as it does for the coach.

use super::blocks::{EMPHASIS, HARD_BREAK, STRONG, plain};
use super::labels::strip_numbering;

const OPENING_QUOTES: &[char] = &['"', '“', '„', '«', '「', '『', '‘', '”'];
const SAID: &[&str] = &[
    "said",
    "says",
    "sagte",
    "sagt",
    "erklärt",
    "сказал",
    "говорит",
    "отметил",
    "отмечает",
    "述べ",
    "語",
    "話し",
    "说",
    "表示",
    "说道",
    "指出",
];

/// A paragraph in which someone speaks: it opens with a quotation mark, or quotes
/// someone and says who said it.
pub fn is_quote(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with(OPENING_QUOTES) {
        return true;
    }
    let lower = text.to_lowercase();
    text.contains(OPENING_QUOTES) && SAID.iter().any(|s| lower.contains(s))
}

const QUESTION_PREFIXES: &[&str] = &["q", "frage", "f", "вопрос", "в", "質問", "問", "问", "问题"];
const ANSWER_PREFIXES: &[&str] = &["a", "antwort", "ответ", "о", "回答", "答え", "答"];

fn strip_prefix_word<'a>(line: &'a str, words: &[&str]) -> Option<&'a str> {
    let line = line.trim_start_matches([STRONG, EMPHASIS, ' ']);
    for word in words {
        let Some(head) = line.get(..word.len()) else { continue };
        if !head.eq_ignore_ascii_case(word) && head.to_lowercase() != *word {
            continue;
        }
        let rest = &line[word.len()..];
        // "Q1:", "Q:", "Q.", "Q：", "Frage 3:"
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
        for mark in [':', '：', '.', ')'] {
            if let Some(after) = rest.strip_prefix(mark) {
                let after = after.trim_start_matches([STRONG, EMPHASIS]);
                let after = after.strip_prefix(STRONG).unwrap_or(after);
                return Some(after.trim_start());
            }
        }
    }
    None
}

/// The question after a "Q:" ("**Q:**", "Q1.", "Frage:", "Вопрос:", "問：") prefix.
pub fn question_prefix(line: &str) -> Option<&str> {
    strip_prefix_word(line, QUESTION_PREFIXES)
}

/// The answer after an "A:" prefix.
pub fn answer_prefix(line: &str) -> Option<&str> {
    strip_prefix_word(line, ANSWER_PREFIXES)
}

/// The text without an "A:" prefix, when it has one.
pub fn without_answer_prefix(marked: &str) -> String {
    match answer_prefix(marked) {
        Some(rest) => rest.to_owned(),
        None => marked.to_owned(),
    }
}

/// "C1. …", "I12) …", "3. …": a numbered line, as FAQs number their questions.
pub fn numbered(line: &str) -> Option<&str> {
    let bare = line.trim_start_matches([STRONG, EMPHASIS]);
    let rest = strip_numbering(bare);
    (rest.len() < bare.len() && bare.starts_with(|c: char| c.is_ascii_alphanumeric())).then_some(rest)
}

pub fn ends_as_question(text: &str) -> bool {
    text.trim_end_matches([STRONG, EMPHASIS, ' ']).ends_with(['?', '？'])
}

/// The bold run a marked text opens with, and what follows it; `None` when it does not
/// open with one. The run may wrap over lines.
pub fn bold_lead(marked: &str) -> Option<(String, &str)> {
    let rest = marked.trim_start().strip_prefix(STRONG)?;
    let end = rest.find(STRONG)?;
    let bold = plain(&rest[..end]);
    let after = rest[end + STRONG.len_utf8()..].trim_start_matches([' ', '\n', HARD_BREAK]);
    (!bold.is_empty()).then_some((bold, after))
}

/// A marked line that is italic from end to end.
pub fn is_italic_line(marked: &str) -> bool {
    let line = marked.trim();
    line.len() > 2 * EMPHASIS.len_utf8()
        && line.starts_with(EMPHASIS)
        && line.ends_with(EMPHASIS)
        && line.matches(EMPHASIS).count() == 2
}

/// The notes the Backwards export writes in italics where a field is empty or a figure
/// is given; they are the export's words, not the author's.
pub fn export_note(marked: &str) -> Option<ExportNote> {
    if !is_italic_line(marked) {
        return None;
    }
    let text = plain(marked);
    if text == "The press release is not written yet." || text.ends_with("the session's title stands in.") {
        Some(ExportNote::TitleStandsIn)
    } else if session_title(&text).is_some() {
        Some(ExportNote::SessionTitle)
    } else if text.ends_with(": not written yet.")
        || text == "Not answered yet."
        || text == "The five customer questions are not answered yet."
        || (text.starts_with("Press release: ") && text.ends_with(" words."))
    {
        Some(ExportNote::Empty)
    } else {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportNote {
    /// The heading above is the session's title, not a headline.
    TitleStandsIn,
    /// A field was empty, or a figure: nothing to import.
    Empty,
    /// The press release's word count and the session's title (see [`session_title`]).
    SessionTitle,
}

/// The session's title in the export's closing note of the press release, "Press
/// release: 112 words, in the session “Clinic Queue: wait-time texts”.".
pub fn session_title(note: &str) -> Option<&str> {
    let rest = note.strip_prefix("Press release: ")?;
    let (count, rest) = rest.split_once(" words, in the session “")?;
    let title = rest.strip_suffix("”.")?;
    (count.chars().all(|c| c.is_ascii_digit()) && !title.trim().is_empty()).then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn question_and_answer_prefixes_in_each_language() {
        assert_eq!(question_prefix("Q: How much?"), Some("How much?"));
        assert_eq!(question_prefix("Q3. How much?"), Some("How much?"));
        assert_eq!(question_prefix("\u{E000}Q:\u{E000} How much?"), Some("How much?"));
        assert_eq!(question_prefix("Frage: Wie viel?"), Some("Wie viel?"));
        assert_eq!(question_prefix("В: Сколько?"), Some("Сколько?"));
        assert_eq!(question_prefix("问：多少钱？"), Some("多少钱？"));
        assert_eq!(answer_prefix("A: Nothing."), Some("Nothing."));
        assert_eq!(answer_prefix("答：免费。"), Some("免费。"));
        assert_eq!(question_prefix("Quiet hours are kept."), None);
        assert_eq!(answer_prefix("Ask us: anything."), None);
    }

    #[test]
    fn quotes_are_told_by_a_quotation_mark_and_a_speaker() {
        assert!(is_quote("\"It works,\" said Ana."));
        assert!(is_quote("Ana said: „Es funktioniert.“"));
        assert!(is_quote("«Работает», — сказал Ильдар."));
        assert!(!is_quote("Parents call it the \"long wait\"."));
    }
}
