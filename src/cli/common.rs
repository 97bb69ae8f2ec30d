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

/// A progress bar on stderr for a command over many files; a hidden one with --quiet or
/// when stderr is not a terminal, so scripts and logs get none of it.
pub fn progress(len: usize, what: &'static str, quiet: bool) -> indicatif::ProgressBar {
    if quiet || !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} · {eta} left") {
        bar.set_style(style);
    }
    bar.set_message(what);
    bar
}
