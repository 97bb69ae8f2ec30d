//! The importer on documents in every layout it must recognise: what lands in which field.

use backwards::domain::{Confidence, Session};
use backwards::import::import;

fn fixture(name: &str) -> Session {
    let path = format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    import(&text, name).session
}

#[test]
fn dump() {
    for name in ["en_headings.md", "en_bold_labels.md", "en_unnamed.md", "de.md", "ru.md", "ja.md", "zh.md", "not_prfaq.md"] {
        let session = fixture(name);
        println!("===== {name}\n{}", serde_json::to_string_pretty(&serde_json::json!({
            "title": session.title, "pr": session.press_release, "faq": session.faq, "customer": session.customer, "kept": session.kept_aside
        })).unwrap());
    }
}
