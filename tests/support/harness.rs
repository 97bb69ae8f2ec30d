//! The real keymap, update and runner, driven in-process against temporary folders,
//! with a clock the test moves and a `TestBackend` to look at.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use backwards::app::Now;
use backwards::store::Paths;
use backwards::tui::Runner;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub struct Harness {
    pub runner: Runner,
    pub root: tempfile::TempDir,
    pub paths: Paths,
    base: Instant,
    elapsed: Duration,
    terminal: Terminal<TestBackend>,
    /// Counts the clocks handed out, so that every action gets its own, predictable ULID.
    clocks: std::cell::Cell<u128>,
}

impl Harness {
    /// An empty sessions folder.
    pub fn new(width: u16, height: u16) -> Self {
        Self::with_sessions(width, height, &[])
    }

    /// A sessions folder holding copies of these example files.
    pub fn with_sessions(width: u16, height: u16, files: &[&Path]) -> Self {
        let root = tempfile::tempdir().expect("a temporary folder");
        let paths = Paths {
            sessions: root.path().join("sessions"),
            state: root.path().join("state"),
            config: root.path().join("config"),
        };
        std::fs::create_dir_all(&paths.sessions).expect("the sessions folder");
        for file in files {
            std::fs::copy(file, paths.sessions.join(file.file_name().expect("a file name"))).expect("copy an example");
        }
        let exports = root.path().join("exports");
        std::fs::create_dir_all(&exports).expect("the exports folder");
        Self::start(root, paths, exports, width, height)
    }

    /// The program started on a sessions folder that exists already (a clone of a
    /// team's repository), with folders of its own for state and config.
    pub fn on_folder(sessions: &Path, width: u16, height: u16) -> Self {
        let root = tempfile::tempdir().expect("a temporary folder");
        let paths = Paths {
            sessions: sessions.to_path_buf(),
            state: root.path().join("state"),
            config: root.path().join("config"),
        };
        let exports = root.path().join("exports");
        std::fs::create_dir_all(&exports).expect("the exports folder");
        Self::start(root, paths, exports, width, height)
    }

    /// The program started on these folders, its clock at nine in the morning.
    fn start(root: tempfile::TempDir, paths: Paths, exports: PathBuf, width: u16, height: u16) -> Self {
        let base = Instant::now();
        let now =
            Now { instant: base, timestamp: "2026-03-03T09:00:00Z".to_owned(), ulid: ulid::Ulid::from_parts(0, 0) };
        let mut runner = Runner::new(paths.clone(), true, None, exports, &now);
        // The terminal's loop tells the app its size before the first key, as here.
        runner.handle_event(Event::Resize(width, height), &now);
        let terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
        Self { runner, root, paths, base, elapsed: Duration::ZERO, terminal, clocks: std::cell::Cell::new(0) }
    }

    /// A second instance of the program on the same folders, as when someone starts
    /// Backwards in another terminal of the same machine.
    pub fn another_instance(&self) -> Self {
        let root = tempfile::tempdir().expect("a temporary folder");
        let exports = root.path().to_path_buf();
        let size = self.terminal.backend().buffer().area;
        let other = Self::start(root, self.paths.clone(), exports, size.width, size.height);
        // Another program draws other ids: its clocks count from elsewhere.
        other.clocks.set(self.clocks.get() + (1 << 32));
        other
    }

    /// The program started again on the same folders, as after a crash.
    pub fn restart(self) -> Self {
        let mut next = self.another_instance();
        next.root = self.root;
        next
    }

    /// With all the repository's example sessions.
    pub fn with_examples(width: u16, height: u16) -> Self {
        let files = example_files();
        let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        Self::with_sessions(width, height, &refs)
    }

    /// Reads the folder again, as the app does when it returns to the list.
    pub fn relist(&mut self) {
        let listing = backwards::store::list(&self.paths).map_err(|e| e.to_string());
        let now = self.now();
        self.runner.handle(backwards::app::Action::Listed(listing), &now);
    }

    pub fn now(&self) -> Now {
        let seconds = self.elapsed.as_secs();
        self.clocks.set(self.clocks.get() + 1);
        Now {
            instant: self.base + self.elapsed,
            timestamp: format!("2026-03-03T09:{:02}:{:02}Z", (seconds / 60) % 60, seconds % 60),
            ulid: ulid::Ulid::from_parts(1_772_528_400_000 + self.elapsed.as_millis() as u64, self.clocks.get()),
        }
    }

    /// Feeds a key script: plain characters are typed; `<Enter> <Esc> <Tab> <S-Tab> <Up>
    /// <Down> <Left> <Right> <Home> <End> <Backspace> <F1> <C-s>` are keys; `<wait>`
    /// lets two seconds pass, long enough for autosave.
    pub fn keys(&mut self, script: &str) {
        let mut rest = script;
        while let Some(c) = rest.chars().next() {
            if c == '<'
                && let Some(end) = rest.find('>')
                && end > 1
            {
                let name = &rest[1..end];
                rest = &rest[end + 1..];
                if name == "wait" {
                    self.wait(Duration::from_secs(2));
                } else {
                    self.press(named_key(name));
                }
                continue;
            }
            rest = &rest[c.len_utf8()..];
            self.press(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    pub fn press(&mut self, key: KeyEvent) {
        let now = self.now();
        self.runner.handle_event(Event::Key(key), &now);
        self.runner.handle(backwards::app::Action::Tick, &now);
    }

    /// A key release, as Windows terminals send after every press.
    pub fn release(&mut self, code: KeyCode) {
        let mut key = KeyEvent::new(code, KeyModifiers::NONE);
        key.kind = KeyEventKind::Release;
        let now = self.now();
        self.runner.handle_event(Event::Key(key), &now);
    }

    pub fn paste(&mut self, text: &str) {
        let now = self.now();
        self.runner.handle_event(Event::Paste(text.to_owned()), &now);
    }

    pub fn wait(&mut self, time: Duration) {
        self.elapsed += time;
        let now = self.now();
        self.runner.handle(backwards::app::Action::Tick, &now);
    }

    /// Whether the program has ended: what the run loop checks after every message.
    pub fn has_quit(&self) -> bool {
        self.runner.app.quit
    }

    /// The theme, as `--theme` or the config file chooses it when the program starts.
    pub fn set_theme(&mut self, theme: backwards::config::Theme) {
        self.runner.app.theme = theme;
    }

    /// The screen as text, one line per row, trailing spaces removed.
    pub fn screen(&mut self) -> String {
        let app = &self.runner.app;
        self.terminal.draw(|frame| backwards::ui::render(frame, app)).expect("draw");
        buffer_text(self.terminal.backend().buffer())
    }

    /// The screen, then every run of styled cells, row by row: what a theme changes.
    pub fn styled_screen(&mut self) -> String {
        let text = self.screen();
        format!("{text}\n\n{}", styled_runs(self.terminal.backend().buffer()))
    }

    /// Every cell of the screen as drawn now.
    pub fn cells(&mut self) -> Vec<ratatui::buffer::Cell> {
        self.screen();
        self.terminal.backend().buffer().content().to_vec()
    }

    pub fn resize(&mut self, width: u16, height: u16) {
        self.terminal.backend_mut().resize(width, height);
        let now = self.now();
        self.runner.handle_event(Event::Resize(width, height), &now);
    }

    /// The session files in the folder, parsed, sorted by file name.
    pub fn saved(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.paths.sessions)
            .expect("read the sessions folder")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files.iter().map(|p| serde_json::from_slice(&std::fs::read(p).expect("read")).expect("valid JSON")).collect()
    }

    pub fn session_files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.paths.sessions)
            .expect("read the sessions folder")
            .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

pub fn example_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/sessions"))
        .expect("the examples")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    files
}

pub fn example(prefix: &str) -> PathBuf {
    example_files()
        .into_iter()
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
        .expect("an example with that id prefix")
}

fn named_key(name: &str) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match name {
        "Enter" => plain(KeyCode::Enter),
        "Esc" => plain(KeyCode::Esc),
        "Tab" => plain(KeyCode::Tab),
        "S-Tab" => KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
        "Up" => plain(KeyCode::Up),
        "Down" => plain(KeyCode::Down),
        "Left" => plain(KeyCode::Left),
        "Right" => plain(KeyCode::Right),
        "Home" => plain(KeyCode::Home),
        "End" => plain(KeyCode::End),
        "PgUp" => plain(KeyCode::PageUp),
        "PgDn" => plain(KeyCode::PageDown),
        "Backspace" => plain(KeyCode::Backspace),
        "F1" => plain(KeyCode::F(1)),
        "Space" => plain(KeyCode::Char(' ')),
        ctrl if ctrl.starts_with("C-") && ctrl.len() == 3 => {
            KeyEvent::new(KeyCode::Char(ctrl.chars().nth(2).expect("a letter")), KeyModifiers::CONTROL)
        }
        other => panic!("unknown key <{other}> in a key script"),
    }
}

pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    let mut lines = Vec::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buffer[(x, y)].symbol());
        }
        lines.push(line.trim_end().to_owned());
    }
    lines.join("\n")
}

/// One line per run of neighbouring cells in a row with the same style other than the
/// terminal's own: `row 3, 10-24 fg Cyan bg Reset BOLD | REVERSED: "text"`.
pub fn styled_runs(buffer: &ratatui::buffer::Buffer) -> String {
    use ratatui::style::{Color, Modifier};
    let area = buffer.area;
    let look = |x: u16, y: u16| {
        let cell = &buffer[(x, y)];
        (cell.fg, cell.bg, cell.modifier)
    };
    let mut runs = Vec::new();
    for y in 0..area.height {
        let mut x = 0;
        while x < area.width {
            let (fg, bg, modifier) = look(x, y);
            let start = x;
            let mut text = String::new();
            while x < area.width && look(x, y) == (fg, bg, modifier) {
                text.push_str(buffer[(x, y)].symbol());
                x += 1;
            }
            if (fg, bg, modifier) != (Color::Reset, Color::Reset, Modifier::empty()) {
                runs.push(format!("row {y}, {start}-{} fg {fg} bg {bg} {modifier:?}: {text:?}", x - 1));
            }
        }
    }
    runs.join("\n")
}
