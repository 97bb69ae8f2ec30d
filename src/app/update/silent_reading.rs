//! The silent reading that opens a review: paused and resumed, extended, started again,
//! and brought back once the review has items.

use std::time::Duration;

use super::common::{close_editor, info};
use crate::app::{App, Effect, Now, Overlay, Presenter, SILENT_READING};
use crate::domain::clock::minutes_seconds;

/// What `+` adds to a silent reading.
const EXTENSION: Duration = Duration::from_secs(5 * 60);

fn reading(app: &mut App) -> Option<&mut Presenter> {
    match &mut app.overlay {
        Some(Overlay::Presenter(presenter)) if presenter.reading_until.is_some() => Some(presenter),
        _ => None,
    }
}

fn clock(left: Duration) -> String {
    minutes_seconds(left.as_secs())
}

pub(super) fn pause_or_go_on(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(presenter) = reading(app) else { return Vec::new() };
    let text = match presenter.reading_paused.take() {
        Some(left) => {
            presenter.reading_until = Some(now.instant + left);
            format!("Silent reading goes on: {} left.", clock(left))
        }
        None => {
            let left =
                presenter.reading_until.map_or(Duration::ZERO, |until| until.saturating_duration_since(now.instant));
            presenter.reading_paused = Some(left);
            format!("Silent reading paused with {} left; p goes on.", clock(left))
        }
    };
    info(app, text)
}

pub(super) fn extend(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(presenter) = reading(app) else { return Vec::new() };
    let left = match &mut presenter.reading_paused {
        Some(left) => {
            *left += EXTENSION;
            *left
        }
        None => {
            let until = presenter.reading_until.map_or(now.instant, |until| until.max(now.instant)) + EXTENSION;
            presenter.reading_until = Some(until);
            until - now.instant
        }
    };
    info(app, format!("Five minutes more: {} of silent reading left.", clock(left)))
}

/// `r` during silent reading starts it again; in the review, `S` brings it back.
pub(super) fn restart(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    close_editor(view);
    let scroll = match &app.overlay {
        Some(Overlay::Presenter(presenter)) => presenter.scroll,
        _ => 0,
    };
    let reading_until = Some(now.instant + SILENT_READING);
    app.overlay = Some(Overlay::Presenter(Presenter { scroll, reading_until, reading_paused: None }));
    info(app, format!("Silent reading: {} for the room to read the draft.", clock(SILENT_READING)))
}
