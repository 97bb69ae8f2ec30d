//! A session as it came from its file, what a save did, and typing a file never got:
//! what the store hands the app.

use std::path::PathBuf;

use super::{Access, Fingerprint, Session};

/// A session as read from its file.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub session: Session,
    pub path: PathBuf,
    pub fingerprint: Fingerprint,
    pub access: Access,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The file now holds the session.
    Written(Fingerprint),
    /// The file had changed on disk since it was loaded (a git pull, a sync tool,
    /// another machine): nothing was written, and the user chooses what happens.
    ChangedOnDisk,
    /// The file now holds the session, and the version that was on disk is kept
    /// beside it in `theirs`.
    KeptMine { fingerprint: Fingerprint, theirs: PathBuf },
}

/// Typing that a session file never got, found at start-up.
#[derive(Debug, Clone)]
pub struct Recovery {
    /// The recovery copy.
    pub copy: PathBuf,
    /// What it holds.
    pub recovered: Session,
    /// The session file as it is on disk.
    pub on_disk: Loaded,
}
