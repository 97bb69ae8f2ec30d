//! `r` on the list renames the chosen session: its title changes in the file and on
//! the list, the file keeps its name.

#[path = "support/harness.rs"]
mod harness;

use harness::{Harness, example};

#[test]
fn r_on_the_list_renames_the_session_and_keeps_its_file() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    let files_before = h.session_files();
    h.keys("r");
    assert!(h.screen().contains("Rename session"), "{}", h.screen());
    h.keys("<C-u>Bedtime stories<Enter>");
    assert!(h.screen().contains("Renamed: Bedtime stories"), "{}", h.screen());
    assert_eq!(h.saved()[0]["title"], "Bedtime stories");
    assert_eq!(h.session_files(), files_before);
    assert!(h.screen().contains("Bedtime stories"), "{}", h.screen());
}

#[test]
fn a_blank_new_title_is_refused_and_esc_keeps_the_old_one() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kr2b")]);
    let title = h.saved()[0]["title"].clone();
    h.keys("r<C-u><Enter>");
    assert!(h.screen().contains("Type a title first"), "{}", h.screen());
    h.keys("<Esc>");
    assert!(!h.screen().contains("Rename session"), "{}", h.screen());
    assert_eq!(h.saved()[0]["title"], title);
}
