//! Migrations of the session file from every older schema version to the current one.

use serde_json::Value;

use crate::domain::SCHEMA_VERSION;

/// One step: turns a file of version N into version N + 1.
type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[n]` migrates version n to n + 1.
const STEPS: [Step; SCHEMA_VERSION as usize] = [v0_to_v1, v1_to_v2];

/// Brings a parsed session file of version `from` up to [`SCHEMA_VERSION`].
pub fn migrate(mut value: Value, from: u32) -> Result<Value, String> {
    for step in STEPS.iter().skip(from as usize) {
        value = step(value)?;
    }
    Ok(value)
}

/// Drafts written before the format was versioned carry no `schema_version`; their
/// content is already that of version 1.
fn v0_to_v1(mut value: Value) -> Result<Value, String> {
    let object = value.as_object_mut().ok_or("the file does not hold a JSON object")?;
    object.insert("schema_version".to_owned(), Value::from(1));
    Ok(value)
}

/// Version 2 adds optional keys only: `conflicts` (recorded merge conflicts),
/// `kept_aside`, `imported_from`, `coach`, and `resolved` on review items. A version 1
/// file holds none of them, so its content is already that of version 2. The bump is
/// written only with the next change the user makes; an untouched file is never
/// rewritten.
fn v1_to_v2(mut value: Value) -> Result<Value, String> {
    let object = value.as_object_mut().ok_or("the file does not hold a JSON object")?;
    object.insert("schema_version".to_owned(), Value::from(2));
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_unversioned_file_becomes_version_one() {
        let migrated = v0_to_v1(json!({"id": "a", "title": "t"})).unwrap();
        assert_eq!(migrated["schema_version"], json!(1));
        assert_eq!(migrated["title"], json!("t"));
    }

    #[test]
    fn a_version_one_file_becomes_version_two_and_keeps_everything_else() {
        let file = json!({"schema_version": 1, "id": "a", "review": {"items": [{"id": "r1", "kind": "question"}]}, "odd": [1, 2]});
        let migrated = migrate(file.clone(), 1).unwrap();
        assert_eq!(migrated["schema_version"], json!(2));
        let mut expected = file;
        expected["schema_version"] = json!(2);
        assert_eq!(migrated, expected);
    }

    #[test]
    fn an_unversioned_file_goes_through_every_step() {
        assert_eq!(migrate(json!({"id": "a"}), 0).unwrap()["schema_version"], json!(SCHEMA_VERSION));
    }

    #[test]
    fn a_current_file_is_left_as_it_is() {
        let file = json!({"schema_version": SCHEMA_VERSION, "id": "a", "odd": [1, 2]});
        assert_eq!(migrate(file.clone(), SCHEMA_VERSION).unwrap(), file);
    }

    #[test]
    fn a_file_that_is_not_an_object_is_refused() {
        assert!(migrate(json!([1, 2]), 0).is_err());
    }
}
