//! What the room sees of the facilitator's window: the stage, the item in focus, the
//! presenter's scroll, the stage's clock and the silent reading. The facilitator's
//! runner publishes it for `backwards present`, the projector's window, to follow; the
//! session file cannot carry it, since looking never writes the session.

use std::borrow::Cow;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{App, Field, Overlay};
use crate::domain::{Access, Stage};

/// The room's view as this process holds it, its times as its own instants. Taken after
/// every action and compared with the one last published: it is written only when it
/// differs, so a tick or a move the room does not see writes nothing. Taken, it borrows
/// the session's text; only one that differs is copied to be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room<'a> {
    pub session_id: Cow<'a, str>,
    pub stage: Stage,
    pub focus: Option<Field>,
    /// Some while the presenter view is on: the rows it is scrolled past.
    pub presenter_scroll: Option<usize>,
    pub timebox_minutes: u64,
    /// The stage's seconds counted before the timer's current run.
    pub spent_seconds: u64,
    pub timer_since: Option<Instant>,
    pub reading_until: Option<Instant>,
    /// The silent reading is paused with this much of it left.
    pub reading_paused: Option<Duration>,
    /// The text of the field in focus while it is being edited: the room reads it as it
    /// is typed, before it is saved.
    pub live_text: Option<Cow<'a, str>>,
}

impl Room<'_> {
    /// What the room sees of the session open for writing here; None on the list, and
    /// for a session this window only reads (another window may be running the room).
    pub fn of(app: &App) -> Option<Room<'_>> {
        let view = app.session().filter(|view| view.access == Access::ReadWrite)?;
        let presenter = match &app.overlay {
            Some(Overlay::Presenter(presenter)) => Some(*presenter),
            _ => None,
        };
        let stage = view.stage();
        let focus = view.focused_field();
        let editing = view.editor.as_ref().filter(|editor| editor.writable && Some(editor.field) == focus);
        Some(Room {
            session_id: Cow::Borrowed(&view.session.id),
            stage,
            focus,
            presenter_scroll: presenter.map(|presenter| presenter.scroll),
            timebox_minutes: view.session.timeboxes.minutes.get(stage),
            spent_seconds: view.session.timeboxes.spent_seconds.get(stage),
            timer_since: view.timer_since,
            reading_until: presenter.and_then(|presenter| presenter.reading_until),
            reading_paused: presenter.and_then(|presenter| presenter.reading_paused),
            live_text: editing.and_then(|editor| editor.field.text(&view.session)).map(Cow::Borrowed),
        })
    }

    /// A copy that holds its own text, to keep as the room last published.
    pub fn into_owned(self) -> Room<'static> {
        Room {
            session_id: Cow::Owned(self.session_id.into_owned()),
            live_text: self.live_text.map(|text| Cow::Owned(text.into_owned())),
            ..self
        }
    }

    /// The record for the file, its instants turned into wall-clock times, which another
    /// process can read: `now` and `wall` are one moment on the two clocks. The writer's
    /// process id lets the projector tell a record left by a window that crashed.
    pub fn to_record(&self, now: Instant, wall: Timestamp, process_id: u32) -> RoomRecord {
        let past = |since: Instant| wall.checked_sub(now.saturating_duration_since(since)).unwrap_or(wall);
        let future = |until: Instant| wall.checked_add(until.saturating_duration_since(now)).unwrap_or(wall);
        RoomRecord {
            session_id: self.session_id.clone().into_owned(),
            stage: self.stage,
            focus: self.focus,
            presenter_scroll: self.presenter_scroll,
            timebox_minutes: self.timebox_minutes,
            spent_seconds: self.spent_seconds,
            timer_running_since: self.timer_since.map(past),
            silent_reading_until: self.reading_until.map(future),
            silent_reading_paused_left: self.reading_paused,
            process_id: Some(process_id),
            live_text: self.live_text.as_deref().map(str::to_owned),
        }
    }
}

/// The room's view as the file holds it, for the projector's window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomRecord {
    pub session_id: String,
    pub stage: Stage,
    #[serde(default)]
    pub focus: Option<Field>,
    #[serde(default)]
    pub presenter_scroll: Option<usize>,
    pub timebox_minutes: u64,
    pub spent_seconds: u64,
    #[serde(default)]
    pub timer_running_since: Option<Timestamp>,
    #[serde(default)]
    pub silent_reading_until: Option<Timestamp>,
    #[serde(default)]
    pub silent_reading_paused_left: Option<Duration>,
    /// The facilitator's window; records written before it was kept have none, and are
    /// followed as long as they are there.
    #[serde(default)]
    pub process_id: Option<u32>,
    /// What the facilitator is typing into the field in focus, not yet saved.
    #[serde(default)]
    pub live_text: Option<String>,
}

impl RoomRecord {
    /// The moment the facilitator's timer started, on this process's clock.
    pub fn timer_since(&self, now: Instant, wall: Timestamp) -> Option<Instant> {
        let since = self.timer_running_since?;
        Some(now.checked_sub(between(since, wall)).unwrap_or(now))
    }

    /// The moment the silent reading ends, on this process's clock.
    pub fn reading_until(&self, now: Instant, wall: Timestamp) -> Option<Instant> {
        let until = self.silent_reading_until?;
        Some(now + between(wall, until))
    }
}

/// From `earlier` to `later`; nothing when `later` is not later (a clock set back).
fn between(earlier: Timestamp, later: Timestamp) -> Duration {
    Duration::try_from(later.duration_since(earlier)).unwrap_or_default()
}

#[cfg(test)]
mod tests;
