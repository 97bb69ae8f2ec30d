//! The document as a Word file (`.docx`), written with docx-rs. Every paragraph carries
//! a real style (Title, Subtitle, Heading 1–3, Normal, Note, List Bullet; tables Table
//! Grid), so a reader can restyle the document or navigate it by its headings. User text
//! only ever goes into text runs, which docx-rs escapes: it can never become markup.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Docx, Footer, IndentLevel, Level, LevelJc, LevelText, LineSpacing,
    LineSpacingType, NumberFormat, Numbering, NumberingId, PageMargin, PageNum, Paragraph, Run, RunFonts, Shading,
    SpecialIndentType, Start, Style, StyleType, Table, TableBorders, TableCell, TableRow, WidthType,
};

use super::ExportError;
use super::document::{Block, Document, Span};
use crate::domain::Session;

/// docx-rs defines numbering 1 itself (decimal), so the bullets take the next id.
const BULLETS: usize = 2;
/// Twentieths of a point: 2 cm, which suits both A4 and Letter.
const MARGIN: i32 = 1134;
/// Twentieths of a point between the margins of an A4 page; Word and LibreOffice stretch
/// a table's grid to its width on Letter.
const TEXT_WIDTH: usize = 11906 - 2 * 1134;
const HEADER_FILL: &str = "E7E6E6";

pub fn render(document: &Document, session: &Session) -> Result<Vec<u8>, ExportError> {
    let mut docx = styled(Docx::new())
        .page_margin(PageMargin {
            top: MARGIN,
            left: MARGIN,
            bottom: MARGIN,
            right: MARGIN,
            header: MARGIN / 2,
            footer: MARGIN / 2,
            gutter: 0,
        })
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .style("Footer")
                    .align(AlignmentType::Center)
                    .add_run(Run::new().add_text("Page "))
                    .add_page_num(PageNum::new()),
            ),
        )
        .add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet_level(0)).add_level(bullet_level(1)))
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    if let Some(time) = rfc3339(&session.created_at) {
        docx = docx.created_at(&time);
    }
    if let Some(time) = rfc3339(&session.updated_at) {
        docx = docx.updated_at(&time);
    }
    for part in &document.parts {
        for (n, block) in part.blocks.iter().enumerate() {
            // The part's first block is its heading whenever it starts a page.
            docx = add_block(docx, block, n == 0 && part.starts_a_page());
        }
    }
    let mut bytes = Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).map_err(|e| ExportError::Docx(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// A time docx-rs can put into the document's properties, which takes it as written:
/// only what parses as a time, written anew.
fn rfc3339(stamp: &str) -> Option<String> {
    let time = stamp.trim().parse::<jiff::Timestamp>().ok()?;
    Some(time.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

fn add_block(docx: Docx, block: &Block, new_page: bool) -> Docx {
    let text = |style: &str, text: &str| Paragraph::new().style(style).add_run(Run::new().add_text(text));
    let heading = |style: &str, title: &str| text(style, title).keep_next(true).page_break_before(new_page);
    match block {
        Block::Heading(1, title) => docx.add_paragraph(text("Title", title)),
        Block::Subheading(subheading) => docx.add_paragraph(text("Subtitle", subheading)),
        Block::Heading(2, title) => docx.add_paragraph(heading("Heading1", title)),
        Block::Heading(3, title) => docx.add_paragraph(heading("Heading2", title)),
        Block::Heading(_, title) | Block::Question(title) => docx.add_paragraph(heading("Heading3", title)),
        Block::Paragraph(spans) => docx.add_paragraph(runs(Paragraph::new().style("Normal"), spans)),
        Block::Note(note) => docx.add_paragraph(text("Note", note)),
        Block::List(items) => items
            .iter()
            .flat_map(|item| std::iter::once((0, &item.spans)).chain(item.sub_items.iter().map(|sub| (1, sub))))
            .fold(docx, |docx, (depth, spans)| {
                let bullet =
                    Paragraph::new().style("ListBullet").numbering(NumberingId::new(BULLETS), IndentLevel::new(depth));
                docx.add_paragraph(runs(bullet, spans))
            }),
        Block::Table(table) => docx.add_table(self::table(&table.header, &table.rows)),
        Block::Coverage(counts) => {
            let used: Vec<Vec<Vec<Span>>> = counts
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(name, n)| vec![vec![Span::Text(name.clone())], vec![Span::Text(n.to_string())]])
                .collect();
            docx.add_table(table(&["Principle", "Decisions"], &used))
        }
    }
}

fn runs(mut paragraph: Paragraph, spans: &[Span]) -> Paragraph {
    for span in spans {
        paragraph = paragraph.add_run(match span {
            Span::Text(text) => Run::new().add_text(text),
            Span::Strong(text) => Run::new().add_text(text).bold(),
            Span::Emphasis(text) => Run::new().add_text(text).italic(),
            Span::LineBreak => Run::new().add_break(BreakType::TextWrapping),
        });
    }
    paragraph
}

/// A real table: a shaded header row in bold, then one row per entry.
fn table(header: &[&str], rows: &[Vec<Vec<Span>>]) -> Table {
    let widths = column_widths(header, rows);
    let header_row = TableRow::new(
        header
            .iter()
            .map(|title| {
                let label =
                    Paragraph::new().style("Normal").keep_next(true).add_run(Run::new().add_text(*title).bold());
                TableCell::new().shading(Shading::new().fill(HEADER_FILL)).add_paragraph(label)
            })
            .collect(),
    )
    .cant_split();
    let body = rows.iter().map(|row| {
        TableRow::new(
            row.iter()
                .map(|cell| TableCell::new().add_paragraph(runs(Paragraph::new().style("Normal"), cell)))
                .collect(),
        )
        .cant_split()
    });
    Table::new(std::iter::once(header_row).chain(body).collect())
        .style("TableGrid")
        .width(5000, WidthType::Pct)
        .set_grid(widths)
}

/// Columns as wide as their longest text wants when the page has room; when it has not,
/// the widest columns give way first, so a due date stays on one line and a decision's
/// sentence wraps.
fn column_widths(header: &[&str], rows: &[Vec<Vec<Span>>]) -> Vec<usize> {
    let length = |spans: &[Span]| -> usize {
        spans
            .iter()
            .map(|span| match span {
                Span::Text(text) | Span::Strong(text) | Span::Emphasis(text) => text.chars().count(),
                Span::LineBreak => 0,
            })
            .sum()
    };
    // 11 pt characters of a wide sans serif, plus the cell's padding, in twentieths of a point.
    let natural: Vec<usize> = (0..header.len())
        .map(|column| {
            let longest = rows.iter().filter_map(|row| row.get(column)).map(|cell| length(cell)).max().unwrap_or(0);
            // The header is bold: one character more.
            longest.max(header[column].chars().count() + 1).min(80) * 140 + 300
        })
        .collect();
    let mut sorted = natural.clone();
    sorted.sort_unstable();
    let (mut room, mut cap) = (TEXT_WIDTH, usize::MAX);
    for (n, width) in sorted.iter().enumerate() {
        let share = room / (sorted.len() - n);
        if *width > share {
            cap = share;
            break;
        }
        room -= width;
    }
    let widths: Vec<usize> = natural.iter().map(|w| (*w).min(cap)).collect();
    let total = widths.iter().sum::<usize>().max(1);
    widths.iter().map(|w| w * TEXT_WIDTH / total).collect()
}

fn bullet_level(depth: usize) -> Level {
    let indent = 360 + 360 * i32::try_from(depth).unwrap_or_default();
    Level::new(
        depth,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new(if depth == 0 { "•" } else { "◦" }),
        LevelJc::new("left"),
    )
    .indent(Some(indent), Some(SpecialIndentType::Hanging(360)), None, None)
}

/// The styles the document uses, named as Word names its built-in ones so that Word,
/// LibreOffice and Google Docs map them onto their own. docx-rs adds Normal itself.
fn styled(docx: Docx) -> Docx {
    let paragraph = |id: &str, name: &str| Style::new(id, StyleType::Paragraph).name(name).q_format(true);
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        paragraph(id, name).size(size).bold().outline_lvl(level).line_spacing(LineSpacing::new().before(240).after(80))
    };
    docx.default_size(22)
        .default_fonts(RunFonts::new().ascii("Calibri").hi_ansi("Calibri").cs("Calibri"))
        .default_line_spacing(LineSpacing::new().after(120).line(264).line_rule(LineSpacingType::Auto))
        .add_style(paragraph("Title", "Title").size(48).bold().line_spacing(LineSpacing::new().after(120)))
        .add_style(paragraph("Subtitle", "Subtitle").size(30).italic().color("404040"))
        .add_style(heading("Heading1", "heading 1", 32, 0))
        .add_style(heading("Heading2", "heading 2", 27, 1))
        .add_style(heading("Heading3", "heading 3", 23, 2))
        .add_style(paragraph("Note", "Note").italic().color("595959"))
        .add_style(paragraph("ListBullet", "List Bullet"))
        .add_style(paragraph("Footer", "footer").size(18))
        .add_style(Style::new("TableGrid", StyleType::Table).name("Table Grid").set_borders(TableBorders::new()))
}
