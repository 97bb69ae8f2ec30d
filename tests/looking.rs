//! Looking never writes: the real binary in a pseudo-terminal opens a session, moves
//! through every stage, presents, scrolls and leaves, and the file keeps every byte.

#[path = "support/pty.rs"]
mod pty;

use pty::{Folders, Terminal};

const CTRL_Q: &str = "\x11";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";

#[test]
fn opening_moving_through_every_stage_presenting_and_leaving_changes_no_byte() {
    let folders = Folders::new();
    let mut term = Terminal::start(&folders, &[], (100, 30));
    term.wait_for("No sessions yet");
    term.send("n");
    term.wait_for("New session");
    term.type_text("Quiet look");
    term.send(ENTER);
    term.wait_for("Backwards · Quiet look");
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);

    let file = std::fs::read_dir(folders.sessions()).unwrap().map(|e| e.unwrap().path()).next().unwrap();
    let bytes = std::fs::read(&file).unwrap();
    let modified = std::fs::metadata(&file).unwrap().modified().unwrap();
    // A save within the same clock tick would keep the time: let it move on first.
    std::thread::sleep(std::time::Duration::from_millis(1100));

    let mut term = Terminal::start(&folders, &[], (100, 30));
    term.wait_for("Quiet look");
    term.send(ENTER);
    term.wait_for("Backwards · Quiet look");
    term.send("2");
    term.wait_for("▶ 2 Press");
    term.send("3");
    term.wait_for("Start the silent reading?");
    term.send("n");
    term.wait_until("the silent reading offer to close", |s| !s.contents().contains("Start the silent reading?"));
    term.send("4");
    term.wait_for("▶ 4 Iteration");
    term.send("[");
    term.wait_for("▶ 3 Review");
    term.send("]");
    term.wait_for("▶ 4 Iteration");
    term.send("1");
    term.wait_for("▶ 1 Customer");
    term.send("p");
    term.wait_for("Quiet look: the customer");
    term.send("j");
    term.send(ESC);
    term.wait_until("the presenter view to close", |s| !s.contents().contains("Quiet look: the customer"));
    term.send("\t\t");
    term.send(ESC);
    term.wait_until("the list", |s| !s.contents().contains("▶ 1 Customer"));
    term.send("q");
    assert_eq!(term.wait_exit(), 0);
    term.wait_restored();

    assert_eq!(std::fs::read(&file).unwrap(), bytes, "looking changed the session file");
    assert_eq!(std::fs::metadata(&file).unwrap().modified().unwrap(), modified, "looking rewrote the session file");
    assert_eq!(std::fs::read_dir(folders.sessions()).unwrap().count(), 1, "looking left another file beside it");
}

#[test]
fn a_session_reopens_on_the_stage_it_was_left_on_without_its_file_changing() {
    let folders = Folders::new();
    let mut term = Terminal::start(&folders, &[], (100, 30));
    term.wait_for("No sessions yet");
    term.send("n");
    term.wait_for("New session");
    term.type_text("Come back");
    term.send(ENTER);
    term.wait_for("Backwards · Come back");
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    let file = std::fs::read_dir(folders.sessions()).unwrap().map(|e| e.unwrap().path()).next().unwrap();
    let bytes = std::fs::read(&file).unwrap();

    let mut term = Terminal::start(&folders, &[], (100, 30));
    term.wait_for("Come back");
    term.send(ENTER);
    term.wait_for("Backwards · Come back");
    term.send("4");
    term.wait_for("▶ 4 Iteration");
    term.send(ESC);
    term.wait_until("the list", |s| !s.contents().contains("▶ 4 Iteration"));
    term.send("q");
    assert_eq!(term.wait_exit(), 0);

    let mut term = Terminal::start(&folders, &[], (100, 30));
    term.wait_for("Come back");
    term.send(ENTER);
    term.wait_for("▶ 4 Iteration");
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
}
