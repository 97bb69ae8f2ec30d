//! Merging by meaning where files are concerned: reading a file as a session value the
//! merge engine can take, and merging a conflict copy (ours, Syncthing's, Dropbox's)
//! back into its session file.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::domain::{SCHEMA_VERSION, Session};
use crate::merge::merge_values;

use super::save::save;
use super::session_file::{read_session_bytes, trash};
use super::{Paths, StoreError, migrate};
use crate::domain::{Access, Fingerprint, Loaded, Saved};

/// A file's bytes as a session value of the current schema, migrated from an older one;
/// or why the merge by meaning cannot take it (not JSON, not a session, a newer schema).
pub fn session_value(bytes: &[u8]) -> Result<Value, String> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON ({e})"))?;
    if !value.get("id").is_some_and(Value::is_string) {
        return Err("not a session (no id)".to_owned());
    }
    let version = match value.get("schema_version") {
        None => 0,
        Some(v) => v.as_u64().ok_or("not a session (schema_version is not a whole number)")?,
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(format!("a session of schema {version}, newer than this Backwards knows ({SCHEMA_VERSION})"));
    }
    migrate(value, version as u32)
}

/// What merging a conflict copy did.
#[derive(Debug, Clone)]
pub struct CopyMerged {
    /// The session file as written, ready to replace what the app shows.
    pub loaded: Loaded,
    /// How many fields both versions held differently: recorded in the file for the
    /// facilitator to resolve.
    pub conflicts: usize,
    /// Where the copy went in the trash.
    pub trashed: PathBuf,
}

/// Merges a conflict copy back into its session file beside it (`<id>.json`), two-way
/// since no common version is known: items of either are all kept, matched by id, and
/// texts that differ become recorded conflicts, the session file's version staying in
/// place. The file is written atomically, and only then the copy goes to the trash.
/// A session file missing beside the copy is written from the copy.
pub fn merge_copy(paths: &Paths, copy: &Path) -> Result<CopyMerged, StoreError> {
    let not_a_copy = |reason: String| StoreError::NotACopy { path: copy.to_path_buf(), reason };
    let theirs = session_value(&read_session_bytes(copy)?).map_err(not_a_copy)?;
    let id = theirs.get("id").and_then(Value::as_str).unwrap_or_default();
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(not_a_copy(format!("its id {id:?} cannot name a session file")));
    }
    let target = copy.parent().unwrap_or(Path::new(".")).join(format!("{id}.json"));
    if target.file_name() == copy.file_name() {
        return Err(not_a_copy("it is the session file itself".to_owned()));
    }
    let (merged, conflicts, loaded_from) = match read_session_bytes(&target) {
        Ok(bytes) => {
            let ours = session_value(&bytes).map_err(|reason| StoreError::Invalid { path: target.clone(), reason })?;
            let merged = merge_values(None, &ours, &theirs);
            (merged.value, merged.conflicts.len(), Some(Fingerprint::of(&bytes)))
        }
        Err(StoreError::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => (theirs, 0, None),
        Err(e) => return Err(e),
    };
    let session: Session = serde_json::from_value(merged).map_err(|e| StoreError::Invalid {
        path: target.clone(),
        reason: format!("the merge is not a session: {e}"),
    })?;
    let fingerprint = match save(&target, &session, loaded_from)? {
        Saved::Written(fingerprint) => fingerprint,
        Saved::ChangedOnDisk | Saved::KeptMine { .. } => {
            return Err(StoreError::Write {
                path: target,
                source: std::io::Error::other("it changed while the copy was merged; try again"),
            });
        }
    };
    let trashed = trash(paths, copy)?;
    let mut session = session;
    session.sanitize();
    let loaded = Loaded { session, path: target, fingerprint, access: Access::ReadWrite };
    Ok(CopyMerged { loaded, conflicts, trashed })
}
