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

/// The value of `ACT_AS_BARE` that asks for a full screen of text rather than one line:
/// about as many bytes to the terminal as the app's first frame.
const FULL_SCREEN: &str = "full-screen";

/// This bench binary, to be started as the bare program.
pub fn bare_command() -> CommandBuilder {
    let mut command = CommandBuilder::new(std::env::current_exe().expect("the bench's own path"));
    command.env(ACT_AS_BARE, "1");
    command
}

/// This bench binary, to be started as the bare program drawing a full screen of text.
pub fn full_screen_bare_command() -> CommandBuilder {
    let mut command = bare_command();
    command.env(ACT_AS_BARE, FULL_SCREEN);
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
    let Some(asked) = std::env::var_os(ACT_AS_BARE) else { return false };
    let ran = if asked == FULL_SCREEN { full_screen() } else { bare::main() };
    if let Err(error) = ran {
        eprintln!("bare: {error}");
    }
    true
}

/// The bare program's frame filled with rows of words, its first row the same marker.
fn full_screen() -> std::io::Result<()> {
    use ratatui::crossterm::event::{self, Event};
    use ratatui::text::Line;
    use ratatui::widgets::Paragraph;
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| {
        let words = "Session 42  Review  2026-03-28  10  3  2 ".repeat(4);
        let mut rows = vec![Line::raw(BARE_FRAME)];
        rows.extend((1..frame.area().height).map(|row| Line::raw(format!("{row:>3} {words}"))));
        frame.render_widget(Paragraph::new(rows), frame.area());
    });
    let waited = drawn.and_then(|_| {
        loop {
            if let Event::Key(_) = event::read()? {
                break Ok(());
            }
        }
    });
    ratatui::restore();
    waited
}
