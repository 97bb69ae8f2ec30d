//! The session and the rules of the workshop, and the plain digests of a session the
//! store hands the app: summaries, principle use, filters, access, the revision token.
//! Pure: no I/O, no terminal.

mod access;
mod capture;
pub mod clock;
mod coach;
mod coach_settings;
mod conflict;
mod decisions;
mod diff;
mod editing;
mod filter;
mod ids;
mod kept_aside;
mod listing;
mod opened;
mod principles;
mod session;
mod summary;
mod text;
mod validate;
mod versions;

pub use access::{Access, Fingerprint};
pub use capture::{Capture, complete_capture, parse_capture, people_in_room};
pub use coach::{
    LONGEST_SENTENCE, Note, ONE_PAGE_WORDS, Severity, THRESHOLDS, TextKind, lint, lint_tuned, opens_with_dateline,
    sentences, text_notes,
};
pub use coach_settings::CoachSettings;
pub use conflict::{Conflict, Keep, Step, resolve_conflict, shown_version};
pub use decisions::{DecisionFilter, DecisionRow, decision_log};
pub use diff::{DraftRef, PartDiff, Segment, Side, diff_drafts, diff_words, new_side, old_side};
pub use editing::{OUTCOME_CYCLE, is_blank_item, parse_participants, step, tidy_item};
pub use filter::{SessionFilter, filters_in, find_principle, meets_all};
pub use ids::unique_id;
pub use kept_aside::{ImportedFrom, KeptAside};
pub use listing::{Entry, EverySession, FolderStamp, Listing};
pub use opened::{Loaded, Recovery, Saved};
pub use principles::{Principle, PrincipleSet, PrincipleSetError, slugify};
pub use session::*;
pub use summary::{
    PrincipleTally, PrincipleUse, Summary, most_invoked, never_invoked, principle_use, tally_principles,
};
pub use text::{count, is_forbidden_char, printable, sanitize_line, sanitize_text, trim_punctuation, word_count};
pub use validate::problems;
