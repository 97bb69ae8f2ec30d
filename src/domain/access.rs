//! Whether a session may be written back, and the revision token that tells a save
//! whether someone else changed the file since it was read.

use std::hash::{Hash, Hasher};

/// What a file held when it was read: enough to tell, before a save, whether someone
/// else changed it since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Self {
        let mut hasher = std::hash::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self { len: bytes.len() as u64, hash: hasher.finish() }
    }
}

/// Whether a loaded session may be written back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// Why not, in words for the user.
    ReadOnly(String),
}
