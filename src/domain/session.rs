//! The session file's content, schema version 1. Field order here is the order of
//! keys in the file; `extra` keeps keys this version does not know, so a file written
//! by a newer tool or by hand survives a load and a save.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::coach_settings::CoachSettings;
use super::principles::PrincipleSet;
use super::text::{sanitize_line, sanitize_text};

/// The schema version this program writes.
pub const SCHEMA_VERSION: u32 = 1;

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

    /// How often each principle of the session's set is invoked by its decisions, in the
    /// set's order, followed by any ids the set does not know.
    pub fn principle_counts(&self) -> Vec<(String, usize)> {
        let mut counts: Vec<(String, usize)> = self.principles.items.iter().map(|p| (p.id.clone(), 0)).collect();
        for id in self.decisions().flat_map(|d| d.principles.iter()) {
            match counts.iter_mut().find(|(known, _)| known == id) {
                Some((_, n)) => *n += 1,
                None => counts.push((id.clone(), 1)),
            }
        }
        counts
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
        parts.join("\n").to_lowercase()
    }

    /// Press-release words, the figure the one-page target is measured in.
    pub fn press_release_words(&self) -> usize {
        self.press_release.word_count()
    }
}

/// The four stages of the workshop, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Customer,
    PressRelease,
    Review,
    Iteration,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Customer, Stage::PressRelease, Stage::Review, Stage::Iteration];

    pub fn title(self) -> &'static str {
        match self {
            Stage::Customer => "Customer problem",
            Stage::PressRelease => "Press release",
            Stage::Review => "Review",
            Stage::Iteration => "Iteration",
        }
    }

    /// 1-based position, as the stepper shows it and the keys 1–4 choose it.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn next(self) -> Stage {
        Stage::ALL[(self as usize + 1).min(3)]
    }

    pub fn previous(self) -> Stage {
        Stage::ALL[(self as usize).saturating_sub(1)]
    }
}

/// How well an answer is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Observed,
    Reported,
    Assumed,
    #[default]
    Unknown,
}

impl Confidence {
    pub const ALL: [Confidence; 4] =
        [Confidence::Observed, Confidence::Reported, Confidence::Assumed, Confidence::Unknown];

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Observed => "observed",
            Confidence::Reported => "reported",
            Confidence::Assumed => "assumed",
            Confidence::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Answer {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub confidence: Confidence,
    #[serde(flatten)]
    pub extra: Extra,
}

/// The five customer questions.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Customer {
    #[serde(default)]
    pub who: Answer,
    #[serde(default)]
    pub problem: Answer,
    #[serde(default)]
    pub benefit: Answer,
    #[serde(default)]
    pub evidence: Answer,
    #[serde(default)]
    pub experience: Answer,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One of the five customer questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CustomerQuestion {
    Who,
    Problem,
    Benefit,
    Evidence,
    Experience,
}

impl CustomerQuestion {
    pub const ALL: [CustomerQuestion; 5] = [Self::Who, Self::Problem, Self::Benefit, Self::Evidence, Self::Experience];

    /// The key in the session file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Who => "who",
            Self::Problem => "problem",
            Self::Benefit => "benefit",
            Self::Evidence => "evidence",
            Self::Experience => "experience",
        }
    }

    pub fn question(self) -> &'static str {
        match self {
            Self::Who => "Who is the customer?",
            Self::Problem => "What is the customer's problem or opportunity?",
            Self::Benefit => "What is the most important customer benefit?",
            Self::Evidence => "How do you know what customers need or want?",
            Self::Experience => "What does the customer experience look like?",
        }
    }

    /// What a good answer looks like, in one line.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Who => "A specific person in a specific situation, not \"users\".",
            Self::Problem => "Sized, with data where possible.",
            Self::Benefit => "One benefit, stated as the customer feels it.",
            Self::Evidence => "Research, data, quotes: say what is observed, reported or assumed.",
            Self::Experience => "The steps the customer takes, start to finish.",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.key() == key)
    }
}

impl Customer {
    pub fn answer(&self, question: CustomerQuestion) -> &Answer {
        match question {
            CustomerQuestion::Who => &self.who,
            CustomerQuestion::Problem => &self.problem,
            CustomerQuestion::Benefit => &self.benefit,
            CustomerQuestion::Evidence => &self.evidence,
            CustomerQuestion::Experience => &self.experience,
        }
    }

    pub fn answer_mut(&mut self, question: CustomerQuestion) -> &mut Answer {
        match question {
            CustomerQuestion::Who => &mut self.who,
            CustomerQuestion::Problem => &mut self.problem,
            CustomerQuestion::Benefit => &mut self.benefit,
            CustomerQuestion::Evidence => &mut self.evidence,
            CustomerQuestion::Experience => &mut self.experience,
        }
    }

    pub fn is_empty(&self) -> bool {
        CustomerQuestion::ALL.iter().all(|q| self.answer(*q).text.trim().is_empty())
    }
}

/// The nine sections of the press release.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PressRelease {
    #[serde(default)]
    pub headline: String,
    #[serde(default)]
    pub subheading: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub problem: String,
    #[serde(default)]
    pub solution: String,
    #[serde(default)]
    pub leader_quote: String,
    #[serde(default)]
    pub getting_started: String,
    #[serde(default)]
    pub customer_quote: String,
    #[serde(default)]
    pub call_to_action: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// One section of the press release, in the document's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Headline,
    Subheading,
    Summary,
    Problem,
    Solution,
    LeaderQuote,
    GettingStarted,
    CustomerQuote,
    CallToAction,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Self::Headline,
        Self::Subheading,
        Self::Summary,
        Self::Problem,
        Self::Solution,
        Self::LeaderQuote,
        Self::GettingStarted,
        Self::CustomerQuote,
        Self::CallToAction,
    ];

    /// The key in the session file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Headline => "headline",
            Self::Subheading => "subheading",
            Self::Summary => "summary",
            Self::Problem => "problem",
            Self::Solution => "solution",
            Self::LeaderQuote => "leader_quote",
            Self::GettingStarted => "getting_started",
            Self::CustomerQuote => "customer_quote",
            Self::CallToAction => "call_to_action",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Headline => "Headline",
            Self::Subheading => "Subheading",
            Self::Summary => "Summary",
            Self::Problem => "Problem",
            Self::Solution => "Solution",
            Self::LeaderQuote => "Leader quote",
            Self::GettingStarted => "How it works / getting started",
            Self::CustomerQuote => "Customer quote",
            Self::CallToAction => "Call to action",
        }
    }

    /// What good looks like, in one line.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Headline => "The product named in words the customer understands; one line.",
            Self::Subheading => "One sentence: who the customer is and what they gain.",
            Self::Summary => "A dateline (city, date), then what launched and why it matters.",
            Self::Problem => "The problem in the customer's own terms, with its size.",
            Self::Solution => "How the product solves it, from the customer's side.",
            Self::LeaderQuote => "A company spokesperson on why this matters.",
            Self::GettingStarted => "What the customer does first; concrete.",
            Self::CustomerQuote => "A believable customer describing the benefit they got.",
            Self::CallToAction => "Where and how to start; availability.",
        }
    }

    /// Whether the section is one line by nature (Enter moves on instead of breaking the line).
    pub fn is_one_line(self) -> bool {
        matches!(self, Self::Headline | Self::Subheading)
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl PressRelease {
    pub fn section(&self, section: Section) -> &String {
        match section {
            Section::Headline => &self.headline,
            Section::Subheading => &self.subheading,
            Section::Summary => &self.summary,
            Section::Problem => &self.problem,
            Section::Solution => &self.solution,
            Section::LeaderQuote => &self.leader_quote,
            Section::GettingStarted => &self.getting_started,
            Section::CustomerQuote => &self.customer_quote,
            Section::CallToAction => &self.call_to_action,
        }
    }

    pub fn section_mut(&mut self, section: Section) -> &mut String {
        match section {
            Section::Headline => &mut self.headline,
            Section::Subheading => &mut self.subheading,
            Section::Summary => &mut self.summary,
            Section::Problem => &mut self.problem,
            Section::Solution => &mut self.solution,
            Section::LeaderQuote => &mut self.leader_quote,
            Section::GettingStarted => &mut self.getting_started,
            Section::CustomerQuote => &mut self.customer_quote,
            Section::CallToAction => &mut self.call_to_action,
        }
    }

    pub fn word_count(&self) -> usize {
        Section::ALL.iter().map(|s| super::text::word_count(self.section(*s))).sum()
    }

    pub fn is_empty(&self) -> bool {
        Section::ALL.iter().all(|s| self.section(*s).trim().is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Faq {
    #[serde(default)]
    pub external: Vec<FaqEntry>,
    #[serde(default)]
    pub internal: Vec<FaqEntry>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl Faq {
    pub fn len(&self) -> usize {
        self.external.len() + self.internal.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn find(&self, id: &str) -> Option<&FaqEntry> {
        self.external.iter().chain(&self.internal).find(|q| q.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FaqEntry {
    pub id: String,
    #[serde(default)]
    pub question: String,
    #[serde(default)]
    pub answer: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Review {
    #[serde(default)]
    pub items: Vec<ReviewItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    Comment,
    Question,
    Concern,
    Decision,
}

impl ReviewKind {
    pub const ALL: [ReviewKind; 4] = [Self::Comment, Self::Question, Self::Concern, Self::Decision];

    pub fn label(self) -> &'static str {
        match self {
            Self::Comment => "comment",
            Self::Question => "question",
            Self::Concern => "concern",
            Self::Decision => "decision",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Approved,
    Revise,
    Rejected,
    Parked,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Self::Approved, Self::Revise, Self::Rejected, Self::Parked];

    pub fn label(self) -> &'static str {
        match self {
            Self::Approved => "approved",
            Self::Revise => "revise",
            Self::Rejected => "rejected",
            Self::Parked => "parked",
        }
    }

    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.label() == label)
    }
}

/// What a review item is about: a place in the draft. Written in the file as a short
/// path such as `press_release.headline`, `customer.who`, `faq.q3` or `draft`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum About {
    Draft,
    Customer(CustomerQuestion),
    Section(Section),
    Faq(String),
    /// A place this version does not know, kept as written.
    Other(String),
}

impl From<String> for About {
    fn from(path: String) -> Self {
        if path == "draft" {
            return About::Draft;
        }
        if let Some(section) = path.strip_prefix("press_release.").and_then(Section::from_key) {
            return About::Section(section);
        }
        if let Some(question) = path.strip_prefix("customer.").and_then(CustomerQuestion::from_key) {
            return About::Customer(question);
        }
        if let Some(id) = path.strip_prefix("faq.").filter(|id| !id.is_empty()) {
            return About::Faq(id.to_owned());
        }
        About::Other(path)
    }
}

impl From<About> for String {
    fn from(about: About) -> String {
        match about {
            About::Draft => "draft".to_owned(),
            About::Customer(q) => format!("customer.{}", q.key()),
            About::Section(s) => format!("press_release.{}", s.key()),
            About::Faq(id) => format!("faq.{id}"),
            About::Other(path) => path,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub id: String,
    pub kind: ReviewKind,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
    #[serde(default)]
    pub votes: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// A calendar date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<String>,
    #[serde(default)]
    pub principles: Vec<String>,
    #[serde(flatten)]
    pub extra: Extra,
}

impl ReviewItem {
    /// A new item with no text, author, votes or decision details yet.
    pub fn new(id: String, kind: ReviewKind, created_at: String) -> Self {
        Self {
            id,
            kind,
            text: String::new(),
            author: String::new(),
            created_at,
            about: None,
            votes: 0,
            outcome: None,
            owner: None,
            due: None,
            resources: None,
            principles: Vec::new(),
            extra: Extra::new(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictDecision {
    Go,
    Iterate,
    Stop,
}

impl VerdictDecision {
    pub const ALL: [VerdictDecision; 3] = [Self::Go, Self::Iterate, Self::Stop];

    pub fn label(self) -> &'static str {
        match self {
            Self::Go => "go",
            Self::Iterate => "iterate",
            Self::Stop => "stop",
        }
    }

    pub fn from_label(label: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.label() == label)
    }
}

/// The review's verdict on the whole draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub decision: VerdictDecision,
    #[serde(default)]
    pub reason: String,
    #[serde(flatten)]
    pub extra: Extra,
}

/// A frozen version of the draft. Never changes once made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Iteration {
    pub number: u32,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub addresses: Vec<String>,
    #[serde(default)]
    pub customer: Customer,
    #[serde(default)]
    pub press_release: PressRelease,
    #[serde(default)]
    pub faq: Faq,
    #[serde(flatten)]
    pub extra: Extra,
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

/// Minutes per stage, one figure for each of the four stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PerStage {
    #[serde(default)]
    pub customer: u64,
    #[serde(default)]
    pub press_release: u64,
    #[serde(default)]
    pub review: u64,
    #[serde(default)]
    pub iteration: u64,
}

impl PerStage {
    pub fn get(&self, stage: Stage) -> u64 {
        match stage {
            Stage::Customer => self.customer,
            Stage::PressRelease => self.press_release,
            Stage::Review => self.review,
            Stage::Iteration => self.iteration,
        }
    }

    pub fn get_mut(&mut self, stage: Stage) -> &mut u64 {
        match stage {
            Stage::Customer => &mut self.customer,
            Stage::PressRelease => &mut self.press_release,
            Stage::Review => &mut self.review,
            Stage::Iteration => &mut self.iteration,
        }
    }
}

/// The agenda: minutes planned per stage, and seconds actually spent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timeboxes {
    #[serde(default = "default_minutes")]
    pub minutes: PerStage,
    #[serde(default)]
    pub spent_seconds: PerStage,
    #[serde(flatten)]
    pub extra: Extra,
}

fn default_minutes() -> PerStage {
    PerStage { customer: 20, press_release: 30, review: 40, iteration: 20 }
}

impl Default for Timeboxes {
    fn default() -> Self {
        Self { minutes: default_minutes(), spent_seconds: PerStage::default(), extra: Extra::new() }
    }
}

/// Checks a due date: a real calendar date written `YYYY-MM-DD`.
pub fn parse_due_date(text: &str) -> Result<jiff::civil::Date, String> {
    let well_formed = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    match text.parse::<jiff::civil::Date>() {
        Ok(date) if well_formed => Ok(date),
        _ => Err(format!("due date {text:?} is not a calendar date; write it as YYYY-MM-DD, e.g. 2026-03-31")),
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

    #[test]
    fn principle_counts_follow_the_set_and_keep_unknown_ids() {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.review.items.push(decision("a", Outcome::Approved, &["frugality", "customer-obsession"]));
        session.review.items.push(decision("b", Outcome::Parked, &["frugality", "retired-value"]));
        let counts = session.principle_counts();
        assert_eq!(counts[0], ("customer-obsession".to_owned(), 1));
        assert!(counts.contains(&("frugality".to_owned(), 2)));
        assert_eq!(counts.last(), Some(&("retired-value".to_owned(), 1)));
        assert_eq!(counts.len(), 17);
    }
}
