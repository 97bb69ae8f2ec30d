//! One key press handled and the frame drawn (update + render to a 120×40 TestBackend),
//! with a 10,000-word press release open, beside the same for an empty session and for a
//! press release just long enough to fill the screen.
//!
//! Run: `cargo bench --bench keypress`

use std::hint::black_box;
use std::time::Instant;

use backwards::app::{Action, Now};
use backwards::domain::{PrincipleSet, Section, Session};
use backwards::store::{self, Paths};
use backwards::tui::Runner;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn words(count: usize) -> String {
    const WORDS: [&str; 10] =
        ["parents", "read", "minutes", "nightly", "with", "their", "children", "and", "track", "progress"];
    let mut text = String::new();
    for n in 0..count {
        text.push_str(WORDS[n % WORDS.len()]);
        text.push(if n % 120 == 119 { '\n' } else { ' ' });
    }
    text
}

/// A runner with one session open on the press-release stage, editing its Solution.
fn runner_with(session: Session, root: &std::path::Path) -> (Runner, Now) {
    let paths = Paths { sessions: root.join("sessions"), state: root.join("state"), config: root.join("config") };
    std::fs::create_dir_all(&paths.sessions).expect("sessions folder");
    let path = paths.sessions.join(format!("{}.json", session.id));
    store::save(&path, &session, None).expect("save the session");
    let now =
        Now { instant: Instant::now(), timestamp: "2026-03-03T09:00:00Z".into(), ulid: ulid::Ulid::from_parts(0, 1) };
    let mut runner = Runner::new(paths, true, None, root.to_path_buf(), &now);
    for key in [KeyCode::Enter, KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Enter] {
        runner.handle_event(Event::Key(KeyEvent::new(key, KeyModifiers::NONE)), &now);
    }
    assert!(runner.app.is_editing(), "the bench must type into an open editor");
    (runner, now)
}

fn session(solution_words: usize) -> Session {
    let mut session =
        Session::new("01bench".into(), "Bench".into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    session.stage = backwards::domain::Stage::PressRelease;
    if solution_words > 0 {
        for section in Section::ALL {
            *session.press_release.section_mut(section) = words(solution_words / 9);
        }
    }
    session
}

fn keypress(c: &mut Criterion) {
    let mut group = c.benchmark_group("key press + frame at 120x40");
    // The middle case fills the editor and the screen with text as the long one does: the
    // long one should cost what it costs, whatever the length beyond what is visible.
    let cases = [("empty session", 0), ("3,600-word press release", 3_600), ("10,000-word press release", 10_000)];
    for (name, words) in cases {
        let root = tempfile::tempdir().expect("a temporary folder");
        let (mut runner, now) = runner_with(session(words), root.path());
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        let mut typed = 0usize;
        group.bench_function(format!("type a character: {name}"), |b| {
            b.iter(|| {
                typed += 1;
                let key = if typed.is_multiple_of(2) { KeyCode::Backspace } else { KeyCode::Char('x') };
                runner.handle_event(Event::Key(KeyEvent::new(key, KeyModifiers::NONE)), &now);
                terminal.draw(|frame| backwards::ui::render(frame, &runner.app)).expect("draw");
                black_box(terminal.backend().buffer().area);
            })
        });
        runner.handle(Action::Back, &now);
        group.bench_function(format!("move focus: {name}"), |b| {
            b.iter(|| {
                typed += 1;
                let key = if typed.is_multiple_of(2) { KeyCode::Up } else { KeyCode::Down };
                runner.handle_event(Event::Key(KeyEvent::new(key, KeyModifiers::NONE)), &now);
                terminal.draw(|frame| backwards::ui::render(frame, &runner.app)).expect("draw");
            })
        });
    }
    group.finish();
}

criterion_group!(benches, keypress);
criterion_main!(benches);
