//! Arrays: those whose elements have an identity (review items, FAQ questions and
//! principles by `id`, versions by `number`) merge element by element; any other array
//! (participants, a decision's principles, recorded conflicts) merges as a set.

use std::collections::HashMap;

use serde_json::Value;

use super::Merger;
use super::path::Path;

/// The key that names an element of the array at `path`, if its elements have one.
fn identity_key(path: &Path) -> Option<&'static str> {
    if path.is_key("items") || path.is_key("external") || path.is_key("internal") {
        Some("id")
    } else if path.is_top("iterations") {
        Some("number")
    } else {
        None
    }
}

/// The identity of each element, if every element has one and no two share it.
fn identities(elements: &[Value], key: &str) -> Option<Vec<String>> {
    let names: Vec<String> = elements
        .iter()
        .map(|e| match e.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort();
    sorted.dedup();
    (sorted.len() == names.len()).then_some(names)
}

impl Merger {
    pub(super) fn merge_array(
        &mut self,
        path: &Path,
        base: Option<&Vec<Value>>,
        ours: &[Value],
        theirs: &[Value],
    ) -> Vec<Value> {
        let empty = Vec::new();
        let base_elements = base.unwrap_or(&empty);
        let keyed = identity_key(path).and_then(|key| {
            Some((key, identities(base_elements, key)?, identities(ours, key)?, identities(theirs, key)?))
        });
        match keyed {
            Some((key, base_ids, our_ids, their_ids)) => {
                let base_side = Side::new(base_elements, base_ids);
                let our_side = Side::new(ours, our_ids);
                let their_side = Side::new(theirs, their_ids);
                self.merge_by_identity(path, key, &base_side, &our_side, &their_side)
            }
            None => merge_as_set(base_elements, ours, theirs),
        }
    }

    /// Ours in its order, then what only theirs has, each element merged with its
    /// namesakes. Two versions both sides froze under one number are both kept: theirs
    /// is numbered after the last.
    fn merge_by_identity(&mut self, path: &Path, key: &str, base: &Side, ours: &Side, theirs: &Side) -> Vec<Value> {
        let mut merged = Vec::with_capacity(ours.elements.len().max(theirs.elements.len()));
        let mut renumbered = Vec::new();
        let mut next_number = [base, ours, theirs]
            .iter()
            .flat_map(|side| side.elements.iter().filter_map(|e| e.get(key)?.as_u64()))
            .max()
            .unwrap_or(0);
        for (id, element) in ours.ids.iter().zip(ours.elements) {
            let common = base.find(id);
            let other = theirs.find(id);
            if key == "number" && common.is_none() && other.is_some_and(|t| t != element) {
                next_number += 1;
                let mut moved = other.cloned().unwrap_or(Value::Null);
                moved[key] = Value::from(next_number);
                renumbered.push(moved);
                merged.push(element.clone());
                continue;
            }
            if let Some(value) = self.merge(&path.element(id), common, Some(element), other) {
                merged.push(value);
            }
        }
        for (id, element) in theirs.ids.iter().zip(theirs.elements).filter(|(id, _)| ours.find(id).is_none()) {
            if let Some(value) = self.merge(&path.element(id), base.find(id), None, Some(element)) {
                merged.push(value);
            }
        }
        merged.extend(renumbered);
        merged
    }
}

struct Side<'a> {
    elements: &'a [Value],
    ids: Vec<String>,
    positions: HashMap<String, usize>,
}

impl<'a> Side<'a> {
    fn new(elements: &'a [Value], ids: Vec<String>) -> Self {
        let positions = ids.iter().enumerate().map(|(index, id)| (id.clone(), index)).collect();
        Self { elements, ids, positions }
    }

    fn find(&self, id: &str) -> Option<&Value> {
        self.positions.get(id).map(|&index| &self.elements[index])
    }
}

/// Ours, less what theirs removed from the base, then what theirs added.
fn merge_as_set(base: &[Value], ours: &[Value], theirs: &[Value]) -> Vec<Value> {
    let removed_by_theirs = |v: &&Value| base.contains(v) && !theirs.contains(v);
    let added_by_theirs = |v: &&Value| !base.contains(v) && !ours.contains(v);
    let mut merged: Vec<Value> = ours.iter().filter(|v| !removed_by_theirs(v)).cloned().collect();
    merged.extend(theirs.iter().filter(added_by_theirs).cloned());
    merged
}
