//! The open session's merge conflicts on screen: which one is shown and how far it is
//! scrolled, and which field of a stage each conflict is about.

use super::{FaqPart, Field, ItemPart};
use crate::domain::{Conflict, CustomerQuestion, Section, Session, Stage, Step};

/// The conflicts overlay: one conflict at a time, its versions and their word diff.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConflictsView {
    /// Which of the session's conflicts is shown.
    pub index: usize,
    /// Rows scrolled past.
    pub scroll: usize,
}

/// The stage and the field that hold the conflicted text, when it is one the app edits
/// in place: a customer answer, a press-release section, a FAQ question or answer, a
/// review item's words, due date or resources.
pub fn conflict_field(session: &Session, conflict: &Conflict) -> Option<(Stage, Field)> {
    let steps = conflict.steps();
    let keys: Vec<&str> = steps
        .iter()
        .map(|step| match step {
            Step::Key(key) | Step::Element(key) => key.as_str(),
        })
        .collect();
    match keys[..] {
        ["press_release", key] => Some((Stage::PressRelease, Field::Section(Section::from_key(key)?))),
        ["customer", key, "text"] => Some((Stage::Customer, Field::Answer(CustomerQuestion::from_key(key)?))),
        ["faq", part, id, text] if matches!(steps[2], Step::Element(_)) => {
            let part = match part {
                "external" => FaqPart::External,
                "internal" => FaqPart::Internal,
                _ => return None,
            };
            let index = part.entries(session).iter().position(|entry| entry.id == id)?;
            match text {
                "question" => Some((Stage::PressRelease, Field::FaqQuestion(part, index))),
                "answer" => Some((Stage::PressRelease, Field::FaqAnswer(part, index))),
                _ => None,
            }
        }
        ["review", "items", id, key] if matches!(steps[2], Step::Element(_)) => {
            let index = session.review.items.iter().position(|item| item.id == id)?;
            let part = match key {
                "text" => ItemPart::Text,
                "due" => ItemPart::Due,
                "resources" => ItemPart::Resources,
                _ => return None,
            };
            Some((Stage::Review, Field::ItemPart(index, part)))
        }
        _ => None,
    }
}

/// The conflicted field in words: "Press release · Problem", or the path where the app
/// has no name for it.
pub fn conflict_place(session: &Session, conflict: &Conflict) -> String {
    let Some((stage, field)) = conflict_field(session, conflict) else { return conflict.field.clone() };
    let place = match field {
        Field::Section(section) => section.label().to_owned(),
        Field::Answer(question) => question.question().to_owned(),
        Field::FaqQuestion(part, index) => format!("{} {}", part.title(), index + 1),
        Field::FaqAnswer(part, index) => format!("{} {}, its answer", part.title(), index + 1),
        Field::ItemPart(index, part) => format!("review item {}: {}", index + 1, part.label().to_lowercase()),
        _ => conflict.field.clone(),
    };
    format!("{} · {place}", stage.title())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::domain::{FaqEntry, PrincipleSet, ReviewItem, ReviewKind};

    #[test]
    fn a_conflicted_text_leads_to_the_field_that_edits_it() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.faq.internal.push(FaqEntry { id: "q-01b".into(), ..Default::default() });
        session.review.items.push(ReviewItem::new("r-01a".into(), ReviewKind::Decision, String::new()));
        let at = |path: &str| {
            let conflict = Conflict::new(path.into(), Value::Null, Value::Null, Value::Null);
            conflict_field(&session, &conflict)
        };
        assert_eq!(at("press_release.problem"), Some((Stage::PressRelease, Field::Section(Section::Problem))));
        assert_eq!(at("customer.who.text"), Some((Stage::Customer, Field::Answer(CustomerQuestion::Who))));
        assert_eq!(
            at("faq.internal[q-01b].answer"),
            Some((Stage::PressRelease, Field::FaqAnswer(FaqPart::Internal, 0)))
        );
        assert_eq!(at("review.items[r-01a].due"), Some((Stage::Review, Field::ItemPart(0, ItemPart::Due))));
        assert_eq!(at("review.items[r-01a].outcome"), None);
        assert_eq!(at("title"), None);
        assert_eq!(at("review.items[r-gone].text"), None);
    }
}
