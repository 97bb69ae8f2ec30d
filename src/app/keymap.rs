//! Which key means what, where. The keys follow the design's table; the help overlay
//! and the footer are drawn from the same hints, so they always tell the truth.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, App, Field, Overlay, Screen};
use crate::domain::Stage;

/// A key and what it does, for the footer and the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyHint {
    pub keys: &'static str,
    pub does: &'static str,
    /// Shown in the footer; every hint is shown in the help overlay.
    pub in_footer: bool,
}

const fn hint(keys: &'static str, does: &'static str, in_footer: bool) -> KeyHint {
    KeyHint { keys, does, in_footer }
}

/// What a key press means here and now; None when it means nothing.
pub fn action_for(key: KeyEvent, app: &App) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match (key.code, ctrl) {
        (KeyCode::Char('s'), true) => return Some(Action::SaveNow),
        (KeyCode::Char('q'), true) => return Some(Action::SaveAndQuit),
        _ => {}
    }
    match &app.overlay {
        Some(Overlay::Help) => {
            return matches!(key.code, KeyCode::Esc | KeyCode::F(1) | KeyCode::Char('?' | 'q') | KeyCode::Enter)
                .then_some(Action::ToggleHelp);
        }
        Some(Overlay::NewTitle(_)) => return Some(prompt_key(key)),
        Some(Overlay::ConfirmDelete { .. }) => {
            return match key.code {
                KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Action::Confirm),
                KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::Deny),
                _ => None,
            };
        }
        None => {}
    }
    match &app.screen {
        Screen::List if app.list.filtering => match key.code {
            KeyCode::Up => Some(Action::SelectPrevious),
            KeyCode::Down => Some(Action::SelectNext),
            _ => Some(prompt_key(key)),
        },
        Screen::List => list_key(key),
        Screen::Session(view) => match &view.editor {
            Some(editor) => Some(edit_key(key, editor.field)),
            None => navigate_key(key, view.stage()),
        },
    }
}

fn prompt_key(key: KeyEvent) -> Action {
    match key.code {
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc => Action::Deny,
        _ => Action::PromptKey(key),
    }
}

fn list_key(key: KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::SelectPrevious,
        KeyCode::Down | KeyCode::Char('j') => Action::SelectNext,
        KeyCode::Home => Action::SelectFirst,
        KeyCode::End => Action::SelectLast,
        KeyCode::Enter => Action::OpenSelected,
        KeyCode::Char('n') => Action::AskNewTitle,
        KeyCode::Char('/') => Action::StartFilter,
        KeyCode::Char('d') => Action::AskDelete,
        KeyCode::Char('x') => Action::ExportSelected,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        KeyCode::Esc => Action::Back,
        _ => return None,
    })
}

fn navigate_key(key: KeyEvent, stage: Stage) -> Option<Action> {
    Some(match key.code {
        KeyCode::Char(digit @ '1'..='4') => Action::GoToStage(Stage::ALL[digit as usize - '1' as usize]),
        KeyCode::Char(']') => Action::NextStage,
        KeyCode::Char('[') => Action::PreviousStage,
        KeyCode::Tab | KeyCode::Down | KeyCode::Char('j') => Action::NextField,
        KeyCode::BackTab | KeyCode::Up | KeyCode::Char('k') => Action::PreviousField,
        KeyCode::Enter => Action::Edit,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('a') if matches!(stage, Stage::PressRelease | Stage::Review) => Action::AddItem,
        KeyCode::Char('o') if stage == Stage::Customer => Action::CycleConfidence,
        KeyCode::Char('x') => Action::ExportSession,
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        _ => return None,
    })
}

fn edit_key(key: KeyEvent, field: Field) -> Action {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Esc => Action::Back,
        KeyCode::Tab => Action::NextFieldEditing,
        KeyCode::BackTab => Action::PreviousFieldEditing,
        KeyCode::Enter if field.is_one_line() => Action::NextFieldEditing,
        KeyCode::Char('z') if ctrl => Action::Undo,
        KeyCode::Char('y') if ctrl => Action::Redo,
        _ => Action::EditKey(key),
    }
}

/// The keys that work now, in the order they are worth learning.
pub fn key_hints(app: &App) -> Vec<KeyHint> {
    match &app.overlay {
        Some(Overlay::Help) => vec![hint("Esc ? F1", "close help", true)],
        Some(Overlay::NewTitle(_)) => vec![hint("Enter", "create", true), hint("Esc", "cancel", true)],
        Some(Overlay::ConfirmDelete { .. }) => {
            vec![hint("y Enter", "move to the trash", true), hint("n Esc", "keep it", true)]
        }
        None => screen_hints(app),
    }
}

/// The keys of the screen under any overlay: what the help overlay lists.
pub fn screen_hints(app: &App) -> Vec<KeyHint> {
    match &app.screen {
        Screen::List if app.list.filtering => vec![
            hint("type", "filter by words in titles and content", true),
            hint("↑ ↓", "move", true),
            hint("Enter", "keep the filter", true),
            hint("Esc", "clear the filter", true),
        ],
        Screen::List => vec![
            hint("↑ ↓", "move", true),
            hint("Enter", "open", true),
            hint("n", "new", true),
            hint("/", "filter", true),
            hint("d", "delete", true),
            hint("x", "export", true),
            hint("q", "quit", true),
            hint("?", "help", true),
            hint("Home End", "first / last session", false),
            hint("Esc", "clear the filter", false),
            hint("Ctrl+Q", "quit", false),
        ],
        Screen::Session(view) if view.editor.is_some() => {
            let one_line = view.editor.as_ref().is_some_and(|e| e.field.is_one_line());
            vec![
                hint("Esc", "stop editing", true),
                hint("Tab S-Tab", "next / previous field", true),
                if one_line { hint("Enter", "next field", true) } else { hint("Enter", "new line", false) },
                hint("Ctrl+Z Ctrl+Y", "undo / redo", true),
                hint("Ctrl+S", "save now", true),
                hint("Ctrl+Q", "save and quit", true),
                hint("paste", "inserts the text", false),
                hint("arrows Home End", "move the cursor", false),
            ]
        }
        Screen::Session(view) => {
            let stage = view.stage();
            let writable = view.read_only_reason().is_none();
            let mut hints = vec![hint("Tab ↑ ↓", "field", true)];
            if writable {
                hints.push(hint("Enter", "edit", true));
            }
            hints.push(hint("1-4 ] [", "stage", true));
            match stage {
                Stage::Customer if writable => hints.push(hint("o", "confidence", true)),
                Stage::PressRelease if writable => hints.push(hint("a", "add a FAQ question", true)),
                Stage::Review if writable => hints.push(hint("a", "add a review item", true)),
                _ => {}
            }
            hints.extend([
                hint("x", "export", true),
                hint("Esc", "list", true),
                hint("?", "help", true),
                hint("S-Tab", "previous field", false),
                hint("Ctrl+S", "save now", false),
                hint("Ctrl+Q", "save and quit", false),
            ]);
            hints
        }
    }
}
