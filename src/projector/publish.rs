//! The facilitator's side: after every action the runner asks what the room sees and
//! writes it for `backwards present` only when it changed, so a tick or a move the room
//! does not see writes nothing; and at most every `WRITTEN_AT_MOST_EVERY`, a change that
//! comes sooner held back until its turn, when the loop wakes to write it.

use std::sync::mpsc::{Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::app::{App, Now, Room, RoomRecord};
use crate::store::{self, Paths};

/// The projector looks every 150 ms: records written faster are never seen, and typing
/// would copy the field's text and write it for every letter.
const WRITTEN_AT_MOST_EVERY: Duration = Duration::from_millis(150);

pub struct RoomPublisher {
    paths: Paths,
    /// The room as last sent to be written, and when.
    published: Option<Room<'static>>,
    sent_at: Option<Instant>,
    /// The room has changed since it was last sent, and waits for its turn.
    held: bool,
    writer: Option<RoomWriter>,
}

impl RoomPublisher {
    pub fn new(paths: Paths) -> Self {
        Self { paths, published: None, sent_at: None, held: false, writer: None }
    }

    /// Best effort, as positions are: a record not written only leaves the projector a
    /// step behind, never the session wrong.
    pub fn publish(&mut self, app: &App, now: &Now) {
        let room = Room::of(app);
        if room == self.published {
            self.held = false;
            return;
        }
        let same_session =
            room.as_ref().map(|room| &room.session_id) == self.published.as_ref().map(|old| &old.session_id);
        if same_session && self.sent_at.is_some_and(|at| now.instant < at + WRITTEN_AT_MOST_EVERY) {
            self.held = true;
            return;
        }
        if !same_session {
            self.withdraw();
        }
        if let Some(room) = &room {
            self.send(Job::Write(room.to_record(now.instant, Timestamp::now(), std::process::id())));
            self.sent_at = Some(now.instant);
        }
        self.published = room.map(Room::into_owned);
        self.held = false;
    }

    /// When a change held back is due: the loop wakes then and publishes, so the last
    /// letters typed always reach the room.
    pub fn held_until(&self) -> Option<Instant> {
        self.sent_at.map(|at| at + WRITTEN_AT_MOST_EVERY).filter(|_| self.held)
    }

    /// The window leaves the session: the projector waits for the next one.
    pub fn withdraw(&mut self) {
        self.held = false;
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
    use crate::app::{Action, update};
    use crate::domain::{PrincipleSet, Stage};

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
    fn typing_is_sent_at_most_every_150_ms_and_the_last_letters_once_their_turn_comes() {
        let (_root, paths) = Paths::temporary();
        let start = Instant::now();
        let at = |ms: u64| Now {
            instant: start + Duration::from_millis(ms),
            timestamp: "2026-03-03T09:00:00Z".to_owned(),
            ulid: ulid::Ulid::from_parts(ms, 1),
        };
        let mut app = App::new(paths.sessions.clone(), start, PrincipleSet::default());
        let loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
        update(&mut app, Action::Opened(Ok(Box::new(loaded))), &at(0));
        let mut publisher = RoomPublisher::new(paths.clone());
        let sent_text = |publisher: &RoomPublisher| {
            publisher.published.as_ref().and_then(|room| room.live_text.as_deref().map(str::to_owned))
        };
        update(&mut app, Action::Edit, &at(0));
        publisher.publish(&app, &at(0));
        assert_eq!((sent_text(&publisher), publisher.held_until()), (Some(String::new()), None));
        for (ms, letter) in [(40, 'K'), (90, 'i')] {
            let input = ratatui_textarea::Input { key: ratatui_textarea::Key::Char(letter), ..Default::default() };
            update(&mut app, Action::EditText(input), &at(ms));
            publisher.publish(&app, &at(ms));
        }
        assert_eq!(sent_text(&publisher), Some(String::new()), "held back: sent 90 ms ago");
        assert_eq!(publisher.held_until(), Some(at(150).instant), "the loop wakes for its turn");
        update(&mut app, Action::Tick, &at(150));
        publisher.publish(&app, &at(150));
        assert_eq!((sent_text(&publisher), publisher.held_until()), (Some("Ki".to_owned()), None));
        update(&mut app, Action::Back, &at(400));
        publisher.publish(&app, &at(400));
        assert_eq!(sent_text(&publisher), None, "a pause lets the next change through at once");
        publisher.finish();
    }
}
