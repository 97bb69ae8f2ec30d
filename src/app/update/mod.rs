//! How the state changes. Never does I/O: what must be read or written is returned as
//! effects for the runner, whose results come back as actions.

mod outside_change;
mod recovery;
mod review;
mod versions;

use std::time::{Duration, Instant};

use ratatui_textarea::{Input, Key};

use super::{
    AUTOSAVE_AFTER, AUTOSAVE_AT_MOST_EVERY, Action, AfterSave, App, LineEdit, Choice, Coverage, Editor, Effect, FaqPart, Field,
    ItemPart, Notice, Now, Overlay, PeopleDraft, Picked, Picker, PickerPurpose, Presenter, SILENT_READING, Screen,
    SessionView, VerdictDraft, facets_in, file_name,
};
use crate::domain::{
    About, Confidence, FaqEntry, Outcome, ReviewItem, ReviewKind, Stage, Verdict, VerdictDecision, count,
    is_forbidden_char, parse_due_date, printable, sanitize_line, sanitize_text,
};
use crate::store::{Entry, Loaded, Saved};
use review::{
    ask_delete_item, cycle_verdict, delete_item, edit_people, focused_decision, jump, pick_for_item, pick_principles,
    picked, sort_by_votes, vote,
};
use versions::{ask_restore, ask_snapshot, compare, mark_compare, move_tick, open_revision, restore, snapshot, toggle_tick};

pub fn update(app: &mut App, action: Action, now: &Now) -> Vec<Effect> {
    app.now = now.instant;
    if is_from_user(&action) {
        app.notice = None;
    }
    match action {
        Action::Tick => autosave(app, now),
        Action::SaveNow => save_now(app, now),
        Action::SaveAndQuit => save_and_quit(app, now),
        Action::Quit => vec![Effect::Quit],
        Action::ExplainQuit => {
            let how = if app.session().is_some() { "Ctrl+Q saves and quits" } else { "q or Ctrl+Q quits" };
            info(app, format!("{how}; Ctrl+C does nothing here."))
        }
        Action::SwitchTheme => {
            app.theme = app.theme.next();
            info(
                app,
                format!(
                    "Theme: {} for this run; to keep it, start with --theme {} or put it in config.json",
                    app.theme.name(),
                    app.theme.name()
                ),
            )
        }
        Action::ToggleHelp => {
            app.overlay = match app.overlay {
                Some(Overlay::Help { .. }) => None,
                _ => Some(Overlay::Help { scroll: 0 }),
            };
            Vec::new()
        }
        Action::Back => back(app, now),
        Action::SelectNext => move_selection(app, 1),
        Action::SelectPrevious => move_selection(app, -1),
        Action::SelectFirst => move_selection(app, isize::MIN),
        Action::SelectLast => move_selection(app, isize::MAX),
        Action::OpenSelected => match app.list.selected_entry() {
            Some(Entry::Session { path, .. }) => vec![Effect::Open(path.clone())],
            Some(Entry::Unreadable { reason, .. }) => error(app, format!("Cannot open it: {reason}")),
            None => Vec::new(),
        },
        Action::AskNewTitle => {
            app.overlay = Some(Overlay::NewTitle(String::new()));
            Vec::new()
        }
        Action::StartFilter => {
            app.list.filtering = true;
            if app.list.content.is_none() { vec![Effect::IndexContent] } else { Vec::new() }
        }
        Action::AskDelete => {
            if let Some(entry) = app.list.selected_entry() {
                let title = match entry {
                    Entry::Session { summary, .. } => summary.title.clone(),
                    Entry::Unreadable { path, .. } => super::file_name(path),
                };
                app.overlay = Some(Overlay::ConfirmDelete { path: entry.path().to_path_buf(), title });
            }
            Vec::new()
        }
        Action::ExportSelected => match app.list.selected_entry() {
            Some(Entry::Session { path, .. }) => vec![Effect::ExportFile(path.clone())],
            Some(Entry::Unreadable { reason, .. }) => error(app, format!("Cannot export it: {reason}")),
            None => Vec::new(),
        },
        Action::PickFacets => {
            let choices = facets_in(&app.list.listing)
                .into_iter()
                .map(|(facet, sessions)| {
                    let chosen = app.list.facets.contains(&facet);
                    Choice::new(facet.key(), facet.label(), count(sessions, "session"), chosen)
                })
                .collect::<Vec<_>>();
            if choices.is_empty() {
                return info(app, "No session has review decisions or a verdict to filter by yet.".to_owned());
            }
            let title = "Show sessions where…";
            app.overlay = Some(Overlay::Picker(Picker::new(PickerPurpose::ListFacets, title, choices, true)));
            Vec::new()
        }
        Action::Type(edit) => {
            type_line(app, edit);
            Vec::new()
        }
        Action::SwitchLine => {
            if let Some(Overlay::People(draft)) = &mut app.overlay {
                draft.on_participants = !draft.on_participants;
            }
            Vec::new()
        }
        Action::PickerMove(by) => {
            match &mut app.overlay {
                Some(Overlay::Picker(picker)) => picker.move_cursor(by),
                Some(Overlay::Snapshot(draft)) => move_tick(draft, by),
                _ => {}
            }
            Vec::new()
        }
        Action::PickerToggle => {
            match &mut app.overlay {
                Some(Overlay::Picker(picker)) => picker.toggle(),
                Some(Overlay::Snapshot(draft)) => toggle_tick(draft),
                _ => {}
            }
            Vec::new()
        }
        Action::ExplainReadOnly => match app.session().and_then(SessionView::read_only_reason) {
            Some(reason) => {
                let text = format!("Read-only: {reason}");
                error(app, text)
            }
            None => Vec::new(),
        },
        Action::Confirm => confirm(app, now),
        Action::Deny => {
            if let Some(effects) = dismiss_overlay(app) {
                return effects;
            }
            if app.list.filtering {
                app.list.filtering = false;
                app.list.filter.clear();
            }
            Vec::new()
        }
        Action::ChangedOnDisk(change) => outside_change::found(app, change),
        Action::ReloadTheirs => outside_change::reload(app),
        Action::KeepMine => outside_change::keep_mine(app, now),
        Action::CompareTheirs => outside_change::compare(app),
        Action::ConflictCopyWritten(written) => outside_change::mine_kept_aside(app, written.map(Some)),
        Action::RestoreRecovery => recovery::restore(app),
        Action::CompareRecovery => recovery::compare(app),
        Action::DiscardRecovery => recovery::discard(app),
        Action::RecoveriesFound(found) => {
            app.recoveries = found;
            recovery::offer_next(app);
            Vec::new()
        }
        Action::Restored(Ok(loaded)) => {
            open_view(app, *loaded);
            info(app, "Restored: what was typed after the last save is back, and saved.".to_owned())
        }
        Action::Restored(Err(message)) | Action::Failed(message) => error(app, message),
        Action::GoToStage(stage) => go_to_stage(app, stage, now),
        Action::NextStage => match app.session() {
            Some(view) => go_to_stage(app, view.stage().next(), now),
            None => Vec::new(),
        },
        Action::PreviousStage => match app.session() {
            Some(view) => go_to_stage(app, view.stage().previous(), now),
            None => Vec::new(),
        },
        Action::NextField => move_focus(app, 1),
        Action::PreviousField => move_focus(app, -1),
        Action::FirstField => move_focus(app, isize::MIN),
        Action::LastField => move_focus(app, isize::MAX),
        Action::Edit => start_editing(app, now),
        Action::AddItem => add_item(app, now, None),
        Action::AddInternalQuestion => add_item(app, now, Some(FaqPart::Internal)),
        Action::CycleOutcome => cycle_outcome(app, now, true),
        Action::Cycle { forward } if matches!(app.overlay, Some(Overlay::Verdict(_))) => {
            cycle_verdict(app, forward);
            Vec::new()
        }
        Action::Cycle { forward } => cycle_choice(app, now, forward),
        Action::PickPrinciples => pick_principles(app),
        Action::Jump => jump(app, now),
        Action::SortByVotes => sort_by_votes(app),
        Action::EditPeople => edit_people(app),
        Action::Snapshot => ask_snapshot(app),
        Action::ToggleTimer => toggle_timer(app, now),
        Action::Present => {
            if let Some(view) = app.session_mut() {
                close_editor(view);
                app.overlay = Some(Overlay::Presenter(Presenter { scroll: 0, reading_until: None }));
            }
            Vec::new()
        }
        Action::ChangeTimebox { more } => change_timebox(app, more, now),
        Action::MarkCompare => mark_compare(app),
        Action::AskRestore => ask_restore(app),
        Action::Scroll(by) => {
            versions::scroll(app, by);
            Vec::new()
        }
        Action::ShowCoverage => {
            let coverage = match app.session() {
                Some(view) => Coverage::of_session(&view.session),
                None => {
                    let visible = app.list.visible();
                    let summaries = visible.iter().filter_map(|entry| match entry {
                        crate::store::Entry::Session { summary, .. } => Some(summary.as_ref()),
                        crate::store::Entry::Unreadable { .. } => None,
                    });
                    Coverage::of_sessions(summaries, &app.principles)
                }
            };
            app.overlay = Some(Overlay::Coverage(coverage));
            Vec::new()
        }
        Action::Vote { up } => vote(app, up, now),
        Action::AskDeleteItem => ask_delete_item(app),
        Action::ExportSession => match app.session() {
            Some(view) => vec![Effect::Export(Box::new(view.session.clone()))],
            None => Vec::new(),
        },
        Action::EditText(input) if !is_writable_editor(app) => {
            if !is_reading_input(&input)
                && let Some(reason) = app.session().and_then(|view| view.read_only_reason().map(str::to_owned))
            {
                return error(app, format!("Read-only: {reason}"));
            }
            if let Some(editor) = app.session_mut().and_then(|view| view.editor.as_mut()) {
                editor.textarea.input(input);
            }
            Vec::new()
        }
        // A key can carry any character (through a compose key, an input method, or a
        // terminal passing 8-bit controls on): what a paste may not bring in, neither may it.
        Action::EditText(Input { key: Key::Char(c), .. }) if is_forbidden_char(c) => Vec::new(),
        Action::EditText(input) => {
            edit_with(app, now, |editor| {
                let one_line = editor.field.is_one_line();
                let is_newline = matches!(input.key, Key::Enter | Key::Char('\n' | '\r'))
                    || (input.key == Key::Char('m') && input.ctrl);
                !(one_line && is_newline) && editor.textarea.input(input)
            });
            Vec::new()
        }
        Action::NextFieldEditing => move_focus_editing(app, 1),
        Action::PreviousFieldEditing => move_focus_editing(app, -1),
        Action::Undo => {
            edit_with(app, now, |editor| editor.textarea.undo());
            Vec::new()
        }
        Action::Redo => {
            edit_with(app, now, |editor| editor.textarea.redo());
            Vec::new()
        }
        Action::Paste(text) => {
            paste(app, &text, now);
            Vec::new()
        }
        Action::Listed(Ok(listing)) => {
            app.list.listing = listing;
            // What the filter searches may have changed with the files: read it again now
            // if a filter is in use (the old text serves until then), else when it is.
            let reindex = app.list.content.is_some() && !app.list.filter.trim().is_empty();
            if !reindex {
                app.list.content = None;
            }
            if let Some(path) = app.list.reselect.take() {
                app.list.selected = app.list.visible().iter().position(|e| e.path() == path).unwrap_or(0);
            }
            move_selection(app, 0);
            recovery::offer_next(app);
            if reindex { vec![Effect::IndexContent] } else { Vec::new() }
        }
        Action::Listed(Err(message)) => error(app, message),
        Action::Opened(Ok(loaded)) => {
            open_view(app, *loaded);
            Vec::new()
        }
        Action::Opened(Err(message)) => error(app, message),
        Action::SaveFinished(result) => save_finished(app, result, now),
        Action::Trashed(Ok(path)) => {
            info(app, format!("Moved to the trash: {}", path.display()));
            vec![Effect::List]
        }
        Action::Trashed(Err(message)) | Action::Exported(Err(message)) => error(app, message),
        Action::Exported(Ok(path)) => {
            info(app, format!("Exported to {}", path.display()));
            Vec::new()
        }
        Action::ContentIndexed(content) => {
            app.list.content = Some(content);
            move_selection(app, 0)
        }
    }
}

fn open_view(app: &mut App, loaded: Loaded) {
    let view = SessionView::new(loaded.session, loaded.path, Some(loaded.fingerprint), loaded.access);
    if let Some(reason) = view.read_only_reason() {
        app.notice = Some(Notice { text: format!("Read-only: {reason}"), is_error: false });
    }
    app.overlay = None;
    app.screen = Screen::Session(Box::new(view));
}

fn is_from_user(action: &Action) -> bool {
    !matches!(
        action,
        Action::Tick
            | Action::Listed(_)
            | Action::Opened(_)
            | Action::SaveFinished(_)
            | Action::Trashed(_)
            | Action::Exported(_)
            | Action::ContentIndexed(_)
            | Action::RecoveriesFound(_)
            | Action::ChangedOnDisk(_)
            | Action::ConflictCopyWritten(_)
            | Action::Restored(_)
            | Action::Failed(_)
    )
}

/// Notices often quote a path or a store's error, which can name any file of the folder.
fn info(app: &mut App, text: String) -> Vec<Effect> {
    app.notice = Some(Notice { text: printable(&text), is_error: false });
    Vec::new()
}

fn error(app: &mut App, text: String) -> Vec<Effect> {
    app.notice = Some(Notice { text: printable(&text), is_error: true });
    Vec::new()
}

/// A save of the open session, if it has changes and may be written.
fn save_effect(view: &mut SessionView, now: &Now) -> Option<Effect> {
    if !view.save.dirty || view.read_only_reason().is_some() {
        return None;
    }
    view.fold_timer(now.instant);
    view.session.updated_at = now.timestamp.clone();
    Some(Effect::Save {
        path: view.path.clone(),
        session: Box::new(view.session.clone()),
        loaded_from: view.loaded_from,
    })
}

/// A running timer's seconds go into the session this often, so that a restart, or a
/// laptop that dies, loses at most these.
const TIMER_SAVED_EVERY_SECONDS: u64 = 15;

/// How often an open session's file is compared with what it held when read: a
/// change made elsewhere (a pull, a sync tool) shows within this.
const CHECK_DISK_EVERY: Duration = Duration::from_secs(2);

fn autosave(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    let choosing = view.save.awaiting_choice;
    if view
        .timer_since
        .is_some_and(|since| now.instant.saturating_duration_since(since).as_secs() >= TIMER_SAVED_EVERY_SECONDS)
    {
        view.fold_timer(now.instant);
        mark_changed(view, now);
    }
    let waited =
        |since: Option<Instant>, long: Duration| since.is_some_and(|at| now.instant.duration_since(at) >= long);
    let due = waited(view.save.last_change, AUTOSAVE_AFTER) || waited(view.save.unsaved_since, AUTOSAVE_AT_MOST_EVERY);
    if due
        && !choosing
        && let Some(save) = save_effect(view, now)
    {
        return vec![save];
    }
    // Between saves, or while saves fail, the typing is kept in the recovery copy.
    if view.save.dirty && view.save.recovery_behind && view.read_only_reason().is_none() {
        view.save.recovery_behind = false;
        return vec![Effect::WriteRecovery(Box::new(view.session.clone()))];
    }
    let check_due = view.save.checked_disk_at.is_none_or(|at| now.instant.duration_since(at) >= CHECK_DISK_EVERY);
    if !choosing
        && check_due
        && let Some(loaded_from) = view.loaded_from
    {
        view.save.checked_disk_at = Some(now.instant);
        return vec![Effect::CheckOnDisk { path: view.path.clone(), loaded_from }];
    }
    Vec::new()
}

fn save_now(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    if let Some(reason) = view.read_only_reason() {
        let text = format!("Read-only: {reason}");
        return error(app, text);
    }
    match save_effect(view, now) {
        Some(effect) => vec![effect],
        None => info(app, "Saved: nothing changed since the last save.".to_owned()),
    }
}

fn save_and_quit(app: &mut App, now: &Now) -> Vec<Effect> {
    // What a dialog holds is typed words too: kept if it can be, else the quit waits.
    if matches!(app.overlay, Some(Overlay::Verdict(_) | Overlay::People(_) | Overlay::Snapshot(_))) {
        confirm(app, now);
        if app.overlay.is_some() {
            let text = app.notice.as_ref().map_or(String::new(), |notice| format!("{} ", notice.text));
            return error(app, format!("{text}Not quit yet: finish the dialog, or Esc to drop it."));
        }
    }
    let Some(view) = app.session_mut() else { return vec![Effect::Quit] };
    close_editor(view);
    if view.save.quit_unsaved_armed {
        return vec![Effect::Quit];
    }
    match save_effect(view, now) {
        Some(effect) => {
            view.save.then = Some(AfterSave::Quit);
            vec![effect]
        }
        None => vec![Effect::Quit],
    }
}

fn back(app: &mut App, now: &Now) -> Vec<Effect> {
    if let Some(effects) = dismiss_overlay(app) {
        return effects;
    }
    let Screen::Session(view) = &mut app.screen else {
        app.list.filter.clear();
        app.list.facets.clear();
        return Vec::new();
    };
    if let Some(editor) = &view.editor {
        let field = editor.field;
        close_editor(view);
        let effects = save_effect(view, now).into_iter().collect();
        check_due_date(app, field);
        return effects;
    }
    if let Some(index) = view.review.open_item.take() {
        if drop_if_blank(view, index) {
            mark_changed(view, now);
        } else {
            view.focus_on(Field::ReviewItem(index));
        }
        return save_effect(view, now).into_iter().collect();
    }
    match save_effect(view, now) {
        Some(effect) => {
            view.save.then = Some(AfterSave::BackToList);
            vec![effect]
        }
        None => to_list(app),
    }
}

/// Esc on what covers the screen: it closes, going back to the dialog a comparison was
/// asked from, except the two dialogs with a say in it. None when nothing covered it.
fn dismiss_overlay(app: &mut App) -> Option<Vec<Effect>> {
    match app.overlay.take()? {
        Overlay::OfferRecovery => Some(recovery::later(app)),
        change @ Overlay::OutsideChange(_) => {
            app.overlay = Some(change);
            Some(outside_change::must_choose(app))
        }
        Overlay::Diff(diff) => {
            app.overlay = diff.back_to.map(|overlay| *overlay);
            Some(Vec::new())
        }
        _ => Some(Vec::new()),
    }
}

fn to_list(app: &mut App) -> Vec<Effect> {
    if let Screen::Session(view) = &app.screen {
        app.list.reselect = Some(view.path.clone());
    }
    app.screen = Screen::List;
    vec![Effect::List]
}

fn save_finished(app: &mut App, result: Result<Saved, String>, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    let then = view.save.then.take();
    match result {
        // The runner turns this into the choice of what to do (`ChangedOnDisk`).
        Ok(Saved::ChangedOnDisk) => {
            view.save.then = then;
            Vec::new()
        }
        Ok(saved) => {
            let mut notice = None;
            match saved {
                Saved::Written(fingerprint) => view.loaded_from = Some(fingerprint),
                Saved::KeptMine { fingerprint, theirs } => {
                    view.loaded_from = Some(fingerprint);
                    notice = Some(format!(
                        "Yours is saved; the version that was on disk is kept beside it as {}.",
                        file_name(&theirs)
                    ));
                }
                Saved::ChangedOnDisk => {}
            }
            view.save.failed = None;
            view.save.dirty = false;
            view.save.recovery_behind = false;
            view.save.unsaved_since = None;
            view.save.last_saved = Some(now.instant);
            view.save.quit_unsaved_armed = false;
            let mut effects = vec![Effect::RemoveRecovery(view.session.id.clone())];
            if let Some(text) = notice {
                info(app, text);
            }
            effects.extend(after_save(app, then));
            effects
        }
        Err(message) => {
            view.save.failed = Some(printable(&message));
            // Try again a second from now rather than on every tick.
            view.save.last_change = Some(now.instant);
            view.save.unsaved_since = Some(now.instant);
            if then == Some(AfterSave::Quit) {
                view.save.quit_unsaved_armed = true;
                return error(
                    app,
                    format!("Not saved. Ctrl+Q again quits WITHOUT saving; Ctrl+S tries again. {message}"),
                );
            }
            Vec::new()
        }
    }
}

/// What waited for the save: quitting, or going back to the list.
fn after_save(app: &mut App, then: Option<AfterSave>) -> Vec<Effect> {
    match then {
        Some(AfterSave::Quit) => vec![Effect::Quit],
        Some(AfterSave::BackToList) => to_list(app),
        None => Vec::new(),
    }
}

fn move_selection(app: &mut App, by: isize) -> Vec<Effect> {
    let count = app.list.visible().len();
    app.list.selected = match by {
        isize::MIN => 0,
        isize::MAX => count.saturating_sub(1),
        _ => app.list.selected.saturating_add_signed(by).min(count.saturating_sub(1)),
    };
    Vec::new()
}

/// An edit to the one-line answer open now.
fn type_line(app: &mut App, edit: LineEdit) {
    let buffer = match &mut app.overlay {
        Some(Overlay::NewTitle(title)) => title,
        Some(Overlay::Picker(picker)) => return picker.type_edit(edit),
        Some(Overlay::Snapshot(draft)) if draft.cursor.is_none() => &mut draft.note,
        Some(Overlay::Verdict(draft)) => &mut draft.reason,
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

fn confirm(app: &mut App, now: &Now) -> Vec<Effect> {
    match app.overlay.take() {
        Some(Overlay::NewTitle(title)) if title.trim().is_empty() => {
            app.overlay = Some(Overlay::NewTitle(title));
            error(app, "Type a title first, e.g. Kids reader.".to_owned())
        }
        Some(Overlay::NewTitle(title)) => vec![Effect::Create(title.trim().to_owned())],
        Some(Overlay::ConfirmDelete { path, .. }) => vec![Effect::Trash(path)],
        Some(Overlay::ConfirmDeleteItem { index, .. }) => delete_item(app, index, now),
        Some(Overlay::Picker(picker)) => picked(app, picker, now),
        Some(Overlay::Verdict(draft)) if draft.reason.trim().is_empty() => {
            app.overlay = Some(Overlay::Verdict(draft));
            error(app, "Give the reason in a line, e.g. Back the pilot; close the revisions first.".to_owned())
        }
        Some(Overlay::Verdict(draft)) => {
            let Some(view) = app.session_mut() else { return Vec::new() };
            let extra = view.session.review.verdict.take().map(|v| v.extra).unwrap_or_default();
            let reason = draft.reason.trim().to_owned();
            view.session.review.verdict = Some(Verdict { decision: draft.decision, reason, extra });
            mark_changed(view, now);
            Vec::new()
        }
        Some(Overlay::People(draft)) => {
            let Some(view) = app.session_mut() else { return Vec::new() };
            view.session.facilitator = draft.facilitator.trim().to_owned();
            let mut participants: Vec<String> = Vec::new();
            for name in draft.participants.split(',').map(str::trim).filter(|name| !name.is_empty()) {
                if !participants.iter().any(|known| known == name) {
                    participants.push(name.to_owned());
                }
            }
            view.session.participants = participants;
            mark_changed(view, now);
            Vec::new()
        }
        Some(Overlay::Snapshot(draft)) => snapshot(app, draft, now),
        Some(Overlay::ConfirmRestore { number }) => restore(app, number, now),
        Some(Overlay::OfferSilentReading) => {
            let reading_until = Some(now.instant + SILENT_READING);
            app.overlay = Some(Overlay::Presenter(Presenter { scroll: 0, reading_until }));
            Vec::new()
        }
        Some(
            Overlay::Help { .. }
            | Overlay::Coverage(_)
            | Overlay::Diff(_)
            | Overlay::Presenter(_)
            | Overlay::OfferRecovery
            | Overlay::OutsideChange(_),
        ) => Vec::new(),
        None => {
            app.list.filtering = false;
            Vec::new()
        }
    }
}

/// Writes the editor's text back into the session.
fn close_editor(view: &mut SessionView) {
    if let Some(editor) = view.editor.take()
        && editor.writable
        && let Some(text) = editor.field.text_mut(&mut view.session)
    {
        *text = editor.text();
        tidy_item(view, editor.field);
    }
}

/// An item's owner, due date or resources left empty are no longer in the file at all.
fn tidy_item(view: &mut SessionView, field: Field) {
    if let Field::ItemPart(index, _) = field
        && let Some(item) = view.session.review.items.get_mut(index)
    {
        for value in [&mut item.owner, &mut item.due, &mut item.resources] {
            if value.as_deref().is_some_and(|text| text.trim().is_empty()) {
                *value = None;
            }
        }
    }
}

/// Says so when the due date just left is not a date; the text stays as typed.
fn check_due_date(app: &mut App, field: Field) {
    let Field::ItemPart(index, ItemPart::Due) = field else { return };
    let due = app.session().and_then(|view| view.session.review.items.get(index)?.due.clone());
    if let Some(due) = due
        && let Err(message) = parse_due_date(due.trim())
    {
        app.notice = Some(Notice { text: format!("The {message}"), is_error: true });
    }
}

fn go_to_stage(app: &mut App, stage: Stage, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    close_editor(view);
    if view.stage() == stage {
        return Vec::new();
    }
    // A stage's time is its own: the timer stops with it, and Space starts the next.
    let paused = view.timer_since.is_some();
    let left = view.stage();
    view.fold_timer(now.instant);
    view.timer_since = None;
    view.session.stage = stage;
    if let Some(index) = view.review.open_item.take()
        && drop_if_blank(view, index)
    {
        view.jumped_from = None;
    }
    view.focus = 0;
    if view.read_only_reason().is_none() {
        mark_changed(view, now);
    }
    let effects = save_effect(view, now).into_iter().collect();
    // The review opens with silent reading: offered on the way into a review not begun.
    if stage == Stage::Review
        && left < Stage::Review
        && view.session.review.items.is_empty()
        && view.read_only_reason().is_none()
    {
        app.overlay = Some(Overlay::OfferSilentReading);
    }
    if paused {
        app.notice = Some(Notice { text: format!("Timer paused; Space starts {}'s.", stage.title()), is_error: false });
    }
    effects
}

fn toggle_timer(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let stage = view.stage().title();
    if view.timer_since.is_some() {
        view.fold_timer(now.instant);
        view.timer_since = None;
        mark_changed(view, now);
        info(app, format!("{stage}: timer paused; Space goes on."))
    } else {
        view.timer_since = Some(now.instant);
        info(app, format!("{stage}: timer running; Space pauses, + adds a minute."))
    }
}

fn change_timebox(app: &mut App, more: bool, now: &Now) -> Vec<Effect> {
    let Some(view) = writable(app) else { return Vec::new() };
    let stage = view.stage();
    let minutes = view.session.timeboxes.minutes.get_mut(stage);
    *minutes = if more { minutes.saturating_add(1) } else { minutes.saturating_sub(1).max(1) };
    let minutes = *minutes;
    mark_changed(view, now);
    info(app, format!("{}: {minutes} minutes in the timebox.", stage.title()))
}

/// An item added by a stray `a` and left without a word or a detail is not kept.
fn drop_if_blank(view: &mut SessionView, index: usize) -> bool {
    let blank = view.session.review.items.get(index).is_some_and(|item| {
        let empty = ReviewItem::new(item.id.clone(), item.kind, item.created_at.clone());
        item.kind == ReviewKind::Comment
            && item.text.trim().is_empty()
            && *item == ReviewItem { text: item.text.clone(), ..empty }
    });
    if blank {
        view.session.review.items.remove(index);
        view.focus = view.focus.min(view.fields().len().saturating_sub(1));
    }
    blank
}

fn mark_changed(view: &mut SessionView, now: &Now) {
    if !view.save.dirty {
        view.save.unsaved_since = Some(now.instant);
    }
    view.save.dirty = true;
    view.save.recovery_behind = true;
    view.save.last_change = Some(now.instant);
}

fn move_focus(app: &mut App, by: isize) -> Vec<Effect> {
    if let Some(view) = app.session_mut() {
        let count = view.fields().len();
        view.focus = view.focus.saturating_add_signed(by).min(count.saturating_sub(1));
    }
    Vec::new()
}

fn start_editing(app: &mut App, now: &Now) -> Vec<Effect> {
    let Some(view) = app.session_mut() else { return Vec::new() };
    match view.focused_field() {
        Some(Field::ReviewItem(index)) => {
            view.review.open_item = Some(index);
            view.focus_on(Field::ItemPart(index, ItemPart::Text));
            return Vec::new();
        }
        Some(Field::ItemPart(_, ItemPart::Kind | ItemPart::Outcome) | Field::Verdict) => {
            return cycle_choice(app, now, true);
        }
        Some(Field::ItemPart(index, part @ (ItemPart::Author | ItemPart::Owner | ItemPart::About))) => {
            return pick_for_item(app, index, part);
        }
        Some(Field::ItemPart(_, ItemPart::Principles)) => return pick_principles(app),
        Some(Field::People) => return edit_people(app),
        Some(Field::Version(_) | Field::Draft) => return compare(app),
        Some(Field::OpenRevision(index)) => return open_revision(app, index, now),
        _ => {}
    }
    if let Some(field) = view.focused_field().filter(|f| f.is_editable()) {
        view.editor = Some(open_editor(view, field));
        if let Some(reason) = view.read_only_reason() {
            let text = format!("Read-only: {reason}. Arrows and PgUp/PgDn scroll; Esc stops reading.");
            return info(app, text);
        }
    }
    Vec::new()
}

/// An editor on the field's text; one that only reads in a read-only session.
fn open_editor(view: &SessionView, field: Field) -> Editor {
    let text = field.text(&view.session).unwrap_or_default();
    Editor::new(field, text, view.read_only_reason().is_none())
}

fn is_writable_editor(app: &App) -> bool {
    app.session().and_then(|view| view.editor.as_ref()).is_some_and(|editor| editor.writable)
}

/// Keys that move the cursor and nothing else: all a read-only field takes.
fn is_reading_input(input: &Input) -> bool {
    matches!(input.key, Key::Up | Key::Down | Key::Left | Key::Right | Key::Home | Key::End | Key::PageUp | Key::PageDown)
}

fn move_focus_editing(app: &mut App, by: isize) -> Vec<Effect> {
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
        check_due_date(app, field);
    }
    effects
}

/// Applies an edit to the open editor and, when the text changed, copies it back.
fn edit_with(app: &mut App, now: &Now, edit: impl FnOnce(&mut Editor) -> bool) {
    let Some(view) = app.session_mut() else { return };
    let Some(editor) = view.editor.as_mut().filter(|editor| editor.writable) else { return };
    if !edit(editor) {
        return;
    }
    let text = editor.text();
    let field = editor.field;
    if let Some(target) = field.text_mut(&mut view.session) {
        *target = text;
    }
    if let Field::Section(section) = field {
        view.recount(section);
    }
    mark_changed(view, now);
}

fn paste(app: &mut App, text: &str, now: &Now) {
    match &mut app.overlay {
        Some(
            Overlay::NewTitle(buffer)
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
fn add_item(app: &mut App, now: &Now, part: Option<FaqPart>) -> Vec<Effect> {
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
            let id =
                next_id("q", view.session.faq.external.iter().chain(&view.session.faq.internal).map(|q| q.id.as_str()));
            let entries = part.entries_mut(&mut view.session);
            entries.push(FaqEntry { id, question: String::new(), answer: String::new(), extra: Default::default() });
            Field::FaqQuestion(part, entries.len() - 1)
        }
        Stage::Review => {
            let id = next_id("r", view.session.review.items.iter().map(|i| i.id.as_str()));
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

/// `q7` after `q1`…`q6`: one more than the highest number in use, never a reused id.
fn next_id<'a>(prefix: &str, ids: impl Iterator<Item = &'a str>) -> String {
    let highest = ids.filter_map(|id| id.strip_prefix(prefix)?.parse::<u32>().ok()).max().unwrap_or(0);
    format!("{prefix}{}", highest + 1)
}

/// The open session when it may be changed; otherwise the footer says why not.
fn writable(app: &mut App) -> Option<&mut SessionView> {
    let reason = app.session()?.read_only_reason().map(str::to_owned);
    if let Some(reason) = reason {
        app.notice = Some(Notice { text: format!("Read-only: {reason}"), is_error: true });
        return None;
    }
    app.session_mut()
}

fn cycle_outcome(app: &mut App, now: &Now, forward: bool) -> Vec<Effect> {
    let Some(index) = focused_decision(app) else { return Vec::new() };
    let Some(view) = app.session_mut() else { return Vec::new() };
    let Some(item) = view.session.review.items.get_mut(index) else { return Vec::new() };
    // "No outcome yet" is in the cycle, so an outcome set by mistake can be taken back.
    const OUTCOMES: [Option<Outcome>; 5] =
        [None, Some(Outcome::Approved), Some(Outcome::Revise), Some(Outcome::Rejected), Some(Outcome::Parked)];
    item.outcome = step(&OUTCOMES, Some(item.outcome), forward);
    mark_changed(view, now);
    Vec::new()
}

/// The next (or previous) of a cycle of choices; from none, the first (or last).
fn step<T: Copy + PartialEq>(all: &[T], current: Option<T>, forward: bool) -> T {
    let position = current.and_then(|c| all.iter().position(|x| *x == c));
    let next = match (position, forward) {
        (None, true) => 0,
        (None, false) => all.len() - 1,
        (Some(at), true) => (at + 1) % all.len(),
        (Some(at), false) => (at + all.len() - 1) % all.len(),
    };
    all[next]
}

/// ← → (and Enter) on a choice: an item's kind or outcome, an answer's confidence; on
/// the verdict, its dialog.
fn cycle_choice(app: &mut App, now: &Now, forward: bool) -> Vec<Effect> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_never_reuse_a_number() {
        assert_eq!(next_id("q", ["q1", "q7", "x9", "q"].into_iter()), "q8");
        assert_eq!(next_id("r", std::iter::empty()), "r1");
    }
}
