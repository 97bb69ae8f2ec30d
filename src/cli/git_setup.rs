//! `backwards git-setup`: registers the merge driver in the sessions folder's clone.

use std::process::ExitCode;

use crate::domain::printable;
use crate::store::{self, Paths};

pub fn git_setup(paths: &Paths) -> Result<ExitCode, String> {
    let program = std::env::current_exe().map_err(|e| format!("cannot tell where this program is ({e})"))?;
    let done = store::git_setup(&paths.sessions, &program).map_err(|e| e.to_string())?;
    if done.is_empty() {
        say!("nothing changed: git already merges the session files in {} with Backwards", paths.sessions.display());
    }
    for step in &done {
        say!("{}", printable(step));
    }
    if !done.is_empty() {
        say!(
            "git now merges session files by meaning in this clone; commit .gitattributes, and each teammate runs \
             `backwards git-setup` once in their clone"
        );
    }
    Ok(ExitCode::SUCCESS)
}
