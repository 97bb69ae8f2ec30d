//! The stage timers, driven by the harness's clock: no test sleeps.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use harness::Harness;

fn minutes(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

#[test]
fn space_starts_the_countdown_which_warns_near_the_end_and_then_counts_over() {
    let mut h = Harness::new(100, 30);
    h.keys("nKids reader<Enter>");
    assert!(h.screen().contains("⏱ 20:00 · Space starts"), "{}", h.screen());
    h.keys(" ");
    h.wait(minutes(5));
    assert!(h.screen().contains("▶ 15:00 left"), "{}", h.screen());
    h.wait(Duration::from_secs(13 * 60 + 30));
    assert!(h.screen().contains("▶ 1:30 left"), "{}", h.screen());
    h.wait(minutes(2));
    assert!(h.screen().contains("▶ over by 0:30"), "{}", h.screen());
    h.keys("+");
    assert!(h.screen().contains("▶ 0:30 left"), "a minute more: {}", h.screen());
}

#[test]
fn time_spent_is_saved_per_stage_and_a_pause_stops_the_count() {
    let mut h = Harness::new(100, 30);
    h.keys("nKids reader<Enter> ");
    h.wait(minutes(3));
    h.keys(" ");
    h.wait(minutes(10));
    assert!(h.screen().contains("⏸ 17:00 left"), "{}", h.screen());
    h.keys("2 ");
    h.wait(Duration::from_secs(90));
    h.keys("3<C-s>");
    let spent = &h.saved()[0]["timeboxes"]["spent_seconds"];
    assert_eq!(spent["customer"], 180);
    assert_eq!(spent["press_release"], 90, "changing stage stops the timer");
    assert!(h.screen().contains("⏱ 40:00 · Space starts"), "{}", h.screen());
}

#[test]
fn a_running_timer_is_saved_as_it_goes_so_a_restart_keeps_it() {
    let mut h = Harness::new(100, 30);
    h.keys("nKids reader<Enter> ");
    for _ in 0..8 {
        h.wait(Duration::from_secs(5));
    }
    let spent = h.saved()[0]["timeboxes"]["spent_seconds"]["customer"].as_u64().unwrap();
    assert!((30..=40).contains(&spent), "saved while running, at most 15 s behind: {spent}");
}

#[test]
fn the_timebox_can_be_made_shorter_but_not_empty() {
    let mut h = Harness::new(100, 30);
    h.keys("nKids reader<Enter>");
    for _ in 0..25 {
        h.keys("-");
    }
    h.keys("<C-s>");
    assert_eq!(h.saved()[0]["timeboxes"]["minutes"]["customer"], 1);
}
