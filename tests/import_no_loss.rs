//! Nothing is ever lost: for any markdown input, every word of it is in the imported
//! session, in a field or kept aside.

use backwards::import::import;
use proptest::prelude::*;

/// The words of a text, as the loss check counts them: runs of letters and digits,
/// without the markers that open a line ("1.", "C1.", "Q:", "**A:**"), which are markup
/// like "-" and "#": a session numbers its questions itself.
fn words(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            let mut rest = line.trim_start_matches([' ', '#', '>', '-', '*', '\\']);
            let letters = rest.chars().take_while(|c| c.is_ascii_alphabetic()).count();
            let digits = rest[letters..].chars().take_while(|c| c.is_ascii_digit()).count();
            let marker = &rest[letters + digits..];
            let numbered = letters <= 2 && digits > 0 && marker.starts_with(['.', ')']);
            let prefixed = matches!(&rest[..letters], "Q" | "A") && digits == 0 && marker.starts_with(':');
            if numbered || prefixed {
                rest = &marker[1..];
            }
            rest.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
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
        let mut found = session.searchable_text();
        found.push_str(&session.title.to_lowercase());
        for word in words(&source) {
            prop_assert!(found.contains(&word), "{word:?} lost from\n{source}\ninto\n{found}");
        }
    }
}
