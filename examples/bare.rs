//! The floor for startup: a bare ratatui program that draws one frame and waits for a
//! key. `benches/startup.rs` measures Backwards' time to its first frame against it.

use ratatui::crossterm::event::{self, Event};
use ratatui::widgets::Paragraph;

pub fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let drawn = terminal.draw(|frame| frame.render_widget(Paragraph::new("bare ratatui frame"), frame.area()));
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
