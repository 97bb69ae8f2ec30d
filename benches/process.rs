//! Issue 17's whole-process figures, measured on the real binary from outside: the first
//! `/` search over content and the peak memory after it with 10,000 sessions, CPU while
//! idle on the Review stage of a session with 20,000 items, and how many cores
//! `export --all` and `validate` keep busy. Each is printed beside its floor, measured in
//! the same run (the bare ratatui program of `examples/bare.rs`, or the machine's cores).
//!
//! Run: `cargo bench --bench process`. Sizes: `BACKWARDS_BENCH_SESSIONS` (10000),
//! `BACKWARDS_BENCH_REVIEW_ITEMS` (20000), `BACKWARDS_BENCH_IDLE_SECONDS` (10).

mod support;

#[path = "../examples/bare.rs"]
mod bare;

use std::path::Path;
use std::time::Duration;

use portable_pty::CommandBuilder;
use support::pty::{InPty, TICKS_PER_SECOND, backwards_command, mib, run_batch};
use support::{from_env, show};

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

/// Starts the app, searches for one session by its title and a word only its content
/// holds (so the content index must be there), and returns the program, still running,
/// with the time from typing to the single match on screen.
fn search(root: &Path, sessions: usize) -> (InPty, Duration) {
    let mut program = InPty::spawn(backwards_command(root));
    program.wait_for(FIRST_FRAME, WAIT);
    let typed = std::time::Instant::now();
    program.type_keys(&format!("/session {} weekly", sessions - 1));
    let found = program.wait_for(&format!(" 1 of {sessions}"), WAIT);
    (program, found.saturating_duration_since(typed))
}

fn search_and_memory(root: &Path, sessions: usize) {
    let (_, first) = search(root, sessions);
    println!("first `/` search over content, first start, {sessions} sessions: {}  (goal ≤ 1 s)", show(first));
    let (program, later) = search(root, sessions);
    let floor = bare();
    println!("first `/` search over content, later start, {sessions} sessions: {}  (goal ≤ 0.2 s)", show(later));
    let (peak, bare_peak) = (program.peak_rss(), floor.peak_rss());
    println!(
        "peak RSS after a search, {sessions} sessions / bare ratatui: {} / {} = {:.1}×  (goal ≤ 50 MiB)",
        mib(peak),
        mib(bare_peak),
        peak as f64 / bare_peak as f64
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
    let many = tempfile::tempdir().expect("a temporary folder");
    support::realistic_folder(many.path(), sessions, 12);
    search_and_memory(many.path(), sessions);
    batch(many.path(), sessions);
    drop(many);
    let big = tempfile::tempdir().expect("a temporary folder");
    support::realistic_folder(big.path(), 1, items);
    idle_cpu(big.path(), items);
}
