//! Saving: autosave on the tick, Ctrl+S, Ctrl+Q, and what a save's result changes.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::domain::printable;

use super::common::{after_save, close_editor, error, info, mark_changed, quit, save_effect};
use super::overlays::confirm;
use crate::app::{AUTOSAVE_AFTER, AUTOSAVE_AT_MOST_EVERY, AfterSave, App, Effect, Now, Overlay, file_name};
use crate::domain::Saved;

/// A running timer's seconds go into the session this often, so that a restart, or a
/// laptop that dies, loses at most these.
const TIMER_SAVED_EVERY_SECONDS: u64 = 15;

/// How often an open session's file is compared with what it held when read: a
/// change made elsewhere (a pull, a sync tool) shows within this.
const CHECK_DISK_EVERY: Duration = Duration::from_secs(2);

pub(super) fn autosave(app: &mut App, now: &Now) -> Vec<Effect> {
    if app.session().is_none() {
        return super::list::stamp_folder_when_due(app, now);
    }
    let Some(view) = app.session_mut() else { return Vec::new() };
    let choosing = view.save.awaiting_choice;
    if view.read_only_reason().is_some()
        && view.timer_since.is_some_and(|since| {
            now.instant.saturating_duration_since(since) >= super::outside_change::MIRRORED_TIMER_LAPSES_AFTER
        })
    {
        view.timer_since = None;
    }
    if view.read_only_reason().is_none()
        && view
            .timer_since
            .is_some_and(|since| now.instant.saturating_duration_since(since).as_secs() >= TIMER_SAVED_EVERY_SECONDS)
    {
        view.fold_timer(now.instant);
        mark_changed(view, now);
    }
    let waited =
        |since: Option<Instant>, long: Duration| since.is_some_and(|at| now.instant.duration_since(at) >= long);
    let due = waited(view.save.last_change, AUTOSAVE_AFTER) || waited(view.save.unsaved_since, AUTOSAVE_AT_MOST_EVERY);
    if due
        && !choosing
        && let Some(save) = save_effect(view, now)
    {
        return vec![save];
    }
    // Between saves, or while saves fail, the typing is kept in the recovery copy.
    if view.save.dirty && view.save.recovery_behind && view.read_only_reason().is_none() {
        view.save.recovery_behind = false;
        return vec![Effect::WriteRecovery(Box::new(view.session.clone()))];
    }
    let check_due = view.save.checked_disk_at.is_none_or(|at| now.instant.duration_since(at) >= CHECK_DISK_EVERY);
    if !choosing
        && check_due
        && let Some(loaded_from) = view.loaded_from
    {
        view.save.checked_disk_at = Some(now.instant);
        return vec![Effect::CheckOnDisk { path: view.path.clone(), loaded_from }];
    }
    Vec::new()
}

pub(super) fn save_now(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    if let Some(reason) = view.read_only_reason() {
        let text = format!("Read-only: {reason}");
        return error(app, text);
    }
    match save_effect(view, now) {
        Some(effect) => vec![effect],
        None => info(app, "Saved: nothing changed since the last save.".to_owned()),
    }
}

pub(super) fn save_and_quit(app: &mut App, now: &Now) -> Vec<Effect> {
    // What a dialog holds is typed words too: kept if it can be, else the quit waits.
    if matches!(app.overlay, Some(Overlay::Verdict(_) | Overlay::People(_) | Overlay::Snapshot(_))) {
        confirm(app, now);
        if app.overlay.is_some() {
            let text = app.notice.as_ref().map_or(String::new(), |notice| format!("{} ", notice.text));
            return error(app, format!("{text}Not quit yet: finish the dialog, or Esc to drop it."));
        }
    }
    let Some(view) = app.session_mut() else { return quit(app) };
    close_editor(view);
    if view.save.quit_unsaved_armed {
        return quit(app);
    }
    match save_effect(view, now) {
        Some(effect) => {
            view.save.then = Some(AfterSave::Quit);
            vec![effect]
        }
        None => quit(app),
    }
}

/// A save's result. One for a session no longer open is about nothing on screen; one
/// overtaken by a later change records what the file now holds, and that change stays
/// unsaved.
pub(super) fn save_finished(
    app: &mut App,
    path: &Path,
    changed_at: Option<Instant>,
    result: Result<Saved, String>,
    now: &Now,
) -> Vec<Effect> {
    let Some(view) = app.session_mut().filter(|view| view.path == path) else { return Vec::new() };
    let then = view.save.then.take();
    match result {
        // Nothing was written: the file changed on disk. What it holds now decides
        // (`ChangedOnDisk`); meanwhile the save waits, as after a failure.
        Ok(Saved::ChangedOnDisk) => {
            view.save.then = then;
            view.save.last_change = Some(now.instant);
            view.save.unsaved_since = Some(now.instant);
            match view.loaded_from {
                Some(loaded_from) => {
                    view.save.checked_disk_at = Some(now.instant);
                    vec![Effect::CheckOnDisk { path: view.path.clone(), loaded_from }]
                }
                // A new file's name was taken meanwhile.
                None => error(app, format!("{} changed on disk while saving", path.display())),
            }
        }
        Ok(saved) => {
            let mut notice = None;
            if let Some(written) = view.saving.take() {
                view.as_loaded = written;
            }
            match saved {
                Saved::Written(fingerprint) => view.loaded_from = Some(fingerprint),
                Saved::KeptMine { fingerprint, theirs } => {
                    view.loaded_from = Some(fingerprint);
                    notice = Some(format!(
                        "Yours is saved; the version that was on disk is kept beside it as {}.",
                        file_name(&theirs)
                    ));
                }
                Saved::ChangedOnDisk => {}
            }
            let overtaken = view.save.last_change != changed_at;
            view.save.failed = None;
            view.save.last_saved = Some(now.instant);
            view.save.quit_unsaved_armed = false;
            let mut effects = Vec::new();
            if !overtaken {
                view.save.dirty = false;
                view.save.recovery_behind = false;
                view.save.unsaved_since = None;
                effects.push(Effect::RemoveRecovery(view.session.id.clone()));
            }
            if let Some(text) = notice {
                info(app, text);
            }
            effects.extend(after_save(app, then));
            effects
        }
        Err(message) => {
            view.save.failed = Some(printable(&message));
            // Try again a second from now rather than on every tick.
            view.save.last_change = Some(now.instant);
            view.save.unsaved_since = Some(now.instant);
            if then == Some(AfterSave::Quit) {
                view.save.quit_unsaved_armed = true;
                return error(
                    app,
                    format!("Not saved. Ctrl+Q again quits WITHOUT saving; Ctrl+S tries again. {message}"),
                );
            }
            Vec::new()
        }
    }
}
