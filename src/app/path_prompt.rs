//! Typing a file's path, with Tab completing its last part against the folder's names:
//! the prompt of the list's `i` (import). The folder is read by the runner; this only
//! decides what to ask for and what the names make of the line.

use super::LineEdit;
use crate::domain::sanitize_line;

/// The path being typed, and the completions Tab cycles through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathPrompt {
    pub text: String,
    /// The names that complete the last part, while Tab cycles through them.
    pub completions: Vec<String>,
    /// Which completion the line holds now.
    pub chosen: usize,
}

impl PathPrompt {
    /// The folder whose names complete the path: the part up to the last `/`, or the
    /// current folder.
    pub fn folder(&self) -> String {
        match self.text.rfind('/') {
            Some(0) => "/".to_owned(),
            Some(at) => self.text[..at].to_owned(),
            None => ".".to_owned(),
        }
    }

    fn head(&self) -> &str {
        self.text.rfind('/').map_or("", |at| &self.text[..=at])
    }

    fn last_part(&self) -> &str {
        self.text.rfind('/').map_or(self.text.as_str(), |at| &self.text[at + 1..])
    }

    /// Tab again on a completion just made: the next one. False when the line is not a
    /// completion, so the folder must be read.
    pub fn cycle(&mut self) -> bool {
        if self.completions.len() < 2 || self.completions.get(self.chosen) != Some(&self.text) {
            return false;
        }
        self.chosen = (self.chosen + 1) % self.completions.len();
        self.text = self.completions[self.chosen].clone();
        true
    }

    /// The folder's names (each with whether it is a folder) that complete the last
    /// part: the line takes the first, and Tab moves on through the rest. Hidden names
    /// only when the part starts with a dot. False when no name completes it.
    pub fn complete(&mut self, names: &[(String, bool)]) -> bool {
        let part = self.last_part();
        let head = self.head().to_owned();
        let mut completions: Vec<String> = names
            .iter()
            .filter(|(name, _)| name.starts_with(part) && (part.starts_with('.') || !name.starts_with('.')))
            .map(|(name, is_folder)| format!("{head}{}{}", sanitize_line(name), if *is_folder { "/" } else { "" }))
            .collect();
        completions.sort();
        let Some(first) = completions.first() else { return false };
        self.text = first.clone();
        self.completions = completions;
        self.chosen = 0;
        true
    }

    pub fn type_edit(&mut self, edit: LineEdit) {
        edit.apply(&mut self.text);
        self.completions.clear();
    }

    pub fn type_text(&mut self, text: &str) {
        self.text.push_str(&sanitize_line(text));
        self.completions.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Vec<(String, bool)> {
        [("drafts", true), ("notes.md", false), ("queue.md", false), ("queue-old.md", false), (".hidden.md", false)]
            .map(|(name, folder)| (name.to_owned(), folder))
            .to_vec()
    }

    fn prompt(text: &str) -> PathPrompt {
        PathPrompt { text: text.to_owned(), ..PathPrompt::default() }
    }

    #[test]
    fn the_folder_is_what_comes_before_the_last_slash() {
        assert_eq!(prompt("docs/queue").folder(), "docs");
        assert_eq!(prompt("/queue").folder(), "/");
        assert_eq!(prompt("queue").folder(), ".");
    }

    #[test]
    fn tab_completes_the_last_part_and_cycles_through_the_others() {
        let mut line = prompt("in/qu");
        assert!(!line.cycle(), "nothing to cycle through before the folder is read");
        assert!(line.complete(&names()));
        assert_eq!(line.text, "in/queue-old.md");
        assert!(line.cycle());
        assert_eq!(line.text, "in/queue.md");
        assert!(line.cycle());
        assert_eq!(line.text, "in/queue-old.md", "round again");
    }

    #[test]
    fn a_folder_completes_with_its_slash_and_hidden_names_only_when_asked_for() {
        let mut line = prompt("d");
        assert!(line.complete(&names()));
        assert_eq!(line.text, "drafts/");
        let mut all = prompt("");
        all.complete(&names());
        assert!(!all.completions.iter().any(|name| name.starts_with('.')));
        let mut hidden = prompt(".h");
        assert!(hidden.complete(&names()));
        assert_eq!(hidden.text, ".hidden.md");
    }

    #[test]
    fn nothing_completes_a_name_no_entry_starts_with_and_typing_ends_the_cycle() {
        let mut line = prompt("zz");
        assert!(!line.complete(&names()));
        assert_eq!(line.text, "zz");
        let mut line = prompt("qu");
        line.complete(&names());
        line.type_edit(LineEdit::Backspace);
        assert!(!line.cycle());
    }
}
