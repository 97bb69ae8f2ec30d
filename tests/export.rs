//! The markdown export: its content and order, and that user text never changes the
//! document's structure, checked by parsing the output with pulldown-cmark.

#[path = "support/sessions.rs"]
mod sessions;

use backwards::domain::*;
use backwards::export::markdown;
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_FOOTNOTES
}

/// The document's skeleton: every block and inline construct, without the text.
fn structure(document: &str) -> Vec<String> {
    Parser::new_ext(document, options())
        .filter_map(|event| match event {
            Event::Start(tag) => Some(format!("<{}>", tag_name(&tag))),
            Event::End(end) => Some(format!("</{}>", end_name(end))),
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

fn end_name(end: TagEnd) -> String {
    format!("{end:?}")
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

/// The same session with every word of user text replaced by `x`, keeping the white
/// space (so paragraphs and line breaks stay where they were). Ids, enum values,
/// references and the principle set are left alone: they are not free text.
fn benign(session: &Session) -> Session {
    fn walk(value: &mut Value, key: &str) {
        const NOT_FREE_TEXT: &[&str] =
            &["id", "stage", "confidence", "kind", "outcome", "about", "decision", "principles", "addresses"];
        if NOT_FREE_TEXT.contains(&key) {
            return;
        }
        match value {
            Value::String(text) => {
                *text = text.split(|c: char| !c.is_whitespace()).collect::<Vec<_>>().join("x").split_whitespace_keep()
            }
            Value::Array(items) => items.iter_mut().for_each(|item| walk(item, key)),
            Value::Object(map) => map.iter_mut().for_each(|(k, v)| walk(v, k)),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(session).unwrap();
    walk(&mut value, "");
    serde_json::from_value(value).unwrap()
}

trait KeepWhitespace {
    fn split_whitespace_keep(self) -> String;
}

impl KeepWhitespace for String {
    /// Collapses each run of `x` into one, so a word becomes exactly `x`.
    fn split_whitespace_keep(self) -> String {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            if !(c == 'x' && out.ends_with('x')) {
                out.push(c);
            }
        }
        out
    }
}

const HOSTILE: &[&str] = &[
    "# heading",
    "- item",
    "1. x",
    "| a | b |",
    "<script>alert(1)</script>",
    "[x](y)",
    "![i](y)",
    "`code` and ```fence```",
    "***",
    "---",
    "text\n===",
    "> quote",
    "    indented code",
    "&amp; &#35;",
    "*em* __strong__ ~~gone~~",
    "<http://example.com>",
    "[ref]: http://example.com",
    "a\u{1b}[31mred\u{7}",
];

fn session_with(text: &str) -> Session {
    let mut s = Session::new("01hostile".into(), text.into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    s.stage = Stage::Iteration;
    s.facilitator = text.into();
    s.participants = vec![text.into()];
    for question in CustomerQuestion::ALL {
        s.customer.answer_mut(question).text = text.into();
    }
    for section in Section::ALL {
        *s.press_release.section_mut(section) = text.into();
    }
    let entry = |id: &str| FaqEntry { id: id.into(), question: text.into(), answer: text.into(), extra: Extra::new() };
    s.faq.external.push(entry("q1"));
    s.faq.internal.push(entry("q2"));
    for (n, kind) in ReviewKind::ALL.into_iter().enumerate() {
        let mut item = ReviewItem::new(format!("r{n}"), kind, "2026-03-03T10:00:00Z".into());
        item.text = text.into();
        item.author = text.into();
        item.about = Some(About::Faq("q1".into()));
        item.votes = n as u32;
        item.outcome = (kind == ReviewKind::Decision).then_some(Outcome::Revise);
        item.owner = Some(text.into());
        item.due = Some(text.into());
        item.resources = Some(text.into());
        item.principles = vec!["dive-deep".into()];
        s.review.items.push(item);
    }
    s.review.verdict = Some(Verdict { decision: VerdictDecision::Iterate, reason: text.into(), extra: Extra::new() });
    s.iterations.push(Iteration {
        number: 1,
        created_at: "2026-03-03T11:00:00Z".into(),
        note: text.into(),
        addresses: vec!["r3".into()],
        customer: s.customer.clone(),
        press_release: s.press_release.clone(),
        faq: s.faq.clone(),
        extra: Extra::new(),
    });
    s.timeboxes.spent_seconds.review = 75;
    s
}

#[test]
fn hostile_text_in_every_field_stays_literal_text() {
    for hostile in HOSTILE {
        let session = session_with(hostile);
        let document = markdown(&session);
        assert_eq!(
            structure(&document),
            structure(&markdown(&benign(&session))),
            "{hostile:?} changed the structure:\n{document}"
        );
        let seen = visible_text(&document);
        let expected = sanitize_text(hostile).lines().map(str::trim).collect::<Vec<_>>().join("\n");
        for line in expected.lines() {
            assert!(seen.contains(line), "{line:?} is not shown literally:\n{document}");
        }
        for event in Parser::new_ext(&document, options()) {
            assert!(
                !matches!(
                    event,
                    Event::Html(_)
                        | Event::InlineHtml(_)
                        | Event::Code(_)
                        | Event::Start(Tag::Link { .. } | Tag::Image { .. })
                        | Event::Start(Tag::CodeBlock(_) | Tag::BlockQuote(_))
                ),
                "{hostile:?} made {event:?}:\n{document}"
            );
        }
        assert!(!document.contains('\u{1b}') && !document.contains('\u{7}'));
    }
}

#[test]
fn the_document_follows_the_pr_faq_order() {
    let document = markdown(&session_with("Words here"));
    let headings: Vec<String> = Parser::new_ext(&document, options())
        .scan(false, |in_heading, event| {
            Some(match event {
                Event::Start(Tag::Heading { .. }) => {
                    *in_heading = true;
                    None
                }
                Event::End(TagEnd::Heading(_)) => {
                    *in_heading = false;
                    None
                }
                Event::Text(text) if *in_heading => Some(text.into_string()),
                _ => None,
            })
        })
        .flatten()
        .collect();
    assert_eq!(
        headings,
        [
            "Words here",
            "Words here",
            "Frequently asked questions",
            "Customer questions",
            "Internal questions",
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
    assert!(document.contains(
        "| Words here (resources: Words here) | revise (addressed in version 1) | Words here | Words here | Dive Deep |"
    ));
    assert!(document.contains("Never invoked: Customer Obsession · Ownership · Invent and Simplify"));
    assert!(document.contains("Addresses: “Words here”"));
    assert!(document.contains("| Review | 40 min | 1:15 |"));
}

#[test]
fn a_session_with_only_a_title_exports_a_short_honest_document() {
    let session =
        Session::new("01x".into(), "Kids reader".into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    assert_eq!(
        markdown(&session),
        "# Kids reader\n\n_The press release is not written yet._\n\n## Appendix\n\n### The customer\n\n\
         _The five customer questions are not answered yet._\n"
    );
}

#[test]
fn a_decision_without_a_principle_is_flagged() {
    let mut session = session_with("x");
    session.review.items[3].principles.clear();
    assert!(markdown(&session).contains("| ⚠ no principle |"));
}

#[test]
fn example_sessions_export_as_snapshots() {
    let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "the example sessions are missing");
    for file in files {
        let session: Session = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("example_{name}"), markdown(&session));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn user_text_never_changes_the_documents_structure(session in sessions::session()) {
        let mut session = session;
        session.sanitize();
        let document = markdown(&session);
        prop_assert_eq!(structure(&document), structure(&markdown(&benign(&session))), "document:\n{}", document);
    }
}
