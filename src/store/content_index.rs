//! The content index: each session's distinct words, kept beside the list cache in the
//! local state folder and keyed the same way (file name, length, modification time), so
//! the search over content reads only the files that changed since the last index.
//!
//! Hand-made rather than an embedded full-text engine: the search is "every word of the
//! filter appears in the session", matched inside words as before; a session's sorted,
//! distinct words answer that with a substring test, are a small fraction of its text,
//! and need nothing beyond postcard, which the list cache already uses. An engine such
//! as tantivy would bring its own files, threads and megabytes for ranking we do not do.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::session_file::{load_bytes, read_session_bytes};
use super::{FileStamp, Paths, state_file};
use crate::domain::{Session, trim_punctuation};
use crate::parallel::on_every_core;

#[derive(Debug, Serialize, Deserialize)]
pub(super) struct IndexedFile {
    pub(super) name: String,
    pub(super) len: u64,
    pub(super) modified_ns: u64,
    /// The session's distinct words, lower-cased, sorted, one per line.
    pub(super) words: String,
}

/// Bumped whenever what is indexed changes, so an old index is simply rebuilt.
const INDEX_FORMAT: u32 = 1;

/// The words of sessions the list parsed anyway (see `list_noting_words`), under the
/// key the file had then, for the next [`index_content`] to take instead of parsing
/// those files a second time. Words only, never whole sessions, and one read per file
/// name however often the list reads it again before a search.
#[derive(Debug, Default)]
pub struct WordsRead(HashMap<String, IndexedFile>);

impl WordsRead {
    pub(super) fn new(files: impl IntoIterator<Item = IndexedFile>) -> Self {
        Self(files.into_iter().map(|file| (file.name.clone(), file)).collect())
    }

    /// Adds later reads; for a file read again, the later key and words win.
    pub fn extend(&mut self, later: WordsRead) {
        self.0.extend(later.0);
    }
}

/// Each readable session's distinct words, one per line, by its path: a filter word is
/// in the session when it is inside one of its lines. Files unchanged since the last
/// index, or since the list read them (`read`), are not read; the rest are read one at
/// a time per core, never all at once.
pub fn index_content(paths: &Paths, files: &[PathBuf], read: WordsRead) -> HashMap<PathBuf, String> {
    let index_path = state_file::path(paths, "words.bin");
    let mut known: HashMap<String, IndexedFile> = state_file::read::<Vec<IndexedFile>>(&index_path, INDEX_FORMAT)
        .unwrap_or_default()
        .into_iter()
        .map(|file| (file.name.clone(), file))
        .collect();
    let mut changed = false;
    for (name, file) in read.0 {
        let same = |old: &IndexedFile| old.len == file.len && old.modified_ns == file.modified_ns;
        changed |= !known.get(&name).is_some_and(same);
        known.insert(name, file);
    }
    let mut kept = Vec::with_capacity(files.len());
    let mut misses = Vec::new();
    for path in files {
        let Some((name, len, modified_ns)) = file_key(path) else { continue };
        match known.remove(&name) {
            Some(hit) if hit.len == len && hit.modified_ns == modified_ns => kept.push((path.clone(), hit)),
            _ => misses.push((path.clone(), IndexedFile { name, len, modified_ns, words: String::new() })),
        }
    }
    changed |= !misses.is_empty() || !known.is_empty();
    let read = on_every_core(misses, |(path, mut file)| {
        let bytes = read_session_bytes(&path).ok()?;
        file.words = words_of(&load_bytes(&path, &bytes).ok()?.0);
        Some((path, file))
    });
    kept.extend(read.into_iter().flatten());
    let (found, files): (Vec<PathBuf>, Vec<IndexedFile>) = kept.into_iter().unzip();
    if changed {
        state_file::write(&index_path, INDEX_FORMAT, &files);
    }
    found.into_iter().zip(files).map(|(path, file)| (path, file.words)).collect()
}

/// What the index keeps of a session: the words of its searchable text.
pub(super) fn words_of(session: &Session) -> String {
    distinct_words(&session.searchable_text())
}

/// The text's words, split at white space and stripped of the punctuation around them
/// (the filter's words are stripped alike), each once, sorted.
///
/// A set of the words seen, then a sort of the distinct ones only: a session says its
/// words many times over, and a first start's list waits for this for every file. The
/// set hashes with foldhash: with std's SipHash it was no faster than a sorted set.
fn distinct_words(text: &str) -> String {
    let mut seen: HashSet<&str, foldhash::fast::RandomState> = HashSet::default();
    let mut words: Vec<&str> =
        text.split_whitespace().map(trim_punctuation).filter(|word| !word.is_empty() && seen.insert(word)).collect();
    words.sort_unstable();
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

    /// Changes the file's text keeping its length and time: its key stays the same, so
    /// whoever still finds the old words did not read the file again.
    fn change_unseen(path: &Path, from: &str, to: &str) {
        assert_eq!(from.len(), to.len());
        let stamp = std::fs::metadata(path).unwrap().modified().unwrap();
        let changed = std::fs::read_to_string(path).unwrap().replace(from, to);
        std::fs::write(path, changed).unwrap();
        std::fs::File::options().write(true).open(path).unwrap().set_modified(stamp).unwrap();
    }

    #[test]
    fn each_session_is_indexed_by_its_distinct_words() {
        let (_root, paths) = folder();
        let path = add(&paths, "a1", "Reading Nights", "Parents read, parents track. Parents!");
        let index = index_content(&paths, std::slice::from_ref(&path), WordsRead::default());
        let words = &index[&path];
        assert!(words.lines().any(|word| word == "track") && words.contains("reading"), "{words}");
        assert_eq!(words.lines().filter(|word| *word == "parents").count(), 1, "each word once, bare: {words}");
        let lines: Vec<&str> = words.lines().collect();
        assert!(lines.windows(2).all(|pair| pair[0] < pair[1]), "sorted: {words}");
    }

    #[test]
    fn the_index_is_kept_and_only_changed_files_are_read_again() {
        let (_root, paths) = folder();
        let first = add(&paths, "a1", "One", "alpha words");
        let second = add(&paths, "a2", "Two", "beta words");
        let files = [first.clone(), second.clone()];
        index_content(&paths, &files, WordsRead::default());
        assert!(std::fs::read_dir(paths.list_cache()).unwrap().count() > 0, "the index is written");
        // A file the index knows is not read again: this one changes only in a way the
        // key cannot see, so the old words stay.
        change_unseen(&first, "alpha", "gamma");
        add(&paths, "a2", "Two", "delta words");
        let index = index_content(&paths, &files, WordsRead::default());
        assert!(index[&first].contains("alpha"), "an unchanged key is not read again");
        assert!(index[&second].contains("delta") && !index[&second].contains("beta"));
    }

    #[test]
    fn after_a_first_list_the_index_reads_no_file_the_list_read() {
        let (_root, paths) = folder();
        let first = add(&paths, "a1", "One", "alpha words");
        let second = add(&paths, "a2", "Two", "beta words");
        let files = [first.clone(), second.clone()];
        let (_, words) = crate::store::list_noting_words(&paths).unwrap();
        change_unseen(&first, "alpha", "gamma");
        // Changed since the list read it: its words from the list are out of date.
        add(&paths, "a2", "Two", "delta words");
        let index = index_content(&paths, &files, words);
        assert!(index[&first].contains("alpha") && !index[&first].contains("gamma"), "not read again");
        assert!(index[&second].contains("delta") && !index[&second].contains("beta"), "read again");
        let index = index_content(&paths, &files, WordsRead::default());
        assert!(index[&first].contains("alpha"), "the list's words are kept in the index file");
    }

    #[test]
    fn a_list_of_a_known_folder_notes_only_the_files_it_parsed() {
        let (_root, paths) = folder();
        add(&paths, "a1", "One", "alpha words");
        let (_, first) = crate::store::list_noting_words(&paths).unwrap();
        assert_eq!(first.0.len(), 1);
        let (_, again) = crate::store::list_noting_words(&paths).unwrap();
        assert!(again.0.is_empty(), "an unchanged file comes from the list's cache, unparsed");
    }
}
