//! The session and the rules of the workshop. Pure: no I/O, no terminal.

mod coach;
mod coach_settings;
mod diff;
mod principles;
mod session;
mod text;
mod validate;
mod versions;

pub use coach::{LONGEST_SENTENCE, Note, ONE_PAGE_WORDS, Severity, THRESHOLDS, TextKind, lint, lint_tuned, text_notes};
pub use coach_settings::CoachSettings;
pub use diff::{DraftRef, PartDiff, Segment, Side, diff_drafts, diff_words, new_side, old_side};
pub use principles::{Principle, PrincipleSet, PrincipleSetError, slugify};
pub use session::*;
pub use text::{count, is_forbidden_char, printable, sanitize_line, sanitize_text, word_count};
pub use validate::problems;
