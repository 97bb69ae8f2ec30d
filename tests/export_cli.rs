//! `backwards export --format`, run as a user runs it, in temporary folders.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;

/// The clinic example, exported from its place in the repository (export only reads it).
fn clinic() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions").join("01kjh8m2c4t7w9x3y5z6a8b0d1.json")
}

const STEM: &str = "clinic-queue-wait-time-texts-for-walk-in-clinics";

struct Workspace {
    root: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        Self { root: tempfile::tempdir().unwrap() }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    fn export(&self) -> Command {
        let mut cmd = Command::cargo_bin("backwards").unwrap();
        cmd.current_dir(self.root.path())
            .env("BACKWARDS_DIR", self.path("sessions"))
            .env("BACKWARDS_STATE_DIR", self.path("state"))
            .env("BACKWARDS_CONFIG_DIR", self.path("config"))
            .arg("export")
            .arg(clinic());
        cmd
    }

    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.root.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "sessions" && n != "state" && n != "config")
            .collect();
        names.sort();
        names
    }
}

fn is_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap().by_name("word/document.xml").is_ok()
}

#[test]
fn the_format_flag_names_and_fills_the_file() {
    let ws = Workspace::new();
    ws.export().args(["--format", "docx"]).assert().success().stdout(contains(format!("{STEM}.docx")));
    assert!(is_docx(&std::fs::read(ws.path(&format!("{STEM}.docx"))).unwrap()));
    ws.export().args(["--format", "html"]).assert().success();
    let page = std::fs::read_to_string(ws.path(&format!("{STEM}.html"))).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    ws.export().assert().success();
    assert!(std::fs::read_to_string(ws.path(&format!("{STEM}.md"))).unwrap().starts_with("# Clinic Queue"));
    assert_eq!(ws.files(), [format!("{STEM}.docx"), format!("{STEM}.html"), format!("{STEM}.md")]);
}

#[test]
fn the_output_file_extension_chooses_the_format() {
    let ws = Workspace::new();
    ws.export().args(["-o", "for-leadership.docx"]).assert().success();
    assert!(is_docx(&std::fs::read(ws.path("for-leadership.docx")).unwrap()));
    ws.export().args(["-o", "Print.HTM"]).assert().success();
    assert!(std::fs::read_to_string(ws.path("Print.HTM")).unwrap().starts_with("<!DOCTYPE html>"));
    ws.export().args(["--format", "html", "-o", "page.html", "--with-diff"]).assert().success();
    assert!(std::fs::read_to_string(ws.path("page.html")).unwrap().contains("<section class=\"changes new-page\">"));
}

#[test]
fn a_format_that_contradicts_the_file_name_is_refused() {
    let ws = Workspace::new();
    ws.export()
        .args(["--format", "html", "-o", "memo.docx"])
        .assert()
        .code(1)
        .stderr(contains("memo.docx ends in .docx but --format asks for .html"));
    assert!(ws.files().is_empty());
}

#[test]
fn an_unknown_format_is_refused_with_the_known_ones() {
    let ws = Workspace::new();
    ws.export().args(["--format", "pdf"]).assert().code(2).stderr(contains("[possible values: md, docx, html]"));
    assert!(ws.files().is_empty());
}

#[test]
fn the_changes_need_the_web_page() {
    let ws = Workspace::new();
    ws.export().args(["--format", "docx", "--with-diff"]).assert().code(1).stderr(contains("--format html"));
    assert!(ws.files().is_empty());
}

#[test]
fn an_existing_file_is_kept_without_force() {
    let ws = Workspace::new();
    std::fs::write(ws.path("memo.docx"), "my own notes").unwrap();
    ws.export().args(["-o", "memo.docx"]).assert().code(1).stderr(contains("use --force"));
    assert_eq!(std::fs::read_to_string(ws.path("memo.docx")).unwrap(), "my own notes");
    ws.export().args(["-o", "memo.docx", "--force"]).assert().success();
    assert!(is_docx(&std::fs::read(ws.path("memo.docx")).unwrap()));
    assert_eq!(ws.files(), ["memo.docx"], "no temporary file left behind");
}

#[test]
fn an_unwritable_target_says_so_and_writes_nothing() {
    let ws = Workspace::new();
    std::fs::write(ws.path("a-file"), "").unwrap();
    // The tests run as root, who may write anywhere: a parent that is a file stops even root.
    ws.export().args(["-o", "a-file/memo.html"]).assert().code(1).stderr(contains("cannot write"));
    assert_eq!(ws.files(), ["a-file"]);
    assert!(std::fs::read(ws.path("a-file")).unwrap().is_empty());
}
