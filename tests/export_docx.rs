//! The Word export, read back as Word reads it: the package unzipped (zip) and its XML
//! parsed (roxmltree), neither written here.

#[path = "support/sessions.rs"]
mod sessions;

use std::io::{Cursor, Read};
use std::path::Path;

use backwards::domain::Session;
use backwards::export::{ExportError, Format, Options, render, render_with};
use proptest::prelude::*;
use roxmltree::{Document, Node};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const HOSTILE: &str = "<script>alert(1)</script> **bold** </w:t><w:t> &amp; # Heading | cell |";

fn example(id: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions").join(format!("{id}.json"));
    backwards::store::load(&path).unwrap().session
}

/// The clinic example: a full press release, FAQ, review with decisions and versions.
fn clinic() -> Session {
    example("01kjh8m2c4t7w9x3y5z6a8b0d1")
}

fn part(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut text = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

fn w<'a>(node: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    node.children().find(|n| n.has_tag_name((W, name)))
}

fn attr(node: Node, name: &str) -> Option<String> {
    node.attribute((W, name)).map(str::to_owned)
}

/// A paragraph as Word shows it: its style id and its text, runs joined.
struct Para {
    style: String,
    text: String,
    page_break_before: bool,
}

fn para(node: Node) -> Para {
    let properties = w(node, "pPr");
    let style = properties.and_then(|p| w(p, "pStyle")).and_then(|s| attr(s, "val")).unwrap_or_default();
    let page_break_before = properties.and_then(|p| w(p, "pageBreakBefore")).is_some();
    let text = node.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).collect();
    Para { style, text, page_break_before }
}

/// The body's own paragraphs, in order (not those inside tables).
fn paragraphs(xml: &str) -> Vec<Para> {
    let document = Document::parse(xml).unwrap();
    let body = w(document.root_element(), "body").unwrap();
    body.children().filter(|n| n.has_tag_name((W, "p"))).map(para).collect()
}

/// Each table as rows of cell texts.
fn tables(xml: &str) -> Vec<Vec<Vec<String>>> {
    let document = Document::parse(xml).unwrap();
    let rows = |table: Node| -> Vec<Vec<String>> {
        table
            .children()
            .filter(|n| n.has_tag_name((W, "tr")))
            .map(|row| row.children().filter(|n| n.has_tag_name((W, "tc"))).map(|cell| para_text(cell)).collect())
            .collect()
    };
    document.descendants().filter(|n| n.has_tag_name((W, "tbl"))).map(rows).collect()
}

fn para_text(node: Node) -> String {
    node.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|n| n.text()).collect()
}

#[test]
fn the_title_subtitle_and_headings_carry_word_styles() {
    let session = clinic();
    let docx = render(&session, Format::Docx).unwrap();
    let body = paragraphs(&part(&docx, "word/document.xml"));
    assert_eq!(body[0].style, "Title");
    assert_eq!(body[0].text, session.press_release.headline);
    assert_eq!(body[1].style, "Subtitle");
    assert_eq!(body[1].text, session.press_release.subheading);
    let summary = session.press_release.summary.lines().next().unwrap();
    assert!(
        body.iter().any(|p| p.style == "Normal" && p.text.starts_with(summary)),
        "the summary is a Normal paragraph"
    );
    for entry in session.faq.external.iter().chain(&session.faq.internal) {
        let question = body.iter().find(|p| p.text == entry.question).expect("each question is a paragraph");
        assert_eq!(question.style, "Heading3", "{}", entry.question);
    }
    for part in ["FAQ", "Appendix"] {
        let heading = body.iter().find(|p| p.text == part).unwrap();
        assert_eq!(heading.style, "Heading1");
        assert!(heading.page_break_before, "{part} starts a page");
    }
    assert!(body.iter().filter(|p| p.page_break_before).count() == 2, "no other page breaks");
    let styles = Document::parse(&part(&docx, "word/styles.xml"))
        .unwrap()
        .descendants()
        .filter(|n| n.has_tag_name((W, "style")))
        .map(|s| (attr(s, "styleId").unwrap(), attr(w(s, "name").unwrap(), "val").unwrap()))
        .collect::<Vec<_>>();
    for (id, name) in [
        ("Normal", "Normal"),
        ("Title", "Title"),
        ("Heading1", "heading 1"),
        ("Heading3", "heading 3"),
        ("TableGrid", "Table Grid"),
    ] {
        assert!(styles.contains(&(id.to_owned(), name.to_owned())), "{id} is defined as {name}: {styles:?}");
    }
    for paragraph in &body {
        let id = &paragraph.style;
        assert!(styles.iter().any(|(defined, _)| defined == id), "paragraph style {id:?} is defined");
    }
}

#[test]
fn decisions_are_a_real_table_with_a_header_row_and_principles_by_name() {
    let session = clinic();
    let xml = part(&render(&session, Format::Docx).unwrap(), "word/document.xml");
    let tables = tables(&xml);
    let decisions = tables.iter().find(|t| t[0][0] == "Decision").expect("a decisions table");
    assert_eq!(decisions[0], ["Decision", "Outcome", "Owner", "Due", "Principles"]);
    let expected: Vec<_> = session.decisions().collect();
    assert_eq!(decisions.len(), expected.len() + 1, "a header row and one row per decision");
    for (row, decision) in decisions[1..].iter().zip(expected) {
        assert!(row[0].starts_with(&decision.text));
        assert_eq!(Some(&row[2]), decision.owner.as_ref());
        for id in &decision.principles {
            assert!(row[4].contains(session.principles.name_of(id)), "{} named in {:?}", id, row[4]);
        }
    }
    let document = Document::parse(&xml).unwrap();
    let table = document.descendants().find(|n| n.has_tag_name((W, "tbl"))).unwrap();
    let style = w(w(table, "tblPr").unwrap(), "tblStyle").and_then(|s| attr(s, "val"));
    assert_eq!(style.as_deref(), Some("TableGrid"));
}

#[test]
fn hostile_text_appears_literally_as_text() {
    let session = sessions::session_with(HOSTILE);
    let docx = render(&session, Format::Docx).unwrap();
    let xml = part(&docx, "word/document.xml");
    let body = paragraphs(&xml);
    assert_eq!(body[0].style, "Title");
    assert_eq!(body[0].text, HOSTILE);
    assert!(body.iter().any(|p| p.style == "Normal" && p.text == HOSTILE), "the press release's words as typed");
    assert!(body.iter().any(|p| p.style == "Heading3" && p.text == HOSTILE), "the FAQ question as typed");
    let decisions = tables(&xml).into_iter().find(|t| t[0][0] == "Decision").unwrap();
    assert_eq!(decisions[1][2], HOSTILE, "the owner as typed");
    let document = Document::parse(&xml).unwrap();
    assert!(document.descendants().all(|n| !n.has_tag_name("script")), "no element came from the text");
    let runs = document.descendants().filter(|n| n.has_tag_name((W, "t"))).count();
    let clean = render(&sessions::session_with("x"), Format::Docx).unwrap();
    let clean_runs = Document::parse(&part(&clean, "word/document.xml"))
        .unwrap()
        .descendants()
        .filter(|n| n.has_tag_name((W, "t")))
        .count();
    assert_eq!(runs, clean_runs, "the text made no runs of its own");
}

#[test]
fn pages_are_numbered_in_the_footer() {
    let footer = part(&render(&clinic(), Format::Docx).unwrap(), "word/footer1.xml");
    let document = Document::parse(&footer).unwrap();
    let field = document.descendants().filter(|n| n.has_tag_name((W, "instrText"))).filter_map(|n| n.text());
    assert_eq!(field.map(str::trim).collect::<Vec<_>>(), ["PAGE"]);
}

#[test]
fn the_changes_since_the_last_version_are_for_the_web_page_only() {
    let with_diff = Options { with_diff: true };
    assert!(matches!(render_with(&clinic(), Format::Docx, with_diff), Err(ExportError::DiffOnlyInHtml)));
    assert!(matches!(render_with(&clinic(), Format::Markdown, with_diff), Err(ExportError::DiffOnlyInHtml)));
}

#[test]
fn review_items_are_bulleted_not_numbered() {
    let docx = render(&clinic(), Format::Docx).unwrap();
    let body = part(&docx, "word/document.xml");
    let document = Document::parse(&body).unwrap();
    let list_item = document
        .descendants()
        .find(|n| n.has_tag_name((W, "pStyle")) && attr(*n, "val").as_deref() == Some("ListBullet"))
        .expect("a bulleted paragraph")
        .parent()
        .unwrap();
    let num_id = attr(w(w(list_item, "numPr").unwrap(), "numId").unwrap(), "val").unwrap();
    let numbering = part(&docx, "word/numbering.xml");
    let numbering = Document::parse(&numbering).unwrap();
    let nums: Vec<Node> = numbering
        .descendants()
        .filter(|n| n.has_tag_name((W, "num")) && attr(*n, "numId") == Some(num_id.clone()))
        .collect();
    assert_eq!(nums.len(), 1, "numbering {num_id} is defined once");
    let abstract_id = attr(w(nums[0], "abstractNumId").unwrap(), "val");
    let definitions: Vec<Node> = numbering
        .descendants()
        .filter(|n| n.has_tag_name((W, "abstractNum")) && attr(*n, "abstractNumId") == abstract_id)
        .collect();
    assert_eq!(definitions.len(), 1, "its definition is unique");
    let first_level = w(definitions[0], "lvl").unwrap();
    assert_eq!(attr(w(first_level, "numFmt").unwrap(), "val").as_deref(), Some("bullet"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_session_makes_a_word_file_whose_text_is_all_in_runs(session in sessions::session()) {
        let docx = render(&session, Format::Docx).unwrap();
        let xml = part(&docx, "word/document.xml");
        let document = Document::parse(&xml).unwrap();
        let body = w(document.root_element(), "body").unwrap();
        prop_assert_eq!(para(body.first_element_child().unwrap()).style, "Title");
        for node in body.descendants().filter(|n| n.is_element()) {
            prop_assert_eq!(node.tag_name().namespace(), Some(W), "only Word elements: {:?}", node.tag_name());
        }
        for text in body.descendants().filter(|n| n.is_text()) {
            let parent = text.parent_element().unwrap();
            prop_assert!(
                parent.has_tag_name((W, "t")) || parent.has_tag_name((W, "instrText")) || text.text().unwrap().trim().is_empty(),
                "text outside a run: {:?} in {:?}", text.text(), parent.tag_name()
            );
        }
    }
}
