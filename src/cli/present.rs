//! `backwards present REF`: the projector's window for one session.

use super::common::{Outcome, fail};
use crate::config::Theme;
use crate::projector::{Follower, run};
use crate::store::{self, Paths};

/// The reference and the file are checked before the terminal is taken, so that a
/// wrong one is said on the command line as `open` says it. A projector wants high
/// contrast unless `--theme` (or `NO_COLOR`) says otherwise; the config file's theme
/// is the laptop's.
pub(super) fn present(paths: &Paths, reference: &str, flag: Option<Theme>, no_color: bool) -> Outcome {
    let path = store::resolve(paths, reference).map_err(fail)?;
    let follower = Follower::open(paths.clone(), path, jiff::Timestamp::now())?;
    let theme = flag.unwrap_or(if no_color { Theme::NoColor } else { Theme::HighContrast });
    run(follower, theme)
}
