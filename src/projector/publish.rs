//! The facilitator's side: after every action the runner asks what the room sees and
//! writes it for `backwards present` only when it changed, so a key typed or a tick
//! writes nothing.

use jiff::Timestamp;

use crate::app::{App, Now, Room};
use crate::store::{self, Paths};

pub struct RoomPublisher {
    paths: Paths,
    published: Option<Room>,
}

impl RoomPublisher {
    pub fn new(paths: Paths) -> Self {
        Self { paths, published: None }
    }

    /// Best effort, as positions are: a record not written only leaves the projector a
    /// step behind, never the session wrong.
    pub fn publish(&mut self, app: &App, now: &Now) {
        let room = Room::of(app);
        if room == self.published {
            return;
        }
        if room.as_ref().map(|room| &room.session_id) != self.published.as_ref().map(|old| &old.session_id) {
            self.withdraw();
        }
        if let Some(room) = &room {
            let _ = store::write_room(&self.paths, &room.session_id, &room.to_record(now.instant, Timestamp::now()));
        }
        self.published = room;
    }

    /// The window leaves the session or ends: the projector waits for the next one.
    pub fn withdraw(&mut self) {
        if let Some(old) = self.published.take() {
            let _ = store::remove_room(&self.paths, &old.session_id);
        }
    }
}
