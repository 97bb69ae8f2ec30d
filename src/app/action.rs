//! What happened: a key's meaning, a paste, a tick of the clock, or the result of an
//! effect the runner performed.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use ratatui_textarea::Input;

use super::{LineEdit, OutsideChange};
use crate::domain::{EverySession, FolderStamp, Keep, Listing, Loaded, Recovery, Saved, Stage};
use crate::import::ImportReport;

#[derive(Debug)]
pub enum Action {
    // Anywhere.
    SaveNow,
    SaveAndQuit,
    ToggleHelp,
    /// The next colour theme, for this run.
    SwitchTheme,
    /// Esc: close what is open, leave edit mode, or go back to the list.
    Back,
    Tick,
    /// How the run was set up: the theme chosen, and what was wrong with the settings.
    Configured {
        theme: crate::config::Theme,
        problem: Option<String>,
    },
    /// Ctrl+C, which many reach for to leave a program: says how to quit instead.
    ExplainQuit,

    // The list.
    SelectNext,
    SelectPrevious,
    SelectFirst,
    SelectLast,
    OpenSelected,
    AskNewTitle,
    StartFilter,
    AskDelete,
    ExportSelected,
    /// Choose the list's filters by principle, outcome and verdict.
    PickFacets,
    /// Ask a new title for the session chosen on the list.
    AskRename,
    Quit,

    // Dialogs and prompts.
    /// Typing into the one-line answer open now: a dialog's, or the list's filter.
    Type(LineEdit),
    /// The people dialog: typing goes to the other line.
    SwitchLine,
    Confirm,
    Deny,
    /// Move in the list a dialog shows: a picker's choices, or the decisions a version
    /// may address.
    PickerMove(isize),
    /// Choose or unchoose, tick or untick, what the cursor is on.
    PickerToggle,

    // The session, navigating.
    GoToStage(Stage),
    NextStage,
    PreviousStage,
    NextField,
    PreviousField,
    FirstField,
    LastField,
    Edit,
    /// A FAQ question in the part the focus is in (customer by default), or a review item.
    AddItem,
    AddInternalQuestion,
    /// The focused decision's outcome, to the next one.
    CycleOutcome,
    /// The focused choice (an answer's confidence, an item's kind or outcome, the verdict),
    /// one step either way.
    Cycle {
        forward: bool,
    },
    PickPrinciples,
    /// From a review item to the place of the draft it is about, or back.
    Jump,
    SortByVotes,
    EditPeople,
    /// The principle coverage chart: of the session, or of the sessions listed.
    ShowCoverage,
    /// Freeze the draft as a new version (asks for a note).
    Snapshot,
    /// Mark the focused version (or the draft) as one side of a comparison.
    MarkCompare,
    AskRestore,
    /// The presenter view of the stage.
    Present,
    /// The agenda: open it, move between its stages, type a timebox (None rubs out).
    ShowAgenda,
    AgendaMove(isize),
    AgendaType(Option<char>),
    /// Silent reading: pause or go on; five minutes more; start again from the full time.
    PauseReading,
    ExtendReading,
    RestartReading,
    /// Start or pause the current stage's timer.
    ToggleTimer,
    /// One more minute in the stage's timebox, or one less.
    ChangeTimebox {
        more: bool,
    },
    /// A key that would change a read-only session: the footer says why it cannot.
    ExplainReadOnly,
    /// Scroll what the overlay shows (help, a comparison, the presenter view) by rows.
    Scroll(isize),
    /// The room's dot votes on the focused review item: one more, or one taken back.
    Vote {
        up: bool,
    },
    AskDeleteItem,
    ExportSession,
    /// `d` on a FAQ question or its answer: asks first.
    AskDeleteQuestion,
    /// Ctrl+Z outside a field: the last change to the session taken back.
    UndoChange,
    /// Ctrl+Y outside a field: the change last taken back, made again.
    RedoChange,
    /// The focused question answered, the focused concern resolved, or open again.
    ToggleResolved,
    /// `n` in the review: a review item typed in one line.
    StartCapture,
    /// Tab in the one-line item: completes the @person or #principle being typed.
    CompleteCapture,

    // The session, editing.
    /// A key for the text editor, in the editor's own terms.
    EditText(Input),
    NextFieldEditing,
    PreviousFieldEditing,
    Undo,
    Redo,
    Paste(String),
    /// The terminal's size, at start and whenever it changes.
    Resized {
        width: u16,
        height: u16,
    },

    // The recovery offer.
    RestoreRecovery,
    CompareRecovery,
    DiscardRecovery,

    // The file changed on disk.
    ReloadTheirs,
    KeepMine,
    CompareTheirs,

    // Results of effects.
    ChangedOnDisk(OutsideChange),
    ConflictCopyWritten(Result<PathBuf, String>),
    Listed(Result<Listing, String>),
    RecoveriesFound(Vec<Recovery>),
    /// A recovery copy was written into its file, which was then opened.
    Restored(Result<Box<Loaded>, String>),
    /// Something done in the background failed; the user should know.
    Failed(String),
    Opened(Result<Box<Loaded>, String>),
    /// A save of the session at `path`, asked for when its last change was `changed_at`.
    SaveFinished {
        path: PathBuf,
        changed_at: Option<Instant>,
        result: Result<Saved, String>,
    },
    Trashed(Result<PathBuf, String>),
    /// A rename asked for on the list: the title as saved.
    Renamed(Result<String, String>),
    Exported(Result<PathBuf, String>),
    /// The session's earlier export of this run, written over with the session as it is now.
    ExportUpdated(Result<PathBuf, String>),
    ContentIndexed(HashMap<PathBuf, String>),

    /// This clone lacks the merge driver the sessions folder's repository names: how to fix it.
    GitSetupMissing(String),

    /// Merge the conflict copy selected on the list back into its session.
    MergeCopy,
    /// A conflict copy was merged: how many conflicts were recorded, or why not.
    CopyMerged(Result<usize, String>),
    /// The file changed on disk: merge it with what is open here.
    MergeTheirs,

    // Merge conflicts recorded in the open session.
    /// Show the session's merge conflicts.
    ShowConflicts,
    /// Resolve the conflict shown by keeping this version.
    KeepVersion(Keep),
    /// Resolve the conflict shown with both versions, in the field's editor to cut down.
    EditConflict,
    /// The next or the previous conflict.
    ConflictMove(isize),

    // The decisions log.
    /// `D` on the list: every decision across the sessions.
    ShowDecisions,
    /// Type words the decisions shown must hold.
    FilterDecisions,
    /// Only the overdue decisions, or all again.
    ToggleOverdue,
    /// Every session of the folder, read for the decisions log, or why it could not be.
    EverySessionRead(Result<EverySession, String>),
    /// The sessions folder's stamp, None when it cannot be read.
    FolderStamped(Option<FolderStamp>),
    // Importing a document (the list's `i`) and the coach's notes (the session's `N`).
    /// Ask for the path of a document to import.
    AskImportPath,
    /// Tab in the path: complete its last part, or the next completion.
    CompletePath,
    /// The names in the folder of the path typed, for completing it.
    FolderRead(Result<Vec<(String, bool)>, String>),
    /// A document imported as a new session, with what went where.
    Imported(Result<Box<ImportDone>, String>),
    /// What the import of the open session brought: where it went, what was kept aside.
    ShowImport,
    /// The coach's notes on the whole draft, in one panel.
    ShowNotes,
    /// Set the note at the cursor aside for good: it is remembered in the session.
    DismissNote,
}

/// A document that became a session, and the report of what went where.
#[derive(Debug)]
pub struct ImportDone {
    pub loaded: Loaded,
    pub report: ImportReport,
}
