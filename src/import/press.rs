//! The press release: its headline and subheading, then its sections, whether headings
//! or bold labels name them or the canonical order and their content must tell.

use crate::domain::{KeptAside, PressRelease, Section, opens_with_dateline, sentences};

use super::blocks::{Block, Kind, plain};
use super::cues::{ExportNote, bold_lead, export_note, is_italic_line, is_quote, session_title};
use super::labels::{Label, classify};
use super::outline::{Outline, Region};
use super::render;
use super::speakers::{Speaker, speaker};
use super::unnamed::unnamed_sections;

/// What reading the press release found besides its fields.
#[derive(Debug, Default)]
pub struct PressRead {
    /// The document's title, when it is not the headline.
    pub title: Option<String>,
    /// A headline, even when nothing else was recognised (the title of last resort).
    pub headline_seen: Option<String>,
    /// Whether anything marks the text as a press release: a heading or label naming
    /// it or a section, a dateline or a quotation.
    pub recognised: bool,
    pub kept: Vec<KeptAside>,
    /// The bold labels that named sections, as written.
    pub labels: Vec<String>,
}

/// Words that, before a colon or dash, say what kind of document follows rather than
/// being its title.
const TITLE_PREFIXES: &[&str] = &[
    "prfaq",
    "pr",
    "faq",
    "pressrelease",
    "workingbackwards",
    "draft",
    "entwurf",
    "pressemitteilung",
    "прессрелиз",
    "プレスリリース",
    "新闻稿",
];

/// "PR/FAQ: Kids reader" → "Kids reader"; "Press Release — X" → "X".
pub fn strip_title_prefix(title: &str) -> &str {
    split_title_prefix(title).1
}

/// The prefix that names the kind of document, if any, and the title after it.
pub fn split_title_prefix(title: &str) -> (Option<&str>, &str) {
    let title = title.trim();
    for separator in [":", "：", " — ", " – ", " - ", " | "] {
        if let Some((prefix, rest)) = title.split_once(separator) {
            let bare = prefix.trim().to_lowercase().replace([' ', '-', '/'], "");
            if TITLE_PREFIXES.contains(&bare.as_str()) && !rest.trim().is_empty() {
                return (Some(prefix.trim()), rest.trim());
            }
        }
    }
    (None, title)
}

pub fn read(outline: &Outline, release: &mut PressRelease) -> PressRead {
    let mut read = PressRead::default();
    let mut strip = |text: &str| {
        let (prefix, rest) = split_title_prefix(text);
        read.labels.extend(prefix.map(str::to_owned));
        rest.to_owned()
    };
    let mut headline = outline.headline.as_deref().map(&mut strip);
    if let Some(inner) = &outline.press_headline {
        let inner = strip(inner);
        read.title = headline.take();
        headline = Some(inner);
    }
    let mut subheading = outline.subheading.clone();
    let mut body: Vec<Block> = outline
        .parts
        .iter()
        .filter(|part| part.region == Region::Press)
        .flat_map(|part| part.blocks.iter().cloned())
        .collect();
    let mut notes = Vec::new();
    body.retain(|block| match export_note(&block.marked) {
        Some(ExportNote::TitleStandsIn) => {
            read.title = read.title.take().or(headline.take());
            notes.push(block.text());
            false
        }
        Some(ExportNote::SessionTitle) => {
            read.title = read.title.take().or_else(|| session_title(&block.text()).map(str::to_owned));
            notes.push(block.text());
            false
        }
        Some(ExportNote::Empty) => {
            notes.push(block.text());
            false
        }
        None => true,
    });
    // "PR/FAQ: Clinic Queue" above a headline line names the document, not its news.
    let heading_is_title = outline.press_headline.is_none()
        && outline.headline.as_deref().is_some_and(|heading| split_title_prefix(heading).0.is_some());
    let title_line = match &outline.title_line {
        Some(line) => {
            let (prefix, title) = split_title_prefix(line);
            Some((prefix.map(str::to_owned), title.to_owned()))
        }
        None if headline.is_none() => take_title_line(&mut body),
        None => None,
    };
    if let Some((prefix, title)) = title_line {
        read.labels.extend(prefix);
        match read.title {
            None => read.title = Some(title),
            Some(_) => read.labels.push(title),
        }
    }
    let may_replace = outline.press_named && outline.press_headline.is_none() || heading_is_title;
    if let Some(displaced) = take_headline_lines(&mut body, &mut headline, &mut subheading, may_replace) {
        // The heading above the named press release was the document's title.
        match read.title {
            None => read.title = Some(displaced),
            Some(_) => read.labels.push(displaced),
        }
    }
    // A first line such as "Press Release: Clinic Queue opens" with no line after it.
    if let Some((Some(prefix), rest)) = headline.as_deref().map(split_title_prefix) {
        read.labels.push(prefix.to_owned());
        headline = Some(rest.to_owned());
    }
    release.headline = headline.clone().unwrap_or_default();
    release.subheading = subheading.unwrap_or_default();
    read.headline_seen = headline;

    let (unnamed, labelled) = split_by_bold_labels(body, &mut read.labels);
    read.recognised = outline.press_named
        || !labelled.is_empty()
        || outline.parts.iter().any(|p| matches!(p.region, Region::Section(_)))
        || unnamed.iter().any(|b| b.kind == Kind::Paragraph && (opens_with_dateline(&b.text()) || is_quote(&b.text())));
    for (section, text) in unnamed_sections(&unnamed) {
        append(release.section_mut(section), &text);
    }
    for (section, blocks) in labelled {
        append(release.section_mut(section), &render(&blocks));
    }
    for part in &outline.parts {
        if let Region::Section(section) = part.region {
            let mut blocks = part.blocks.clone();
            blocks.retain(|block| export_note(&block.marked).is_none());
            append(release.section_mut(section), &render(&blocks));
        }
    }
    let mut all_notes = notes;
    for part in &outline.parts {
        all_notes.extend(part.blocks.iter().filter(|b| export_note(&b.marked).is_some()).map(Block::text));
    }
    all_notes.dedup();
    if !all_notes.is_empty() {
        read.kept.push(KeptAside::new(
            "Notes of a Backwards export",
            all_notes.join("\n"),
            "the export's own remarks on empty fields and figures, not the author's text",
        ));
    }
    read
}

fn append(field: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !field.is_empty() {
        field.push_str("\n\n");
    }
    field.push_str(text.trim());
}

/// A headline as the first line (bold, or short and plain), and a subheading as the
/// line after it or as an italic or short line of its own. Returns the headline it
/// replaced, if any.
fn take_headline_lines(
    body: &mut Vec<Block>,
    headline: &mut Option<String>,
    subheading: &mut Option<String>,
    may_replace: bool,
) -> Option<String> {
    let mut displaced = None;
    if let Some(first) = body.first().filter(|b| b.kind == Kind::Paragraph) {
        let lines = first.lines();
        let bold_line = is_bold_line(lines[0]);
        let short_plain = !bold_line && lines.len() <= 2 && is_short_plain_line(lines[0]);
        if (bold_line && (headline.is_none() || may_replace)) || (short_plain && headline.is_none()) {
            displaced = headline.replace(plain(lines[0]));
            drop_first_line(body);
        }
    }
    if headline.is_none() || subheading.is_some() {
        return displaced;
    }
    let Some(next) = body.first().filter(|b| b.kind == Kind::Paragraph) else { return displaced };
    let lines = next.lines();
    let text = plain(lines[0]);
    let italic = is_italic_line(lines[0]);
    let plain_short = lines.len() == 1
        && text.split_whitespace().count() <= 40
        && text.chars().count() <= 300
        && !opens_with_dateline(&text)
        && !is_quote(&text)
        && bold_lead(lines[0]).is_none()
        // Two sentences are the press release's body, however short.
        && sentences(&text).len() < 2;
    if italic || plain_short {
        *subheading = Some(text);
        drop_first_line(body);
    }
    displaced
}

/// A first line that names the document rather than its news, when a headline line
/// follows it: "**PR/FAQ: Clinic Queue**" (the kind of document, then its name) or a
/// plain line in capitals above a bold headline, as Google Docs titles are exported.
/// Returns the prefix naming the kind of document, if any, and the title.
fn take_title_line(body: &mut Vec<Block>) -> Option<(Option<String>, String)> {
    let lines = leading_lines(body, 3);
    let [first, second, rest @ ..] = lines.as_slice() else { return None };
    let whole_line = bold_lead(first).is_none_or(|(_, after)| after.trim().is_empty());
    if !whole_line {
        return None;
    }
    let text = plain(first);
    let (prefix, title) = split_title_prefix(&text);
    let headline_follows = is_bold_line(second) || is_short_plain_line(second);
    // A line in capitals may be the headline itself: only a bold line or a headline and
    // an italic subheading after it make it a title.
    let sure = prefix.is_some()
        || is_bold_line(second)
        || headline_follows && rest.first().is_some_and(|third| is_italic_line(third));
    if !(names_the_document(&text) && headline_follows && sure) {
        return None;
    }
    let found = (prefix.map(str::to_owned), title.to_owned());
    drop_first_line(body);
    Some(found)
}

/// A line that names the document rather than its news: with a prefix such as
/// "PR/FAQ:", or short and in capitals ("CLINIC QUEUE").
pub fn names_the_document(line: &str) -> bool {
    let in_capitals = line.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !line.chars().any(char::is_lowercase)
        && line.split_whitespace().count() <= 12;
    (split_title_prefix(line).0.is_some() || in_capitals) && !opens_with_dateline(line) && !is_quote(line)
}

/// The first `count` lines of the paragraphs the body opens with.
fn leading_lines(body: &[Block], count: usize) -> Vec<String> {
    let paragraphs = body.iter().take_while(|b| b.kind == Kind::Paragraph);
    paragraphs.flat_map(|b| b.lines().into_iter().map(str::to_owned).collect::<Vec<_>>()).take(count).collect()
}

/// Removes the first line of the first block, and the block when nothing is left.
fn drop_first_line(body: &mut Vec<Block>) {
    let Some(first) = body.first() else { return };
    let rest = first.lines()[1..].join("\n");
    body.remove(0);
    if !rest.trim().is_empty() {
        body.insert(0, Block::new(Kind::Paragraph, rest));
    }
}

/// A line that is bold from end to end and names no section: a headline.
fn is_bold_line(line: &str) -> bool {
    bold_lead(line).is_some_and(|(bold, rest)| rest.trim().is_empty() && !names_a_section(&bold))
}

/// A short plain line that is no sentence, dateline or quotation: a headline.
fn is_short_plain_line(line: &str) -> bool {
    let text = plain(line);
    text.split_whitespace().count() <= 16
        && !text.ends_with('.')
        && !opens_with_dateline(&text)
        && !is_quote(&text)
        && bold_lead(line).is_none()
}

fn names_a_section(label: &str) -> bool {
    matches!(classify(label, false), Some(Label::Section(_) | Label::Quote))
}

/// The blocks before the first bold label ("**The problem.** …"), and each labelled
/// section with its blocks (the label's paragraph without the label).
fn split_by_bold_labels(body: Vec<Block>, labels: &mut Vec<String>) -> (Vec<Block>, Vec<(Section, Vec<Block>)>) {
    let mut unnamed = Vec::new();
    let mut labelled: Vec<(Section, Vec<Block>)> = Vec::new();
    for block in body {
        let label = (block.kind == Kind::Paragraph)
            .then(|| bold_lead(&block.marked))
            .flatten()
            .filter(|(bold, _)| bold.chars().count() <= 40)
            .and_then(|(bold, rest)| match classify(&bold, false) {
                Some(Label::Section(section)) => Some((section, bold, rest.to_owned())),
                Some(Label::Quote) => {
                    let leader_taken = labelled.iter().any(|(s, _)| *s == Section::LeaderQuote);
                    let section = match speaker(&plain(rest)) {
                        Speaker::Customer => Section::CustomerQuote,
                        Speaker::Leader => Section::LeaderQuote,
                        Speaker::Unknown if leader_taken => Section::CustomerQuote,
                        Speaker::Unknown => Section::LeaderQuote,
                    };
                    Some((section, bold, rest.to_owned()))
                }
                _ => None,
            });
        match label {
            Some((section, bold, rest)) => {
                labels.push(bold);
                let blocks = if rest.trim().is_empty() { vec![] } else { vec![Block::new(Kind::Paragraph, rest)] };
                labelled.push((section, blocks));
            }
            None => match labelled.last_mut() {
                Some((_, blocks)) => blocks.push(block),
                None => unnamed.push(block),
            },
        }
    }
    (unnamed, labelled)
}
