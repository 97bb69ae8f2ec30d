//! Merging two versions of a session by meaning rather than by lines, for git's merge
//! driver and for conflict copies. Pure: values in, a value and its conflicts out.
//!
//! The merge works on JSON values, so keys this version does not know survive. A part
//! changed on one side only takes that side; arrays of review items, FAQ questions and
//! principles are matched by `id`, versions by `number`, other arrays (participants,
//! a decision's principles) as sets; votes add up; texts changed on both sides merge
//! word by word, and where the changes touch the same words the field keeps ours and
//! the conflict, with every version, is recorded in the file's `conflicts`.

mod arrays;
mod path;
mod raw;
mod text;

use serde_json::{Map, Value};

use crate::domain::{Conflict, Session};

pub use raw::merge_texts;
pub use text::{merge_words, tokens};

use path::Path;

/// The result of a merge: the merged session and the conflicts this merge recorded in
/// it (conflicts recorded by earlier merges are in the value, not counted here).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub value: Value,
    pub conflicts: Vec<Conflict>,
}

/// Merges two versions of a session file from their common ancestor `base`, or without
/// one (`None`: two copies of a session, where items match by id and texts that differ
/// become recorded conflicts). `ours` wins where a field keeps one version.
pub fn merge_values(base: Option<&Value>, ours: &Value, theirs: &Value) -> Merged {
    let mut merger = Merger { conflicts: Vec::new() };
    let mut value = merger.merge(&Path::root(), base, Some(ours), Some(theirs)).unwrap_or_else(|| ours.clone());
    if !merger.conflicts.is_empty()
        && let Some(object) = value.as_object_mut()
    {
        let recorded = object.entry("conflicts").or_insert_with(|| Value::Array(Vec::new()));
        if !recorded.is_array() {
            *recorded = Value::Array(Vec::new());
        }
        if let Value::Array(list) = recorded {
            list.extend(merger.conflicts.iter().filter_map(|c| serde_json::to_value(c).ok()));
        }
    }
    Merged { value, conflicts: merger.conflicts }
}

/// [`merge_values`] on loaded sessions, e.g. the session as loaded (base), as edited
/// here (ours) and as changed on disk meanwhile (theirs). Fails, in words, only when
/// the result is not a session this version can read.
pub fn merge_sessions(base: Option<&Session>, ours: &Session, theirs: &Session) -> Result<(Session, usize), String> {
    let value = |session: &Session| serde_json::to_value(session).map_err(|e| e.to_string());
    let base = base.map(value).transpose()?;
    let merged = merge_values(base.as_ref(), &value(ours)?, &value(theirs)?);
    let session = serde_json::from_value(merged.value).map_err(|e| format!("the merge is not a session: {e}"))?;
    Ok((session, merged.conflicts.len()))
}

struct Merger {
    conflicts: Vec<Conflict>,
}

impl Merger {
    /// The merged value at `path`, or None when it is deleted.
    fn merge(
        &mut self,
        path: &Path,
        base: Option<&Value>,
        ours: Option<&Value>,
        theirs: Option<&Value>,
    ) -> Option<Value> {
        if ours == theirs || base == theirs {
            return ours.cloned();
        }
        if base == ours {
            return theirs.cloned();
        }
        let (Some(ours), Some(theirs)) = (ours, theirs) else {
            // Deleted on one side, changed on the other: keep the changed one.
            self.record(path, base, ours, theirs);
            return ours.or(theirs).cloned();
        };
        if path.is_top("updated_at") {
            return Some(later(ours, theirs).clone());
        }
        if path.is_top("stage") {
            // Where a person was in the workshop is no content to reconcile.
            return Some(ours.clone());
        }
        if path.is_top("schema_version") {
            return Some(if ours.as_u64() >= theirs.as_u64() { ours.clone() } else { theirs.clone() });
        }
        match (ours, theirs) {
            (Value::Object(o), Value::Object(t)) => {
                Some(Value::Object(self.merge_object(path, base.and_then(Value::as_object), o, t)))
            }
            (Value::Array(o), Value::Array(t)) => {
                Some(Value::Array(self.merge_array(path, base.and_then(Value::as_array), o, t)))
            }
            (Value::String(o), Value::String(t)) if base.is_none_or(Value::is_string) => {
                let common = base.and_then(Value::as_str).unwrap_or("");
                match merge_words(common, o, t) {
                    Some(text) => Some(Value::String(text)),
                    None => self.keep_ours(path, base, ours, theirs),
                }
            }
            (Value::Number(o), Value::Number(t)) if path.is_key("votes") => Some(added_votes(base, o, t)),
            // Timers ran on both laptops: the longer one counts, no one need choose.
            (Value::Number(o), Value::Number(t)) if path.is_under("timeboxes") => {
                Some(if o.as_f64() >= t.as_f64() { ours.clone() } else { theirs.clone() })
            }
            _ => self.keep_ours(path, base, ours, theirs),
        }
    }

    fn merge_object(
        &mut self,
        path: &Path,
        base: Option<&Map<String, Value>>,
        ours: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let mut merged = Map::new();
        for key in ours.keys().chain(theirs.keys().filter(|k| !ours.contains_key(*k))) {
            let at = path.key(key);
            if let Some(value) = self.merge(&at, base.and_then(|b| b.get(key)), ours.get(key), theirs.get(key)) {
                merged.insert(key.clone(), value);
            }
        }
        merged
    }

    fn keep_ours(&mut self, path: &Path, base: Option<&Value>, ours: &Value, theirs: &Value) -> Option<Value> {
        self.record(path, base, Some(ours), Some(theirs));
        Some(ours.clone())
    }

    fn record(&mut self, path: &Path, base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) {
        let version = |v: Option<&Value>| v.cloned().unwrap_or(Value::Null);
        self.conflicts.push(Conflict::new(path.to_string(), version(base), version(ours), version(theirs)));
    }
}

/// The later of two RFC 3339 times; a time that does not parse counts as the earlier.
fn later<'a>(ours: &'a Value, theirs: &'a Value) -> &'a Value {
    let time = |v: &Value| v.as_str().and_then(|s| s.parse::<jiff::Timestamp>().ok());
    if time(theirs) > time(ours) { theirs } else { ours }
}

/// Votes cast on both sides add up: base + what ours added + what theirs added. With
/// no base, the larger count.
fn added_votes(base: Option<&Value>, ours: &serde_json::Number, theirs: &serde_json::Number) -> Value {
    let (o, t) = (ours.as_i64().unwrap_or(0), theirs.as_i64().unwrap_or(0));
    let total = match base.and_then(Value::as_i64) {
        Some(b) => b.saturating_add(o.saturating_sub(b)).saturating_add(t.saturating_sub(b)),
        None => o.max(t),
    };
    Value::from(total.max(0))
}

#[cfg(test)]
mod tests;
