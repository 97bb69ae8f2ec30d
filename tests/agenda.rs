//! The agenda: the stages with their timeboxes and time spent, a timebox typed as a
//! number, and the whole workshop's plan against the time used.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use harness::{Harness, example};

#[test]
fn a_timebox_is_typed_as_a_number_in_a_few_keys_and_saved() {
    let mut h = Harness::with_sessions(80, 24, &[&example("01kr2b")]);
    h.keys("<Enter>2M");
    let screen = h.screen();
    assert!(screen.contains("Agenda") && screen.contains("▶ Press release"), "{screen}");
    assert!(screen.contains("The whole workshop"), "{screen}");
    h.keys("5<Enter><Esc><C-s>");
    assert_eq!(h.saved()[0]["timeboxes"]["minutes"]["press_release"], 5);
    h.keys("M<Up>45<Enter>");
    assert!(h.screen().contains("45 min"), "{}", h.screen());
    h.keys("<Esc><C-s>");
    assert_eq!(h.saved()[0]["timeboxes"]["minutes"]["customer"], 45);
}

#[test]
fn the_agenda_adds_up_the_plan_and_the_time_spent_with_the_running_timer() {
    let mut h = Harness::with_sessions(80, 24, &[&example("01kr2b")]);
    h.keys("<Enter>1");
    let saved = &h.saved()[0]["timeboxes"];
    let spent: u64 = ["customer", "press_release", "review", "iteration"]
        .iter()
        .map(|stage| saved["spent_seconds"][stage].as_u64().unwrap_or(0))
        .sum();
    h.keys(" ");
    h.wait(Duration::from_secs(90));
    h.keys("M");
    let screen = h.screen();
    let total = spent + 90;
    assert!(screen.contains(&format!("{}:{:02}", total / 60, total % 60)), "spent {total} s:\n{screen}");
    h.keys("x");
    assert!(h.screen().contains("type digits"), "{}", h.screen());
    h.keys("0<Enter>");
    assert!(h.screen().contains("1 to 600 minutes"), "{}", h.screen());
}

#[test]
fn at_the_smallest_terminal_each_stage_keeps_its_timebox_and_time_on_its_own_row() {
    let mut h = Harness::with_sessions(40, 12, &[&example("01kr2b")]);
    h.keys("<Enter>M");
    let screen = h.screen();
    for stage in ["Customer", "Press", "Review", "Iteration"] {
        let row = screen.lines().find(|line| line.contains(stage)).unwrap_or_default();
        assert!(row.contains("min") && row.contains(':'), "{stage} on one row:\n{screen}");
    }
}
