//! The list's cache: what each file of a sessions folder held when last read, kept in
//! the local state folder so a start parses only the files that changed.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::Summary;

use super::Paths;

/// What the cache keeps of one file: the key it was read under and what it held.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct CachedFile {
    pub(super) name: String,
    pub(super) len: u64,
    pub(super) modified_ns: u64,
    pub(super) entry: CachedEntry,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) enum CachedEntry {
    Session(Box<Summary>),
    Unreadable(String),
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub(super) struct Cache {
    pub(super) format: u32,
    pub(super) files: Vec<CachedFile>,
}

/// Bumped whenever [`Summary`] or the cache's order changes, so an old cache is simply
/// rebuilt. Since 7 the files are kept in the list's order, newest first.
pub(super) const CACHE_FORMAT: u32 = 7;

/// One cache file per sessions folder, named by a hash of the folder's path. It is
/// binary (postcard): it is read at every start, and JSON made that read most of a warm
/// list's time.
pub(super) fn cache_file(paths: &Paths) -> PathBuf {
    let folder = std::fs::canonicalize(&paths.sessions).unwrap_or_else(|_| paths.sessions.clone());
    let mut hasher = std::hash::DefaultHasher::new();
    folder.hash(&mut hasher);
    paths.list_cache().join(format!("{:016x}.bin", hasher.finish()))
}

/// A missing, old or damaged cache is an empty one: it only ever saves work.
pub(super) fn read_cache(path: &Path) -> Cache {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| postcard::from_bytes::<Cache>(&bytes).ok())
        .filter(|cache| cache.format == CACHE_FORMAT)
        .unwrap_or_default()
}

/// Best effort: a cache that cannot be written costs time on the next start, nothing else.
pub(super) fn write_cache(path: &Path, cache: &Cache) {
    let Some(folder) = path.parent() else { return };
    let Ok(bytes) = postcard::to_stdvec(cache) else { return };
    if std::fs::create_dir_all(folder).is_err() {
        return;
    }
    if let Ok(mut file) = atomic_write_file::AtomicWriteFile::open(path)
        && std::io::Write::write_all(&mut file, &bytes).is_ok()
    {
        let _ = file.commit();
    }
}
