//! The real binary in a pseudo-terminal, for what only a real terminal shows: the
//! alternate screen and bracketed paste are left as they were found, keys arrive as
//! bytes, signals end the program, and files hold what was typed.

#[path = "support/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Folders, Terminal, any_cell};

const CTRL_Q: &str = "\x11";
const CTRL_S: &str = "\x13";
const ENTER: &str = "\r";

/// Starts Backwards on an empty folder, creates a session and starts editing its first field.
fn new_session_editing(folders: &Folders, title: &str) -> Terminal {
    let mut term = Terminal::start(folders, &[], (100, 30));
    term.wait_for("No sessions yet");
    term.send("n");
    term.wait_for("New session");
    term.type_text(title);
    term.send(ENTER);
    term.wait_for(&format!("Backwards · {title}"));
    term.send(ENTER);
    term.wait_for("EDITING");
    term
}

fn wait_for_file(folders: &Folders, what: &str, condition: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    let start = Instant::now();
    loop {
        if let Some(session) = folders.saved_sessions().into_iter().find(|s| condition(s)) {
            return session;
        }
        assert!(start.elapsed() < pty::DEADLINE, "timed out waiting for the file to hold {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn create_type_and_quit_leaves_the_text_in_the_file_and_the_terminal_as_it_was() {
    let folders = Folders::new();
    let mut term = new_session_editing(&folders, "Kids reader");
    term.type_text("Parents of six-year-olds");
    term.wait_for("Parents of six-year-olds");
    term.send("\x1b");
    term.wait_until("edit mode to end", |screen| !screen.contents().contains("EDITING"));
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    term.wait_restored();
    let saved = folders.saved_sessions();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0]["title"], "Kids reader");
    assert_eq!(saved[0]["customer"]["who"]["text"], "Parents of six-year-olds");
}

#[test]
fn ctrl_q_while_editing_saves_what_was_just_typed() {
    let folders = Folders::new();
    let mut term = new_session_editing(&folders, "Pet sitter");
    term.type_text("Dog owners who travel");
    term.wait_for("Dog owners who travel");
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    term.wait_restored();
    assert_eq!(folders.saved_sessions()[0]["customer"]["who"]["text"], "Dog owners who travel");
}

#[test]
fn a_paste_of_five_thousand_lines_is_accepted_and_saved() {
    let folders = Folders::new();
    let mut term = new_session_editing(&folders, "Long paste");
    let lines: Vec<String> = (1..=5000).map(|n| format!("line {n} of the interview notes")).collect();
    term.paste(&lines.join("\r\n"));
    term.wait_for("line 5000 of the interview notes");
    term.send(CTRL_S);
    let saved = wait_for_file(&folders, "all 5,000 lines", |s| {
        s["customer"]["who"]["text"].as_str().is_some_and(|t| t.lines().count() == 5000)
    });
    assert_eq!(saved["customer"]["who"]["text"].as_str().unwrap(), lines.join("\n"));
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
}

/// Types, sends the program a signal, and checks that what was typed is in the file
/// and the terminal was restored.
fn signal_saves_what_was_typed(signal: &str, typed: &str) {
    let folders = Folders::new();
    let mut term = new_session_editing(&folders, "Signals");
    term.type_text(typed);
    term.wait_for(typed);
    let pid = term.pid().expect("a process id");
    assert!(std::process::Command::new("kill").args([signal, &pid.to_string()]).status().unwrap().success());
    term.wait_exit();
    term.wait_restored();
    assert_eq!(folders.saved_sessions()[0]["customer"]["who"]["text"], typed);
}

#[test]
fn sigterm_saves_what_was_typed_and_restores_the_terminal() {
    signal_saves_what_was_typed("-TERM", "typed just before the signal");
}

#[test]
fn sighup_saves_what_was_typed() {
    signal_saves_what_was_typed("-HUP", "the laptop lid closed");
}

#[test]
fn closing_the_terminal_saves_and_ends_the_program() {
    let folders = Folders::new();
    let mut term = new_session_editing(&folders, "Window closed");
    term.type_text("typed as the window closed");
    term.wait_for("typed as the window closed");
    term.hang_up();
    term.wait_exit();
    assert_eq!(folders.saved_sessions()[0]["customer"]["who"]["text"], "typed as the window closed");
}

#[test]
fn a_tiny_terminal_says_so_and_recovers() {
    let folders = Folders::new();
    let mut term = Terminal::start(&folders, &[], (30, 8));
    term.wait_for("Terminal too small");
    term.send(CTRL_Q);
    assert_eq!(term.wait_exit(), 0);
    term.wait_restored();
}

/// Whether any character on the screen has a colour of its own, in front or behind.
fn any_colour(screen: &vt100::Screen) -> bool {
    any_cell(screen, |cell| cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default)
}

fn any_reversed(screen: &vt100::Screen) -> bool {
    any_cell(screen, vt100::Cell::inverse)
}

#[test]
fn no_color_in_the_environment_leaves_out_every_colour_but_not_reverse_video() {
    let folders = Folders::new();
    let term = Terminal::start_with_env(&folders, &[], (100, 30), &[("NO_COLOR", "1")]);
    term.wait_for("No sessions yet");
    term.wait_until("a reversed title bar", any_reversed);
    assert!(!any_colour(&term.screen()), "no colour under NO_COLOR:\n{}", term.contents());

    let coloured = Terminal::start(&folders, &[], (100, 30));
    coloured.wait_until("the keys in colour without NO_COLOR", any_colour);
}

#[test]
fn a_theme_named_on_the_command_line_or_in_the_config_file_overrides_no_color() {
    let folders = Folders::new();
    let flag = Terminal::start_with_env(&folders, &["--theme", "default"], (100, 30), &[("NO_COLOR", "1")]);
    flag.wait_until("colour, as --theme asks", any_colour);

    let config = folders.root.path().join("config");
    std::fs::create_dir_all(&config).expect("the config folder");
    std::fs::write(config.join("config.json"), r#"{"theme": "no-color"}"#).expect("write the config file");
    let plain = Terminal::start(&folders, &[], (100, 30));
    plain.wait_for("No sessions yet");
    plain.wait_until("a reversed title bar", any_reversed);
    assert!(!any_colour(&plain.screen()), "config.json asks for no colour:\n{}", plain.contents());
}

#[test]
fn a_bad_config_file_is_reported_and_the_app_still_starts() {
    let folders = Folders::new();
    let config = folders.root.path().join("config");
    std::fs::create_dir_all(&config).expect("the config folder");
    std::fs::write(config.join("config.json"), r#"{"theme": "dark"}"#).expect("write the config file");
    let mut term = Terminal::start(&folders, &[], (120, 30));
    term.wait_for("No sessions yet");
    term.wait_for("config.json");
    term.wait_for("fix or remove it");
    term.send("n");
    term.wait_for("New session");
}
