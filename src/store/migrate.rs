//! Migrations of the session file from every older schema version to the current one.

use serde_json::Value;

use crate::domain::SCHEMA_VERSION;

/// One step: turns a file of version N into version N + 1.
type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[n]` migrates version n to n + 1.
const STEPS: [Step; SCHEMA_VERSION as usize] = [v0_to_v1];

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_unversioned_file_becomes_version_one() {
        let migrated = migrate(json!({"id": "a", "title": "t"}), 0).unwrap();
        assert_eq!(migrated["schema_version"], json!(1));
        assert_eq!(migrated["title"], json!("t"));
    }

    #[test]
    fn a_current_file_is_left_as_it_is() {
        let file = json!({"schema_version": 1, "id": "a", "odd": [1, 2]});
        assert_eq!(migrate(file.clone(), SCHEMA_VERSION).unwrap(), file);
    }

    #[test]
    fn a_file_that_is_not_an_object_is_refused() {
        assert!(migrate(json!([1, 2]), 0).is_err());
    }
}
