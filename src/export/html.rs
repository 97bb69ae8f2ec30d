//! The document as one self-contained web page: its styles inline, no script, nothing
//! loaded from anywhere (a Content-Security-Policy says so too), readable on a phone and
//! printable on A4 or Letter. Every text is HTML-escaped, so user text is only ever text.

use std::fmt::Write;

use crate::domain::{DraftRef, Segment, Session, Side, diff_drafts, sanitize_text};

use super::document::{Block, Document, Item, Part, PartKind, Span};

const STYLE: &str = include_str!("page.css");

pub fn render(document: &Document, session: &Session, with_diff: bool) -> String {
    let mut page = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    let _ = writeln!(page, "<title>{}</title>", escape(document.title()));
    let _ = writeln!(page, "<style>\n{STYLE}</style>\n</head>\n<body>\n<main>");
    for part in &document.parts {
        section(&mut page, part);
    }
    if with_diff {
        changes(&mut page, session);
    }
    page.push_str("</main>\n</body>\n</html>\n");
    page
}

/// Text for an element's content or a quoted attribute.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn section(page: &mut String, part: &Part) {
    let kind = match part.kind {
        PartKind::PressRelease => "press-release",
        PartKind::Faq => "faq",
        PartKind::Appendix => "appendix",
        PartKind::KeptAside => "kept-aside",
    };
    let new_page = if part.starts_a_page() { " new-page" } else { "" };
    let _ = writeln!(page, "<section class=\"{kind}{new_page}\">");
    for block in &part.blocks {
        self::block(page, block);
    }
    page.push_str("</section>\n");
}

fn block(page: &mut String, block: &Block) {
    let _ = match block {
        Block::Heading(level, text) => writeln!(page, "<h{level}>{}</h{level}>", escape(text)),
        Block::Subheading(text) => writeln!(page, "<p class=\"subtitle\">{}</p>", escape(text)),
        Block::Question(text) => writeln!(page, "<h4 class=\"question\">{}</h4>", escape(text)),
        Block::Paragraph(content) => writeln!(page, "<p>{}</p>", spans(content)),
        Block::Note(text) => writeln!(page, "<p class=\"note\">{}</p>", escape(text)),
        Block::List(items) => writeln!(page, "<ul>\n{}</ul>", items.iter().map(item).collect::<String>()),
        Block::Table(table) => {
            let rows = table.rows.iter().map(|row| row.iter().map(|cell| spans(cell)).collect());
            writeln!(page, "{}", self::table(&table.header, rows))
        }
        Block::Coverage(counts) => writeln!(page, "{}", super::coverage_chart::svg(counts)),
    };
}

fn spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) => escape(text),
            Span::Strong(text) => format!("<strong>{}</strong>", escape(text)),
            Span::Emphasis(text) => format!("<em>{}</em>", escape(text)),
            Span::LineBreak => "<br>\n".to_owned(),
        })
        .collect()
}

fn item(item: &Item) -> String {
    let mut html = format!("<li>{}", spans(&item.spans));
    if !item.sub_items.is_empty() {
        html.push_str("\n<ul>\n");
        for sub_item in &item.sub_items {
            let _ = writeln!(html, "<li>{}</li>", spans(sub_item));
        }
        html.push_str("</ul>\n");
    }
    html.push_str("</li>\n");
    html
}

/// A table that scrolls sideways on a narrow screen rather than squeezing its columns.
fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut html = String::from("<div class=\"table\"><table>\n<thead><tr>");
    for title in header {
        let _ = write!(html, "<th scope=\"col\">{}</th>", escape(title));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        let cells: String = row.iter().map(|cell| format!("<td>{cell}</td>")).collect();
        let _ = writeln!(html, "<tr>{cells}</tr>");
    }
    html.push_str("</tbody>\n</table></div>");
    html
}

/// The word-level changes of the draft since the last version: taken out struck
/// through, put in underlined, so they read apart in black and white too.
fn changes(page: &mut String, session: &Session) {
    page.push_str("<section class=\"changes new-page\">\n");
    let last = session.iterations.iter().map(|v| v.number).max();
    let Some(from) = last.and_then(|number| session.draft_at(Side::Version(number)).map(|draft| (number, draft)))
    else {
        page.push_str("<h2>Changes</h2>\n<p class=\"note\">No version is saved yet, so there is nothing to compare the draft with.</p>\n</section>\n");
        return;
    };
    let (number, old) = from;
    let _ = writeln!(page, "<h2>Changes since version {number}</h2>");
    let parts = diff_drafts(old, DraftRef::of_session(session));
    if parts.is_empty() {
        let _ = writeln!(page, "<p class=\"note\">The draft is as version {number} left it.</p>");
    }
    for part in parts {
        let _ = writeln!(page, "<h3>{}</h3>", escape(&sanitize_text(&part.place)));
        let mut text = String::new();
        for segment in &part.segments {
            let words = escape(&sanitize_text(segment.text()));
            let _ = match segment {
                Segment::Same(_) => write!(text, "{words}"),
                Segment::Added(_) => write!(text, "<ins>{words}</ins>"),
                Segment::Removed(_) => write!(text, "<del>{words}</del>"),
            };
        }
        let _ = writeln!(page, "<p class=\"diff\">{text}</p>");
    }
    page.push_str("</section>\n");
}
