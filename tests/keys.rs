//! The table of key bindings tells the truth: every key that does something, in every
//! screen, mode and overlay, is listed where help (or the dialog's own footer) lists
//! keys, under its own name; help reaches every key at any size; the README's table is
//! the table.

#[path = "support/harness.rs"]
mod harness;

use backwards::app::{App, Pattern, Place, action_for, binding_for, help_sections, listed, place_of, readme_table};
use harness::{Harness, example};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Every key worth trying: printable characters plain, with Ctrl and with Alt, and the
/// named keys with each.
fn candidate_keys() -> Vec<KeyEvent> {
    let mut codes: Vec<KeyCode> = (' '..='~').map(KeyCode::Char).collect();
    codes.extend([
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::F(1),
        KeyCode::F(5),
        KeyCode::Insert,
    ]);
    let mut keys = Vec::new();
    for code in codes {
        for modifiers in [KeyModifiers::NONE, KeyModifiers::CONTROL, KeyModifiers::ALT] {
            keys.push(KeyEvent::new(code, modifiers));
        }
    }
    keys
}

/// The key as help names it: `Ctrl+S`, `Alt+B`, `↑`, `S-Tab`, `Space`.
fn key_name(key: KeyEvent) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(c) if key.modifiers.is_empty() => c.to_string(),
        KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
        KeyCode::Up => "↑".to_owned(),
        KeyCode::Down => "↓".to_owned(),
        KeyCode::Left => "←".to_owned(),
        KeyCode::Right => "→".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::BackTab => "S-Tab".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else if key.modifiers.contains(KeyModifiers::ALT) {
        format!("Alt+{base}")
    } else {
        base
    }
}

fn names(shown: &str, key: KeyEvent) -> bool {
    let name = key_name(key);
    let digit = matches!(key.code, KeyCode::Char('1'..='4')) && key.modifiers.is_empty();
    shown.split(' ').any(|word| word == name) || (digit && shown.contains("1-4"))
}

/// Fails, naming the key and the state, when a key does something here that is not
/// listed, or listed under another name.
fn every_working_key_is_listed(app: &App, state: &str) {
    let place = place_of(app);
    let listed_here: Vec<_> = listed(place, app).into_iter().chain(listed(Place::Anywhere, app)).collect();
    let help: Vec<_> = help_sections(app).into_iter().flat_map(|section| section.hints).collect();
    let mut checked = 0;
    for key in candidate_keys() {
        if action_for(key, app).is_none() {
            continue;
        }
        checked += 1;
        let binding = binding_for(key, app).expect("an action comes from a binding");
        assert!(
            listed_here.iter().any(|b| std::ptr::eq(*b, binding)),
            "{state}: {} works ({}) but is not listed",
            key_name(key),
            binding.does
        );
        let on_a_dialog = app.overlay.is_some();
        if !on_a_dialog {
            assert!(
                help.iter().any(|hint| hint.keys == binding.shown && hint.does == binding.does),
                "{state}: help does not list {} ({})",
                key_name(key),
                binding.does
            );
        }
        let by_pattern = binding.keys.iter().any(|p| matches!(p, Pattern::Typed | Pattern::Any));
        assert!(
            by_pattern || names(binding.shown, key),
            "{state}: {} works but is listed as {:?}",
            key_name(key),
            binding.shown
        );
    }
    assert!(checked > 0, "{state}: no key works at all");
}

#[test]
fn every_key_that_does_something_is_listed_under_its_name_in_every_state() {
    let mut empty = Harness::new(100, 30);
    every_working_key_is_listed(&empty.runner.app, "the empty list");
    empty.keys("n");
    every_working_key_is_listed(&empty.runner.app, "a new title");

    let scripts: [(&str, &str); 26] = [
        ("the list", ""),
        ("filtering", "/"),
        ("help on the list", "?"),
        ("deleting a session", "d"),
        ("the list's filters", "f"),
        ("coverage across sessions", "c"),
        ("the customer stage", "<Enter>1"),
        ("editing an answer", "<Enter>1<Enter>"),
        ("help while editing", "<Enter>1<Enter><F1>"),
        ("the press release", "<Enter>2"),
        ("editing the headline", "<Enter>2<Enter>"),
        ("the review", "<Enter>3"),
        ("a review item", "<Enter>3<Down><Down><Down>"),
        ("an open review item", "<Enter>3<Down><Down><Down><Enter>"),
        ("the item's kind", "<Enter>3<Down><Down><Down><Enter><Down>"),
        ("the people", "<Enter>3P"),
        ("the verdict", "<Enter>3<End><Enter>"),
        ("the iteration", "<Enter>4"),
        ("a version", "<Enter>4<Down>"),
        ("a comparison", "<Enter>4<Down><Enter>"),
        ("freezing a version", "<Enter>2<Enter>x<Esc>4s"),
        ("the presenter view", "<Enter>p"),
        ("a session's coverage", "<Enter>c"),
        ("help in the session", "<Enter>3?"),
        ("the decisions log", "D"),
        ("filtering the decisions log", "D/"),
    ];
    for (state, script) in scripts {
        let mut h = Harness::with_sessions(100, 30, &[&example("01kjh8")]);
        h.keys(script);
        every_working_key_is_listed(&h.runner.app, state);
    }

    let mut h = Harness::with_sessions(100, 30, &[&example("01kjh8")]);
    let file = h.paths.sessions.join(example("01kjh8").file_name().expect("a name"));
    let mut value: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("JSON");
    value["conflicts"] = serde_json::json!([{"field": "title", "ours": "A", "theirs": "B"}, {"field": "x", "ours": 1}]);
    std::fs::write(&file, serde_json::to_vec(&value).expect("JSON")).expect("write");
    h.relist();
    h.keys("<Enter>");
    every_working_key_is_listed(&h.runner.app, "merge conflicts");
    h.keys("<Esc>");
    every_working_key_is_listed(&h.runner.app, "a session with merge conflicts");

    let mut first = Harness::with_sessions(100, 30, &[&example("01kjh8")]);
    first.keys("<Enter>");
    let mut h = first.another_instance();
    h.keys("<Enter>3");
    assert!(h.screen().contains("read-only"), "{}", h.screen());
    every_working_key_is_listed(&h.runner.app, "a read-only review");
    h.keys("1<Enter>");
    every_working_key_is_listed(&h.runner.app, "reading an answer");
}

/// Every screen help shows, from the top to as far as it scrolls.
fn help_pages(h: &mut Harness) -> String {
    let mut seen = h.screen();
    for _ in 0..60 {
        h.keys("<Down>");
        seen.push_str(&h.screen());
    }
    h.keys("<Home>");
    seen.push_str(&h.screen());
    seen
}

#[test]
fn help_on_the_review_scrolls_to_every_key_at_small_sizes() {
    for (width, height) in [(40, 12), (80, 24)] {
        let mut h = Harness::with_sessions(width, height, &[&example("01kjh8")]);
        h.keys("<Enter>3?");
        let first = h.screen();
        assert!(!first.contains("Ctrl+Q"), "{width}x{height}: all of help fits, so scrolling is not tested:\n{first}");
        let seen = help_pages(&mut h);
        for wanted in ["P ", "people in the room", "T ", "next colour theme", "Ctrl+S", "Ctrl+Q", "save and quit"] {
            assert!(seen.contains(wanted), "{width}x{height}: help never shows {wanted:?}:\n{seen}");
        }
        h.keys("<End>");
        assert!(h.screen().contains("between"), "{width}x{height}: End reaches the last line:\n{}", h.screen());
        h.keys("<Esc>");
        assert!(!h.screen().contains("Keys ("), "{width}x{height}: Esc closes help");
    }
}

#[test]
fn the_footer_offers_marking_and_restoring_on_a_version_and_no_outcome_on_a_comment() {
    let mut h = Harness::with_sessions(200, 30, &[&example("01kjh8")]);
    h.keys("<Enter>4<Down>");
    let footer = h.screen().lines().last().unwrap_or_default().to_owned();
    assert!(footer.contains("m mark for comparing") && footer.contains("R restore into the draft"), "{footer}");

    let mut h = Harness::new(200, 30);
    h.keys("nKids reader<Enter>3naA comment.<Esc>");
    let screen = h.screen();
    let footer = screen.lines().last().unwrap_or_default();
    assert!(footer.contains("a add item"), "{footer}");
    assert!(!footer.contains("o outcome") && !footer.contains("t principles"), "a comment has no outcome: {footer}");
    h.keys("<Up><Right><Right><Right><Esc>");
    let footer = h.screen().lines().last().unwrap_or_default().to_owned();
    assert!(footer.contains("o outcome"), "a decision has one: {footer}");
}

#[test]
fn the_readme_table_of_keys_is_the_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("the README");
    let start = "<!-- keys: made by `cargo run --example readme_keys`; a test keeps it so -->\n";
    let end = "<!-- end of keys -->";
    let from = readme.find(start).expect("the start marker of the table of keys") + start.len();
    let to = readme[from..].find(end).expect("the end marker of the table of keys") + from;
    assert_eq!(readme[from..to], readme_table(), "the README's keys differ: run `cargo run --example readme_keys`");
}
