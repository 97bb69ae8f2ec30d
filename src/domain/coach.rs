//! The writing coach: the house rules of Amazon's writing, checked without a network or a
//! model. Each note names the place and the words, so it can be acted on.

use std::collections::HashSet;

use serde::Serialize;

use super::session::{CustomerQuestion, Section, Session};
use super::text::word_count;

/// About one page: the press release's length target.
pub const ONE_PAGE_WORDS: usize = 600;
/// Longer sentences lose the reader.
pub const LONGEST_SENTENCE: usize = 30;

/// Weasel words and hype: each says less than a number would. Lower case; several words
/// are matched as a phrase.
const WEASEL_WORDS: [&str; 30] = [
    "significantly",
    "nearly all",
    "nearly",
    "many",
    "various",
    "very",
    "might",
    "should result in",
    "best-in-class",
    "best in class",
    "world-class",
    "world class",
    "seamless",
    "seamlessly",
    "robust",
    "leverage",
    "synergy",
    "cutting-edge",
    "revolutionary",
    "game-changing",
    "game changer",
    "innovative",
    "state-of-the-art",
    "next-generation",
    "easily",
    "extremely",
    "hopefully",
    "substantially",
    "a lot of",
    "numerous",
];

/// Words that only praise: an FAQ answer made of these and nothing firmer is a softball.
const PRAISE: [&str; 10] =
    ["great", "amazing", "love", "easy", "best", "simple", "delight", "awesome", "perfect", "wonderful"];

/// Texts that stand in for writing not done yet.
const PLACEHOLDERS: [&str; 7] = ["tbd", "todo", "tbc", "xxx", "lorem ipsum", "fill in", "placeholder"];

/// Verbs after which a word in capitals is what the customer types, not an acronym.
const KEYWORD_VERBS: [&str; 10] =
    ["reply", "replies", "text", "texts", "send", "sends", "type", "types", "press", "presses"];

/// Acronyms a reader of a press release knows without being told.
const KNOWN_ACRONYMS: [&str; 12] = ["OK", "TV", "UK", "US", "USA", "EU", "AM", "PM", "FAQ", "CEO", "PDF", "SMS"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth a look.
    Warning,
    /// The draft is not ready: something is missing.
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    /// A short, stable name of the rule, for scripts: `weasel-word`, `long-sentence`…
    pub rule: &'static str,
    pub severity: Severity,
    /// Where: "Press release · Summary", "FAQ · How much does it cost?".
    pub place: String,
    pub message: String,
}

/// What kind of text a place holds: the rules differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// A section of the press release: written as if launched.
    PressRelease,
    CustomerAnswer,
    FaqAnswer,
    Other,
}

fn note(rule: &'static str, severity: Severity, place: &str, message: String) -> Note {
    Note { rule, severity, place: place.to_owned(), message }
}

/// The notes on one text that need nothing else to judge it: empty or placeholder,
/// long sentences, weasel words, the future tense in a press release, softball answers.
pub fn text_notes(place: &str, text: &str, kind: TextKind) -> Vec<Note> {
    let mut notes = Vec::new();
    let lower = text.to_lowercase();
    if text.trim().is_empty() {
        if kind != TextKind::Other {
            notes.push(note("empty", Severity::Error, place, "empty: write it, or say why not yet".to_owned()));
        }
        return notes;
    }
    let words = Words::of(&lower);
    if let Some(placeholder) = PLACEHOLDERS.iter().find(|p| words.has(p)) {
        notes.push(note(
            "placeholder",
            Severity::Error,
            place,
            format!("placeholder “{placeholder}”: the text is not written yet"),
        ));
    }
    for sentence in sentences(text) {
        let words = word_count(sentence);
        if words > LONGEST_SENTENCE {
            let start: Vec<&str> = sentence.split_whitespace().take(6).collect();
            notes.push(note(
                "long-sentence",
                Severity::Warning,
                place,
                format!("a sentence of {words} words (over {LONGEST_SENTENCE}): “{} …”", start.join(" ")),
            ));
        }
    }
    let weasels: Vec<&str> = WEASEL_WORDS.iter().copied().filter(|w| words.has(w)).collect();
    // "nearly all" found means "nearly" need not be named again.
    let weasels: Vec<&str> =
        weasels.iter().copied().filter(|w| !weasels.iter().any(|longer| longer != w && longer.contains(w))).collect();
    if !weasels.is_empty() {
        let message = format!("weasel words or hype: {}; a number says more", quoted(&weasels));
        notes.push(note("weasel-word", Severity::Warning, place, message));
    }
    if kind == TextKind::PressRelease {
        let future: Vec<String> = phrases_after(&lower, &["will", "won't", "going to"]);
        if !future.is_empty() {
            let message = format!("future tense {}: write it as launched", quoted(&future[..future.len().min(3)]));
            notes.push(note("future-tense", Severity::Warning, place, message));
        }
    }
    if kind == TextKind::FaqAnswer {
        let praises = PRAISE.iter().any(|p| words.has(p));
        let firm = has_number(text)
            || ["yes", "no", "not", "don't", "doesn't", "won't", "cannot", "can't"].iter().any(|w| words.has(w));
        if praises && !firm {
            notes.push(note(
                "softball",
                Severity::Warning,
                place,
                "reads like a softball: answer with yes, no, a number or a date".to_owned(),
            ));
        }
    }
    notes
}

/// Every note on the session's draft: each text's own, then the draft as a whole.
pub fn lint(session: &Session) -> Vec<Note> {
    let mut notes = Vec::new();
    // An imported PR/FAQ that had no customer-problem part gets one note for the stage,
    // not an error for each of its five questions.
    if session.imported_from.is_some() && session.customer.is_empty() {
        let message =
            "the customer problem is empty: the imported document had none; answer the five questions".to_owned();
        notes.push(note("empty-stage", Severity::Warning, "Customer", message));
    } else {
        for question in CustomerQuestion::ALL {
            let place = format!("Customer · {}", question.question());
            notes.extend(text_notes(&place, &session.customer.answer(question).text, TextKind::CustomerAnswer));
        }
    }
    for section in Section::ALL {
        let place = format!("Press release · {}", section.label());
        notes.extend(text_notes(&place, session.press_release.section(section), TextKind::PressRelease));
    }
    for entry in session.faq.external.iter().chain(&session.faq.internal) {
        let place = format!("FAQ · {}", entry.question.trim());
        notes.extend(text_notes(&place, &entry.answer, TextKind::FaqAnswer));
    }
    let words = session.press_release_words();
    if words > ONE_PAGE_WORDS {
        let message = format!("{words} words; one page is about {ONE_PAGE_WORDS}: cut {}", words - ONE_PAGE_WORDS);
        notes.push(note("length", Severity::Warning, "Press release", message));
    }
    let problem_and_benefit = [
        &session.customer.problem.text,
        &session.customer.benefit.text,
        session.press_release.section(Section::Problem),
        session.press_release.section(Section::Solution),
    ];
    if problem_and_benefit.iter().any(|t| !t.trim().is_empty()) && !problem_and_benefit.iter().any(|t| has_number(t)) {
        let message = "no number anywhere in the problem and the benefit: how big, how often, how much?".to_owned();
        notes.push(note("no-number", Severity::Warning, "Problem and benefit", message));
    }
    let quote = session.press_release.section(Section::CustomerQuote);
    if !quote.trim().is_empty() && !quote.contains(['"', '“', '”', '«', '„']) {
        let message = "the customer quote has no quotation: let a customer speak in their own words".to_owned();
        notes.push(note("no-quote", Severity::Warning, "Press release · Customer quote", message));
    }
    let release: String =
        Section::ALL.iter().map(|s| session.press_release.section(*s).as_str()).collect::<Vec<_>>().join("\n");
    let unexplained = unexplained_acronyms(&release);
    if !unexplained.is_empty() {
        let message = format!(
            "acronyms never spelled out: {}; write the words the first time, then (ABC)",
            unexplained.join(", ")
        );
        notes.push(note("acronym", Severity::Warning, "Press release", message));
    }
    notes
}

/// “a”, “b”: the words a note names, each in quotation marks.
fn quoted<S: AsRef<str>>(words: &[S]) -> String {
    words.iter().map(|w| format!("“{}”", w.as_ref())).collect::<Vec<_>>().join(", ")
}

/// Sentences: split after . ! ? and at line breaks.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?', '\n']).map(str::trim).filter(|s| !s.is_empty())
}

/// A text's words, lower-cased, read once: a coach that scanned the text again for each
/// of its forty phrases would cost a key press in a long section.
struct Words<'a> {
    tokens: Vec<&'a str>,
    present: HashSet<&'a str>,
}

impl<'a> Words<'a> {
    fn of(lower: &'a str) -> Self {
        let tokens: Vec<&str> =
            lower.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'').filter(|w| !w.is_empty()).collect();
        let present = tokens.iter().copied().collect();
        Self { tokens, present }
    }

    /// Whether the phrase appears as whole words, in order.
    fn has(&self, phrase: &str) -> bool {
        let wanted: Vec<&str> = phrase.split(' ').collect();
        if !wanted.iter().all(|word| self.present.contains(word)) {
            return false;
        }
        wanted.len() == 1 || self.tokens.windows(wanted.len()).any(|run| run == wanted.as_slice())
    }
}

/// "will launch", "going to send": each trigger (one word, or two) with the word after it.
fn phrases_after(lower: &str, triggers: &[&str]) -> Vec<String> {
    let words: Vec<&str> =
        lower.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')).collect();
    let mut found = Vec::new();
    for at in 0..words.len() {
        for trigger in triggers {
            let length = trigger.split(' ').count();
            let matched = words.get(at..at + length).is_some_and(|run| run.iter().copied().eq(trigger.split(' ')));
            if matched {
                let next = words.get(at + length).copied().unwrap_or_default();
                found.push(format!("{trigger} {next}").trim().to_owned());
            }
        }
    }
    found
}

/// Number words that count as a figure as much as digits do.
const NUMBER_WORDS: [&str; 16] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred", "thousand",
    "million", "half", "twice",
];

fn has_number(text: &str) -> bool {
    if text.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let lower = text.to_lowercase();
    let words = Words::of(&lower);
    NUMBER_WORDS.iter().any(|n| words.has(n))
}

/// Words of two to four capitals (digits allowed after the first) that the text never
/// explains as "(ABC)" after their words. Longer words in capitals are a dateline's city
/// or emphasis, not acronyms, and a paragraph's first word is its dateline. A word in
/// capitals that a customer is told to type ("reply LATE", "text STOP") is a keyword.
fn unexplained_acronyms(text: &str) -> Vec<String> {
    let mut acronyms: Vec<String> = Vec::new();
    let without_datelines: Vec<&str> = text
        .lines()
        .map(|line| {
            line.trim_start().split_once(',').filter(|(first, _)| !first.contains(' ')).map_or(line, |(_, rest)| rest)
        })
        .collect();
    let text_to_search = without_datelines.join("\n");
    let mut previous = "";
    for word in text_to_search.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()) {
        let is_keyword = KEYWORD_VERBS.iter().any(|verb| previous.eq_ignore_ascii_case(verb));
        previous = word;
        let is_acronym = !is_keyword
            && (2..=4).contains(&word.chars().count())
            && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if is_acronym && !KNOWN_ACRONYMS.contains(&word) && !acronyms.iter().any(|a| a == word) {
            acronyms.push(word.to_owned());
        }
    }
    acronyms.retain(|acronym| !text.contains(&format!("({acronym})")));
    acronyms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str, kind: TextKind) -> Vec<&'static str> {
        text_notes("here", text, kind).into_iter().map(|n| n.rule).collect()
    }

    #[test]
    fn each_rule_triggers_on_what_it_should_and_not_on_what_it_should_not() {
        let long = "word ".repeat(31);
        let table: [(&str, TextKind, &[&str]); 14] = [
            ("", TextKind::PressRelease, &["empty"]),
            ("TBD", TextKind::PressRelease, &["placeholder"]),
            ("Todo: ask Priya.", TextKind::CustomerAnswer, &["placeholder"]),
            ("A to-do list app.", TextKind::PressRelease, &[]),
            (&long, TextKind::PressRelease, &["long-sentence"]),
            ("Short. Also short.", TextKind::PressRelease, &[]),
            ("It is a seamless, world-class app.", TextKind::PressRelease, &["weasel-word"]),
            ("Nearly all parents waited.", TextKind::CustomerAnswer, &["weasel-word"]),
            ("The manyfold path.", TextKind::PressRelease, &[]),
            ("Northfield will launch it.", TextKind::PressRelease, &["future-tense"]),
            ("Northfield will launch it.", TextKind::CustomerAnswer, &[]),
            ("Parents get a text; willow trees.", TextKind::PressRelease, &[]),
            ("It is great and easy to love.", TextKind::FaqAnswer, &["softball"]),
            ("It is easy: 3 minutes, no app.", TextKind::FaqAnswer, &[]),
        ];
        for (text, kind, expected) in table {
            assert_eq!(rules(text, kind), expected, "{text:?}");
        }
    }

    #[test]
    fn the_draft_as_a_whole_is_checked_for_length_numbers_quotes_and_acronyms() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), crate::domain::PrincipleSet::amazon());
        session.press_release.problem = "Waits are long.".into();
        session.press_release.customer_quote = "Tom liked it.".into();
        session.press_release.solution = format!("{} The ED and NHS (NHS) and the US.", "word ".repeat(600));
        let whole: Vec<&str> = lint(&session).into_iter().filter(|n| !n.place.contains('·')).map(|n| n.rule).collect();
        assert_eq!(whole, ["length", "no-number", "acronym"]);
        let acronym = lint(&session).into_iter().find(|n| n.rule == "acronym").unwrap();
        assert!(acronym.message.contains("ED") && !acronym.message.contains("NHS"), "{}", acronym.message);
        assert!(lint(&session).iter().any(|n| n.rule == "no-quote"));
        session.press_release.problem = "Waits are 2 h 10 min.".into();
        session.press_release.customer_quote = "“We were seen in five minutes,” said Tom.".into();
        let rules: Vec<&str> = lint(&session).into_iter().map(|n| n.rule).collect();
        assert!(!rules.contains(&"no-number") && !rules.contains(&"no-quote"), "{rules:?}");
    }

    #[test]
    fn acronyms_are_capitals_never_spelled_out_but_not_keywords_datelines_or_known_ones() {
        let table: [(&str, &[&str]); 7] = [
            ("The ED sees 40 children a night.", &["ED"]),
            ("The emergency department (ED) sees 40 children a night.", &[]),
            ("Reply LATE to move back two places; text STOP to leave.", &[]),
            ("Send YES, then the ETA shows.", &["ETA"]),
            ("LEEDS, 3 March: clinics open.", &[]),
            ("It works in the UK and the EU, by SMS.", &[]),
            ("A reply LATE is fine, but QR codes are not.", &["QR"]),
        ];
        for (text, expected) in table {
            assert_eq!(unexplained_acronyms(text), expected, "{text:?}");
        }
    }
}
