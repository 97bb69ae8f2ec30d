//! `backwards present REF`'s window: it follows the facilitator's until q, Esc or
//! Ctrl+C, a signal, or the terminal going away, and gives the terminal back on every
//! way out.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::crossterm::style::Colored;

use super::follow::Follower;
use crate::config::Theme;
use crate::terminal::restore_quietly;
use crate::tui_incoming::{Incoming, read_events_on_their_own_thread};

/// How often both files are looked at: the room sees a change within this and a frame.
const POLL: Duration = Duration::from_millis(150);

pub fn run(mut follower: Follower, theme: Theme) -> Result<ExitCode, String> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err("the projector's window needs a terminal on stdin and stdout; for a script use \
                    `backwards show REF`"
            .to_owned());
    }
    let stop = crate::terminal::watch_stop_signals()?;
    let mut terminal = crate::terminal::take(false);
    let outcome =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| follow(&mut terminal, &mut follower, theme, &stop)));
    restore_quietly();
    match outcome {
        Ok(Ok(())) => Ok(ExitCode::SUCCESS),
        Ok(Err(e)) => Err(format!("the terminal failed: {e}")),
        Err(_) => Err("the projector's window hit a bug and stopped; the session was not touched".to_owned()),
    }
}

fn follow(
    terminal: &mut ratatui::DefaultTerminal,
    follower: &mut Follower,
    theme: Theme,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let (sender, events) = mpsc::channel();
    read_events_on_their_own_thread(sender);
    // A theme chosen on purpose decides over NO_COLOR, as in the app's window.
    Colored::set_ansi_color_disabled(theme == Theme::NoColor);
    // A projector left on through a workshop draws only when what the room sees changed:
    // a record, the file, the day, the size of the window, or the second its clock shows.
    let mut changed = true;
    let mut drawn_clock = None;
    while !stop.load(Ordering::Relaxed) {
        let now = Instant::now();
        changed |= follower.poll(now, Timestamp::now());
        let clock = Some(crate::ui::projection_clock_face(&follower.projection(), now));
        if changed || clock != drawn_clock {
            terminal.draw(|frame| crate::ui::render_projection(frame, &follower.projection(), theme, now))?;
            (changed, drawn_clock) = (false, clock);
        }
        match events.recv_timeout(POLL) {
            Ok(Incoming::Terminal(Event::Key(key))) if quits(key) => return Ok(()),
            Ok(Incoming::Terminal(Event::Resize(..))) => changed = true,
            Ok(Incoming::Terminal(_) | Incoming::Finished(_)) | Err(mpsc::RecvTimeoutError::Timeout) => {}
            Ok(Incoming::InputClosed) | Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(std::io::Error::other("the terminal's input has closed"));
            }
        }
    }
    Ok(())
}

/// q, Esc and Ctrl+C end the window: it holds nothing to save.
fn quits(key: KeyEvent) -> bool {
    key.kind == KeyEventKind::Press
        && match key.code {
            KeyCode::Char('q') | KeyCode::Esc => true,
            KeyCode::Char('c') => key.modifiers.contains(KeyModifiers::CONTROL),
            _ => false,
        }
}
