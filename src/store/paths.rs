use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use super::StoreError;

/// Every folder Backwards uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The sessions, one JSON file each: often shared through a synced folder or git.
    pub sessions: PathBuf,
    /// Machine-local state (the list cache, the trash, later locks and recovery copies);
    /// never inside the shared sessions folder.
    pub state: PathBuf,
    /// The configuration: an organisation's `principles.json`, the user's `config.json`.
    pub config: PathBuf,
}

impl Paths {
    /// For tests: the three folders under one temporary root, the sessions folder made;
    /// the root goes when the returned guard is dropped.
    #[cfg(test)]
    pub(crate) fn temporary() -> (tempfile::TempDir, Paths) {
        let root = tempfile::tempdir().expect("a temporary folder");
        let paths = Paths {
            sessions: root.path().join("sessions"),
            state: root.path().join("state"),
            config: root.path().join("config"),
        };
        std::fs::create_dir_all(&paths.sessions).expect("the sessions folder");
        (root, paths)
    }

    /// Resolves the folders: `sessions_dir` comes from `--dir` or `BACKWARDS_DIR`;
    /// `BACKWARDS_STATE_DIR` and `BACKWARDS_CONFIG_DIR` move the other two; the rest
    /// follows the platform's conventions.
    pub fn resolve(sessions_dir: Option<PathBuf>) -> Result<Self, StoreError> {
        let project = ProjectDirs::from("", "", "backwards");
        let from_env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        let state = from_env("BACKWARDS_STATE_DIR")
            .or_else(|| project.as_ref().map(|p| p.data_local_dir().to_path_buf()))
            .ok_or(StoreError::NoHome)?;
        let config = from_env("BACKWARDS_CONFIG_DIR")
            .or_else(|| project.as_ref().map(|p| p.config_dir().to_path_buf()))
            .ok_or(StoreError::NoHome)?;
        let sessions = match sessions_dir {
            Some(dir) => dir,
            None => project.as_ref().map(|p| p.data_dir().join("sessions")).ok_or(StoreError::NoHome)?,
        };
        Ok(Self { sessions, state, config })
    }

    pub fn principles_file(&self) -> PathBuf {
        self.config.join("principles.json")
    }

    /// The user's settings, such as the theme.
    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.json")
    }

    pub fn trash(&self) -> PathBuf {
        self.state.join("trash")
    }

    /// One lock file per open session: which instance on this machine may write it.
    pub fn locks(&self) -> PathBuf {
        self.state.join("locks")
    }

    /// What was typed since the last save, one copy per session, until it is saved.
    pub fn recovery(&self) -> PathBuf {
        self.state.join("recovery")
    }

    /// Where each session was last on screen: this machine's, never the shared file's.
    pub fn positions(&self) -> PathBuf {
        self.state.join("positions.json")
    }

    /// What the room sees of each session's facilitator window, for `backwards present`.
    pub fn rooms(&self) -> PathBuf {
        self.state.join("present")
    }

    pub fn list_cache(&self) -> PathBuf {
        self.state.join("list-cache")
    }

    /// Makes sure the sessions folder exists before a write: a folder named by the user
    /// must already exist (a typo should not silently create a new one); the default one
    /// is created.
    pub fn ensure_sessions_folder(&self, named_by_user: bool) -> Result<&Path, StoreError> {
        if self.sessions.is_dir() {
            return Ok(&self.sessions);
        }
        if named_by_user {
            return Err(StoreError::NoFolder { path: self.sessions.clone() });
        }
        std::fs::create_dir_all(&self.sessions)
            .map_err(|source| StoreError::Write { path: self.sessions.clone(), source })?;
        Ok(&self.sessions)
    }
}
