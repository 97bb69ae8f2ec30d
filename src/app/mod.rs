//! The application's state and how it changes: keys become actions (`keymap`), actions
//! change the state and ask for effects (`update`), which the runner performs. Nothing
//! here does I/O.

mod action;
mod bindings;
mod coverage;
mod effect;
mod field;
mod keymap;
mod line_input;
mod picker;
mod update;

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::Instant;

use ratatui_textarea::{TextArea, WrapMode};

pub use action::Action;
pub use coverage::Coverage;
pub use effect::Effect;
pub use field::{FaqPart, Field, ItemPart, ReviewLayout, fields};
pub use keymap::{
    Act, Binding, Footer, HELP, HelpSection, KeyHint, Mods, Pattern, Place, action_for, binding_for, help_sections,
    key_hints, listed, place_of, readme_table, table,
};
pub use line_input::LineEdit;
pub use picker::{Choice, Picked, Picker, PickerPurpose};

pub use update::update;

use crate::config::Theme;
use crate::domain::{
    Access, Entry, Fingerprint, Listing, Loaded, Note, PartDiff, PrincipleSet, Recovery, Section, Session,
    SessionFilter, Side, Stage, TextKind, VerdictDecision, meets_all, printable, text_notes, word_count,
};

/// Autosave waits this long after the last change, so it never interrupts typing.
pub const AUTOSAVE_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

/// Someone typing without a pause still gets a save this often: a laptop that dies
/// mid-sentence loses at most this and a tick (the crash test holds it to 1.5 s).
pub const AUTOSAVE_AT_MOST_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// A field longer than this has its coach notes renewed at most every
/// `COACH_RENEWED_EVERY` while it changes: checking a long text costs more than a key.
const COACH_EVERY_KEY_UP_TO_BYTES: usize = 2_000;
const COACH_RENEWED_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

/// The clock, read by the runner and passed in, so that time is testable.
#[derive(Debug, Clone)]
pub struct Now {
    pub instant: Instant,
    /// The same moment as an RFC 3339 time stamp, for the session file.
    pub timestamp: String,
}

pub struct App {
    pub screen: Screen,
    pub list: ListView,
    pub overlay: Option<Overlay>,
    /// A short message for the footer: what just happened.
    pub notice: Option<Notice>,
    /// When the state last changed, for "saved 3 s ago".
    pub now: Instant,
    pub quit: bool,
    /// The principle set new sessions get: what coverage across sessions is measured against.
    pub principles: PrincipleSet,
    /// How the screens are coloured; `T` switches it while the app runs.
    pub theme: Theme,
    /// Typing found in recovery copies at start-up, offered one at a time on the list.
    pub recoveries: Vec<Recovery>,
}

pub enum Screen {
    List,
    Session(Box<SessionView>),
}

/// What covers the screen for a moment.
pub enum Overlay {
    /// Every key; `scroll` rows scrolled past, so that nothing is out of reach.
    Help {
        scroll: usize,
    },
    NewTitle(String),
    ConfirmDelete {
        path: PathBuf,
        title: String,
    },
    /// Deleting a review item, which cannot be undone once saved.
    ConfirmDeleteItem {
        index: usize,
        text: String,
    },
    Picker(Picker),
    Verdict(VerdictDraft),
    People(PeopleDraft),
    Coverage(Coverage),
    /// Freezing the draft as a version: its note, and what it addresses.
    Snapshot(SnapshotDraft),
    ConfirmRestore {
        number: u32,
    },
    Diff(DiffView),
    /// The presenter view: the stage as a document for the room, read-only.
    Presenter(Presenter),
    /// Entering the review: offer the room its silent reading first.
    OfferSilentReading,
    /// The first of `App::recoveries`: restore it, compare it, or discard it.
    OfferRecovery,
    /// Reload theirs, keep mine, or compare: the file changed on disk.
    OutsideChange(OutsideChange),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presenter {
    /// Rows scrolled past.
    pub scroll: usize,
    /// Silent reading runs until then: the draft shows with a countdown.
    pub reading_until: Option<Instant>,
}

/// The silent reading that opens a review, as the method has it.
pub const SILENT_READING: std::time::Duration = std::time::Duration::from_secs(20 * 60);

/// The snapshot dialog while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotDraft {
    pub note: String,
    /// The decisions to revise that no version addresses yet, each ticked or not.
    pub revisions: Vec<Tick>,
    /// The decision the keys are on; None while typing the note.
    pub cursor: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    pub id: String,
    pub text: String,
    pub ticked: bool,
}

/// Two drafts compared, part by part.
pub struct DiffView {
    /// "Changes from version 1 to version 2".
    pub title: String,
    pub parts: Vec<PartDiff>,
    /// Rows scrolled past.
    pub scroll: usize,
    /// The dialog the comparison was asked from, shown again when it closes.
    pub back_to: Option<Box<Overlay>>,
}

impl DiffView {
    pub fn new(title: String, parts: Vec<PartDiff>) -> Self {
        Self { title, parts, scroll: 0, back_to: None }
    }
}

/// The verdict dialog's answer while it is being given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictDraft {
    pub decision: VerdictDecision,
    pub reason: String,
}

/// The people dialog while it is open: names as typed, participants comma-separated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeopleDraft {
    pub facilitator: String,
    pub participants: String,
    /// Typing goes to the participants line (else to the facilitator's).
    pub on_participants: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

pub struct ListView {
    pub folder: PathBuf,
    pub listing: Listing,
    /// Position among the entries the filter lets through.
    pub selected: usize,
    pub filter: String,
    /// The filter prompt is open and keys go to it.
    pub filtering: bool,
    /// Every session's text, lower-cased, read when the filter is first used.
    pub content: Option<HashMap<PathBuf, String>>,
    /// The session to select once the list is read again (the one just closed).
    pub reselect: Option<PathBuf>,
    /// Filters by what reviews decided; a session must meet every one.
    pub facets: Vec<SessionFilter>,
}

impl ListView {
    /// The entries the filters let through: every facet must hold, and every word of the
    /// filter must appear in the title or, once read, anywhere in the session's text.
    pub fn visible(&self) -> Vec<&Entry> {
        let words: Vec<String> = self.filter.to_lowercase().split_whitespace().map(str::to_owned).collect();
        if words.is_empty() && self.facets.is_empty() {
            return self.listing.entries.iter().collect();
        }
        self.listing
            .entries
            .iter()
            .filter(|entry| match entry {
                Entry::Session { summary, .. } => meets_all(&self.facets, summary),
                Entry::Unreadable { .. } => self.facets.is_empty(),
            })
            .filter(|entry| {
                let title = match entry {
                    Entry::Session { summary, .. } => summary.title.to_lowercase(),
                    Entry::Unreadable { path, .. } => path.to_string_lossy().to_lowercase(),
                };
                let content = self.content.as_ref().and_then(|c| c.get(entry.path()));
                words.iter().all(|w| title.contains(w.as_str()) || content.is_some_and(|c| c.contains(w.as_str())))
            })
            .collect()
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        self.visible().get(self.selected).copied()
    }
}

/// An open session.
pub struct SessionView {
    pub session: Session,
    pub path: PathBuf,
    pub loaded_from: Option<Fingerprint>,
    pub access: Access,
    pub focus: usize,
    /// Some while editing: the focused field's text in an editor.
    pub editor: Option<Editor>,
    pub save: SaveState,
    pub review: ReviewLayout,
    /// The review item a jump to the draft came from, so that jumping back returns to it.
    pub jumped_from: Option<usize>,
    /// The version (or the draft) marked as one side of the next comparison.
    pub compare_from: Option<Side>,
    /// The stage's timer runs, counted from this moment on top of the seconds saved.
    pub timer_since: Option<Instant>,
    /// The coach's notes on the last field asked about, with a hash of its text and when
    /// they were made: drawing asks on every frame, and the text rarely changed since.
    coach_memo: RefCell<Option<CoachMemo>>,
    /// Words per press-release section, in `Section::ALL` order. Counted when a section
    /// changes rather than on every frame: a long press release makes counting the
    /// costliest part of drawing.
    section_words: [usize; 9],
}

impl SessionView {
    pub fn new(session: Session, path: PathBuf, loaded_from: Option<Fingerprint>, access: Access) -> Self {
        let mut view = Self {
            session,
            path,
            loaded_from,
            access,
            focus: 0,
            editor: None,
            save: SaveState::default(),
            review: ReviewLayout::default(),
            jumped_from: None,
            compare_from: None,
            timer_since: None,
            coach_memo: RefCell::new(None),
            section_words: [0; 9],
        };
        view.recount_all();
        view
    }

    /// Counts every section's words again, after the whole draft changed.
    pub fn recount_all(&mut self) {
        for section in Section::ALL {
            self.recount(section);
        }
    }

    /// Counts a section's words again after its text changed.
    pub fn recount(&mut self, section: Section) {
        if let Some(position) = Section::ALL.iter().position(|s| *s == section) {
            self.section_words[position] = word_count(self.session.press_release.section(section));
        }
    }

    pub fn section_words(&self, section: Section) -> usize {
        Section::ALL.iter().position(|s| *s == section).map_or(0, |position| self.section_words[position])
    }

    pub fn press_release_words(&self) -> usize {
        self.section_words.iter().sum()
    }

    pub fn stage(&self) -> Stage {
        self.session.stage
    }

    pub fn fields(&self) -> Vec<Field> {
        fields(&self.session, self.session.stage, self.review)
    }

    /// The writing coach's notes on one field's text (its own rules; `lint` adds those
    /// on the draft as a whole). A long text being typed into keeps its notes for up to
    /// half a second, so typing never waits for the coach.
    pub fn coach_notes(&self, field: Field, now: Instant) -> Vec<Note> {
        let kind = match field {
            Field::Section(_) => TextKind::PressRelease,
            Field::Answer(_) => TextKind::CustomerAnswer,
            Field::FaqAnswer(..) => TextKind::FaqAnswer,
            _ => return Vec::new(),
        };
        let Some(text) = field.text(&self.session) else { return Vec::new() };
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut hasher);
        let text_hash = hasher.finish();
        if let Some(memo) = self.coach_memo.borrow().as_ref()
            && memo.field == field
            && (memo.text_hash == text_hash
                || (text.len() > COACH_EVERY_KEY_UP_TO_BYTES
                    && now.saturating_duration_since(memo.made) < COACH_RENEWED_EVERY))
        {
            return memo.notes.clone();
        }
        // An empty field already says so; in red while it is being drafted it would nag.
        let notes: Vec<Note> = text_notes("", text, kind).into_iter().filter(|note| note.rule != "empty").collect();
        *self.coach_memo.borrow_mut() = Some(CoachMemo { field, text_hash, made: now, notes: notes.clone() });
        notes
    }

    /// Seconds spent on the current stage: those saved, and those of the running timer.
    pub fn spent_seconds(&self, now: Instant) -> u64 {
        let saved = self.session.timeboxes.spent_seconds.get(self.stage());
        let running = self.timer_since.map_or(0, |since| now.saturating_duration_since(since).as_secs());
        saved.saturating_add(running)
    }

    /// Moves the seconds the timer has run into the session, where they are saved; the
    /// part of a second left over stays with the timer.
    pub fn fold_timer(&mut self, now: Instant) -> u64 {
        let Some(since) = self.timer_since else { return 0 };
        let seconds = now.saturating_duration_since(since).as_secs();
        let spent = self.session.timeboxes.spent_seconds.get_mut(self.session.stage);
        *spent = spent.saturating_add(seconds);
        self.timer_since = Some(since + std::time::Duration::from_secs(seconds));
        seconds
    }

    /// Moves the focus to this field, if the stage has it.
    pub fn focus_on(&mut self, field: Field) {
        if let Some(position) = self.fields().iter().position(|f| *f == field) {
            self.focus = position;
        }
    }

    pub fn focused_field(&self) -> Option<Field> {
        self.fields().get(self.focus).copied()
    }

    pub fn read_only_reason(&self) -> Option<&str> {
        match &self.access {
            Access::ReadWrite => None,
            Access::ReadOnly(reason) => Some(reason),
        }
    }

    pub fn file_name(&self) -> String {
        file_name(&self.path)
    }
}

struct CoachMemo {
    field: Field,
    text_hash: u64,
    made: Instant,
    notes: Vec<Note>,
}

/// The field being edited and its editor. Every change is written straight back into
/// the session, so nothing typed lives only in the widget.
pub struct Editor {
    pub field: Field,
    pub textarea: TextArea<'static>,
    /// False in a read-only session: the editor then only moves and scrolls, so a text
    /// too long for the screen can still be read to its end.
    pub writable: bool,
}

impl Editor {
    pub fn new(field: Field, text: &str, writable: bool) -> Self {
        let mut textarea = TextArea::new(text.split('\n').map(str::to_owned).collect());
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.set_cursor_line_style(ratatui::style::Style::default());
        // Reverse video reads in every theme; the default light blue vanishes without colour.
        textarea.set_selection_style(ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::REVERSED));
        if writable {
            textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
            textarea.move_cursor(ratatui_textarea::CursorMove::End);
        }
        Self { field, textarea, writable }
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SaveState {
    /// Changes not yet written.
    pub dirty: bool,
    pub last_change: Option<Instant>,
    /// The first change not yet written: how long typing has gone unsaved.
    pub unsaved_since: Option<Instant>,
    pub last_saved: Option<Instant>,
    /// Why the last save failed, until one succeeds.
    pub failed: Option<String>,
    /// When the file was last compared with the version on disk.
    pub checked_disk_at: Option<Instant>,
    /// The file changed on disk and the user has not yet chosen what to keep: no save
    /// until then.
    pub awaiting_choice: bool,
    /// What to do once the pending save has succeeded.
    pub then: Option<AfterSave>,
    /// A save failed while quitting: a second Ctrl+Q quits without saving.
    pub quit_unsaved_armed: bool,
    /// Changes the recovery copy does not hold yet.
    pub recovery_behind: bool,
}

/// The session file changed on disk while it was open here.
#[derive(Debug)]
pub struct OutsideChange {
    /// The session file that changed.
    pub path: PathBuf,
    /// Of the version on disk: what keeping mine must find still there.
    pub fingerprint: Fingerprint,
    /// The version on disk, or why it cannot be read.
    pub theirs: Result<Box<Loaded>, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterSave {
    Quit,
    BackToList,
}

impl App {
    pub fn new(folder: PathBuf, now: Instant, principles: PrincipleSet) -> Self {
        Self {
            screen: Screen::List,
            list: ListView {
                folder,
                listing: Listing::default(),
                selected: 0,
                filter: String::new(),
                filtering: false,
                content: None,
                reselect: None,
                facets: Vec::new(),
            },
            overlay: None,
            notice: None,
            now,
            quit: false,
            principles,
            theme: Theme::default(),
            recoveries: Vec::new(),
        }
    }

    pub fn session(&self) -> Option<&SessionView> {
        match &self.screen {
            Screen::Session(view) => Some(view),
            Screen::List => None,
        }
    }

    pub fn session_mut(&mut self) -> Option<&mut SessionView> {
        match &mut self.screen {
            Screen::Session(view) => Some(view),
            Screen::List => None,
        }
    }

    pub fn is_editing(&self) -> bool {
        self.session().is_some_and(|view| view.editor.is_some())
    }
}

/// A file's name as the screens show it: a name from a shared folder can hold anything.
pub fn file_name(path: &Path) -> String {
    path.file_name().map(|n| printable(&n.to_string_lossy())).unwrap_or_default()
}
