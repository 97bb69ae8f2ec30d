//! The clock as an action sees it: read by the runner and passed in, so that time is
//! testable.

use std::time::Instant;

/// The clock, read by the runner and passed in, so that time is testable.
#[derive(Debug, Clone)]
pub struct Now {
    pub instant: Instant,
    /// The same moment as an RFC 3339 time stamp, for the session file.
    pub timestamp: String,
    /// Fresh for every action: the randomness new item ids are made from, so that two
    /// laptops adding items offline never pick the same id.
    pub ulid: ulid::Ulid,
}

impl Now {
    /// The day of the time stamp where the room is (the system's time zone), as
    /// `backwards decisions` counts it: what due dates and `fri` are measured against.
    pub fn today(&self) -> jiff::civil::Date {
        self.timestamp.parse::<jiff::Timestamp>().map(day_of).unwrap_or_default()
    }
}

/// The day a moment falls on where the room is (the system's time zone).
pub fn day_of(moment: jiff::Timestamp) -> jiff::civil::Date {
    moment.to_zoned(jiff::tz::TimeZone::system()).date()
}
