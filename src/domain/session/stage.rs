//! The four stages of the workshop and figures kept per stage.

use serde::{Deserialize, Serialize};

/// The four stages of the workshop, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Customer,
    PressRelease,
    Review,
    Iteration,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Customer, Stage::PressRelease, Stage::Review, Stage::Iteration];

    pub fn title(self) -> &'static str {
        match self {
            Stage::Customer => "Customer problem",
            Stage::PressRelease => "Press release",
            Stage::Review => "Review",
            Stage::Iteration => "Iteration",
        }
    }

    /// 1-based position, as the stepper shows it and the keys 1–4 choose it.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn next(self) -> Stage {
        Stage::ALL[(self as usize + 1).min(3)]
    }

    pub fn previous(self) -> Stage {
        Stage::ALL[(self as usize).saturating_sub(1)]
    }
}
