//! `backwards decisions`: every decision across the folder's sessions, overdue and open
//! ones first.

use std::io::Write;
use std::process::ExitCode;

use serde::Serialize;

use crate::domain::{DecisionFilter, DecisionRow, decision_log, printable};
use crate::store::{self, Paths};

pub fn decisions(paths: &Paths, filter: &DecisionFilter, as_json: bool) -> Result<ExitCode, String> {
    let every = store::load_every_session(paths).map_err(|e| e.to_string())?;
    for skipped in &every.skipped {
        eprintln!("backwards: {skipped}");
    }
    let sessions = every.sessions.iter().map(|(_, session)| session);
    let today = jiff::Zoned::now().date();
    let rows = decision_log(sessions, today, filter);
    let mut out = std::io::stdout().lock();
    let written = if as_json {
        let rows: Vec<JsonRow> = rows.iter().map(|row| JsonRow { row, state: row.state() }).collect();
        serde_json::to_writer_pretty(&mut out, &rows).map_err(std::io::Error::other).and_then(|()| writeln!(out))
    } else {
        write_table(&mut out, &rows)
    };
    written.and_then(|()| out.flush()).unwrap_or_else(|e| super::output::end_on(&e));
    Ok(ExitCode::SUCCESS)
}

/// A row as `--json` writes it: the row's keys, then `state` as the table's STATE column
/// and the app's log name it. `outcome` stays what the review decided ("revise" even once
/// a version addressed it), since scripts read it; `state` says "addressed" then.
#[derive(Serialize)]
struct JsonRow<'a> {
    #[serde(flatten)]
    row: &'a DecisionRow,
    state: &'static str,
}

fn write_table(out: &mut impl Write, rows: &[DecisionRow]) -> std::io::Result<()> {
    if rows.is_empty() {
        return writeln!(out, "No decisions match.");
    }
    writeln!(out, "{:<8}  {:<10}  {:<9}  {:<16}  {:<20}  DECISION", "STATE", "DUE", "OUTCOME", "OWNER", "SESSION")?;
    for row in rows {
        let state = if row.overdue { row.state().to_uppercase() } else { row.state().to_owned() };
        let outcome = row.outcome.map_or("—", |o| o.label());
        let mut text = row.text.lines().next().unwrap_or_default().to_owned();
        if let Some(version) = row.addressed_by {
            text.push_str(&format!("  [addressed by v{version}]"));
        }
        if !row.principles.is_empty() {
            text.push_str(&format!("  ({})", row.principles.join(", ")));
        }
        let line = format!(
            "{state:<8}  {:<10}  {outcome:<9}  {:<16}  {:<20}  {text}",
            row.due.as_deref().unwrap_or("—"),
            clip(row.owner.as_deref().unwrap_or("—"), 16),
            clip(&row.session_title, 20),
        );
        writeln!(out, "{}", printable(&line))?;
    }
    Ok(())
}

fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut clipped: String = text.chars().take(width - 1).collect();
        clipped.push('…');
        clipped
    }
}
