//! The web page export, read back with an HTML5 parser no one here wrote (scraper, on
//! html5ever): what a browser would build from it.

#[path = "support/sessions.rs"]
mod sessions;

use std::path::Path;

use backwards::domain::Session;
use backwards::export::{Format, Options, render, render_with};
use proptest::prelude::*;
use scraper::{ElementRef, Html, Selector};

const HOSTILE: &str =
    "<script>alert(1)</script> **bold** <img src=x onerror=alert(2)> &amp; </p><a href=\"https://e.x\">";

fn example(id: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions").join(format!("{id}.json"));
    backwards::store::load(&path).unwrap().session
}

/// The clinic example: a full press release, FAQ, review with decisions, and two versions.
fn clinic() -> Session {
    example("01kjh8m2c4t7w9x3y5z6a8b0d1")
}

fn page(session: &Session, with_diff: bool) -> Html {
    let bytes = render_with(session, Format::Html, Options { with_diff }).unwrap();
    Html::parse_document(&String::from_utf8(bytes).unwrap())
}

fn select<'a>(page: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    page.select(&Selector::parse(selector).unwrap()).collect()
}

fn text(element: &ElementRef) -> String {
    element.text().collect()
}

/// Everything the page would load or open: no URL may leave the file.
fn assert_self_contained(page: &Html) {
    assert!(select(page, "script, iframe, object, embed, link, img, base").is_empty(), "nothing that runs or loads");
    for element in page.root_element().descendants().filter_map(ElementRef::wrap) {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "no event handler: {name}={value}");
            if ["src", "href", "xlink:href", "action", "srcset", "poster", "data"].contains(&name) {
                let value = value.trim().to_ascii_lowercase();
                assert!(
                    !(value.starts_with("http:") || value.starts_with("https:") || value.starts_with("//")),
                    "{name}={value} points outside"
                );
            }
        }
    }
    for style in select(page, "style") {
        let css = text(&style);
        assert!(!css.contains("url(") && !css.contains("@import"), "the styles load nothing");
    }
}

#[test]
fn one_h1_with_the_headline_and_the_parts_in_order() {
    let session = clinic();
    let page = page(&session, false);
    let h1 = select(&page, "h1");
    assert_eq!(h1.len(), 1);
    assert_eq!(text(&h1[0]), session.press_release.headline);
    assert_eq!(text(&select(&page, "title")[0]), session.press_release.headline);
    assert_eq!(text(&select(&page, "p.subtitle")[0]), session.press_release.subheading);
    let parts: Vec<String> =
        select(&page, "main > section").iter().map(|s| s.value().attr("class").unwrap().to_owned()).collect();
    assert_eq!(parts, ["press-release", "faq new-page", "appendix new-page"]);
    let questions: Vec<String> = select(&page, "section.faq h4.question").iter().map(text).collect();
    let expected: Vec<&String> =
        session.faq.external.iter().chain(&session.faq.internal).map(|e| &e.question).collect();
    assert_eq!(questions.iter().collect::<Vec<_>>(), expected);
    assert_self_contained(&page);
}

#[test]
fn the_page_fits_a_phone_and_prints_with_page_numbers() {
    let page = page(&clinic(), false);
    let viewport = select(&page, "meta[name=viewport]");
    assert!(viewport[0].value().attr("content").unwrap().contains("width=device-width"));
    let policy = select(&page, "meta[http-equiv=Content-Security-Policy]");
    assert!(policy[0].value().attr("content").unwrap().contains("default-src 'none'"));
    let css = text(&select(&page, "style")[0]);
    for rule in ["@page", "counter(page)", "break-after: avoid", "break-before: page", "@media print"] {
        assert!(css.contains(rule), "the print styles have {rule}");
    }
}

#[test]
fn decisions_are_a_table_with_a_header_row() {
    let session = clinic();
    let page = page(&session, false);
    let table = select(&page, "table").into_iter().find(|t| text(t).trim_start().starts_with("Decision")).unwrap();
    let header: Vec<String> = table.select(&Selector::parse("thead th").unwrap()).map(|c| text(&c)).collect();
    assert_eq!(header, ["Decision", "Outcome", "Owner", "Due", "Principles"]);
    let rows = table.select(&Selector::parse("tbody tr").unwrap()).count();
    assert_eq!(rows, session.decisions().count());
}

#[test]
fn principle_coverage_is_an_inline_svg_chart() {
    let session = clinic();
    let page = page(&session, false);
    let charts = select(&page, "figure.coverage svg");
    assert_eq!(charts.len(), 1);
    let labels: Vec<String> = charts[0].select(&Selector::parse("text.label").unwrap()).map(|l| text(&l)).collect();
    assert_eq!(labels.len(), session.principles.items.len(), "one bar per principle");
    let uses = backwards::domain::principle_use(&session);
    let most = uses.iter().map(|used| used.decisions).max().unwrap();
    let first = uses.iter().find(|used| used.name == labels[0]).unwrap();
    assert_eq!(first.decisions, most, "the most invoked principle comes first");
    assert!(most > 0);
}

#[test]
fn the_changes_since_the_last_version_come_only_when_asked() {
    let session = clinic();
    assert!(select(&page(&session, false), "section.changes").is_empty());
    let page = page(&session, true);
    let changes = select(&page, "section.changes");
    assert_eq!(changes.len(), 1);
    assert_eq!(text(&select(&page, "section.changes h2")[0]), "Changes since version 2");
    let added: Vec<String> = select(&page, "section.changes ins").iter().map(text).collect();
    assert!(added.iter().any(|a| a.contains("or on the clinic's web page")), "{added:?}");
    assert_self_contained(&page);
    let no_versions = example("01kpq3v8m2k5t7w9x4y6z8a0b1");
    let note = text(&select(&self::page(&no_versions, true), "section.changes p.note")[0]);
    assert!(note.contains("No version is saved yet"), "{note}");
}

#[test]
fn hostile_text_is_only_ever_text() {
    let session = sessions::session_with(HOSTILE);
    let page = page(&session, true);
    let h1 = select(&page, "h1");
    assert_eq!(h1.len(), 1);
    assert_eq!(text(&h1[0]), HOSTILE);
    assert_eq!(text(&select(&page, "title")[0]), HOSTILE);
    assert!(select(&page, "a, img").is_empty(), "no element came from the text");
    let paragraphs: Vec<String> = select(&page, "section.press-release p").iter().map(text).collect();
    assert!(paragraphs.iter().any(|p| p == HOSTILE), "{paragraphs:?}");
    let labels: Vec<String> = select(&page, "svg text.label").iter().map(text).collect();
    assert!(labels.iter().any(|l| l == HOSTILE), "the chart's label as typed: {labels:?}");
    assert_self_contained(&page);
}

#[test]
fn the_page_is_the_same_document_as_the_markdown() {
    let session = clinic();
    let markdown = String::from_utf8(render(&session, Format::Markdown).unwrap()).unwrap();
    let page = page(&session, false);
    let md_headings: Vec<String> = markdown
        .lines()
        .filter(|l| l.starts_with("## ") || l.starts_with("### ") || l.starts_with("#### "))
        .skip(1)
        .map(|l| l.trim_start_matches('#').trim().to_owned())
        .collect();
    let html_headings: Vec<String> = select(&page, "h2, h3, h4:not(.question)").iter().map(text).collect();
    assert_eq!(html_headings, md_headings);
}

/// The elements the page is made of; anything else came from someone's text.
const OUR_ELEMENTS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "strong",
    "em",
    "br",
    "ul",
    "li",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "svg",
    "text",
    "rect",
    "ins",
    "del",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_session_makes_a_page_of_our_own_elements_only(session in sessions::session()) {
        let page = page(&session, true);
        prop_assert_eq!(select(&page, "h1").len(), 1);
        for element in page.root_element().descendants().filter_map(ElementRef::wrap) {
            let name = element.value().name();
            prop_assert!(OUR_ELEMENTS.contains(&name), "<{}> came from the text", name);
        }
        assert_self_contained(&page);
    }
}
