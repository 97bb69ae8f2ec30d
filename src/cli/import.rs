//! `backwards import`: PR/FAQs written elsewhere become sessions. Every file is checked
//! before anything is written, so one bad file among many writes nothing, and the
//! sessions are written all or none, with one sync for the batch.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;
use serde_json::json;

use crate::domain::{ImportedFrom, count, printable};
use crate::import::{ImportReport, Imported, import_many, imported_before};
use crate::parallel::on_every_core;
use crate::store::{self, Paths, Source, read_source, read_stream, sha256_hex};

/// What standard input is called where a file name would stand.
const STDIN: &str = "-";

pub(super) fn run(
    paths: &Paths,
    files: &[PathBuf],
    dry_run: bool,
    as_json: bool,
    principles_file: Option<&Path>,
    named_folder: bool,
) -> Result<ExitCode, String> {
    let mut sources = Vec::new();
    let mut refused = Vec::new();
    for read in on_every_core(files.iter().collect(), |file: &PathBuf| read_file_or_stdin(file)) {
        match read {
            Ok(source) => sources.push(source),
            Err(message) => refused.push(message),
        }
    }
    match refused.as_slice() {
        [] => {}
        [only] if files.len() == 1 => return Err(only.clone()),
        _ => {
            for message in &refused {
                eprintln!("backwards: {}", printable(message));
            }
            return Err(format!("{} cannot be imported; nothing was imported", count(refused.len(), "file")));
        }
    }
    let documents: Vec<(String, String)> = sources.iter().map(|s| (s.text.clone(), s.name.clone())).collect();
    let imported = import_many(&documents);
    let mut known = store::imported_hashes(paths);
    if dry_run {
        let earlier: Vec<Option<&str>> = sources.iter().map(|s| known.get(&s.sha256).map(String::as_str)).collect();
        return print_dry_run(&imported, &earlier, as_json);
    }
    let principles = store::load_principles(paths, principles_file).map_err(|e| e.to_string())?;
    let (sessions, reports): (Vec<_>, Vec<_>) = sources
        .iter()
        .zip(imported)
        .map(|(source, Imported { session, report })| {
            let from =
                ImportedFrom { file: source.name.clone(), sha256: source.sha256.clone(), ..ImportedFrom::default() };
            ((session, from), report)
        })
        .unzip();
    let written = store::create_many_imported(paths, sessions, &principles, named_folder).map_err(|e| e.to_string())?;
    let mut results = Vec::new();
    for ((source, report), loaded) in sources.iter().zip(reports).zip(written) {
        // A file given twice is imported twice; the second is said to repeat the first.
        let earlier = known.insert(source.sha256.clone(), loaded.session.id.clone());
        if !as_json {
            say!("{}\t{}", loaded.session.id, loaded.path.display());
            tell(&source.name, &report, earlier.as_deref());
        }
        results.push(json!({
            "id": loaded.session.id,
            "path": loaded.path,
            "imported_before_as": earlier,
            "report": report,
        }));
    }
    if as_json {
        say!("{}", serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?);
    }
    Ok(ExitCode::SUCCESS)
}

fn read_file_or_stdin(file: &Path) -> Result<Source, String> {
    if file.as_os_str() == STDIN {
        let (text, bytes) =
            read_stream(std::io::stdin().lock()).map_err(|reason| format!("cannot import standard input: {reason}"))?;
        return Ok(Source { name: STDIN.to_owned(), text, sha256: sha256_hex(&bytes) });
    }
    read_source(file).map_err(|e| e.to_string())
}

/// What the user should know about one import, on standard error so that standard
/// output stays one `id<TAB>path` line per session, as `new` prints.
fn tell(name: &str, report: &ImportReport, earlier: Option<&str>) {
    let mut err = std::io::stderr().lock();
    let questions = report.fields.iter().filter(|f| f.key.starts_with("faq.")).count();
    let sections = report.fields.iter().filter(|f| f.key.starts_with("press_release.")).count();
    let answers = report.fields.iter().filter(|f| f.key.starts_with("customer.")).count();
    let line = format!(
        "{name}: {sections} of 9 press-release sections, {}, {answers} of 5 customer answers, {} kept aside",
        count(questions, "FAQ question"),
        count(report.kept_aside.len(), "part")
    );
    let _ = writeln!(err, "{}", printable(&line));
    if let Some(id) = earlier {
        let _ = writeln!(err, "  {}", imported_before(id, false));
    }
    for warning in &report.warnings {
        let _ = writeln!(err, "  {}", printable(warning));
    }
}

/// One file's report in a dry run, with the key the real import gives the session the
/// same file became before.
#[derive(Serialize)]
struct DryRunReport<'a> {
    #[serde(flatten)]
    report: &'a ImportReport,
    imported_before_as: Option<&'a str>,
}

/// What an import would do, and for each file the session it became when it was
/// imported before (`earlier`, in the order of `imported`).
fn print_dry_run(imported: &[Imported], earlier: &[Option<&str>], as_json: bool) -> Result<ExitCode, String> {
    if as_json {
        let reports: Vec<DryRunReport> = imported
            .iter()
            .zip(earlier)
            .map(|(done, earlier)| DryRunReport { report: &done.report, imported_before_as: *earlier })
            .collect();
        say!("{}", serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?);
    } else {
        for (done, earlier) in imported.iter().zip(earlier) {
            say_raw!("{}", printable_lines(&done.report.to_text()));
            if let Some(id) = earlier {
                say!("  {}", printable(&imported_before(id, true)));
            }
        }
        say!("Dry run: nothing was written.");
    }
    Ok(ExitCode::SUCCESS)
}

/// Each line made safe for the terminal, the line breaks kept.
fn printable_lines(text: &str) -> String {
    text.lines().map(|line| format!("{}\n", printable(line))).collect()
}
