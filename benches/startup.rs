//! Startup to the first frame with 1,000 sessions in the folder, against a bare ratatui
//! program that draws one frame (`examples/bare.rs`), both run in a pseudo-terminal and
//! timed from spawn until their first screen is on the terminal.
//!
//! The ratio is printed first (see `support`), then criterion's group.
//!
//! Run: `cargo bench --bench startup`

mod support;

use std::path::Path;
use std::time::{Duration, Instant};

use backwards::domain::{PrincipleSet, Section, Session};
use backwards::store;
use backwards::tui::Runner;
use criterion::Criterion;
use portable_pty::CommandBuilder;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::floor::{BARE_FRAME, acted_as_bare, bare_command, full_screen_bare_command};
use support::pty::{InPty, backwards_command};

/// Spawns `command` in a pseudo-terminal and returns the time until `marker` is on its
/// screen.
fn time_to_screen(command: CommandBuilder, marker: &str) -> Duration {
    let program = InPty::spawn(command);
    program.wait_for(marker, Duration::from_secs(30)) - program.started
}

fn folder_of_sessions(root: &Path, count: usize) {
    let sessions = root.join("sessions");
    std::fs::create_dir_all(&sessions).expect("sessions folder");
    let mut session = Session::new(String::new(), String::new(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    for section in Section::ALL {
        *session.press_release.section_mut(section) =
            "Parents read with their children for ten minutes a night. ".repeat(8);
    }
    for n in 0..count {
        session.id = format!("01startup{n:017}");
        session.title = format!("Session {n}");
        std::fs::write(sessions.join(format!("{}.json", session.id)), store::to_bytes(&session).expect("serialise"))
            .expect("write");
    }
}

/// Where the time above the bare program goes: the app's own work before its first frame,
/// timed in this process (each round on a new thread, so that ratatui's layout cache is as
/// empty as in a new process), and the binary's start alone (`--version` to the screen).
fn phases(root: &Path) {
    let now = support::fixed_now();
    let (mut opening, mut drawing) = (Vec::new(), Vec::new());
    for _ in 0..support::rounds() {
        let (opened, drawn) = std::thread::scope(|scope| {
            scope
                .spawn(|| {
                    let started = Instant::now();
                    let runner = Runner::new(support::paths_under(root), false, None, root.to_path_buf(), &now);
                    let opened = started.elapsed();
                    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
                    let drawn = support::timed(|| {
                        terminal.draw(|frame| backwards::ui::render(frame, &runner.app)).expect("draw");
                    });
                    (opened, drawn)
                })
                .join()
                .expect("the timed start")
        });
        opening.push(opened);
        drawing.push(drawn);
    }
    let version: Vec<Duration> = (0..support::rounds())
        .map(|_| {
            let mut command = backwards_command(root);
            command.arg("--version");
            time_to_screen(command, "backwards ")
        })
        .collect();
    println!(
        "of which, in the process: the runner made (config, positions, list cache read and decoded) {}, first frame drawn {}; the binary's start alone (--version to the screen) {}",
        support::show(support::median(opening)),
        support::show(support::median(drawing)),
        support::show(support::median(version))
    );
}

fn startup(c: &mut Criterion) {
    let root = tempfile::tempdir().expect("a temporary folder");
    let sessions = support::from_env("BACKWARDS_BENCH_STARTUP_SESSIONS", 1000);
    folder_of_sessions(root.path(), sessions);
    time_to_screen(backwards_command(root.path()), "sessions in");
    support::ratio(
        &format!("startup to first frame, warm list cache / bare ratatui, {sessions} sessions"),
        "≤ 1.5×",
        || time_to_screen(backwards_command(root.path()), "sessions in"),
        || time_to_screen(bare_command(), BARE_FRAME),
    );
    support::ratio(
        &format!("startup to first frame, warm list cache / bare ratatui drawing a full screen, {sessions} sessions"),
        "none (the floor with as much to draw)",
        || time_to_screen(backwards_command(root.path()), "sessions in"),
        || time_to_screen(full_screen_bare_command(), BARE_FRAME),
    );
    phases(root.path());
    let mut group = c.benchmark_group("startup to first frame, 1,000 sessions");
    group.sample_size(20);
    group.bench_function("bare ratatui program", |b| {
        b.iter_custom(|iterations| (0..iterations).map(|_| time_to_screen(bare_command(), BARE_FRAME)).sum())
    });
    group.bench_function("backwards, warm list cache", |b| {
        b.iter_custom(|iterations| {
            (0..iterations).map(|_| time_to_screen(backwards_command(root.path()), "sessions in")).sum()
        })
    });
    group.bench_function("backwards, no list cache", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| {
                    let _ = std::fs::remove_dir_all(root.path().join("state"));
                    time_to_screen(backwards_command(root.path()), "sessions in")
                })
                .sum()
        })
    });
    group.finish();
}

fn main() {
    if acted_as_bare() {
        return;
    }
    let mut criterion = Criterion::default().configure_from_args();
    startup(&mut criterion);
    criterion.final_summary();
}
