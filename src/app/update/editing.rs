//! Changing the text and choices of a session: the editor, one-line answers, pastes,
//! new questions and items, choices cycled.

use ratatui_textarea::{Input, Key};

use super::common::{check_due_date, close_editor, error, mark_changed, open_editor, writable};
use super::faq::drop_blank_questions;
use super::review::{focused_decision, pick_for_item, pick_principles};
use crate::app::{
    App, Editor, Effect, FaqPart, Field, ItemPart, LineEdit, Notice, Now, Overlay, SessionView, VerdictDraft,
};
use crate::domain::{
    Confidence, FaqEntry, OUTCOME_CYCLE, ReviewItem, ReviewKind, Stage, VerdictDecision, is_forbidden_char,
    sanitize_line, sanitize_text, step, unique_id,
};

pub(super) fn is_writable_editor(app: &App) -> bool {
    app.session().and_then(|view| view.editor.as_ref()).is_some_and(|editor| editor.writable)
}

/// Keys that move the cursor and nothing else: all a read-only field takes.
pub(super) fn is_reading_input(input: &Input) -> bool {
    matches!(
        input.key,
        Key::Up | Key::Down | Key::Left | Key::Right | Key::Home | Key::End | Key::PageUp | Key::PageDown
    )
}

pub(super) fn move_focus_editing(app: &mut App, by: isize, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    let left = view.editor.as_ref().map(|editor| editor.field);
    close_editor(view);
    let fields = view.fields();
    let last = fields.len().saturating_sub(1);
    let mut next = view.focus.saturating_add_signed(by).min(last);
    // Still editing means typing goes on into text: choices made with ← → are passed
    // over, and a part picked from a list opens its picker, where typing narrows it.
    while matches!(fields.get(next), Some(Field::ItemPart(_, ItemPart::Kind | ItemPart::Outcome)))
        && next != next.saturating_add_signed(by).min(last)
    {
        next = next.saturating_add_signed(by).min(last);
    }
    view.focus = next;
    drop_blank_questions(view, now, true);
    let (fields, next) = (view.fields(), view.focus);
    let effects = match fields.get(next) {
        Some(field) if field.is_editable() => {
            view.editor = Some(open_editor(view, *field));
            Vec::new()
        }
        Some(Field::ItemPart(index, part @ (ItemPart::Author | ItemPart::Owner | ItemPart::About))) => {
            pick_for_item(app, *index, *part)
        }
        Some(Field::ItemPart(_, ItemPart::Principles)) => pick_principles(app),
        _ => Vec::new(),
    };
    if let Some(field) = left {
        check_due_date(app, field, now.today());
    }
    effects
}

/// Applies an edit to the open editor and, when the text changed, copies it back.
pub(super) fn edit_with(app: &mut App, now: &Now, edit: impl FnOnce(&mut Editor) -> bool) {
    let Some(view) = app.session_mut() else { return };
    let Some(editor) = view.editor.as_mut().filter(|editor| editor.writable) else { return };
    if !edit(editor) {
        return;
    }
    let text = editor.text();
    let field = editor.field;
    let words = matches!(field, Field::Section(_)).then(|| editor.word_count());
    if let Some(target) = field.text_mut(&mut view.session) {
        *target = text;
    }
    if let (Field::Section(section), Some(words)) = (field, words) {
        view.set_section_words(section, words);
    }
    mark_changed(view, now);
}

pub(super) fn paste(app: &mut App, text: &str, now: &Now) {
    match &mut app.overlay {
        Some(
            Overlay::NewTitle(buffer)
            | Overlay::Rename { title: buffer, .. }
            | Overlay::Capture(buffer)
            | Overlay::Verdict(VerdictDraft { reason: buffer, .. })
            | Overlay::Snapshot(crate::app::SnapshotDraft { note: buffer, cursor: None, .. }),
        ) => {
            return buffer.push_str(&sanitize_line(text));
        }
        Some(Overlay::People(draft)) => {
            let buffer = if draft.on_participants { &mut draft.participants } else { &mut draft.facilitator };
            return buffer.push_str(&sanitize_line(text));
        }
        Some(Overlay::Picker(picker)) => return picker.type_text(text),
        Some(Overlay::ImportPath(prompt)) => return prompt.type_text(text),
        _ => {}
    }
    if app.list.filtering && app.session().is_none() {
        app.list.filter.push_str(&sanitize_line(text));
        return;
    }
    if let Some(view) = app.session() {
        let explanation = match (view.read_only_reason(), &view.editor) {
            (Some(reason), _) => Some(format!("Not pasted: read-only: {reason}")),
            (None, None) => Some("Not pasted: press Enter to edit a field, then paste.".to_owned()),
            (None, Some(_)) => None,
        };
        if let Some(text) = explanation {
            app.notice = Some(Notice { text, is_error: true });
            return;
        }
    }
    edit_with(app, now, |editor| {
        let clean = if editor.field.is_one_line() { sanitize_line(text) } else { sanitize_text(text) };
        editor.textarea.insert_str(clean)
    });
}

/// Adds a FAQ question to `part` (by default the part the focus is in, else the customer
/// questions) or a review item, and starts editing it.
pub(super) fn add_item(app: &mut App, now: &Now, part: Option<FaqPart>) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    close_editor(view);
    let field = match view.stage() {
        Stage::PressRelease => {
            let part = part.unwrap_or(match view.focused_field() {
                Some(Field::FaqQuestion(FaqPart::Internal, _) | Field::FaqAnswer(FaqPart::Internal, _)) => {
                    FaqPart::Internal
                }
                _ => FaqPart::External,
            });
            let id = unique_id("q", now.ulid);
            let entries = part.entries_mut(&mut view.session);
            entries.push(FaqEntry { id, question: String::new(), answer: String::new(), extra: Default::default() });
            Field::FaqQuestion(part, entries.len() - 1)
        }
        Stage::Review => {
            let id = unique_id("r", now.ulid);
            view.session.review.items.push(ReviewItem::new(id, ReviewKind::Comment, now.timestamp.clone()));
            let index = view.session.review.items.len() - 1;
            view.review.open_item = Some(index);
            Field::ItemPart(index, ItemPart::Text)
        }
        Stage::Customer | Stage::Iteration => return Vec::new(),
    };
    mark_changed(view, now);
    view.focus = view.fields().iter().position(|f| *f == field).unwrap_or(0);
    view.editor = Some(Editor::new(field, "", true));
    Vec::new()
}

/// An edit to the one-line answer open now.
pub(super) fn type_line(app: &mut App, edit: LineEdit) {
    let buffer = match &mut app.overlay {
        Some(Overlay::NewTitle(title) | Overlay::Capture(title)) | Some(Overlay::Rename { title, .. }) => title,
        Some(Overlay::Picker(picker)) => return picker.type_edit(edit),
        Some(Overlay::ImportPath(prompt)) => return prompt.type_edit(edit),
        Some(Overlay::Snapshot(draft)) if draft.cursor.is_none() => &mut draft.note,
        Some(Overlay::Verdict(draft)) => &mut draft.reason,
        Some(Overlay::Decisions(log)) if log.filtering => {
            log.selected = 0;
            &mut log.filter
        }
        Some(Overlay::People(draft)) => {
            if draft.on_participants {
                &mut draft.participants
            } else {
                &mut draft.facilitator
            }
        }
        None if app.list.filtering => {
            app.list.selected = 0;
            &mut app.list.filter
        }
        _ => return,
    };
    edit.apply(buffer);
}

pub(super) fn cycle_outcome(app: &mut App, now: &Now, forward: bool) -> Vec<Effect> {
    let Some(index) = focused_decision(app) else { return Vec::new() };
    let Some(view) = app.session_mut() else { return Vec::new() };
    let Some(item) = view.session.review.items.get_mut(index) else { return Vec::new() };
    item.outcome = step(&OUTCOME_CYCLE, Some(item.outcome), forward);
    mark_changed(view, now);
    Vec::new()
}

/// ← → (and Enter) on a choice: an item's kind or outcome, an answer's confidence; on
/// the verdict, its dialog.
pub(super) fn cycle_choice(app: &mut App, now: &Now, forward: bool) -> Vec<Effect> {
    let Some(field) = app.session().and_then(SessionView::focused_field) else { return Vec::new() };
    match field {
        Field::ItemPart(_, ItemPart::Outcome) => cycle_outcome(app, now, forward),
        Field::ItemPart(index, ItemPart::Kind) => {
            let Some(view) = writable(app) else { return Vec::new() };
            let Some(item) = view.session.review.items.get_mut(index) else { return Vec::new() };
            item.kind = step(&ReviewKind::ALL, Some(item.kind), forward);
            mark_changed(view, now);
            Vec::new()
        }
        Field::Answer(question) => {
            let Some(view) = writable(app) else { return Vec::new() };
            let answer = view.session.customer.answer_mut(question);
            answer.confidence = step(&Confidence::ALL, Some(answer.confidence), forward);
            mark_changed(view, now);
            Vec::new()
        }
        Field::Verdict => {
            let Some(view) = writable(app) else { return Vec::new() };
            let draft = match &view.session.review.verdict {
                Some(verdict) => VerdictDraft { decision: verdict.decision, reason: verdict.reason.clone() },
                None => VerdictDraft { decision: VerdictDecision::Iterate, reason: String::new() },
            };
            app.overlay = Some(Overlay::Verdict(draft));
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// A key for the text editor: in a read-only field only the keys that move the cursor.
pub(super) fn edit_text(app: &mut App, input: Input, now: &Now) -> Vec<Effect> {
    if !is_writable_editor(app) {
        if !is_reading_input(&input)
            && let Some(reason) = app.session().and_then(|view| view.read_only_reason().map(str::to_owned))
        {
            return error(app, format!("Read-only: {reason}"));
        }
        if let Some(editor) = app.session_mut().and_then(|view| view.editor.as_mut()) {
            editor.textarea.input(input);
        }
        return Vec::new();
    }
    // A key can carry any character (through a compose key, an input method, or a
    // terminal passing 8-bit controls on): what a paste may not bring in, neither may it.
    if let Key::Char(c) = input.key
        && is_forbidden_char(c)
    {
        return Vec::new();
    }
    edit_with(app, now, |editor| {
        let one_line = editor.field.is_one_line();
        let is_newline =
            matches!(input.key, Key::Enter | Key::Char('\n' | '\r')) || (input.key == Key::Char('m') && input.ctrl);
        !(one_line && is_newline) && editor.textarea.input(input)
    });
    Vec::new()
}
