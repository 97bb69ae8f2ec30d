//! The session screen: a title bar, the stepper across the four stages, the stage's
//! fields with their labels and hints, and the focused field's editor.

use std::borrow::Cow;
use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Sparkline, Wrap};

use super::text::{preview, truncate, wrapped_rows};
use super::{stepper, theme};
use crate::app::{Editor, FaqPart, Field, ItemPart, SessionView};
use crate::domain::{
    Confidence, CustomerQuestion, ONE_PAGE_WORDS, Outcome, ReviewItem, ReviewKind, Session, Severity, Side, Stage,
    count, parse_due_date,
};

/// Rows of text shown for a field without focus.
const PREVIEW_ROWS: usize = 3;
/// Rows of text shown for the focused field when not editing.
const FOCUSED_ROWS: usize = 12;
/// Wide enough to say which key changes the confidence, after the choices.
const SELECTOR_KEY_FROM_WIDTH: u16 = 72;
/// Wide enough to name what the choices are.
const SELECTOR_NAMED_FROM_WIDTH: u16 = 58;

pub fn render(frame: &mut Frame, area: Rect, view: &SessionView, now: Instant) {
    let [title, stepper_area, header, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Length(2), Constraint::Min(1)])
            .areas(area);
    title_bar(frame, title, view, now);
    stepper::render(frame, stepper_area, view.stage());
    stage_header(frame, header, view);
    fields(frame, body, view, now);
}

fn title_bar(frame: &mut Frame, area: Rect, view: &SessionView, now: Instant) {
    let mut spans = vec![Span::raw(" Backwards · ")];
    if view.read_only_reason().is_some() {
        spans.push(Span::raw("READ-ONLY · "));
    }
    spans.push(Span::raw(view.session.title.clone()));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme::title_bar()), area);
    let timer = timer(view, now);
    let width = u16::try_from(timer.width()).unwrap_or(u16::MAX).min(area.width);
    let right = Rect { x: area.right().saturating_sub(width), width, ..area };
    frame.render_widget(Paragraph::new(timer), right);
}

/// Seconds within which the countdown warns that the stage's time is nearly up.
const TIMER_WARNS_WITHIN: u64 = 120;

/// The stage's countdown: ▶ running or ⏸ paused, the time left, and in the last two
/// minutes a warning; past the box, "over by m:ss".
fn timer(view: &SessionView, now: Instant) -> Span<'static> {
    let planned = view.session.timeboxes.minutes.get(view.stage()).saturating_mul(60);
    let spent = view.spent_seconds(now);
    let running = view.timer_since.is_some();
    let symbol = if running { "▶" } else { "⏸" };
    let clock = |seconds: u64| format!("{}:{:02}", seconds / 60, seconds % 60);
    if spent > planned {
        return Span::styled(format!(" {symbol} over by {} ", clock(spent - planned)), theme::timer_over());
    }
    let left = planned - spent;
    let text = if !running && spent == 0 {
        format!(" ⏱ {} · Space starts ", clock(left))
    } else {
        format!(" {symbol} {} left ", clock(left))
    };
    let style = if left <= TIMER_WARNS_WITHIN { theme::timer_warning() } else { theme::title_bar() };
    Span::styled(text, style)
}

fn stage_header(frame: &mut Frame, area: Rect, view: &SessionView) {
    let session = &view.session;
    let text = match view.stage() {
        Stage::Customer => {
            let answered =
                CustomerQuestion::ALL.iter().filter(|q| !session.customer.answer(**q).text.trim().is_empty()).count();
            format!("The five customer questions: {answered} of 5 answered.")
        }
        Stage::PressRelease => format!(
            "Press release: {} (one page ≈ {ONE_PAGE_WORDS}) · FAQ: {} customer, {} internal",
            count(view.press_release_words(), "word"),
            session.faq.external.len(),
            session.faq.internal.len()
        ),
        Stage::Review => match view.review.open_item.and_then(|index| session.review.items.get(index)) {
            Some(item) => format!(
                "Review item {} · raised {} · {} · Esc: all items",
                item.id,
                clock_time(&item.created_at),
                count(usize::try_from(item.votes).unwrap_or(usize::MAX), "vote")
            ),
            None => {
                let mut text = format!(
                    "Review: {}, {}",
                    count(session.review.items.len(), "item"),
                    count(session.decisions().count(), "decision")
                );
                let untagged = session.decisions_without_principle();
                if untagged > 0 {
                    text.push_str(&format!(" ({untagged} with no principle ⚠)"));
                }
                text.push_str(if view.review.by_votes { " · most votes first" } else { "" });
                text
            }
        },
        Stage::Iteration => {
            let open = session.open_revisions().count();
            let mut text = format!("Iteration: {} of the draft", count(session.iterations.len(), "version"));
            if open > 0 {
                text.push_str(&format!(" · {} to revise still open", count(open, "decision")));
            }
            frame.render_widget(Paragraph::new(Line::styled(text, theme::label())), area);
            length_sparkline(frame, Rect { y: area.y + 1, height: 1, ..area }, view);
            return;
        }
    };
    frame.render_widget(Paragraph::new(Line::styled(text, theme::label())).wrap(Wrap { trim: true }), area);
}

/// The press release's length across the versions and the draft, as a sparkline with
/// the first and last figures beside it.
fn length_sparkline(frame: &mut Frame, area: Rect, view: &SessionView) {
    let versions = &view.session.iterations;
    if versions.is_empty() || area.height == 0 {
        return;
    }
    let mut words: Vec<u64> = versions.iter().map(|v| v.press_release.word_count() as u64).collect();
    words.push(view.press_release_words() as u64);
    let label = "Press release length: ";
    let figures = format!("  v{} {} → draft {} words", versions[0].number, words[0], words[words.len() - 1]);
    let label_width = u16::try_from(label.len()).unwrap_or(u16::MAX);
    let bars = u16::try_from(words.len()).unwrap_or(u16::MAX).min(area.width.saturating_sub(label_width));
    // The latest figures matter most: when they do not all fit, the oldest give way.
    let shown = &words[words.len() - usize::from(bars)..];
    frame.render_widget(Paragraph::new(Span::styled(label, theme::dim())), area);
    let spark_area = Rect { x: area.x + label_width, width: bars, ..area };
    frame.render_widget(Sparkline::default().data(shown).style(theme::chosen()), spark_area);
    let rest = Rect { x: spark_area.right(), width: area.right().saturating_sub(spark_area.right()), ..area };
    frame.render_widget(Paragraph::new(Span::styled(figures, theme::dim())), rest);
}

/// What one field shows, top to bottom.
struct FieldBlock {
    field: Field,
    /// A heading that opens a group of fields (a part of the FAQ).
    heading: Option<&'static str>,
    label: Vec<Span<'static>>,
    hint: Option<String>,
    /// The focused answer shows every confidence, its own marked.
    selector: Option<Confidence>,
    /// The coach's notes, for the focused field: one row each.
    coach: Vec<Line<'static>>,
    text_rows: usize,
    /// The text goes on beyond what is shown.
    more: bool,
}

impl FieldBlock {
    /// Rows on screen, with the blank row after it.
    fn height(&self) -> usize {
        usize::from(self.heading.is_some())
            + 1
            + usize::from(self.hint.is_some())
            + usize::from(self.selector.is_some())
            + self.coach.len()
            + self.text_rows
            + usize::from(self.more)
            + 1
    }
}

fn fields(frame: &mut Frame, area: Rect, view: &SessionView, now: Instant) {
    let fields = view.fields();
    let writable = view.read_only_reason().is_none();
    if fields.is_empty() {
        let message = if view.stage() == Stage::Iteration { "No versions of the draft yet." } else { "" };
        frame.render_widget(Paragraph::new(Line::styled(message, theme::hint())), area);
        return;
    }
    let text_width = area.width.saturating_sub(2);
    let mut previous = None;
    let blocks: Vec<FieldBlock> = fields
        .iter()
        .map(|field| {
            let block = field_block(view, *field, previous, (text_width, area.height), now);
            previous = Some(*field);
            block
        })
        .collect();
    let heights: Vec<usize> = blocks.iter().map(FieldBlock::height).collect();
    let focus = view.focus.min(blocks.len() - 1);
    let first = first_visible(&heights, focus, usize::from(area.height));
    let mut rows = Rows { area, y: area.y };
    for (index, block) in blocks.iter().enumerate().skip(first) {
        if rows.is_full() {
            return;
        }
        draw_field(frame, &mut rows, view, block, index == focus);
        rows.take(1);
    }
    if let Some(note) = stage_note(view.stage(), &view.session, writable)
        && let Some(row) = rows.take(1)
    {
        frame.render_widget(Paragraph::new(Line::styled(note, theme::hint())), row);
    }
}

/// What is missing from the stage, said after its last field.
fn stage_note(stage: Stage, session: &Session, writable: bool) -> Option<String> {
    if stage == Stage::Review && session.review.items.is_empty() {
        return Some(if writable { "No review items yet. Press a to add one." } else { "No review items." }.to_owned());
    }
    if stage != Stage::PressRelease {
        return None;
    }
    let missing = match (session.faq.external.is_empty(), session.faq.internal.is_empty()) {
        (true, true) => "FAQ: no questions yet",
        (false, true) => "FAQ: no internal questions yet",
        (true, false) => "FAQ: no customer questions yet",
        (false, false) => return None,
    };
    let keys = if writable { ". a adds a customer question, A an internal one." } else { "." };
    Some(format!("{missing}{keys}"))
}

/// Hands out the rows of an area from the top, never past its bottom.
struct Rows {
    area: Rect,
    y: u16,
}

impl Rows {
    fn take(&mut self, rows: usize) -> Option<Rect> {
        let height = u16::try_from(rows).unwrap_or(u16::MAX).min(self.area.bottom().saturating_sub(self.y));
        if height == 0 {
            return None;
        }
        let rect = Rect { x: self.area.x, y: self.y, width: self.area.width, height };
        self.y += height;
        Some(rect)
    }

    fn is_full(&self) -> bool {
        self.y >= self.area.bottom()
    }
}

/// The first field to draw so that the focused one is on screen with the one before it
/// for context; more of those before it only when the fields after it leave room.
fn first_visible(heights: &[usize], focus: usize, available: usize) -> usize {
    let after: usize = heights[focus + 1..].iter().sum();
    let mut first = focus;
    let mut used = heights[focus];
    while first > 0 && used + heights[first - 1] <= available {
        if first < focus && used + after >= available {
            break;
        }
        first -= 1;
        used += heights[first];
    }
    first
}

fn field_block(
    view: &SessionView,
    field: Field,
    previous: Option<Field>,
    (width, body_height): (u16, u16),
    now: Instant,
) -> FieldBlock {
    let session = &view.session;
    let focused = view.focused_field() == Some(field);
    let editing = focused && view.editor.is_some();
    let text = field.text(session).unwrap_or_default();
    let (text_rows, more) = if field.text(session).is_none() {
        (0, false)
    } else if editing {
        let cap = usize::from(body_height.saturating_sub(5)).max(3);
        let needed = wrapped_rows(text, width, cap);
        // Word wrapping takes more rows than this count of columns; leave a margin
        // rather than have the cursor scroll out of a field that would have fitted.
        let rows = if field.is_one_line() { needed + needed / 6 } else { (needed + 1 + needed / 6).max(3) };
        (rows.min(cap), false)
    } else {
        let cap = if focused { FOCUSED_ROWS } else { PREVIEW_ROWS };
        let needed = wrapped_rows(text, width, cap + 1);
        (needed.min(cap), focused && needed > cap)
    };
    let heading = match (previous, field) {
        (Some(Field::FaqQuestion(before, _) | Field::FaqAnswer(before, _)), Field::FaqQuestion(part, _))
            if before == part =>
        {
            None
        }
        (_, Field::FaqQuestion(FaqPart::External, _)) => Some("FAQ · customer questions"),
        (_, Field::FaqQuestion(FaqPart::Internal, _)) => Some("FAQ · internal questions"),
        (Some(Field::Draft), Field::OpenRevision(_)) => Some("Decisions to revise that no version addresses yet"),
        _ => None,
    };
    let selector = match field {
        Field::Answer(question) if focused => Some(session.customer.answer(question).confidence),
        _ => None,
    };
    let (label, hint) = label_and_hint(view, field, focused);
    let coach = if focused { coach_lines(view, field, width, now) } else { Vec::new() };
    FieldBlock { field, heading, label, hint, selector, coach, text_rows, more }
}

fn label_and_hint(view: &SessionView, field: Field, focused: bool) -> (Vec<Span<'static>>, Option<String>) {
    let session = &view.session;
    let static_hint = |hint: &'static str| Some(hint.to_owned());
    let (mut label, hint) = match field {
        Field::Answer(question) => {
            let mut label = vec![Span::raw(question.question())];
            if !focused {
                let confidence = session.customer.answer(question).confidence;
                label.push(Span::raw(format!("  [{}]", confidence.label())));
            }
            (label, static_hint(question.hint()))
        }
        Field::Section(section) => {
            let words = view.section_words(section);
            (
                vec![Span::raw(section.label()), Span::raw(format!("  {}", count(words, "word")))],
                static_hint(section.hint()),
            )
        }
        Field::FaqQuestion(part, index) => {
            let label = match part {
                FaqPart::External => format!("Customer question {}", index + 1),
                FaqPart::Internal => format!("Internal question {}", index + 1),
            };
            (vec![Span::raw(label)], focused.then(|| faq_hint(part).to_owned()))
        }
        Field::FaqAnswer(_, index) => (
            vec![Span::raw(format!("Answer {}", index + 1))],
            focused.then(|| "Direct: yes, no, a number, or \"we don't know yet; we will find out by …\".".to_owned()),
        ),
        Field::People => (
            people_label(session),
            focused.then(|| "Enter edits; authors and owners are picked from these people.".to_owned()),
        ),
        Field::ReviewItem(index) => (review_label(session, index), decision_details(session, index)),
        Field::ItemPart(index, part) => match session.review.items.get(index) {
            Some(item) => item_part(session, item, part, focused),
            None => (Vec::new(), None),
        },
        Field::Verdict => verdict_label(session, focused),
        Field::Version(index) => match session.iterations.get(index) {
            Some(version) => {
                let mut label = Vec::new();
                if view.compare_from == Some(Side::Version(version.number)) {
                    label.push(Span::styled("◎ ", theme::chosen()));
                }
                label.push(Span::raw(format!(
                    "Version {} · {} · {}",
                    version.number,
                    version.created_at.get(..16).unwrap_or(&version.created_at).replace('T', " "),
                    count(version.press_release.word_count(), "word")
                )));
                if !version.addresses.is_empty() {
                    label.push(Span::styled(format!(" · addresses {}", version.addresses.join(", ")), theme::good()));
                }
                (label, None)
            }
            None => (Vec::new(), None),
        },
        Field::Draft => {
            let mut label = Vec::new();
            if view.compare_from == Some(Side::Draft) {
                label.push(Span::styled("◎ ", theme::chosen()));
            }
            label.push(Span::raw(format!("The draft as it is now · {}", count(view.press_release_words(), "word"))));
            match session.version_holding_the_draft() {
                Some(number) => label.push(Span::styled(format!(" · same as version {number}"), theme::dim())),
                None => label.push(Span::styled(" · changed since the last version", theme::warning())),
            }
            (label, focused.then(|| "Enter compares it with the latest version; s freezes it as a new one.".to_owned()))
        }
        Field::OpenRevision(index) => match session.review.items.get(index) {
            Some(item) => {
                let mut text = format!("↻ {}", item.text.lines().next().unwrap_or_default());
                if let Some(owner) = &item.owner {
                    text.push_str(&format!(" · {owner}"));
                }
                if let Some(due) = &item.due {
                    text.push_str(&format!(" · due {due}"));
                }
                (
                    vec![Span::raw(text)],
                    focused
                        .then(|| "Enter opens the decision; the next version (s) can say it addresses it.".to_owned()),
                )
            }
            None => (Vec::new(), None),
        },
    };
    if let Some(place) = field.place(session) {
        let open = session.open_items_about(&place).count();
        if open > 0 {
            label.push(Span::styled(
                format!("  ◆ {open} open review item{}", if open == 1 { "" } else { "s" }),
                theme::warning(),
            ));
        }
    }
    (label, hint)
}

/// "09:12" of an RFC 3339 time stamp.
fn clock_time(timestamp: &str) -> &str {
    timestamp.get(11..16).unwrap_or(timestamp)
}

fn people_label(session: &Session) -> Vec<Span<'static>> {
    let facilitator = if session.facilitator.is_empty() { "not named" } else { &session.facilitator };
    let participants =
        if session.participants.is_empty() { "none yet".to_owned() } else { session.participants.join(", ") };
    vec![Span::raw(format!("People · facilitator: {facilitator} · participants: {participants}"))]
}

fn verdict_label(session: &Session, focused: bool) -> (Vec<Span<'static>>, Option<String>) {
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
fn decision_details(session: &Session, index: usize) -> Option<String> {
    let item = session.review.items.get(index).filter(|item| item.kind == ReviewKind::Decision)?;
    let mut parts = Vec::new();
    if let Some(owner) = &item.owner {
        parts.push(format!("owner {owner}"));
    }
    if let Some(due) = &item.due {
        parts.push(format!("due {due}"));
    }
    if !item.principles.is_empty() {
        let names = session.principles.names_of(&item.principles);
        parts.push(names.join(", "));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// One part of the open review item: its label with the value chosen, and how to change it.
fn item_part(
    session: &Session,
    item: &ReviewItem,
    part: ItemPart,
    focused: bool,
) -> (Vec<Span<'static>>, Option<String>) {
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
fn review_label(session: &Session, index: usize) -> Vec<Span<'static>> {
    let Some(item) = session.review.items.get(index) else { return Vec::new() };
    let mut spans = vec![Span::raw(format!("{} {}", kind_symbol(item.kind), item.kind.label()))];
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
    spans
}

fn faq_hint(part: FaqPart) -> &'static str {
    match part {
        FaqPart::External => "What a customer would ask: price, how to start, their data, how it differs.",
        FaqPart::Internal => "What leadership asks: market size, costs, risks, why now, what would make us stop.",
    }
}

fn kind_symbol(kind: ReviewKind) -> &'static str {
    match kind {
        ReviewKind::Comment => "•",
        ReviewKind::Question => "?",
        ReviewKind::Concern => "!",
        ReviewKind::Decision => "◆",
    }
}

/// At most this many of the coach's notes under a field; `backwards lint` lists them all.
const COACH_ROWS: usize = 2;

/// The coach's notes on the field, a row each, cut to the width.
fn coach_lines(view: &SessionView, field: Field, width: u16, now: Instant) -> Vec<Line<'static>> {
    let notes = view.coach_notes(field, now);
    let shown = if notes.len() > COACH_ROWS { COACH_ROWS - 1 } else { notes.len() };
    let mut lines: Vec<Line<'static>> = notes[..shown]
        .iter()
        .map(|note| {
            let style = if note.severity == Severity::Error { theme::error() } else { theme::warning() };
            Line::styled(truncate(&format!("  ✎ {}", note.message), usize::from(width)), style)
        })
        .collect();
    if notes.len() > shown {
        let more = format!("  ✎ and {} more: backwards lint lists them", notes.len() - shown);
        lines.push(Line::styled(more, theme::warning()));
    }
    lines
}

fn draw_field(frame: &mut Frame, rows: &mut Rows, view: &SessionView, block: &FieldBlock, focused: bool) {
    if let Some(heading) = block.heading
        && let Some(row) = rows.take(1)
    {
        frame.render_widget(Paragraph::new(Line::styled(format!("── {heading} ──"), theme::label())), row);
    }
    if let Some(row) = rows.take(1) {
        let mut label = vec![Span::raw(if focused { "▶ " } else { "  " })];
        label.extend(block.label.iter().cloned());
        let style = if focused { theme::focused_label() } else { theme::label() };
        frame.render_widget(Paragraph::new(Line::from(label)).style(style), row);
    }
    if let Some(hint) = &block.hint
        && let Some(row) = rows.take(1)
    {
        frame.render_widget(Paragraph::new(Line::styled(format!("  {hint}"), theme::hint())), row);
    }
    if let Some(confidence) = block.selector
        && let Some(row) = rows.take(1)
    {
        let writable = view.read_only_reason().is_none();
        frame.render_widget(Paragraph::new(confidence_selector(confidence, writable, row.width)), row);
    }
    for line in &block.coach {
        if let Some(row) = rows.take(1) {
            frame.render_widget(Paragraph::new(line.clone()), row);
        }
    }
    let Some(text_area) = rows.take(block.text_rows) else { return };
    let editor = view.editor.as_ref().filter(|editor| focused && editor.field == block.field);
    match editor {
        Some(editor) => draw_editor(frame, text_area, editor),
        None => draw_text(frame, text_area, view, block),
    }
    if block.more
        && let Some(row) = rows.take(1)
    {
        let key = if view.read_only_reason().is_some() { "Enter reads on" } else { "Enter shows it all" };
        frame.render_widget(Paragraph::new(Line::styled(format!("  … {key}"), theme::dim())), row);
    }
}

fn confidence_selector(chosen: Confidence, writable: bool, width: u16) -> Line<'static> {
    let prefix = if width >= SELECTOR_NAMED_FROM_WIDTH { "  Confidence: " } else { "  " };
    let mut spans = vec![Span::styled(prefix, theme::hint())];
    for confidence in Confidence::ALL {
        if confidence == chosen {
            spans.push(Span::styled(format!("● {}", confidence.label()), theme::chosen()));
        } else {
            spans.push(Span::styled(format!("○ {}", confidence.label()), theme::dim()));
        }
        spans.push(Span::raw("  "));
    }
    if writable && width >= SELECTOR_KEY_FROM_WIDTH {
        spans.push(Span::styled("o changes it", theme::hint()));
    }
    Line::from(spans)
}

fn draw_editor(frame: &mut Frame, area: Rect, editor: &Editor) {
    // A heavy bar as well as a colour, so editing shows in every theme.
    let frame_block =
        Block::default().borders(Borders::LEFT).border_type(BorderType::Thick).border_style(theme::editing_border());
    let inner = frame_block.inner(area);
    frame.render_widget(frame_block, area);
    frame.render_widget(&editor.textarea, inner);
}

fn draw_text(frame: &mut Frame, area: Rect, view: &SessionView, block: &FieldBlock) {
    let area = Rect { x: area.x + 2, width: area.width.saturating_sub(2), ..area };
    let text = block.field.text(&view.session).unwrap_or_default();
    if text.trim().is_empty() {
        let prompt = if block.field.is_editable() && view.read_only_reason().is_none() {
            "(empty: Enter to write)"
        } else {
            "(empty)"
        };
        frame.render_widget(Paragraph::new(Line::styled(prompt, theme::dim())), area);
        return;
    }
    let shown = preview(text, area.width, block.text_rows);
    // Drawing drops tabs as control characters; the editor shows them as spaces, so here too.
    let shown = if shown.contains('\t') { Cow::Owned(shown.replace('\t', "    ")) } else { Cow::Borrowed(shown) };
    frame.render_widget(Paragraph::new(shown).wrap(Wrap { trim: false }), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_focused_field_keeps_the_one_before_it_in_view() {
        assert_eq!(first_visible(&[5, 5, 5, 5, 5, 5], 3, 12), 2);
        assert_eq!(first_visible(&[5, 5, 5, 5, 5, 5], 0, 12), 0);
    }

    #[test]
    fn near_the_end_earlier_fields_fill_the_room_left() {
        assert_eq!(first_visible(&[5, 5, 5, 5, 5, 5], 5, 16), 3);
    }

    #[test]
    fn a_field_taller_than_the_screen_starts_at_the_top() {
        assert_eq!(first_visible(&[5, 40, 5], 1, 20), 1);
    }
}
