//! Startup to the first frame with 1,000 sessions in the folder, against a bare ratatui
//! program that draws one frame (`examples/bare.rs`), both run in a pseudo-terminal and
//! timed from spawn until their first screen is on the terminal.
//!
//! Run: `cargo bench --bench startup`

use std::io::Read;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use backwards::domain::{PrincipleSet, Section, Session};
use backwards::store;
use criterion::Criterion;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

#[path = "../examples/bare.rs"]
mod bare;

/// Set in the environment of a child that should act as the bare program.
const ACT_AS_BARE: &str = "BACKWARDS_BENCH_ACT_AS_BARE";

/// Spawns `command` in a 120×40 pseudo-terminal and returns the time until `marker`
/// is on its screen.
fn time_to_screen(mut command: CommandBuilder, marker: &str) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 })
        .expect("a pseudo-terminal");
    command.env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(command).expect("spawn");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let (found_tx, found_rx) = mpsc::channel();
    let marker = marker.to_owned();
    std::thread::spawn(move || {
        let mut parser = vt100::Parser::new(40.try_into().expect("rows"), 120.try_into().expect("cols"), 0);
        let mut buffer = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 {
                break;
            }
            parser.process(&buffer[..n]);
            if parser.screen().contents().contains(&marker) {
                let _ = found_tx.send(Instant::now());
                break;
            }
        }
    });
    let found = found_rx.recv_timeout(Duration::from_secs(30)).expect("the first frame within 30 s");
    let _ = child.kill();
    let _ = child.wait();
    found - start
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

fn backwards_command(root: &Path) -> CommandBuilder {
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_backwards"));
    command.env("BACKWARDS_DIR", root.join("sessions"));
    command.env("BACKWARDS_STATE_DIR", root.join("state"));
    command.env("BACKWARDS_CONFIG_DIR", root.join("config"));
    command.cwd(root);
    command
}

fn startup(c: &mut Criterion) {
    let root = tempfile::tempdir().expect("a temporary folder");
    folder_of_sessions(root.path(), 1000);
    let this_program = std::env::current_exe().expect("the bench's own path");
    let mut group = c.benchmark_group("startup to first frame, 1,000 sessions");
    group.sample_size(20);
    group.bench_function("bare ratatui program", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| {
                    let mut command = CommandBuilder::new(&this_program);
                    command.env(ACT_AS_BARE, "1");
                    time_to_screen(command, "bare ratatui frame")
                })
                .sum()
        })
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
    if std::env::var_os(ACT_AS_BARE).is_some() {
        if let Err(error) = bare::main() {
            eprintln!("bare: {error}");
        }
        return;
    }
    let mut criterion = Criterion::default().configure_from_args();
    startup(&mut criterion);
    criterion.final_summary();
}
