//! The keys of documents, rows of the one table (`bindings.rs`): importing a PR/FAQ on
//! the list (`i`), what an import brought, and the coach's notes on the whole draft (`N`).

use ratatui::crossterm::event::KeyCode;

use super::bindings::{always, c, ctrl, k, line_rows, move_by, row, scroll_by, to};
use super::keymap::{Binding, Footer, Place};
use super::{Action, App};

fn imported(app: &App) -> bool {
    app.session().is_some_and(|view| view.session.imported_from.is_some())
}

/// Importing on the list (`i`), what the import brought, and the coach's notes on the
/// whole draft (`N`).
#[rustfmt::skip]
pub(super) fn rows() -> Vec<Binding> {
    use Footer::{No, Short, Yes};
    use KeyCode::{Delete, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab, Up};
    use Place::*;
    let mut rows = vec![
        row(List, vec![c('i')], "i", "import a PR/FAQ written elsewhere (markdown)", Short(8, "i", "import"), always, to(|_| Action::AskImportPath)),
        row(Session, vec![c('N')], "N", "the coach's notes on the whole draft", Short(18, "N", "notes"), always, to(|_| Action::ShowNotes)),
        row(Session, vec![c('i')], "i", "what the import brought: where it went, what was kept aside", No, imported, to(|_| Action::ShowImport)),

        row(ImportPath, vec![k(Enter)], "Enter", "import it", Yes(1), always, to(|_| Action::Confirm)),
        row(ImportPath, vec![k(Tab)], "Tab", "complete the name (again: the next one)", Short(2, "Tab", "complete"), always, to(|_| Action::CompletePath)),
        row(ImportPath, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "cancel", Short(3, "Esc", "cancel"), always, to(|_| Action::Deny)),

        row(ImportReport, vec![k(Up), k(Down), c('k'), c('j')], "↑ ↓ k j", "scroll a line", Short(1, "↑ ↓ PgUp PgDn", "scroll"), always, to(scroll_by)),
        row(ImportReport, vec![k(PageUp), k(PageDown), c(' ')], "PgUp PgDn Space", "scroll a page", No, always, to(scroll_by)),
        row(ImportReport, vec![k(Home), k(End)], "Home End", "to the top / the end", No, always, to(scroll_by)),
        row(ImportReport, vec![k(Esc), k(Enter), c('q'), ctrl('c')], "Esc Enter q Ctrl+C", "close, to the session", Short(2, "Esc", "close"), always, to(|_| Action::Deny)),

        row(Notes, vec![k(Up), k(Down), c('k'), c('j'), k(PageUp), k(PageDown), k(Home), k(End)], "↑ ↓ k j PgUp PgDn Home End", "move", Short(1, "↑ ↓", "move"), always, to(move_by)),
        row(Notes, vec![k(Enter)], "Enter", "go to its place", Yes(2), always, to(|_| Action::Confirm)),
        row(Notes, vec![c('d'), k(Delete)], "d Delete", "dismiss it for good (remembered in the session)", Short(3, "d", "dismiss"), always, to(|_| Action::DismissNote)),
        row(Notes, vec![k(Esc), c('N'), c('q'), ctrl('c')], "Esc N q Ctrl+C", "close", Short(4, "Esc", "close"), always, to(|_| Action::Deny)),
    ];
    rows.extend(line_rows(ImportPath, "the path", No, always));
    rows
}
