//! The coach's notes on the whole draft in one panel (the session's `N`): moving through
//! them, jumping to a note's place, dismissing one for good.

use super::common::{close_editor, error, info, mark_changed, writable};
use super::review::{place_of, show_place};
use crate::app::{App, Effect, Field, NotesPanel, Now, Overlay, SessionView};
use crate::domain::{Note, lint_tuned};

/// Every note on the draft, as `backwards lint` gives them: the config's settings and the
/// session's together.
fn notes_now(app: &App, view: &SessionView) -> Vec<Note> {
    lint_tuned(&view.session, &app.coach.merged_with(&view.session.coach))
}

pub(super) fn show_notes(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session() else { return Vec::new() };
    let notes = notes_now(app, view);
    if let Some(view) = app.session_mut() {
        close_editor(view);
    }
    app.overlay = Some(Overlay::Notes(NotesPanel { notes, cursor: 0 }));
    Vec::new()
}

pub(super) fn move_note(panel: &mut NotesPanel, by: isize) {
    panel.cursor = panel.cursor.saturating_add_signed(by).min(panel.notes.len().saturating_sub(1));
}

/// The note at the cursor is set aside in the session's coach settings, saved with it;
/// `lint` no longer reports it.
pub(super) fn dismiss_note(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(Overlay::Notes(panel)) = &app.overlay else { return Vec::new() };
    let Some(note) = panel.notes.get(panel.cursor).cloned() else { return Vec::new() };
    let Some(view) = writable(app) else { return Vec::new() };
    if view.session.coach.dismiss(&note.key) {
        mark_changed(view, now);
    }
    if let Some(Overlay::Notes(panel)) = &mut app.overlay {
        panel.notes.remove(panel.cursor);
        panel.cursor = panel.cursor.min(panel.notes.len().saturating_sub(1));
    }
    info(app, format!("Dismissed: {}. backwards lint no longer reports it.", note.place))
}

/// Enter: to the note's place, on its stage (the one on screen: looking changes nothing
/// in the file). A note on the draft as a whole is about the press release.
pub(super) fn go_to_note(app: &mut App, panel: NotesPanel) -> Vec<Effect> {
    let Some(note) = panel.notes.get(panel.cursor).cloned() else { return Vec::new() };
    let Some(view) = app.session_mut() else { return Vec::new() };
    match place_of(&view.session, &note.about, Field::FaqAnswer) {
        Ok(target) => {
            show_place(view, target);
            info(app, format!("{}: {}", note.place, note.message))
        }
        Err(id) => {
            app.overlay = Some(Overlay::Notes(panel));
            error(app, format!("The FAQ question {id} this note is about is gone."))
        }
    }
}
