//! Recovery copies: what was typed since the last save, written to the machine-local
//! state folder a few times a second while a session has unsaved changes, and removed
//! once the session file holds it. A copy still there at the next start, newer than
//! its session file and different from it, is typing the file never got. A copy older
//! than its file whose file was changed as late or later (its `updated_at`) holds
//! nothing the file lacks: it goes to the trash, where it can still be found.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::domain::{Entry, Listing, Recovery, Session};

use super::lock::file_safe;
use super::{Paths, StoreError, is_locked_elsewhere, load, to_bytes, trash};

fn copy_path(paths: &Paths, id: &str) -> PathBuf {
    paths.recovery().join(format!("{}.json", file_safe(id)))
}

/// Writes the session's recovery copy. It is replaced whole by a rename, so it always
/// parses, but not synced to the disk: it guards against the program dying, which
/// leaves the system's cache intact; the session file itself is saved durably.
pub fn write_recovery(paths: &Paths, session: &Session) -> Result<(), StoreError> {
    let folder = paths.recovery();
    std::fs::create_dir_all(&folder).map_err(|source| StoreError::Write { path: folder.clone(), source })?;
    let path = copy_path(paths, &session.id);
    let partial = path.with_extension("json.partial");
    let write_error = |source| StoreError::Write { path: path.clone(), source };
    std::fs::write(&partial, to_bytes(session)?).map_err(write_error)?;
    std::fs::rename(&partial, &path).map_err(write_error)
}

/// Removes the recovery copy once the session file holds everything.
pub fn remove_recovery(paths: &Paths, id: &str) -> Result<(), StoreError> {
    let path = copy_path(paths, id);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(StoreError::Write { path, source }),
    }
}

/// The recovery copies worth offering: of a session in this folder that no other
/// instance has open, holding something else than its file and typed after the file's
/// last change. Copies the file has caught up with are cleared on the way: removed
/// when equal to it, moved to the trash when older than a file changed later.
pub fn find_recoveries(paths: &Paths, listing: &Listing) -> Vec<Recovery> {
    let Ok(read_dir) = std::fs::read_dir(paths.recovery()) else { return Vec::new() };
    let mut found = Vec::new();
    for copy in read_dir.flatten().map(|entry| entry.path()) {
        if copy.extension().is_none_or(|extension| extension != "json") {
            continue;
        }
        let Some((id, file)) = session_file_of(listing, &copy) else { continue };
        // Most copies at a start belong to a session open in another instance.
        if is_locked_elsewhere(paths, id) {
            continue;
        }
        let older_than_file = modified(&copy) < modified(file);
        let (Ok(mine), Ok(on_disk)) = (load(&copy), load(file)) else { continue };
        if mine.session == on_disk.session {
            let _ = std::fs::remove_file(&copy);
            continue;
        }
        if older_than_file && changed_as_late(&on_disk.session, &mine.session) {
            let _ = trash(paths, &copy);
            continue;
        }
        found.push(Recovery { copy, recovered: mine.session, on_disk });
    }
    found.sort_by(|a, b| a.on_disk.path.cmp(&b.on_disk.path));
    found
}

/// The id and the session file (not a conflict copy) this recovery copy is named for.
fn session_file_of<'a>(listing: &'a Listing, copy: &Path) -> Option<(&'a str, &'a Path)> {
    let id = copy.file_stem()?.to_str()?;
    listing.entries.iter().find_map(|entry| match entry {
        Entry::Session { path, summary } if summary.id == id && !entry.is_copy() => {
            Some((summary.id.as_str(), path.as_path()))
        }
        _ => None,
    })
}

/// Whether `file` was last changed at or after `copy`; unreadable times say no, so the
/// copy is offered rather than put away.
fn changed_as_late(file: &Session, copy: &Session) -> bool {
    let time = |session: &Session| session.updated_at.parse::<jiff::Timestamp>().ok();
    matches!((time(file), time(copy)), (Some(file), Some(copy)) if file >= copy)
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|metadata| metadata.modified()).ok()
}
