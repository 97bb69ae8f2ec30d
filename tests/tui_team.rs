//! The team's screens driven by keys: the decisions log from `D` to a decision in its
//! session, and merge conflicts resolved; with snapshots of both at 80×24.

#[path = "support/harness.rs"]
mod harness;

use backwards::app::Field;
use backwards::domain::Stage;
use harness::{Harness, example};

/// Snapshots the screen with the temporary folder's random name made stable.
fn assert_screen(name: &str, screen: String) {
    insta::with_settings!({ filters => vec![(r"/tmp/\.tmp[A-Za-z0-9]{0,6}", "<tmp>")] }, {
        insta::assert_snapshot!(name, screen);
    });
}

/// The clinic example as a pull with two overlapping edits would leave it.
fn with_conflicts(width: u16, height: u16) -> Harness {
    let clinic = example("01kjh8");
    let h = Harness::with_sessions(width, height, &[&clinic]);
    let file = h.paths.sessions.join(clinic.file_name().unwrap());
    let mut value: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let problem = value["press_release"]["problem"].as_str().unwrap().to_owned();
    let theirs = problem.replace("sick children wait together in one room", "families crowd the waiting room");
    value["conflicts"] = serde_json::json!([
        {"field": "press_release.problem", "base": problem.replace("2 hours 10", "two hours"), "ours": problem, "theirs": theirs},
        {"field": "faq.external[q1].answer", "base": "No.", "ours": "No. The clinic pays for the texts: about 4p per family per visit.", "theirs": "No: the clinic pays."},
    ]);
    std::fs::write(&file, serde_json::to_vec_pretty(&value).unwrap()).unwrap();
    let mut h = h;
    h.relist();
    h
}

fn saved_conflicts(h: &Harness) -> usize {
    h.saved()[0].get("conflicts").and_then(|c| c.as_array()).map_or(0, Vec::len)
}

#[test]
fn d_then_words_then_enter_lands_on_the_decision_in_its_review() {
    let mut h = Harness::with_examples(80, 24);
    h.keys("D");
    let log = h.screen();
    assert!(log.contains("Decisions · 8 of 8"), "{log}");
    assert!(log.lines().nth(2).is_some_and(|row| row.contains("OVERDUE")), "overdue first:\n{log}");
    h.keys("/@priya stop<Enter>");
    let narrowed = h.screen();
    assert!(narrowed.contains("Decisions · 1 of 8"), "{narrowed}");
    h.keys("<Enter>");
    let view = h.runner.app.session().expect("the decision's session is open");
    assert_eq!(view.stage, Stage::Review);
    let Some(Field::ReviewItem(index)) = view.focused_field() else { panic!("a review item is focused") };
    assert_eq!(view.session.review.items[index].id, "r9");
    assert!(h.screen().contains("▶ ◆ decision · revise"), "{}", h.screen());

    // Esc leads back to the log as it was left, not to the list.
    h.keys("<Esc>");
    let back = h.screen();
    assert!(h.runner.app.session().is_none(), "the session is closed");
    assert!(back.contains("Decisions · 1 of 8") && back.contains("Say in the FAQ when"), "{back}");
    h.keys("<Esc>");
    assert!(!h.screen().contains("Decisions ·"), "Esc on the log closes it:\n{}", h.screen());
}

#[test]
fn o_shows_the_overdue_only_and_the_review_marks_them() {
    let mut h = Harness::with_examples(100, 30);
    h.keys("Do");
    let log = h.screen();
    assert!(log.contains("Decisions · 1 of 8") && log.contains("overdue only"), "{log}");
    assert!(log.contains("Rewrite the experience"), "r5, due 2026-02-23 and not addressed:\n{log}");
    h.keys("<Enter>");
    assert!(h.screen().contains("due 2026-02-23 ⚠ overdue"), "{}", h.screen());
}

#[test]
fn the_decisions_log_at_80x24() {
    let mut h = Harness::with_examples(80, 24);
    h.keys("D<Down>");
    assert_screen("decisions_log_80x24", h.screen());
}

#[test]
fn the_conflicts_at_80x24() {
    let mut h = with_conflicts(80, 24);
    h.keys("<Enter>");
    assert_screen("conflicts_80x24", h.screen());
}

#[test]
fn conflicts_resolved_by_keys_are_saved_and_esc_leaves_them_for_later() {
    let mut h = with_conflicts(100, 30);
    h.keys("<Enter><Esc>");
    assert!(h.screen().contains("C resolve merge conflicts"), "the footer offers them again:\n{}", h.screen());
    h.keys("C<Tab>b<wait>");
    assert_eq!(saved_conflicts(&h), 1, "keeping both resolved the FAQ answer");
    let answer = h.saved()[0]["faq"]["external"][0]["answer"].as_str().unwrap().to_owned();
    assert!(answer.ends_with("per visit.\n\nNo: the clinic pays."), "{answer}");
    h.keys("e");
    assert!(h.screen().contains("EDITING"), "{}", h.screen());
    h.keys("<Esc><wait>");
    assert_eq!(saved_conflicts(&h), 0);
    assert!(!h.screen().contains("merge conflict"), "{}", h.screen());
}

#[test]
fn the_log_at_the_smallest_terminal_shows_whole_due_dates_and_the_decisions_words() {
    let mut h = Harness::with_examples(40, 12);
    h.keys("D");
    let log = h.screen();
    let first = log.lines().nth(2).unwrap_or_default();
    assert!(first.contains("2026-02-23") && first.contains("Rewrite"), "{log}");
}
