//! Importing a document: the path prompt with its completions, and the report of what
//! went where, with the parts kept aside shown in full (read-only; they are no part of
//! the press release and the coach does not read them).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::text::{truncate, wrapped_rows};
use super::theme;
use crate::app::PathPrompt;
use crate::domain::{KeptAside, count, printable};
use crate::import::ImportReport;

/// Completions listed under the path; Tab cycles through all of them.
const COMPLETIONS_SHOWN: usize = 6;

pub fn path_prompt(frame: &mut Frame, area: Rect, prompt: &PathPrompt) {
    let mut lines = vec![
        Line::raw("Which PR/FAQ to import? A markdown file; Tab completes the name."),
        Line::raw(""),
        Line::from(vec![Span::styled("Path: ", theme::label()), Span::raw(format!("{}▏", printable(&prompt.text)))]),
    ];
    if prompt.completions.len() > 1 {
        lines.push(Line::raw(""));
        let first = prompt.chosen.saturating_sub(COMPLETIONS_SHOWN - 1);
        for (index, name) in prompt.completions.iter().enumerate().skip(first).take(COMPLETIONS_SHOWN) {
            let name = name.rsplit_once('/').map_or(name.as_str(), |(_, last)| last).to_owned();
            let name = if name.is_empty() { prompt.completions[index].clone() } else { name };
            let line = Line::raw(format!("  {}", truncate(&name, 56)));
            lines.push(if index == prompt.chosen { line.style(theme::selected()) } else { line.style(theme::dim()) });
        }
        let more = prompt.completions.len().saturating_sub(first + COMPLETIONS_SHOWN);
        if more > 0 {
            lines.push(Line::styled(format!("  … and {more} more"), theme::dim()));
        }
    }
    super::text_box(frame, area, 68, " Import ", lines, 0);
}

/// What went where: each field with its first words, the parts kept aside in full with
/// why, and the warnings.
pub fn report(frame: &mut Frame, area: Rect, report: &ImportReport, kept: &[KeptAside], scroll: usize) {
    let mut lines = vec![Line::styled(
        format!(
            "{} filled, {} kept aside, {}.",
            count(report.fields.len(), "field"),
            count(kept.len(), "part"),
            count(report.warnings.len(), "warning")
        ),
        theme::label(),
    )];
    if !report.warnings.is_empty() {
        lines.push(Line::raw(""));
        for warning in &report.warnings {
            lines.push(Line::styled(format!("⚠ {}", printable(warning)), theme::warning()));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("── Where it went ──", theme::label()));
    if report.fields.is_empty() {
        lines.push(Line::styled("No field received text.", theme::dim()));
    }
    for field in &report.fields {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", field.place), theme::label()),
            Span::raw(printable(&field.first_words)),
        ]));
    }
    if !kept.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "── Kept from the import (not press release; the coach does not read it) ──",
            theme::label(),
        ));
        for part in kept {
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled(format!("▸ {}", printable(&part.title)), theme::label()),
                Span::styled(format!(" — {}", printable(&part.reason)), theme::dim()),
            ]));
            lines.extend(part.text.lines().map(|line| Line::raw(format!("  {}", printable(line)))));
        }
    }
    // Scrolled no further than the last row at the bottom of the box.
    let width = area.width.saturating_sub(2);
    let rows: usize = lines.iter().map(|line| wrapped_rows(&line.to_string(), width, 10_000).max(1)).sum();
    let last = rows.saturating_sub(usize::from(area.height.saturating_sub(2)));
    let scroll = u16::try_from(scroll.min(last)).unwrap_or(u16::MAX);
    frame.render_widget(Clear, area);
    let title = format!(" Imported from {} ", printable(&report.source));
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme::label());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((scroll, 0)), area);
}
