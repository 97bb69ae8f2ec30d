//! What a heading or a bold label names: the press release, the FAQ or one of its halves,
//! the customer problem, a section, one of the five customer questions.

use crate::domain::{CustomerQuestion, Section};

use super::vocabulary::{
    CUSTOMER, CUSTOMER_LOOSE, CUSTOMER_QUESTIONS, EXTERNAL, FAQ, INTERNAL, PRESS_RELEASE, QUESTIONS, QUOTE, SECTIONS,
};

/// What a heading or a bold label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    PressRelease,
    /// The FAQ, or one of its two halves when the heading says which.
    Faq(Option<Group>),
    /// "External", "Internal" alone: a half of the FAQ when inside one.
    Group(Group),
    Customer,
    Section(Section),
    /// A quote not said to be the leader's or the customer's.
    Quote,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    External,
    Internal,
}

/// A heading or label's words, lower-cased, without numbering ("1.", "Part 1 —", "II."),
/// emphasis and closing punctuation.
pub fn normalize(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let mut rest = lower.as_str();
    for prefix in ["part ", "teil ", "часть ", "第"] {
        if let Some(after) = rest.strip_prefix(prefix) {
            let after = after.trim_start_matches(|c: char| c.is_alphanumeric());
            rest = after.trim_start_matches(['部', '章', '节', ' ']);
        }
    }
    let rest = strip_numbering(rest);
    rest.trim_start_matches([' ', '—', '–', '-', ':', '：', '.'])
        .trim_end_matches([' ', ':', '：', '.', '。', '?', '？', '!'])
        .to_owned()
}

/// "1. ", "1) ", "C1. ", "IV. ", "Q3: " at the start, when followed by a space.
pub fn strip_numbering(text: &str) -> &str {
    let letters = text.chars().take_while(|c| c.is_ascii_alphabetic()).count();
    let digits = text[letters..].chars().take_while(|c| c.is_ascii_digit()).count();
    let roman = letters > 0 && text[..letters].chars().all(|c| "ivx".contains(c.to_ascii_lowercase()));
    if letters <= 2 && (digits > 0 || roman) {
        let after = &text[letters + digits..];
        for mark in [". ", ") ", ": ", "．", "、", "：", "."] {
            if let Some(rest) = after.strip_prefix(mark)
                && (mark != "." || rest.is_empty())
            {
                return rest.trim_start();
            }
        }
    }
    text
}

fn has_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// What a heading names, if it names a part of a PR/FAQ. `in_faq` says whether it
/// stands inside an FAQ already ("Customer" there is a half of the FAQ).
pub fn classify(text: &str, in_faq: bool) -> Option<Label> {
    let name = format!("{} ", normalize(text));
    let group = if has_any(&name, INTERNAL) {
        Some(Group::Internal)
    } else if has_any(&name, EXTERNAL) {
        Some(Group::External)
    } else {
        None
    };
    if has_any(&name, FAQ) {
        return Some(Label::Faq(group));
    }
    let section = section(&name);
    if let Some(quote @ (Section::CustomerQuote | Section::LeaderQuote)) = section {
        return Some(Label::Section(quote));
    }
    let customer = has_any(&name, CUSTOMER) && name.chars().count() < 50;
    if in_faq
        && !customer
        && let Some(group) = group
    {
        return Some(Label::Group(group));
    }
    if has_any(&name, PRESS_RELEASE) {
        return Some(Label::PressRelease);
    }
    if customer {
        return Some(Label::Customer);
    }
    // Before the sections: "内部问题" is internal questions, though 问题 is "problem" too.
    if group.is_some() && has_any(&name, QUESTIONS) {
        return Some(Label::Faq(group));
    }
    if let Some(section) = section {
        return Some(Label::Section(section));
    }
    if has_any(&name, QUOTE) && name.chars().count() < 40 {
        return Some(Label::Quote);
    }
    if has_any(&name, CUSTOMER_LOOSE) && name.chars().count() < 30 {
        return Some(Label::Customer);
    }
    None
}

/// The press-release section a short label names.
pub fn section(name: &str) -> Option<Section> {
    if name.chars().count() > 40 {
        return None;
    }
    SECTIONS.iter().find(|(_, words)| has_any(name, words)).map(|(section, _)| *section)
}

/// The customer question a label names ("Who is the customer?", "Benefit", "Выгода").
pub fn customer_question(text: &str) -> Option<CustomerQuestion> {
    let name = normalize(text);
    if name.chars().count() > 60 {
        return None;
    }
    CUSTOMER_QUESTIONS.iter().find(|(_, words)| has_any(&name, words)).map(|(question, _)| *question)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_each_language_name_their_part() {
        let cases = [
            ("## Press Release ##", false, Some(Label::PressRelease)),
            ("PART 1 — PRESS RELEASE", false, Some(Label::PressRelease)),
            ("Pressemitteilung", false, Some(Label::PressRelease)),
            ("Пресс-релиз", false, Some(Label::PressRelease)),
            ("プレスリリース", false, Some(Label::PressRelease)),
            ("Frequently Asked Questions", false, Some(Label::Faq(None))),
            ("Internal FAQ", false, Some(Label::Faq(Some(Group::Internal)))),
            ("Customer FAQs", false, Some(Label::Faq(Some(Group::External)))),
            ("Technical", true, Some(Label::Group(Group::Internal))),
            ("External (customer questions)", true, Some(Label::Group(Group::External))),
            ("社内向けの質問", true, Some(Label::Group(Group::Internal))),
            ("The customer problem", false, Some(Label::Customer)),
            ("The customer problem", true, Some(Label::Customer)),
            ("THE PROBLEM", false, Some(Label::Section(Section::Problem))),
            ("Customer quote", false, Some(Label::Section(Section::CustomerQuote))),
            ("Zitat der Geschäftsführung", false, Some(Label::Section(Section::LeaderQuote))),
            ("Как это работает", false, Some(Label::Section(Section::GettingStarted))),
            ("行動喚起", false, Some(Label::Section(Section::CallToAction))),
            ("Quote", false, Some(Label::Quote)),
            ("内部问题", false, Some(Label::Faq(Some(Group::Internal)))),
            ("外部问题", false, Some(Label::Faq(Some(Group::External)))),
            ("技术问题", false, Some(Label::Faq(Some(Group::Internal)))),
            ("客户问题", false, Some(Label::Customer)),
            ("Internal questions", false, Some(Label::Faq(Some(Group::Internal)))),
            ("Stakeholder questions", false, Some(Label::Faq(Some(Group::Internal)))),
            ("Interne Fragen", false, Some(Label::Faq(Some(Group::Internal)))),
            ("Fragen von Kunden", false, Some(Label::Faq(Some(Group::External)))),
            ("Внутренние вопросы", false, Some(Label::Faq(Some(Group::Internal)))),
            ("Вопросы клиентов", false, Some(Label::Faq(Some(Group::External)))),
            ("社内からの質問", false, Some(Label::Faq(Some(Group::Internal)))),
            ("お客様からの質問", false, Some(Label::Faq(Some(Group::External)))),
            ("Questions internes", false, Some(Label::Faq(Some(Group::Internal)))),
            ("Preguntas internas", false, Some(Label::Faq(Some(Group::Internal)))),
            ("Technical problems", false, Some(Label::Section(Section::Problem))),
            ("Tenets", false, None),
            ("Appendix: data model", false, None),
        ];
        for (heading, in_faq, expected) in cases {
            assert_eq!(classify(heading, in_faq), expected, "{heading}");
        }
    }

    #[test]
    fn the_five_customer_questions_are_told_apart() {
        assert_eq!(customer_question("Who is the customer?"), Some(CustomerQuestion::Who));
        assert_eq!(
            customer_question("What is the customer's problem or opportunity?"),
            Some(CustomerQuestion::Problem)
        );
        assert_eq!(customer_question("What is the most important customer benefit?"), Some(CustomerQuestion::Benefit));
        assert_eq!(customer_question("How do you know what customers need or want?"), Some(CustomerQuestion::Evidence));
        assert_eq!(
            customer_question("What does the customer experience look like?"),
            Some(CustomerQuestion::Experience)
        );
    }
}
