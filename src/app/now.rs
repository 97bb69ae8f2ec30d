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
        let stamp = self.timestamp.parse::<jiff::Timestamp>();
        stamp.map(|t| t.to_zoned(jiff::tz::TimeZone::system()).date()).unwrap_or_default()
    }
}
