//! The footer: what just happened or the save state, and the keys that work now.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme;
use crate::app::{App, SaveProblem, SessionView, file_name, key_hints};

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let [status, keys] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let status_line = match (&app.notice, app.session()) {
        (Some(notice), _) => {
            Line::styled(format!(" {}", notice.text), if notice.is_error { theme::error() } else { theme::good() })
        }
        (None, Some(view)) => save_state(view, app),
        (None, None) => Line::raw(""),
    };
    frame.render_widget(Paragraph::new(status_line), status);
    let mut spans = vec![Span::raw(" ")];
    for hint in key_hints(app).into_iter().filter(|h| h.in_footer) {
        spans.push(Span::styled(hint.keys, theme::key()));
        spans.push(Span::raw(format!(" {}  ", hint.does)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), keys);
}

/// Never says "saved" unless the last save succeeded and nothing changed since.
fn save_state(view: &SessionView, app: &App) -> Line<'static> {
    let mut spans = Vec::new();
    if view.editor.is_some() {
        spans.push(Span::styled(" EDITING ", theme::editing_border()));
    }
    if let Some(reason) = view.read_only_reason() {
        spans.push(Span::styled(format!(" read-only: {reason}"), theme::warning()));
        return Line::from(spans);
    }
    match &view.save.problem {
        Some(SaveProblem::Failed(message)) => {
            spans.push(Span::styled(format!(" ✗ not saved: {message}. Ctrl+S retries"), theme::error()));
            return Line::from(spans);
        }
        Some(SaveProblem::Conflict(copy)) => spans.push(Span::styled(
            format!(" ⚠ conflict: the file changed elsewhere; yours is in {} ·", file_name(copy)),
            theme::warning(),
        )),
        None => {}
    }
    let state = match view.save.last_saved {
        _ if view.save.dirty => " ● saving…".to_owned(),
        Some(at) => format!(" ✓ saved {} ago", ago(app.now.saturating_duration_since(at).as_secs())),
        None => " ✓ saved".to_owned(),
    };
    spans.push(Span::styled(state, if view.save.dirty { theme::warning() } else { theme::good() }));
    spans.push(Span::styled(format!("  {}", view.file_name()), theme::dim()));
    Line::from(spans)
}

fn ago(seconds: u64) -> String {
    match seconds {
        0..=59 => format!("{seconds} s"),
        60..=3599 => format!("{} min", seconds / 60),
        _ => format!("{} h", seconds / 3600),
    }
}
