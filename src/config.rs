//! The user's settings: what `config.json` in the config folder may hold, and which
//! theme applies when the flag, the file and `NO_COLOR` say different things.

use serde::Deserialize;

use crate::domain::CoachSettings;

/// How the terminal UI is coloured. Every theme shows state by bold, reverse and
/// symbols as well, so none of them depends on colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    /// Colours for a laptop screen.
    #[default]
    Default,
    /// For a projector: no grey, no light colour on an unknown background; emphasis by
    /// reverse video and strong colour pairs.
    HighContrast,
    /// No colour at all, as `NO_COLOR` asks: bold, reverse, underline and symbols only.
    NoColor,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Default, Theme::HighContrast, Theme::NoColor];

    /// The name used by `--theme` and in `config.json`.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Default => "default",
            Theme::HighContrast => "high-contrast",
            Theme::NoColor => "no-color",
        }
    }

    /// The theme after this one, for switching while the app runs.
    pub fn next(self) -> Theme {
        let index = Self::ALL.iter().position(|theme| *theme == self).unwrap_or(0);
        Self::ALL[(index + 1) % Self::ALL.len()]
    }

    /// The theme that applies. A theme named on the command line or in the config file
    /// overrides `NO_COLOR`, as no-color.org asks of programs with their own setting.
    pub fn choose(flag: Option<Theme>, config: Option<Theme>, no_color: bool) -> Theme {
        flag.or(config).unwrap_or(if no_color { Theme::NoColor } else { Theme::Default })
    }
}

/// `NO_COLOR` counts when it is set to anything but the empty string.
pub fn no_color_requested(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|value| !value.is_empty())
}

/// The contents of `config.json`. Every setting is optional; an unknown key is an error,
/// so a misspelt setting is reported instead of silently doing nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub theme: Option<Theme>,
    /// The writing coach as the team tunes it for every session; a session's own `coach`
    /// settings add to these.
    #[serde(default)]
    pub coach: CoachSettings,
}

impl Config {
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_the_file_then_no_color() {
        use Theme::*;
        assert_eq!(Theme::choose(None, None, false), Default);
        assert_eq!(Theme::choose(None, None, true), NoColor);
        assert_eq!(Theme::choose(None, Some(HighContrast), true), HighContrast);
        assert_eq!(Theme::choose(Some(Default), Some(HighContrast), true), Default);
        assert_eq!(Theme::choose(Some(NoColor), None, false), NoColor);
    }

    #[test]
    fn no_color_set_to_nothing_does_not_count() {
        assert!(!no_color_requested(None));
        assert!(!no_color_requested(Some("".as_ref())));
        assert!(no_color_requested(Some("1".as_ref())));
    }

    #[test]
    fn the_config_file_names_a_theme_and_nothing_unknown() {
        assert_eq!(
            Config::from_json(r#"{"theme": "high-contrast"}"#),
            Ok(Config { theme: Some(Theme::HighContrast), ..Config::default() })
        );
        assert_eq!(Config::from_json("{}"), Ok(Config::default()));
        let misspelt = Config::from_json(r#"{"them": "no-color"}"#).unwrap_err();
        assert!(misspelt.contains("unknown field `them`"), "{misspelt}");
        let unknown_theme = Config::from_json(r#"{"theme": "dark"}"#).unwrap_err();
        assert!(unknown_theme.contains("high-contrast"), "the error lists the themes: {unknown_theme}");
    }

    #[test]
    fn the_config_file_tunes_the_coach_and_names_a_misspelt_coach_setting() {
        let config = Config::from_json(r#"{"coach": {"off": ["acronym"], "glossary": ["SLA"]}}"#).unwrap();
        assert!(config.coach.is_off("acronym") && config.coach.knows_acronym("SLA"));
        let misspelt = Config::from_json(r#"{"coach": {"glosary": ["SLA"]}}"#).unwrap_err();
        assert!(misspelt.contains("unknown field `glosary`"), "{misspelt}");
    }

    #[test]
    fn switching_goes_through_every_theme_and_back() {
        let mut theme = Theme::Default;
        let mut seen = vec![theme];
        for _ in 0..Theme::ALL.len() {
            theme = theme.next();
            seen.push(theme);
        }
        assert_eq!(seen, [Theme::Default, Theme::HighContrast, Theme::NoColor, Theme::Default]);
    }
}
