//! The names PR/FAQ writers give their parts, in English, German, Russian, Japanese and
//! Chinese (and a few more), and what each one names.

use crate::domain::{CustomerQuestion, Section};

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

const PRESS_RELEASE: &[&str] = &[
    "press release",
    "press-release",
    "pressemitteilung",
    "pressemeldung",
    "пресс-релиз",
    "пресс релиз",
    "プレスリリース",
    "新闻稿",
    "新聞稿",
    "communiqué de presse",
    "comunicado de prensa",
    "nota de prensa",
];
const FAQ: &[&str] = &[
    "faq",
    "frequently asked",
    "questions and answers",
    "q&a",
    "häufig gestellte fragen",
    "häufige fragen",
    "fragen und antworten",
    "часто задаваемые вопросы",
    "вопросы и ответы",
    "よくある質問",
    "よくあるご質問",
    "質問と回答",
    "常见问题",
    "常見問題",
    "问答",
    "preguntas frecuentes",
];
const INTERNAL: &[&str] = &[
    "internal",
    "stakeholder",
    "technical",
    "interne",
    "intern ",
    "внутрен",
    "техническ",
    "社内",
    "内部",
    "技術",
    "技术",
];
const EXTERNAL: &[&str] = &[
    "external",
    "customer",
    "externe",
    "kunden",
    "внешн",
    "клиент",
    "покупател",
    "外部",
    "顧客",
    "お客様",
    "客户",
    "用户",
];
/// Names of the customer-problem part that cannot be anything else.
const CUSTOMER: &[&str] = &[
    "customer problem",
    "the customer",
    "five customer questions",
    "kundenproblem",
    "der kunde",
    "проблема клиента",
    "клиент и его проблема",
    "顧客の課題",
    "顧客課題",
    "お客様の課題",
    "客户问题",
    "客户痛点",
];
/// Names that are the customer part when they name nothing else.
const CUSTOMER_LOOSE: &[&str] = &["customer", "kunde", "клиент", "顧客", "客户"];

/// Sections in the order they are tried: the longer names first ("sub-headline" before
/// "headline", "customer quote" before "quote").
const SECTIONS: &[(Section, &[&str])] = &[
    (
        Section::Subheading,
        &[
            "subheading",
            "sub-heading",
            "subtitle",
            "sub-headline",
            "subhead",
            "unterzeile",
            "untertitel",
            "подзаголовок",
            "サブ見出し",
            "サブタイトル",
            "副标题",
            "副題",
        ],
    ),
    (Section::Headline, &["headline", "schlagzeile", "überschrift", "заголовок", "見出し", "ヘッドライン", "标题"]),
    (
        Section::CustomerQuote,
        &[
            "customer quote",
            "customer testimonial",
            "testimonial",
            "kundenzitat",
            "kundenstimme",
            "zitat eines kunden",
            "цитата клиента",
            "отзыв клиента",
            "顧客の声",
            "お客様の声",
            "顧客の引用",
            "客户引言",
            "客户评价",
            "客户原话",
            "用户评价",
        ],
    ),
    (
        Section::LeaderQuote,
        &[
            "leader quote",
            "leadership quote",
            "executive quote",
            "spokesperson",
            "company quote",
            "quote from the",
            "zitat der geschäftsführung",
            "zitat der führung",
            "führungszitat",
            "цитата руководителя",
            "цитата руководства",
            "リーダーの言葉",
            "リーダーのコメント",
            "経営者のコメント",
            "責任者のコメント",
            "领导引言",
            "高管引言",
            "领导的话",
        ],
    ),
    (
        Section::CallToAction,
        &[
            "call to action",
            "availability",
            "handlungsaufforderung",
            "verfügbarkeit",
            "jetzt starten",
            "призыв к действию",
            "доступность",
            "行動喚起",
            "提供開始",
            "今すぐ",
            "行动号召",
            "上市时间",
            "立即行动",
        ],
    ),
    (
        Section::GettingStarted,
        &[
            "getting started",
            "get started",
            "how it works",
            "how to start",
            "so funktioniert",
            "erste schritte",
            "как это работает",
            "как начать",
            "使い方",
            "はじめ方",
            "始め方",
            "仕組み",
            "如何使用",
            "入门",
            "使用方法",
            "工作原理",
        ],
    ),
    (
        Section::Summary,
        &[
            "summary",
            "intro",
            "opening",
            "overview",
            "zusammenfassung",
            "einleitung",
            "überblick",
            "резюме",
            "краткое описание",
            "кратко",
            "обзор",
            "概要",
            "サマリー",
            "摘要",
            "概述",
        ],
    ),
    (Section::Solution, &["solution", "lösung", "решение", "解決策", "ソリューション", "解决方案"]),
    (Section::Problem, &["problem", "the pain", "проблема", "課題", "問題", "问题", "痛点"]),
];
const QUOTE: &[&str] = &["quote", "zitat", "цитата", "引用", "コメント", "引言"];

const CUSTOMER_QUESTIONS: &[(CustomerQuestion, &[&str])] = &[
    (CustomerQuestion::Experience, &["experience", "erlebnis", "erfahrung", "опыт", "体験", "体验"]),
    (
        CustomerQuestion::Evidence,
        &[
            "how do you know",
            "how do we know",
            "evidence",
            "data",
            "woher wissen",
            "belege",
            "daten",
            "откуда мы знаем",
            "откуда",
            "доказательств",
            "данные",
            "根拠",
            "証拠",
            "どうやって知",
            "证据",
            "依据",
            "如何知道",
            "怎么知道",
        ],
    ),
    (
        CustomerQuestion::Benefit,
        &[
            "benefit",
            "nutzen",
            "vorteil",
            "выгода",
            "польза",
            "ベネフィット",
            "メリット",
            "利点",
            "好处",
            "收益",
            "价值",
        ],
    ),
    (CustomerQuestion::Problem, &["problem", "opportunity", "проблем", "課題", "問題", "问题", "痛点", "机会"]),
    (CustomerQuestion::Who, &["who", "customer", "wer ist", "kunde", "кто", "клиент", "誰", "顧客", "谁", "客户"]),
];

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
    if let Some(section) = section {
        return Some(Label::Section(section));
    }
    if has_any(&name, QUOTE) && name.chars().count() < 40 {
        return Some(Label::Quote);
    }
    let asks = has_any(&name, &["question", "frage", "вопрос", "質問", "问题"]);
    if group.is_some() && asks {
        return Some(Label::Faq(group));
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
