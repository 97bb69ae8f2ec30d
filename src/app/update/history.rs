//! Ctrl+Z and Ctrl+Y outside a field: the session's last change taken back or made again.

use super::common::{info, mark_dirty, session_replaced, writable};
use crate::app::{App, Effect, Now};

pub(super) fn undo(app: &mut App, now: &Now, back: bool) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let done = if back { view.history.undo(&mut view.session) } else { view.history.redo(&mut view.session) };
    if !done {
        let text = if back { "Nothing to undo." } else { "Nothing to redo." };
        return info(app, text.to_owned());
    }
    session_replaced(view);
    mark_dirty(view, now);
    let text = if back { "Undone; Ctrl+Y redoes it." } else { "Redone; Ctrl+Z undoes it." };
    info(app, text.to_owned())
}
