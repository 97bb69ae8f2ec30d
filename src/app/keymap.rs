//! Which key means what, where. The keys follow the design's table; the help overlay
//! and the footer are drawn from the same hints, so they always tell the truth.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, App, Editor, Field, ItemPart, Overlay, Screen, SessionView};
use crate::domain::Stage;

/// A key and what it does, for the footer and the help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyHint {
    pub keys: &'static str,
    pub does: &'static str,
    /// Shown in the footer; every hint is shown in the help overlay.
    pub in_footer: bool,
}

/// The keys of one screen or mode, under a heading, for the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpSection {
    pub title: &'static str,
    pub hints: Vec<KeyHint>,
}

const fn hint(keys: &'static str, does: &'static str, in_footer: bool) -> KeyHint {
    KeyHint { keys, does, in_footer }
}

/// The way to every other key: the footer keeps it when it has room for nothing else.
pub const HELP: KeyHint = hint("?", "help", true);

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
        Some(Overlay::OutsideChange(_)) => {
            return match key.code {
                KeyCode::Char('r') => Some(Action::ReloadTheirs),
                KeyCode::Char('k') => Some(Action::KeepMine),
                KeyCode::Char('c') => Some(Action::CompareTheirs),
                KeyCode::Esc => Some(Action::Deny),
                _ => is_ctrl_c(key).then_some(Action::Deny),
            };
        }
        Some(Overlay::OfferRecovery) => {
            return match key.code {
                KeyCode::Char('r') => Some(Action::RestoreRecovery),
                KeyCode::Char('c') => Some(Action::CompareRecovery),
                KeyCode::Char('d') => Some(Action::DiscardRecovery),
                KeyCode::Esc => Some(Action::Deny),
                _ => is_ctrl_c(key).then_some(Action::Deny),
            };
        }
        Some(
            Overlay::ConfirmDelete { .. }
            | Overlay::ConfirmDeleteItem { .. }
            | Overlay::ConfirmRestore { .. }
            | Overlay::OfferSilentReading,
        ) => return yes_or_no(key),
        Some(Overlay::Picker(picker)) => {
            return Some(match key.code {
                KeyCode::Up => Action::PickerMove(-1),
                KeyCode::Down => Action::PickerMove(1),
                KeyCode::PageUp => Action::PickerMove(-10),
                KeyCode::PageDown => Action::PickerMove(10),
                KeyCode::Char(' ') if picker.multi => Action::PickerToggle,
                _ => prompt_key(key),
            });
        }
        Some(Overlay::Verdict(_)) => {
            return Some(match key.code {
                KeyCode::Left | KeyCode::BackTab => Action::Cycle { forward: false },
                KeyCode::Right | KeyCode::Tab => Action::Cycle { forward: true },
                _ => prompt_key(key),
            });
        }
        Some(Overlay::People(_) | Overlay::Snapshot(_)) => return Some(prompt_key(key)),
        Some(Overlay::Diff(_) | Overlay::Presenter(_)) => {
            return match key.code {
                KeyCode::Up | KeyCode::Char('k') => Some(Action::Scroll(-1)),
                KeyCode::Down | KeyCode::Char('j') => Some(Action::Scroll(1)),
                KeyCode::PageUp => Some(Action::Scroll(-20)),
                KeyCode::PageDown | KeyCode::Char(' ') => Some(Action::Scroll(20)),
                KeyCode::Home => Some(Action::Scroll(isize::MIN)),
                KeyCode::End => Some(Action::Scroll(isize::MAX)),
                KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') => Some(Action::Deny),
                _ => is_ctrl_c(key).then_some(Action::Deny),
            };
        }
        Some(Overlay::Coverage(_)) => {
            return matches!(key.code, KeyCode::Esc | KeyCode::Enter | KeyCode::Char('c' | 'q'))
                .then_some(Action::Deny)
                .or_else(|| is_ctrl_c(key).then_some(Action::Deny));
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
            Some(editor) => Some(edit_key(key, editor)),
            None => navigate_key(key, view),
        },
    }
}

/// A key without Ctrl or Alt (Shift is part of typing `?` or `A`): only those are
/// commands, so Ctrl+D never deletes and Alt+1 never changes the stage.
fn is_plain(key: KeyEvent) -> bool {
    !key.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// The answer to a yes/no question: y or Enter, n or Esc; Ctrl+C is a no. With Ctrl or
/// Alt held, no other key answers.
fn yes_or_no(key: KeyEvent) -> Option<Action> {
    if !is_plain(key) {
        return is_ctrl_c(key).then_some(Action::Deny);
    }
    match key.code {
        KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Action::Deny),
        _ => None,
    }
}

fn is_ctrl_c(key: KeyEvent) -> bool {
    key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL)
}

fn prompt_key(key: KeyEvent) -> Action {
    match key.code {
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc => Action::Deny,
        _ if is_ctrl_c(key) => Action::Deny,
        _ => Action::PromptKey(key),
    }
}

fn list_key(key: KeyEvent) -> Option<Action> {
    if !is_plain(key) {
        return is_ctrl_c(key).then_some(Action::ExplainQuit);
    }
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
        KeyCode::Char('f') => Action::PickFacets,
        KeyCode::Char('c') => Action::ShowCoverage,
        KeyCode::Char('T') => Action::SwitchTheme,
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        KeyCode::Esc => Action::Back,
        _ => return None,
    })
}

fn navigate_key(key: KeyEvent, view: &SessionView) -> Option<Action> {
    if !is_plain(key) {
        return is_ctrl_c(key).then_some(Action::ExplainQuit);
    }
    let stage = view.stage();
    Some(match key.code {
        KeyCode::Char(digit @ '1'..='4') => Action::GoToStage(Stage::ALL[digit as usize - '1' as usize]),
        KeyCode::Char(']') => Action::NextStage,
        KeyCode::Char('[') => Action::PreviousStage,
        KeyCode::Tab | KeyCode::Down | KeyCode::Char('j') => Action::NextField,
        KeyCode::BackTab | KeyCode::Up | KeyCode::Char('k') => Action::PreviousField,
        KeyCode::Home => Action::FirstField,
        KeyCode::End => Action::LastField,
        KeyCode::Enter => Action::Edit,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('a') if matches!(stage, Stage::PressRelease | Stage::Review) => Action::AddItem,
        KeyCode::Char('A') if stage == Stage::PressRelease => Action::AddInternalQuestion,
        KeyCode::Char('o') if stage == Stage::Customer => Action::Cycle { forward: true },
        KeyCode::Char('o') if stage == Stage::Review => Action::CycleOutcome,
        KeyCode::Char('t') if stage == Stage::Review => Action::PickPrinciples,
        KeyCode::Char('r') if stage == Stage::Review && view.review.open_item.is_none() => Action::SortByVotes,
        KeyCode::Left => Action::Cycle { forward: false },
        KeyCode::Right => Action::Cycle { forward: true },
        KeyCode::Char('g') => Action::Jump,
        KeyCode::Char('c') => Action::ShowCoverage,
        KeyCode::Char('P') => Action::EditPeople,
        KeyCode::Char('T') => Action::SwitchTheme,
        KeyCode::Char('s') => Action::Snapshot,
        KeyCode::Char('p') => Action::Present,
        KeyCode::Char(' ') => Action::ToggleTimer,
        KeyCode::Char('+') => Action::ChangeTimebox { more: true },
        KeyCode::Char('-') => Action::ChangeTimebox { more: false },
        KeyCode::Char('m') if stage == Stage::Iteration => Action::MarkCompare,
        KeyCode::Char('R') if stage == Stage::Iteration => Action::AskRestore,
        KeyCode::Char('v') if stage == Stage::Review => Action::Vote { up: true },
        KeyCode::Char('V') if stage == Stage::Review => Action::Vote { up: false },
        KeyCode::Char('d') if stage == Stage::Review => Action::AskDeleteItem,
        KeyCode::Char('x') => Action::ExportSession,
        KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
        _ => return None,
    })
}

/// In edit mode the app's own keys are taken before the text field sees them: its
/// defaults would insert a tab for Tab and paste its own buffer for Ctrl+Y.
fn edit_key(key: KeyEvent, editor: &Editor) -> Action {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Esc => Action::Back,
        KeyCode::F(1) => Action::ToggleHelp,
        KeyCode::Tab => Action::NextFieldEditing,
        KeyCode::BackTab => Action::PreviousFieldEditing,
        KeyCode::Enter if editor.field.is_one_line() => Action::NextFieldEditing,
        KeyCode::Char('z') if ctrl => Action::Undo,
        KeyCode::Char('y') if ctrl => Action::Redo,
        _ => Action::EditKey(key),
    }
}

/// The keys that work now, in the order they are worth learning: what the footer shows.
pub fn key_hints(app: &App) -> Vec<KeyHint> {
    match &app.overlay {
        Some(Overlay::Help) => vec![hint("Esc ? F1", "close help", true)],
        Some(Overlay::NewTitle(_)) => vec![hint("Enter", "create", true), hint("Esc", "cancel", true)],
        Some(Overlay::ConfirmDelete { .. }) => {
            vec![hint("y Enter", "move to the trash", true), hint("n Esc", "keep it", true)]
        }
        Some(Overlay::ConfirmDeleteItem { .. }) => {
            vec![hint("y Enter", "delete the item", true), hint("n Esc", "keep it", true)]
        }
        Some(Overlay::Picker(picker)) if picker.multi => vec![
            hint("type", "narrow", true),
            hint("↑ ↓", "move", true),
            hint("Space", "choose / unchoose", true),
            hint("Enter", "done", true),
            hint("Esc", "cancel", true),
        ],
        Some(Overlay::Picker(_)) => vec![
            hint("type", "narrow", true),
            hint("↑ ↓", "move", true),
            hint("Enter", "choose", true),
            hint("Esc", "cancel", true),
        ],
        Some(Overlay::Verdict(_)) => vec![
            hint("← →", "go / iterate / stop", true),
            hint("type", "the reason", true),
            hint("Enter", "record it", true),
            hint("Esc", "cancel", true),
        ],
        Some(Overlay::People(_)) => vec![
            hint("Tab", "other line", true),
            hint("type", "names, commas between", true),
            hint("Enter", "keep", true),
            hint("Esc", "cancel", true),
        ],
        Some(Overlay::Coverage(_)) => vec![hint("Esc c", "close", true)],
        Some(Overlay::Snapshot(draft)) if draft.cursor.is_some() => vec![
            hint("Space", "tick / untick", true),
            hint("↑ ↓", "move", true),
            hint("Enter", "make the version", true),
            hint("Esc", "cancel", true),
        ],
        Some(Overlay::Snapshot(draft)) => {
            let mut hints = vec![hint("type", "what changed and why", true)];
            if !draft.revisions.is_empty() {
                hints.push(hint("↓", "what it addresses", true));
            }
            hints.extend([hint("Enter", "make the version", true), hint("Esc", "cancel", true)]);
            hints
        }
        Some(Overlay::ConfirmRestore { .. }) => {
            vec![hint("y Enter", "restore it", true), hint("n Esc", "keep the draft", true)]
        }
        Some(Overlay::Diff(_) | Overlay::Presenter(_)) => {
            vec![hint("↑ ↓ PgUp PgDn", "scroll", true), hint("Esc", "close", true)]
        }
        Some(Overlay::OutsideChange(_)) => {
            vec![hint("r", "reload theirs", true), hint("k", "keep yours", true), hint("c", "compare", true)]
        }
        Some(Overlay::OfferRecovery) => vec![
            hint("r", "restore it", true),
            hint("c", "compare", true),
            hint("d", "discard (to the trash)", true),
            hint("Esc", "decide at the next start", true),
        ],
        Some(Overlay::OfferSilentReading) => {
            vec![hint("y Enter", "start the silent reading", true), hint("n Esc", "go straight to the review", true)]
        }
        None => match help_sections(app).into_iter().next() {
            Some(section) => section.hints,
            None => Vec::new(),
        },
    }
}

/// Every key of the screen under any overlay, the mode in use first: what help lists.
pub fn help_sections(app: &App) -> Vec<HelpSection> {
    let section = |title, hints| HelpSection { title, hints };
    match &app.screen {
        Screen::List if app.list.filtering => vec![section("Filtering the list", filter_hints())],
        Screen::List => vec![section("The list of sessions", list_hints(app))],
        Screen::Session(view) => {
            let navigate = section("In the session", navigate_hints(view));
            let editor = match &view.editor {
                Some(editor) if editor.writable => section("Editing a field", edit_hints(editor.field.is_one_line())),
                Some(_) => section("Reading a field", reading_hints()),
                None if view.read_only_reason().is_some() => section("Reading a field", reading_hints()),
                None => section("Editing a field (Enter)", edit_hints(false)),
            };
            if view.editor.is_some() { vec![editor, navigate] } else { vec![navigate, editor] }
        }
    }
}

fn filter_hints() -> Vec<KeyHint> {
    vec![
        hint("type", "filter by words in titles and content", true),
        hint("↑ ↓", "move", true),
        hint("Enter", "keep the filter", true),
        hint("Esc", "clear the filter", true),
    ]
}

fn list_hints(app: &App) -> Vec<KeyHint> {
    let mut hints = Vec::new();
    if app.list.listing.entries.is_empty() {
        hints.push(hint("n", "new session", true));
    } else {
        hints.extend([
            hint("↑ ↓", "move", true),
            hint("Enter", "open", true),
            hint("n", "new", true),
            hint("/", "filter", true),
            hint("d", "delete", true),
            hint("x", "export", true),
            hint("f", "filter by decisions", true),
            hint("c", "principle coverage", true),
        ]);
    }
    hints.extend([hint("q", "quit", true), HELP, hint("Ctrl+Q", "quit", false), hint("T", "next colour theme", false)]);
    if !app.list.listing.entries.is_empty() {
        hints.extend([
            hint("Home End", "first / last session", false),
            hint("Esc", "clear the filter", false),
            hint("", "x writes markdown into the folder Backwards started in", false),
        ]);
    }
    hints
}

fn navigate_hints(view: &SessionView) -> Vec<KeyHint> {
    let writable = view.read_only_reason().is_none();
    let mut hints = vec![hint("Tab ↑ ↓", "field", true)];
    let enter = match view.focused_field() {
        Some(field) if field.is_editable() => Some(if writable { "edit" } else { "read" }),
        Some(Field::ReviewItem(_)) => Some("open item"),
        Some(Field::ItemPart(_, ItemPart::Kind | ItemPart::Outcome)) if writable => Some("change"),
        Some(Field::ItemPart(..)) if writable => Some("pick"),
        Some(Field::People | Field::Verdict) if writable => Some("open"),
        Some(Field::Version(_) | Field::Draft) => Some("compare"),
        Some(Field::OpenRevision(_)) => Some("open the decision"),
        _ => None,
    };
    if let Some(does) = enter {
        hints.push(hint("Enter", does, true));
    }
    hints.push(hint("1-4 ] [", "stage", true));
    match view.stage() {
        Stage::Customer if writable => hints.push(hint("o ← →", "confidence", true)),
        Stage::PressRelease if writable => {
            hints.push(hint("a", "add question", true));
            hints.push(hint("A", "add internal question", true));
        }
        Stage::Review if writable => {
            let on_item = matches!(view.focused_field(), Some(Field::ReviewItem(_) | Field::ItemPart(..)));
            let on_choice =
                matches!(view.focused_field(), Some(Field::ItemPart(_, ItemPart::Kind | ItemPart::Outcome)));
            if on_choice {
                hints.push(hint("← →", "change", true));
            }
            hints.push(hint("a", "add item", true));
            if on_item {
                hints.extend([
                    hint("o", "outcome", true),
                    hint("t", "principles", true),
                    hint("v V", "vote / take back", true),
                    hint("g", "go to the draft", true),
                    hint("d", "delete item", true),
                ]);
            }
            if view.review.open_item.is_none() {
                hints.push(hint("r", "sort by votes", !on_item));
            }
        }
        Stage::Customer | Stage::PressRelease
            if view.focused_field().is_some_and(|f| f.place(&view.session).is_some()) =>
        {
            hints.push(hint("g", "review items about it", false));
        }
        _ => {}
    }
    let back = if view.review.open_item.is_some() { "all items" } else { "list" };
    if writable {
        hints.push(hint("s", "freeze a version", view.stage() == Stage::Iteration));
    }
    hints.extend([
        hint("Esc", back, true),
        hint("x", "export", true),
        HELP,
        hint("p", "presenter view, to project", false),
        hint("Space", "start / pause the timer", false),
        hint("+ -", "one minute more / less", false),
        hint("c", "principle coverage", false),
        hint("P", "people in the room", false),
        hint("T", "next colour theme", false),
        hint("S-Tab", "previous field", false),
        hint("Home End", "first / last field", false),
        hint("Ctrl+S", "save now", false),
        hint("Ctrl+Q", "save and quit", false),
    ]);
    if writable && view.stage() == Stage::PressRelease {
        hints.push(hint("", "a adds to the part of the FAQ the focus is in", false));
    }
    hints
}

fn edit_hints(one_line: bool) -> Vec<KeyHint> {
    vec![
        hint("Esc", "stop editing", true),
        hint("Tab S-Tab", "next / previous field", true),
        if one_line { hint("Enter", "next field", true) } else { hint("Enter", "new line", false) },
        hint("Ctrl+S", "save now", true),
        hint("Ctrl+Z Ctrl+Y", "undo / redo", true),
        hint("Ctrl+Q", "save and quit", true),
        hint("F1", "help", false),
        hint("paste", "inserts the text", false),
        hint("arrows Home End", "move the cursor", false),
    ]
}

fn reading_hints() -> Vec<KeyHint> {
    vec![
        hint("Esc", "stop reading", true),
        hint("↑ ↓ PgUp PgDn", "scroll", true),
        hint("Tab S-Tab", "next / previous field", true),
        hint("Ctrl+Q", "quit", true),
        hint("F1", "help", false),
    ]
}
