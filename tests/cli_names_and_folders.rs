//! The command line takes what a person would type: a principle by its name, an export
//! folder that does not exist yet; and its output stays safe to read.

use std::path::PathBuf;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

struct Workspace {
    root: tempfile::TempDir,
}

impl Workspace {
    fn examples() -> Self {
        let root = tempfile::tempdir().unwrap();
        let ws = Self { root };
        std::fs::create_dir_all(ws.sessions()).unwrap();
        for file in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions")).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, ws.sessions().join(file.file_name().unwrap())).unwrap();
        }
        ws
    }

    fn sessions(&self) -> PathBuf {
        self.root.path().join("sessions")
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_backwards"));
        cmd.current_dir(self.root.path())
            .env("BACKWARDS_DIR", self.sessions())
            .env("BACKWARDS_STATE_DIR", self.root.path().join("state"))
            .env("BACKWARDS_CONFIG_DIR", self.root.path().join("config"))
            .env("NO_COLOR", "1");
        cmd
    }

    fn stdout(&self, args: &[&str]) -> String {
        let output = self.cmd().args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }
}

#[test]
fn list_takes_a_principle_by_its_name_in_any_case() {
    let ws = Workspace::examples();
    let by_id = ws.stdout(&["list", "--principle", "customer-obsession"]);
    let by_name = ws.stdout(&["list", "--principle", "Customer Obsession"]);
    let by_lower_name = ws.stdout(&["list", "--principle", "customer obsession"]);
    assert!(by_id.contains("Clinic Queue") && by_id.contains("Nudge"), "{by_id}");
    assert_eq!(by_name, by_id);
    assert_eq!(by_lower_name, by_id);
}

#[test]
fn an_unknown_principle_is_an_error_naming_the_known_ones() {
    let ws = Workspace::examples();
    for command in ["list", "decisions"] {
        ws.cmd().args([command, "--principle", "Speed"]).assert().code(1).stdout("").stderr(
            contains("no principle is called \"Speed\"").and(contains("Customer Obsession (customer-obsession)")),
        );
    }
}

#[test]
fn decisions_take_a_principle_by_its_name() {
    let ws = Workspace::examples();
    assert_eq!(
        ws.stdout(&["decisions", "--principle", "FRUGALITY", "--json"]),
        ws.stdout(&["decisions", "--principle", "frugality", "--json"])
    );
}

#[test]
fn export_all_creates_the_folder_it_is_told_to_write_into() {
    let ws = Workspace::examples();
    let written = ws.stdout(&["export", "--all", "-o", "new/deeper"]);
    let folder = ws.root.path().join("new/deeper");
    assert!(folder.is_dir());
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), written.lines().count());
    assert!(written.lines().count() >= 2, "{written}");
}

#[test]
fn export_refuses_a_folder_that_is_a_file() {
    let ws = Workspace::examples();
    std::fs::write(ws.root.path().join("taken"), "x").unwrap();
    ws.cmd().args(["export", "--all", "-o", "taken"]).assert().code(1).stderr(contains("is a file, not a folder"));
}

/// A session file written by hand: the fields `new` would write, under any id.
fn hostile_session(ws: &Workspace, id: &str, title: &str, file_name: &str) {
    let made = ws.stdout(&["new", title]);
    let path = PathBuf::from(made.trim_end().split_once('\t').unwrap().1);
    let text = std::fs::read_to_string(&path).unwrap();
    let old_id = path.file_stem().unwrap().to_str().unwrap().to_owned();
    std::fs::remove_file(&path).unwrap();
    std::fs::write(ws.sessions().join(file_name), text.replace(&old_id, id)).unwrap();
}

#[test]
fn export_of_two_same_titles_with_a_very_long_id_keeps_file_names_short() {
    let ws = Workspace::examples();
    let long_id = "x".repeat(3000);
    hostile_session(&ws, &long_id, "Same title", "a.json");
    hostile_session(&ws, "01short", "Same title", "b.json");
    let (a, b) = (ws.sessions().join("a.json"), ws.sessions().join("b.json"));
    let written = ws.stdout(&["export", a.to_str().unwrap(), b.to_str().unwrap(), "-o", "out"]);
    assert_eq!(written.lines().count(), 2, "{written}");
    for line in written.lines() {
        let name = PathBuf::from(line).file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.len() <= 140, "{name}");
    }
    assert!(written.contains("same-title.md"), "{written}");
}

#[test]
fn list_json_escapes_control_and_bidi_characters_in_file_names() {
    let ws = Workspace::examples();
    hostile_session(&ws, "01evil", "Evil", "01evil\u{1b}[31m\u{202e}.json");
    let json: serde_json::Value = serde_json::from_str(&ws.stdout(&["list", "--json"])).unwrap();
    let paths: Vec<&str> = json["sessions"].as_array().unwrap().iter().map(|s| s["path"].as_str().unwrap()).collect();
    let evil = paths.iter().find(|p| p.contains("01evil")).unwrap();
    assert!(!evil.contains('\u{1b}') && !evil.contains('\u{202e}'), "{evil}");
    assert!(evil.contains("\\u{1b}") && evil.contains("\\u{202e}"), "{evil}");
}

#[test]
fn a_session_file_with_a_byte_order_mark_is_listed_and_shown() {
    let ws = Workspace::examples();
    hostile_session(&ws, "01bom", "Marked", "01bom.json");
    let path = ws.sessions().join("01bom.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(&path).unwrap());
    std::fs::write(&path, bytes).unwrap();
    assert!(ws.stdout(&["list"]).contains("Marked"));
    assert!(ws.stdout(&["show", "01bom"]).contains("Marked"));
    ws.cmd().args(["validate", path.to_str().unwrap()]).assert().success();
}
