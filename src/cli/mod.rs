//! The command line: what each command takes (clap) and what it does.

#[macro_use]
mod output;
mod commands;
mod common;
mod decisions;
mod export_files;
mod export_format;
mod git_setup;
mod import;
mod list;
mod merge;
mod open_rename;
mod present;
mod principles;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Theme;

pub use export_format::ExportFormat;

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
        /// Only sessions with a decision resting on this principle (an id or a name, see `backwards principles`)
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
    /// Write sessions as documents: markdown, a Word file or a printable web page
    Export {
        /// Ids, unique prefixes of ids, or paths to session files
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        references: Vec<String>,
        /// Export every session in the folder
        #[arg(long)]
        all: bool,
        /// The folder to write into (or, for one session, a file ending in .md, .docx or .html) [default: .]
        #[arg(short, long, value_name = "PATH")]
        output: Option<PathBuf>,
        /// Overwrite files that exist already
        #[arg(long)]
        force: bool,
        /// The document's format [default: the extension of the file named by --output, else md]
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<ExportFormat>,
        /// Add the word-level changes of the draft since the last version (html only)
        #[arg(long)]
        with_diff: bool,
        /// Show no progress bar (none is shown when stderr is not a terminal either)
        #[arg(long, short)]
        quiet: bool,
    },
    /// Import PR/FAQs written elsewhere (markdown, as people and Google Docs write it): one
    /// new session per file, never over another; prints each one's id and the path of its file
    Import {
        /// Markdown files to import; - reads standard input
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Write nothing; print what would go where
        #[arg(long)]
        dry_run: bool,
        /// Print JSON for scripts: each file's session (id, path) and what went where
        #[arg(long)]
        json: bool,
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
    /// Git's merge driver for session files (`backwards git-setup` registers it): merges
    /// THEIRS into OURS by meaning and writes the result into OURS; exits 1 when a
    /// conflict remains, recorded inside the file, which still loads
    Merge {
        /// The common ancestor (git's %O)
        base: PathBuf,
        /// Our version, overwritten with the result (git's %A)
        ours: PathBuf,
        /// Their version (git's %B)
        theirs: PathBuf,
    },
    /// Merge a conflict copy (ours, Syncthing's, Dropbox's) back into its session file,
    /// then move the copy to the trash; exits 1 when differing fields were recorded as
    /// conflicts to resolve
    MergeCopy {
        /// The conflict copy, e.g. 01jh….conflict-20260301T090000Z.json
        copy: PathBuf,
    },
    /// Make git merge the sessions folder's files with Backwards: writes .gitattributes
    /// and registers the merge driver in this clone's git config; run once per clone
    GitSetup,
    /// Every decision across the sessions, with owner, due date, outcome and principles;
    /// overdue and open ones first
    Decisions {
        /// Only decisions this person owns
        #[arg(long, value_name = "NAME")]
        owner: Option<String>,
        /// Only open decisions whose due date has passed
        #[arg(long)]
        overdue: bool,
        /// Only decisions of this outcome
        #[arg(long, value_parser = ["approved", "revise", "rejected", "parked"])]
        outcome: Option<String>,
        /// Only decisions resting on this principle (an id or a name)
        #[arg(long, value_name = "ID-OR-NAME")]
        principle: Option<String>,
        /// Print JSON for scripts instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Open a session in the terminal UI directly
    Open {
        /// An id, a unique prefix of one, or a path to a session file
        reference: String,
    },
    /// The projector's window: a second, read-only window (on the second screen) that
    /// follows the facilitator's window live: the stage, the item in focus, the presenter's
    /// scroll, the timer and the silent reading; high contrast unless --theme says otherwise
    Present {
        /// An id, a unique prefix of one, or a path to a session file
        reference: String,
    },
    /// Give a session a new title (the file keeps its name, the id); prints the path and
    /// the title as saved
    Rename {
        /// An id, a unique prefix of one, or a path to a session file
        reference: String,
        /// The new title
        #[arg(value_parser = non_blank)]
        title: String,
    },
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
