//! The session file changes on disk while it is open: a git pull, a sync tool, another
//! machine, or another instance on this one. Nothing is ever overwritten unseen.

#[path = "support/harness.rs"]
mod harness;

use std::path::PathBuf;
use std::time::Duration;

use harness::{Harness, example};

const HONESTY_BOX: &str = "01kr2b6n9p3q5s7t9v1w3x5y7z";

fn session_file(h: &Harness) -> PathBuf {
    h.paths.sessions.join(format!("{HONESTY_BOX}.json"))
}

fn who_in(path: &std::path::Path) -> String {
    let session: serde_json::Value = serde_json::from_slice(&std::fs::read(path).expect("read")).expect("parses");
    session["customer"]["who"]["text"].as_str().expect("text").to_owned()
}

/// Someone else's edit of the first answer, written straight to the file.
fn change_on_disk(h: &Harness, who: &str) -> String {
    let mut session: serde_json::Value =
        serde_json::from_slice(&std::fs::read(session_file(h)).expect("read")).expect("parses");
    session["customer"]["who"]["text"] = who.into();
    let theirs = serde_json::to_string_pretty(&session).expect("json");
    std::fs::write(session_file(h), &theirs).expect("write");
    theirs
}

fn conflict_copies(h: &Harness) -> Vec<PathBuf> {
    h.session_files()
        .into_iter()
        .filter(|name| name.contains(".conflict-"))
        .map(|name| h.paths.sessions.join(name))
        .collect()
}

#[test]
fn with_nothing_unsaved_a_change_on_disk_is_shown_within_two_seconds() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter>");
    change_on_disk(&h, "Farmers in the hills, from a teammate's pull.");
    h.wait(Duration::from_secs(2));
    let screen = h.screen();
    assert!(screen.contains("Farmers in the hills, from a teammate's pull."), "{screen}");
    assert!(screen.contains("Reloaded: the file changed on disk"), "{screen}");
    assert!(conflict_copies(&h).is_empty(), "nothing of ours to keep aside");
}

#[test]
fn unsaved_typing_meets_a_change_on_disk_and_the_user_keeps_theirs_aside() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter><Enter> Mine.");
    let theirs = change_on_disk(&h, "Their answer.");
    h.wait(Duration::from_secs(1));
    let screen = h.screen();
    assert!(screen.contains("The file changed on disk"), "{screen}");
    assert!(screen.contains("⚠ not saved until you choose"), "the footer never says saving:\n{screen}");
    assert_eq!(std::fs::read_to_string(session_file(&h)).expect("read"), theirs, "theirs is untouched");
    let recovery = h.paths.state.join("recovery").join(format!("{HONESTY_BOX}.json"));
    assert!(who_in(&recovery).ends_with("Mine."), "the typing is safe meanwhile");

    h.keys("<Esc>");
    assert!(h.screen().contains("Choose first"), "{}", h.screen());
    h.wait(Duration::from_secs(5));
    assert_eq!(std::fs::read_to_string(session_file(&h)).expect("read"), theirs, "no save while choosing");

    h.keys("c");
    let screen = h.screen();
    assert!(screen.contains("From the version on disk to yours"), "{screen}");
    assert!(screen.contains("[-Their answer-]"), "{screen}");
    h.keys("<Esc>k");
    assert!(who_in(&session_file(&h)).ends_with("Mine."), "mine is in the file");
    let copies = conflict_copies(&h);
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(std::fs::read_to_string(&copies[0]).expect("read"), theirs, "theirs is kept as it was");
    assert!(h.screen().contains("Yours is saved; the version that was on disk is kept beside it as"));
}

#[test]
fn unsaved_typing_meets_a_change_on_disk_and_the_user_reloads_keeping_theirs() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter><Enter> Mine.");
    change_on_disk(&h, "Their answer.");
    h.wait(Duration::from_secs(1));
    h.keys("r");
    let screen = h.screen();
    assert!(screen.contains("Their answer."), "{screen}");
    assert!(screen.contains("Reloaded the version on disk; yours is kept beside it as"), "{screen}");
    assert_eq!(who_in(&session_file(&h)), "Their answer.");
    let copies = conflict_copies(&h);
    assert_eq!(copies.len(), 1);
    assert!(who_in(&copies[0]).ends_with("Mine."));
}

#[test]
fn a_version_on_disk_that_cannot_be_read_is_never_reloaded_and_is_kept_aside_when_mine_is_kept() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter><Enter> Mine.");
    let merge = "<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> theirs\n";
    std::fs::write(session_file(&h), merge).expect("write");
    h.wait(Duration::from_secs(1));
    assert!(h.screen().contains("The version on disk cannot be read"), "{}", h.screen());
    h.keys("r");
    assert!(h.screen().contains("cannot be reloaded"), "{}", h.screen());
    h.keys("k");
    assert!(who_in(&session_file(&h)).ends_with("Mine."));
    let copies = conflict_copies(&h);
    assert_eq!(std::fs::read_to_string(&copies[0]).expect("read"), merge);
}

#[test]
fn a_read_only_second_instance_follows_what_the_first_saves() {
    let mut first = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    first.keys("<Enter>");
    let mut second = first.another_instance();
    second.keys("<Enter>");
    assert!(second.screen().contains("open in another Backwards"));
    first.keys("<Enter> Typed in the first.");
    first.wait(Duration::from_secs(2));
    second.wait(Duration::from_secs(2));
    assert!(second.screen().contains("Typed in the first."), "{}", second.screen());
    second.keys("<Enter>x");
    assert!(second.screen().contains("Read-only"), "still read-only after following:\n{}", second.screen());
}

#[test]
fn sync_tools_conflict_copies_are_listed_and_labelled() {
    let mut h = Harness::with_sessions(160, 30, &[&example("01kr2b")]);
    let original = session_file(&h);
    for name in [
        format!("{HONESTY_BOX}.sync-conflict-20261124-101010-ABCDEFG.json"),
        format!("{HONESTY_BOX} (Ana's conflicted copy 2026-11-24).json"),
        format!("{HONESTY_BOX}.conflict-20261124T101010Z.json"),
    ] {
        std::fs::copy(&original, h.paths.sessions.join(name)).expect("copy");
    }
    h.relist();
    let screen = h.screen();
    for label in ["[Syncthing conflict copy]", "[Dropbox conflicted copy]", "[conflict copy]"] {
        assert!(screen.contains(label), "{label}:\n{screen}");
    }
    assert_eq!(screen.matches("Honesty box").count(), 4 + 1, "four rows and the preview:\n{screen}");

    let listed = std::process::Command::new(env!("CARGO_BIN_EXE_backwards"))
        .args(["list", "--json"])
        .env("BACKWARDS_DIR", &h.paths.sessions)
        .env("BACKWARDS_STATE_DIR", &h.paths.state)
        .output()
        .expect("run backwards list");
    let sessions: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("json");
    let mut kinds: Vec<String> = sessions["sessions"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|s| s["copy_kind"].as_str().unwrap_or("original").to_owned())
        .collect();
    kinds.sort();
    assert_eq!(kinds, ["Dropbox conflicted copy", "Syncthing conflict copy", "conflict copy", "original"]);
}

/// Someone else's edit of the headline, written straight to the file.
fn headline_changed_on_disk(h: &Harness, headline: &str) {
    let mut session: serde_json::Value =
        serde_json::from_slice(&std::fs::read(session_file(h)).expect("read")).expect("parses");
    session["press_release"]["headline"] = headline.into();
    std::fs::write(session_file(h), serde_json::to_string_pretty(&session).expect("json")).expect("write");
}

#[test]
fn m_merges_theirs_and_mine_when_they_changed_different_parts_and_records_a_clash() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter><Enter> Mine.");
    headline_changed_on_disk(&h, "Their headline");
    h.wait(Duration::from_secs(1));
    assert!(h.screen().contains("m merge both"), "{}", h.screen());
    h.keys("m");
    assert!(h.screen().contains("Merged the version on disk with yours."), "{}", h.screen());
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(session_file(&h)).unwrap()).unwrap();
    assert!(saved["customer"]["who"]["text"].as_str().unwrap().ends_with("Mine."), "mine is kept");
    assert_eq!(saved["press_release"]["headline"], "Their headline", "theirs is kept");
    assert!(saved.get("conflicts").is_none());
    assert!(conflict_copies(&h).is_empty(), "nothing is left to reconcile by hand");

    // Both replace the whole answer, each with other words: a clash.
    h.keys("<Enter><Home><C-k>Mine alone.");
    change_on_disk(&h, "Their own answer.");
    h.wait(Duration::from_secs(1));
    h.keys("m");
    assert!(h.screen().contains("1 conflict recorded to resolve"), "{}", h.screen());
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(session_file(&h)).unwrap()).unwrap();
    let conflicts = saved["conflicts"].to_string();
    assert!(conflicts.contains("Their own answer.") && conflicts.contains("Mine alone."), "{conflicts}");
}
