//! Issue 17's whole-process figures, measured on the real binary from outside: the first
//! `/` search over content and the peak memory after it with 10,000 sessions, CPU while
//! idle on the Review stage of a session with 20,000 items, and how many cores
//! `export --all` and `validate` keep busy. Each is printed beside its floor, measured in
//! the same run (the bare ratatui program of `examples/bare.rs`, or the machine's cores).
//!
//! Run: `cargo bench --bench process`, or one part: `cargo bench --bench process --
//! search` (also `batch`, `idle`). Sizes: `BACKWARDS_BENCH_SESSIONS` (10000),
//! `BACKWARDS_BENCH_REVIEW_ITEMS` (20000), `BACKWARDS_BENCH_IDLE_SECONDS` (10),
//! `BACKWARDS_BENCH_SEARCH_ROUNDS` (3 first and later starts of each binary).
//!
//! `BACKWARDS_BENCH_BASELINE=/path/to/backwards` measures that binary's search too, in
//! the same run, its starts alternating with this build's, so that an old build and a
//! new one meet the same load: build the old one in a worktree of its own with
//! `cargo build --release`.

mod support;

#[path = "../examples/bare.rs"]
mod bare;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;
use support::pty::{InPty, TICKS_PER_SECOND, backwards_command, command_of, mib, run_batch};
use support::{from_env, median, show};

/// Set in the environment of a child that should act as the bare program.
const ACT_AS_BARE: &str = "BACKWARDS_BENCH_ACT_AS_BARE";
const FIRST_FRAME: &str = "sessions in";
const WAIT: Duration = Duration::from_secs(120);

fn bare() -> InPty {
    let mut command = CommandBuilder::new(std::env::current_exe().expect("the bench's own path"));
    command.env(ACT_AS_BARE, "1");
    let program = InPty::spawn(command);
    program.wait_for("bare ratatui frame", WAIT);
    program
}

/// A binary whose search is measured: this build, and the one named by
/// `BACKWARDS_BENCH_BASELINE`, if any.
struct Subject {
    name: String,
    binary: PathBuf,
}

fn subjects() -> Vec<Subject> {
    let mut subjects = vec![Subject { name: "this build".to_owned(), binary: env!("CARGO_BIN_EXE_backwards").into() }];
    if let Some(baseline) = std::env::var_os("BACKWARDS_BENCH_BASELINE") {
        subjects.push(Subject { name: "baseline".to_owned(), binary: baseline.into() });
    }
    subjects
}

/// One start of the app: from its spawn to its first frame, from typing the search to
/// the single match on screen, and its peak memory then.
struct Start {
    first_frame: Duration,
    search: Duration,
    peak: u64,
}

/// Starts the app with this state folder and searches for one session by its title and
/// a word only its content holds (so the content index must be there).
fn start_and_search(binary: &Path, root: &Path, state: &Path, sessions: usize) -> Start {
    let mut program = InPty::spawn(command_of(binary, root, state));
    let shown = program.wait_for(FIRST_FRAME, WAIT);
    let typed = Instant::now();
    program.type_keys(&format!("/session {} weekly", sessions - 1));
    let found = program.wait_for(&format!(" 1 of {sessions}"), WAIT);
    Start {
        first_frame: shown.saturating_duration_since(program.started),
        search: found.saturating_duration_since(typed),
        peak: program.peak_rss(),
    }
}

/// Each subject's first start (a new state folder) and later start, round after round,
/// the subjects' order turned each round; then each figure's median per subject.
fn search_and_memory(root: &Path, sessions: usize) {
    let subjects = subjects();
    let rounds = from_env("BACKWARDS_BENCH_SEARCH_ROUNDS", 3).max(1);
    let mut starts: Vec<Vec<(Start, Start)>> = subjects.iter().map(|_| Vec::new()).collect();
    for round in 0..rounds {
        let mut order: Vec<usize> = (0..subjects.len()).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for index in order {
            let state = root.join(format!("state-{index}-{round}"));
            let first = start_and_search(&subjects[index].binary, root, &state, sessions);
            let later = start_and_search(&subjects[index].binary, root, &state, sessions);
            let _ = std::fs::remove_dir_all(&state);
            starts[index].push((first, later));
        }
    }
    let times = |pick: &dyn Fn(&(Start, Start)) -> Duration| -> String {
        let each = subjects.iter().zip(&starts).map(|(subject, starts)| {
            let mut all: Vec<Duration> = starts.iter().map(pick).collect();
            all.sort_unstable();
            let (low, high) = (all[0], all[all.len() - 1]);
            format!("{} {} ({}–{})", subject.name, show(median(all)), show(low), show(high))
        });
        each.collect::<Vec<_>>().join(" / ")
    };
    println!("{rounds} rounds; median (lowest–highest) of each binary, {sessions} sessions:");
    println!("  first frame, first start: {}", times(&|(first, _)| first.first_frame));
    println!("  first `/` search over content, first start: {}  (goal ≤ 1 s)", times(&|(first, _)| first.search));
    println!("  first frame, later start: {}", times(&|(_, later)| later.first_frame));
    println!("  first `/` search over content, later start: {}  (goal ≤ 0.2 s)", times(&|(_, later)| later.search));
    let bare_peak = bare().peak_rss();
    let peaks = |pick: &dyn Fn(&(Start, Start)) -> u64| -> String {
        let each = subjects.iter().zip(&starts).map(|(subject, starts)| {
            let peak = starts.iter().map(pick).max().unwrap_or(0);
            format!("{} {} = {:.1}×", subject.name, mib(peak), peak as f64 / bare_peak as f64)
        });
        each.collect::<Vec<_>>().join(" / ")
    };
    println!(
        "  peak RSS after a search (highest of the rounds), first start, of bare ratatui's {}: {}",
        mib(bare_peak),
        peaks(&|(first, _)| first.peak)
    );
    println!(
        "  peak RSS after a search (highest of the rounds), later start, of bare ratatui's {}: {}  (goal ≤ 50 MiB)",
        mib(bare_peak),
        peaks(&|(_, later)| later.peak)
    );
}

/// The app on the Review stage of the big session and the bare program, idle side by
/// side over the same seconds.
fn idle_cpu(root: &Path, items: usize) {
    let seconds = from_env("BACKWARDS_BENCH_IDLE_SECONDS", 10) as u64;
    let mut command = backwards_command(root);
    command.args(["open", "01bench"]);
    let program = InPty::spawn(command);
    program.wait_for("Benchmark session 0", WAIT);
    let floor = bare();
    std::thread::sleep(Duration::from_secs(1));
    let (app_before, bare_before) = (program.cpu_ticks(), floor.cpu_ticks());
    std::thread::sleep(Duration::from_secs(seconds));
    let (app_ticks, bare_ticks) = (program.cpu_ticks() - app_before, floor.cpu_ticks() - bare_before);
    let share = |ticks: u64| 100.0 * ticks as f64 / (seconds * TICKS_PER_SECOND) as f64;
    println!(
        "idle CPU on Review, {items} items / bare ratatui: {app_ticks} / {bare_ticks} ticks in {seconds} s = {:.1} % / {:.1} % of a core  (goal ≤ 1 %)",
        share(app_ticks),
        share(bare_ticks)
    );
}

fn batch(root: &Path, sessions: usize) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let output = root.join("exported");
    let runs = [
        (
            "export --all",
            vec!["export", "--all", "--output", output.to_str().expect("a UTF-8 path")],
            "all cores, ≤ 30 MiB",
        ),
        ("validate", vec!["validate", "--quiet"], "all cores"),
    ];
    for (what, args, goal) in runs {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_backwards"));
        command.args(&args).env("BACKWARDS_DIR", root.join("sessions"));
        command.env("BACKWARDS_STATE_DIR", root.join("state")).env("BACKWARDS_CONFIG_DIR", root.join("config"));
        let run = run_batch(&mut command);
        println!(
            "{what}, {sessions} sessions: {} wall, {} CPU = {:.2} of {cores} cores busy; peak {}  (goal {goal})",
            show(run.wall),
            show(run.cpu),
            run.cpu.as_secs_f64() / run.wall.as_secs_f64(),
            mib(run.peak_rss)
        );
    }
}

fn main() {
    if std::env::var_os(ACT_AS_BARE).is_some() {
        if let Err(error) = bare::main() {
            eprintln!("bare: {error}");
        }
        return;
    }
    // `cargo test --benches` runs benches without `--bench`: there is nothing to check.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    let sessions = from_env("BACKWARDS_BENCH_SESSIONS", 10_000).max(2);
    let items = from_env("BACKWARDS_BENCH_REVIEW_ITEMS", 20_000);
    if wanted("search") || wanted("batch") {
        let many = tempfile::tempdir().expect("a temporary folder");
        support::realistic_folder(many.path(), sessions, 12);
        if wanted("search") {
            search_and_memory(many.path(), sessions);
        }
        if wanted("batch") {
            batch(many.path(), sessions);
        }
    }
    if wanted("idle") {
        let big = tempfile::tempdir().expect("a temporary folder");
        support::realistic_folder(big.path(), 1, items);
        idle_cpu(big.path(), items);
    }
}

/// Whether this part is to run: every part, unless parts are named after `--`.
fn wanted(part: &str) -> bool {
    let named: Vec<String> = std::env::args().skip(1).filter(|arg| !arg.starts_with('-')).collect();
    named.is_empty() || named.iter().any(|name| part.contains(name.as_str()))
}
