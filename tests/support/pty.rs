//! The real binary in a pseudo-terminal: keys go in as bytes, the screen comes back
//! through a vt100 parser. Waits poll the screen until a condition holds, with a
//! deadline, instead of sleeping for a fixed time.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

pub const DEADLINE: Duration = Duration::from_secs(20);

pub struct Terminal {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Set to make the reading thread let go of its end of the terminal.
    closing: Arc<AtomicBool>,
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
}

/// Folders for one run: sessions, local state and config in a temporary root.
pub struct Folders {
    pub root: tempfile::TempDir,
}

impl Folders {
    pub fn new() -> Self {
        let root = tempfile::tempdir().expect("a temporary folder");
        std::fs::create_dir_all(root.path().join("sessions")).expect("the sessions folder");
        Self { root }
    }

    pub fn sessions(&self) -> PathBuf {
        self.root.path().join("sessions")
    }

    /// The session files in the folder, parsed.
    pub fn saved_sessions(&self) -> Vec<serde_json::Value> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.sessions())
            .expect("read the sessions folder")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| serde_json::from_slice(&std::fs::read(p).expect("read a session")).expect("valid JSON"))
            .collect()
    }
}

impl Terminal {
    pub fn start(folders: &Folders, args: &[&str], size: (u16, u16)) -> Self {
        Self::start_with_env(folders, args, size, &[])
    }

    /// Started with these environment variables set as well.
    pub fn start_with_env(folders: &Folders, args: &[&str], size: (u16, u16), env: &[(&str, &str)]) -> Self {
        let (cols, rows) = size;
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_backwards"));
        command.args(args);
        command.cwd(folders.root.path());
        command.env("BACKWARDS_DIR", folders.sessions());
        command.env("BACKWARDS_STATE_DIR", folders.root.path().join("state"));
        command.env("BACKWARDS_CONFIG_DIR", folders.root.path().join("config"));
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("start backwards");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("a reader");
        let writer = raw_writer(pair.master.as_ref());
        let screen =
            Arc::new(Mutex::new(vt100::Parser::new(rows.try_into().expect("rows"), cols.try_into().expect("cols"), 0)));
        let screen_in = Arc::clone(&screen);
        let closing = Arc::new(AtomicBool::new(false));
        let closing_in = Arc::clone(&closing);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || closing_in.load(Ordering::Relaxed) {
                    break;
                }
                screen_in.lock().expect("screen").process(&buffer[..n]);
            }
        });
        Self { child, writer, screen, closing, master: Some(pair.master) }
    }

    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        self.writer.write_all(bytes.as_ref()).expect("write to the terminal");
        self.writer.flush().expect("flush the terminal");
    }

    /// Types text as keys, one write per character, as a person would.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let mut buffer = [0u8; 4];
            self.send(c.encode_utf8(&mut buffer).as_bytes());
        }
    }

    /// A bracketed paste, as a terminal sends it.
    pub fn paste(&mut self, text: &str) {
        self.send(format!("\x1b[200~{text}\x1b[201~"));
    }

    /// A copy of the screen as it is now.
    pub fn screen(&self) -> vt100::Screen {
        self.screen.lock().expect("screen").screen().clone()
    }

    pub fn contents(&self) -> String {
        self.screen.lock().expect("screen").screen().contents()
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("the screen to show {text:?}"), |screen| screen.contents().contains(text));
    }

    pub fn wait_until(&self, what: &str, condition: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            if condition(self.screen.lock().expect("screen").screen()) {
                return;
            }
            assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}; the screen shows:\n{}", self.contents());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until a whole frame meets the condition: it holds on two looks in a row at
    /// an unchanged screen, so a frame caught half-drawn does not count.
    pub fn wait_for_stable_frame(&self, what: &str, condition: impl Fn(&str) -> bool) {
        let start = Instant::now();
        let mut last = String::new();
        loop {
            let now = self.contents();
            if condition(&now) && now == last {
                return;
            }
            last = now;
            assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}; the screen shows:\n{last}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the program to end and returns its exit code; a death by signal fails
    /// the test, since every way out must go through saving.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("the child's status") {
                assert_eq!(status.signal(), None, "the program was killed by a signal");
                return status.exit_code();
            }
            assert!(start.elapsed() < DEADLINE, "the program did not exit; the screen shows:\n{}", self.contents());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the terminal is as it was found: after the program ends, its last
    /// output may still be on its way to the screen.
    pub fn wait_restored(&self) {
        let start = Instant::now();
        while !self.restored() {
            assert!(start.elapsed() < DEADLINE, "the terminal was not restored");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Whether the terminal was left as found: main screen, no bracketed paste, cursor shown.
    pub fn restored(&self) -> bool {
        let parser = self.screen.lock().expect("screen");
        let screen = parser.screen();
        !screen.alternate_screen() && !screen.bracketed_paste() && !screen.hide_cursor()
    }

    /// Closes the terminal, as when its window is closed: every handle on its side goes,
    /// the reading one as soon as the program next draws, and the program sees a hang-up.
    pub fn hang_up(&mut self) {
        self.closing.store(true, Ordering::Relaxed);
        self.master = None;
        self.writer = Box::new(std::io::sink());
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// Changes the terminal's size, as dragging its window does: the program is told
    /// (SIGWINCH), and the screen keeps what it showed until the program draws again.
    pub fn resize(&mut self, size: (u16, u16)) {
        let (cols, rows) = size;
        let master = self.master.as_ref().expect("an open terminal");
        master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).expect("resize the terminal");
        let nonzero = |n: u16| std::num::NonZeroU16::new(n).expect("a size of at least 1");
        self.screen.lock().expect("screen").set_size(nonzero(rows), nonzero(cols));
    }

    /// Ends the program as a crash would, with nothing it can catch (SIGKILL), and
    /// reaps it, so that its process id names no process.
    pub fn kill_hard(&mut self) {
        let pid = self.pid().and_then(|pid| libc::pid_t::try_from(pid).ok()).expect("a running program");
        // SAFETY: a plain system call on the program this terminal started.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0, "kill the program");
        let _ = self.child.wait();
    }
}

/// Whether any character on the screen is as `wanted`.
pub fn any_cell(screen: &vt100::Screen, wanted: impl Fn(&vt100::Cell) -> bool) -> bool {
    let (rows, cols) = screen.size();
    (0..rows.get()).any(|row| (0..cols.get()).any(|col| screen.cell(row, col).is_some_and(&wanted)))
}

/// A plain handle on the terminal for typing. portable-pty's own writer types a line
/// break and an end-of-file when dropped, which a real terminal never does on close.
fn raw_writer(master: &dyn portable_pty::MasterPty) -> Box<dyn Write + Send> {
    use std::os::fd::BorrowedFd;
    let fd = master.as_raw_fd().expect("the terminal's file descriptor");
    // SAFETY: `fd` belongs to `master`, which is alive for this call; it is duplicated
    // into a descriptor of our own at once.
    let owned = unsafe { BorrowedFd::borrow_raw(fd) }.try_clone_to_owned().expect("a duplicate descriptor");
    Box::new(std::fs::File::from(owned))
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
