//! The coach on a corpus of PR/FAQs written for this test, strong and weak, in five
//! languages: the whole `lint --json` of each is a snapshot a reviewer has read.

use std::path::Path;
use std::process::Command;

fn lint_json(file: &Path, config_dir: &Path) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_backwards"))
        .env("BACKWARDS_CONFIG_DIR", config_dir)
        .arg("--dir")
        .arg(file.parent().unwrap())
        .arg("lint")
        .arg(file)
        .arg("--json")
        .output()
        .expect("run backwards lint");
    (output.status.code(), String::from_utf8(output.stdout).unwrap())
}

#[test]
fn every_corpus_document_gets_the_notes_a_reviewer_agreed_with() {
    let folder = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/coach"));
    let no_config = tempfile::tempdir().unwrap();
    let mut files: Vec<_> = std::fs::read_dir(folder).unwrap().map(|entry| entry.unwrap().path()).collect();
    files.retain(|path| path.extension().is_some_and(|e| e == "json"));
    files.sort();
    assert!(files.len() >= 10, "the corpus has {} documents", files.len());
    for file in files {
        let name = file.file_stem().unwrap().to_str().unwrap().to_owned();
        let (code, json) = lint_json(&file, no_config.path());
        let notes: serde_json::Value = serde_json::from_str(&json).unwrap();
        let errors = notes.as_array().unwrap().iter().any(|n| n["severity"] == "error");
        assert_eq!(code, Some(i32::from(errors)), "{name}: exit code follows errors");
        insta::assert_snapshot!(name, json);
    }
}

#[test]
fn strong_documents_in_every_language_pass_clean() {
    let folder = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/coach"));
    let no_config = tempfile::tempdir().unwrap();
    for name in ["de-strong-praxis", "ja-strong-kaigo", "zh-strong-clinic", "ru-strong-apteka"] {
        let (code, json) = lint_json(&folder.join(format!("{name}.json")), no_config.path());
        assert_eq!((code, json.trim()), (Some(0), "[]"), "{name}");
    }
}

#[test]
fn config_and_session_settings_switch_rules_off_and_dismissed_notes_stay_away() {
    let folder = tempfile::tempdir().unwrap();
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/coach/en-weak-meetings.json");
    let mut session: serde_json::Value = serde_json::from_slice(&std::fs::read(source).unwrap()).unwrap();
    let file = folder.path().join("meetings.json");
    std::fs::write(&file, serde_json::to_vec(&session).unwrap()).unwrap();
    let config = tempfile::tempdir().unwrap();
    let rules = |json: &str| -> Vec<String> {
        let notes: serde_json::Value = serde_json::from_str(json).unwrap();
        notes.as_array().unwrap().iter().map(|n| n["rule"].as_str().unwrap().to_owned()).collect()
    };
    let (_, before) = lint_json(&file, config.path());
    let before_notes: serde_json::Value = serde_json::from_str(&before).unwrap();
    assert!(rules(&before).contains(&"weasel-word".to_owned()) && rules(&before).contains(&"acronym".to_owned()));

    std::fs::write(config.path().join("config.json"), r#"{"coach": {"off": ["weasel-word"], "glossary": ["LLM"]}}"#)
        .unwrap();
    let dismissed = before_notes[0]["key"].as_str().unwrap().to_owned();
    let headline_key = before_notes
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["rule"] == "headline")
        .map(|n| n["key"].as_str().unwrap().to_owned())
        .unwrap();
    session["coach"] = serde_json::json!({"dismissed": [dismissed, headline_key]});
    std::fs::write(&file, serde_json::to_vec(&session).unwrap()).unwrap();
    let (_, after) = lint_json(&file, config.path());
    let after_rules = rules(&after);
    assert!(!after_rules.contains(&"weasel-word".to_owned()), "switched off in config.json: {after_rules:?}");
    assert!(!after_rules.contains(&"acronym".to_owned()), "LLM is in the glossary: {after_rules:?}");
    assert!(!after_rules.contains(&"headline".to_owned()), "dismissed in the session: {after_rules:?}");
    assert!(after_rules.contains(&"future-tense".to_owned()), "{after_rules:?}");

    std::fs::write(config.path().join("config.json"), r#"{"coach": {"of": ["weasel-word"]}}"#).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_backwards"))
        .env("BACKWARDS_CONFIG_DIR", config.path())
        .args(["--dir", folder.path().to_str().unwrap(), "lint", file.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.code() != Some(0) && stderr.contains("unknown field `of`"), "{stderr}");
}

#[test]
fn a_misspelt_rule_or_threshold_in_config_or_session_is_named_and_fails_lint() {
    let folder = tempfile::tempdir().unwrap();
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/coach/en-strong-buildcache.json");
    let mut session: serde_json::Value = serde_json::from_slice(&std::fs::read(source).unwrap()).unwrap();
    let file = folder.path().join("buildcache.json");
    std::fs::write(&file, serde_json::to_vec(&session).unwrap()).unwrap();
    let config = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_backwards"))
            .env("BACKWARDS_CONFIG_DIR", config.path())
            .arg("--dir")
            .arg(folder.path())
            .args(args)
            .output()
            .unwrap();
        (output.status.code(), String::from_utf8(output.stdout).unwrap(), String::from_utf8(output.stderr).unwrap())
    };
    let lint = ["lint", file.to_str().unwrap(), "--json"];
    let (clean_code, clean_notes, clean_stderr) = run(&lint);
    assert_eq!((clean_code, clean_stderr.as_str()), (Some(0), ""), "the strong draft has warnings only");

    std::fs::write(
        config.path().join("config.json"),
        r#"{"coach":{"off":["weasel-words"],"thresholds":{"long-sentense":40}}}"#,
    )
    .unwrap();
    let (code, notes, stderr) = run(&lint);
    assert!(
        stderr.contains("unknown rule 'weasel-words' in config.json coach.off; did you mean 'weasel-word'?")
            && stderr.contains(
                "unknown threshold 'long-sentense' in config.json coach.thresholds; did you mean 'long-sentence'?"
            ),
        "{stderr}"
    );
    assert_eq!((code, notes), (Some(1), clean_notes.clone()), "the notes are given as ever, and lint fails");
    let (_, _, diff_stderr) = run(&["diff", file.to_str().unwrap()]);
    assert!(diff_stderr.contains("did you mean 'weasel-word'?"), "the app's config notice says it too: {diff_stderr}");

    std::fs::remove_file(config.path().join("config.json")).unwrap();
    session["coach"] = serde_json::json!({"off": ["acronyms"]});
    std::fs::write(&file, serde_json::to_vec(&session).unwrap()).unwrap();
    let (code, _, stderr) = run(&lint);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("unknown rule 'acronyms' in buildcache.json coach.off; did you mean 'acronym'?"),
        "{stderr}"
    );
}
