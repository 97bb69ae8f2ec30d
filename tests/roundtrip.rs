//! Any session saves and loads to itself, and saving it again gives the same bytes.

use std::path::Path;

use backwards::domain::*;
use backwards::store;
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use serde_json::Value;

/// Text as people type it, markdown punctuation, wide characters and line breaks
/// included; control characters are left to the sanitiser's own tests.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 #*_`|<>\\[\\]().,!?'\"\n\t\\-éü日本語😀]{0,40}"
}

fn line() -> impl Strategy<Value = String> {
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
    fn session()(
        (id, title, created_at, updated_at, facilitator) in ("[0-9a-z]{1,26}", line(), line(), line(), line()),
        participants in vec(line(), 0..4),
        stage in prop::sample::select(Stage::ALL.to_vec()),
        customer in customer(),
        press_release in press_release(),
        faq in faq(),
        (items, verdict, review_extra) in (vec(review_item(), 0..4), option::of(verdict()), extra()),
        iterations in vec(iteration(), 0..2),
        (minutes, spent_seconds, timebox_extra) in (per_stage(), per_stage(), extra()),
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
            extra,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_session_saves_and_loads_to_itself_with_stable_bytes(mut original in session()) {
        original.sanitize();
        let bytes = store::to_bytes(&original);
        let (loaded, access) = store::load_bytes(Path::new("p.json"), &bytes).unwrap();
        prop_assert_eq!(&loaded, &original);
        prop_assert_eq!(access, store::Access::ReadWrite);
        prop_assert_eq!(store::to_bytes(&loaded), bytes);
    }

    #[test]
    fn any_bytes_load_or_fail_without_panicking(bytes in vec(any::<u8>(), 0..512)) {
        let _ = store::load_bytes(Path::new("p.json"), &bytes);
    }
}

#[test]
fn a_saved_file_is_pretty_with_a_final_newline_and_keys_in_a_stable_order() {
    let session = Session::new("01abc".into(), "T".into(), "2026-01-01T00:00:00Z".into(), PrincipleSet::amazon());
    let text = String::from_utf8(store::to_bytes(&session)).unwrap();
    assert!(text.starts_with("{\n  \"schema_version\": 1,\n  \"id\": \"01abc\",\n  \"title\": \"T\","));
    assert!(text.ends_with("}\n"));
    let keys: Vec<&str> =
        text.lines().filter(|l| l.starts_with("  \"")).map(|l| l.trim().split('"').nth(1).unwrap()).collect();
    assert_eq!(
        keys,
        [
            "schema_version",
            "id",
            "title",
            "created_at",
            "updated_at",
            "facilitator",
            "participants",
            "stage",
            "principles",
            "customer",
            "press_release",
            "faq",
            "review",
            "iterations",
            "timeboxes"
        ]
    );
}
