//! The document's parts by their headings: which blocks belong to the press release, to
//! which of its sections, to which half of the FAQ, to the customer problem, and which
//! to a part with no field. Headings inside a part stay in it.

use crate::domain::Section;

use super::blocks::{Block, Kind, STRONG};
use super::cues::{bold_lead, ends_as_question};
use super::labels::{Group, Label, classify, customer_question};
use super::press::{names_the_document, strip_title_prefix};

/// A bold line alone that names a part counts as a heading deeper than any real one
/// (Google Docs often exports headings so).
const BOLD_HEADING_LEVEL: u8 = 7;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Region {
    /// The press release, unnamed parts of it included.
    Press,
    Section(Section),
    /// A half of the FAQ, or (`None`) an FAQ not divided into halves.
    Faq(Option<Group>),
    Customer,
    /// A part with no field, under this heading.
    Kept(String),
}

#[derive(Debug, Clone)]
pub struct Part {
    pub region: Region,
    /// The heading that opened the part, as written.
    pub heading: String,
    pub level: Option<u8>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub parts: Vec<Part>,
    /// The first heading when it names no part: the headline, or the document's title.
    pub headline: Option<String>,
    /// A heading right after the headline's.
    pub subheading: Option<String>,
    /// Whether a heading said where the press release starts.
    pub press_named: bool,
    /// A heading inside the named press release that comes first: its headline.
    pub press_headline: Option<String>,
    /// A line above the first heading that names the document ("PR/FAQ: Clinic Queue").
    pub title_line: Option<String>,
    /// The headings that named a part, as written: kept, since they are words too.
    pub labels: Vec<String>,
}

pub fn outline(blocks: &[Block]) -> Outline {
    let mut outline = Outline {
        parts: vec![Part { region: Region::Press, heading: String::new(), level: None, blocks: Vec::new() }],
        ..Outline::default()
    };
    let mut faq_level: Option<u8> = None;
    let mut last_was_headline = false;
    for block in blocks {
        let Some((level, text)) = heading(block) else {
            last_was_headline = false;
            let part = current(&mut outline);
            // A rule only matters where it may end the FAQ's last answer.
            if block.kind != Kind::Rule || matches!(part.region, Region::Faq(_)) {
                part.blocks.push(block.clone());
            }
            continue;
        };
        let mut nothing_yet = outline.parts.len() == 1 && outline.parts[0].blocks.is_empty();
        // "**PR/FAQ: Clinic Queue**" alone above the first heading names the document;
        // the heading is still its headline.
        if outline.headline.is_none()
            && level != BOLD_HEADING_LEVEL
            && classify(&text, false).is_none()
            && let [part] = outline.parts.as_mut_slice()
            && let [only] = part.blocks.as_slice()
            && let Some(title) = title_line(only)
        {
            outline.title_line = Some(title);
            part.blocks.clear();
            nothing_yet = true;
        }
        let part = current(&mut outline);
        if part.region == Region::Customer && deeper(level, part.level) && customer_question(&text).is_some() {
            part.blocks.push(block.clone());
            continue;
        }
        let in_faq =
            matches!(part.region, Region::Faq(_)) && faq_level.is_some_and(|l| level > l || l == BOLD_HEADING_LEVEL);
        // "PR/FAQ: Trailhead" is the document's title, not the start of its FAQ.
        let titled = nothing_yet && outline.headline.is_none() && strip_title_prefix(&text) != text.trim();
        let label = if titled { None } else { classify(&text, in_faq) };
        let was_headline = std::mem::take(&mut last_was_headline);
        let region = match label {
            Some(Label::PressRelease) => {
                outline.press_named = true;
                Region::Press
            }
            Some(Label::Faq(group)) => {
                faq_level = Some(level);
                Region::Faq(group)
            }
            Some(Label::Group(group)) => Region::Faq(Some(group)),
            Some(Label::Customer) => Region::Customer,
            Some(Label::Section(_))
                if current(&mut outline).region == Region::Customer && deeper(level, current(&mut outline).level) =>
            {
                current(&mut outline).blocks.push(block.clone());
                continue;
            }
            Some(Label::Section(section)) => Region::Section(section),
            Some(Label::Quote) => {
                let leader_taken = outline.parts.iter().any(|p| p.region == Region::Section(Section::LeaderQuote));
                Region::Section(if leader_taken { Section::CustomerQuote } else { Section::LeaderQuote })
            }
            None => {
                let part = current(&mut outline);
                let empty_press = part.region == Region::Press && part.blocks.is_empty();
                if was_headline && outline.subheading.is_none() && level != BOLD_HEADING_LEVEL {
                    outline.subheading = Some(text);
                    continue;
                }
                if empty_press && outline.press_named && outline.press_headline.is_none() && level != BOLD_HEADING_LEVEL
                {
                    outline.press_headline = Some(text);
                    last_was_headline = true;
                    continue;
                }
                if nothing_yet && outline.headline.is_none() && level != BOLD_HEADING_LEVEL {
                    outline.headline = Some(text);
                    last_was_headline = true;
                    continue;
                }
                let part = current(&mut outline);
                // Under a bold line standing in for a heading, only a question is inside.
                let inside = match part.region {
                    Region::Press => false,
                    _ if part.level == Some(BOLD_HEADING_LEVEL) => ends_as_question(&text),
                    _ => deeper(level, part.level),
                };
                if inside || level == BOLD_HEADING_LEVEL {
                    part.blocks.push(block.clone());
                    continue;
                }
                Region::Kept(text.clone())
            }
        };
        if !matches!(region, Region::Kept(_)) {
            outline.labels.push(text.clone());
        }
        outline.parts.push(Part { region, heading: text, level: Some(level), blocks: Vec::new() });
    }
    outline
}

/// A paragraph of one line, bold or plain, that names the document rather than its
/// news: with a prefix such as "PR/FAQ:", or in capitals.
fn title_line(block: &Block) -> Option<String> {
    let whole = bold_lead(&block.marked).is_none_or(|(_, rest)| rest.trim().is_empty());
    let text = block.text();
    let one_line = block.kind == Kind::Paragraph && block.lines().len() == 1 && whole;
    (one_line && names_the_document(&text)).then_some(text)
}

fn current(outline: &mut Outline) -> &mut Part {
    // `outline` starts with a part and parts are only ever added.
    let last = outline.parts.len() - 1;
    &mut outline.parts[last]
}

fn deeper(level: u8, than: Option<u8>) -> bool {
    than.is_some_and(|than| level > than)
}

/// A heading's level and text; a paragraph that is one bold line naming a part counts
/// as a heading too.
fn heading(block: &Block) -> Option<(u8, String)> {
    match block.kind {
        Kind::Heading(level) => Some((level, block.text())),
        Kind::Paragraph if !block.marked.contains('\n') && block.marked.ends_with(STRONG) => {
            let (bold, rest) = bold_lead(&block.marked)?;
            let names_a_part = matches!(
                classify(&bold, false),
                Some(Label::PressRelease | Label::Faq(_) | Label::Customer | Label::Group(_))
            );
            (rest.is_empty() && names_a_part && bold.chars().count() < 60).then_some((BOLD_HEADING_LEVEL, bold))
        }
        _ => None,
    }
}
