//! The terminal, as both windows take it (the app's and the projector's): raw mode and
//! the alternate screen with a panic hook that gives them back, the signals that end a
//! window, and the restore every way out goes through. (Events are read by `tui_incoming`.)

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

/// Set when the window is asked to end (SIGTERM, or SIGHUP as the terminal closes).
pub fn watch_stop_signals() -> Result<Arc<AtomicBool>, String> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop)).map_err(|e| format!("cannot watch for signals: {e}"))?;
    }
    Ok(stop)
}

/// Raw mode and the alternate screen, with bracketed paste when the window takes text.
pub fn take(with_paste: bool) -> ratatui::DefaultTerminal {
    let default_hook = std::panic::take_hook();
    let terminal = ratatui::init();
    // Replaces ratatui's own hook, whose restore prints on failure: with the terminal
    // gone, that print panics inside the hook and aborts before anything is saved.
    std::panic::set_hook(Box::new(move |info| {
        restore_quietly();
        default_hook(info);
    }));
    if with_paste {
        let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    }
    terminal
}

/// Leaves the terminal as it was found: raw mode off, main screen, bracketed paste off,
/// cursor shown. Errors are ignored: the terminal may already be gone.
pub fn restore_quietly() {
    let _ = ratatui::crossterm::terminal::disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        ratatui::crossterm::terminal::LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}
