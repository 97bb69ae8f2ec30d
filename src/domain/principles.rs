//! Leadership principles: Amazon's sixteen by default, or an organisation's own set.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::text::sanitize_line;

/// One principle a decision can rest on. `id` is a stable slug such as `customer-obsession`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Principle {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub summary: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A named set of principles. A session keeps its own copy, so an old session still
/// reads right when an organisation changes its set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrincipleSet {
    pub set: String,
    pub items: Vec<Principle>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for PrincipleSet {
    fn default() -> Self {
        Self::amazon()
    }
}

const AMAZON: [(&str, &str); 16] = [
    (
        "Customer Obsession",
        "Start from the customer and work backwards; earn and keep their trust before watching competitors.",
    ),
    ("Ownership", "Act for the long term and for the whole company; never say \"that's not my job\"."),
    (
        "Invent and Simplify",
        "Expect new ideas from everywhere, look outside for them, and make things simpler; accept being misunderstood for a while.",
    ),
    (
        "Are Right, A Lot",
        "Good judgment and sound instincts; seek views that differ and work to prove your own beliefs wrong.",
    ),
    ("Learn and Be Curious", "Keep learning and improving; be curious about new possibilities and go explore them."),
    (
        "Hire and Develop the Best",
        "Raise the bar with every hire and promotion; coach others and take developing people seriously.",
    ),
    (
        "Insist on the Highest Standards",
        "Keep raising the bar; defects are not passed downstream, and problems stay fixed.",
    ),
    ("Think Big", "A bold direction that inspires results; think differently about how to serve customers."),
    ("Bias for Action", "Speed matters; many decisions can be undone, so take calculated risks without endless study."),
    (
        "Frugality",
        "Do more with less; constraints breed resourcefulness, and headcount or budget earn no extra points.",
    ),
    ("Earn Trust", "Listen, speak candidly, treat others with respect, and admit your own mistakes first."),
    (
        "Dive Deep",
        "Stay close to the details, audit often, and be sceptical when the numbers and the stories disagree.",
    ),
    (
        "Have Backbone; Disagree and Commit",
        "Challenge decisions you disagree with, even when it is uncomfortable; once decided, commit fully.",
    ),
    (
        "Deliver Results",
        "Focus on the inputs that matter and deliver them on time and at the right quality, despite setbacks.",
    ),
    (
        "Strive to be Earth's Best Employer",
        "Make work safer, fairer and more rewarding; help people grow, here or elsewhere.",
    ),
    (
        "Success and Scale Bring Broad Responsibility",
        "Be humble about the effects of scale; leave customers, communities and the planet better off.",
    ),
];

impl PrincipleSet {
    /// The default set: Amazon's sixteen leadership principles, names as published,
    /// summaries in this project's own words.
    pub fn amazon() -> Self {
        Self {
            set: "Amazon Leadership Principles".to_owned(),
            items: AMAZON
                .iter()
                .map(|(name, summary)| Principle {
                    id: slugify(name),
                    name: (*name).to_owned(),
                    summary: (*summary).to_owned(),
                    extra: Map::new(),
                })
                .collect(),
            extra: Map::new(),
        }
    }

    /// Reads an organisation's own set from JSON of the form
    /// `{"set": "Our values", "items": [{"name": "…", "summary": "…", "id": "optional-slug"}]}`.
    /// A missing id is made from the name.
    pub fn from_json(text: &str) -> Result<Self, PrincipleSetError> {
        #[derive(Deserialize)]
        struct RawSet {
            set: Option<String>,
            items: Vec<RawPrinciple>,
        }
        #[derive(Deserialize)]
        struct RawPrinciple {
            id: Option<String>,
            name: Option<String>,
            #[serde(default)]
            summary: String,
        }
        let raw: RawSet = serde_json::from_str(text).map_err(|e| PrincipleSetError::Parse(e.to_string()))?;
        let items = raw
            .items
            .into_iter()
            .enumerate()
            .map(|(index, p)| {
                let name = sanitize_line(p.name.as_deref().unwrap_or("")).trim().to_owned();
                if name.is_empty() {
                    return Err(PrincipleSetError::EmptyName { position: index + 1 });
                }
                let id = match p.id {
                    Some(id) => id.trim().to_owned(),
                    None => slugify(&name),
                };
                if !is_valid_id(&id) {
                    return Err(PrincipleSetError::BadId { id, position: index + 1 });
                }
                Ok(Principle { id, name, summary: sanitize_line(&p.summary).trim().to_owned(), extra: Map::new() })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let set = Self {
            set: raw
                .set
                .map(|s| sanitize_line(&s).trim().to_owned())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "Our principles".to_owned()),
            items,
            extra: Map::new(),
        };
        set.check()?;
        Ok(set)
    }

    /// The set's own consistency: at least one principle, unique ids, names present.
    pub fn check(&self) -> Result<(), PrincipleSetError> {
        if self.items.is_empty() {
            return Err(PrincipleSetError::Empty);
        }
        for (index, principle) in self.items.iter().enumerate() {
            if principle.name.trim().is_empty() {
                return Err(PrincipleSetError::EmptyName { position: index + 1 });
            }
            if self.items[..index].iter().any(|earlier| earlier.id == principle.id) {
                return Err(PrincipleSetError::DuplicateId(principle.id.clone()));
            }
        }
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Principle> {
        self.items.iter().find(|p| p.id == id)
    }

    /// The principle's name, or the id itself when the set does not know it.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.get(id).map_or(id, |p| p.name.as_str())
    }

    /// The names of these principles (a decision's), in the order given.
    pub fn names_of<'a>(&'a self, ids: &'a [String]) -> Vec<&'a str> {
        ids.iter().map(|id| self.name_of(id)).collect()
    }
}

/// What is wrong with a principle set, in words a user can act on.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PrincipleSetError {
    #[error(
        "it is not a valid principle set ({0}); expected {{\"set\": \"Our values\", \"items\": [{{\"name\": \"…\", \"summary\": \"…\"}}]}}"
    )]
    Parse(String),
    #[error("it lists no principles; add at least one item")]
    Empty,
    #[error("principle number {position} has an empty name")]
    EmptyName { position: usize },
    #[error("principle number {position} has the id {id:?}; ids are lower-case letters, digits and hyphens")]
    BadId { id: String, position: usize },
    #[error("the id {0:?} is used by more than one principle; each needs its own")]
    DuplicateId(String),
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A lower-case ASCII slug of letters, digits and single hyphens: safe as an id and as
/// a file name, since it can hold no path separator, dot or reserved character.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            continue;
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_set_is_amazons_sixteen_with_slug_ids() {
        let set = PrincipleSet::amazon();
        assert_eq!(set.items.len(), 16);
        assert_eq!(set.items[0].id, "customer-obsession");
        assert_eq!(set.name_of("are-right-a-lot"), "Are Right, A Lot");
        assert_eq!(set.name_of("strive-to-be-earths-best-employer"), "Strive to be Earth's Best Employer");
        assert_eq!(set.items[15].name, "Success and Scale Bring Broad Responsibility");
        assert!(set.items.iter().all(|p| !p.summary.is_empty()));
        assert_eq!(set.check(), Ok(()));
    }

    #[test]
    fn an_organisations_set_gets_ids_from_names() {
        let set = PrincipleSet::from_json(
            r#"{"set":"Acme","items":[{"name":"Ship It"},{"name":"Be Kind","summary":"Always."}]}"#,
        )
        .unwrap();
        assert_eq!(set.set, "Acme");
        assert_eq!(set.items[0].id, "ship-it");
        assert_eq!(set.items[1].summary, "Always.");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let err = PrincipleSet::from_json(r#"{"items":[{"name":"Ship it"},{"name":"Ship It!"}]}"#).unwrap_err();
        assert_eq!(err, PrincipleSetError::DuplicateId("ship-it".into()));
    }

    #[test]
    fn empty_names_and_empty_sets_are_refused() {
        assert_eq!(
            PrincipleSet::from_json(r#"{"items":[{"name":"  "}]}"#).unwrap_err(),
            PrincipleSetError::EmptyName { position: 1 }
        );
        assert_eq!(PrincipleSet::from_json(r#"{"items":[]}"#).unwrap_err(), PrincipleSetError::Empty);
        assert!(matches!(PrincipleSet::from_json("not json"), Err(PrincipleSetError::Parse(_))));
    }

    #[test]
    fn ids_that_could_be_paths_are_refused() {
        let err = PrincipleSet::from_json(r#"{"items":[{"id":"../x","name":"X"}]}"#).unwrap_err();
        assert!(matches!(err, PrincipleSetError::BadId { .. }));
    }

    #[test]
    fn slugs_hold_only_safe_characters() {
        assert_eq!(slugify("../../etc/x"), "etc-x");
        assert_eq!(slugify("Kids' Reader — v2!"), "kids-reader-v2");
        assert_eq!(slugify("CON"), "con");
        assert_eq!(slugify("日本"), "");
    }
}
