//! What the export says about a session, in the PR/FAQ's canonical order: the press
//! release, the FAQ, then the appendix. Pure.

use crate::domain::{FaqEntry, Section, Session};

use super::appendix;
use super::document::{Block, Document, Part, PartKind, one_line, paragraph_blocks};

pub fn document(session: &Session) -> Document {
    let mut parts = vec![Part { kind: PartKind::PressRelease, blocks: press_release(session) }];
    let faq = faq(session);
    if !faq.is_empty() {
        parts.push(Part { kind: PartKind::Faq, blocks: faq });
    }
    parts.push(Part { kind: PartKind::Appendix, blocks: appendix::blocks(session) });
    if !session.kept_aside.is_empty() {
        parts.push(Part { kind: PartKind::KeptAside, blocks: kept_aside(session) });
    }
    Document { parts }
}

/// The heading of the export's part for what an import kept aside.
pub const KEPT_ASIDE_HEADING: &str = "Kept from the imported document";

fn kept_aside(session: &Session) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(2, KEPT_ASIDE_HEADING.into())];
    for part in &session.kept_aside {
        let title = one_line(&part.title);
        blocks.push(Block::Heading(3, if title.is_empty() { "(untitled part)".into() } else { title }));
        // The note is always there, so that a part with no text is no empty section.
        let reason = one_line(&part.reason);
        blocks.push(Block::Note(if reason.is_empty() {
            "Kept aside.".into()
        } else {
            format!("Kept aside: {reason}")
        }));
        blocks.extend(paragraph_blocks(&part.text));
    }
    blocks
}

/// The press release reads as one: prose paragraphs in the canonical order, without
/// section labels, which a launched product's press release would not carry. A missing
/// section is named where it belongs, so a reviewer sees the gap.
fn press_release(session: &Session) -> Vec<Block> {
    let pr = &session.press_release;
    let headline = one_line(&pr.headline);
    let title = if headline.is_empty() { one_line(&session.title) } else { headline.clone() };
    let title = if title.is_empty() { "Untitled press release".to_owned() } else { title };
    let mut blocks = vec![Block::Heading(1, title)];
    if pr.is_empty() {
        blocks.push(Block::Note("The press release is not written yet.".into()));
        return blocks;
    }
    if headline.is_empty() {
        blocks.push(Block::Note("Headline: not written yet; the session's title stands in.".into()));
    }
    let subheading = one_line(&pr.subheading);
    blocks.push(if subheading.is_empty() {
        Block::Note("Subheading: not written yet.".into())
    } else {
        Block::Subheading(subheading)
    });
    for section in Section::ALL.into_iter().filter(|s| !matches!(s, Section::Headline | Section::Subheading)) {
        let paragraphs = paragraph_blocks(pr.section(section));
        if paragraphs.is_empty() {
            blocks.push(Block::Note(format!("{}: not written yet.", section.label())));
        }
        blocks.extend(paragraphs);
    }
    // The session's title, when the headline stands in its place above, so that the
    // document names the session and an import of it gets the title back.
    let words = format!("Press release: {} words", pr.word_count());
    let title = one_line(&session.title);
    blocks.push(Block::Note(if title.is_empty() || title == headline || headline.is_empty() {
        format!("{words}.")
    } else {
        // The importer reads the title back from this very form (`import::cues::session_title`).
        format!("{words}, in the session “{title}”.")
    }));
    blocks
}

fn faq(session: &Session) -> Vec<Block> {
    fn written(entries: &[FaqEntry]) -> Vec<&FaqEntry> {
        entries.iter().filter(|e| !e.is_blank()).collect()
    }
    let parts = [
        ("External (customer questions)", written(&session.faq.external)),
        ("Internal (stakeholder questions)", written(&session.faq.internal)),
    ];
    if parts.iter().all(|(_, entries)| entries.is_empty()) {
        return Vec::new();
    }
    let mut blocks = vec![Block::Heading(2, "FAQ".into())];
    for (title, entries) in parts {
        if entries.is_empty() {
            continue;
        }
        blocks.push(Block::Heading(3, title.into()));
        for entry in entries {
            let question = one_line(&entry.question);
            blocks.push(Block::Question(if question.is_empty() { "(no question written)".into() } else { question }));
            let answer = paragraph_blocks(&entry.answer);
            if answer.is_empty() {
                blocks.push(Block::Note("Not answered yet.".into()));
            }
            blocks.extend(answer);
        }
    }
    blocks
}
