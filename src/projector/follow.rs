//! The projector's side: the session as its file holds it, shown as the facilitator's
//! window shows it to the room. Both files are looked at on every poll; the session is
//! read again only when its file changed, and neither is ever written.

use std::path::PathBuf;
use std::time::Instant;

use jiff::Timestamp;

use crate::app::{Field, Presenter, RoomRecord, SessionView};
use crate::domain::Access;
use crate::store::{self, FileStamp, Paths};
use crate::ui::{Banner, Projection};

/// Said above the document: whether a facilitator's window has the session open.
const WAITING: &str = "waiting for the facilitator's window";
const FOLLOWING: &str = "following the facilitator's window";

pub struct Follower {
    paths: Paths,
    path: PathBuf,
    /// The session as last read, and as the room sees it once a record is applied.
    view: SessionView,
    read_as: Option<FileStamp>,
    record: Option<RoomRecord>,
    presenter: Presenter,
    focus: Option<Field>,
}

impl Follower {
    /// Reads the session; a file that cannot be read is said before the window opens.
    pub fn open(paths: Paths, path: PathBuf) -> Result<Self, String> {
        let read_as = FileStamp::of(&path);
        let view = read_view(&path)?;
        Ok(Self { paths, path, view, read_as, record: None, presenter: Presenter::default(), focus: None })
    }

    /// Looks at both files and takes in what changed; `now` and `wall` are one moment on
    /// this process's clock and on the wall clock.
    pub fn poll(&mut self, now: Instant, wall: Timestamp) {
        let stamp = FileStamp::of(&self.path);
        let mut changed = false;
        if stamp.is_some() && stamp != self.read_as {
            // A file caught half-replaced is read again on the next poll.
            if let Ok(view) = read_view(&self.path) {
                self.view = view;
                self.read_as = stamp;
                changed = true;
            }
        }
        let record: Option<RoomRecord> = store::read_room(&self.paths, &self.view.session.id)
            .filter(|record: &RoomRecord| record.session_id == self.view.session.id);
        if record != self.record {
            self.record = record;
            changed = true;
        }
        if changed {
            self.apply_record(now, wall);
        }
    }

    /// The facilitator's stage, clock, focus and presenter over the session as read.
    fn apply_record(&mut self, now: Instant, wall: Timestamp) {
        let Some(record) = &self.record else {
            self.view.stage = self.view.session.stage;
            self.view.timer_since = None;
            self.presenter = Presenter::default();
            self.focus = None;
            return;
        };
        let view = &mut self.view;
        view.stage = record.stage;
        *view.session.timeboxes.minutes.get_mut(record.stage) = record.timebox_minutes;
        *view.session.timeboxes.spent_seconds.get_mut(record.stage) = record.spent_seconds;
        view.timer_since = record.timer_since(now, wall);
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
