//! Styles. State is always carried by bold, reverse or a symbol as well as by colour,
//! so it reads under NO_COLOR and on a washed-out projector.

use ratatui::style::{Color, Modifier, Style};

pub fn title_bar() -> Style {
    Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

pub fn label() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn focused_label() -> Style {
    Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

pub fn hint() -> Style {
    Style::default().fg(Color::DarkGray).add_modifier(Modifier::ITALIC)
}

pub fn dim() -> Style {
    Style::default().fg(Color::DarkGray)
}

pub fn selected() -> Style {
    Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

pub fn current_stage() -> Style {
    Style::default().fg(Color::Cyan).add_modifier(Modifier::REVERSED | Modifier::BOLD)
}

pub fn error() -> Style {
    Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn warning() -> Style {
    Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

pub fn good() -> Style {
    Style::default().fg(Color::Green)
}

pub fn key() -> Style {
    Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn editing_border() -> Style {
    Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

/// EDITING / READING in the footer: the mode must be seen from the back of the room.
pub fn mode() -> Style {
    Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

/// The choice that is made, among those that could be (the confidence of an answer).
pub fn chosen() -> Style {
    Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// Words a later draft took out: red, struck through, and between `[-` `-]`.
pub fn removed() -> Style {
    Style::default().fg(Color::Red).add_modifier(Modifier::CROSSED_OUT)
}

/// Words a later draft put in: green, underlined, and between `{+` `+}`.
pub fn added() -> Style {
    Style::default().fg(Color::Green).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// The stage's last two minutes: seen from the back of the room.
pub fn timer_warning() -> Style {
    Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::REVERSED)
}

/// Past the timebox.
pub fn timer_over() -> Style {
    Style::default().fg(Color::Red).add_modifier(Modifier::BOLD | Modifier::REVERSED)
}
