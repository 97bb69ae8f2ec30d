//! What an import put where: each field with its first words, what was kept aside and
//! why, and what the user should look at.

use serde::Serialize;

use crate::domain::{CustomerQuestion, Section, Session};

/// How many words of a field the report quotes.
const FIRST_WORDS: usize = 8;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// The file (or "-" for standard input) it came from.
    pub source: String,
    /// Whether anything of a PR/FAQ was recognised; if not, the whole text is kept aside.
    pub recognised: bool,
    pub fields: Vec<Placed>,
    pub kept_aside: Vec<KeptNote>,
    pub warnings: Vec<String>,
}

/// A field that received text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placed {
    /// Where in the session file, e.g. `press_release.headline`, `faq.external[2]`.
    pub key: String,
    /// Where, in words: "Press release · Headline".
    pub place: String,
    pub first_words: String,
}

/// A part with no field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeptNote {
    pub title: String,
    pub reason: String,
    pub first_words: String,
}

/// The first few words of a text, with "…" when there is more.
pub fn first_words(text: &str) -> String {
    let mut words = text.split_whitespace();
    let shown: Vec<&str> = words.by_ref().take(FIRST_WORDS).collect();
    let mut line = shown.join(" ");
    let mut more = words.next().is_some();
    // Chinese and Japanese run on without spaces: count characters instead.
    if line.chars().count() > 60 {
        line = line.chars().take(40).collect();
        more = true;
    }
    if more {
        line.push_str(" …");
    }
    line
}

/// What an import says of a file whose bytes became session `id` before: the CLI, its
/// dry run and the app alike. A dry run writes nothing, so it tells what importing would do.
pub fn imported_before(id: &str, dry_run: bool) -> String {
    let consequence = if dry_run { "importing it again makes a second session" } else { "this is a second session" };
    format!("the same file was imported before as {id}: {consequence}")
}

impl ImportReport {
    pub fn of(session: &Session, source: &str, recognised: bool) -> Self {
        let mut fields = Vec::new();
        let mut warnings = Vec::new();
        let mut place = |key: String, place: String, text: &str| {
            if !text.trim().is_empty() {
                fields.push(Placed { key, place, first_words: first_words(text) });
            }
        };
        for section in Section::ALL {
            let text = session.press_release.section(section);
            place(format!("press_release.{}", section.key()), format!("Press release · {}", section.label()), text);
        }
        for (half, entries) in [("external", &session.faq.external), ("internal", &session.faq.internal)] {
            for (n, entry) in entries.iter().enumerate() {
                let text = format!("{} — {}", entry.question, entry.answer);
                place(format!("faq.{half}[{n}]"), format!("FAQ ({half}) {}", n + 1), &text);
            }
        }
        for question in CustomerQuestion::ALL {
            let answer = session.customer.answer(question);
            let words = format!("({}) {}", answer.confidence.label(), answer.text);
            if !answer.text.trim().is_empty() {
                place(format!("customer.{}", question.key()), format!("Customer · {}", question.question()), &words);
            }
        }
        let kept_aside = session
            .kept_aside
            .iter()
            .map(|k| KeptNote { title: k.title.clone(), reason: k.reason.clone(), first_words: first_words(&k.text) })
            .collect();
        if !recognised {
            warnings.push(
                "no recognisable PR/FAQ: no press release, FAQ or customer problem was found; the whole text is kept aside"
                    .to_owned(),
            );
        } else {
            let missing: Vec<&str> = Section::ALL
                .iter()
                .filter(|s| session.press_release.section(**s).trim().is_empty())
                .map(|s| s.label())
                .collect();
            if !missing.is_empty() {
                warnings.push(format!("press release sections left empty: {}", missing.join(", ")));
            }
            if session.faq.is_empty() {
                warnings.push("no FAQ questions found".to_owned());
            }
            let unanswered =
                session.faq.external.iter().chain(&session.faq.internal).filter(|e| e.answer.trim().is_empty());
            for entry in unanswered {
                warnings.push(format!("question without an answer: {}", first_words(&entry.question)));
            }
            if session.customer.is_empty() {
                warnings.push("no customer-problem part: the five customer questions are left empty".to_owned());
            }
        }
        Self { source: source.to_owned(), recognised, fields, kept_aside, warnings }
    }

    /// The report in words, one line per field, as `--dry-run` prints it.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}:\n", self.source);
        for field in &self.fields {
            out.push_str(&format!("  {:<46} {}\n", field.place, field.first_words));
        }
        for kept in &self.kept_aside {
            out.push_str(&format!("  kept aside: {} ({}): {}\n", kept.title, kept.reason, kept.first_words));
        }
        for warning in &self.warnings {
            out.push_str(&format!("  warning: {warning}\n"));
        }
        out
    }
}
