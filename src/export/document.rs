//! The document every format is drawn from: what the export says, in which order, as
//! blocks of clean plain text. The markdown, Word and HTML writers only choose how a
//! block looks, so the three formats cannot say different things. Pure.

use crate::domain::sanitize_text;

/// The whole export: the press release, then the FAQ and the appendix when there are any.
pub struct Document {
    pub parts: Vec<Part>,
}

pub struct Part {
    pub kind: PartKind,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PartKind {
    PressRelease,
    Faq,
    Appendix,
    /// What an import found no field for, word for word, after everything else: it is
    /// not part of the press release and must not read as if it were.
    KeptAside,
}

impl Part {
    /// A printed document starts the FAQ and the appendix on a page of their own; a part
    /// that is only a remark (no appendix yet) follows on the same page.
    pub fn starts_a_page(&self) -> bool {
        self.kind != PartKind::PressRelease && matches!(self.blocks.first(), Some(Block::Heading(..)))
    }
}

/// Every text held here is plain text, never markup: user text is literal in every format.
pub enum Block {
    /// Level 1 is the document's title, 2 a part (the FAQ, the appendix), 3 and 4 below.
    Heading(u8, String),
    /// The press release's subheading, under the title.
    Subheading(String),
    /// A FAQ question, which the formats set as a heading or in bold.
    Question(String),
    Paragraph(Vec<Span>),
    /// The document's own remark (what is missing, a figure), set apart from the user's words.
    Note(String),
    List(Vec<Item>),
    Table(Table),
    /// How often each principle was invoked by a decision, most first, the unused last
    /// in the set's order; there only when some principle was invoked.
    Coverage(Vec<(String, usize)>),
}

pub enum Span {
    Text(String),
    Strong(String),
    Emphasis(String),
    LineBreak,
}

pub struct Item {
    pub spans: Vec<Span>,
    pub sub_items: Vec<Vec<Span>>,
}

pub struct Table {
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Vec<Span>>>,
}

impl Document {
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.parts.iter().flat_map(|part| &part.blocks)
    }

    /// The title as the document shows it: the first heading.
    pub fn title(&self) -> &str {
        self.blocks()
            .find_map(|block| match block {
                Block::Heading(1, title) => Some(title.as_str()),
                _ => None,
            })
            .unwrap_or_default()
    }
}

/// User text for one line (a heading, a question, a table cell): control characters
/// dropped, line breaks and runs of white space folded into single spaces.
pub fn one_line(text: &str) -> String {
    sanitize_text(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// User text of one or more paragraphs, each a list of trimmed lines: a blank line
/// separates paragraphs, a single line break stays a line break.
pub fn prose(text: &str) -> Vec<Vec<String>> {
    let clean = sanitize_text(text);
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in clean.lines() {
        // Indentation would open a code block in markdown, trailing spaces a line break.
        let line = line.trim();
        match paragraphs.last_mut() {
            Some(paragraph) if !line.is_empty() => paragraph.push(line.to_owned()),
            Some(paragraph) if !paragraph.is_empty() => paragraphs.push(Vec::new()),
            _ => {}
        }
    }
    paragraphs.retain(|paragraph| !paragraph.is_empty());
    paragraphs
}

/// The spans of one prose paragraph: its lines with line breaks between them.
pub fn lines(paragraph: Vec<String>) -> Vec<Span> {
    let mut spans = Vec::new();
    for line in paragraph {
        if !spans.is_empty() {
            spans.push(Span::LineBreak);
        }
        spans.push(Span::Text(line));
    }
    spans
}

/// User text as paragraph blocks; none when it is blank.
pub fn paragraph_blocks(text: &str) -> Vec<Block> {
    prose(text).into_iter().map(|paragraph| Block::Paragraph(lines(paragraph))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_folds_breaks_and_drops_control_characters() {
        assert_eq!(one_line("Kids\nreader\r\n  app\u{1b}[31m"), "Kids reader app[31m");
    }

    #[test]
    fn prose_keeps_line_breaks_and_splits_paragraphs_at_blank_lines() {
        assert_eq!(prose("one\ntwo\n \t\n\n three "), vec![vec!["one", "two"], vec!["three"]]);
        assert!(prose("\n \n").is_empty());
    }
}
