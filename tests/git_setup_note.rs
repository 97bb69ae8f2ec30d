//! The list says once, at start, when the sessions folder's repository names the merge
//! driver but this clone has not registered it. Real git; skipped, saying so, where git
//! is not installed.

#[path = "support/harness.rs"]
mod harness;

use std::process::Command;

use harness::Harness;

fn git(folder: &std::path::Path, args: &[&str]) {
    let status = Command::new("git").args(args).current_dir(folder).output().unwrap().status;
    assert!(status.success(), "git {args:?} failed");
}

#[test]
fn a_clone_without_the_driver_is_told_how_to_fix_it_and_a_set_up_clone_is_not() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("SKIPPED: git is not installed, and this test needs real git");
        return;
    }
    let mut h = Harness::new(120, 24);
    let folder = h.paths.sessions.clone();
    git(&folder, &["init", "-q"]);
    std::fs::write(folder.join(".gitattributes"), "*.json merge=backwards\n").unwrap();
    let now = h.now();
    h.runner.check_git_setup(&now);
    let screen = h.screen();
    assert!(screen.contains("does not know the backwards merge driver"), "{screen}");

    h.keys("??");
    assert!(
        !h.screen().contains("does not know the backwards merge driver"),
        "the note is said once, not kept on screen"
    );

    git(&folder, &["config", "merge.backwards.driver", "backwards merge %O %A %B"]);
    let mut h = h.restart();
    let now = h.now();
    h.runner.check_git_setup(&now);
    assert!(!h.screen().contains("does not know the backwards merge driver"), "{}", h.screen());
}
