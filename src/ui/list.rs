//! The home screen: every session with its stage, last change and counts, a preview of
//! the selected one, and the filter.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState, Wrap};

use super::theme;
use crate::app::{App, file_name};
use crate::domain::Stage;
use crate::store::{Entry, Summary};

/// Wide enough to show the preview beside the list.
const PREVIEW_FROM_WIDTH: u16 = 100;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let list = &app.list;
    let visible = list.visible();
    let [title, filter, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(list.filtering || !list.filter.is_empty())),
        Constraint::Min(1),
    ])
    .areas(area);
    let sessions = list.listing.sessions().count();
    let heading = format!(" Backwards · {sessions} sessions in {}", list.folder.display());
    frame.render_widget(Paragraph::new(heading).style(theme::title_bar()), title);
    if list.filtering || !list.filter.is_empty() {
        let cursor = if list.filtering { "▏" } else { "" };
        let line = Line::from(vec![
            Span::styled(" / ", theme::key()),
            Span::raw(format!("{}{cursor}", list.filter)),
            Span::styled(format!("   {} of {}", visible.len(), list.listing.entries.len()), theme::dim()),
        ]);
        frame.render_widget(Paragraph::new(line), filter);
    }
    if list.listing.entries.is_empty() {
        empty(frame, body, app);
        return;
    }
    let (table_area, preview_area) = if body.width >= PREVIEW_FROM_WIDTH {
        let [left, right] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
        (left, Some(right))
    } else {
        (body, None)
    };
    table(frame, table_area, &visible, list.selected);
    if let Some(area) = preview_area {
        preview(frame, area, visible.get(list.selected).copied());
    }
}

fn empty(frame: &mut Frame, area: Rect, app: &App) {
    let lines = vec![
        Line::raw(""),
        Line::styled("  No sessions yet.", theme::label()),
        Line::raw(""),
        Line::from(vec![
            Span::raw("  Press "),
            Span::styled("n", theme::key()),
            Span::raw(" to start one: you will be asked for a title."),
        ]),
        Line::raw(format!("  Sessions are saved in {}", app.list.folder.display())),
        Line::raw("  To look at examples first, start Backwards with --dir sessions in its repository."),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
}

fn table(frame: &mut Frame, area: Rect, entries: &[&Entry], selected: usize) {
    let wide = area.width >= 50;
    let rows = entries.iter().map(|entry| match entry {
        Entry::Session { summary, .. } => {
            let mut title = summary.title.clone();
            if entry.is_copy() {
                title.push_str(&format!("  [copy: {}]", file_name(entry.path())));
            }
            if summary.read_only.is_some() {
                title.push_str("  [read-only]");
            }
            let mut cells = vec![title, short_stage(summary.stage).to_owned()];
            if wide {
                cells.push(summary.updated_at.get(..10).unwrap_or(&summary.updated_at).to_owned());
                cells.push(format!("{:>2} {:>2} {:>2}", summary.faq_questions, summary.decisions, summary.iterations));
            }
            Row::new(cells)
        }
        Entry::Unreadable { path, reason } => {
            Row::new(vec![format!("⚠ {}: {reason}", file_name(path)), "unreadable".to_owned()]).style(theme::error())
        }
    });
    let widths: Vec<Constraint> = if wide {
        vec![Constraint::Min(16), Constraint::Length(9), Constraint::Length(10), Constraint::Length(8)]
    } else {
        vec![Constraint::Min(16), Constraint::Length(9)]
    };
    let mut header = vec!["Title", "Stage"];
    if wide {
        header.extend(["Updated", "FAQ D V"]);
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::label()))
        .row_highlight_style(theme::selected())
        .highlight_symbol("▶ ");
    let mut state = TableState::default().with_selected(Some(selected));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Stage names that fit a narrow column.
fn short_stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Customer => "Customer",
        Stage::PressRelease => "PR/FAQ",
        Stage::Review => "Review",
        Stage::Iteration => "Iteration",
    }
}

fn updated(summary: &Summary) -> String {
    summary.updated_at.get(..16).map(|t| t.replace('T', " ")).unwrap_or_else(|| summary.updated_at.clone())
}

fn preview(frame: &mut Frame, area: Rect, entry: Option<&Entry>) {
    let block = Block::default().borders(Borders::LEFT).title(" Preview ");
    let lines = match entry {
        Some(Entry::Session { summary, path }) => {
            let mut lines = vec![Line::styled(summary.title.clone(), theme::label()), Line::raw("")];
            if !summary.headline.is_empty() {
                lines.push(Line::raw(format!("“{}”", summary.headline)));
                lines.push(Line::raw(""));
            }
            lines.push(Line::raw(format!("Stage: {}", summary.stage.title())));
            if !summary.facilitator.is_empty() {
                lines.push(Line::raw(format!("Facilitator: {}", summary.facilitator)));
            }
            lines.push(Line::raw(format!("Press release: {} words", summary.press_release_words)));
            lines.push(Line::raw(format!("FAQ: {} questions", summary.faq_questions)));
            lines.push(Line::raw(format!("Review: {} items, {} decisions", summary.review_items, summary.decisions)));
            if summary.open_revisions > 0 {
                lines.push(Line::styled(format!("Open revisions: {}", summary.open_revisions), theme::warning()));
            }
            if let Some(verdict) = summary.verdict {
                lines.push(Line::raw(format!("Verdict: {}", verdict.label())));
            }
            lines.push(Line::raw(format!("Versions: {}", summary.iterations)));
            lines.push(Line::raw(format!("Updated: {}", updated(summary))));
            if let Some(reason) = &summary.read_only {
                lines.push(Line::styled(format!("Read-only: {reason}"), theme::warning()));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(file_name(path), theme::dim()));
            lines
        }
        Some(Entry::Unreadable { path, reason }) => vec![
            Line::styled(format!("⚠ {} cannot be read", file_name(path)), theme::error()),
            Line::raw(""),
            Line::raw(reason.clone()),
            Line::raw(""),
            Line::raw("Fix the file by hand or restore it from a copy; Backwards never rewrites it."),
        ],
        None => vec![Line::styled("No session matches the filter.", theme::dim())],
    };
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), area);
}
