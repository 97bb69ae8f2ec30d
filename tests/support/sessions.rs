//! Strategies that make arbitrary sessions, shared by the property tests.
#![allow(dead_code)]

use backwards::domain::*;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use serde_json::Value;

/// Pieces of markdown syntax that user text must never turn into structure.
pub const MARKDOWN_PIECES: &[&str] = &[
    "# ",
    "## x #",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "> ",
    "---",
    "===",
    "***",
    "___",
    "```",
    "~~~",
    "    ",
    "\t",
    "\n",
    "\n\n",
    "|",
    " | ",
    "| a | b |",
    "<b>",
    "</div>",
    "<!--",
    "<script>",
    "&amp;",
    "&#35;",
    "[x](y)",
    "![i](y)",
    "[x]: /u",
    "<http://a.b>",
    "[^1]",
    "- [ ] ",
    "~~x~~",
    "*em*",
    "__strong__",
    "`code`",
    "\\",
    "word",
    " ",
    "日本",
    "😀",
    "=",
    "-",
    "\\\n",
    ":",
    "{#id}",
];

/// Text as people type it (markdown punctuation, wide characters, line breaks) or
/// assembled from pieces of markdown syntax; control characters are left to the
/// sanitiser's own tests.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        "[a-zA-Z0-9 #*_`|<>\\[\\]().,!?'\"\n\t\\-éü日本語😀]{0,40}",
        vec(prop::sample::select(MARKDOWN_PIECES), 0..12).prop_map(|pieces| pieces.concat()),
    ]
    .boxed()
}

pub fn line() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 #*_|.,'éü日本😀\\-]{0,20}"
}

fn extra() -> impl Strategy<Value = Extra> {
    btree_map("x_[a-z]{1,6}", prop_oneof![any::<i64>().prop_map(Value::from), line().prop_map(Value::from)], 0..2)
        .prop_map(|map| map.into_iter().collect())
}

fn answer() -> impl Strategy<Value = Answer> {
    (text(), prop::sample::select(Confidence::ALL.to_vec()), extra()).prop_map(|(text, confidence, extra)| Answer {
        text,
        confidence,
        extra,
    })
}

fn customer() -> impl Strategy<Value = Customer> {
    (answer(), answer(), answer(), answer(), answer(), extra()).prop_map(
        |(who, problem, benefit, evidence, experience, extra)| Customer {
            who,
            problem,
            benefit,
            evidence,
            experience,
            extra,
        },
    )
}

fn press_release() -> impl Strategy<Value = PressRelease> {
    (vec(text(), 9), extra()).prop_map(|(texts, extra)| {
        let mut pr = PressRelease { extra, ..Default::default() };
        for (section, text) in Section::ALL.into_iter().zip(texts) {
            *pr.section_mut(section) = text;
        }
        pr
    })
}

fn faq_entry() -> impl Strategy<Value = FaqEntry> {
    ("q[0-9]{1,3}", text(), text(), extra()).prop_map(|(id, question, answer, extra)| FaqEntry {
        id,
        question,
        answer,
        extra,
    })
}

fn faq() -> impl Strategy<Value = Faq> {
    (vec(faq_entry(), 0..3), vec(faq_entry(), 0..3), extra()).prop_map(|(external, internal, extra)| Faq {
        external,
        internal,
        extra,
    })
}

fn review_item() -> impl Strategy<Value = ReviewItem> {
    (
        ("r[0-9]{1,3}", prop::sample::select(ReviewKind::ALL.to_vec()), text(), line(), line()),
        (option::of(prop_oneof![
            Just(About::Draft),
            Just(About::Section(Section::Problem)),
            "faq\\.q[0-9]".prop_map(About::from)
        ])),
        (
            any::<u32>(),
            option::of(prop::sample::select(Outcome::ALL.to_vec())),
            option::of(line()),
            option::of(line()),
            option::of(text()),
        ),
        (vec("[a-z\\-]{1,12}", 0..3), extra()),
    )
        .prop_map(
            |(
                (id, kind, text, author, created_at),
                about,
                (votes, outcome, owner, due, resources),
                (principles, extra),
            )| {
                ReviewItem {
                    id,
                    kind,
                    text,
                    author,
                    created_at,
                    about,
                    votes,
                    outcome,
                    owner,
                    due,
                    resources,
                    principles,
                    resolved: false,
                    extra,
                }
            },
        )
}

fn verdict() -> impl Strategy<Value = Verdict> {
    (prop::sample::select(VerdictDecision::ALL.to_vec()), text(), extra())
        .prop_map(|(decision, reason, extra)| Verdict { decision, reason, extra })
}

fn iteration() -> impl Strategy<Value = Iteration> {
    (1..50u32, line(), text(), vec("r[0-9]", 0..3), customer(), press_release(), faq(), extra()).prop_map(
        |(number, created_at, note, addresses, customer, press_release, faq, extra)| Iteration {
            number,
            created_at,
            note,
            addresses,
            customer,
            press_release,
            faq,
            extra,
        },
    )
}

fn per_stage() -> impl Strategy<Value = PerStage> {
    (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()).prop_map(|(a, b, c, d)| PerStage {
        customer: a.into(),
        press_release: b.into(),
        review: c.into(),
        iteration: d.into(),
    })
}

prop_compose! {
    /// A session whose text comes from `text` and `line`.
    pub fn session()(
        (id, title, created_at, updated_at, facilitator) in ("[0-9a-z]{1,26}", line(), line(), line(), line()),
        participants in vec(line(), 0..4),
        stage in prop::sample::select(Stage::ALL.to_vec()),
        customer in customer(),
        press_release in press_release(),
        faq in faq(),
        (items, verdict, review_extra) in (vec(review_item(), 0..4), option::of(verdict()), extra()),
        iterations in vec(iteration(), 0..2),
        (minutes, spent_seconds, timebox_extra) in (per_stage(), per_stage(), extra()),
        kept_aside in vec((line(), text(), line()).prop_map(|(title, text, reason)| KeptAside::new(title, text, reason)), 0..2),
        imported_from in option::of((line(), "[0-9a-f]{64}").prop_map(|(file, sha256)| ImportedFrom { file, sha256, ..ImportedFrom::default() })),
        extra in extra(),
    ) -> Session {
        Session {
            schema_version: SCHEMA_VERSION,
            id, title, created_at, updated_at, facilitator, participants, stage,
            principles: PrincipleSet::amazon(),
            customer, press_release, faq,
            review: Review { items, verdict, extra: review_extra },
            iterations,
            timeboxes: Timeboxes { minutes, spent_seconds, extra: timebox_extra },
            kept_aside,
            imported_from,
            conflicts: Vec::new(),
            coach: Default::default(),
            extra,
        }
    }
}

/// Every field the export shows holds `text`: the title, the press release, the FAQ,
/// the customer answers, every kind of review item with all its fields, the verdict,
/// an iteration, and the name of a principle from an organisation's own set.
pub fn session_with(text: &str) -> Session {
    let mut principles = PrincipleSet::amazon();
    principles.items.push(Principle {
        id: "ours".into(),
        name: text.into(),
        summary: text.into(),
        extra: Extra::new(),
    });
    let mut s = Session::new("01hostile".into(), text.into(), "2026-03-03T09:00:00Z".into(), principles);
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
        s.review.items.push(ReviewItem {
            id: format!("r{n}"),
            kind,
            text: text.into(),
            author: text.into(),
            created_at: "2026-03-03T10:00:00Z".into(),
            about: Some(if n == 0 { About::Other(text.into()) } else { About::Faq("q1".into()) }),
            votes: n as u32,
            outcome: (kind == ReviewKind::Decision).then_some(Outcome::Revise),
            owner: Some(text.into()),
            due: Some(text.into()),
            resources: Some(text.into()),
            principles: vec!["dive-deep".into(), "ours".into()],
            resolved: false,
            extra: Extra::new(),
        });
    }
    s.review.verdict = Some(Verdict { decision: VerdictDecision::Iterate, reason: text.into(), extra: Extra::new() });
    s.iterations.push(Iteration {
        number: 1,
        created_at: text.into(),
        note: text.into(),
        addresses: vec!["r3".into(), "gone".into()],
        customer: s.customer.clone(),
        press_release: s.press_release.clone(),
        faq: s.faq.clone(),
        extra: Extra::new(),
    });
    s.timeboxes.spent_seconds.review = 75;
    s
}
