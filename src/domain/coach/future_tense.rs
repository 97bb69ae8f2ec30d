//! `future-tense`: the press release is written as if the product had launched. Not
//! inside a quotation, and not after a customer's action ("you upload it and it will
//! return a report"), where the future describes what follows the action.

use super::lexicon::Lang;
use super::reading::sentences;
use super::{Note, Part, Severity, TextKind, find_words, quoted, tokens};

pub fn check(part: &Part, notes: &mut Vec<Note>) {
    if part.kind != TextKind::PressRelease {
        return;
    }
    let mut found: Vec<String> = Vec::new();
    for sentence in sentences(&part.lower) {
        if part.lang.is_cjk() {
            found.extend(cjk_markers(sentence, part.lang));
        } else {
            found.extend(markers(sentence, part.lang));
        }
    }
    if found.is_empty() {
        return;
    }
    let message = format!(
        "future tense {}: write it as launched, in the present or past (“Parents get a text”, not “will get”)",
        quoted(&found[..found.len().min(3)])
    );
    notes.push(part.note("future-tense", Severity::Warning, message));
}

/// Each future marker of a sentence with the word after it ("will launch"), unless a
/// condition or the customer comes before it.
fn markers(sentence: &str, lang: Lang) -> Vec<String> {
    let words = tokens(sentence);
    let future = lang.words("future");
    let conditions = lang.words("condition");
    let mut found = Vec::new();
    for at in 0..words.len() {
        for marker in future {
            let length = marker.split(' ').count();
            if !words.get(at..at + length).is_some_and(|run| run.iter().copied().eq(marker.split(' '))) {
                continue;
            }
            let after_condition = words[..at].iter().any(|w| conditions.iter().any(|c| c == w))
                || conditions.iter().any(|c| c.contains(' ') && words[..at].join(" ").contains(c.as_str()));
            if after_condition
                || after_customer_action(&words[..at], lang)
                || (lang == Lang::German && !german_future(&words[at..]))
                || !going_to_future(lang, marker, &words[at + length..])
            {
                continue;
            }
            let next = words.get(at + length).copied().unwrap_or_default();
            found.push(format!("{marker} {next}").trim().to_owned());
        }
    }
    found
}

/// "You upload it and it will…": the customer acts, then something follows.
fn after_customer_action(before: &[&str], lang: Lang) -> bool {
    let is = |section: &str, word: &str| lang.words(section).iter().any(|w| w == word);
    let Some(customer) = before.iter().position(|w| is("customer", w)) else { return false };
    before[customer + 1..].iter().any(|w| is("then", w))
}

/// German builds its passive with "werden" too: "wird erstellt" is the present. It is the
/// future only when an infinitive closes the clause ("wird … sparen").
fn german_future(from_marker: &[&str]) -> bool {
    if !matches!(from_marker.first(), Some(&("wird" | "werden" | "werde" | "wirst" | "werdet"))) {
        return true;
    }
    from_marker
        .last()
        .is_some_and(|last| last.len() > 3 && last.ends_with("en") && !last.starts_with("ge") && *last != "werden")
}

/// "Los padres van a la clínica" and "ils vont à la pharmacie" say where someone goes;
/// only an infinitive after the verb ("va a enviar", "vont recevoir") makes it the future.
fn going_to_future(lang: Lang, marker: &str, after: &[&str]) -> bool {
    let endings: &[&str] = match (lang, marker) {
        (Lang::Spanish, "va a" | "van a") => &["ar", "er", "ir"],
        (Lang::French, "vont" | "allons") => &["er", "ir", "re", "oir"],
        _ => return true,
    };
    // "ne vont pas le recevoir": negation and pronouns stand before the infinitive.
    let skipped = ["pas", "plus", "jamais", "le", "la", "les", "lui", "leur", "vous", "nous", "y", "en", "se"];
    let skipped: &[&str] = if lang == Lang::French { &skipped } else { &[] };
    after.iter().find(|word| !skipped.contains(word)).is_some_and(|verb| endings.iter().any(|e| verb.ends_with(e)))
}

/// Chinese and Japanese markers, found in the running text, each with what follows it.
fn cjk_markers(sentence: &str, lang: Lang) -> Vec<String> {
    let markers = find_words(sentence, lang, "future");
    markers
        .iter()
        .filter(|marker| !markers.iter().any(|longer| longer != *marker && longer.contains(**marker)))
        .filter_map(|marker| {
            let at = sentence.find(*marker)?;
            let conditions = lang.words("condition");
            if conditions.iter().any(|c| sentence[..at].contains(c.as_str())) {
                return None;
            }
            Some(sentence[at..].chars().take(marker.chars().count() + 4).collect())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::{TextKind, rules_of};

    #[test]
    fn the_future_is_noted_in_the_press_release_but_not_in_quotes_or_after_a_customer_action() {
        let table: [(&str, TextKind, bool); 21] = [
            ("Northfield will launch it.", TextKind::PressRelease, true),
            ("Northfield will launch it.", TextKind::CustomerAnswer, false),
            ("Parents get a text; willow trees.", TextKind::PressRelease, false),
            ("“We will come back,” said Tom.", TextKind::PressRelease, false),
            ("You upload it and it will return a report.", TextKind::PressRelease, false),
            ("When the doctor is free, the clinic will text you.", TextKind::PressRelease, false),
            ("You will get a text.", TextKind::PressRelease, true),
            ("Die App wird Eltern Zeit sparen.", TextKind::PressRelease, true),
            ("Der Bericht wird automatisch erstellt.", TextKind::PressRelease, false),
            ("„Wir werden wiederkommen“, sagt Anna.", TextKind::PressRelease, false),
            ("L'application permettra aux parents d'attendre chez eux.", TextKind::PressRelease, true),
            ("La aplicación permitirá a los padres esperar en casa.", TextKind::PressRelease, true),
            ("La aplicación va a enviar un mensaje a los padres.", TextKind::PressRelease, true),
            ("Cada mañana, la enfermera va a la sala de espera y llama a los padres.", TextKind::PressRelease, false),
            ("Les parents ne vont pas attendre dans la salle d'attente.", TextKind::PressRelease, true),
            ("Chaque jour, les parents vont à la pharmacie avec leur ordonnance.", TextKind::PressRelease, false),
            ("Сервис будет отправлять родителям сообщения.", TextKind::PressRelease, true),
            ("Сервис отправляет родителям сообщения.", TextKind::PressRelease, false),
            ("«Мы будем приходить снова», — говорит Анна.", TextKind::PressRelease, false),
            ("本サービスは来月から提供する予定です。", TextKind::PressRelease, true),
            ("该服务将于下月推出。", TextKind::PressRelease, true),
        ];
        for (text, kind, expected) in table {
            assert_eq!(rules_of(text, kind).contains(&"future-tense"), expected, "{text:?}");
        }
    }
}
