//! Versions of the draft: frozen copies that never change once made, and restoring one.

use super::diff::Side;
use super::session::{Extra, Iteration, Session};

impl Session {
    /// The number the next version gets: one more than the highest, never a reused one.
    /// A file can hold any number; past the last a number can be, the lowest free one serves.
    pub fn next_version_number(&self) -> u32 {
        let highest = self.iterations.iter().map(|v| v.number).max().unwrap_or(0);
        highest.checked_add(1).unwrap_or_else(|| {
            (1..u32::MAX).find(|n| self.iterations.iter().all(|v| v.number != *n)).unwrap_or(u32::MAX)
        })
    }

    /// Freezes the draft (customer answers, press release, FAQ) as the next version, with
    /// a note on what changed and why and the review items it addresses; returns its number.
    pub fn freeze(&mut self, note: String, addresses: Vec<String>, now: String) -> u32 {
        let number = self.next_version_number();
        self.iterations.push(Iteration {
            number,
            created_at: now,
            note,
            addresses,
            customer: self.customer.clone(),
            press_release: self.press_release.clone(),
            faq: self.faq.clone(),
            extra: Extra::new(),
        });
        number
    }

    /// The number of a version that holds exactly the draft as it is now, if one does.
    pub fn version_holding_the_draft(&self) -> Option<u32> {
        self.iterations
            .iter()
            .rev()
            .find(|v| v.customer == self.customer && v.press_release == self.press_release && v.faq == self.faq)
            .map(|v| v.number)
    }

    /// Puts a version's content back into the draft. The draft as it was is frozen first,
    /// unless a version already holds it, so nothing is lost; returns the number of that
    /// new version, if one was made. None when there is no such version.
    pub fn restore(&mut self, number: u32, now: String) -> Option<Option<u32>> {
        let draft = self.draft_at(Side::Version(number))?;
        let version = (draft.customer.clone(), draft.press_release.clone(), draft.faq.clone());
        let kept = self.version_holding_the_draft().is_none().then(|| {
            self.freeze(format!("The draft as it was before version {number} was restored."), Vec::new(), now)
        });
        (self.customer, self.press_release, self.faq) = version;
        Some(kept)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::{PrincipleSet, Session};

    #[test]
    fn restoring_keeps_the_draft_it_replaces_as_a_version() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.press_release.headline = "First".into();
        assert_eq!(session.freeze("one".into(), vec![], "t1".into()), 1);
        session.press_release.headline = "Second".into();
        assert_eq!(session.restore(1, "t2".into()), Some(Some(2)));
        assert_eq!(session.press_release.headline, "First");
        assert_eq!(session.iterations[1].press_release.headline, "Second");
        assert_eq!(session.restore(2, "t3".into()), Some(None), "version 1 holds the draft: nothing to keep");
        assert_eq!(session.press_release.headline, "Second");
        assert_eq!(session.iterations.len(), 2);
        assert_eq!(session.restore(9, "t4".into()), None);
    }

    #[test]
    fn a_version_numbered_at_the_limit_does_not_overflow_the_next_number() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.freeze("one".into(), vec![], "t1".into());
        session.iterations[0].number = u32::MAX;
        assert_eq!(session.freeze("two".into(), vec![], "t2".into()), 1);
        assert_eq!(session.freeze("three".into(), vec![], "t3".into()), 2);
    }
}
