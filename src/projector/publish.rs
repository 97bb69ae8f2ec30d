//! The facilitator's side: after every action the runner asks what the room sees and
//! writes it for `backwards present` only when it changed, so a key typed or a tick
//! writes nothing.

use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;

use jiff::Timestamp;

use crate::app::{App, Now, Room, RoomRecord};
use crate::store::{self, Paths};

pub struct RoomPublisher {
    paths: Paths,
    published: Option<Room>,
    writer: Option<RoomWriter>,
}

impl RoomPublisher {
    pub fn new(paths: Paths) -> Self {
        Self { paths, published: None, writer: None }
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
            self.send(Job::Write(room.to_record(now.instant, Timestamp::now())));
        }
        self.published = room;
    }

    /// The window leaves the session: the projector waits for the next one.
    pub fn withdraw(&mut self) {
        if let Some(old) = self.published.take() {
            self.send(Job::Remove(old.session_id));
        }
    }

    /// The window ends: the record is removed before this returns.
    pub fn finish(&mut self) {
        self.withdraw();
        self.writer = None;
    }

    fn send(&mut self, job: Job) {
        let paths = &self.paths;
        let writer = self.writer.get_or_insert_with(|| RoomWriter::start(paths.clone()));
        if let Err(unsent) = writer.jobs.send(job) {
            unsent.0.run(&self.paths);
        }
    }
}

enum Job {
    Write(RoomRecord),
    Remove(String),
}

impl Job {
    fn run(self, paths: &Paths) {
        let _ = match self {
            Job::Write(record) => store::write_room(paths, &record.session_id, &record),
            Job::Remove(id) => store::remove_room(paths, &id),
        };
    }
}

/// Writes the record on a thread of its own, in the order asked: the disk can take
/// longer than drawing a frame, and the focus moves on every arrow key.
struct RoomWriter {
    jobs: Sender<Job>,
    thread: Option<JoinHandle<()>>,
}

impl RoomWriter {
    fn start(paths: Paths) -> Self {
        let (jobs, received) = channel::<Job>();
        let thread = std::thread::spawn(move || {
            for job in received {
                job.run(&paths);
            }
        });
        Self { jobs, thread: Some(thread) }
    }
}

impl Drop for RoomWriter {
    /// Every job asked for is done before the writer is gone.
    fn drop(&mut self) {
        let (closed, _) = channel();
        drop(std::mem::replace(&mut self.jobs, closed));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Stage;

    #[test]
    fn what_is_asked_is_done_in_order_before_the_window_finishes() {
        let (_root, paths) = Paths::temporary();
        let record = |minutes| RoomRecord {
            session_id: "01abc".into(),
            stage: Stage::Review,
            focus: None,
            presenter_scroll: None,
            timebox_minutes: minutes,
            spent_seconds: 0,
            timer_running_since: None,
            silent_reading_until: None,
            silent_reading_paused_left: None,
        };
        let mut publisher = RoomPublisher::new(paths.clone());
        for minutes in 1..=20 {
            publisher.send(Job::Write(record(minutes)));
        }
        publisher.finish();
        assert_eq!(store::read_room::<RoomRecord>(&paths, "01abc"), Some(record(20)));
        publisher.send(Job::Write(record(21)));
        publisher.send(Job::Remove("01abc".into()));
        publisher.finish();
        assert_eq!(store::read_room::<RoomRecord>(&paths, "01abc"), None);
    }
}
