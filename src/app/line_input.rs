//! Typing into a one-line answer: a title, a filter, a reason, a note. The keymap turns
//! keys into these edits; `update` only applies them.

use crate::domain::sanitize_line;

/// One change to a one-line text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEdit {
    /// A character typed, cleaned as a paste is.
    Insert(char),
    /// Backspace: the last character taken back.
    Backspace,
    /// Ctrl+U: the whole line cleared.
    Clear,
}

impl LineEdit {
    pub fn apply(self, line: &mut String) {
        match self {
            LineEdit::Insert(c) => line.push_str(&sanitize_line(&c.to_string())),
            LineEdit::Backspace => {
                line.pop();
            }
            LineEdit::Clear => line.clear(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_change_the_line_as_their_names_say() {
        let mut line = String::from("ab");
        LineEdit::Insert('c').apply(&mut line);
        assert_eq!(line, "abc");
        LineEdit::Backspace.apply(&mut line);
        assert_eq!(line, "ab");
        LineEdit::Insert('\u{7}').apply(&mut line);
        assert_eq!(line, "ab", "a control character is not typed in");
        LineEdit::Clear.apply(&mut line);
        assert_eq!(line, "");
    }
}
