//! The appendix: what the press release rests on (the customer questions) and what
//! happened to it (the review, the versions, the time spent).

use crate::domain::{
    CustomerQuestion, ReviewItem, ReviewKind, Session, Stage, VerdictDecision, most_invoked, never_invoked,
    principle_use, tally_principles,
};

use super::document::{Block, Item, Span, Table, lines, one_line, paragraph_blocks, prose};

/// Between principle names, which may hold commas and semicolons themselves
/// ("Are Right, A Lot"; "Have Backbone; Disagree and Commit").
const NAME_SEPARATOR: &str = " · ";

pub(super) fn blocks(session: &Session) -> Vec<Block> {
    let has_review = !session.review.items.is_empty() || session.review.verdict.is_some();
    let has_time = Stage::ALL.iter().any(|stage| session.timeboxes.spent_seconds.get(*stage) > 0);
    let has_appendix = !session.customer.is_empty() || has_review || !session.iterations.is_empty() || has_time;
    if !has_appendix {
        // Everything starts from the customer: a document without them says so, even
        // when there is nothing else to put in an appendix.
        return vec![Block::Note("The five customer questions are not answered yet.".into())];
    }
    let mut blocks = vec![Block::Heading(2, "Appendix".into())];
    customer(&mut blocks, session);
    if has_review {
        review(&mut blocks, session);
    }
    iterations(&mut blocks, session);
    if has_time {
        timeboxes(&mut blocks, session);
    }
    blocks
}

fn text(value: String) -> Span {
    Span::Text(value)
}

fn customer(blocks: &mut Vec<Block>, session: &Session) {
    blocks.push(Block::Heading(3, "The customer".into()));
    if session.customer.is_empty() {
        blocks.push(Block::Note("The five customer questions are not answered yet.".into()));
        return;
    }
    for question in CustomerQuestion::ALL {
        let answer = session.customer.answer(question);
        let paragraphs = paragraph_blocks(&answer.text);
        let asked = Span::Strong(question.question().to_owned());
        if paragraphs.is_empty() {
            blocks.push(Block::Paragraph(vec![asked]));
            blocks.push(Block::Note("Not answered yet.".into()));
        } else {
            blocks.push(Block::Paragraph(vec![asked, text(format!(" ({})", answer.confidence.label()))]));
            blocks.extend(paragraphs);
        }
    }
}

fn review(blocks: &mut Vec<Block>, session: &Session) {
    blocks.push(Block::Heading(3, "Review".into()));
    match &session.review.verdict {
        Some(verdict) => {
            let label = match verdict.decision {
                VerdictDecision::Go => "Go",
                VerdictDecision::Iterate => "Iterate",
                VerdictDecision::Stop => "Stop",
            };
            let mut first = vec![text("Verdict: ".into()), Span::Strong(label.into())];
            let mut reason = prose(&verdict.reason).into_iter();
            if let Some(paragraph) = reason.next() {
                first.push(text(". ".into()));
                first.extend(lines(paragraph));
            }
            blocks.push(Block::Paragraph(first));
            blocks.extend(reason.map(|paragraph| Block::Paragraph(lines(paragraph))));
        }
        None if session.stage >= Stage::Review => blocks.push(Block::Note("No verdict yet.".into())),
        None => {}
    }
    decisions_table(blocks, session);
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
        blocks.push(Block::Heading(4, title.into()));
        let items = of_kind.iter().map(|item| Item { spans: item_line(session, item), sub_items: Vec::new() });
        blocks.push(Block::List(items.collect()));
    }
    principle_coverage(blocks, session);
}

/// The user's text, or a remark that there is none.
fn or_none(value: &str, none: &str) -> Span {
    let value = one_line(value);
    if value.is_empty() { Span::Emphasis(none.into()) } else { text(value) }
}

/// One review item on one line: its text, then who, what about and how many votes.
fn item_line(session: &Session, item: &ReviewItem) -> Vec<Span> {
    let mut spans = vec![or_none(&item.text, "(no text)"), text(" (".into())];
    let mut details = Vec::new();
    if !item.author.trim().is_empty() {
        details.push(vec![text(one_line(&item.author))]);
    }
    if let Some(about) = &item.about {
        details.push(vec![text("about ".into()), text(one_line(&session.about_label(about)))]);
    }
    details.push(vec![text(match item.votes {
        1 => "1 vote".to_owned(),
        n => format!("{n} votes"),
    })]);
    if let Some(version) = session.addressed_by(&item.id) {
        details.push(vec![text(format!("addressed in version {version}"))]);
    }
    if let Some(label) = item.resolved_label() {
        details.push(vec![text(label.to_owned())]);
    }
    for (n, detail) in details.into_iter().enumerate() {
        if n > 0 {
            spans.push(text(", ".into()));
        }
        spans.extend(detail);
    }
    spans.push(text(")".into()));
    spans
}

fn decisions_table(blocks: &mut Vec<Block>, session: &Session) {
    let decisions: Vec<&ReviewItem> = session.decisions().collect();
    if decisions.is_empty() {
        return;
    }
    blocks.push(Block::Heading(4, "Decisions".into()));
    let mut rows = Vec::new();
    for decision in decisions {
        let outcome = match (decision.outcome, session.addressed_by(&decision.id)) {
            (Some(outcome), Some(version)) => format!("{} (addressed in version {version})", outcome.label()),
            (Some(outcome), None) => outcome.label().to_owned(),
            (None, _) => "open".to_owned(),
        };
        let mut principles = Vec::new();
        for id in &decision.principles {
            if !principles.is_empty() {
                principles.push(text(NAME_SEPARATOR.into()));
            }
            principles.push(text(one_line(session.principles.name_of(id))));
        }
        if principles.is_empty() {
            principles.push(text("⚠ no principle".into()));
        }
        let mut decided = vec![or_none(&decision.text, "(no text)")];
        if let Some(resources) = decision.resources.as_deref().map(one_line).filter(|r| !r.is_empty()) {
            decided.extend([text(" (resources: ".into()), text(resources), text(")".into())]);
        }
        let cell = |value: Option<&String>| {
            vec![text(value.map(|v| one_line(v)).filter(|v| !v.is_empty()).unwrap_or("—".into()))]
        };
        rows.push(vec![
            decided,
            vec![text(outcome)],
            cell(decision.owner.as_ref()),
            cell(decision.due.as_ref()),
            principles,
        ]);
    }
    blocks.push(Block::Table(Table { header: vec!["Decision", "Outcome", "Owner", "Due", "Principles"], rows }));
}

fn principle_coverage(blocks: &mut Vec<Block>, session: &Session) {
    if session.decisions().next().is_none() {
        return;
    }
    blocks.push(Block::Heading(4, "Leadership principles invoked".into()));
    let tally = tally_principles(&session.principles.items, [principle_use(session).as_slice()]);
    let counts: Vec<(String, usize)> = most_invoked(&tally)
        .into_iter()
        .chain(never_invoked(&tally))
        .map(|row| (one_line(&row.name), row.decisions))
        .collect();
    let mut never = Vec::new();
    for (name, _) in counts.iter().filter(|(_, n)| *n == 0) {
        never.push(text(if never.is_empty() { "Never invoked: ".into() } else { NAME_SEPARATOR.into() }));
        never.push(text(name.clone()));
    }
    blocks.push(if counts.iter().any(|(_, n)| *n > 0) {
        Block::Coverage(counts)
    } else {
        Block::Note("No decision names a principle yet.".into())
    });
    if !never.is_empty() {
        blocks.push(Block::Paragraph(never));
    }
}

fn iterations(blocks: &mut Vec<Block>, session: &Session) {
    if session.iterations.is_empty() {
        return;
    }
    blocks.push(Block::Heading(3, "Iteration log".into()));
    let mut items = Vec::new();
    for iteration in &session.iterations {
        let mut spans = vec![Span::Strong(format!("Version {}", iteration.number)), text(" (".into())];
        let created = one_line(&readable_time(&iteration.created_at));
        if !created.is_empty() {
            spans.extend([text(created), text(", ".into())]);
        }
        spans.extend([
            text(format!("press release {} words", iteration.press_release.word_count())),
            text("): ".into()),
            or_none(&iteration.note, "(no note)"),
        ]);
        let sub_items = iteration
            .addresses
            .iter()
            .map(|id| match session.review.items.iter().find(|item| item.id == *id) {
                Some(item) => vec![
                    text(format!("Addresses the {} “", item.kind.label())),
                    text(one_line(&item.text)),
                    text("”".into()),
                ],
                None => vec![
                    text("Addresses review item ".into()),
                    text(one_line(id)),
                    text(", no longer in the review".into()),
                ],
            })
            .collect();
        items.push(Item { spans, sub_items });
    }
    blocks.push(Block::List(items));
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

fn timeboxes(blocks: &mut Vec<Block>, session: &Session) {
    let boxes = &session.timeboxes;
    blocks.push(Block::Heading(3, "Time".into()));
    let mut rows = Vec::new();
    let (mut planned_total, mut spent_total) = (0u64, 0u64);
    let row = |name: &str, planned: u64, spent: u64| {
        vec![vec![text(name.into())], vec![text(format!("{planned} min"))], vec![text(duration(spent))]]
    };
    for stage in Stage::ALL {
        let (planned, spent) = (boxes.minutes.get(stage), boxes.spent_seconds.get(stage));
        planned_total = planned_total.saturating_add(planned);
        spent_total = spent_total.saturating_add(spent);
        rows.push(row(stage.title(), planned, spent));
    }
    rows.push(row("Total", planned_total, spent_total));
    blocks.push(Block::Table(Table { header: vec!["Stage", "Planned", "Spent"], rows }));
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
