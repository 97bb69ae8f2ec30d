//! The FAQ as a whole: `no-faq`, `no-internal-faq`, `faq-coverage` (cost, a metric, an
//! owner and the risks, each asked somewhere) and `faq-length` (about twenty questions
//! and five pages at most).

use super::lexicon::{self, Lang};
use super::{Note, ONE_PAGE_WORDS, Part, Severity, TextKind, find_words, length, make_note};
use crate::domain::coach_settings::CoachSettings;
use crate::domain::session::{About, Session};

/// What leadership asks of every FAQ: the topic's list name and how a note names it.
const TOPICS: [(&str, &str, &str); 4] = [
    ("cost", "what it costs", "What does it cost us, and what do customers pay?"),
    ("metric", "how success is measured", "How will we know it works?"),
    ("owner", "who owns it", "Who owns it, and who builds it?"),
    ("risk", "what could go wrong", "What would make us stop?"),
];

pub fn check(session: &Session, parts: &[Part], settings: &CoachSettings, notes: &mut Vec<Note>) {
    let faq = &session.faq;
    let has_draft = parts.iter().any(|p| p.kind == TextKind::PressRelease && !p.text.trim().is_empty());
    if faq.is_empty() {
        if has_draft {
            let message =
                "no FAQ: write the questions a customer and your leadership will ask, with direct answers".to_owned();
            notes.push(make_note("no-faq", Severity::Error, "FAQ", About::Draft, message));
        }
        return;
    }
    if faq.internal.is_empty() {
        let message = "no internal FAQ: answer what leadership will ask — cost, size of the market, risks, what you will not build".to_owned();
        notes.push(make_note("no-internal-faq", Severity::Warning, "FAQ", About::Draft, message));
    }
    let document_lang = parts
        .iter()
        .find(|p| p.kind == TextKind::PressRelease && !p.text.trim().is_empty())
        .map_or(Lang::English, |p| p.lang);
    let text: String = faq
        .external
        .iter()
        .chain(&faq.internal)
        .map(|entry| format!("{}\n{}\n", entry.question, entry.answer))
        .collect::<String>()
        .to_lowercase();
    let lang = Lang::detect(&text, document_lang);
    // An FAQ may mix languages, and a topic asked in any of them counts.
    let missing: Vec<&(&str, &str, &str)> = TOPICS
        .iter()
        .filter(|(list, ..)| lexicon::ALL.iter().all(|lang| find_words(&text, *lang, list).is_empty()))
        .collect();
    if !missing.is_empty() {
        let topics: Vec<&str> = missing.iter().map(|(_, topic, _)| *topic).collect();
        let questions: Vec<String> = missing.iter().map(|(.., question)| format!("“{question}”")).collect();
        let message =
            format!("the FAQ never says {}: a reviewer will ask; add {}", topics.join(", "), questions.join(" "));
        notes.push(make_note("faq-coverage", Severity::Warning, "FAQ", About::Draft, message));
    }
    let questions = faq.len();
    let most = settings.threshold("faq-questions", 20);
    if questions > most {
        let message =
            format!("{questions} questions (about {most} at most): keep the ones a reviewer would ask, merge the rest");
        notes.push(make_note("faq-length", Severity::Warning, "FAQ", About::Draft, message));
    }
    let pages = settings.threshold("faq-pages", 5);
    let (size, page) = if lang.is_cjk() {
        (length(&text, lang), settings.threshold("length-chars", 1500))
    } else {
        (length(&text, lang), ONE_PAGE_WORDS)
    };
    if size > pages * page {
        let message = format!(
            "the FAQ runs to about {} pages (at most {pages}): shorten the answers to what was asked",
            size.div_ceil(page)
        );
        notes.push(make_note("faq-length", Severity::Warning, "FAQ", About::Draft, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::PrincipleSet;
    use crate::domain::coach::lint;
    use crate::domain::session::{FaqEntry, Session};

    fn entry(question: &str, answer: &str) -> FaqEntry {
        serde_json::from_value(serde_json::json!({"id": question, "question": question, "answer": answer})).unwrap()
    }

    fn rules(external: Vec<FaqEntry>, internal: Vec<FaqEntry>) -> Vec<&'static str> {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.press_release.headline = "Clinic Queue texts parents when it is their turn".into();
        session.faq.external = external;
        session.faq.internal = internal;
        lint(&session)
            .into_iter()
            .map(|n| n.rule)
            .filter(|r| r.starts_with("faq") || r.starts_with("no-"))
            .filter(|r| *r != "no-number")
            .collect()
    }

    #[test]
    fn the_faq_must_exist_have_an_internal_part_and_cover_cost_metric_owner_and_risk() {
        let covered = vec![
            entry("What does it cost us?", "£310 a month."),
            entry("How will we know it works?", "81% arrive within 10 minutes."),
            entry("Who owns it?", "The clinic team, Priya."),
            entry("What would make us stop?", "Missed turns above 5%."),
        ];
        assert_eq!(rules(vec![], vec![]), ["no-faq"]);
        assert_eq!(rules(vec![entry("Is it free?", "Yes.")], vec![]), ["no-internal-faq", "faq-coverage"]);
        assert_eq!(rules(vec![], covered.clone()), Vec::<&str>::new());
        let many: Vec<FaqEntry> = (0..21).map(|n| entry(&format!("Question {n}?"), "Yes.")).collect();
        assert_eq!(rules(many, covered), ["faq-length"]);
        let russian = vec![
            entry("Сколько это стоит?", "310 фунтов в месяц."),
            entry("Как мы поймём, что это работает?", "Показатель: 81% приходят вовремя."),
            entry("Кто ответственный?", "Команда клиники."),
            entry("Какие риски?", "Пропуски выше 5%."),
        ];
        assert_eq!(rules(vec![], russian), Vec::<&str>::new());
    }
}
