//! Issue 17's figures for one very large session (20,000 review items, about 6 MB):
//! moving to the Review stage, a key press handled and the frame drawn, against the same
//! in a session of ordinary size; and `validate` of that one file, the whole process,
//! against the same process printing its version (starting the program and nothing else).
//! Both are timed side by side in one run (see `support`).
//!
//! Run: `cargo bench --bench big_session` (`BACKWARDS_BENCH_REVIEW_ITEMS` for the size).

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use backwards::app::Now;
use backwards::tui::Runner;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::pty::run_batch;
use support::{file_ending, from_env, paths_under, ratio, realistic_folder, run_by_cargo_bench, timed};

/// A runner on the list of a folder holding one session, opened on its first stage.
fn opened(root: &Path, now: &Now) -> Runner {
    let paths = paths_under(root);
    let mut runner = Runner::new(paths, true, None, root.to_path_buf(), now);
    runner.handle_event(key(KeyCode::Enter), now);
    runner.handle_event(key(KeyCode::Char('1')), now);
    runner
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Moves to the Review stage and draws; then back to the first stage, untimed.
fn to_review(runner: &mut Runner, terminal: &mut Terminal<TestBackend>, now: &Now) -> Duration {
    let took = timed(|| {
        runner.handle_event(key(KeyCode::Char('3')), now);
        terminal.draw(|frame| backwards::ui::render(frame, &runner.app)).expect("draw");
    });
    runner.handle_event(key(KeyCode::Char('1')), now);
    terminal.draw(|frame| backwards::ui::render(frame, &runner.app)).expect("draw");
    took
}

fn run(args: &[&str], root: &Path) -> Duration {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_backwards"));
    command.args(args).env("BACKWARDS_DIR", root.join("sessions"));
    command.env("BACKWARDS_STATE_DIR", root.join("state")).env("BACKWARDS_CONFIG_DIR", root.join("config"));
    run_batch(&mut command).wall
}

fn session_file(root: &Path) -> PathBuf {
    file_ending(&root.join("sessions"), ".json").expect("the session's file")
}

fn main() {
    if !run_by_cargo_bench() {
        return;
    }
    let items = from_env("BACKWARDS_BENCH_REVIEW_ITEMS", 20_000);
    let (big, small) = (tempfile::tempdir().expect("a folder"), tempfile::tempdir().expect("a folder"));
    realistic_folder(big.path(), 1, items);
    realistic_folder(small.path(), 1, 12);
    let now = support::fixed_now();
    let (mut big_runner, mut small_runner) = (opened(big.path(), &now), opened(small.path(), &now));
    let mut big_terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let mut small_terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    ratio(
        &format!("move to the Review stage + frame, {items} items / 12 items"),
        "≤ 50 ms at 20,000 items",
        || to_review(&mut big_runner, &mut big_terminal, &now),
        || to_review(&mut small_runner, &mut small_terminal, &now),
    );
    let file = session_file(big.path());
    let file = file.to_str().expect("a UTF-8 path");
    let megabytes = std::fs::metadata(file).map_or(0.0, |metadata| metadata.len() as f64 / 1e6);
    ratio(
        &format!("validate one file of {items} items ({megabytes:.1} MB) / --version"),
        "≤ 0.2 s",
        || run(&["validate", "--quiet", file], big.path()),
        || run(&["--version"], big.path()),
    );
}
