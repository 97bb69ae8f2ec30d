//! Where in the session a merge is: the path a recorded conflict names, such as
//! `press_release.problem` or `review.items[r-01jh…].text`.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    /// An element of an array, named by its id or number.
    Element(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path {
    steps: Vec<Step>,
}

impl Path {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn key(&self, key: &str) -> Self {
        self.with(Step::Key(key.to_owned()))
    }

    pub fn element(&self, name: &str) -> Self {
        self.with(Step::Element(name.to_owned()))
    }

    fn with(&self, step: Step) -> Self {
        let mut steps = self.steps.clone();
        steps.push(step);
        Self { steps }
    }

    /// The last step is this key.
    pub fn is_key(&self, key: &str) -> bool {
        matches!(self.steps.last(), Some(Step::Key(k)) if k == key)
    }

    /// Somewhere inside this key of the session itself.
    pub fn is_under(&self, key: &str) -> bool {
        matches!(self.steps.first(), Some(Step::Key(k)) if k == key)
    }

    /// This key of the session itself.
    pub fn is_top(&self, key: &str) -> bool {
        self.steps.len() == 1 && self.is_key(key)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, step) in self.steps.iter().enumerate() {
            match step {
                Step::Key(key) if index == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Element(name) => write!(f, "[{name}]")?,
            }
        }
        Ok(())
    }
}
