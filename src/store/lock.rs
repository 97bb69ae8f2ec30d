//! One instance at a time writes a session: a lock per session in the machine-local
//! state folder, never in the shared sessions folder (a sync tool would copy it to
//! other machines, where it means nothing).
//!
//! The lock is the operating system's (`File::try_lock`) on a file of its own: the
//! session file itself is replaced by rename on every save, and a lock on it would
//! protect nothing. The system releases it when the holder dies, so a lock left by a
//! crashed instance is simply taken over; the holder's pid in the file is for messages.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, Write};

use super::{Paths, StoreError};

/// Held while a session is open for writing; dropping it lets others in.
#[derive(Debug)]
pub struct SessionLock {
    pub id: String,
    _file: File,
}

#[derive(Debug)]
pub enum Lock {
    Acquired(SessionLock),
    /// Another instance on this machine has the session open: who, in words.
    HeldElsewhere(String),
}

pub fn lock_session(paths: &Paths, id: &str) -> Result<Lock, StoreError> {
    let folder = paths.locks();
    let write_error = |source| StoreError::Write { path: folder.clone(), source };
    std::fs::create_dir_all(&folder).map_err(write_error)?;
    let path = folder.join(format!("{}.lock", file_safe(id)));
    let mut file = File::options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|source| StoreError::Write { path: path.clone(), source })?;
    match file.try_lock() {
        Ok(()) => {
            // Who holds it, for the message another instance shows; a failure to write
            // this leaves the lock itself intact.
            let _ = file.set_len(0).and_then(|()| write!(file, "pid {}", std::process::id()));
            Ok(Lock::Acquired(SessionLock { id: id.to_owned(), _file: file }))
        }
        Err(TryLockError::WouldBlock) => {
            let mut holder = String::new();
            let _ = file.rewind().and_then(|()| file.read_to_string(&mut holder));
            let holder = holder.trim();
            Ok(Lock::HeldElsewhere(if holder.is_empty() { "another process".to_owned() } else { holder.to_owned() }))
        }
        Err(TryLockError::Error(source)) => Err(StoreError::Write { path, source }),
    }
}

/// Whether another instance has the session open now.
pub fn is_locked_elsewhere(paths: &Paths, id: &str) -> bool {
    matches!(lock_session(paths, id), Ok(Lock::HeldElsewhere(_)))
}

/// Ids come from files anyone can write: only letters, digits, `-` and `_` reach a name.
pub(super) fn file_safe(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(root: &std::path::Path) -> Paths {
        Paths { sessions: root.join("sessions"), state: root.join("state"), config: root.join("config") }
    }

    #[test]
    fn a_second_lock_on_the_same_session_is_refused_until_the_first_is_dropped() {
        let root = tempfile::tempdir().unwrap();
        let paths = paths(root.path());
        let Lock::Acquired(first) = lock_session(&paths, "01abc").unwrap() else { panic!("the first lock") };
        let Lock::HeldElsewhere(who) = lock_session(&paths, "01abc").unwrap() else { panic!("refused") };
        assert_eq!(who, format!("pid {}", std::process::id()));
        assert!(is_locked_elsewhere(&paths, "01abc"));
        assert!(matches!(lock_session(&paths, "01xyz").unwrap(), Lock::Acquired(_)), "other sessions are free");
        drop(first);
        assert!(matches!(lock_session(&paths, "01abc").unwrap(), Lock::Acquired(_)));
    }

    #[test]
    fn an_id_never_names_a_lock_outside_the_locks_folder() {
        assert_eq!(file_safe("../../etc/passwd"), "______etc_passwd");
    }
}
