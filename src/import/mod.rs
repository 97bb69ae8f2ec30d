//! A PR/FAQ written elsewhere (markdown, as people and Google Docs write it) becomes a
//! session, and nothing of it is lost: what has no field is kept aside, and a report
//! says what went where. Pure: the caller reads the file and writes the session.

mod blocks;
mod cues;
mod customer;
mod faq;
mod labels;
mod outline;
mod press;
mod report;
mod speakers;
mod unnamed;
mod vocabulary;

pub use report::{ImportReport, KeptNote, Placed, imported_before};

use crate::domain::{FaqEntry, KeptAside, PrincipleSet, Session};
use crate::parallel::on_every_core;

use blocks::Block;
use labels::Group;
use outline::{Outline, Region};

/// What an import made of a document: the session (without id, times and principles,
/// which the caller gives it) and the report of what went where.
#[derive(Debug, Clone)]
pub struct Imported {
    pub session: Session,
    pub report: ImportReport,
}

/// Imports one markdown document. `source_name` names it in the report and stands in
/// as the title when the document has none.
pub fn import(source: &str, source_name: &str) -> Imported {
    let (front_matter, body) = split_front_matter(source);
    let mut session = Session::new(String::new(), String::new(), String::new(), PrincipleSet::default());
    let outline = outline::outline(&blocks::parse(body));
    let mut kept: Vec<KeptAside> = Vec::new();
    if let Some(yaml) = front_matter.filter(|yaml| !yaml.trim().is_empty()) {
        kept.push(KeptAside::new("Front matter", yaml.trim(), "the document's metadata has no field in a session"));
    }
    let title = front_matter.and_then(front_matter_title);
    let press = press::read(&outline, &mut session.press_release);
    kept.extend(press.kept);
    let mut labels = outline.labels.clone();
    labels.extend(press.labels.iter().cloned());
    read_faq(&outline, &mut session, &mut kept, &mut labels);
    // The front matter's title wins; a title line in the text is kept with the labels.
    if let (Some(_), Some(title_line)) = (&title, &press.title) {
        labels.push(title_line.clone());
    }
    let customer_found = customer::read(&outline, &mut session.customer, &mut kept, &mut labels);
    for part in &outline.parts {
        if let Region::Kept(heading) = &part.region {
            kept.push(KeptAside::new(heading.clone(), render(&part.blocks), "a part with no field in a session"));
        }
    }
    if !labels.is_empty() {
        kept.push(KeptAside::new(
            "Headings and labels",
            labels.join("\n"),
            "the headings and labels that named the parts; what they named went to its field",
        ));
    }
    let recognised = !session.faq.is_empty() || customer_found || press.recognised;
    let stem = source_name.rsplit(['/', '\\']).next().unwrap_or(source_name);
    let stem = stem.rsplit_once('.').map_or(stem, |(stem, _)| stem).to_owned();
    if recognised {
        session.title = title.or(press.title).unwrap_or_else(|| session.press_release.headline.clone());
        session.kept_aside = kept;
    } else {
        session = Session::new(String::new(), String::new(), String::new(), PrincipleSet::default());
        session.title = title.or(press.title).or(press.headline_seen).unwrap_or_default();
        session.kept_aside = vec![KeptAside::new(
            "The whole document",
            source.trim(),
            "no press release, FAQ or customer problem was recognised in it; it is kept here word for word",
        )];
    }
    if session.title.trim().is_empty() {
        session.title = stem;
    }
    // Whatever the document holds must never reach a terminal as an escape sequence.
    session.sanitize();
    let report = ImportReport::of(&session, source_name, recognised);
    Imported { session, report }
}

/// Imports many documents on every core; the results are in the order of `documents`,
/// each `(text, name)`.
pub fn import_many(documents: &[(String, String)]) -> Vec<Imported> {
    on_every_core(documents.iter().collect(), |(text, name)| import(text, name))
}

fn read_faq(outline: &Outline, session: &mut Session, kept: &mut Vec<KeptAside>, labels: &mut Vec<String>) {
    let mut number = 0;
    for part in &outline.parts {
        let Region::Faq(half) = part.region else { continue };
        let read = faq::read(&part.blocks);
        // A heading naming the half wins; in an undivided FAQ a question's prefix
        // ("I1.", "Internal Q2:") says where it goes, and the rest is external.
        for (question, answer, prefixed) in read.entries {
            let list = match half.or(prefixed).unwrap_or(Group::External) {
                Group::External => &mut session.faq.external,
                Group::Internal => &mut session.faq.internal,
            };
            number += 1;
            list.push(FaqEntry { id: format!("q{number}"), question, answer, extra: crate::domain::Extra::new() });
        }
        labels.extend(read.prefixes);
        for (heading, text) in read.trailing {
            kept.push(match heading {
                Some(heading) => KeptAside::new(heading, text, "a part after the FAQ's last answer that asks nothing"),
                None => KeptAside::new(
                    "After the FAQ",
                    text,
                    "tables, images or code after the FAQ's last answer, past a rule",
                ),
            });
        }
        if !read.intro.is_empty() {
            kept.push(KeptAside::new(
                part.heading.clone(),
                read.intro.join("\n\n"),
                "text in the FAQ that is no question or answer",
            ));
        }
        if !read.topics.is_empty() {
            kept.push(KeptAside::new(
                "FAQ topics",
                read.topics.join("\n"),
                "the FAQ's topic headings; their questions went to the FAQ",
            ));
        }
    }
}

/// Blocks as a field's text: paragraphs apart by a blank line, list items as "- ".
fn render(blocks: &[Block]) -> String {
    let mut out: Vec<String> = Vec::new();
    for block in blocks {
        let text = match block.kind {
            blocks::Kind::Item { depth, ordered } => {
                let marker = if ordered { format!("{}.", ordinal_at(&out, depth)) } else { "-".to_owned() };
                format!("{}{marker} {}", "  ".repeat(depth), block.text())
            }
            _ => block.text(),
        };
        // Items of one list stay together, one per line.
        match out.last_mut() {
            Some(last) if matches!(block.kind, blocks::Kind::Item { .. }) && last_was_item(last) => {
                last.push('\n');
                last.push_str(&text);
            }
            _ => out.push(text),
        }
    }
    out.retain(|text| !text.trim().is_empty());
    out.join("\n\n")
}

fn last_was_item(text: &str) -> bool {
    let line = text.lines().last().unwrap_or_default().trim_start();
    line.starts_with("- ") || numbered_item(line).is_some()
}

fn numbered_item(line: &str) -> Option<usize> {
    let (number, _) = line.split_once(". ")?;
    number.parse().ok()
}

/// The number of the next item of an ordered list at `depth`, counting the items of the
/// list the rendered text ends with.
fn ordinal_at(out: &[String], depth: usize) -> usize {
    let indent = "  ".repeat(depth);
    let Some(last) = out.last() else { return 1 };
    let previous =
        last.lines().rev().find(|line| line.strip_prefix(indent.as_str()).is_some_and(|rest| !rest.starts_with(' ')));
    previous.and_then(|line| numbered_item(line.trim_start())).map_or(1, |n| n + 1)
}

/// The YAML front matter between `---` lines at the very start, and the rest.
fn split_front_matter(source: &str) -> (Option<&str>, &str) {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let Some(rest) = source.strip_prefix("---\n").or_else(|| source.strip_prefix("---\r\n")) else {
        return (None, source);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return (Some(&rest[..offset]), &rest[offset + line.len()..]);
        }
        offset += line.len();
    }
    (None, source)
}

fn front_matter_title(yaml: &str) -> Option<String> {
    let line = yaml.lines().find_map(|line| line.trim_start().strip_prefix("title:"))?;
    let title = line.trim().trim_matches(['"', '\'']).trim();
    (!title.is_empty()).then(|| press::strip_title_prefix(title).to_owned())
}
