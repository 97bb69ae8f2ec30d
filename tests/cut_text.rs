//! Text too long for its row is cut with "…", never silently: the title, labels, hints,
//! the presenter's footer, and answers clamped to a preview say that more exists.

#[path = "support/harness.rs"]
mod harness;

use harness::{Harness, example};

const LONG_TITLE: &str = "Reading buddy 読書の友達: a nightly reading log for parents of six-year-olds";

/// The rows of the screen that are cut: those ending in an ellipsis.
fn cut_rows(screen: &str) -> Vec<&str> {
    screen.lines().filter(|line| line.ends_with('…')).collect()
}

#[test]
fn a_long_title_is_cut_with_an_ellipsis_before_the_timer_at_both_sizes() {
    for (width, height) in [(80, 24), (50, 16)] {
        let mut h = Harness::new(width, height);
        h.keys(&format!("n{LONG_TITLE}<Enter>"));
        let screen = h.screen();
        let header = screen.lines().next().unwrap();
        assert!(header.contains("Reading buddy"), "{screen}");
        assert!(header.contains("…  "), "the title ends in an ellipsis before the timer:\n{screen}");
        assert!(
            header.ends_with(":00 · Space starts") || header.ends_with(":00 left"),
            "the timer stays whole:\n{screen}"
        );
        assert_eq!(h.saved()[0]["title"], LONG_TITLE, "only the screen is cut");
    }
}

#[test]
fn an_unfocused_answer_longer_than_its_preview_says_more_exists() {
    let mut h = Harness::new(80, 24);
    let long = "Parents who read with their child every evening and cannot tell whether it helps. ".repeat(12);
    h.keys(&format!("nX<Enter><Enter>{long}<Esc>"));
    assert!(!h.screen().contains("… more\n"), "the focused answer shows more rows:\n{}", h.screen());
    h.keys("<Tab>");
    let screen = h.screen();
    let answer_rows: Vec<&str> = screen.lines().skip_while(|l| !l.contains("Who is the customer?")).take(6).collect();
    assert!(answer_rows.contains(&"  … more"), "{screen}");
    h.keys("<S-Tab>");
    assert!(h.screen().contains("… Enter shows it all"), "{}", h.screen());
}

#[test]
fn participants_about_targets_and_the_verdict_reason_are_cut_with_an_ellipsis() {
    let mut h = Harness::with_sessions(50, 16, &[&example("01kjh")]);
    h.keys("<Enter>3");
    let screen = h.screen();
    assert!(cut_rows(&screen).iter().any(|row| row.contains("participant")), "{screen}");
    assert!(cut_rows(&screen).iter().any(|row| row.contains("about")), "{screen}");
    h.resize(80, 24);
    h.keys("<End>");
    let screen = h.screen();
    assert!(cut_rows(&screen).iter().any(|row| row.starts_with("▶ Verdict: ITERATE")), "{screen}");
}

#[test]
fn the_presenter_footer_keeps_its_keys_and_cuts_the_title() {
    let mut h = Harness::with_sessions(80, 24, &[&example("01kjh")]);
    h.keys("<Enter>p");
    let screen = h.screen();
    let footer = screen.lines().last().unwrap();
    assert!(footer.contains("…   ↑ ↓ PgUp PgDn scroll · Esc leaves"), "{screen}");
}

#[test]
fn snapshots_of_cut_text() {
    for (width, height) in [(80, 24), (50, 16)] {
        let mut h = Harness::with_sessions(width, height, &[&example("01kjh")]);
        h.keys("<Enter>3");
        insta::assert_snapshot!(format!("cut_review_{width}x{height}"), h.screen());
        let mut h = Harness::new(width, height);
        h.keys(&format!("n{LONG_TITLE}<Enter>2"));
        let screen = h.screen();
        insta::with_settings!({ filters => vec![(r"[0-9a-z]{26}\.json", "<new file>.json")] }, {
            insta::assert_snapshot!(format!("cut_title_and_hints_{width}x{height}"), screen);
        });
    }
}
