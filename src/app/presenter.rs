//! The presenter view's state: its scroll and the silent reading that opens a review.

use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Presenter {
    /// Rows scrolled past.
    pub scroll: usize,
    /// Silent reading runs until then: the draft shows with a countdown.
    pub reading_until: Option<Instant>,
    /// The silent reading is paused with this much of it left.
    pub reading_paused: Option<Duration>,
}

/// The silent reading that opens a review, as the method has it.
pub const SILENT_READING: Duration = Duration::from_secs(20 * 60);

/// The silent reading's countdown as the room sees it, to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadingClock {
    Paused {
        seconds_left: u64,
    },
    Running {
        seconds_left: u64,
    },
    /// The time has run out: the room is told to start the discussion, not "0:00 left".
    Up,
}

impl Presenter {
    /// None when no silent reading is on.
    pub fn reading_clock(&self, now: Instant) -> Option<ReadingClock> {
        let until = self.reading_until?;
        Some(match (self.reading_paused, until.checked_duration_since(now)) {
            (Some(left), _) => ReadingClock::Paused { seconds_left: left.as_secs() },
            (None, Some(left)) => ReadingClock::Running { seconds_left: left.as_secs() },
            (None, None) => ReadingClock::Up,
        })
    }
}
