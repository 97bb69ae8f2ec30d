//! Silent reading can be paused, extended and started again, and brought back once the
//! review has items.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use harness::{Harness, example};

fn footer(h: &mut Harness) -> String {
    let screen = h.screen();
    screen
        .lines()
        .rev()
        .find(|line| line.contains("Silent reading") || line.contains("Reading paused"))
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn silent_reading_pauses_goes_on_gets_five_minutes_more_and_starts_again() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter>3y");
    assert!(footer(&mut h).contains("20:00 left"), "{}", h.screen());
    h.wait(Duration::from_secs(60));
    assert!(footer(&mut h).contains("19:00 left"), "{}", footer(&mut h));
    h.keys("p");
    h.wait(Duration::from_secs(120));
    let paused = footer(&mut h);
    assert!(paused.contains("Reading paused · 19:00 left"), "the pause holds the time: {paused}");
    h.keys("p");
    h.wait(Duration::from_secs(30));
    assert!(footer(&mut h).contains("18:30 left"), "{}", footer(&mut h));
    h.keys("+");
    assert!(footer(&mut h).contains("23:30 left"), "{}", footer(&mut h));
    h.keys("r");
    assert!(footer(&mut h).contains("20:00 left"), "{}", footer(&mut h));
    h.wait(Duration::from_secs(21 * 60));
    assert!(footer(&mut h).contains("time is up"), "{}", footer(&mut h));
    h.keys("+");
    assert!(footer(&mut h).contains("5:00 left"), "five more minutes after the end: {}", footer(&mut h));
}

#[test]
fn silent_reading_comes_back_once_the_review_has_items() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kjh")]);
    h.keys("<Enter>3");
    assert!(!h.screen().contains("Silent reading"), "a review with items is not offered it");
    h.keys("S");
    assert!(footer(&mut h).contains("20:00 left"), "{}", h.screen());
    h.keys("<Esc>");
    assert!(h.screen().contains("Review: 10 items"), "{}", h.screen());
}

/// The loop draws a frame only when `clock_face` changes: the last second of the reading
/// and the end of it must differ, or "0:00 left" stays on the projector.
#[test]
fn the_end_of_the_reading_is_a_change_of_the_clock_face_so_the_frame_says_time_is_up() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter>3y");
    h.wait(Duration::from_millis(20 * 60 * 1000 - 500));
    assert!(footer(&mut h).contains("Silent reading · 0:00 left"), "{}", footer(&mut h));
    let last_second = backwards::ui::clock_face(&h.runner.app).expect("a session is open").reading;
    h.wait(Duration::from_secs(1));
    assert!(footer(&mut h).contains("time is up"), "{}", footer(&mut h));
    let ended = backwards::ui::clock_face(&h.runner.app).expect("a session is open").reading;
    assert_ne!(ended, last_second, "the frame that says the time is up is drawn");
}
