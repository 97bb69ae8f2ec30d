//! A file of machine-local state kept per sessions folder (the list's cache, the content
//! index): named by a hash of the folder's path, binary (postcard) behind a format
//! number, and only ever a saving of work, so reading and writing it never fail.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Paths;

/// This folder's state file of the given kind (`bin`, `words.bin`), in the state folder
/// and never in the sessions folder, which may be shared.
pub(super) fn path(paths: &Paths, extension: &str) -> PathBuf {
    let folder = std::fs::canonicalize(&paths.sessions).unwrap_or_else(|_| paths.sessions.clone());
    let mut hasher = std::hash::DefaultHasher::new();
    folder.hash(&mut hasher);
    paths.list_cache().join(format!("{:016x}.{extension}", hasher.finish()))
}

/// What the file holds when it was written in `format`; None when it is missing, of
/// another format (not parsed at all) or damaged.
pub(super) fn read<T: DeserializeOwned>(path: &Path, format: u32) -> Option<T> {
    let bytes = std::fs::read(path).ok()?;
    let (found, rest) = postcard::take_from_bytes::<u32>(&bytes).ok()?;
    if found != format {
        return None;
    }
    postcard::from_bytes(rest).ok()
}

/// Writes the format then the value, atomically. Best effort: a file that cannot be
/// written costs time later, nothing else.
pub(super) fn write<T: Serialize>(path: &Path, format: u32, value: &T) {
    let Some(folder) = path.parent() else { return };
    let Ok(bytes) = postcard::to_stdvec(&(format, value)) else { return };
    if std::fs::create_dir_all(folder).is_err() {
        return;
    }
    if let Ok(mut file) = atomic_write_file::AtomicWriteFile::open(path)
        && std::io::Write::write_all(&mut file, &bytes).is_ok()
    {
        let _ = file.commit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_comes_back_only_in_the_format_it_was_written_in() {
        let (_root, paths) = Paths::temporary();
        let file = path(&paths, "test.bin");
        assert_eq!(read::<Vec<String>>(&file, 1), None, "missing");
        write(&file, 1, &vec!["one".to_owned()]);
        assert_eq!(read::<Vec<String>>(&file, 1), Some(vec!["one".to_owned()]));
        assert_eq!(read::<Vec<String>>(&file, 2), None, "another format");
        std::fs::write(&file, [1, 0xff]).unwrap();
        assert_eq!(read::<Vec<String>>(&file, 1), None, "damaged");
    }

    #[test]
    fn files_written_before_this_module_still_read() {
        #[derive(Serialize)]
        struct Before {
            format: u32,
            files: Vec<String>,
        }
        let (_root, paths) = Paths::temporary();
        let file = path(&paths, "bin");
        std::fs::create_dir_all(paths.list_cache()).unwrap();
        let before = Before { format: 7, files: vec!["a.json".to_owned()] };
        std::fs::write(&file, postcard::to_stdvec(&before).unwrap()).unwrap();
        assert_eq!(read::<Vec<String>>(&file, 7), Some(before.files));
    }

    #[test]
    fn each_kind_has_its_own_file_in_the_state_folder() {
        let (_root, paths) = Paths::temporary();
        let (list, words) = (path(&paths, "bin"), path(&paths, "words.bin"));
        assert_ne!(list, words);
        assert!(list.starts_with(paths.list_cache()) && !list.starts_with(&paths.sessions));
    }
}
