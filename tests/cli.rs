//! The command line, run as a user runs it, in temporary folders.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

struct Workspace {
    root: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("sessions")).unwrap();
        Self { root }
    }

    fn sessions(&self) -> PathBuf {
        self.root.path().join("sessions")
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

    /// Creates a session and returns its id and path.
    fn new_session(&self, title: &str) -> (String, PathBuf) {
        let output = self.cmd().args(["new", title]).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let line = String::from_utf8(output.stdout).unwrap();
        let (id, path) = line.trim_end().split_once('\t').expect("id<TAB>path");
        (id.to_owned(), PathBuf::from(path))
    }

    fn edit(&self, path: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
        let mut value: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        edit(&mut value);
        std::fs::write(path, serde_json::to_string_pretty(&value).unwrap() + "\n").unwrap();
    }

    fn files_in(&self, folder: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }
}

#[test]
fn new_prints_the_id_and_the_path_of_a_file_named_by_the_id() {
    let ws = Workspace::new();
    let (id, path) = ws.new_session("Kids reader");
    assert_eq!(path, ws.sessions().join(format!("{id}.json")));
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["title"], "Kids reader");
    assert_eq!(saved["schema_version"], 2);
    assert_eq!(saved["principles"]["items"].as_array().unwrap().len(), 16);
}

#[test]
fn a_title_like_a_path_stays_a_title() {
    let ws = Workspace::new();
    let (id, path) = ws.new_session("../../etc/x");
    assert_eq!(path.parent().unwrap(), ws.sessions());
    assert_eq!(ws.files_in(&ws.sessions()), [format!("{id}.json")]);
    let out = ws.root.path().join("out");
    std::fs::create_dir(&out).unwrap();
    ws.cmd().args(["export", &id, "-o"]).arg(&out).assert().success();
    assert_eq!(ws.files_in(&out), ["etc-x.md"]);
}

#[test]
fn an_empty_title_is_a_usage_error() {
    Workspace::new().cmd().args(["new", "  "]).assert().code(2).stderr(contains("title must not be empty"));
}

#[test]
fn an_empty_folder_tells_a_new_user_what_to_do() {
    Workspace::new().cmd().arg("list").assert().success().stdout(contains("backwards new"));
}

#[test]
fn list_shows_sessions_and_unreadable_files_with_the_reason() {
    let ws = Workspace::new();
    ws.new_session("Kids reader");
    std::fs::write(ws.sessions().join("broken.json"), "{\"schema_version\": 1,").unwrap();
    ws.cmd()
        .arg("list")
        .assert()
        .success()
        .stdout(contains("Kids reader").and(contains("unreadable:")).and(contains("broken.json")));
}

#[test]
fn list_json_is_for_scripts() {
    let ws = Workspace::new();
    let (id, _) = ws.new_session("Kids reader");
    std::fs::write(ws.sessions().join("broken.json"), "[").unwrap();
    let output = ws.cmd().args(["list", "--json"]).output().unwrap();
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["sessions"][0]["id"], id.as_str());
    assert_eq!(value["sessions"][0]["stage"], "customer");
    assert!(value["unreadable"][0]["path"].as_str().unwrap().ends_with("broken.json"));
}

#[test]
fn show_prints_markdown_for_an_id_prefix() {
    let ws = Workspace::new();
    let (id, path) = ws.new_session("Kids reader");
    ws.edit(&path, |v| v["press_release"]["headline"] = "Bedtime stories that read back".into());
    ws.cmd().args(["show", &id[..20]]).assert().success().stdout(contains("# Bedtime stories that read back"));
}

#[test]
fn a_missing_reference_says_how_to_find_ids() {
    Workspace::new()
        .cmd()
        .args(["show", "nope"])
        .assert()
        .code(1)
        .stderr(contains("no session matches \"nope\"").and(contains("backwards list")));
}

#[test]
fn an_ambiguous_reference_names_the_candidates() {
    let ws = Workspace::new();
    let (first, _) = ws.new_session("One");
    let (second, _) = ws.new_session("Two");
    let common: String = first.chars().zip(second.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a).collect();
    ws.cmd()
        .args(["show", &common])
        .assert()
        .code(1)
        .stderr(contains(&first).and(contains(&second)).and(contains("type more")));
}

#[test]
fn a_corrupt_file_is_reported_not_fatal() {
    let ws = Workspace::new();
    let broken = ws.sessions().join("01broken.json");
    std::fs::write(&broken, "{\"schema_version\": 1, \"id\": \"01broken\", \"title\": 5}").unwrap();
    ws.cmd().args(["show", "01broken"]).assert().code(1).stderr(contains("is not a valid session file"));
    ws.cmd().arg("list").assert().success().stdout(contains("01broken.json"));
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "{\"schema_version\": 1, \"id\": \"01broken\", \"title\": 5}"
    );
}

#[test]
fn a_newer_schema_is_shown_read_only_and_validate_says_so() {
    let ws = Workspace::new();
    let (id, path) = ws.new_session("From the future");
    ws.edit(&path, |v| v["schema_version"] = 99.into());
    ws.cmd().arg("list").assert().success().stdout(contains("[read-only]"));
    ws.cmd().args(["show", &id]).assert().success().stdout(contains("From the future"));
    ws.cmd().arg("validate").assert().code(1).stdout(contains("newer Backwards (schema 99)"));
}

#[test]
fn an_unwritable_folder_gets_a_clear_message() {
    let ws = Workspace::new();
    let not_a_folder = ws.root.path().join("file");
    std::fs::write(&not_a_folder, "").unwrap();
    ws.cmd()
        .env("BACKWARDS_DIR", not_a_folder.join("sessions"))
        .args(["new", "X"])
        .assert()
        .code(1)
        .stderr(contains("does not exist"));
    ws.cmd().env("BACKWARDS_DIR", "/proc").args(["new", "X"]).assert().code(1).stderr(contains("cannot write"));
}

#[test]
fn export_refuses_to_overwrite_without_force() {
    let ws = Workspace::new();
    let (id, _) = ws.new_session("Kids reader");
    let out = ws.root.path().join("out");
    std::fs::create_dir(&out).unwrap();
    ws.cmd().args(["export", &id, "-o"]).arg(&out).assert().success().stdout(contains("kids-reader.md"));
    std::fs::write(out.join("kids-reader.md"), "my notes").unwrap();
    ws.cmd().args(["export", &id, "-o"]).arg(&out).assert().code(1).stderr(contains("use --force"));
    assert_eq!(std::fs::read_to_string(out.join("kids-reader.md")).unwrap(), "my notes");
    ws.cmd().args(["export", &id, "--force", "-o"]).arg(&out).assert().success();
    assert!(std::fs::read_to_string(out.join("kids-reader.md")).unwrap().starts_with("# Kids reader"));
}

#[test]
fn export_all_names_files_by_title_and_keeps_same_titles_apart() {
    let ws = Workspace::new();
    ws.new_session("Same title");
    ws.new_session("Same title");
    ws.new_session("Other");
    ws.cmd().args(["export", "--all"]).assert().success();
    let names = ws.files_in(ws.root.path());
    let exported: Vec<_> = names.iter().filter(|n| n.ends_with(".md")).collect();
    assert_eq!(exported.len(), 3, "{names:?}");
    assert!(exported.iter().any(|n| *n == "same-title.md") && exported.iter().any(|n| *n == "other.md"));
}

#[test]
fn export_of_one_session_to_a_named_file() {
    let ws = Workspace::new();
    let (id, _) = ws.new_session("Kids reader");
    ws.cmd().args(["export", &id, "-o", "draft.md"]).assert().success();
    assert!(ws.root.path().join("draft.md").exists());
    ws.cmd().args(["export", "--all", "-o", "missing-folder"]).assert().success();
    assert!(ws.root.path().join("missing-folder/kids-reader.md").exists());
}

#[test]
fn export_needs_a_reference_or_all() {
    Workspace::new().cmd().arg("export").assert().code(2);
}

#[test]
fn validate_prints_one_line_per_problem() {
    let ws = Workspace::new();
    let (_, path) = ws.new_session("Kids reader");
    ws.cmd().arg("validate").assert().success().stderr(contains("no problems"));
    ws.edit(&path, |v| {
        v["updated_at"] = "last tuesday".into();
        v["review"]["items"] = serde_json::json!([
            {"id": "r1", "kind": "decision", "text": "Ship", "principles": ["made-up"], "due": "2026-13-01"}
        ]);
    });
    std::fs::write(ws.sessions().join("broken.json"), "nope").unwrap();
    let output = ws.cmd().arg("validate").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    for expected in ["last tuesday", "made-up", "2026-13-01", "broken.json: not a valid session file"] {
        assert!(stdout.contains(expected), "missing {expected}: {stdout}");
    }
}

#[test]
fn validate_notices_a_file_not_named_after_its_session() {
    let ws = Workspace::new();
    let (_, path) = ws.new_session("Kids reader");
    std::fs::copy(&path, ws.sessions().join("copy.json")).unwrap();
    ws.cmd().arg("validate").assert().code(1).stdout(contains("copy.json: the file should be named"));
}

#[test]
fn validate_of_many_files_keeps_their_order_and_shows_no_progress_off_a_terminal() {
    let ws = Workspace::new();
    ws.new_session("Kids reader");
    // More files than the threshold for spreading the work over threads.
    for n in 0..300 {
        std::fs::write(ws.sessions().join(format!("b{n:03}.json")), "nope").unwrap();
    }
    for args in [vec!["validate"], vec!["validate", "--quiet"]] {
        let output = ws.cmd().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stdout = String::from_utf8(output.stdout).unwrap();
        let named: Vec<&str> = stdout.lines().filter_map(|line| line.split(": ").next()).collect();
        assert_eq!(named.len(), 300, "{stdout}");
        assert!(named.windows(2).all(|pair| pair[0] < pair[1]), "the files' order: {stdout}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr, "301 file(s) checked, 300 problem(s)\n", "no progress bar when stderr is a pipe");
    }
}

#[test]
fn validate_takes_paths() {
    let ws = Workspace::new();
    let (_, path) = ws.new_session("Kids reader");
    ws.cmd().arg("validate").arg(&path).assert().success();
    ws.cmd().arg("validate").arg(ws.root.path().join("nope.json")).assert().code(1).stdout(contains("cannot read"));
}

#[test]
fn principles_default_to_amazons_sixteen() {
    let ws = Workspace::new();
    ws.cmd()
        .arg("principles")
        .assert()
        .success()
        .stdout(contains("customer-obsession").and(contains("Success and Scale Bring Broad Responsibility")));
    let output = ws.cmd().args(["principles", "--json"]).output().unwrap();
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["items"].as_array().unwrap().len(), 16);
}

#[test]
fn an_organisations_set_comes_from_the_config_folder_and_tags_new_sessions() {
    let ws = Workspace::new();
    let config = ws.root.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("principles.json"),
        r#"{"set": "Acme", "items": [{"name": "Ship Small"}, {"name": "Own It"}]}"#,
    )
    .unwrap();
    ws.cmd().arg("principles").assert().success().stdout(contains("Acme (2 principles)").and(contains("ship-small")));
    let (_, path) = ws.new_session("Tagged");
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(saved["principles"]["set"], "Acme");
}

#[test]
fn a_bad_principle_set_names_the_file_and_the_problem() {
    let ws = Workspace::new();
    let file = ws.root.path().join("values.json");
    std::fs::write(&file, r#"{"items": [{"name": "Ship"}, {"name": "ship"}]}"#).unwrap();
    ws.cmd()
        .arg("principles")
        .arg("--principles")
        .arg(&file)
        .assert()
        .code(1)
        .stderr(contains("values.json").and(contains("\"ship\" is used by more than one")));
    ws.cmd()
        .args(["new", "X", "--principles", "missing.json"])
        .assert()
        .code(1)
        .stderr(contains("missing.json").and(contains("cannot read")));
    assert!(ws.files_in(&ws.sessions()).is_empty());
}

#[test]
fn paths_prints_every_folder() {
    let ws = Workspace::new();
    ws.cmd().arg("paths").assert().success().stdout(
        contains(ws.sessions().to_str().unwrap())
            .and(contains("state"))
            .and(contains("principles.json"))
            .and(contains("config.json"))
            .and(contains("trash")),
    );
}

#[test]
fn an_unknown_theme_is_a_usage_error_that_lists_the_themes() {
    Workspace::new()
        .cmd()
        .args(["--theme", "dark", "list"])
        .assert()
        .code(2)
        .stderr(contains("default").and(contains("high-contrast")).and(contains("no-color")));
}

#[test]
fn a_bad_config_file_is_reported_by_diff_which_still_runs() {
    let ws = Workspace::new();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/01kjh8m2c4t7w9x3y5z6a8b0d1.json");
    std::fs::copy(&example, ws.sessions().join(example.file_name().unwrap())).unwrap();
    std::fs::create_dir_all(ws.root.path().join("config")).unwrap();
    std::fs::write(ws.root.path().join("config/config.json"), "{\"theme\": ").unwrap();
    ws.cmd()
        .args(["diff", "01kjh8", "1", "2"])
        .assert()
        .success()
        .stdout(contains("@@"))
        .stderr(contains("config.json").and(contains("fix or remove it")));
}

#[test]
fn completions_are_printed_for_a_shell() {
    Workspace::new().cmd().args(["completions", "bash"]).assert().success().stdout(contains("backwards"));
    Workspace::new().cmd().args(["completions", "nosh"]).assert().code(2);
}

#[test]
fn every_command_has_help() {
    let ws = Workspace::new();
    for command in ["new", "list", "show", "export", "validate", "principles", "paths", "completions"] {
        ws.cmd().args([command, "--help"]).assert().success().stdout(contains("Usage: backwards"));
    }
    ws.cmd().arg("--help").assert().success();
    ws.cmd().arg("frobnicate").assert().code(2);
}

#[test]
fn the_terminal_ui_without_a_terminal_explains_and_writes_no_escape_codes() {
    let output = Workspace::new().cmd().output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "{:?}", String::from_utf8_lossy(&output.stdout));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("needs a terminal") && stderr.contains("backwards list"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'));
}

fn examples() -> Workspace {
    let ws = Workspace::new();
    for file in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions")).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(&file, ws.sessions().join(file.file_name().unwrap())).unwrap();
    }
    ws
}

#[test]
fn list_filters_by_principle_outcome_and_verdict() {
    let ws = examples();
    let titles = |args: &[&str]| {
        let output = ws.cmd().arg("list").args(args).output().unwrap();
        assert!(output.status.success());
        let text = String::from_utf8(output.stdout).unwrap();
        ["Clinic Queue", "Nudge", "Honesty box"].into_iter().filter(|t| text.contains(t)).collect::<Vec<_>>()
    };
    assert_eq!(titles(&["--principle", "frugality"]), ["Clinic Queue"]);
    assert_eq!(titles(&["--principle", "customer-obsession"]), ["Clinic Queue", "Nudge"]);
    assert_eq!(titles(&["--outcome", "revise"]), ["Clinic Queue", "Nudge"]);
    assert_eq!(titles(&["--outcome", "rejected"]), ["Clinic Queue"]);
    assert_eq!(titles(&["--verdict", "iterate"]), ["Clinic Queue"]);
    assert_eq!(titles(&["--outcome", "approved", "--principle", "bias-for-action"]), ["Clinic Queue", "Nudge"]);
    ws.cmd().args(["list", "--verdict", "go"]).assert().success().stdout(contains("No session matches the filter."));
    ws.cmd().args(["list", "--outcome", "maybe"]).assert().code(2).stderr(contains("possible values"));
}

#[test]
fn principles_usage_counts_decisions_across_sessions() {
    let ws = examples();
    ws.cmd().args(["principles", "--usage"]).assert().success().stdout(
        contains("Customer Obsession                                     3        2")
            .and(contains("Never invoked: Ownership")),
    );
    let output = ws.cmd().args(["principles", "--usage", "--json"]).output().unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        rows[0],
        serde_json::json!({"id": "customer-obsession", "name": "Customer Obsession", "decisions": 3, "sessions": 2})
    );
    assert_eq!(rows.as_array().unwrap().len(), 16);
}
