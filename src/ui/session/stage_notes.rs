//! The lines a stage shows besides its fields: what an import kept aside (before the
//! press release) and what is missing from the stage (after its last field).

use crate::app::SessionView;
use crate::domain::{Session, Stage, count};

/// The press release's reminder of the parts an import kept aside.
pub(super) fn kept_note(view: &SessionView) -> Option<String> {
    let kept = &view.session.kept_aside;
    if view.stage() != Stage::PressRelease || kept.is_empty() {
        return None;
    }
    Some(format!("Kept from the import, not press release: {} · i shows them", count(kept.len(), "part")))
}

/// What is missing from the stage, said after its last field.
pub(super) fn stage_note(stage: Stage, session: &Session, writable: bool) -> Option<String> {
    if stage == Stage::Review && session.review.items.is_empty() {
        return Some(if writable { "No review items yet. Press a to add one." } else { "No review items." }.to_owned());
    }
    if stage != Stage::PressRelease {
        return None;
    }
    let missing = match (session.faq.external.is_empty(), session.faq.internal.is_empty()) {
        (true, true) => "FAQ: no questions yet",
        (false, true) => "FAQ: no internal questions yet",
        (true, false) => "FAQ: no customer questions yet",
        (false, false) => return None,
    };
    let keys = if writable { ". a adds a customer question, A an internal one." } else { "." };
    Some(format!("{missing}{keys}"))
}
