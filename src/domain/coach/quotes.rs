//! `no-quote`: a customer-quote section with no quotation in it. `attribution`: a customer
//! quote that names no customer, or that comes from the team.

use super::{Note, Part, Severity};
use crate::domain::session::{About, Section};

/// Capitalised words that open an attribution without naming anyone.
const NOT_NAMES: [&str; 14] =
    ["Said", "Says", "The", "A", "An", "Our", "We", "It", "This", "One", "Sagt", "Ein", "Eine", "Un"];

pub fn check(parts: &[Part], notes: &mut Vec<Note>) {
    let Some(quote) = parts.iter().find(|p| p.about == About::Section(Section::CustomerQuote)) else { return };
    if quote.text.trim().is_empty() {
        return;
    }
    if quote.reading.quotes.is_empty() {
        let message =
            "the customer quote has no quotation: let a customer speak in their own words, in quotation marks"
                .to_owned();
        notes.push(quote.note("no-quote", Severity::Warning, message));
        return;
    }
    let leader = parts.iter().find(|p| p.about == About::Section(Section::LeaderQuote));
    let headline = parts.iter().find(|p| p.about == About::Section(Section::Headline));
    // The company and the product, as the headline and the leader's attribution name them.
    let own_names: Vec<String> = [leader.map(|l| l.reading.prose.as_str()), headline.map(|h| h.text)]
        .into_iter()
        .flatten()
        .flat_map(capitalised)
        .collect();
    if let Some(message) = attribution_problem(quote, leader, &own_names) {
        notes.push(quote.note("attribution", Severity::Warning, message));
    }
}

fn attribution_problem(quote: &Part, leader: Option<&Part>, own_names: &[String]) -> Option<String> {
    let works_here = capitalised(&quote.reading.prose).iter().any(|word| own_names.contains(word));
    let role =
        quote.has_any("team").or_else(|| quote.has_any("team-role").filter(|_| works_here || quote.lang.is_cjk()));
    if let Some(role) = role {
        return Some(format!(
            "the customer quote comes from the team (“{role}”): find a customer who would say it, and name them"
        ));
    }
    let names = names_of(&quote.reading.prose);
    let leader_names = leader.map(|l| names_of(&l.reading.prose)).unwrap_or_default();
    if let Some(shared) = names.iter().find(|n| leader_names.contains(n)) {
        return Some(format!(
            "the customer quote is from {shared}, who also gives the leader's quote: a customer quote is a customer's words"
        ));
    }
    let attribution: String = quote.reading.prose.chars().filter(|c| c.is_alphabetic()).collect();
    let unnamed = if quote.lang.is_cjk() { attribution.chars().count() < 2 } else { names.is_empty() };
    unnamed.then(|| {
        "the customer quote names no customer: who said it? Give a name and who they are (“said Tom Reilly, a parent in Leeds”)"
            .to_owned()
    })
}

/// Two capitalised words in a row, neither a usual opener: a person's first and last name
/// ("Tom Reilly", "Анна Петрова"). One alone may be a German noun ("sagt ein Kunde").
fn names_of(prose: &str) -> Vec<String> {
    let words: Vec<&str> = prose.split(|c: char| !c.is_alphabetic() && c != '-' && c != '\'').collect();
    let is_name = |w: &str| {
        w.chars().count() >= 2
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !NOT_NAMES.contains(&w)
    };
    words.windows(2).filter(|pair| is_name(pair[0]) && is_name(pair[1])).map(|pair| pair.join(" ")).collect()
}

/// Capitalised words of a text, such as a company's or a product's name.
fn capitalised(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) && !NOT_NAMES.contains(w)
        })
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::domain::PrincipleSet;
    use crate::domain::coach::lint;
    use crate::domain::session::Session;

    fn rules(customer_quote: &str, leader_quote: &str) -> Vec<&'static str> {
        let mut session = Session::new("s".into(), "t".into(), String::new(), PrincipleSet::amazon());
        session.press_release.customer_quote = customer_quote.into();
        session.press_release.leader_quote = leader_quote.into();
        lint(&session).into_iter().map(|n| n.rule).filter(|r| matches!(*r, "no-quote" | "attribution")).collect()
    }

    #[test]
    fn a_customer_quote_is_a_named_customer_speaking_in_quotation_marks() {
        let leader = "“We measured it,” said Priya Natarajan, head of care at Northfield.";
        let table: [(&str, &[&str]); 13] = [
            ("“We were seen in five minutes,” said Tom Reilly, a parent in Leeds.", &[]),
            ("Tom liked it.", &["no-quote"]),
            ("“We were seen in five minutes,” said a happy parent.", &["attribution"]),
            ("“We were seen in five minutes,” said Priya Natarajan.", &["attribution"]),
            ("“Builds are fast now,” said Sam Lee, product manager at Northfield.", &["attribution"]),
            ("“Builds are fast now,” said Sam Lee, a developer at a payroll start-up.", &[]),
            ("„Wir lieben es“, sagt ein Kunde.", &["attribution"]),
            ("> We were seen in five minutes.\n— Tom Reilly, parent", &[]),
            ("„Wir waren in fünf Minuten dran“, sagt Anna Weber, Mutter aus Köln.", &[]),
            ("«Нас приняли через пять минут», — говорит Анна Петрова, мама из Казани.", &[]),
            ("«Нас приняли через пять минут», — говорит руководитель разработки.", &["attribution"]),
            ("「五分で呼ばれました」と、横浜市の佐藤さんは話します。", &[]),
            ("「五分で呼ばれました」", &["attribution"]),
        ];
        for (text, expected) in table {
            assert_eq!(rules(text, leader), expected, "{text:?}");
        }
    }
}
