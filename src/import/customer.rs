//! The customer problem: the five customer questions, each named by a heading, a bold
//! label or "Label:", with how well the answer is known.

use crate::domain::{Confidence, Customer, CustomerQuestion, KeptAside};

use super::blocks::{Block, Kind, plain};
use super::cues::{bold_lead, export_note};
use super::labels::customer_question;
use super::outline::{Outline, Region};
use super::render;

/// Fills the five answers from the document's customer-problem parts. Text before the
/// first named question answers the problem, which is what the part is about. Returns
/// whether the document had such a part.
pub fn read(outline: &Outline, customer: &mut Customer, kept: &mut Vec<KeptAside>, labels: &mut Vec<String>) -> bool {
    let parts: Vec<_> = outline.parts.iter().filter(|p| p.region == Region::Customer).collect();
    let mut answers: Vec<(CustomerQuestion, Vec<Block>)> = Vec::new();
    let mut unnamed: Vec<Block> = Vec::new();
    for part in &parts {
        for block in &part.blocks {
            if export_note(&block.marked).is_some() {
                continue;
            }
            match label(block) {
                Some((question, name, rest)) => {
                    labels.push(name);
                    let blocks = if rest.trim().is_empty() { vec![] } else { vec![Block::new(Kind::Paragraph, rest)] };
                    answers.push((question, blocks));
                }
                None => match answers.last_mut() {
                    Some((_, blocks)) => blocks.push(block.clone()),
                    None => unnamed.push(block.clone()),
                },
            }
        }
    }
    if !unnamed.is_empty() {
        answers.insert(0, (CustomerQuestion::Problem, unnamed));
    }
    for (question, blocks) in answers {
        let (confidence, text) = confidence(&render(&blocks));
        let answer = customer.answer_mut(question);
        if text.is_empty() {
            continue;
        }
        if answer.text.is_empty() {
            answer.text = text;
            answer.confidence = confidence;
        } else {
            kept.push(KeptAside::new(
                question.question(),
                text,
                "a second answer to a customer question that was answered already",
            ));
        }
    }
    !parts.is_empty()
}

/// The question a block names, the name as written, and the rest of its text.
fn label(block: &Block) -> Option<(CustomerQuestion, String, String)> {
    match block.kind {
        Kind::Heading(_) => customer_question(&block.text()).map(|q| (q, block.text(), String::new())),
        Kind::Paragraph | Kind::Item { .. } => {
            if let Some((bold, rest)) = bold_lead(&block.marked) {
                return customer_question(&bold).map(|q| (q, bold.clone(), plain(rest)));
            }
            let text = block.text();
            let (name, rest) = text.split_once([':', '：'])?;
            let question = (name.chars().count() <= 50).then(|| customer_question(name)).flatten()?;
            Some((question, name.to_owned(), rest.trim().to_owned()))
        }
        Kind::Verbatim | Kind::Rule => None,
    }
}

/// "(observed) …", "Confidence: assumed." at the start of an answer; `reported` when
/// the text does not say.
fn confidence(text: &str) -> (Confidence, String) {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    for level in Confidence::ALL {
        for form in [
            format!("({})", level.label()),
            format!("confidence: {}.", level.label()),
            format!("confidence: {}", level.label()),
        ] {
            if lower.starts_with(&form) {
                return (level, trimmed.get(form.len()..).unwrap_or(trimmed).trim().to_owned());
            }
        }
    }
    (Confidence::Reported, trimmed.to_owned())
}
