//! `softball`: an FAQ question asked to let the product shine ("Why should I use
//! this?"), an answer that only praises, or one that answers nothing ("TBD", "see above").

use super::lexicon::{self, Lang};
use super::reading::has_number;
use super::{Note, Part, Severity, TextKind, find_words};

pub fn check(part: &Part, evasive: Option<&'static str>, notes: &mut Vec<Note>) {
    if part.kind != TextKind::FaqAnswer {
        return;
    }
    let question = part.question.unwrap_or_default().to_lowercase();
    // A question is short, so its language is often hard to tell; the lists do not overlap.
    let asked_lists = lexicon::ALL.map(|lang| lang.words("softball-question"));
    if let Some(asked) = asked_lists.iter().flat_map(|list| list.iter()).find(|q| question.contains(q.as_str())) {
        let message = format!(
            "a softball question (“{asked}…”): ask what a sceptical customer or the CFO would ask — what does it cost, what if it fails?"
        );
        notes.push(part.note("softball", Severity::Warning, message));
    }
    if let Some(evasive) = evasive {
        let message = format!(
            "the answer is “{evasive}”: answer it, or say what you don't know yet and when you will (“We don't know; the pilot tells us by May”)"
        );
        notes.push(part.note("softball", Severity::Warning, message));
        return;
    }
    let praises = part.has_any("praise").is_some();
    let firm = has_number(part.text) || part.has_any("firm").is_some();
    if praises && !firm {
        let message = "reads like a softball: answer with yes, no, a number or a date".to_owned();
        notes.push(part.note("softball", Severity::Warning, message));
    }
}

/// The answer, when it is nothing but "TBD", "see above" or the like.
pub fn evasive_answer(part: &Part) -> Option<&'static str> {
    if part.kind != TextKind::FaqAnswer {
        return None;
    }
    let answer = part.text.trim().trim_end_matches(['.', '!', '。']).to_lowercase();
    let short = answer.split_whitespace().count() <= 4 && answer.chars().count() <= 30;
    let found = find_words(&answer, part.lang, "evasive");
    let english = find_words(&answer, Lang::English, "evasive");
    short.then(|| found.into_iter().chain(english).next()).flatten()
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::{TextKind, rules_of, rules_of_answer};

    fn softball(rules: Vec<&'static str>) -> bool {
        rules.contains(&"softball")
    }

    #[test]
    fn softball_questions_and_empty_answers_are_noted_and_firm_answers_are_not() {
        let table: [(&str, &str, bool); 11] = [
            ("Is it good?", "It is great and easy to love.", true),
            ("Is it easy?", "It is easy: 3 minutes, no app.", true),
            ("How long does it take?", "It is easy: 3 minutes, no app.", false),
            ("Why should I use Clinic Queue?", "Because waits are 2 hours.", true),
            ("What does it cost us?", "TBD", true),
            ("Who owns it?", "See above.", true),
            ("What does it cost us?", "£310 a month in texts.", false),
            ("What does it cost?", "We don't know yet; the pilot tells us by May.", false),
            ("Warum sollte ich es nutzen?", "Weil es toll ist.", true),
            ("Сколько это стоит?", "Уточняется.", true),
            ("費用はいくらですか？", "未定", true),
        ];
        for (question, answer, expected) in table {
            assert_eq!(softball(rules_of_answer(question, answer)), expected, "{question:?} {answer:?}");
        }
        assert!(!softball(rules_of("It is great and easy to love.", TextKind::PressRelease)));
    }

    #[test]
    fn an_answer_that_is_only_tbd_is_a_softball_not_a_placeholder() {
        assert_eq!(rules_of_answer("What does it cost us?", "TBD"), ["softball"]);
    }
}
