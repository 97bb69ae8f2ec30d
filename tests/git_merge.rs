//! Teams through git: two clones of a sessions repository edit one session offline and
//! `git pull`, with Backwards registered as the merge driver by `backwards git-setup`.
//! Real git, real commits; skipped, saying so, only where git is not installed.

#[path = "support/git_team.rs"]
mod git_team;

use backwards::domain::{FaqEntry, ReviewItem, ReviewKind};
use backwards::store;
use git_team::{Team, git_missing, text};

fn faq(id: &str, question: &str) -> FaqEntry {
    FaqEntry { id: id.into(), question: question.into(), ..Default::default() }
}

fn item(id: &str, text: &str) -> ReviewItem {
    let mut item = ReviewItem::new(id.into(), ReviewKind::Concern, "2026-03-02T09:00:00Z".into());
    item.text = text.into();
    item
}

#[test]
fn edits_to_different_parts_merge_cleanly_with_both_changes() {
    if git_missing() {
        return;
    }
    let team = Team::new();
    let pull = team
        .both_edit(|s| s.title = "Kids reader, take two".into(), |s| s.press_release.headline = "Read along".into());
    assert!(pull.status.success(), "{}{}", text(&pull.stdout), text(&pull.stderr));
    let session = team.merged();
    assert_eq!(session.title, "Kids reader, take two");
    assert_eq!(session.press_release.headline, "Read along");
    assert!(session.conflicts.is_empty());
    assert!(team.backwards("clone", &["validate"]).status.success());
}

#[test]
fn items_and_questions_added_on_both_sides_are_all_kept_and_votes_add_up() {
    if git_missing() {
        return;
    }
    let team = Team::new();
    let pull = team.both_edit(
        |s| {
            s.review.items.push(item("r-01aaa", "Ours"));
            s.faq.external.push(faq("q-01aaa", "Is it free?"));
            s.review.items[0].votes += 1;
        },
        |s| {
            s.review.items.push(item("r-01bbb", "Theirs"));
            s.faq.internal.push(faq("q-01bbb", "Who builds it?"));
            s.review.items[0].votes += 3;
        },
    );
    assert!(pull.status.success(), "{}{}", text(&pull.stdout), text(&pull.stderr));
    let session = team.merged();
    let mut ids: Vec<&str> = session.review.items.iter().map(|i| i.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["r-01aaa", "r-01bbb", "r1"]);
    assert!(session.faq.find("q-01aaa").is_some() && session.faq.find("q-01bbb").is_some());
    assert_eq!(session.review.items[0].votes, 2 + 1 + 3);
}

#[test]
fn the_same_paragraph_changed_on_both_sides_is_a_conflict_recorded_in_a_file_that_loads() {
    if git_missing() {
        return;
    }
    let team = Team::new();
    let ours = "Kids stop reading alone at night because the print is too small.";
    let theirs = "Kids stop reading alone at night because the print is too dull.";
    let pull = team.both_edit(|s| s.press_release.problem = theirs.into(), |s| s.press_release.problem = ours.into());
    assert!(!pull.status.success(), "git must report the conflict");
    assert!(text(&pull.stdout).contains("CONFLICT"), "{}", text(&pull.stdout));
    let bytes = std::fs::read_to_string(team.file("clone")).unwrap();
    assert!(!bytes.contains("<<<<<<<"), "no conflict markers in a session file");
    let session = team.merged();
    assert_eq!(session.press_release.problem, ours, "the field keeps ours");
    let conflict = &session.conflicts[0];
    assert_eq!(conflict.field, "press_release.problem");
    assert_eq!(conflict.ours, ours);
    assert_eq!(conflict.theirs, theirs);
    assert_eq!(conflict.base, "Kids stop reading alone at night because the books are too hard.");
    let validate = team.backwards("clone", &["validate"]);
    assert_eq!(validate.status.code(), Some(1));
    assert!(text(&validate.stdout).contains("press_release.problem"), "{}", text(&validate.stdout));
    let list = team.backwards("clone", &["list"]);
    assert!(text(&list.stdout).contains("merge conflict"), "{}", text(&list.stdout));
}

#[test]
fn a_file_of_a_newer_schema_goes_to_gits_own_merge_and_is_never_broken() {
    if git_missing() {
        return;
    }
    let team = Team::new();
    let newer = |clone: &str, line: &str| {
        let lines = [
            "{",
            "  \"schema_version\": 99,",
            "  \"id\": \"future\",",
            "  \"a\": \"one\",",
            "  \"b\": \"two\",",
            "  \"c\": \"three\"",
            "}",
        ];
        let edited: Vec<String> =
            lines.iter().map(|l| if l.contains(line) { l.replacen('"', "\"x", 1) } else { (*l).to_owned() }).collect();
        std::fs::write(team.clone_dir(clone).join("sessions/future.json"), edited.join("\n") + "\n").unwrap();
    };
    newer("origin", "none");
    team.commit("origin", "a file from the future");
    team.git("clone", &["-c", "pull.rebase=false", "pull", "-q", "--no-edit"]);
    newer("origin", "\"a\"");
    team.commit("origin", "a");
    newer("clone", "\"c\"");
    team.commit("clone", "c");
    let pull = team.command("git", "clone").args(["-c", "pull.rebase=false", "pull", "--no-edit"]).output().unwrap();
    assert!(pull.status.success(), "{}{}", text(&pull.stdout), text(&pull.stderr));
    assert!(text(&pull.stderr).contains("falling back to git's own line merge"), "{}", text(&pull.stderr));
    let merged = std::fs::read_to_string(team.clone_dir("clone").join("sessions/future.json")).unwrap();
    let value: serde_json::Value = serde_json::from_str(&merged).expect("still JSON");
    assert_eq!(
        (value["xa"].as_str(), value["xc"].as_str(), value["schema_version"].as_u64()),
        (Some("one"), Some("three"), Some(99))
    );
}

#[test]
fn git_setup_is_idempotent_and_a_clone_without_it_is_told_how_to_fix_it() {
    if git_missing() {
        return;
    }
    let team = Team::new();
    let again = team.backwards("clone", &["git-setup"]);
    assert!(text(&again.stdout).starts_with("nothing changed"), "{}", text(&again.stdout));
    let attributes = std::fs::read_to_string(team.clone_dir("clone").join(".gitattributes")).unwrap();
    assert_eq!(attributes, "/sessions/*.json merge=backwards\n");

    team.git("", &["clone", "-q", "origin", "bare-clone"]);
    let list = team.backwards("bare-clone", &["list"]);
    assert!(list.status.success());
    assert!(text(&list.stderr).contains("backwards git-setup"), "{}", text(&list.stderr));
    assert!(!text(&team.backwards("clone", &["list"]).stderr).contains("git-setup"));
}

#[test]
fn a_sync_tool_conflict_copy_merges_back_and_goes_to_the_trash() {
    if git_missing() {
        return;
    }
    let team = Team::new();
    let file = team.file("origin");
    let mut copy = store::load(&file).unwrap().session;
    copy.review.items.push(item("r-01ccc", "Added on the other laptop"));
    copy.press_release.headline = "Read along".into();
    let copy_path = file.with_file_name(format!("{}.sync-conflict-20260301-090000-ABCDEFG.json", team.id));
    std::fs::write(&copy_path, store::to_bytes(&copy).unwrap()).unwrap();
    team.edit("origin", |s| s.review.items.push(item("r-01ddd", "Added here")));

    let merged = team.backwards("origin", &["merge-copy", copy_path.to_str().unwrap()]);
    assert_eq!(merged.status.code(), Some(1), "{}{}", text(&merged.stdout), text(&merged.stderr));
    assert!(!copy_path.exists(), "the copy went to the trash");
    let session = store::load(&file).unwrap().session;
    let ids: Vec<&str> = session.review.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r-01ddd", "r-01ccc"]);
    assert_eq!(session.press_release.headline, "Read with me");
    assert_eq!(session.conflicts[0].theirs, "Read along");
    let trash: Vec<_> = std::fs::read_dir(team.root.path().join("state-origin/trash")).unwrap().collect();
    assert_eq!(trash.len(), 1);
}
