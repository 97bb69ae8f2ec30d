//! What covers the screen: Enter settles it, Esc dismisses it.

use super::common::{error, mark_changed};
use super::review::{delete_item, picked};
use super::versions::{restore, snapshot};
use super::{outside_change, recovery};
use crate::app::{App, Effect, Now, Overlay, PickerPurpose, Presenter, SILENT_READING};
use crate::domain::{Verdict, parse_participants};

pub(super) fn confirm(app: &mut App, now: &Now) -> Vec<Effect> {
    match app.overlay.take() {
        Some(Overlay::NewTitle(title)) if title.trim().is_empty() => {
            app.overlay = Some(Overlay::NewTitle(title));
            error(app, "Type a title first, e.g. Kids reader.".to_owned())
        }
        Some(Overlay::NewTitle(title)) => vec![Effect::Create(title.trim().to_owned())],
        Some(Overlay::Rename { path, title }) => super::rename::confirm_rename(app, path, title),
        Some(Overlay::Agenda(agenda)) => super::agenda::set_timebox(app, agenda, now),
        Some(Overlay::ConfirmDelete { path, .. }) => vec![Effect::Trash(path)],
        Some(Overlay::ConfirmDeleteItem { index, .. }) => delete_item(app, index, now),
        Some(Overlay::ConfirmDeleteQuestion { part, index, .. }) => super::faq::delete_question(app, part, index, now),
        Some(Overlay::Capture(line)) => super::capture::add(app, line, now),
        Some(Overlay::Picker(picker)) if matches!(picker.purpose, PickerPurpose::ExportFormat(_)) => {
            super::documents::export_as(app, picker)
        }
        Some(Overlay::Picker(picker)) => picked(app, picker, now),
        Some(Overlay::ImportPath(prompt)) => super::documents::import_path(app, prompt),
        Some(Overlay::Notes(panel)) => super::coach_panel::go_to_note(app, panel),
        Some(Overlay::Verdict(draft)) if draft.reason.trim().is_empty() => {
            app.overlay = Some(Overlay::Verdict(draft));
            error(app, "Give the reason in a line, e.g. Back the pilot; close the revisions first.".to_owned())
        }
        Some(Overlay::Verdict(draft)) => {
            let Some(view) = app.session_mut() else { return Vec::new() };
            let extra = view.session.review.verdict.take().map(|v| v.extra).unwrap_or_default();
            let reason = draft.reason.trim().to_owned();
            view.session.review.verdict = Some(Verdict { decision: draft.decision, reason, extra });
            mark_changed(view, now);
            Vec::new()
        }
        Some(Overlay::People(draft)) => {
            let Some(view) = app.session_mut() else { return Vec::new() };
            view.session.facilitator = draft.facilitator.trim().to_owned();
            view.session.participants = parse_participants(&draft.participants);
            mark_changed(view, now);
            Vec::new()
        }
        Some(Overlay::Snapshot(draft)) => snapshot(app, draft, now),
        Some(Overlay::Decisions(log)) => super::decisions::confirm(app, log),
        Some(Overlay::ConfirmRestore { number }) => restore(app, number, now),
        Some(Overlay::OfferSilentReading) => {
            let reading_until = Some(now.instant + SILENT_READING);
            app.overlay = Some(Overlay::Presenter(Presenter { scroll: 0, reading_until, reading_paused: None }));
            Vec::new()
        }
        Some(
            Overlay::Help { .. }
            | Overlay::Coverage(_)
            | Overlay::Diff(_)
            | Overlay::Presenter(_)
            | Overlay::OfferRecovery
            | Overlay::OutsideChange(_)
            | Overlay::Conflicts(_)
            | Overlay::ImportReport { .. },
        ) => Vec::new(),
        None => {
            app.list.filtering = false;
            Vec::new()
        }
    }
}

/// Esc on what covers the screen: it closes, going back to the dialog a comparison was
/// asked from, except the two dialogs with a say in it. None when nothing covered it.
pub(super) fn dismiss_overlay(app: &mut App) -> Option<Vec<Effect>> {
    match app.overlay.take()? {
        Overlay::OfferRecovery => Some(recovery::later(app)),
        change @ Overlay::OutsideChange(_) => {
            app.overlay = Some(change);
            Some(outside_change::must_choose(app))
        }
        Overlay::Decisions(log) => Some(super::decisions::dismiss(app, log)),
        Overlay::Diff(diff) => {
            app.overlay = diff.back_to.map(|overlay| *overlay);
            Some(Vec::new())
        }
        _ => Some(Vec::new()),
    }
}
