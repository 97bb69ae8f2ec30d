//! What each command does. Output goes to stdout, problems to stderr.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;
use serde_json::json;

use super::{Cli, Command, EXIT_FAILURE, ExportFormat};
use crate::config::{Config, Theme, no_color_requested};
use crate::domain::{Severity, Side, count, diff_drafts, lint, printable, problems, slugify};
use crate::export::{Format, Options, file_stem, markdown, render_with, word_diff};
use crate::store::{self, Entry, Listing, Paths, SessionFilter, StoreError};

/// A failure of a command, already in words for the user.
type Outcome = Result<ExitCode, String>;

pub fn run(cli: Cli) -> ExitCode {
    let outcome = Paths::resolve(cli.dir.clone()).map_err(|e| e.to_string()).and_then(|paths| dispatch(cli, &paths));
    match outcome {
        Ok(code) => code,
        Err(message) => {
            eprintln!("backwards: {}", printable(&message));
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn dispatch(cli: Cli, paths: &Paths) -> Outcome {
    let named_folder = cli.dir.is_some();
    match cli.command {
        None => {
            let (theme, config_problem) = chosen_theme(cli.theme, paths);
            crate::tui::run(paths.clone(), named_folder, cli.principles.clone(), theme, config_problem)
        }
        Some(Command::New { title }) => new(paths, &title, cli.principles.as_deref(), named_folder),
        Some(Command::List { json, principle, outcome, verdict }) => {
            let filter = SessionFilter {
                principle,
                outcome: outcome.as_deref().and_then(crate::domain::Outcome::from_label),
                verdict: verdict.as_deref().and_then(crate::domain::VerdictDecision::from_label),
            };
            list(paths, json, &filter)
        }
        Some(Command::Show { reference }) => show(paths, &reference),
        Some(Command::Lint { reference, json }) => lint_session(paths, &reference, json),
        Some(Command::Diff { reference, from, to }) => {
            let (theme, config_problem) = chosen_theme(cli.theme, paths);
            if let Some(problem) = config_problem {
                eprintln!("backwards: {problem}");
            }
            diff(paths, &reference, from.as_deref(), to.as_deref(), theme)
        }
        Some(Command::Export { references, all, output, force, format, with_diff }) => {
            export(paths, &references, all, output, force, format, with_diff)
        }
        Some(Command::Validate { paths: files }) => validate(paths, files),
        Some(Command::Principles { json, usage: false }) => principles(paths, cli.principles.as_deref(), json),
        Some(Command::Principles { json, usage: true }) => principle_usage(paths, cli.principles.as_deref(), json),
        Some(Command::Paths) => print_paths(paths),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut Cli::command(), "backwards", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn fail(error: StoreError) -> String {
    error.to_string()
}

fn new(paths: &Paths, title: &str, principles_file: Option<&Path>, named_folder: bool) -> Outcome {
    let principles = store::load_principles(paths, principles_file).map_err(fail)?;
    let loaded = store::create(paths, title, principles, named_folder).map_err(fail)?;
    println!("{}\t{}", loaded.session.id, loaded.path.display());
    Ok(ExitCode::SUCCESS)
}

fn list(paths: &Paths, as_json: bool, filter: &SessionFilter) -> Outcome {
    let mut listing = store::list(paths).map_err(fail)?;
    if !filter.is_empty() {
        listing.entries.retain(|entry| matches!(entry, Entry::Session { summary, .. } if filter.matches(summary)));
    }
    let mut out = std::io::stdout().lock();
    let written = if as_json {
        write_listing_json(&mut out, &listing)
    } else if listing.entries.is_empty() && !filter.is_empty() {
        writeln!(out, "No session matches the filter.")
    } else {
        write_listing_table(&mut out, &listing, paths)
    };
    written.map_err(|e| format!("cannot write the list: {e}"))?;
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
                "path": path,
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
            })),
            Entry::Unreadable { .. } => None,
        })
        .collect();
    let unreadable: Vec<_> = listing
        .entries
        .iter()
        .filter_map(|entry| match entry {
            Entry::Unreadable { path, reason } => Some(json!({"path": path, "reason": reason})),
            Entry::Session { .. } => None,
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &json!({"sessions": sessions, "unreadable": unreadable}))?;
    writeln!(out)
}

fn show(paths: &Paths, reference: &str) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    let loaded = store::load(&path).map_err(fail)?;
    print!("{}", markdown(&loaded.session));
    Ok(ExitCode::SUCCESS)
}

fn lint_session(paths: &Paths, reference: &str, json: bool) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    let session = store::load(&path).map_err(fail)?.session;
    let notes = lint(&session);
    if json {
        println!("{}", serde_json::to_string_pretty(&notes).map_err(|e| e.to_string())?);
    } else {
        for note in &notes {
            let severity = match note.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            println!("{severity:<7}  {}: {}", note.place, note.message);
        }
        let errors = notes.iter().filter(|n| n.severity == Severity::Error).count();
        println!("{}: {}, {}", session.title, count(errors, "error"), count(notes.len() - errors, "warning"));
    }
    let failed = notes.iter().any(|n| n.severity == Severity::Error);
    Ok(if failed { ExitCode::from(EXIT_FAILURE) } else { ExitCode::SUCCESS })
}

fn diff(paths: &Paths, reference: &str, from: Option<&str>, to: Option<&str>, theme: Theme) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    let session = store::load(&path).map_err(fail)?.session;
    let side = |text: &str| {
        Side::parse(text).ok_or_else(|| format!("{text:?} is neither a version number (such as 2 or v2) nor \"draft\""))
    };
    let last = session.iterations.iter().map(|v| v.number).max();
    let (from, to) = match (from, to) {
        (Some(from), Some(to)) => (side(from)?, side(to)?),
        (Some(from), None) => (side(from)?, Side::Draft),
        (None, _) => match last {
            Some(number) => (Side::Version(number), Side::Draft),
            None => {
                return Err(format!(
                    "“{}” has no versions yet, so there is nothing to compare the draft with; freeze one with s in the app",
                    session.title
                ));
            }
        },
    };
    let draft = |side: Side| {
        session.draft_at(side).ok_or_else(|| {
            let numbers: Vec<String> = session.iterations.iter().map(|v| v.number.to_string()).collect();
            let known = if numbers.is_empty() { "none".to_owned() } else { numbers.join(", ") };
            format!("“{}” has no {}; its versions: {known}", session.title, side.label())
        })
    };
    let parts = diff_drafts(draft(from)?, draft(to)?);
    let colour = std::io::stdout().is_terminal() && theme != Theme::NoColor;
    print!("{}", word_diff(&session.title, &from.label(), &to.label(), &parts, colour));
    Ok(ExitCode::SUCCESS)
}

fn export(
    paths: &Paths,
    references: &[String],
    all: bool,
    output: Option<PathBuf>,
    force: bool,
    format: Option<ExportFormat>,
    with_diff: bool,
) -> Outcome {
    let sources: Vec<PathBuf> = if all {
        let listing = store::list(paths).map_err(fail)?;
        let originals = listing.entries.iter().filter(|e| matches!(e, Entry::Session { .. }) && !e.is_copy());
        originals.map(|e| e.path().to_path_buf()).collect()
    } else {
        references.iter().map(|r| store::resolve(paths, r)).collect::<Result<_, _>>().map_err(fail)?
    };
    if sources.is_empty() {
        return Err(format!("there are no sessions in {} to export", paths.sessions.display()));
    }
    let output = output.unwrap_or_else(|| PathBuf::from("."));
    let (format, single_file) = super::export_format::choose(format, &output, sources.len())?;
    let mut taken = HashSet::new();
    let mut planned = Vec::new();
    for source in &sources {
        let loaded = store::load(source).map_err(fail)?;
        let target = if single_file {
            output.clone()
        } else {
            output.join(export_file_name(&loaded.session, format, &mut taken))
        };
        let document = render_with(&loaded.session, format, Options { with_diff }).map_err(|e| e.to_string())?;
        if target.exists() && !force {
            return Err(format!("{} exists already; use --force to overwrite it", target.display()));
        }
        planned.push((target, document));
    }
    for (target, document) in planned {
        store::write_file(&target, &document).map_err(fail)?;
        println!("{}", target.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// `<slug of the title>.md` (or .docx, .html); a second session with the same slug gets its id appended.
fn export_file_name(session: &crate::domain::Session, format: Format, taken: &mut HashSet<String>) -> String {
    let base = file_stem(session);
    let name = if taken.contains(&base) { format!("{base}-{}", slugify(&session.id)) } else { base };
    taken.insert(name.clone());
    format!("{name}.{}", format.extension())
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn validate(paths: &Paths, files: Vec<PathBuf>) -> Outcome {
    let files = if files.is_empty() {
        store::list(paths).map_err(fail)?.entries.iter().map(|e| e.path().to_path_buf()).collect()
    } else {
        files
    };
    let mut found = 0;
    for file in &files {
        let mut report = |problem: String| {
            found += 1;
            println!("{}", printable(&format!("{}: {problem}", file.display())));
        };
        match store::load(file) {
            Err(StoreError::Invalid { reason, .. }) => report(format!("not a valid session file: {reason}")),
            Err(error) => report(error.to_string()),
            Ok(loaded) => {
                if let store::Access::ReadOnly(reason) = &loaded.access {
                    report(reason.clone());
                }
                let expected_name = format!("{}.json", loaded.session.id);
                if file_name(file) != expected_name {
                    report(format!("the file should be named {expected_name} after the session's id (is it a copy?)"));
                }
                problems(&loaded.session).into_iter().for_each(report);
            }
        }
    }
    if found == 0 {
        eprintln!("{} file(s) checked, no problems", files.len());
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("{} file(s) checked, {found} problem(s)", files.len());
        Ok(ExitCode::from(EXIT_FAILURE))
    }
}

fn principles(paths: &Paths, file: Option<&Path>, as_json: bool) -> Outcome {
    let set = store::load_principles(paths, file).map_err(fail)?;
    if as_json {
        let text = serde_json::to_string_pretty(&set).map_err(|e| e.to_string())?;
        println!("{text}");
    } else {
        println!("{} ({} principles)", set.set, set.items.len());
        for principle in &set.items {
            println!("  {:<46} {}", principle.id, principle.name);
            if !principle.summary.is_empty() {
                println!("  {:<46} {}", "", principle.summary);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// How often each principle was invoked by decisions across the folder: the configured
/// set first (so the never-invoked ones show), then ids only older sessions know.
fn principle_usage(paths: &Paths, file: Option<&Path>, as_json: bool) -> Outcome {
    let set = store::load_principles(paths, file).map_err(fail)?;
    let listing = store::list(paths).map_err(fail)?;
    let mut usage: Vec<(String, String, usize, usize)> =
        set.items.iter().map(|p| (p.id.clone(), p.name.clone(), 0, 0)).collect();
    for (_, summary) in listing.sessions() {
        for used in &summary.principles {
            let row = match usage.iter().position(|(id, ..)| *id == used.id) {
                Some(position) => &mut usage[position],
                None => {
                    usage.push((used.id.clone(), used.name.clone(), 0, 0));
                    let last = usage.len() - 1;
                    &mut usage[last]
                }
            };
            row.2 += used.decisions;
            row.3 += 1;
        }
    }
    usage.sort_by_key(|(_, _, decisions, _)| std::cmp::Reverse(*decisions));
    if as_json {
        let rows: Vec<_> = usage
            .iter()
            .map(|(id, name, decisions, sessions)| json!({"id": id, "name": name, "decisions": decisions, "sessions": sessions}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{:<46} {:>9} {:>8}", "PRINCIPLE", "DECISIONS", "SESSIONS");
    for (_, name, decisions, sessions) in usage.iter().filter(|row| row.2 > 0) {
        println!("{name:<46} {decisions:>9} {sessions:>8}");
    }
    let never: Vec<&str> = usage.iter().filter(|row| row.2 == 0).map(|row| row.1.as_str()).collect();
    if !never.is_empty() {
        println!("\nNever invoked: {}", never.join(" · "));
    }
    Ok(ExitCode::SUCCESS)
}

/// The theme to use, and what is wrong with the config file when something is: a bad
/// file is reported but never keeps anyone from working.
fn chosen_theme(flag: Option<Theme>, paths: &Paths) -> (Theme, Option<String>) {
    let (config, problem) = match store::load_config(paths) {
        Ok(config) => (config, None),
        Err(e) => (Config::default(), Some(e.to_string())),
    };
    let no_color = no_color_requested(std::env::var_os("NO_COLOR").as_deref());
    (Theme::choose(flag, config.theme, no_color), problem)
}

fn print_paths(paths: &Paths) -> Outcome {
    let principles = paths.principles_file();
    let principles_note = if principles.exists() { "" } else { "  (absent: Amazon's sixteen are used)" };
    println!("sessions    {}", paths.sessions.display());
    println!("config      {}", paths.config.display());
    println!("principles  {}{principles_note}", principles.display());
    let config = paths.config_file();
    let config_note = if config.exists() { "" } else { "  (absent: e.g. {\"theme\": \"high-contrast\"})" };
    println!("settings    {}{config_note}", config.display());
    println!("state       {}", paths.state.display());
    println!("trash       {}", paths.trash().display());
    println!("list cache  {}", paths.list_cache().display());
    println!("locks       {}", paths.locks().display());
    println!("recovery    {}", paths.recovery().display());
    Ok(ExitCode::SUCCESS)
}
