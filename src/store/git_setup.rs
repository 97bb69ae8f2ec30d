//! The sessions folder as part of a git repository: registering Backwards' merge driver
//! in a clone (`.gitattributes` plus the clone's config), and telling when a clone
//! lacks it, so that git merges session files by meaning rather than as lines of text.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::StoreError;

/// The driver's name, as `.gitattributes` (`merge=backwards`) and git's config
/// (`merge.backwards.driver`) know it.
pub const DRIVER: &str = "backwards";

const DRIVER_NAME: &str = "Backwards sessions, merged by meaning";

/// What to run for `git-setup`, and how to fix a clone that lacks the driver.
const FIX: &str = "run `backwards git-setup` once in this clone";

/// Runs git in `folder`; its standard output, trimmed, when it succeeded.
fn git(folder: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git").arg("-C").arg(folder).args(args).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The top of the git work tree the folder is in, if it is in one.
pub fn repository_root(folder: &Path) -> Option<PathBuf> {
    git(folder, &["rev-parse", "--show-toplevel"]).filter(|root| !root.is_empty()).map(PathBuf::from)
}

/// The `.gitattributes` line that sends the folder's session files to the driver.
fn attributes_line(root: &Path, folder: &Path) -> String {
    let relative = folder
        .canonicalize()
        .ok()
        .and_then(|folder| Some(folder.strip_prefix(root.canonicalize().ok()?).ok()?.to_path_buf()))
        .unwrap_or_default();
    let mut pattern = String::from("/");
    for part in relative.components() {
        pattern.push_str(&part.as_os_str().to_string_lossy());
        pattern.push('/');
    }
    pattern.push_str("*.json");
    // Spaces and the like end a pattern unless it is quoted, C-style.
    if pattern.chars().any(|c| c.is_whitespace() || c == '"' || c == '\\') {
        pattern = format!("\"{}\"", pattern.replace('\\', "\\\\").replace('"', "\\\""));
    }
    format!("{pattern} merge={DRIVER}")
}

/// The driver command: this program, quoted for the shell git runs it with.
pub fn driver_command(program: &Path) -> String {
    let program = program.to_string_lossy().replace('\'', r"'\''");
    format!("'{program}' merge %O %A %B")
}

/// Registers the merge driver for the sessions folder's repository: a line in the
/// repository's `.gitattributes` and the driver in this clone's config. Returns what it
/// changed, in words; nothing when all was in place already.
pub fn git_setup(folder: &Path, program: &Path) -> Result<Vec<String>, StoreError> {
    let problem = |problem: String| StoreError::Git { problem };
    let root = repository_root(folder).ok_or_else(|| {
        problem(format!(
            "{} is not in a git repository; run `git init` there (or clone the team's repository) first",
            folder.display()
        ))
    })?;
    let mut done = Vec::new();
    let attributes = root.join(".gitattributes");
    let line = attributes_line(&root, folder);
    let existing = match std::fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(source) => return Err(StoreError::Read { path: attributes, source }),
    };
    if !existing.lines().any(|l| l.trim() == line) {
        let mut text = existing.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&line);
        text.push('\n');
        super::write_file(&attributes, text.as_bytes())?;
        let verb = if existing.is_empty() { "wrote" } else { "added to" };
        done.push(format!("{verb} {}: {line}", attributes.display()));
    }
    let command = driver_command(program);
    for (key, value) in [("name", DRIVER_NAME), ("driver", command.as_str())] {
        let name = format!("merge.{DRIVER}.{key}");
        if git(&root, &["config", "--local", "--get", &name]).as_deref() != Some(value) {
            git(&root, &["config", "--local", &name, value])
                .ok_or_else(|| problem(format!("`git config {name}` failed in {}", root.display())))?;
            done.push(format!("set {name} = {value} in this clone's git config"));
        }
    }
    Ok(done)
}

/// When the folder is in a git repository whose attributes send session files to the
/// merge driver, but this clone has not registered it (git then merges them as text,
/// silently): what is wrong and how to fix it.
pub fn git_setup_missing(folder: &Path) -> Option<String> {
    let named = git(folder, &["check-attr", "merge", "--", "x.json"])?;
    if !named.ends_with(&format!(": merge: {DRIVER}")) {
        return None;
    }
    if git(folder, &["config", "--get", &format!("merge.{DRIVER}.driver")]).is_some() {
        return None;
    }
    Some(format!(
        "this clone does not know the {DRIVER} merge driver that .gitattributes names, so git would merge \
         session files as plain text; {FIX}"
    ))
}
