//! The writing coach: the house rules of Amazon's writing, checked without a network or a
//! model. Each note names the place and the words and says what to do, so it can be acted
//! on. A text is read first (quotations, code and numbers set apart, its language
//! detected), then judged by the rules, one file each; the document as a whole is judged
//! last.

mod acronym;
mod dateline;
mod document;
mod faq;
mod future_tense;
mod lexicon;
mod numbers;
mod placeholder;
mod quotes;
mod reading;
mod sentences;
mod softball;
mod spec;
mod weasel;

use serde::Serialize;

pub use self::dateline::opens_with_dateline;
pub use self::reading::sentences;

use self::lexicon::Lang;
use self::reading::Reading;
use super::coach_settings::CoachSettings;
use super::session::{About, CustomerQuestion, Section, Session};

/// About one page: the press release's length target.
pub const ONE_PAGE_WORDS: usize = 600;
/// Longer sentences lose the reader.
pub const LONGEST_SENTENCE: usize = 30;

/// The limits a team may raise in its settings' `thresholds`, with their defaults.
pub const THRESHOLDS: [(&str, usize); 8] = [
    ("long-sentence", LONGEST_SENTENCE),
    // Chinese and Japanese are counted in characters: about 2.5 to a word.
    ("long-sentence-chars", 80),
    ("length", ONE_PAGE_WORDS),
    ("length-chars", 1500),
    ("faq-questions", 20),
    ("faq-pages", 5),
    ("headline", 14),
    ("headline-chars", 40),
];

/// Every rule id a note can carry (the `rule` of `lint --json`), which a team may switch off.
pub const RULES: [&str; 20] = [
    "acronym",
    "attribution",
    "dateline",
    "empty",
    "empty-stage",
    "faq-coverage",
    "faq-length",
    "future-tense",
    "headline",
    "length",
    "long-sentence",
    "no-faq",
    "no-internal-faq",
    "no-number",
    "no-quote",
    "placeholder",
    "softball",
    "spec-in-press-release",
    "unsourced-number",
    "weasel-word",
];

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
    /// Names this note for dismissing it: the rule, the place and the note's words, so an
    /// edit that changes what the note says brings it back.
    pub key: String,
    /// The place of the draft to jump to, as review items name places: `press_release.summary`,
    /// `faq.q3`, `draft`.
    pub about: About,
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

/// One text of the draft, read once, as the rules see it.
pub(crate) struct Part<'a> {
    pub about: About,
    pub place: String,
    pub kind: TextKind,
    pub text: &'a str,
    /// The question an FAQ answer answers.
    pub question: Option<&'a str>,
    /// The template's prompt for this place, which a draft should not still hold.
    pub prompt: Option<&'static str>,
    pub lang: Lang,
    /// The language of the whole draft, none when the coach has no lists for it.
    pub document_lang: Option<Lang>,
    pub reading: Reading,
    /// The prose in lower case.
    pub lower: String,
}

impl<'a> Part<'a> {
    fn new(about: About, place: String, kind: TextKind, text: &'a str, document_lang: Option<Lang>) -> Self {
        let reading = Reading::of(text);
        let lower = reading.prose.to_lowercase();
        let lang = Lang::detect(text, document_lang.unwrap_or(Lang::English));
        Part { about, place, kind, text, question: None, prompt: None, lang, document_lang, reading, lower }
    }

    /// Whether rules that know English only may judge this text: the draft is in English,
    /// not just a few of its words (a German headline holds "in" too).
    pub fn is_english(&self) -> bool {
        self.lang == Lang::English && self.document_lang == Some(Lang::English)
    }

    /// A note on this part.
    pub fn note(&self, rule: &'static str, severity: Severity, message: String) -> Note {
        make_note(rule, severity, &self.place, self.about.clone(), message)
    }

    /// Whether the prose holds a word of one of this language's lists (as whole words, or
    /// anywhere in Chinese and Japanese).
    pub fn has_any(&self, section: &str) -> Option<&'static str> {
        find_words(&self.lower, self.lang, section).into_iter().next()
    }
}

pub(crate) fn make_note(rule: &'static str, severity: Severity, place: &str, about: About, message: String) -> Note {
    debug_assert!(RULES.contains(&rule), "the rule {rule} is missing from RULES, so it cannot be switched off");
    let key = format!("{rule}:{}:{:08x}", String::from(about.clone()), fingerprint(&message));
    Note { rule, severity, place: place.to_owned(), message, key, about }
}

/// FNV-1a: a fingerprint that stays the same from one build to the next, as a dismissed
/// note's key must.
fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5_u32, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// The words of a language's list that a lower-case text holds, in the list's order.
pub(crate) fn find_words(lower: &str, lang: Lang, section: &str) -> Vec<&'static str> {
    let words = lang.words(section);
    if lang.is_cjk() {
        return words.iter().map(String::as_str).filter(|w| lower.contains(w)).collect();
    }
    // Most listed words are absent: a plain search rules them out before the text is split.
    let tokens = std::cell::OnceCell::new();
    words
        .iter()
        .map(String::as_str)
        .filter(|word| {
            if !lower.contains(word) {
                return false;
            }
            if !word.chars().any(char::is_alphanumeric) {
                return true;
            }
            let tokens = tokens.get_or_init(|| tokens_of(lower));
            let wanted: Vec<&str> = tokens_of(word);
            !wanted.is_empty() && tokens.windows(wanted.len()).any(|run| run == wanted.as_slice())
        })
        .collect()
}

/// Words of a lower-case text; a hyphen or an apostrophe stays inside a word.
pub(crate) fn tokens(lower: &str) -> Vec<&str> {
    tokens_of(lower)
}

fn tokens_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .map(|w| w.trim_matches(['-', '\'', '’']))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The notes on one text that need nothing else to judge it. The text's language is
/// detected; a text too short to tell is read as English.
pub fn text_notes(place: &str, text: &str, kind: TextKind) -> Vec<Note> {
    let part = Part::new(About::Draft, place.to_owned(), kind, text, Some(Lang::English));
    let mut notes = Vec::new();
    part_notes(&part, &CoachSettings::default(), &mut notes);
    notes
}

fn part_notes(part: &Part, settings: &CoachSettings, notes: &mut Vec<Note>) {
    if part.text.trim().is_empty() {
        if part.kind != TextKind::Other {
            notes.push(part.note("empty", Severity::Error, "empty: write it, or say why not yet".to_owned()));
        }
        return;
    }
    let evasive = softball::evasive_answer(part);
    if evasive.is_none() {
        placeholder::check(part, notes);
    }
    sentences::check(part, settings, notes);
    weasel::check(part, notes);
    future_tense::check(part, notes);
    numbers::check_sources(part, notes);
    spec::check(part, notes);
    softball::check(part, evasive, notes);
}

/// Every note on the session's draft, as the session's own settings tune it.
pub fn lint(session: &Session) -> Vec<Note> {
    lint_tuned(session, &session.coach)
}

/// Every note on the draft, each with the place it is about: each text's own, then the
/// draft as a whole. Rules switched off and notes dismissed in `settings` are left out.
pub fn lint_tuned(session: &Session, settings: &CoachSettings) -> Vec<Note> {
    let parts = parts(session);
    let mut notes = Vec::new();
    // An imported PR/FAQ that had no customer-problem part gets one note for the stage,
    // not an error for each of its five questions.
    let customer_never_written = session.imported_from.is_some() && session.customer.is_empty();
    if customer_never_written {
        let message = "the customer problem is empty: the imported document had none; answer the five questions \
                       before the press release is reviewed"
            .to_owned();
        let about = About::Customer(CustomerQuestion::ALL[0]);
        notes.push(make_note("empty-stage", Severity::Warning, "Customer", about, message));
    }
    for part in parts.iter().filter(|part| !(customer_never_written && part.kind == TextKind::CustomerAnswer)) {
        part_notes(part, settings, &mut notes);
    }
    document::check(session, &parts, settings, &mut notes);
    notes.retain(|note| !settings.is_off(note.rule) && !settings.is_dismissed(&note.key));
    notes
}

/// The texts of the draft in its order: the customer's answers, the press release, the FAQ.
fn parts(session: &Session) -> Vec<Part<'_>> {
    let document_lang = Lang::of_document(&document_sample(session));
    let mut parts = Vec::new();
    for question in CustomerQuestion::ALL {
        let place = format!("Customer · {}", question.question());
        let text = &session.customer.answer(question).text;
        let mut part = Part::new(About::Customer(question), place, TextKind::CustomerAnswer, text, document_lang);
        part.prompt = Some(question.hint());
        parts.push(part);
    }
    for section in Section::ALL {
        let place = format!("Press release · {}", section.label());
        let text = session.press_release.section(section);
        let mut part = Part::new(About::Section(section), place, TextKind::PressRelease, text, document_lang);
        part.prompt = Some(section.hint());
        parts.push(part);
    }
    for entry in session.faq.external.iter().chain(&session.faq.internal) {
        let place = format!("FAQ · {}", entry.question.trim());
        let about = About::Faq(entry.id.clone());
        let mut part = Part::new(about, place, TextKind::FaqAnswer, &entry.answer, document_lang);
        part.question = Some(&entry.question);
        parts.push(part);
    }
    parts
}

/// Enough of every part of the draft to tell its language, whichever parts are written:
/// the first characters of each, a few thousand at most, so a long draft costs no more.
fn document_sample(session: &Session) -> String {
    const EACH: usize = 300;
    const ALL: usize = 4000;
    let customer = CustomerQuestion::ALL.iter().map(|q| session.customer.answer(*q).text.as_str());
    let release = Section::ALL.iter().map(|s| session.press_release.section(*s).as_str());
    let faq = session.faq.external.iter().chain(&session.faq.internal);
    let faq = faq.flat_map(|entry| [entry.question.as_str(), entry.answer.as_str()]);
    let mut sample = String::new();
    for text in release.chain(customer).chain(faq).filter(|t| !t.trim().is_empty()) {
        sample.extend(text.chars().take(EACH));
        sample.push('\n');
        if sample.len() > ALL {
            break;
        }
    }
    sample
}

/// “a”, “b”: the words a note names, each in quotation marks.
pub(crate) fn quoted<S: AsRef<str>>(words: &[S]) -> String {
    words.iter().map(|w| format!("“{}”", w.as_ref())).collect::<Vec<_>>().join(", ")
}

/// The length of a text as its language counts it: words, or characters in Chinese and
/// Japanese (which put no spaces between words).
pub(crate) fn length(text: &str, lang: Lang) -> usize {
    if lang.is_cjk() { text.chars().filter(|c| c.is_alphanumeric()).count() } else { super::text::word_count(text) }
}

/// The rules a text triggers, for the rules' table tests.
#[cfg(test)]
pub(crate) fn rules_of(text: &str, kind: TextKind) -> Vec<&'static str> {
    text_notes("here", text, kind).into_iter().map(|note| note.rule).collect()
}

/// The rules an FAQ answer triggers under its question, for the rules' table tests.
#[cfg(test)]
pub(crate) fn rules_of_answer(question: &str, answer: &str) -> Vec<&'static str> {
    let mut part = Part::new(About::Draft, "here".into(), TextKind::FaqAnswer, answer, Some(Lang::English));
    part.question = Some(question);
    let mut notes = Vec::new();
    part_notes(&part, &CoachSettings::default(), &mut notes);
    notes.into_iter().map(|note| note.rule).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_key_names_rule_place_and_words_and_stays_the_same() {
        let note = make_note(
            "headline",
            Severity::Warning,
            "Press release · Headline",
            About::Section(Section::Headline),
            "m".into(),
        );
        assert_eq!(note.key, "headline:press_release.headline:e80c2f78");
        assert_eq!(note.about, About::Section(Section::Headline));
    }

    #[test]
    fn rules_switched_off_and_notes_dismissed_are_left_out_and_every_note_knows_its_place() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), crate::domain::PrincipleSet::amazon());
        session.press_release.headline = "A seamless app".into();
        session.press_release.summary = "Parents will wait at home.".into();
        let notes = lint(&session);
        let rules: Vec<&str> = notes.iter().map(|n| n.rule).collect();
        assert!(
            rules.contains(&"weasel-word") && rules.contains(&"future-tense") && rules.contains(&"no-faq"),
            "{rules:?}"
        );
        let weasel = notes.iter().find(|n| n.rule == "weasel-word").unwrap();
        assert_eq!(weasel.about, About::Section(Section::Headline));
        session.coach.off.push("future-tense".into());
        session.coach.dismiss(&weasel.key);
        let rules: Vec<&str> = lint(&session).into_iter().map(|n| n.rule).collect();
        assert!(
            !rules.contains(&"weasel-word") && !rules.contains(&"future-tense") && rules.contains(&"no-faq"),
            "{rules:?}"
        );
        session.press_release.headline = "A seamless, robust app".into();
        assert!(lint(&session).iter().any(|n| n.rule == "weasel-word"), "a note that says something new comes back");
    }

    #[test]
    fn list_words_are_found_as_whole_words_or_anywhere_in_cjk() {
        assert_eq!(
            find_words("a very seamless, game-changer app", Lang::English, "hype"),
            ["seamless", "game-changer"]
        );
        assert!(find_words("the manyfold path", Lang::English, "weasel").is_empty());
        assert_eq!(find_words("これは革新的なアプリです", Lang::Japanese, "hype"), ["革新的"]);
        assert_eq!(find_words("it costs $5", Lang::English, "cost"), ["costs", "$"]);
    }
}
