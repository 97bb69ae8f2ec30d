//! Transitions of resolving merge conflicts, the decisions log and overdue due dates.

use std::path::PathBuf;

use serde_json::json;

use super::tests::{Clock, on_the_list, path};
use super::update;
use crate::app::{Action, App, Effect, Field, ItemPart, Overlay, Screen};
use crate::domain::{
    Access, Conflict, EverySession, Fingerprint, Keep, Loaded, Outcome, PrincipleSet, ReviewItem, ReviewKind, Session,
    Stage,
};

const OURS: &str = "Kids stop reading alone because the print is too small.";
const THEIRS: &str = "Kids stop reading alone because the print is too dull.";

/// A session as a pull left it: two fields both sides changed.
fn merged_session() -> Session {
    let mut session =
        Session::new("s1".into(), "Kids reader".into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    session.press_release.problem = OURS.into();
    session.press_release.headline = "Read with me".into();
    let base = json!("Kids stop reading alone because the books are too hard.");
    session.conflicts.push(Conflict::new("press_release.problem".into(), base, json!(OURS), json!(THEIRS)));
    session.conflicts.push(Conflict::new(
        "press_release.headline".into(),
        json!("Read"),
        json!("Read with me"),
        json!("Read along"),
    ));
    session
}

fn open(session: Session, access: Access) -> (App, Clock) {
    let (mut app, clock) = on_the_list();
    let loaded = Loaded { session, path: path(), fingerprint: Fingerprint::of(b"on disk"), access };
    update(&mut app, Action::Opened(Ok(Box::new(loaded))), &clock.at(0));
    (app, clock)
}

fn open_session(app: &App) -> &Session {
    &app.session().expect("a session is open").session
}

#[test]
fn a_session_with_conflicts_opens_on_them_and_keeping_a_version_resolves_one() {
    for (keep, problem) in
        [(Keep::Ours, OURS.to_owned()), (Keep::Theirs, THEIRS.to_owned()), (Keep::Both, format!("{OURS}\n\n{THEIRS}"))]
    {
        let (mut app, clock) = open(merged_session(), Access::ReadWrite);
        assert!(matches!(app.overlay, Some(Overlay::Conflicts(_))), "the conflicts show on opening");
        let effects = update(&mut app, Action::KeepVersion(keep), &clock.at(1));
        assert_eq!(effects, [], "{keep:?}: saved by autosave, like any change");
        assert_eq!(open_session(&app).press_release.problem, problem, "{keep:?}");
        assert_eq!(open_session(&app).conflicts.len(), 1, "{keep:?}: only that conflict is resolved");
        assert!(app.session().is_some_and(|view| view.save.dirty));
        assert!(matches!(app.overlay, Some(Overlay::Conflicts(shown)) if shown.index == 0), "the next one shows");
    }
}

#[test]
fn resolving_the_last_conflict_saves_a_session_without_conflicts_and_says_it_is_ready_for_git() {
    let (mut app, clock) = open(merged_session(), Access::ReadWrite);
    update(&mut app, Action::KeepVersion(Keep::Theirs), &clock.at(1));
    let effects = update(&mut app, Action::KeepVersion(Keep::Theirs), &clock.at(2));
    let [Effect::Save { session, .. }] = &effects[..] else { panic!("a save: {effects:?}") };
    assert!(session.conflicts.is_empty());
    assert_eq!(session.press_release.headline, "Read along");
    assert!(crate::domain::problems(session).is_empty(), "validate passes");
    assert!(app.overlay.is_none());
    assert!(app.notice.as_ref().is_some_and(|n| n.text.contains("ready for git add")));
}

#[test]
fn undo_brings_a_resolved_conflict_back_and_redo_resolves_it_again() {
    let (mut app, clock) = open(merged_session(), Access::ReadWrite);
    update(&mut app, Action::KeepVersion(Keep::Theirs), &clock.at(1));
    update(&mut app, Action::UndoChange, &clock.at(2));
    assert_eq!(open_session(&app).conflicts.len(), 2, "one undo takes the whole resolution back");
    assert_eq!(open_session(&app).press_release.problem, OURS);
    update(&mut app, Action::RedoChange, &clock.at(3));
    assert_eq!(open_session(&app).conflicts.len(), 1);
    assert_eq!(open_session(&app).press_release.problem, THEIRS);
    update(&mut app, Action::KeepVersion(Keep::Ours), &clock.at(4));
    update(&mut app, Action::UndoChange, &clock.at(5));
    update(&mut app, Action::ShowConflicts, &clock.at(5));
    update(&mut app, Action::RedoChange, &clock.at(6));
    assert!(app.overlay.is_none(), "redone, the last resolution leaves no conflict to show");
}

#[test]
fn edit_puts_both_versions_in_the_fields_editor_and_tab_moves_between_conflicts() {
    let (mut app, clock) = open(merged_session(), Access::ReadWrite);
    update(&mut app, Action::ConflictMove(1), &clock.at(1));
    assert!(matches!(app.overlay, Some(Overlay::Conflicts(shown)) if shown.index == 1));
    update(&mut app, Action::ConflictMove(-1), &clock.at(1));
    update(&mut app, Action::EditConflict, &clock.at(2));
    let view = app.session().unwrap();
    assert!(app.overlay.is_none());
    assert_eq!(view.stage, Stage::PressRelease);
    let editor = view.editor.as_ref().expect("the editor is open");
    assert_eq!(editor.field, Field::Section(crate::domain::Section::Problem));
    assert_eq!(editor.text(), format!("{OURS}\n\n{THEIRS}"));
    assert_eq!(view.session.conflicts.len(), 1);
}

#[test]
fn a_read_only_session_shows_its_conflicts_on_c_and_keeps_them() {
    let (mut app, clock) = open(merged_session(), Access::ReadOnly("open elsewhere".into()));
    assert!(app.overlay.is_none(), "not forced on a session that cannot change");
    update(&mut app, Action::ShowConflicts, &clock.at(1));
    assert!(matches!(app.overlay, Some(Overlay::Conflicts(_))));
    update(&mut app, Action::KeepVersion(Keep::Theirs), &clock.at(2));
    assert_eq!(open_session(&app).conflicts.len(), 2);
    assert!(app.notice.as_ref().is_some_and(|n| n.is_error && n.text.contains("open elsewhere")));
}

fn decision(id: &str, due: &str, owner: &str) -> ReviewItem {
    let mut item = ReviewItem::new(id.into(), ReviewKind::Decision, String::new());
    item.text = format!("Decision {id}");
    item.due = Some(due.into());
    item.owner = Some(owner.into());
    item.outcome = Some(Outcome::Revise);
    item
}

#[test]
fn the_decisions_log_reads_every_session_filters_and_enter_opens_the_decision_on_the_review() {
    let (mut app, clock) = on_the_list();
    assert_eq!(update(&mut app, Action::ShowDecisions, &clock.at(0)), [Effect::ReadEverySession]);
    let mut other = Session::new("s2".into(), "Clinic queue".into(), String::new(), PrincipleSet::amazon());
    other.review.items.push(decision("r-1", "2026-04-01", "Bo"));
    let mut kids = Session::new("s1".into(), "Kids reader".into(), String::new(), PrincipleSet::amazon());
    kids.review.items.push(ReviewItem::new("r-0".into(), ReviewKind::Comment, String::new()));
    kids.review.items.push(decision("r-2", "2026-03-01", "Ana"));
    let every = EverySession {
        sessions: vec![(PathBuf::from("/sessions/s2.json"), other), (path(), kids.clone())],
        skipped: Vec::new(),
    };
    update(&mut app, Action::EverySessionRead(Ok(every)), &clock.at(1));
    let Some(Overlay::Decisions(log)) = &app.overlay else { panic!("the log is open") };
    let order: Vec<&str> = log.visible().iter().map(|row| row.item_id.as_str()).collect();
    assert_eq!(order, ["r-2", "r-1"], "overdue first: 2026-03-01 is before the clock's 2026-03-03");

    update(&mut app, Action::FilterDecisions, &clock.at(2));
    for ch in "@bo".chars() {
        update(&mut app, Action::Type(crate::app::LineEdit::Insert(ch)), &clock.at(2));
    }
    update(&mut app, Action::ToggleOverdue, &clock.at(2));
    let Some(Overlay::Decisions(log)) = &app.overlay else { panic!("the log is open") };
    assert!(log.visible().is_empty(), "Bo's decision is not overdue");
    update(&mut app, Action::ToggleOverdue, &clock.at(2));
    update(&mut app, Action::Deny, &clock.at(2));
    update(&mut app, Action::PickerMove(isize::MIN), &clock.at(2));

    let effects = update(&mut app, Action::Confirm, &clock.at(3));
    assert_eq!(effects, [Effect::Open(path())]);
    let loaded = Loaded { session: kids, path: path(), fingerprint: Fingerprint::of(b"x"), access: Access::ReadWrite };
    update(&mut app, Action::Opened(Ok(Box::new(loaded))), &clock.at(4));
    let Screen::Session(view) = &app.screen else { panic!("the session is open") };
    assert_eq!(view.stage, Stage::Review);
    assert_eq!(view.focused_field(), Some(Field::ReviewItem(1)));
}

/// A session open on its review, the focus on its one decision, due as given.
fn on_a_decision_due(due: &str) -> (App, Clock) {
    let mut session = Session::new("s1".into(), "t".into(), String::new(), PrincipleSet::amazon());
    session.review.items.push(decision("r-1", due, "Ana"));
    let (mut app, clock) = open(session, Access::ReadWrite);
    update(&mut app, Action::GoToStage(Stage::Review), &clock.at(0));
    update(&mut app, Action::NextField, &clock.at(0));
    (app, clock)
}

#[test]
fn a_due_date_entered_in_the_past_is_taken_with_a_warning() {
    let (mut app, clock) = on_a_decision_due("");
    update(&mut app, Action::Edit, &clock.at(0));
    if let Some(view) = app.session_mut() {
        view.focus_on(Field::ItemPart(0, ItemPart::Due));
    }
    update(&mut app, Action::Edit, &clock.at(1));
    let paste = Action::Paste("2026-02-27".into());
    update(&mut app, paste, &clock.at(1));
    update(&mut app, Action::Back, &clock.at(2));
    assert_eq!(open_session(&app).review.items[0].due.as_deref(), Some("2026-02-27"), "kept as entered");
    let notice = app.notice.as_ref().expect("a warning");
    assert!(!notice.is_error && notice.text.contains("already past"), "{notice:?}");
    assert!(open_session(&app).is_overdue(&open_session(&app).review.items[0], clock.at(2).today()));
}

#[test]
fn a_decision_captured_in_one_line_with_a_past_date_is_added_with_a_warning() {
    let (mut app, clock) =
        open(Session::new("s1".into(), "t".into(), String::new(), PrincipleSet::amazon()), Access::ReadWrite);
    update(&mut app, Action::GoToStage(Stage::Review), &clock.at(0));
    update(&mut app, Action::StartCapture, &clock.at(0));
    for ch in "d: Ship the pilot 2026-01-05".chars() {
        update(&mut app, Action::Type(crate::app::LineEdit::Insert(ch)), &clock.at(0));
    }
    update(&mut app, Action::Confirm, &clock.at(1));
    assert_eq!(open_session(&app).review.items[0].due.as_deref(), Some("2026-01-05"));
    assert!(app.notice.as_ref().is_some_and(|n| n.text.contains("already past")), "{:?}", app.notice);
}

/// The screen as the user sees it, 100 by 30, a quoted line a row.
fn screen(app: &App) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    terminal.draw(|frame| crate::ui::render(frame, app)).unwrap();
    terminal.backend().to_string()
}

#[test]
fn a_decision_due_today_is_marked_overdue_once_the_day_turns_while_the_session_stays_open() {
    let (mut app, clock) = on_a_decision_due("2026-03-03");
    let due_today = screen(&app);
    assert!(due_today.contains("due 2026-03-03") && !due_today.contains("overdue"), "{due_today}");

    // Noon, so that the date is the next day in every time zone from UTC−11 to UTC+11.
    let next_day = crate::app::Now { timestamp: "2026-03-04T12:00:00Z".into(), ..clock.at(60) };
    update(&mut app, Action::Tick, &next_day);
    let a_day_later = screen(&app);
    assert!(a_day_later.contains("due 2026-03-03 ⚠ overdue"), "{a_day_later}");
}
