//! One session file: read within the guards, parse, serialise, create, and move to
//! the trash. Saving is in `save`.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::domain::{Access, Fingerprint, Loaded, PrincipleSet, SCHEMA_VERSION, Saved, Session, printable};

use super::{Paths, StoreError, migrate, new_session_id, now_rfc3339, save};

/// Larger files are refused before parsing: a session of a long workshop is well under
/// 1 MB, and a file of this size is a mistake or an attack.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

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
    // Some Windows editors start a UTF-8 file with a byte-order mark; JSON does not allow
    // one, but refusing the file for it helps nobody. Saving never writes one.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Most files are of this schema: read straight into the session, which takes half
    // the time of going through a JSON tree. Any other file (older, newer, or one serde
    // refuses) goes the long way below, which migrates it or says what is wrong.
    if let Ok(mut session) = serde_json::from_slice::<Session>(bytes)
        && session.schema_version == SCHEMA_VERSION
    {
        session.sanitize();
        return Ok((session, Access::ReadWrite));
    }
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
/// session always gives the same bytes. Should serialising ever fail, that is an error:
/// a file holding only a newline must never be saved and called a success.
pub fn to_bytes(session: &Session) -> Result<Vec<u8>, StoreError> {
    let mut bytes = serde_json::to_vec_pretty(session)
        .map_err(|e| StoreError::Serialize { id: session.id.clone(), reason: printable(&e.to_string()) })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Creates a new session file named by a fresh id.
pub fn create(paths: &Paths, title: &str, principles: PrincipleSet, named_by_user: bool) -> Result<Loaded, StoreError> {
    let folder = paths.ensure_sessions_folder(named_by_user)?;
    let title = crate::domain::sanitize_line(title).trim().to_owned();
    let session = Session::new(new_session_id(), title, now_rfc3339(), principles);
    write_new_session(folder, session)
}

/// Writes a session that has just been made into the folder as `<id>.json`; a file of
/// that id already there is never written over.
pub(super) fn write_new_session(folder: &Path, session: Session) -> Result<Loaded, StoreError> {
    let path = folder.join(format!("{}.json", session.id));
    match save(&path, &session, None)? {
        Saved::Written(fingerprint) => Ok(Loaded { session, path, fingerprint, access: Access::ReadWrite }),
        Saved::ChangedOnDisk | Saved::KeptMine { .. } => Err(StoreError::Write {
            path,
            source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "a session with this id already exists"),
        }),
    }
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
    use crate::store::save;

    fn sample() -> Session {
        let mut session =
            Session::new("01abc".into(), "Kids reader".into(), "2026-01-01T00:00:00Z".into(), PrincipleSet::amazon());
        session.press_release.headline = "Read with me".into();
        session
    }

    #[test]
    fn unknown_keys_survive_a_load_and_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01abc.json");
        let text = String::from_utf8(to_bytes(&sample()).unwrap())
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
    fn a_file_starting_with_a_byte_order_mark_loads_and_is_saved_without_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("01abc.json");
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(to_bytes(&sample()).unwrap());
        std::fs::write(&path, &bytes).unwrap();
        let mut loaded = load(&path).unwrap();
        assert_eq!(loaded.session.title, sample().title);
        loaded.session.title.push_str(" again");
        save(&path, &loaded.session, Some(loaded.fingerprint)).unwrap();
        assert!(std::fs::read(&path).unwrap().starts_with(b"{"));
    }

    #[test]
    fn a_number_in_an_unknown_key_survives_to_its_last_digit() {
        let text = "{\"schema_version\": 1, \"id\": \"x\", \"x_score\": 5.0422262702316325e146}";
        let (session, _) = load_bytes(Path::new("x.json"), text.as_bytes()).unwrap();
        assert_eq!(session.extra["x_score"].as_f64(), Some(5.0422262702316325e146));
        let (again, _) = load_bytes(Path::new("x.json"), &to_bytes(&session).unwrap()).unwrap();
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
