//! The content index: each session's distinct words, kept beside the list cache in the
//! local state folder and keyed the same way (file name, length, modification time), so
//! the search over content reads only the files that changed since the last index.
//!
//! Hand-made rather than an embedded full-text engine: the search is "every word of the
//! filter appears in the session", matched inside words as before; a session's sorted,
//! distinct words answer that with a substring test, are a small fraction of its text,
//! and need nothing beyond postcard, which the list cache already uses. An engine such
//! as tantivy would bring its own files, threads and megabytes for ranking we do not do.

use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::session_file::load;
use super::{FileStamp, Paths};
use crate::domain::trim_punctuation;
use crate::parallel::on_every_core;

#[derive(Debug, Serialize, Deserialize)]
struct IndexedFile {
    name: String,
    len: u64,
    modified_ns: u64,
    /// The session's distinct words, lower-cased, sorted, one per line.
    words: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct ContentIndex {
    format: u32,
    files: Vec<IndexedFile>,
}

/// Bumped whenever what is indexed changes, so an old index is simply rebuilt.
const INDEX_FORMAT: u32 = 1;

/// Each readable session's distinct words, one per line, by its path: a filter word is
/// in the session when it is inside one of its lines. Files unchanged since the last
/// index are not read; the rest are read one at a time per core, never all at once.
pub fn index_content(paths: &Paths, files: &[PathBuf]) -> HashMap<PathBuf, String> {
    let index_path = index_file(paths);
    let mut known: HashMap<String, IndexedFile> =
        read_index(&index_path).files.into_iter().map(|file| (file.name.clone(), file)).collect();
    let mut kept = Vec::with_capacity(files.len());
    let mut misses = Vec::new();
    for path in files {
        let Some((name, len, modified_ns)) = file_key(path) else { continue };
        match known.remove(&name) {
            Some(hit) if hit.len == len && hit.modified_ns == modified_ns => kept.push((path.clone(), hit)),
            _ => misses.push((path.clone(), IndexedFile { name, len, modified_ns, words: String::new() })),
        }
    }
    let changed = !misses.is_empty() || !known.is_empty();
    let read = on_every_core(misses, |(path, mut file)| {
        let loaded = load(&path).ok()?;
        file.words = distinct_words(&loaded.session.searchable_text());
        Some((path, file))
    });
    kept.extend(read.into_iter().flatten());
    let (found, files): (Vec<PathBuf>, Vec<IndexedFile>) = kept.into_iter().unzip();
    let index = ContentIndex { format: INDEX_FORMAT, files };
    if changed {
        write_index(&index_path, &index);
    }
    found.into_iter().zip(index.files).map(|(path, file)| (path, file.words)).collect()
}

/// The text's words, split at white space and stripped of the punctuation around them
/// (the filter's words are stripped alike), each once, sorted.
fn distinct_words(text: &str) -> String {
    let words: BTreeSet<&str> = text.split_whitespace().map(trim_punctuation).filter(|word| !word.is_empty()).collect();
    let mut joined = String::with_capacity(words.iter().map(|word| word.len() + 1).sum());
    for word in words {
        joined.push_str(word);
        joined.push('\n');
    }
    joined
}

fn file_key(path: &Path) -> Option<(String, u64, u64)> {
    let name = path.file_name()?.to_str()?.to_owned();
    let stamp = FileStamp::of_regular_file(&std::fs::symlink_metadata(path).ok()?)?;
    Some((name, stamp.len, stamp.modified_ns?))
}

/// One index per sessions folder, named by a hash of the folder's path like the cache.
fn index_file(paths: &Paths) -> PathBuf {
    let folder = std::fs::canonicalize(&paths.sessions).unwrap_or_else(|_| paths.sessions.clone());
    let mut hasher = std::hash::DefaultHasher::new();
    folder.hash(&mut hasher);
    paths.list_cache().join(format!("{:016x}.words.bin", hasher.finish()))
}

/// A missing, old or damaged index is an empty one: it only ever saves work.
fn read_index(path: &Path) -> ContentIndex {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| postcard::from_bytes::<ContentIndex>(&bytes).ok())
        .filter(|index| index.format == INDEX_FORMAT)
        .unwrap_or_default()
}

/// Best effort: an index that cannot be written costs time on the next search.
fn write_index(path: &Path, index: &ContentIndex) {
    let Some(folder) = path.parent() else { return };
    let Ok(bytes) = postcard::to_stdvec(index) else { return };
    if std::fs::create_dir_all(folder).is_err() {
        return;
    }
    if let Ok(mut file) = atomic_write_file::AtomicWriteFile::open(path)
        && std::io::Write::write_all(&mut file, &bytes).is_ok()
    {
        let _ = file.commit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PrincipleSet, Session};

    fn folder() -> (tempfile::TempDir, Paths) {
        Paths::temporary()
    }

    fn add(paths: &Paths, id: &str, title: &str, faq_answer: &str) -> PathBuf {
        let mut session = Session::new(id.into(), title.into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
        session.press_release.summary = faq_answer.into();
        let path = paths.sessions.join(format!("{id}.json"));
        std::fs::write(&path, crate::store::to_bytes(&session).unwrap()).unwrap();
        path
    }

    #[test]
    fn each_session_is_indexed_by_its_distinct_words() {
        let (_root, paths) = folder();
        let path = add(&paths, "a1", "Reading Nights", "Parents read, parents track. Parents!");
        let index = index_content(&paths, std::slice::from_ref(&path));
        let words = &index[&path];
        assert!(words.lines().any(|word| word == "track") && words.contains("reading"), "{words}");
        assert_eq!(words.lines().filter(|word| *word == "parents").count(), 1, "each word once, bare: {words}");
    }

    #[test]
    fn the_index_is_kept_and_only_changed_files_are_read_again() {
        let (_root, paths) = folder();
        let first = add(&paths, "a1", "One", "alpha words");
        let second = add(&paths, "a2", "Two", "beta words");
        let files = [first.clone(), second.clone()];
        index_content(&paths, &files);
        assert!(std::fs::read_dir(paths.list_cache()).unwrap().count() > 0, "the index is written");
        // A file the index knows is not read again: this one changes only in a way the
        // key cannot see, so the old words stay.
        let stamp = std::fs::metadata(&first).unwrap().modified().unwrap();
        let unchanged = std::fs::read_to_string(&first).unwrap().replace("alpha", "gamma");
        std::fs::write(&first, unchanged).unwrap();
        std::fs::File::options().write(true).open(&first).unwrap().set_modified(stamp).unwrap();
        add(&paths, "a2", "Two", "delta words");
        let index = index_content(&paths, &files);
        assert!(index[&first].contains("alpha"), "an unchanged key is not read again");
        assert!(index[&second].contains("delta") && !index[&second].contains("beta"));
    }
}
