//! Ctrl+Z and Ctrl+Y outside a field: the session's last change taken back or made again.

use super::common::{info, mark_dirty, writable};
use crate::app::{App, Effect, Now};

pub(super) fn undo(app: &mut App, now: &Now, back: bool) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let done = if back { view.history.undo(&mut view.session) } else { view.history.redo(&mut view.session) };
    if !done {
        let text = if back { "Nothing to undo." } else { "Nothing to redo." };
        return info(app, text.to_owned());
    }
    // What the focus was on may be gone, or moved: it stays where it was, within the stage.
    if view.review.open_item.is_some_and(|index| index >= view.session.review.items.len()) {
        view.review.open_item = None;
    }
    view.jumped_from = None;
    view.focus = view.focus.min(view.fields().len().saturating_sub(1));
    view.recount_all();
    mark_dirty(view, now);
    let text = if back { "Undone; Ctrl+Y redoes it." } else { "Redone; Ctrl+Z undoes it." };
    info(app, text.to_owned())
}
