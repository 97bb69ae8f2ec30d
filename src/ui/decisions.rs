//! The decisions log: every decision across the sessions, overdue and open first, with
//! its state, due date, outcome, owner and session; the one chosen in full below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table, TableState, Wrap};

use super::text::truncate;
use super::theme;
use crate::app::DecisionsLog;
use crate::domain::DecisionRow;

/// Wide enough for the owner and room left for the decision; the session from wider,
/// the outcome from wider still (the line under the table gives them all in any case).
const OWNER_FROM_WIDTH: u16 = 50;
const SESSION_FROM_WIDTH: u16 = 60;
const OUTCOME_FROM_WIDTH: u16 = 100;
const STATE_WIDTH: u16 = 9;
const DUE_WIDTH: u16 = 10;
const OUTCOME_WIDTH: u16 = 8;
const OWNER_WIDTH: u16 = 8;
const SESSION_WIDTH: u16 = 12;
/// The chosen decision in full, under the table.
const DETAIL_ROWS: u16 = 4;

pub fn render(frame: &mut Frame, area: Rect, log: &DecisionsLog) {
    frame.render_widget(Clear, area);
    let visible = log.visible();
    let title = match &log.rows {
        Some(rows) => format!(" Decisions · {} of {} ", visible.len(), rows.len()),
        None => " Decisions ".to_owned(),
    };
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme::label());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let show_filter = log.filtering || !log.filter.is_empty() || log.overdue_only;
    let [filter, body] =
        Layout::vertical([Constraint::Length(u16::from(show_filter)), Constraint::Min(1)]).areas(inner);
    if show_filter {
        let cursor = if log.filtering { "▏" } else { "" };
        let mut spans = vec![Span::styled("/ ", theme::key()), Span::raw(format!("{}{cursor}", log.filter))];
        if log.overdue_only {
            spans.extend([Span::styled("   o ", theme::key()), Span::styled("overdue only", theme::warning())]);
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), filter);
    }
    let message = match &log.rows {
        None => Some("Reading every session…"),
        Some(rows) if rows.is_empty() => {
            Some("No decisions yet: in a review, a adds an item and its kind makes it one.")
        }
        Some(_) if visible.is_empty() => Some("No decision matches: Esc clears the words, o shows all again."),
        Some(_) => None,
    };
    if let Some(message) = message {
        frame.render_widget(Paragraph::new(Line::styled(message, theme::dim())).wrap(Wrap { trim: true }), body);
        return;
    }
    let selected = log.selected.min(visible.len().saturating_sub(1));
    let details = if body.height > 2 * DETAIL_ROWS { DETAIL_ROWS } else { 0 };
    let [top, bottom] = Layout::vertical([Constraint::Min(1), Constraint::Length(details)]).areas(body);
    table(frame, top, &visible, selected);
    if details > 0
        && let Some(row) = visible.get(selected)
    {
        detail(frame, bottom, row);
    }
}

fn table(frame: &mut Frame, area: Rect, rows: &[&DecisionRow], selected: usize) {
    let with_owner = area.width >= OWNER_FROM_WIDTH;
    let (with_session, with_outcome) = (area.width >= SESSION_FROM_WIDTH, area.width >= OUTCOME_FROM_WIDTH);
    // Only the rows that fit are built: a team's folder may hold thousands of decisions.
    let fits = usize::from(area.height.saturating_sub(1)).max(1);
    let first = selected.saturating_sub(fits - 1);
    let shown = &rows[first.min(rows.len())..(first + fits).min(rows.len())];
    let mut widths = vec![Constraint::Length(STATE_WIDTH), Constraint::Length(DUE_WIDTH)];
    let mut header = vec!["State", "Due"];
    if with_outcome {
        widths.push(Constraint::Length(OUTCOME_WIDTH));
        header.push("Outcome");
    }
    if with_owner {
        widths.push(Constraint::Length(OWNER_WIDTH));
        header.push("Owner");
    }
    if with_session {
        widths.push(Constraint::Length(SESSION_WIDTH));
        header.push("Session");
    }
    // The decision takes what the other columns, their gaps and the marker leave.
    let fixed: u16 = widths.iter().map(|width| if let Constraint::Length(n) = width { *n } else { 0 }).sum();
    let decision_width = area.width.saturating_sub(fixed + widths.len() as u16 + 2).max(8);
    widths.push(Constraint::Min(8));
    header.push("Decision");
    let cut = |text: &str, width: u16| truncate(text, usize::from(width));
    let table_rows = shown.iter().map(|row| {
        let state = if row.overdue { row.state().to_uppercase() } else { row.state().to_owned() };
        let mut cells = vec![state, row.due.clone().unwrap_or_else(|| "—".to_owned())];
        if with_outcome {
            cells.push(row.outcome.map_or("—", |o| o.label()).to_owned());
        }
        if with_owner {
            cells.push(cut(row.owner.as_deref().unwrap_or("—"), OWNER_WIDTH));
        }
        if with_session {
            cells.push(cut(&row.session_title, SESSION_WIDTH));
        }
        cells.push(cut(row.text.lines().next().unwrap_or_default(), decision_width));
        Row::new(cells).style(state_style(row))
    });
    let table = Table::new(table_rows, widths)
        .header(Row::new(header).style(theme::label()))
        .row_highlight_style(theme::selected())
        .highlight_symbol("▶ ");
    let mut state = TableState::default().with_selected(Some(selected - first));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Overdue stands out, settled steps back; by symbol too, in the state column.
fn state_style(row: &DecisionRow) -> Style {
    if row.overdue {
        theme::warning()
    } else if row.open {
        Style::default()
    } else {
        theme::dim()
    }
}

fn detail(frame: &mut Frame, area: Rect, row: &DecisionRow) {
    let mut about = vec![format!("{} · {}", row.session_title, row.outcome.map_or("no outcome yet", |o| o.label()))];
    if let Some(version) = row.addressed_by {
        about.push(format!("addressed by version {version}"));
    }
    if row.principles.is_empty() {
        about.push("no principle".to_owned());
    } else {
        about.push(row.principles.join(", "));
    }
    if row.overdue {
        about.push(format!("⚠ overdue since {}", row.due.as_deref().unwrap_or_default()));
    }
    let lines = vec![Line::raw(row.text.replace('\n', " ")), Line::styled(about.join(" · "), theme::label())];
    let block = Block::default().borders(Borders::TOP).border_style(theme::dim());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), area);
}
