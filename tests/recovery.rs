//! Recovery copies and the lock that keeps two instances from writing one session.

#[path = "support/harness.rs"]
mod harness;

use std::path::PathBuf;
use std::time::Duration;

use harness::{Harness, example};

const HONESTY_BOX: &str = "01kr2b6n9p3q5s7t9v1w3x5y7z";

fn recovery_copy(h: &Harness) -> PathBuf {
    h.paths.state.join("recovery").join(format!("{HONESTY_BOX}.json"))
}

fn session_file(h: &Harness) -> PathBuf {
    h.paths.sessions.join(format!("{HONESTY_BOX}.json"))
}

fn who_in(path: &std::path::Path) -> String {
    let session: serde_json::Value = serde_json::from_slice(&std::fs::read(path).expect("read")).expect("parses");
    session["customer"]["who"]["text"].as_str().expect("text").to_owned()
}

/// The example on disk, and a recovery copy beside it in the state folder that has
/// more typed into the first answer, as a crash leaves them; then Backwards starts.
fn after_a_crash() -> Harness {
    let before = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    let mut session: serde_json::Value =
        serde_json::from_slice(&std::fs::read(session_file(&before)).expect("read")).expect("parses");
    let who = session["customer"]["who"]["text"].as_str().expect("text").to_owned();
    session["customer"]["who"]["text"] = format!("{who} Typed just before the crash.").into();
    std::fs::create_dir_all(recovery_copy(&before).parent().expect("a folder")).expect("the recovery folder");
    std::fs::write(recovery_copy(&before), serde_json::to_vec_pretty(&session).expect("json")).expect("write");
    before.restart()
}

#[test]
fn typing_goes_to_a_recovery_copy_between_saves_which_goes_once_the_file_has_it() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    h.keys("<Enter><Enter> More words");
    h.wait(Duration::from_millis(200));
    assert!(who_in(&recovery_copy(&h)).ends_with("More words"), "the copy has the typing before the save");
    assert!(!who_in(&session_file(&h)).ends_with("More words"), "the file does not have it yet");
    h.wait(Duration::from_secs(1));
    assert!(who_in(&session_file(&h)).ends_with("More words"), "saved within a second");
    assert!(!recovery_copy(&h).exists(), "the copy is gone once the file holds everything");
}

#[test]
fn a_recovery_copy_newer_than_its_file_is_offered_compared_and_restored() {
    let mut h = after_a_crash();
    let screen = h.screen();
    assert!(screen.contains("Restore unsaved typing?"), "{screen}");
    assert!(screen.contains("“Honesty box: card payments at farm stands without signal”"), "{screen}");
    assert!(screen.contains("has typing its file never got"), "{screen}");
    h.keys("c");
    let screen = h.screen();
    assert!(screen.contains("From the saved file to the recovery copy"), "{screen}");
    assert!(screen.contains("{+ Typed just before the crash.+}"), "{screen}");
    h.keys("<Esc>");
    assert!(h.screen().contains("Restore unsaved typing?"), "Esc from the comparison goes back to the offer");
    h.keys("r");
    let screen = h.screen();
    assert!(screen.contains("Restored: what was typed after the last save is back"), "{screen}");
    assert!(screen.contains("Typed just before the crash."), "the session is open with the words:\n{screen}");
    assert!(who_in(&session_file(&h)).ends_with("Typed just before the crash."), "and they are in the file");
    assert!(!recovery_copy(&h).exists());
}

#[test]
fn a_discarded_recovery_copy_goes_to_the_trash_and_the_file_stays_as_it_was() {
    let mut h = after_a_crash();
    let file_before = std::fs::read(session_file(&h)).expect("read");
    h.keys("d");
    assert!(h.screen().contains("Moved to the trash"), "{}", h.screen());
    assert!(!recovery_copy(&h).exists());
    let trashed: Vec<_> = std::fs::read_dir(h.paths.state.join("trash")).expect("the trash").collect();
    assert_eq!(trashed.len(), 1, "the copy is in the trash, not deleted");
    assert_eq!(std::fs::read(session_file(&h)).expect("read"), file_before);
}

#[test]
fn a_recovery_copy_left_for_later_stays_and_is_not_asked_about_again_in_this_run() {
    let mut h = after_a_crash();
    h.keys("<Esc>");
    assert!(h.screen().contains("offers again at the next start"), "{}", h.screen());
    h.relist();
    assert!(!h.screen().contains("Restore unsaved typing?"));
    assert!(recovery_copy(&h).exists());
    let mut next_start = h.another_instance();
    assert!(next_start.screen().contains("Restore unsaved typing?"));
}

#[test]
fn a_recovery_copy_older_than_a_file_changed_as_late_is_not_offered_and_goes_to_the_trash() {
    let h = after_a_crash();
    let copy = std::fs::File::options().write(true).open(recovery_copy(&h)).expect("open the copy");
    copy.set_modified(std::time::SystemTime::now() - Duration::from_secs(3600)).expect("age the copy");
    let mut next_start = h.restart();
    assert!(!next_start.screen().contains("Restore unsaved typing?"), "{}", next_start.screen());
    assert!(!recovery_copy(&next_start).exists(), "the copy is cleared up");
    let trashed: Vec<String> = std::fs::read_dir(next_start.paths.trash())
        .expect("the trash")
        .map(|entry| entry.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(trashed.iter().any(|name| name.ends_with(&format!("{HONESTY_BOX}.json"))), "{trashed:?}");
}

#[test]
fn a_recovery_copy_older_than_its_file_but_typed_after_its_last_change_is_offered() {
    let before = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    let mut session: serde_json::Value =
        serde_json::from_slice(&std::fs::read(session_file(&before)).expect("read")).expect("parses");
    session["customer"]["who"]["text"] = "Typed later than the file's last change.".into();
    session["updated_at"] = "2099-01-01T00:00:00Z".into();
    std::fs::create_dir_all(recovery_copy(&before).parent().expect("a folder")).expect("the recovery folder");
    std::fs::write(recovery_copy(&before), serde_json::to_vec_pretty(&session).expect("json")).expect("write");
    let copy = std::fs::File::options().write(true).open(recovery_copy(&before)).expect("open the copy");
    copy.set_modified(std::time::SystemTime::now() - Duration::from_secs(3600)).expect("age the copy");
    let mut next_start = before.restart();
    assert!(next_start.screen().contains("Restore unsaved typing?"), "{}", next_start.screen());
}

#[test]
fn a_session_open_in_another_instance_opens_read_only_and_says_why() {
    let mut first = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    first.keys("<Enter><Enter> Typing in the first");
    first.wait(Duration::from_millis(200));

    let mut second = first.another_instance();
    assert!(!second.screen().contains("Restore unsaved typing?"), "the first is still typing: nothing to restore");
    second.keys("<Enter>");
    let screen = second.screen();
    assert!(screen.contains("open in another Backwards on this machine (pid "), "{screen}");
    second.keys("<Enter>x");
    assert!(second.screen().contains("Read-only"), "{}", second.screen());

    first.keys("<Esc><Esc>");
    second.keys("<Esc><Esc><Esc><Enter><Enter> and the second");
    second.wait(Duration::from_secs(2));
    assert!(who_in(&session_file(&second)).ends_with("Typing in the first and the second"));
}

#[test]
fn a_lock_left_by_a_crashed_instance_is_taken_over() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    let locks = h.paths.state.join("locks");
    std::fs::create_dir_all(&locks).expect("the locks folder");
    std::fs::write(locks.join(format!("{HONESTY_BOX}.lock")), "pid 999999").expect("a lock file nobody holds");
    h.keys("<Enter><Enter> Mine now");
    h.wait(Duration::from_secs(2));
    assert!(who_in(&session_file(&h)).ends_with("Mine now"));
}
