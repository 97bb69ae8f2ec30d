//! Undo and redo for the open session: the session as it was before each change, kept
//! for as long as the session is open (across saves).
//!
//! Each step is a whole copy of the session. That is simple and cannot get out of step
//! with the session, and it is bounded: at most `STEPS` copies, so a session of 100 kB
//! keeps at most 20 MB. Typing into one field is one step, not one per key, and it is
//! copied once when the editing ends, not on every key.

use std::collections::VecDeque;

use super::Field;
use crate::domain::Session;

/// How many changes can be undone.
pub const STEPS: usize = 200;

pub struct History {
    /// The session after the last change recorded: what the next change is made from.
    before: Session,
    undo: VecDeque<Session>,
    redo: Vec<Session>,
    /// The field being typed into, while its keys count as one step.
    typing: Option<Field>,
}

impl History {
    pub fn new(session: &Session) -> Self {
        Self { before: session.clone(), undo: VecDeque::new(), redo: Vec::new(), typing: None }
    }

    /// Records a change just made to `session`. `typing` is the field an editor is open
    /// on: further changes to the same field join this step until the editing ends.
    pub fn record(&mut self, session: &Session, typing: Option<Field>) {
        if typing.is_some() && typing == self.typing {
            return;
        }
        self.typing = typing;
        if same_content(&self.before, session) {
            self.before = session.clone();
            return;
        }
        let before = std::mem::replace(&mut self.before, session.clone());
        self.undo.push_back(before);
        if self.undo.len() > STEPS {
            self.undo.pop_front();
        }
        self.redo.clear();
    }

    /// The editing of a field ended: its text as left is what the next change starts from.
    pub fn editing_ended(&mut self, session: &Session) {
        if self.typing.take().is_some() {
            self.before = session.clone();
        }
    }

    /// The session before the last change, in place of `session`; false when there is none.
    pub fn undo(&mut self, session: &mut Session) -> bool {
        let Some(previous) = self.undo.pop_back() else { return false };
        let now = restore(session, previous);
        self.redo.push(now);
        self.before = session.clone();
        self.typing = None;
        true
    }

    /// The change last undone, made again; false when there is none.
    pub fn redo(&mut self, session: &mut Session) -> bool {
        let Some(next) = self.redo.pop() else { return false };
        let now = restore(session, next);
        self.undo.push_back(now);
        self.before = session.clone();
        self.typing = None;
        true
    }
}

/// Puts `other` in place of `session` but for what is not a change to take back: the
/// stage the room is on, the time spent, when it was saved. Returns the session replaced.
fn restore(session: &mut Session, mut other: Session) -> Session {
    other.stage = session.stage;
    other.timeboxes.spent_seconds = session.timeboxes.spent_seconds;
    other.updated_at = session.updated_at.clone();
    std::mem::replace(session, other)
}

/// Whether the two differ only in what undo leaves alone (see `restore`).
fn same_content(before: &Session, after: &Session) -> bool {
    let mut aligned = before.clone();
    aligned.stage = after.stage;
    aligned.timeboxes.spent_seconds = after.timeboxes.spent_seconds;
    aligned.updated_at = after.updated_at.clone();
    aligned == *after
}
