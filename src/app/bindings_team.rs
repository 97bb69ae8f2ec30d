//! The keys of a team's shared work, rows of the one table (`bindings.rs`): resolving
//! the merge conflicts recorded in a session, and the decisions log across sessions.

use ratatui::crossterm::event::KeyCode;

use super::bindings::{
    always, c, ctrl, forward, has_sessions, k, line_rows, move_by, read_only, row, scroll_by, to, writable,
};
use super::keymap::{Act, Binding, Footer};
use super::{Action, App, Overlay};
use crate::domain::Keep;

fn has_conflicts(app: &App) -> bool {
    app.session().is_some_and(|view| !view.session.conflicts.is_empty())
}

fn several_conflicts(app: &App) -> bool {
    app.session().is_some_and(|view| view.session.conflicts.len() > 1)
}

fn has_decisions(app: &App) -> bool {
    matches!(&app.overlay, Some(Overlay::Decisions(log)) if !log.visible().is_empty())
}

fn keep(key: ratatui::crossterm::event::KeyEvent) -> Action {
    match key.code {
        KeyCode::Char('o') => Action::KeepVersion(Keep::Ours),
        KeyCode::Char('t') => Action::KeepVersion(Keep::Theirs),
        _ => Action::KeepVersion(Keep::Both),
    }
}

#[rustfmt::skip]
pub(super) fn rows() -> Vec<Binding> {
    use Footer::{No, Short, Yes};
    use KeyCode::{BackTab, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};
    use super::keymap::Place::*;
    let mut rows = vec![
        row(Session, vec![c('C')], "C", "resolve merge conflicts", Yes(0), has_conflicts, to(|_| Action::ShowConflicts)),
        row(List, vec![c('D')], "D", "decisions log", Yes(9), has_sessions, to(|_| Action::ShowDecisions)),

        row(Conflicts, vec![c('o'), c('t'), c('b')], "o t b", "keep ours (the field's text now) / theirs / both", Short(1, "o t b", "keep ours / theirs / both"), writable, to(keep)),
        row(Conflicts, vec![c('e')], "e", "edit both together in the field", Short(2, "e", "edit both"), writable, to(|_| Action::EditConflict)),
        row(Conflicts, vec![k(Tab), k(BackTab), k(Right), k(Left)], "Tab S-Tab → ←", "next / previous conflict", Short(3, "Tab", "next"), several_conflicts, to(|key| Action::ConflictMove(if forward(key) { 1 } else { -1 }))),
        row(Conflicts, vec![k(Up), k(Down), c('k'), c('j'), k(PageUp), k(PageDown), k(Home), k(End)], "↑ ↓ k j PgUp PgDn Home End", "scroll", Short(4, "↑ ↓", "scroll"), always, to(scroll_by)),
        row(Conflicts, vec![ctrl('z'), ctrl('y')], "Ctrl+Z Ctrl+Y", "undo / redo", No, writable, to(|key| if key.code == KeyCode::Char('z') { Action::UndoChange } else { Action::RedoChange })),
        row(Conflicts, vec![k(Esc), c('q'), ctrl('c')], "Esc q Ctrl+C", "resolve later (C shows them again)", Short(5, "Esc", "later"), always, to(|_| Action::Deny)),
        row(Conflicts, vec![c('o'), c('t'), c('b'), c('e')], "o t b e", "say why nothing can change (read-only)", No, read_only, to(|_| Action::ExplainReadOnly)),

        row(Decisions, vec![k(Up), k(Down), c('k'), c('j'), k(PageUp), k(PageDown), k(Home), k(End)], "↑ ↓ k j PgUp PgDn Home End", "move", Short(1, "↑ ↓", "move"), has_decisions, to(move_by)),
        row(Decisions, vec![k(Enter)], "Enter", "open it in its session", Yes(2), has_decisions, to(|_| Action::Confirm)),
        row(Decisions, vec![c('/')], "/", "filter by words (@name: the owner)", Short(3, "/", "filter"), always, to(|_| Action::FilterDecisions)),
        row(Decisions, vec![c('o')], "o", "overdue only / all", Short(4, "o", "overdue only"), always, to(|_| Action::ToggleOverdue)),
        row(Decisions, vec![k(Esc), c('q'), ctrl('c')], "Esc q Ctrl+C", "close", Short(5, "Esc", "close"), always, to(|_| Action::Deny)),
        row(Decisions, vec![], "", "words look in the decision, its session, owner, due date, outcome and principles; overdue, open, addressed and settled find those", No, always, Act::Note),

        row(DecisionsFilter, vec![k(Up), k(Down)], "↑ ↓", "move", Yes(2), always, to(move_by)),
        row(DecisionsFilter, vec![k(Enter)], "Enter", "keep the filter", Yes(3), always, to(|_| Action::Confirm)),
        row(DecisionsFilter, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "clear the filter", Short(4, "Esc", "clear the filter"), always, to(|_| Action::Deny)),
    ];
    rows.extend(line_rows(DecisionsFilter, "words the decisions must hold; @name for the owner", Yes(1), always));
    rows
}
