//! Parts of an imported document that have no field in a session (tenets, notes, a
//! design spec after the FAQ): kept word for word so that nothing of the source is
//! lost, shown read-only and exported in an appendix. The coach never reads them.

use serde::{Deserialize, Serialize};

use super::session::Extra;
use super::text::{sanitize_line, sanitize_text};

/// One part of an imported document that went to no field.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct KeptAside {
    /// The part's heading in the source, or a name for it ("Front matter").
    #[serde(default)]
    pub title: String,
    /// The part's text, as readable text.
    #[serde(default)]
    pub text: String,
    /// Why it went to no field, in words for the user.
    #[serde(default)]
    pub reason: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl KeptAside {
    pub fn new(title: impl Into<String>, text: impl Into<String>, reason: impl Into<String>) -> Self {
        Self { title: title.into(), text: text.into(), reason: reason.into(), extra: Extra::new() }
    }

    pub(super) fn sanitize(&mut self) {
        self.title = sanitize_line(&self.title);
        self.text = sanitize_text(&self.text);
        self.reason = sanitize_line(&self.reason);
    }
}

/// The file a session was imported from: its name and a hash of its bytes, so that
/// importing the same file again can say so.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ImportedFrom {
    #[serde(default)]
    pub file: String,
    /// The SHA-256 of the file's bytes, in lower-case hex.
    #[serde(default)]
    pub sha256: String,
    #[serde(flatten)]
    pub extra: Extra,
}

impl ImportedFrom {
    pub(super) fn sanitize(&mut self) {
        self.file = sanitize_line(&self.file);
        self.sha256 = sanitize_line(&self.sha256);
    }
}
