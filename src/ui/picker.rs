//! A list to choose from, narrowed by typing: principles, people, places in the draft,
//! the list's filters.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::text::truncate;
use super::{centered, theme};
use crate::app::Picker;

const WIDTH: u16 = 80;

pub fn render(frame: &mut Frame, area: Rect, picker: &Picker) {
    let visible = picker.visible();
    let new_name = picker.new_name();
    let rows = picker.rows();
    let height = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(4).max(6);
    let area = centered(area, WIDTH, height);
    frame.render_widget(Clear, area);
    let block =
        Block::default().borders(Borders::ALL).title(format!(" {} ", picker.title)).border_style(theme::label());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let filter = if picker.filter.is_empty() {
        Line::styled("Type to narrow the list.", theme::dim())
    } else {
        Line::from(vec![Span::styled("Narrowed to: ", theme::label()), Span::raw(format!("{}▏", picker.filter))])
    };
    let mut lines = vec![filter, Line::raw("")];
    let fits = usize::from(inner.height.saturating_sub(2)).max(1);
    let first = picker.cursor.saturating_sub(fits - 1);
    for row in first..rows.min(first + fits) {
        let at_cursor = row == picker.cursor;
        let marker = if at_cursor { "▶ " } else { "  " };
        let line = match visible.get(row) {
            Some(index) => {
                let choice = &picker.choices[*index];
                let mut spans = vec![Span::raw(marker)];
                if picker.multi {
                    spans.push(Span::raw(if choice.chosen { "[x] " } else { "[ ] " }));
                } else if choice.chosen {
                    spans.push(Span::raw("● "));
                }
                let used: usize = spans.iter().map(Span::width).sum();
                let label = truncate(&choice.label, width.saturating_sub(used));
                let room = width.saturating_sub(used + label.chars().count() + 3);
                spans.push(Span::styled(label, if choice.chosen { theme::chosen() } else { theme::label() }));
                if !choice.detail.is_empty() && room > 8 {
                    spans.push(Span::styled(format!(" — {}", truncate(&choice.detail, room)), theme::dim()));
                }
                Line::from(spans)
            }
            None => Line::from(vec![
                Span::raw(marker),
                Span::styled(format!("+ add “{}”", new_name.unwrap_or_default()), theme::label()),
            ]),
        };
        lines.push(if at_cursor { line.style(theme::selected()) } else { line });
    }
    if rows == 0 {
        lines.push(Line::styled(format!("Nothing matches “{}”.", picker.filter), theme::dim()));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
