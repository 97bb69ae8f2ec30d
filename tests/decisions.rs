//! `backwards decisions`: every decision across the folder, overdue and open first.

use std::process::Output;

use backwards::domain::{Outcome, PrincipleSet, ReviewItem, ReviewKind, Session};
use backwards::store;

fn decision(id: &str, text: &str, outcome: Option<Outcome>, due: &str, owner: &str) -> ReviewItem {
    let mut item = ReviewItem::new(id.into(), ReviewKind::Decision, "2026-01-01T09:00:00Z".into());
    item.text = text.into();
    item.outcome = outcome;
    item.due = Some(due.into());
    item.owner = Some(owner.into());
    item
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
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let mut reader =
        Session::new("01reader".into(), "Kids reader".into(), "2026-01-01T09:00:00Z".into(), PrincipleSet::amazon());
    reader.review.items.push(decision("r1", "Ship the beta", Some(Outcome::Approved), "2020-01-01", "Ana"));
    reader.review.items.push(decision("r2", "Cut the price", None, "2020-02-01", "Bo"));
    reader.review.items[1].principles = vec!["frugality".into()];
    let mut pantry =
        Session::new("01pantry".into(), "Pantry".into(), "2026-01-01T09:00:00Z".into(), PrincipleSet::amazon());
    pantry.review.items.push(decision("r1", "Rewrite the FAQ", Some(Outcome::Revise), "2999-12-31", "Ana"));
    for session in [&reader, &pantry] {
        store::save(&sessions.join(format!("{}.json", session.id)), session, None).unwrap();
    }

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
