//! FAQ questions taken out again: deleted on purpose (`d`, which asks first), or left
//! blank after a stray `a` or `A`.

use super::common::{info, mark_changed, writable};
use crate::app::{App, Effect, FaqPart, Field, Now, Overlay, SessionView};

/// `d` on a FAQ question or its answer: asks before deleting both.
pub(super) fn ask_delete_question(app: &mut App) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let Some(Field::FaqQuestion(part, index) | Field::FaqAnswer(part, index)) = view.focused_field() else {
        return Vec::new();
    };
    let Some(entry) = part.entries(&view.session).get(index) else { return Vec::new() };
    let text =
        if entry.question.trim().is_empty() { "(no question written)".to_owned() } else { entry.question.clone() };
    app.overlay = Some(Overlay::ConfirmDeleteQuestion { part, index, text });
    Vec::new()
}

pub(super) fn delete_question(app: &mut App, part: FaqPart, index: usize, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    let entries = part.entries_mut(&mut view.session);
    if index >= entries.len() {
        return Vec::new();
    }
    entries.remove(index);
    // The question that took its place, or the one before it when it was the last.
    let left = entries.len();
    view.focus = 0;
    match index.min(left.saturating_sub(1)) {
        next if left > 0 => view.focus_on(Field::FaqQuestion(part, next)),
        _ => view.focus_on(Field::Section(crate::domain::Section::CallToAction)),
    }
    mark_changed(view, now);
    info(app, "FAQ question deleted.".to_owned())
}

/// Drops the FAQ questions left without a word in them, as review items are: all of
/// them, or all but the one the focus is on (its question or its answer). The focus
/// stays on the field it was on.
pub(super) fn drop_blank_questions(view: &mut SessionView, now: &Now, keep_focused: bool) {
    // Called on every move of the focus: the fields are listed only when a question is blank.
    let faq = &view.session.faq;
    let droppable = faq.external.iter().chain(&faq.internal).any(|entry| entry.is_blank() && entry.extra.is_empty());
    if view.read_only_reason().is_some() || !droppable {
        return;
    }
    let focused = view.focused_field();
    let kept = match focused {
        Some(Field::FaqQuestion(part, index) | Field::FaqAnswer(part, index)) if keep_focused => Some((part, index)),
        _ => None,
    };
    let mut refocus = focused;
    let mut dropped = false;
    for part in [FaqPart::External, FaqPart::Internal] {
        let entries = part.entries_mut(&mut view.session);
        for index in (0..entries.len()).rev() {
            let entry = &entries[index];
            if kept == Some((part, index)) || !entry.is_blank() || !entry.extra.is_empty() {
                continue;
            }
            entries.remove(index);
            dropped = true;
            refocus = refocus.map(|field| shifted(field, part, index));
        }
    }
    if !dropped {
        return;
    }
    view.focus = 0;
    if let Some(field) = refocus {
        view.focus_on(field);
    }
    mark_changed(view, now);
}

/// A FAQ field after the question at `removed` of `part` left the list.
fn shifted(field: Field, part: FaqPart, removed: usize) -> Field {
    match field {
        Field::FaqQuestion(p, i) if p == part && i > removed => Field::FaqQuestion(p, i - 1),
        Field::FaqAnswer(p, i) if p == part && i > removed => Field::FaqAnswer(p, i - 1),
        other => other,
    }
}
