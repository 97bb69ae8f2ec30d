//! A merge conflict recorded inside the session file: a field both sides changed in
//! ways that overlap. The field keeps one version; every version is kept here, so
//! nothing either side wrote is lost, until the facilitator resolves it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::text::sanitize_text;
use super::{Extra, Session};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Where, as a readable path: `press_release.problem`, `review.items[r-01j…].text`.
    pub field: String,
    /// The common version both sides started from; null when there was none (two copies
    /// of a session merged without a common ancestor, or a key both sides added).
    #[serde(default)]
    pub base: Value,
    /// The version the field keeps; null when this side deleted it.
    #[serde(default)]
    pub ours: Value,
    /// The other side's version; null when that side deleted it.
    #[serde(default)]
    pub theirs: Value,
    #[serde(flatten)]
    pub extra: Extra,
}

/// Which version of a conflicted field the facilitator keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    Ours,
    Theirs,
    /// Ours, then theirs: for a text, both sides' words, to be cut down by hand.
    Both,
}

/// One step of a conflict's path: a key of an object, or an element of an array named
/// by its id (or a version by its number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Element(String),
}

impl Conflict {
    pub fn new(field: String, base: Value, ours: Value, theirs: Value) -> Self {
        Self { field, base, ours, theirs, extra: Extra::new() }
    }

    /// Both sides hold a text (or one side deleted it): both can be kept, one after the other.
    pub fn is_text(&self) -> bool {
        let text_or_none = |v: &Value| v.is_string() || v.is_null();
        text_or_none(&self.ours) && text_or_none(&self.theirs) && !(self.ours.is_null() && self.theirs.is_null())
    }

    /// The value the field gets when `keep` is chosen.
    pub fn version(&self, keep: Keep) -> Value {
        match keep {
            Keep::Ours => self.ours.clone(),
            Keep::Theirs => self.theirs.clone(),
            Keep::Both => match (&self.ours, &self.theirs) {
                (Value::String(ours), Value::String(theirs)) if ours.trim().is_empty() => Value::from(theirs.clone()),
                (Value::String(ours), Value::String(theirs)) if theirs.trim().is_empty() || ours == theirs => {
                    Value::from(ours.clone())
                }
                (Value::String(ours), Value::String(theirs)) => Value::from(format!("{ours}\n\n{theirs}")),
                (Value::Null, theirs) => theirs.clone(),
                (ours, _) => ours.clone(),
            },
        }
    }

    /// The path as steps.
    pub fn steps(&self) -> Vec<Step> {
        parse_path(&self.field)
    }
}

/// A version as the facilitator reads it: a text as it is, cleaned of what must never
/// reach a terminal; another value as JSON; nothing when that side deleted it.
pub fn shown_version(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => sanitize_text(text),
        other => sanitize_text(&other.to_string()),
    }
}

/// `review.items[r-01].text` as steps: keys between dots, element names in brackets.
fn parse_path(path: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']').unwrap_or(inner.len());
            steps.push(Step::Element(inner[..end].to_owned()));
            rest = inner.get(end + 1..).unwrap_or("");
        } else {
            let rest_of_key = rest.strip_prefix('.').unwrap_or(rest);
            let end = rest_of_key.find(['.', '[']).unwrap_or(rest_of_key.len());
            steps.push(Step::Key(rest_of_key[..end].to_owned()));
            rest = &rest_of_key[end..];
        }
    }
    steps
}

/// The session with the conflict at `index` resolved: its field set to `value` (null
/// deletes it) and the record gone. Fails, in words, when the field is no longer there
/// to be given a value, or the value is not one the field can hold.
pub fn resolve_conflict(session: &Session, index: usize, value: Value) -> Result<Session, String> {
    let conflict = session.conflicts.get(index).ok_or("that conflict is already resolved")?;
    let mut whole = serde_json::to_value(session).map_err(|e| e.to_string())?;
    if let Some(Value::Array(conflicts)) = whole.get_mut("conflicts") {
        conflicts.remove(index);
    }
    let steps = conflict.steps();
    let gone = || format!("{} is no longer in the session; keep the version that deletes it", conflict.field);
    if let Some((last, parents)) = steps.split_last() {
        let parent = parents.iter().try_fold(&mut whole, |at, step| step_into(at, step));
        match parent {
            Some(parent) => set(parent, last, value).map_err(|()| gone())?,
            // Nothing to delete where nothing is left.
            None if value.is_null() => {}
            None => return Err(gone()),
        }
    }
    let mut resolved: Session = serde_json::from_value(whole)
        .map_err(|e| format!("{} cannot hold that: {e}; keep ours or theirs", conflict.field))?;
    resolved.sanitize();
    Ok(resolved)
}

fn step_into<'a>(value: &'a mut Value, step: &Step) -> Option<&'a mut Value> {
    match (value, step) {
        (Value::Object(object), Step::Key(key)) => object.get_mut(key),
        (Value::Array(elements), Step::Element(name)) => elements.iter_mut().find(|e| is_named(e, name)),
        _ => None,
    }
}

/// An element of an array is named by its `id`, or a version by its `number`.
fn is_named(element: &Value, name: &str) -> bool {
    match (element.get("id"), element.get("number")) {
        (Some(Value::String(id)), _) => id == name,
        (_, Some(Value::Number(number))) => number.to_string() == name,
        _ => false,
    }
}

/// Gives the last step its value; null takes it away. Err when there is nowhere to put it.
fn set(parent: &mut Value, step: &Step, value: Value) -> Result<(), ()> {
    match (parent, step) {
        (Value::Object(object), Step::Key(key)) if value.is_null() => {
            object.remove(key);
        }
        (Value::Object(object), Step::Key(key)) => {
            object.insert(key.clone(), value);
        }
        (Value::Array(elements), Step::Element(name)) => {
            let position = elements.iter().position(|e| is_named(e, name));
            match (position, value.is_null()) {
                (Some(position), true) => {
                    elements.remove(position);
                }
                (Some(position), false) => elements[position] = value,
                (None, false) => elements.push(value),
                (None, true) => {}
            }
        }
        (_, _) if value.is_null() => {}
        _ => return Err(()),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::{PrincipleSet, ReviewItem, ReviewKind};

    fn conflicted() -> Session {
        let mut session = Session::new("s".into(), "t".into(), "2026-03-01T09:00:00Z".into(), PrincipleSet::amazon());
        session.press_release.problem = "Print too small.".into();
        let mut item = ReviewItem::new("r-01a".into(), ReviewKind::Concern, String::new());
        item.text = "Ours".into();
        session.review.items.push(item);
        session.conflicts.push(Conflict::new(
            "press_release.problem".into(),
            json!("Books too hard."),
            json!("Print too small."),
            json!("Print too dull."),
        ));
        session.conflicts.push(Conflict::new(
            "review.items[r-01a].text".into(),
            json!("Base"),
            json!("Ours"),
            json!("Theirs"),
        ));
        session
    }

    #[test]
    fn paths_read_as_keys_and_named_elements() {
        assert_eq!(
            parse_path("review.items[r-01a].text"),
            [
                Step::Key("review".into()),
                Step::Key("items".into()),
                Step::Element("r-01a".into()),
                Step::Key("text".into())
            ]
        );
        assert_eq!(
            parse_path("iterations[2].note"),
            [Step::Key("iterations".into()), Step::Element("2".into()), Step::Key("note".into())]
        );
    }

    #[test]
    fn keeping_a_version_sets_the_field_and_drops_only_that_record() {
        let session = conflicted();
        let theirs = session.conflicts[0].version(Keep::Theirs);
        let resolved = resolve_conflict(&session, 0, theirs).unwrap();
        assert_eq!(resolved.press_release.problem, "Print too dull.");
        assert_eq!(resolved.conflicts.len(), 1);
        assert_eq!(resolved.conflicts[0].field, "review.items[r-01a].text");

        let both = resolved.conflicts[0].version(Keep::Both);
        let resolved = resolve_conflict(&resolved, 0, both).unwrap();
        assert_eq!(resolved.review.items[0].text, "Ours\n\nTheirs");
        assert!(resolved.conflicts.is_empty());
    }

    #[test]
    fn a_side_that_deleted_an_item_deletes_it_when_kept() {
        let mut session = conflicted();
        session.conflicts[1] = Conflict::new("review.items[r-01a]".into(), json!({}), Value::Null, json!({}));
        let resolved = resolve_conflict(&session, 1, Value::Null).unwrap();
        assert!(resolved.review.items.is_empty());
    }

    #[test]
    fn a_value_the_field_cannot_hold_or_a_field_gone_is_said_in_words() {
        let mut session = conflicted();
        session.conflicts[1].field = "review.items[r-gone].text".into();
        assert!(resolve_conflict(&session, 1, json!("x")).unwrap_err().contains("no longer in the session"));
        session.conflicts[0].field = "review.items[r-01a].kind".into();
        assert!(resolve_conflict(&session, 0, json!("a\n\nb")).unwrap_err().contains("keep ours or theirs"));
    }

    #[test]
    fn both_keeps_one_text_when_the_other_is_empty_and_a_number_is_no_text() {
        let conflict = Conflict::new("x".into(), Value::Null, json!(""), json!("Theirs"));
        assert_eq!(conflict.version(Keep::Both), json!("Theirs"));
        assert!(!Conflict::new("x".into(), Value::Null, json!(3), json!(4)).is_text());
        assert_eq!(shown_version(&json!("a\u{1b}[2Jb")), "a[2Jb");
    }
}
