//! Styles, in three themes. State is always carried by bold, reverse or a symbol as well
//! as by colour, so it reads under NO_COLOR and on a washed-out projector.
//!
//! The theme is set once per frame by `ui::render`: styles are asked for deep inside
//! every screen's drawing, and threading the theme through each of those calls would
//! say nothing a reader needs. It is per thread, so tests drawing side by side in
//! different themes do not meet.

use std::cell::Cell;

use ratatui::style::{Color, Modifier, Style};

use crate::config::Theme;

thread_local! {
    static THEME: Cell<Theme> = const { Cell::new(Theme::Default) };
}

/// The theme the styles of the frame being drawn come from.
pub fn use_for_frame(theme: Theme) {
    THEME.set(theme);
}

/// A role's style: its colours on a laptop, its high-contrast form, and under no-color
/// the laptop's form without colour, keeping bold, reverse, italic and underline.
fn role(laptop: Style, projector: Style) -> Style {
    match THEME.get() {
        Theme::Default => laptop,
        Theme::HighContrast => projector,
        Theme::NoColor => Style { fg: None, bg: None, underline_color: None, ..laptop },
    }
}

fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

fn bold_reversed() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

/// On a projector, light colours vanish on a light wall and dark ones on a dark
/// terminal; a colour is used only as a background with the text set against it.
fn on(background: Color, text: Color) -> Style {
    bold().bg(background).fg(text)
}

pub fn title_bar() -> Style {
    role(bold_reversed(), bold_reversed())
}

pub fn label() -> Style {
    role(bold(), bold())
}

pub fn focused_label() -> Style {
    role(bold_reversed().fg(Color::Cyan), bold_reversed())
}

pub fn hint() -> Style {
    role(Style::new().fg(Color::DarkGray).add_modifier(Modifier::ITALIC), Style::new().add_modifier(Modifier::ITALIC))
}

pub fn dim() -> Style {
    role(Style::new().fg(Color::DarkGray), Style::new())
}

pub fn selected() -> Style {
    role(bold_reversed(), bold_reversed())
}

pub fn current_stage() -> Style {
    role(bold_reversed().fg(Color::Cyan), bold_reversed().add_modifier(Modifier::UNDERLINED))
}

pub fn error() -> Style {
    role(bold().fg(Color::Red), on(Color::Red, Color::White))
}

pub fn warning() -> Style {
    role(bold().fg(Color::Yellow), on(Color::Yellow, Color::Black))
}

pub fn good() -> Style {
    role(Style::new().fg(Color::Green), bold())
}

pub fn key() -> Style {
    role(bold().fg(Color::Cyan), bold().add_modifier(Modifier::UNDERLINED))
}

pub fn editing_border() -> Style {
    role(bold().fg(Color::Yellow), bold())
}

/// EDITING / READING in the footer: the mode must be seen from the back of the room.
pub fn mode() -> Style {
    role(bold_reversed().fg(Color::Yellow), bold_reversed())
}

/// The choice that is made, among those that could be (the confidence of an answer).
pub fn chosen() -> Style {
    role(bold().fg(Color::Cyan), bold().add_modifier(Modifier::UNDERLINED))
}

/// Words a later draft took out: red, struck through, and between `[-` `-]`.
pub fn removed() -> Style {
    role(
        Style::new().fg(Color::Red).add_modifier(Modifier::CROSSED_OUT),
        on(Color::Red, Color::White).add_modifier(Modifier::CROSSED_OUT),
    )
}

/// Words a later draft put in: green, underlined, and between `{+` `+}`.
pub fn added() -> Style {
    role(
        bold().fg(Color::Green).add_modifier(Modifier::UNDERLINED),
        on(Color::Green, Color::Black).add_modifier(Modifier::UNDERLINED),
    )
}

/// The stage's last two minutes: seen from the back of the room.
pub fn timer_warning() -> Style {
    role(bold_reversed().fg(Color::Yellow), on(Color::Yellow, Color::Black))
}

/// Past the timebox.
pub fn timer_over() -> Style {
    role(bold_reversed().fg(Color::Red), on(Color::Red, Color::White))
}
