//! What a look at a file's metadata tells of it, without reading it: enough to know
//! whether it changed since it was last read.

use std::fs::Metadata;
use std::path::Path;
use std::time::UNIX_EPOCH;

/// A file's size, when it was last written, and on unix which file it is: a save
/// renames a new file over the old one, so any change shows in one of them. The list
/// cache and the content index keep the size and the time, which travel as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub len: u64,
    /// Nanoseconds from the Unix epoch to the last write; None where the system keeps no
    /// such time.
    pub modified_ns: Option<u64>,
    #[cfg(unix)]
    inode: u64,
}

impl FileStamp {
    /// The file at `path`, a link followed; None when nothing is there to look at.
    pub fn of(path: &Path) -> Option<Self> {
        std::fs::metadata(path).ok().map(|metadata| Self::from_metadata(&metadata))
    }

    /// None for anything but a regular file: a folder, or a link looked at without
    /// following it (it could point outside the folder).
    pub fn of_regular_file(metadata: &Metadata) -> Option<Self> {
        metadata.file_type().is_file().then(|| Self::from_metadata(metadata))
    }

    fn from_metadata(metadata: &Metadata) -> Self {
        let since_epoch = metadata.modified().ok().and_then(|modified| modified.duration_since(UNIX_EPOCH).ok());
        Self {
            len: metadata.len(),
            modified_ns: since_epoch.and_then(|since| u64::try_from(since.as_nanos()).ok()),
            #[cfg(unix)]
            inode: std::os::unix::fs::MetadataExt::ino(metadata),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_replaced_by_one_of_the_same_size_and_time_has_another_stamp() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("session.json");
        assert_eq!(FileStamp::of(&path), None);
        std::fs::write(&path, "{}").unwrap();
        let first = FileStamp::of(&path).unwrap();
        assert_eq!((first.len, FileStamp::of(&path)), (2, Some(first)), "looking again changes nothing");
        let written = std::fs::metadata(&path).unwrap().modified().unwrap();
        let replacement = folder.path().join("session.json.tmp");
        std::fs::write(&replacement, "[]").unwrap();
        std::fs::File::options().write(true).open(&replacement).unwrap().set_modified(written).unwrap();
        std::fs::rename(&replacement, &path).unwrap();
        let second = FileStamp::of(&path).unwrap();
        assert_eq!((second.len, second.modified_ns), (first.len, first.modified_ns));
        if cfg!(unix) {
            assert_ne!(second, first, "the rename shows in the file's identity");
        }
        assert_eq!(FileStamp::of_regular_file(&std::fs::metadata(folder.path()).unwrap()), None);
    }
}
