//! `long-sentence`: a press-release sentence too long to read in one breath. FAQ answers
//! and the customer's answers are left alone: a long technical answer is normal there.

use super::reading::sentences;
use super::{LONGEST_SENTENCE, Note, Part, Severity, TextKind, length};
use crate::domain::coach_settings::CoachSettings;

pub fn check(part: &Part, settings: &CoachSettings, notes: &mut Vec<Note>) {
    if part.kind != TextKind::PressRelease {
        return;
    }
    let (limit, unit) = if part.lang.is_cjk() {
        (settings.threshold("long-sentence-chars", 80), "characters")
    } else {
        (settings.threshold("long-sentence", LONGEST_SENTENCE), "words")
    };
    // A quotation and the sentence that frames it ("…," said Tom) are read apart.
    let texts = std::iter::once(&part.reading.prose).chain(&part.reading.quotes);
    for sentence in texts.flat_map(|text| sentences(text)) {
        let size = length(sentence, part.lang);
        if size > limit {
            let start = if part.lang.is_cjk() {
                sentence.chars().take(15).collect::<String>()
            } else {
                sentence.split_whitespace().take(6).collect::<Vec<_>>().join(" ")
            };
            let message = format!(
                "a sentence of {size} {unit} (over {limit}): “{start} …”; split it where the idea turns, one point a sentence"
            );
            notes.push(part.note("long-sentence", Severity::Warning, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::{TextKind, rules_of};

    #[test]
    fn long_sentences_are_noted_in_the_press_release_only_counted_as_the_language_counts() {
        let long = "word ".repeat(31);
        let long_with_abbreviations = format!("It reads e.g. the .jsii files of v1.2.3 and Nr. 4 {}", "x ".repeat(22));
        let table: [(&str, TextKind, &[&str]); 9] = [
            (&long, TextKind::PressRelease, &["long-sentence"]),
            (&long, TextKind::FaqAnswer, &[]),
            (&long, TextKind::CustomerAnswer, &[]),
            ("Short. Also short.", TextKind::PressRelease, &[]),
            (&long_with_abbreviations, TextKind::PressRelease, &["long-sentence"]),
            (
                "“We counted the minutes our customers spend watching a progress bar, and it added up to a working day a week per team,” said Lena Park, head of developer tools at Northwind.",
                TextKind::PressRelease,
                &[],
            ),
            (
                "保護者は待合室ではなく自宅や車の中で待ち、順番の二十分前に届くメッセージを受け取ってから戻ってきます。これにより、病気の子どもたちが混み合った部屋で長い時間を一緒に過ごすことがなくなり、感染の心配も減り、待ち時間の長さに不安を感じることもなくなり、保護者は食事や仕事を続けながら待つことができるようになりました。",
                TextKind::PressRelease,
                &["long-sentence"],
            ),
            ("保護者は自宅で待ちます。順番の二十分前にメッセージが届きます。", TextKind::PressRelease, &[]),
            ("Родители ждут дома. За двадцать минут до приёма приходит сообщение.", TextKind::PressRelease, &[]),
        ];
        for (text, kind, expected) in table {
            let rules: Vec<_> = rules_of(text, kind).into_iter().filter(|r| *r == "long-sentence").collect();
            assert_eq!(rules, expected, "{text:?}");
        }
    }
}
