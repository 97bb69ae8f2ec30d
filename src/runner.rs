//! The runner: performs the effects `update` asks for against the real folders (store,
//! export, import, locks, the room file) and feeds their results back as actions. It
//! draws nothing; the terminal loop in `tui` and the tests drive it.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use ratatui::crossterm::event::{Event, KeyEventKind};

use crate::app::{Action, App, Effect, ImportDone, Now, OutsideChange, action_for, update};
use crate::domain::{Access, Entry, Fingerprint, Loaded, Saved, Session};
use crate::export::{self, Format, file_stem};
use crate::projector::RoomPublisher;
use crate::runner_index::ContentIndexing;
use crate::store::{self, FileStamp, Lock, Paths, SessionLock};
use crate::tui_incoming::Incoming;

/// Performs effects against the real folders. Drives the app both in the terminal and
/// in tests, where a `TestBackend` draws and keys are fed in by hand.
pub struct Runner {
    pub app: App,
    paths: Paths,
    named_folder: bool,
    principles_file: Option<PathBuf>,
    /// Where `x` writes its documents.
    export_folder: PathBuf,
    /// The open session's lock: while it is held, no other instance writes the session.
    lock: Option<SessionLock>,
    /// The file each session (by id) was exported to in each format in this run:
    /// exporting it again replaces that file rather than adding `title-2.md`, `title-3.md`.
    exported: HashMap<(String, Format), PathBuf>,
    /// Tells `backwards present` what the room sees.
    pub(crate) room: RoomPublisher,
    /// The open file's size and time when its bytes last matched what was loaded: while
    /// they stay the same, the check every few seconds need not read a large file again.
    /// (A save still compares the bytes themselves before it writes.)
    unchanged_on_disk: Option<(PathBuf, Fingerprint, FileStamp)>,
    /// In the terminal, slow work (indexing every session's words) runs on a thread of
    /// its own and its result comes back through the loop's queue; in tests, in place.
    pub(crate) background: Option<mpsc::Sender<Incoming>>,
    /// The content index: built with the words the list read, one at a time.
    indexing: ContentIndexing,
    /// The list on screen is the cache's, not yet checked against the files.
    list_from_cache: bool,
}

impl Runner {
    pub fn new(
        paths: Paths,
        named_folder: bool,
        principles_file: Option<PathBuf>,
        export_folder: PathBuf,
        now: &Now,
    ) -> Self {
        // A set that cannot be read is said so when a session is created; the chart
        // across sessions measures against Amazon's meanwhile.
        let principles = store::load_principles(&paths, principles_file.as_deref()).unwrap_or_default();
        let mut app = App::new(paths.sessions.clone(), now.instant, principles);
        app.positions = store::read_positions(&paths);
        // A config file that cannot be read is said so at start (`Configured`); the coach
        // then works untuned.
        app.coach = store::load_config(&paths).map(|config| config.coach).unwrap_or_default();
        let room = RoomPublisher::new(paths.clone());
        let mut runner = Self {
            app,
            paths,
            named_folder,
            principles_file,
            export_folder,
            lock: None,
            exported: HashMap::new(),
            room,
            unchanged_on_disk: None,
            background: None,
            indexing: ContentIndexing::default(),
            list_from_cache: false,
        };
        match store::list_from_cache(&runner.paths) {
            Some(listing) => {
                runner.list_from_cache = true;
                runner.handle(Action::Listed(Ok(listing)), now);
            }
            None => runner.refresh_list(now),
        }
        let recoveries = store::find_recoveries(&runner.paths, &runner.app.list.listing);
        if !recoveries.is_empty() {
            runner.handle(Action::RecoveriesFound(recoveries), now);
        }
        runner
    }

    /// Checks the list shown at start against the files, unless it was read from them.
    pub fn check_list(&mut self, now: &Now) {
        if std::mem::take(&mut self.list_from_cache) {
            self.refresh_list(now);
        }
    }

    /// Reads the folder again, checking every file against the cache.
    pub fn refresh_list(&mut self, now: &Now) {
        let listed = self.perform(Effect::List);
        if let Some(listed) = listed {
            self.handle(listed, now);
        }
    }

    /// Brings the content index up to date for the list's files, ready for `/`.
    pub fn refresh_content_index(&mut self, now: &Now) {
        if let Some(indexed) = self.perform(Effect::IndexContent) {
            self.handle(indexed, now);
        }
    }

    /// Opens a session as `backwards open REF` asks, as choosing it on the list would.
    pub fn open(&mut self, path: PathBuf, now: &Now) {
        if let Some(opened) = self.perform(Effect::Open(path)) {
            self.handle(opened, now);
        }
    }

    /// Says once, at start, when this clone cannot merge session files by meaning. Git
    /// is asked after the first frame, never while a key waits.
    pub fn check_git_setup(&mut self, now: &Now) {
        if let Some(missing) = self.perform(Effect::CheckGitSetup) {
            self.handle(missing, now);
        }
    }

    /// A terminal event: key presses (never releases or repeats of other kinds) and pastes.
    pub fn handle_event(&mut self, event: Event, now: &Now) {
        let action = match event {
            Event::Key(key) if key.kind == KeyEventKind::Press => action_for(key, &self.app),
            Event::Paste(text) if !self.app.too_small => Some(Action::Paste(text)),
            Event::Resize(width, height) => Some(Action::Resized { width, height }),
            _ => None,
        };
        if let Some(action) = action {
            self.handle(action, now);
        }
    }

    pub(crate) fn handle_incoming(&mut self, incoming: Incoming, now: &Now) -> std::io::Result<()> {
        match incoming {
            Incoming::Terminal(event) => self.handle_event(event, now),
            Incoming::Finished(action) => {
                let indexed = matches!(action, Action::ContentIndexed(_));
                self.handle(action, now);
                if indexed && self.indexing.finished() {
                    self.refresh_content_index(now);
                }
            }
            Incoming::InputClosed => return Err(std::io::Error::other("the terminal's input has closed")),
        }
        Ok(())
    }

    /// One action and everything it leads to: a plain loop over a queue of messages.
    /// `update` decides; the runner only performs the effects it asks for and queues
    /// their results, in order. Says whether any effect was asked for: a tick that asks
    /// for none changed nothing but the time.
    pub fn handle(&mut self, action: Action, now: &Now) -> bool {
        // Five ticks a second while idle: one that changed nothing but the time changed
        // nothing the room sees either (its clock runs from the time the timer started),
        // unless a change held back is due.
        let room_may_change = !matches!(action, Action::Tick) || self.room.held_until().is_some();
        let mut queue = VecDeque::from([action]);
        let mut effects_asked = false;
        while let Some(action) = queue.pop_front() {
            let effects = update(&mut self.app, action, now);
            effects_asked |= !effects.is_empty();
            queue.extend(effects.into_iter().filter_map(|effect| self.perform(effect)));
        }
        let open_id = self.app.session().map(|view| view.session.id.as_str());
        if self.lock.as_ref().is_some_and(|lock| Some(lock.id.as_str()) != open_id) {
            self.lock = None;
        }
        if room_may_change || effects_asked {
            self.room.publish(&self.app, now);
        }
        effects_asked
    }

    pub(crate) fn perform(&mut self, effect: Effect) -> Option<Action> {
        let text = |e: store::StoreError| e.to_string();
        Some(match effect {
            Effect::List => {
                let listed = store::list_noting_words(&self.paths).map(|(listing, words)| {
                    self.indexing.listed(words);
                    listing
                });
                Action::Listed(listed.map_err(text))
            }
            Effect::StampFolder => Action::FolderStamped(store::folder_stamp(&self.paths)),
            Effect::IndexContent => {
                let files = self.session_files();
                return self.indexing.start(&self.paths, files, self.background.as_ref());
            }
            Effect::Open(path) => Action::Opened(store::load(&path).map(|loaded| self.locked(loaded)).map_err(text)),
            Effect::Create(title) => {
                let created = store::load_principles(&self.paths, self.principles_file.as_deref())
                    .and_then(|principles| store::create(&self.paths, &title, principles, self.named_folder));
                Action::Opened(created.map(|loaded| self.locked(loaded)).map_err(text))
            }
            Effect::Save { path, session, loaded_from, changed_at } => {
                let result = store::save(&path, &session, loaded_from).map_err(text);
                Action::SaveFinished { path, changed_at, result }
            }
            Effect::KeepMine { path, session, theirs, changed_at } => {
                let result = store::keep_mine(&path, &session, theirs).map_err(text);
                Action::SaveFinished { path, changed_at, result }
            }
            Effect::CheckOnDisk { path, loaded_from } => {
                let seen = FileStamp::of(&path).map(|stamp| (path.clone(), loaded_from, stamp));
                if seen.is_some() && self.unchanged_on_disk == seen {
                    return None;
                }
                let change = self.outside_change(&path, loaded_from).ok().flatten();
                if change.is_none() && FileStamp::of(&path) == seen.as_ref().map(|(_, _, stamp)| *stamp) {
                    self.unchanged_on_disk = seen;
                }
                return change.map(Action::ChangedOnDisk);
            }
            Effect::WriteConflictCopy { path, session } => {
                Action::ConflictCopyWritten(store::write_conflict_copy(&path, &session).map_err(text))
            }
            Effect::Trash(path) => Action::Trashed(store::trash(&self.paths, &path).map_err(text)),
            Effect::Rename { path, title } => Action::Renamed(store::rename(&self.paths, &path, &title).map_err(text)),
            Effect::Export(session, format) => self.export_or_update(&session, format),
            Effect::ExportFile(path, format) => match store::load(&path) {
                Ok(loaded) => self.export_or_update(&loaded.session, format),
                Err(e) => Action::Exported(Err(text(e))),
            },
            Effect::ReadFolder(folder) => Action::FolderRead(store::folder_entries(&folder).map_err(text)),
            Effect::Import(file) => Action::Imported(self.import(&file)),
            Effect::WriteRecovery(session) => {
                let written = store::write_recovery(&self.paths, &session);
                return written.err().map(|e| Action::Failed(format!("No recovery copy: {e}")));
            }
            Effect::RemoveRecovery(id) => {
                let removed = store::remove_recovery(&self.paths, &id);
                return removed.err().map(|e| Action::Failed(e.to_string()));
            }
            Effect::RestoreRecovery { copy, file, session, loaded_from } => {
                Action::Restored(self.restore(&copy, &file, &session, loaded_from))
            }
            Effect::DiscardRecovery(copy) => Action::Trashed(store::trash(&self.paths, &copy).map_err(text)),
            Effect::MergeCopy(copy) => {
                Action::CopyMerged(store::merge_copy(&self.paths, &copy).map(|merged| merged.conflicts).map_err(text))
            }
            Effect::ReadEverySession => Action::EverySessionRead(store::load_every_session(&self.paths).map_err(text)),
            Effect::CheckGitSetup => {
                return store::git_setup_missing(&self.paths.sessions).map(Action::GitSetupMissing);
            }
            Effect::WritePositions(positions) => {
                // Best effort: a position not kept only reopens the session where its work is.
                let _ = store::write_positions(&self.paths, &positions);
                return None;
            }
        })
    }

    /// Takes the session's lock, or opens it read-only when another instance on this
    /// machine has it.
    fn locked(&mut self, mut loaded: Loaded) -> Box<Loaded> {
        if loaded.access == Access::ReadWrite {
            match store::lock_session(&self.paths, &loaded.session.id) {
                Ok(Lock::Acquired(lock)) => self.lock = Some(lock),
                Ok(Lock::HeldElsewhere(holder)) => {
                    loaded.access = Access::ReadOnly(format!(
                        "open in another Backwards on this machine ({holder}); close it there to write here"
                    ));
                }
                // No lock can be taken (the state folder cannot be written): writing
                // stays possible, as before locks existed; saves still refuse to
                // overwrite changes made elsewhere.
                Err(_) => {}
            }
        }
        Box::new(loaded)
    }

    /// Writes a recovery copy's session into its file and opens it; the copy goes once
    /// the file holds it.
    fn restore(
        &mut self,
        copy: &Path,
        file: &Path,
        session: &Session,
        loaded_from: Fingerprint,
    ) -> Result<Box<Loaded>, String> {
        match store::save(file, session, Some(loaded_from)).map_err(|e| e.to_string())? {
            Saved::Written(_) => {
                // The file holds it now; a copy left behind would only be offered again.
                let _ = store::remove_recovery(&self.paths, &session.id);
                store::load(file).map(|loaded| self.locked(loaded)).map_err(|e| e.to_string())
            }
            Saved::ChangedOnDisk | Saved::KeptMine { .. } => Err(format!(
                "{} changed on disk a moment ago, so the recovery copy was not written over it; it stays in {}",
                file.display(),
                copy.display()
            )),
        }
    }

    fn outside_change(&self, path: &Path, loaded_from: Fingerprint) -> Result<Option<OutsideChange>, String> {
        let changed = store::changed_on_disk(path, loaded_from).map_err(|e| e.to_string())?;
        Ok(changed.map(|(fingerprint, theirs)| OutsideChange {
            path: path.to_path_buf(),
            fingerprint,
            theirs: theirs.map(Box::new).map_err(|e| e.to_string()),
        }))
    }

    fn export(&mut self, session: &Session, format: Format) -> Result<PathBuf, String> {
        let bytes = export::render(session, format).map_err(|e| e.to_string())?;
        let written = store::write_new_file(&self.export_folder, &file_stem(session), format.extension(), &bytes)
            .map_err(|e| e.to_string())?;
        self.exported.insert((session.id.clone(), format), written.clone());
        Ok(written)
    }

    fn export_or_update(&mut self, session: &Session, format: Format) -> Action {
        match self.export_again(session, format) {
            Some(result) => Action::ExportUpdated(result),
            None => Action::Exported(self.export(session, format)),
        }
    }

    /// The session's export of this run in this format written again, atomically, in
    /// place; None when it has none yet (or it was moved away since).
    fn export_again(&self, session: &Session, format: Format) -> Option<Result<PathBuf, String>> {
        let path = self.exported.get(&(session.id.clone(), format)).filter(|path| path.is_file())?;
        let bytes = match export::render(session, format) {
            Ok(bytes) => bytes,
            Err(e) => return Some(Err(e.to_string())),
        };
        Some(store::write_file(path, &bytes).map(|()| path.clone()).map_err(|e| e.to_string()))
    }

    /// A document imported as a new session, opened (locked) like any other.
    fn import(&mut self, file: &Path) -> Result<Box<ImportDone>, String> {
        let principles =
            store::load_principles(&self.paths, self.principles_file.as_deref()).map_err(|e| e.to_string())?;
        let done = store::import_file(&self.paths, file, principles, self.named_folder).map_err(|e| e.to_string())?;
        let mut report = done.report;
        if let Some(id) = done.imported_before_as {
            report.warnings.insert(0, crate::import::imported_before(&id, false));
        }
        let loaded = *self.locked(done.loaded);
        Ok(Box::new(ImportDone { loaded, report }))
    }

    /// The listed sessions' files: the store's index reads them through its guarded
    /// reader, which refuses what is not a regular file or is larger than a session can be.
    fn session_files(&self) -> Vec<PathBuf> {
        let entries = &self.app.list.listing.entries;
        entries
            .iter()
            .filter_map(|entry| match entry {
                Entry::Session { path, .. } => Some(path.clone()),
                Entry::Unreadable { .. } => None,
            })
            .collect()
    }

    /// Saves whatever is unsaved: before the program ends for any reason.
    pub fn save_before_exit(&mut self, now: &Now) {
        if self.app.session().is_some_and(|view| view.save.dirty || view.editor.is_some()) {
            self.handle(Action::SaveAndQuit, now);
        }
    }
}
