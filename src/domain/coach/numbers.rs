//! `unsourced-number`: a claim such as "10x", "20–50 %" or "from weeks to hours" in the
//! press release with nothing saying where it comes from. `no-number`: a problem and a
//! benefit with no figure at all.

use super::reading::has_number;
use super::{Note, Part, Severity, TextKind, find_words, make_note, quoted, tokens};
use crate::domain::session::{About, Session};

/// Units of time, longest first, so "weeks to hours" reads as a claimed speed-up.
const TIME_UNITS: [&str; 12] =
    ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "jahre", "monate", "wochen", "tage", "stunden"];

pub fn check_sources(part: &Part, notes: &mut Vec<Note>) {
    if part.kind != TextKind::PressRelease || part.has_any("source").is_some() {
        return;
    }
    let mut claims = multipliers(&part.lower);
    claims.extend(percentage_ranges(&part.lower));
    claims.extend(speed_ups(&part.lower));
    if !find_words(&part.lower, part.lang, "change").is_empty() {
        claims.extend(percentages(&part.lower));
    }
    if claims.is_empty() {
        return;
    }
    claims.dedup();
    let message = format!(
        "{} with no source: say where the number comes from (a pilot, a survey, your logs) and what it is compared with",
        quoted(&claims[..claims.len().min(3)])
    );
    notes.push(part.note("unsourced-number", Severity::Warning, message));
}

/// "10x", "3×", "10-fold", "5 times faster".
fn multipliers(lower: &str) -> Vec<String> {
    let words = tokens(lower);
    let mut found: Vec<String> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '×'))
        .filter(|w| {
            let digits = w.trim_end_matches(['x', '×']).trim_end_matches("-fold");
            digits.len() < w.len() && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
        .map(str::to_owned)
        .collect();
    for pair in words.windows(3) {
        if pair[0].chars().all(|c| c.is_ascii_digit()) && pair[1] == "times" && pair[2].ends_with("er") {
            found.push(pair.join(" "));
        }
    }
    found
}

/// "20–50 %", "20-50%": a range of percentages, a guess rather than a measure.
fn percentage_ranges(lower: &str) -> Vec<String> {
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let mut found = Vec::new();
    for (at, _) in compact.match_indices('%') {
        let before: String = compact[..at].chars().rev().take_while(|c| c.is_ascii_digit() || "–-—".contains(*c)).collect();
        let range: String = before.chars().rev().collect();
        if range.contains(['–', '-', '—']) && range.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            found.push(format!("{range}%"));
        }
    }
    found
}

/// "from weeks to hours": a speed-up in units of time, from a longer to a shorter one.
fn speed_ups(lower: &str) -> Vec<String> {
    let words = tokens(lower);
    let rank = |w: &str| TIME_UNITS.iter().position(|u| *u == w).map(|p| p % 7);
    words
        .windows(3)
        .filter(|run| matches!(run[1], "to" | "into" | "auf" | "in"))
        .filter(|run| matches!((rank(run[0]), rank(run[2])), (Some(from), Some(to)) if from < to))
        .map(|run| run.join(" "))
        .collect()
}

/// Every percentage of a text: "40 %", "40%".
fn percentages(lower: &str) -> Vec<String> {
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    compact
        .match_indices(['%', '％'])
        .filter_map(|(at, _)| {
            let digits: String = compact[..at].chars().rev().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
            (!digits.is_empty()).then(|| format!("{}%", digits.chars().rev().collect::<String>()))
        })
        .collect()
}

/// No figure anywhere in the problem and the benefit, on either side of the draft.
pub fn check_no_number(session: &Session, notes: &mut Vec<Note>) {
    use crate::domain::session::Section;
    let problem_and_benefit = [
        &session.customer.problem.text,
        &session.customer.benefit.text,
        session.press_release.section(Section::Problem),
        session.press_release.section(Section::Solution),
    ];
    if problem_and_benefit.iter().any(|t| !t.trim().is_empty()) && !problem_and_benefit.iter().any(|t| has_number(t)) {
        let message = "no number anywhere in the problem and the benefit: how big, how often, how much? Give the number: how many customers, how many minutes".to_owned();
        notes.push(make_note("no-number", Severity::Warning, "Problem and benefit", About::Draft, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::{TextKind, rules_of};

    #[test]
    fn claimed_numbers_need_a_source_in_the_press_release() {
        let table: [(&str, TextKind, bool); 12] = [
            ("Builds run 10x faster.", TextKind::PressRelease, true),
            ("It cuts costs by 20–50 %.", TextKind::PressRelease, true),
            ("Reviews go from weeks to hours.", TextKind::PressRelease, true),
            ("It saves 40% of the wait.", TextKind::PressRelease, true),
            ("In the pilot, builds ran 10x faster.", TextKind::PressRelease, false),
            ("A survey of 200 teams: it cuts costs by 20–50 %.", TextKind::PressRelease, false),
            ("64% of parents waited outside.", TextKind::PressRelease, false),
            ("Builds run 10x faster.", TextKind::FaqAnswer, false),
            ("Open 16:00–21:00, from 2 to 3 hours.", TextKind::PressRelease, false),
            ("Сборка в 10x быстрее.", TextKind::PressRelease, true),
            ("Die Prüfung dauert Stunden statt Wochen; sie spart 30 % Zeit.", TextKind::PressRelease, true),
            ("処理時間を50%短縮します。", TextKind::PressRelease, true),
        ];
        for (text, kind, expected) in table {
            assert_eq!(rules_of(text, kind).contains(&"unsourced-number"), expected, "{text:?}");
        }
    }
}
