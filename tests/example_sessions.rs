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
            store::to_bytes(&loaded.session).expect("serialise"),
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

/// What makes them good examples beyond being valid: people and times that hang
/// together, the default principle set as it is, and versions that address revisions.
#[test]
fn the_examples_hang_together_as_real_workshops() {
    use backwards::domain::{Outcome, PrincipleSet};

    let mut ids = Vec::new();
    for file in examples() {
        let session = store::load(&file).unwrap().session;
        let name = file.display();
        assert!(session.extra.is_empty(), "{name} holds unknown keys");
        assert_eq!(session.principles, PrincipleSet::amazon(), "{name} must carry the default set as it is");
        let crockford = |c: char| c.is_ascii_digit() || (c.is_ascii_lowercase() && !"ilou".contains(c));
        assert!(session.id.len() == 26 && session.id.chars().all(crockford), "{name}: the id is not a ULID");
        assert!(!ids.contains(&session.id), "{name}: id used twice");
        ids.push(session.id.clone());
        assert!((3..=6).contains(&session.participants.len()), "{name}: 3 to 6 participants");
        for item in &session.review.items {
            let mut people = session.participants.iter().chain([&session.facilitator]);
            assert!(people.any(|p| *p == item.author), "{name}: {} is by someone not in the room", item.id);
            assert!(
                session.created_at <= item.created_at && item.created_at <= session.updated_at,
                "{name}: {} was written outside the session",
                item.id
            );
        }
        for iteration in &session.iterations {
            for id in &iteration.addresses {
                let addressed = session.review.items.iter().find(|i| i.id == *id);
                assert!(
                    addressed.is_some_and(|i| i.outcome == Some(Outcome::Revise)),
                    "{name}: version {} addresses {id}, not a revise decision",
                    iteration.number
                );
            }
        }
    }
}
