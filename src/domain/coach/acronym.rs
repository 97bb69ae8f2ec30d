//! `acronym`: words in capitals the press release never spells out. Words every reader
//! knows (`words/acronyms.txt`), the team's glossary, placeholders, the dateline, code and
//! keywords a customer types are not acronyms; "(ABC)", "（ABC）" and "ABC (the words)"
//! explain one.

use super::lexicon::KNOWN_ACRONYMS;
use super::{Note, Part, Severity, TextKind, make_note};
use crate::domain::coach_settings::CoachSettings;
use crate::domain::session::About;

/// Verbs after which a word in capitals is what the customer types, not an acronym.
const KEYWORD_VERBS: [&str; 10] =
    ["reply", "replies", "text", "texts", "send", "sends", "type", "types", "press", "presses"];

pub fn check(parts: &[Part], settings: &CoachSettings, notes: &mut Vec<Note>) {
    let release: Vec<&str> =
        parts.iter().filter(|p| p.kind == TextKind::PressRelease).map(|p| p.reading.prose.as_str()).collect();
    let unexplained = unexplained_acronyms(&release.join("\n"), settings);
    if unexplained.is_empty() {
        return;
    }
    let message = format!(
        "acronyms never spelled out: {}; write the words the first time, then (ABC), or add them to the glossary if every reader knows them",
        unexplained.join(", ")
    );
    notes.push(make_note("acronym", Severity::Warning, "Press release", About::Draft, message));
}

/// Words of two to four capitals (digits allowed after the first) that the text never
/// explains. Longer words in capitals are a dateline's city or emphasis, and a line's
/// opening words before a comma are its dateline.
pub fn unexplained_acronyms(text: &str, settings: &CoachSettings) -> Vec<String> {
    let without_datelines: Vec<&str> = text
        .lines()
        .map(|line| {
            let line = line.trim_start();
            line.split_once([',', '，', '、'])
                .filter(|(first, _)| first.split_whitespace().count() <= 3 && !first.chars().any(char::is_lowercase))
                .map_or(line, |(_, rest)| rest)
        })
        .collect();
    let searched = without_bracketed(&without_shouting(&without_datelines.join("\n")));
    let mut acronyms: Vec<String> = Vec::new();
    let mut previous = "";
    let mut rest = searched.as_str();
    while let Some(start) = rest.find(|c: char| c.is_alphanumeric()) {
        let from = &rest[start..];
        let end = from.find(|c: char| !c.is_alphanumeric()).unwrap_or(from.len());
        let word = &from[..end];
        let asked = from[end..].starts_with('?');
        let is_keyword = KEYWORD_VERBS.iter().any(|verb| previous.eq_ignore_ascii_case(verb));
        previous = word;
        rest = &from[end..];
        let is_acronym = !is_keyword
            && !asked
            && (2..=4).contains(&word.chars().count())
            && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        let placeholder = matches!(word, "XX" | "XXX" | "TBD" | "TBC" | "TODO" | "WIP");
        let known = placeholder || KNOWN_ACRONYMS.contains(&word) || settings.knows_acronym(word);
        if is_acronym && !known && !acronyms.iter().any(|a| a == word) {
            acronyms.push(word.to_owned());
        }
    }
    acronyms.retain(|acronym| !is_explained(text, acronym));
    acronyms
}

/// "(ABC)", "（ABC）", or "ABC (" followed by its words.
fn is_explained(text: &str, acronym: &str) -> bool {
    text.contains(&format!("({acronym})"))
        || text.contains(&format!("（{acronym}）"))
        || text.contains(&format!("{acronym} ("))
        || text.contains(&format!("{acronym}（"))
}

/// The text without its shouting: a line mostly in capitals with words in capitals side by
/// side, or three such words in a row ("LETS WAIT AT HOME"), is a headline or emphasis, not
/// a list of acronyms. A list ("the ED, ICU, NICU") is not a run: a comma ends one.
fn without_shouting(text: &str) -> String {
    let in_capitals = |word: &str| word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase);
    let lines = text.lines().map(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        while start < words.len() {
            let mut end = start;
            while end < words.len() && in_capitals(words[end]) {
                end += 1;
                if words[end - 1].ends_with([',', ';', '、', '，']) {
                    break;
                }
            }
            runs.push((start, end));
            start = end.max(start + 1);
        }
        let lettered = words.iter().filter(|w| w.chars().any(char::is_alphabetic)).count();
        let capitals = words.iter().filter(|word| in_capitals(word)).count();
        let side_by_side = runs.iter().any(|(start, end)| end - start >= 2);
        if side_by_side && capitals * 2 > lettered {
            return String::new();
        }
        let mut shouted = vec![false; words.len()];
        for (start, end) in runs.into_iter().filter(|(start, end)| end - start >= 3) {
            shouted[start..end].fill(true);
        }
        words.iter().zip(shouted).filter(|(_, shouted)| !shouted).map(|(word, _)| *word).collect::<Vec<_>>().join(" ")
    });
    lines.collect::<Vec<_>>().join("\n")
}

/// The text without bracketed template words (`[NAME, TITLE]`), which `placeholder` notes.
fn without_bracketed(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut depth = 0_usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_capitals_never_spelled_out_but_not_known_words_keywords_or_datelines() {
        let table: [(&str, &[&str]); 18] = [
            ("The ED sees 40 children a night.", &["ED"]),
            ("The emergency department (ED) sees 40 children a night.", &[]),
            ("Reply LATE to move back two places; text STOP to leave.", &[]),
            ("Send YES, then the ETA shows.", &["ETA"]),
            ("LEEDS, 3 March: clinics open.", &[]),
            ("NEW YORK, 3 March: clinics open.", &[]),
            ("It works in the UK and the EU, by SMS.", &[]),
            ("A reply LATE is fine, but QR codes are not.", &["QR"]),
            ("Use the AWS CLI, the SDK and the API; 5 GB per PDF.", &[]),
            ("Amazon Web Services（AWS）の新機能。", &[]),
            ("The SLO (service level objective) holds.", &[]),
            ("“Great,” said [NAME, TITLE]. WHO? signs off.", &[]),
            ("The SLA holds.", &["SLA"]),
            ("Die KI spart Zeit.", &["KI"]),
            ("LETS WAIT AT HOME", &[]),
            ("NORTHFIELD LAUNCHES CLINIC QUEUE FOR ALL\nThe ETA shows.", &["ETA"]),
            ("Parents said LETS WAIT AT HOME and left; the SLA holds.", &["SLA"]),
            ("The ED, ICU, NICU share one SLA.", &["ED", "ICU", "NICU", "SLA"]),
        ];
        for (text, expected) in table {
            assert_eq!(unexplained_acronyms(text, &CoachSettings::default()), expected, "{text:?}");
        }
        let glossary = CoachSettings { glossary: vec!["SLA".into()], ..CoachSettings::default() };
        assert!(unexplained_acronyms("The SLA holds.", &glossary).is_empty());
    }
}
