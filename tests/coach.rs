//! The writing coach: live beside the editor, and `backwards lint` for a team's own CI.

#[path = "support/harness.rs"]
mod harness;

use std::process::Command;

use harness::Harness;

fn lint(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_backwards"))
        // The user's own config.json could tune the coach; these tests read none.
        .env("BACKWARDS_CONFIG_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/no-config"))
        .arg("--dir")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions"))
        .arg("lint")
        .args(args)
        .output()
        .expect("run backwards lint")
}

#[test]
fn lint_passes_a_finished_draft_and_one_with_warnings_only() {
    let output = lint(&["01kjh8"]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text, "Clinic Queue: wait-time texts for walk-in clinics: 0 errors, 0 warnings\n");

    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("clinic.json");
    let mut session: serde_json::Value =
        serde_json::from_slice(&std::fs::read(harness::example("01kjh8")).unwrap()).unwrap();
    session["press_release"]["headline"] = "Clinic Queue makes evening waits very much shorter".into();
    std::fs::write(&copy, serde_json::to_vec(&session).unwrap()).unwrap();
    let output = lint(&[copy.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "warnings alone pass");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Press release · Headline") && text.contains("“very”"), "{text}");
    assert!(text.ends_with(": 0 errors, 1 warning\n"), "{text}");
}

#[test]
fn lint_fails_a_draft_with_empty_sections_and_names_each_one() {
    let output = lint(&["01kr2b"]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("error    Press release · Headline: empty"), "{text}");
    assert!(text.contains("warning  Problem and benefit: no number anywhere"), "{text}");
}

#[test]
fn lint_json_lists_rule_severity_place_and_message() {
    let output = lint(&["01kr2b", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let notes: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let first = &notes[0];
    assert_eq!(first["rule"], "empty");
    assert_eq!(first["severity"], "error");
    assert!(first["place"].as_str().unwrap().starts_with("Customer · "), "customers first: {first}");
    assert!(notes.as_array().unwrap().iter().any(|n| n["rule"] == "no-number" && n["severity"] == "warning"));
}

#[test]
fn the_coach_speaks_beside_the_field_being_written() {
    let mut h = Harness::new(100, 30);
    h.keys("nKids reader<Enter>2<Enter>Parents will get a seamless app");
    let screen = h.screen();
    assert!(screen.contains("✎ weasel words or hype: “seamless”; a number says more"), "{screen}");
    assert!(screen.contains("✎ future tense “will get”: write it as launched"), "{screen}");
    h.keys("<C-u>");
    for _ in 0..40 {
        h.keys("<Backspace>");
    }
    h.keys("Parents read 20 minutes a night");
    assert!(!h.screen().contains('✎'), "{}", h.screen());
}
