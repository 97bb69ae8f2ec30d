//! The home screen: every session with its stage, last change and counts, a preview of
//! the selected one, and the filter.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table, TableState, Wrap};

use super::text::truncate;
use super::theme;
use crate::app::{App, file_name};
use crate::domain::{Entry, Stage, Summary, count};

/// Wide enough to show the preview beside the list rather than under it.
const PREVIEW_BESIDE_FROM_WIDTH: u16 = 100;
/// Wide enough for the date and the counts beside title and stage.
const DETAILS_FROM_WIDTH: u16 = 56;
/// The fewest rows a preview under the list is worth drawing with.
const PREVIEW_MIN_ROWS: u16 = 6;
const PREVIEW_MAX_ROWS: u16 = 12;
/// Stage, date and the three counts, with the spaces between columns and the
/// selection marker: what is left is the title's.
const STAGE_WIDTH: u16 = 10;
const DATE_WIDTH: u16 = 10;
const VERDICT_WIDTH: u16 = 7;
const COUNT_WIDTH: u16 = 3;
const MARKER_WIDTH: u16 = 2;

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let list = &app.list;
    let visible = list.visible();
    let show_filter = list.filtering || !list.filter.is_empty() || !list.facets.is_empty();
    let [title, filter, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(u16::from(show_filter)), Constraint::Min(1)])
            .areas(area);
    let sessions = list.listing.sessions().count();
    let heading = format!(" Backwards · {} in {}", count(sessions, "session"), list.folder.display());
    frame.render_widget(Paragraph::new(heading).style(theme::title_bar()), title);
    if show_filter {
        let cursor = if list.filtering { "▏" } else { "" };
        let mut spans = vec![Span::styled(" / ", theme::key()), Span::raw(format!("{}{cursor}", list.filter))];
        if !list.facets.is_empty() {
            let facets: Vec<String> = list.facets.iter().map(|facet| facet.label()).collect();
            spans.extend([Span::styled("   f ", theme::key()), Span::styled(facets.join(" + "), theme::label())]);
        }
        spans.push(Span::styled(format!("   {} of {}", visible.len(), list.listing.entries.len()), theme::dim()));
        let line = Line::from(spans);
        frame.render_widget(Paragraph::new(line), filter);
    }
    if list.listing.entries.is_empty() {
        empty(frame, body, app);
        return;
    }
    let selected = visible.get(list.selected).copied();
    let matches = selected.map(|entry| list.matching_words(entry)).unwrap_or_default();
    if body.width >= PREVIEW_BESIDE_FROM_WIDTH {
        let [left, right] = Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)]).areas(body);
        table(frame, left, &visible, list.selected);
        let block = Block::default().borders(Borders::LEFT).title(" Preview ").border_style(theme::dim());
        preview(frame, right, block, selected, &matches);
        return;
    }
    let spare = body.height.saturating_sub(u16::try_from(visible.len() + 1).unwrap_or(u16::MAX));
    let preview_rows = if spare >= PREVIEW_MIN_ROWS {
        spare.min(PREVIEW_MAX_ROWS)
    } else if body.height >= 2 * PREVIEW_MIN_ROWS {
        PREVIEW_MIN_ROWS
    } else {
        table(frame, body, &visible, list.selected);
        return;
    };
    let [top, bottom] = Layout::vertical([Constraint::Min(1), Constraint::Length(preview_rows)]).areas(body);
    table(frame, top, &visible, list.selected);
    let block = Block::default().borders(Borders::TOP).title(" Preview ").border_style(theme::dim());
    preview(frame, bottom, block, selected, &matches);
}

fn empty(frame: &mut Frame, area: Rect, app: &App) {
    let lines = vec![
        Line::raw(""),
        Line::styled("No sessions yet.", theme::label()),
        Line::raw(""),
        Line::from(vec![
            Span::raw("Press "),
            Span::styled("n", theme::key()),
            Span::raw(
                " to start one. Backwards asks for a title, then walks the room through the customer \
                 problem, the press release and its FAQ, the review and iteration.",
            ),
        ]),
        Line::raw(""),
        Line::raw(format!("Everything is saved as you type, in {}", app.list.folder.display())),
        Line::raw(""),
        Line::from(vec![
            Span::raw("To look at examples first, quit with "),
            Span::styled("q", theme::key()),
            Span::raw(" and start Backwards with --dir pointing at the sessions folder of its repository. "),
            Span::styled("?", theme::key()),
            Span::raw(" lists every key."),
        ]),
    ];
    let padded = Rect { x: area.x + 2, width: area.width.saturating_sub(4), ..area };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), padded);
}

fn table(frame: &mut Frame, area: Rect, entries: &[&Entry], selected: usize) {
    let details = area.width >= DETAILS_FROM_WIDTH;
    let fixed = if details { STAGE_WIDTH + VERDICT_WIDTH + DATE_WIDTH + 3 * COUNT_WIDTH + 6 } else { STAGE_WIDTH + 1 };
    let title_width = usize::from(area.width.saturating_sub(fixed + MARKER_WIDTH));
    // Only the rows that fit are built: a folder may hold thousands of sessions.
    let fits = usize::from(area.height.saturating_sub(1)).max(1);
    let first = selected.saturating_sub(fits - 1);
    let shown = &entries[first.min(entries.len())..(first + fits).min(entries.len())];
    let rows = shown.iter().map(|entry| match entry {
        Entry::Session { summary, .. } => {
            let mut marks = String::new();
            if let Some(kind) = entry.copy_kind() {
                marks.push_str(&format!(" [{kind}]"));
            }
            if summary.read_only.is_some() {
                marks.push_str(" [read-only]");
            }
            if summary.conflicts > 0 {
                marks.push_str(&format!(" ⚠ {}", count(summary.conflicts, "conflict")));
            }
            let title = truncate(&summary.title, title_width.saturating_sub(marks.chars().count()));
            let mut cells = vec![format!("{title}{marks}"), short_stage(summary.stage).to_owned()];
            if details {
                cells.push(summary.verdict.map(|v| v.label()).unwrap_or_default().to_owned());
                cells.push(summary.updated_at.get(..10).unwrap_or(&summary.updated_at).to_owned());
                cells.extend([summary.faq_questions, summary.decisions, summary.iterations].map(|n| format!("{n:>3}")));
            }
            Row::new(cells)
        }
        Entry::Unreadable { path, reason } => {
            let text = truncate(&format!("⚠ {}: {reason}", file_name(path)), title_width);
            Row::new(vec![text, "unreadable".to_owned()]).style(theme::error())
        }
    });
    let mut widths = vec![Constraint::Min(8), Constraint::Length(STAGE_WIDTH)];
    let mut header = vec!["Title", "Stage"];
    if details {
        widths.extend([Constraint::Length(VERDICT_WIDTH), Constraint::Length(DATE_WIDTH)]);
        widths.extend([Constraint::Length(COUNT_WIDTH); 3]);
        header.extend(["Verdict", "Updated", "FAQ", "Dec", "Ver"]);
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::label()))
        .row_highlight_style(theme::selected())
        .highlight_symbol("▶ ");
    let mut state = TableState::default().with_selected(Some(selected - first));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Stage names that fit a narrow column.
fn short_stage(stage: Stage) -> &'static str {
    match stage {
        Stage::Customer => "Customer",
        Stage::PressRelease => "PR/FAQ",
        Stage::Review => "Review",
        Stage::Iteration => "Iteration",
    }
}

fn updated(summary: &Summary) -> String {
    summary.updated_at.get(..16).map(|t| t.replace('T', " ")).unwrap_or_else(|| summary.updated_at.clone())
}

fn preview(frame: &mut Frame, area: Rect, block: Block, entry: Option<&Entry>, matches: &[&str]) {
    let lines = match entry {
        Some(Entry::Session { summary, path }) => {
            let mut lines = session_preview(summary, &file_name(path));
            if !matches.is_empty() {
                lines.insert(1, Line::styled(format!("Found in: {}", matches.join(" · ")), theme::good()));
            }
            lines
        }
        Some(Entry::Unreadable { path, reason }) => vec![
            Line::styled(format!("⚠ {} cannot be read", file_name(path)), theme::error()),
            Line::raw(reason.clone()),
            Line::raw("Fix the file by hand or restore it from a copy; Backwards never rewrites it."),
        ],
        None => vec![Line::styled("No session matches the filter.", theme::dim())],
    };
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), area);
}

fn session_preview(summary: &Summary, file: &str) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(summary.title.clone(), theme::label())];
    if !summary.headline.is_empty() {
        lines.push(Line::raw(format!("“{}”", summary.headline)));
    }
    let mut stage = format!("Stage {}: {}", summary.stage.number(), summary.stage.title());
    if let Some(verdict) = summary.verdict {
        stage.push_str(&format!(" · verdict: {}", verdict.label()));
    }
    lines.push(Line::raw(stage));
    lines.push(Line::raw(format!(
        "Press release {} · {}",
        count(summary.press_release_words, "word"),
        count(summary.faq_questions, "FAQ question")
    )));
    lines.push(Line::raw(format!(
        "Review {}, {} · {}",
        count(summary.review_items, "item"),
        count(summary.decisions, "decision"),
        count(summary.iterations, "version")
    )));
    if summary.open_revisions > 0 {
        lines.push(Line::styled(format!("! open decisions to revise: {}", summary.open_revisions), theme::warning()));
    }
    if summary.conflicts > 0 {
        let conflicts = count(summary.conflicts, "merge conflict");
        lines.push(Line::styled(
            format!("⚠ {conflicts} to resolve; backwards validate names the fields"),
            theme::warning(),
        ));
    }
    if summary.untagged_decisions > 0 {
        let decisions = count(summary.untagged_decisions, "decision");
        lines.push(Line::styled(format!("⚠ {decisions} with no principle"), theme::warning()));
    }
    if !summary.principles.is_empty() {
        let names: Vec<&str> = summary.principles.iter().map(|used| used.name.as_str()).collect();
        lines.push(Line::raw(format!("Principles: {}", names.join(", "))));
    }
    let mut updated = format!("Updated {}", updated(summary));
    if !summary.facilitator.is_empty() {
        updated.push_str(&format!(" · facilitator {}", summary.facilitator));
    }
    lines.push(Line::raw(updated));
    if let Some(reason) = &summary.read_only {
        lines.push(Line::styled(format!("Read-only: {reason}"), theme::warning()));
    }
    lines.push(Line::styled(file.to_owned(), theme::dim()));
    lines
}
