//! One session file: parse, serialise, atomic save with a check for changes from
//! elsewhere, creation, and the trash.

use std::hash::{Hash, Hasher};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use atomic_write_file::AtomicWriteFile;
use serde_json::Value;

use crate::domain::{PrincipleSet, SCHEMA_VERSION, Session, printable};

use super::{Paths, StoreError, migrate, new_session_id, now_rfc3339};

/// Larger files are refused before parsing: a session of a long workshop is well under
/// 1 MB, and a file of this size is a mistake or an attack.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// What a file held when it was read: enough to tell, before a save, whether someone
/// else changed it since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Self {
        let mut hasher = std::hash::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Self { len: bytes.len() as u64, hash: hasher.finish() }
    }
}

/// Whether a loaded session may be written back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    ReadWrite,
    /// Why not, in words for the user.
    ReadOnly(String),
}

/// A session as read from its file.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub session: Session,
    pub path: PathBuf,
    pub fingerprint: Fingerprint,
    pub access: Access,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The file now holds the session.
    Written(Fingerprint),
    /// The file had changed on disk since it was loaded (a git pull, a sync tool,
    /// another machine): nothing was written, and the user chooses what happens.
    ChangedOnDisk,
    /// The file now holds the session, and the version that was on disk is kept
    /// beside it in `theirs`.
    KeptMine { fingerprint: Fingerprint, theirs: PathBuf },
}

/// Parses a session file's bytes, migrating older versions. A newer version is parsed
/// as far as this version understands it and marked read-only.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Result<(Session, Access), StoreError> {
    let invalid = |reason: String| StoreError::Invalid { path: path.to_path_buf(), reason };
    // serde quotes what it did not expect as written: an unknown choice could carry an
    // escape sequence into the message.
    let unexpected = |e: serde_json::Error| {
        let said = printable(&e.to_string());
        match said.strip_prefix("recursion limit exceeded") {
            Some(place) => invalid(format!("it nests lists or objects more than 128 deep{place}")),
            None => invalid(said),
        }
    };
    let value: Value = serde_json::from_slice(bytes).map_err(unexpected)?;
    let version = match value.get("schema_version") {
        None => 0,
        Some(v) => v.as_u64().ok_or_else(|| invalid("schema_version is not a whole number".to_owned()))?,
    };
    let (value, access) = if version > u64::from(SCHEMA_VERSION) {
        let reason = format!("written by a newer Backwards (schema {version}); read-only here");
        (value, Access::ReadOnly(reason))
    } else {
        (migrate(value, version as u32).map_err(invalid)?, Access::ReadWrite)
    };
    let mut session: Session = serde_json::from_value(value).map_err(|e| match &access {
        Access::ReadOnly(_) => StoreError::Newer { path: path.to_path_buf(), found: version, known: SCHEMA_VERSION },
        Access::ReadWrite => unexpected(e),
    })?;
    session.sanitize();
    Ok((session, access))
}

/// Reads and parses a session file.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let bytes = read_session_bytes(path)?;
    let (session, mut access) = load_bytes(path, &bytes)?;
    if access == Access::ReadWrite && std::fs::OpenOptions::new().append(true).open(path).is_err() {
        access = Access::ReadOnly("no permission to write the file; read-only".to_owned());
    }
    Ok(Loaded { session, path: path.to_path_buf(), fingerprint: Fingerprint::of(&bytes), access })
}

/// The bytes of a session file, refused before they are read when the file is not a
/// regular one (a link may point outside the folder, a named pipe waits for a writer
/// forever, a device such as /dev/zero never ends) or is larger than a session can be.
/// A file that grows while it is read stops being read at the limit.
pub(super) fn read_session_bytes(path: &Path) -> Result<Vec<u8>, StoreError> {
    let read_error = |source| StoreError::Read { path: path.to_path_buf(), source };
    let invalid = |reason: String| StoreError::Invalid { path: path.to_path_buf(), reason };
    let metadata = std::fs::symlink_metadata(path).map_err(read_error)?;
    if !metadata.is_file() {
        return Err(invalid(not_a_file(metadata.file_type())));
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(invalid(too_large(metadata.len())));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    let file = std::fs::File::open(path).map_err(read_error)?;
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(read_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(invalid(too_large(bytes.len() as u64)));
    }
    Ok(bytes)
}

/// Why a file of the folder that is not a regular file is not read.
pub(super) fn not_a_file(kind: std::fs::FileType) -> String {
    if kind.is_symlink() {
        "a symbolic link; Backwards opens only regular files in the folder".to_owned()
    } else if kind.is_dir() {
        "a folder, not a session file".to_owned()
    } else {
        "not a regular file".to_owned()
    }
}

fn too_large(len: u64) -> String {
    if len > MAX_FILE_BYTES && len >> 20 == MAX_FILE_BYTES >> 20 {
        format!("it is over {} MB, the most a session file may be", MAX_FILE_BYTES >> 20)
    } else {
        format!("it is {} MB; a session file is at most {} MB", len >> 20, MAX_FILE_BYTES >> 20)
    }
}

/// The file's bytes: pretty JSON, keys in a stable order, a newline at the end. The same
/// session always gives the same bytes.
pub fn to_bytes(session: &Session) -> Vec<u8> {
    // Serialising a `Session` cannot fail: every key is a string and every value is
    // plain data, so the only possible error, an I/O one, cannot occur on a Vec.
    let mut bytes = serde_json::to_vec_pretty(session).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

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
    let bytes = to_bytes(session);
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
    write_atomically(&copy, &to_bytes(session), write_all)?;
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

/// Creates a new session file named by a fresh id.
pub fn create(paths: &Paths, title: &str, principles: PrincipleSet, named_by_user: bool) -> Result<Loaded, StoreError> {
    let folder = paths.ensure_sessions_folder(named_by_user)?;
    let title = crate::domain::sanitize_line(title).trim().to_owned();
    let session = Session::new(new_session_id(), title, now_rfc3339(), principles);
    let path = folder.join(format!("{}.json", session.id));
    match save(&path, &session, None)? {
        Saved::Written(fingerprint) => Ok(Loaded { session, path, fingerprint, access: Access::ReadWrite }),
        Saved::ChangedOnDisk | Saved::KeptMine { .. } => Err(StoreError::Write {
            path,
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "a session with this id already exists"),
        }),
    }
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

/// Moves a session file to the trash in the local data folder, from where it can be
/// copied back. Returns where it went.
pub fn trash(paths: &Paths, path: &Path) -> Result<PathBuf, StoreError> {
    let trash = paths.trash();
    std::fs::create_dir_all(&trash).map_err(|source| StoreError::Write { path: trash.clone(), source })?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "session.json".into());
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ").to_string();
    let target = trash.join(format!("{stamp}-{name}"));
    if std::fs::rename(path, &target).is_err() {
        // The trash may be on another file system than a shared folder: copy, then remove.
        std::fs::copy(path, &target).map_err(|source| StoreError::Write { path: target.clone(), source })?;
        std::fs::remove_file(path).map_err(|source| StoreError::Write { path: path.to_path_buf(), source })?;
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let newer = String::from_utf8(to_bytes(&sample()))
            .unwrap()
            .replace(&format!("\"schema_version\": {SCHEMA_VERSION}"), "\"schema_version\": 9");
        std::fs::write(&path, &newer).unwrap();
        let loaded = load(&path).unwrap();
        assert!(matches!(loaded.access, Access::ReadOnly(_)));
        assert!(matches!(save(&path, &loaded.session, Some(loaded.fingerprint)), Err(StoreError::Newer { .. })));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    }

    #[test]
    fn unknown_keys_survive_a_load_and_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01abc.json");
        let text = String::from_utf8(to_bytes(&sample()))
            .unwrap()
            .replacen("\"title\"", "\"x_team\": {\"tags\": [1, 2]},\n  \"title\"", 1)
            .replacen("\"headline\"", "\"x_tone\": \"warm\",\n    \"headline\"", 1);
        std::fs::write(&path, &text).unwrap();
        let loaded = load(&path).unwrap();
        save(&path, &loaded.session, Some(loaded.fingerprint)).unwrap();
        let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(saved["x_team"]["tags"], serde_json::json!([1, 2]));
        assert_eq!(saved["press_release"]["x_tone"], "warm");
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

    #[test]
    fn a_number_in_an_unknown_key_survives_to_its_last_digit() {
        let text = "{\"schema_version\": 1, \"id\": \"x\", \"x_score\": 5.0422262702316325e146}";
        let (session, _) = load_bytes(Path::new("x.json"), text.as_bytes()).unwrap();
        assert_eq!(session.extra["x_score"].as_f64(), Some(5.0422262702316325e146));
        let (again, _) = load_bytes(Path::new("x.json"), &to_bytes(&session)).unwrap();
        assert_eq!(again, session);
    }

    #[test]
    fn an_unversioned_file_is_migrated_on_load() {
        let (session, access) =
            load_bytes(Path::new("old.json"), br#"{"id": "old1", "title": "Before versions", "stage": "review"}"#)
                .unwrap();
        assert_eq!(session.schema_version, SCHEMA_VERSION);
        assert_eq!(session.title, "Before versions");
        assert_eq!(access, Access::ReadWrite);
    }

    #[test]
    fn escape_sequences_in_a_file_never_reach_the_session() {
        let (session, _) = load_bytes(
            Path::new("x.json"),
            "{\"schema_version\":1,\"id\":\"x\",\"title\":\"a\\u001b]0;pwned\\u0007b\"}".as_bytes(),
        )
        .unwrap();
        assert_eq!(session.title, "a]0;pwnedb");
    }

    #[test]
    fn a_broken_file_says_where() {
        let err = load_bytes(Path::new("bad.json"), b"{\"schema_version\": 1, \"id\": ").unwrap_err();
        assert!(err.to_string().contains("bad.json is not a valid session file"), "{err}");
        assert!(err.to_string().contains("line 1"), "{err}");
    }
}
