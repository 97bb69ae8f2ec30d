//! What every command shares: its outcome, and how a failure and a file are named.

use std::path::Path;
use std::process::ExitCode;

use crate::store::StoreError;

/// A failure of a command, already in words for the user.
pub(super) type Outcome = Result<ExitCode, String>;

pub(super) fn fail(error: StoreError) -> String {
    error.to_string()
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
