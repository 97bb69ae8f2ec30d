//! Writing many files with one sync for the whole batch. A save syncs every file it
//! writes (the temporary file, then the folder after the rename): at three syncs a file,
//! `export --all` of 10,000 sessions spent most of its time waiting for the disk. A
//! batch writes its files unsynced and then syncs once, before the command says it is
//! done, so what a finished command wrote is on the disk all the same.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::StoreError;

/// Up to this many files each is synced on its own: syncing the whole file system, what
/// makes a large batch cheap, also waits for every other program's pending writes.
#[cfg(target_os = "linux")]
const SYNC_EACH_UP_TO: usize = 16;

/// Temporary names must differ between the threads of one process; the process id
/// keeps two processes apart.
static TEMPORARY_NUMBER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` whole: a reader sees the file that was there or the new one,
/// never a part of either, and a file replaced keeps its permissions. Not durable until
/// [`sync_batch`] is called.
pub fn write_unsynced(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let temporary = write_temporary(path, bytes)?;
    std::fs::rename(&temporary, path).map_err(|source| {
        let _ = std::fs::remove_file(&temporary);
        StoreError::Write { path: path.to_path_buf(), source }
    })
}

/// Writes `bytes` to a new hidden file beside `path`, unsynced, and returns its path.
/// The name starts with a dot and does not end in the final extension, so neither the
/// list of sessions nor a `*.md` pattern ever takes it for a finished file. Nothing is
/// left behind when the write fails.
pub(super) fn write_temporary(path: &Path, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    use std::io::Write;
    let write_error = |source| StoreError::Write { path: path.to_path_buf(), source };
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (temporary, mut file) = loop {
        let number = TEMPORARY_NUMBER.fetch_add(1, Ordering::Relaxed);
        let temporary = folder.join(format!(".{name}.{}-{number}.tmp", std::process::id()));
        match std::fs::File::options().write(true).create_new(true).open(&temporary) {
            Ok(file) => break (temporary, file),
            // Left by a process of the same id that was killed: take the next number.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(source) => return Err(write_error(source)),
        }
    };
    let written = keep_permissions(path, &file).and_then(|()| file.write_all(bytes));
    drop(file);
    if let Err(source) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(write_error(source));
    }
    Ok(temporary)
}

/// A file written over keeps its mode (one made private stays private), as a save's does.
fn keep_permissions(path: &Path, file: &std::fs::File) -> std::io::Result<()> {
    match std::fs::metadata(path) {
        Ok(existing) => file.set_permissions(existing.permissions()),
        Err(_) => Ok(()),
    }
}

/// Makes `files`, written into `folder` since the last sync, durable: their bytes and
/// their names. On Linux a large batch takes one `syncfs` of the folder's file system.
#[cfg(target_os = "linux")]
pub fn sync_batch(folder: &Path, files: &[PathBuf]) -> Result<(), StoreError> {
    use std::os::fd::AsRawFd;
    if files.len() <= SYNC_EACH_UP_TO {
        return sync_each(folder, files);
    }
    let error = |source| StoreError::Write { path: folder.to_path_buf(), source };
    let handle = std::fs::File::open(folder).map_err(error)?;
    // SAFETY: syncfs only uses the descriptor, which `handle` keeps open during the call.
    if unsafe { libc::syncfs(handle.as_raw_fd()) } != 0 {
        return Err(error(std::io::Error::last_os_error()));
    }
    Ok(())
}

/// Makes `files`, written into `folder` since the last sync, durable: their bytes and
/// their names.
#[cfg(not(target_os = "linux"))]
pub fn sync_batch(folder: &Path, files: &[PathBuf]) -> Result<(), StoreError> {
    sync_each(folder, files)
}

fn sync_each(folder: &Path, files: &[PathBuf]) -> Result<(), StoreError> {
    for file in files {
        // Windows flushes a file only through a handle that may write to it.
        let opened =
            if cfg!(windows) { std::fs::File::options().write(true).open(file) } else { std::fs::File::open(file) };
        opened.and_then(|f| f.sync_all()).map_err(|source| StoreError::Write { path: file.clone(), source })?;
    }
    sync_folder(folder)
}

/// Makes the names last given in `folder` durable. Windows records a name with its file.
pub(super) fn sync_folder(folder: &Path) -> Result<(), StoreError> {
    if cfg!(unix) {
        let synced = std::fs::File::open(folder).and_then(|f| f.sync_all());
        synced.map_err(|source| StoreError::Write { path: folder.to_path_buf(), source })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn a_batch_is_written_whole_synced_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let files: Vec<PathBuf> = (0..40).map(|n| dir.path().join(format!("doc-{n:02}.md"))).collect();
        for (n, file) in files.iter().enumerate() {
            write_unsynced(file, format!("# Document {n}\n").as_bytes()).unwrap();
        }
        sync_batch(dir.path(), &files).unwrap();
        sync_batch(dir.path(), &files[..2]).unwrap();
        assert_eq!(names(dir.path()).len(), 40);
        assert_eq!(std::fs::read_to_string(&files[7]).unwrap(), "# Document 7\n");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_written_over_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("private.md");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_unsynced(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(names(dir.path()), ["private.md"]);
    }

    #[test]
    fn a_file_that_cannot_be_written_leaves_the_old_one_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let taken = dir.path().join("taken.md");
        std::fs::create_dir(&taken).unwrap();
        std::fs::write(taken.join("inside"), "kept").unwrap();
        assert!(write_unsynced(&taken, b"new").is_err(), "a folder is never replaced by a file");
        assert_eq!(names(dir.path()), ["taken.md"]);
        assert!(write_unsynced(&dir.path().join("missing/x.md"), b"new").is_err());
    }
}
