//! The help overlay: every key of the screen it was opened from, the mode in use first.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{centered, theme};
use crate::app::{App, HelpSection, help_sections};

const AUTOSAVE_NOTE: &str = "Saved within a second; a recovery copy keeps what is typed between saves.";
/// Side by side, sections need this much room to stay readable.
const TWO_COLUMNS_FROM_WIDTH: u16 = 76;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let sections = help_sections(app);
    let columns: Vec<Vec<Line>> = sections.iter().map(section_lines).collect();
    let stacked_rows: usize = columns.iter().map(|c| c.len() + 1).sum::<usize>() + 1;
    let side_by_side =
        columns.len() > 1 && stacked_rows + 2 > usize::from(area.height) && area.width >= TWO_COLUMNS_FROM_WIDTH;
    let block = Block::default().borders(Borders::ALL).title(" Keys (Esc closes) ").border_style(theme::label());
    if side_by_side {
        let tallest = columns.iter().map(Vec::len).max().unwrap_or(0);
        let popup = centered(area, 110, to_u16(tallest + 4));
        frame.render_widget(Clear, popup);
        let inner = block.inner(popup);
        frame.render_widget(block, popup);
        let [body, note] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
        // Each column as wide as its longest line asks, so that fewer lines wrap.
        let widths =
            columns.iter().map(|lines| Constraint::Fill(to_u16(lines.iter().map(Line::width).max().unwrap_or(1))));
        let halves = Layout::horizontal(widths).split(body);
        for (lines, half) in columns.into_iter().zip(halves.iter()) {
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), *half);
        }
        frame.render_widget(Paragraph::new(Line::styled(AUTOSAVE_NOTE, theme::hint())), note);
        return;
    }
    let mut lines: Vec<Line> = Vec::new();
    for column in columns {
        lines.extend(column);
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(AUTOSAVE_NOTE, theme::hint()));
    let popup = centered(area, 72, to_u16(lines.len() + 2));
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), popup);
}

fn section_lines(section: &HelpSection) -> Vec<Line<'static>> {
    let key_width = section.hints.iter().map(|h| h.keys.chars().count()).max().unwrap_or(0).min(16);
    let mut lines = vec![Line::styled(section.title, theme::label())];
    for hint in &section.hints {
        lines.push(if hint.keys.is_empty() {
            Line::styled(format!(" {}", hint.does), theme::hint())
        } else {
            Line::from(vec![Span::styled(format!(" {:>key_width$}  ", hint.keys), theme::key()), Span::raw(hint.does)])
        });
    }
    lines
}

fn to_u16(count: usize) -> u16 {
    u16::try_from(count).unwrap_or(u16::MAX)
}
