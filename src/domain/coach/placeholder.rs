//! `placeholder`: writing not done yet — "TBD", "[NAME, TITLE]", "WHO?", "n%", "XX", or
//! the template's own prompt left in place.

use super::{Part, Severity, find_words, quoted};
use crate::domain::coach::Note;

pub fn check(part: &Part, notes: &mut Vec<Note>) {
    let mut found: Vec<String> = find_words(&part.text.to_lowercase(), part.lang, "placeholder")
        .into_iter()
        .filter(|word| word.chars().any(char::is_alphanumeric) && *word != "who?")
        .map(str::to_owned)
        .collect();
    // "TODO" is a placeholder in any language; in lower case it is Spanish for "all".
    let shouted_todo = part.text.split(|c: char| !c.is_alphanumeric()).any(|word| word == "TODO");
    if shouted_todo && !found.iter().any(|word| word == "todo") {
        found.push("TODO".to_owned());
    }
    found.extend(bracketed(part.text));
    found.extend(shouted_questions(part.text));
    found.extend(unknown_figures(part.text));
    if let Some(prompt) = part.prompt.filter(|prompt| part.text.contains(prompt.trim_end_matches('.'))) {
        found.push(prompt.to_owned());
    }
    if found.is_empty() {
        return;
    }
    found.dedup();
    let message = format!(
        "placeholder {}: the text is not written yet; put in the real name, number or date, or say in the FAQ when you will know",
        quoted(&found[..found.len().min(3)])
    );
    notes.push(part.note("placeholder", Severity::Error, message));
}

/// `[NAME, TITLE]`, `[target date]`, `<customer>`, `{product}`: words in brackets a
/// template asks to replace. A Markdown link `[text](url)` is not one.
fn bracketed(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (open, close) in [('[', ']'), ('<', '>'), ('{', '}')] {
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            let after = &rest[start + 1..];
            let Some(end) = after.find(close) else { break };
            let inside = &after[..end];
            let is_link = after[end + 1..].starts_with('(');
            // `Array<T>`, `List[T]`: a type's parameter, not a template's blank.
            let is_type_parameter = rest[..start].chars().next_back().is_some_and(char::is_alphanumeric);
            let words = inside.split_whitespace().count();
            if !is_link
                && !is_type_parameter
                && (1..=6).contains(&words)
                && inside.chars().any(char::is_alphabetic)
                && !inside.contains("://")
            {
                found.push(format!("{open}{inside}{close}"));
            }
            rest = &after[end + 1..];
        }
    }
    found
}

/// "WHO?", "WHEN?": a question in capitals, left for someone to answer.
fn shouted_questions(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter_map(|word| word.strip_suffix('?'))
        .filter(|word| word.chars().count() >= 3 && word.chars().all(|c| c.is_uppercase()))
        .map(|word| format!("{word}?"))
        .collect()
}

/// "n%", "X %", "$X": a figure written as a letter.
fn unknown_figures(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let word = word.trim_end_matches([',', '.', ';', ')']);
        let letter = |w: &str| matches!(w, "n" | "N" | "X" | "x" | "XX");
        let is_figure = word.strip_suffix('%').is_some_and(letter)
            || word.strip_prefix(['$', '£', '€']).is_some_and(letter)
            || (letter(word) && words.get(at + 1).is_some_and(|next| next.starts_with('%')));
        if is_figure {
            found.push(word.to_owned());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::{TextKind, rules_of};

    #[test]
    fn template_leftovers_are_placeholders_and_real_writing_is_not() {
        let table: [(&str, &[&str]); 16] = [
            ("TBD", &["placeholder"]),
            ("Todo: ask Priya.", &["placeholder"]),
            ("“It works,” said [NAME, TITLE].", &["placeholder"]),
            ("Available from [TARGET DATE].", &["placeholder"]),
            ("Waits fall by n% in WHO? clinics.", &["placeholder"]),
            ("It saves XX % of the time.", &["placeholder"]),
            ("Es kostet $X im Monat, TBD.", &["placeholder"]),
            ("Стоимость: TBD.", &["placeholder"]),
            ("価格は未定です。", &["placeholder"]),
            ("A to-do list app.", &[]),
            ("See [the guide](https://example.com) for more.", &[]),
            ("Who pays? The clinic, 4p a text.", &[]),
            ("Windows XP users wait 5 min.", &[]),
            ("Array<T> becomes List[T] in Python.", &[]),
            ("Todo el equipo de la clínica responde en diez minutos.", &[]),
            ("El precio: TODO, pregunta a finanzas.", &["placeholder"]),
        ];
        for (text, expected) in table {
            let rules: Vec<_> =
                rules_of(text, TextKind::CustomerAnswer).into_iter().filter(|r| *r == "placeholder").collect();
            assert_eq!(rules, expected, "{text:?}");
        }
    }
}
