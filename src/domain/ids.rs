//! Ids for the things a session holds (review items, FAQ questions) that two people
//! adding items offline can never both pick: a prefix and a ULID, lower-case.

/// `<prefix>-<ulid>`, e.g. `r-01jh4k6q8v9w0x1y2z3a4b5c6d`. The caller owns the clock and
/// the randomness and passes a fresh ULID (`ulid::Ulid::new()`): its 80 random bits make
/// two laptops choosing the same id in the same millisecond as good as impossible.
/// Sequential ids of older files (`r3`, `q7`) stay as they are.
pub fn unique_id(prefix: &str, entropy: ulid::Ulid) -> String {
    format!("{prefix}-{}", entropy.to_string().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_the_prefix_and_a_lower_case_ulid() {
        let ulid = ulid::Ulid::from_parts(1_767_225_600_000, 42);
        let id = unique_id("r", ulid);
        assert_eq!(id, format!("r-{}", ulid.to_string().to_lowercase()));
        assert_eq!(id.len(), 2 + 26);
        assert!(id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }

    #[test]
    fn two_laptops_in_the_same_millisecond_pick_different_ids() {
        let same_time = 1_767_225_600_000;
        let ours = unique_id("q", ulid::Ulid::from_parts(same_time, 7));
        let theirs = unique_id("q", ulid::Ulid::from_parts(same_time, 8));
        assert_ne!(ours, theirs);
    }
}
