//! The list of sessions in a folder, with a summary cache in the local data folder so a
//! start does not parse every file: a file is parsed again only when its name, length or
//! modification time changed.

use std::collections::HashMap;
use std::fs::DirEntry;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::domain::{Outcome, ReviewKind, Session, Stage, VerdictDecision};

use super::session_file::{Access, load_bytes, not_a_file, read_session_bytes};
use super::{Paths, StoreError};

/// What the list shows of a session, and what its filters need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub stage: Stage,
    pub created_at: String,
    pub updated_at: String,
    /// `updated_at` in seconds since 1970, for sorting; files with no valid time sort last.
    pub updated_seconds: i64,
    pub facilitator: String,
    pub faq_questions: usize,
    pub review_items: usize,
    pub decisions: usize,
    pub iterations: usize,
    pub press_release_words: usize,
    pub headline: String,
    pub verdict: Option<VerdictDecision>,
    /// The principles decisions rest on, each once, in the order first met.
    pub principles: Vec<PrincipleUse>,
    /// The outcome of every decision that has one.
    pub outcomes: Vec<Outcome>,
    /// Decisions marked "revise" that no version addresses yet.
    pub open_revisions: usize,
    /// Decisions that name no principle.
    pub untagged_decisions: usize,
    /// Set when the file cannot be written by this version.
    pub read_only: Option<String>,
    /// Merge conflicts recorded in the file and not yet resolved.
    pub conflicts: usize,
}

impl Summary {
    pub fn of(session: &Session, access: &Access) -> Self {
        let mut principles: Vec<PrincipleUse> = Vec::new();
        for id in session.decisions().flat_map(|d| &d.principles) {
            match principles.iter_mut().find(|used| used.id == *id) {
                Some(used) => used.decisions += 1,
                None => principles.push(PrincipleUse {
                    id: id.clone(),
                    name: session.principles.name_of(id).to_owned(),
                    decisions: 1,
                }),
            }
        }
        Self {
            id: session.id.clone(),
            title: session.title.clone(),
            stage: session.stage,
            created_at: session.created_at.clone(),
            updated_at: session.updated_at.clone(),
            updated_seconds: session.updated_at.parse::<jiff::Timestamp>().map_or(i64::MIN, |t| t.as_second()),
            facilitator: session.facilitator.clone(),
            faq_questions: session.faq.len(),
            review_items: session.review.items.len(),
            decisions: session.review.items.iter().filter(|i| i.kind == ReviewKind::Decision).count(),
            iterations: session.iterations.len(),
            press_release_words: session.press_release_words(),
            headline: session.press_release.headline.clone(),
            verdict: session.review.verdict.as_ref().map(|v| v.decision),
            principles,
            outcomes: session.decisions().filter_map(|d| d.outcome).collect(),
            open_revisions: session.open_revisions().count(),
            untagged_decisions: session.decisions_without_principle(),
            read_only: match access {
                Access::ReadWrite => None,
                Access::ReadOnly(reason) => Some(reason.clone()),
            },
            conflicts: session.conflicts.len(),
        }
    }
}

/// How often a session's decisions invoke one principle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipleUse {
    pub id: String,
    /// The name in the session's own copy of its principle set.
    pub name: String,
    pub decisions: usize,
}

/// Which sessions to keep, by what their reviews decided. Empty keeps every session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionFilter {
    /// A decision rests on this principle id.
    pub principle: Option<String>,
    /// A decision has this outcome.
    pub outcome: Option<Outcome>,
    /// The review's verdict.
    pub verdict: Option<VerdictDecision>,
}

impl SessionFilter {
    pub fn is_empty(&self) -> bool {
        self.principle.is_none() && self.outcome.is_none() && self.verdict.is_none()
    }

    pub fn matches(&self, summary: &Summary) -> bool {
        self.principle.as_ref().is_none_or(|id| summary.principles.iter().any(|used| used.id == *id))
            && self.outcome.is_none_or(|outcome| summary.outcomes.contains(&outcome))
            && self.verdict.is_none_or(|verdict| summary.verdict == Some(verdict))
    }
}

/// One file of the sessions folder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Entry {
    Session {
        path: PathBuf,
        summary: Box<Summary>,
    },
    /// A file that could not be read as a session, and why.
    Unreadable {
        path: PathBuf,
        reason: String,
    },
}

impl Entry {
    pub fn path(&self) -> &Path {
        match self {
            Entry::Session { path, .. } | Entry::Unreadable { path, .. } => path,
        }
    }

    /// A copy beside the session file rather than the file itself: a conflict copy of
    /// ours, or of a sync tool, named other than `<id>.json`.
    pub fn is_copy(&self) -> bool {
        self.copy_kind().is_some()
    }

    /// What kind of copy this is, in words for the list: whose conflict copy, if the
    /// name says.
    pub fn copy_kind(&self) -> Option<&'static str> {
        let Entry::Session { path, summary } = self else { return None };
        let stem = path.file_stem()?.to_string_lossy();
        if stem == summary.id.as_str() {
            return None;
        }
        Some(if stem.contains(".sync-conflict-") {
            "Syncthing conflict copy"
        } else if stem.contains("conflicted copy") {
            "Dropbox conflicted copy"
        } else if stem.contains(".conflict-") {
            "conflict copy"
        } else {
            "copy"
        })
    }
}

/// The sessions folder's files, sessions newest first, then the unreadable ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    pub entries: Vec<Entry>,
}

impl Listing {
    pub fn sessions(&self) -> impl Iterator<Item = (&Path, &Summary)> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Session { path, summary } => Some((path.as_path(), summary.as_ref())),
            Entry::Unreadable { .. } => None,
        })
    }
}

/// What the cache keeps of one file: the key it was read under and what it held.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct CachedFile {
    name: String,
    len: u64,
    modified_ns: u64,
    entry: CachedEntry,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
enum CachedEntry {
    Session(Box<Summary>),
    Unreadable(String),
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Cache {
    format: u32,
    files: Vec<CachedFile>,
}

/// Bumped whenever [`Summary`] changes shape, so an old cache is simply rebuilt.
const CACHE_FORMAT: u32 = 6;

/// Below this many files the work is done on one thread: starting threads costs more.
const PARALLEL_FROM: usize = 256;

/// A file of the folder as found by the directory scan.
struct Found {
    name: String,
    path: PathBuf,
    /// Length and modification time; None for what is not a regular file.
    key: Option<(u64, u64)>,
    kind: std::io::Result<std::fs::FileType>,
}

/// Lists the sessions folder. A folder that does not exist lists as empty.
///
/// Only files whose name, length or modification time changed since the last list are
/// parsed; the rest come from the cache. Metadata and parsing are spread over the
/// machine's cores, and the cache is read while the folder is scanned.
pub fn list(paths: &Paths) -> Result<Listing, StoreError> {
    let folder = &paths.sessions;
    let read_dir = match std::fs::read_dir(folder) {
        Ok(read_dir) => read_dir,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Listing::default()),
        Err(source) => return Err(StoreError::Read { path: folder.clone(), source }),
    };
    let cache_path = cache_file(paths);
    let (found, cache) = std::thread::scope(|scope| {
        let cache = scope.spawn(|| read_cache(&cache_path));
        let dir_entries: Vec<(String, DirEntry)> =
            read_dir.flatten().filter_map(|e| Some((session_file_name(&e)?, e))).collect();
        let found = in_parallel(dir_entries, |(name, dir_entry)| Found {
            path: dir_entry.path(),
            key: file_key(&dir_entry),
            kind: dir_entry.file_type(),
            name,
        });
        (found, cache.join().unwrap_or_default())
    });

    let mut cached_files: Vec<Option<CachedFile>> = cache.files.into_iter().map(Some).collect();
    let mut cached: HashMap<String, usize> = HashMap::with_capacity(cached_files.len());
    for (index, file) in cached_files.iter_mut().enumerate() {
        if let Some(file) = file {
            cached.insert(std::mem::take(&mut file.name), index);
        }
    }
    let mut misses = Vec::new();
    let mut files: Vec<(PathBuf, Option<CachedFile>)> = Vec::with_capacity(found.len());
    let mut unreadable = Vec::new();
    for file in found {
        let Some((len, modified_ns)) = file.key else {
            unreadable.push(Entry::Unreadable { path: file.path, reason: unreadable_kind(file.kind) });
            continue;
        };
        let hit = cached.remove(&file.name).and_then(|index| cached_files[index].take());
        match hit {
            Some(mut hit) if hit.len == len && hit.modified_ns == modified_ns => {
                hit.name = file.name;
                files.push((file.path, Some(hit)))
            }
            _ => {
                misses.push((files.len(), file.name, file.path.clone(), len, modified_ns));
                files.push((file.path, None));
            }
        }
    }
    let cache_is_stale = !misses.is_empty() || !cached.is_empty();
    let parsed = in_parallel(misses, |(index, name, path, len, modified_ns)| {
        (index, CachedFile { entry: read_entry(&path), name, len, modified_ns })
    });
    for (index, file) in parsed {
        files[index].1 = Some(file);
    }
    let files: Vec<(PathBuf, CachedFile)> = files.into_iter().filter_map(|(path, file)| Some((path, file?))).collect();
    if cache_is_stale {
        let fresh = Cache { format: CACHE_FORMAT, files: files.iter().map(|(_, file)| file.clone()).collect() };
        write_cache(&cache_path, &fresh);
    }

    let mut entries: Vec<Entry> = files
        .into_iter()
        .map(|(path, file)| match file.entry {
            CachedEntry::Session(summary) => Entry::Session { path, summary },
            CachedEntry::Unreadable(reason) => Entry::Unreadable { path, reason },
        })
        .collect();
    entries.extend(unreadable);
    Ok(Listing { entries: newest_first(entries) })
}

/// Sessions by last change, newest first, then by title; unreadable files last, by path.
/// Sorts positions rather than the entries themselves, which are large to move.
fn newest_first(entries: Vec<Entry>) -> Vec<Entry> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| match (&entries[a], &entries[b]) {
        (Entry::Session { summary: x, .. }, Entry::Session { summary: y, .. }) => {
            y.updated_seconds.cmp(&x.updated_seconds).then_with(|| x.title.cmp(&y.title))
        }
        (Entry::Session { .. }, Entry::Unreadable { .. }) => std::cmp::Ordering::Less,
        (Entry::Unreadable { .. }, Entry::Session { .. }) => std::cmp::Ordering::Greater,
        (Entry::Unreadable { path: x, .. }, Entry::Unreadable { path: y, .. }) => x.cmp(y),
    });
    let mut slots: Vec<Option<Entry>> = entries.into_iter().map(Some).collect();
    order.into_iter().filter_map(|index| slots[index].take()).collect()
}

/// The list as the cache last saw it, without looking at the files: what a start shows
/// at once, before [`list`] has checked every file. None when there is no cache yet.
pub fn list_from_cache(paths: &Paths) -> Option<Listing> {
    let cache = read_cache(&cache_file(paths));
    if cache.files.is_empty() {
        return None;
    }
    let entries = cache
        .files
        .into_iter()
        .map(|file| {
            let path = paths.sessions.join(&file.name);
            match file.entry {
                CachedEntry::Session(summary) => Entry::Session { path, summary },
                CachedEntry::Unreadable(reason) => Entry::Unreadable { path, reason },
            }
        })
        .collect();
    Some(Listing { entries: newest_first(entries) })
}

/// Maps `work` over `items` on as many threads as the machine has cores, keeping order.
fn in_parallel<T: Send, R: Send>(items: Vec<T>, work: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if items.len() < PARALLEL_FROM || threads == 1 {
        return items.into_iter().map(work).collect();
    }
    let chunk_len = items.len().div_ceil(threads);
    let mut chunks: Vec<Vec<T>> = Vec::with_capacity(threads);
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        chunks.push(items.by_ref().take(chunk_len).collect());
    }
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || chunk.into_iter().map(work).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

/// `*.json`, not hidden: the files the folder's sessions live in.
fn session_file_name(dir_entry: &DirEntry) -> Option<String> {
    let name = dir_entry.file_name().into_string().ok()?;
    (name.ends_with(".json") && !name.starts_with('.')).then_some(name)
}

/// Length and modification time of a regular file; None for anything else, which is
/// never followed (a link could point outside the folder).
fn file_key(dir_entry: &DirEntry) -> Option<(u64, u64)> {
    let metadata = dir_entry.metadata().ok()?;
    if !metadata.file_type().is_file() {
        return None;
    }
    let modified = metadata.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((metadata.len(), modified.as_nanos() as u64))
}

fn unreadable_kind(kind: std::io::Result<std::fs::FileType>) -> String {
    kind.map_or_else(|_| "not a regular file".to_owned(), not_a_file)
}

fn read_entry(path: &Path) -> CachedEntry {
    let bytes = match read_session_bytes(path) {
        Ok(bytes) => bytes,
        Err(StoreError::Read { source, .. }) => return CachedEntry::Unreadable(format!("cannot read it: {source}")),
        Err(StoreError::Invalid { reason, .. }) => return CachedEntry::Unreadable(reason),
        Err(other) => return CachedEntry::Unreadable(other.to_string()),
    };
    match load_bytes(path, &bytes) {
        Ok((session, access)) => CachedEntry::Session(Box::new(Summary::of(&session, &access))),
        Err(StoreError::Invalid { reason, .. }) => CachedEntry::Unreadable(reason),
        Err(other) => CachedEntry::Unreadable(other.to_string()),
    }
}

/// One cache file per sessions folder, named by a hash of the folder's path. It is
/// binary (postcard): it is read at every start, and JSON made that read most of a warm
/// list's time.
fn cache_file(paths: &Paths) -> PathBuf {
    let folder = std::fs::canonicalize(&paths.sessions).unwrap_or_else(|_| paths.sessions.clone());
    let mut hasher = std::hash::DefaultHasher::new();
    folder.hash(&mut hasher);
    paths.list_cache().join(format!("{:016x}.bin", hasher.finish()))
}

/// A missing, old or damaged cache is an empty one: it only ever saves work.
fn read_cache(path: &Path) -> Cache {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| postcard::from_bytes::<Cache>(&bytes).ok())
        .filter(|cache| cache.format == CACHE_FORMAT)
        .unwrap_or_default()
}

/// Best effort: a cache that cannot be written costs time on the next start, nothing else.
fn write_cache(path: &Path, cache: &Cache) {
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

/// Finds a session by REF: a path to a file, an id, or a unique prefix of one.
pub fn resolve(paths: &Paths, reference: &str) -> Result<PathBuf, StoreError> {
    let as_path = Path::new(reference);
    let looks_like_path =
        reference.contains(std::path::MAIN_SEPARATOR) || reference.contains('/') || reference.ends_with(".json");
    if looks_like_path {
        return if as_path.is_file() {
            Ok(as_path.to_path_buf())
        } else {
            Err(StoreError::NotFound { reference: reference.to_owned() })
        };
    }
    let wanted = reference.to_lowercase();
    let listing = list(paths)?;
    let stems: Vec<(&Path, String)> = listing
        .entries
        .iter()
        .filter_map(|e| Some((e.path(), e.path().file_stem()?.to_string_lossy().into_owned())))
        .collect();
    if let Some((path, _)) = stems.iter().find(|(_, stem)| *stem == wanted) {
        return Ok(path.to_path_buf());
    }
    let matches: Vec<&(&Path, String)> = stems.iter().filter(|(_, stem)| stem.starts_with(&wanted)).collect();
    match matches.as_slice() {
        [] => Err(StoreError::NotFound { reference: reference.to_owned() }),
        [(path, _)] => Ok(path.to_path_buf()),
        many => Err(StoreError::Ambiguous {
            reference: reference.to_owned(),
            candidates: many.iter().map(|(_, stem)| stem.clone()).collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PrincipleSet;
    use crate::store::session_file::{save, to_bytes};

    struct Folder {
        _root: tempfile::TempDir,
        paths: Paths,
    }

    fn folder() -> Folder {
        let root = tempfile::tempdir().unwrap();
        let paths = Paths {
            sessions: root.path().join("sessions"),
            state: root.path().join("state"),
            config: root.path().join("config"),
        };
        std::fs::create_dir_all(&paths.sessions).unwrap();
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
        std::fs::write(&outside, to_bytes(&session)).unwrap();
        std::os::unix::fs::symlink(&outside, f.paths.sessions.join("01z.json")).unwrap();
        let listing = list(&f.paths).unwrap();
        assert!(matches!(&listing.entries[..], [Entry::Unreadable { reason, .. }] if reason.contains("symbolic link")));
    }

    #[test]
    fn a_reference_is_an_id_a_unique_prefix_or_a_path() {
        let f = folder();
        let first = add(&f.paths, "01jaaa", "A", "2026-01-01T00:00:00Z");
        let second = add(&f.paths, "01jabb", "B", "2026-01-01T00:00:00Z");
        assert_eq!(resolve(&f.paths, "01jaaa").unwrap(), first);
        assert_eq!(resolve(&f.paths, "01JAB").unwrap(), second);
        assert_eq!(resolve(&f.paths, first.to_str().unwrap()).unwrap(), first);
        let ambiguous = resolve(&f.paths, "01ja").unwrap_err().to_string();
        assert!(ambiguous.contains("01jaaa") && ambiguous.contains("01jabb"), "{ambiguous}");
        assert!(matches!(resolve(&f.paths, "zz"), Err(StoreError::NotFound { .. })));
        assert!(matches!(resolve(&f.paths, "missing/x.json"), Err(StoreError::NotFound { .. })));
    }

    #[test]
    fn a_large_folder_is_listed_whole_cold_and_warm() {
        let f = folder();
        for n in 0..(PARALLEL_FROM + 50) {
            add(
                &f.paths,
                &format!("01n{n:04}"),
                &format!("Session {n:04}"),
                &format!("2026-01-01T00:{:02}:{:02}Z", n / 60, n % 60),
            );
        }
        std::fs::write(f.paths.sessions.join("broken.json"), "[").unwrap();
        let cold = list(&f.paths).unwrap();
        assert_eq!(cold.sessions().count(), PARALLEL_FROM + 50);
        assert_eq!(cold.sessions().next().unwrap().1.title, format!("Session {:04}", PARALLEL_FROM + 49));
        assert!(matches!(cold.entries.last(), Some(Entry::Unreadable { .. })));
        assert_eq!(list(&f.paths).unwrap(), cold);
    }

    #[test]
    fn filters_keep_sessions_by_principle_outcome_and_verdict() {
        let mut session = Session::new("01a".into(), "A".into(), String::new(), PrincipleSet::amazon());
        let mut decision = crate::domain::ReviewItem::new("r1".into(), ReviewKind::Decision, String::new());
        decision.outcome = Some(Outcome::Revise);
        decision.principles = vec!["frugality".into()];
        session.review.items.push(decision);
        session.review.verdict = Some(crate::domain::Verdict {
            decision: VerdictDecision::Iterate,
            reason: String::new(),
            extra: Default::default(),
        });
        let summary = Summary::of(&session, &Access::ReadWrite);
        assert_eq!(summary.principles[0].name, "Frugality");
        let filter = |principle: Option<&str>, outcome, verdict| SessionFilter {
            principle: principle.map(str::to_owned),
            outcome,
            verdict,
        };
        assert!(filter(None, None, None).matches(&summary));
        assert!(filter(Some("frugality"), Some(Outcome::Revise), Some(VerdictDecision::Iterate)).matches(&summary));
        assert!(!filter(Some("ownership"), None, None).matches(&summary));
        assert!(!filter(None, Some(Outcome::Approved), None).matches(&summary));
        assert!(!filter(None, None, Some(VerdictDecision::Go)).matches(&summary));
    }

    #[test]
    fn a_missing_folder_lists_as_empty() {
        let f = folder();
        let paths = Paths { sessions: f.paths.sessions.join("nowhere"), ..f.paths.clone() };
        assert!(list(&paths).unwrap().entries.is_empty());
    }
}
