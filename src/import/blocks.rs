//! A markdown document as a flat list of blocks (headings, paragraphs, list items,
//! code, tables), each with its text marked up just enough to find bold labels, italic
//! subheadings and where lines broke. Links, images, code and tables become readable
//! text; nothing the parser sees is dropped.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// Opens and closes a bold run in a block's marked text.
pub const STRONG: char = '\u{E000}';
/// Opens and closes an italic run.
pub const EMPHASIS: char = '\u{E001}';
/// A hard line break (the source's soft breaks are `\n`).
pub const HARD_BREAK: char = '\u{E002}';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Heading(u8),
    Paragraph,
    /// A list item's own text (its nested items are blocks of their own).
    Item {
        depth: usize,
        ordered: bool,
    },
    /// Code, tables, HTML, link definitions and paragraphs that are only images: kept
    /// as they read, never a label.
    Verbatim,
    /// A horizontal rule (`---`), which has no text but may end a part.
    Rule,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: Kind,
    /// The text with [`STRONG`], [`EMPHASIS`] and [`HARD_BREAK`] marks and `\n` where
    /// the source broke a line.
    pub marked: String,
    /// Whether it stands in a block quote (`> …`).
    pub in_quote: bool,
}

impl Block {
    pub fn new(kind: Kind, marked: impl Into<String>) -> Self {
        Self { kind, marked: marked.into(), in_quote: false }
    }

    /// The text as a field holds it: marks gone, wrapped lines joined.
    pub fn text(&self) -> String {
        match self.kind {
            Kind::Verbatim => self.marked.clone(),
            _ => plain(&self.marked),
        }
    }

    pub fn lines(&self) -> Vec<&str> {
        self.marked.split(['\n', HARD_BREAK]).collect()
    }
}

/// Marked text as a field holds it: marks removed, soft breaks joined with a space
/// (none between two CJK characters, which are written without spaces), hard breaks
/// kept as line breaks.
pub fn plain(marked: &str) -> String {
    let mut out = String::with_capacity(marked.len());
    let mut chars = marked.chars().filter(|c| *c != STRONG && *c != EMPHASIS).peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                let before = out.chars().last();
                let after = chars.peek().copied();
                if !(before.is_some_and(is_cjk) && after.is_some_and(is_cjk)) {
                    out.push(' ');
                }
            }
            HARD_BREAK => out.push('\n'),
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The document's blocks in reading order, then its link definitions (verbatim).
pub fn parse(source: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let parser = Parser::new_ext(source, options);
    let mut builder = Builder::default();
    let mut parser = parser.into_offset_iter();
    for (event, _) in parser.by_ref() {
        builder.event(event);
    }
    builder.flush();
    let mut definitions: Vec<(usize, &str)> =
        parser.reference_definitions().iter().map(|(_, def)| (def.span.start, &source[def.span.clone()])).collect();
    definitions.sort_unstable();
    let mut blocks = builder.blocks;
    blocks.extend(definitions.into_iter().map(|(_, text)| Block::new(Kind::Verbatim, text.trim())));
    blocks
}

#[derive(Default)]
struct Builder {
    blocks: Vec<Block>,
    current: Option<Kind>,
    text: String,
    /// For each open list: whether it is ordered.
    lists: Vec<bool>,
    /// Link and image destinations, shown after their text when it differs.
    links: Vec<String>,
    in_table_row: bool,
    /// Images opened in the current block, how many are open, and whether any text
    /// stands outside them (a paragraph of images only is no prose).
    images: usize,
    open_images: usize,
    text_outside_images: bool,
    /// How many block quotes are open.
    quote_depth: usize,
}

impl Builder {
    fn start(&mut self, kind: Kind) {
        self.flush();
        self.current = Some(kind);
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        let only_images = self.images > 0 && !self.text_outside_images;
        (self.images, self.text_outside_images) = (0, false);
        if let Some(kind) = self.current.take() {
            let trimmed = if kind == Kind::Verbatim { text.trim_end_matches('\n') } else { text.trim() };
            let block = match kind {
                Kind::Paragraph if only_images => Block::new(Kind::Verbatim, plain(trimmed)),
                _ => Block::new(kind, trimmed),
            };
            if !trimmed.is_empty() {
                self.blocks.push(Block { in_quote: self.quote_depth > 0, ..block });
            }
        }
    }

    /// Text outside any block (a tight list's item text arrives without a paragraph).
    fn ensure_block(&mut self) {
        if self.current.is_none() {
            let kind = match self.lists.len() {
                0 => Kind::Paragraph,
                n => Kind::Item { depth: n - 1, ordered: self.lists[n - 1] },
            };
            self.current = Some(kind);
        }
    }

    fn push(&mut self, text: &str) {
        self.ensure_block();
        if self.open_images == 0 && text.chars().any(char::is_alphanumeric) {
            self.text_outside_images = true;
        }
        self.text.push_str(text);
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.open(tag),
            Event::End(tag) => self.close(tag),
            Event::Text(text) => self.push(&text),
            Event::Code(code) => self.push(&code),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.push(&text),
            Event::Html(html) | Event::InlineHtml(html) => {
                if self.current.is_none() {
                    self.current = Some(Kind::Verbatim);
                }
                self.text.push_str(&html);
            }
            Event::FootnoteReference(label) => self.push(&format!("[^{label}]")),
            Event::SoftBreak => self.push("\n"),
            Event::HardBreak => self.push(&HARD_BREAK.to_string()),
            Event::Rule => {
                self.flush();
                self.blocks.push(Block { in_quote: self.quote_depth > 0, ..Block::new(Kind::Rule, "") });
            }
            Event::TaskListMarker(done) => self.push(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn open(&mut self, tag: Tag<'_>) {
        let is_image = matches!(tag, Tag::Image { .. });
        match tag {
            Tag::Heading { level, .. } => self.start(Kind::Heading(level as u8)),
            Tag::Paragraph => {
                // A loose list item's first paragraph is the item's own text.
                let item_waiting = matches!(self.current, Some(Kind::Item { .. })) && self.text.is_empty();
                if !item_waiting {
                    self.start(Kind::Paragraph);
                }
            }
            Tag::CodeBlock(kind) => {
                self.start(Kind::Verbatim);
                if let CodeBlockKind::Fenced(info) = kind
                    && !info.is_empty()
                {
                    self.text.push_str(&format!("{info}:\n"));
                }
            }
            Tag::HtmlBlock => self.start(Kind::Verbatim),
            Tag::Table(_) => self.start(Kind::Verbatim),
            Tag::TableHead | Tag::TableRow => self.in_table_row = false,
            Tag::TableCell => {
                if self.in_table_row {
                    self.text.push_str(" | ");
                }
                self.in_table_row = true;
            }
            Tag::List(start) => {
                self.flush();
                self.lists.push(start.is_some());
            }
            Tag::Item => {
                let depth = self.lists.len().saturating_sub(1);
                let ordered = self.lists.last().copied().unwrap_or(false);
                self.start(Kind::Item { depth, ordered });
            }
            Tag::Strong => self.push(&STRONG.to_string()),
            Tag::Emphasis => self.push(&EMPHASIS.to_string()),
            Tag::Link { dest_url, title, .. } | Tag::Image { dest_url, title, .. } => {
                self.ensure_block();
                if is_image {
                    self.images += 1;
                    self.open_images += 1;
                }
                let mut target = dest_url.to_string();
                if !title.is_empty() {
                    target = format!("{target} \"{title}\"");
                }
                self.links.push(target);
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote_depth += 1;
            }
            Tag::FootnoteDefinition(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::MetadataBlock(_) => {}
        }
    }

    fn close(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::HtmlBlock | TagEnd::Table | TagEnd::Item => self.flush(),
            TagEnd::CodeBlock => self.flush(),
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            TagEnd::TableHead | TagEnd::TableRow => self.text.push('\n'),
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Strong => self.push(&STRONG.to_string()),
            TagEnd::Emphasis => self.push(&EMPHASIS.to_string()),
            TagEnd::Link | TagEnd::Image => {
                if let Some(target) = self.links.pop() {
                    let shown = self.text.rsplit(['\n', ' ']).next().unwrap_or_default().to_owned();
                    if !target.is_empty() && !shown.contains(target.as_str()) {
                        self.push(&format!(" ({target})"));
                    }
                }
                if tag == TagEnd::Image {
                    self.open_images = self.open_images.saturating_sub(1);
                }
            }
            _ => {}
        }
    }
}
