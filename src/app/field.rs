//! The editable places of a stage, in the order focus moves through them, and the text
//! each one holds in the session.

use crate::domain::{About, CustomerQuestion, FaqEntry, ReviewKind, Section, Session, Stage};

/// The two parts of the FAQ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaqPart {
    External,
    Internal,
}

impl FaqPart {
    pub fn title(self) -> &'static str {
        match self {
            FaqPart::External => "Customer question",
            FaqPart::Internal => "Internal question",
        }
    }

    pub fn entries(self, session: &Session) -> &Vec<FaqEntry> {
        match self {
            FaqPart::External => &session.faq.external,
            FaqPart::Internal => &session.faq.internal,
        }
    }

    pub fn entries_mut(self, session: &mut Session) -> &mut Vec<FaqEntry> {
        match self {
            FaqPart::External => &mut session.faq.external,
            FaqPart::Internal => &mut session.faq.internal,
        }
    }
}

/// A focusable place on a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Answer(CustomerQuestion),
    Section(Section),
    FaqQuestion(FaqPart, usize),
    FaqAnswer(FaqPart, usize),
    /// The facilitator and participants, at the top of the review.
    People,
    /// A review item in the review's list.
    ReviewItem(usize),
    /// One part of the review item that is open.
    ItemPart(usize, ItemPart),
    /// The verdict on the whole draft, at the end of the review.
    Verdict,
    /// A version of the draft, by its position in the session's list.
    Version(usize),
    /// The draft as it is now, at the end of the versions.
    Draft,
    /// A decision to revise that no version addresses yet (the review item at this index).
    OpenRevision(usize),
}

/// The parts of a review item, in the order the open item shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemPart {
    Kind,
    Text,
    Author,
    About,
    Outcome,
    Owner,
    Due,
    Resources,
    Principles,
}

impl ItemPart {
    /// Every part shown for an item of this kind: only decisions have the last five.
    pub fn of(kind: ReviewKind) -> &'static [ItemPart] {
        use ItemPart::*;
        match kind {
            ReviewKind::Decision => &[Kind, Text, Author, About, Outcome, Owner, Due, Resources, Principles],
            _ => &[Kind, Text, Author, About],
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ItemPart::Kind => "Kind",
            ItemPart::Text => "What was said",
            ItemPart::Author => "Who said it",
            ItemPart::About => "About",
            ItemPart::Outcome => "Outcome",
            ItemPart::Owner => "Owner",
            ItemPart::Due => "Due",
            ItemPart::Resources => "Resources committed",
            ItemPart::Principles => "Leadership principles",
        }
    }
}

impl Field {
    /// Whether Enter moves to the next field instead of breaking the line.
    pub fn is_one_line(self) -> bool {
        match self {
            Field::Section(section) => section.is_one_line(),
            Field::FaqQuestion(..) | Field::ItemPart(_, ItemPart::Due) => true,
            _ => false,
        }
    }

    /// Whether the field holds text the user can edit in place; the others are chosen
    /// (a kind, a person, a place) or opened (an item, a dialog), and versions never change.
    pub fn is_editable(self) -> bool {
        match self {
            Field::Answer(_) | Field::Section(_) | Field::FaqQuestion(..) | Field::FaqAnswer(..) => true,
            Field::ItemPart(_, part) => matches!(part, ItemPart::Text | ItemPart::Due | ItemPart::Resources),
            Field::People
            | Field::ReviewItem(_)
            | Field::Verdict
            | Field::Version(_)
            | Field::Draft
            | Field::OpenRevision(_) => false,
        }
    }

    /// The place of the draft the field is, for review items about it.
    pub fn place(self, session: &Session) -> Option<About> {
        Some(match self {
            Field::Answer(question) => About::Customer(question),
            Field::Section(section) => About::Section(section),
            Field::FaqQuestion(part, index) | Field::FaqAnswer(part, index) => {
                About::Faq(part.entries(session).get(index)?.id.clone())
            }
            _ => return None,
        })
    }

    pub fn text(self, session: &Session) -> Option<&str> {
        Some(match self {
            Field::Answer(question) => &session.customer.answer(question).text,
            Field::Section(section) => session.press_release.section(section),
            Field::FaqQuestion(part, index) => &part.entries(session).get(index)?.question,
            Field::FaqAnswer(part, index) => &part.entries(session).get(index)?.answer,
            Field::ReviewItem(index) | Field::ItemPart(index, ItemPart::Text) => &session.review.items.get(index)?.text,
            Field::ItemPart(index, ItemPart::Due) => {
                session.review.items.get(index)?.due.as_deref().unwrap_or_default()
            }
            Field::ItemPart(index, ItemPart::Resources) => {
                session.review.items.get(index)?.resources.as_deref().unwrap_or_default()
            }
            Field::Version(index) => &session.iterations.get(index)?.note,
            Field::People | Field::Verdict | Field::ItemPart(..) | Field::Draft | Field::OpenRevision(_) => {
                return None;
            }
        })
    }

    pub fn text_mut(self, session: &mut Session) -> Option<&mut String> {
        Some(match self {
            Field::Answer(question) => &mut session.customer.answer_mut(question).text,
            Field::Section(section) => session.press_release.section_mut(section),
            Field::FaqQuestion(part, index) => &mut part.entries_mut(session).get_mut(index)?.question,
            Field::FaqAnswer(part, index) => &mut part.entries_mut(session).get_mut(index)?.answer,
            Field::ReviewItem(index) | Field::ItemPart(index, ItemPart::Text) => {
                &mut session.review.items.get_mut(index)?.text
            }
            Field::ItemPart(index, ItemPart::Due) => session.review.items.get_mut(index)?.due.get_or_insert_default(),
            Field::ItemPart(index, ItemPart::Resources) => {
                session.review.items.get_mut(index)?.resources.get_or_insert_default()
            }
            Field::People
            | Field::Verdict
            | Field::ItemPart(..)
            | Field::Version(_)
            | Field::Draft
            | Field::OpenRevision(_) => return None,
        })
    }
}

/// How the review shows its items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReviewLayout {
    /// The item open in full, its parts the fields.
    pub open_item: Option<usize>,
    /// Most votes first, instead of the order they were raised in.
    pub by_votes: bool,
}

/// The fields of a stage, in focus order.
pub fn fields(session: &Session, stage: Stage, review: ReviewLayout) -> Vec<Field> {
    match stage {
        Stage::Customer => CustomerQuestion::ALL.into_iter().map(Field::Answer).collect(),
        Stage::PressRelease => {
            let mut fields: Vec<Field> = Section::ALL.into_iter().map(Field::Section).collect();
            for part in [FaqPart::External, FaqPart::Internal] {
                for index in 0..part.entries(session).len() {
                    fields.push(Field::FaqQuestion(part, index));
                    fields.push(Field::FaqAnswer(part, index));
                }
            }
            fields
        }
        Stage::Review => match review.open_item.and_then(|index| Some((index, session.review.items.get(index)?))) {
            Some((index, item)) => ItemPart::of(item.kind).iter().map(|part| Field::ItemPart(index, *part)).collect(),
            None => {
                let mut order: Vec<usize> = (0..session.review.items.len()).collect();
                if review.by_votes {
                    order.sort_by_key(|index| std::cmp::Reverse(session.review.items[*index].votes));
                }
                let mut fields = vec![Field::People];
                fields.extend(order.into_iter().map(Field::ReviewItem));
                fields.push(Field::Verdict);
                fields
            }
        },
        Stage::Iteration => {
            let mut fields: Vec<Field> = (0..session.iterations.len()).map(Field::Version).collect();
            fields.push(Field::Draft);
            let open = session.review.items.iter().enumerate().filter(|(_, item)| session.is_open_revision(item));
            fields.extend(open.map(|(index, _)| Field::OpenRevision(index)));
            fields
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Extra, PrincipleSet};

    #[test]
    fn the_press_release_stage_lists_nine_sections_then_each_question_and_answer() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.faq.internal.push(FaqEntry {
            id: "q1".into(),
            question: "Cost?".into(),
            answer: String::new(),
            extra: Extra::new(),
        });
        let fields = fields(&session, Stage::PressRelease, ReviewLayout::default());
        assert_eq!(fields.len(), 11);
        assert_eq!(fields[9], Field::FaqQuestion(FaqPart::Internal, 0));
        assert_eq!(fields[9].text(&session), Some("Cost?"));
        assert!(fields[9].is_one_line() && !fields[10].is_one_line());
    }
}
