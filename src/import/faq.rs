//! One half of the FAQ: its questions and answers, however they are marked (headings,
//! "Q:"/"A:", bold questions, numbers, nested list items), and what is neither.

use super::blocks::{Block, Kind, plain};
use super::cues::{
    answer_prefix, bold_lead, ends_as_question, export_note, numbered, question_prefix, without_answer_prefix,
};
use super::labels::{Group, strip_numbering};
use super::render;

#[derive(Debug, Default)]
pub struct FaqRead {
    /// Each question, its answer, and the half of the FAQ its prefix names ("I1.",
    /// "External Q2:"), which an unprefixed question after it shares.
    pub entries: Vec<(String, String, Option<Group>)>,
    /// The prefixes that name a half in words ("Internal Q1"), as written.
    pub prefixes: Vec<String>,
    /// Text before the first question.
    pub intro: Vec<String>,
    /// Headings that group questions by topic.
    pub topics: Vec<String>,
    /// Tables, images or code after the last answer, past a rule or under a heading of
    /// their own: no part of that answer. Each with its heading, if any, and its text.
    pub trailing: Vec<(Option<String>, String)>,
}

struct Entry {
    question: String,
    answer: Vec<Block>,
    group: Option<Group>,
    /// The heading the question was, when it was one.
    heading: Option<String>,
    /// How many blocks of the answer came before the last rule in it.
    before_rule: Option<usize>,
}

pub fn read(blocks: &[Block]) -> FaqRead {
    let mut read = FaqRead::default();
    let mut entries: Vec<Entry> = Vec::new();
    let mut intro: Vec<Block> = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if export_note(&block.marked).is_some() {
            continue;
        }
        if block.kind == Kind::Rule {
            if let Some(entry) = entries.last_mut() {
                entry.before_rule = Some(entry.answer.len());
            }
            continue;
        }
        let next = blocks.get(i + 1);
        let answered = entries.last().is_some_and(|e| !e.answer.is_empty());
        match question(block, next, entries.is_empty() || answered) {
            Some(Found::Topic(topic)) => read.topics.push(topic),
            Some(Found::Question(question, answer)) => {
                let answer = if answer.trim().is_empty() { vec![] } else { vec![Block::new(Kind::Paragraph, answer)] };
                let first_line = plain(block.lines()[0]);
                let prefix = group_prefix(&first_line);
                if let Some(GroupPrefix { written, worded: true, .. }) = &prefix {
                    read.prefixes.push(written.clone());
                }
                let group = prefix.map(|p| p.group).or_else(|| entries.last().and_then(|e| e.group));
                let heading = matches!(block.kind, Kind::Heading(_)).then(|| block.text());
                entries.push(Entry { question, answer, group, heading, before_rule: None });
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
    read.trailing = trailing(&mut entries);
    read.entries = entries.into_iter().map(|e| (e.question, render(&e.answer), e.group)).collect();
    read.intro = intro.iter().map(Block::text).filter(|t| !t.is_empty()).collect();
    read
}

/// Takes from the end of the FAQ what follows its last answer but is no part of it:
/// a heading that asks nothing over only tables, images or code, and such blocks after
/// a rule at the end of the last answer. In the order they were written.
fn trailing(entries: &mut Vec<Entry>) -> Vec<(Option<String>, String)> {
    let not_prose = |blocks: &[Block]| !blocks.is_empty() && blocks.iter().all(|b| b.kind == Kind::Verbatim);
    let mut found = Vec::new();
    if let Some(last) = entries.last()
        && let Some(heading) = &last.heading
        && !ends_as_question(heading)
        && not_prose(&last.answer)
    {
        found.push((Some(heading.clone()), render(&last.answer)));
        entries.pop();
    }
    if let Some(last) = entries.last_mut()
        && let Some(at) = last.before_rule
        && not_prose(&last.answer[at..])
    {
        found.insert(0, (None, render(&last.answer.split_off(at))));
    }
    found
}

enum Found {
    Topic(String),
    /// A question and the start of its answer.
    Question(String, String),
}

fn clean_question(text: &str) -> String {
    let text = plain(text);
    let text = group_prefix(&text).map(|p| p.rest.to_owned()).unwrap_or(text);
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
            let prefixed = question_prefix(first).is_some() || group_prefix(&plain(first)).is_some();
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
        // "**Q:** …", "**I1.** …": the bold run is only the prefix.
        let bold_is_prefix = clean_question(&bold).is_empty();
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

/// Codes that number a question and name its half: "I1.", "IQ2:", "C3)", "EQ1.".
const INTERNAL_CODES: &[&str] = &["I", "IQ", "SQ", "TQ"];
const EXTERNAL_CODES: &[&str] = &["C", "CQ", "E", "EQ", "XQ"];
/// Words before "Q1:" that name a half: "Internal Q1:", "Customer Q2.".
const INTERNAL_WORDS: &[&str] = &["internal", "stakeholder", "technical", "intern", "interne", "business"];
const EXTERNAL_WORDS: &[&str] = &["external", "customer", "extern", "externe", "kunde", "kunden", "public"];

#[derive(Debug, PartialEq, Eq)]
struct GroupPrefix<'a> {
    group: Group,
    /// The prefix as written, without its closing mark.
    written: String,
    /// Whether a word names the half (it would be lost with the prefix otherwise).
    worded: bool,
    rest: &'a str,
}

/// The half of the FAQ a question's prefix names, in plain text.
fn group_prefix(line: &str) -> Option<GroupPrefix<'_>> {
    let bare = line.trim_start();
    let word = bare.split(' ').next().unwrap_or_default();
    let first_word = word.to_lowercase();
    let worded = if INTERNAL_WORDS.contains(&first_word.as_str()) {
        Some(Group::Internal)
    } else if EXTERNAL_WORDS.contains(&first_word.as_str()) {
        Some(Group::External)
    } else {
        None
    };
    let code = match worded {
        Some(_) => bare[word.len()..].trim_start(),
        None => bare,
    };
    let letters = code.chars().take_while(char::is_ascii_alphabetic).count();
    let digits = code[letters..].chars().take_while(char::is_ascii_digit).count();
    let after = &code[letters + digits..];
    let rest = [".", ":", ")", "："].iter().find_map(|mark| after.strip_prefix(mark))?;
    let letters = &code[..letters];
    let group = match worded {
        Some(group) if letters.eq_ignore_ascii_case("q") => group,
        None if digits > 0 && INTERNAL_CODES.contains(&letters) => Group::Internal,
        None if digits > 0 && EXTERNAL_CODES.contains(&letters) => Group::External,
        _ => return None,
    };
    let written = bare[..bare.len() - after.len()].to_owned();
    Some(GroupPrefix { group, written, worded: worded.is_some(), rest: rest.trim_start() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_that_number_a_question_name_its_half() {
        let half = |line| group_prefix(line).map(|p| (p.group, p.rest));
        assert_eq!(half("I1. How many?"), Some((Group::Internal, "How many?")));
        assert_eq!(half("IQ12: How many?"), Some((Group::Internal, "How many?")));
        assert_eq!(half("C3) Which?"), Some((Group::External, "Which?")));
        assert_eq!(half("EQ1. Which?"), Some((Group::External, "Which?")));
        assert_eq!(half("Internal Q2: Who pays?"), Some((Group::Internal, "Who pays?")));
        assert_eq!(half("external q1. Who pays?"), Some((Group::External, "Who pays?")));
        assert_eq!(group_prefix("Internal Q2: Who pays?").unwrap().written, "Internal Q2");
        for not_one in ["Q1. Who?", "1. Who?", "I think so.", "Internal teams: all", "E. coli", "Is it free?"] {
            assert_eq!(half(not_one), None, "{not_one}");
        }
    }
}
