//! Versions of the draft: freezing, comparing, restoring, closing the loop on decisions
//! to revise, and `backwards diff`.

#[path = "support/harness.rs"]
mod harness;
#[path = "support/pty.rs"]
mod pty;

use std::process::Command;

use backwards::domain::{DraftRef, PressRelease, Section, Segment, Side, diff_drafts, diff_words, new_side, old_side};
use backwards::export::word_diff;
use harness::{Harness, example};
use proptest::prelude::*;

fn headline(saved: &serde_json::Value, version: usize) -> String {
    saved["iterations"][version]["press_release"]["headline"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn two_snapshots_freeze_the_draft_as_it_was_each_time() {
    let mut h = Harness::new(100, 40);
    h.keys("nKids reader<Enter>2<Enter>Kids read more<Esc>");
    h.keys("sFirst draft<Enter>");
    assert!(h.screen().contains("Version 1 made."), "{}", h.screen());
    h.keys("<Enter><Backspace><Backspace><Backspace><Backspace>every night<Esc>");
    h.keys("sSharper headline<Enter><C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["iterations"].as_array().unwrap().len(), 2);
    assert_eq!(headline(saved, 0), "Kids read more");
    assert_eq!(headline(saved, 1), "Kids read every night");
    assert_eq!(saved["iterations"][1]["note"], "Sharper headline");
    assert_eq!(saved["iterations"][1]["number"], 2);
    h.keys("<Enter> and day<Esc><C-s>");
    let saved = &h.saved()[0];
    assert_eq!(headline(saved, 1), "Kids read every night", "a version never changes");
    assert_eq!(saved["press_release"]["headline"], "Kids read every night and day");
}

#[test]
fn a_snapshot_needs_a_note_and_a_draft_that_changed() {
    let mut h = Harness::new(100, 40);
    h.keys("nKids reader<Enter>s<Enter>");
    assert!(h.screen().contains("Say in a line what changed and why"), "{}", h.screen());
    h.keys("Empty start<Enter>s");
    assert!(h.screen().contains("Version 1 already holds the draft"), "{}", h.screen());
}

#[test]
fn restoring_a_version_keeps_the_draft_it_replaces() {
    let mut h = Harness::new(100, 40);
    h.keys("nKids reader<Enter>2<Enter>Old<Esc>sOne<Enter>");
    h.keys("<Enter><Backspace><Backspace><Backspace>New<Esc>");
    h.keys("4R");
    assert!(h.screen().contains("Put version 1 back into the draft?"), "{}", h.screen());
    h.keys("y");
    assert!(h.screen().contains("the draft it replaced is version 2"), "{}", h.screen());
    h.keys("<C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["press_release"]["headline"], "Old");
    assert_eq!(headline(saved, 1), "New", "the replaced draft is version 2");
}

#[test]
fn a_version_that_addresses_a_decision_to_revise_closes_it() {
    let mut h = Harness::with_sessions(100, 40, &[&example("01kjh8")]);
    h.keys("<Enter>4");
    assert!(h.screen().contains("2 decisions to revise still open"), "{}", h.screen());
    h.keys("2<Enter>Now with a choice of warning time.<Esc>");
    h.keys("sLet families choose the warning time<Down><Space><Enter><C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["iterations"][2]["addresses"], serde_json::json!(["r5"]));
    h.keys("4");
    let screen = h.screen();
    assert!(screen.contains("1 decision to revise still open"), "{screen}");
    assert!(screen.contains("Version 3") && screen.contains("addresses “Rewrite the experience…”"), "{screen}");
    assert!(!screen.contains("r5"), "the review never shows ids:\n{screen}");
    h.keys("3");
    assert!(h.screen().contains("revise · ✓ v3"), "the review shows which version addressed it:\n{}", h.screen());
}

#[test]
fn enter_on_a_version_shows_what_it_changed() {
    let mut h = Harness::with_sessions(100, 40, &[&example("01kjh8")]);
    h.keys("<Enter>4<Down><Enter>");
    let screen = h.screen();
    assert!(screen.contains("Changes from version 1 to version 2"), "{screen}");
    assert!(screen.contains("{+The median evening wait at our three pilot clinics is 2 h 10 min."), "{screen}");
    h.keys("<Esc><Down>m<Up><Up><Enter>");
    assert!(h.screen().contains("Changes from version 1 to the draft"), "{}", h.screen());
}

#[test]
fn the_comparison_reads_at_both_sizes() {
    for (width, height) in [(80, 24), (50, 16)] {
        let mut h = Harness::with_sessions(width, height, &[&example("01kjh8")]);
        h.keys("<Enter>4<Down><Down><Enter>");
        insta::assert_snapshot!(format!("diff_version_2_to_draft_{width}x{height}"), h.screen());
        h.keys("<Esc>");
        insta::assert_snapshot!(format!("iteration_stage_{width}x{height}"), h.screen());
    }
}

#[test]
fn the_word_diff_of_real_text_with_wide_characters() {
    let session: backwards::domain::Session =
        serde_json::from_str(&std::fs::read_to_string(example("01kjh8")).unwrap()).unwrap();
    let parts = diff_drafts(session.draft_at(Side::Version(1)).unwrap(), session.draft_at(Side::Version(2)).unwrap());
    insta::assert_snapshot!(
        "word_diff_clinic_v1_v2",
        word_diff(&session.title, "version 1", "version 2", &parts, false)
    );
    let old = PressRelease {
        headline: "絵本を毎晩 📚 読む".into(),
        summary: "Kids read.\nParents rest.".into(),
        ..Default::default()
    };
    let new = PressRelease {
        headline: "絵本を毎日 📚 読む".into(),
        summary: "Kids read daily.\nParents rest.".into(),
        ..Default::default()
    };
    let (customer, faq) = (Default::default(), Default::default());
    let parts = diff_drafts(
        DraftRef { customer: &customer, press_release: &old, faq: &faq },
        DraftRef { customer: &customer, press_release: &new, faq: &faq },
    );
    insta::assert_snapshot!("word_diff_wide_characters", word_diff("絵本", "version 1", "the draft", &parts, false));
}

fn backwards(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_backwards"))
        .arg("--dir")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("run backwards")
}

#[test]
fn cli_diff_defaults_to_the_last_version_against_the_draft_in_plain_text_when_piped() {
    let output = backwards(&["diff", "01kjh8"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("Clinic Queue: wait-time texts for walk-in clinics\n--- version 2\n+++ the draft\n"),
        "{text}"
    );
    assert!(text.contains("1. Check in at the desk{+ or on the clinic's web page+}."), "{text}");
    assert!(!text.contains('\x1b'), "no colour into a pipe");
}

#[test]
fn cli_diff_names_what_is_wrong_with_a_side() {
    let output = backwards(&["diff", "01kjh8", "9"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("has no version 9; its versions: 1, 2"));
    let output = backwards(&["diff", "01kjh8", "latest"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("neither a version number"));
    let output = backwards(&["diff", "01kr2b"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("has no versions yet"));
}

/// Whether any character on the screen is drawn in red or green.
fn coloured(screen: &vt100::Screen) -> bool {
    pty::any_cell(screen, |cell| matches!(cell.fgcolor(), vt100::Color::Idx(1 | 2)))
}

#[test]
fn cli_diff_is_coloured_in_a_terminal_unless_no_color_is_set_or_the_theme_has_none() {
    let folders = pty::Folders::new();
    for file in harness::example_files() {
        std::fs::copy(&file, folders.sessions().join(file.file_name().unwrap())).unwrap();
    }
    let mut terminal = pty::Terminal::start(&folders, &["diff", "01kjh8", "1", "2"], (120, 40));
    assert_eq!(terminal.wait_exit(), 0);
    terminal.wait_until("coloured words", coloured);
    let mut terminal =
        pty::Terminal::start_with_env(&folders, &["diff", "01kjh8", "1", "2"], (120, 40), &[("NO_COLOR", "1")]);
    assert_eq!(terminal.wait_exit(), 0);
    terminal.wait_until("plain brackets, no colour", |screen| !coloured(screen) && screen.contents().contains("{+"));
    let mut terminal = pty::Terminal::start(&folders, &["--theme", "no-color", "diff", "01kjh8", "1", "2"], (120, 40));
    assert_eq!(terminal.wait_exit(), 0);
    terminal.wait_until("no colour, as --theme asks", |screen| !coloured(screen) && screen.contents().contains("{+"));
}

fn draft_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-z]{1,6}",
            "[0-9]{1,3}",
            Just("絵本".to_owned()),
            Just("📚".to_owned()),
            Just("\n".to_owned()),
            Just(" ".to_owned())
        ],
        0..30,
    )
    .prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn applying_a_word_diff_gives_back_both_texts(old in draft_text(), new in draft_text()) {
        let segments = diff_words(&old, &new);
        prop_assert_eq!(old_side(&segments), old);
        prop_assert_eq!(new_side(&segments), new);
        prop_assert!(segments.iter().all(|s| !matches!(s, Segment::Same(t) | Segment::Added(t) | Segment::Removed(t) if t.is_empty())));
    }

    #[test]
    fn applying_a_draft_diff_to_the_first_version_gives_the_second(
        old in prop::collection::vec(draft_text(), 9),
        new in prop::collection::vec(draft_text(), 9),
    ) {
        let release = |texts: &[String]| {
            let mut release = PressRelease::default();
            for (section, text) in Section::ALL.iter().zip(texts) {
                *release.section_mut(*section) = text.clone();
            }
            release
        };
        let (before, after) = (release(&old), release(&new));
        let (customer, faq) = (Default::default(), Default::default());
        let parts = diff_drafts(
            DraftRef { customer: &customer, press_release: &before, faq: &faq },
            DraftRef { customer: &customer, press_release: &after, faq: &faq },
        );
        let mut applied = before.clone();
        for part in &parts {
            let section = Section::ALL.iter().find(|s| part.place == format!("Press release · {}", s.label())).copied();
            prop_assert!(section.is_some(), "a part that names its section: {}", part.place);
            if let Some(section) = section {
                prop_assert_eq!(&old_side(&part.segments), before.section(section));
                *applied.section_mut(section) = new_side(&part.segments);
            }
        }
        prop_assert_eq!(applied, after);
    }
}
