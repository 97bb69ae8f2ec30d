//! The presenter view and the silent reading that opens a review.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use backwards::config::Theme;
use harness::{Harness, example};

/// The text and every styled run, so a snapshot shows what each theme makes of the
/// same document.
#[test]
fn each_stage_is_presented_as_a_document_at_projector_sizes_in_each_theme() {
    for theme in Theme::ALL {
        for (width, height) in [(80, 24), (200, 60)] {
            for (stage, name) in [("1", "customer"), ("2", "press_release"), ("3", "review")] {
                let mut h = Harness::with_sessions(width, height, &[&example("01kjh8")]);
                h.set_theme(theme);
                h.keys(&format!("<Enter>{stage}p"));
                insta::assert_snapshot!(
                    format!("presenter_{}_{name}_{width}x{height}", theme.name()),
                    h.styled_screen()
                );
            }
        }
    }
}

#[test]
fn the_presenter_view_scrolls_and_esc_leaves_it() {
    let mut h = Harness::with_sessions(80, 24, &[&example("01kjh8")]);
    h.keys("<Enter>2p");
    assert!(h.screen().contains("Clinic Queue texts parents when it is their child's turn"));
    h.keys("<PgDn>");
    assert!(!h.screen().contains("Clinic Queue texts parents when it is their child's turn"), "{}", h.screen());
    h.keys("<Home><Esc>");
    assert!(h.screen().contains("▶ 2 Press release"), "{}", h.screen());
}

#[test]
fn entering_the_review_offers_silent_reading_with_the_draft_and_a_countdown() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter>2<Enter>Farm stands take cards without signal<Esc>3");
    assert!(h.screen().contains("Start the silent reading?"), "{}", h.screen());
    h.keys("y");
    let screen = h.screen();
    assert!(screen.contains("Silent reading · 20:00 left"), "{screen}");
    assert!(screen.contains("Farm stands take cards without signal"), "the draft is shown:\n{screen}");
    h.wait(Duration::from_secs(19 * 60));
    assert!(h.screen().contains("Silent reading · 1:00 left"), "{}", h.screen());
    h.wait(Duration::from_secs(90));
    assert!(h.screen().contains("time is up"), "{}", h.screen());
    h.keys("<Esc>");
    assert!(h.screen().contains("No review items yet"), "{}", h.screen());
}

#[test]
fn going_back_through_the_review_does_not_offer_silent_reading() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter>4[");
    assert!(!h.screen().contains("silent reading"), "{}", h.screen());
}
