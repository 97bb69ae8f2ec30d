//! Nothing is ever lost: for any markdown input, every word of it is in the imported
//! session, in a field or kept aside.

use std::collections::HashMap;

use backwards::import::import;
use proptest::prelude::*;

/// The words of a text, as the loss check counts them: runs of letters and digits,
/// each Chinese or Japanese character on its own (they are written without spaces, and
/// joining wrapped lines must not join them into a word the source never had).
fn tokens(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut run = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let cjk = matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF);
        if c.is_alphanumeric() && !cjk {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            words.push(std::mem::take(&mut run));
        }
        if cjk && c.is_alphanumeric() {
            words.push(c.to_string());
        }
    }
    if !run.is_empty() {
        words.push(run);
    }
    words
}

/// The source's words, without the markers that open a line ("1.", "C1.", "IQ2:",
/// "Q:", "**A:**"), which are markup like "-" and "#": a session numbers its
/// questions itself.
fn words(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            let mut rest = line.trim_start_matches([' ', '#', '>', '-', '*', '\\']);
            let letters = rest.chars().take_while(|c| c.is_ascii_alphabetic()).count();
            let digits = rest[letters..].chars().take_while(|c| c.is_ascii_digit()).count();
            let marker = &rest[letters + digits..];
            let numbered = letters <= 2 && digits > 0 && marker.starts_with(['.', ')', ':']);
            let prefixed = matches!(&rest[..letters], "Q" | "A") && digits == 0 && marker.starts_with(':');
            if numbered || prefixed {
                rest = &marker[1..];
            }
            tokens(rest)
        })
        .collect()
}

/// How often each word occurs.
fn counts(words: Vec<String>) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in words {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

/// Markdown as people write it: headings, labels, lists, quotes, code, tables, links,
/// Q:/A: pairs and plain words, in several scripts.
fn markdown_line() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-zA-Z]{1,8}",
        "[0-9]{1,4}",
        "[а-яА-Я]{1,6}",
        "[ぁ-ん]{1,4}",
        "[一-龥]{1,4}",
        Just("FAQ".to_owned()),
        Just("Press Release".to_owned()),
        Just("Internal".to_owned()),
        Just("Customer".to_owned()),
        Just("Problem".to_owned()),
        Just("said".to_owned()),
        Just("\"".to_owned()),
        Just("2026 —".to_owned()),
        Just("patient".to_owned()),
        Just("CEO".to_owned()),
        Just("PR/FAQ:".to_owned()),
        Just("![img](pic.png)".to_owned()),
        Just("---".to_owned()),
    ];
    let words = prop::collection::vec(word, 1..8).prop_map(|w| w.join(" "));
    let marker = prop_oneof![
        Just(""),
        Just("# "),
        Just("## "),
        Just("### "),
        Just("#### "),
        Just("- "),
        Just("  - "),
        Just("1. "),
        Just("Q: "),
        Just("A: "),
        Just("**Q:** "),
        Just("> "),
        Just("C1. "),
        Just("I2. "),
        Just("IQ3: "),
        Just("Internal Q4: "),
        Just("> — "),
        Just("| "),
        Just("    "),
        Just("```\n"),
        Just("---\n"),
        Just("* "),
        Just("\\- "),
    ];
    let wrap = prop_oneof![
        Just(("", "")),
        Just(("**", "**")),
        Just(("*", "*")),
        Just(("`", "`")),
        Just(("[", "](http://x.example/p)")),
        Just(("![", "](img.png)")),
        Just(("", "?")),
        Just(("", "？")),
        Just(("", " |")),
        Just(("", " ##")),
    ];
    (marker, wrap, words).prop_map(|(marker, (open, close), words)| format!("{marker}{open}{words}{close}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Nothing is ever lost: every word of any markdown input is in the session, in a
    /// field or kept aside.
    #[test]
    fn every_word_of_the_source_is_in_the_session(
        lines in prop::collection::vec(markdown_line(), 0..30),
        blank in prop::collection::vec(any::<bool>(), 30),
    ) {
        let mut source = String::new();
        for (line, blank) in lines.iter().zip(blank) {
            source.push_str(line);
            source.push_str(if blank { "\n\n" } else { "\n" });
        }
        let session = import(&source, "doc.md").session;
        // Every occurrence counts: a word written twice must be there twice, as a word
        // of its own and not inside another.
        let found = session.searchable_text();
        let in_session = counts(tokens(&found));
        for (word, times) in counts(words(&source)) {
            let kept = in_session.get(&word).copied().unwrap_or(0);
            prop_assert!(kept >= times, "{word:?} is {times} times in\n{source}\nbut {kept} in\n{found}");
        }
    }
}
