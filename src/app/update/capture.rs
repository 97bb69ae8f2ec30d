//! A review item typed in one line (`n` in the review): read into its parts by
//! `domain::parse_capture`, which are then ordinary parts of the item, editable as any.

use super::common::{error, info, mark_changed, writable};
use crate::app::{App, Effect, Field, Now, Overlay};
use crate::domain::{ReviewItem, ReviewKind, complete_capture, count, parse_capture, people_in_room, unique_id};

pub(super) fn start(app: &mut App) -> Vec<Effect> {
    if writable(app).is_some() {
        app.overlay = Some(Overlay::Capture(String::new()));
    }
    Vec::new()
}

/// Tab: the @person or #principle being typed, completed.
pub(super) fn complete(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session() else { return Vec::new() };
    let Some(Overlay::Capture(line)) = &app.overlay else { return Vec::new() };
    let completed = complete_capture(line, &people_in_room(&view.session), &view.session.principles);
    match completed {
        Some(completed) => app.overlay = Some(Overlay::Capture(completed)),
        None => return info(app, "Nothing to complete: type @ and a name, or # and a principle.".to_owned()),
    }
    Vec::new()
}

/// Enter: the item added with every part the line holds; the focus on it.
pub(super) fn add(app: &mut App, line: String, now: &Now) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let read = parse_capture(&line, &people_in_room(&view.session), &view.session.principles, now.today());
    if read.text.is_empty() {
        app.overlay = Some(Overlay::Capture(line));
        return error(app, "Type what was said, e.g. d: Launch in two cities @ana fri #frugality !approved".to_owned());
    }
    let id = unique_id("r", now.ulid);
    let mut item = ReviewItem::new(id, read.kind, now.timestamp.clone());
    item.text = read.text;
    let mut added_person = None;
    if let Some(person) = read.person {
        if !people_in_room(&view.session).contains(&person) {
            view.session.participants.push(person.clone());
            added_person = Some(person.clone());
        }
        if read.kind == ReviewKind::Decision {
            item.owner = Some(person);
        } else {
            item.author = person;
        }
    }
    item.due = read.due;
    item.outcome = read.outcome;
    item.principles = read.principles;
    let kind = item.kind.label();
    view.session.review.items.push(item);
    let index = view.session.review.items.len() - 1;
    view.review.open_item = None;
    view.focus_on(Field::ReviewItem(index));
    mark_changed(view, now);
    let overdue = view.session.review.items.get(index).is_some_and(|item| view.session.is_overdue(item, now.today()));
    let mut notice = format!("Added a {kind}; Enter opens it to change any part.");
    if overdue {
        notice.push_str(" ⚠ Its due date is already past: it shows as overdue.");
    }
    if let Some(name) = added_person {
        notice.push_str(&format!(" {name} joined the participants."));
    }
    if !read.unknown.is_empty() {
        let words = read.unknown.join(", ");
        notice =
            format!("{} kept in the text: no such principle ({words}). {notice}", count(read.unknown.len(), "word"));
    }
    info(app, notice)
}
