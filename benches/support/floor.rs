//! The bare ratatui program of `examples/bare.rs`, the floor of the whole-process benches.
//! A bench binary acts as it when started with `ACT_AS_BARE` set, so that the floor and
//! the subject are started alike, from one binary each, in the same pseudo-terminal.

#[path = "../../examples/bare.rs"]
mod bare;

use std::time::Duration;

use portable_pty::CommandBuilder;

use super::pty::InPty;

/// Set in the environment of a child that should act as the bare program.
const ACT_AS_BARE: &str = "BACKWARDS_BENCH_ACT_AS_BARE";

/// What the bare program shows once its frame is drawn.
pub const BARE_FRAME: &str = "bare ratatui frame";

/// This bench binary, to be started as the bare program.
pub fn bare_command() -> CommandBuilder {
    let mut command = CommandBuilder::new(std::env::current_exe().expect("the bench's own path"));
    command.env(ACT_AS_BARE, "1");
    command
}

/// The bare program, started and showing its frame.
pub fn bare(wait: Duration) -> InPty {
    let program = InPty::spawn(bare_command());
    program.wait_for(BARE_FRAME, wait);
    program
}

/// Runs the bare program when this process was started as it, and says so: the bench's
/// `main` then has nothing more to do.
pub fn acted_as_bare() -> bool {
    if std::env::var_os(ACT_AS_BARE).is_none() {
        return false;
    }
    if let Err(error) = bare::main() {
        eprintln!("bare: {error}");
    }
    true
}
