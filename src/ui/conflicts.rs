//! A merge conflict recorded in the session: where it is, each side's version, and the
//! change from ours to theirs word by word, marked as comparisons are.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::diff::segment_lines;
use super::theme;
use crate::app::{ConflictsView, SessionView, conflict_place};
use crate::domain::{diff_words, shown_version};

pub fn render(frame: &mut Frame, area: Rect, view: &SessionView, shown: ConflictsView) {
    let conflicts = &view.session.conflicts;
    let index = shown.index.min(conflicts.len().saturating_sub(1));
    let Some(conflict) = conflicts.get(index) else { return };
    frame.render_widget(Clear, area);
    let title =
        format!(" Merge conflict {} of {} · {} ", index + 1, conflicts.len(), conflict_place(&view.session, conflict));
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme::warning());
    let mut lines = vec![
        Line::raw(format!(
            "Both sides changed {} in ways that overlap. The field holds ours now; keep one version, \
             both, or edit both together.",
            conflict.field
        )),
        Line::raw(""),
    ];
    let (ours, theirs) = (shown_version(&conflict.ours), shown_version(&conflict.theirs));
    lines.extend(version("o  Ours (in the field now)", &ours, conflict.ours.is_null()));
    lines.extend(version("t  Theirs", &theirs, conflict.theirs.is_null()));
    if !conflict.ours.is_null() && !conflict.theirs.is_null() {
        lines.push(Line::from(vec![
            Span::styled("── Word by word, ours to theirs ── ", theme::label()),
            Span::styled("[-ours-]", theme::removed()),
            Span::raw(" "),
            Span::styled("{+theirs+}", theme::added()),
        ]));
        lines.extend(segment_lines(&diff_words(&ours, &theirs)));
        lines.push(Line::raw(""));
    }
    if !conflict.base.is_null() {
        lines.push(Line::styled("── Before either changed it ──", theme::dim()));
        lines.extend(shown_version(&conflict.base).split('\n').map(|line| Line::styled(line.to_owned(), theme::dim())));
    }
    let scroll = u16::try_from(shown.scroll.min(lines.len().saturating_sub(1))).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((scroll, 0)), area);
}

/// A side's version under its heading; a side that deleted the field says so.
fn version(heading: &str, text: &str, deleted: bool) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(format!("── {heading} ──"), theme::label())];
    if deleted {
        lines.push(Line::styled("(deleted on this side)", theme::dim()));
    } else if text.is_empty() {
        lines.push(Line::styled("(empty)", theme::dim()));
    } else {
        lines.extend(text.split('\n').map(|line| Line::raw(line.to_owned())));
    }
    lines.push(Line::raw(""));
    lines
}
