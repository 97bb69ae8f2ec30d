//! Rules for changing a session by hand: cycling a choice, what an item left
//! blank or half-filled becomes, the names typed for the room. Pure, so `update` only
//! applies them.

use super::{Outcome, ReviewItem, ReviewKind};

/// A decision's outcomes in the order `o` cycles them. "No outcome yet" is in the
/// cycle, so an outcome set by mistake can be taken back.
pub const OUTCOME_CYCLE: [Option<Outcome>; 5] =
    [None, Some(Outcome::Approved), Some(Outcome::Revise), Some(Outcome::Rejected), Some(Outcome::Parked)];

/// The next (or previous) of a cycle of choices; from none, the first (or last).
pub fn step<T: Copy + PartialEq>(all: &[T], current: Option<T>, forward: bool) -> T {
    let position = current.and_then(|c| all.iter().position(|x| *x == c));
    let next = match (position, forward) {
        (None, true) => 0,
        (None, false) => all.len() - 1,
        (Some(at), true) => (at + 1) % all.len(),
        (Some(at), false) => (at + all.len() - 1) % all.len(),
    };
    all[next]
}

/// An item added by a stray `a` and left without a word or a detail: not worth keeping.
pub fn is_blank_item(item: &ReviewItem) -> bool {
    let empty = ReviewItem::new(item.id.clone(), item.kind, item.created_at.clone());
    item.kind == ReviewKind::Comment
        && item.text.trim().is_empty()
        && *item == ReviewItem { text: item.text.clone(), ..empty }
}

/// An item's owner, due date or resources left empty are no longer in the file at all.
pub fn tidy_item(item: &mut ReviewItem) {
    for value in [&mut item.owner, &mut item.due, &mut item.resources] {
        if value.as_deref().is_some_and(|text| text.trim().is_empty()) {
            *value = None;
        }
    }
}

/// The participants as typed, commas between: trimmed, each named once, none empty.
pub fn parse_participants(typed: &str) -> Vec<String> {
    let mut participants: Vec<String> = Vec::new();
    for name in typed.split(',').map(str::trim).filter(|name| !name.is_empty()) {
        if !participants.iter().any(|known| known == name) {
            participants.push(name.to_owned());
        }
    }
    participants
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cycle_goes_round_both_ways_and_starts_at_an_end() {
        let all = [1, 2, 3];
        assert_eq!(step(&all, Some(3), true), 1);
        assert_eq!(step(&all, Some(1), false), 3);
        assert_eq!(step(&all, None, true), 1);
        assert_eq!(step(&all, None, false), 3);
        assert_eq!(step(&OUTCOME_CYCLE, Some(Some(Outcome::Parked)), true), None, "an outcome can be taken back");
    }

    #[test]
    fn only_an_untouched_comment_is_blank() {
        let mut item = ReviewItem::new("r1".to_owned(), ReviewKind::Comment, "2026-01-01T00:00:00Z".to_owned());
        item.text = "  ".to_owned();
        assert!(is_blank_item(&item));
        item.votes = 1;
        assert!(!is_blank_item(&item), "a vote is a detail");
        let decision = ReviewItem::new("r2".to_owned(), ReviewKind::Decision, String::new());
        assert!(!is_blank_item(&decision), "a decision was made on purpose");
    }

    #[test]
    fn empty_parts_of_an_item_leave_the_file() {
        let mut item = ReviewItem::new("r1".to_owned(), ReviewKind::Decision, String::new());
        item.owner = Some(" ".to_owned());
        item.due = Some("2026-03-01".to_owned());
        tidy_item(&mut item);
        assert_eq!(item.owner, None);
        assert_eq!(item.due.as_deref(), Some("2026-03-01"));
    }

    #[test]
    fn participants_are_trimmed_and_named_once() {
        assert_eq!(parse_participants(" Ana, Bo ,,Ana, "), ["Ana", "Bo"]);
        assert!(parse_participants("").is_empty());
    }
}
