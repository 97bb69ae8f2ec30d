//! The one way to keep sessions by what their reviews decided: a principle invoked, a
//! decision's outcome, open revisions, the verdict. The list's filter picker and the
//! CLI's `list --principle/--outcome/--verdict` both use it; a session must meet every
//! filter given.

use super::{Listing, Outcome, PrincipleTally, Summary, VerdictDecision, tally_principles};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionFilter {
    /// A decision rests on this principle; the name is for the label.
    Principle {
        id: String,
        name: String,
    },
    Outcome(Outcome),
    /// A decision marked "revise" that no version addresses yet.
    OpenRevisions,
    Verdict(VerdictDecision),
}

impl SessionFilter {
    /// A decision rests on the principle of this id, as the CLI names it.
    pub fn principle(id: String) -> Self {
        SessionFilter::Principle { name: id.clone(), id }
    }

    /// A stable key, for the picker.
    pub fn key(&self) -> String {
        match self {
            SessionFilter::Principle { id, .. } => format!("principle:{id}"),
            SessionFilter::Outcome(outcome) => format!("outcome:{}", outcome.label()),
            SessionFilter::OpenRevisions => "open-revisions".to_owned(),
            SessionFilter::Verdict(verdict) => format!("verdict:{}", verdict.label()),
        }
    }

    pub fn label(&self) -> String {
        match self {
            SessionFilter::Principle { name, .. } => format!("principle: {name}"),
            SessionFilter::Outcome(outcome) => format!("outcome: {}", outcome.label()),
            SessionFilter::OpenRevisions => "open revise decisions".to_owned(),
            SessionFilter::Verdict(verdict) => format!("verdict: {}", verdict.label()),
        }
    }

    pub fn matches(&self, summary: &Summary) -> bool {
        match self {
            SessionFilter::Principle { id, .. } => summary.principles.iter().any(|used| used.id == *id),
            SessionFilter::Outcome(outcome) => summary.outcomes.contains(outcome),
            SessionFilter::OpenRevisions => summary.open_revisions > 0,
            SessionFilter::Verdict(verdict) => summary.verdict == Some(*verdict),
        }
    }
}

/// The principle a person named by its id or its name, either in any case, among the
/// known ones; an unknown one is an error that names them all.
pub fn find_principle<'a>(known: &'a [PrincipleTally], wanted: &str) -> Result<&'a PrincipleTally, String> {
    let wanted_lower = wanted.trim().to_lowercase();
    let same = |text: &str| text.to_lowercase() == wanted_lower;
    known.iter().find(|p| same(&p.id)).or_else(|| known.iter().find(|p| same(&p.name))).ok_or_else(|| {
        let names: Vec<String> = known.iter().map(|p| format!("{} ({})", p.name, p.id)).collect();
        format!("no principle is called {wanted:?}; name one of these by its name or id: {}", names.join(", "))
    })
}

/// Whether the session meets every filter; no filter keeps every session.
pub fn meets_all(filters: &[SessionFilter], summary: &Summary) -> bool {
    filters.iter().all(|filter| filter.matches(summary))
}

/// Every filter some session in the listing meets, with how many sessions meet it:
/// outcomes and verdicts in their own order, then principles by name.
pub fn filters_in(listing: &Listing) -> Vec<(SessionFilter, usize)> {
    let mut filters: Vec<SessionFilter> = Outcome::ALL.into_iter().map(SessionFilter::Outcome).collect();
    filters.push(SessionFilter::OpenRevisions);
    filters.extend(VerdictDecision::ALL.into_iter().map(SessionFilter::Verdict));
    let used = tally_principles(&[], listing.sessions().map(|(_, summary)| summary.principles.as_slice()));
    let mut principles: Vec<SessionFilter> =
        used.into_iter().map(|row| SessionFilter::Principle { id: row.id, name: row.name }).collect();
    principles.sort_by_key(|filter| filter.label().to_lowercase());
    filters.extend(principles);
    filters
        .into_iter()
        .map(|filter| {
            let sessions = listing.sessions().filter(|(_, summary)| filter.matches(summary)).count();
            (filter, sessions)
        })
        .filter(|(_, sessions)| *sessions > 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Access, PrincipleSet, ReviewItem, ReviewKind, Session, Verdict};

    #[test]
    fn filters_keep_sessions_by_principle_outcome_and_verdict() {
        let mut session = Session::new("01a".into(), "A".into(), String::new(), PrincipleSet::amazon());
        let mut decision = ReviewItem::new("r1".into(), ReviewKind::Decision, String::new());
        decision.outcome = Some(Outcome::Revise);
        decision.principles = vec!["frugality".into()];
        session.review.items.push(decision);
        session.review.verdict =
            Some(Verdict { decision: VerdictDecision::Iterate, reason: String::new(), extra: Default::default() });
        let summary = Summary::of(&session, &Access::ReadWrite);
        assert_eq!(summary.principles[0].name, "Frugality");
        assert!(meets_all(&[], &summary));
        let all_three = [
            SessionFilter::principle("frugality".into()),
            SessionFilter::Outcome(Outcome::Revise),
            SessionFilter::Verdict(VerdictDecision::Iterate),
        ];
        assert!(meets_all(&all_three, &summary));
        assert!(SessionFilter::OpenRevisions.matches(&summary));
        assert!(!SessionFilter::principle("ownership".into()).matches(&summary));
        assert!(!SessionFilter::Outcome(Outcome::Approved).matches(&summary));
        assert!(!SessionFilter::Verdict(VerdictDecision::Go).matches(&summary));
        assert!(!meets_all(
            &[SessionFilter::Outcome(Outcome::Revise), SessionFilter::Verdict(VerdictDecision::Go)],
            &summary
        ));
    }

    #[test]
    fn a_principle_is_found_by_id_or_name_in_any_case_and_an_unknown_one_names_the_known() {
        let known = tally_principles(&PrincipleSet::amazon().items, []);
        assert_eq!(find_principle(&known, "Customer Obsession").unwrap().id, "customer-obsession");
        assert_eq!(find_principle(&known, "customer obsession").unwrap().id, "customer-obsession");
        assert_eq!(find_principle(&known, "FRUGALITY").unwrap().name, "Frugality");
        let unknown = find_principle(&known, "Speed").unwrap_err();
        assert!(
            unknown.contains("\"Speed\"") && unknown.contains("Customer Obsession (customer-obsession)"),
            "{unknown}"
        );
    }

    #[test]
    fn a_filter_keeps_the_key_and_label_the_picker_shows() {
        let frugality = SessionFilter::Principle { id: "frugality".into(), name: "Frugality".into() };
        assert_eq!((frugality.key(), frugality.label()), ("principle:frugality".into(), "principle: Frugality".into()));
        let open = SessionFilter::OpenRevisions;
        assert_eq!((open.key(), open.label()), ("open-revisions".into(), "open revise decisions".into()));
    }
}
