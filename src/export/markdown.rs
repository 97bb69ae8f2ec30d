//! The document as CommonMark (tables as in GitHub Flavored Markdown): blocks separated
//! by one blank line, ending in one newline. Every text is escaped, so whatever the user
//! wrote shows as literal text and can never add structure.

use super::document::{Block, Document, Item, Span};
use super::escape::escape_line;

pub fn render(document: &Document) -> String {
    let blocks: Vec<String> = document.blocks().map(block).filter(|b| !b.is_empty()).collect();
    let mut text = blocks.join("\n\n");
    text.push('\n');
    text
}

fn block(block: &Block) -> String {
    match block {
        Block::Heading(level, text) => format!("{} {}", "#".repeat(usize::from(*level)), escape_line(text)),
        Block::Subheading(text) => format!("## {}", escape_line(text)),
        Block::Question(question) => format!("**Q: {}**", escape_line(question)),
        Block::Paragraph(content) => spans(content),
        Block::Note(text) => note(text),
        Block::List(items) => items.iter().map(item).collect::<Vec<_>>().join("\n"),
        Block::Table(table) => {
            let header: Vec<String> = table.header.iter().map(|h| escape_line(h)).collect();
            let rows = table.rows.iter().map(|row| row.iter().map(|cell| spans(cell)).collect());
            self::table(&header, rows)
        }
        Block::Coverage(counts) => {
            let used = counts.iter().filter(|(_, n)| *n > 0);
            table(
                &["Principle".to_owned(), "Decisions".to_owned()],
                used.map(|(name, n)| vec![escape_line(name), n.to_string()]),
            )
        }
    }
}

fn note(text: &str) -> String {
    format!("_{}_", escape_line(text))
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => escape_line(text),
            Span::Strong(text) => format!("**{}**", escape_line(text)),
            Span::Emphasis(text) => note(text),
            // A hard break written as a backslash, so no trailing spaces are needed.
            Span::LineBreak => "\\\n".to_owned(),
        })
        .collect()
}

fn item(item: &Item) -> String {
    let mut line = format!("- {}", spans(&item.spans));
    for sub_item in &item.sub_items {
        line.push_str(&format!("\n  - {}", spans(sub_item)));
    }
    line
}

fn table(header: &[String], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut table = format!("| {} |\n|{}", header.join(" | "), " --- |".repeat(header.len()));
    for row in rows {
        table.push_str(&format!("\n| {} |", row.join(" | ")));
    }
    table
}
