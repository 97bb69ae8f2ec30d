//! The decisions log on screen: every decision across the sessions, as `backwards
//! decisions` lists them, narrowed by typed words and by "overdue only".

use std::collections::HashMap;
use std::path::PathBuf;

use crate::domain::DecisionRow;

#[derive(Debug, Default)]
pub struct DecisionsLog {
    /// Every decision, overdue and open first; None while the sessions are read.
    pub rows: Option<Vec<DecisionRow>>,
    /// Each session's file, by the session's id: where Enter goes.
    pub files: HashMap<String, PathBuf>,
    /// Words every decision shown must hold (`@name` in its owner).
    pub filter: String,
    /// The filter prompt is open and keys go to it.
    pub filtering: bool,
    pub overdue_only: bool,
    /// Position among the decisions shown.
    pub selected: usize,
    /// Session files that could not be read, so their decisions are missing.
    pub skipped: usize,
}

/// A decision to show once its session is open: where Enter on the log leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionTarget {
    pub path: PathBuf,
    pub item_id: String,
}

impl DecisionsLog {
    /// The decisions the filter and "overdue only" let through, in the log's order.
    pub fn visible(&self) -> Vec<&DecisionRow> {
        let rows = self.rows.as_deref().unwrap_or_default();
        rows.iter().filter(|row| (!self.overdue_only || row.overdue) && row.matches_words(&self.filter)).collect()
    }

    pub fn move_cursor(&mut self, by: isize) {
        let last = self.visible().len().saturating_sub(1);
        self.selected = match by {
            isize::MIN => 0,
            isize::MAX => last,
            _ => self.selected.saturating_add_signed(by).min(last),
        };
    }

    /// The session and the decision the cursor is on.
    pub fn target(&self) -> Option<DecisionTarget> {
        let row = self.visible().get(self.selected).copied()?;
        let path = self.files.get(&row.session_id)?.clone();
        Some(DecisionTarget { path, item_id: row.item_id.clone() })
    }
}
