//! `backwards present REF`, the projector's window, as the real binary in a second
//! pseudo-terminal beside the facilitator's: it follows the stage, the timer and the
//! text being typed within half a second, waits when no facilitator's window is open or
//! the one that was has crashed, and never writes the session.

#[path = "support/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Folders, Terminal};

const CTRL_Q: &str = "\x11";
const ID: &str = "01kr2b6n9p3q5s7t9v1w3x5y7z";
const TITLE: &str = "Honesty box: card payments at farm stands without signal";
const WAITING: &str = "waiting for the facilitator's window";
const FOLLOWING: &str = "following the facilitator's window";

/// How far behind the facilitator's window the projector may be.
const FOLLOWS_WITHIN: Duration = Duration::from_millis(500);

fn with_example() -> (Folders, std::path::PathBuf) {
    let folders = Folders::new();
    let file = folders.sessions().join(format!("{ID}.json"));
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/sessions/01kr2b6n9p3q5s7t9v1w3x5y7z.json");
    std::fs::copy(example, &file).expect("copy the example");
    (folders, file)
}

/// Waits for the facilitator's window to show `facilitator_sees`, then measures how long
/// the projector takes to show a whole frame meeting `room_sees`.
fn projector_follows(
    facilitator: &Terminal,
    facilitator_sees: &str,
    projector: &Terminal,
    what: &str,
    room_sees: impl Fn(&str) -> bool,
) -> Duration {
    facilitator.wait_for(facilitator_sees);
    let shown = Instant::now();
    projector.wait_for_stable_frame(what, room_sees);
    shown.elapsed()
}

/// The stage's clock as the projector's footer shows it while it runs.
fn clock_running(screen: &str) -> bool {
    screen.lines().any(|line| line.contains("▶ 30:00 left") || line.contains("▶ 29:"))
}

#[test]
fn the_projector_follows_the_stage_and_the_timer_and_leaves_the_file_as_it_was() {
    let (folders, file) = with_example();
    let mut projector = Terminal::start(&folders, &["present", ID], (160, 40));
    projector.wait_for_stable_frame("the saved stage, waiting", |screen| {
        screen.contains(&format!("{TITLE}: the customer")) && screen.contains(WAITING)
    });

    let mut facilitator = Terminal::start(&folders, &["open", ID], (120, 30));
    facilitator.wait_for(&format!("Backwards · {TITLE}"));
    projector.wait_for_stable_frame("the facilitator's window followed", |screen| screen.contains(FOLLOWING));

    facilitator.send("2");
    let took = projector_follows(&facilitator, "Press release: ", &projector, "the press release", |screen| {
        screen.contains(&format!("{TITLE} · Press release")) && !screen.contains(": the customer")
    });
    assert!(took < FOLLOWS_WITHIN, "the stage reached the projector after {took:?}");

    facilitator.send(" ");
    let took = projector_follows(&facilitator, "timer running", &projector, "the running clock", clock_running);
    assert!(took < FOLLOWS_WITHIN, "the timer reached the projector after {took:?}");

    facilitator.send(CTRL_Q);
    assert_eq!(facilitator.wait_exit(), 0);
    projector.wait_for_stable_frame("waiting again once the facilitator's window closed", |screen| {
        screen.contains(WAITING) && !clock_running(screen)
    });

    let before = std::fs::read(&file).expect("the session file");
    projector.send("q");
    assert_eq!(projector.wait_exit(), 0);
    projector.wait_restored();
    assert_eq!(std::fs::read(&file).expect("the session file"), before, "the projector wrote the session");
}

#[test]
fn esc_and_ctrl_c_end_the_projector_without_touching_the_session() {
    let (folders, file) = with_example();
    let before = std::fs::read(&file).expect("the session file");
    for key in ["\x1b", "\x03"] {
        let mut projector = Terminal::start(&folders, &["present", &ID[..8]], (100, 30));
        projector.wait_for(WAITING);
        projector.send(key);
        assert_eq!(projector.wait_exit(), 0);
        projector.wait_restored();
    }
    assert_eq!(std::fs::read(&file).expect("the session file"), before);
    assert!(!folders.root.path().join("state/present").join(format!("{ID}.json")).exists());
}

#[test]
fn a_reference_that_matches_nothing_is_said_on_the_command_line_as_open_says_it() {
    let (folders, _) = with_example();
    let mut projector = Terminal::start(&folders, &["present", "nothing-like-this"], (100, 30));
    assert_eq!(projector.wait_exit(), 1);
    projector.wait_for("no session matches");
}

#[test]
fn what_the_facilitator_types_reaches_the_projector_before_it_is_saved() {
    let (folders, file) = with_example();
    let mut projector = Terminal::start(&folders, &["present", ID], (160, 40));
    projector.wait_for(WAITING);
    let mut facilitator = Terminal::start(&folders, &["open", ID], (120, 30));
    facilitator.wait_for(&format!("Backwards · {TITLE}"));
    projector.wait_for_stable_frame("the facilitator's window followed", |screen| screen.contains(FOLLOWING));

    // The first customer answer, typed into at its end.
    facilitator.send("\r");
    facilitator.wait_for(" EDITING ");
    facilitator.type_text(" Seen live");
    let took = projector_follows(&facilitator, "Seen live", &projector, "the letters typed", |screen| {
        screen.contains("Seen live")
    });
    // Autosave waits a second after the last letter: sooner than that, the record carried it.
    assert!(took < FOLLOWS_WITHIN, "the letters reached the projector after {took:?}");

    facilitator.send(CTRL_Q);
    assert_eq!(facilitator.wait_exit(), 0);
    projector.wait_for_stable_frame("the saved text once the window closed", |screen| {
        screen.contains(WAITING) && screen.contains("Seen live")
    });
    assert!(std::fs::read_to_string(&file).expect("the session file").contains("Seen live"));
    projector.send("q");
    assert_eq!(projector.wait_exit(), 0);
}

#[test]
fn a_facilitators_window_that_crashed_is_not_followed() {
    let (folders, _) = with_example();
    let mut facilitator = Terminal::start(&folders, &["open", ID], (120, 30));
    facilitator.wait_for(&format!("Backwards · {TITLE}"));
    facilitator.send("2");
    facilitator.wait_for("Press release: ");
    let projector = Terminal::start(&folders, &["present", ID], (160, 40));
    projector.wait_for_stable_frame("the facilitator's stage", |screen| {
        screen.contains(FOLLOWING) && screen.contains(&format!("{TITLE} · Press release"))
    });

    facilitator.kill_hard();
    let record = folders.root.path().join("state/present").join(format!("{ID}.json"));
    assert!(record.exists(), "a window that crashed leaves its record behind");
    projector.wait_for_stable_frame("waiting, at the saved stage", |screen| {
        screen.contains(WAITING) && screen.contains(&format!("{TITLE}: the customer"))
    });
}

#[test]
fn the_projector_draws_again_when_its_window_is_resized() {
    let (folders, _) = with_example();
    let mut projector = Terminal::start(&folders, &["present", ID], (100, 30));
    projector.wait_for_stable_frame("the first frame", |screen| screen.contains(WAITING));
    projector.resize((160, 40));
    // Nothing else changed; a frame laid out for 160 columns reaches past the 100th.
    projector.wait_for_stable_frame("the frame at the new width", |screen| {
        screen.lines().any(|line| line.trim_end().chars().count() > 100)
    });
    projector.send("q");
    assert_eq!(projector.wait_exit(), 0);
}
