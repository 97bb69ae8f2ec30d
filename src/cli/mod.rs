//! The command line: what each command takes (clap) and what it does.

mod commands;
mod common;
mod list;
mod principles;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Theme;

pub use commands::run;

/// Exit codes: 0 ok, 1 failure, 2 usage (clap's own for bad arguments).
pub const EXIT_FAILURE: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "backwards",
    version,
    about = "A terminal workshop for Working Backwards sessions",
    long_about = "A terminal workshop for Working Backwards sessions: the customer problem, the press release \
                  and its FAQ, the leadership review and iteration. Run without a command to start the \
                  terminal UI on the sessions folder."
)]
pub struct Cli {
    /// The sessions folder [default: the platform's data folder, see `backwards paths`]
    #[arg(long, global = true, env = "BACKWARDS_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// A principle set to tag new sessions with, instead of principles.json in the config folder
    #[arg(long, global = true, value_name = "FILE")]
    pub principles: Option<PathBuf>,

    /// How the terminal UI is coloured: high-contrast is for projectors, no-color uses
    /// bold, reverse and symbols only [default: "theme" in config.json, else no-color when
    /// NO_COLOR is set, else default]
    #[arg(long, global = true, env = "BACKWARDS_THEME", value_name = "THEME")]
    pub theme: Option<Theme>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a session; prints its id and the path of its file
    New {
        /// The session's title, e.g. "Kids reader"
        #[arg(value_parser = non_blank)]
        title: String,
    },
    /// List the sessions, newest first, and any file that cannot be read
    List {
        /// Print JSON for scripts instead of a table
        #[arg(long)]
        json: bool,
        /// Only sessions with a decision resting on this principle (an id, see `backwards principles`)
        #[arg(long, value_name = "ID")]
        principle: Option<String>,
        /// Only sessions with a decision of this outcome
        #[arg(long, value_parser = ["approved", "revise", "rejected", "parked"])]
        outcome: Option<String>,
        /// Only sessions whose review ended with this verdict
        #[arg(long, value_parser = ["go", "iterate", "stop"])]
        verdict: Option<String>,
    },
    /// Print a session's PR/FAQ as markdown
    Show {
        /// An id, a unique prefix of one, or a path to a session file
        reference: String,
    },
    /// Compare two drafts of a session word by word: versions by number, or "draft"
    /// [default: the last version against the draft; one side given: it against the draft]
    Diff {
        /// An id, a unique prefix of one, or a path to a session file
        reference: String,
        /// A version number (1, v1) or "draft"
        from: Option<String>,
        /// A version number (2, v2) or "draft"
        to: Option<String>,
    },
    /// The writing coach's notes on a session's draft; exits 1 when any is an error, so a
    /// team can run it in its own CI
    Lint {
        /// An id, a unique prefix of one, or a path to a session file
        reference: String,
        /// Print JSON for scripts: a list of {rule, severity, place, message}
        #[arg(long)]
        json: bool,
    },
    /// Write sessions as markdown files
    Export {
        /// Ids, unique prefixes of ids, or paths to session files
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        references: Vec<String>,
        /// Export every session in the folder
        #[arg(long)]
        all: bool,
        /// The folder to write into (or, for one session, a file ending in .md) [default: .]
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Overwrite files that exist already
        #[arg(long)]
        force: bool,
        /// Show no progress bar (none is shown when stderr is not a terminal either)
        #[arg(long, short)]
        quiet: bool,
    },
    /// Check session files; prints one line per problem and exits 1 if there is any
    Validate {
        /// Files to check [default: every session in the folder]
        paths: Vec<PathBuf>,
        /// Show no progress bar (none is shown when stderr is not a terminal either)
        #[arg(long, short)]
        quiet: bool,
    },
    /// Print the principle set new sessions are tagged with
    Principles {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
        /// How often each principle was invoked by decisions, across the folder's sessions
        #[arg(long)]
        usage: bool,
    },
    /// Print every folder and file Backwards uses
    Paths,
    /// Print a shell completion script, e.g. `backwards completions bash > ~/.local/share/bash-completion/completions/backwards`
    Completions { shell: clap_complete::Shell },
}

fn non_blank(text: &str) -> Result<String, String> {
    if text.trim().is_empty() { Err("the title must not be empty".to_owned()) } else { Ok(text.to_owned()) }
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    run(cli)
}
