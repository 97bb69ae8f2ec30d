//! Resolving the merge conflicts recorded in the open session: keep ours, theirs or
//! both, or both in the field's editor to cut down. Each resolution is one change, which
//! Ctrl+Z takes back; once none is left the session is saved and `validate` passes.

use super::common::{close_editor, error, info, mark_changed, open_editor, save_effect, session_replaced, writable};
use super::navigation::go_to_stage;
use crate::app::{App, ConflictsView, Effect, Field, Now, Overlay, conflict_field, conflict_place};
use crate::domain::{Keep, count, resolve_conflict};

/// Shows the conflicts when the open session has some, may resolve them, and nothing
/// else covers it. A read-only session only marks them (C shows them).
pub(super) fn offer(app: &mut App) {
    let has_conflicts =
        app.session().is_some_and(|view| !view.session.conflicts.is_empty() && view.read_only_reason().is_none());
    if has_conflicts && app.overlay.is_none() {
        app.overlay = Some(Overlay::Conflicts(ConflictsView::default()));
    }
}

/// `C`: the conflicts, from the first.
pub(super) fn show(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    if view.session.conflicts.is_empty() {
        return info(app, "No merge conflicts in this session.".to_owned());
    }
    close_editor(view);
    app.overlay = Some(Overlay::Conflicts(ConflictsView::default()));
    Vec::new()
}

/// After an undo or a redo under the conflicts: the one shown is still there, or the
/// view closes when none is left.
pub(super) fn follow_session(app: &mut App) {
    let left = app.session().map_or(0, |view| view.session.conflicts.len());
    match &mut app.overlay {
        Some(Overlay::Conflicts(_)) if left == 0 => app.overlay = None,
        Some(Overlay::Conflicts(shown)) => shown.index = shown.index.min(left - 1),
        _ => {}
    }
}

pub(super) fn move_to(app: &mut App, by: isize) -> Vec<Effect> {
    let total = app.session().map_or(0, |view| view.session.conflicts.len());
    if let Some(Overlay::Conflicts(shown)) = &mut app.overlay {
        shown.index = shown.index.saturating_add_signed(by).min(total.saturating_sub(1));
        shown.scroll = 0;
    }
    Vec::new()
}

pub(super) fn scroll(app: &mut App, by: isize) {
    if let Some(Overlay::Conflicts(shown)) = &mut app.overlay {
        // The view stops at its last row when drawn; a limit here keeps scrolling back prompt.
        shown.scroll = shown.scroll.saturating_add_signed(by).min(10_000);
    }
}

/// `o`, `t`, `b`: the conflict shown is resolved with that version.
pub(super) fn keep(app: &mut App, keep: Keep, now: &Now) -> Vec<Effect> {
    let Some(index) = shown_index(app) else { return Vec::new() };
    let Some(view) = writable(app) else { return Vec::new() };
    let Some(conflict) = view.session.conflicts.get(index).cloned() else { return Vec::new() };
    let place = conflict_place(&view.session, &conflict);
    if keep == Keep::Both && !conflict.is_text() {
        return error(app, format!("{} holds one value, not a text: o keeps ours, t theirs.", conflict.field));
    }
    let resolved = match resolve_conflict(&view.session, index, conflict.version(keep)) {
        Ok(resolved) => resolved,
        Err(message) => return error(app, message),
    };
    view.session = resolved;
    session_replaced(view);
    mark_changed(view, now);
    let left = view.session.conflicts.len();
    if left == 0 {
        app.overlay = None;
        let effects = app.session_mut().and_then(|view| save_effect(view, now)).into_iter().collect();
        info(app, "Every merge conflict is resolved and saved: the file is ready for git add.".to_owned());
        return effects;
    }
    if let Some(Overlay::Conflicts(shown)) = &mut app.overlay {
        *shown = ConflictsView { index: index.min(left - 1), scroll: 0 };
    }
    let kept = match keep {
        Keep::Ours => "ours",
        Keep::Theirs => "theirs",
        Keep::Both => "both",
    };
    info(app, format!("Kept {kept} in {place}; {} left; Ctrl+Z undoes it.", count(left, "conflict")))
}

/// `e`: both versions go into the field, whose editor opens on them to be cut down.
pub(super) fn edit(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(index) = shown_index(app) else { return Vec::new() };
    let Some(view) = writable(app) else { return Vec::new() };
    let Some(conflict) = view.session.conflicts.get(index).cloned() else { return Vec::new() };
    if conflict_field(&view.session, &conflict).is_none() || !conflict.is_text() {
        return error(app, format!("{} has no editor here: o keeps ours, t theirs, b both.", conflict.field));
    }
    let resolved = match resolve_conflict(&view.session, index, conflict.version(Keep::Both)) {
        Ok(resolved) => resolved,
        Err(message) => return error(app, message),
    };
    view.session = resolved;
    session_replaced(view);
    mark_changed(view, now);
    let Some((stage, field)) = conflict_field(&view.session, &conflict) else { return Vec::new() };
    app.overlay = None;
    let effects = go_to_stage(app, stage, now);
    // Entering a review offers its silent reading; here the room is mid-merge, not mid-review.
    if matches!(app.overlay, Some(Overlay::OfferSilentReading)) {
        app.overlay = None;
    }
    let Some(view) = app.session_mut() else { return effects };
    if let Field::ItemPart(item, _) = field {
        view.review.open_item = Some(item);
    }
    view.focus_on(field);
    view.editor = Some(open_editor(view, field));
    info(app, "Both versions are in the field: cut them down to one, then Esc.".to_owned());
    effects
}

fn shown_index(app: &App) -> Option<usize> {
    match &app.overlay {
        Some(Overlay::Conflicts(shown)) => Some(shown.index),
        _ => None,
    }
}
