//! Issue 17's whole-process figures, measured on the real binary from outside: the first
//! `/` search over content and the peak memory after it with 10,000 sessions, CPU while
//! idle on the Review stage of a session with 20,000 items, and the time, cores and
//! memory of `export --all` and `validate`. Each is printed beside its floor, measured in
//! the same run (the bare ratatui program of `examples/bare.rs`, or the same files merely
//! read and copied on every core).
//!
//! Run: `cargo bench --bench process`; `-- search`, `-- batch` or `-- idle` runs one part.
//! Sizes: `BACKWARDS_BENCH_SESSIONS` (10000), `BACKWARDS_BENCH_REVIEW_ITEMS` (20000),
//! `BACKWARDS_BENCH_IDLE_SECONDS` (10); the search part starts each binary
//! `BACKWARDS_BENCH_SEARCH_ROUNDS` (3) times (a first start, then a later one), the batch
//! part runs `BACKWARDS_BENCH_BATCH_ROUNDS` (3) rounds.
//!
//! `BACKWARDS_BENCH_BASELINE=/path/to/backwards` (or `BACKWARDS_BENCH_BASE_BIN`) measures
//! that binary too, in the same run, taking turns with this build so that both meet the
//! same load: one built from main in a worktree of its own with `cargo build --release`.

mod support;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use support::floor::{acted_as_bare, bare};
use support::pty::{BatchRun, InPty, TICKS_PER_SECOND, backwards_command, command_of, cpu_ticks, mib, run_batch};
use support::{from_env, median, run_by_cargo_bench, show, timed};

const FIRST_FRAME: &str = "sessions in";
const WAIT: Duration = Duration::from_secs(120);

/// A binary measured: this build, or the one to compare it with.
struct Subject {
    name: &'static str,
    binary: PathBuf,
}

/// This build, and the binary named by `BACKWARDS_BENCH_BASELINE` (or by
/// `BACKWARDS_BENCH_BASE_BIN`, as the batch part first called it), if any.
fn subjects() -> Vec<Subject> {
    let mut subjects = vec![Subject { name: "this build", binary: PathBuf::from(env!("CARGO_BIN_EXE_backwards")) }];
    let base = std::env::var_os("BACKWARDS_BENCH_BASELINE").or_else(|| std::env::var_os("BACKWARDS_BENCH_BASE_BIN"));
    if let Some(base) = base {
        subjects.push(Subject { name: "base", binary: PathBuf::from(base) });
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
    let bare_peak = bare(WAIT).peak_rss();
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
    let floor = bare(WAIT);
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

/// `export --all` and `validate` on the folder, each by this build and (see
/// [`subjects`]) an older binary, and each beside its floor: the same
/// files read (and, for the export, written and synced) on every core with nothing
/// parsed or rendered. Subjects and floor take turns, round after round. On a shared
/// machine the cores a command keeps busy depend on the others' work, so each round also
/// measures how many cores a program that only computes gets ([`cores_free`]).
///
/// Every export writes into a new folder, and all are removed only at the end: ext4
/// skips inodes deleted in the last minutes when it makes a file, reading the inode
/// table under the folder's lock to find them, which made a run after a removal of
/// 10,000 files spend most of its time in the kernel, one create at a time.
fn batch(root: &Path, sessions: usize) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let rounds = from_env("BACKWARDS_BENCH_BATCH_ROUNDS", 3).max(1);
    let subjects = subjects();
    let exports = root.join("exports");
    let mut made = 0;
    let mut new_output = || {
        made += 1;
        exports.join(made.to_string())
    };
    let folder = root.join("sessions");
    let env = |command: &mut std::process::Command| {
        command.env("BACKWARDS_DIR", &folder);
        command.env("BACKWARDS_STATE_DIR", root.join("state")).env("BACKWARDS_CONFIG_DIR", root.join("config"));
    };
    // The list's cache is made once beforehand, as a folder in use has it: otherwise the
    // first subject's first round alone would pay for it.
    let mut list = std::process::Command::new(env!("CARGO_BIN_EXE_backwards"));
    env(&mut list);
    run_batch(list.arg("list"));
    for what in ["export --all", "validate"] {
        let exporting = what == "export --all";
        let mut measured: Vec<Vec<BatchRun>> = subjects.iter().map(|_| Vec::new()).collect();
        let mut floors = Vec::new();
        let mut free = Vec::new();
        for _ in 0..rounds {
            free.push(cores_free());
            for (subject, runs) in subjects.iter().zip(&mut measured) {
                let mut command = std::process::Command::new(&subject.binary);
                env(&mut command);
                if exporting {
                    command.args(["export", "--all", "--output"]).arg(new_output());
                } else {
                    command.args(["validate", "--quiet"]);
                }
                runs.push(run_batch(&mut command));
            }
            floors.push(if exporting { copy_floor(&folder, &new_output()) } else { read_floor(&folder) });
        }
        let floor = median(floors);
        free.sort_by(f64::total_cmp);
        let free = free[free.len() / 2];
        let (goal, floor_is) = if exporting {
            ("all cores, ≤ 30 MiB", "copy every file on every core, one sync")
        } else {
            ("all cores", "read every file on every core")
        };
        println!(
            "{what}, {sessions} sessions, median of {rounds}; floor ({floor_is}): {}; a program that only computes got {free:.2} of {cores} cores",
            show(floor)
        );
        for (subject, runs) in subjects.iter().zip(measured) {
            let wall = median(runs.iter().map(|run| run.wall).collect());
            let cpu = median(runs.iter().map(|run| run.cpu).collect());
            let peak = runs.iter().map(|run| run.peak_rss).max().unwrap_or(0);
            let busy = cpu.as_secs_f64() / wall.as_secs_f64();
            println!(
                "  {}: {} wall = {:.1}× floor, {} CPU = {busy:.2} of {cores} cores busy ({:.0} % of what was free); peak {}  (goal {goal})",
                subject.name,
                show(wall),
                wall.as_secs_f64() / floor.as_secs_f64().max(1e-9),
                show(cpu),
                100.0 * busy / free,
                mib(peak)
            );
        }
    }
    let _ = std::fs::remove_dir_all(&exports);
}

/// How many cores a program that only computes, on every core, gets for a second: what
/// the machine's other work leaves, and so the most a batch command could keep busy.
fn cores_free() -> f64 {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let before = cpu_ticks(std::process::id());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..cores {
            scope.spawn(|| {
                let mut count = 0u64;
                while started.elapsed() < Duration::from_secs(1) {
                    count = std::hint::black_box(count.wrapping_add(1));
                }
            });
        }
    });
    let ticks = cpu_ticks(std::process::id()) - before;
    ticks as f64 / TICKS_PER_SECOND as f64 / started.elapsed().as_secs_f64()
}

/// The session files of `folder`.
fn session_files(folder: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(folder).expect("the sessions folder").flatten();
    entries.map(|entry| entry.path()).filter(|path| path.extension().is_some_and(|e| e == "json")).collect()
}

/// Runs `work` on each file on every core, each thread taking the next file when done.
fn on_every_core(files: &[PathBuf], work: impl Fn(&Path) + Sync) {
    let next = AtomicUsize::new(0);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..cores {
            scope.spawn(|| {
                while let Some(file) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    work(file);
                }
            });
        }
    });
}

fn read_floor(folder: &Path) -> Duration {
    let files = session_files(folder);
    timed(|| on_every_core(&files, |file| drop(std::fs::read(file).expect("a session file"))))
}

fn copy_floor(folder: &Path, output: &Path) -> Duration {
    let files = session_files(folder);
    timed(|| {
        std::fs::create_dir_all(output).expect("the output folder");
        on_every_core(&files, |file| {
            let bytes = std::fs::read(file).expect("a session file");
            std::fs::write(output.join(file.file_name().expect("a file name")), bytes).expect("write a copy");
        });
        let synced = std::process::Command::new("sync").arg("-f").arg(output).status();
        assert!(synced.is_ok_and(|status| status.success()), "sync -f {}", output.display());
    })
}

fn main() {
    if acted_as_bare() || !run_by_cargo_bench() {
        return;
    }
    // `cargo bench --bench process -- batch` runs the parts whose name holds "batch".
    let filter = std::env::args().skip(1).find(|arg| !arg.starts_with('-'));
    let wanted = |part: &str| filter.as_deref().is_none_or(|filter| part.contains(filter));
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
