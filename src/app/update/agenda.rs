//! The agenda: the workshop's stages with their timeboxes, where a timebox is typed as
//! a number of minutes (20 → 5 is "5 Enter", not fifteen presses of `-`).

use super::common::{error, info, mark_changed};
use crate::app::{Agenda, App, Effect, Now, Overlay};
use crate::domain::Stage;

/// A timebox longer than a working day is a typing slip.
const MINUTES_AT_MOST: u64 = 600;

pub(super) fn show(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session() else { return Vec::new() };
    let row = Stage::ALL.iter().position(|stage| *stage == view.stage()).unwrap_or(0);
    app.overlay = Some(Overlay::Agenda(Agenda { row, typed: String::new() }));
    Vec::new()
}

pub(super) fn move_row(app: &mut App, by: isize) -> Vec<Effect> {
    if let Some(Overlay::Agenda(agenda)) = &mut app.overlay {
        agenda.row = agenda.row.saturating_add_signed(by).min(Stage::ALL.len() - 1);
        agenda.typed.clear();
    }
    Vec::new()
}

pub(super) fn type_minutes(app: &mut App, typed: Option<char>) -> Vec<Effect> {
    let Some(Overlay::Agenda(agenda)) = &mut app.overlay else { return Vec::new() };
    match typed {
        None => {
            agenda.typed.pop();
        }
        Some(digit) if digit.is_ascii_digit() && agenda.typed.len() < 3 => agenda.typed.push(digit),
        Some(_) => return error(app, "A timebox is a number of minutes: type digits, then Enter.".to_owned()),
    }
    Vec::new()
}

/// Enter: the typed minutes become the stage's timebox; with nothing typed, it closes.
pub(super) fn set_timebox(app: &mut App, agenda: Agenda, now: &Now) -> Vec<Effect> {
    if agenda.typed.is_empty() {
        return Vec::new();
    }
    let minutes = agenda.typed.parse::<u64>().unwrap_or(0);
    let stage = Stage::ALL.get(agenda.row).copied().unwrap_or(Stage::Customer);
    if minutes == 0 || minutes > MINUTES_AT_MOST {
        app.overlay = Some(Overlay::Agenda(Agenda { typed: String::new(), ..agenda }));
        return error(app, format!("A timebox is 1 to {MINUTES_AT_MOST} minutes."));
    }
    let Some(view) = app.session_mut() else { return Vec::new() };
    *view.session.timeboxes.minutes.get_mut(stage) = minutes;
    mark_changed(view, now);
    app.overlay = Some(Overlay::Agenda(Agenda { typed: String::new(), ..agenda }));
    info(app, format!("{}: {minutes} minutes.", stage.title()))
}
