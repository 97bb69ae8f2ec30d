//! The session file changed on disk while it was open (a git pull, a sync tool, another
//! machine). With nothing unsaved here, the version on disk is simply shown; otherwise
//! the user chooses: reload theirs, keep mine, or compare. Whichever is set aside is
//! kept as a conflict copy beside the file; nothing is ever overwritten unseen.

use std::path::PathBuf;
use std::time::Instant;

use super::common::{after_save, close_editor, error, info, mark_changed, save_effect};
use crate::app::{App, DiffView, Effect, Now, OutsideChange, Overlay, SessionView, file_name};
use crate::domain::{Access, Loaded, Side, count, diff_drafts};
use crate::merge::merge_sessions;

pub(super) fn found(app: &mut App, change: OutsideChange) -> Vec<Effect> {
    // A check that comes back after its session was closed is about nothing on screen.
    let now = app.now;
    let Some(view) = app.session_mut().filter(|view| view.path == change.path) else { return Vec::new() };
    let unsaved = view.save.dirty;
    match change.theirs {
        Ok(theirs) if !unsaved => {
            replace_with_theirs(view, *theirs, now);
            super::conflicts::offer(app);
            info(
                app,
                "Reloaded: the file changed on disk (another window, a pull, a sync tool); nothing here was unsaved."
                    .to_owned(),
            )
        }
        theirs => {
            // Until the choice is made nothing is saved, so the typing goes to the
            // recovery copy at once.
            let keep_safe = Effect::WriteRecovery(Box::new(view.session.clone()));
            view.save.recovery_behind = false;
            view.save.awaiting_choice = true;
            app.overlay = Some(Overlay::OutsideChange(OutsideChange {
                path: change.path,
                fingerprint: change.fingerprint,
                theirs,
            }));
            vec![keep_safe]
        }
    }
}

/// `r`: theirs replaces mine, which is first written beside the file when it holds
/// anything unsaved.
pub(super) fn reload(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::OutsideChange(OutsideChange { theirs: Ok(_), .. })) = &app.overlay else {
        return error(app, "The version on disk cannot be read, so it cannot be reloaded: k keeps yours.".to_owned());
    };
    let Some(view) = app.session() else { return Vec::new() };
    if view.save.dirty {
        return vec![Effect::WriteConflictCopy { path: view.path.clone(), session: Box::new(view.session.clone()) }];
    }
    mine_kept_aside(app, Ok(None))
}

/// Mine is safe beside the file (or had nothing to keep): theirs is shown.
pub(super) fn mine_kept_aside(app: &mut App, written: Result<Option<PathBuf>, String>) -> Vec<Effect> {
    let copy = match written {
        Ok(copy) => copy,
        Err(message) => {
            return error(app, format!("Yours could not be kept aside, so nothing was reloaded: {message}"));
        }
    };
    let Some(Overlay::OutsideChange(OutsideChange { theirs: Ok(theirs), .. })) = app.overlay.take() else {
        return Vec::new();
    };
    let now = app.now;
    let Some(view) = app.session_mut() else { return Vec::new() };
    let then = view.save.then.take();
    replace_with_theirs(view, *theirs, now);
    let mut effects = vec![Effect::RemoveRecovery(view.session.id.clone())];
    let text = match copy {
        Some(copy) => format!("Reloaded the version on disk; yours is kept beside it as {}.", file_name(&copy)),
        None => "Reloaded the version on disk.".to_owned(),
    };
    info(app, text);
    super::conflicts::offer(app);
    effects.extend(after_save(app, then));
    effects
}

/// `k`: mine is saved over the file; theirs is first kept beside it.
pub(super) fn keep_mine(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(Overlay::OutsideChange(change)) = app.overlay.take() else { return Vec::new() };
    let Some(view) = app.session_mut() else { return Vec::new() };
    view.save.dirty = true;
    view.save.awaiting_choice = false;
    match save_effect(view, now) {
        Some(Effect::Save { path, session, changed_at, .. }) => {
            vec![Effect::KeepMine { path, session, theirs: change.fingerprint, changed_at }]
        }
        _ => Vec::new(),
    }
}

/// `m`: theirs and mine merged by meaning, the version read here as their common
/// base, and saved over theirs; texts both changed become recorded conflicts.
pub(super) fn merge(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(Overlay::OutsideChange(change)) = app.overlay.take() else { return Vec::new() };
    let Ok(theirs) = &change.theirs else {
        app.overlay = Some(Overlay::OutsideChange(change));
        return error(app, "The version on disk cannot be read, so it cannot be merged: k keeps yours.".to_owned());
    };
    let Some(view) = app.session_mut() else { return Vec::new() };
    close_editor(view);
    let merged = merge_sessions(Some(&view.as_loaded), &view.session, &theirs.session);
    let (session, conflicts) = match merged {
        Ok(merged) => merged,
        Err(message) => {
            app.overlay = Some(Overlay::OutsideChange(change));
            return error(app, format!("Could not merge: {message}; r reloads theirs, k keeps yours."));
        }
    };
    view.as_loaded = theirs.session.clone();
    view.session = session;
    view.recount_all();
    view.focus = view.focus.min(view.fields().len().saturating_sub(1));
    view.review.open_item = None;
    view.loaded_from = Some(change.fingerprint);
    view.save.awaiting_choice = false;
    mark_changed(view, now);
    let effects = save_effect(view, now).into_iter().collect();
    let text = match conflicts {
        0 => "Merged the version on disk with yours.".to_owned(),
        n => format!("Merged the version on disk with yours; {} recorded to resolve.", count(n, "conflict")),
    };
    info(app, text);
    super::conflicts::offer(app);
    effects
}

/// `c`: what theirs has that mine has not, and back to the choice on Esc.
pub(super) fn compare(app: &mut App) -> Vec<Effect> {
    let Some(Overlay::OutsideChange(change)) = app.overlay.take() else { return Vec::new() };
    let parts = match (&change.theirs, app.session()) {
        (Ok(theirs), Some(view)) => match (theirs.session.draft_at(Side::Draft), view.session.draft_at(Side::Draft)) {
            (Some(on_disk), Some(mine)) => Some(diff_drafts(on_disk, mine)),
            _ => None,
        },
        _ => None,
    };
    let Some(parts) = parts else {
        app.overlay = Some(Overlay::OutsideChange(change));
        return error(app, "The version on disk cannot be read, so there is nothing to compare.".to_owned());
    };
    let mut diff = DiffView::new("From the version on disk to yours".to_owned(), parts);
    diff.back_to = Some(Box::new(Overlay::OutsideChange(change)));
    app.overlay = Some(Overlay::Diff(diff));
    Vec::new()
}

/// Esc: the choice cannot be put off, since nothing is saved until it is made.
pub(super) fn must_choose(app: &mut App) -> Vec<Effect> {
    error(
        app,
        "Choose first: r reloads theirs, k keeps yours, m merges both, c compares; your typing is safe meanwhile."
            .to_owned(),
    )
}

/// The view shows the version on disk, keeping where the user was.
fn replace_with_theirs(view: &mut SessionView, theirs: Loaded, now: Instant) {
    // Read-only stays read-only (another instance holds the lock) unless the version on
    // disk is itself one this Backwards may not write.
    let access = match theirs.access {
        Access::ReadWrite => view.access.clone(),
        read_only => read_only,
    };
    let mut fresh = SessionView::new(theirs.session, theirs.path, Some(theirs.fingerprint), access);
    fresh.timer_since = match view.read_only_reason() {
        Some(_) => mirrored_timer(view, &fresh, now),
        None => view.timer_since,
    };
    fresh.stage = view.stage;
    fresh.today = view.today;
    fresh.review = view.review;
    fresh.save.checked_disk_at = view.save.checked_disk_at;
    let count = fresh.fields().len();
    fresh.focus = view.focus.min(count.saturating_sub(1));
    *view = fresh;
}

/// A read-only window cannot run the timer, but it can follow the window that does: that
/// one saves the seconds spent every 15 s as its timer runs, so seconds that grew on
/// disk for the stage shown here mean a running timer, counted here from when they were seen
/// (and let go of by [`MIRRORED_TIMER_LAPSES_AFTER`] without news).
fn mirrored_timer(shown: &SessionView, fresh: &SessionView, now: Instant) -> Option<Instant> {
    let stage = shown.stage();
    let grew = fresh.session.timeboxes.spent_seconds.get(stage) > shown.session.timeboxes.spent_seconds.get(stage);
    if grew { Some(now) } else { shown.timer_since }
}

/// Longer than the running timer's saves (every 15 s, a second after) and the disk
/// checks (every 2 s) leave between two news of it: past this, it has stopped.
pub(super) const MIRRORED_TIMER_LAPSES_AFTER: std::time::Duration = std::time::Duration::from_secs(20);
