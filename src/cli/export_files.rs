//! `backwards export`: the files it writes. Every name is planned and checked before
//! anything is written; then every core loads, renders and writes one session at a
//! time, each file whole or not at all, and the batch is synced once at the end.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::ExportFormat;
use super::common::{self, Outcome, fail};
use crate::domain::Entry;
use crate::export::{Format, Options, file_stem, file_stem_of, file_stem_part, render_with};
use crate::parallel::on_every_core;
use crate::store::{self, Paths};

/// How `export` writes: over existing files or not, in which format, with the diff, with progress.
pub(super) struct ExportChoices {
    pub force: bool,
    pub format: Option<ExportFormat>,
    pub with_diff: bool,
    pub quiet: bool,
}

/// A session to export: its file, the stem its document is named after, and its id.
type Named = (PathBuf, String, String);

pub(super) fn export(
    paths: &Paths,
    references: &[String],
    all: bool,
    output: Option<PathBuf>,
    choices: ExportChoices,
) -> Outcome {
    let ExportChoices { force, format, with_diff, quiet } = choices;
    let named = if all { every_session(paths)? } else { named_sessions(paths, references, quiet)? };
    if named.is_empty() {
        return Err(format!("there are no sessions in {} to export", paths.sessions.display()));
    }
    let output = output.unwrap_or_else(|| PathBuf::from("."));
    let (format, single_file) = super::export_format::choose(format, &output, named.len())?;
    let mut taken = HashSet::new();
    let mut planned = Vec::with_capacity(named.len());
    for (source, stem, id) in named {
        let target =
            if single_file { output.clone() } else { output.join(export_file_name(stem, &id, format, &mut taken)) };
        if target.exists() && !force {
            return Err(format!("{} exists already; use --force to overwrite it", target.display()));
        }
        planned.push((source, target));
    }
    let folder = if single_file {
        output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
    } else {
        std::fs::create_dir_all(&output).map_err(|e| format!("cannot create the folder {}: {e}", output.display()))?;
        output
    };
    let written = write_documents(planned, &folder, Options { with_diff }, format, quiet)?;
    for target in written {
        say!("{}", target?.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Every session of the folder but conflict copies, named from the list's summaries:
/// the list has read every title already (most from its cache), so no file is read
/// for its name.
fn every_session(paths: &Paths) -> Result<Vec<Named>, String> {
    let listing = store::list(paths).map_err(fail)?;
    let originals = listing.entries.into_iter().filter(|e| !e.is_copy());
    let named = originals.filter_map(|entry| match entry {
        Entry::Session { path, summary } => Some((path, file_stem_of(&summary.title, &summary.id), summary.id)),
        Entry::Unreadable { .. } => None,
    });
    Ok(named.collect())
}

/// The sessions named on the command line, each read for its title, on every core.
fn named_sessions(paths: &Paths, references: &[String], quiet: bool) -> Result<Vec<Named>, String> {
    let sources: Vec<PathBuf> =
        references.iter().map(|r| store::resolve(paths, r)).collect::<Result<_, _>>().map_err(fail)?;
    let progress = common::progress(sources.len(), "reading", quiet);
    let named = on_every_core(sources, |source| {
        let loaded = store::load(&source).map_err(fail);
        progress.inc(1);
        loaded.map(|loaded| (source, file_stem(&loaded.session), loaded.session.id))
    });
    progress.finish_and_clear();
    named.into_iter().collect()
}

/// Each session loaded, rendered and written, one at a time on each core so that no
/// more than one session and its document per core are ever in memory. Returns each
/// target or why it failed, in the order planned, once every file written is durable.
fn write_documents(
    planned: Vec<(PathBuf, PathBuf)>,
    folder: &Path,
    options: Options,
    format: Format,
    quiet: bool,
) -> Result<Vec<Result<PathBuf, String>>, String> {
    let progress = common::progress(planned.len(), "writing", quiet);
    let written = on_every_core(planned, |(source, target)| {
        let loaded = store::load(&source).map_err(fail);
        let document =
            loaded.and_then(|loaded| render_with(&loaded.session, format, options).map_err(|e| e.to_string()));
        let done = document.and_then(|bytes| store::write_unsynced(&target, &bytes).map_err(fail));
        progress.inc(1);
        done.map(|()| target)
    });
    progress.set_message("syncing");
    let files: Vec<PathBuf> = written.iter().filter_map(|target| target.as_ref().ok().cloned()).collect();
    let synced = store::sync_batch(folder, &files).map_err(fail);
    progress.finish_and_clear();
    synced.map(|()| written)
}

/// `<slug of the title>.md` (or .docx, .html); a second session with the same slug gets its id appended.
fn export_file_name(base: String, id: &str, format: Format, taken: &mut HashSet<String>) -> String {
    let name = if taken.contains(&base) { format!("{base}-{}", file_stem_part(id)) } else { base };
    taken.insert(name.clone());
    format!("{name}.{}", format.extension())
}
