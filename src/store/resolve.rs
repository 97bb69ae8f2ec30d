//! Finding a session by what a person types on the command line.

use std::path::{Path, PathBuf};

use super::{Paths, StoreError, list};

/// Finds a session by REF: a path to a file, an id, or a unique prefix of one.
pub fn resolve(paths: &Paths, reference: &str) -> Result<PathBuf, StoreError> {
    let as_path = Path::new(reference);
    let looks_like_path =
        reference.contains(std::path::MAIN_SEPARATOR) || reference.contains('/') || reference.ends_with(".json");
    if looks_like_path {
        return if as_path.is_file() {
            Ok(as_path.to_path_buf())
        } else {
            Err(StoreError::NotFound { reference: reference.to_owned() })
        };
    }
    let wanted = reference.to_lowercase();
    let listing = list(paths)?;
    let stems: Vec<(&Path, String)> = listing
        .entries
        .iter()
        .filter_map(|e| Some((e.path(), e.path().file_stem()?.to_string_lossy().into_owned())))
        .collect();
    if let Some((path, _)) = stems.iter().find(|(_, stem)| *stem == wanted) {
        return Ok(path.to_path_buf());
    }
    let matches: Vec<&(&Path, String)> = stems.iter().filter(|(_, stem)| stem.starts_with(&wanted)).collect();
    match matches.as_slice() {
        [] => Err(StoreError::NotFound { reference: reference.to_owned() }),
        [(path, _)] => Ok(path.to_path_buf()),
        many => Err(StoreError::Ambiguous {
            reference: reference.to_owned(),
            candidates: many.iter().map(|(_, stem)| stem.clone()).collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{PrincipleSet, Session};
    use crate::store::save;

    fn add(paths: &Paths, id: &str) -> PathBuf {
        let session = Session::new(id.into(), id.into(), "2026-01-01T00:00:00Z".into(), PrincipleSet::amazon());
        let path = paths.sessions.join(format!("{id}.json"));
        save(&path, &session, None).unwrap();
        path
    }

    #[test]
    fn a_reference_is_an_id_a_unique_prefix_or_a_path() {
        let (_root, paths) = Paths::temporary();
        let first = add(&paths, "01jaaa");
        let second = add(&paths, "01jabb");
        assert_eq!(resolve(&paths, "01jaaa").unwrap(), first);
        assert_eq!(resolve(&paths, "01JAB").unwrap(), second);
        assert_eq!(resolve(&paths, first.to_str().unwrap()).unwrap(), first);
        let ambiguous = resolve(&paths, "01ja").unwrap_err().to_string();
        assert!(ambiguous.contains("01jaaa") && ambiguous.contains("01jabb"), "{ambiguous}");
        assert!(matches!(resolve(&paths, "zz"), Err(StoreError::NotFound { .. })));
        assert!(matches!(resolve(&paths, "missing/x.json"), Err(StoreError::NotFound { .. })));
    }
}
