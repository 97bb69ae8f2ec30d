//! The decisions log: every decision across sessions with who owns it, when it is due,
//! its outcome and principles, overdue and open ones first. Pure: the caller passes the
//! sessions and today's date.

use serde::Serialize;

use super::{Outcome, Session};

/// One decision as the log shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecisionRow {
    pub session_id: String,
    pub session_title: String,
    pub item_id: String,
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub outcome: Option<Outcome>,
    /// The principles' names, as the session's own set names them.
    pub principles: Vec<String>,
    /// The principles' ids, for filtering.
    #[serde(skip)]
    pub principle_ids: Vec<String>,
    /// The number of the version that addressed it, if one did.
    pub addressed_by: Option<u32>,
    /// Still owed something: no outcome yet, or "revise" with no version addressing it.
    pub open: bool,
    /// Open, with a due date before today.
    pub overdue: bool,
}

impl DecisionRow {
    /// Where the decision stands, as the log names it: overdue, open, addressed (by a
    /// version) or settled (by its outcome).
    pub fn state(&self) -> &'static str {
        if self.overdue {
            "overdue"
        } else if self.open {
            "open"
        } else if self.addressed_by.is_some() {
            "addressed"
        } else {
            "settled"
        }
    }

    /// Whether every word typed is in the decision: its words, its session's title, its
    /// owner, due date, outcome, principles or state ("overdue", "open", "addressed"). A word that
    /// starts with `@` is looked for in the owner's name only.
    pub fn matches_words(&self, typed: &str) -> bool {
        let owner = self.owner.as_deref().unwrap_or_default().to_lowercase();
        let mut haystack = [&self.text, &self.session_title, &owner].map(|s| s.to_lowercase()).join("\n");
        haystack.push('\n');
        haystack.push_str(&self.due.as_deref().unwrap_or_default().to_lowercase());
        haystack.push_str(&format!("\n{}\n", self.state()));
        haystack.push_str(self.outcome.map_or("", |o| o.label()));
        for principle in &self.principles {
            haystack.push('\n');
            haystack.push_str(&principle.to_lowercase());
        }
        typed.to_lowercase().split_whitespace().all(|word| match word.strip_prefix('@') {
            Some(name) => owner.contains(name),
            None => haystack.contains(word),
        })
    }
}

/// Which decisions to show; the default shows all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecisionFilter {
    /// The owner's name, compared without regard to case.
    pub owner: Option<String>,
    pub overdue_only: bool,
    pub outcome: Option<Outcome>,
    /// A principle's id or name, compared without regard to case.
    pub principle: Option<String>,
}

impl DecisionFilter {
    pub fn matches(&self, row: &DecisionRow) -> bool {
        let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
        self.owner.as_deref().is_none_or(|owner| row.owner.as_deref().is_some_and(|o| same(o, owner)))
            && (!self.overdue_only || row.overdue)
            && self.outcome.is_none_or(|outcome| row.outcome == Some(outcome))
            && self
                .principle
                .as_deref()
                .is_none_or(|wanted| row.principle_ids.iter().chain(&row.principles).any(|p| same(p, wanted)))
    }
}

/// Every decision of the sessions that the filter keeps: overdue first, then open, then
/// the rest; within each, the earliest due date first (none last), then by session and
/// the order the room made them in.
pub fn decision_log<'a>(
    sessions: impl IntoIterator<Item = &'a Session>,
    today: jiff::civil::Date,
    filter: &DecisionFilter,
) -> Vec<DecisionRow> {
    let mut rows: Vec<(usize, DecisionRow)> = Vec::new();
    for session in sessions {
        for decision in session.decisions() {
            let open = session.is_open(decision);
            let overdue = session.is_overdue(decision, today);
            let row = DecisionRow {
                session_id: session.id.clone(),
                session_title: session.title.clone(),
                item_id: decision.id.clone(),
                text: decision.text.clone(),
                owner: decision.owner.clone().filter(|o| !o.trim().is_empty()),
                due: decision.due.clone().filter(|d| !d.trim().is_empty()),
                outcome: decision.outcome,
                principles: decision.principles.iter().map(|id| session.principles.name_of(id).to_owned()).collect(),
                principle_ids: decision.principles.clone(),
                addressed_by: session.addressed_by(&decision.id),
                open,
                overdue,
            };
            if filter.matches(&row) {
                rows.push((rows.len(), row));
            }
        }
    }
    rows.sort_by(|(a_order, a), (b_order, b)| {
        let rank = |row: &DecisionRow| (!row.overdue, !row.open);
        let due = |row: &DecisionRow| (row.due.is_none(), row.due.clone());
        rank(a).cmp(&rank(b)).then_with(|| due(a).cmp(&due(b))).then(a_order.cmp(b_order))
    });
    rows.into_iter().map(|(_, row)| row).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PrincipleSet, ReviewItem, ReviewKind};

    fn decision(id: &str, outcome: Option<Outcome>, due: Option<&str>, owner: &str) -> ReviewItem {
        let mut item = ReviewItem::new(id.into(), ReviewKind::Decision, String::new());
        item.text = format!("decision {id}");
        item.outcome = outcome;
        item.due = due.map(str::to_owned);
        item.owner = Some(owner.into());
        item
    }

    fn sessions() -> Vec<Session> {
        let mut a = Session::new("a".into(), "Alpha".into(), String::new(), PrincipleSet::amazon());
        a.review.items.push(decision("r1", Some(Outcome::Approved), Some("2026-01-01"), "Ana"));
        a.review.items.push(decision("r2", Some(Outcome::Revise), Some("2026-06-01"), "Bo"));
        a.review.items.push(decision("r3", None, Some("2026-01-10"), "ana"));
        a.review.items[2].principles = vec!["customer-obsession".into()];
        let mut b = Session::new("b".into(), "Beta".into(), String::new(), PrincipleSet::amazon());
        b.review.items.push(decision("r1", Some(Outcome::Parked), None, "Cy"));
        b.review.items.push(ReviewItem::new("r2".into(), ReviewKind::Comment, String::new()));
        vec![a, b]
    }

    fn today() -> jiff::civil::Date {
        jiff::civil::date(2026, 3, 1)
    }

    #[test]
    fn overdue_then_open_then_settled_and_comments_are_not_decisions() {
        let sessions = sessions();
        let rows = decision_log(&sessions, today(), &DecisionFilter::default());
        let order: Vec<_> = rows.iter().map(|r| format!("{}/{}", r.session_id, r.item_id)).collect();
        assert_eq!(order, ["a/r3", "a/r2", "a/r1", "b/r1"]);
        assert!(rows[0].overdue && !rows[1].overdue);
        assert!(!rows[2].overdue, "a settled decision past its date is not overdue");
        assert_eq!(rows[0].principles, ["Customer Obsession"]);
    }

    #[test]
    fn filters_by_owner_overdue_outcome_and_principle_name_or_id() {
        let sessions = sessions();
        let ids = |filter: DecisionFilter| -> Vec<String> {
            decision_log(&sessions, today(), &filter).into_iter().map(|r| r.item_id).collect()
        };
        assert_eq!(ids(DecisionFilter { owner: Some("ANA".into()), ..Default::default() }), ["r3", "r1"]);
        assert_eq!(ids(DecisionFilter { overdue_only: true, ..Default::default() }), ["r3"]);
        assert_eq!(ids(DecisionFilter { outcome: Some(Outcome::Parked), ..Default::default() }), ["r1"]);
        assert_eq!(ids(DecisionFilter { principle: Some("customer obsession".into()), ..Default::default() }), ["r3"]);
        assert_eq!(ids(DecisionFilter { principle: Some("customer-obsession".into()), ..Default::default() }), ["r3"]);
    }

    #[test]
    fn typed_words_find_a_decision_by_any_of_its_parts_and_at_names_the_owner() {
        let sessions = sessions();
        let rows = decision_log(&sessions, today(), &DecisionFilter::default());
        let found = |typed: &str| -> Vec<String> {
            rows.iter().filter(|r| r.matches_words(typed)).map(|r| format!("{}/{}", r.session_id, r.item_id)).collect()
        };
        assert_eq!(found("overdue"), ["a/r3"]);
        assert_eq!(found("@ana"), ["a/r3", "a/r1"]);
        assert_eq!(found("@bo beta"), Vec::<String>::new());
        assert_eq!(found("BETA parked"), ["b/r1"]);
        assert_eq!(found("customer obsession"), ["a/r3"]);
        assert_eq!(found("alpha 2026-06"), ["a/r2"]);
        assert_eq!(rows.iter().map(DecisionRow::state).collect::<Vec<_>>(), ["overdue", "open", "settled", "settled"]);
    }
}
