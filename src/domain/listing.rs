//! The sessions folder as the list shows it: each file a session's summary or the
//! reason it could not be read.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Session, Summary};

/// One file of the sessions folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Entry {
    Session {
        path: PathBuf,
        summary: Box<Summary>,
    },
    /// A file that could not be read as a session, and why.
    Unreadable {
        path: PathBuf,
        reason: String,
    },
}

impl Entry {
    pub fn path(&self) -> &Path {
        match self {
            Entry::Session { path, .. } | Entry::Unreadable { path, .. } => path,
        }
    }

    /// A copy beside the session file rather than the file itself: a conflict copy of
    /// ours, or of a sync tool, named other than `<id>.json`.
    pub fn is_copy(&self) -> bool {
        self.copy_kind().is_some()
    }

    /// What kind of copy this is, in words for the list: whose conflict copy, if the
    /// name says.
    pub fn copy_kind(&self) -> Option<&'static str> {
        let Entry::Session { path, summary } = self else { return None };
        let stem = path.file_stem()?.to_string_lossy();
        if stem == summary.id.as_str() {
            return None;
        }
        Some(if stem.contains(".sync-conflict-") {
            "Syncthing conflict copy"
        } else if stem.contains("conflicted copy") {
            "Dropbox conflicted copy"
        } else if stem.contains(".conflict-") {
            "conflict copy"
        } else {
            "copy"
        })
    }
}

/// What the sessions folder looks like without reading its files: when it last changed
/// and which names it holds. A different stamp means the list should be read again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderStamp {
    pub modified: Option<std::time::SystemTime>,
    /// A hash of the file names, sorted.
    pub names: u64,
}

/// The sessions folder's files, sessions newest first, then the unreadable ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    pub entries: Vec<Entry>,
}

impl Listing {
    pub fn sessions(&self) -> impl Iterator<Item = (&Path, &Summary)> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Session { path, summary } => Some((path.as_path(), summary.as_ref())),
            Entry::Unreadable { .. } => None,
        })
    }
}

/// Every session of the folder read whole, each with its file, and a line for each
/// file that could not be: what the decisions log is made from.
#[derive(Debug, Default)]
pub struct EverySession {
    pub sessions: Vec<(PathBuf, Session)>,
    /// "skipped <file>: <why>", one per session file that failed to load.
    pub skipped: Vec<String>,
}
