//! The review stage's rows: the people, each review item and its parts, the verdict.

use jiff::civil::Date;
use ratatui::text::Span;

use super::super::theme;
use super::Label;
use crate::app::ItemPart;
use crate::domain::{Outcome, ReviewItem, ReviewKind, Session, count, parse_due_date};

/// "09:12" of an RFC 3339 time stamp.
pub(super) fn clock_time(timestamp: &str) -> &str {
    timestamp.get(11..16).unwrap_or(timestamp)
}

pub(super) fn people_label(session: &Session) -> Vec<Span<'static>> {
    let facilitator = if session.facilitator.is_empty() { "not named" } else { &session.facilitator };
    let participants =
        if session.participants.is_empty() { "none yet".to_owned() } else { session.participants.join(", ") };
    vec![Span::raw(format!("People · facilitator: {facilitator} · participants: {participants}"))]
}

pub(super) fn verdict_label(session: &Session, focused: bool) -> Label {
    match &session.review.verdict {
        Some(verdict) => (
            vec![
                Span::raw("Verdict: "),
                Span::styled(verdict.decision.label().to_uppercase(), theme::chosen()),
                Span::raw(format!(" · {}", verdict.reason)),
            ],
            focused.then(|| "Enter changes it.".to_owned()),
        ),
        None => (
            vec![Span::raw("Verdict: not given yet")],
            focused.then(|| "The review ends with go, iterate or stop, and why: Enter gives it.".to_owned()),
        ),
    }
}

/// The line under a decision in the list: what it commits, to whom, by when, on which
/// principles.
pub(super) fn decision_details(session: &Session, index: usize, today: Date) -> Option<String> {
    let item = session.review.items.get(index).filter(|item| item.kind == ReviewKind::Decision)?;
    let mut parts = Vec::new();
    if let Some(owner) = &item.owner {
        parts.push(format!("owner {owner}"));
    }
    parts.extend(due_date(session, item, today));
    if !item.principles.is_empty() {
        let names = session.principles.names_of(&item.principles);
        parts.push(names.join(", "));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A decision's due date as the review's list and the room's window say it, marked
/// when the decision is overdue.
pub(in crate::ui) fn due_date(session: &Session, item: &ReviewItem, today: Date) -> Option<String> {
    let due = item.due.as_ref()?;
    let overdue = if session.is_overdue(item, today) { " ⚠ overdue" } else { "" };
    Some(format!("due {due}{overdue}"))
}

/// One part of the open review item: its label with the value chosen, and how to change it.
pub(super) fn item_part(session: &Session, item: &ReviewItem, part: ItemPart, focused: bool, today: Date) -> Label {
    let has_text = matches!(part, ItemPart::Text | ItemPart::Resources);
    let name = Span::raw(if has_text { part.label().to_owned() } else { format!("{}: ", part.label()) });
    let (value, hint): (Vec<Span<'static>>, &str) = match part {
        ItemPart::Kind => (
            choices(&ReviewKind::ALL, Some(item.kind), ReviewKind::label),
            "← → changes it; a decision has an outcome, an owner, a due date and principles.",
        ),
        ItemPart::Text => (Vec::new(), "The words as said. Enter edits."),
        ItemPart::Author => (person(&item.author), "Enter picks from the participants, or type a new name."),
        ItemPart::About => (
            vec![match &item.about {
                Some(about) => Span::raw(session.about_label(about)),
                None => Span::styled("not said", theme::dim()),
            }],
            "Enter picks a place in the draft; g goes there.",
        ),
        ItemPart::Outcome => {
            let mut value = choices(&Outcome::ALL, item.outcome, Outcome::label);
            if item.outcome == Some(Outcome::Revise)
                && let Some(version) = session.addressed_by(&item.id)
            {
                value.push(Span::styled(format!(" ✓ addressed by version {version}"), theme::good()));
            }
            (value, "o or ← → changes it.")
        }
        ItemPart::Owner => (person(item.owner.as_deref().unwrap_or_default()), "Enter picks who follows it up."),
        ItemPart::Due => {
            let due = item.due.as_deref().unwrap_or_default().trim();
            let value = match parse_due_date(due) {
                Err(_) if !due.is_empty() => vec![Span::styled("⚠ not a date: write YYYY-MM-DD", theme::warning())],
                Ok(_) if session.is_overdue(item, today) => {
                    vec![Span::styled("⚠ overdue: the date has passed and it is still open", theme::warning())]
                }
                _ => Vec::new(),
            };
            (value, "A date, YYYY-MM-DD, e.g. 2026-03-31. Enter edits.")
        }
        ItemPart::Resources => (Vec::new(), "People, money or time this decision commits. Enter edits."),
        ItemPart::Principles => {
            let value = if item.principles.is_empty() {
                vec![Span::styled("⚠ none yet", theme::warning())]
            } else {
                let names = session.principles.names_of(&item.principles);
                vec![Span::raw(names.join(", "))]
            };
            (value, "t or Enter picks from the session's principles.")
        }
    };
    let mut label = vec![name];
    label.extend(value);
    (label, focused.then(|| hint.to_owned()))
}

fn person(name: &str) -> Vec<Span<'static>> {
    if name.is_empty() { vec![Span::styled("not said", theme::dim())] } else { vec![Span::raw(name.to_owned())] }
}

/// Every choice in a row, the one taken marked (● by symbol, not only by colour).
fn choices<T: Copy + PartialEq>(all: &[T], chosen: Option<T>, label: fn(T) -> &'static str) -> Vec<Span<'static>> {
    all.iter()
        .flat_map(|choice| {
            let span = if Some(*choice) == chosen {
                Span::styled(format!("● {}", label(*choice)), theme::chosen())
            } else {
                Span::styled(format!("○ {}", label(*choice)), theme::dim())
            };
            [span, Span::raw("  ")]
        })
        .collect()
}

/// An item in the review's list: what matters most to the room first (kind, outcome, a
/// missing principle, votes), then who, when and about what, which can be cut.
pub(super) fn review_label(session: &Session, index: usize) -> Vec<Span<'static>> {
    let Some(item) = session.review.items.get(index) else { return Vec::new() };
    let mut spans = vec![Span::raw(format!("{} {}", kind_symbol(item.kind), item.kind.label()))];
    if let Some(label) = item.resolved_label() {
        spans.push(Span::styled(format!(" · ✓ {label}"), theme::good()));
    }
    if item.kind == ReviewKind::Decision {
        let outcome = item.outcome.map_or("no outcome yet", Outcome::label);
        spans.push(Span::raw(format!(" · {outcome}")));
        if item.principles.is_empty() {
            spans.push(Span::styled(" · ⚠ no principle", theme::warning()));
        }
    }
    if let Some(version) = session.addressed_by(&item.id) {
        spans.push(Span::styled(format!(" · ✓ v{version}"), theme::good()));
    }
    let mut rest = format!(" · {}", count(usize::try_from(item.votes).unwrap_or(usize::MAX), "vote"));
    if !item.author.is_empty() {
        rest.push_str(&format!(" · {}", item.author));
    }
    rest.push_str(&format!(" · {}", clock_time(&item.created_at)));
    if let Some(about) = &item.about {
        rest.push_str(&format!(" · about {}", session.about_label(about)));
    }
    spans.push(Span::raw(rest));
    // Settled, it steps back: the open ones are what the room still has to talk about.
    if item.resolved_label().is_some() {
        for span in spans.iter_mut().filter(|span| !span.content.contains('✓')) {
            span.style = span.style.patch(theme::dim());
        }
    }
    spans
}

fn kind_symbol(kind: ReviewKind) -> &'static str {
    match kind {
        ReviewKind::Comment => "•",
        ReviewKind::Question => "?",
        ReviewKind::Concern => "!",
        ReviewKind::Decision => "◆",
    }
}
