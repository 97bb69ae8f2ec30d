//! Saving a session file: atomically and durably, with a check for changes made
//! elsewhere since it was read, keeping theirs aside when the user chooses, and
//! writing new files that never replace an existing one.

use std::io::Write;
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;

use crate::domain::{Fingerprint, Loaded, SCHEMA_VERSION, Saved, Session};

use super::StoreError;
use super::session_file::{load, read_session_bytes, to_bytes};

/// Puts a file's bytes into the temporary file that replaces it when the save commits.
pub type WriteBytes = fn(&mut dyn Write, &[u8]) -> std::io::Result<()>;

/// Saves atomically and durably. `loaded_from` is the fingerprint of the file as it was
/// read (None for a new file): if the file on disk is no longer that one, nothing is
/// written and `Saved::ChangedOnDisk` says so.
pub fn save(path: &Path, session: &Session, loaded_from: Option<Fingerprint>) -> Result<Saved, StoreError> {
    save_with(path, session, loaded_from, write_all)
}

fn write_all(file: &mut dyn Write, bytes: &[u8]) -> std::io::Result<()> {
    file.write_all(bytes)
}

/// Writes a whole file atomically: should the write fail, the file at `path` is as it
/// was (an export written before stays whole) and no temporary file is left.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomically(path, bytes, write_all)
}

/// [`save`], with the bytes put into the temporary file by `write`. It exists so that a
/// test can make the write fail half-way, as a full disk does, and see the file left as
/// it was and no temporary file behind: only that one step is replaced, while the
/// temporary file, the commit and the clean-up stay the real ones. It is public because
/// the tests that need it are integration tests, which `#[cfg(test)]` items never reach.
pub fn save_with(
    path: &Path,
    session: &Session,
    loaded_from: Option<Fingerprint>,
    write: WriteBytes,
) -> Result<Saved, StoreError> {
    if session.schema_version > SCHEMA_VERSION {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: session.schema_version.into(),
            known: SCHEMA_VERSION,
        });
    }
    let bytes = to_bytes(session)?;
    let on_disk = read_if_there(path)?;
    let changed_elsewhere = match (on_disk.as_deref().map(Fingerprint::of), loaded_from) {
        (Some(now), Some(then)) => now != then,
        (Some(_), None) => true,
        (None, _) => false,
    };
    if changed_elsewhere {
        return Ok(Saved::ChangedOnDisk);
    }
    write_atomically(path, &bytes, write)?;
    Ok(Saved::Written(Fingerprint::of(&bytes)))
}

/// Saves the session over a file that changed on disk, once the user chose to keep
/// theirs aside: the version on disk, which must still be the one with the fingerprint
/// `theirs`, is first copied to a conflict copy beside the file.
pub fn keep_mine(path: &Path, session: &Session, theirs: Fingerprint) -> Result<Saved, StoreError> {
    let Some(on_disk) = read_if_there(path)? else { return save(path, session, None) };
    if Fingerprint::of(&on_disk) != theirs {
        return Ok(Saved::ChangedOnDisk);
    }
    if on_disk.is_empty() {
        // Nothing readable to keep aside (a link, an emptied file).
        return save(path, session, Some(theirs));
    }
    let copy = conflict_copy_path(path);
    write_atomically(&copy, &on_disk, write_all)?;
    match save(path, session, Some(theirs))? {
        Saved::Written(fingerprint) => Ok(Saved::KeptMine { fingerprint, theirs: copy }),
        other => Ok(other),
    }
}

/// Writes the session beside its file as a conflict copy, and says where.
pub fn write_conflict_copy(path: &Path, session: &Session) -> Result<PathBuf, StoreError> {
    let copy = conflict_copy_path(path);
    write_atomically(&copy, &to_bytes(session)?, write_all)?;
    Ok(copy)
}

/// A version of a session file found on disk: its fingerprint, and the session or why
/// it cannot be read (a sync tool half-way, a merge with conflict markers).
pub type OnDisk = (Fingerprint, Result<Loaded, StoreError>);

/// The version on disk, if it is no longer the one with the fingerprint `loaded_from`.
/// A file that is gone is no change: the next save writes it again.
pub fn changed_on_disk(path: &Path, loaded_from: Fingerprint) -> Result<Option<OnDisk>, StoreError> {
    match read_if_there(path)? {
        Some(bytes) if Fingerprint::of(&bytes) != loaded_from => Ok(Some((Fingerprint::of(&bytes), load(path)))),
        _ => Ok(None),
    }
}

/// The file's bytes, as a session file is read (a regular file, within the size
/// limit), or None when there is no file. Something else put in its place (a link, a
/// file too large) reads as no bytes: a change like any other, never followed.
fn read_if_there(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match read_session_bytes(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(StoreError::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(StoreError::Invalid { .. }) => Ok(Some(Vec::new())),
        Err(e) => Err(e),
    }
}

/// On any error the temporary file is dropped, which removes it: the file at `path`
/// is either the old one or the new one, never a part of either.
fn write_atomically(path: &Path, bytes: &[u8], write: WriteBytes) -> Result<(), StoreError> {
    let write_error = |source| StoreError::Write { path: path.to_path_buf(), source };
    let mut file = AtomicWriteFile::open(path).map_err(write_error)?;
    write(&mut *file, bytes).map_err(write_error)?;
    file.commit().map_err(write_error)
}

/// `<stem>.conflict-<UTC time>.json` beside the file, never one that exists already.
fn conflict_copy_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let folder = path.parent().unwrap_or(Path::new("."));
    (1..)
        .map(|n| {
            let suffix = if n == 1 { String::new() } else { format!("-{n}") };
            folder.join(format!("{stem}.conflict-{stamp}{suffix}.json"))
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| folder.join(format!("{stem}.conflict.json")))
}

/// Writes `bytes` to `<stem>.<extension>` in `folder`, or `<stem>-2.<extension>` and so
/// on: never over a file that exists. Returns the path written.
pub fn write_new_file(folder: &Path, stem: &str, extension: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    write_new_file_with(folder, stem, extension, bytes, write_all)
}

fn write_new_file_with(
    folder: &Path,
    stem: &str,
    extension: &str,
    bytes: &[u8],
    write: WriteBytes,
) -> Result<PathBuf, StoreError> {
    for n in 1..1000 {
        let suffix = if n == 1 { String::new() } else { format!("-{n}") };
        let path = folder.join(format!("{stem}{suffix}.{extension}"));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                if let Err(source) = write(&mut file, bytes) {
                    // Part of a document would pass for the whole of it.
                    let _ = std::fs::remove_file(&path);
                    return Err(StoreError::Write { path, source });
                }
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(source) => return Err(StoreError::Write { path, source }),
        }
    }
    Err(StoreError::Write {
        path: folder.join(format!("{stem}.{extension}")),
        source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "too many files with this name"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Access, PrincipleSet};

    fn sample() -> Session {
        let mut session =
            Session::new("01abc".into(), "Kids reader".into(), "2026-01-01T00:00:00Z".into(), PrincipleSet::amazon());
        session.press_release.headline = "Read with me".into();
        session
    }

    #[test]
    fn saving_an_unchanged_session_gives_identical_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01abc.json");
        save(&path, &sample(), None).unwrap();
        let first = std::fs::read(&path).unwrap();
        let loaded = load(&path).unwrap();
        assert_eq!(save(&path, &loaded.session, Some(loaded.fingerprint)).unwrap(), Saved::Written(loaded.fingerprint));
        assert_eq!(std::fs::read(&path).unwrap(), first);
        assert!(first.ends_with(b"}\n"));
    }

    #[test]
    fn a_file_changed_since_loading_is_left_alone_until_mine_is_kept_and_theirs_copied_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01abc.json");
        save(&path, &sample(), None).unwrap();
        let mut loaded = load(&path).unwrap();
        let theirs = std::fs::read_to_string(&path).unwrap().replace("Read with me", "Their headline");
        std::fs::write(&path, &theirs).unwrap();
        loaded.session.press_release.headline = "My headline".into();
        assert_eq!(save(&path, &loaded.session, Some(loaded.fingerprint)).unwrap(), Saved::ChangedOnDisk);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs, "nothing written");

        let stale = keep_mine(&path, &loaded.session, loaded.fingerprint).unwrap();
        assert_eq!(stale, Saved::ChangedOnDisk, "keeping mine needs the version on disk the user saw");
        let Saved::KeptMine { theirs: copy, .. } =
            keep_mine(&path, &loaded.session, Fingerprint::of(theirs.as_bytes())).unwrap()
        else {
            panic!("expected mine kept");
        };
        assert!(copy.file_name().unwrap().to_string_lossy().starts_with("01abc.conflict-"));
        assert_eq!(std::fs::read_to_string(&copy).unwrap(), theirs);
        assert_eq!(load(&path).unwrap().session.press_release.headline, "My headline");
    }

    #[test]
    fn a_new_file_never_replaces_an_existing_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01abc.json");
        std::fs::write(&path, "{}").unwrap();
        assert_eq!(save(&path, &sample(), None).unwrap(), Saved::ChangedOnDisk);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{}");
    }

    #[test]
    fn a_newer_schema_loads_read_only_and_is_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01abc.json");
        let newer = String::from_utf8(to_bytes(&sample()).unwrap())
            .unwrap()
            .replace(&format!("\"schema_version\": {SCHEMA_VERSION}"), "\"schema_version\": 9");
        std::fs::write(&path, &newer).unwrap();
        let loaded = load(&path).unwrap();
        assert!(matches!(loaded.access, Access::ReadOnly(_)));
        assert!(matches!(save(&path, &loaded.session, Some(loaded.fingerprint)), Err(StoreError::Newer { .. })));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    }

    #[test]
    fn a_new_file_that_cannot_be_written_whole_is_not_left_behind() {
        let dir = tempfile::tempdir().unwrap();
        let disk_full: WriteBytes = |file, bytes| {
            file.write_all(&bytes[..1])?;
            Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "No space left on device"))
        };
        let error = write_new_file_with(dir.path(), "kids-reader", "md", b"# Kids reader\n", disk_full).unwrap_err();
        assert!(error.to_string().contains("kids-reader.md: No space left on device"), "{error}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
