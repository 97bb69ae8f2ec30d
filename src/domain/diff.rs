//! What changed between two drafts, part by part (each customer answer, each section of
//! the press release, each FAQ question), word by word inside each text.

use std::time::Duration;

use similar::{Algorithm, ChangeTag, TextDiff};

use super::session::{Customer, CustomerQuestion, Faq, Iteration, PressRelease, Section, Session};

/// Past this long a diff settles for a coarser answer rather than keep the room waiting;
/// it is still exact, only less fine.
const DIFF_TIME_LIMIT: Duration = Duration::from_millis(300);

/// A run of text that both sides share, or that only one has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Same(String),
    Added(String),
    Removed(String),
}

impl Segment {
    pub fn text(&self) -> &str {
        match self {
            Segment::Same(text) | Segment::Added(text) | Segment::Removed(text) => text,
        }
    }

    /// The brackets that mark a change wherever it is shown, so that it reads without
    /// colour: `[-taken out-]`, `{+put in+}`; none for what is the same.
    pub fn brackets(&self) -> (&'static str, &'static str) {
        match self {
            Segment::Same(_) => ("", ""),
            Segment::Removed(_) => ("[-", "-]"),
            Segment::Added(_) => ("{+", "+}"),
        }
    }
}

/// The changes of one text, as runs of words and the spaces between them.
pub fn diff_words(old: &str, new: &str) -> Vec<Segment> {
    let diff =
        TextDiff::configure().algorithm(Algorithm::Patience).timeout(DIFF_TIME_LIMIT).diff_unicode_words(old, new);
    let mut segments: Vec<Segment> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (segments.last_mut(), change.tag()) {
            (Some(Segment::Same(run)), ChangeTag::Equal)
            | (Some(Segment::Added(run)), ChangeTag::Insert)
            | (Some(Segment::Removed(run)), ChangeTag::Delete) => run.push_str(text),
            (_, ChangeTag::Equal) => segments.push(Segment::Same(text.to_owned())),
            (_, ChangeTag::Insert) => segments.push(Segment::Added(text.to_owned())),
            (_, ChangeTag::Delete) => segments.push(Segment::Removed(text.to_owned())),
        }
    }
    join_changes(segments)
}

/// Word by word, a rewritten sentence reads as `[-are-]{+2+} [-long-]{+h+}`: the spaces
/// between changed words are the same on both sides. Changes separated only by white
/// space are joined into one run taken out and one put in, which reads as a rewrite.
fn join_changes(segments: Vec<Segment>) -> Vec<Segment> {
    let mut joined: Vec<Segment> = Vec::new();
    let (mut removed, mut added) = (String::new(), String::new());
    let mut pending = false;
    let mut segments = segments.into_iter().peekable();
    while let Some(segment) = segments.next() {
        match segment {
            Segment::Removed(text) => {
                removed.push_str(&text);
                pending = true;
            }
            Segment::Added(text) => {
                added.push_str(&text);
                pending = true;
            }
            Segment::Same(text)
                if pending
                    && text.trim().is_empty()
                    && matches!(segments.peek(), Some(Segment::Removed(_) | Segment::Added(_))) =>
            {
                removed.push_str(&text);
                added.push_str(&text);
            }
            Segment::Same(text) => {
                flush(&mut joined, &mut removed, &mut added);
                pending = false;
                joined.push(Segment::Same(text));
            }
        }
    }
    flush(&mut joined, &mut removed, &mut added);
    joined
}

fn flush(joined: &mut Vec<Segment>, removed: &mut String, added: &mut String) {
    if !removed.is_empty() {
        joined.push(Segment::Removed(std::mem::take(removed)));
    }
    if !added.is_empty() {
        joined.push(Segment::Added(std::mem::take(added)));
    }
}

/// The text a diff starts from: what is the same and what was removed.
pub fn old_side(segments: &[Segment]) -> String {
    segments
        .iter()
        .filter_map(|s| match s {
            Segment::Same(t) | Segment::Removed(t) => Some(t.as_str()),
            Segment::Added(_) => None,
        })
        .collect()
}

/// The text a diff arrives at: what is the same and what was added.
pub fn new_side(segments: &[Segment]) -> String {
    segments
        .iter()
        .filter_map(|s| match s {
            Segment::Same(t) | Segment::Added(t) => Some(t.as_str()),
            Segment::Removed(_) => None,
        })
        .collect()
}

/// One side of a comparison: a numbered version, or the draft as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Version(u32),
    Draft,
}

impl Side {
    pub fn label(self) -> String {
        match self {
            Side::Version(number) => format!("version {number}"),
            Side::Draft => "the draft".to_owned(),
        }
    }

    /// "3", "v3" or "draft", as the command line takes it.
    pub fn parse(text: &str) -> Option<Side> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("draft") {
            return Some(Side::Draft);
        }
        text.trim_start_matches(['v', 'V']).parse().ok().map(Side::Version)
    }
}

/// The content a version freezes: the customer answers, the press release, the FAQ.
#[derive(Debug, Clone, Copy)]
pub struct DraftRef<'a> {
    pub customer: &'a Customer,
    pub press_release: &'a PressRelease,
    pub faq: &'a Faq,
}

impl<'a> DraftRef<'a> {
    pub fn of_session(session: &'a Session) -> Self {
        Self { customer: &session.customer, press_release: &session.press_release, faq: &session.faq }
    }

    pub fn of_version(version: &'a Iteration) -> Self {
        Self { customer: &version.customer, press_release: &version.press_release, faq: &version.faq }
    }
}

impl Session {
    /// The draft as it is now or as a version froze it; None for a version that is not there.
    pub fn draft_at(&self, side: Side) -> Option<DraftRef<'_>> {
        match side {
            Side::Draft => Some(DraftRef::of_session(self)),
            Side::Version(number) => self.iterations.iter().find(|v| v.number == number).map(DraftRef::of_version),
        }
    }
}

/// One part of the draft that differs between the two sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartDiff {
    /// Where in the draft: "Press release · Headline", "FAQ · How much does it cost?".
    pub place: String,
    pub segments: Vec<Segment>,
}

/// Every part that differs, in the draft's order. Customer answers that changed only in
/// how well they are known say so in words; FAQ questions are matched by their id, so a
/// reworded question is a change, not a removal and an addition.
pub fn diff_drafts(old: DraftRef, new: DraftRef) -> Vec<PartDiff> {
    let mut parts = Vec::new();
    let mut compare = |place: String, old: &str, new: &str| {
        if old != new {
            parts.push(PartDiff { place, segments: diff_words(old, new) });
        }
    };
    for question in CustomerQuestion::ALL {
        let (before, after) = (old.customer.answer(question), new.customer.answer(question));
        let place = format!("Customer · {}", question.question());
        let before = format!("{}\n[{}]", before.text, before.confidence.label());
        let after = format!("{}\n[{}]", after.text, after.confidence.label());
        compare(place, &before, &after);
    }
    for section in Section::ALL {
        let place = format!("Press release · {}", section.label());
        compare(place, old.press_release.section(section), new.press_release.section(section));
    }
    for (part, before, after) in
        [("customer", &old.faq.external, &new.faq.external), ("internal", &old.faq.internal, &new.faq.internal)]
    {
        let as_text = |question: &str, answer: &str| format!("Q: {question}\nA: {answer}");
        for entry in after {
            let earlier = before.iter().find(|e| e.id == entry.id);
            let old_text = earlier.map(|e| as_text(&e.question, &e.answer)).unwrap_or_default();
            let label = if earlier.is_some() { "" } else { " (new)" };
            let place = format!("FAQ, {part} · {}{label}", entry.question.trim());
            compare(place, &old_text, &as_text(&entry.question, &entry.answer));
        }
        for entry in before.iter().filter(|e| !after.iter().any(|a| a.id == e.id)) {
            let place = format!("FAQ, {part} · {} (removed)", entry.question.trim());
            compare(place, &as_text(&entry.question, &entry.answer), "");
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_word_is_removed_and_added_and_the_rest_is_the_same() {
        let segments = diff_words("Texts parents 20 minutes ahead.", "Texts parents 30 minutes ahead.");
        assert_eq!(
            segments,
            vec![
                Segment::Same("Texts parents ".into()),
                Segment::Removed("20".into()),
                Segment::Added("30".into()),
                Segment::Same(" minutes ahead.".into()),
            ]
        );
    }

    #[test]
    fn neighbouring_changed_words_read_as_one_rewrite() {
        let segments =
            diff_words("Waits are long and the room is crowded.", "Waits are 2 h 10 min and the room is crowded.");
        assert_eq!(
            segments,
            vec![
                Segment::Same("Waits are ".into()),
                Segment::Removed("long".into()),
                Segment::Added("2 h 10 min".into()),
                Segment::Same(" and the room is crowded.".into()),
            ]
        );
    }

    #[test]
    fn either_side_can_be_rebuilt_from_the_diff() {
        let (old, new) = ("日本語 の 本\nline two", "日本語 の 絵本\n\nline two, longer");
        let segments = diff_words(old, new);
        assert_eq!(old_side(&segments), old);
        assert_eq!(new_side(&segments), new);
    }

    #[test]
    fn sides_are_read_as_a_number_or_the_draft() {
        assert_eq!(Side::parse("3"), Some(Side::Version(3)));
        assert_eq!(Side::parse("v12"), Some(Side::Version(12)));
        assert_eq!(Side::parse("Draft"), Some(Side::Draft));
        assert_eq!(Side::parse("latest"), None);
    }
}
