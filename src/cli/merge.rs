//! `backwards merge BASE OURS THEIRS`, git's merge driver for session files, and
//! `backwards merge-copy COPY`, which merges a conflict copy back into its session.

use std::path::Path;
use std::process::{Command, ExitCode};

use super::EXIT_FAILURE;
use crate::domain::{Conflict, Session, printable};
use crate::merge::{merge_texts, merge_values};
use crate::store::{self, Paths, session_value};

type Outcome = Result<ExitCode, String>;

/// Merges THEIRS into OURS from their common BASE, as git asks a merge driver to: the
/// result goes into OURS, atomically; exit 0 when clean, 1 when a conflict remains (then
/// recorded inside the file, which still loads). What the merge by meaning cannot take
/// (not a session, a newer schema) goes to git's own line merge, and stderr says so.
pub fn merge_driver(base: &Path, ours: &Path, theirs: &Path) -> Outcome {
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let (base_bytes, our_bytes, their_bytes) = (read(base)?, read(ours)?, read(theirs)?);
    let by_meaning = || -> Result<(Vec<u8>, Vec<Conflict>), String> {
        if let Some((text, conflicts)) = fast_merge(&base_bytes, &our_bytes, &their_bytes) {
            let session: Session =
                serde_json::from_str(&text).map_err(|e| format!("the merge would not load ({e})"))?;
            return Ok((store::to_bytes(&session).map_err(|e| e.to_string())?, conflicts));
        }
        let our_value = session_value(&our_bytes).map_err(|why| format!("ours is {why}"))?;
        let their_value = session_value(&their_bytes).map_err(|why| format!("theirs is {why}"))?;
        if our_value.get("id") != their_value.get("id") {
            return Err("the two sides are different sessions (their ids differ)".to_owned());
        }
        // Git gives an empty base when both sides added the file: a two-way merge.
        let base_value = if base_bytes.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            Some(session_value(&base_bytes).map_err(|why| format!("the common version is {why}"))?)
        };
        let merged = merge_values(base_value.as_ref(), &our_value, &their_value);
        let session: Session =
            serde_json::from_value(merged.value).map_err(|e| format!("the merge would not load ({e})"))?;
        Ok((store::to_bytes(&session).map_err(|e| e.to_string())?, merged.conflicts))
    };
    match by_meaning() {
        Ok((bytes, conflicts)) => {
            store::write_file(ours, &bytes).map_err(|e| e.to_string())?;
            if conflicts.is_empty() {
                return Ok(ExitCode::SUCCESS);
            }
            for conflict in &conflicts {
                eprintln!(
                    "backwards merge: conflict in {}: both sides changed it; ours kept, every version recorded in the file",
                    printable(&conflict.field)
                );
            }
            eprintln!(
                "backwards merge: {} conflict(s) recorded; resolve them in Backwards, then `git add` the file",
                conflicts.len()
            );
            Ok(ExitCode::from(EXIT_FAILURE))
        }
        Err(why) => {
            eprintln!("backwards merge: {}; falling back to git's own line merge", printable(&why));
            git_merge_file(base, ours, theirs)
        }
    }
}

/// The merge on the files' text, when all three are sessions of the current schema.
fn fast_merge(base: &[u8], ours: &[u8], theirs: &[u8]) -> Option<(String, Vec<Conflict>)> {
    let text = |bytes| std::str::from_utf8(bytes).ok();
    let base = if base.iter().all(u8::is_ascii_whitespace) { None } else { Some(text(base)?) };
    merge_texts(base, text(ours)?, text(theirs)?)
}

/// `git merge-file`, which leaves conflict markers in OURS where the sides differ.
fn git_merge_file(base: &Path, ours: &Path, theirs: &Path) -> Outcome {
    let status = Command::new("git")
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .args([ours, base, theirs])
        .status()
        .map_err(|e| format!("cannot run git merge-file ({e}); is git installed?"))?;
    Ok(if status.success() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_FAILURE) })
}

/// Merges a conflict copy back into its session file and moves the copy to the trash.
pub fn merge_copy(paths: &Paths, copy: &Path) -> Outcome {
    let merged = store::merge_copy(paths, copy).map_err(|e| e.to_string())?;
    say!("merged {} into {}", copy.display(), merged.loaded.path.display());
    say!("the copy is in the trash: {}", merged.trashed.display());
    if merged.conflicts == 0 {
        return Ok(ExitCode::SUCCESS);
    }
    for conflict in merged.loaded.session.conflicts.iter().rev().take(merged.conflicts).rev() {
        say!("conflict in {}: the session file's version kept, the copy's recorded beside it", conflict.field);
    }
    say!("{} conflict(s) to resolve in Backwards", merged.conflicts);
    Ok(ExitCode::from(EXIT_FAILURE))
}
