//! The session file's content, schema version 2. Field order here is the order of
//! keys in the file; `extra` keeps keys this version does not know, so a file written
//! by a newer tool or by hand survives a load and a save.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::coach_settings::CoachSettings;
use super::conflict::Conflict;
use super::kept_aside::{ImportedFrom, KeptAside};
use super::principles::PrincipleSet;
use super::text::{sanitize_line, sanitize_text};

mod customer;
mod iteration;
mod press_release;
mod review;
mod stage;
mod timeboxes;

pub use customer::{Answer, Confidence, Customer, CustomerQuestion};
pub use iteration::Iteration;
pub use press_release::{Faq, FaqEntry, PressRelease, Section};
pub use review::{About, Outcome, Review, ReviewItem, ReviewKind, Verdict, VerdictDecision, parse_due_date};
pub use stage::Stage;
pub use timeboxes::{PerStage, Timeboxes};

/// The schema version this program writes.
pub const SCHEMA_VERSION: u32 = 2;

/// Keys this version does not know, kept as they were.
pub type Extra = Map<String, Value>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub schema_version: u32,
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub updated_at: String,
    #[serde(default)]
    pub facilitator: String,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub principles: PrincipleSet,
    #[serde(default)]
    pub customer: Customer,
    #[serde(default)]
    pub press_release: PressRelease,
    #[serde(default)]
    pub faq: Faq,
    #[serde(default)]
    pub review: Review,
    #[serde(default)]
    pub iterations: Vec<Iteration>,
    #[serde(default)]
    pub timeboxes: Timeboxes,
    /// Parts of an imported document that have no field; absent from other sessions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kept_aside: Vec<KeptAside>,
    /// The file the session was imported from; absent from other sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<ImportedFrom>,
    /// Fields a merge could not reconcile, with every version; empty in a sound file.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// How the team tuned the writing coach for this draft.
    #[serde(default, skip_serializing_if = "CoachSettings::is_empty")]
    pub coach: CoachSettings,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Session {
    /// A new, empty session. `now` is an RFC 3339 time stamp; the caller owns the clock.
    pub fn new(id: String, title: String, now: String, principles: PrincipleSet) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            id,
            title,
            created_at: now.clone(),
            updated_at: now,
            facilitator: String::new(),
            participants: Vec::new(),
            stage: Stage::Customer,
            principles,
            customer: Customer::default(),
            press_release: PressRelease::default(),
            faq: Faq::default(),
            review: Review::default(),
            iterations: Vec::new(),
            timeboxes: Timeboxes::default(),
            kept_aside: Vec::new(),
            imported_from: None,
            conflicts: Vec::new(),
            coach: CoachSettings::default(),
            extra: Extra::new(),
        }
    }

    pub fn decisions(&self) -> impl Iterator<Item = &ReviewItem> {
        self.review.items.iter().filter(|item| item.kind == ReviewKind::Decision)
    }

    /// The review items no iteration has addressed yet, for decisions marked "revise".
    pub fn open_revisions(&self) -> impl Iterator<Item = &ReviewItem> {
        self.review.items.iter().filter(|item| self.is_open_revision(item))
    }

    /// A decision marked "revise" that no version addresses yet.
    pub fn is_open_revision(&self, item: &ReviewItem) -> bool {
        item.kind == ReviewKind::Decision
            && item.outcome == Some(Outcome::Revise)
            && self.addressed_by(&item.id).is_none()
    }

    /// The number of the first version that addresses the review item, if any.
    pub fn addressed_by(&self, item_id: &str) -> Option<u32> {
        self.iterations.iter().find(|it| it.addresses.iter().any(|a| a == item_id)).map(|it| it.number)
    }

    /// Whether the room still owes an item something: it is open until a version
    /// addresses it, unless it is a decision whose outcome settles it (anything but
    /// "revise" or no outcome yet).
    pub fn is_open(&self, item: &ReviewItem) -> bool {
        let settled = item.kind == ReviewKind::Decision && !matches!(item.outcome, None | Some(Outcome::Revise));
        !settled && self.addressed_by(&item.id).is_none()
    }

    /// An open decision whose due date has passed.
    pub fn is_overdue(&self, item: &ReviewItem, today: jiff::civil::Date) -> bool {
        item.kind == ReviewKind::Decision
            && self.is_open(item)
            && item.due.as_deref().and_then(|due| parse_due_date(due.trim()).ok()).is_some_and(|due| due < today)
    }

    /// The open review items about one place of the draft.
    pub fn open_items_about<'a>(&'a self, about: &'a About) -> impl Iterator<Item = &'a ReviewItem> {
        self.review.items.iter().filter(move |item| item.about.as_ref() == Some(about) && self.is_open(item))
    }

    /// Decisions that name no principle: the method asks every decision to rest on one.
    pub fn decisions_without_principle(&self) -> usize {
        self.decisions().filter(|d| d.principles.is_empty()).count()
    }

    /// Every place of the draft a review item can be about, in the draft's order.
    pub fn places(&self) -> Vec<About> {
        let mut places = vec![About::Draft];
        places.extend(CustomerQuestion::ALL.into_iter().map(About::Customer));
        places.extend(Section::ALL.into_iter().map(About::Section));
        places.extend(self.faq.external.iter().chain(&self.faq.internal).map(|q| About::Faq(q.id.clone())));
        places
    }

    /// Cleans every text the session holds (see [`sanitize_text`]): what a file or a paste
    /// brings in must never reach the terminal as an escape sequence or a bidi override.
    /// Ids are cleaned too: they are shown (`backwards list`, "Review item r3", a principle
    /// the set does not know), and an id and the references to it stay equal, since both
    /// are cleaned alike.
    pub fn sanitize(&mut self) {
        for line in [&mut self.id, &mut self.title, &mut self.facilitator, &mut self.created_at, &mut self.updated_at] {
            *line = sanitize_line(line);
        }
        for participant in &mut self.participants {
            *participant = sanitize_line(participant);
        }
        self.principles.set = sanitize_line(&self.principles.set);
        for principle in &mut self.principles.items {
            for line in [&mut principle.id, &mut principle.name, &mut principle.summary] {
                *line = sanitize_line(line);
            }
        }
        sanitize_draft(&mut self.customer, &mut self.press_release, &mut self.faq);
        for item in &mut self.review.items {
            item.text = sanitize_text(&item.text);
            for line in [&mut item.id, &mut item.author, &mut item.created_at] {
                *line = sanitize_line(line);
            }
            for line in [&mut item.owner, &mut item.due].into_iter().flatten().chain(&mut item.principles) {
                *line = sanitize_line(line);
            }
            if let Some(resources) = &mut item.resources {
                *resources = sanitize_text(resources);
            }
            // Cleaned as written, then read again: `\u{1b}press_release.problem` is the
            // problem section now, as it will be once saved and read back.
            item.about = item.about.take().map(|about| About::from(sanitize_line(&String::from(about))));
        }
        if let Some(verdict) = &mut self.review.verdict {
            verdict.reason = sanitize_text(&verdict.reason);
        }
        self.kept_aside.iter_mut().for_each(KeptAside::sanitize);
        self.imported_from.iter_mut().for_each(ImportedFrom::sanitize);
        for iteration in &mut self.iterations {
            iteration.note = sanitize_text(&iteration.note);
            iteration.created_at = sanitize_line(&iteration.created_at);
            for id in &mut iteration.addresses {
                *id = sanitize_line(id);
            }
            sanitize_draft(&mut iteration.customer, &mut iteration.press_release, &mut iteration.faq);
        }
    }

    /// A place in the draft, in words: the section's label, the question's text.
    pub fn about_label(&self, about: &About) -> String {
        match about {
            About::Draft => "the whole draft".to_owned(),
            About::Customer(question) => question.question().to_owned(),
            About::Section(section) => section.label().to_owned(),
            About::Faq(id) => match self.faq.find(id) {
                Some(entry) => format!("FAQ: {}", entry.question.trim()),
                None => format!("FAQ {id}"),
            },
            About::Other(path) => path.clone(),
        }
    }

    /// All the text a person wrote in the session, lower-cased, for finding it by a word.
    pub fn searchable_text(&self) -> String {
        let mut parts: Vec<&str> = vec![&self.title, &self.facilitator];
        parts.extend(self.participants.iter().map(String::as_str));
        parts.extend(CustomerQuestion::ALL.iter().map(|q| self.customer.answer(*q).text.as_str()));
        parts.extend(Section::ALL.iter().map(|s| self.press_release.section(*s).as_str()));
        for entry in self.faq.external.iter().chain(&self.faq.internal) {
            parts.extend([entry.question.as_str(), entry.answer.as_str()]);
        }
        for item in &self.review.items {
            parts.extend([item.text.as_str(), item.author.as_str()]);
            parts.extend([&item.owner, &item.resources].into_iter().flatten().map(String::as_str));
        }
        parts.extend(self.review.verdict.iter().map(|v| v.reason.as_str()));
        parts.extend(self.iterations.iter().map(|i| i.note.as_str()));
        for part in &self.kept_aside {
            parts.extend([part.title.as_str(), part.text.as_str()]);
        }
        parts.join("\n").to_lowercase()
    }

    /// Press-release words, the figure the one-page target is measured in.
    pub fn press_release_words(&self) -> usize {
        self.press_release.word_count()
    }
}

fn sanitize_draft(customer: &mut Customer, press_release: &mut PressRelease, faq: &mut Faq) {
    for question in CustomerQuestion::ALL {
        let answer = customer.answer_mut(question);
        answer.text = sanitize_text(&answer.text);
    }
    for section in Section::ALL {
        let text = press_release.section_mut(section);
        *text = sanitize_text(text);
    }
    for entry in faq.external.iter_mut().chain(faq.internal.iter_mut()) {
        entry.id = sanitize_line(&entry.id);
        entry.question = sanitize_text(&entry.question);
        entry.answer = sanitize_text(&entry.answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_paths_round_trip_and_keep_the_unknown() {
        for path in ["draft", "press_release.leader_quote", "customer.evidence", "faq.q7", "appendix.x"] {
            assert_eq!(String::from(About::from(path.to_owned())), path);
        }
        assert_eq!(About::from("press_release.headline".to_owned()), About::Section(Section::Headline));
        assert_eq!(About::from("press_release.nope".to_owned()), About::Other("press_release.nope".into()));
    }

    #[test]
    fn due_dates_must_be_real_calendar_dates() {
        assert!(parse_due_date("2026-03-31").is_ok());
        assert!(parse_due_date("2026-02-30").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_due_date("31/03/2026").is_err());
        assert!(parse_due_date("next week").is_err());
    }

    #[test]
    fn every_text_a_file_can_bring_in_is_cleaned() {
        let mut session = Session::new("s".into(), "t".into(), "2026\u{1b}[2J".into(), PrincipleSet::amazon());
        session.principles.items[0].name = "Customer\u{202e} Obsession".into();
        let mut item = ReviewItem::new("r1".into(), ReviewKind::Decision, "\u{1b}]0;x\u{7}".into());
        item.owner = Some("Ana\nBo".into());
        item.about = Some(About::Other("odd\u{9b}path".into()));
        session.review.items.push(item);
        session.sanitize();
        assert_eq!(session.created_at, "2026[2J");
        assert_eq!(session.principles.items[0].name, "Customer Obsession");
        let item = &session.review.items[0];
        assert_eq!(item.created_at, "]0;x");
        assert_eq!(item.owner.as_deref(), Some("Ana Bo"));
        assert_eq!(item.about, Some(About::Other("oddpath".into())));
    }

    #[test]
    fn a_place_is_read_again_once_cleaned_so_a_second_load_reads_it_alike() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        for path in ["\u{1b}press_release.problem", "faq.\u{202e}q1", "faq.\u{7}"] {
            let mut item = ReviewItem::new("r".into(), ReviewKind::Comment, String::new());
            item.about = Some(About::from(path.to_owned()));
            session.review.items.push(item);
        }
        session.sanitize();
        let places: Vec<Option<About>> = session.review.items.iter().map(|i| i.about.clone()).collect();
        assert_eq!(
            places,
            [Some(About::Section(Section::Problem)), Some(About::Faq("q1".into())), Some(About::Other("faq.".into()))]
        );
    }

    #[test]
    fn stages_step_without_leaving_the_four() {
        assert_eq!(Stage::Customer.previous(), Stage::Customer);
        assert_eq!(Stage::Review.next(), Stage::Iteration);
        assert_eq!(Stage::Iteration.next(), Stage::Iteration);
        assert_eq!(Stage::PressRelease.number(), 2);
    }

    fn decision(id: &str, outcome: Outcome, principles: &[&str]) -> ReviewItem {
        let mut item = ReviewItem::new(id.into(), ReviewKind::Decision, String::new());
        item.outcome = Some(outcome);
        item.principles = principles.iter().map(|p| p.to_string()).collect();
        item
    }

    #[test]
    fn a_revise_decision_stays_open_until_a_version_addresses_it() {
        let mut session = Session::new("s".into(), "t".into(), "2026-01-01T00:00:00Z".into(), PrincipleSet::amazon());
        session.review.items.push(decision("r1", Outcome::Revise, &[]));
        session.review.items.push(decision("r2", Outcome::Approved, &[]));
        assert_eq!(session.open_revisions().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["r1"]);
        session.iterations.push(Iteration {
            number: 1,
            created_at: String::new(),
            note: String::new(),
            addresses: vec!["r1".into()],
            customer: Customer::default(),
            press_release: PressRelease::default(),
            faq: Faq::default(),
            extra: Extra::new(),
        });
        assert_eq!(session.open_revisions().count(), 0);
        assert_eq!(session.addressed_by("r1"), Some(1));
    }
}
