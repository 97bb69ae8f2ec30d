//! The customer stage: five questions, each answered with a confidence.

use serde::{Deserialize, Serialize};

use super::Extra;

/// How well an answer is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Observed,
    Reported,
    Assumed,
    #[default]
    Unknown,
}

impl Confidence {
    pub const ALL: [Confidence; 4] =
        [Confidence::Observed, Confidence::Reported, Confidence::Assumed, Confidence::Unknown];

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Observed => "observed",
            Confidence::Reported => "reported",
            Confidence::Assumed => "assumed",
            Confidence::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Answer {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub confidence: Confidence,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The five customer questions.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Customer {
    #[serde(default)]
    pub who: Answer,
    #[serde(default)]
    pub problem: Answer,
    #[serde(default)]
    pub benefit: Answer,
    #[serde(default)]
    pub evidence: Answer,
    #[serde(default)]
    pub experience: Answer,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One of the five customer questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerQuestion {
    Who,
    Problem,
    Benefit,
    Evidence,
    Experience,
}

impl CustomerQuestion {
    pub const ALL: [CustomerQuestion; 5] = [Self::Who, Self::Problem, Self::Benefit, Self::Evidence, Self::Experience];

    /// The key in the session file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Who => "who",
            Self::Problem => "problem",
            Self::Benefit => "benefit",
            Self::Evidence => "evidence",
            Self::Experience => "experience",
        }
    }

    pub fn question(self) -> &'static str {
        match self {
            Self::Who => "Who is the customer?",
            Self::Problem => "What is the customer's problem or opportunity?",
            Self::Benefit => "What is the most important customer benefit?",
            Self::Evidence => "How do you know what customers need or want?",
            Self::Experience => "What does the customer experience look like?",
        }
    }

    /// What a good answer looks like, in one line.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Who => "A specific person in a specific situation, not \"users\".",
            Self::Problem => "Sized, with data where possible.",
            Self::Benefit => "One benefit, stated as the customer feels it.",
            Self::Evidence => "Research, data, quotes: say what is observed, reported or assumed.",
            Self::Experience => "The steps the customer takes, start to finish.",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.key() == key)
    }
}

impl Customer {
    pub fn answer(&self, question: CustomerQuestion) -> &Answer {
        match question {
            CustomerQuestion::Who => &self.who,
            CustomerQuestion::Problem => &self.problem,
            CustomerQuestion::Benefit => &self.benefit,
            CustomerQuestion::Evidence => &self.evidence,
            CustomerQuestion::Experience => &self.experience,
        }
    }

    pub fn answer_mut(&mut self, question: CustomerQuestion) -> &mut Answer {
        match question {
            CustomerQuestion::Who => &mut self.who,
            CustomerQuestion::Problem => &mut self.problem,
            CustomerQuestion::Benefit => &mut self.benefit,
            CustomerQuestion::Evidence => &mut self.evidence,
            CustomerQuestion::Experience => &mut self.experience,
        }
    }

    pub fn is_empty(&self) -> bool {
        CustomerQuestion::ALL.iter().all(|q| self.answer(*q).text.trim().is_empty())
    }
}
