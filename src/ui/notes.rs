//! The coach's notes on the whole draft in one panel: each note's place and what to do,
//! the one the keys are on marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::NotesPanel;
use crate::domain::{Severity, count, printable};

pub fn render(frame: &mut Frame, area: Rect, panel: &NotesPanel) {
    frame.render_widget(Clear, area);
    let errors = panel.notes.iter().filter(|note| note.severity == Severity::Error).count();
    let title =
        format!(" The coach's notes · {}, {} ", count(errors, "error"), count(panel.notes.len() - errors, "warning"));
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme::label());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if panel.notes.is_empty() {
        let line = Line::styled("No notes: the coach has nothing to say about this draft.", theme::good());
        frame.render_widget(Paragraph::new(line), inner);
        return;
    }
    // Each note: its place on one row, its message wrapped under it, a blank row after.
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_row = 0;
    for (index, note) in panel.notes.iter().enumerate() {
        let at_cursor = index == panel.cursor;
        if at_cursor {
            cursor_row = lines.len();
        }
        let (mark, style) = match note.severity {
            Severity::Error => ("✖ ", theme::error()),
            Severity::Warning => ("✎ ", theme::warning()),
        };
        let place = Line::from(vec![
            Span::raw(if at_cursor { "▶ " } else { "  " }),
            Span::styled(mark, style),
            Span::styled(printable(&note.place), theme::label()),
        ]);
        lines.push(if at_cursor { place.style(theme::selected()) } else { place });
        lines.push(Line::raw(format!("    {}", printable(&note.message))));
        lines.push(Line::raw(""));
    }
    // Messages wrap; keeping the cursor's note a few rows from the top is enough to see it.
    let scroll = cursor_row.saturating_sub(usize::from(inner.height) / 3);
    let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)), inner);
}
