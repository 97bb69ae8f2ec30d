//! What every part of `update` shares: notices, the save of the open session, the
//! editor's text written back, going back to the list.

use crate::app::{AfterSave, App, Editor, Effect, Field, ItemPart, Notice, Now, Screen, SessionView};
use crate::domain::{Loaded, Stage};
use crate::domain::{parse_due_date, printable, tidy_item};

/// Notices often quote a path or a store's error, which can name any file of the folder.
pub(super) fn info(app: &mut App, text: String) -> Vec<Effect> {
    app.notice = Some(Notice { text: printable(&text), is_error: false });
    Vec::new()
}

pub(super) fn error(app: &mut App, text: String) -> Vec<Effect> {
    app.notice = Some(Notice { text: printable(&text), is_error: true });
    Vec::new()
}

/// A save of the open session, if it has changes and may be written.
pub(super) fn save_effect(view: &mut SessionView, now: &Now) -> Option<Effect> {
    if !view.save.dirty || view.read_only_reason().is_some() {
        return None;
    }
    view.fold_timer(now.instant);
    view.session.updated_at = now.timestamp.clone();
    view.saving = Some(view.session.clone());
    Some(Effect::Save {
        path: view.path.clone(),
        session: Box::new(view.session.clone()),
        loaded_from: view.loaded_from,
        changed_at: view.save.last_change,
    })
}

/// A real change: it is saved, and work done on a later stage moves the workshop on.
pub(super) fn mark_changed(view: &mut SessionView, now: &Now) {
    view.session.stage = view.session.stage.max(view.stage);
    let typing = view.editor.as_ref().map(|editor| editor.field);
    view.history.record(&view.session, typing);
    mark_dirty(view, now);
}

/// Something to save that is not a change of its own (an undo).
pub(super) fn mark_dirty(view: &mut SessionView, now: &Now) {
    if !view.save.dirty {
        view.save.unsaved_since = Some(now.instant);
    }
    view.save.dirty = true;
    view.save.recovery_behind = true;
    view.save.last_change = Some(now.instant);
}

/// The session was replaced whole (an undo, a conflict resolved): what the focus was on
/// may be gone or moved, so it stays where it was, within the stage.
pub(super) fn session_replaced(view: &mut SessionView) {
    if view.review.open_item.is_some_and(|index| index >= view.session.review.items.len()) {
        view.review.open_item = None;
    }
    view.jumped_from = None;
    view.focus = view.focus.min(view.fields().len().saturating_sub(1));
    view.recount_all();
}

/// The open session when it may be changed; otherwise the footer says why not.
pub(super) fn writable(app: &mut App) -> Option<&mut SessionView> {
    let reason = app.session()?.read_only_reason().map(str::to_owned);
    if let Some(reason) = reason {
        app.notice = Some(Notice { text: format!("Read-only: {reason}"), is_error: true });
        return None;
    }
    app.session_mut()
}

/// Writes the editor's text back into the session.
pub(super) fn close_editor(view: &mut SessionView) {
    if let Some(editor) = view.editor.take()
        && editor.writable
        && let Some(text) = editor.field.text_mut(&mut view.session)
    {
        *text = editor.text();
        if let Field::ItemPart(index, _) = editor.field
            && let Some(item) = view.session.review.items.get_mut(index)
        {
            tidy_item(item);
        }
    }
    view.history.editing_ended(&view.session);
}

/// An editor on the field's text; one that only reads in a read-only session.
pub(super) fn open_editor(view: &SessionView, field: Field) -> Editor {
    let text = field.text(&view.session).unwrap_or_default();
    Editor::new(field, text, view.read_only_reason().is_none())
}

pub(super) fn to_list(app: &mut App) -> Vec<Effect> {
    let mut effects: Vec<Effect> = remember_position(app).into_iter().collect();
    if let Screen::Session(view) = &mut app.screen {
        app.list.reselect = Some(view.path.clone());
        // Back to the log it was opened from, read again for what changed meanwhile.
        if let Some(log) = view.back_to_log.take() {
            app.overlay = Some(crate::app::Overlay::Decisions(*log));
            effects.push(Effect::ReadEverySession);
        }
    }
    app.screen = Screen::List;
    effects.push(Effect::List);
    effects
}

/// Where the open session is on screen, kept on this machine (never in the shared
/// file) to reopen it there; written only when it moved.
pub(super) fn remember_position(app: &mut App) -> Option<Effect> {
    let view = app.session()?;
    let (id, stage) = (view.session.id.clone(), view.stage);
    if app.positions.get(&id) == Some(&stage) {
        return None;
    }
    app.positions.insert(id, stage);
    Some(Effect::WritePositions(app.positions.clone()))
}

/// What waited for the save: quitting, or going back to the list.
pub(super) fn after_save(app: &mut App, then: Option<AfterSave>) -> Vec<Effect> {
    match then {
        Some(AfterSave::Quit) => quit(app),
        Some(AfterSave::BackToList) => to_list(app),
        None => Vec::new(),
    }
}

pub(super) fn open_view(app: &mut App, loaded: Loaded, now: &Now) {
    let mut view = SessionView::new(loaded.session, loaded.path, Some(loaded.fingerprint), loaded.access);
    view.today = now.today();
    if let Some(stage) = app.positions.get(&view.session.id) {
        view.stage = *stage;
    }
    let setting_problems = view.session.coach.problems("this session's");
    if let Some(reason) = view.read_only_reason() {
        app.notice = Some(Notice { text: format!("Read-only: {reason}"), is_error: false });
    } else if !setting_problems.is_empty() {
        app.notice = Some(Notice { text: setting_problems.join("; "), is_error: true });
    }
    app.overlay = None;
    if let Some((target, log)) = app.jump_to.take().filter(|(target, _)| target.path == view.path) {
        show_decision(&mut view, &target.item_id);
        view.back_to_log = Some(log);
    }
    app.screen = Screen::Session(Box::new(view));
    super::conflicts::offer(app);
}

/// The review, the focus on this decision: where the decisions log's Enter leads.
fn show_decision(view: &mut SessionView, item_id: &str) {
    view.stage = Stage::Review;
    view.review.open_item = None;
    view.focus = 0;
    if let Some(index) = view.session.review.items.iter().position(|item| item.id == item_id) {
        view.focus_on(Field::ReviewItem(index));
    }
}

/// Says so when the due date just left is not a date, or a day already past; the text
/// stays as typed.
pub(super) fn check_due_date(app: &mut App, field: Field, today: jiff::civil::Date) {
    let Field::ItemPart(index, ItemPart::Due) = field else { return };
    let Some(view) = app.session() else { return };
    let Some(item) = view.session.review.items.get(index) else { return };
    let Some(due) = &item.due else { return };
    let text = match parse_due_date(due.trim()) {
        Err(message) => {
            app.notice = Some(Notice { text: format!("The {message}"), is_error: true });
            return;
        }
        Ok(date) if view.session.is_overdue(item, today) => {
            format!("⚠ Due {date} is already past: the decision shows as overdue until it is settled.")
        }
        Ok(date) if date < today => format!("⚠ Due {date} is already past."),
        Ok(_) => return,
    };
    app.notice = Some(Notice { text, is_error: false });
}

/// The loop ends after this action; nothing is left to do.
pub(super) fn quit(app: &mut App) -> Vec<Effect> {
    app.quit = true;
    Vec::new()
}
