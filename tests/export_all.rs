//! `backwards export --all` and `validate` on a folder of a few hundred sessions, run as a
//! user runs them: every document whole and named as ever, printed in the list's order,
//! nothing left behind, a progress bar only on a terminal.

#[path = "../examples/make_sessions.rs"]
#[allow(dead_code)]
mod make_sessions;

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use predicates::str::contains;

const GENERATED: usize = 200;

struct Workspace {
    root: tempfile::TempDir,
}

impl Workspace {
    /// 200 sessions of realistic size (the first with 2,000 review items, so that one
    /// thread has far more to do than the others), and three with the same title.
    fn new() -> Self {
        let ws = Self { root: tempfile::tempdir().unwrap() };
        make_sessions::write_sessions(&ws.sessions(), GENERATED, 2_000).unwrap();
        for _ in 0..3 {
            ws.cmd().args(["new", "Same title"]).assert().success();
        }
        ws
    }

    fn sessions(&self) -> PathBuf {
        self.root.path().join("sessions")
    }

    fn out(&self) -> PathBuf {
        self.root.path().join("out")
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("backwards").unwrap();
        cmd.current_dir(self.root.path())
            .env("BACKWARDS_DIR", self.sessions())
            .env("BACKWARDS_STATE_DIR", self.root.path().join("state"))
            .env("BACKWARDS_CONFIG_DIR", self.root.path().join("config"));
        cmd
    }

    fn export_all(&self) -> Command {
        let mut cmd = self.cmd();
        cmd.args(["export", "--all", "-o", "out"]);
        cmd
    }

    /// What the export should print: the list's sessions in its order, each named after
    /// its title, a repeated title followed by the id.
    fn expected_paths(&self) -> Vec<PathBuf> {
        self.expected().into_iter().map(|(_, document)| document).collect()
    }

    /// Each session file with the document it should be exported to.
    fn expected(&self) -> Vec<(PathBuf, PathBuf)> {
        let listed = self.cmd().args(["list", "--json"]).output().unwrap();
        let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
        let mut taken = HashSet::new();
        let mut names = Vec::new();
        for session in listed["sessions"].as_array().unwrap() {
            let slug = session["title"].as_str().unwrap().to_lowercase().replace(' ', "-");
            let name =
                if taken.insert(slug.clone()) { slug } else { format!("{slug}-{}", session["id"].as_str().unwrap()) };
            let file = PathBuf::from(session["path"].as_str().unwrap());
            names.push((file, Path::new("out").join(format!("{name}.md"))));
        }
        names
    }

    fn names_in_out(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.out())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

fn lines(bytes: &[u8]) -> Vec<PathBuf> {
    String::from_utf8(bytes.to_vec()).unwrap().lines().map(PathBuf::from).collect()
}

#[test]
fn every_session_is_exported_whole_named_and_printed_as_before_and_nothing_else_is_left() {
    let ws = Workspace::new();
    let expected = ws.expected_paths();
    assert_eq!(expected.len(), GENERATED + 3);
    let output = ws.export_all().output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(lines(&output.stdout), expected, "one path a line, in the list's order");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "", "no progress bar off a terminal");

    let mut expected_names: Vec<String> =
        expected.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    expected_names.sort();
    assert_eq!(ws.names_in_out(), expected_names, "no temporary file left beside the documents");
    for (file, document) in ws.expected() {
        let session = backwards::store::load(&file).unwrap().session;
        let written = std::fs::read_to_string(ws.root.path().join(&document)).unwrap();
        assert_eq!(written, backwards::export::markdown(&session), "{}", document.display());
    }
}

#[test]
fn files_that_exist_are_kept_unless_forced_and_the_exit_codes_are_as_before() {
    let ws = Workspace::new();
    ws.export_all().assert().success();
    let first = ws.out().join("benchmark-session-7.md");
    std::fs::write(&first, "my notes").unwrap();
    ws.export_all().assert().code(1).stdout("").stderr(contains("exists already; use --force to overwrite it"));
    assert_eq!(std::fs::read_to_string(&first).unwrap(), "my notes", "nothing is written when a name is taken");
    let forced = ws.export_all().arg("--force").output().unwrap();
    assert_eq!(forced.status.code(), Some(0));
    assert_eq!(lines(&forced.stdout), ws.expected_paths());
    let seventh = backwards::store::load(&ws.sessions().join(format!("01bench{:019}.json", 7))).unwrap().session;
    assert_eq!(std::fs::read_to_string(&first).unwrap(), backwards::export::markdown(&seventh));
    assert_eq!(ws.names_in_out().len(), GENERATED + 3);

    let empty = tempfile::tempdir().unwrap();
    ws.cmd()
        .env("BACKWARDS_DIR", empty.path())
        .args(["export", "--all"])
        .assert()
        .code(1)
        .stderr(contains("no sessions"));
}

#[test]
fn validate_checks_every_file_and_prints_the_problems_in_the_files_order() {
    let ws = Workspace::new();
    ws.cmd().arg("validate").assert().success().stdout("").stderr("203 file(s) checked, no problems\n");
    std::fs::write(ws.sessions().join("broken.json"), "{\"id\": ").unwrap();
    let output = ws.cmd().arg("validate").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8(output.stdout).unwrap();
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.starts_with(&format!("{}: not a valid session file", ws.sessions().join("broken.json").display())));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "204 file(s) checked, 1 problem(s)\n");
}

/// Everything the command wrote to a 100×30 terminal, escape sequences and all.
fn on_a_terminal(ws: &Workspace, args: &[&str]) -> String {
    let pair = native_pty_system().openpty(PtySize { rows: 30, cols: 100, pixel_width: 0, pixel_height: 0 }).unwrap();
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_backwards"));
    command.args(args);
    command.cwd(ws.root.path());
    command.env("BACKWARDS_DIR", ws.sessions());
    command.env("BACKWARDS_STATE_DIR", ws.root.path().join("state"));
    command.env("BACKWARDS_CONFIG_DIR", ws.root.path().join("config"));
    command.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        // The terminal reports an error rather than the end once the child is gone.
        let _ = reader.read_to_end(&mut bytes);
        bytes
    });
    assert!(child.wait().unwrap().success());
    drop(pair.master);
    String::from_utf8_lossy(&reading.join().unwrap()).into_owned()
}

#[test]
fn a_terminal_sees_progress_and_quiet_silences_it() {
    let ws = Workspace::new();
    let shown = on_a_terminal(&ws, &["export", "--all", "-o", "out"]);
    assert!(shown.contains("writing"), "{shown}");
    assert!(shown.contains("out/same-title.md"), "the paths follow the bar: {shown}");
    let quiet = on_a_terminal(&ws, &["export", "--all", "-o", "again", "--quiet"]);
    assert!(!quiet.contains("writing") && quiet.contains("again/same-title.md"), "{quiet}");
    assert!(on_a_terminal(&ws, &["validate"]).contains("checking"));
    assert!(!on_a_terminal(&ws, &["validate", "-q"]).contains("checking"));
}
