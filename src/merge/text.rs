//! A three-way merge of a text, word by word: both sides' changes are applied to the
//! common text when they touch different words, and refused when they touch the same.

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// A change one side made to the common text: the tokens `start..end` of the base
/// became `replacement`.
#[derive(Debug, PartialEq)]
struct Hunk<'a> {
    start: usize,
    end: usize,
    replacement: &'a [&'a str],
}

impl Hunk<'_> {
    /// Two changes touch the same words (or insert at the same place) and so cannot
    /// both be applied without a person choosing.
    fn overlaps(&self, other: &Hunk) -> bool {
        self.start == other.start || (self.start < other.end && other.start < self.end)
    }
}

/// The merged text, or None when the two sides changed the same words differently.
pub fn merge_words(base: &str, ours: &str, theirs: &str) -> Option<String> {
    let base_tokens = tokens(base);
    let our_tokens = tokens(ours);
    let their_tokens = tokens(theirs);
    let our_hunks = hunks(&base_tokens, &our_tokens);
    let their_hunks = hunks(&base_tokens, &their_tokens);
    let mut merged = String::with_capacity(ours.len().max(theirs.len()));
    let mut position = 0;
    let (mut o, mut t) = (0, 0);
    loop {
        let next = match (our_hunks.get(o), their_hunks.get(t)) {
            (None, None) => break,
            (Some(ours), Some(theirs)) if ours.overlaps(theirs) => {
                if ours != theirs {
                    return None;
                }
                t += 1;
                o += 1;
                ours
            }
            (Some(ours), Some(theirs)) if theirs.start < ours.start => {
                t += 1;
                theirs
            }
            (Some(ours), _) => {
                o += 1;
                ours
            }
            (None, Some(theirs)) => {
                t += 1;
                theirs
            }
        };
        base_tokens[position..next.start].iter().for_each(|token| merged.push_str(token));
        next.replacement.iter().for_each(|token| merged.push_str(token));
        position = next.end;
    }
    base_tokens[position..].iter().for_each(|token| merged.push_str(token));
    Some(merged)
}

/// The text as alternating runs of whitespace and of other characters: joined again
/// they give the text back, byte for byte.
pub fn tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (index, c) in text.char_indices() {
        let space = c.is_whitespace();
        if in_space.is_some_and(|was| was != space) {
            tokens.push(&text[start..index]);
            start = index;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        tokens.push(&text[start..]);
    }
    tokens
}

fn hunks<'a>(base: &[&str], side: &'a [&'a str]) -> Vec<Hunk<'a>> {
    capture_diff_slices(Algorithm::Myers, base, side)
        .into_iter()
        .filter(|op| !matches!(op, DiffOp::Equal { .. }))
        .map(|op| {
            let (_, old, new) = op.as_tag_tuple();
            Hunk { start: old.start, end: old.end, replacement: &side[new] }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_join_to_the_text() {
        for text in ["", "one", "  two  words\n\nand more ", "é ü\t x"] {
            assert_eq!(tokens(text).concat(), text);
        }
        assert_eq!(tokens("a  b"), ["a", "  ", "b"]);
    }

    #[test]
    fn changes_to_different_words_both_apply() {
        let merged = merge_words(
            "The kids read alone at night.",
            "The young kids read alone at night.",
            "The kids read together at night.",
        );
        assert_eq!(merged.as_deref(), Some("The young kids read together at night."));
    }

    #[test]
    fn a_change_on_one_side_only_is_taken() {
        assert_eq!(merge_words("a b c", "a b c", "a x c").as_deref(), Some("a x c"));
        assert_eq!(merge_words("a b c", "a b", "a b c").as_deref(), Some("a b"));
    }

    #[test]
    fn the_same_word_changed_differently_is_refused() {
        assert_eq!(merge_words("a b c", "a x c", "a y c"), None);
        assert_eq!(merge_words("", "ours", "theirs"), None);
    }

    #[test]
    fn the_same_change_on_both_sides_is_applied_once() {
        assert_eq!(merge_words("a b c", "a x c", "a x c").as_deref(), Some("a x c"));
    }
}
