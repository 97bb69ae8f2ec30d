//! The presenter view: the stage as a document for the room to read on the projector,
//! read-only, with wide margins. During silent reading, the draft with its countdown.
//! Drawn by the presenter overlay and by `backwards present`, which also marks the item
//! the facilitator is on and keeps it in sight.

use std::time::Instant;

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::session::due_date;
use super::text::{truncate_line, wrapped_rows};
use super::theme;
use crate::app::{FaqPart, Field, Presenter, ReadingClock, SessionView};
use crate::domain::clock::minutes_seconds;
use crate::domain::{CustomerQuestion, FaqEntry, ReviewKind, Section, Session, Stage};

/// Lines longer than this are hard to follow across a projected screen.
const MEASURE: u16 = 96;

/// Columns of the footer's status kept before its keys are cut.
const STATUS_AT_LEAST: usize = 20;

/// What the presenter draws, and how.
pub struct Projection<'a> {
    pub view: &'a SessionView,
    pub presenter: Presenter,
    /// The place the facilitator is on: marked, and scrolled to a third of the way down.
    /// None where the presenter's own scroll decides.
    pub focus: Option<Field>,
    /// The footer's last words: the keys that work.
    pub hint: &'a str,
    /// A line above the document: whom the window follows, and whether it is there.
    pub banner: Option<Banner<'a>>,
}

/// Said above the document, plainly or as something to see to.
pub struct Banner<'a> {
    pub text: &'a str,
    pub needs_attention: bool,
}

/// The document's lines, and where each place of the stage starts among them.
#[derive(Default)]
struct Page {
    lines: Vec<Line<'static>>,
    anchors: Vec<(Field, usize)>,
}

impl Page {
    /// The next line pushed is where `field` starts.
    fn mark(&mut self, field: Field) {
        self.anchors.push((field, self.lines.len()));
    }

    fn push(&mut self, line: Line<'static>) {
        self.lines.push(line);
    }
}

pub fn render(frame: &mut Frame, area: Rect, projection: &Projection, now: Instant) {
    frame.render_widget(Clear, area);
    let margin = (area.width / 10).max(2);
    let width = area.width.saturating_sub(2 * margin).clamp(1, MEASURE);
    let page_area =
        Rect { x: area.x + (area.width - width) / 2, y: area.y + 1, width, height: area.height.saturating_sub(3) };
    let view = projection.view;
    let presenter = &projection.presenter;
    let session = &view.session;
    let mut page = Page::default();
    let stage = if presenter.reading_until.is_some() { Stage::PressRelease } else { view.stage() };
    match stage {
        Stage::Customer => customer(&mut page, session),
        Stage::PressRelease | Stage::Iteration => press_release(&mut page, session),
        Stage::Review => review(&mut page, session, view.today),
    }
    let rows =
        |lines: &[Line]| -> usize { lines.iter().map(|line| wrapped_rows(&line_text(line), width, 100_000)).sum() };
    let focused = projection.focus.and_then(|focus| anchor(&page, focus));
    let wanted = match focused {
        Some(line) => {
            let marked = std::mem::take(&mut page.lines[line]);
            page.lines[line] = marked_line(marked);
            rows(&page.lines[..line]).saturating_sub(usize::from(page_area.height / 3))
        }
        None => presenter.scroll,
    };
    let scroll = wanted.min(rows(&page.lines).saturating_sub(usize::from(page_area.height)));
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(page.lines).wrap(Wrap { trim: false }).scroll((scroll, 0)), page_area);
    let status = match presenter.reading_clock(now) {
        Some(ReadingClock::Paused { seconds_left }) => {
            format!("Reading paused · {} left", minutes_seconds(seconds_left))
        }
        Some(ReadingClock::Running { seconds_left }) => {
            format!("Silent reading · {} left", minutes_seconds(seconds_left))
        }
        Some(ReadingClock::Up) => "Silent reading: time is up. Esc starts the discussion.".to_owned(),
        None => format!("{} · {}", session.title, stage.title()),
    };
    let mut bottom =
        Rect { x: page_area.x, y: area.bottom().saturating_sub(1), width: page_area.width, height: 1.min(area.height) };
    let keys = Span::styled(format!("   {}", projection.hint), theme::dim());
    // The room sees the stage's clock once it has been started, at the right, never cut,
    // where it leaves the keys whole.
    let clock = super::session::timer(view, now, true);
    if presenter.reading_until.is_none()
        && (view.timer_since.is_some() || view.spent_seconds(now) > 0)
        && STATUS_AT_LEAST + keys.width() + clock.width() <= usize::from(bottom.width)
    {
        let width = u16::try_from(clock.width()).unwrap_or(u16::MAX);
        bottom.width -= width;
        let right = Rect { x: bottom.right(), width, ..bottom };
        frame.render_widget(Paragraph::new(clock), right);
    }
    // The keys stay whole while the status keeps a readable start; the status is cut first.
    let status_room = usize::from(bottom.width).saturating_sub(keys.width()).max(STATUS_AT_LEAST);
    let status = truncate_line(Line::from(Span::styled(status, theme::label())), status_room);
    let footer = Line::from(status.spans.into_iter().chain([keys]).collect::<Vec<_>>());
    frame.render_widget(Paragraph::new(truncate_line(footer, usize::from(bottom.width))), bottom);
    if let Some(banner) = &projection.banner {
        let style = if banner.needs_attention { theme::warning() } else { theme::dim() };
        let top = Rect { y: area.y, height: 1.min(area.height), ..bottom };
        frame.render_widget(Paragraph::new(Span::styled(banner.text, style)).right_aligned(), top);
    }
}

/// The line where the focused place starts; a part of a review item is its item.
fn anchor(page: &Page, focus: Field) -> Option<usize> {
    let focus = match focus {
        Field::ItemPart(index, _) => Field::ReviewItem(index),
        Field::FaqAnswer(part, index) => Field::FaqQuestion(part, index),
        Field::Section(Section::Subheading) => Field::Section(Section::Headline),
        other => other,
    };
    page.anchors.iter().find(|(field, _)| *field == focus).map(|(_, line)| *line)
}

/// The place being talked about, as the back of the room sees it: an arrow, and reversed.
fn marked_line(line: Line<'static>) -> Line<'static> {
    let mut spans = vec![Span::styled("▶ ", theme::selected())];
    spans.extend(line.spans.into_iter().map(|span| span.patch_style(theme::selected())));
    Line::from(spans)
}

fn line_text(line: &Line) -> String {
    line.spans.iter().map(|span| span.content.as_ref()).collect()
}

fn heading(text: impl Into<String>) -> Line<'static> {
    Line::styled(text.into(), Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED))
}

fn strong(text: impl Into<String>) -> Line<'static> {
    Line::styled(text.into(), theme::label())
}

/// A text as it was written: its paragraphs and line breaks kept.
fn body(page: &mut Page, text: &str) {
    let lines = &mut page.lines;
    if text.trim().is_empty() {
        lines.push(Line::styled("(not written yet)", theme::dim()));
    } else {
        lines.extend(text.replace('\t', "    ").lines().map(|line| Line::raw(line.to_owned())));
    }
    lines.push(Line::raw(""));
}

fn customer(page: &mut Page, session: &Session) {
    page.push(heading(format!("{}: the customer", session.title)));
    page.push(Line::raw(""));
    for question in CustomerQuestion::ALL {
        let answer = session.customer.answer(question);
        page.mark(Field::Answer(question));
        page.push(Line::from(vec![
            Span::styled(question.question(), theme::label()),
            Span::styled(format!("  ({})", answer.confidence.label()), theme::dim()),
        ]));
        body(page, &answer.text);
    }
}

fn press_release(page: &mut Page, session: &Session) {
    let release = &session.press_release;
    page.mark(Field::Section(Section::Headline));
    page.push(heading(if release.headline.trim().is_empty() {
        session.title.clone()
    } else {
        release.headline.clone()
    }));
    if !release.subheading.trim().is_empty() {
        page.push(Line::styled(release.subheading.clone(), Style::default().add_modifier(Modifier::ITALIC)));
    }
    page.push(Line::raw(""));
    for section in &Section::ALL[2..] {
        let text = release.section(*section);
        if !text.trim().is_empty() {
            page.mark(Field::Section(*section));
            body(page, text);
        }
    }
    faq(page, FaqPart::External, "Customer questions", &session.faq.external);
    faq(page, FaqPart::Internal, "Internal questions", &session.faq.internal);
}

fn faq(page: &mut Page, part: FaqPart, title: &str, entries: &[FaqEntry]) {
    if entries.is_empty() {
        return;
    }
    page.push(heading(title.to_owned()));
    page.push(Line::raw(""));
    for (index, entry) in entries.iter().enumerate() {
        page.mark(Field::FaqQuestion(part, index));
        page.push(strong(format!("Q: {}", entry.question.trim())));
        body(page, &entry.answer);
    }
}

fn review(page: &mut Page, session: &Session, today: Date) {
    page.push(heading(format!("{}: the review", session.title)));
    page.push(Line::raw(""));
    page.mark(Field::Verdict);
    match &session.review.verdict {
        Some(verdict) => page.push(Line::from(vec![
            Span::styled(format!("Verdict: {}", verdict.decision.label().to_uppercase()), theme::chosen()),
            Span::raw(format!(" · {}", verdict.reason)),
        ])),
        None => page.push(Line::styled("Verdict: not given yet", theme::dim())),
    }
    page.push(Line::raw(""));
    let decisions: Vec<_> =
        session.review.items.iter().enumerate().filter(|(_, item)| item.kind == ReviewKind::Decision).collect();
    if decisions.is_empty() {
        page.push(Line::styled("No decisions yet.", theme::dim()));
    }
    for (index, decision) in decisions {
        page.mark(Field::ReviewItem(index));
        page.push(strong(format!("◆ {}", decision.text.trim())));
        let mut details = vec![decision.outcome.map_or("no outcome yet", |o| o.label()).to_owned()];
        details.extend(decision.owner.iter().map(|owner| format!("owner {owner}")));
        details.extend(due_date(session, decision, today));
        page.push(Line::raw(details.join(" · ")));
        let principles = session.principles.names_of(&decision.principles);
        if principles.is_empty() {
            page.push(Line::styled("⚠ no leadership principle", theme::warning()));
        } else {
            page.push(Line::styled(principles.join(" · "), theme::dim()));
        }
        page.push(Line::raw(""));
    }
    open_questions(page, session);
}

/// The questions and concerns still open, most votes first: what the room has left to settle.
fn open_questions(page: &mut Page, session: &Session) {
    let mut open: Vec<_> =
        session.review.items.iter().enumerate().filter(|(_, item)| item.can_be_resolved() && !item.resolved).collect();
    if open.is_empty() {
        return;
    }
    open.sort_by_key(|(_, item)| std::cmp::Reverse(item.votes));
    page.push(heading("Open questions and concerns"));
    page.push(Line::raw(""));
    for (index, item) in open {
        let symbol = if item.kind == ReviewKind::Question { "?" } else { "!" };
        let votes = match item.votes {
            0 => String::new(),
            1 => "  · 1 vote".to_owned(),
            n => format!("  · {n} votes"),
        };
        page.mark(Field::ReviewItem(index));
        page.push(Line::from(vec![
            Span::raw(format!("{symbol} {}", item.text.trim())),
            Span::styled(votes, theme::dim()),
        ]));
    }
}
