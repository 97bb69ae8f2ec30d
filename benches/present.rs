//! `backwards present`, the projector's window, measured from outside on the real binary
//! beside a facilitator's window (`backwards open`) on the same session: the projector's
//! CPU while the room is idle, beside the bare ratatui program of `examples/bare.rs` over
//! the same seconds, first with the stage's clock paused and then running; and how long a
//! letter typed in the facilitator's window takes to reach the projector's screen.
//!
//! Run: `cargo bench --bench present`. `BACKWARDS_BENCH_IDLE_SECONDS` (10) sets the idle
//! time, `BACKWARDS_BENCH_LETTERS` (24) how many letters are timed.

mod support;

use std::time::{Duration, Instant};

use backwards::domain::PrincipleSet;
use backwards::store;
use support::floor::{acted_as_bare, bare};
use support::pty::{InPty, backwards_command};
use support::{from_env, median, run_by_cargo_bench, show};

const WAIT: Duration = Duration::from_secs(30);
const TITLE: &str = "Projected room";
/// Typed into the first customer answer, one letter at a time: no space, so that each
/// letter makes a line the projector did not show before.
const TYPED: &str = "Kids-read-on-their-own-at-seven-each-night";

fn window(root: &std::path::Path, args: &[&str]) -> InPty {
    let mut command = backwards_command(root);
    command.args(args);
    InPty::spawn(command)
}

/// The projector's CPU time and the bare program's over the same idle seconds.
fn idle_cpu(projector: &InPty, what: &str) {
    let seconds = from_env("BACKWARDS_BENCH_IDLE_SECONDS", 10) as u64;
    let floor = bare(WAIT);
    std::thread::sleep(Duration::from_secs(1));
    let (before, bare_before) = (projector.cpu_time(), floor.cpu_time());
    std::thread::sleep(Duration::from_secs(seconds));
    let (used, bare_used) = (projector.cpu_time() - before, floor.cpu_time() - bare_before);
    println!("present idle, {what} / bare ratatui: {} / {} CPU in {seconds} s", show(used), show(bare_used));
}

/// Each letter typed in the facilitator's editor, timed until the projector shows the
/// answer with it. The letters come at uneven gaps (0–190 ms), as a person types.
fn typing_latency(facilitator: &mut InPty, projector: &InPty) {
    let letters = from_env("BACKWARDS_BENCH_LETTERS", 24).clamp(1, TYPED.len());
    facilitator.type_keys("\r");
    facilitator.wait_for(" EDITING ", WAIT);
    let mut delays = Vec::new();
    for (n, letter) in TYPED.chars().take(letters).enumerate() {
        std::thread::sleep(Duration::from_millis((n as u64 * 53) % 200));
        let shown = &TYPED[..=n];
        let typed = Instant::now();
        facilitator.type_keys(&letter.to_string());
        let seen = projector.wait_until(&format!("the answer {shown:?}"), WAIT, |screen| {
            screen.lines().any(|line| line.trim() == shown)
        });
        delays.push(seen.saturating_duration_since(typed));
    }
    let (fastest, slowest) = (delays.iter().min().copied(), delays.iter().max().copied());
    println!(
        "a letter typed in the facilitator's window to the projector's screen, {letters} letters: \
         median {}, fastest {}, slowest {}",
        show(median(delays)),
        show(fastest.unwrap_or_default()),
        show(slowest.unwrap_or_default())
    );
}

/// Whether the stage's clock is on the screen, running (▶) or paused (⏸).
fn clock_shows(screen: &str, symbol: &str) -> bool {
    screen.lines().any(|line| line.contains(&format!("{symbol} ")) && line.contains(" left"))
}

fn main() {
    if acted_as_bare() || !run_by_cargo_bench() {
        return;
    }
    let root = tempfile::tempdir().expect("a temporary folder");
    let paths = support::paths_under(root.path());
    let loaded = store::create(&paths, TITLE, PrincipleSet::default(), false).expect("a session");
    let id = loaded.session.id;
    let projector = window(root.path(), &["present", &id]);
    projector.wait_for(&format!("{TITLE}: the customer"), WAIT);
    let mut facilitator = window(root.path(), &["open", &id]);
    facilitator.wait_for(&format!("Backwards · {TITLE}"), WAIT);
    projector.wait_for("following the facilitator's window", WAIT);
    idle_cpu(&projector, "the stage's clock paused");
    facilitator.type_keys(" ");
    projector.wait_until("the clock running", WAIT, |screen| clock_shows(screen, "▶"));
    idle_cpu(&projector, "the stage's clock running");
    facilitator.type_keys(" ");
    projector.wait_until("the clock paused", WAIT, |screen| clock_shows(screen, "⏸"));
    typing_latency(&mut facilitator, &projector);
}
