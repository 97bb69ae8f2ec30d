//! What `update` asks the runner to do: every piece of I/O, as data.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use crate::domain::{Fingerprint, Session, Stage};
use crate::export::Format;

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Read the sessions folder.
    List,
    /// Look at the sessions folder's stamp, to notice files added or removed elsewhere.
    StampFolder,
    /// Read every session's text, for the list's filter.
    IndexContent,
    Open(PathBuf),
    Create(String),
    /// Write the session; `loaded_from` is what the file held when it was read, and
    /// `changed_at` its last change, which the result names so that a save overtaken
    /// by a later change never counts as saving it.
    Save {
        path: PathBuf,
        session: Box<Session>,
        loaded_from: Option<Fingerprint>,
        changed_at: Option<Instant>,
    },
    Trash(PathBuf),
    /// Give the session in this file a new title (store::rename).
    Rename {
        path: PathBuf,
        title: String,
    },
    /// Write the session in this format into the current folder.
    Export(Box<Session>, Format),
    /// Export the session whose file this is.
    ExportFile(PathBuf, Format),
    /// Keep the session, unsaved changes and all, in its recovery copy.
    WriteRecovery(Box<Session>),
    /// The session file holds everything: its recovery copy can go.
    RemoveRecovery(String),
    /// Write a recovery copy's session over its file, which must still be as it was
    /// read, then open it.
    RestoreRecovery {
        copy: PathBuf,
        file: PathBuf,
        session: Box<Session>,
        loaded_from: Fingerprint,
    },
    /// Move a recovery copy nobody wants to the trash.
    DiscardRecovery(PathBuf),
    /// Compare the file with the version it was read as, to notice changes made
    /// elsewhere.
    CheckOnDisk {
        path: PathBuf,
        loaded_from: Fingerprint,
    },
    /// Save over a file changed elsewhere, keeping the version on disk (`theirs`) beside it.
    KeepMine {
        path: PathBuf,
        session: Box<Session>,
        theirs: Fingerprint,
        changed_at: Option<Instant>,
    },
    /// Keep this version of the session beside its file, before it is replaced.
    WriteConflictCopy {
        path: PathBuf,
        session: Box<Session>,
    },
    /// Keep where each session was last on screen, in this machine's state folder.
    WritePositions(HashMap<String, Stage>),
    /// Ask git whether this clone has the merge driver the folder's repository names.
    CheckGitSetup,
    /// Merge this conflict copy into its session file, then move it to the trash.
    MergeCopy(PathBuf),
    /// Read every session of the folder whole, for the decisions log.
    ReadEverySession,
    /// Read the names in a folder, to complete a path typed.
    ReadFolder(PathBuf),
    /// Import the document at this path as a new session.
    Import(PathBuf),
}
