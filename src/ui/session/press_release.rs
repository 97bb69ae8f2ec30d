//! The press-release stage: the FAQ's hints, and the release's length across versions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Sparkline};

use super::super::theme;
use crate::app::{FaqPart, SessionView};

pub(super) fn faq_hint(part: FaqPart) -> &'static str {
    match part {
        FaqPart::External => "What a customer would ask: price, how to start, their data, how it differs.",
        FaqPart::Internal => "What leadership asks: market size, costs, risks, why now, what would make us stop.",
    }
}

/// The press release's length across the versions and the draft, as a sparkline with
/// the first and last figures beside it.
pub(super) fn length_sparkline(frame: &mut Frame, area: Rect, view: &SessionView) {
    let versions = &view.session.iterations;
    if versions.is_empty() || area.height == 0 {
        return;
    }
    let mut words: Vec<u64> = versions.iter().map(|v| v.press_release.word_count() as u64).collect();
    words.push(view.press_release_words() as u64);
    let label = "Press release length: ";
    let figures = format!("  v{} {} → draft {} words", versions[0].number, words[0], words[words.len() - 1]);
    let label_width = u16::try_from(label.len()).unwrap_or(u16::MAX);
    let bars = u16::try_from(words.len()).unwrap_or(u16::MAX).min(area.width.saturating_sub(label_width));
    // The latest figures matter most: when they do not all fit, the oldest give way.
    let shown = &words[words.len() - usize::from(bars)..];
    frame.render_widget(Paragraph::new(Span::styled(label, theme::dim())), area);
    let spark_area = Rect { x: area.x + label_width, width: bars, ..area };
    frame.render_widget(Sparkline::default().data(shown).style(theme::chosen()), spark_area);
    let rest = Rect { x: spark_area.right(), width: area.right().saturating_sub(spark_area.right()), ..area };
    frame.render_widget(Paragraph::new(Span::styled(figures, theme::dim())), rest);
}
