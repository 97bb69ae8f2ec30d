//! Session → markdown: the PR/FAQ document in its canonical order, then an appendix
//! with the customer questions, the review, the iteration log and the time spent. Pure.

mod appendix;
mod diff;
mod escape;

pub use diff::word_diff;

use crate::domain::{FaqEntry, Section, Session};

use escape::{inline, paragraphs};

/// The heading of the export's part for what an import kept aside.
pub const KEPT_ASIDE_HEADING: &str = "Kept from the imported document";

/// A file name (without extension) for the session's document: a slug of its title, or
/// of its id when the title gives none, or `session`. A slug holds only `a-z 0-9 -`, so
/// the name can never leave the folder it is written to.
pub fn file_stem(session: &Session) -> String {
    let slug = |text: &str| {
        let slug: String = crate::domain::slugify(text).chars().take(60).collect();
        slug.trim_end_matches('-').to_owned()
    };
    let stem = [slug(&session.title), slug(&session.id)].into_iter().find(|s| !s.is_empty());
    match stem {
        None => "session".to_owned(),
        Some(stem) if is_windows_device(&stem) => format!("{stem}-session"),
        Some(stem) => stem,
    }
}

/// Names Windows takes for a device whatever the extension: `con.md` is the console.
fn is_windows_device(stem: &str) -> bool {
    match stem.as_bytes() {
        b"con" | b"prn" | b"aux" | b"nul" => true,
        [b'c', b'o', b'm', digit] | [b'l', b'p', b't', digit] => digit.is_ascii_digit(),
        _ => false,
    }
}

/// The session as a CommonMark document (tables as in GitHub Flavored Markdown).
/// Whatever the user wrote shows as literal text: it can never add structure.
pub fn markdown(session: &Session) -> String {
    let mut doc = Document::default();
    press_release(&mut doc, session);
    faq(&mut doc, session);
    appendix::write(&mut doc, session);
    kept_aside(&mut doc, session);
    doc.finish()
}

/// What an import found no field for, word for word, after everything else: it is not
/// part of the press release and must not read as if it were.
fn kept_aside(doc: &mut Document, session: &Session) {
    if session.kept_aside.is_empty() {
        return;
    }
    doc.heading(2, KEPT_ASIDE_HEADING);
    for part in &session.kept_aside {
        let title = inline(&part.title);
        doc.heading(3, if title.is_empty() { "(untitled part)" } else { &title });
        // The note is always there, so that a part with no text is no empty section.
        let reason = inline(&part.reason);
        doc.note(&if reason.is_empty() { "Kept aside.".to_owned() } else { format!("Kept aside: {reason}") });
        doc.block(paragraphs(&part.text));
    }
}

/// Blocks separated by one blank line, ending in one newline. Every text handed to it
/// is markdown already: user text has been through [`escape`].
#[derive(Default)]
struct Document {
    blocks: Vec<String>,
}

impl Document {
    fn heading(&mut self, level: usize, markdown: &str) {
        self.blocks.push(format!("{} {markdown}", "#".repeat(level)));
    }

    fn block(&mut self, markdown: String) {
        if !markdown.is_empty() {
            self.blocks.push(markdown);
        }
    }

    /// The document's own remarks (what is missing, figures), set apart from the user's words.
    fn note(&mut self, text: &str) {
        self.blocks.push(format!("_{text}_"));
    }

    fn finish(self) -> String {
        let mut text = self.blocks.join("\n\n");
        text.push('\n');
        text
    }
}

/// The press release reads as one: prose paragraphs in the canonical order, without
/// section labels, which a launched product's press release would not carry. A missing
/// section is named where it belongs, so a reviewer sees the gap.
fn press_release(doc: &mut Document, session: &Session) {
    let pr = &session.press_release;
    let headline = inline(&pr.headline);
    let title = if headline.is_empty() { inline(&session.title) } else { headline.clone() };
    doc.heading(1, if title.is_empty() { "Untitled press release" } else { &title });
    if pr.is_empty() {
        doc.note("The press release is not written yet.");
        return;
    }
    if headline.is_empty() {
        doc.note("Headline: not written yet; the session's title stands in.");
    }
    let subheading = inline(&pr.subheading);
    if subheading.is_empty() {
        doc.note("Subheading: not written yet.");
    } else {
        doc.heading(2, &subheading);
    }
    for section in Section::ALL.into_iter().filter(|s| !matches!(s, Section::Headline | Section::Subheading)) {
        let text = paragraphs(pr.section(section));
        if text.is_empty() {
            doc.note(&format!("{}: not written yet.", section.label()));
        } else {
            doc.block(text);
        }
    }
    doc.note(&format!("Press release: {} words.", pr.word_count()));
}

fn faq(doc: &mut Document, session: &Session) {
    fn written(entries: &[FaqEntry]) -> Vec<&FaqEntry> {
        entries.iter().filter(|e| !e.question.trim().is_empty() || !e.answer.trim().is_empty()).collect()
    }
    let parts = [
        ("External (customer questions)", written(&session.faq.external)),
        ("Internal (stakeholder questions)", written(&session.faq.internal)),
    ];
    if parts.iter().all(|(_, entries)| entries.is_empty()) {
        return;
    }
    doc.heading(2, "FAQ");
    for (title, entries) in parts {
        if entries.is_empty() {
            continue;
        }
        doc.heading(3, title);
        for entry in entries {
            faq_entry(doc, entry);
        }
    }
}

fn faq_entry(doc: &mut Document, entry: &FaqEntry) {
    let question = inline(&entry.question);
    doc.block(format!("**Q: {}**", if question.is_empty() { "(no question written)" } else { &question }));
    let answer = paragraphs(&entry.answer);
    if answer.is_empty() { doc.note("Not answered yet.") } else { doc.block(answer) }
}
