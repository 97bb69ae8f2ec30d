//! The four stages across the top, the current one marked by a symbol, reverse video
//! and colour, so it reads on a projector and under NO_COLOR alike.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme;
use crate::domain::Stage;

/// Below this width only the current stage is named; the others show their number.
const NAMES_FROM_WIDTH: u16 = 70;

pub fn render(frame: &mut Frame, area: Rect, current: Stage) {
    let narrow = area.width < NAMES_FROM_WIDTH;
    let mut spans = vec![Span::raw(" ")];
    for stage in Stage::ALL {
        let text = if narrow && stage != current {
            format!(" {} ", stage.number())
        } else {
            format!(" {} {} ", stage.number(), stage.title())
        };
        if stage == current {
            spans.push(Span::styled(format!("▶{text}"), theme::current_stage()));
        } else {
            spans.push(Span::styled(text, theme::dim()));
        }
        if stage != Stage::Iteration {
            spans.push(Span::styled(" › ", theme::dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
