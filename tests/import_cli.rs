//! `backwards import` run as a user runs it: what it writes, what it says, and that a
//! bad input gets a clear message and writes nothing.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::str::contains;

struct Workspace {
    root: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("sessions")).unwrap();
        std::fs::create_dir_all(root.path().join("docs")).unwrap();
        Self { root }
    }

    fn sessions(&self) -> PathBuf {
        self.root.path().join("sessions")
    }

    fn doc(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.root.path().join("docs").join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("backwards").unwrap();
        cmd.current_dir(self.root.path())
            .env("BACKWARDS_DIR", self.sessions())
            .env("BACKWARDS_STATE_DIR", self.root.path().join("state"))
            .env("BACKWARDS_CONFIG_DIR", self.root.path().join("config"))
            .env("NO_COLOR", "1");
        cmd
    }

    fn session_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.sessions()).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        files
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
}

#[test]
fn importing_prints_the_id_and_path_as_new_does_and_writes_a_session_that_loads() {
    let ws = Workspace::new();
    let output = ws.cmd().args(["import"]).arg(fixture("en_bold_labels.md")).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id, path) = stdout.trim_end().split_once('\t').expect("id<TAB>path");
    assert_eq!(ws.session_files(), vec![PathBuf::from(path)]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("9 of 9 press-release sections, 3 FAQ questions, 5 of 5 customer answers"), "{stderr}");
    ws.cmd().args(["show", id]).assert().success().stdout(contains("Ledgerly closes the books"));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(json["imported_from"]["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(json["kept_aside"][0]["title"], "Front matter");
    ws.cmd().args(["validate"]).assert().success();
}

#[test]
fn importing_the_same_file_twice_makes_two_sessions_and_says_so() {
    let ws = Workspace::new();
    let file = fixture("de.md");
    ws.cmd().arg("import").arg(&file).assert().success();
    let first = ws.session_files();
    ws.cmd().arg("import").arg(&file).assert().success().stderr(contains("imported before as"));
    assert_eq!(ws.session_files().len(), 2);
    assert!(first.iter().all(|f| ws.session_files().contains(f)), "the first session is untouched");
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let ws = Workspace::new();
    let text = std::fs::read(fixture("zh.md")).unwrap();
    ws.cmd().args(["import", "-"]).write_stdin(text).assert().success().stderr(contains("-: 9 of 9"));
    assert_eq!(ws.session_files().len(), 1);
}

#[test]
fn an_imported_document_without_a_customer_part_gets_one_warning_for_the_stage() {
    let ws = Workspace::new();
    let output = ws.cmd().arg("import").arg(fixture("en_headings.md")).output().unwrap();
    let id = String::from_utf8(output.stdout).unwrap().split('\t').next().unwrap().to_owned();
    let lint = ws.cmd().args(["lint", "--json", &id]).output().unwrap();
    let notes: serde_json::Value = serde_json::from_slice(&lint.stdout).unwrap();
    let customer: Vec<_> =
        notes.as_array().unwrap().iter().filter(|n| n["place"].as_str().unwrap().starts_with("Customer")).collect();
    assert_eq!(customer.len(), 1, "{customer:?}");
    assert_eq!(customer[0]["rule"], "empty-stage");
    assert_eq!(customer[0]["severity"], "warning");
}

#[test]
fn a_dry_run_says_when_the_same_file_was_imported_before() {
    let ws = Workspace::new();
    let file = fixture("de.md");
    let dry_run = |json: bool| {
        let mut cmd = ws.cmd();
        cmd.args(["import", "--dry-run"]).arg(&file);
        if json {
            cmd.arg("--json");
        }
        let output = cmd.output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(!dry_run(false).contains("imported before"), "a file never imported is not said to be");
    let json: serde_json::Value = serde_json::from_str(&dry_run(true)).unwrap();
    assert_eq!(json[0]["imported_before_as"], serde_json::Value::Null);
    let output = ws.cmd().arg("import").arg(&file).output().unwrap();
    let id = String::from_utf8(output.stdout).unwrap().split('\t').next().unwrap().to_owned();
    let text = dry_run(false);
    assert!(
        text.contains(&format!("the same file was imported before as {id}: importing it again makes a second session")),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&dry_run(true)).unwrap();
    assert_eq!(json[0]["imported_before_as"], id.as_str(), "the key the real import uses");
    assert_eq!(json[0]["source"], file.display().to_string());
    assert_eq!(ws.session_files().len(), 1, "the dry runs wrote nothing");
}

#[test]
fn a_dry_run_writes_nothing_and_says_what_would_go_where() {
    let ws = Workspace::new();
    for (name, json) in [("en_unnamed.md", false), ("en_unnamed.md", true), ("ja.md", false), ("not_prfaq.md", false)] {
        let mut cmd = ws.cmd();
        cmd.current_dir(fixture(""));
        cmd.args(["import", "--dry-run", name]);
        if json {
            cmd.arg("--json");
        }
        let output = cmd.output().unwrap();
        assert!(output.status.success());
        let stdout = String::from_utf8(output.stdout).unwrap();
        let suffix = if json { "json" } else { "text" };
        insta::assert_snapshot!(format!("dry_run_{}_{suffix}", name.trim_end_matches(".md")), stdout);
    }
    assert!(ws.session_files().is_empty());
}

/// Each bad input: the message it must give, and the folder stays as it was.
#[test]
fn every_bad_input_gets_a_clear_message_and_writes_nothing() {
    let ws = Workspace::new();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(&secret, "# Press release\n\nSecret text.").unwrap();
    let link = ws.root.path().join("docs").join("link.md");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend("# Press release".encode_utf16().flat_map(u16::to_le_bytes));
    let utf16_no_bom: Vec<u8> = "# Press release\n\nText".encode_utf16().flat_map(u16::to_be_bytes).collect();
    let cases: Vec<(PathBuf, &str)> = vec![
        (ws.doc("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "not text (a PDF)"),
        (ws.doc("data.bin", b"abc\x00\x01\x02def"), "not text (binary data)"),
        (ws.doc("utf16.md", &utf16), "UTF-16 LE text, not UTF-8"),
        (ws.doc("utf16be.md", &utf16_no_bom), "UTF-16 BE text, not UTF-8"),
        (ws.doc("latin1.md", b"# Pressemitteilung\n\nK\xe4se aus M\xfcnchen"), "it looks like Latin-1 (ISO-8859-1)"),
        (ws.doc("cp1252.md", b"# Press release\n\n\x93Quoted\x94 text"), "it looks like Windows-1252"),
        (ws.doc("empty.md", b""), "it is empty"),
        (ws.doc("blank.md", b"  \n\n \n"), "it is empty"),
        (ws.doc("huge.md", &vec![b'a'; 20 * 1024 * 1024 + 1]), "over 20 MB"),
        (ws.root.path().join("docs"), "it is a folder"),
        (ws.root.path().join("docs/missing.md"), "cannot read"),
    ];
    #[cfg(unix)]
    let cases = [cases, vec![(link.clone(), "outside its folder")]].concat();
    for (path, message) in &cases {
        ws.cmd().arg("import").arg(path).assert().failure().code(1).stderr(contains(*message));
        assert!(ws.session_files().is_empty(), "{} wrote a session", path.display());
    }
    // Several files with one bad among them: nothing at all is written.
    ws.cmd()
        .arg("import")
        .arg(fixture("de.md"))
        .arg(&cases[0].0)
        .assert()
        .failure()
        .stderr(contains("not text (a PDF)"))
        .stderr(contains("1 file cannot be imported; nothing was imported"));
    assert!(ws.session_files().is_empty());
}

#[test]
fn a_document_with_no_pr_faq_is_imported_whole_and_the_user_is_told() {
    let ws = Workspace::new();
    ws.cmd().arg("import").arg(fixture("not_prfaq.md")).assert().success().stderr(contains("no recognisable PR/FAQ"));
    let files = ws.session_files();
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    assert_eq!(json["kept_aside"].as_array().unwrap().len(), 1);
    assert!(json["kept_aside"][0]["text"].as_str().unwrap().contains("Call the plumber"));
}

#[test]
fn a_link_inside_its_folder_is_followed() {
    let ws = Workspace::new();
    let real = ws.doc("real.md", &std::fs::read(fixture("ru.md")).unwrap());
    #[cfg(unix)]
    {
        let link = ws.root.path().join("docs/alias.md");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        ws.cmd().arg("import").arg(&link).assert().success();
        assert_eq!(ws.session_files().len(), 1);
    }
}

#[test]
fn many_files_are_written_together_in_the_order_given_and_nothing_else_is_left() {
    let ws = Workspace::new();
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(fixture("")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_file()).collect();
    files.sort();
    files.push(fixture("de.md"));
    let output = ws.cmd().arg("import").args(&files).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let written: Vec<(&str, PathBuf)> = stdout
        .lines()
        .map(|line| line.split_once('\t').expect("id<TAB>path"))
        .map(|(id, path)| (id, PathBuf::from(path)))
        .collect();
    assert_eq!(written.len(), files.len());
    let mut paths: Vec<PathBuf> = written.iter().map(|(_, path)| path.clone()).collect();
    paths.sort();
    assert_eq!(ws.session_files(), paths, "one file a session, no temporary file left");
    for ((id, path), file) in written.iter().zip(&files) {
        let json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        assert_eq!(json["id"], *id);
        assert_eq!(json["imported_from"]["file"], file.display().to_string());
    }
    let first_de = written[files.iter().position(|f| f.ends_with("de.md")).unwrap()].0;
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains(first_de), "the second de.md is said to repeat the first: {stderr}");
    ws.cmd().arg("validate").assert().success();
}
