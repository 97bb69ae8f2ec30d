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
    claims.extend(percentages(&part.lower).into_iter().filter(|(at, _)| near_change(part, *at)).map(|(_, p)| p));
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

/// "10x", "3×", "10-fold", "5 times faster", also inside Chinese or Japanese text.
fn multipliers(lower: &str) -> Vec<String> {
    let words = tokens(lower);
    let mut found = Vec::new();
    let chars: Vec<char> = lower.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        let starts = chars[at].is_ascii_digit() && (at == 0 || !chars[at - 1].is_ascii_alphanumeric());
        if !starts {
            at += 1;
            continue;
        }
        let mut end = at;
        while end < chars.len() && (chars[end].is_ascii_digit() || chars[end] == '.') {
            end += 1;
        }
        let times = chars.get(end).is_some_and(|c| matches!(c, 'x' | '×'));
        let word_ends = chars.get(end + 1).is_none_or(|c| !c.is_ascii_alphanumeric());
        if times && word_ends {
            found.push(chars[at..=end].iter().collect());
        }
        let fold: String = chars[end..chars.len().min(end + 5)].iter().collect();
        if fold == "-fold" {
            found.push(format!("{}-fold", chars[at..end].iter().collect::<String>()));
        }
        at = end.max(at + 1);
    }
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
        let before: String =
            compact[..at].chars().rev().take_while(|c| c.is_ascii_digit() || "–-—".contains(*c)).collect();
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

/// Every percentage of a text ("40 %", "40%"), with where its sign is.
fn percentages(lower: &str) -> Vec<(usize, String)> {
    lower
        .match_indices(['%', '％'])
        .filter_map(|(at, _)| {
            let before = lower[..at].trim_end();
            let digits: String = before.chars().rev().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
            (!digits.is_empty()).then(|| (at, format!("{}%", digits.chars().rev().collect::<String>())))
        })
        .collect()
}

/// Whether a word of change ("cuts", "faster", "削減") stands within a few words of a
/// percentage: "cuts the wait by 40 %" claims a change; "64 % of parents" counts.
fn near_change(part: &Part, at: usize) -> bool {
    let (before, after) = part.lower.split_at(at);
    let near = if part.lang.is_cjk() {
        let start: String = before.chars().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect();
        start + &after.chars().take(10).collect::<String>()
    } else {
        let start: Vec<&str> = before.split_whitespace().rev().take(5).collect::<Vec<_>>().into_iter().rev().collect();
        let end: Vec<&str> = after.split_whitespace().take(5).collect();
        format!("{} {}", start.join(" "), end.join(" "))
    };
    !find_words(&near, part.lang, "change").is_empty()
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
        let table: [(&str, TextKind, bool); 14] = [
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
            ("这款应用让学习效率提升10x。", TextKind::PressRelease, true),
            (
                "В 38% случаев лекарства нет в первой аптеке, и покупатель обходит две-три аптеки, т.е. тратит больше часа.",
                TextKind::PressRelease,
                false,
            ),
        ];
        for (text, kind, expected) in table {
            assert_eq!(rules_of(text, kind).contains(&"unsourced-number"), expected, "{text:?}");
        }
    }
}
