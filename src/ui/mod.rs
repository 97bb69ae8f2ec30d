//! Drawing: reads the `App`, changes nothing. One file per screen.

mod conflicts;
mod coverage;
mod decisions;
mod dialog;
mod diff;
mod footer;
mod help;
mod import;
mod list;
mod notes;
mod picker;
mod presenter;
mod session;
mod stepper;
mod text;
mod theme;

use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::app::{App, MIN_HEIGHT, MIN_WIDTH, Overlay, ReadingClock, Screen};
use crate::config::Theme;

pub use presenter::{Banner, Projection};

/// What a frame shows of the passing time, to the unit shown. The app's loop and the
/// projector's draw again when it changes, and otherwise not at all while idle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockFace {
    /// The stage's seconds, which its countdown shows.
    pub spent: u64,
    /// How long ago the session was saved, in the unit the footer shows.
    pub saved_ago: u64,
    pub reading: Option<ReadingClock>,
}

/// The app's clock face; none on the list.
pub fn clock_face(app: &App) -> Option<ClockFace> {
    let Screen::Session(view) = &app.screen else { return None };
    let saved_ago =
        view.save.last_saved.map_or(0, |at| footer::ago_unit(app.now.saturating_duration_since(at).as_secs()));
    let reading = match &app.overlay {
        Some(Overlay::Presenter(presenter)) => presenter.reading_clock(app.now),
        _ => None,
    };
    Some(ClockFace { spent: view.spent_seconds(app.now), saved_ago, reading })
}

/// The projector's clock face: it shows no save.
pub fn projection_clock_face(projection: &Projection, now: Instant) -> ClockFace {
    ClockFace {
        spent: projection.view.spent_seconds(now),
        saved_ago: 0,
        reading: projection.presenter.reading_clock(now),
    }
}

pub fn render(frame: &mut Frame, app: &App) {
    theme::use_for_frame(app.theme);
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, "Ctrl+Q saves and quits");
        return;
    }
    if let (Some(Overlay::Presenter(presenter)), Screen::Session(view)) = (&app.overlay, &app.screen) {
        let hint = match presenter.reading_until {
            Some(_) => "p pause · +5 min · r again · Esc",
            None => "↑ ↓ PgUp PgDn scroll · Esc leaves",
        };
        let projection = Projection { view, presenter: *presenter, focus: None, hint, banner: None };
        presenter::render(frame, area, &projection, app.now);
        return;
    }
    let footer_height = footer::height(app, area.width);
    let [body, footer_area] = Layout::vertical([Constraint::Min(1), Constraint::Length(footer_height)]).areas(area);
    match &app.screen {
        Screen::List => list::render(frame, body, app),
        Screen::Session(view) => session::render(frame, body, view, app.now),
    }
    footer::render(frame, footer_area, app);
    match &app.overlay {
        Some(Overlay::Help { scroll }) => help::render(frame, body, app, *scroll),
        Some(Overlay::NewTitle(title)) => dialog::new_title(frame, body, title),
        Some(Overlay::Rename { title, .. }) => dialog::rename(frame, body, title),
        Some(Overlay::ConfirmDelete { title, .. }) => dialog::confirm_delete(frame, body, title),
        Some(Overlay::ConfirmDeleteItem { text, .. }) => {
            dialog::confirm_delete_part(frame, body, "Delete this review item?", text);
        }
        Some(Overlay::ConfirmDeleteQuestion { text, .. }) => {
            dialog::confirm_delete_part(frame, body, "Delete this FAQ question and its answer?", text);
        }
        Some(Overlay::Capture(line)) => {
            if let Some(view) = app.session() {
                dialog::capture(frame, body, line, &view.session, view.today);
            }
        }
        Some(Overlay::Picker(picker)) => picker::render(frame, body, picker),
        Some(Overlay::Verdict(draft)) => dialog::verdict(frame, body, draft),
        Some(Overlay::People(draft)) => dialog::people(frame, body, draft),
        Some(Overlay::Coverage(coverage)) => coverage::render(frame, body, coverage),
        Some(Overlay::Snapshot(draft)) => dialog::snapshot(frame, body, draft),
        Some(Overlay::ConfirmRestore { number }) => dialog::confirm_restore(frame, body, *number),
        Some(Overlay::Diff(diff)) => diff::render(frame, body, diff),
        Some(Overlay::OfferSilentReading) => dialog::offer_silent_reading(frame, body),
        Some(Overlay::OfferRecovery) => dialog::offer_recovery(frame, body, &app.recoveries),
        Some(Overlay::OutsideChange(change)) => {
            let title = app.session().map(|view| view.session.title.as_str()).unwrap_or_default();
            dialog::outside_change(frame, body, change, title);
        }
        Some(Overlay::Conflicts(shown)) => {
            if let Some(view) = app.session() {
                conflicts::render(frame, body, view, *shown);
            }
        }
        Some(Overlay::Decisions(log)) => decisions::render(frame, body, log),
        Some(Overlay::ImportPath(prompt)) => import::path_prompt(frame, body, prompt),
        Some(Overlay::ImportReport { report, scroll }) => {
            let kept = app.session().map(|view| view.session.kept_aside.as_slice()).unwrap_or_default();
            import::report(frame, body, report, kept, *scroll);
        }
        Some(Overlay::Notes(panel)) => notes::render(frame, body, panel),
        Some(Overlay::Presenter(_)) => {}
        Some(Overlay::Agenda(agenda)) => {
            if let Screen::Session(view) = &app.screen {
                dialog::agenda(frame, body, view, agenda, app.now);
            }
        }
        None => {}
    }
}

/// `backwards present`'s window: the projection alone, nothing of the app around it.
pub fn render_projection(frame: &mut Frame, projection: &Projection, theme: Theme, now: Instant) {
    theme::use_for_frame(theme);
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, "q quits");
        return;
    }
    presenter::render(frame, area, projection, now);
}

fn too_small(frame: &mut Frame, area: Rect, how_to_quit: &str) {
    let message = vec![
        Line::from("Terminal too small"),
        Line::from(format!("need {MIN_WIDTH}×{MIN_HEIGHT}, have {}×{}", area.width, area.height)),
        Line::from(how_to_quit.to_owned()),
    ];
    frame.render_widget(Paragraph::new(message).wrap(Wrap { trim: true }), area);
}

/// A rectangle of at most `width` × `height` in the middle of `area`.
/// A bordered box of wrapped text, centred, as tall as its lines wrap to at the width it
/// gets (and `spare` rows more), and no taller than the screen.
fn text_box(frame: &mut Frame, area: Rect, width: u16, title: &str, lines: Vec<Line>, spare: u16) {
    let block = Block::default().borders(Borders::ALL).title(title.to_owned()).border_style(theme::label());
    let paragraph = Paragraph::new(lines).block(block).wrap(Wrap { trim: false });
    // The line count includes the block's borders.
    let rows = paragraph.line_count(width.min(area.width));
    let area = centered(area, width, u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(spare));
    frame.render_widget(Clear, area);
    frame.render_widget(paragraph, area);
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height }
}
