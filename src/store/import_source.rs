//! Reading a document to import, with the guards a file from anywhere needs, and
//! writing the sessions an import makes. The parsing itself is `crate::import`'s.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::domain::{Access, Fingerprint, ImportedFrom, Loaded, PrincipleSet, SCHEMA_VERSION, Session};
use crate::import::{ImportReport, Imported, import};
use crate::parallel::on_every_core;

use super::batch_write::{sync_batch, sync_folder, write_temporary};
use super::session_file::{MAX_FILE_BYTES, to_bytes, write_new_session};
use super::{Paths, StoreError, list, load, new_session_id, now_rfc3339};

/// A document's text, refused with a reason a user can act on when it is a folder, a
/// link leading out of its folder, not a regular file, larger than 20 MB, empty, not
/// text or not UTF-8 (naming the encoding it looks like).
pub fn read_document(path: &Path) -> Result<(String, Vec<u8>), StoreError> {
    let refuse = |reason: String| StoreError::NotImportable { path: path.to_path_buf(), reason };
    let read_error = |source| StoreError::Read { path: path.to_path_buf(), source };
    let metadata = std::fs::symlink_metadata(path).map_err(read_error)?;
    let kind = metadata.file_type();
    if kind.is_dir() {
        return Err(refuse("it is a folder; name the markdown files in it instead, e.g. folder/*.md".to_owned()));
    }
    if kind.is_symlink() {
        let target = std::fs::canonicalize(path).map_err(read_error)?;
        let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let folder = std::fs::canonicalize(folder).map_err(read_error)?;
        if !target.starts_with(&folder) {
            return Err(refuse(format!(
                "it is a link to {}, outside its folder; import that file by its own name if you mean it",
                target.display()
            )));
        }
        if !target.is_file() {
            return Err(refuse("it is a link to something that is not a regular file".to_owned()));
        }
    } else if !kind.is_file() {
        return Err(refuse("it is not a regular file (a device, a pipe or a socket)".to_owned()));
    }
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(read_error)?;
    let text = document_text(&bytes).map_err(refuse)?;
    Ok((text, bytes))
}

/// A document read from a stream (standard input), with the same checks as a file's.
pub fn read_stream(stream: impl Read) -> Result<(String, Vec<u8>), String> {
    let mut bytes = Vec::new();
    stream.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read it: {e}"))?;
    let text = document_text(&bytes)?;
    Ok((text, bytes))
}

/// The text of a document's bytes, or why they are not a document to import.
pub fn document_text(bytes: &[u8]) -> Result<String, String> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!("it is over {} MB; a PR/FAQ is far smaller, so this is not one", MAX_FILE_BYTES >> 20));
    }
    if let Some(encoding) = utf16(bytes) {
        return Err(format!("it is {encoding} text, not UTF-8; save it as UTF-8 and import it again"));
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("it is not text ({kind}); export the document as markdown first"));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let encoding =
                if bytes.iter().any(|b| (0x80..0xA0).contains(b)) { "Windows-1252" } else { "Latin-1 (ISO-8859-1)" };
            return Err(format!(
                "it is not UTF-8 (byte {} is not valid); it looks like {encoding}: save it as UTF-8 and import it again",
                e.valid_up_to()
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err("it is empty; there is nothing to import".to_owned());
    }
    Ok(text.to_owned())
}

/// UTF-16 by its byte-order mark, or by the zero bytes that ASCII letters carry in it.
fn utf16(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("UTF-16 LE"),
        [0xFE, 0xFF, ..] => return Some("UTF-16 BE"),
        _ => {}
    }
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_odd = sample.chunks(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    let zero_even = sample.chunks(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    if zero_odd * 10 >= pairs * 6 {
        Some("UTF-16 LE")
    } else if zero_even * 10 >= pairs * 6 {
        Some("UTF-16 BE")
    } else {
        None
    }
}

/// What a file that is not text looks like, by its first bytes or a zero byte.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF"),
        (b"PK\x03\x04", "a zip archive, such as a Word .docx"),
        (b"\xD0\xCF\x11\xE0", "an old Word or Office document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"{\\rtf", "an RTF document"),
        (b"\x7FELF", "a program"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(kind);
    }
    bytes.iter().take(8192).any(|b| *b == 0).then_some("binary data")
}

/// The SHA-256 of the bytes, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The sessions of the folder that were imported, by the hash of their source: to say
/// that a document was imported before.
pub fn imported_hashes(paths: &Paths) -> HashMap<String, String> {
    let Ok(listing) = list(paths) else { return HashMap::new() };
    let files: Vec<&Path> = listing.sessions().map(|(path, _)| path).collect();
    let found = on_every_core(files, |path| {
        let session = load(path).ok()?.session;
        Some((session.imported_from?.sha256, session.id))
    });
    found.into_iter().flatten().collect()
}

/// Writes an imported session as a new file under a fresh id: never over another.
pub fn create_imported(
    paths: &Paths,
    session: Session,
    from: ImportedFrom,
    principles: PrincipleSet,
    named_by_user: bool,
) -> Result<Loaded, StoreError> {
    let folder = paths.ensure_sessions_folder(named_by_user)?;
    write_new_session(folder, stamped(session, from, principles))
}

/// [`create_imported`] for many sessions at once, all or none: each is written to a
/// hidden temporary file, the files are synced together, and only then are they given
/// their names. Two syncs for the whole batch instead of three a session, and still no
/// session file is ever there with less than all of its bytes, whatever the moment the
/// machine stops; should one fail, none is left.
pub fn create_many_imported(
    paths: &Paths,
    imports: Vec<(Session, ImportedFrom)>,
    principles: &PrincipleSet,
    named_by_user: bool,
) -> Result<Vec<Loaded>, StoreError> {
    let folder = paths.ensure_sessions_folder(named_by_user)?;
    let mut made = Vec::with_capacity(imports.len());
    let mut temporaries = Vec::with_capacity(imports.len());
    let written = imports.into_iter().try_for_each(|(session, from)| {
        let session = stamped(session, from, principles.clone());
        let bytes = to_bytes(&session)?;
        let path = folder.join(format!("{}.json", session.id));
        temporaries.push(write_temporary(&path, &bytes)?);
        made.push(Loaded { session, path, fingerprint: Fingerprint::of(&bytes), access: Access::ReadWrite });
        Ok(())
    });
    let placed = written.and_then(|()| sync_batch(folder, &temporaries)).and_then(|()| {
        for (done, (temporary, loaded)) in temporaries.iter().zip(&made).enumerate() {
            if let Err(error) = give_name(temporary, &loaded.path) {
                // All or none: the sessions named already are new, known to no one yet.
                for earlier in &made[..done] {
                    let _ = std::fs::remove_file(&earlier.path);
                }
                return Err(error);
            }
        }
        sync_folder(folder)
    });
    if let Err(error) = placed {
        for temporary in &temporaries {
            let _ = std::fs::remove_file(temporary);
        }
        return Err(error);
    }
    Ok(made)
}

/// The temporary file of a new session, given its name; never over a file there.
fn give_name(temporary: &Path, path: &Path) -> Result<(), StoreError> {
    let write_error = |source| StoreError::Write { path: path.to_path_buf(), source };
    if std::fs::symlink_metadata(path).is_ok() {
        let taken = std::io::Error::new(std::io::ErrorKind::AlreadyExists, "a session with this id already exists");
        return Err(write_error(taken));
    }
    std::fs::rename(temporary, path).map_err(write_error)
}

/// An imported session as it is saved: a fresh id, the times of now, the principle
/// set new sessions are tagged with, and where it came from.
fn stamped(mut session: Session, from: ImportedFrom, principles: PrincipleSet) -> Session {
    let now = now_rfc3339();
    session.schema_version = SCHEMA_VERSION;
    session.id = new_session_id();
    session.created_at = now.clone();
    session.updated_at = now;
    session.principles = principles;
    session.imported_from = Some(from);
    session
}

/// A document read for importing: the name the session remembers it by, its text, and
/// the hash of its bytes.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
    pub sha256: String,
}

/// A file read for importing, with `read_document`'s guards.
pub fn read_source(path: &Path) -> Result<Source, StoreError> {
    let (text, bytes) = read_document(path)?;
    Ok(Source { name: path.display().to_string(), text, sha256: sha256_hex(&bytes) })
}

/// One file imported as a new session, as the app's `i` does it.
pub struct ImportedFile {
    pub loaded: Loaded,
    pub report: ImportReport,
    /// The session the same file became when it was imported before.
    pub imported_before_as: Option<String>,
}

/// Reads one document, imports it and writes it as a new session. Nothing is written
/// when the file is refused.
pub fn import_file(
    paths: &Paths,
    file: &Path,
    principles: PrincipleSet,
    named_by_user: bool,
) -> Result<ImportedFile, StoreError> {
    let source = read_source(file)?;
    let Imported { session, report } = import(&source.text, &source.name);
    let imported_before_as = imported_hashes(paths).remove(&source.sha256);
    let from = ImportedFrom { file: source.name, sha256: source.sha256, ..ImportedFrom::default() };
    let loaded = create_imported(paths, session, from, principles, named_by_user)?;
    Ok(ImportedFile { loaded, report, imported_before_as })
}

/// The names in a folder, each with whether it is a folder: what a typed path's last
/// part is completed against.
pub fn folder_entries(folder: &Path) -> Result<Vec<(String, bool)>, StoreError> {
    let read_error = |source| StoreError::Read { path: folder.to_path_buf(), source };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(read_error)? {
        let entry = entry.map_err(read_error)?;
        // A link to a folder completes as one; metadata follows it.
        let is_folder = std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir());
        entries.push((entry.file_name().to_string_lossy().into_owned(), is_folder));
    }
    entries.sort();
    Ok(entries)
}
