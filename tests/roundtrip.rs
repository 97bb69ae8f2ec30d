//! Any session saves and loads to itself, and saving it again gives the same bytes.

use std::path::Path;

#[path = "support/sessions.rs"]
mod sessions;

use backwards::domain::*;
use backwards::store;
use proptest::collection::vec;
use proptest::prelude::*;
use sessions::session;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_session_saves_and_loads_to_itself_with_stable_bytes(mut original in session()) {
        original.sanitize();
        let bytes = store::to_bytes(&original).expect("serialise");
        let (loaded, access) = store::load_bytes(Path::new("p.json"), &bytes).unwrap();
        prop_assert_eq!(&loaded, &original);
        prop_assert_eq!(access, Access::ReadWrite);
        prop_assert_eq!(store::to_bytes(&loaded).expect("serialise"), bytes);
    }

    #[test]
    fn any_bytes_load_or_fail_without_panicking(bytes in vec(any::<u8>(), 0..512)) {
        let _ = store::load_bytes(Path::new("p.json"), &bytes);
    }
}

#[test]
fn a_saved_file_is_pretty_with_a_final_newline_and_keys_in_a_stable_order() {
    let session = Session::new("01abc".into(), "T".into(), "2026-01-01T00:00:00Z".into(), PrincipleSet::amazon());
    let text = String::from_utf8(store::to_bytes(&session).expect("serialise")).unwrap();
    assert!(text.starts_with("{\n  \"schema_version\": 2,\n  \"id\": \"01abc\",\n  \"title\": \"T\","));
    assert!(text.ends_with("}\n"));
    let keys: Vec<&str> =
        text.lines().filter(|l| l.starts_with("  \"")).map(|l| l.trim().split('"').nth(1).unwrap()).collect();
    assert_eq!(
        keys,
        [
            "schema_version",
            "id",
            "title",
            "created_at",
            "updated_at",
            "facilitator",
            "participants",
            "stage",
            "principles",
            "customer",
            "press_release",
            "faq",
            "review",
            "iterations",
            "timeboxes"
        ]
    );
}
