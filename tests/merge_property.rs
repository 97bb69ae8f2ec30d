//! For any base and any two edits, the merge keeps every word either side wrote (in the
//! field or in a recorded conflict) and every item either side added, and the result
//! loads as a session.

use std::path::Path;

use backwards::merge::merge_values;
use backwards::store;
use proptest::prelude::*;
use serde_json::{Value, json};

const WORDS: [&str; 8] = ["kids", "read", "alone", "at", "night", "books", "are", "hard"];

fn text() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop::sample::select(WORDS.to_vec()).prop_map(str::to_owned), 0..12)
}

/// Edits to a list of words: (where, what): insert a new word, delete, or replace.
fn edits() -> impl Strategy<Value = Vec<(usize, u8, String)>> {
    prop::collection::vec((0usize..16, 0u8..3, "[a-z]{1,6}"), 0..5)
}

fn apply(words: &[String], edits: &[(usize, u8, String)], side: &str) -> Vec<String> {
    let mut words = words.to_vec();
    for (at, kind, word) in edits {
        let word = format!("{side}{word}");
        let at = at % (words.len() + 1);
        match kind {
            0 => words.insert(at, word),
            1 if at < words.len() => {
                words.remove(at);
            }
            _ if at < words.len() => words[at] = word,
            _ => words.push(word),
        }
    }
    words
}

fn session(problem: &[String], items: &[String]) -> Value {
    let items: Vec<Value> = items.iter().map(|id| json!({"id": id, "kind": "comment", "text": id})).collect();
    json!({
        "schema_version": 2,
        "id": "s1",
        "updated_at": "2026-03-01T09:00:00Z",
        "press_release": {"problem": problem.join(" ")},
        "review": {"items": items},
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_word_and_item_either_side_wrote_survives_and_the_result_loads(
        base in text(),
        our_edits in edits(),
        their_edits in edits(),
        our_items in prop::collection::vec("r-o[a-z]{3}", 0..3),
        their_items in prop::collection::vec("r-t[a-z]{3}", 0..3),
    ) {
        let ours = apply(&base, &our_edits, "o");
        let theirs = apply(&base, &their_edits, "t");
        let merged = merge_values(
            Some(&session(&base, &[])),
            &session(&ours, &our_items),
            &session(&theirs, &their_items),
        );
        let field = merged.value["press_release"]["problem"].as_str().unwrap().to_owned();
        let mut kept = field.clone();
        for conflict in merged.value["conflicts"].as_array().into_iter().flatten() {
            for version in ["ours", "theirs"] {
                kept.push(' ');
                kept.push_str(conflict[version].as_str().unwrap_or_default());
            }
        }
        let kept_words: Vec<&str> = kept.split_whitespace().collect();
        for word in ours.iter().chain(&theirs).filter(|w| !base.contains(w)) {
            prop_assert!(kept_words.contains(&word.as_str()), "{word:?} lost: field {field:?}");
        }
        let ids: Vec<&str> = merged.value["review"]["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
        for id in our_items.iter().chain(&their_items) {
            prop_assert!(ids.contains(&id.as_str()), "item {id} lost");
        }
        let bytes = serde_json::to_vec_pretty(&merged.value).unwrap();
        let loaded = store::load_bytes(Path::new("s1.json"), &bytes);
        prop_assert!(loaded.is_ok(), "{:?}", loaded.err());
    }
}
