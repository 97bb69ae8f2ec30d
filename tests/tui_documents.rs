//! Key-script flows for documents in and out of the app: the list's `i` imports a
//! PR/FAQ (with Tab completing the path), `n` lists the coach's notes on the whole draft,
//! and `x` asks for the format.

#[path = "support/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};

use harness::Harness;

/// A short PR/FAQ with a part no field holds (the tenets), written for these tests.
const CLINIC_QUEUE: &str = "\
# Clinic Queue lets patients wait at home, not in the waiting room

## Press release

LEEDS, 2 March 2026 — Northgate Surgery today launched Clinic Queue, a text message
that tells each patient when the doctor is ten minutes away.

Patients sit for 40 minutes on average in a crowded room before a routine visit.

## Tenets

Quiet rooms beat full rooms. Every message names the minutes, never a vague soon.

## FAQ

### How much does it cost a patient?

Nothing; the surgery pays per message sent.
";

fn write(folder: &Path, name: &str, text: &str) -> PathBuf {
    std::fs::create_dir_all(folder).unwrap();
    let path = folder.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn i_imports_a_completed_path_and_shows_what_went_where_then_the_kept_part_stays_one_key_away() {
    let mut h = Harness::new(100, 40);
    let docs = h.root.path().join("docs");
    write(&docs, "clinic-queue.md", CLINIC_QUEUE);
    write(&docs, "clinic-notes.md", "notes");
    h.keys("i");
    assert!(h.screen().contains("Which PR/FAQ to import?"), "{}", h.screen());

    // Tab completes the last part; again, the next name that fits.
    h.keys(&format!("{}/clinic", docs.display()));
    h.keys("<Tab>");
    assert!(h.screen().contains("clinic-notes.md▏"), "{}", h.screen());
    h.keys("<Tab>");
    assert!(h.screen().contains("clinic-queue.md▏"), "{}", h.screen());
    assert!(h.saved().is_empty(), "completing writes nothing");

    h.keys("<Enter>");
    let report = h.screen();
    assert!(report.contains("Imported from"), "{report}");
    assert!(report.contains("Press release · Headline: Clinic Queue lets patients wait at home"), "{report}");
    assert!(report.contains("FAQ (external) 1: How much does it cost a patient?"), "{report}");
    assert!(report.contains("Kept from the import"), "{report}");
    assert!(report.contains("Quiet rooms beat full rooms."), "the kept part in full: {report}");
    assert!(report.contains("⚠ press release sections left empty"), "{report}");

    let saved = h.saved();
    assert_eq!(saved.len(), 1, "one new session");
    assert_eq!(
        saved[0]["press_release"]["headline"],
        "Clinic Queue lets patients wait at home, not in the waiting room"
    );
    assert_eq!(saved[0]["kept_aside"][0]["title"], "Tenets");
    assert!(saved[0]["imported_from"]["file"].as_str().unwrap().ends_with("clinic-queue.md"));

    // Esc leaves the report for the session; the press release names the kept part,
    // and i shows it again.
    h.keys("<Esc>");
    let session = h.screen();
    assert!(session.contains("Clinic Queue lets patients") && !session.contains("Imported from"), "{session}");
    h.keys("2");
    h.keys("i");
    assert!(h.screen().contains("Quiet rooms beat full rooms."), "{}", h.screen());
    h.keys("<Esc>");

    // The coach reads none of it as press release.
    let loaded: backwards::domain::Session = serde_json::from_value(h.saved()[0].clone()).unwrap();
    let notes = backwards::domain::lint(&loaded);
    assert!(!notes.is_empty());
    assert!(notes.iter().all(|n| !n.message.contains("Quiet rooms") && !n.place.contains("Tenets")), "{notes:?}");
}

#[test]
fn a_file_that_cannot_be_imported_is_said_so_and_nothing_is_written() {
    let mut h = Harness::new(100, 30);
    let empty = write(&h.root.path().join("docs"), "empty.md", "  \n");
    h.keys(&format!("i{}<Enter>", empty.display()));
    let screen = h.screen();
    assert!(screen.contains("it is empty; there is nothing to import"), "{screen}");
    assert!(screen.contains("Which PR/FAQ to import?"), "the prompt stays, to put the path right: {screen}");
    h.keys("<C-u>/no/such/file.md<Enter>");
    assert!(h.screen().contains("cannot read /no/such/file.md"), "{}", h.screen());
    h.keys("<Esc>");
    assert!(h.saved().is_empty(), "nothing written: {:?}", h.session_files());
}

#[test]
fn capital_n_lists_the_whole_drafts_notes_enter_goes_to_one_and_d_dismisses_one_for_good() {
    let mut h = Harness::new(100, 40);
    let doc = write(&h.root.path().join("docs"), "clinic-queue.md", CLINIC_QUEUE);
    h.keys(&format!("i{}<Enter><Esc>", doc.display()));
    let session = |h: &Harness| -> backwards::domain::Session { serde_json::from_value(h.saved()[0].clone()).unwrap() };
    let notes = backwards::domain::lint(&session(&h));

    h.keys("N");
    let panel = h.screen();
    assert!(panel.contains("The coach's notes"), "{panel}");
    for note in notes.iter().take(3) {
        assert!(panel.contains(&note.place), "{} missing:\n{panel}", note.place);
    }

    // Enter on a note about the customer: the customer stage, that answer focused.
    let customer = notes.iter().position(|n| n.place.starts_with("Customer")).expect("a note on the customer stage");
    for _ in 0..customer {
        h.keys("<Down>");
    }
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(!screen.contains("The coach's notes") && screen.contains("▶ Who is the customer"), "{screen}");

    // d sets the note at the cursor aside; it is saved, and lint no longer reports it.
    h.keys("N");
    let first = notes[0].clone();
    h.keys("d<Esc><C-s>");
    let after = session(&h);
    assert!(after.coach.dismissed.contains(&first.key), "{:?}", after.coach);
    let left = backwards::domain::lint(&after);
    assert_eq!(left.len(), notes.len() - 1);
    assert!(left.iter().all(|n| n.key != first.key));
    let errors = left.iter().filter(|n| n.severity == backwards::domain::Severity::Error).count();
    let title = format!(
        "The coach's notes · {}, {}",
        backwards::domain::count(errors, "error"),
        backwards::domain::count(left.len() - errors, "warning")
    );
    h.keys("N");
    assert!(h.screen().contains(&title), "the panel counts one note fewer: {title}\n{}", h.screen());
}

#[test]
fn enter_on_a_note_of_another_stage_shows_that_stage_and_changes_nothing_in_the_file() {
    let mut h = Harness::new(100, 40);
    let doc = write(&h.root.path().join("docs"), "clinic-queue.md", CLINIC_QUEUE);
    h.keys(&format!("i{}<Enter><Esc>1", doc.display()));
    let saved = h.saved();
    let session: backwards::domain::Session = serde_json::from_value(saved[0].clone()).unwrap();
    let notes = backwards::domain::lint(&session);
    let on_press_release =
        notes.iter().position(|n| n.place.starts_with("Press release")).expect("a press-release note");

    h.keys("N");
    for _ in 0..on_press_release {
        h.keys("<Down>");
    }
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("▶ 2 Press release"), "{screen}");
    let view = h.runner.app.session().expect("the session is open");
    assert_eq!(view.stage(), backwards::domain::Stage::PressRelease, "{screen}");
    assert!(!view.save.dirty, "looking at another stage is no change to save");
    assert_eq!(h.saved(), saved, "the file is as it was");
}

#[test]
fn x_asks_the_format_and_remembers_the_last_one_for_the_run() {
    let mut h = Harness::with_examples(100, 30);
    h.keys("x");
    let chooser = h.screen();
    assert!(chooser.contains("Export as") && chooser.contains("Word (.docx)") && chooser.contains("Web page (.html)"));
    h.keys("<Down><Enter>");
    let exports = h.root.path().join("exports");
    let written = |ext: &str| -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&exports)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == ext))
            .collect();
        files.sort();
        files
    };
    let docx = written("docx");
    assert_eq!(docx.len(), 1, "{}", h.screen());
    assert!(std::fs::read(&docx[0]).unwrap().starts_with(b"PK"), "a Word file is a zip");
    assert!(h.screen().contains("Exported to"), "{}", h.screen());

    // In the session, x offers Word first now; Down takes the web page.
    h.keys("<Enter>x");
    assert!(h.screen().contains("▶ ● Word (.docx)"), "{}", h.screen());
    h.keys("<Down><Enter>");
    let html = written("html");
    assert_eq!(html.len(), 1);
    assert!(std::fs::read_to_string(&html[0]).unwrap().starts_with("<!DOCTYPE html>"));
    // Esc on the chooser exports nothing.
    h.keys("x<Esc>");
    assert_eq!(written("md").len() + written("docx").len() + written("html").len(), 2);
}
