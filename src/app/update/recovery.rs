//! The offer, at start-up, of typing a session file never got: restore it, compare it
//! with the file, discard it to the trash, or leave it for the next start.

use super::common::info;
use crate::app::{App, DiffView, Effect, Overlay, Screen};
use crate::domain::{Recovery, Side, diff_drafts};

/// Shows the next recovery copy on the list, when nothing else is in the way.
pub(super) fn offer_next(app: &mut App) {
    if app.overlay.is_none() && matches!(app.screen, Screen::List) && !app.recoveries.is_empty() {
        app.overlay = Some(Overlay::OfferRecovery);
    }
}

/// The recovery copy on offer, taken off the list as it is decided on.
fn take_offered(app: &mut App) -> Option<Recovery> {
    if app.recoveries.is_empty() {
        return None;
    }
    app.overlay = None;
    Some(app.recoveries.remove(0))
}

pub(super) fn restore(app: &mut App) -> Vec<Effect> {
    let Some(recovery) = take_offered(app) else { return Vec::new() };
    vec![Effect::RestoreRecovery {
        copy: recovery.copy,
        file: recovery.on_disk.path,
        session: Box::new(recovery.recovered),
        loaded_from: recovery.on_disk.fingerprint,
    }]
}

pub(super) fn compare(app: &mut App) -> Vec<Effect> {
    let Some(recovery) = app.recoveries.first() else { return Vec::new() };
    let (Some(saved), Some(recovered)) =
        (recovery.on_disk.session.draft_at(Side::Draft), recovery.recovered.draft_at(Side::Draft))
    else {
        return Vec::new();
    };
    let mut diff = DiffView::new("From the saved file to the recovery copy".to_owned(), diff_drafts(saved, recovered));
    diff.back_to = Some(Box::new(Overlay::OfferRecovery));
    app.overlay = Some(Overlay::Diff(diff));
    Vec::new()
}

pub(super) fn discard(app: &mut App) -> Vec<Effect> {
    take_offered(app).map(|recovery| vec![Effect::DiscardRecovery(recovery.copy)]).unwrap_or_default()
}

/// Esc: nothing is decided, and nothing is asked again until the next start.
pub(super) fn later(app: &mut App) -> Vec<Effect> {
    app.overlay = None;
    let count = app.recoveries.len();
    app.recoveries.clear();
    let copies = if count == 1 { "The recovery copy stays" } else { "The recovery copies stay" };
    info(app, format!("{copies}; Backwards offers again at the next start."))
}
