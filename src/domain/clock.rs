//! The one way a countdown or a time spent is written on screen and in messages: m:ss.

/// Whole minutes and two-digit seconds, `7:05`; minutes are not wrapped into hours, so a
/// long workshop reads `95:00`.
pub fn minutes_seconds(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_read_as_minutes_and_two_digit_seconds() {
        assert_eq!(minutes_seconds(0), "0:00");
        assert_eq!(minutes_seconds(5), "0:05");
        assert_eq!(minutes_seconds(425), "7:05");
        assert_eq!(minutes_seconds(95 * 60), "95:00");
    }
}
