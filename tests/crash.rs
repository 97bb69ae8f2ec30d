//! The laptop dies mid-sentence: the real binary in a pseudo-terminal, typing without a
//! pause, killed with SIGKILL at random moments. After every kill the session file
//! parses and holds what was typed up to 1.5 s before; on the next start the recovery
//! copy gives back more, and restoring it is offered.

#[path = "support/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Folders, Terminal};

/// Kills in all, shared by workers running side by side so the test stays short.
const KILLS: usize = 51;
const WORKERS: usize = 3;
/// What a kill may cost: words typed longer ago than this must be in the file.
const MAY_LOSE: Duration = Duration::from_millis(1500);
/// What a kill may cost once the recovery copy is restored.
const MAY_LOSE_WITH_RECOVERY: Duration = Duration::from_millis(600);
/// A fast typist: about 65 characters a second.
const KEY_EVERY: Duration = Duration::from_millis(15);

/// A small deterministic generator, so that a failure can be run again as it was.
struct Dice(u64);

impl Dice {
    fn between(&mut self, low: Duration, high: Duration) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        low + (high - low).mul_f64((self.0 % 1000) as f64 / 1000.0)
    }
}

/// The first customer answer as the file holds it; the file must parse.
fn answer_in_file(folders: &Folders) -> String {
    let sessions = folders.saved_sessions();
    let originals: Vec<&serde_json::Value> = sessions.iter().filter(|s| s["title"] == "Crash").collect();
    assert_eq!(originals.len(), 1, "one session file, parsing: {sessions:?}");
    originals[0]["customer"]["who"]["text"].as_str().expect("the answer is text").to_owned()
}

fn kill(term: &Terminal) {
    let pid = term.pid().expect("the program's pid");
    let status = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status().expect("run kill");
    assert!(status.success());
}

/// Starts the program and opens the session in its first answer, at its end, restoring
/// the recovery copy when one is offered. Returns the terminal and whether it restored.
fn open_for_typing(folders: &Folders) -> (Terminal, bool) {
    let mut term = Terminal::start(folders, &[], (100, 30));
    term.wait_until("the list or a recovery offer", |screen| {
        let text = screen.contents();
        text.contains("Crash") && (text.contains("Restore") || text.contains("Enter open"))
    });
    let restored = term.contents().contains("Restore");
    if restored {
        term.send("r");
    } else {
        term.send("\r");
    }
    term.wait_for("Who is the customer?");
    term.send("\r");
    term.wait_for("EDITING");
    (term, restored)
}

fn worker(seed: u64, kills: usize) -> Vec<String> {
    let folders = Folders::new();
    let created = std::process::Command::new(env!("CARGO_BIN_EXE_backwards"))
        .args(["new", "Crash"])
        .env("BACKWARDS_DIR", folders.sessions())
        .env("BACKWARDS_STATE_DIR", folders.root.path().join("state"))
        .output()
        .expect("create the session");
    assert!(created.status.success());
    let mut dice = Dice(seed);
    let mut report = Vec::new();
    // Everything ever typed, in order: the file must always hold a beginning of it.
    let mut typed = String::new();
    // How long the text must be after restoring the recovery copy of the last kill.
    let mut must_recover = 0;
    for kill_number in 0..=kills {
        let in_file_before = answer_in_file(&folders);
        let (mut term, restored) = open_for_typing(&folders);
        let start_text = answer_in_file(&folders);
        assert!(typed.starts_with(&start_text), "after a restart the file holds a beginning of what was typed");
        assert!(start_text.len() >= in_file_before.len(), "restoring never loses what the file held");
        assert!(
            start_text.len() >= must_recover,
            "kill {}: the recovery copy gave back {} characters, but {must_recover} were typed over {MAY_LOSE_WITH_RECOVERY:?} before the kill",
            kill_number.saturating_sub(1),
            start_text.len()
        );
        if restored {
            report.push(format!("kill {kill_number}: restored {} characters", start_text.len() - in_file_before.len()));
        }
        typed.truncate(start_text.len());
        if kill_number == kills {
            break;
        }

        let typing_for = dice.between(Duration::from_millis(300), Duration::from_millis(2500));
        let mut sent_at: Vec<Instant> = Vec::new();
        let started = Instant::now();
        let words = format!("k{kill_number} the quick brown fox jumps over the lazy dog ");
        for c in words.chars().cycle() {
            if started.elapsed() >= typing_for {
                break;
            }
            term.type_text(&c.to_string());
            typed.push(c);
            sent_at.push(Instant::now());
            std::thread::sleep(KEY_EVERY);
        }
        kill(&term);
        let killed_at = Instant::now();
        drop(term);

        let in_file = answer_in_file(&folders);
        assert!(typed.starts_with(&in_file), "the file holds only what was typed, in order:\n{in_file:?}");
        let must_have = sent_at.iter().filter(|at| killed_at.duration_since(**at) > MAY_LOSE).count();
        must_recover = start_text.len()
            + sent_at.iter().filter(|at| killed_at.duration_since(**at) > MAY_LOSE_WITH_RECOVERY).count();
        let saved_of_this_run = in_file.len().saturating_sub(start_text.len());
        assert!(
            saved_of_this_run >= must_have,
            "kill {kill_number}: {saved_of_this_run} of {} characters saved, but {must_have} were typed over {MAY_LOSE:?} before the kill",
            sent_at.len()
        );
    }
    report
}

#[test]
fn sigkill_at_random_moments_never_corrupts_the_file_nor_loses_more_than_a_second_and_a_half() {
    let started = Instant::now();
    let workers: Vec<_> = (0..WORKERS)
        .map(|n| std::thread::spawn(move || worker(0x9E37_79B9_7F4A_7C15 ^ (n as u64 + 1), KILLS / WORKERS)))
        .collect();
    let mut restores = 0;
    for worker in workers {
        restores += worker.join().expect("a worker ends without failing").len();
    }
    eprintln!("{KILLS} kills in {:?}; the recovery copy was restored {restores} times", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(180), "the crash test stays bounded");
}
