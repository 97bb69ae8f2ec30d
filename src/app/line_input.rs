//! Typing into a one-line answer: a title, a filter, a reason, a note.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::domain::sanitize_line;

/// Applies a key to a one-line text: Backspace takes a character back, Ctrl+U clears,
/// a character is added (cleaned, as a paste is). False when the key is none of these.
pub fn type_into(line: &mut String, key: KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Backspace => {
            line.pop();
        }
        KeyCode::Char('u') if ctrl => line.clear(),
        KeyCode::Char(c) if !ctrl => line.push_str(&sanitize_line(&c.to_string())),
        _ => return false,
    }
    true
}
