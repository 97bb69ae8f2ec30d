//! The decisions log over the list: `D` reads every session (an effect), the result
//! becomes the log, typed words and `o` narrow it, and Enter opens the decision's
//! session on the review with the decision focused.

use super::common::error;
use crate::app::{App, DecisionsLog, Effect, Now, Overlay};
use crate::domain::{DecisionFilter, EverySession, count, decision_log};

/// `D`: the log opens at once, saying it is reading, and the sessions are read.
pub(super) fn show(app: &mut App) -> Vec<Effect> {
    if app.session().is_some() {
        return Vec::new();
    }
    app.overlay = Some(Overlay::Decisions(DecisionsLog::default()));
    vec![Effect::ReadEverySession]
}

pub(super) fn read(app: &mut App, every: Result<EverySession, String>, now: &Now) -> Vec<Effect> {
    // Closed before the sessions were read: nothing waits for them.
    let Some(Overlay::Decisions(log)) = &mut app.overlay else { return Vec::new() };
    let every = match every {
        Ok(every) => every,
        Err(message) => {
            app.overlay = None;
            return error(app, format!("Cannot read the sessions for the decisions log: {message}"));
        }
    };
    let sessions = every.sessions.iter().map(|(_, session)| session);
    log.rows = Some(decision_log(sessions, now.today(), &DecisionFilter::default()));
    log.files = every.sessions.into_iter().map(|(path, session)| (session.id, path)).collect();
    log.skipped = every.skipped.len();
    log.move_cursor(0);
    match every.skipped.first() {
        Some(first) => error(app, format!("{} not read ({first}).", count(every.skipped.len(), "session file"))),
        None => Vec::new(),
    }
}

pub(super) fn start_filter(app: &mut App) -> Vec<Effect> {
    if let Some(Overlay::Decisions(log)) = &mut app.overlay {
        log.filtering = true;
    }
    Vec::new()
}

pub(super) fn toggle_overdue(app: &mut App) -> Vec<Effect> {
    if let Some(Overlay::Decisions(log)) = &mut app.overlay {
        log.overdue_only = !log.overdue_only;
        log.selected = 0;
    }
    Vec::new()
}

/// Enter: while typing, the filter is kept; else the decision's session opens on it.
pub(super) fn confirm(app: &mut App, mut log: DecisionsLog) -> Vec<Effect> {
    if log.filtering {
        log.filtering = false;
        app.overlay = Some(Overlay::Decisions(log));
        return Vec::new();
    }
    match log.target() {
        Some(target) => {
            let open = Effect::Open(target.path.clone());
            app.jump_to = Some((target, Box::new(log)));
            vec![open]
        }
        None => {
            app.overlay = Some(Overlay::Decisions(log));
            Vec::new()
        }
    }
}

/// Esc: while typing, the filter is cleared; else the log closes.
pub(super) fn dismiss(app: &mut App, mut log: DecisionsLog) -> Vec<Effect> {
    if log.filtering {
        log.filtering = false;
        log.filter.clear();
        log.selected = 0;
        app.overlay = Some(Overlay::Decisions(log));
    }
    Vec::new()
}
