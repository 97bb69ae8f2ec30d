//! Where each session was last on screen, kept in the local state folder so that a
//! session reopens where it was left without its shared file changing.

use std::collections::HashMap;

use crate::domain::Stage;

use super::{Paths, StoreError, write_unsynced};

/// A missing or damaged file only means every session opens where its work is.
pub fn read_positions(paths: &Paths) -> HashMap<String, Stage> {
    std::fs::read(paths.positions()).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok()).unwrap_or_default()
}

/// Written whole but not flushed to the disk: the file is cheap to lose, and changing
/// stage should not wait for a flush (it took about 10 ms a key).
pub fn write_positions(paths: &Paths, positions: &HashMap<String, Stage>) -> Result<(), StoreError> {
    let folder = paths.state.clone();
    std::fs::create_dir_all(&folder).map_err(|source| StoreError::Write { path: folder, source })?;
    let ordered: std::collections::BTreeMap<_, _> = positions.iter().collect();
    let bytes = serde_json::to_vec_pretty(&ordered).unwrap_or_default();
    write_unsynced(&paths.positions(), &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_written_are_read_back_and_a_damaged_file_reads_as_none() {
        let dir = tempfile::tempdir().unwrap();
        let paths =
            Paths { sessions: dir.path().join("s"), state: dir.path().join("state"), config: dir.path().join("c") };
        assert!(read_positions(&paths).is_empty());
        let positions = HashMap::from([("abc".to_owned(), Stage::Review)]);
        write_positions(&paths, &positions).unwrap();
        assert_eq!(read_positions(&paths), positions);
        std::fs::write(paths.positions(), b"{not json").unwrap();
        assert!(read_positions(&paths).is_empty());
    }
}
