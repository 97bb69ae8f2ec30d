//! Every screen, drawn to a `TestBackend` at 80×24 and at a narrow 50×16, kept as
//! snapshots: a change to what a facilitator sees shows up in review.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use harness::{Harness, example};

const SIZES: [(u16, u16); 2] = [(80, 24), (50, 16)];

/// Snapshots the screen with the temporary folder's random name made stable.
fn assert_screen(name: String, screen: String) {
    insta::with_settings!({ filters => vec![(r"/tmp/\.tmp[A-Za-z0-9]{0,6}", "<tmp>")] }, {
        insta::assert_snapshot!(name, screen);
    });
}

fn snapshot_at_both_sizes(name: &str, setup: impl Fn(&mut Harness)) {
    for (width, height) in SIZES {
        let mut h = Harness::with_examples(width, height);
        setup(&mut h);
        assert_screen(format!("{name}_{width}x{height}"), h.screen());
    }
}

#[test]
fn list_empty() {
    for (width, height) in SIZES {
        let mut h = Harness::new(width, height);
        assert_screen(format!("list_empty_{width}x{height}"), h.screen());
    }
}

#[test]
fn list_with_sessions_and_an_unreadable_file() {
    for (width, height) in SIZES {
        let mut h = Harness::with_examples(width, height);
        std::fs::write(h.paths.sessions.join("broken.json"), "{\"title\": ").unwrap();
        h.relist();
        h.keys("<Down>");
        assert_screen(format!("list_{width}x{height}"), h.screen());
    }
}

#[test]
fn list_filtered() {
    snapshot_at_both_sizes("list_filter", |h| h.keys("/clinic"));
}

#[test]
fn stage_customer() {
    snapshot_at_both_sizes("stage_customer", |h| h.keys("<Down><Down><Enter>1"));
}

#[test]
fn stage_press_release() {
    snapshot_at_both_sizes("stage_press_release", |h| h.keys("<Down><Down><Enter>2<Down><Down>"));
}

#[test]
fn stage_press_release_faq() {
    snapshot_at_both_sizes("stage_press_release_faq", |h| {
        h.keys(&format!("<Down><Down><Enter>2{}", "<Tab>".repeat(9)))
    });
}

#[test]
fn stage_review() {
    snapshot_at_both_sizes("stage_review", |h| h.keys("<Down><Down><Enter>3"));
}

#[test]
fn review_item_open() {
    // The fifth item is a decision to revise, addressed by version 2.
    snapshot_at_both_sizes("review_decision_open", |h| {
        h.keys("<Down><Down><Enter>3<Down><Down><Down><Down><Down><Enter>")
    });
    snapshot_at_both_sizes("review_by_votes", |h| h.keys("<Down><Down><Enter>3r"));
}

#[test]
fn principle_picker() {
    snapshot_at_both_sizes("principle_picker", |h| h.keys("<Down><Down><Enter>3<Down><Down><Down><Down>t"));
    snapshot_at_both_sizes("principle_picker_narrowed", |h| {
        h.keys("<Down><Down><Enter>3<Down><Down><Down><Down>tdeep")
    });
}

#[test]
fn coverage_chart() {
    snapshot_at_both_sizes("coverage_session", |h| h.keys("<Down><Down><Enter>c"));
    snapshot_at_both_sizes("coverage_list", |h| h.keys("c"));
}

#[test]
fn list_filter_picker() {
    snapshot_at_both_sizes("list_facets", |h| h.keys("f"));
}

#[test]
fn stage_iteration() {
    snapshot_at_both_sizes("stage_iteration", |h| h.keys("<Down><Down><Enter>4"));
}

#[test]
fn editing() {
    snapshot_at_both_sizes("editing", |h| h.keys("<Down><Down><Enter>2<Down><Down><Down><Enter> Typed."));
}

#[test]
fn help_overlay() {
    snapshot_at_both_sizes("help_list", |h| h.keys("?"));
    snapshot_at_both_sizes("help_session", |h| h.keys("<Enter>?"));
}

#[test]
fn dialogs() {
    snapshot_at_both_sizes("dialog_new", |h| h.keys("nKids reader"));
    snapshot_at_both_sizes("dialog_delete", |h| h.keys("d"));
    snapshot_at_both_sizes("dialog_delete_item", |h| h.keys("<Down><Down><Enter>3<Down>d"));
    snapshot_at_both_sizes("dialog_verdict", |h| h.keys("<Down><Down><Enter>3<End><Enter>"));
    snapshot_at_both_sizes("dialog_people", |h| h.keys("<Down><Down><Enter>P"));
}

#[test]
fn read_only() {
    for (width, height) in SIZES {
        let text = std::fs::read_to_string(example("01kr2b"))
            .unwrap()
            .replace("\"schema_version\": 2", "\"schema_version\": 3");
        let mut h = Harness::new(width, height);
        std::fs::write(h.paths.sessions.join("01kr2b6n9p3q5s7t9v1w3x5y7z.json"), text).unwrap();
        h.relist();
        h.keys("<Enter>");
        assert_screen(format!("read_only_{width}x{height}"), h.screen());
    }
}

#[test]
fn reading_a_field_of_a_read_only_session() {
    for (width, height) in SIZES {
        let text = std::fs::read_to_string(example("01kjh8"))
            .unwrap()
            .replace("\"schema_version\": 2", "\"schema_version\": 3");
        let mut h = Harness::new(width, height);
        std::fs::write(h.paths.sessions.join("01kjh8m2c4t7w9x3y5z6a8b0d1.json"), text).unwrap();
        h.relist();
        h.keys("<Enter>1<Down><Enter><Down>");
        assert_screen(format!("reading_{width}x{height}"), h.screen());
    }
}

#[test]
fn too_small() {
    let mut h = Harness::with_examples(39, 11);
    insta::assert_snapshot!("too_small_39x11", h.screen());
}

#[test]
fn while_the_terminal_is_too_small_keys_change_nothing_unseen_and_ctrl_q_still_saves_and_quits() {
    let mut h = Harness::with_examples(80, 24);
    h.keys("<Enter>");
    let before = h.saved();
    h.resize(39, 11);
    h.keys("4<Enter>typed where no one could read it<Esc>");
    h.paste("pasted unseen");
    h.wait(Duration::from_secs(2));
    assert_eq!(h.saved(), before, "nothing typed on the too-small screen reached the file");
    h.resize(80, 24);
    assert!(h.screen().contains("▶ 1 Customer problem"), "the stage did not move:\n{}", h.screen());
    h.resize(39, 11);
    h.keys("<C-q>");
    assert!(h.has_quit(), "Ctrl+Q, which the small screen names, still quits");
}
