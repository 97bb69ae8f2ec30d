//! The facilitator's side: after every action the runner asks what the room sees and
//! writes it for `backwards present` only when it changed, so a tick or a move the room
//! does not see writes nothing; and while a field is typed into, at most every
//! `WRITTEN_AT_MOST_EVERY`, the last letters always written.

use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::app::{App, Now, Room, RoomRecord};
use crate::store::{self, Paths};

/// The projector looks every 150 ms: records written faster are never seen, and typing
/// would write one per letter.
const WRITTEN_AT_MOST_EVERY: Duration = Duration::from_millis(150);

pub struct RoomPublisher {
    paths: Paths,
    published: Option<Room<'static>>,
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
            self.send(Job::Write(room.to_record(now.instant, Timestamp::now(), std::process::id())));
        }
        self.published = room.map(Room::into_owned);
    }

    /// The window leaves the session: the projector waits for the next one.
    pub fn withdraw(&mut self) {
        if let Some(old) = self.published.take() {
            self.send(Job::Remove(old.session_id.into_owned()));
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
        let thread = std::thread::spawn(move || write_in_turn(&paths, &received));
        Self { jobs, thread: Some(thread) }
    }
}

/// Every job in the order sent; a record that comes too soon after the last written
/// waits for its turn, and a newer one takes its place.
fn write_in_turn(paths: &Paths, received: &Receiver<Job>) {
    let mut throttle = Throttle::default();
    loop {
        let next = match throttle.wait(Instant::now()) {
            Some(wait) => received.recv_timeout(wait),
            None => received.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        let now = Instant::now();
        let due = match next {
            Ok(Job::Write(record)) => throttle.offer(record, now),
            Err(RecvTimeoutError::Timeout) => throttle.due(now),
            Ok(remove @ Job::Remove(_)) => {
                if let Some(held) = throttle.release(now) {
                    Job::Write(held).run(paths);
                }
                remove.run(paths);
                None
            }
            Err(RecvTimeoutError::Disconnected) => {
                if let Some(held) = throttle.release(now) {
                    Job::Write(held).run(paths);
                }
                return;
            }
        };
        if let Some(record) = due {
            Job::Write(record).run(paths);
        }
    }
}

/// Which record to write when: one at most every `WRITTEN_AT_MOST_EVERY`, the newest
/// held back until then.
#[derive(Default)]
struct Throttle {
    held: Option<RoomRecord>,
    written_at: Option<Instant>,
}

impl Throttle {
    /// The record to write now, or None when it is held for its turn.
    fn offer(&mut self, record: RoomRecord, now: Instant) -> Option<RoomRecord> {
        self.held = Some(record);
        self.due(now)
    }

    /// The record held, once its turn has come.
    fn due(&mut self, now: Instant) -> Option<RoomRecord> {
        if self.written_at.is_some_and(|at| now < at + WRITTEN_AT_MOST_EVERY) {
            return None;
        }
        self.release(now)
    }

    /// The record held, whatever the time: a removal must follow it, not overtake it,
    /// and the window's end must not lose it.
    fn release(&mut self, now: Instant) -> Option<RoomRecord> {
        let record = self.held.take()?;
        self.written_at = Some(now);
        Some(record)
    }

    /// How long the record held waits for its turn; None when none is held.
    fn wait(&self, now: Instant) -> Option<Duration> {
        self.held.as_ref()?;
        Some(self.written_at.map_or(Duration::ZERO, |at| (at + WRITTEN_AT_MOST_EVERY).saturating_duration_since(now)))
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

    fn record(minutes: u64) -> RoomRecord {
        RoomRecord {
            session_id: "01abc".into(),
            stage: Stage::Review,
            focus: None,
            presenter_scroll: None,
            timebox_minutes: minutes,
            spent_seconds: 0,
            timer_running_since: None,
            silent_reading_until: None,
            silent_reading_paused_left: None,
            process_id: None,
            live_text: None,
        }
    }

    #[test]
    fn what_is_asked_is_done_in_order_before_the_window_finishes() {
        let (_root, paths) = Paths::temporary();
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

    #[test]
    fn records_come_out_at_most_every_150_ms_and_the_last_one_held_always_does() {
        let start = Instant::now();
        let at = |ms: u64| start + Duration::from_millis(ms);
        let mut throttle = Throttle::default();
        assert_eq!(throttle.wait(at(0)), None, "nothing held, nothing to wait for");
        assert_eq!(throttle.offer(record(1), at(0)), Some(record(1)), "the first is written at once");
        assert_eq!(throttle.offer(record(2), at(40)), None);
        assert_eq!(throttle.offer(record(3), at(90)), None);
        assert_eq!(throttle.wait(at(90)), Some(Duration::from_millis(60)));
        assert_eq!(throttle.due(at(149)), None);
        assert_eq!(throttle.due(at(150)), Some(record(3)), "the newest held, with no letter after it");
        assert_eq!(throttle.wait(at(150)), None);
        assert_eq!(throttle.offer(record(4), at(400)), Some(record(4)), "a pause lets the next through at once");
        assert_eq!(throttle.offer(record(5), at(410)), None);
        assert_eq!(throttle.release(at(420)), Some(record(5)), "a removal or the end takes it out early");
        assert_eq!(throttle.offer(record(6), at(500)), None, "counted from that write");
    }
}
