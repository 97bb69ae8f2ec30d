//! Moving about a session: fields, stages, Esc back out, Enter into a field, the timer.

use super::common::{
    check_due_date, close_editor, info, mark_changed, open_editor, remember_position, save_effect, to_list, writable,
};
use super::editing::cycle_choice;
use super::faq::drop_blank_questions;
use super::overlays::dismiss_overlay;
use super::review::{edit_people, pick_for_item, pick_principles};
use super::versions::{compare, open_revision};
use crate::app::{AfterSave, App, Effect, Field, ItemPart, Notice, Now, Overlay, Screen, SessionView};
use crate::domain::{Stage, is_blank_item};

pub(super) fn back(app: &mut App, now: &Now) -> Vec<Effect> {
    if let Some(effects) = dismiss_overlay(app) {
        return effects;
    }
    let Screen::Session(view) = &mut app.screen else {
        app.list.filter.clear();
        app.list.facets.clear();
        return Vec::new();
    };
    if let Some(editor) = &view.editor {
        let field = editor.field;
        close_editor(view);
        let effects = save_effect(view, now).into_iter().collect();
        check_due_date(app, field, now.today());
        return effects;
    }
    if let Some(index) = view.review.open_item.take() {
        if drop_if_blank(view, index) {
            mark_changed(view, now);
        } else {
            view.focus_on(Field::ReviewItem(index));
        }
        return save_effect(view, now).into_iter().collect();
    }
    drop_blank_questions(view, now, false);
    match save_effect(view, now) {
        Some(effect) => {
            view.save.then = Some(AfterSave::BackToList);
            vec![effect]
        }
        None => to_list(app),
    }
}

pub(super) fn go_to_stage(app: &mut App, stage: Stage, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    close_editor(view);
    if view.stage() == stage {
        return Vec::new();
    }
    drop_blank_questions(view, now, false);
    // A stage's time is its own: the timer stops with it, and Space starts the next.
    let paused = view.timer_since.is_some();
    let left = view.stage();
    // The seconds a running timer counted are work done: they are saved.
    if view.fold_timer(now.instant) > 0 {
        mark_changed(view, now);
    }
    view.timer_since = None;
    view.stage = stage;
    if let Some(index) = view.review.open_item.take()
        && drop_if_blank(view, index)
    {
        view.jumped_from = None;
    }
    view.focus = 0;
    let mut effects: Vec<Effect> = save_effect(view, now).into_iter().collect();
    // The review opens with silent reading: offered on the way into a review not begun.
    if stage == Stage::Review
        && left < Stage::Review
        && view.session.review.items.is_empty()
        && view.read_only_reason().is_none()
    {
        app.overlay = Some(Overlay::OfferSilentReading);
    }
    if paused {
        app.notice = Some(Notice { text: format!("Timer paused; Space starts {}'s.", stage.title()), is_error: false });
    }
    effects.extend(remember_position(app));
    effects
}

/// An item added by a stray `a` and left without a word or a detail is not kept.
pub(super) fn drop_if_blank(view: &mut SessionView, index: usize) -> bool {
    let blank = view.session.review.items.get(index).is_some_and(is_blank_item);
    if blank {
        view.session.review.items.remove(index);
        view.focus = view.focus.min(view.fields().len().saturating_sub(1));
    }
    blank
}

pub(super) fn move_focus(app: &mut App, by: isize, now: &Now) -> Vec<Effect> {
    if let Some(view) = app.session_mut() {
        let count = view.fields().len();
        view.focus = view.focus.saturating_add_signed(by).min(count.saturating_sub(1));
        drop_blank_questions(view, now, true);
    }
    Vec::new()
}

pub(super) fn start_editing(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    match view.focused_field() {
        Some(Field::ReviewItem(index)) => {
            view.review.open_item = Some(index);
            view.focus_on(Field::ItemPart(index, ItemPart::Text));
            return Vec::new();
        }
        Some(Field::ItemPart(_, ItemPart::Kind | ItemPart::Outcome) | Field::Verdict) => {
            return cycle_choice(app, now, true);
        }
        Some(Field::ItemPart(index, part @ (ItemPart::Author | ItemPart::Owner | ItemPart::About))) => {
            return pick_for_item(app, index, part);
        }
        Some(Field::ItemPart(_, ItemPart::Principles)) => return pick_principles(app),
        Some(Field::People) => return edit_people(app),
        Some(Field::Version(_) | Field::Draft) => return compare(app),
        Some(Field::OpenRevision(index)) => return open_revision(app, index, now),
        _ => {}
    }
    if let Some(field) = view.focused_field().filter(|f| f.is_editable()) {
        view.editor = Some(open_editor(view, field));
        if let Some(reason) = view.read_only_reason() {
            let text = format!("Read-only: {reason}. Arrows and PgUp/PgDn scroll; Esc stops reading.");
            return info(app, text);
        }
    }
    Vec::new()
}

pub(super) fn toggle_timer(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let stage = view.stage().title();
    if view.timer_since.is_some() {
        view.fold_timer(now.instant);
        view.timer_since = None;
        mark_changed(view, now);
        info(app, format!("{stage}: timer paused; Space goes on."))
    } else {
        view.timer_since = Some(now.instant);
        info(app, format!("{stage}: timer running; Space pauses, + adds a minute."))
    }
}

pub(super) fn change_timebox(app: &mut App, more: bool, now: &Now) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let stage = view.stage();
    let minutes = view.session.timeboxes.minutes.get_mut(stage);
    *minutes = if more { minutes.saturating_add(1) } else { minutes.saturating_sub(1).max(1) };
    let minutes = *minutes;
    mark_changed(view, now);
    info(app, format!("{}: {minutes} minutes in the timebox.", stage.title()))
}
