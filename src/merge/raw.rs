//! The merge on the files' text, for speed: a session file is mostly frozen versions
//! that neither side touched, so each top-level part is compared as text first and
//! parsed only when both sides changed it. The result is that of [`merge_values`].

use std::collections::BTreeMap;

use serde_json::Value;
use serde_json::value::RawValue;

use super::merge_values;
use crate::domain::{Conflict, SCHEMA_VERSION};

/// The top-level parts of a session file, unparsed.
type Parts<'a> = BTreeMap<String, &'a RawValue>;

/// Merges three session files of the current schema given as text, returning the
/// merged file's text (valid JSON, not yet in the canonical layout) and the conflicts
/// this merge recorded. None when a file is not a session of the current schema, or the
/// two sides are different sessions: the caller then takes the slower way, which
/// migrates older files and says what is wrong with the others.
pub fn merge_texts(base: Option<&str>, ours: &str, theirs: &str) -> Option<(String, Vec<Conflict>)> {
    let base = match base {
        Some(text) => Some(current_session(text)?),
        None => None,
    };
    let (ours, theirs) = (current_session(ours)?, current_session(theirs)?);
    if ours.get("id").map(|id| id.get()) != theirs.get("id").map(|id| id.get()) {
        return None;
    }
    let empty = Parts::new();
    let common = base.as_ref().unwrap_or(&empty);
    let mut settled: Vec<(&String, &RawValue)> = Vec::new();
    let (mut contested_base, mut contested_ours, mut contested_theirs) =
        (serde_json::Map::new(), serde_json::Map::new(), serde_json::Map::new());
    for key in ours.keys().chain(theirs.keys().filter(|k| !ours.contains_key(*k))) {
        let (b, o, t) = (text_of(common, key), text_of(&ours, key), text_of(&theirs, key));
        // Conflicts recorded before always go through the merge, which adds to them.
        if key != "conflicts" {
            if o == t || b == t {
                settled.extend(ours.get(key).map(|raw| (key, *raw)));
                continue;
            }
            if b == o {
                settled.extend(theirs.get(key).map(|raw| (key, *raw)));
                continue;
            }
        }
        for (parts, contested) in
            [(common, &mut contested_base), (&ours, &mut contested_ours), (&theirs, &mut contested_theirs)]
        {
            if let Some(raw) = parts.get(key) {
                contested.insert(key.clone(), serde_json::from_str(raw.get()).ok()?);
            }
        }
    }
    let base_value = base.is_some().then_some(Value::Object(contested_base));
    let merged = merge_values(base_value.as_ref(), &Value::Object(contested_ours), &Value::Object(contested_theirs));
    let mut text = String::with_capacity(ours.values().map(|raw| raw.get().len()).sum::<usize>() + 1024);
    text.push('{');
    let merged_parts = merged.value.as_object().into_iter().flatten().map(|(k, v)| (k, v.to_string()));
    let settled_parts = settled.into_iter().map(|(k, raw)| (k, raw.get().to_owned()));
    for (index, (key, value)) in settled_parts.chain(merged_parts).enumerate() {
        if index > 0 {
            text.push(',');
        }
        text.push_str(&Value::from(key.as_str()).to_string());
        text.push(':');
        text.push_str(&value);
    }
    text.push('}');
    Some((text, merged.conflicts))
}

fn text_of<'a>(parts: &Parts<'a>, key: &str) -> Option<&'a str> {
    parts.get(key).map(|raw| raw.get())
}

/// The parts of a session file of the current schema with a string id.
fn current_session(text: &str) -> Option<Parts<'_>> {
    let parts: Parts = serde_json::from_str(text).ok()?;
    let version: u64 = serde_json::from_str(parts.get("schema_version")?.get()).ok()?;
    let id: Value = serde_json::from_str(parts.get("id")?.get()).ok()?;
    (version == u64::from(SCHEMA_VERSION) && id.is_string()).then_some(parts)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_text_merge_gives_what_the_value_merge_gives() {
        let base = json!({"schema_version": SCHEMA_VERSION, "id": "s", "title": "a b c", "iterations": [{"number": 1}], "updated_at": "2026-03-01T09:00:00Z", "conflicts": [{"field": "x"}]});
        let mut ours = base.clone();
        ours["title"] = json!("a B c");
        ours["updated_at"] = json!("2026-03-02T09:00:00Z");
        let mut theirs = base.clone();
        theirs["title"] = json!("a b C");
        theirs["stage"] = json!("review");
        theirs["updated_at"] = json!("2026-03-01T10:00:00Z");
        for (b, o, t) in [(Some(&base), &ours, &theirs), (None, &ours, &theirs), (Some(&base), &ours, &ours)] {
            let expected = merge_values(b, o, t);
            let text = |v: &Value| serde_json::to_string_pretty(v).unwrap();
            let (merged, conflicts) = merge_texts(b.map(text).as_deref(), &text(o), &text(t)).unwrap();
            assert_eq!(serde_json::from_str::<Value>(&merged).unwrap(), expected.value);
            assert_eq!(conflicts, expected.conflicts);
        }
    }

    #[test]
    fn older_schemas_and_other_files_take_the_slower_way() {
        let current = json!({"schema_version": SCHEMA_VERSION, "id": "s"}).to_string();
        assert!(merge_texts(None, &current, &json!({"schema_version": 1, "id": "s"}).to_string()).is_none());
        assert!(merge_texts(None, &current, "[1]").is_none());
        assert!(
            merge_texts(None, &current, &json!({"schema_version": SCHEMA_VERSION, "id": "t"}).to_string()).is_none()
        );
    }
}
