//! Renaming a session: its title only. The file keeps its name, the id, so links, git
//! history and other people's copies still find it.

use std::path::Path;

use crate::domain::{Access, Saved, sanitize_line};

use super::{Paths, StoreError, is_locked_elsewhere, load, now_rfc3339, save};

/// Gives the session in `path` a new title and saves it atomically; returns the title as
/// saved (one line, trimmed). A title equal to the old one writes nothing. Refused for a
/// blank title, a file this version may not write, and a session open in another
/// window on this machine (which would write its own title back).
pub fn rename(paths: &Paths, path: &Path, title: &str) -> Result<String, StoreError> {
    let refuse = |reason: String| StoreError::NotRenamed { path: path.to_path_buf(), reason };
    let title = sanitize_line(title).trim().to_owned();
    if title.is_empty() {
        return Err(refuse("the new title is blank; give it at least one word".to_owned()));
    }
    let mut loaded = load(path)?;
    if let Access::ReadOnly(reason) = &loaded.access {
        return Err(refuse(reason.clone()));
    }
    if is_locked_elsewhere(paths, &loaded.session.id) {
        return Err(refuse("it is open in another Backwards window; rename it there, or close it first".to_owned()));
    }
    if loaded.session.title == title {
        return Ok(title);
    }
    loaded.session.title = title.clone();
    loaded.session.updated_at = now_rfc3339();
    match save(path, &loaded.session, Some(loaded.fingerprint))? {
        Saved::Written(_) => Ok(title),
        Saved::ChangedOnDisk | Saved::KeptMine { .. } => {
            Err(refuse("the file changed while it was being renamed; nothing was written, try again".to_owned()))
        }
    }
}
