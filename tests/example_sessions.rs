//! The example sessions in `sessions/` are what a new user opens first and what the
//! README points to: they must be sound, stored exactly as Backwards writes them, and
//! together show every stage of a workshop.

use std::path::PathBuf;

use backwards::domain::{Stage, problems};
use backwards::store;

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions"))
        .expect("the sessions folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_is_sound_and_stored_as_backwards_writes_it() {
    let files = examples();
    assert_eq!(files.len(), 3);
    for file in files {
        let loaded = store::load(&file).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file.file_name().unwrap().to_string_lossy(), format!("{}.json", loaded.session.id));
        assert_eq!(problems(&loaded.session), Vec::<String>::new(), "{}", file.display());
        assert_eq!(
            store::to_bytes(&loaded.session),
            std::fs::read(&file).unwrap(),
            "{} is not in canonical form",
            file.display()
        );
    }
}

#[test]
fn the_examples_show_a_whole_workshop_one_in_review_and_one_just_started() {
    let sessions: Vec<_> = examples().iter().map(|f| store::load(f).unwrap().session).collect();
    let at = |stage: Stage| sessions.iter().find(|s| s.stage == stage).expect("a session at each of three stages");

    let whole = at(Stage::Iteration);
    assert!(whole.review.verdict.is_some());
    assert_eq!(whole.iterations.len(), 2);
    assert!(whole.decisions().all(|d| !d.principles.is_empty() && d.outcome.is_some()));
    assert!(whole.open_revisions().count() > 0, "one revise decision stays open");
    assert!(whole.iterations.iter().any(|i| !i.addresses.is_empty()));

    let in_review = at(Stage::Review);
    assert!(in_review.review.verdict.is_none() && in_review.decisions().count() > 0);

    let started = at(Stage::Customer);
    assert!(started.press_release.is_empty() && started.faq.is_empty() && !started.customer.is_empty());
}
