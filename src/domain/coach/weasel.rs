//! `weasel-word`: hype and vague quantities in the writer's own words. Not inside a
//! quotation, not where a number follows ("nearly 40 %"), and not the honest "might" of
//! an FAQ answer about risk.

use super::{Note, Part, Severity, TextKind, find_words, quoted, tokens};

/// How many words after a vague word a number may come and still make it exact.
const NUMBER_REACH: usize = 3;

pub fn check(part: &Part, notes: &mut Vec<Note>) {
    let mut found: Vec<&str> = find_words(&part.lower, part.lang, "hype");
    found.extend(find_words(&part.lower, part.lang, "weasel").into_iter().filter(|w| !next_to_number(part, w)));
    if !about_risk(part) {
        found.extend(find_words(&part.lower, part.lang, "hedge"));
    }
    // "nearly all" found means "nearly" need not be named again.
    let shown: Vec<&str> =
        found.iter().copied().filter(|w| !found.iter().any(|longer| longer != w && longer.contains(w))).collect();
    let mut unique: Vec<&str> = Vec::new();
    for word in shown {
        if !unique.contains(&word) {
            unique.push(word);
        }
    }
    if unique.is_empty() {
        return;
    }
    let message = format!(
        "weasel words or hype: {}; a number says more: how many, how much faster, compared with what?",
        quoted(&unique)
    );
    notes.push(part.note("weasel-word", Severity::Warning, message));
}

/// Whether every use of a vague word is followed closely by a figure.
fn next_to_number(part: &Part, word: &str) -> bool {
    if part.lang.is_cjk() {
        return part.lower.match_indices(word).all(|(at, _)| {
            part.lower[at + word.len()..].chars().take(4).any(|c| c.is_numeric() || "十百千万".contains(c))
        });
    }
    let tokens = tokens(&part.lower);
    let wanted: Vec<&str> = word.split(' ').collect();
    let mut uses = (0..tokens.len()).filter(|&at| tokens[at..].starts_with(&wanted)).peekable();
    uses.peek().is_some()
        && uses.all(|at| {
            let after = at + wanted.len();
            tokens[after..tokens.len().min(after + NUMBER_REACH)]
                .iter()
                .any(|t| t.chars().next().is_some_and(|c| c.is_ascii_digit()))
        })
}

/// An FAQ answer about what could go wrong may say "might": that is honesty, not hedging.
fn about_risk(part: &Part) -> bool {
    if part.kind != TextKind::FaqAnswer {
        return false;
    }
    let question = part.question.unwrap_or_default().to_lowercase();
    part.has_any("risk").is_some() || !super::find_words(&question, part.lang, "risk").is_empty()
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::{TextKind, rules_of, rules_of_answer};

    fn weasel(rules: Vec<&'static str>) -> bool {
        rules.contains(&"weasel-word")
    }

    #[test]
    fn hype_and_vague_words_are_noted_outside_quotes_numbers_and_risk_answers() {
        let table: [(&str, TextKind, bool); 16] = [
            ("It is a seamless, world-class app.", TextKind::PressRelease, true),
            ("Nearly all parents waited.", TextKind::CustomerAnswer, true),
            ("A powerful, intuitive game-changer.", TextKind::PressRelease, true),
            ("It transforms how clinics work; unparalleled.", TextKind::PressRelease, true),
            ("The manyfold path.", TextKind::PressRelease, false),
            ("Nearly 40 % of parents left.", TextKind::PressRelease, false),
            ("“It is very simple,” said Tom.", TextKind::PressRelease, false),
            ("It might save time.", TextKind::PressRelease, true),
            ("Eine nahtlose, innovative Lösung.", TextKind::PressRelease, true),
            ("Die Lösung spart 12 Minuten pro Besuch.", TextKind::PressRelease, false),
            ("Une solution révolutionnaire et intuitive pour tous.", TextKind::PressRelease, true),
            ("Una solución revolucionaria para todos los padres.", TextKind::PressRelease, true),
            ("Это революционный и бесшовный сервис для родителей.", TextKind::PressRelease, true),
            ("これは革新的でシームレスなサービスです。", TextKind::PressRelease, true),
            ("这是一款革命性的无缝产品。", TextKind::PressRelease, true),
            ("保護者は二十分前に通知を受け取ります。", TextKind::PressRelease, false),
        ];
        for (text, kind, expected) in table {
            assert_eq!(weasel(rules_of(text, kind)), expected, "{text:?}");
        }
    }

    #[test]
    fn might_is_honest_in_an_answer_about_risk_and_weak_elsewhere() {
        assert!(!weasel(rules_of_answer("What are the risks?", "Texts might arrive late when the network is busy.")));
        assert!(!weasel(rules_of_answer("What if it fails?", "Parents might miss a text; the desk calls them.")));
        assert!(weasel(rules_of_answer("How much time does it save?", "It might save time.")));
    }
}
