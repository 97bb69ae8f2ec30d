//! The appendix: what the press release rests on (the customer questions) and what
//! happened to it (the review, the versions, the time spent).

use std::fmt::Write;

use crate::domain::{
    CustomerQuestion, ReviewItem, ReviewKind, Session, Stage, VerdictDecision, most_invoked, never_invoked,
    principle_use, tally_principles,
};

use super::Document;
use super::escape::{inline, paragraphs};

/// Between principle names, which may hold commas and semicolons themselves
/// ("Are Right, A Lot"; "Have Backbone; Disagree and Commit").
const NAME_SEPARATOR: &str = " · ";

pub(super) fn write(doc: &mut Document, session: &Session) {
    let has_review = !session.review.items.is_empty() || session.review.verdict.is_some();
    let has_time = Stage::ALL.iter().any(|stage| session.timeboxes.spent_seconds.get(*stage) > 0);
    let has_appendix = !session.customer.is_empty() || has_review || !session.iterations.is_empty() || has_time;
    if !has_appendix {
        // Everything starts from the customer: a document without them says so, even
        // when there is nothing else to put in an appendix.
        doc.note("The five customer questions are not answered yet.");
        return;
    }
    doc.heading(2, "Appendix");
    customer(doc, session);
    if has_review {
        review(doc, session);
    }
    iterations(doc, session);
    if has_time {
        timeboxes(doc, session);
    }
}

fn customer(doc: &mut Document, session: &Session) {
    doc.heading(3, "The customer");
    if session.customer.is_empty() {
        doc.note("The five customer questions are not answered yet.");
        return;
    }
    for question in CustomerQuestion::ALL {
        let answer = session.customer.answer(question);
        let text = paragraphs(&answer.text);
        if text.is_empty() {
            doc.block(format!("**{}**", question.question()));
            doc.note("Not answered yet.");
        } else {
            doc.block(format!("**{}** ({})", question.question(), answer.confidence.label()));
            doc.block(text);
        }
    }
}

fn review(doc: &mut Document, session: &Session) {
    doc.heading(3, "Review");
    match &session.review.verdict {
        Some(verdict) => {
            let label = match verdict.decision {
                VerdictDecision::Go => "Go",
                VerdictDecision::Iterate => "Iterate",
                VerdictDecision::Stop => "Stop",
            };
            let reason = paragraphs(&verdict.reason);
            doc.block(if reason.is_empty() {
                format!("Verdict: **{label}**")
            } else {
                format!("Verdict: **{label}**. {reason}")
            });
        }
        None if session.stage >= Stage::Review => doc.note("No verdict yet."),
        None => {}
    }
    decisions_table(doc, session);
    for (kind, title) in
        [(ReviewKind::Question, "Questions"), (ReviewKind::Concern, "Concerns"), (ReviewKind::Comment, "Comments")]
    {
        let mut of_kind: Vec<&ReviewItem> = session.review.items.iter().filter(|i| i.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        // The room's dot votes rank what it cared about most; a stable sort keeps the
        // recorded order among equals.
        of_kind.sort_by_key(|item| std::cmp::Reverse(item.votes));
        doc.heading(4, title);
        doc.block(of_kind.iter().map(|item| format!("- {}", item_line(session, item))).collect::<Vec<_>>().join("\n"));
    }
    principle_counts(doc, session);
}

/// One review item on one line: its text, then who, what about and how many votes.
fn item_line(session: &Session, item: &ReviewItem) -> String {
    let text = inline(&item.text);
    let mut line = if text.is_empty() { "_(no text)_".to_owned() } else { text };
    let mut details = Vec::new();
    if !item.author.trim().is_empty() {
        details.push(inline(&item.author));
    }
    if let Some(about) = &item.about {
        details.push(format!("about {}", inline(&session.about_label(about))));
    }
    details.push(match item.votes {
        1 => "1 vote".to_owned(),
        n => format!("{n} votes"),
    });
    if let Some(version) = session.addressed_by(&item.id) {
        details.push(format!("addressed in version {version}"));
    }
    let _ = write!(line, " ({})", details.join(", "));
    line
}

fn decisions_table(doc: &mut Document, session: &Session) {
    let decisions: Vec<&ReviewItem> = session.decisions().collect();
    if decisions.is_empty() {
        return;
    }
    doc.heading(4, "Decisions");
    let mut table = String::from("| Decision | Outcome | Owner | Due | Principles |\n| --- | --- | --- | --- | --- |");
    for decision in decisions {
        let outcome = match (decision.outcome, session.addressed_by(&decision.id)) {
            (Some(outcome), Some(version)) => format!("{} (addressed in version {version})", outcome.label()),
            (Some(outcome), None) => outcome.label().to_owned(),
            (None, _) => "open".to_owned(),
        };
        let principles = if decision.principles.is_empty() {
            "⚠ no principle".to_owned()
        } else {
            decision
                .principles
                .iter()
                .map(|id| inline(session.principles.name_of(id)))
                .collect::<Vec<_>>()
                .join(NAME_SEPARATOR)
        };
        let mut text = inline(&decision.text);
        if text.is_empty() {
            text = "_(no text)_".to_owned();
        }
        if let Some(resources) = decision.resources.as_deref().map(inline).filter(|r| !r.is_empty()) {
            let _ = write!(text, " (resources: {resources})");
        }
        let cell = |value: Option<&String>| value.map(|v| inline(v)).filter(|v| !v.is_empty()).unwrap_or("—".into());
        let _ = write!(
            table,
            "\n| {text} | {outcome} | {} | {} | {principles} |",
            cell(decision.owner.as_ref()),
            cell(decision.due.as_ref())
        );
    }
    doc.block(table);
}

fn principle_counts(doc: &mut Document, session: &Session) {
    if session.decisions().next().is_none() {
        return;
    }
    let tally = tally_principles(&session.principles.items, [principle_use(session).as_slice()]);
    doc.heading(4, "Leadership principles invoked");
    let used = most_invoked(&tally);
    if used.is_empty() {
        doc.note("No decision names a principle yet.");
    } else {
        let mut table = String::from("| Principle | Decisions |\n| --- | --- |");
        for row in used {
            let _ = write!(table, "\n| {} | {} |", inline(&row.name), row.decisions);
        }
        doc.block(table);
    }
    let never: Vec<String> = never_invoked(&tally).map(|row| inline(&row.name)).collect();
    if !never.is_empty() {
        doc.block(format!("Never invoked: {}", never.join(NAME_SEPARATOR)));
    }
}

fn iterations(doc: &mut Document, session: &Session) {
    if session.iterations.is_empty() {
        return;
    }
    doc.heading(3, "Iteration log");
    let mut lines = Vec::new();
    for iteration in &session.iterations {
        let mut details = Vec::new();
        let created = inline(&readable_time(&iteration.created_at));
        if !created.is_empty() {
            details.push(created);
        }
        details.push(format!("press release {} words", iteration.press_release.word_count()));
        let note = inline(&iteration.note);
        let mut line = format!(
            "- **Version {}** ({}): {}",
            iteration.number,
            details.join(", "),
            if note.is_empty() { "_(no note)_" } else { &note }
        );
        for id in &iteration.addresses {
            let addressed = match session.review.items.iter().find(|item| item.id == *id) {
                Some(item) => format!("the {} “{}”", item.kind.label(), inline(&item.text)),
                None => format!("review item {}, no longer in the review", inline(id)),
            };
            let _ = write!(line, "\n  - Addresses {addressed}");
        }
        lines.push(line);
    }
    doc.block(lines.join("\n"));
}

/// `2026-02-23T15:20:00Z` as `2026-02-23 15:20 UTC`; anything that is not an RFC 3339
/// time is shown as written rather than hidden.
fn readable_time(stamp: &str) -> String {
    match stamp.trim().parse::<jiff::Timestamp>() {
        Ok(time) => {
            let utc = jiff::tz::TimeZone::UTC.to_datetime(time);
            format!("{} {:02}:{:02} UTC", utc.date(), utc.hour(), utc.minute())
        }
        Err(_) => stamp.to_owned(),
    }
}

fn timeboxes(doc: &mut Document, session: &Session) {
    let boxes = &session.timeboxes;
    doc.heading(3, "Time");
    let mut table = String::from("| Stage | Planned | Spent |\n| --- | --- | --- |");
    let (mut planned_total, mut spent_total) = (0u64, 0u64);
    for stage in Stage::ALL {
        let (planned, spent) = (boxes.minutes.get(stage), boxes.spent_seconds.get(stage));
        planned_total = planned_total.saturating_add(planned);
        spent_total = spent_total.saturating_add(spent);
        let _ = write!(table, "\n| {} | {planned} min | {} |", stage.title(), duration(spent));
    }
    let _ = write!(table, "\n| Total | {planned_total} min | {} |", duration(spent_total));
    doc.block(table);
}

/// Seconds in the units the planned column uses, so the two compare at a glance.
fn duration(seconds: u64) -> String {
    match (seconds / 60, seconds % 60) {
        (0, 0) => "—".to_owned(),
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_in_minutes_and_seconds() {
        assert_eq!(duration(0), "—");
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(1260), "21 min");
        assert_eq!(duration(2710), "45 min 10 s");
    }

    #[test]
    fn times_read_as_dates_and_odd_ones_stay_as_written() {
        assert_eq!(readable_time("2026-02-23T15:20:00Z"), "2026-02-23 15:20 UTC");
        assert_eq!(readable_time("2026-02-23T16:20:00+01:00"), "2026-02-23 15:20 UTC");
        assert_eq!(readable_time("9999-12-30T21:59:00Z"), "9999-12-30 21:59 UTC");
        assert_eq!(readable_time("-009999-01-03T00:00:00Z"), "-009999-01-03 00:00 UTC");
        assert_eq!(readable_time("last Tuesday"), "last Tuesday");
        assert_eq!(readable_time(""), "");
    }
}
