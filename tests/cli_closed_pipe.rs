//! A reader that stops reading (`backwards principles | head -1`) ends every command
//! quietly: exit 0, nothing on stderr, no panic.

use std::io::Read;
use std::process::{Command, Stdio};

struct Folder {
    root: tempfile::TempDir,
}

impl Folder {
    fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("sessions")).unwrap();
        Self { root }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_backwards"));
        cmd.args(args)
            .current_dir(self.root.path())
            .env("BACKWARDS_DIR", self.root.path().join("sessions"))
            .env("BACKWARDS_STATE_DIR", self.root.path().join("state"))
            .env("BACKWARDS_CONFIG_DIR", self.root.path().join("config"))
            .env("NO_COLOR", "1");
        cmd
    }

    fn new_session(&self, title: &str) -> String {
        let output = self.cmd(&["new", title]).output().unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap().split('\t').next().unwrap().to_owned()
    }
}

/// Runs the command with its stdout read by `reader`, which may stop reading early;
/// returns the exit code and what went to stderr.
fn run_into(folder: &Folder, args: &[&str], reader: impl FnOnce(std::process::ChildStdout)) -> (Option<i32>, String) {
    let mut child = folder.cmd(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    reader(child.stdout.take().unwrap());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    (child.wait().unwrap().code(), stderr)
}

#[test]
fn every_command_ends_quietly_when_its_reader_has_gone() {
    let folder = Folder::new();
    let id = folder.new_session("Kids reader");
    let commands: [&[&str]; 10] = [
        &["principles"],
        &["principles", "--json"],
        &["principles", "--usage"],
        &["list"],
        &["list", "--json"],
        &["show", &id],
        &["paths"],
        &["decisions", "--json"],
        &["completions", "bash"],
        &["diff", &id, "draft", "draft"],
    ];
    for args in commands {
        let (code, stderr) = run_into(&folder, args, drop);
        assert_eq!((code, stderr.as_str()), (Some(0), ""), "backwards {args:?} with its reader gone");
    }
}

#[test]
fn a_reader_that_takes_one_line_and_closes_ends_the_command_quietly() {
    let folder = Folder::new();
    // More than a pipe holds (64 KiB), so the command is still writing when the reader goes.
    for n in 0..100 {
        folder.new_session(&format!("Session {n} {}", "with a long title ".repeat(40)));
    }
    for args in [&["list", "--json"][..], &["list"], &["principles"]] {
        let (code, stderr) = run_into(&folder, args, |stdout| {
            let mut first = [0u8; 1];
            let mut stdout = stdout;
            stdout.read_exact(&mut first).unwrap();
        });
        assert_eq!((code, stderr.as_str()), (Some(0), ""), "backwards {args:?} | head -c1");
    }
}
