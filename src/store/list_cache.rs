//! The list's cache: what each file of a sessions folder held when last read, kept in
//! the local state folder so a start parses only the files that changed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::Summary;

use super::{Paths, state_file};

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

/// Bumped whenever [`Summary`] or the cache's order changes, so an old cache is simply
/// rebuilt. Since 7 the files are kept in the list's order, newest first.
const CACHE_FORMAT: u32 = 7;

/// One cache file per sessions folder. It is binary (postcard): it is read at every
/// start, and JSON made that read most of a warm list's time.
pub(super) fn cache_file(paths: &Paths) -> PathBuf {
    state_file::path(paths, "bin")
}

/// A missing, old or damaged cache is an empty one: it only ever saves work.
pub(super) fn read_cache(path: &Path) -> Vec<CachedFile> {
    state_file::read(path, CACHE_FORMAT).unwrap_or_default()
}

pub(super) fn write_cache(path: &Path, files: &[CachedFile]) {
    state_file::write(path, CACHE_FORMAT, &files);
}
