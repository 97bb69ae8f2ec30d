//! Transitions of the pure core: an action on a state, and the state and the effects
//! that follow, with no runner and no files.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::update;
use crate::app::{Action, App, Effect, LineEdit, Now, OutsideChange, Overlay, Screen};
use crate::config::Theme;
use crate::domain::{Access, Fingerprint, Loaded, Saved};
use crate::domain::{PrincipleSet, Session};

pub(super) struct Clock {
    pub(super) start: Instant,
}

impl Clock {
    pub(super) fn at(&self, seconds: u64) -> Now {
        Now {
            instant: self.start + Duration::from_secs(seconds),
            timestamp: format!("2026-03-03T09:00:{seconds:02}Z"),
            ulid: ulid::Ulid::from_parts(seconds, 1),
        }
    }
}

pub(super) fn path() -> PathBuf {
    PathBuf::from("/sessions/s1.json")
}

fn loaded(access: Access) -> Box<Loaded> {
    let session = Session::new(
        "s1".to_owned(),
        "Kids reader".to_owned(),
        "2026-03-03T09:00:00Z".to_owned(),
        PrincipleSet::default(),
    );
    Box::new(Loaded { session, path: path(), fingerprint: Fingerprint::of(b"on disk"), access })
}

/// The list, with no session open.
pub(super) fn on_the_list() -> (App, Clock) {
    let clock = Clock { start: Instant::now() };
    let app = App::new(PathBuf::from("/sessions"), clock.start, PrincipleSet::default());
    (app, clock)
}

/// A session open, its headline typed into and not yet saved (the change at second 1).
fn typed_into() -> (App, Clock) {
    let (mut app, clock) = on_the_list();
    update(&mut app, Action::Opened(Ok(loaded(Access::ReadWrite))), &clock.at(0));
    update(&mut app, Action::GoToStage(crate::domain::Stage::PressRelease), &clock.at(0));
    update(&mut app, Action::Edit, &clock.at(0));
    let input = ratatui_textarea::Input { key: ratatui_textarea::Key::Char('K'), ..Default::default() };
    update(&mut app, Action::EditText(input), &clock.at(1));
    (app, clock)
}

fn dirty(app: &App) -> bool {
    app.session().is_some_and(|view| view.save.dirty)
}

fn saved(changed_at: Option<Instant>, result: Result<Saved, String>) -> Action {
    Action::SaveFinished { path: path(), changed_at, result }
}

fn last_change(app: &App) -> Option<Instant> {
    app.session().and_then(|view| view.save.last_change)
}

#[test]
fn typing_is_saved_within_a_second_of_the_first_unsaved_change() {
    let (mut app, clock) = typed_into();
    assert!(dirty(&app));
    let effects = update(&mut app, Action::Tick, &clock.at(2));
    assert!(
        matches!(&effects[..], [Effect::Save { path: p, session, .. }] if *p == path() && session.press_release.headline == "K"),
        "{effects:?}"
    );
}

#[test]
fn a_save_that_finished_for_the_open_session_clears_its_changes_and_its_recovery_copy() {
    let (mut app, clock) = typed_into();
    let changed_at = last_change(&app);
    let effects = update(&mut app, saved(changed_at, Ok(Saved::Written(Fingerprint::of(b"mine")))), &clock.at(2));
    assert_eq!(effects, [Effect::RemoveRecovery("s1".to_owned())]);
    assert!(!dirty(&app));
    assert_eq!(app.session().and_then(|view| view.loaded_from), Some(Fingerprint::of(b"mine")));
}

#[test]
fn a_late_save_overtaken_by_a_later_change_leaves_that_change_unsaved() {
    let (mut app, clock) = typed_into();
    let asked_at = last_change(&app);
    let input = ratatui_textarea::Input { key: ratatui_textarea::Key::Char('i'), ..Default::default() };
    update(&mut app, Action::EditText(input), &clock.at(3));
    let effects = update(&mut app, saved(asked_at, Ok(Saved::Written(Fingerprint::of(b"mine")))), &clock.at(3));
    assert_eq!(effects, [], "the recovery copy still holds the newer typing");
    assert!(dirty(&app), "the later change is not saved by an earlier save");
    assert_eq!(
        app.session().and_then(|view| view.loaded_from),
        Some(Fingerprint::of(b"mine")),
        "the file holds the save"
    );
}

#[test]
fn a_late_save_for_a_session_no_longer_open_changes_nothing() {
    let (mut app, clock) = typed_into();
    let late = Action::SaveFinished {
        path: PathBuf::from("/sessions/other.json"),
        changed_at: last_change(&app),
        result: Ok(Saved::Written(Fingerprint::of(b"x"))),
    };
    assert_eq!(update(&mut app, late, &clock.at(2)), []);
    assert!(dirty(&app));
    let (mut list, clock) = on_the_list();
    assert_eq!(update(&mut list, saved(None, Err("disk full".to_owned())), &clock.at(2)), []);
    assert!(list.notice.is_none() && matches!(list.screen, Screen::List));
}

#[test]
fn a_save_that_met_a_change_on_disk_asks_what_the_file_holds_now() {
    let (mut app, clock) = typed_into();
    let changed_at = last_change(&app);
    let effects = update(&mut app, saved(changed_at, Ok(Saved::ChangedOnDisk)), &clock.at(2));
    assert_eq!(effects, [Effect::CheckOnDisk { path: path(), loaded_from: Fingerprint::of(b"on disk") }]);
    assert!(dirty(&app), "nothing was written");
}

#[test]
fn a_change_on_disk_with_typing_unsaved_asks_the_user_and_keeps_the_typing_safe() {
    let (mut app, clock) = typed_into();
    let change =
        OutsideChange { path: path(), fingerprint: Fingerprint::of(b"theirs"), theirs: Ok(loaded(Access::ReadWrite)) };
    let effects = update(&mut app, Action::ChangedOnDisk(change), &clock.at(2));
    assert!(matches!(&effects[..], [Effect::WriteRecovery(_)]), "{effects:?}");
    assert!(matches!(app.overlay, Some(Overlay::OutsideChange(_))));
    assert!(app.session().is_some_and(|view| view.save.awaiting_choice));
    assert_eq!(update(&mut app, Action::Tick, &clock.at(5)), [], "no save and no check until the choice is made");
}

#[test]
fn a_late_disk_check_after_the_session_was_closed_is_ignored() {
    let (mut app, clock) = on_the_list();
    let change =
        OutsideChange { path: path(), fingerprint: Fingerprint::of(b"theirs"), theirs: Ok(loaded(Access::ReadWrite)) };
    assert_eq!(update(&mut app, Action::ChangedOnDisk(change), &clock.at(2)), []);
    assert!(app.overlay.is_none());

    let (mut app, clock) = typed_into();
    let about_another = OutsideChange {
        path: PathBuf::from("/sessions/other.json"),
        fingerprint: Fingerprint::of(b"theirs"),
        theirs: Err("gone".to_owned()),
    };
    assert_eq!(update(&mut app, Action::ChangedOnDisk(about_another), &clock.at(2)), []);
    assert!(app.overlay.is_none() && dirty(&app));
}

#[test]
fn save_and_quit_saves_first_and_quits_once_the_save_finished() {
    let (mut app, clock) = typed_into();
    let effects = update(&mut app, Action::SaveAndQuit, &clock.at(1));
    assert!(matches!(&effects[..], [Effect::Save { .. }]), "{effects:?}");
    assert!(!app.quit, "not before the save");
    let changed_at = last_change(&app);
    update(&mut app, saved(changed_at, Ok(Saved::Written(Fingerprint::of(b"mine")))), &clock.at(1));
    assert!(app.quit);
}

#[test]
fn a_failed_save_on_quitting_arms_a_second_ctrl_q_that_quits_without_saving() {
    let (mut app, clock) = typed_into();
    update(&mut app, Action::SaveAndQuit, &clock.at(1));
    let changed_at = last_change(&app);
    update(&mut app, saved(changed_at, Err("disk full".to_owned())), &clock.at(1));
    assert!(!app.quit);
    assert!(app.notice.as_ref().is_some_and(|notice| notice.is_error && notice.text.contains("WITHOUT saving")));
    assert_eq!(update(&mut app, Action::SaveAndQuit, &clock.at(2)), []);
    assert!(app.quit);
}

/// Simple transitions: (what, the state, the action, the effects, what must then hold).
type Case = (&'static str, fn() -> (App, Clock), fn(&App) -> Action, fn(&[Effect]) -> bool, fn(&App) -> bool);

#[test]
fn each_action_changes_the_state_and_asks_for_the_effects_it_names() {
    let cases: [Case; 9] = [
        ("q quits at once on the list", on_the_list, |_| Action::Quit, <[Effect]>::is_empty, |app| app.quit),
        (
            "n asks for a title",
            on_the_list,
            |_| Action::AskNewTitle,
            <[Effect]>::is_empty,
            |app| matches!(app.overlay, Some(Overlay::NewTitle(_))),
        ),
        (
            "the settings set the theme and say what was wrong",
            on_the_list,
            |_| Action::Configured { theme: Theme::NoColor, problem: Some("bad config".to_owned()) },
            <[Effect]>::is_empty,
            |app| app.theme == Theme::NoColor && app.notice.as_ref().is_some_and(|n| n.is_error),
        ),
        (
            "/ starts the filter and reads the sessions' text",
            on_the_list,
            |_| Action::StartFilter,
            |e| e == [Effect::IndexContent],
            |app| app.list.filtering,
        ),
        (
            "typing into the filter",
            || {
                let (mut app, clock) = on_the_list();
                update(&mut app, Action::StartFilter, &clock.at(0));
                (app, clock)
            },
            |_| Action::Type(LineEdit::Insert('k')),
            <[Effect]>::is_empty,
            |app| app.list.filter == "k",
        ),
        (
            "Ctrl+S with nothing changed writes nothing",
            || {
                let (mut app, clock) = on_the_list();
                update(&mut app, Action::Opened(Ok(loaded(Access::ReadWrite))), &clock.at(0));
                (app, clock)
            },
            |_| Action::SaveNow,
            <[Effect]>::is_empty,
            |app| app.notice.as_ref().is_some_and(|n| n.text.contains("nothing changed")),
        ),
        (
            "a read-only session says why a key cannot change it",
            || {
                let (mut app, clock) = on_the_list();
                update(
                    &mut app,
                    Action::Opened(Ok(loaded(Access::ReadOnly("from a newer Backwards".to_owned())))),
                    &clock.at(0),
                );
                (app, clock)
            },
            |_| Action::ExplainReadOnly,
            <[Effect]>::is_empty,
            |app| app.notice.as_ref().is_some_and(|n| n.is_error && n.text.contains("newer Backwards")),
        ),
        (
            "Esc in the editor stops editing and saves",
            typed_into,
            |_| Action::Back,
            |e| matches!(e, [Effect::Save { .. }]),
            |app| !app.is_editing(),
        ),
        (
            "Esc with everything saved goes back to the list and reads it again",
            || {
                let (mut app, clock) = typed_into();
                update(&mut app, Action::Back, &clock.at(1));
                let changed_at = last_change(&app);
                update(&mut app, saved(changed_at, Ok(Saved::Written(Fingerprint::of(b"a")))), &clock.at(1));
                (app, clock)
            },
            |_| Action::Back,
            |e| e == [Effect::List],
            |app| matches!(app.screen, Screen::List),
        ),
    ];
    for (what, state, action, effects_ok, state_ok) in cases {
        let (mut app, clock) = state();
        let action = action(&app);
        let effects = update(&mut app, action, &clock.at(10));
        assert!(effects_ok(&effects), "{what}: effects {effects:?}");
        assert!(state_ok(&app), "{what}: the state after it is not as it should be");
    }
}

#[test]
fn a_session_whose_coach_settings_name_an_unknown_rule_says_so_when_opened() {
    let (mut app, clock) = on_the_list();
    let mut misspelt = loaded(Access::ReadWrite);
    misspelt.session.coach.off.push("weasel-words".to_owned());
    update(&mut app, Action::Opened(Ok(misspelt)), &clock.at(0));
    let notice = app.notice.as_ref().expect("a notice");
    assert!(notice.is_error);
    assert_eq!(notice.text, "unknown rule 'weasel-words' in this session's coach.off; did you mean 'weasel-word'?");
}
