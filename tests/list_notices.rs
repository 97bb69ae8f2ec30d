//! The list on screen notices files added, removed or changed by someone else within a
//! few seconds, without a key, and keeps the selected session selected.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use harness::{Harness, example};

#[test]
fn a_session_file_added_elsewhere_appears_in_the_list_without_a_key() {
    let mut h = Harness::with_sessions(80, 24, &[&example("01kpq")]);
    h.keys("<Down>");
    h.wait(Duration::from_secs(2));
    assert!(!h.screen().contains("Clinic Queue"));
    let added = example("01kjh");
    std::fs::copy(&added, h.paths.sessions.join(added.file_name().unwrap())).unwrap();
    h.wait(Duration::from_millis(500));
    assert!(!h.screen().contains("Clinic Queue"), "not read again more often than every 2 s");
    h.wait(Duration::from_secs(2));
    let screen = h.screen();
    assert!(screen.contains("Clinic Queue"), "{screen}");
    assert!(screen.contains("▶ Nudge"), "the selection stays on the session it was on:\n{screen}");
    std::fs::remove_file(h.paths.sessions.join(added.file_name().unwrap())).unwrap();
    h.wait(Duration::from_secs(2));
    assert!(!h.screen().contains("Clinic Queue"), "{}", h.screen());
}

#[test]
fn a_file_added_while_a_session_is_open_is_listed_on_return() {
    let mut h = Harness::with_sessions(80, 24, &[&example("01kpq")]);
    h.wait(Duration::from_secs(2));
    h.keys("<Enter>");
    let added = example("01kjh");
    std::fs::copy(&added, h.paths.sessions.join(added.file_name().unwrap())).unwrap();
    h.wait(Duration::from_secs(4));
    h.keys("<Esc>");
    assert!(h.screen().contains("Clinic Queue"), "{}", h.screen());
}
