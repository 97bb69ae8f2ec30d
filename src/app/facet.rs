//! The session list's filters by what reviews decided: a principle invoked, a decision's
//! outcome, open revisions, the verdict.

use crate::domain::{Outcome, VerdictDecision};
use crate::store::{Listing, Summary};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Facet {
    /// A decision rests on this principle (id, name).
    Principle(String, String),
    Outcome(Outcome),
    /// A decision marked "revise" that no version addresses yet.
    OpenRevisions,
    Verdict(VerdictDecision),
}

impl Facet {
    /// A stable key, for the picker.
    pub fn key(&self) -> String {
        match self {
            Facet::Principle(id, _) => format!("principle:{id}"),
            Facet::Outcome(outcome) => format!("outcome:{}", outcome.label()),
            Facet::OpenRevisions => "open-revisions".to_owned(),
            Facet::Verdict(verdict) => format!("verdict:{}", verdict.label()),
        }
    }

    pub fn label(&self) -> String {
        match self {
            Facet::Principle(_, name) => format!("principle: {name}"),
            Facet::Outcome(outcome) => format!("outcome: {}", outcome.label()),
            Facet::OpenRevisions => "open revise decisions".to_owned(),
            Facet::Verdict(verdict) => format!("verdict: {}", verdict.label()),
        }
    }

    pub fn matches(&self, summary: &Summary) -> bool {
        match self {
            Facet::Principle(id, _) => summary.principles.iter().any(|used| used.id == *id),
            Facet::Outcome(outcome) => summary.outcomes.contains(outcome),
            Facet::OpenRevisions => summary.open_revisions > 0,
            Facet::Verdict(verdict) => summary.verdict == Some(*verdict),
        }
    }
}

/// Every filter some session in the listing meets, with how many sessions meet it:
/// outcomes and verdicts in their own order, then principles by name.
pub fn facets_in(listing: &Listing) -> Vec<(Facet, usize)> {
    let mut facets: Vec<Facet> = Outcome::ALL.into_iter().map(Facet::Outcome).collect();
    facets.push(Facet::OpenRevisions);
    facets.extend(VerdictDecision::ALL.into_iter().map(Facet::Verdict));
    let mut principles: Vec<Facet> = Vec::new();
    for (_, summary) in listing.sessions() {
        for used in &summary.principles {
            if !principles.iter().any(|f| matches!(f, Facet::Principle(id, _) if *id == used.id)) {
                principles.push(Facet::Principle(used.id.clone(), used.name.clone()));
            }
        }
    }
    principles.sort_by_key(|facet| facet.label().to_lowercase());
    facets.extend(principles);
    facets
        .into_iter()
        .map(|facet| {
            let sessions = listing.sessions().filter(|(_, summary)| facet.matches(summary)).count();
            (facet, sessions)
        })
        .filter(|(_, sessions)| *sessions > 0)
        .collect()
}
