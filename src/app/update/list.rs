//! The list of sessions: the selection, what Enter, d, x, f and c do there, and the
//! folder's contents as read.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use super::common::{error, info};
use super::recovery;
use crate::app::{App, Choice, Coverage, Effect, Now, Overlay, Picker, PickerPurpose};
use crate::domain::count;
use crate::domain::filters_in;
use crate::domain::{Entry, FolderStamp, Listing};

pub(super) fn move_selection(app: &mut App, by: isize) -> Vec<Effect> {
    let count = app.list.visible().len();
    app.list.selected = match by {
        isize::MIN => 0,
        isize::MAX => count.saturating_sub(1),
        _ => app.list.selected.saturating_add_signed(by).min(count.saturating_sub(1)),
    };
    Vec::new()
}

pub(super) fn open_selected(app: &mut App) -> Vec<Effect> {
    match app.list.selected_entry() {
        Some(Entry::Session { path, .. }) => vec![Effect::Open(path.clone())],
        Some(Entry::Unreadable { reason, .. }) => error(app, format!("Cannot open it: {reason}")),
        None => Vec::new(),
    }
}

pub(super) fn ask_delete(app: &mut App) -> Vec<Effect> {
    if let Some(entry) = app.list.selected_entry() {
        let title = match entry {
            Entry::Session { summary, .. } => summary.title.clone(),
            Entry::Unreadable { path, .. } => super::file_name(path),
        };
        app.overlay = Some(Overlay::ConfirmDelete { path: entry.path().to_path_buf(), title });
    }
    Vec::new()
}

pub(super) fn export_selected(app: &mut App) -> Vec<Effect> {
    match app.list.selected_entry() {
        Some(Entry::Session { path, .. }) => {
            let path = path.clone();
            super::documents::ask_export_format(app, Some(path))
        }
        Some(Entry::Unreadable { reason, .. }) => error(app, format!("Cannot export it: {reason}")),
        None => Vec::new(),
    }
}

/// The list's filters by what reviews decided, to choose from.
pub(super) fn pick_facets(app: &mut App) -> Vec<Effect> {
    let choices = filters_in(&app.list.listing)
        .into_iter()
        .map(|(facet, sessions)| {
            let chosen = app.list.facets.contains(&facet);
            Choice::new(facet.key(), facet.label(), count(sessions, "session"), chosen)
        })
        .collect::<Vec<_>>();
    if choices.is_empty() {
        return info(app, "No session has review decisions or a verdict to filter by yet.".to_owned());
    }
    let title = "Show sessions where…";
    app.overlay = Some(Overlay::Picker(Picker::new(PickerPurpose::ListFacets, title, choices, true)));
    Vec::new()
}

/// The principle coverage chart: of the open session, or of the sessions listed.
pub(super) fn show_coverage(app: &mut App) -> Vec<Effect> {
    let coverage = match app.session() {
        Some(view) => Coverage::of_session(&view.session),
        None => {
            let visible = app.list.visible();
            let summaries = visible.iter().filter_map(|entry| match entry {
                Entry::Session { summary, .. } => Some(summary.as_ref()),
                Entry::Unreadable { .. } => None,
            });
            Coverage::of_sessions(summaries, &app.principles)
        }
    };
    app.overlay = Some(Overlay::Coverage(coverage));
    Vec::new()
}

pub(super) fn listed(app: &mut App, listing: Listing) -> Vec<Effect> {
    app.list.listing = listing;
    // What the filter searches may have changed with the files: read it again now
    // if a filter is in use (the old text serves until then), else when it is.
    let reindex = app.list.content.is_some() && !app.list.filter.trim().is_empty();
    if !reindex {
        app.list.content = None;
    }
    if let Some(path) = app.list.reselect.take() {
        app.list.selected = app.list.visible().iter().position(|e| e.path() == path).unwrap_or(0);
    }
    move_selection(app, 0);
    recovery::offer_next(app);
    if reindex { vec![Effect::IndexContent] } else { Vec::new() }
}

/// How often the list looks at the folder for files added or removed elsewhere.
const STAMP_FOLDER_EVERY: Duration = Duration::from_secs(2);

pub(super) fn stamp_folder_when_due(app: &mut App, now: &Now) -> Vec<Effect> {
    if app.list.stamped_at.is_some_and(|at| now.instant.saturating_duration_since(at) < STAMP_FOLDER_EVERY) {
        return Vec::new();
    }
    app.list.stamped_at = Some(now.instant);
    vec![Effect::StampFolder]
}

/// The first stamp only remembers the folder; a later, different one reads the list
/// again, keeping the selected session selected.
pub(super) fn folder_stamped(app: &mut App, stamp: Option<FolderStamp>) -> Vec<Effect> {
    let changed = app.list.stamp.is_some() && stamp != app.list.stamp;
    app.list.stamp = stamp;
    if !changed || app.session().is_some() {
        return Vec::new();
    }
    if app.list.reselect.is_none() {
        app.list.reselect = app.list.selected_entry().map(|entry| entry.path().to_path_buf());
    }
    vec![Effect::List]
}

pub(super) fn content_indexed(app: &mut App, content: HashMap<PathBuf, String>) -> Vec<Effect> {
    app.list.content = Some(content);
    move_selection(app, 0)
}
