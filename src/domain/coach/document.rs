//! The draft as a whole: its `length`, the `headline`, and the rules of other files that
//! need more than one text (numbers, quotes, acronyms, the dateline, the FAQ).

use super::lexicon::Lang;
use super::{
    Note, ONE_PAGE_WORDS, Part, Severity, TextKind, acronym, dateline, faq, find_words, length, numbers, quotes, tokens,
};
use crate::domain::coach_settings::CoachSettings;
use crate::domain::session::{About, Section, Session};

pub fn check(session: &Session, parts: &[Part], settings: &CoachSettings, notes: &mut Vec<Note>) {
    check_length(parts, settings, notes);
    numbers::check_no_number(session, notes);
    quotes::check(parts, notes);
    acronym::check(parts, settings, notes);
    let section = |wanted: Section| parts.iter().find(|p| p.about == About::Section(wanted));
    if let Some(summary) = section(Section::Summary) {
        dateline::check(summary, notes);
    }
    if let Some(headline) = section(Section::Headline) {
        check_headline(headline, settings, notes);
    }
    faq::check(session, parts, settings, notes);
}

fn check_length(parts: &[Part], settings: &CoachSettings, notes: &mut Vec<Note>) {
    let release: Vec<&Part> = parts.iter().filter(|p| p.kind == TextKind::PressRelease).collect();
    let cjk = release.iter().filter(|p| p.lang.is_cjk()).count() * 2
        > release.iter().filter(|p| !p.text.trim().is_empty()).count();
    let lang = if cjk { Lang::Japanese } else { Lang::English };
    let size: usize = release.iter().map(|p| length(p.text, lang)).sum();
    let (limit, unit) = if cjk {
        (settings.threshold("length-chars", 1500), "characters")
    } else {
        (settings.threshold("length", ONE_PAGE_WORDS), "words")
    };
    if size > limit {
        let message = format!("{size} {unit}; one page is about {limit}: cut {}", size - limit);
        notes.push(super::make_note("length", Severity::Warning, "Press release", About::Draft, message));
    }
}

/// A headline says who does what: a verb, and short enough to read at a glance.
fn check_headline(headline: &Part, settings: &CoachSettings, notes: &mut Vec<Note>) {
    let text = headline.text.trim();
    if text.is_empty() {
        return;
    }
    let (size, limit, unit) = if headline.lang.is_cjk() {
        (length(text, headline.lang), settings.threshold("headline-chars", 40), "characters")
    } else {
        (length(text, headline.lang), settings.threshold("headline", 14), "words")
    };
    if size > limit {
        let message = format!(
            "a headline of {size} {unit} (over {limit}): name the product and what it does for the customer, nothing more"
        );
        notes.push(headline.note("headline", Severity::Warning, message));
    } else if headline.is_english() && !has_verb(&headline.lower) {
        let message = "the headline has no verb: say what the product does for whom (“Clinic Queue texts parents when it is their turn”)".to_owned();
        notes.push(headline.note("headline", Severity::Warning, message));
    }
}

/// Function words after which an "-s" word is a noun ("texts for clinics"), not a verb.
const NOT_OBJECTS: [&str; 12] = ["for", "of", "in", "on", "with", "and", "or", "to", "at", "by", "from", "as"];

/// An English verb: a common headline verb, a past form, or an "-s" word followed by its
/// object ("texts parents", "cuts the wait").
fn has_verb(lower: &str) -> bool {
    let words = tokens(lower);
    if !find_words(lower, Lang::English, "headline-verb").is_empty() {
        return true;
    }
    words.iter().any(|w| w.len() > 4 && w.ends_with("ed"))
        || words.windows(2).any(|pair| {
            let verb = pair[0];
            verb.len() > 3
                && verb.ends_with('s')
                && !verb.ends_with("ss")
                && !verb.ends_with("'s")
                && !NOT_OBJECTS.contains(&pair[1])
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PrincipleSet;
    use crate::domain::coach::lint;

    fn rules(section: Section, text: &str) -> Vec<&'static str> {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        if section == Section::Headline {
            // A headline alone is too short to tell its language; the draft tells it.
            session.press_release.summary = "LEEDS, 3 March 2026 — Parents wait at home and come back when the \
                                             clinic texts them, twenty minutes before the doctor is free."
                .into();
        }
        *session.press_release.section_mut(section) = text.into();
        lint(&session).into_iter().map(|n| n.rule).filter(|r| *r == "headline").collect()
    }

    #[test]
    fn a_press_release_over_a_page_is_noted_in_words_or_in_characters_and_a_team_may_raise_the_limit() {
        let length = |solution: String, settings: CoachSettings| {
            let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
            session.press_release.solution = solution;
            session.coach = settings;
            lint(&session).into_iter().filter(|n| n.rule == "length").map(|n| n.message).collect::<Vec<_>>()
        };
        let english = "Parents wait at home. ".repeat(160);
        assert_eq!(length(english.clone(), CoachSettings::default()), ["640 words; one page is about 600: cut 40"]);
        let raised = CoachSettings { thresholds: [("length".to_owned(), 700)].into(), ..CoachSettings::default() };
        assert!(length(english, raised).is_empty());
        let japanese = "保護者は自宅で待ちます。".repeat(140);
        assert_eq!(length(japanese, CoachSettings::default()), ["1540 characters; one page is about 1500: cut 40"]);
        assert!(length("保護者は自宅で待ちます。".repeat(100), CoachSettings::default()).is_empty());
    }

    #[test]
    fn the_headline_verb_is_checked_only_when_the_whole_draft_is_english() {
        let draft = |headline: &str, summary: &str| {
            let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
            session.press_release.headline = headline.into();
            session.press_release.summary = summary.into();
            lint(&session).into_iter().filter(|n| n.rule == "headline").count()
        };
        let german = "MÜNCHEN, 3. März 2026 – Eltern buchen den Termin beim Kinderarzt abends auf dem Sofa, \
                      statt morgens in der Warteschleife zu hängen. Die Praxis bestätigt ihn sofort.";
        assert_eq!(draft("Praxisfinder bringt Termine in Minuten", german), 0);
        assert_eq!(draft("Termine für Eltern in der Stadt", german), 0, "German is not judged by English verbs");
        let dutch = "UTRECHT, 3 maart 2026 – De kliniek stuurt ouders een bericht twintig minuten voordat \
                     de dokter vrij is, zodat zij thuis kunnen wachten in plaats van in een volle wachtkamer.";
        assert_eq!(draft("Wachttijden voor ouders in de kliniek", dutch), 0, "a language without lists");
        let english = "LEEDS, 3 March 2026 — Parents wait at home and come back when the clinic texts them, \
                       twenty minutes before the doctor is free.";
        assert_eq!(draft("Wait-time texts for walk-in clinics", english), 1);
    }

    #[test]
    fn a_headline_has_a_verb_and_fits_on_a_line() {
        let table: [(&str, &[&str]); 7] = [
            ("Clinic Queue texts parents when it is their child's turn", &[]),
            ("Acme cuts build times for small teams", &[]),
            ("Acme launched: builds that never wait", &[]),
            ("Wait-time texts for walk-in clinics", &["headline"]),
            ("The next generation of build infrastructure", &["headline"]),
            (
                "Acme gives every team in the company a build farm that is faster than the laptop on the desk of the engineer",
                &["headline"],
            ),
            ("Eltern warten zu Hause statt im Wartezimmer", &[]),
        ];
        for (headline, expected) in table {
            assert_eq!(rules(Section::Headline, headline), expected, "{headline:?}");
        }
    }
}
