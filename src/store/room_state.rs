//! What the room sees of a facilitator's window (`app::RoomRecord`), one small file per
//! session in the machine-local state folder: the facilitator's window writes it when it
//! changes and removes it on leaving the session; `backwards present` reads it.

use std::path::PathBuf;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::lock::file_safe;
use super::{Paths, StoreError, write_unsynced};

fn room_file(paths: &Paths, id: &str) -> PathBuf {
    paths.rooms().join(format!("{}.json", file_safe(id)))
}

/// Written whole (a temporary file renamed over it): the projector never reads half a
/// record. Not flushed to the disk, unlike a session: the record only matters while the
/// window runs, and waiting for the disk on every move of the focus cost more than drawing.
pub fn write_room(paths: &Paths, id: &str, record: &impl Serialize) -> Result<(), StoreError> {
    let folder = paths.rooms();
    std::fs::create_dir_all(&folder).map_err(|source| StoreError::Write { path: folder, source })?;
    let mut bytes = serde_json::to_vec_pretty(record).unwrap_or_default();
    bytes.push(b'\n');
    write_unsynced(&room_file(paths, id), &bytes)
}

/// The record, or None when no window publishes the session (or what is there cannot be
/// read, which the projector treats alike: it waits).
pub fn read_room<T: DeserializeOwned>(paths: &Paths, id: &str) -> Option<T> {
    let bytes = std::fs::read(room_file(paths, id)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The window left the session: nobody publishes it now. A file already gone is fine.
pub fn remove_room(paths: &Paths, id: &str) -> Result<(), StoreError> {
    let path = room_file(paths, id);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::Write { path, source: e }),
        _ => Ok(()),
    }
}

/// Whether no process has this id now: a window that crashed or was killed left its
/// record behind. Only "no such process" says so; a process of another user, or a
/// system that cannot be asked, leaves the record followed.
#[cfg(unix)]
pub fn process_is_gone(process_id: u32) -> bool {
    // 0 and the negative ids ask about groups of processes, not one.
    let Some(pid) = libc::pid_t::try_from(process_id).ok().filter(|pid| *pid > 0) else { return false };
    // SAFETY: signal 0 is never delivered; kill only checks that the process exists.
    let result = unsafe { libc::kill(pid, 0) };
    result == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
}

#[cfg(not(unix))]
pub fn process_is_gone(_process_id: u32) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_written_is_read_back_until_removed_and_an_id_stays_in_its_folder() {
        let (_root, paths) = Paths::temporary();
        assert_eq!(read_room::<Vec<u32>>(&paths, "01abc"), None);
        write_room(&paths, "01abc", &vec![1, 2]).unwrap();
        assert_eq!(read_room::<Vec<u32>>(&paths, "01abc"), Some(vec![1, 2]));
        remove_room(&paths, "01abc").unwrap();
        remove_room(&paths, "01abc").unwrap();
        assert_eq!(read_room::<Vec<u32>>(&paths, "01abc"), None);
        write_room(&paths, "../../escape", &vec![3]).unwrap();
        assert!(paths.rooms().join("______escape.json").is_file());
        let left: Vec<_> = std::fs::read_dir(paths.rooms()).unwrap().map(|entry| entry.unwrap().file_name()).collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind: {left:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_process_that_ended_is_gone_and_this_one_is_not() {
        let mut ended = std::process::Command::new("true").spawn().unwrap();
        ended.wait().unwrap();
        assert!(process_is_gone(ended.id()));
        assert!(!process_is_gone(std::process::id()));
        assert!(!process_is_gone(0), "not a process but this one's group");
        assert!(!process_is_gone(u32::MAX), "not a process id at all: nothing said");
    }
}
