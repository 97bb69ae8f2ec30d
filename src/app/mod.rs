//! The application's state and how it changes: keys become actions (`keymap`), actions
//! change the state and ask for effects (`update`), which the runner performs. Nothing
//! here does I/O.

mod action;
mod bindings;
mod bindings_documents;
mod bindings_team;
mod conflicts;
mod coverage;
mod decisions_log;
mod effect;
mod field;
mod history;
mod keymap;
mod line_input;
mod now;
mod path_prompt;
mod picker;
mod presenter;
mod room;
mod session_view;
mod update;
mod word_tally;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub use action::{Action, ImportDone};
pub use conflicts::{ConflictsView, conflict_field, conflict_place};
pub use coverage::Coverage;
pub use decisions_log::{DecisionTarget, DecisionsLog};
pub use effect::Effect;
pub use field::{FaqPart, Field, ItemPart, ReviewLayout, fields};
pub use keymap::{
    Act, Binding, Footer, HELP, HelpSection, KeyHint, Mods, Pattern, Place, action_for, binding_for, help_sections,
    key_hints, listed, place_of, readme_table, table,
};
pub use line_input::LineEdit;
pub use now::{Now, day_of};
pub use path_prompt::PathPrompt;
pub use picker::{Choice, Picked, Picker, PickerPurpose};
pub use presenter::{Presenter, ReadingClock, SILENT_READING};
pub use room::{Room, RoomRecord};
pub use session_view::{Editor, SaveState, SessionView};

pub use update::update;

use crate::config::Theme;
use crate::domain::{CoachSettings, Note};
use crate::domain::{
    Entry, Fingerprint, FolderStamp, Listing, Loaded, PartDiff, PrincipleSet, Recovery, SessionFilter, Stage,
    VerdictDecision, meets_all, printable, trim_punctuation,
};
use crate::export::Format;
use crate::import::ImportReport;

/// Autosave waits this long after the last change, so it never interrupts typing.
pub const AUTOSAVE_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

/// Someone typing without a pause still gets a save this often: a laptop that dies
/// mid-sentence loses at most this and a tick (the crash test holds it to 1.5 s).
pub const AUTOSAVE_AT_MOST_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

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
    /// The stage each session was last on screen, by session id: machine-local.
    pub positions: HashMap<String, Stage>,
    /// The decision the log's Enter asked for, shown once its session opens, and the log
    /// it came from: leaving that session goes back to it, not to the list.
    pub jump_to: Option<(DecisionTarget, Box<DecisionsLog>)>,
    /// The coach as `config.json` tunes it for every session.
    pub coach: CoachSettings,
    /// The format `x` last wrote, offered first the next time.
    pub export_format: Format,
    /// The terminal is smaller than the screens need and shows only how to quit: the
    /// other keys wait, so nothing changes where no one can see it.
    pub too_small: bool,
}

/// Below this size the screens cannot show a field with its label and the footer.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub enum Screen {
    List,
    Session(Box<SessionView>),
}

/// The agenda: the stage in focus, and the minutes typed for it so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Agenda {
    pub row: usize,
    pub typed: String,
}

/// What covers the screen for a moment.
pub enum Overlay {
    /// The stages with their timeboxes and time spent; a timebox typed as a number.
    Agenda(Agenda),
    /// Every key; `scroll` rows scrolled past, so that nothing is out of reach.
    Help {
        scroll: usize,
    },
    NewTitle(String),
    /// A new title for the session in `path`, typed as a new session's is.
    Rename {
        path: PathBuf,
        title: String,
    },
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
    /// Deleting a FAQ question with its answer.
    ConfirmDeleteQuestion {
        part: FaqPart,
        index: usize,
        text: String,
    },
    /// A review item typed in one line: its kind, text, person, due date, principles, outcome.
    Capture(String),
    /// The open session's merge conflicts, one at a time, to keep a version of each.
    Conflicts(ConflictsView),
    /// Every decision across the sessions, over the list.
    Decisions(DecisionsLog),
    /// The path of a document to import.
    ImportPath(PathPrompt),
    /// What an import put where, and what it kept aside.
    ImportReport {
        report: Box<ImportReport>,
        scroll: usize,
    },
    /// The coach's notes on the whole draft.
    Notes(NotesPanel),
}

/// The coach's notes on the whole draft, and the one the keys are on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotesPanel {
    pub notes: Vec<Note>,
    pub cursor: usize,
}

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
    /// Every session's distinct words, lower-cased, one per line, from the content index.
    pub content: Option<HashMap<PathBuf, String>>,
    /// The session to select once the list is read again (the one just closed).
    pub reselect: Option<PathBuf>,
    /// Filters by what reviews decided; a session must meet every one.
    pub facets: Vec<SessionFilter>,
    /// The folder as last looked at, and when: a change reads the list again.
    pub stamp: Option<FolderStamp>,
    pub stamped_at: Option<Instant>,
}

impl ListView {
    /// The entries the filters let through: every facet must hold, and every word of the
    /// filter must appear in the title or, once indexed, anywhere in the session's text.
    /// Sessions whose titles hold every word come first.
    pub fn visible(&self) -> Vec<&Entry> {
        let words = self.filter_words();
        if words.is_empty() && self.facets.is_empty() {
            return self.listing.entries.iter().collect();
        }
        let mut found: Vec<&Entry> = self
            .listing
            .entries
            .iter()
            .filter(|entry| match entry {
                Entry::Session { summary, .. } => meets_all(&self.facets, summary),
                Entry::Unreadable { .. } => self.facets.is_empty(),
            })
            .filter(|entry| {
                let title = searchable_title(entry);
                let content = self.content.as_ref().and_then(|c| c.get(entry.path()));
                words.iter().all(|w| title.contains(w.as_str()) || content.is_some_and(|c| c.contains(w.as_str())))
            })
            .collect();
        if !words.is_empty() {
            found.sort_by_cached_key(|entry| {
                let title = searchable_title(entry);
                !words.iter().all(|w| title.contains(w.as_str()))
            });
        }
        found
    }

    /// The session's words in which the filter found its words, for the preview: a few.
    pub fn matching_words(&self, entry: &Entry) -> Vec<&str> {
        let words = self.filter_words();
        let Some(content) = self.content.as_ref().and_then(|c| c.get(entry.path())) else { return Vec::new() };
        if words.is_empty() {
            return Vec::new();
        }
        content.lines().filter(|line| words.iter().any(|w| line.contains(w.as_str()))).take(MATCHES_SHOWN).collect()
    }

    fn filter_words(&self) -> Vec<String> {
        let words = self.filter.to_lowercase();
        words.split_whitespace().map(trim_punctuation).filter(|w| !w.is_empty()).map(str::to_owned).collect()
    }

    pub fn selected_entry(&self) -> Option<&Entry> {
        self.visible().get(self.selected).copied()
    }
}

/// How many of the words the filter found a preview shows.
const MATCHES_SHOWN: usize = 8;

fn searchable_title(entry: &Entry) -> String {
    match entry {
        Entry::Session { summary, .. } => summary.title.to_lowercase(),
        Entry::Unreadable { path, .. } => path.to_string_lossy().to_lowercase(),
    }
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
                stamp: None,
                stamped_at: None,
            },
            overlay: None,
            notice: None,
            now,
            quit: false,
            principles,
            theme: Theme::default(),
            recoveries: Vec::new(),
            positions: HashMap::new(),
            jump_to: None,
            coach: CoachSettings::default(),
            export_format: Format::default(),
            too_small: false,
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
