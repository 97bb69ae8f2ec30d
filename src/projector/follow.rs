//! The projector's side: the session as its file holds it, shown as the facilitator's
//! window shows it to the room. Both files are looked at on every poll; the session is
//! read again only when its file changed, and neither is ever written.

use std::path::PathBuf;
use std::time::Instant;

use jiff::Timestamp;

use crate::app::{Field, Presenter, RoomRecord, SessionView, day_of};
use crate::domain::{Access, sanitize_line, sanitize_text};
use crate::store::{self, FileStamp, Paths};
use crate::ui::{Banner, Projection};

/// Said above the document: whether a facilitator's window has the session open.
const WAITING: &str = "waiting for the facilitator's window";
const FOLLOWING: &str = "following the facilitator's window";

pub struct Follower {
    paths: Paths,
    path: PathBuf,
    /// The session as the room sees it: the file's session (`as_loaded`, as last read)
    /// with the facilitator's record laid over it.
    view: SessionView,
    read_as: Option<FileStamp>,
    record: Option<RoomRecord>,
    presenter: Presenter,
    focus: Option<Field>,
    /// Text typed into fields the facilitator has stopped editing, which the file may
    /// not hold yet (autosave waits a second): shown until the file is read again, so
    /// the room never sees a sentence vanish and come back.
    typed_before: Vec<(Field, String)>,
}

impl Follower {
    /// Reads the session; a file that cannot be read is said before the window opens.
    /// `wall` is now: due dates are measured against its day.
    pub fn open(paths: Paths, path: PathBuf, wall: Timestamp) -> Result<Self, String> {
        let read_as = FileStamp::of(&path);
        let mut view = read_view(&path)?;
        view.today = day_of(wall);
        Ok(Self {
            paths,
            path,
            view,
            read_as,
            record: None,
            presenter: Presenter::default(),
            focus: None,
            typed_before: Vec::new(),
        })
    }

    /// Looks at both files and at the day, and takes in what changed; `now` and `wall`
    /// are one moment on this process's clock and on the wall clock. Says whether what
    /// the room sees changed, other than by its clock running.
    pub fn poll(&mut self, now: Instant, wall: Timestamp) -> bool {
        let stamp = FileStamp::of(&self.path);
        let mut changed = false;
        if stamp.is_some() && stamp != self.read_as {
            // A file caught half-replaced is read again on the next poll.
            if let Ok(view) = read_view(&self.path) {
                let today = self.view.today;
                self.view = view;
                self.view.today = today;
                self.read_as = stamp;
                self.typed_before.clear();
                changed = true;
            }
        }
        let id = &self.view.session.id;
        // A record whose window is gone (it crashed, or was killed) is as good as removed.
        let record: Option<RoomRecord> = store::read_room(&self.paths, id).filter(|record: &RoomRecord| {
            record.session_id == *id && !record.process_id.is_some_and(store::process_is_gone)
        });
        if record != self.record {
            self.keep_what_was_typed(record.as_ref());
            self.record = record;
            changed = true;
        }
        if changed {
            self.apply_record(now, wall);
        }
        let today = day_of(wall);
        if self.view.today != today {
            self.view.today = today;
            changed = true;
        }
        changed
    }

    /// The text the last record was typing, when the next one from the same window stops
    /// typing it; nothing once no window is followed.
    fn keep_what_was_typed(&mut self, next: Option<&RoomRecord>) {
        let Some(next) = next else {
            self.typed_before.clear();
            return;
        };
        if let Some(last) = &self.record
            && last.process_id == next.process_id
            && let (Some(field), Some(text)) = (last.focus, &last.live_text)
            && (next.focus != Some(field) || next.live_text.is_none())
        {
            self.typed_before.retain(|(kept, _)| *kept != field);
            self.typed_before.push((field, text.clone()));
        }
    }

    /// The facilitator's stage, clock, focus, presenter and the text being typed, over
    /// the session as read. Each record is laid over the file's session afresh, so
    /// nothing of an earlier one outlives it; without one the room sees the file's own.
    fn apply_record(&mut self, now: Instant, wall: Timestamp) {
        let view = &mut self.view;
        view.session = view.as_loaded.clone();
        let Some(record) = &self.record else {
            view.stage = view.session.stage;
            view.timer_since = None;
            view.recount_all();
            self.presenter = Presenter::default();
            self.focus = None;
            return;
        };
        view.stage = record.stage;
        *view.session.timeboxes.minutes.get_mut(record.stage) = record.timebox_minutes;
        *view.session.timeboxes.spent_seconds.get_mut(record.stage) = record.spent_seconds;
        view.timer_since = record.timer_since(now, wall);
        let typing = record.focus.zip(record.live_text.as_ref());
        for (field, text) in self.typed_before.iter().map(|(field, text)| (*field, text)).chain(typing) {
            // A field the file does not hold yet (a question just added) shows once saved.
            if let Some(shown) = field.text_mut(&mut view.session) {
                *shown = if field.is_one_line() { sanitize_line(text) } else { sanitize_text(text) };
            }
        }
        view.recount_all();
        self.presenter = Presenter {
            scroll: record.presenter_scroll.unwrap_or(0),
            reading_until: record.reading_until(now, wall),
            reading_paused: record.silent_reading_paused_left,
        };
        // In the presenter view the facilitator scrolls for the room; elsewhere the
        // room follows the place the facilitator is on.
        self.focus = if record.presenter_scroll.is_some() { None } else { record.focus };
    }

    pub fn projection(&self) -> Projection<'_> {
        Projection {
            view: &self.view,
            presenter: self.presenter,
            focus: self.focus,
            hint: "q quits",
            banner: Some(match self.record {
                Some(_) => Banner { text: FOLLOWING, needs_attention: false },
                None => Banner { text: WAITING, needs_attention: true },
            }),
        }
    }
}

fn read_view(path: &std::path::Path) -> Result<SessionView, String> {
    let loaded = store::load(path).map_err(|e| e.to_string())?;
    let reason = "the projector's window only shows the session".to_owned();
    Ok(SessionView::new(loaded.session, loaded.path, Some(loaded.fingerprint), Access::ReadOnly(reason)))
}

#[cfg(test)]
mod tests;
