//! What each command does. Output goes to stdout, problems to stderr.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;

use super::common::{self, Outcome, fail, file_name};
use super::export_files::ExportChoices;
use super::{Cli, Command, EXIT_FAILURE, list, principles};
use crate::config::{Config, Theme, no_color_requested};
use crate::domain::{Access, SessionFilter, Severity, Side, count, diff_drafts, lint_tuned, printable, problems};
use crate::export::{markdown, word_diff};
use crate::parallel::on_every_core;
use crate::store::{self, Paths, StoreError};

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
            crate::tui::run(paths.clone(), named_folder, cli.principles.clone(), theme, config_problem, None)
        }
        Some(Command::Open { reference }) => {
            let (theme, config_problem) = chosen_theme(cli.theme, paths);
            let start = super::open_rename::Start {
                named_folder,
                principles_file: cli.principles.clone(),
                theme,
                config_problem,
            };
            super::open_rename::open(paths, &reference, start)
        }
        Some(Command::Present { reference }) => {
            let no_color = no_color_requested(std::env::var_os("NO_COLOR").as_deref());
            super::present::present(paths, &reference, cli.theme, no_color)
        }
        Some(Command::Rename { reference, title }) => super::open_rename::rename(paths, &reference, &title),
        Some(Command::New { title }) => new(paths, &title, cli.principles.as_deref(), named_folder),
        Some(Command::List { json, principle, outcome, verdict }) => {
            let principle = match principle {
                Some(wanted) => {
                    let found = principles::named_principle(paths, cli.principles.as_deref(), &wanted)?;
                    Some(SessionFilter::Principle { id: found.id, name: found.name })
                }
                None => None,
            };
            let filters: Vec<SessionFilter> = [
                principle,
                outcome.as_deref().and_then(crate::domain::Outcome::from_label).map(SessionFilter::Outcome),
                verdict.as_deref().and_then(crate::domain::VerdictDecision::from_label).map(SessionFilter::Verdict),
            ]
            .into_iter()
            .flatten()
            .collect();
            list::list(paths, json, &filters)
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
        Some(Command::Export { references, all, output, force, format, with_diff, quiet }) => {
            let choices = ExportChoices { force, format, with_diff, quiet };
            super::export_files::export(paths, &references, all, output, choices)
        }
        Some(Command::Import { paths: files, dry_run, json }) => {
            super::import::run(paths, &files, dry_run, json, cli.principles.as_deref(), named_folder)
        }
        Some(Command::Validate { paths: files, quiet }) => validate(paths, files, quiet),
        Some(Command::Principles { json, usage: false }) => {
            principles::principles(paths, cli.principles.as_deref(), json)
        }
        Some(Command::Principles { json, usage: true }) => {
            principles::principle_usage(paths, cli.principles.as_deref(), json)
        }
        Some(Command::Paths) => print_paths(paths),
        Some(Command::Merge { base, ours, theirs }) => super::merge::merge_driver(&base, &ours, &theirs),
        Some(Command::MergeCopy { copy }) => super::merge::merge_copy(paths, &copy),
        Some(Command::GitSetup) => super::git_setup::git_setup(paths),
        Some(Command::Decisions { owner, overdue, outcome, principle, json }) => {
            let outcome = outcome.as_deref().and_then(crate::domain::Outcome::from_label);
            let principle = match principle {
                Some(wanted) => Some(principles::named_principle(paths, cli.principles.as_deref(), &wanted)?.id),
                None => None,
            };
            let filter = crate::domain::DecisionFilter { owner, overdue_only: overdue, outcome, principle };
            super::decisions::decisions(paths, &filter, json)
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "backwards", &mut script);
            say_raw!("{}", String::from_utf8_lossy(&script));
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn new(paths: &Paths, title: &str, principles_file: Option<&Path>, named_folder: bool) -> Outcome {
    let principles = store::load_principles(paths, principles_file).map_err(fail)?;
    let loaded = store::create(paths, title, principles, named_folder).map_err(fail)?;
    say!("{}\t{}", loaded.session.id, loaded.path.display());
    Ok(ExitCode::SUCCESS)
}

fn show(paths: &Paths, reference: &str) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    let loaded = store::load(&path).map_err(fail)?;
    say_raw!("{}", markdown(&loaded.session));
    Ok(ExitCode::SUCCESS)
}

fn lint_session(paths: &Paths, reference: &str, json: bool) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    let session = store::load(&path).map_err(fail)?.session;
    let config = store::load_config(paths).map_err(fail)?;
    // A misspelt rule or threshold would silently do nothing: it is said on stderr, the
    // notes are given as ever, and lint fails as it does for an unknown key.
    let mut setting_problems = config.coach.problems("config.json");
    setting_problems.extend(session.coach.problems(&file_name(&path)));
    for problem in &setting_problems {
        eprintln!("backwards: {}", printable(problem));
    }
    let notes = lint_tuned(&session, &config.coach.merged_with(&session.coach));
    if json {
        say!("{}", serde_json::to_string_pretty(&notes).map_err(|e| e.to_string())?);
    } else {
        for note in &notes {
            let severity = match note.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            say!("{severity:<7}  {}: {}", note.place, note.message);
        }
        let errors = notes.iter().filter(|n| n.severity == Severity::Error).count();
        say!("{}: {}, {}", session.title, count(errors, "error"), count(notes.len() - errors, "warning"));
    }
    let failed = notes.iter().any(|n| n.severity == Severity::Error) || !setting_problems.is_empty();
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
    say_raw!("{}", word_diff(&session.title, &from.label(), &to.label(), &parts, colour));
    Ok(ExitCode::SUCCESS)
}

fn validate(paths: &Paths, files: Vec<PathBuf>, quiet: bool) -> Outcome {
    let files = if files.is_empty() {
        store::list(paths).map_err(fail)?.entries.iter().map(|e| e.path().to_path_buf()).collect()
    } else {
        files
    };
    // Every core checks files; the problems are printed in the files' order.
    let progress = common::progress(files.len(), "checking", quiet);
    let reports = on_every_core(files.iter().collect(), |file: &PathBuf| {
        let found = file_problems(file);
        progress.inc(1);
        found
    });
    progress.finish_and_clear();
    let mut found = 0;
    for (file, problems) in files.iter().zip(reports) {
        for problem in problems {
            found += 1;
            say!("{}", printable(&format!("{}: {problem}", file.display())));
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

/// What is wrong with one session file, in words a user can act on.
fn file_problems(file: &Path) -> Vec<String> {
    match store::load(file) {
        Err(StoreError::Invalid { reason, .. }) => vec![format!("not a valid session file: {reason}")],
        Err(error) => vec![error.to_string()],
        Ok(loaded) => {
            let mut found = Vec::new();
            if let Access::ReadOnly(reason) = &loaded.access {
                found.push(reason.clone());
            }
            let expected_name = format!("{}.json", loaded.session.id);
            if file_name(file) != expected_name {
                found.push(format!("the file should be named {expected_name} after the session's id (is it a copy?)"));
            }
            found.extend(problems(&loaded.session));
            found
        }
    }
}

/// The theme to use, and what is wrong with the config file when something is: a bad
/// file is reported but never keeps anyone from working.
fn chosen_theme(flag: Option<Theme>, paths: &Paths) -> (Theme, Option<String>) {
    let (config, problem) = match store::load_config(paths) {
        Ok(config) => {
            let problems = config.coach.problems("config.json");
            (config, (!problems.is_empty()).then(|| problems.join("; ")))
        }
        Err(e) => (Config::default(), Some(e.to_string())),
    };
    let no_color = no_color_requested(std::env::var_os("NO_COLOR").as_deref());
    (Theme::choose(flag, config.theme, no_color), problem)
}

fn print_paths(paths: &Paths) -> Outcome {
    let principles = paths.principles_file();
    let principles_note = if principles.exists() { "" } else { "  (absent: Amazon's sixteen are used)" };
    say!("sessions    {}", paths.sessions.display());
    say!("config      {}", paths.config.display());
    say!("principles  {}{principles_note}", principles.display());
    let config = paths.config_file();
    let config_note = if config.exists() { "" } else { "  (absent: e.g. {\"theme\": \"high-contrast\"})" };
    say!("settings    {}{config_note}", config.display());
    say!("state       {}", paths.state.display());
    say!("trash       {}", paths.trash().display());
    say!("list cache  {}", paths.list_cache().display());
    say!("locks       {}", paths.locks().display());
    say!("recovery    {}", paths.recovery().display());
    Ok(ExitCode::SUCCESS)
}
