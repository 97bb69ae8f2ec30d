//! `dateline`: the summary opens with where and when, as a press release does: "LEEDS,
//! 2 March 2026 —", "Seattle — 3 March 2026.", "BERLIN (dpa) – 3. März 2026 –",
//! "東京、2026年3月2日 —". The place comes first; the date before or right after the dash.

use super::lexicon;
use super::{Note, Part, Severity, tokens};

pub fn check(summary: &Part, notes: &mut Vec<Note>) {
    if summary.text.trim().is_empty() || opens_with_dateline(summary.text) {
        return;
    }
    let message =
        "no dateline: open the summary with the city and the launch date (“LEEDS, 2 March 2026 —”)".to_owned();
    notes.push(summary.note("dateline", Severity::Warning, message));
}

/// Dashes and colons that end a dateline's place, or its place and date: em and en dash,
/// a hyphen or double hyphen between spaces, a colon.
const SEPARATORS: [&str; 7] = ["—", "–", "―", " - ", "--", ":", "："];

/// Whether a text's first line is a dateline. The coach asks it of the summary (does it
/// open as a press release's does?), and the importer of a paragraph (is it where the
/// summary starts?): one question, so the two never disagree.
pub fn opens_with_dateline(text: &str) -> bool {
    let first_line = text.trim_start().lines().next().unwrap_or_default();
    let head: String = first_line.chars().take(100).collect();
    let Some((at, separator)) = SEPARATORS.iter().filter_map(|s| head.find(s).map(|at| (at, *s))).min() else {
        return false;
    };
    let before = without_parentheses(&head[..at]);
    let after = head[at + separator.len()..].trim_start_matches(['—', '–', '-', ' ']);
    is_place(&before) && (holds_date(&before) || opens_with_date(after))
}

/// "BERLIN (dpa)", "SEATTLE, Wash. (Business Wire)": the agency in brackets is no part of
/// the place.
fn without_parentheses(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut depth = 0_usize;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => kept.push(c),
            _ => {}
        }
    }
    kept
}

/// A place: up to four words before the first comma (or the date), starting with a
/// capital, a letter without case (東京) or a template's bracket ("[CITY]").
fn is_place(before: &str) -> bool {
    let place = before.split([',', '，', '、']).next().unwrap_or_default();
    let place = place.split(|c: char| c.is_ascii_digit()).next().unwrap_or_default().trim();
    let starts_well = place.chars().next().is_some_and(|c| c.is_uppercase() || c == '[' || !c.is_lowercase());
    (1..=4).contains(&place.split_whitespace().count()) && starts_well
}

/// The text after the dash starts with its date: "3 March 2026", "March 3", "3. März".
fn opens_with_date(after: &str) -> bool {
    let opening: String = after.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    let lower = opening.to_lowercase();
    let first = tokens(&lower).first().copied().unwrap_or_default();
    let starts = first.starts_with(|c: char| c.is_ascii_digit()) || is_month(first);
    starts && holds_date(&opening)
}

/// A year (2026), a day with a month's name in a language the coach knows ("3 March",
/// "3. März", "3 марта", "3 de marzo"), a date in figures (3/3/2026, 2026-03-03,
/// 3.3.26), a Chinese or Japanese date (2026年3月2日), or a template's "[DATE]".
fn holds_date(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = tokens(&lower);
    let is_year = |w: &&str| w.len() == 4 && w.parse::<u16>().is_ok_and(|year| (1900..2100).contains(&year));
    let is_day = |w: &&str| (1..=2).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit());
    let in_figures = text.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_ascii_digit());
        let separators = word.chars().filter(|c| matches!(c, '/' | '.' | '-')).count();
        separators == 2 && word.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | '.' | '-'))
    });
    let cjk = text.chars().zip(text.chars().skip(1)).any(|(a, b)| a.is_ascii_digit() && matches!(b, '年' | '月'));
    words.iter().any(is_year)
        || (words.iter().any(|w| is_month(w)) && words.iter().any(is_day))
        || in_figures
        || cjk
        || text.contains('[')
}

fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    lexicon::ALL.iter().any(|lang| lang.words("month").iter().any(|month| month == word))
}

#[cfg(test)]
mod tests {
    use super::opens_with_dateline;
    use crate::domain::PrincipleSet;
    use crate::domain::coach::lint;
    use crate::domain::session::Session;

    #[test]
    fn the_summary_opens_with_a_dateline_in_its_common_forms_and_languages() {
        let table: [(&str, bool); 22] = [
            ("LEEDS, 2 March 2026 — Northfield Health launched Clinic Queue.", true),
            ("NEW YORK, March 2, 2026 – Acme launched it.", true),
            ("BERLIN, 3. März 2026 – Die Praxis startet heute.", true),
            ("МОСКВА, 3 марта 2026 г. — Клиника запустила сервис.", true),
            ("東京、2026年3月2日 — 本日、サービスを開始しました。", true),
            ("北京，2026年3月2日——今天推出服务。", true),
            ("Seattle — 3 March 2026. Acme launched builds that never wait.", true),
            ("SEATTLE, Wash. — March 3, 2026 — Acme launched it.", true),
            ("SEATTLE, WA (Business Wire) – March 3, 2026 – Acme launched it.", true),
            ("BERLIN (dpa) - 3. März 2026 - Die Praxis startet heute.", true),
            ("PARIS, le 3 mars 2026 — La clinique lance son service.", true),
            ("MADRID, 3 de marzo de 2026 – La clínica lanza su servicio.", true),
            ("Madrid — 3 de marzo – La clínica lanza su servicio.", true),
            ("LYON – 03/03/2026 – La clinique lance son service.", true),
            ("Leeds -- 2026-03-03 -- Clinic Queue opens.", true),
            ("[CITY], [DATE] — Northfield launched it.", true),
            ("Northfield Health launched Clinic Queue today.", false),
            ("Today, Acme launched builds that never wait.", false),
            ("Seattle — 30 parents waited two hours last winter.", false),
            ("Acme — the builder of 2026 — launched it.", false),
            ("Northfield Health launched Clinic Queue on 3 March 2026 — parents wait at home.", false),
            ("parents in leeds, 3 March 2026 — wait at home.", false),
        ];
        for (summary, dated) in table {
            let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
            session.press_release.summary = summary.into();
            let noted = lint(&session).iter().any(|n| n.rule == "dateline");
            assert_eq!(!noted, dated, "{summary:?}");
        }
    }

    /// The importer asks the same question of a paragraph: these are the cases its own
    /// detector held, before it asked the coach's, and the one they disagreed on.
    #[test]
    fn a_paragraph_opens_with_a_dateline_when_a_place_and_a_date_come_before_its_news() {
        for dateline in [
            "LEEDS, 2 March 2026 — Northfield launched",
            "BERLIN, 12. Mai 2026 – Heute",
            "МОСКВА, 1 марта 2026 г. — Сервис",
            "東京、2026年3月1日 — 本日",
            "上海，2026年6月1日——今天",
            "Seattle — 3 March 2026. Acme launched builds that never wait.",
            "\n  LEEDS, 2 March 2026 — Northfield launched\nClinic Queue today.",
        ] {
            assert!(opens_with_dateline(dateline), "{dateline}");
        }
        for not_one in [
            "Parents wait — for hours — every night",
            "In 2026 we grew",
            "Ein Satz ohne Datum – aber mit Strich",
            "Parents wait at home.\nLEEDS, 2 March 2026 — a second line",
            "",
        ] {
            assert!(!opens_with_dateline(not_one), "{not_one}");
        }
    }
}
