//! Every session of the folder, read whole: what the decisions log is made from, for
//! `backwards decisions` and for the app's log alike.

use super::{Paths, StoreError, list, load};
use crate::domain::{Entry, EverySession, printable};

/// Every session file of the folder but conflict copies, which repeat their session.
pub fn load_every_session(paths: &Paths) -> Result<EverySession, StoreError> {
    let listing = list(paths)?;
    let mut every = EverySession::default();
    let originals = listing.entries.iter().filter(|e| matches!(e, Entry::Session { .. }) && !e.is_copy());
    for entry in originals {
        match load(entry.path()) {
            Ok(loaded) => every.sessions.push((loaded.path, loaded.session)),
            Err(e) => every.skipped.push(format!("skipped {}", printable(&e.to_string()))),
        }
    }
    Ok(every)
}
