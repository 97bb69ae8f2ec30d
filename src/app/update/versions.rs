//! Versions of the draft: freezing one (with its note and the decisions it addresses),
//! comparing two, restoring one.

use super::common::{close_editor, error, info, mark_changed, writable};
use super::navigation::go_to_stage;
use super::review::first_line;
use crate::app::{App, DiffView, Effect, Field, ItemPart, Now, Overlay, SessionView, SnapshotDraft, Tick};
use crate::domain::{Side, Stage, count, diff_drafts};

pub(super) fn ask_snapshot(app: &mut App) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    close_editor(view);
    let session = &view.session;
    if let Some(number) = session.version_holding_the_draft() {
        return info(app, format!("Version {number} already holds the draft as it is: change it first, then s."));
    }
    let revisions = session
        .open_revisions()
        .map(|item| Tick { id: item.id.clone(), text: first_line(&item.text, &item.id).to_owned(), ticked: false })
        .collect();
    app.overlay = Some(Overlay::Snapshot(SnapshotDraft { note: String::new(), revisions, cursor: None }));
    Vec::new()
}

/// A key in the snapshot dialog: ↑ ↓ Tab move between the note and the decisions,
/// Space ticks a decision, anything else types the note.
/// Down from the note to the first decision, up from the first back to the note.
pub(super) fn move_tick(draft: &mut SnapshotDraft, by: isize) {
    let last = draft.revisions.len().checked_sub(1);
    draft.cursor = match draft.cursor {
        None if by > 0 => last.map(|_| 0),
        None => None,
        Some(0) if by < 0 => None,
        Some(at) => Some(at.saturating_add_signed(by).min(last.unwrap_or(0))),
    };
}

pub(super) fn toggle_tick(draft: &mut SnapshotDraft) {
    if let Some(tick) = draft.cursor.and_then(|at| draft.revisions.get_mut(at)) {
        tick.ticked = !tick.ticked;
    }
}

pub(super) fn snapshot(app: &mut App, draft: SnapshotDraft, now: &Now) -> Vec<Effect> {
    if draft.note.trim().is_empty() {
        app.overlay = Some(Overlay::Snapshot(draft));
        return error(
            app,
            "Say in a line what changed and why, e.g. Rewrote the FAQ for families without a car.".to_owned(),
        );
    }
    let Some(view) = writable(app) else { return Vec::new() };
    let addresses: Vec<String> = draft.revisions.into_iter().filter(|t| t.ticked).map(|t| t.id).collect();
    let addressed = addresses.len();
    let number = view.session.freeze(draft.note.trim().to_owned(), addresses, now.timestamp.clone());
    mark_changed(view, now);
    let mut text = format!("Version {number} made.");
    if addressed > 0 {
        text.push_str(&format!(" It addresses {}.", count(addressed, "decision")));
    }
    info(app, text)
}

/// What a version or the draft is compared with when Enter is pressed on it: the side
/// marked with m if there is one, else the version before it (what it changed), else the
/// draft; older always on the left.
fn sides(view: &SessionView, focused: Side) -> Option<(Side, Side)> {
    let numbers: Vec<u32> = view.session.iterations.iter().map(|v| v.number).collect();
    let other = match (view.compare_from, focused) {
        (Some(marked), _) if marked != focused => marked,
        (_, Side::Draft) => Side::Version(*numbers.last()?),
        (_, Side::Version(number)) => match numbers.iter().rev().find(|n| **n < number) {
            Some(before) => Side::Version(*before),
            None => Side::Draft,
        },
    };
    let order = |side: Side| match side {
        Side::Version(number) => number,
        Side::Draft => u32::MAX,
    };
    Some(if order(other) < order(focused) { (other, focused) } else { (focused, other) })
}

fn focused_side(view: &SessionView) -> Option<Side> {
    match view.focused_field()? {
        Field::Version(index) => Some(Side::Version(view.session.iterations.get(index)?.number)),
        Field::Draft => Some(Side::Draft),
        _ => None,
    }
}

pub(super) fn compare(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session() else { return Vec::new() };
    let Some(focused) = focused_side(view) else { return Vec::new() };
    let Some((from, to)) = sides(view, focused) else {
        return info(app, "No versions yet: s freezes the draft as version 1.".to_owned());
    };
    let (Some(old), Some(new)) = (view.session.draft_at(from), view.session.draft_at(to)) else { return Vec::new() };
    let parts = diff_drafts(old, new);
    let title = format!("Changes from {} to {}", from.label(), to.label());
    app.overlay = Some(Overlay::Diff(DiffView::new(title, parts)));
    Vec::new()
}

pub(super) fn mark_compare(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    let Some(focused) = focused_side(view) else {
        return info(app, "Move to a version or the draft first, then m marks it for comparing.".to_owned());
    };
    if view.compare_from == Some(focused) {
        view.compare_from = None;
        return info(app, "Mark taken off.".to_owned());
    }
    view.compare_from = Some(focused);
    info(app, format!("Comparing from {}: Enter on another version compares the two.", focused.label()))
}

pub(super) fn ask_restore(app: &mut App) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    match focused_side(view) {
        Some(Side::Version(number)) => {
            app.overlay = Some(Overlay::ConfirmRestore { number });
            Vec::new()
        }
        _ => info(app, "Move to a version first: R puts it back into the draft.".to_owned()),
    }
}

pub(super) fn restore(app: &mut App, number: u32, now: &Now) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let Some(kept) = view.session.restore(number, now.timestamp.clone()) else { return Vec::new() };
    view.recount_all();
    view.compare_from = None;
    mark_changed(view, now);
    let text = match kept {
        Some(kept) => format!("Version {number} is the draft again; the draft it replaced is version {kept}."),
        None => format!("Version {number} is the draft again; the draft it replaced was already a version."),
    };
    info(app, text)
}

/// Enter on a decision still to revise: the review, with that decision open.
pub(super) fn open_revision(app: &mut App, index: usize, now: &Now) -> Vec<Effect> {
    let effects = go_to_stage(app, Stage::Review, now);
    if let Some(view) = app.session_mut() {
        view.review.open_item = Some(index);
        view.focus_on(Field::ItemPart(index, ItemPart::Outcome));
    }
    effects
}

pub(super) fn scroll(app: &mut App, by: isize) {
    if let Some(Overlay::Help { scroll }) = &mut app.overlay {
        // Help stops at its last row when drawn; a limit here keeps scrolling back
        // prompt after End.
        *scroll = scroll.saturating_add_signed(by).min(10_000);
    }
    if let Some(Overlay::Presenter(presenter)) = &mut app.overlay {
        // The presenter view stops at its last row when drawn; a limit here keeps
        // scrolling back prompt after End.
        presenter.scroll = presenter.scroll.saturating_add_signed(by).min(10_000);
    }
    if let Some(Overlay::Diff(diff)) = &mut app.overlay {
        // Never further than there are lines, so that scrolling back starts at once.
        let lines: usize = diff
            .parts
            .iter()
            .map(|part| 2 + part.segments.iter().map(|s| s.text().matches('\n').count()).sum::<usize>())
            .sum();
        diff.scroll = diff.scroll.saturating_add_signed(by).min(lines);
    }
}
