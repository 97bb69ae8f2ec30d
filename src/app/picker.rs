//! A list to choose from, narrowed by typing: the principles of a decision, who said
//! something, what an item is about, the list's filters.

use super::LineEdit;
use crate::domain::sanitize_line;

/// What the choice is for, and so where it goes once made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickerPurpose {
    /// The principles a decision (the review item at this index) rests on.
    Principles(usize),
    Author(usize),
    Owner(usize),
    About(usize),
    /// The session list's filters.
    ListFacets,
    /// The format to export in: of the session whose file this is, or of the one open.
    ExportFormat(Option<std::path::PathBuf>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What the choice stands for (an id, a name, a path).
    pub key: String,
    pub label: String,
    /// A line of explanation, such as a principle's summary.
    pub detail: String,
    pub chosen: bool,
}

impl Choice {
    pub fn new(key: impl Into<String>, label: impl Into<String>, detail: impl Into<String>, chosen: bool) -> Self {
        Self { key: key.into(), label: label.into(), detail: detail.into(), chosen }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub purpose: PickerPurpose,
    pub title: String,
    pub choices: Vec<Choice>,
    pub filter: String,
    /// Position among the rows the filter lets through.
    pub cursor: usize,
    /// Several may be chosen (Space toggles); otherwise Enter takes the one at the cursor.
    pub multi: bool,
    /// A name typed that no choice has may be taken as a new one.
    pub accepts_new: bool,
}

/// What the picker settled on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    /// The keys of every chosen choice, in the choices' order.
    Several(Vec<String>),
    One(String),
    /// A name typed that no choice has.
    New(String),
}

impl Picker {
    pub fn new(purpose: PickerPurpose, title: impl Into<String>, choices: Vec<Choice>, multi: bool) -> Self {
        let cursor = if multi { 0 } else { choices.iter().position(|c| c.chosen).unwrap_or(0) };
        Self { purpose, title: title.into(), choices, filter: String::new(), cursor, multi, accepts_new: false }
    }

    pub fn accepting_new(mut self) -> Self {
        self.accepts_new = true;
        self
    }

    /// The choices the filter lets through: every word of it appears in the label or the
    /// detail. Best first: labels with a word that starts with what was typed ("earn" is
    /// Earn Trust before Learn and Be Curious), then labels holding it, then details.
    pub fn visible(&self) -> Vec<usize> {
        let words: Vec<String> = self.filter.to_lowercase().split_whitespace().map(str::to_owned).collect();
        let has_all = |text: &str| words.iter().all(|word| text.contains(word.as_str()));
        let mut ranked: Vec<(u8, usize)> = Vec::new();
        for (index, choice) in self.choices.iter().enumerate() {
            let label = choice.label.to_lowercase();
            let starts_a_word =
                |word: &String| label.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(word.as_str()));
            let rank = if words.iter().all(starts_a_word) {
                0
            } else if has_all(&label) {
                1
            } else if has_all(&format!("{label} {}", choice.detail.to_lowercase())) {
                2
            } else {
                continue;
            };
            ranked.push((rank, index));
        }
        ranked.sort_by_key(|(rank, _)| *rank);
        ranked.into_iter().map(|(_, index)| index).collect()
    }

    /// The name typed, when it may be taken as a new choice: no choice is called that.
    pub fn new_name(&self) -> Option<&str> {
        let name = self.filter.trim();
        let known = self.choices.iter().any(|c| c.label.eq_ignore_ascii_case(name));
        (self.accepts_new && !name.is_empty() && !known).then_some(name)
    }

    /// Rows on show: the visible choices, then the new name if there is one.
    pub fn rows(&self) -> usize {
        self.visible().len() + usize::from(self.new_name().is_some())
    }

    pub fn move_cursor(&mut self, by: isize) {
        self.cursor = self.cursor.saturating_add_signed(by).min(self.rows().saturating_sub(1));
    }

    /// Space: the choice at the cursor is chosen or no longer chosen. The filter is
    /// cleared, so the next name can be typed at once; the cursor stays on the choice.
    pub fn toggle(&mut self) {
        if let Some(index) = self.visible().get(self.cursor).copied() {
            self.choices[index].chosen = !self.choices[index].chosen;
            self.filter.clear();
            self.cursor = index;
        }
    }

    /// An edit of the filter.
    pub fn type_edit(&mut self, edit: LineEdit) {
        edit.apply(&mut self.filter);
        self.cursor = 0;
    }

    pub fn type_text(&mut self, text: &str) {
        self.filter.push_str(&sanitize_line(text));
        self.cursor = 0;
    }

    /// What Enter settles on. With several allowed, a name typed and then Enter means
    /// that choice too: it is chosen (never taken off).
    pub fn confirm(mut self) -> Option<Picked> {
        let visible = self.visible();
        if self.multi {
            if !self.filter.trim().is_empty()
                && let Some(index) = visible.get(self.cursor)
            {
                self.choices[*index].chosen = true;
            }
            return Some(Picked::Several(self.choices.into_iter().filter(|c| c.chosen).map(|c| c.key).collect()));
        }
        match visible.get(self.cursor) {
            Some(index) => Some(Picked::One(self.choices[*index].key.clone())),
            None => self.new_name().map(|name| Picked::New(name.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: char) -> LineEdit {
        LineEdit::Insert(c)
    }

    fn people() -> Picker {
        let choices = ["Priya", "Marcus", "Aisha"].map(|name| Choice::new(name, name, "", name == "Marcus"));
        Picker::new(PickerPurpose::Author(0), "Who said it?", choices.to_vec(), false).accepting_new()
    }

    #[test]
    fn a_single_choice_starts_on_the_current_one_and_typing_narrows_it() {
        let mut picker = people();
        assert_eq!(picker.cursor, 1);
        picker.type_edit(key('a'));
        picker.type_edit(key('i'));
        assert_eq!(picker.visible(), vec![2]);
        assert_eq!(picker.confirm(), Some(Picked::One("Aisha".into())));
    }

    #[test]
    fn choices_named_by_the_filter_come_before_those_that_only_explain_it() {
        let choices = vec![
            Choice::new("co", "Customer Obsession", "earn and keep customer trust", false),
            Choice::new("et", "Earn Trust", "listen, speak candidly", false),
        ];
        let mut picker = Picker::new(PickerPurpose::Principles(0), "Principles", choices, true);
        picker.type_text("trust");
        assert_eq!(picker.visible(), vec![1, 0]);
        let choices =
            vec![Choice::new("lbc", "Learn and Be Curious", "", false), Choice::new("et", "Earn Trust", "", false)];
        let mut picker = Picker::new(PickerPurpose::Principles(0), "Principles", choices, true);
        picker.type_text("earn");
        assert_eq!(picker.visible(), vec![1, 0], "a word that starts with it first");
    }

    #[test]
    fn a_name_nobody_has_is_offered_as_new() {
        let mut picker = people();
        picker.type_text("Dana Lee");
        assert_eq!(picker.rows(), 1);
        assert_eq!(picker.confirm(), Some(Picked::New("Dana Lee".into())));
        let mut picker = people();
        picker.type_text("priya");
        assert_eq!(picker.new_name(), None);
    }

    #[test]
    fn several_are_toggled_with_space_and_enter_alone_takes_the_one_narrowed_to() {
        let choices = ["a", "b", "c"].map(|id| Choice::new(id, id.to_uppercase(), "", false)).to_vec();
        let mut picker = Picker::new(PickerPurpose::Principles(0), "Principles", choices.clone(), true);
        picker.toggle();
        picker.move_cursor(2);
        picker.toggle();
        assert_eq!(picker.clone().confirm(), Some(Picked::Several(vec!["a".into(), "c".into()])));
        picker.type_text("b");
        assert_eq!(picker.confirm(), Some(Picked::Several(vec!["a".into(), "b".into(), "c".into()])));
        let mut chosen = choices.clone();
        chosen[1].chosen = true;
        let mut picker = Picker::new(PickerPurpose::Principles(0), "Principles", chosen, true);
        picker.type_text("b");
        assert_eq!(picker.confirm(), Some(Picked::Several(vec!["b".into()])), "Enter never takes one off");
    }

    #[test]
    fn space_clears_what_was_typed_so_the_next_name_can_follow() {
        let choices = ["Frugality", "Ownership"].map(|name| Choice::new(name, name, "", false)).to_vec();
        let mut picker = Picker::new(PickerPurpose::Principles(0), "Principles", choices, true);
        picker.type_text("own");
        picker.toggle();
        assert_eq!((picker.filter.as_str(), picker.cursor), ("", 1));
        picker.type_text("frug");
        assert_eq!(picker.confirm(), Some(Picked::Several(vec!["Frugality".into(), "Ownership".into()])));
    }
}
