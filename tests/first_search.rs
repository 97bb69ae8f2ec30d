//! The first search after a first start: the list's pass has read every session, and
//! the search takes its words from that pass instead of reading the folder again.

#[path = "support/harness.rs"]
mod harness;

use std::path::Path;

use harness::{Harness, example};

/// Changes a session's text keeping the file's length and time, so that only a program
/// that reads the file again can see the change.
fn change_unseen(path: &Path, from: &str, to: &str) {
    assert_eq!(from.len(), to.len());
    let stamp = std::fs::metadata(path).unwrap().modified().unwrap();
    let changed = std::fs::read_to_string(path).unwrap().replace(from, to);
    assert!(changed.contains(to), "{to} replaced {from}");
    std::fs::write(path, changed).unwrap();
    std::fs::File::options().write(true).open(path).unwrap().set_modified(stamp).unwrap();
}

#[test]
fn on_a_first_start_the_search_reads_no_session_the_list_read() {
    let clinic = example("01kjh8m2c4");
    let mut h = Harness::with_sessions(100, 30, &[&clinic]);
    let file = h.paths.sessions.join(clinic.file_name().unwrap());
    change_unseen(&file, "feverish", "fevxrish");
    h.keys("/feverish");
    let screen = h.screen();
    assert!(screen.contains("1 of 1") && screen.contains("▶ Clinic Queue"), "the list's words:\n{screen}");
}
