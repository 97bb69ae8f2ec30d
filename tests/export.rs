//! The markdown export: its content and order, and that user text never changes the
//! document's structure, checked by parsing the output with pulldown-cmark.

#[path = "support/sessions.rs"]
mod sessions;

use backwards::domain::*;
use backwards::export::markdown;
use proptest::prelude::*;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde_json::Value;

/// Tables are how the decisions are meant to be read; the other extensions are on so
/// that user text cannot sneak in the constructs they add either.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_FOOTNOTES
}

/// The document's skeleton: every block and inline construct, without the text.
fn structure(document: &str) -> Vec<String> {
    Parser::new_ext(document, options())
        .filter_map(|event| match event {
            Event::Start(tag) => Some(format!("<{}>", tag_name(&tag))),
            Event::End(end) => Some(format!("</{end:?}>")),
            Event::Text(_) | Event::SoftBreak | Event::HardBreak => None,
            other => Some(format!("{other:?}")),
        })
        .collect()
}

fn tag_name(tag: &Tag) -> String {
    match tag {
        Tag::Heading { level, .. } => format!("{level}"),
        Tag::Table(columns) => format!("table{}", columns.len()),
        Tag::Link { .. } => "link".into(),
        Tag::Image { .. } => "image".into(),
        Tag::CodeBlock(_) => "codeblock".into(),
        Tag::List(start) => format!("list{start:?}"),
        other => format!("{other:?}"),
    }
}

/// All the text a reader sees, line breaks as newlines.
fn visible_text(document: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(document, options()) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item) => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// The document's headings, as text.
fn headings(document: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current: Option<String> = None;
    for event in Parser::new_ext(document, options()) {
        match event {
            Event::Start(Tag::Heading { .. }) => current = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => found.extend(current.take()),
            Event::Text(text) => {
                if let Some(heading) = current.as_mut() {
                    heading.push_str(&text);
                }
            }
            _ => {}
        }
    }
    found
}

/// Every table row of the document, as the text of its cells.
fn table_rows(document: &str) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for event in Parser::new_ext(document, options()) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => rows.last_mut().into_iter().for_each(|row| row.push(String::new())),
            Event::Text(text) => {
                if let Some(cell) = rows.last_mut().and_then(|row| row.last_mut()) {
                    cell.push_str(&text);
                }
            }
            Event::End(TagEnd::Table) => rows.push(Vec::new()),
            _ => {}
        }
    }
    rows.retain(|row| !row.is_empty());
    rows
}

/// Headings with nothing under them before the next heading of the same or a higher
/// level: template noise.
fn empty_sections(document: &str) -> Vec<String> {
    enum Top {
        Heading(HeadingLevel, String),
        Content,
    }
    let mut tops = Vec::new();
    let mut depth = 0usize;
    let mut heading: Option<(HeadingLevel, String)> = None;
    for event in Parser::new_ext(document, options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::Text(text) if heading.is_some() => {
                if let Some((_, title)) = heading.as_mut() {
                    title.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, title)) = heading.take() {
                    tops.push(Top::Heading(level, title));
                }
            }
            Event::Start(_) => {
                if depth == 0 {
                    tops.push(Top::Content);
                }
                depth += 1;
            }
            Event::End(_) => depth -= 1,
            _ if depth == 0 => tops.push(Top::Content),
            _ => {}
        }
    }
    let mut empty = Vec::new();
    for (index, top) in tops.iter().enumerate() {
        if let Top::Heading(level, title) = top {
            let has_content = tops[index + 1..]
                .iter()
                .take_while(|later| !matches!(later, Top::Heading(l, _) if l <= level))
                .any(|later| matches!(later, Top::Content));
            if !has_content {
                empty.push(title.clone());
            }
        }
    }
    empty
}

/// What the user's text would be if every run of visible characters were the word `x`:
/// the same white space, so the same paragraphs and line breaks, and nothing else.
fn benign_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in sanitize_text(text).chars() {
        if c.is_whitespace() {
            out.push(c);
        } else if !out.ends_with('x') {
            out.push('x');
        }
    }
    out
}

/// The same session with all free text made benign. Ids, enum values and references
/// are left alone: they are not free text, and changing them would change what the
/// document links together.
fn benign(session: &Session) -> Session {
    fn walk(value: &mut Value, key: &str) {
        const NOT_FREE_TEXT: &[&str] =
            &["id", "stage", "confidence", "kind", "outcome", "about", "decision", "addresses"];
        // A decision's `principles` are ids; the session's `principles` is the set,
        // whose names are free text.
        if NOT_FREE_TEXT.contains(&key) || (key == "principles" && value.is_array()) {
            return;
        }
        match value {
            Value::String(text) => *text = benign_text(text),
            Value::Array(items) => items.iter_mut().for_each(|item| walk(item, key)),
            Value::Object(map) => map.iter_mut().for_each(|(k, v)| walk(v, k)),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(session).expect("a session is JSON");
    walk(&mut value, "");
    serde_json::from_value(value).expect("a benign session is still a session")
}

const HOSTILE: &[&str] = &[
    "# heading",
    "- item",
    "1. x",
    "| a | b |",
    "a | b\n--- | ---",
    "| a | b |\n| --- | --- |",
    "<script>alert(1)</script>",
    "<!-- comment -->",
    "[x](y)",
    "![i](y)",
    "`code` and ```fence```",
    "```\nfenced\n```",
    "~~~",
    "***",
    "---",
    "text\n===",
    "text\n---",
    "> quote",
    "    indented code",
    "\tindented by a tab",
    "&amp; &#35; &copy",
    "*em* __strong__ ~~gone~~",
    "<http://example.com>",
    "[ref]: http://example.com",
    "[^1] and - [ ] task",
    "trailing backslash\\",
    "two spaces  \nthen a line",
    "a\u{1b}[31mred\u{7}",
];

fn assert_no_foreign_constructs(document: &str, cause: &str) {
    for event in Parser::new_ext(document, options()) {
        assert!(
            !matches!(
                event,
                Event::Html(_)
                    | Event::InlineHtml(_)
                    | Event::Code(_)
                    | Event::FootnoteReference(_)
                    | Event::TaskListMarker(_)
                    | Event::Start(
                        Tag::Link { .. }
                            | Tag::Image { .. }
                            | Tag::CodeBlock(_)
                            | Tag::BlockQuote(_)
                            | Tag::HtmlBlock
                            | Tag::Strikethrough
                            | Tag::FootnoteDefinition(_)
                    )
            ),
            "{cause:?} made {event:?}:\n{document}"
        );
    }
}

#[test]
fn hostile_text_in_every_field_stays_literal_text() {
    let own_structure = structure(&markdown(&sessions::session_with("x")));
    for hostile in HOSTILE {
        let session = sessions::session_with(hostile);
        let document = markdown(&session);
        assert_eq!(structure(&document), own_structure, "{hostile:?} changed the structure:\n{document}");
        assert_no_foreign_constructs(&document, hostile);
        let seen = visible_text(&document);
        for line in sanitize_text(hostile).lines().map(str::trim) {
            assert!(seen.contains(line), "{line:?} is not shown literally:\n{document}");
        }
        let one_line = sanitize_text(hostile).split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(headings(&document)[..2], [one_line.clone(), one_line.clone()], "headline and subheading");
        let rows = table_rows(&document);
        let decision = rows.iter().find(|row| row[1].starts_with("revise")).expect("the decision's row");
        assert_eq!(
            decision,
            &[
                format!("{one_line} (resources: {one_line})"),
                "revise (addressed in version 1)".into(),
                one_line.clone(),
                one_line.clone(),
                format!("Dive Deep · {one_line}")
            ],
            "{hostile:?} broke the decision's row:\n{document}"
        );
        assert!(
            rows.contains(&vec![one_line.clone(), "1".into()]),
            "{hostile:?} broke the principle counts:\n{document}"
        );
        assert!(!document.contains(['\u{1b}', '\u{7}']), "a control character reached the document:\n{document}");
    }
}

#[test]
fn multi_line_text_keeps_its_line_breaks_and_paragraphs() {
    let mut session = sessions::session_with("x");
    session.press_release.problem = "First line\nsecond line\n\nA new paragraph".into();
    let document = markdown(&session);
    assert!(document.contains("First line\\\nsecond line\n\nA new paragraph\n"), "{document}");
    assert!(visible_text(&document).contains("First line\nsecond line\nA new paragraph\n"));
}

#[test]
fn the_document_follows_the_pr_faq_order() {
    let document = markdown(&sessions::session_with("Words here"));
    assert_eq!(
        headings(&document),
        [
            "Words here",
            "Words here",
            "FAQ",
            "External (customer questions)",
            "Internal (stakeholder questions)",
            "Appendix",
            "The customer",
            "Review",
            "Decisions",
            "Questions",
            "Concerns",
            "Comments",
            "Leadership principles invoked",
            "Iteration log",
            "Time"
        ]
    );
    for expected in [
        "**Q: Words here**",
        "**Who is the customer?** (unknown)",
        "Verdict: **Iterate**. Words here",
        "| Words here (resources: Words here) | revise (addressed in version 1) | Words here | Words here | Dive Deep · Words here |",
        "- Words here (Words here, about FAQ: Words here, 2 votes)",
        "| Words here | 1 |",
        "Never invoked: Customer Obsession · Ownership · Invent and Simplify",
        "- **Version 1** (Words here, press release 18 words): Words here",
        "  - Addresses the decision “Words here”",
        "  - Addresses review item gone, no longer in the review",
        "| Review | 40 min | 1 min 15 s |",
        "| Total | 110 min | 1 min 15 s |",
    ] {
        assert!(document.contains(expected), "missing {expected:?} in:\n{document}");
    }
}

#[test]
fn a_session_with_only_a_title_exports_a_short_honest_document() {
    let session =
        Session::new("01x".into(), "Kids reader".into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    assert_eq!(
        markdown(&session),
        "# Kids reader\n\n_The press release is not written yet._\n\n_The five customer questions are not answered yet._\n"
    );
}

#[test]
fn parts_without_content_leave_no_headings_behind() {
    let mut session =
        Session::new("01x".into(), "Kids reader".into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    session.customer.who.text = "Parents of children aged 4 to 7.".into();
    session.press_release.summary = "Launched today.".into();
    session.faq.internal.push(FaqEntry { id: "q1".into(), ..FaqEntry::default() });
    let document = markdown(&session);
    assert_eq!(headings(&document), ["Kids reader", "Appendix", "The customer"], "{document}");
    assert_eq!(empty_sections(&document), Vec::<String>::new());
    for gap in ["_Headline: not written yet; the session's title stands in._", "_Problem: not written yet._"] {
        assert!(document.contains(gap), "{gap:?} is not named:\n{document}");
    }
    assert!(document.contains("**What is the most important customer benefit?**\n\n_Not answered yet._"));
}

#[test]
fn the_headline_falls_back_to_the_title_then_to_a_placeholder() {
    let mut session = Session::new("01x".into(), "  ".into(), String::new(), PrincipleSet::amazon());
    assert!(markdown(&session).starts_with("# Untitled press release\n"));
    session.title = "Kids reader".into();
    assert!(markdown(&session).starts_with("# Kids reader\n"));
    session.press_release.headline = "Bedtime stories\nthat read back".into();
    assert!(markdown(&session).starts_with("# Bedtime stories that read back\n"));
}

#[test]
fn a_decision_without_a_principle_is_flagged() {
    let mut session = sessions::session_with("x");
    session.review.items[3].principles.clear();
    assert!(markdown(&session).contains("| ⚠ no principle |"));
}

#[test]
fn questions_and_concerns_are_ranked_by_votes() {
    let mut session = sessions::session_with("x");
    for (item, text, votes) in [(0, "least", 1), (1, "most", 9), (2, "middle", 4)] {
        session.review.items[item].kind = ReviewKind::Concern;
        session.review.items[item].text = text.into();
        session.review.items[item].votes = votes;
    }
    let document = markdown(&session);
    let at = |word: &str| document.find(&format!("- {word} (")).unwrap_or_else(|| panic!("{word}:\n{document}"));
    assert!(at("most") < at("middle") && at("middle") < at("least"), "{document}");
}

#[test]
fn example_exports() {
    let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions"))
        .expect("the sessions folder")
        .map(|entry| entry.expect("a folder entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "the example sessions are missing");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("an example session");
        let session = serde_json::from_str::<Session>(&text).expect("a session");
        let document = markdown(&session);
        assert_eq!(empty_sections(&document), Vec::<String>::new(), "{}", file.display());
        let name = file.file_stem().expect("a file name").to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("example_{name}"), document);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn user_text_never_changes_the_documents_structure(session in sessions::session()) {
        let document = markdown(&session);
        prop_assert_eq!(structure(&document), structure(&markdown(&benign(&session))), "document:\n{}", document);
        prop_assert_eq!(empty_sections(&document), Vec::<String>::new(), "document:\n{}", document);
    }

    #[test]
    fn any_unicode_in_every_field_stays_text(text in any::<String>()) {
        let session = sessions::session_with(&text);
        let document = markdown(&session);
        prop_assert_eq!(structure(&document), structure(&markdown(&benign(&session))), "document:\n{}", document);
        assert_no_foreign_constructs(&document, &text);
        prop_assert!(!document.chars().any(|c| c.is_control() && c != '\n'), "document:\n{:?}", document);
    }
}
