//! The table of key bindings: every key of every screen, mode and overlay, as data. The
//! keymap, the footer, help and the README's table of keys are all read from it.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::Input;

use super::keymap::{Act, Binding, Footer, Mods, Pattern, Place};
use super::{Action, App, Field, ItemPart, LineEdit, Overlay};
use crate::domain::{ReviewKind, Stage};

pub(super) fn c(ch: char) -> Pattern {
    Pattern::Key(KeyCode::Char(ch), Mods::Plain)
}

pub(super) fn k(code: KeyCode) -> Pattern {
    Pattern::Key(code, Mods::Plain)
}

pub(super) fn ctrl(ch: char) -> Pattern {
    Pattern::Key(KeyCode::Char(ch), Mods::Ctrl)
}

fn ctrl_k(code: KeyCode) -> Pattern {
    Pattern::Key(code, Mods::Ctrl)
}

fn alt(code: KeyCode) -> Pattern {
    Pattern::Key(code, Mods::Alt)
}

pub(super) fn row(
    place: Place,
    keys: Vec<Pattern>,
    shown: &'static str,
    does: &'static str,
    footer: Footer,
    when: fn(&App) -> bool,
    act: Act,
) -> Binding {
    Binding { place, keys, shown, does, footer, when, act }
}

pub(super) fn to(act: fn(KeyEvent) -> Action) -> Act {
    Act::Key(act)
}

pub(super) fn always(_: &App) -> bool {
    true
}

fn focused(app: &App) -> Option<Field> {
    app.session()?.focused_field()
}

fn stage(app: &App) -> Option<Stage> {
    app.session().map(|view| view.stage())
}

pub(super) fn writable(app: &App) -> bool {
    app.session().is_some_and(|view| view.read_only_reason().is_none())
}

pub(super) fn read_only(app: &App) -> bool {
    app.session().is_some_and(|view| view.read_only_reason().is_some())
}

/// The list's selection is a conflict copy of a session: it can be merged back.
fn on_copy(app: &App) -> bool {
    app.list.selected_entry().is_some_and(crate::domain::Entry::is_copy)
}

pub(super) fn has_sessions(app: &App) -> bool {
    !app.list.listing.entries.is_empty()
}

fn on_item(app: &App) -> bool {
    stage(app) == Some(Stage::Review) && matches!(focused(app), Some(Field::ReviewItem(_) | Field::ItemPart(..)))
}

fn item_open(app: &App) -> bool {
    app.session().is_some_and(|view| view.review.open_item.is_some())
}

/// Only a decision has an outcome and principles.
fn on_decision(app: &App) -> bool {
    let index = match focused(app) {
        Some(Field::ReviewItem(index) | Field::ItemPart(index, _)) => index,
        _ => return false,
    };
    writable(app)
        && app
            .session()
            .and_then(|view| view.session.review.items.get(index))
            .is_some_and(|item| item.kind == ReviewKind::Decision)
}

fn editor_one_line(app: &App) -> bool {
    app.session().and_then(|view| view.editor.as_ref()).is_some_and(|editor| editor.field.is_one_line())
}

fn picker_multi(app: &App) -> bool {
    matches!(&app.overlay, Some(Overlay::Picker(picker)) if picker.multi)
}

fn ticking(app: &App) -> bool {
    matches!(&app.overlay, Some(Overlay::Snapshot(draft)) if draft.cursor.is_some())
}

fn noting(app: &App) -> bool {
    !ticking(app)
}

fn has_revisions(app: &App) -> bool {
    matches!(&app.overlay, Some(Overlay::Snapshot(draft)) if draft.cursor.is_none() && !draft.revisions.is_empty())
}

fn enter_does(app: &App, wanted: &str) -> bool {
    let does = match focused(app) {
        Some(field) if field.is_editable() => {
            if writable(app) {
                "edit"
            } else {
                "read"
            }
        }
        Some(Field::ReviewItem(_)) => "open item",
        Some(Field::ItemPart(_, ItemPart::Kind | ItemPart::Outcome)) => "change",
        Some(Field::ItemPart(..)) => "pick",
        Some(Field::People | Field::Verdict) => "open",
        Some(Field::Version(_) | Field::Draft) => "compare",
        Some(Field::OpenRevision(_)) => "open the decision",
        _ => "",
    };
    does == wanted && (writable(app) || matches!(does, "read" | "open item" | "compare" | "open the decision"))
}

pub(super) fn forward(key: KeyEvent) -> bool {
    matches!(key.code, KeyCode::Tab | KeyCode::Down | KeyCode::Right | KeyCode::Char('j' | 'o'))
}

fn stage_key(key: KeyEvent) -> Action {
    match key.code {
        KeyCode::Char(']') => Action::NextStage,
        KeyCode::Char('[') => Action::PreviousStage,
        KeyCode::Char('2') => Action::GoToStage(Stage::PressRelease),
        KeyCode::Char('3') => Action::GoToStage(Stage::Review),
        KeyCode::Char('4') => Action::GoToStage(Stage::Iteration),
        _ => Action::GoToStage(Stage::Customer),
    }
}

fn edit_text(key: KeyEvent) -> Action {
    Action::EditText(Input::from(key))
}

/// Typing into a one-line answer: characters, Backspace, Ctrl+U.
#[rustfmt::skip]
pub(super) fn line_rows(place: Place, what: &'static str, rank: Footer, when: fn(&App) -> bool) -> Vec<Binding> {
    vec![
        row(place, vec![Pattern::Typed], "type", what, rank, when, Act::Char(|ch| Action::Type(LineEdit::Insert(ch)))),
        row(place, vec![k(KeyCode::Backspace)], "Backspace", "take back a character", Footer::No, when, to(|_| Action::Type(LineEdit::Backspace))),
        row(place, vec![ctrl('u')], "Ctrl+U", "clear the line", Footer::No, when, to(|_| Action::Type(LineEdit::Clear))),
    ]
}

/// A question answered yes or no; with Ctrl or Alt held no other key answers.
#[rustfmt::skip]
fn yes_or_no(place: Place, yes: &'static str, no: &'static str) -> Vec<Binding> {
    vec![
        row(place, vec![c('y'), c('Y'), k(KeyCode::Enter)], "y Y Enter", yes, Footer::Short(1, "y Enter", yes), always, to(|_| Action::Confirm)),
        row(place, vec![c('n'), c('N'), k(KeyCode::Esc), ctrl('c')], "n N Esc Ctrl+C", no, Footer::Short(2, "n Esc", no), always, to(|_| Action::Deny)),
    ]
}

/// A list's cursor moved by a row, a page of ten, or to an end (pickers, the decisions log,
/// the coach's notes).
pub(super) fn move_by(key: KeyEvent) -> Action {
    Action::PickerMove(match key.code {
        KeyCode::Up | KeyCode::Char('k') => -1,
        KeyCode::Down | KeyCode::Char('j') => 1,
        KeyCode::PageUp => -10,
        KeyCode::PageDown => 10,
        KeyCode::Home => isize::MIN,
        _ => isize::MAX,
    })
}

pub(super) fn scroll_by(key: KeyEvent) -> Action {
    Action::Scroll(match key.code {
        KeyCode::Up | KeyCode::Char('k') => -1,
        KeyCode::Down | KeyCode::Char('j') => 1,
        KeyCode::PageUp => -20,
        KeyCode::PageDown | KeyCode::Char(' ') => 20,
        KeyCode::Home => isize::MIN,
        _ => isize::MAX,
    })
}

#[rustfmt::skip]
pub fn bindings() -> Vec<Binding> {
    use Footer::{No, Short, Yes};
    use KeyCode::{BackTab, Backspace, Delete, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up, F};
    use Place::*;
    let in_session = |app: &App| app.session().is_some();
    let mut rows = vec![
        row(Anywhere, vec![ctrl('s')], "Ctrl+S", "save now", Yes(4), writable, to(|_| Action::SaveNow)),
        row(Anywhere, vec![ctrl('s')], "Ctrl+S", "say why nothing is saved (read-only)", No, read_only, to(|_| Action::SaveNow)),
        row(Anywhere, vec![ctrl('q')], "Ctrl+Q", "save and quit", Yes(6), in_session, to(|_| Action::SaveAndQuit)),
        row(Anywhere, vec![ctrl('q')], "Ctrl+Q", "quit", No, |app| app.session().is_none(), to(|_| Action::SaveAndQuit)),

        row(List, vec![k(Up), k(Down), c('k'), c('j')], "↑ ↓ k j", "move", Short(1, "↑ ↓", "move"), has_sessions, to(|key| if forward(key) { Action::SelectNext } else { Action::SelectPrevious })),
        row(List, vec![k(Enter)], "Enter", "open", Yes(2), has_sessions, to(|_| Action::OpenSelected)),
        row(List, vec![c('n')], "n", "new", Yes(3), has_sessions, to(|_| Action::AskNewTitle)),
        row(List, vec![c('n')], "n", "new session", Yes(3), |app| !has_sessions(app), to(|_| Action::AskNewTitle)),
        row(List, vec![c('/')], "/", "filter", Yes(4), has_sessions, to(|_| Action::StartFilter)),
        row(List, vec![c('d')], "d", "delete", Yes(5), has_sessions, to(|_| Action::AskDelete)),
        row(List, vec![c('x')], "x", "export", Yes(6), has_sessions, to(|_| Action::ExportSelected)),
        row(List, vec![c('f')], "f", "filter by decisions", Yes(7), has_sessions, to(|_| Action::PickFacets)),
        row(List, vec![c('c')], "c", "principle coverage", Yes(8), has_sessions, to(|_| Action::ShowCoverage)),
        row(List, vec![c('r')], "r", "rename", No, has_sessions, to(|_| Action::AskRename)),
        row(List, vec![c('q')], "q", "quit", Yes(9), always, to(|_| Action::Quit)),
        row(List, vec![c('m')], "m", "merge the copy into its session", Yes(2), on_copy, to(|_| Action::MergeCopy)),
        row(List, vec![c('?'), k(F(1))], "? F1", "help", Short(10, "?", "help"), always, to(|_| Action::ToggleHelp)),
        row(List, vec![c('T')], "T", "next colour theme", No, always, to(|_| Action::SwitchTheme)),
        row(List, vec![k(Home), k(End)], "Home End", "first / last session", No, has_sessions, to(|key| if key.code == Home { Action::SelectFirst } else { Action::SelectLast })),
        row(List, vec![k(Esc)], "Esc", "clear the filter", No, has_sessions, to(|_| Action::Back)),
        row(List, vec![ctrl('c')], "Ctrl+C", "say how to quit", No, always, to(|_| Action::ExplainQuit)),
        row(List, vec![], "", "x writes markdown, a Word file or a web page into the folder Backwards started in", No, has_sessions, Act::Note),

        row(Filtering, vec![k(Up), k(Down)], "↑ ↓", "move", Yes(2), always, to(|key| if forward(key) { Action::SelectNext } else { Action::SelectPrevious })),
        row(Filtering, vec![k(Enter)], "Enter", "keep the filter", Yes(3), always, to(|_| Action::Confirm)),
        row(Filtering, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "clear the filter", Short(4, "Esc", "clear the filter"), always, to(|_| Action::Deny)),

        row(Session, vec![k(Tab), k(BackTab), k(Down), k(Up), c('j'), c('k')], "Tab S-Tab ↑ ↓ j k", "next / previous field", Short(1, "Tab ↑ ↓", "field"), always, to(|key| if forward(key) { Action::NextField } else { Action::PreviousField })),
        row(Session, vec![k(Enter)], "Enter", "edit", Yes(2), |app| enter_does(app, "edit"), to(|_| Action::Edit)),
        row(Session, vec![k(Enter)], "Enter", "read", Yes(2), |app| enter_does(app, "read"), to(|_| Action::Edit)),
        row(Session, vec![k(Enter)], "Enter", "open item", Yes(2), |app| enter_does(app, "open item"), to(|_| Action::Edit)),
        row(Session, vec![k(Enter)], "Enter", "change", Yes(2), |app| enter_does(app, "change"), to(|_| Action::Edit)),
        row(Session, vec![k(Enter)], "Enter", "pick", Yes(2), |app| enter_does(app, "pick"), to(|_| Action::Edit)),
        row(Session, vec![k(Enter)], "Enter", "open", Yes(2), |app| enter_does(app, "open"), to(|_| Action::Edit)),
        row(Session, vec![k(Enter)], "Enter", "compare", Yes(2), |app| enter_does(app, "compare"), to(|_| Action::Edit)),
        row(Session, vec![k(Enter)], "Enter", "open the decision", Yes(2), |app| enter_does(app, "open the decision"), to(|_| Action::Edit)),
        row(Session, vec![c('1'), c('2'), c('3'), c('4'), c(']'), c('[')], "1-4 ] [", "stage", Yes(3), always, to(stage_key)),
        row(Session, vec![c('o'), k(Left), k(Right)], "o ← →", "confidence", Yes(4), |app| writable(app) && matches!(focused(app), Some(Field::Answer(_))), to(|key| Action::Cycle { forward: forward(key) })),
        row(Session, vec![k(Left), k(Right)], "← →", "change", Yes(4), |app| writable(app) && matches!(focused(app), Some(Field::ItemPart(_, ItemPart::Kind | ItemPart::Outcome) | Field::Verdict)), to(|key| Action::Cycle { forward: forward(key) })),
        row(Session, vec![c('a')], "a", "add question", Yes(5), |app| writable(app) && stage(app) == Some(Stage::PressRelease), to(|_| Action::AddItem)),
        row(Session, vec![c('A')], "A", "add internal question", Yes(6), |app| writable(app) && stage(app) == Some(Stage::PressRelease), to(|_| Action::AddInternalQuestion)),
        row(Session, vec![c('a')], "a", "add item", Yes(5), |app| writable(app) && stage(app) == Some(Stage::Review), to(|_| Action::AddItem)),
        row(Session, vec![c('n')], "n", "item in one line", Yes(16), |app| writable(app) && stage(app) == Some(Stage::Review), to(|_| Action::StartCapture)),
        row(Session, vec![c('o')], "o", "outcome", Yes(6), on_decision, to(|_| Action::CycleOutcome)),
        row(Session, vec![c('t')], "t", "principles", Yes(7), on_decision, to(|_| Action::PickPrinciples)),
        row(Session, vec![c('o'), c('t')], "o t", "say only a decision has an outcome and principles", No, |app| writable(app) && on_item(app), to(|key| if key.code == KeyCode::Char('o') { Action::CycleOutcome } else { Action::PickPrinciples })),
        row(Session, vec![c('v'), c('V')], "v V", "vote / take back", Yes(8), |app| writable(app) && on_item(app), to(|key| Action::Vote { up: key.code == KeyCode::Char('v') })),
        row(Session, vec![c('g')], "g", "go to the draft", Yes(9), on_item, to(|_| Action::Jump)),
        row(Session, vec![c('z')], "z", "answered / resolved", Yes(10), |app| writable(app) && on_item(app), to(|_| Action::ToggleResolved)),
        row(Session, vec![c('d')], "d", "delete item", Yes(10), |app| writable(app) && on_item(app), to(|_| Action::AskDeleteItem)),
        row(Session, vec![c('d')], "d", "delete question", Yes(10), |app| writable(app) && matches!(focused(app), Some(Field::FaqQuestion(..) | Field::FaqAnswer(..))), to(|_| Action::AskDeleteQuestion)),
        row(Session, vec![c('r')], "r", "sort by votes", Yes(11), |app| stage(app) == Some(Stage::Review) && !item_open(app) && !on_item(app), to(|_| Action::SortByVotes)),
        row(Session, vec![c('r')], "r", "sort by votes", No, |app| stage(app) == Some(Stage::Review) && !item_open(app), to(|_| Action::SortByVotes)),
        row(Session, vec![c('g')], "g", "review items about it", No, |app| app.session().is_some_and(|view| view.focused_field().is_some_and(|f| f.place(&view.session).is_some())), to(|_| Action::Jump)),
        row(Session, vec![c('s')], "s", "freeze a version", Yes(12), |app| writable(app) && stage(app) == Some(Stage::Iteration), to(|_| Action::Snapshot)),
        row(Session, vec![c('s')], "s", "freeze a version", No, writable, to(|_| Action::Snapshot)),
        row(Session, vec![c('m')], "m", "mark for comparing", Yes(13), |app| matches!(focused(app), Some(Field::Version(_) | Field::Draft)), to(|_| Action::MarkCompare)),
        row(Session, vec![c('R')], "R", "restore into the draft", Yes(14), |app| writable(app) && matches!(focused(app), Some(Field::Version(_))), to(|_| Action::AskRestore)),
        row(Session, vec![k(Esc)], "Esc", "all items", Yes(15), item_open, to(|_| Action::Back)),
        row(Session, vec![k(Esc)], "Esc", "list", Yes(15), always, to(|_| Action::Back)),
        row(Session, vec![c('x')], "x", "export", Yes(16), always, to(|_| Action::ExportSession)),
        row(Session, vec![ctrl('z'), ctrl('y')], "Ctrl+Z Ctrl+Y", "undo / redo", Yes(16), writable, to(|key| if key.code == KeyCode::Char('z') { Action::UndoChange } else { Action::RedoChange })),
        row(Session, vec![c('?'), k(F(1))], "? F1", "help", Short(17, "?", "help"), always, to(|_| Action::ToggleHelp)),
        row(Session, vec![c('p')], "p", "presenter view, to project", No, always, to(|_| Action::Present)),
        row(Session, vec![c(' ')], "Space", "start / pause the timer", No, writable, to(|_| Action::ToggleTimer)),
        row(Session, vec![c('+'), c('-')], "+ -", "one minute more / less", No, writable, to(|key| Action::ChangeTimebox { more: key.code == KeyCode::Char('+') })),
        row(Session, vec![c('c')], "c", "principle coverage", No, always, to(|_| Action::ShowCoverage)),
        row(Session, vec![c('P')], "P", "people in the room", No, writable, to(|_| Action::EditPeople)),
        row(Session, vec![c('T')], "T", "next colour theme", No, always, to(|_| Action::SwitchTheme)),
        row(Session, vec![k(Home), k(End)], "Home End", "first / last field", No, always, to(|key| if key.code == Home { Action::FirstField } else { Action::LastField })),
        row(Session, vec![ctrl('c')], "Ctrl+C", "say how to quit", No, always, to(|_| Action::ExplainQuit)),
        row(Session, vec![c('a'), c('A'), c('o'), c('t'), c('v'), c('V'), c('d'), c('s'), c('R'), c('P'), c(' '), c('+'), c('-'), k(Left), k(Right), k(Enter)],
            "a A o t v V d s R P Space + - ← → Enter", "say why nothing can change (read-only)", No, read_only, to(|_| Action::ExplainReadOnly)),
        row(Session, vec![], "", "a adds to the part of the FAQ the focus is in", No, |app| writable(app) && stage(app) == Some(Stage::PressRelease), Act::Note),

        row(Editing, vec![k(Esc)], "Esc", "stop editing", Yes(1), always, to(|_| Action::Back)),
        row(Editing, vec![k(Tab), k(BackTab)], "Tab S-Tab", "next / previous field", Yes(2), always, to(|key| if key.code == Tab { Action::NextFieldEditing } else { Action::PreviousFieldEditing })),
        row(Editing, vec![k(Enter)], "Enter", "next field", Yes(3), editor_one_line, to(|_| Action::NextFieldEditing)),
        row(Editing, vec![k(Enter)], "Enter", "new line", No, |app| !editor_one_line(app), to(edit_text)),
        row(Editing, vec![ctrl('z'), ctrl('y')], "Ctrl+Z Ctrl+Y", "undo / redo", Yes(5), always, to(|key| if key.code == KeyCode::Char('z') { Action::Undo } else { Action::Redo })),
        row(Editing, vec![k(F(1))], "F1", "help", No, always, to(|_| Action::ToggleHelp)),
        row(Editing, vec![], "", "a paste inserts the text", No, always, Act::Note),
        row(Editing, vec![k(Left), k(Right), k(Up), k(Down), ctrl('b'), ctrl('f'), ctrl('p'), ctrl('n')], "← → ↑ ↓ Ctrl+B Ctrl+F Ctrl+P Ctrl+N", "move the cursor", No, always, to(edit_text)),
        row(Editing, vec![k(Home), k(End), ctrl('a'), ctrl('e')], "Home End Ctrl+A Ctrl+E", "start / end of the line", No, always, to(edit_text)),
        row(Editing, vec![ctrl_k(Left), ctrl_k(Right), alt(KeyCode::Char('b')), alt(KeyCode::Char('f'))], "Ctrl+← Ctrl+→ Alt+B Alt+F", "a word back / on", No, always, to(edit_text)),
        row(Editing, vec![ctrl_k(Up), ctrl_k(Down)], "Ctrl+↑ Ctrl+↓", "a paragraph back / on", No, always, to(edit_text)),
        row(Editing, vec![alt(KeyCode::Char('<')), alt(KeyCode::Char('>'))], "Alt+< Alt+>", "to the top / the bottom", No, always, to(edit_text)),
        row(Editing, vec![k(PageUp), k(PageDown)], "PgUp PgDn", "a page up / down", No, always, to(edit_text)),
        row(Editing, vec![k(Backspace), ctrl('h')], "Backspace Ctrl+H", "delete the character before", No, always, to(edit_text)),
        row(Editing, vec![k(Delete), ctrl('d')], "Delete Ctrl+D", "delete the character after", No, always, to(edit_text)),
        row(Editing, vec![ctrl('w'), alt(Backspace)], "Ctrl+W Alt+Backspace", "delete the word before", No, always, to(edit_text)),
        row(Editing, vec![alt(Delete), alt(KeyCode::Char('d'))], "Alt+Delete Alt+D", "delete the word after", No, always, to(edit_text)),
        row(Editing, vec![ctrl('k')], "Ctrl+K", "delete to the end of the line", No, always, to(edit_text)),
        row(Editing, vec![ctrl('j')], "Ctrl+J", "delete to the start of the line", No, always, to(edit_text)),
        row(Editing, vec![ctrl('u'), ctrl('r')], "Ctrl+U Ctrl+R", "undo / redo, as Ctrl+Z Ctrl+Y", No, always, to(edit_text)),
        row(Editing, vec![Pattern::Typed], "type", "write", No, always, to(edit_text)),
        row(Editing, vec![Pattern::Any], "other keys", "as the text editor has them (Ctrl+X cuts, Ctrl+C copies)", No, always, to(edit_text)),

        row(Reading, vec![k(Esc)], "Esc", "stop reading", Yes(1), always, to(|_| Action::Back)),
        row(Reading, vec![k(Up), k(Down), k(Left), k(Right), k(PageUp), k(PageDown), k(Home), k(End)], "↑ ↓ ← → PgUp PgDn Home End", "scroll", Short(2, "↑ ↓ PgUp PgDn", "scroll"), always, to(edit_text)),
        row(Reading, vec![k(Tab), k(BackTab)], "Tab S-Tab", "next / previous field", Yes(3), always, to(|key| if key.code == Tab { Action::NextFieldEditing } else { Action::PreviousFieldEditing })),
        row(Reading, vec![k(F(1))], "F1", "help", No, always, to(|_| Action::ToggleHelp)),
        row(Reading, vec![Pattern::Any], "other keys", "say the field is read-only", No, always, to(edit_text)),

        row(Help, vec![k(Esc), c('?'), k(F(1)), c('q'), k(Enter)], "Esc ? F1 q Enter", "close help", Short(1, "Esc ? F1", "close help"), always, to(|_| Action::ToggleHelp)),
        row(Help, vec![k(Up), k(Down), k(PageUp), k(PageDown), k(Home), k(End)], "↑ ↓ PgUp PgDn Home End", "scroll", Short(2, "↑ ↓ PgUp PgDn", "scroll"), always, to(scroll_by)),

        row(NewTitle, vec![k(Enter)], "Enter", "create", Yes(1), always, to(|_| Action::Confirm)),
        row(NewTitle, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "cancel", Short(2, "Esc", "cancel"), always, to(|_| Action::Deny)),

        row(Picker, vec![k(Up), k(Down), k(PageUp), k(PageDown)], "↑ ↓ PgUp PgDn", "move", Short(2, "↑ ↓", "move"), always, to(|key| Action::PickerMove(match key.code { Up => -1, Down => 1, PageUp => -10, _ => 10 }))),
        row(Picker, vec![c(' ')], "Space", "choose / unchoose", Yes(3), picker_multi, to(|_| Action::PickerToggle)),
        row(Picker, vec![k(Enter)], "Enter", "done", Yes(4), picker_multi, to(|_| Action::Confirm)),
        row(Picker, vec![k(Enter)], "Enter", "choose", Yes(4), always, to(|_| Action::Confirm)),
        row(Picker, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "cancel", Short(5, "Esc", "cancel"), always, to(|_| Action::Deny)),

        row(Verdict, vec![k(Left), k(Right), k(BackTab), k(Tab)], "← → S-Tab Tab", "go / iterate / stop", Short(1, "← →", "go / iterate / stop"), always, to(|key| Action::Cycle { forward: forward(key) })),
        row(Verdict, vec![k(Enter)], "Enter", "record it", Yes(3), always, to(|_| Action::Confirm)),
        row(Verdict, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "cancel", Short(4, "Esc", "cancel"), always, to(|_| Action::Deny)),

        row(People, vec![k(Tab), k(BackTab), k(Up), k(Down)], "Tab S-Tab ↑ ↓", "other line", Short(1, "Tab", "other line"), always, to(|_| Action::SwitchLine)),
        row(People, vec![k(Enter)], "Enter", "keep", Yes(3), always, to(|_| Action::Confirm)),
        row(People, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "cancel", Short(4, "Esc", "cancel"), always, to(|_| Action::Deny)),

        row(Snapshot, vec![c(' '), c('x')], "Space x", "tick / untick", Yes(1), ticking, to(|_| Action::PickerToggle)),
        row(Snapshot, vec![k(Up), k(Down), k(BackTab), k(Tab)], "↑ ↓ S-Tab Tab", "move", Short(2, "↑ ↓", "move"), ticking, to(|key| Action::PickerMove(if forward(key) { 1 } else { -1 }))),
        row(Snapshot, vec![k(Down), k(Tab)], "↓ Tab", "what it addresses", Short(2, "↓", "what it addresses"), has_revisions, to(|_| Action::PickerMove(1))),
        row(Snapshot, vec![k(Enter)], "Enter", "make the version", Yes(3), always, to(|_| Action::Confirm)),
        row(Snapshot, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "cancel", Short(4, "Esc", "cancel"), always, to(|_| Action::Deny)),

        row(Session, vec![c('M')], "M", "agenda: timeboxes and time spent", No, in_session, to(|_| Action::ShowAgenda)),
        row(Agenda, vec![k(Up), k(Down)], "↑ ↓", "stage", Yes(1), always, to(|key| Action::AgendaMove(if key.code == Up { -1 } else { 1 }))),
        row(Agenda, vec![Pattern::Typed], "0-9", "type the minutes", Yes(2), always, to(|key| match key.code { KeyCode::Char(c) => Action::AgendaType(Some(c)), _ => Action::AgendaType(None) })),
        row(Agenda, vec![k(Backspace)], "Backspace", "rub out", No, always, to(|_| Action::AgendaType(None))),
        row(Agenda, vec![k(Enter)], "Enter", "set the timebox", Yes(3), writable, to(|_| Action::Confirm)),
        row(Agenda, vec![k(Esc), c('M'), ctrl('c')], "Esc M", "close", Yes(4), always, to(|_| Action::Deny)),
        row(Scrolling, vec![c('p')], "p", "pause / go on with the silent reading", Yes(3), silent_reading, to(|_| Action::PauseReading)),
        row(Scrolling, vec![c('+')], "+", "five minutes more of silent reading", Yes(4), silent_reading, to(|_| Action::ExtendReading)),
        row(Scrolling, vec![c('r')], "r", "start the silent reading again", Yes(5), silent_reading, to(|_| Action::RestartReading)),
        row(Session, vec![c('S')], "S", "silent reading (again)", No, |app| stage(app) == Some(Stage::Review), to(|_| Action::RestartReading)),
        row(Scrolling, vec![k(Up), k(Down), c('k'), c('j')], "↑ ↓ k j", "scroll a line", Short(1, "↑ ↓ PgUp PgDn", "scroll"), always, to(scroll_by)),
        row(Scrolling, vec![k(PageUp), k(PageDown), c(' ')], "PgUp PgDn Space", "scroll a page", No, always, to(scroll_by)),
        row(Scrolling, vec![k(Home), k(End)], "Home End", "to the top / the end", No, always, to(scroll_by)),
        row(Scrolling, vec![k(Esc), k(Enter), c('q'), ctrl('c')], "Esc Enter q Ctrl+C", "close", Short(2, "Esc", "close"), always, to(|_| Action::Deny)),

        row(Coverage, vec![k(Esc), c('c'), k(Enter), c('q'), ctrl('c')], "Esc c Enter q Ctrl+C", "close", Short(1, "Esc c", "close"), always, to(|_| Action::Deny)),

        row(OutsideChange, vec![c('r')], "r", "reload theirs", Yes(1), always, to(|_| Action::ReloadTheirs)),
        row(OutsideChange, vec![c('k')], "k", "keep yours", Yes(2), always, to(|_| Action::KeepMine)),
        row(OutsideChange, vec![c('c')], "c", "compare", Yes(3), always, to(|_| Action::CompareTheirs)),
        row(OutsideChange, vec![c('m')], "m", "merge both", Yes(3), always, to(|_| Action::MergeTheirs)),
        row(OutsideChange, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "say a choice is needed", No, always, to(|_| Action::Deny)),

        row(Recovery, vec![c('r')], "r", "restore it", Yes(1), always, to(|_| Action::RestoreRecovery)),
        row(Recovery, vec![c('c')], "c", "compare", Yes(2), always, to(|_| Action::CompareRecovery)),
        row(Recovery, vec![c('d')], "d", "discard (to the trash)", Yes(3), always, to(|_| Action::DiscardRecovery)),
        row(Recovery, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "decide at the next start", Short(4, "Esc", "decide at the next start"), always, to(|_| Action::Deny)),

        row(Capture, vec![k(Tab)], "Tab", "complete the @person or #principle being typed", Short(2, "Tab", "complete"), always, to(|_| Action::CompleteCapture)),
        row(Capture, vec![k(Enter)], "Enter", "add the item", Yes(3), always, to(|_| Action::Confirm)),
        row(Capture, vec![k(Esc), ctrl('c')], "Esc Ctrl+C", "cancel", Short(4, "Esc", "cancel"), always, to(|_| Action::Deny)),
        row(Capture, vec![], "", "d: q: c: the kind · @name the owner (who said it, if not a decision) · 2026-12-15 fri +3d the due date · #principle · !approved !revise !rejected !parked", No, always, Act::Note),
    ];
    rows.extend(super::bindings_documents::rows());
    rows.extend(line_rows(Filtering, "filter by words in titles and content", Yes(1), always));
    rows.extend(line_rows(NewTitle, "the title", No, always));
    rows.extend(line_rows(Picker, "narrow", Yes(1), always));
    rows.extend(line_rows(Verdict, "the reason", Yes(2), always));
    rows.extend(line_rows(People, "names, commas between", Yes(2), always));
    rows.extend(line_rows(Snapshot, "what changed and why", Yes(1), noting));
    rows.extend(line_rows(Capture, "what was said, and its parts", Yes(1), always));
    rows.extend(yes_or_no(ConfirmDelete, "move to the trash", "keep it"));
    rows.extend(yes_or_no(ConfirmDeleteItem, "delete the item", "keep it"));
    rows.extend(yes_or_no(ConfirmRestore, "restore it", "keep the draft"));
    rows.extend(yes_or_no(SilentReading, "start the silent reading", "go straight to the review"));
    rows
}

/// A silent reading is on screen, running or paused.
fn silent_reading(app: &App) -> bool {
    matches!(&app.overlay, Some(crate::app::Overlay::Presenter(presenter)) if presenter.reading_until.is_some())
}
