//! `backwards decisions`: every decision across the folder, overdue and open first.

use std::process::Output;

use backwards::domain::{Iteration, Outcome, PrincipleSet, ReviewItem, ReviewKind, Session};
use backwards::store;

fn decision(id: &str, text: &str, outcome: Option<Outcome>, due: &str, owner: &str) -> ReviewItem {
    let mut item = ReviewItem::new(id.into(), ReviewKind::Decision, "2026-01-01T09:00:00Z".into());
    item.text = text.into();
    item.outcome = outcome;
    item.due = Some(due.into());
    item.owner = Some(owner.into());
    item
}

fn session(id: &str, title: &str) -> Session {
    Session::new(id.into(), title.into(), "2026-01-01T09:00:00Z".into(), PrincipleSet::amazon())
}

/// A folder whose `sessions` hold these sessions.
fn folder_with(sessions: &[&Session]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sessions");
    std::fs::create_dir_all(&folder).unwrap();
    for session in sessions {
        store::save(&folder.join(format!("{}.json", session.id)), session, None).unwrap();
    }
    dir
}

fn run(dir: &std::path::Path, args: &[&str]) -> Output {
    assert_cmd::Command::cargo_bin("backwards")
        .unwrap()
        .env("BACKWARDS_DIR", dir.join("sessions"))
        .env("BACKWARDS_STATE_DIR", dir.join("state"))
        .env("BACKWARDS_CONFIG_DIR", dir.join("config"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn overdue_and_open_decisions_come_first_and_filters_narrow_the_log() {
    let mut reader = session("01reader", "Kids reader");
    reader.review.items.push(decision("r1", "Ship the beta", Some(Outcome::Approved), "2020-01-01", "Ana"));
    reader.review.items.push(decision("r2", "Cut the price", None, "2020-02-01", "Bo"));
    reader.review.items[1].principles = vec!["frugality".into()];
    let mut pantry = session("01pantry", "Pantry");
    pantry.review.items.push(decision("r1", "Rewrite the FAQ", Some(Outcome::Revise), "2999-12-31", "Ana"));
    let dir = folder_with(&[&reader, &pantry]);

    let table = run(dir.path(), &["decisions"]);
    assert!(table.status.success());
    let table = String::from_utf8(table.stdout).unwrap();
    let order: Vec<&str> = ["Cut the price", "Rewrite the FAQ", "Ship the beta"].into_iter().collect();
    let positions: Vec<usize> = order.iter().map(|t| table.find(t).unwrap()).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{table}");
    assert!(table.lines().any(|l| l.starts_with("OVERDUE") && l.contains("Cut the price")), "{table}");

    let overdue = String::from_utf8(run(dir.path(), &["decisions", "--overdue", "--json"]).stdout).unwrap();
    let rows: serde_json::Value = serde_json::from_str(&overdue).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["session_title"], "Kids reader");
    assert_eq!(rows[0]["principles"][0], "Frugality");

    let ana =
        String::from_utf8(run(dir.path(), &["decisions", "--owner", "ana", "--outcome", "revise"]).stdout).unwrap();
    assert!(ana.contains("Rewrite the FAQ") && !ana.contains("Ship the beta"), "{ana}");
    let frugal = String::from_utf8(run(dir.path(), &["decisions", "--principle", "Frugality"]).stdout).unwrap();
    assert!(frugal.contains("Cut the price") && !frugal.contains("Rewrite"), "{frugal}");
}

#[test]
fn json_keeps_the_revise_outcome_of_an_addressed_decision_and_says_its_state_as_the_table_does() {
    let mut reader = session("01reader", "Kids reader");
    reader.review.items.push(decision("r1", "Rewrite the FAQ", Some(Outcome::Revise), "2020-01-01", "Ana"));
    reader.review.items.push(decision("r2", "Cut the price", Some(Outcome::Revise), "2020-01-01", "Bo"));
    reader.review.items.push(decision("r3", "Ship the beta", Some(Outcome::Approved), "2020-01-01", "Cy"));
    reader.iterations.push(Iteration {
        number: 2,
        created_at: "2026-01-02T09:00:00Z".into(),
        note: "FAQ rewritten".into(),
        addresses: vec!["r1".into()],
        customer: reader.customer.clone(),
        press_release: reader.press_release.clone(),
        faq: reader.faq.clone(),
        extra: Default::default(),
    });
    let dir = folder_with(&[&reader]);

    let table = String::from_utf8(run(dir.path(), &["decisions"]).stdout).unwrap();
    let line = |text: &str| table.lines().find(|l| l.contains(text)).unwrap().to_owned();
    assert!(line("Rewrite the FAQ").starts_with("addressed"), "{table}");

    let json = String::from_utf8(run(dir.path(), &["decisions", "--json"]).stdout).unwrap();
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = |text: &str| rows.as_array().unwrap().iter().find(|r| r["text"] == text).unwrap().clone();
    let addressed = row("Rewrite the FAQ");
    assert_eq!(addressed["outcome"], "revise", "the outcome scripts read is unchanged");
    assert_eq!(addressed["addressed_by"], 2);
    assert_eq!(addressed["state"], "addressed", "as the table's STATE column says");
    assert_eq!(row("Cut the price")["state"], "overdue");
    assert_eq!(row("Ship the beta")["state"], "settled");
    let mut keys: Vec<&str> = addressed.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut expected = [
        "session_id",
        "session_title",
        "item_id",
        "text",
        "owner",
        "due",
        "outcome",
        "principles",
        "addressed_by",
        "open",
        "overdue",
        "state",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected, "the keys scripts read keep their names; state is added");
}
