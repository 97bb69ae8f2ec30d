//! Renaming the session chosen on the list: its title is asked as a new session's is,
//! and the runner saves it through store (the file keeps its name, the id).

use super::common::{error, info};
use crate::app::{App, Effect, Overlay};
use crate::domain::Entry;

pub(super) fn ask_rename(app: &mut App) -> Vec<Effect> {
    match app.list.selected_entry() {
        Some(Entry::Session { path, summary }) if summary.read_only.is_some() => {
            let reason = summary.read_only.clone().unwrap_or_default();
            error(app, format!("Cannot rename {}: {reason}", crate::app::file_name(path)))
        }
        Some(Entry::Session { path, summary }) => {
            app.overlay = Some(Overlay::Rename { path: path.clone(), title: summary.title.clone() });
            Vec::new()
        }
        Some(Entry::Unreadable { reason, .. }) => error(app, format!("Cannot rename it: {reason}")),
        None => Vec::new(),
    }
}

pub(super) fn confirm_rename(app: &mut App, path: std::path::PathBuf, title: String) -> Vec<Effect> {
    if title.trim().is_empty() {
        app.overlay = Some(Overlay::Rename { path, title });
        return error(app, "Type a title first, e.g. Kids reader.".to_owned());
    }
    vec![Effect::Rename { path, title }]
}

pub(super) fn renamed(app: &mut App, renamed: Result<String, String>) -> Vec<Effect> {
    match renamed {
        Ok(title) => {
            info(app, format!("Renamed: {title}"));
            vec![Effect::List]
        }
        Err(message) => error(app, message),
    }
}
