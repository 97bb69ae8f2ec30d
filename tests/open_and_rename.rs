//! `backwards open REF` starts the terminal UI inside one session; `backwards rename REF
//! TITLE` changes a session's title and nothing else.

#[path = "support/pty.rs"]
mod pty;

use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use pty::{Folders, Terminal};

const CTRL_Q: &str = "\x11";

fn cmd(folders: &Folders) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_backwards"));
    cmd.current_dir(folders.root.path())
        .env("BACKWARDS_DIR", folders.sessions())
        .env("BACKWARDS_STATE_DIR", folders.root.path().join("state"))
        .env("BACKWARDS_CONFIG_DIR", folders.root.path().join("config"))
        .env("NO_COLOR", "1");
    cmd
}

/// A new session, moved on to the press release stage; its id and path.
fn session_at_the_press_release(folders: &Folders, title: &str) -> (String, PathBuf) {
    let output = cmd(folders).args(["new", title]).output().unwrap();
    let line = String::from_utf8(output.stdout).unwrap();
    let (id, path) = line.trim_end().split_once('\t').unwrap();
    let text =
        std::fs::read_to_string(path).unwrap().replace("\"stage\": \"customer\"", "\"stage\": \"press_release\"");
    std::fs::write(path, text).unwrap();
    (id.to_owned(), PathBuf::from(path))
}

#[test]
fn open_shows_the_session_at_its_stage() {
    let folders = Folders::new();
    session_at_the_press_release(&folders, "Other one");
    let (id, _) = session_at_the_press_release(&folders, "Kids reader");
    let mut term = Terminal::start(&folders, &["open", &id[..20]], (100, 30));
    term.wait_for("Backwards · Kids reader");
    term.wait_for("Headline");
    assert!(!term.contents().contains("Other one"), "{}", term.contents());
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    term.wait_until("the terminal to be left as found", |screen| {
        !screen.alternate_screen() && !screen.bracketed_paste() && !screen.hide_cursor()
    });
}

#[test]
fn open_with_an_unknown_reference_says_so_before_taking_the_terminal() {
    let folders = Folders::new();
    cmd(&folders).args(["open", "nothing-like-this"]).assert().code(1).stderr(contains("no session matches"));
}

#[test]
fn rename_changes_the_title_only_and_keeps_the_file_name() {
    let folders = Folders::new();
    let (id, path) = session_at_the_press_release(&folders, "Kids reader");
    let before: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    cmd(&folders)
        .args(["rename", &id[..20], "  Bedtime stories  "])
        .assert()
        .success()
        .stdout(contains("Bedtime stories"));
    let after: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(after["title"], "Bedtime stories");
    assert_eq!(
        (&after["id"], &after["stage"], &after["press_release"]),
        (&before["id"], &before["stage"], &before["press_release"])
    );
    assert_eq!(std::fs::read_dir(folders.sessions()).unwrap().count(), 1, "no second file");
    cmd(&folders).args(["list"]).assert().success().stdout(contains("Bedtime stories"));
}

#[test]
fn rename_refuses_a_blank_title_and_a_file_from_a_newer_version() {
    let folders = Folders::new();
    let (id, path) = session_at_the_press_release(&folders, "Kids reader");
    cmd(&folders).args(["rename", &id, "   "]).assert().code(2).stderr(contains("must not be empty"));
    let text = std::fs::read_to_string(&path).unwrap();
    let version = serde_json::from_str::<serde_json::Value>(&text).unwrap()["schema_version"].to_string();
    let newer = text.replacen(&format!("\"schema_version\": {version}"), "\"schema_version\": 99", 1);
    assert!(newer.contains("\"schema_version\": 99"));
    std::fs::write(&path, &newer).unwrap();
    cmd(&folders)
        .args(["rename", &id, "New"])
        .assert()
        .code(1)
        .stderr(contains("cannot be renamed").and(contains("newer")));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer, "the file is as it was");
}
