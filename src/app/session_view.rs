//! An open session as the screens hold it: the session, where the focus is, the
//! editor, the save state, and what drawing asks for often (coach notes, word counts).

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::Instant;

use ratatui_textarea::{TextArea, WrapMode};

use super::history::History;
use super::{AfterSave, Field, ReviewLayout, fields, file_name};
use crate::domain::{Access, Fingerprint};
use crate::domain::{Note, Section, Session, Side, Stage, TextKind, text_notes, word_count};

/// A field longer than this has its coach notes renewed at most every
/// `COACH_RENEWED_EVERY` while it changes: checking a long text costs more than a key.
const COACH_EVERY_KEY_UP_TO_BYTES: usize = 2_000;
const COACH_RENEWED_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

/// An open session.
pub struct SessionView {
    pub session: Session,
    pub path: PathBuf,
    pub loaded_from: Option<Fingerprint>,
    pub access: Access,
    /// The stage on screen. `session.stage` is how far the workshop has got, which
    /// only work moves; looking at another stage changes nothing in the file.
    pub stage: Stage,
    /// What the file held when it was read or last written here: the common version
    /// when the file changes on disk and both are merged.
    pub as_loaded: Session,
    /// The session last sent to be written, which becomes `as_loaded` once it is.
    pub saving: Option<Session>,
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
    /// The changes that Ctrl+Z takes back and Ctrl+Y makes again.
    pub history: History,
    /// Opened from the decisions log: leaving the session shows the log again.
    pub back_to_log: Option<Box<super::DecisionsLog>>,
    /// The day due dates are measured against: a decision due before it is overdue.
    pub today: jiff::civil::Date,
}

impl SessionView {
    pub fn new(session: Session, path: PathBuf, loaded_from: Option<Fingerprint>, access: Access) -> Self {
        let history = History::new(&session);
        let mut view = Self {
            stage: session.stage,
            as_loaded: session.clone(),
            saving: None,
            history,
            back_to_log: None,
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
            today: jiff::civil::Date::default(),
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
        self.stage
    }

    pub fn fields(&self) -> Vec<Field> {
        fields(&self.session, self.stage, self.review)
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
        let spent = self.session.timeboxes.spent_seconds.get_mut(self.stage);
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
