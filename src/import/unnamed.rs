//! The press release's paragraphs that no heading or label names, put in the canonical
//! order by what they say: a dateline, a quotation and who says it.

use crate::domain::{Section, opens_with_dateline};

use super::blocks::{Block, Kind};
use super::cues::is_quote;
use super::render;
use super::speakers::{Speaker, dash_attribution, speaker};

/// Paragraphs no heading or label names, put in the canonical order by what they say:
/// a dateline opens the summary; a quotation (or a block quote ending "— Name, role")
/// is the leader's or the customer's by who says it, or else by its place (the first
/// the leader's, the last the customer's); the rest falls between them in order.
pub fn unnamed_sections(blocks: &[Block]) -> Vec<(Section, String)> {
    // A paragraph and the lists, code or tables that follow it form one unit, and so
    // do the paragraphs of one block quote.
    let mut units: Vec<Vec<Block>> = Vec::new();
    for block in blocks {
        match units.last_mut() {
            Some(unit)
                if block.kind != Kind::Paragraph || block.in_quote && unit.last().is_some_and(|last| last.in_quote) =>
            {
                unit.push(block.clone())
            }
            _ => units.push(vec![block.clone()]),
        }
    }
    if units.is_empty() {
        return Vec::new();
    }
    let text = |unit: &[Block]| unit.first().map(Block::text).unwrap_or_default();
    let quoted = |unit: &[Block]| {
        let said: Vec<String> = unit.iter().filter(|b| b.in_quote).map(Block::text).collect();
        unit[0].in_quote && dash_attribution(&said.join("\n\n")).is_some()
    };
    let summary_at = units.iter().position(|u| opens_with_dateline(&text(u))).unwrap_or(0);
    let quotes: Vec<(usize, Speaker)> = (summary_at + 1..units.len())
        .filter(|i| is_quote(&text(&units[*i])) || quoted(&units[*i]))
        .map(|i| (i, speaker(&render(&units[i]))))
        .collect();
    let (leader, customer) = choose_speakers(&quotes);
    let mut sections = vec![Section::Summary; units.len()];
    let first_quote = quotes.first().map_or(units.len(), |(i, _)| *i);
    let before_quotes: Vec<usize> = (summary_at + 1..first_quote).collect();
    for (n, i) in before_quotes.iter().enumerate() {
        let no_quote_at_all = quotes.is_empty();
        sections[*i] = match n {
            0 => Section::Problem,
            1 => Section::Solution,
            _ if no_quote_at_all && n + 1 == before_quotes.len() => Section::CallToAction,
            // Before the customer's quote comes how to start; before the leader's, more solution.
            _ if no_quote_at_all || customer == Some(first_quote) => Section::GettingStarted,
            _ => Section::Solution,
        };
    }
    for (i, said_by) in &quotes {
        let customers = Some(*i) == customer || (Some(*i) != leader && *said_by == Speaker::Customer);
        sections[*i] = if customers { Section::CustomerQuote } else { Section::LeaderQuote };
    }
    if let Some((last_quote, _)) = quotes.last() {
        let between = (first_quote + 1..*last_quote).filter(|i| !quotes.iter().any(|(q, _)| q == i));
        for i in between {
            sections[i] = Section::GettingStarted;
        }
        // After the customer's quote comes the call to action; after the leader's, how
        // to start, and the last paragraph is still the call to action.
        let after: Vec<usize> = (last_quote + 1..units.len()).collect();
        for (n, i) in after.iter().enumerate() {
            let ends = customer == Some(*last_quote) || n + 1 == after.len();
            sections[*i] = if ends { Section::CallToAction } else { Section::GettingStarted };
        }
    }
    units.iter().zip(sections).map(|(unit, section)| (section, render(unit))).collect()
}

/// Which quotation is the leader's and which the customer's: the first a leader says
/// and the last a customer says; when the words name no one, the first and the last
/// of the others, a lone one being the customer's.
fn choose_speakers(quotes: &[(usize, Speaker)]) -> (Option<usize>, Option<usize>) {
    let leader = quotes.iter().find(|(_, s)| *s == Speaker::Leader).map(|(i, _)| *i);
    let customer = quotes.iter().rev().find(|(_, s)| *s == Speaker::Customer).map(|(i, _)| *i);
    let unknown: Vec<usize> = quotes.iter().filter(|(_, s)| *s == Speaker::Unknown).map(|(i, _)| *i).collect();
    match (leader, customer) {
        (Some(_), Some(_)) => (leader, customer),
        (Some(_), None) => (leader, unknown.last().copied()),
        (None, Some(_)) => (unknown.first().copied(), customer),
        (None, None) => match unknown.as_slice() {
            [] => (None, None),
            [only] => (None, Some(*only)),
            [first, .., last] => (Some(*first), Some(*last)),
        },
    }
}
