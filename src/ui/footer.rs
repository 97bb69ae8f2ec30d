//! The footer: what just happened or the save state, and the keys that work now.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme;
use crate::app::{App, HELP, KeyHint, SessionView, key_hints};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let [status, keys] =
        Layout::vertical([Constraint::Length(area.height.saturating_sub(1)), Constraint::Length(1)]).areas(area);
    frame.render_widget(Paragraph::new(status_line(app, area.width)).wrap(Wrap { trim: false }), status);
    frame.render_widget(Paragraph::new(keys_line(&key_hints(app), usize::from(keys.width))), keys);
}

/// Rows the footer needs: the keys, and the status on one row or, when it says more
/// than one row holds (a conflict copy's name), two.
pub fn height(app: &App, width: u16) -> u16 {
    if status_line(app, width).width() > usize::from(width) { 3 } else { 2 }
}

/// The mode, then what just happened or, when nothing did, the save state.
fn status_line(app: &App, width: u16) -> Line<'static> {
    let mut spans = Vec::new();
    match app.session().and_then(|view| view.editor.as_ref()) {
        Some(editor) if editor.writable => spans.push(Span::styled(" EDITING ", theme::mode())),
        Some(_) => spans.push(Span::styled(" READING ", theme::mode())),
        None => {}
    }
    match (&app.notice, app.session()) {
        (Some(notice), _) => {
            let (symbol, style) = if notice.is_error { ("✗", theme::error()) } else { ("›", theme::good()) };
            spans.push(Span::styled(format!(" {symbol} {}", notice.text), style));
        }
        (None, Some(view)) => {
            spans.extend(save_state(view, app));
            let conflicts = view.session.conflicts.len();
            if conflicts > 0 {
                let text = format!("  ⚠ {} to resolve: C", crate::domain::count(conflicts, "merge conflict"));
                spans.push(Span::styled(text, theme::warning()));
            }
            let untagged = view.session.decisions_without_principle();
            if untagged > 0 && view.stage() == crate::domain::Stage::Review {
                let decisions = crate::domain::count(untagged, "decision");
                spans.push(Span::styled(format!("  ⚠ {decisions} without a principle"), theme::warning()));
            }
            // The file's name helps find it, but is worth a row of its own on no screen.
            let name = format!("  {}", view.file_name());
            if Line::from(spans.clone()).width() + name.chars().count() <= usize::from(width) {
                spans.push(Span::styled(name, theme::dim()));
            }
        }
        (None, None) => {}
    }
    Line::from(spans)
}

/// As many keys as fit, in order; the help key stays, since help lists the rest.
fn keys_line(hints: &[KeyHint], width: usize) -> Line<'static> {
    let cost = |hint: &KeyHint| hint.keys.chars().count() + 1 + hint.does.chars().count() + 2;
    let reserved = if hints.contains(&HELP) { cost(&HELP) } else { 0 };
    let mut used = 1 + reserved;
    let mut shown: Vec<KeyHint> = Vec::new();
    for hint in hints.iter().filter(|h| **h != HELP) {
        used += cost(hint);
        // The last hint's two spaces of separation need no room.
        if used - 2 > width {
            break;
        }
        shown.push(*hint);
    }
    if reserved > 0 {
        shown.push(HELP);
    }
    let mut spans = vec![Span::raw(" ")];
    for hint in shown {
        spans.push(Span::styled(hint.keys, theme::key()));
        spans.push(Span::raw(format!(" {}  ", hint.does)));
    }
    Line::from(spans)
}

/// Never says "saved" unless the last save succeeded and nothing changed since.
fn save_state(view: &SessionView, app: &App) -> Vec<Span<'static>> {
    if let Some(reason) = view.read_only_reason() {
        return vec![Span::styled(format!(" read-only: {reason}"), theme::warning())];
    }
    if let Some(message) = &view.save.failed {
        return vec![Span::styled(format!(" ✗ not saved: {message} — Ctrl+S to retry"), theme::error())];
    }
    if view.save.awaiting_choice {
        return vec![Span::styled(" ⚠ not saved until you choose: the file changed on disk", theme::warning())];
    }
    let mut spans = Vec::new();
    let state = match view.save.last_saved {
        _ if view.save.dirty => " ● saving…".to_owned(),
        Some(at) => format!(" ✓ saved {} ago", ago(app.now.saturating_duration_since(at).as_secs())),
        None => " ✓ saved".to_owned(),
    };
    spans.push(Span::styled(state, if view.save.dirty { theme::warning() } else { theme::good() }));
    spans
}

/// The number `ago` shows, apart for each unit: its changes are the ones worth a frame.
pub(super) fn ago_unit(seconds: u64) -> u64 {
    match seconds {
        0..=59 => seconds,
        60..=3599 => 100 + seconds / 60,
        _ => 1000 + seconds / 3600,
    }
}

fn ago(seconds: u64) -> String {
    match seconds {
        0..=59 => format!("{seconds} s"),
        60..=3599 => format!("{} min", seconds / 60),
        _ => format!("{} h", seconds / 3600),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn keys_that_do_not_fit_give_way_but_help_stays() {
        let hints = [
            KeyHint { keys: "Tab", does: "field" },
            KeyHint { keys: "Enter", does: "edit" },
            HELP,
            KeyHint { keys: "x", does: "export" },
        ];
        assert_eq!(text(&keys_line(&hints, 80)), " Tab field  Enter edit  x export  ? help  ");
        assert_eq!(text(&keys_line(&hints, 30)), " Tab field  Enter edit  ? help  ");
        assert_eq!(text(&keys_line(&hints, 29)), " Tab field  ? help  ");
        assert_eq!(text(&keys_line(&hints, 10)), " ? help  ");
    }
}
