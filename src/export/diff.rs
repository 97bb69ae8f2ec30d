//! Two drafts compared, as text for a terminal or a file: a unified, word-aware diff in
//! the manner of `git diff --word-diff`, `[-taken out-]` and `{+put in+}`, coloured on
//! request. Pure.

use crate::domain::{PartDiff, Segment};

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// The comparison of `from` and `to` (labels such as "version 2"), every changed part
/// under its own `@@ place @@` line. Colour only adds to the brackets, never replaces them.
pub fn word_diff(title: &str, from: &str, to: &str, parts: &[PartDiff], colour: bool) -> String {
    let paint = |code: &str, text: &str| if colour { format!("{code}{text}{RESET}") } else { text.to_owned() };
    let mut out = String::new();
    out.push_str(&paint(BOLD, &format!("{title}\n--- {from}\n+++ {to}")));
    out.push('\n');
    if parts.is_empty() {
        out.push_str("(no changes)\n");
    }
    for part in parts {
        out.push_str(&paint(BOLD, &format!("@@ {} @@", part.place)));
        out.push('\n');
        for segment in &part.segments {
            let code = match segment {
                Segment::Same(text) => {
                    out.push_str(text);
                    continue;
                }
                Segment::Removed(_) => RED,
                Segment::Added(_) => GREEN,
            };
            let (text, (open, close)) = (segment.text(), segment.brackets());
            // Each line of a change carries its own brackets, so every line reads alone.
            let pieces: Vec<String> = text
                .split('\n')
                .map(
                    |piece| {
                        if piece.is_empty() { String::new() } else { paint(code, &format!("{open}{piece}{close}")) }
                    },
                )
                .collect();
            out.push_str(&pieces.join("\n"));
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}
