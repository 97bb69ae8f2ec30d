//! The list of sessions in a folder. A summary cache in the local data folder (see
//! `list_cache`) spares a start parsing every file: a file is parsed again only when its
//! name, length or modification time changed.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fs::DirEntry;
use std::path::Path;

use crate::domain::{Entry, FolderStamp, Listing, Summary};
use crate::parallel::on_every_core;

use super::content_index::{IndexedFile, WordsRead, words_of};
use super::list_cache::{CachedEntry, CachedFile, cache_file, read_cache, write_cache};
use super::session_file::{load_bytes, not_a_file, read_session_bytes};
use super::{FileStamp, Paths, StoreError};

/// A file of the folder as found by the directory scan.
struct Found {
    name: String,
    /// Length and modification time; None for what is not a regular file.
    key: Option<(u64, u64)>,
    kind: std::io::Result<std::fs::FileType>,
}

/// Lists the sessions folder. A folder that does not exist lists as empty.
///
/// Every file's length and modification time are checked (an edit in place changes
/// neither the folder's time nor its names, so nothing cheaper is safe); only files
/// whose name, length or time changed since the last list are parsed, the rest come
/// from the cache. Metadata and parsing are spread over the machine's cores, and the
/// cache is read while the folder is scanned. The cache keeps the list's order, so an
/// unchanged folder is not sorted again.
pub fn list(paths: &Paths) -> Result<Listing, StoreError> {
    list_reading(paths, false).map(|(listing, _)| listing)
}

/// [`list`], keeping the words of each session it parses for the content index: on a
/// first start every file is parsed for the list, and parsing it again for the first
/// search took seconds.
pub fn list_noting_words(paths: &Paths) -> Result<(Listing, WordsRead), StoreError> {
    list_reading(paths, true)
}

fn list_reading(paths: &Paths, note_words: bool) -> Result<(Listing, WordsRead), StoreError> {
    let folder = &paths.sessions;
    let read_dir = match std::fs::read_dir(folder) {
        Ok(read_dir) => read_dir,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Default::default()),
        Err(source) => return Err(StoreError::Read { path: folder.clone(), source }),
    };
    let cache_path = cache_file(paths);
    let (found, cache) = std::thread::scope(|scope| {
        let cache = scope.spawn(|| read_cache(&cache_path));
        let dir_entries: Vec<(String, DirEntry)> =
            read_dir.flatten().filter_map(|e| Some((session_file_name(&e)?, e))).collect();
        let found = on_every_core(dir_entries, |(name, dir_entry)| Found {
            key: file_key(&dir_entry),
            kind: dir_entry.file_type(),
            name,
        });
        (found, cache.join().unwrap_or_default())
    });

    let mut unseen: HashMap<&str, &Found> = found.iter().map(|file| (file.name.as_str(), file)).collect();
    let mut files: Vec<CachedFile> = Vec::with_capacity(found.len());
    let mut changed: Vec<&Found> = Vec::new();
    let mut some_gone = false;
    for cached in cache {
        match unseen.remove(cached.name.as_str()) {
            Some(file) if file.key == Some((cached.len, cached.modified_ns)) => files.push(cached),
            Some(file) => changed.push(file),
            None => some_gone = true,
        }
    }
    changed.extend(unseen.into_values());
    let mut not_files = Vec::new();
    let mut misses = Vec::new();
    for file in changed {
        match file.key {
            Some((len, modified_ns)) => misses.push((file.name.clone(), len, modified_ns)),
            None => {
                not_files.push(Entry::Unreadable { path: folder.join(&file.name), reason: unreadable_kind(&file.kind) })
            }
        }
    }
    let cache_is_stale = some_gone || !misses.is_empty();
    let read = on_every_core(misses, |(name, len, modified_ns)| {
        let (entry, words) = read_entry(&folder.join(&name), note_words);
        let words = words.map(|words| IndexedFile { name: name.clone(), len, modified_ns, words });
        (CachedFile { entry, name, len, modified_ns }, words)
    });
    let (read, words): (Vec<CachedFile>, Vec<Option<IndexedFile>>) = read.into_iter().unzip();
    files.extend(read);
    // Sorted input (the cache's order) is recognised in one pass.
    files.sort_by(listed_order);
    if cache_is_stale {
        write_cache(&cache_path, &files);
    }

    let mut entries: Vec<Entry> = files.into_iter().map(|file| entry_of(folder, file)).collect();
    if !not_files.is_empty() {
        entries.extend(not_files);
        entries = newest_first(entries);
    }
    Ok((Listing { entries }, WordsRead::new(words.into_iter().flatten())))
}

fn entry_of(folder: &Path, file: CachedFile) -> Entry {
    let path = folder.join(&file.name);
    match file.entry {
        CachedEntry::Session(summary) => Entry::Session { path, summary },
        CachedEntry::Unreadable(reason) => Entry::Unreadable { path, reason },
    }
}

/// The list's order on the cache's files, as [`newest_first`] orders entries.
fn listed_order(a: &CachedFile, b: &CachedFile) -> Ordering {
    match (&a.entry, &b.entry) {
        (CachedEntry::Session(x), CachedEntry::Session(y)) => {
            y.updated_seconds.cmp(&x.updated_seconds).then_with(|| x.title.cmp(&y.title))
        }
        (CachedEntry::Session(_), CachedEntry::Unreadable(_)) => Ordering::Less,
        (CachedEntry::Unreadable(_), CachedEntry::Session(_)) => Ordering::Greater,
        (CachedEntry::Unreadable(_), CachedEntry::Unreadable(_)) => a.name.cmp(&b.name),
    }
}

/// Sessions by last change, newest first, then by title; unreadable files last, by path.
/// Sorts positions rather than the entries themselves, which are large to move.
fn newest_first(entries: Vec<Entry>) -> Vec<Entry> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| match (&entries[a], &entries[b]) {
        (Entry::Session { summary: x, .. }, Entry::Session { summary: y, .. }) => {
            y.updated_seconds.cmp(&x.updated_seconds).then_with(|| x.title.cmp(&y.title))
        }
        (Entry::Session { .. }, Entry::Unreadable { .. }) => Ordering::Less,
        (Entry::Unreadable { .. }, Entry::Session { .. }) => Ordering::Greater,
        (Entry::Unreadable { path: x, .. }, Entry::Unreadable { path: y, .. }) => x.cmp(y),
    });
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    order.into_iter().filter_map(|index| slots[index].take()).collect()
}

/// The folder's stamp: its modification time and a hash of its file names, read without
/// opening a file, so that a list on screen can notice new files every few seconds.
pub fn folder_stamp(paths: &Paths) -> Option<FolderStamp> {
    use std::hash::{Hash, Hasher};
    let folder = &paths.sessions;
    let modified = std::fs::metadata(folder).and_then(|m| m.modified()).ok();
    let mut names: Vec<std::ffi::OsString> = std::fs::read_dir(folder).ok()?.flatten().map(|e| e.file_name()).collect();
    names.sort_unstable();
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    names.hash(&mut hasher);
    Some(FolderStamp { modified, names: hasher.finish() })
}

/// The list as the cache last saw it, without looking at the files: what a start shows
/// at once, before [`list`] has checked every file. None when there is no cache yet.
pub fn list_from_cache(paths: &Paths) -> Option<Listing> {
    let mut files = read_cache(&cache_file(paths));
    if files.is_empty() {
        return None;
    }
    // The cache keeps the list's order; a cache written by an older build may not.
    files.sort_by(listed_order);
    Some(Listing { entries: files.into_iter().map(|file| entry_of(&paths.sessions, file)).collect() })
}

/// `*.json`, not hidden: the files the folder's sessions live in.
fn session_file_name(dir_entry: &DirEntry) -> Option<String> {
    let name = dir_entry.file_name().into_string().ok()?;
    (name.ends_with(".json") && !name.starts_with('.')).then_some(name)
}

/// Length and modification time of a regular file; None for anything else, which is
/// never followed (a link could point outside the folder).
fn file_key(dir_entry: &DirEntry) -> Option<(u64, u64)> {
    let stamp = FileStamp::of_regular_file(&dir_entry.metadata().ok()?)?;
    Some((stamp.len, stamp.modified_ns?))
}

fn unreadable_kind(kind: &std::io::Result<std::fs::FileType>) -> String {
    kind.as_ref().map_or_else(|_| "not a regular file".to_owned(), |kind| not_a_file(*kind))
}

/// What the list keeps of a file and, when asked, the words the content index keeps.
fn read_entry(path: &Path, note_words: bool) -> (CachedEntry, Option<String>) {
    let unreadable = |reason| (CachedEntry::Unreadable(reason), None);
    let bytes = match read_session_bytes(path) {
        Ok(bytes) => bytes,
        Err(StoreError::Read { source, .. }) => return unreadable(format!("cannot read it: {source}")),
        Err(StoreError::Invalid { reason, .. }) => return unreadable(reason),
        Err(other) => return unreadable(other.to_string()),
    };
    match load_bytes(path, &bytes) {
        Ok((session, access)) => {
            let words = note_words.then(|| words_of(&session));
            (CachedEntry::Session(Box::new(Summary::of(&session, &access))), words)
        }
        Err(StoreError::Invalid { reason, .. }) => unreadable(reason),
        Err(other) => unreadable(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::domain::{PrincipleSet, Session};
    use crate::store::{save, to_bytes};

    struct Folder {
        _root: tempfile::TempDir,
        paths: Paths,
    }

    fn folder() -> Folder {
        let (root, paths) = Paths::temporary();
        Folder { _root: root, paths }
    }

    fn add(paths: &Paths, id: &str, title: &str, updated_at: &str) -> PathBuf {
        let mut session = Session::new(id.into(), title.into(), updated_at.into(), PrincipleSet::amazon());
        session.updated_at = updated_at.into();
        let path = paths.sessions.join(format!("{id}.json"));
        save(&path, &session, None).unwrap();
        path
    }

    fn titles(listing: &Listing) -> Vec<String> {
        listing.sessions().map(|(_, s)| s.title.clone()).collect()
    }

    #[test]
    fn sessions_come_newest_first_and_broken_files_last_with_their_reason() {
        let f = folder();
        add(&f.paths, "01a", "Older", "2026-01-01T00:00:00Z");
        add(&f.paths, "01b", "Newer", "2026-02-01T00:00:00Z");
        std::fs::write(f.paths.sessions.join("broken.json"), "{\"id\": ").unwrap();
        std::fs::write(f.paths.sessions.join("notes.txt"), "not a session").unwrap();
        let listing = list(&f.paths).unwrap();
        assert_eq!(titles(&listing), ["Newer", "Older"]);
        assert_eq!(listing.entries.len(), 3);
        let Entry::Unreadable { path, reason } = &listing.entries[2] else { panic!("expected the broken file last") };
        assert!(path.ends_with("broken.json"));
        assert!(reason.contains("EOF"), "{reason}");
    }

    #[test]
    fn an_unchanged_file_is_not_parsed_again() {
        let f = folder();
        let path = add(&f.paths, "01a", "Cached title", "2026-01-01T00:00:00Z");
        assert_eq!(titles(&list(&f.paths).unwrap()), ["Cached title"]);
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
        let same_length =
            String::from_utf8(std::fs::read(&path).unwrap()).unwrap().replace("Cached title", "Edited title");
        std::fs::write(&path, same_length).unwrap();
        std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
        assert_eq!(titles(&list(&f.paths).unwrap()), ["Cached title"], "same name, length and time: the cache answers");
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(modified + std::time::Duration::from_secs(1))
            .unwrap();
        assert_eq!(titles(&list(&f.paths).unwrap()), ["Edited title"], "a new time: the file is read again");
    }

    #[test]
    fn a_session_edited_in_place_moves_to_its_place_and_a_removed_one_goes() {
        let f = folder();
        add(&f.paths, "01a", "Oldest", "2026-01-01T00:00:00Z");
        add(&f.paths, "01b", "Middle", "2026-02-01T00:00:00Z");
        add(&f.paths, "01c", "Newest", "2026-03-01T00:00:00Z");
        assert_eq!(titles(&list(&f.paths).unwrap()), ["Newest", "Middle", "Oldest"]);
        let mut edited =
            Session::new("01a".into(), "Oldest, edited today".into(), String::new(), PrincipleSet::amazon());
        edited.updated_at = "2026-04-01T00:00:00Z".into();
        // Written in place, as an editor may: the folder's time and names stay the same.
        std::fs::write(f.paths.sessions.join("01a.json"), to_bytes(&edited).unwrap()).unwrap();
        std::fs::remove_file(f.paths.sessions.join("01b.json")).unwrap();
        assert_eq!(titles(&list(&f.paths).unwrap()), ["Oldest, edited today", "Newest"]);
        assert_eq!(titles(&list_from_cache(&f.paths).unwrap()), ["Oldest, edited today", "Newest"]);
    }

    #[test]
    fn the_cache_lives_in_the_state_folder_never_in_the_sessions_folder() {
        let f = folder();
        add(&f.paths, "01a", "One", "2026-01-01T00:00:00Z");
        list(&f.paths).unwrap();
        let names: Vec<_> = std::fs::read_dir(&f.paths.sessions).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["01a.json"]);
        assert_eq!(std::fs::read_dir(f.paths.list_cache()).unwrap().count(), 1);
    }

    #[test]
    fn the_cached_list_is_the_last_full_list_without_reading_the_files() {
        let f = folder();
        assert_eq!(list_from_cache(&f.paths), None);
        add(&f.paths, "01a", "One", "2026-01-01T00:00:00Z");
        add(&f.paths, "01b", "Two", "2026-02-01T00:00:00Z");
        let full = list(&f.paths).unwrap();
        std::fs::remove_file(f.paths.sessions.join("01a.json")).unwrap();
        assert_eq!(list_from_cache(&f.paths), Some(full));
    }

    #[test]
    fn a_damaged_cache_is_rebuilt() {
        let f = folder();
        add(&f.paths, "01a", "One", "2026-01-01T00:00:00Z");
        list(&f.paths).unwrap();
        let cache = std::fs::read_dir(f.paths.list_cache()).unwrap().next().unwrap().unwrap().path();
        std::fs::write(&cache, "garbage").unwrap();
        assert_eq!(titles(&list(&f.paths).unwrap()), ["One"]);
        assert_ne!(std::fs::read(&cache).unwrap(), b"garbage");
        assert_eq!(titles(&list(&f.paths).unwrap()), ["One"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_listed_as_unreadable_and_not_followed() {
        let f = folder();
        let outside = f.paths.state.join("outside.json");
        std::fs::create_dir_all(&f.paths.state).unwrap();
        let session = Session::new("01z".into(), "Outside".into(), String::new(), PrincipleSet::amazon());
        std::fs::write(&outside, to_bytes(&session).unwrap()).unwrap();
        std::os::unix::fs::symlink(&outside, f.paths.sessions.join("01z.json")).unwrap();
        let listing = list(&f.paths).unwrap();
        assert!(matches!(&listing.entries[..], [Entry::Unreadable { reason, .. }] if reason.contains("symbolic link")));
    }

    #[test]
    fn a_large_folder_is_listed_whole_cold_and_warm() {
        const SESSIONS: usize = 300;
        let f = folder();
        for n in 0..SESSIONS {
            add(
                &f.paths,
                &format!("01n{n:04}"),
                &format!("Session {n:04}"),
                &format!("2026-01-01T00:{:02}:{:02}Z", n / 60, n % 60),
            );
        }
        std::fs::write(f.paths.sessions.join("broken.json"), "[").unwrap();
        let cold = list(&f.paths).unwrap();
        assert_eq!(cold.sessions().count(), SESSIONS);
        assert_eq!(cold.sessions().next().unwrap().1.title, format!("Session {:04}", SESSIONS - 1));
        assert!(matches!(cold.entries.last(), Some(Entry::Unreadable { .. })));
        assert_eq!(list(&f.paths).unwrap(), cold);
    }

    #[test]
    fn a_missing_folder_lists_as_empty() {
        let f = folder();
        let paths = Paths { sessions: f.paths.sessions.join("nowhere"), ..f.paths.clone() };
        assert!(list(&paths).unwrap().entries.is_empty());
    }
}
