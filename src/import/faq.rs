//! One half of the FAQ: its questions and answers, however they are marked (headings,
//! "Q:"/"A:", bold questions, numbers, nested list items), and what is neither.

use super::blocks::{Block, Kind, plain};
use super::cues::{
    answer_prefix, bold_lead, ends_as_question, export_note, numbered, question_prefix, without_answer_prefix,
};
use super::labels::strip_numbering;
use super::render;

#[derive(Debug, Default)]
pub struct FaqRead {
    pub entries: Vec<(String, String)>,
    /// Text before the first question.
    pub intro: Vec<String>,
    /// Headings that group questions by topic.
    pub topics: Vec<String>,
}

struct Entry {
    question: String,
    answer: Vec<Block>,
}

pub fn read(blocks: &[Block]) -> FaqRead {
    let mut read = FaqRead::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut intro: Vec<Block> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if export_note(&block.marked).is_some() {
            continue;
        }
        let next = blocks.get(i + 1);
        let answered = entries.last().is_some_and(|e| !e.answer.is_empty());
        match question(block, next, entries.is_empty() || answered) {
            Some(Found::Topic(topic)) => read.topics.push(topic),
            Some(Found::Question(question, answer)) => {
                let answer = if answer.trim().is_empty() { vec![] } else { vec![Block::new(Kind::Paragraph, answer)] };
                entries.push(Entry { question, answer });
            }
            None => {
                let mut block = block.clone();
                if matches!(block.kind, Kind::Paragraph | Kind::Item { .. }) {
                    block.marked = without_answer_prefix(&block.marked);
                }
                if let Kind::Item { depth, ordered } = block.kind
                    && depth > 0
                    && entries.last().is_some_and(|e| e.answer.is_empty())
                {
                    // "- Q: …" then "  - A: …": the nested item is the answer itself.
                    block.kind = if ordered { Kind::Item { depth: depth - 1, ordered } } else { Kind::Paragraph };
                }
                match entries.last_mut() {
                    Some(entry) => entry.answer.push(block),
                    None => intro.push(block),
                }
            }
        }
    }
    read.entries = entries.into_iter().map(|e| (e.question, render(&e.answer))).collect();
    read.intro = intro.iter().map(Block::text).filter(|t| !t.is_empty()).collect();
    read
}

enum Found {
    Topic(String),
    /// A question and the start of its answer.
    Question(String, String),
}

fn clean_question(text: &str) -> String {
    let text = plain(text);
    let text = question_prefix(&text).map(str::to_owned).unwrap_or(text);
    strip_numbering(&text).trim().to_owned()
}

/// Whether the block opens a question, and if so the question and the answer's start.
/// `may_ask` is false while the last question still waits for its answer: a line
/// ending in "?" there is more likely part of the answer than a new question.
fn question(block: &Block, next: Option<&Block>, may_ask: bool) -> Option<Found> {
    match block.kind {
        Kind::Heading(level) => {
            let groups = next.is_some_and(|n| matches!(n.kind, Kind::Heading(l) if l > level));
            if groups && !ends_as_question(&block.marked) {
                return Some(Found::Topic(block.text()));
            }
            Some(Found::Question(clean_question(&block.marked), String::new()))
        }
        Kind::Item { depth: 0, ordered } => {
            let first = block.lines()[0];
            let has_nested = next.is_some_and(|n| matches!(n.kind, Kind::Item { depth, .. } if depth > 0));
            let asks =
                question_prefix(first).is_some() || ends_as_question(&block.marked) || bold_lead(first).is_some();
            if answer_prefix(first).is_some() || !(asks || has_nested || ordered && may_ask) {
                return None;
            }
            Some(split_paragraph(block))
        }
        Kind::Paragraph => {
            let first = block.lines()[0];
            if answer_prefix(first).is_some() {
                return None;
            }
            let prefixed = question_prefix(first).is_some();
            let bold = bold_lead(&block.marked).is_some_and(|(bold, _)| bold.chars().count() <= 300);
            let numbered_question =
                numbered(first).is_some() && block.lines().iter().take(3).any(|l| ends_as_question(l));
            let lone_question = may_ask
                && ends_as_question(first)
                && block.lines().len() == 1
                && plain(first).split_whitespace().count() <= 40;
            (prefixed || bold || numbered_question || lone_question).then(|| split_paragraph(block))
        }
        _ => None,
    }
}

/// A paragraph or item that opens with a question: the question (which may wrap over
/// lines) and what follows it.
fn split_paragraph(block: &Block) -> Found {
    if let Some((bold, rest)) = bold_lead(&block.marked) {
        let bold_is_prefix = question_prefix(&bold).is_some_and(|q| q.trim().is_empty());
        if !bold_is_prefix {
            return Found::Question(clean_question(&bold), plain(&without_answer_prefix(rest)));
        }
    }
    let lines = block.lines();
    let answer_line = lines.iter().position(|l| answer_prefix(l).is_some());
    let question_end = match answer_line {
        Some(at) if at > 0 => at,
        _ => lines.iter().take(3).position(|l| ends_as_question(l)).map_or(1, |at| at + 1),
    };
    let question = clean_question(&lines[..question_end].join("\n"));
    let answer = without_answer_prefix(&lines[question_end..].join("\n"));
    Found::Question(question, plain(&answer))
}
