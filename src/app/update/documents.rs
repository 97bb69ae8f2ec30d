//! Documents in and out: the list's `i` (a path, completed with Tab, imported as a new
//! session, then the report of what went where) and `x` (the format, then the export).

use std::path::PathBuf;

use super::common::{error, info, open_view};
use crate::app::{App, Choice, Effect, ImportDone, Now, Overlay, PathPrompt, Picker, PickerPurpose};
use crate::export::Format;
use crate::import::ImportReport;

/// What `x` offers, in this order.
const FORMATS: [Format; 3] = [Format::Markdown, Format::Docx, Format::Html];

pub(super) fn ask_import_path(app: &mut App) -> Vec<Effect> {
    app.overlay = Some(Overlay::ImportPath(PathPrompt::default()));
    Vec::new()
}

/// Tab: the next completion when the line holds one, else the folder's names are read.
pub(super) fn complete_path(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::ImportPath(prompt)) = &mut app.overlay else { return Vec::new() };
    if prompt.cycle() {
        return Vec::new();
    }
    vec![Effect::ReadFolder(PathBuf::from(prompt.folder()))]
}

pub(super) fn folder_read(app: &mut App, names: Result<Vec<(String, bool)>, String>) -> Vec<Effect> {
    let Some(Overlay::ImportPath(prompt)) = &mut app.overlay else { return Vec::new() };
    match names {
        Ok(names) if prompt.complete(&names) => Vec::new(),
        Ok(_) => {
            let folder = prompt.folder();
            info(app, format!("No name in {folder} starts with that."))
        }
        Err(message) => error(app, message),
    }
}

/// Enter on the path: import it, unless nothing was typed.
pub(super) fn import_path(app: &mut App, prompt: PathPrompt) -> Vec<Effect> {
    let path = prompt.text.trim().to_owned();
    if path.is_empty() {
        app.overlay = Some(Overlay::ImportPath(prompt));
        return error(app, "Type the path of a markdown file first; Tab completes it.".to_owned());
    }
    // The prompt stays until the session opens, so that a path refused can be put right.
    app.overlay = Some(Overlay::ImportPath(prompt));
    vec![Effect::Import(PathBuf::from(path))]
}

pub(super) fn imported(app: &mut App, done: Result<Box<ImportDone>, String>, now: &Now) -> Vec<Effect> {
    match done {
        Ok(done) => {
            let ImportDone { loaded, report } = *done;
            open_view(app, loaded, now);
            app.overlay = Some(Overlay::ImportReport { report: Box::new(report), scroll: 0 });
            Vec::new()
        }
        Err(message) => error(app, message),
    }
}

/// The session's `i`: what its import brought, as the report says it now.
pub(super) fn show_import(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session() else { return Vec::new() };
    let session = &view.session;
    let Some(from) = &session.imported_from else {
        return info(app, "This session was not imported.".to_owned());
    };
    let recognised = !(session.press_release.is_empty() && session.faq.is_empty() && session.customer.is_empty());
    let report = ImportReport::of(session, &from.file, recognised);
    app.overlay = Some(Overlay::ImportReport { report: Box::new(report), scroll: 0 });
    Vec::new()
}

pub(super) fn scroll_report(app: &mut App, by: isize) {
    if let Some(Overlay::ImportReport { scroll, .. }) = &mut app.overlay {
        // The overlay stops at its last row when drawn; a limit here keeps scrolling
        // back prompt after End.
        *scroll = scroll.saturating_add_signed(by).min(10_000);
    }
}

/// `x`: which format, the last one chosen first. `file` is the list's selection; None
/// exports the open session.
pub(super) fn ask_export_format(app: &mut App, file: Option<PathBuf>) -> Vec<Effect> {
    let choices = FORMATS
        .map(|format| {
            let (label, detail) = match format {
                Format::Markdown => ("Markdown (.md)", "for the repository"),
                Format::Docx => ("Word (.docx)", "for comments in the margin"),
                Format::Html => ("Web page (.html)", "one file that reads on a phone and prints well"),
            };
            Choice::new(format.extension(), label, detail, format == app.export_format)
        })
        .to_vec();
    let picker = Picker::new(PickerPurpose::ExportFormat(file), "Export as…", choices, false);
    app.overlay = Some(Overlay::Picker(picker));
    Vec::new()
}

/// The format chosen: remembered for the run, and the export asked for.
pub(super) fn export_as(app: &mut App, picker: Picker) -> Vec<Effect> {
    let PickerPurpose::ExportFormat(file) = picker.purpose.clone() else { return Vec::new() };
    let Some(crate::app::Picked::One(extension)) = picker.confirm() else { return Vec::new() };
    let Some(format) = FORMATS.into_iter().find(|format| format.extension() == extension) else { return Vec::new() };
    app.export_format = format;
    match (file, app.session()) {
        (Some(path), _) => vec![Effect::ExportFile(path, format)],
        (None, Some(view)) => vec![Effect::Export(Box::new(view.session.clone()), format)],
        (None, None) => Vec::new(),
    }
}
