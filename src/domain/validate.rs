//! The rules a session file must keep beyond its shape: unique ids, references that
//! point somewhere, dates that are dates.

use std::collections::HashSet;

use super::{PrincipleSet, ReviewKind, Session};

/// Each problem in words a user can act on; empty when the session is sound.
pub fn problems(session: &Session) -> Vec<String> {
    let mut problems = Vec::new();
    if session.id.is_empty() || !session.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        problems.push(format!("id {:?} must be letters, digits, '-' or '_' (it names the file)", session.id));
    }
    for (name, stamp) in [("created_at", &session.created_at), ("updated_at", &session.updated_at)] {
        if !is_timestamp(stamp) {
            problems.push(format!("{name} {stamp:?} is not an RFC 3339 time such as 2026-03-03T09:00:00Z"));
        }
    }
    if let Err(e) = session.principles.check() {
        problems.push(format!("principle set: {e}"));
    }
    problems
        .extend(duplicates("FAQ question id", session.faq.external.iter().chain(&session.faq.internal).map(|q| &q.id)));
    problems.extend(duplicates("review item id", session.review.items.iter().map(|i| &i.id)));
    for item in &session.review.items {
        problems.extend(item_problems(item, &session.principles));
    }
    // Sets, not scans: a session can hold tens of thousands of review items.
    let item_ids: HashSet<&str> = session.review.items.iter().map(|item| item.id.as_str()).collect();
    for (index, iteration) in session.iterations.iter().enumerate() {
        let expected = index as u32 + 1;
        if iteration.number != expected {
            problems
                .push(format!("iteration {} should be number {expected}: versions count up from 1", iteration.number));
        }
        for id in &iteration.addresses {
            if !item_ids.contains(id.as_str()) {
                problems
                    .push(format!("iteration {} addresses review item {id:?}, which does not exist", iteration.number));
            }
        }
    }
    for conflict in &session.conflicts {
        problems.push(format!(
            "unresolved merge conflict in {}: both sides changed it; keep one version in the app",
            conflict.field
        ));
    }
    problems
}

fn item_problems(item: &super::ReviewItem, principles: &PrincipleSet) -> Vec<String> {
    let mut problems = Vec::new();
    for id in &item.principles {
        if principles.get(id).is_none() {
            problems
                .push(format!("review item {:?} names principle {id:?}, which is not in the session's set", item.id));
        }
    }
    if let Some(Err(reason)) = item.due.as_deref().map(super::parse_due_date) {
        problems.push(format!("review item {:?}: {reason}", item.id));
    }
    if item.kind != ReviewKind::Decision && item.outcome.is_some() {
        problems.push(format!(
            "review item {:?} is a {} but has an outcome; only decisions do",
            item.id,
            item.kind.label()
        ));
    }
    problems
}

fn duplicates<'a>(what: &str, ids: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut seen: HashSet<&String> = HashSet::new();
    let mut problems = Vec::new();
    for id in ids {
        if !seen.insert(id) {
            problems.push(format!("{what} {id:?} is used twice"));
        }
    }
    problems
}

fn is_timestamp(text: &str) -> bool {
    text.parse::<jiff::Timestamp>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Extra, Iteration, Outcome, ReviewItem};

    fn session() -> Session {
        Session::new("01abc".into(), "t".into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon())
    }

    fn item(id: &str, kind: ReviewKind) -> ReviewItem {
        let mut item = ReviewItem::new(id.into(), kind, String::new());
        item.text = "x".into();
        item
    }

    #[test]
    fn a_new_session_is_sound() {
        assert_eq!(problems(&session()), Vec::<String>::new());
    }

    #[test]
    fn broken_references_and_dates_are_named() {
        let mut s = session();
        s.updated_at = "yesterday".into();
        let mut decision = item("r1", ReviewKind::Decision);
        decision.principles = vec!["no-such-principle".into()];
        decision.due = Some("2026-02-30".into());
        s.review.items.push(decision);
        s.review.items.push(item("r1", ReviewKind::Comment));
        let mut comment = item("r2", ReviewKind::Comment);
        comment.outcome = Some(Outcome::Approved);
        s.review.items.push(comment);
        s.iterations.push(Iteration {
            number: 2,
            created_at: String::new(),
            note: String::new(),
            addresses: vec!["r9".into()],
            customer: Default::default(),
            press_release: Default::default(),
            faq: Default::default(),
            extra: Extra::new(),
        });
        let found = problems(&s).join("\n");
        for expected in [
            "updated_at",
            "no-such-principle",
            "2026-02-30",
            "\"r1\" is used twice",
            "has an outcome",
            "number 1",
            "\"r9\"",
        ] {
            assert!(found.contains(expected), "missing {expected:?} in:\n{found}");
        }
    }

    #[test]
    fn an_id_that_could_leave_the_folder_is_a_problem() {
        let mut s = session();
        s.id = "../x".into();
        assert!(problems(&s)[0].contains("names the file"));
    }
}
