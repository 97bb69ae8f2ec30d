//! `m` on the list merges a conflict copy back into its session: the copy goes to the
//! trash, differing texts are recorded as conflicts in the file, and the notice counts them.

#[path = "support/harness.rs"]
mod harness;

use harness::{Harness, example};

#[test]
fn m_on_a_conflict_copy_merges_it_into_its_session_and_trashes_the_copy() {
    let original = example("01kpq3");
    let mut h = Harness::with_sessions(140, 30, &[&original]);
    let file = h.paths.sessions.join(original.file_name().unwrap());
    let mut copy: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let id = copy["id"].as_str().unwrap().to_owned();
    copy["press_release"]["headline"] = "A headline written on the other laptop".into();
    let copy_path = h.paths.sessions.join(format!("{id}.conflict-20260303T090000.json"));
    std::fs::write(&copy_path, serde_json::to_vec_pretty(&copy).unwrap()).unwrap();
    h.relist();

    assert!(h.runner.app.list.selected_entry().is_some_and(|e| !e.is_copy()));
    assert!(!h.screen().contains("m merge"), "m is offered only on a copy: {}", h.screen());
    h.keys("m");
    assert!(copy_path.exists(), "m on a session merges nothing");

    while !h.runner.app.list.selected_entry().is_some_and(|e| e.is_copy()) {
        h.keys("j");
    }
    assert!(h.screen().contains("m merge"), "{}", h.screen());
    h.keys("m");
    assert!(h.screen().contains("1 conflict recorded to resolve"), "{}", h.screen());
    assert!(!copy_path.exists(), "the copy went to the trash");
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let conflicts = saved["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0]["field"], "press_release.headline");
    assert!(conflicts[0].to_string().contains("A headline written on the other laptop"));
    assert!(h.screen().contains("⚠ 1 conflict"), "the list marks the session: {}", h.screen());
}
