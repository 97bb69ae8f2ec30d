//! One key press handled and the frame drawn (update + render to a 120×40 TestBackend),
//! with a 10,000-word press release open, beside the same for an empty session and for a
//! press release just long enough to fill the screen.
//!
//! The ratio lines come first (see `support`); then criterion's groups.
//!
//! Run: `cargo bench --bench keypress` (`-- ratios-only` for the ratio lines alone)

mod support;

use std::hint::black_box;
use std::time::Duration;

use backwards::app::{Action, Now};
use backwards::domain::{PrincipleSet, Section, Session};
use backwards::store::{self, Paths};
use backwards::tui::Runner;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use support::{ratio, timed};

const ENGLISH: [&str; 10] =
    ["parents", "read", "minutes", "nightly", "with", "their", "children", "and", "track", "progress"];
/// Not plain ASCII, so each row takes the editor's and the reading view's general path.
const FRENCH: [&str; 10] =
    ["élèves", "lisent", "chaque", "soir", "avec", "leurs", "parents", "et", "suivent", "progrès"];

/// Wide chars: each takes two cells.
const JAPANESE: [&str; 10] = ["親は", "毎晩", "十分", "子どもと", "本を", "読み", "進み具合を", "記録", "します", "。"];

fn words(count: usize, vocabulary: &[&str]) -> String {
    let mut text = String::new();
    for n in 0..count {
        text.push_str(vocabulary[n % vocabulary.len()]);
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
    let now = support::fixed_now();
    let mut runner = Runner::new(paths, true, None, root.to_path_buf(), &now);
    for key in [KeyCode::Enter, KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Down, KeyCode::Enter] {
        runner.handle_event(Event::Key(KeyEvent::new(key, KeyModifiers::NONE)), &now);
    }
    assert!(runner.app.is_editing(), "the bench must type into an open editor");
    (runner, now)
}

fn session(solution_words: usize, vocabulary: &[&str]) -> Session {
    let mut session =
        Session::new("01bench".into(), "Bench".into(), "2026-03-03T09:00:00Z".into(), PrincipleSet::amazon());
    session.stage = backwards::domain::Stage::PressRelease;
    if solution_words > 0 {
        for section in Section::ALL {
            *session.press_release.section_mut(section) = words(solution_words / 9, vocabulary);
        }
    }
    session
}

/// Type a character and delete it again, drawing after each key: one sample of the
/// ratio lines, long enough to time on a noisy machine.
fn type_and_draw(runner: &mut Runner, terminal: &mut Terminal<TestBackend>, now: &Now) -> Duration {
    timed(|| {
        for key in [KeyCode::Char('x'), KeyCode::Backspace].repeat(KEYS_PER_SAMPLE / 2) {
            runner.handle_event(Event::Key(KeyEvent::new(key, KeyModifiers::NONE)), now);
            terminal.draw(|frame| backwards::ui::render(frame, &runner.app)).expect("draw");
        }
    })
}

const KEYS_PER_SAMPLE: usize = 200;

/// Issue 17's typing row as a ratio against the empty session, timed side by side, for
/// English and for text that is not plain ASCII.
fn ratios() {
    let root = tempfile::tempdir().expect("a temporary folder");
    let (mut empty, now) = runner_with(session(0, &ENGLISH), &root.path().join("empty"));
    let mut empty_terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    for (language, vocabulary) in [("English", &ENGLISH), ("French, not ASCII", &FRENCH), ("Japanese, wide", &JAPANESE)]
    {
        let (mut long, _) = runner_with(session(10_000, vocabulary), &root.path().join(language));
        let mut long_terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        ratio(
            &format!("key press + frame, 10,000-word press release ({language}) / empty session"),
            "≤ 1.5×",
            || type_and_draw(&mut long, &mut long_terminal, &now) / KEYS_PER_SAMPLE as u32,
            || type_and_draw(&mut empty, &mut empty_terminal, &now) / KEYS_PER_SAMPLE as u32,
        );
    }
}

fn keypress(c: &mut Criterion) {
    ratios();
    let mut group = c.benchmark_group("key press + frame at 120x40");
    // The middle case fills the editor and the screen with text as the long one does: the
    // long one should cost what it costs, whatever the length beyond what is visible.
    let cases = [("empty session", 0), ("3,600-word press release", 3_600), ("10,000-word press release", 10_000)];
    for (name, words) in cases {
        let root = tempfile::tempdir().expect("a temporary folder");
        let (mut runner, now) = runner_with(session(words, &ENGLISH), root.path());
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
