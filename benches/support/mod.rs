//! Shared by the benches. Criterion gives no results back to code, so the figures of
//! issue 17's table are also timed here: the subject and its floor interleaved in one
//! run (subject, floor, subject, floor …), medians compared, and the ratio printed as
//! `list warm cache / read names: 59.1 ms / 3.7 ms = 16.0×  (goal ≤ 3×)`.
//!
//! Sizes and rounds come from the environment so that a shared 2-core machine can run
//! a smaller bench: `BACKWARDS_BENCH_SESSIONS`, `BACKWARDS_BENCH_ROUNDS`, and the
//! others each bench names.

// Each bench uses a part of this module.
#![allow(dead_code)]

pub mod floor;
pub mod pty;

#[path = "../../examples/make_sessions.rs"]
mod make_sessions;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use backwards::store::Paths;

/// A count from the environment variable `name`, else `default`.
pub fn from_env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|value| value.parse().ok()).unwrap_or(default)
}

/// Whether `cargo bench` runs this bench: `cargo test --benches` runs the benches
/// without `--bench`, and there is nothing to check then.
pub fn run_by_cargo_bench() -> bool {
    std::env::args().any(|arg| arg == "--bench")
}

/// How many times each side of a ratio is timed.
pub fn rounds() -> usize {
    from_env("BACKWARDS_BENCH_ROUNDS", 11).max(1)
}

/// How long `work` took; its result is kept from the optimiser.
pub fn timed<R>(work: impl FnOnce() -> R) -> Duration {
    let start = Instant::now();
    black_box(work());
    start.elapsed()
}

/// Times `subject` and `floor` alternately `rounds()` times each, so that both meet
/// the same load on a shared machine, and prints the ratio of their medians.
/// Each closure returns the time it measured (see [`timed`]).
pub fn ratio(
    what: &str,
    goal: &str,
    mut subject: impl FnMut() -> Duration,
    mut floor: impl FnMut() -> Duration,
) -> f64 {
    let mut subjects = Vec::new();
    let mut floors = Vec::new();
    for _ in 0..rounds() {
        subjects.push(subject());
        floors.push(floor());
    }
    let (subject, floor) = (median(subjects), median(floors));
    let times = subject.as_secs_f64() / floor.as_secs_f64().max(1e-9);
    println!("{what}: {} / {} = {times:.2}×  (goal {goal})", show(subject), show(floor));
    times
}

pub fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// A duration the way a person reads it: 131.4 µs, 3.70 ms, 1.24 s.
pub fn show(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds >= 1.0 {
        format!("{seconds:.2} s")
    } else if seconds >= 0.001 {
        format!("{:.2} ms", seconds * 1000.0)
    } else {
        format!("{:.1} µs", seconds * 1_000_000.0)
    }
}

/// One fixed moment for a runner driven in the bench's own process.
pub fn fixed_now() -> backwards::app::Now {
    backwards::app::Now {
        instant: Instant::now(),
        timestamp: "2026-03-03T09:00:00Z".into(),
        ulid: ulid::Ulid::from_parts(0, 1),
    }
}

/// A sessions folder, a state folder and a config folder under `root`.
pub fn paths_under(root: &Path) -> Paths {
    Paths { sessions: root.join("sessions"), state: root.join("state"), config: root.join("config") }
}

/// Writes `count` realistic sessions (about 21 KB each, as `examples/make_sessions`
/// writes them) into `root/sessions`; the first holds `first_review_items` items.
pub fn realistic_folder(root: &Path, count: usize, first_review_items: usize) -> Paths {
    let paths = paths_under(root);
    eprintln!("writing {count} sessions into {}", paths.sessions.display());
    if let Err(error) = make_sessions::write_sessions(&paths.sessions, count, first_review_items) {
        panic!("cannot write the sessions: {error}");
    }
    paths
}

/// The first file in `folder` whose name ends with `suffix`.
pub fn file_ending(folder: &Path, suffix: &str) -> Option<PathBuf> {
    std::fs::read_dir(folder)
        .ok()?
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.to_string_lossy().ends_with(suffix))
}
