//! The editable places of a stage, in the order focus moves through them, and the text
//! each one holds in the session.

use crate::domain::{CustomerQuestion, FaqEntry, Section, Session, Stage};

/// The two parts of the FAQ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Answer(CustomerQuestion),
    Section(Section),
    FaqQuestion(FaqPart, usize),
    FaqAnswer(FaqPart, usize),
    ReviewItem(usize),
    Version(usize),
}

impl Field {
    /// Whether Enter moves to the next field instead of breaking the line.
    pub fn is_one_line(self) -> bool {
        match self {
            Field::Section(section) => section.is_one_line(),
            Field::FaqQuestion(..) => true,
            _ => false,
        }
    }

    /// Whether the field holds text the user can edit (versions never change).
    pub fn is_editable(self) -> bool {
        !matches!(self, Field::Version(_))
    }

    pub fn text(self, session: &Session) -> Option<&str> {
        Some(match self {
            Field::Answer(question) => &session.customer.answer(question).text,
            Field::Section(section) => session.press_release.section(section),
            Field::FaqQuestion(part, index) => &part.entries(session).get(index)?.question,
            Field::FaqAnswer(part, index) => &part.entries(session).get(index)?.answer,
            Field::ReviewItem(index) => &session.review.items.get(index)?.text,
            Field::Version(index) => &session.iterations.get(index)?.note,
        })
    }

    pub fn text_mut(self, session: &mut Session) -> Option<&mut String> {
        Some(match self {
            Field::Answer(question) => &mut session.customer.answer_mut(question).text,
            Field::Section(section) => session.press_release.section_mut(section),
            Field::FaqQuestion(part, index) => &mut part.entries_mut(session).get_mut(index)?.question,
            Field::FaqAnswer(part, index) => &mut part.entries_mut(session).get_mut(index)?.answer,
            Field::ReviewItem(index) => &mut session.review.items.get_mut(index)?.text,
            Field::Version(_) => return None,
        })
    }
}

/// The fields of a stage, in focus order.
pub fn fields(session: &Session, stage: Stage) -> Vec<Field> {
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
        Stage::Review => (0..session.review.items.len()).map(Field::ReviewItem).collect(),
        Stage::Iteration => (0..session.iterations.len()).map(Field::Version).collect(),
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
        let fields = fields(&session, Stage::PressRelease);
        assert_eq!(fields.len(), 11);
        assert_eq!(fields[9], Field::FaqQuestion(FaqPart::Internal, 0));
        assert_eq!(fields[9].text(&session), Some("Cost?"));
        assert!(fields[9].is_one_line() && !fields[10].is_one_line());
    }
}
