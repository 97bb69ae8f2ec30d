//! One line the scribe types for a review item, read into its parts, as a task app's
//! quick add reads "call Ana fri": `d: Launch in two cities @ana fri #frugality
//! #ownership !approved`.
//!
//! - a prefix for the kind: `d:` decision, `q:` question, `c:` concern; a comment
//!   otherwise (the words `decision:`, `question:`, `concern:`, `comment:` too);
//! - `@name`: on a decision its owner, on anything else who said it; matched against the
//!   people in the room, without spaces or case (`@analopez` is Ana López);
//!
//! And on a decision:
//!
//! - a due date: `2026-12-15`, `today`, `tomorrow`, a weekday (`fri`, `friday`: the next
//!   one), or `+3d`, `+2w` from today;
//! - `#principle`: the id or the name of a principle of the session's set, or the start
//!   of one (`#frug`, `#customerobsession`);
//! - `!outcome`: `!approved`, `!revise`, `!rejected`, `!parked`, or their start (`!a`).
//!
//! The rest is the item's text. A word that looks like a part but is none (an unknown
//! principle) stays in the text and is named in `unknown`.

use jiff::civil::{Date, Weekday};

use super::{Outcome, PrincipleSet, ReviewKind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    pub kind: ReviewKind,
    pub text: String,
    /// The owner of a decision, or who said anything else.
    pub person: Option<String>,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub outcome: Option<Outcome>,
    /// Principle ids, in the order typed.
    pub principles: Vec<String>,
    /// Words that looked like a part and matched nothing: `#nosuch`.
    pub unknown: Vec<String>,
}

/// Who `@name` can be: the participants, then the facilitator.
pub fn people_in_room(session: &super::Session) -> Vec<String> {
    let mut people = session.participants.clone();
    if !session.facilitator.is_empty() && !people.contains(&session.facilitator) {
        people.push(session.facilitator.clone());
    }
    people
}

pub fn parse_capture(line: &str, people: &[String], set: &PrincipleSet, today: Date) -> Capture {
    let (kind, rest) = kind_prefix(line.trim());
    let mut capture = Capture {
        kind,
        text: String::new(),
        person: None,
        due: None,
        outcome: None,
        principles: Vec::new(),
        unknown: Vec::new(),
    };
    let mut words = Vec::new();
    for word in rest.split_whitespace() {
        if let Some(name) = word.strip_prefix('@').filter(|name| !name.is_empty() && capture.person.is_none()) {
            capture.person = Some(person(name, people));
            continue;
        }
        if kind == ReviewKind::Decision {
            if let Some(typed) = word.strip_prefix('#').filter(|typed| !typed.is_empty()) {
                match principle(typed, set) {
                    Some(id) if !capture.principles.contains(&id) => capture.principles.push(id),
                    Some(_) => {}
                    None => {
                        capture.unknown.push(word.to_owned());
                        words.push(word);
                    }
                }
                continue;
            }
            if let Some(outcome) = word.strip_prefix('!').and_then(outcome).filter(|_| capture.outcome.is_none()) {
                capture.outcome = Some(outcome);
                continue;
            }
            if capture.due.is_none()
                && let Some(date) = due_date(word, today)
            {
                capture.due = Some(date.to_string());
                continue;
            }
        }
        words.push(word);
    }
    capture.text = words.join(" ");
    capture
}

/// Completes the word being typed at the end of the line: `@` a person, `#` a principle
/// id. The whole word when one fits, else as far as all that fit agree; None when
/// nothing fits or there is nothing to complete.
pub fn complete_capture(line: &str, people: &[String], set: &PrincipleSet) -> Option<String> {
    let start = line.rfind(char::is_whitespace).map_or(0, |at| at + 1);
    let word = &line[start..];
    let (sigil, typed) = (word.chars().next()?, word.get(1..)?);
    let candidates: Vec<String> = match sigil {
        '@' => people.iter().map(|name| name.split_whitespace().collect::<String>()).collect(),
        '#' => set.items.iter().map(|p| p.id.clone()).collect(),
        _ => return None,
    };
    let fitting: Vec<&String> = candidates.iter().filter(|c| key(c).starts_with(&key(typed))).collect();
    let completed = match fitting.as_slice() {
        [] => return None,
        [one] => format!("{one} "),
        [first, rest @ ..] => {
            let mut common = first.chars().count();
            for other in rest {
                common = common.min(first.chars().zip(other.chars()).take_while(|(a, b)| a == b).count());
            }
            first.chars().take(common).collect()
        }
    };
    (completed.trim_end().chars().count() > typed.chars().count() || completed.ends_with(' '))
        .then(|| format!("{}{sigil}{completed}", &line[..start]))
}

fn kind_prefix(line: &str) -> (ReviewKind, &str) {
    let Some((head, rest)) = line.split_once(':') else { return (ReviewKind::Comment, line) };
    let kind = match head.trim().to_lowercase().as_str() {
        "d" | "decision" => ReviewKind::Decision,
        "q" | "question" => ReviewKind::Question,
        "c" | "concern" => ReviewKind::Concern,
        "comment" => ReviewKind::Comment,
        _ => return (ReviewKind::Comment, line),
    };
    (kind, rest.trim())
}

/// Letters and digits only, lower case: how typed names and ids are compared.
fn key(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The person in the room the typed name is (exactly, else the only one it starts);
/// otherwise the name as typed.
fn person(typed: &str, people: &[String]) -> String {
    let typed_key = key(typed);
    let exact = people.iter().find(|name| key(name) == typed_key);
    let mut starting = people.iter().filter(|name| key(name).starts_with(&typed_key));
    let only = match (starting.next(), starting.next()) {
        (Some(one), None) if !typed_key.is_empty() => Some(one),
        _ => None,
    };
    exact.or(only).cloned().unwrap_or_else(|| typed.to_owned())
}

fn principle(typed: &str, set: &PrincipleSet) -> Option<String> {
    let typed_key = key(typed);
    if typed_key.is_empty() {
        return None;
    }
    let keys = |p: &super::Principle| [key(&p.id), key(&p.name)];
    if let Some(exact) = set.items.iter().find(|p| keys(p).contains(&typed_key)) {
        return Some(exact.id.clone());
    }
    let mut starting = set.items.iter().filter(|p| keys(p).iter().any(|k| k.starts_with(&typed_key)));
    match (starting.next(), starting.next()) {
        (Some(one), None) => Some(one.id.clone()),
        _ => None,
    }
}

fn outcome(typed: &str) -> Option<Outcome> {
    let typed = typed.to_lowercase();
    if typed.is_empty() {
        return None;
    }
    Outcome::ALL.into_iter().find(|outcome| outcome.label().starts_with(&typed))
}

fn due_date(word: &str, today: Date) -> Option<Date> {
    let lower = word.to_lowercase();
    if let Ok(date) = super::parse_due_date(word) {
        return Some(date);
    }
    match lower.as_str() {
        "today" => return Some(today),
        "tomorrow" => return today.tomorrow().ok(),
        _ => {}
    }
    if let Some(amount) = lower.strip_prefix('+') {
        let (number, unit) = amount.split_at(amount.len().saturating_sub(1));
        let number: i64 = number.parse().ok()?;
        let days = match unit {
            "d" => number,
            "w" => number.checked_mul(7)?,
            _ => return None,
        };
        return today.checked_add(jiff::Span::new().try_days(days).ok()?).ok();
    }
    let weekday = match lower.as_str() {
        "mon" | "monday" => Weekday::Monday,
        "tue" | "tues" | "tuesday" => Weekday::Tuesday,
        "wed" | "wednesday" => Weekday::Wednesday,
        "thu" | "thur" | "thurs" | "thursday" => Weekday::Thursday,
        "fri" | "friday" => Weekday::Friday,
        "sat" | "saturday" => Weekday::Saturday,
        "sun" | "sunday" => Weekday::Sunday,
        _ => return None,
    };
    today.nth_weekday(1, weekday).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Vec<String> {
        vec!["Ana López".to_owned(), "Bo".to_owned(), "Bea".to_owned()]
    }

    fn parse(line: &str) -> Capture {
        // A Tuesday.
        parse_capture(line, &people(), &PrincipleSet::amazon(), jiff::civil::date(2026, 3, 3))
    }

    #[test]
    fn every_part_of_a_decision_in_one_line() {
        let c = parse("d: Launch in two cities @ana fri #frugality #ownership !approved");
        assert_eq!(c.kind, ReviewKind::Decision);
        assert_eq!(c.text, "Launch in two cities");
        assert_eq!(c.person.as_deref(), Some("Ana López"));
        assert_eq!(c.due.as_deref(), Some("2026-03-06"));
        assert_eq!(c.outcome, Some(Outcome::Approved));
        assert_eq!(c.principles, ["frugality", "ownership"]);
        assert!(c.unknown.is_empty());
    }

    #[test]
    fn table_of_lines_and_what_they_become() {
        // (line, kind, text, person, due, outcome, principles)
        type Row<'a> = (&'a str, ReviewKind, &'a str, Option<&'a str>, Option<&'a str>, Option<Outcome>, &'a [&'a str]);
        let table: &[Row] = &[
            ("Plain words", ReviewKind::Comment, "Plain words", None, None, None, &[]),
            ("q: Who pays? @bo", ReviewKind::Question, "Who pays?", Some("Bo"), None, None, &[]),
            ("c: Too slow fri #frugality", ReviewKind::Concern, "Too slow fri #frugality", None, None, None, &[]),
            (
                "decision: Ship 2026-12-15 !rev",
                ReviewKind::Decision,
                "Ship",
                None,
                Some("2026-12-15"),
                Some(Outcome::Revise),
                &[],
            ),
            (
                "d: Pilot +3d #customer-obsession",
                ReviewKind::Decision,
                "Pilot",
                None,
                Some("2026-03-06"),
                None,
                &["customer-obsession"],
            ),
            (
                "d: Pilot +2w #CustomerObsession",
                ReviewKind::Decision,
                "Pilot",
                None,
                Some("2026-03-17"),
                None,
                &["customer-obsession"],
            ),
            (
                "d: Wait tomorrow !parked",
                ReviewKind::Decision,
                "Wait",
                None,
                Some("2026-03-04"),
                Some(Outcome::Parked),
                &[],
            ),
            ("d: Next tue", ReviewKind::Decision, "Next", None, Some("2026-03-10"), None, &[]),
            ("d: Ask @Carla", ReviewKind::Decision, "Ask", Some("Carla"), None, None, &[]),
            ("d: Ask @b", ReviewKind::Decision, "Ask", Some("b"), None, None, &[]),
            ("x: not a kind", ReviewKind::Comment, "x: not a kind", None, None, None, &[]),
            ("d: Due 2026-02-30 stays", ReviewKind::Decision, "Due 2026-02-30 stays", None, None, None, &[]),
        ];
        for (line, kind, text, person, due, outcome, principles) in table {
            let c = parse(line);
            assert_eq!(c.kind, *kind, "{line}");
            assert_eq!(c.text, *text, "{line}");
            assert_eq!(c.person.as_deref(), *person, "{line}");
            assert_eq!(c.due.as_deref(), *due, "{line}");
            assert_eq!(c.outcome, *outcome, "{line}");
            assert_eq!(c.principles, *principles, "{line}");
        }
    }

    #[test]
    fn an_unknown_principle_stays_in_the_text_and_is_named() {
        let c = parse("d: Go #nosuch");
        assert_eq!(c.text, "Go #nosuch");
        assert_eq!(c.unknown, ["#nosuch"]);
    }

    #[test]
    fn tab_completes_people_and_principles() {
        let set = PrincipleSet::amazon();
        assert_eq!(complete_capture("d: Go @an", &people(), &set).as_deref(), Some("d: Go @AnaLópez "));
        assert_eq!(complete_capture("d: Go @be", &people(), &set).as_deref(), Some("d: Go @Bea "));
        assert_eq!(complete_capture("d: Go @b", &people(), &set), None, "Bo and Bea agree on no more than B");
        assert_eq!(complete_capture("d: Go #frug", &people(), &set).as_deref(), Some("d: Go #frugality "));
        assert_eq!(complete_capture("d: Go #zzz", &people(), &set), None);
        assert_eq!(complete_capture("d: Go", &people(), &set), None);
    }
}
