use std::io;
use std::path::PathBuf;

/// What went wrong with a file or folder, said so a user knows what to do next.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("{} is not a valid session file: {reason}", path.display())]
    Invalid { path: PathBuf, reason: String },
    #[error(
        "{} was written by a newer version of Backwards (schema {found}; this one knows {known}); \
         update Backwards to change it",
        path.display()
    )]
    Newer { path: PathBuf, found: u64, known: u32 },
    #[error("cannot write {}: {source}; check that the folder exists, is writable and the disk is not full", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("the sessions folder {} does not exist; create it, or check --dir / BACKWARDS_DIR", path.display())]
    NoFolder { path: PathBuf },
    #[error("no session matches {reference:?}; `backwards list` shows the ids")]
    NotFound { reference: String },
    #[error("{reference:?} matches {} sessions ({}); type more of the id", candidates.len(), candidates.join(", "))]
    Ambiguous { reference: String, candidates: Vec<String> },
    #[error("cannot import {}: {reason}", path.display())]
    NotImportable { path: PathBuf, reason: String },
    #[error("principles file {}: {problem}", path.display())]
    Principles { path: PathBuf, problem: String },
    #[error("config file {}: {problem}; fix or remove it", path.display())]
    Config { path: PathBuf, problem: String },
    #[error(
        "session {id} cannot be written as JSON ({reason}); nothing was written and the file is as it was: \
         copy out what you typed and report this"
    )]
    Serialize { id: String, reason: String },
    #[error("no folder for Backwards' own data could be found on this system; set --dir and BACKWARDS_STATE_DIR")]
    NoHome,
    #[error("{problem}")]
    Git { problem: String },
    #[error("{} is not a conflict copy of a session: {reason}", path.display())]
    NotACopy { path: PathBuf, reason: String },
    #[error("{} cannot be renamed: {reason}", path.display())]
    NotRenamed { path: PathBuf, reason: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_that_cannot_be_serialised_says_nothing_was_written() {
        let error = StoreError::Serialize { id: "01abc".into(), reason: "key must be a string".into() };
        let said = error.to_string();
        assert!(said.starts_with("session 01abc cannot be written as JSON (key must be a string)"), "{said}");
        assert!(said.contains("nothing was written and the file is as it was"), "{said}");
    }
}
