//! Standard output for every command. A reader that stops reading early (`| head -1`)
//! ends the command quietly with exit 0, as Unix tools do, instead of a panic or a
//! "Broken pipe" message; any other write failure is reported and exits 1.

use std::fmt::Arguments;
use std::io::{ErrorKind, Write};

use super::EXIT_FAILURE;

/// Prints a line to standard output (`println!` for commands).
macro_rules! say {
    ($($arg:tt)*) => { $crate::cli::output::write(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Prints to standard output without a line end (`print!` for commands).
macro_rules! say_raw {
    ($($arg:tt)*) => { $crate::cli::output::write(format_args!($($arg)*)) };
}

pub(crate) fn write(text: Arguments) {
    let mut out = std::io::stdout().lock();
    if let Err(error) = out.write_fmt(text).and_then(|()| out.flush()) {
        end_on(&error);
    }
}

/// Ends the process on a write failure to standard output: quietly when the reader
/// has gone (there is nobody left to tell), with a message otherwise.
pub(super) fn end_on(error: &std::io::Error) -> ! {
    if error.kind() == ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("backwards: cannot write to standard output: {error}");
    std::process::exit(i32::from(EXIT_FAILURE));
}
