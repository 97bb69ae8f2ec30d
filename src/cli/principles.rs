//! `backwards principles`: the principle set in use, and with `--usage` how often
//! decisions across the folder invoke each one.

use std::path::Path;
use std::process::ExitCode;

use serde_json::json;

use super::common::{Outcome, fail};
use crate::domain::{PrincipleTally, find_principle, most_invoked, never_invoked, tally_principles};
use crate::store::{self, Paths};

pub(super) fn principles(paths: &Paths, file: Option<&Path>, as_json: bool) -> Outcome {
    let set = store::load_principles(paths, file).map_err(fail)?;
    if as_json {
        let text = serde_json::to_string_pretty(&set).map_err(|e| e.to_string())?;
        say!("{text}");
    } else {
        say!("{} ({} principles)", set.set, set.items.len());
        for principle in &set.items {
            say!("  {:<46} {}", principle.id, principle.name);
            if !principle.summary.is_empty() {
                say!("  {:<46} {}", "", principle.summary);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// How often each principle was invoked by decisions across the folder: the configured
/// set first (so the never-invoked ones show), then ids only older sessions know.
pub(super) fn principle_usage(paths: &Paths, file: Option<&Path>, as_json: bool) -> Outcome {
    let set = store::load_principles(paths, file).map_err(fail)?;
    let listing = store::list(paths).map_err(fail)?;
    let tally = tally_principles(&set.items, listing.sessions().map(|(_, summary)| summary.principles.as_slice()));
    if as_json {
        let mut rows: Vec<&PrincipleTally> = tally.iter().collect();
        rows.sort_by_key(|row| std::cmp::Reverse(row.decisions));
        let rows: Vec<_> = rows
            .into_iter()
            .map(|row| json!({"id": row.id, "name": row.name, "decisions": row.decisions, "sessions": row.sessions}))
            .collect();
        say!("{}", serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    say!("{:<46} {:>9} {:>8}", "PRINCIPLE", "DECISIONS", "SESSIONS");
    for row in most_invoked(&tally) {
        say!("{:<46} {:>9} {:>8}", row.name, row.decisions, row.sessions);
    }
    let never: Vec<&str> = never_invoked(&tally).map(|row| row.name.as_str()).collect();
    if !never.is_empty() {
        say!("\nNever invoked: {}", never.join(" · "));
    }
    Ok(ExitCode::SUCCESS)
}

/// The principle a filter names (by id or name, any case) among the configured set and
/// the principles the folder's decisions use; an unknown one is an error naming them.
pub(super) fn named_principle(paths: &Paths, file: Option<&Path>, wanted: &str) -> Result<PrincipleTally, String> {
    let set = store::load_principles(paths, file).map_err(fail)?;
    let listing = store::list(paths).map_err(fail)?;
    let known = tally_principles(&set.items, listing.sessions().map(|(_, summary)| summary.principles.as_slice()));
    find_principle(&known, wanted).cloned()
}
