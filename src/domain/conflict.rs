//! A merge conflict recorded inside the session file: a field both sides changed in
//! ways that overlap. The field keeps one version; every version is kept here, so
//! nothing either side wrote is lost, until the facilitator resolves it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Extra;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Where, as a readable path: `press_release.problem`, `review.items[r-01j…].text`.
    pub field: String,
    /// The common version both sides started from; null when there was none (two copies
    /// of a session merged without a common ancestor, or a key both sides added).
    #[serde(default)]
    pub base: Value,
    /// The version the field keeps; null when this side deleted it.
    #[serde(default)]
    pub ours: Value,
    /// The other side's version; null when that side deleted it.
    #[serde(default)]
    pub theirs: Value,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Conflict {
    pub fn new(field: String, base: Value, ours: Value, theirs: Value) -> Self {
        Self { field, base, ours, theirs, extra: Extra::new() }
    }
}
