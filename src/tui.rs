//! The terminal UI's loop: it starts the runner, reads input and ticks, and draws a
//! frame when something on screen changed. Setting the terminal up and restoring it is
//! in `terminal`; performing effects is the runner's (`runner`).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use ratatui::crossterm::style::Colored;

use crate::app::{Action, App, Now};
use crate::config::Theme;
pub use crate::runner::Runner;
use crate::store::{self, Paths};
use crate::terminal::restore_quietly;
pub use crate::tui_incoming::Incoming;
use crate::tui_incoming::read_events_on_their_own_thread;

/// How often the loop wakes without input: autosave and "saved 3 s ago" need it.
const TICK: Duration = Duration::from_millis(200);

/// How long after input frames follow every tick: the coach renews a long text's notes
/// half a second after typing stops.
const SETTLING: Duration = Duration::from_secs(1);

pub fn now() -> Now {
    Now { instant: Instant::now(), timestamp: store::now_rfc3339(), ulid: ulid::Ulid::new() }
}

/// Runs the terminal UI until the user quits or the terminal goes away.
pub fn run(
    paths: Paths,
    named_folder: bool,
    principles_file: Option<PathBuf>,
    theme: Theme,
    config_problem: Option<String>,
    open_at_start: Option<PathBuf>,
) -> Result<ExitCode, String> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err("the terminal UI needs a terminal on stdin and stdout; for scripts use `backwards list`, \
                    `backwards show REF` or `backwards export`"
            .to_owned());
    }
    let stop = crate::terminal::watch_stop_signals()?;
    let export_folder = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let mut runner = Runner::new(paths, named_folder, principles_file, export_folder, &now());
    runner.handle(Action::Configured { theme, problem: config_problem }, &now());
    if let Some(path) = open_at_start {
        runner.open(path, &now());
    }

    let mut terminal = crate::terminal::take(true);

    let outcome =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| event_loop(&mut terminal, &mut runner, &stop)));
    // Whatever ended the loop, nothing typed is left unsaved, and that comes before any
    // write to a terminal that may no longer be there.
    let saved = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| runner.save_before_exit(&now())));
    runner.room.finish();
    restore_quietly();
    match outcome {
        Ok(Ok(())) if saved.is_ok() => Ok(ExitCode::SUCCESS),
        Ok(Ok(())) => Err("could not save before exiting".to_owned()),
        Ok(Err(e)) => Err(format!("the terminal failed: {e}")),
        Err(_) => Err("Backwards hit a bug and stopped; what you typed was saved if it could be".to_owned()),
    }
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, runner: &mut Runner, stop: &AtomicBool) -> std::io::Result<()> {
    let (sender, events) = mpsc::channel();
    read_events_on_their_own_thread(sender.clone());
    runner.background = Some(sender);
    if let Ok(size) = terminal.size() {
        runner.handle(Action::Resized { width: size.width, height: size.height }, &now());
    }
    // The first frame shows the list as the cache knew it (on a first start, as just
    // read); then every file is checked, and the content index is brought up to date in
    // the background, ready for `/`, before git is asked anything.
    draw(terminal, &runner.app)?;
    runner.check_list(&now());
    runner.refresh_content_index(&now());
    runner.check_git_setup(&now());
    // An idle app draws nothing: a frame follows input, a result, or a change in the
    // time the screen shows; and for a moment after input, the coach's late notes.
    let mut changed = true;
    let mut drawn_clock = None;
    let mut last_input = Instant::now();
    while !runner.app.quit && !stop.load(Ordering::Relaxed) {
        let clock = crate::ui::clock_face(&runner.app);
        if changed || clock != drawn_clock || last_input.elapsed() < SETTLING {
            draw(terminal, &runner.app)?;
            drawn_clock = clock;
            changed = false;
        }
        // A change the room has not been sent yet is sent when its turn comes.
        let wait = runner.room.held_until().map_or(TICK, |due| due.saturating_duration_since(Instant::now()).min(TICK));
        match events.recv_timeout(wait) {
            Ok(incoming) => {
                runner.handle_incoming(incoming, &now())?;
                // A burst (fast typing, a paste) is handled whole before the next frame.
                while let Ok(incoming) = events.try_recv() {
                    runner.handle_incoming(incoming, &now())?;
                }
                changed = true;
                last_input = Instant::now();
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(std::io::Error::other("the terminal's input has closed"));
            }
        }
        changed |= runner.handle(Action::Tick, &now());
    }
    Ok(())
}

fn draw(terminal: &mut ratatui::DefaultTerminal, app: &App) -> std::io::Result<()> {
    // crossterm drops colours by itself when NO_COLOR is set; a theme chosen on purpose
    // (by --theme, the config file or T) decides instead.
    Colored::set_ansi_color_disabled(app.theme == Theme::NoColor);
    terminal.draw(|frame| crate::ui::render(frame, app))?;
    Ok(())
}
