//! The real binary in a pseudo-terminal, watched from outside: what is on its screen
//! and when it got there, and its CPU time and peak memory as /proc tells them.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;

/// Linux reports CPU time in /proc in clock ticks of USER_HZ, which is 100 on every
/// architecture it runs on.
pub const TICKS_PER_SECOND: u64 = 100;

/// The screen as parsed so far and when it last changed.
struct Screen {
    parser: vt100::Parser,
    changed_at: Instant,
    closed: bool,
}

/// A program running in a 120×40 pseudo-terminal.
pub struct InPty {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<(Mutex<Screen>, Condvar)>,
    pub started: Instant,
    _master: Box<dyn MasterPty + Send>,
}

impl InPty {
    pub fn spawn(mut command: CommandBuilder) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .expect("a pseudo-terminal");
        command.env("TERM", "xterm-256color");
        let started = Instant::now();
        let child = pair.slave.spawn_command(command).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new((
            Mutex::new(Screen {
                parser: vt100::Parser::new(ROWS.try_into().expect("rows"), COLS.try_into().expect("cols"), 0),
                changed_at: started,
                closed: false,
            }),
            Condvar::new(),
        ));
        let shared = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 16384];
            loop {
                let read = reader.read(&mut buffer);
                let (lock, changed) = &*shared;
                let mut screen = lock.lock().expect("the screen");
                match read {
                    Ok(n) if n > 0 => {
                        screen.parser.process(&buffer[..n]);
                        screen.changed_at = Instant::now();
                        changed.notify_all();
                    }
                    _ => {
                        screen.closed = true;
                        changed.notify_all();
                        return;
                    }
                }
            }
        });
        Self { child, writer, screen, started, _master: pair.master }
    }

    /// When `marker` was first seen on the screen, waiting up to `timeout` for it.
    pub fn wait_for(&self, marker: &str, timeout: Duration) -> Instant {
        self.wait_until(&format!("{marker:?}"), timeout, |screen| screen.contains(marker))
    }

    /// When the screen's text first met `condition`, waiting up to `timeout` for it.
    pub fn wait_until(&self, what: &str, timeout: Duration, condition: impl Fn(&str) -> bool) -> Instant {
        let deadline = Instant::now() + timeout;
        let (lock, changed) = &*self.screen;
        let mut screen = lock.lock().expect("the screen");
        loop {
            if condition(&screen.parser.screen().contents()) {
                return screen.changed_at;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !screen.closed && !left.is_zero(),
                "{what} not on the screen within {timeout:?}; the screen:\n{}",
                screen.parser.screen().contents()
            );
            screen = changed.wait_timeout(screen, left).expect("the screen").0;
        }
    }

    pub fn type_keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("type into the pseudo-terminal");
        self.writer.flush().expect("type into the pseudo-terminal");
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("the child's process id")
    }

    /// User and system CPU time so far, in clock ticks.
    pub fn cpu_ticks(&self) -> u64 {
        cpu_ticks(self.pid())
    }

    /// CPU time so far, to the nanosecond, of the threads still running.
    pub fn cpu_time(&self) -> Duration {
        cpu_time(self.pid())
    }

    /// The most memory the process has had resident, in bytes.
    pub fn peak_rss(&self) -> u64 {
        peak_rss(self.pid()).expect("the child's /proc status")
    }
}

impl Drop for InPty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Fields 14 and 15 of /proc/PID/stat, counted after the command name, which may hold
/// spaces but ends with the last ')'.
pub fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the child's /proc stat");
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let field = |n: usize| fields.get(n).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    field(11) + field(12)
}

/// The first field of each thread's /proc/PID/task/TID/schedstat: its time on a CPU in
/// nanoseconds, finer than the clock ticks of /proc/PID/stat.
pub fn cpu_time(pid: u32) -> Duration {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("the child's /proc tasks");
    let nanoseconds = tasks
        .flatten()
        .filter_map(|task| std::fs::read_to_string(task.path().join("schedstat")).ok())
        .filter_map(|stat| stat.split_whitespace().next().and_then(|field| field.parse::<u64>().ok()))
        .sum();
    Duration::from_nanos(nanoseconds)
}

/// VmHWM of /proc/PID/status in bytes; None once the process is gone.
pub fn peak_rss(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// Mebibytes, the way the README states memory.
pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// The backwards binary of this build, on the folders under `root`.
pub fn backwards_command(root: &Path) -> CommandBuilder {
    command_of(Path::new(env!("CARGO_BIN_EXE_backwards")), root, &root.join("state"))
}

/// `binary` (this build or another, to compare) on the sessions and config folders under
/// `root`, with the state folder `state`: a new one is a first start.
pub fn command_of(binary: &Path, root: &Path, state: &Path) -> CommandBuilder {
    let mut command = CommandBuilder::new(binary);
    command.env("BACKWARDS_DIR", root.join("sessions"));
    command.env("BACKWARDS_STATE_DIR", state);
    command.env("BACKWARDS_CONFIG_DIR", root.join("config"));
    command.cwd(root);
    command
}

/// A batch command run to its end outside a terminal: its wall time, the CPU time it
/// used (its children's times as /proc/self/stat counts them once it is waited for) and
/// its peak memory, read from /proc every few milliseconds while it runs.
pub struct BatchRun {
    pub wall: Duration,
    pub cpu: Duration,
    pub peak_rss: u64,
}

pub fn run_batch(command: &mut std::process::Command) -> BatchRun {
    let cpu_before = children_ticks();
    let started = Instant::now();
    let mut child = command
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn the batch command");
    let mut peak = 0;
    loop {
        if let Some(status) = child.try_wait().expect("wait for the batch command") {
            assert!(status.success(), "the batch command failed: {status}");
            break;
        }
        peak = peak_rss(child.id()).unwrap_or(0).max(peak);
        std::thread::sleep(Duration::from_millis(5));
    }
    let wall = started.elapsed();
    let ticks = children_ticks() - cpu_before;
    BatchRun { wall, cpu: Duration::from_millis(ticks * 1000 / TICKS_PER_SECOND), peak_rss: peak }
}

/// Fields 16 and 17 of /proc/self/stat: the CPU time of the children waited for.
fn children_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("this process's /proc stat");
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let field = |n: usize| fields.get(n).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    field(13) + field(14)
}
