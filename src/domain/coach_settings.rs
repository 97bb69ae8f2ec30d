//! How a team tunes the writing coach: rules switched off, thresholds raised, acronyms its
//! readers know, notes dismissed. Kept in the session under `coach` and in `config.json`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::coach::{RULES, THRESHOLDS};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoachSettings {
    /// Rule ids that give no notes: `long-sentence`, `acronym`…
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub off: Vec<String>,
    /// Limits by name (see `coach::THRESHOLDS`): `long-sentence` words, `faq-questions`…
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub thresholds: BTreeMap<String, usize>,
    /// Acronyms the audience knows, so they need no spelling out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<String>,
    /// Keys of notes the team read and set aside.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dismissed: Vec<String>,
}

impl CoachSettings {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    pub fn is_off(&self, rule: &str) -> bool {
        self.off.iter().any(|off| off == rule)
    }

    pub fn is_dismissed(&self, key: &str) -> bool {
        self.dismissed.iter().any(|dismissed| dismissed == key)
    }

    /// Sets a note aside; false when it already was.
    pub fn dismiss(&mut self, key: &str) -> bool {
        if self.is_dismissed(key) {
            return false;
        }
        self.dismissed.push(key.to_owned());
        true
    }

    /// Brings a dismissed note back; false when it was not dismissed.
    pub fn restore(&mut self, key: &str) -> bool {
        let before = self.dismissed.len();
        self.dismissed.retain(|dismissed| dismissed != key);
        self.dismissed.len() != before
    }

    /// A limit: the team's own where it set one, else the coach's default.
    pub fn threshold(&self, name: &str, default: usize) -> usize {
        self.thresholds.get(name).copied().unwrap_or(default)
    }

    pub fn knows_acronym(&self, acronym: &str) -> bool {
        self.glossary.iter().any(|known| known == acronym)
    }

    /// What a user got wrong here, each said so it can be put right: a rule switched off or
    /// a threshold named that the coach does not know, which would otherwise do nothing at
    /// all, with the nearest name it does know. `origin` says where the settings were read
    /// ("config.json", a session's file).
    pub fn problems(&self, origin: &str) -> Vec<String> {
        let thresholds: Vec<&str> = THRESHOLDS.iter().map(|(name, _)| *name).collect();
        let rules = self.off.iter().filter(|rule| !RULES.contains(&rule.as_str()));
        let rules = rules.map(|rule| unknown("rule", rule, &format!("{origin} coach.off"), &RULES));
        let limits = self.thresholds.keys().filter(|name| !thresholds.contains(&name.as_str()));
        let limits = limits.map(|name| unknown("threshold", name, &format!("{origin} coach.thresholds"), &thresholds));
        rules.chain(limits).collect()
    }

    /// The settings of `config.json` and of a session together: a session adds to the
    /// lists, and its thresholds win where both set one.
    pub fn merged_with(&self, session: &CoachSettings) -> CoachSettings {
        let union = |a: &[String], b: &[String]| {
            let mut all = a.to_vec();
            all.extend(b.iter().filter(|item| !a.contains(item)).cloned());
            all
        };
        let mut thresholds = self.thresholds.clone();
        thresholds.extend(session.thresholds.iter().map(|(name, value)| (name.clone(), *value)));
        CoachSettings {
            off: union(&self.off, &session.off),
            thresholds,
            glossary: union(&self.glossary, &session.glossary),
            dismissed: union(&self.dismissed, &session.dismissed),
        }
    }
}

fn unknown(what: &str, name: &str, place: &str, known: &[&str]) -> String {
    let said = format!("unknown {what} '{name}' in {place}");
    match nearest(name, known) {
        Some(near) => format!("{said}; did you mean '{near}'?"),
        None => format!("{said}; the {what}s are {}", known.join(", ")),
    }
}

/// The known name a misspelling is closest to, when it is close enough to be a slip of the
/// keys ("weasel-words", "long-sentense") rather than another name altogether.
fn nearest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let distance = |candidate: &str| strsim::damerau_levenshtein(&name.to_lowercase(), candidate);
    let (best, closest) = known.iter().map(|candidate| (distance(candidate), *candidate)).min()?;
    (best <= (closest.len() / 3).max(2)).then_some(closest)
}

#[cfg(test)]
mod tests {
    use crate::domain::coach::THRESHOLDS as DEFAULTS;

    #[test]
    fn a_misspelt_rule_or_threshold_is_named_with_the_nearest_known_one() {
        let settings: CoachSettings = serde_json::from_str(
            r#"{"off":["weasel-words","acronym","Headline","sentences"],"thresholds":{"long-sentense":40,"length":700}}"#,
        )
        .unwrap();
        assert_eq!(
            settings.problems("config.json"),
            [
                "unknown rule 'weasel-words' in config.json coach.off; did you mean 'weasel-word'?",
                "unknown rule 'Headline' in config.json coach.off; did you mean 'headline'?",
                format!("unknown rule 'sentences' in config.json coach.off; the rules are {}", RULES.join(", "))
                    .as_str(),
                "unknown threshold 'long-sentense' in config.json coach.thresholds; did you mean 'long-sentence'?",
            ]
        );
        let every_known = CoachSettings {
            off: RULES.iter().map(|rule| (*rule).to_owned()).collect(),
            thresholds: DEFAULTS.iter().map(|(name, value)| ((*name).to_owned(), *value)).collect(),
            ..CoachSettings::default()
        };
        assert!(every_known.problems("config.json").is_empty());
    }

    use super::*;

    #[test]
    fn empty_settings_write_nothing_and_set_ones_round_trip() {
        assert_eq!(serde_json::to_string(&CoachSettings::default()).unwrap(), "{}");
        let text = r#"{"off":["acronym"],"thresholds":{"long-sentence":40},"glossary":["SLA"],"dismissed":["k"]}"#;
        let settings: CoachSettings = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&settings).unwrap(), text);
        assert!(settings.is_off("acronym") && settings.knows_acronym("SLA") && settings.is_dismissed("k"));
        assert_eq!((settings.threshold("long-sentence", 30), settings.threshold("length", 600)), (40, 600));
        let misspelt = serde_json::from_str::<CoachSettings>(r#"{"of":["acronym"]}"#).unwrap_err().to_string();
        assert!(misspelt.contains("unknown field `of`"), "{misspelt}");
    }

    #[test]
    fn a_session_adds_to_the_config_and_its_thresholds_win() {
        let config: CoachSettings =
            serde_json::from_str(r#"{"off":["acronym"],"thresholds":{"length":700,"long-sentence":40}}"#).unwrap();
        let session: CoachSettings =
            serde_json::from_str(r#"{"off":["acronym","headline"],"thresholds":{"length":800}}"#).unwrap();
        let merged = config.merged_with(&session);
        assert_eq!(merged.off, ["acronym", "headline"]);
        assert_eq!((merged.threshold("length", 0), merged.threshold("long-sentence", 0)), (800, 40));
    }

    #[test]
    fn dismissing_twice_keeps_one_key_and_restoring_removes_it() {
        let mut settings = CoachSettings::default();
        assert!(settings.dismiss("weasel-word:faq.q1:1a2b3c4d"));
        assert!(!settings.dismiss("weasel-word:faq.q1:1a2b3c4d"));
        assert_eq!(settings.dismissed.len(), 1);
        assert!(settings.restore("weasel-word:faq.q1:1a2b3c4d") && settings.is_empty());
    }
}
