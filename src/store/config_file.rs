use crate::config::Config;

use super::{Paths, StoreError};

/// The user's settings from `config.json` in the config folder; none when it is absent.
pub fn load_config(paths: &Paths) -> Result<Config, StoreError> {
    let file = paths.config_file();
    let problem = |problem: String| StoreError::Config { path: file.clone(), problem };
    match std::fs::read_to_string(&file) {
        Ok(text) => Config::from_json(&text).map_err(problem),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(problem(format!("cannot read it ({e})"))),
    }
}
