//! How often decisions invoke each leadership principle: for one session, or across the
//! sessions the list shows. What the coverage chart draws.

use crate::domain::{
    PrincipleSet, Session, Summary, count, most_invoked, never_invoked, principle_use, tally_principles,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// What was counted: "this session", "3 sessions".
    pub scope: String,
    /// Principles invoked at least once, by name, most invoked first.
    pub bars: Vec<(String, usize)>,
    /// Principles of the set no decision invoked, in the set's order.
    pub never: Vec<String>,
    pub decisions: usize,
    /// Decisions that name no principle.
    pub untagged: usize,
}

impl Coverage {
    pub fn of_session(session: &Session) -> Self {
        let tally = tally_principles(&session.principles.items, [principle_use(session).as_slice()]);
        Self {
            scope: "this session".to_owned(),
            bars: most_invoked(&tally).into_iter().map(|row| (row.name.clone(), row.decisions)).collect(),
            never: never_invoked(&tally).map(|row| row.name.clone()).collect(),
            decisions: session.decisions().count(),
            untagged: session.decisions_without_principle(),
        }
    }

    /// Across sessions, each tagged with its own copy of a set: principles are matched by
    /// id and named as the first session names them; "never invoked" is measured against
    /// `set`, the one new sessions get.
    pub fn of_sessions<'a>(summaries: impl Iterator<Item = &'a Summary>, set: &PrincipleSet) -> Self {
        let summaries: Vec<&Summary> = summaries.collect();
        let decisions = summaries.iter().map(|s| s.decisions).sum();
        let untagged = summaries.iter().map(|s| s.untagged_decisions).sum();
        // Named as the first session names them, not as `set` does.
        let tally = tally_principles(&[], summaries.iter().map(|s| s.principles.as_slice()));
        let never = set.items.iter().filter(|p| !tally.iter().any(|row| row.id == p.id)).map(|p| p.name.clone());
        let never = never.collect();
        Self {
            scope: count(summaries.len(), "session"),
            bars: most_invoked(&tally).into_iter().map(|row| (row.name.clone(), row.decisions)).collect(),
            never,
            decisions,
            untagged,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ReviewItem, ReviewKind};

    #[test]
    fn a_session_counts_each_principle_its_decisions_name_and_the_rest_are_never_invoked() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        for (id, principles) in [("r1", vec!["frugality", "ownership"]), ("r2", vec!["frugality"]), ("r3", vec![])] {
            let mut item = ReviewItem::new(id.into(), ReviewKind::Decision, String::new());
            item.principles = principles.into_iter().map(str::to_owned).collect();
            session.review.items.push(item);
        }
        let coverage = Coverage::of_session(&session);
        assert_eq!(coverage.bars, vec![("Frugality".to_owned(), 2), ("Ownership".to_owned(), 1)]);
        assert_eq!(coverage.never.len(), 14);
        assert!(coverage.never.contains(&"Customer Obsession".to_owned()));
        assert_eq!((coverage.decisions, coverage.untagged), (3, 1));
    }
}
