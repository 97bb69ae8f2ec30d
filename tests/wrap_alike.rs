//! A paragraph wraps the same while it is edited and while it is read: starting or
//! ending an edit moves no word to another row.

#[path = "support/harness.rs"]
mod harness;

use harness::Harness;

const PARAGRAPH: &str = "Parents of six-year-olds want a best-selling, calm reading time. They read aloud \
    every evening, yet cannot tell whether it helps; teachers say so only twice a year. \
    A lone word: supercalifragilisticexpialidocious-and-then-some-more-letters-to-overflow.";

/// The rows of the first answer's text: what follows its hint (and, when focused, its
/// confidence) up to the blank row, without the two columns of margin or editing bar.
fn answer_rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .skip_while(|line| !line.contains("observed"))
        .skip(1)
        .take_while(|line| !line.trim().is_empty() && !line.trim_start().starts_with("✎"))
        .map(|line| line.chars().skip(2).collect::<String>().trim_end().to_owned())
        .collect()
}

#[test]
fn a_paragraph_keeps_its_line_breaks_when_editing_starts_and_ends() {
    for (width, height) in [(80, 30), (50, 30), (43, 30)] {
        let mut h = Harness::new(width, height);
        h.keys(&format!("nX<Enter><Enter>{PARAGRAPH}"));
        let editing = h.screen();
        assert!(editing.contains("EDITING"), "{editing}");
        let edited = answer_rows(&editing);
        h.keys("<Esc>");
        let reading = h.screen();
        let read = answer_rows(&reading);
        assert!(read.len() >= 4, "{reading}");
        assert_eq!(
            edited.iter().filter(|r| !r.is_empty()).collect::<Vec<_>>(),
            read.iter().collect::<Vec<_>>(),
            "at {width} columns:\n{editing}\n{reading}"
        );
        let letters = |text: &str| text.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        assert_eq!(letters(&read.concat()), letters(PARAGRAPH), "every word shown, none lost at a row's end");
    }
}
