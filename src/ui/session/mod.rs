//! The session screen: a title bar, the stepper across the four stages, the stage's
//! fields with their labels and hints, and the focused field's editor.

mod customer;
mod fields;
mod iteration;
mod press_release;
mod review;
mod stage_notes;

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::text::truncate_line;
use super::{stepper, theme};
use crate::app::SessionView;
use crate::domain::clock::minutes_seconds;
use crate::domain::{CustomerQuestion, ONE_PAGE_WORDS, Stage, count};
use fields::fields;
use press_release::length_sparkline;
use review::clock_time;
pub(super) use review::due_date;

/// A field's label, and the hint under it when there is one.
type Label = (Vec<Span<'static>>, Option<String>);

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
    let title_width = Line::from(spans.clone()).width();
    let full = timer(view, now, false);
    let timer = if title_width + full.width() + 1 > usize::from(area.width) && area.width < TIMER_SHORT_BELOW {
        timer(view, now, true)
    } else {
        full
    };
    let room = usize::from(area.width).saturating_sub(timer.width() + 1);
    frame.render_widget(Paragraph::new(truncate_line(Line::from(spans), room)).style(theme::title_bar()), area);
    let width = u16::try_from(timer.width()).unwrap_or(u16::MAX).min(area.width);
    let right = Rect { x: area.right().saturating_sub(width), width, ..area };
    frame.render_widget(Paragraph::new(timer), right);
}

/// Below this width the stopped timer leaves out its key, to leave room for the title.
const TIMER_SHORT_BELOW: u16 = 60;

/// Seconds within which the countdown warns that the stage's time is nearly up.
const TIMER_WARNS_WITHIN: u64 = 120;

/// The stage's countdown: ▶ running or ⏸ paused, the time left, and in the last two
/// minutes a warning; past the box, "over by m:ss".
pub(super) fn timer(view: &SessionView, now: Instant, short: bool) -> Span<'static> {
    let planned = view.session.timeboxes.minutes.get(view.stage()).saturating_mul(60);
    let spent = view.spent_seconds(now);
    let running = view.timer_since.is_some();
    let symbol = if running { "▶" } else { "⏸" };
    if spent > planned {
        return Span::styled(format!(" {symbol} over by {} ", minutes_seconds(spent - planned)), theme::timer_over());
    }
    let left = planned - spent;
    let text = if !running && spent == 0 && !short {
        format!(" ⏱ {} · Space starts ", minutes_seconds(left))
    } else {
        format!(" {symbol} {} left ", minutes_seconds(left))
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
            let text = truncate_line(Line::styled(text, theme::label()), usize::from(area.width));
            frame.render_widget(Paragraph::new(text), area);
            length_sparkline(frame, Rect { y: area.y + 1, height: 1, ..area }, view);
            return;
        }
    };
    frame.render_widget(Paragraph::new(Line::styled(text, theme::label())).wrap(Wrap { trim: true }), area);
}
