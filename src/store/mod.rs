//! Sessions on disk: folders, loading and atomic saving, migrations, the list and its
//! cache, the trash. No terminal.

mod batch_write;
mod config_file;
mod content_index;
mod error;
mod every_session;
mod file_stamp;
mod git_setup;
mod import_source;
mod list_cache;
mod listing;
mod lock;
mod merge_copy;
mod migrate;
mod paths;
mod positions;
mod principles_file;
mod recovery;
mod rename;
mod resolve;
mod room_state;
mod save;
mod session_file;
mod state_file;

pub use batch_write::{sync_batch, write_unsynced};
pub use config_file::load_config;
pub use content_index::{WordsRead, index_content};
pub use error::StoreError;
pub use every_session::load_every_session;
pub use file_stamp::FileStamp;
pub use git_setup::{driver_command, git_setup, git_setup_missing, repository_root};
pub use import_source::{
    ImportedFile, Source, create_imported, create_many_imported, document_text, folder_entries, import_file,
    imported_hashes, read_document, read_source, read_stream, sha256_hex,
};
pub use listing::{folder_stamp, list, list_from_cache, list_noting_words};
pub use lock::{Lock, SessionLock, is_locked_elsewhere, lock_session};
pub use merge_copy::{CopyMerged, merge_copy, session_value};
pub use migrate::migrate;
pub use paths::Paths;
pub use positions::{read_positions, write_positions};
pub use principles_file::load_principles;
pub use recovery::{find_recoveries, remove_recovery, write_recovery};
pub use rename::rename;
pub use resolve::resolve;
pub use room_state::{process_is_gone, read_room, remove_room, write_room};
pub use save::{
    WriteBytes, changed_on_disk, keep_mine, save, save_with, write_conflict_copy, write_file, write_new_file,
};
pub use session_file::{create, load, load_bytes, to_bytes, trash};

/// An RFC 3339 time stamp of now, to the second, in UTC: the form the session file uses.
pub fn now_rfc3339() -> String {
    jiff::Timestamp::now().round(jiff::Unit::Second).map(|t| t.to_string()).unwrap_or_default()
}

/// A new stable session id: a lower-case ULID, which sorts by creation time and is
/// safe as a file name on every system.
pub fn new_session_id() -> String {
    ulid::Ulid::new().to_string().to_lowercase()
}
