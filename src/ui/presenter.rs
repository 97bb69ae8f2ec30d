//! The presenter view: the stage as a document for the room to read on the projector,
//! read-only, with wide margins. During silent reading, the draft with its countdown.

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::text::{truncate_line, wrapped_rows};
use super::theme;
use crate::app::{Presenter, SessionView};
use crate::domain::{CustomerQuestion, FaqEntry, ReviewKind, Section, Session, Stage};

/// Lines longer than this are hard to follow across a projected screen.
const MEASURE: u16 = 96;

/// Columns of the footer's status kept before its keys are cut.
const STATUS_AT_LEAST: usize = 20;

pub fn render(frame: &mut Frame, area: Rect, view: &SessionView, presenter: &Presenter, now: Instant) {
    frame.render_widget(Clear, area);
    let margin = (area.width / 10).max(2);
    let width = area.width.saturating_sub(2 * margin).clamp(1, MEASURE);
    let page =
        Rect { x: area.x + (area.width - width) / 2, y: area.y + 1, width, height: area.height.saturating_sub(3) };
    let session = &view.session;
    let mut lines = Vec::new();
    let stage = if presenter.reading_until.is_some() { Stage::PressRelease } else { view.stage() };
    match stage {
        Stage::Customer => customer(&mut lines, session),
        Stage::PressRelease | Stage::Iteration => press_release(&mut lines, session),
        Stage::Review => review(&mut lines, session),
    }
    let total: usize = lines.iter().map(|line| wrapped_rows(&line_text(line), width, 100_000)).sum();
    let scroll = presenter.scroll.min(total.saturating_sub(usize::from(page.height)));
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)), page);
    let status = match presenter.reading_until {
        Some(_) if let Some(left) = presenter.reading_paused => {
            format!("Reading paused · {}:{:02} left", left.as_secs() / 60, left.as_secs() % 60)
        }
        Some(until) => match until.checked_duration_since(now) {
            Some(left) => format!("Silent reading · {}:{:02} left", left.as_secs() / 60, left.as_secs() % 60),
            None => "Silent reading: time is up. Esc starts the discussion.".to_owned(),
        },
        None => format!("{} · {}", session.title, stage.title()),
    };
    let bottom = Rect { x: page.x, y: area.bottom().saturating_sub(1), width: page.width, height: 1.min(area.height) };
    let keys = match presenter.reading_until {
        Some(_) => "   p pause · +5 min · r again · Esc",
        None => "   ↑ ↓ PgUp PgDn scroll · Esc leaves",
    };
    let keys = Span::styled(keys, theme::dim());
    // The keys stay whole while the status keeps a readable start; the status is cut first.
    let status_room = usize::from(bottom.width).saturating_sub(keys.width()).max(STATUS_AT_LEAST);
    let status = truncate_line(Line::from(Span::styled(status, theme::label())), status_room);
    let footer = Line::from(status.spans.into_iter().chain([keys]).collect::<Vec<_>>());
    frame.render_widget(Paragraph::new(truncate_line(footer, usize::from(bottom.width))), bottom);
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
fn body(lines: &mut Vec<Line<'static>>, text: &str) {
    if text.trim().is_empty() {
        lines.push(Line::styled("(not written yet)", theme::dim()));
    } else {
        lines.extend(text.replace('\t', "    ").lines().map(|line| Line::raw(line.to_owned())));
    }
    lines.push(Line::raw(""));
}

fn customer(lines: &mut Vec<Line<'static>>, session: &Session) {
    lines.push(heading(format!("{}: the customer", session.title)));
    lines.push(Line::raw(""));
    for question in CustomerQuestion::ALL {
        let answer = session.customer.answer(question);
        lines.push(Line::from(vec![
            Span::styled(question.question(), theme::label()),
            Span::styled(format!("  ({})", answer.confidence.label()), theme::dim()),
        ]));
        body(lines, &answer.text);
    }
}

fn press_release(lines: &mut Vec<Line<'static>>, session: &Session) {
    let release = &session.press_release;
    lines.push(heading(if release.headline.trim().is_empty() {
        session.title.clone()
    } else {
        release.headline.clone()
    }));
    if !release.subheading.trim().is_empty() {
        lines.push(Line::styled(release.subheading.clone(), Style::default().add_modifier(Modifier::ITALIC)));
    }
    lines.push(Line::raw(""));
    for section in &Section::ALL[2..] {
        let text = release.section(*section);
        if !text.trim().is_empty() {
            body(lines, text);
        }
    }
    faq(lines, "Customer questions", &session.faq.external);
    faq(lines, "Internal questions", &session.faq.internal);
}

fn faq(lines: &mut Vec<Line<'static>>, title: &str, entries: &[FaqEntry]) {
    if entries.is_empty() {
        return;
    }
    lines.push(heading(title.to_owned()));
    lines.push(Line::raw(""));
    for entry in entries {
        lines.push(strong(format!("Q: {}", entry.question.trim())));
        body(lines, &entry.answer);
    }
}

fn review(lines: &mut Vec<Line<'static>>, session: &Session) {
    lines.push(heading(format!("{}: the review", session.title)));
    lines.push(Line::raw(""));
    match &session.review.verdict {
        Some(verdict) => lines.push(Line::from(vec![
            Span::styled(format!("Verdict: {}", verdict.decision.label().to_uppercase()), theme::chosen()),
            Span::raw(format!(" · {}", verdict.reason)),
        ])),
        None => lines.push(Line::styled("Verdict: not given yet", theme::dim())),
    }
    lines.push(Line::raw(""));
    let decisions: Vec<_> = session.review.items.iter().filter(|item| item.kind == ReviewKind::Decision).collect();
    if decisions.is_empty() {
        lines.push(Line::styled("No decisions yet.", theme::dim()));
    }
    for decision in decisions {
        lines.push(strong(format!("◆ {}", decision.text.trim())));
        let mut details = vec![decision.outcome.map_or("no outcome yet", |o| o.label()).to_owned()];
        details.extend(decision.owner.iter().map(|owner| format!("owner {owner}")));
        details.extend(decision.due.iter().map(|due| format!("due {due}")));
        lines.push(Line::raw(details.join(" · ")));
        let principles = session.principles.names_of(&decision.principles);
        if principles.is_empty() {
            lines.push(Line::styled("⚠ no leadership principle", theme::warning()));
        } else {
            lines.push(Line::styled(principles.join(" · "), theme::dim()));
        }
        lines.push(Line::raw(""));
    }
    open_questions(lines, session);
}

/// The questions and concerns still open, most votes first: what the room has left to settle.
fn open_questions(lines: &mut Vec<Line<'static>>, session: &Session) {
    let mut open: Vec<_> =
        session.review.items.iter().filter(|item| item.can_be_resolved() && !item.resolved).collect();
    if open.is_empty() {
        return;
    }
    open.sort_by_key(|item| std::cmp::Reverse(item.votes));
    lines.push(heading("Open questions and concerns"));
    lines.push(Line::raw(""));
    for item in open {
        let symbol = if item.kind == ReviewKind::Question { "?" } else { "!" };
        let votes = match item.votes {
            0 => String::new(),
            1 => "  · 1 vote".to_owned(),
            n => format!("  · {n} votes"),
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{symbol} {}", item.text.trim())),
            Span::styled(votes, theme::dim()),
        ]));
    }
}
