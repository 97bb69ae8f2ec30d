//! `backwards open REF` (the terminal UI, straight into one session) and `backwards
//! rename REF TITLE` (a session's title; the file keeps its name, the id).

use std::path::PathBuf;
use std::process::ExitCode;

use super::common::{Outcome, fail};
use crate::config::Theme;
use crate::domain::printable;
use crate::store::{self, Paths};

/// What the terminal UI needs to start: the folder and how to look.
pub(super) struct Start {
    pub named_folder: bool,
    pub principles_file: Option<PathBuf>,
    pub theme: Theme,
    pub config_problem: Option<String>,
}

/// The reference is resolved before the terminal is taken, so a wrong one is said on
/// the command line like `show` says it.
pub(super) fn open(paths: &Paths, reference: &str, start: Start) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    crate::tui::run(
        paths.clone(),
        start.named_folder,
        start.principles_file,
        start.theme,
        start.config_problem,
        Some(path),
    )
}

pub(super) fn rename(paths: &Paths, reference: &str, title: &str) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    let title = store::rename(paths, &path, title).map_err(fail)?;
    say!("{}\t{}", path.display(), printable(&title));
    Ok(ExitCode::SUCCESS)
}
