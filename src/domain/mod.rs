//! The session and the rules of the workshop. Pure: no I/O, no terminal.

mod principles;
mod session;
mod text;
mod validate;

pub use principles::{Principle, PrincipleSet, PrincipleSetError, slugify};
pub use session::*;
pub use text::{count, sanitize_line, sanitize_text, word_count};
pub use validate::problems;
