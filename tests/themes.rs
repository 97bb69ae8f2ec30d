//! The themes across the screens a facilitator sees: no colour at all under no-color,
//! nothing that fades on a projector under high-contrast, and state still told apart
//! by bold, reverse and symbols.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use backwards::config::Theme;
use harness::{Harness, example};
use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

/// Key scripts that reach every kind of screen, each from a fresh start on the example
/// that has them all. Its iteration stage has 5 of its 20 minutes left.
const SCREENS: [(&str, &str); 16] = [
    ("the list", ""),
    ("help", "?"),
    ("the coverage chart", "c"),
    ("the list filters", "f"),
    ("the customer stage", "<Enter>1"),
    ("an answer being edited", "<Enter>1<Enter>"),
    ("the press release", "<Enter>2"),
    ("the review", "<Enter>3"),
    ("an open decision", "<Enter>3<Down><Down><Down><Down><Enter>"),
    ("the principle picker", "<Enter>3<Down><Down><Down><Down>t"),
    ("the verdict dialog", "<Enter>3<End><Enter>"),
    ("the iterations", "<Enter>4"),
    ("a comparison of two drafts", "<Enter>4<Down><Enter>"),
    ("the snapshot dialog", "<Enter>4s"),
    ("the presenter view", "<Enter>2p"),
    ("a timer in its last two minutes", "<Enter>4 "),
];

fn clinic_queue(theme: Theme) -> Harness {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kjh8")]);
    h.set_theme(theme);
    h
}

fn screens_in(theme: Theme) -> Vec<(&'static str, Vec<Cell>, String)> {
    SCREENS
        .iter()
        .map(|(name, keys)| {
            let mut h = clinic_queue(theme);
            h.keys(keys);
            if name.contains("timer") {
                h.wait(Duration::from_secs(4 * 60));
            }
            (*name, h.cells(), h.screen())
        })
        .collect()
}

#[test]
fn no_color_draws_every_screen_without_a_single_colour() {
    for (name, cells, screen) in screens_in(Theme::NoColor) {
        let coloured: Vec<&str> =
            cells.iter().filter(|c| c.fg != Color::Reset || c.bg != Color::Reset).map(Cell::symbol).collect();
        assert!(coloured.is_empty(), "{name} has coloured cells {coloured:?}:\n{screen}");
    }
}

#[test]
fn no_color_still_marks_the_focus_the_mode_and_the_timer_by_reverse_and_symbols() {
    let screens = screens_in(Theme::NoColor);
    let find = |wanted: &str| screens.iter().find(|(name, ..)| *name == wanted).expect("a screen of that name");
    let reversed = |cells: &[Cell]| cells.iter().filter(|c| c.modifier.contains(Modifier::REVERSED)).count();

    let (_, cells, screen) = find("the customer stage");
    assert!(reversed(cells) > 0, "the focused field and the current stage are reversed:\n{screen}");
    let (_, cells, screen) = find("an answer being edited");
    assert!(screen.contains('┃'), "the field being edited has a heavy bar:\n{screen}");
    assert!(
        cells.iter().any(|c| c.symbol() == "E" && c.modifier.contains(Modifier::REVERSED)),
        "EDITING is reversed:\n{screen}"
    );
    let (_, _, screen) = find("a timer in its last two minutes");
    assert!(screen.lines().next().is_some_and(|bar| bar.contains("1:00")), "the countdown shows:\n{screen}");
}

#[test]
fn high_contrast_uses_no_grey_and_no_colour_without_a_background_behind_it() {
    for (name, cells, screen) in screens_in(Theme::HighContrast) {
        for cell in &cells {
            assert_ne!(cell.fg, Color::DarkGray, "{name}: grey fades on a projector:\n{screen}");
            if cell.fg != Color::Reset {
                assert_ne!(
                    cell.bg,
                    Color::Reset,
                    "{name}: {:?} in {:?} on the terminal's own background:\n{screen}",
                    cell.symbol(),
                    cell.fg
                );
            }
        }
    }
}

#[test]
fn high_contrast_shows_a_timer_past_its_box_and_a_comparison_in_strong_colour_pairs() {
    let mut h = clinic_queue(Theme::HighContrast);
    h.keys("<Enter>4 ");
    h.wait(Duration::from_secs(6 * 60));
    let screen = h.screen();
    let over = screen.lines().next().and_then(|line| line.find("over by")).expect("the title bar says over by");
    let title_bar: Vec<Cell> = h.cells().into_iter().take(100).collect();
    let over_cell = &title_bar[screen.lines().next().expect("a first line")[..over].chars().count()];
    assert_eq!((over_cell.fg, over_cell.bg), (Color::White, Color::Red), "{screen}");

    let mut h = clinic_queue(Theme::HighContrast);
    h.keys("<Enter>4<Down><Enter>");
    let added = h.cells().into_iter().filter(|c| c.bg == Color::Green && c.fg == Color::Black).count();
    assert!(added > 0, "words put in show black on green:\n{}", h.screen());
}

#[test]
fn t_switches_the_theme_while_the_app_runs_and_says_how_to_keep_it() {
    let mut h = Harness::with_examples(100, 30);
    assert!(h.cells().iter().any(|c| c.fg == Color::Cyan), "the default theme colours the keys");
    h.keys("T");
    assert!(h.screen().contains("Theme: high-contrast for this run"), "{}", h.screen());
    h.keys("<Enter>T");
    assert!(h.screen().contains("Theme: no-color"), "{}", h.screen());
    assert!(h.cells().iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset), "{}", h.screen());
    h.keys("T");
    assert!(h.screen().contains("Theme: default"), "{}", h.screen());
}

#[test]
fn the_press_release_in_the_presenter_differs_by_theme_only_in_style() {
    let screens: Vec<String> = Theme::ALL
        .iter()
        .map(|theme| {
            let mut h = Harness::with_sessions(80, 24, &[&example("01kjh8")]);
            h.set_theme(*theme);
            h.keys("<Enter>2p");
            h.screen()
        })
        .collect();
    assert_eq!(screens[0], screens[1]);
    assert_eq!(screens[0], screens[2]);
}
