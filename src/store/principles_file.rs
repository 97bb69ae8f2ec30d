use std::path::Path;

use crate::domain::PrincipleSet;

use super::{Paths, StoreError};

/// The principle set new sessions are tagged with: the file named by `--principles`,
/// else `principles.json` in the config folder when it exists, else Amazon's sixteen.
pub fn load_principles(paths: &Paths, named: Option<&Path>) -> Result<PrincipleSet, StoreError> {
    let default_file = paths.principles_file();
    let file = match named {
        Some(file) => file,
        None if default_file.exists() => default_file.as_path(),
        None => return Ok(PrincipleSet::amazon()),
    };
    let problem = |problem: String| StoreError::Principles { path: file.to_path_buf(), problem };
    let text = std::fs::read_to_string(file).map_err(|e| problem(format!("cannot read it ({e})")))?;
    PrincipleSet::from_json(&text).map_err(|e| problem(e.to_string()))
}
