//! `backwards list`: the sessions folder as a table or as JSON, kept by the filters given.

use std::io::Write;
use std::process::ExitCode;

use serde_json::json;

use super::common::{Outcome, fail, file_name};
use crate::domain::{Entry, Listing, SessionFilter, meets_all, printable};
use crate::store::{self, Paths};

pub(super) fn list(paths: &Paths, as_json: bool, filters: &[SessionFilter]) -> Outcome {
    let mut listing = store::list(paths).map_err(fail)?;
    if !filters.is_empty() {
        listing.entries.retain(|entry| matches!(entry, Entry::Session { summary, .. } if meets_all(filters, summary)));
    }
    let mut out = std::io::stdout().lock();
    let written = if as_json {
        write_listing_json(&mut out, &listing)
    } else if listing.entries.is_empty() && !filters.is_empty() {
        writeln!(out, "No session matches the filter.")
    } else {
        write_listing_table(&mut out, &listing, paths)
    };
    written.and_then(|()| out.flush()).unwrap_or_else(|e| super::output::end_on(&e));
    if let Some(note) = store::git_setup_missing(&paths.sessions) {
        eprintln!("backwards: {note}");
    }
    Ok(ExitCode::SUCCESS)
}

fn write_listing_table(out: &mut impl Write, listing: &Listing, paths: &Paths) -> std::io::Result<()> {
    if listing.entries.is_empty() {
        writeln!(out, "No sessions in {} yet. Create one with: backwards new \"Title\"", paths.sessions.display())?;
        return Ok(());
    }
    writeln!(out, "{:<26}  {:<16}  {:<10}  {:>3}  {:>3}  {:>3}  TITLE", "ID", "STAGE", "UPDATED", "FAQ", "DEC", "VER")?;
    for entry in &listing.entries {
        match entry {
            Entry::Session { summary, .. } => {
                let mut title = summary.title.clone();
                if let Some(kind) = entry.copy_kind() {
                    title = format!("{title}  [{kind}: {}]", printable(&file_name(entry.path())));
                }
                if summary.read_only.is_some() {
                    title.push_str("  [read-only]");
                }
                if summary.conflicts > 0 {
                    title.push_str(&format!("  [{} merge conflict(s) to resolve]", summary.conflicts));
                }
                writeln!(
                    out,
                    "{:<26}  {:<16}  {:<10}  {:>3}  {:>3}  {:>3}  {}",
                    summary.id,
                    summary.stage.title(),
                    summary.updated_at.get(..10).unwrap_or(&summary.updated_at),
                    summary.faq_questions,
                    summary.decisions,
                    summary.iterations,
                    title
                )?;
            }
            Entry::Unreadable { path, reason } => {
                writeln!(out, "{}", printable(&format!("unreadable: {}: {reason}", path.display())))?
            }
        }
    }
    Ok(())
}

fn write_listing_json(out: &mut impl Write, listing: &Listing) -> std::io::Result<()> {
    let sessions: Vec<_> = listing
        .entries
        .iter()
        .filter_map(|entry| match entry {
            Entry::Session { path, summary } => Some(json!({
                "id": summary.id,
                "title": summary.title,
                "path": printable(&path.display().to_string()),
                "stage": summary.stage,
                "created_at": summary.created_at,
                "updated_at": summary.updated_at,
                "facilitator": summary.facilitator,
                "faq_questions": summary.faq_questions,
                "review_items": summary.review_items,
                "decisions": summary.decisions,
                "iterations": summary.iterations,
                "press_release_words": summary.press_release_words,
                "verdict": summary.verdict,
                "principles": summary.principles.iter().map(|used| &used.id).collect::<Vec<_>>(),
                "open_revisions": summary.open_revisions,
                "copy": entry.is_copy(),
                "copy_kind": entry.copy_kind(),
                "read_only": summary.read_only,
                "conflicts": summary.conflicts,
            })),
            Entry::Unreadable { .. } => None,
        })
        .collect();
    let unreadable: Vec<_> = listing
        .entries
        .iter()
        .filter_map(|entry| match entry {
            Entry::Unreadable { path, reason } => {
                Some(json!({"path": printable(&path.display().to_string()), "reason": printable(reason)}))
            }
            Entry::Session { .. } => None,
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &json!({"sessions": sessions, "unreadable": unreadable}))?;
    writeln!(out)
}
