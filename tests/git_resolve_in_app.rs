//! The whole way through git: both clones change the same paragraph, the pull records
//! the conflict in the file, the app opens on it, the facilitator keeps one version, and
//! the saved file passes `backwards validate` and concludes the merge with `git add`.
//! Real git; skipped, saying so, only where git is not installed.

#[path = "support/harness.rs"]
mod harness;

#[path = "support/git_team.rs"]
mod git_team;

use git_team::{Team, git_missing, text};
use harness::Harness;

#[test]
fn a_conflict_from_a_pull_resolved_in_the_app_passes_validate_and_concludes_the_merge() {
    if git_missing() {
        return;
    }
    let team = Team::new();
    let ours = "Kids stop reading alone at night because the print is too small.";
    let theirs = "Kids stop reading alone at night because the print is too dull.";
    let pull = team.both_edit(|s| s.press_release.problem = theirs.into(), |s| s.press_release.problem = ours.into());
    assert!(!pull.status.success(), "git reports the conflict");
    assert_eq!(team.backwards("clone", &["validate"]).status.code(), Some(1), "validate fails while it is unresolved");

    let mut h = Harness::on_folder(&team.clone_dir("clone").join("sessions"), 80, 24);
    assert!(h.screen().contains("⚠ 1 conflict"), "the list marks it:\n{}", h.screen());
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("Merge conflict 1 of 1"), "opening shows the conflict:\n{screen}");
    assert!(screen.contains("too small.") && screen.contains("too dull."), "both versions:\n{screen}");
    assert!(screen.contains("[-small-]{+dull+}"), "the word diff:\n{screen}");
    h.keys("t");
    assert!(h.screen().contains("ready for git add"), "{}", h.screen());
    h.keys("<C-q>");
    assert!(h.has_quit());

    let session = team.merged();
    assert_eq!(session.press_release.problem, theirs);
    assert!(session.conflicts.is_empty());
    let validate = team.backwards("clone", &["validate"]);
    assert_eq!(validate.status.code(), Some(0), "{}{}", text(&validate.stdout), text(&validate.stderr));
    team.git("clone", &["add", "-A"]);
    team.git("clone", &["commit", "-q", "--no-edit"]);
    let status = team.git("clone", &["status", "--porcelain"]);
    assert!(text(&status.stdout).trim().is_empty(), "the merge is concluded: {}", text(&status.stdout));
}
