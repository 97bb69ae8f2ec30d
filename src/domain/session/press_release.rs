//! The press release: nine sections, and the FAQ written beside it.

use serde::{Deserialize, Serialize};

use super::Extra;

/// The nine sections of the press release.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PressRelease {
    #[serde(default)]
    pub headline: String,
    #[serde(default)]
    pub subheading: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub solution: String,
    #[serde(default)]
    pub leader_quote: String,
    #[serde(default)]
    pub getting_started: String,
    #[serde(default)]
    pub customer_quote: String,
    #[serde(default)]
    pub call_to_action: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One section of the press release, in the document's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Headline,
    Subheading,
    Summary,
    Problem,
    Solution,
    LeaderQuote,
    GettingStarted,
    CustomerQuote,
    CallToAction,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Self::Headline,
        Self::Subheading,
        Self::Summary,
        Self::Problem,
        Self::Solution,
        Self::LeaderQuote,
        Self::GettingStarted,
        Self::CustomerQuote,
        Self::CallToAction,
    ];

    /// The key in the session file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Headline => "headline",
            Self::Subheading => "subheading",
            Self::Summary => "summary",
            Self::Problem => "problem",
            Self::Solution => "solution",
            Self::LeaderQuote => "leader_quote",
            Self::GettingStarted => "getting_started",
            Self::CustomerQuote => "customer_quote",
            Self::CallToAction => "call_to_action",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Headline => "Headline",
            Self::Subheading => "Subheading",
            Self::Summary => "Summary",
            Self::Problem => "Problem",
            Self::Solution => "Solution",
            Self::LeaderQuote => "Leader quote",
            Self::GettingStarted => "How it works / getting started",
            Self::CustomerQuote => "Customer quote",
            Self::CallToAction => "Call to action",
        }
    }

    /// What good looks like, in one line.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Headline => "The product named in words the customer understands; one line.",
            Self::Subheading => "One sentence: who the customer is and what they gain.",
            Self::Summary => "A dateline (city, date), then what launched and why it matters.",
            Self::Problem => "The problem in the customer's own terms, with its size.",
            Self::Solution => "How the product solves it, from the customer's side.",
            Self::LeaderQuote => "A company spokesperson on why this matters.",
            Self::GettingStarted => "What the customer does first; concrete.",
            Self::CustomerQuote => "A believable customer describing the benefit they got.",
            Self::CallToAction => "Where and how to start; availability.",
        }
    }

    /// Whether the section is one line by nature (Enter moves on instead of breaking the line).
    pub fn is_one_line(self) -> bool {
        matches!(self, Self::Headline | Self::Subheading)
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl PressRelease {
    pub fn section(&self, section: Section) -> &String {
        match section {
            Section::Headline => &self.headline,
            Section::Subheading => &self.subheading,
            Section::Summary => &self.summary,
            Section::Problem => &self.problem,
            Section::Solution => &self.solution,
            Section::LeaderQuote => &self.leader_quote,
            Section::GettingStarted => &self.getting_started,
            Section::CustomerQuote => &self.customer_quote,
            Section::CallToAction => &self.call_to_action,
        }
    }

    pub fn section_mut(&mut self, section: Section) -> &mut String {
        match section {
            Section::Headline => &mut self.headline,
            Section::Subheading => &mut self.subheading,
            Section::Summary => &mut self.summary,
            Section::Problem => &mut self.problem,
            Section::Solution => &mut self.solution,
            Section::LeaderQuote => &mut self.leader_quote,
            Section::GettingStarted => &mut self.getting_started,
            Section::CustomerQuote => &mut self.customer_quote,
            Section::CallToAction => &mut self.call_to_action,
        }
    }

    pub fn word_count(&self) -> usize {
        Section::ALL.iter().map(|s| crate::domain::text::word_count(self.section(*s))).sum()
    }

    pub fn is_empty(&self) -> bool {
        Section::ALL.iter().all(|s| self.section(*s).trim().is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Faq {
    #[serde(default)]
    pub external: Vec<FaqEntry>,
    #[serde(default)]
    pub internal: Vec<FaqEntry>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Faq {
    pub fn len(&self) -> usize {
        self.external.len() + self.internal.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn find(&self, id: &str) -> Option<&FaqEntry> {
        self.external.iter().chain(&self.internal).find(|q| q.id == id)
    }

    /// The questions with a word in them: what the export shows and the list counts.
    pub fn written_count(&self) -> usize {
        self.external.iter().chain(&self.internal).filter(|entry| !entry.is_blank()).count()
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FaqEntry {
    pub id: String,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub answer: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl FaqEntry {
    /// Neither a question nor an answer written: what a stray `a` leaves.
    pub fn is_blank(&self) -> bool {
        self.question.trim().is_empty() && self.answer.trim().is_empty()
    }
}
