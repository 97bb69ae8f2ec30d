//! Two drafts compared: every part that changed, word by word. Changes are marked by
//! colour and by brackets, `[-taken out-]` and `{+put in+}`, so they read under NO_COLOR
//! and on a projector that washes colour out.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::theme;
use crate::app::DiffView;
use crate::domain::{Segment, count};

pub fn render(frame: &mut Frame, area: Rect, diff: &DiffView) {
    frame.render_widget(Clear, area);
    let title = format!(" {} ", diff.title);
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme::label());
    let mut lines = vec![Line::from(vec![
        Span::raw(format!("{} changed.  ", count(diff.parts.len(), "part"))),
        Span::styled("[-taken out-]", theme::removed()),
        Span::raw(" "),
        Span::styled("{+put in+}", theme::added()),
    ])];
    if diff.parts.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("The two drafts are the same.", theme::dim()));
    }
    for part in &diff.parts {
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!("── {} ──", part.place), theme::label()));
        lines.extend(segment_lines(&part.segments));
    }
    let scroll = u16::try_from(diff.scroll).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((scroll, 0)), area);
}

/// The segments laid out as lines: a segment's line breaks start new lines, and each
/// piece of a change carries its brackets.
pub(super) fn segment_lines(segments: &[Segment]) -> Vec<Line<'static>> {
    let mut lines = vec![Line::default()];
    for segment in segments {
        let style = match segment {
            Segment::Same(_) => ratatui::style::Style::default(),
            Segment::Removed(_) => theme::removed(),
            Segment::Added(_) => theme::added(),
        };
        let (open, close) = segment.brackets();
        for (index, piece) in segment.text().split('\n').enumerate() {
            if index > 0 {
                lines.push(Line::default());
            }
            if piece.is_empty() {
                continue;
            }
            let shown = piece.replace('\t', "    ");
            if let Some(line) = lines.last_mut() {
                line.spans.push(Span::styled(format!("{open}{shown}{close}"), style));
            }
        }
    }
    lines
}
