//! What the list shows of a session, and how often decisions invoke each leadership
//! principle: counted once here for the list, the coverage chart, the filters, the
//! appendix and the CLI.

use serde::{Deserialize, Serialize};

use super::{Access, Outcome, Principle, ReviewKind, Session, Stage, VerdictDecision};

/// What the list shows of a session, and what its filters need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub stage: Stage,
    pub created_at: String,
    pub updated_at: String,
    /// `updated_at` in seconds since 1970, for sorting; files with no valid time sort last.
    pub updated_seconds: i64,
    pub facilitator: String,
    pub faq_questions: usize,
    pub review_items: usize,
    pub decisions: usize,
    pub iterations: usize,
    pub press_release_words: usize,
    pub headline: String,
    pub verdict: Option<VerdictDecision>,
    /// The principles decisions rest on, each once, in the order first met.
    pub principles: Vec<PrincipleUse>,
    /// The outcome of every decision that has one.
    pub outcomes: Vec<Outcome>,
    /// Decisions marked "revise" that no version addresses yet.
    pub open_revisions: usize,
    /// Decisions that name no principle.
    pub untagged_decisions: usize,
    /// Set when the file cannot be written by this version.
    pub read_only: Option<String>,
    /// Merge conflicts recorded in the file and not yet resolved.
    pub conflicts: usize,
}

impl Summary {
    pub fn of(session: &Session, access: &Access) -> Self {
        Self {
            id: session.id.clone(),
            title: session.title.clone(),
            stage: session.stage,
            created_at: session.created_at.clone(),
            updated_at: session.updated_at.clone(),
            updated_seconds: session.updated_at.parse::<jiff::Timestamp>().map_or(i64::MIN, |t| t.as_second()),
            facilitator: session.facilitator.clone(),
            faq_questions: session.faq.written_count(),
            review_items: session.review.items.len(),
            decisions: session.review.items.iter().filter(|i| i.kind == ReviewKind::Decision).count(),
            iterations: session.iterations.len(),
            press_release_words: session.press_release_words(),
            headline: session.press_release.headline.clone(),
            verdict: session.review.verdict.as_ref().map(|v| v.decision),
            principles: principle_use(session),
            outcomes: session.decisions().filter_map(|d| d.outcome).collect(),
            open_revisions: session.open_revisions().count(),
            untagged_decisions: session.decisions_without_principle(),
            read_only: match access {
                Access::ReadWrite => None,
                Access::ReadOnly(reason) => Some(reason.clone()),
            },
            conflicts: session.conflicts.len(),
        }
    }
}

/// How often a session's decisions invoke one principle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipleUse {
    pub id: String,
    /// The name in the session's own copy of its principle set.
    pub name: String,
    pub decisions: usize,
}

/// The principles one session's decisions rest on, each once, in the order first met,
/// named as the session's own copy of its set names them.
pub fn principle_use(session: &Session) -> Vec<PrincipleUse> {
    let mut used: Vec<PrincipleUse> = Vec::new();
    for id in session.decisions().flat_map(|d| &d.principles) {
        match used.iter_mut().find(|use_| use_.id == *id) {
            Some(use_) => use_.decisions += 1,
            None => used.push(PrincipleUse {
                id: id.clone(),
                name: session.principles.name_of(id).to_owned(),
                decisions: 1,
            }),
        }
    }
    used
}

/// Principle use added up over sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrincipleTally {
    pub id: String,
    pub name: String,
    /// Decisions that invoke it, across the sessions.
    pub decisions: usize,
    /// Sessions with at least one such decision.
    pub sessions: usize,
}

/// The one tally of principle use: every principle of `known` first, in its order and
/// at nought until used (so the never-invoked ones show), then ids `known` lacks, in the
/// order first met and named as first met. `sessions` gives each session's
/// [`principle_use`].
pub fn tally_principles<'a>(
    known: &[Principle],
    sessions: impl IntoIterator<Item = &'a [PrincipleUse]>,
) -> Vec<PrincipleTally> {
    let mut tally: Vec<PrincipleTally> = known
        .iter()
        .map(|p| PrincipleTally { id: p.id.clone(), name: p.name.clone(), decisions: 0, sessions: 0 })
        .collect();
    for used in sessions.into_iter().flatten() {
        let row = match tally.iter().position(|row| row.id == used.id) {
            Some(position) => &mut tally[position],
            None => {
                tally.push(PrincipleTally { id: used.id.clone(), name: used.name.clone(), decisions: 0, sessions: 0 });
                let last = tally.len() - 1;
                &mut tally[last]
            }
        };
        row.decisions += used.decisions;
        row.sessions += 1;
    }
    tally
}

/// Invoked principles, most invoked first (ties keep the tally's order).
pub fn most_invoked(tally: &[PrincipleTally]) -> Vec<&PrincipleTally> {
    let mut used: Vec<&PrincipleTally> = tally.iter().filter(|row| row.decisions > 0).collect();
    used.sort_by_key(|row| std::cmp::Reverse(row.decisions));
    used
}

/// Principles of the tally no decision invoked, in the tally's order.
pub fn never_invoked(tally: &[PrincipleTally]) -> impl Iterator<Item = &PrincipleTally> {
    tally.iter().filter(|row| row.decisions == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Outcome, PrincipleSet, ReviewItem};

    fn decision(id: &str, outcome: Outcome, principles: &[&str]) -> ReviewItem {
        let mut item = ReviewItem::new(id.into(), ReviewKind::Decision, String::new());
        item.outcome = Some(outcome);
        item.principles = principles.iter().map(|p| p.to_string()).collect();
        item
    }

    #[test]
    fn the_tally_follows_the_set_and_keeps_unknown_ids() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.review.items.push(decision("a", Outcome::Approved, &["frugality", "customer-obsession"]));
        session.review.items.push(decision("b", Outcome::Parked, &["frugality", "retired-value"]));
        let tally = tally_principles(&session.principles.items, [principle_use(&session).as_slice()]);
        let counts: Vec<(&str, usize)> = tally.iter().map(|row| (row.id.as_str(), row.decisions)).collect();
        assert_eq!(counts[0], ("customer-obsession", 1));
        assert!(counts.contains(&("frugality", 2)));
        assert_eq!(counts.last(), Some(&("retired-value", 1)));
        assert_eq!(counts.len(), 17);
        assert_eq!(most_invoked(&tally)[0].name, "Frugality");
        assert_eq!(never_invoked(&tally).count(), 14);
    }

    #[test]
    fn across_sessions_decisions_add_up_and_each_session_counts_once() {
        let mut first = Session::new("a".into(), "A".into(), String::new(), PrincipleSet::amazon());
        first.review.items.push(decision("r1", Outcome::Approved, &["frugality"]));
        first.review.items.push(decision("r2", Outcome::Approved, &["frugality"]));
        let mut second = first.clone();
        second.review.items.truncate(1);
        let uses = [principle_use(&first), principle_use(&second)];
        let tally = tally_principles(&[], uses.iter().map(Vec::as_slice));
        assert_eq!(
            tally,
            [PrincipleTally { id: "frugality".into(), name: "Frugality".into(), decisions: 3, sessions: 2 }]
        );
    }
}
