//! How the state changes. Never does I/O: what must be read or written is returned as
//! effects for the runner, whose results come back as actions.

mod agenda;
mod capture;
mod coach_panel;
mod common;
mod conflicts;
mod decisions;
mod documents;
mod editing;
mod faq;
mod history;
mod list;
mod navigation;
mod outside_change;
mod overlays;
mod recovery;
mod rename;
mod review;
mod saving;
mod silent_reading;
mod versions;

use crate::app::{
    Action, App, Effect, FaqPart, MIN_HEIGHT, MIN_WIDTH, Notice, Now, Overlay, Presenter, SessionView, file_name,
};
use common::{close_editor, error, info, open_view, quit};
use editing::{add_item, cycle_choice, cycle_outcome, edit_text, edit_with, move_focus_editing, paste, type_line};
use list::{
    ask_delete, content_indexed, export_selected, folder_stamped, listed, move_selection, open_selected, pick_facets,
    show_coverage,
};
use navigation::{back, change_timebox, go_to_stage, move_focus, start_editing, toggle_timer};
use overlays::{confirm, dismiss_overlay};
use review::{ask_delete_item, cycle_verdict, edit_people, jump, pick_principles, sort_by_votes, vote};
use saving::{autosave, save_and_quit, save_finished, save_now};
use versions::{ask_restore, ask_snapshot, mark_compare, move_tick, toggle_tick};

pub fn update(app: &mut App, action: Action, now: &Now) -> Vec<Effect> {
    app.now = now.instant;
    if is_from_user(&action) {
        app.notice = None;
    }
    match action {
        Action::Tick => {
            turn_the_day(app, now);
            autosave(app, now)
        }
        Action::SaveNow => save_now(app, now),
        Action::SaveAndQuit => save_and_quit(app, now),
        Action::Quit => quit(app),
        Action::Resized { width, height } => {
            app.too_small = width < MIN_WIDTH || height < MIN_HEIGHT;
            Vec::new()
        }
        Action::Configured { theme, problem } => {
            app.theme = theme;
            app.notice = problem.map(|text| Notice { text, is_error: true });
            Vec::new()
        }
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
        Action::OpenSelected => open_selected(app),
        Action::AskNewTitle => {
            app.overlay = Some(Overlay::NewTitle(String::new()));
            Vec::new()
        }
        Action::StartFilter => {
            app.list.filtering = true;
            if app.list.content.is_none() { vec![Effect::IndexContent] } else { Vec::new() }
        }
        Action::AskDelete => ask_delete(app),
        Action::AskRename => rename::ask_rename(app),
        Action::Renamed(renamed) => rename::renamed(app, renamed),
        Action::ExportSelected => export_selected(app),
        Action::PickFacets => pick_facets(app),
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
                Some(Overlay::Decisions(log)) => log.move_cursor(by),
                Some(Overlay::Notes(panel)) => coach_panel::move_note(panel, by),
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
            open_view(app, *loaded, now);
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
        Action::NextField => move_focus(app, 1, now),
        Action::PreviousField => move_focus(app, -1, now),
        Action::FirstField => move_focus(app, isize::MIN, now),
        Action::LastField => move_focus(app, isize::MAX, now),
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
        Action::Jump => jump(app),
        Action::SortByVotes => sort_by_votes(app),
        Action::EditPeople => edit_people(app),
        Action::Snapshot => ask_snapshot(app),
        Action::ToggleTimer => toggle_timer(app, now),
        Action::Present => {
            if let Some(view) = app.session_mut() {
                close_editor(view);
                app.overlay =
                    Some(Overlay::Presenter(Presenter { scroll: 0, reading_until: None, reading_paused: None }));
            }
            Vec::new()
        }
        Action::ChangeTimebox { more } => change_timebox(app, more, now),
        Action::ShowAgenda => agenda::show(app),
        Action::AgendaMove(by) => agenda::move_row(app, by),
        Action::AgendaType(typed) => agenda::type_minutes(app, typed),
        Action::PauseReading => silent_reading::pause_or_go_on(app, now),
        Action::ExtendReading => silent_reading::extend(app, now),
        Action::RestartReading => silent_reading::restart(app, now),
        Action::MarkCompare => mark_compare(app),
        Action::AskRestore => ask_restore(app),
        Action::Scroll(by) => {
            versions::scroll(app, by);
            conflicts::scroll(app, by);
            documents::scroll_report(app, by);
            Vec::new()
        }
        Action::ShowCoverage => show_coverage(app),
        Action::Vote { up } => vote(app, up, now),
        Action::AskDeleteItem => ask_delete_item(app),
        Action::AskDeleteQuestion => faq::ask_delete_question(app),
        Action::UndoChange | Action::RedoChange => {
            let effects = history::undo(app, now, matches!(action, Action::UndoChange));
            conflicts::follow_session(app);
            effects
        }
        Action::ToggleResolved => review::toggle_resolved(app, now),
        Action::StartCapture => capture::start(app),
        Action::CompleteCapture => capture::complete(app),
        Action::ExportSession => match app.session() {
            Some(_) => documents::ask_export_format(app, None),
            None => Vec::new(),
        },
        Action::EditText(input) => edit_text(app, input, now),
        Action::NextFieldEditing => move_focus_editing(app, 1, now),
        Action::PreviousFieldEditing => move_focus_editing(app, -1, now),
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
        Action::Listed(Ok(listing)) => listed(app, listing),
        Action::Listed(Err(message)) => error(app, message),
        Action::Opened(Ok(loaded)) => {
            open_view(app, *loaded, now);
            Vec::new()
        }
        Action::Opened(Err(message)) => error(app, message),
        Action::SaveFinished { path, changed_at, result } => save_finished(app, &path, changed_at, result, now),
        Action::Trashed(Ok(path)) => {
            info(app, format!("Moved to the trash: {}", path.display()));
            vec![Effect::List]
        }
        Action::Trashed(Err(message)) | Action::Exported(Err(message)) => error(app, message),
        Action::Exported(Ok(path)) => {
            info(app, format!("Exported to {}", path.display()));
            Vec::new()
        }
        Action::ContentIndexed(content) => content_indexed(app, content),
        Action::GitSetupMissing(fix) => error(app, format!("Git: {fix}.")),
        Action::MergeCopy => match app.list.selected_entry().filter(|entry| entry.is_copy()) {
            Some(copy) if app.session().is_none() => vec![Effect::MergeCopy(copy.path().to_path_buf())],
            _ => Vec::new(),
        },
        Action::CopyMerged(Ok(0)) => {
            info(app, "Merged the copy into its session, with no conflict; the copy is in the trash.".to_owned());
            vec![Effect::List]
        }
        Action::CopyMerged(Ok(conflicts)) => {
            let recorded = crate::domain::count(conflicts, "conflict");
            info(
                app,
                format!("Merged the copy into its session; {recorded} recorded to resolve; the copy is in the trash."),
            );
            vec![Effect::List]
        }
        Action::CopyMerged(Err(message)) => error(app, message),
        Action::MergeTheirs => outside_change::merge(app, now),
        Action::ExportUpdated(Ok(path)) => info(app, format!("Export updated: {}", path.display())),
        Action::ExportUpdated(Err(message)) => error(app, message),
        Action::ShowConflicts => conflicts::show(app),
        Action::KeepVersion(keep) => conflicts::keep(app, keep, now),
        Action::EditConflict => conflicts::edit(app, now),
        Action::ConflictMove(by) => conflicts::move_to(app, by),
        Action::ShowDecisions => decisions::show(app),
        Action::FilterDecisions => decisions::start_filter(app),
        Action::ToggleOverdue => decisions::toggle_overdue(app),
        Action::EverySessionRead(every) => decisions::read(app, every, now),
        Action::FolderStamped(stamp) => folder_stamped(app, stamp),
        Action::AskImportPath => documents::ask_import_path(app),
        Action::CompletePath => documents::complete_path(app),
        Action::FolderRead(names) => documents::folder_read(app, names),
        Action::Imported(done) => documents::imported(app, done, now),
        Action::ShowImport => documents::show_import(app),
        Action::ShowNotes => coach_panel::show_notes(app),
        Action::DismissNote => coach_panel::dismiss_note(app, now),
    }
}

/// What is overdue is measured against the day, which can turn only as the clock ticks:
/// an open session is given it as it opens, and again at each tick, rather than at every
/// key.
fn turn_the_day(app: &mut App, now: &Now) {
    if let Some(view) = app.session_mut() {
        view.today = now.today();
    }
}

fn is_from_user(action: &Action) -> bool {
    !matches!(
        action,
        Action::Tick
            | Action::Resized { .. }
            | Action::Listed(_)
            | Action::Opened(_)
            | Action::SaveFinished { .. }
            | Action::Configured { .. }
            | Action::Trashed(_)
            | Action::Renamed(_)
            | Action::Exported(_)
            | Action::ExportUpdated(_)
            | Action::ContentIndexed(_)
            | Action::RecoveriesFound(_)
            | Action::ChangedOnDisk(_)
            | Action::ConflictCopyWritten(_)
            | Action::Restored(_)
            | Action::Failed(_)
            | Action::GitSetupMissing(_)
            | Action::CopyMerged(_)
            | Action::EverySessionRead(_)
            | Action::FolderStamped(_)
            | Action::FolderRead(_)
            | Action::Imported(_)
    )
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_conflicts_and_decisions;
