//! A frozen version of the draft.

use serde::{Deserialize, Serialize};

use super::{Customer, Extra, Faq, PressRelease};

/// A frozen version of the draft. Never changes once made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Iteration {
    pub number: u32,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub addresses: Vec<String>,
    #[serde(default)]
    pub customer: Customer,
    #[serde(default)]
    pub press_release: PressRelease,
    #[serde(default)]
    pub faq: Faq,
    #[serde(flatten)]
    pub extra: Extra,
}
