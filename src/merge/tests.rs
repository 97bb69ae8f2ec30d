use serde_json::{Value, json};

use super::*;

fn session(extra: Value) -> Value {
    let mut value = json!({
        "schema_version": 2,
        "id": "s1",
        "title": "Kids reader",
        "updated_at": "2026-03-01T09:00:00Z",
        "participants": ["Ana"],
        "press_release": {"headline": "Read with me", "problem": "Kids stop reading alone at night."},
        "faq": {"external": [{"id": "q1", "question": "Price?", "answer": "Free."}], "internal": []},
        "review": {"items": [{"id": "r1", "kind": "question", "text": "Who pays?", "votes": 2}]},
        "iterations": [],
    });
    for (key, v) in extra.as_object().cloned().unwrap_or_default() {
        value[key] = v;
    }
    value
}

fn merge3(base: &Value, ours: &Value, theirs: &Value) -> Merged {
    merge_values(Some(base), ours, theirs)
}

#[test]
fn a_part_changed_on_one_side_takes_that_side() {
    let base = session(json!({}));
    let mut ours = base.clone();
    ours["title"] = json!("Kids reader 2");
    let mut theirs = base.clone();
    theirs["press_release"]["headline"] = json!("Read along");
    theirs["updated_at"] = json!("2026-03-02T09:00:00Z");
    let merged = merge3(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.value["title"], json!("Kids reader 2"));
    assert_eq!(merged.value["press_release"]["headline"], json!("Read along"));
    assert_eq!(merged.value["updated_at"], json!("2026-03-02T09:00:00Z"));
    assert!(merged.value.get("conflicts").is_none());
}

#[test]
fn items_added_on_both_sides_are_all_kept_and_votes_add_up() {
    let base = session(json!({}));
    let mut ours = base.clone();
    ours["review"]["items"][0]["votes"] = json!(3);
    ours["review"]["items"].as_array_mut().unwrap().push(json!({"id": "r-01a", "kind": "concern", "text": "Ours"}));
    ours["faq"]["external"].as_array_mut().unwrap().push(json!({"id": "q-01a", "question": "Ours?"}));
    let mut theirs = base.clone();
    theirs["review"]["items"][0]["votes"] = json!(5);
    theirs["review"]["items"].as_array_mut().unwrap().push(json!({"id": "r-01b", "kind": "comment", "text": "Theirs"}));
    theirs["faq"]["external"].as_array_mut().unwrap().push(json!({"id": "q-01b", "question": "Theirs?"}));
    theirs["participants"] = json!(["Ana", "Bo"]);
    let merged = merge3(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let ids =
        |v: &Value| v.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert_eq!(ids(&merged.value["review"]["items"]), ["r1", "r-01a", "r-01b"]);
    assert_eq!(ids(&merged.value["faq"]["external"]), ["q1", "q-01a", "q-01b"]);
    assert_eq!(merged.value["review"]["items"][0]["votes"], json!(6), "2 + 1 + 3");
    assert_eq!(merged.value["participants"], json!(["Ana", "Bo"]));
}

#[test]
fn a_deleted_item_stays_deleted_unless_the_other_side_changed_it() {
    let base = session(json!({}));
    let mut ours = base.clone();
    ours["review"]["items"] = json!([]);
    let merged = merge3(&base, &ours, &base);
    assert_eq!(merged.value["review"]["items"], json!([]));
    assert!(merged.conflicts.is_empty());

    let mut theirs = base.clone();
    theirs["review"]["items"][0]["text"] = json!("Who pays, and when?");
    let merged = merge3(&base, &ours, &theirs);
    assert_eq!(merged.value["review"]["items"][0]["text"], json!("Who pays, and when?"));
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].field, "review.items[r1]");
    assert_eq!(merged.conflicts[0].ours, Value::Null);
}

#[test]
fn texts_changed_apart_merge_word_by_word_and_together_are_recorded() {
    let base = session(json!({}));
    let mut ours = base.clone();
    ours["press_release"]["problem"] = json!("Young kids stop reading alone at night.");
    let mut theirs = base.clone();
    theirs["press_release"]["problem"] = json!("Kids stop reading alone at bedtime.");
    let merged = merge3(&base, &ours, &theirs);
    assert_eq!(merged.value["press_release"]["problem"], json!("Young kids stop reading alone at bedtime."));

    theirs["press_release"]["problem"] = json!("Older kids stop reading alone at night.");
    let merged = merge3(&base, &ours, &theirs);
    assert_eq!(merged.value["press_release"]["problem"], ours["press_release"]["problem"]);
    let recorded = &merged.value["conflicts"][0];
    assert_eq!(recorded["field"], json!("press_release.problem"));
    assert_eq!(recorded["base"], base["press_release"]["problem"]);
    assert_eq!(recorded["theirs"], json!("Older kids stop reading alone at night."));
    assert!(serde_json::from_value::<Session>(merged.value).unwrap().conflicts.len() == 1);
}

#[test]
fn unknown_keys_survive_and_versions_frozen_on_both_sides_are_both_kept() {
    let base = session(json!({"future": {"a": 1}}));
    let mut ours = base.clone();
    ours["future"]["b"] = json!(2);
    ours["iterations"] = json!([{"number": 1, "note": "ours"}]);
    let mut theirs = base.clone();
    theirs["future"]["c"] = json!(3);
    theirs["iterations"] = json!([{"number": 1, "note": "theirs"}]);
    let merged = merge3(&base, &ours, &theirs);
    assert_eq!(merged.value["future"], json!({"a": 1, "b": 2, "c": 3}));
    assert_eq!(merged.value["iterations"], json!([{"number": 1, "note": "ours"}, {"number": 2, "note": "theirs"}]));
    assert!(merged.conflicts.is_empty());
}

#[test]
fn two_copies_without_a_base_keep_every_item_and_record_differing_texts() {
    let ours = session(json!({}));
    let mut theirs = ours.clone();
    theirs["review"]["items"].as_array_mut().unwrap().push(json!({"id": "r2", "kind": "comment", "text": "More"}));
    theirs["press_release"]["headline"] = json!("Read along");
    let merged = merge_values(None, &ours, &theirs);
    assert_eq!(merged.value["review"]["items"].as_array().unwrap().len(), 2);
    assert_eq!(merged.value["press_release"]["headline"], json!("Read with me"));
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].theirs, json!("Read along"));
    assert_eq!(merged.conflicts[0].base, Value::Null);
}

#[test]
fn timers_that_ran_on_both_laptops_keep_the_longer_time_without_a_conflict() {
    let base = session(json!({"timeboxes": {"minutes": {"review": 40}, "spent_seconds": {"review": 100}}}));
    let mut ours = base.clone();
    ours["timeboxes"]["spent_seconds"]["review"] = json!(300);
    let mut theirs = base.clone();
    theirs["timeboxes"]["spent_seconds"]["review"] = json!(200);
    let merged = merge3(&base, &ours, &theirs);
    assert_eq!(merged.value["timeboxes"]["spent_seconds"]["review"], json!(300));
    assert!(merged.conflicts.is_empty());
}
