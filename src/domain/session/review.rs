//! The review: items (comments, questions, decisions) and the verdict.

use serde::{Deserialize, Serialize};

use super::{CustomerQuestion, Extra, Section};

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Review {
    #[serde(default)]
    pub items: Vec<ReviewItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    Comment,
    Question,
    Concern,
    Decision,
}

impl ReviewKind {
    pub const ALL: [ReviewKind; 4] = [Self::Comment, Self::Question, Self::Concern, Self::Decision];

    pub fn label(self) -> &'static str {
        match self {
            Self::Comment => "comment",
            Self::Question => "question",
            Self::Concern => "concern",
            Self::Decision => "decision",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Approved,
    Revise,
    Rejected,
    Parked,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Self::Approved, Self::Revise, Self::Rejected, Self::Parked];

    pub fn label(self) -> &'static str {
        match self {
            Self::Approved => "approved",
            Self::Revise => "revise",
            Self::Rejected => "rejected",
            Self::Parked => "parked",
        }
    }

    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.label() == label)
    }
}

/// What a review item is about: a place in the draft. Written in the file as a short
/// path such as `press_release.headline`, `customer.who`, `faq.q3` or `draft`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum About {
    Draft,
    Customer(CustomerQuestion),
    Section(Section),
    Faq(String),
    /// A place this version does not know, kept as written.
    Other(String),
}

impl From<String> for About {
    fn from(path: String) -> Self {
        if path == "draft" {
            return About::Draft;
        }
        if let Some(section) = path.strip_prefix("press_release.").and_then(Section::from_key) {
            return About::Section(section);
        }
        if let Some(question) = path.strip_prefix("customer.").and_then(CustomerQuestion::from_key) {
            return About::Customer(question);
        }
        if let Some(id) = path.strip_prefix("faq.").filter(|id| !id.is_empty()) {
            return About::Faq(id.to_owned());
        }
        About::Other(path)
    }
}

impl From<About> for String {
    fn from(about: About) -> String {
        match about {
            About::Draft => "draft".to_owned(),
            About::Customer(q) => format!("customer.{}", q.key()),
            About::Section(s) => format!("press_release.{}", s.key()),
            About::Faq(id) => format!("faq.{id}"),
            About::Other(path) => path,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub id: String,
    pub kind: ReviewKind,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    #[serde(default)]
    pub votes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// A calendar date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<String>,
    #[serde(default)]
    pub principles: Vec<String>,
    /// A question answered, a concern resolved: marked in the room with `z`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
    #[serde(flatten)]
    pub extra: Extra,
}

impl ReviewItem {
    /// A new item with no text, author, votes or decision details yet.
    pub fn new(id: String, kind: ReviewKind, created_at: String) -> Self {
        Self {
            id,
            kind,
            text: String::new(),
            author: String::new(),
            created_at,
            about: None,
            votes: 0,
            outcome: None,
            owner: None,
            due: None,
            resources: None,
            principles: Vec::new(),
            resolved: false,
            extra: Extra::new(),
        }
    }

    /// Whether the item is a question or a concern, which can be answered or resolved.
    pub fn can_be_resolved(&self) -> bool {
        matches!(self.kind, ReviewKind::Question | ReviewKind::Concern)
    }

    /// "answered" for a question, "resolved" for a concern, when it is.
    pub fn resolved_label(&self) -> Option<&'static str> {
        match self.kind {
            ReviewKind::Question if self.resolved => Some("answered"),
            ReviewKind::Concern if self.resolved => Some("resolved"),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictDecision {
    Go,
    Iterate,
    Stop,
}

impl VerdictDecision {
    pub const ALL: [VerdictDecision; 3] = [Self::Go, Self::Iterate, Self::Stop];

    pub fn label(self) -> &'static str {
        match self {
            Self::Go => "go",
            Self::Iterate => "iterate",
            Self::Stop => "stop",
        }
    }

    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.label() == label)
    }
}

/// The review's verdict on the whole draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub decision: VerdictDecision,
    #[serde(default)]
    pub reason: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Checks a due date: a real calendar date written `YYYY-MM-DD`.
pub fn parse_due_date(text: &str) -> Result<jiff::civil::Date, String> {
    let well_formed = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    match text.parse::<jiff::civil::Date>() {
        Ok(date) if well_formed => Ok(date),
        _ => Err(format!("due date {text:?} is not a calendar date; write it as YYYY-MM-DD, e.g. 2026-03-31")),
    }
}
