//! The review: items, their parts, votes, principles, pickers, the people and the
//! verdict, and jumping between an item and the place of the draft it is about.

use super::common::{close_editor, error, info, mark_changed, writable};
use crate::app::{
    App, Choice, Effect, FaqPart, Field, ItemPart, Now, Overlay, PeopleDraft, Picked, Picker, PickerPurpose,
    SessionView,
};
use crate::domain::{About, ReviewKind, Stage, VerdictDecision, count, filters_in, step};

/// The review item with the focus (in the list, or open), in a session that may be
/// changed; otherwise the footer says why there is none.
pub(super) fn focused_review_item(app: &mut App) -> Option<usize> {
    let view = writable(app)?;
    match view.focused_field() {
        Some(Field::ReviewItem(index) | Field::ItemPart(index, _)) => Some(index),
        _ => {
            let text = if view.session.review.items.is_empty() {
                "Add a review item first: press a."
            } else {
                "Move to a review item first (↑ ↓)."
            };
            error(app, text.to_owned());
            None
        }
    }
}

/// The focused review item when it is a decision; otherwise the footer says what to do.
pub(super) fn focused_decision(app: &mut App) -> Option<usize> {
    let index = focused_review_item(app)?;
    let view = app.session()?;
    if view.session.review.items.get(index)?.kind == ReviewKind::Decision {
        return Some(index);
    }
    let open = if view.review.open_item.is_some() { "" } else { "open it (Enter) and " };
    error(app, format!("Only a decision has an outcome and principles: {open}make its kind a decision (← →)."));
    None
}

pub(super) fn vote(app: &mut App, up: bool, now: &Now) -> Vec<Effect> {
    let Some(index) = focused_review_item(app) else { return Vec::new() };
    let Some(view) = app.session_mut() else { return Vec::new() };
    let focused = view.focused_field();
    let Some(item) = view.session.review.items.get_mut(index) else { return Vec::new() };
    let votes = if up { item.votes.saturating_add(1) } else { item.votes.saturating_sub(1) };
    if votes != item.votes {
        item.votes = votes;
        mark_changed(view, now);
    }
    // Sorted by votes, the item moves: the focus goes with it, so the next vote lands
    // on the same item.
    if let Some(field) = focused {
        view.focus_on(field);
    }
    Vec::new()
}

pub(super) fn ask_delete_item(app: &mut App) -> Vec<Effect> {
    let Some(index) = focused_review_item(app) else { return Vec::new() };
    let Some(view) = app.session() else { return Vec::new() };
    let Some(item) = view.session.review.items.get(index) else { return Vec::new() };
    // A version that addresses the item would point at nothing: versions never change.
    if let Some(version) = view.session.addressed_by(&item.id) {
        return error(app, format!("Version {version} addresses this item, so it stays."));
    }
    let text = item.text.clone();
    app.overlay = Some(Overlay::ConfirmDeleteItem { index, text });
    Vec::new()
}

pub(super) fn delete_item(app: &mut App, index: usize, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    if index >= view.session.review.items.len() {
        return Vec::new();
    }
    view.review.open_item = None;
    let rows = item_rows(view);
    let row = rows.iter().position(|i| *i == index).unwrap_or(0);
    view.session.review.items.remove(index);
    view.jumped_from = None;
    // The item that took its place in the list, or the one before it when it was last.
    let rows = item_rows(view);
    match rows.get(row).or(rows.last()) {
        Some(next) => view.focus_on(Field::ReviewItem(*next)),
        None => view.focus = 0,
    }
    mark_changed(view, now);
    info(app, "Review item deleted.".to_owned())
}

/// The review items in the order the list shows them.
fn item_rows(view: &SessionView) -> Vec<usize> {
    view.fields()
        .into_iter()
        .filter_map(|field| match field {
            Field::ReviewItem(index) => Some(index),
            _ => None,
        })
        .collect()
}

/// ← → in the verdict dialog.
pub(super) fn cycle_verdict(app: &mut App, forward: bool) {
    if let Some(Overlay::Verdict(draft)) = &mut app.overlay {
        draft.decision = step(&VerdictDecision::ALL, Some(draft.decision), forward);
    }
}

pub(super) fn pick_principles(app: &mut App) -> Vec<Effect> {
    let Some(index) = focused_decision(app) else { return Vec::new() };
    let Some(view) = app.session() else { return Vec::new() };
    let Some(item) = view.session.review.items.get(index) else { return Vec::new() };
    let set = &view.session.principles;
    let mut choices: Vec<Choice> =
        set.items.iter().map(|p| Choice::new(&p.id, &p.name, &p.summary, item.principles.contains(&p.id))).collect();
    // A principle the set no longer has stays on offer, so it can be kept or taken off.
    for id in item.principles.iter().filter(|id| set.get(id).is_none()) {
        choices.push(Choice::new(id, id, "not in this session's principle set", true));
    }
    let title = format!("Principles for: {}", first_line(&item.text, "this decision"));
    app.overlay = Some(Overlay::Picker(Picker::new(PickerPurpose::Principles(index), title, choices, true)));
    Vec::new()
}

pub(super) fn first_line<'a>(text: &'a str, otherwise: &'a str) -> &'a str {
    text.lines().map(str::trim).find(|line| !line.is_empty()).unwrap_or(otherwise)
}

/// The picker for who said an item or owns it (the session's people, or a new name), or
/// for the place of the draft it is about.
pub(super) fn pick_for_item(app: &mut App, index: usize, part: ItemPart) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let session = &view.session;
    let Some(item) = session.review.items.get(index) else { return Vec::new() };
    let picker = if part == ItemPart::About {
        let mut places = session.places();
        // A place this version does not know stays on offer, so Enter alone keeps it.
        if let Some(other @ About::Other(_)) = &item.about {
            places.push(other.clone());
        }
        let mut choices: Vec<Choice> = places
            .into_iter()
            .map(|place| {
                let chosen = item.about.as_ref() == Some(&place);
                let label = session.about_label(&place);
                let detail = match &place {
                    About::Customer(_) => "customer problem",
                    About::Section(_) => "press release",
                    About::Faq(_) => "FAQ",
                    About::Draft | About::Other(_) => "",
                };
                Choice::new(String::from(place), label, detail, chosen)
            })
            .collect();
        choices.push(Choice::new("", "(not said)", "", item.about.is_none()));
        Picker::new(PickerPurpose::About(index), "What is it about?", choices, false)
    } else {
        let current =
            if part == ItemPart::Owner { item.owner.clone().unwrap_or_default() } else { item.author.clone() };
        let mut people: Vec<(String, &str)> = session.participants.iter().map(|p| (p.clone(), "")).collect();
        if !session.facilitator.is_empty() && !session.participants.contains(&session.facilitator) {
            people.push((session.facilitator.clone(), "facilitator"));
        }
        // Someone no longer among the participants is still who said it: Enter keeps them.
        if !current.is_empty() && !people.iter().any(|(name, _)| *name == current) {
            people.push((current.clone(), "not among the participants"));
        }
        let mut choices: Vec<Choice> =
            people.into_iter().map(|(name, detail)| Choice::new(&name, &name, detail, name == current)).collect();
        choices.push(Choice::new("", "(nobody)", "", current.is_empty()));
        let (purpose, title) = match part {
            ItemPart::Owner => (PickerPurpose::Owner(index), "Who owns it? Type a new name to add one."),
            _ => (PickerPurpose::Author(index), "Who said it? Type a new name to add one."),
        };
        Picker::new(purpose, title, choices, false).accepting_new()
    };
    app.overlay = Some(Overlay::Picker(picker));
    Vec::new()
}

/// What a confirmed picker chose goes where it was for.
pub(super) fn picked(app: &mut App, picker: Picker, now: &Now) -> Vec<Effect> {
    let purpose = picker.purpose.clone();
    let Some(choice) = picker.confirm() else { return Vec::new() };
    if purpose == PickerPurpose::ListFacets {
        let Picked::Several(keys) = choice else { return Vec::new() };
        app.list.facets =
            filters_in(&app.list.listing).into_iter().map(|(f, _)| f).filter(|f| keys.contains(&f.key())).collect();
        app.list.selected = 0;
        return Vec::new();
    }
    let Some(view) = writable(app) else { return Vec::new() };
    let mut added = None;
    let index = match &purpose {
        PickerPurpose::Principles(i) | PickerPurpose::Author(i) | PickerPurpose::Owner(i) | PickerPurpose::About(i) => {
            *i
        }
        PickerPurpose::ListFacets | PickerPurpose::ExportFormat(_) => return Vec::new(),
    };
    let person = match choice {
        Picked::New(name) => {
            view.session.participants.push(name.clone());
            added = Some(name.clone());
            name
        }
        Picked::One(key) => key,
        Picked::Several(keys) => {
            if let Some(item) = view.session.review.items.get_mut(index) {
                item.principles = keys;
            }
            mark_changed(view, now);
            return Vec::new();
        }
    };
    let Some(item) = view.session.review.items.get_mut(index) else { return Vec::new() };
    match purpose {
        PickerPurpose::Author(_) => item.author = person,
        PickerPurpose::Owner(_) => item.owner = Some(person).filter(|name| !name.is_empty()),
        PickerPurpose::About(_) => item.about = (!person.is_empty()).then(|| About::from(person)),
        PickerPurpose::Principles(_) | PickerPurpose::ListFacets | PickerPurpose::ExportFormat(_) => {}
    }
    mark_changed(view, now);
    match added {
        Some(name) => info(app, format!("Added {name} to the participants.")),
        None => Vec::new(),
    }
}

/// From a review item to the place of the draft it is about; from a place of the draft
/// to the review items about it (back to the item the last jump came from, if it is one).
pub(super) fn jump(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    close_editor(view);
    let session = &view.session;
    match view.focused_field() {
        Some(Field::ReviewItem(index) | Field::ItemPart(index, _)) => {
            let Some(item) = session.review.items.get(index) else { return Vec::new() };
            let target = match &item.about {
                Some(About::Other(path)) => Err(format!("This version cannot show “{path}”.")),
                Some(about) => place_of(session, about, Field::FaqQuestion)
                    .map_err(|id| format!("The FAQ question {id} this item was about is gone.")),
                None => Err("Say what the item is about first: Enter, then About.".to_owned()),
            };
            let target = match target {
                Ok(target) => target,
                Err(message) => return error(app, message),
            };
            view.jumped_from = Some(index);
            show_place(view, target);
            info(app, "g goes back to the review item.".to_owned())
        }
        Some(field) => {
            // An item about the whole draft jumped to its top: g anywhere goes back to it.
            let about_the_draft = view
                .jumped_from
                .filter(|i| session.review.items.get(*i).is_some_and(|item| item.about == Some(About::Draft)));
            let place = match (about_the_draft, field.place(session)) {
                (Some(_), _) => About::Draft,
                (None, Some(place)) => place,
                (None, None) => return Vec::new(),
            };
            let about: Vec<usize> = (0..session.review.items.len())
                .filter(|i| session.review.items[*i].about.as_ref() == Some(&place))
                .collect();
            let Some(first) = view.jumped_from.filter(|i| about.contains(i)).or(about.first().copied()) else {
                let label = session.about_label(&place);
                return info(app, format!("No review item is about “{label}” yet."));
            };
            view.stage = Stage::Review;
            view.review.open_item = None;
            view.focus_on(Field::ReviewItem(first));
            let label = view.session.about_label(&place);
            info(app, format!("{} about “{label}”; g goes back.", count(about.len(), "review item")))
        }
        None => Vec::new(),
    }
}

pub(super) fn sort_by_votes(app: &mut App) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    let focused = view.focused_field();
    view.review.by_votes = !view.review.by_votes;
    if let Some(field) = focused {
        view.focus_on(field);
    }
    let order = if view.review.by_votes { "most votes first" } else { "in the order raised" };
    info(app, format!("Review items {order}; r changes it."))
}

pub(super) fn edit_people(app: &mut App) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let draft = PeopleDraft {
        facilitator: view.session.facilitator.clone(),
        participants: view.session.participants.join(", "),
        on_participants: !view.session.facilitator.is_empty(),
    };
    app.overlay = Some(Overlay::People(draft));
    Vec::new()
}

/// `z` on a question or a concern: answered or resolved, or open again.
pub(super) fn toggle_resolved(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(index) = focused_review_item(app) else { return Vec::new() };
    let Some(view) = app.session_mut() else { return Vec::new() };
    let Some(item) = view.session.review.items.get_mut(index) else { return Vec::new() };
    if !item.can_be_resolved() {
        return error(app, "Only a question can be answered and a concern resolved.".to_owned());
    }
    item.resolved = !item.resolved;
    let text = match item.resolved_label() {
        Some(label) => format!("Marked {label}; z opens it again."),
        None => format!("The {} is open again.", item.kind.label()),
    };
    mark_changed(view, now);
    info(app, text)
}

/// The stage and field of the draft a place is on; `faq` picks which of a question's two
/// fields to land on. A place with no field of its own (the draft as a whole, another
/// part) is the top of the press release. Err is the id of a FAQ question that is gone.
pub(super) fn place_of(
    session: &crate::domain::Session,
    about: &About,
    faq: fn(FaqPart, usize) -> Field,
) -> Result<(Stage, Option<Field>), String> {
    Ok(match about {
        About::Customer(question) => (Stage::Customer, Some(Field::Answer(*question))),
        About::Section(section) => (Stage::PressRelease, Some(Field::Section(*section))),
        About::Faq(id) => {
            let field = [FaqPart::External, FaqPart::Internal].into_iter().find_map(|part| {
                let at = part.entries(session).iter().position(|entry| entry.id == *id)?;
                Some(faq(part, at))
            });
            (Stage::PressRelease, Some(field.ok_or_else(|| id.clone())?))
        }
        About::Draft | About::Other(_) => (Stage::PressRelease, None),
    })
}

/// Shows a stage with this field in focus (its first field when there is none): the
/// stage on screen only, which changes nothing in the file.
pub(super) fn show_place(view: &mut SessionView, (stage, field): (Stage, Option<Field>)) {
    view.review.open_item = None;
    view.stage = stage;
    view.focus = 0;
    if let Some(field) = field {
        view.focus_on(field);
    }
}
