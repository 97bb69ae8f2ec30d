//! How fast `list` is on a folder of 10,000 sessions of realistic size: with no cache
//! (cold), with a warm cache, and the floor of reading the folder's entries alone; and
//! the content index a search waits for. First printed as ratios against their floors
//! (see `support`), then in criterion's groups.
//!
//! Run: `cargo bench --bench list` (`BACKWARDS_BENCH_SESSIONS=2000` for a smaller folder)

mod support;

use std::path::PathBuf;

use backwards::store::{self, Paths};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use support::{file_ending, from_env, ratio, timed};

fn read_names(paths: &Paths) -> Vec<std::ffi::OsString> {
    std::fs::read_dir(&paths.sessions).expect("read the folder").flatten().map(|e| e.file_name()).collect()
}

fn names_and_metadata(paths: &Paths) -> u64 {
    let entries = std::fs::read_dir(&paths.sessions).expect("read the folder").flatten();
    entries.filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum()
}

/// Issue 17's figures as ratios against their floors, timed side by side.
fn ratios(paths: &Paths, files: &[PathBuf]) {
    let sessions = files.len();
    store::list(paths).expect("warm the cache");
    ratio(
        &format!("list warm cache / read names, {sessions} sessions"),
        "≤ 3×",
        || timed(|| store::list(paths).expect("list").entries.len()),
        || timed(|| read_names(paths)),
    );
    // A correct list checks each file's length and time: that is its real floor.
    ratio(
        &format!("list warm cache / read names and metadata, {sessions} sessions"),
        "none (the floor of a list that checks every file)",
        || timed(|| store::list(paths).expect("list").entries.len()),
        || timed(|| names_and_metadata(paths)),
    );
    // A later start's first search waits for the index brought up to date (read back,
    // every file's key checked); the floor is reading the index file's bytes.
    store::index_content(paths, files, Default::default());
    let index = file_ending(&paths.list_cache(), ".words.bin").expect("the content index file");
    ratio(
        &format!("content index for a later start's search / read the index file, {sessions} sessions"),
        "≤ 0.2 s",
        || timed(|| store::index_content(paths, files, Default::default()).len()),
        || timed(|| std::fs::read(&index).expect("read the index")),
    );
}

fn list_benchmarks(c: &mut Criterion) {
    let root = tempfile::tempdir().expect("a temporary folder");
    let paths = support::realistic_folder(root.path(), from_env("BACKWARDS_BENCH_SESSIONS", 10_000), 12);
    let files: Vec<_> = store::list(&paths).expect("list").entries.iter().map(|e| e.path().to_path_buf()).collect();
    ratios(&paths, &files);
    let mut group = c.benchmark_group("list");
    group.sample_size(20);

    group.bench_function("floor: read the folder's entries", |b| b.iter(|| read_names(&paths)));
    group.bench_function("floor: entries and their metadata", |b| b.iter(|| names_and_metadata(&paths)));
    store::list(&paths).expect("warm the cache");
    group.bench_function("warm cache", |b| b.iter(|| store::list(&paths).expect("list").entries.len()));
    // Reported against the floors above: the content index read back for a search.
    group.bench_function("content index, warm", |b| {
        b.iter(|| store::index_content(&paths, &files, Default::default()).len())
    });
    group.sample_size(10);
    group.bench_function("cold: no cache", |b| {
        b.iter_batched(
            || std::fs::remove_dir_all(paths.list_cache()).ok(),
            |_| store::list(&paths).expect("list").entries.len(),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, list_benchmarks);
criterion_main!(benches);
