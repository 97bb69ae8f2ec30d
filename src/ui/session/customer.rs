//! The customer stage: the confidence each answer is given.

use ratatui::text::{Line, Span};

use super::super::theme;
use crate::domain::Confidence;

/// Wide enough to say which key changes the confidence, after the choices.
const SELECTOR_KEY_FROM_WIDTH: u16 = 72;

/// Wide enough to name what the choices are.
const SELECTOR_NAMED_FROM_WIDTH: u16 = 58;

pub(super) fn confidence_selector(chosen: Confidence, writable: bool, width: u16) -> Line<'static> {
    let prefix = if width >= SELECTOR_NAMED_FROM_WIDTH { "  Confidence: " } else { "  " };
    let mut spans = vec![Span::styled(prefix, theme::hint())];
    for confidence in Confidence::ALL {
        if confidence == chosen {
            spans.push(Span::styled(format!("● {}", confidence.label()), theme::chosen()));
        } else {
            spans.push(Span::styled(format!("○ {}", confidence.label()), theme::dim()));
        }
        spans.push(Span::raw("  "));
    }
    if writable && width >= SELECTOR_KEY_FROM_WIDTH {
        spans.push(Span::styled("o changes it", theme::hint()));
    }
    Line::from(spans)
}
