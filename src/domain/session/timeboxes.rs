//! The agenda: minutes planned and seconds spent per stage.

use serde::{Deserialize, Serialize};

use super::{Extra, Stage};

/// Minutes per stage, one figure for each of the four stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PerStage {
    #[serde(default)]
    pub customer: u64,
    #[serde(default)]
    pub press_release: u64,
    #[serde(default)]
    pub review: u64,
    #[serde(default)]
    pub iteration: u64,
}

impl PerStage {
    pub fn get(&self, stage: Stage) -> u64 {
        match stage {
            Stage::Customer => self.customer,
            Stage::PressRelease => self.press_release,
            Stage::Review => self.review,
            Stage::Iteration => self.iteration,
        }
    }

    pub fn get_mut(&mut self, stage: Stage) -> &mut u64 {
        match stage {
            Stage::Customer => &mut self.customer,
            Stage::PressRelease => &mut self.press_release,
            Stage::Review => &mut self.review,
            Stage::Iteration => &mut self.iteration,
        }
    }
}

/// The agenda: minutes planned per stage, and seconds actually spent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeboxes {
    #[serde(default = "default_minutes")]
    pub minutes: PerStage,
    #[serde(default)]
    pub spent_seconds: PerStage,
    #[serde(flatten)]
    pub extra: Extra,
}

fn default_minutes() -> PerStage {
    PerStage { customer: 20, press_release: 30, review: 40, iteration: 20 }
}

impl Default for Timeboxes {
    fn default() -> Self {
        Self { minutes: default_minutes(), spent_seconds: PerStage::default(), extra: Extra::new() }
    }
}
