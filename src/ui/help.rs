//! The help overlay: every key of the screen it was opened from.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::{centered, theme};
use crate::app::{App, screen_hints};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let hints = screen_hints(app);
    let mut lines: Vec<Line> = hints
        .iter()
        .map(|hint| Line::from(vec![Span::styled(format!("{:>16}  ", hint.keys), theme::key()), Span::raw(hint.does)]))
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled("Everything you type is saved about a second after you stop.", theme::hint()));
    let height = lines.len() as u16 + 2;
    let popup = centered(area, 72, height);
    frame.render_widget(Clear, popup);
    let block = Block::default().borders(Borders::ALL).title(" Keys (Esc closes) ");
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), popup);
}
