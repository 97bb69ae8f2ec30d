//! Session → documents: the PR/FAQ in its canonical order, then an appendix with the
//! customer questions, the review, the iteration log and the time spent, as markdown, a
//! Word file or one printable web page, all three drawn from one [`document::Document`].
//! Pure: the bytes are returned, the caller writes them.

mod appendix;
mod content;
mod coverage_chart;
mod diff;
mod document;
mod docx;
mod escape;
mod html;
mod markdown;

use std::path::Path;

pub use diff::word_diff;

use crate::domain::Session;

/// The formats a session exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// CommonMark, for the repository.
    #[default]
    Markdown,
    /// A Word document, for leadership's comments in the margin.
    Docx,
    /// One self-contained web page that prints well.
    Html,
}

impl Format {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Docx => "docx",
            Format::Html => "html",
        }
    }

    /// The format a file name asks for by its extension (`.md`, `.docx`, `.html`, `.htm`,
    /// in any case), or none.
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "docx" => Some(Format::Docx),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// What an export adds to the document.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// The word-level changes of the draft since the last version (the web page only).
    pub with_diff: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "the changes since the last version (--with-diff) are part of the web page only; export with --format html"
    )]
    DiffOnlyInHtml,
    #[error("the Word document could not be put together: {0}")]
    Docx(String),
}

/// The session as a document of the given format.
pub fn render(session: &Session, format: Format) -> Result<Vec<u8>, ExportError> {
    render_with(session, format, Options::default())
}

pub fn render_with(session: &Session, format: Format, options: Options) -> Result<Vec<u8>, ExportError> {
    if options.with_diff && format != Format::Html {
        return Err(ExportError::DiffOnlyInHtml);
    }
    let document = content::document(session);
    match format {
        Format::Markdown => Ok(markdown::render(&document).into_bytes()),
        Format::Docx => docx::render(&document, session),
        Format::Html => Ok(html::render(&document, session, options.with_diff).into_bytes()),
    }
}

/// The session as a CommonMark document (tables as in GitHub Flavored Markdown).
/// Whatever the user wrote shows as literal text: it can never add structure.
pub fn markdown(session: &Session) -> String {
    markdown::render(&content::document(session))
}

/// A file name (without extension) for the session's document: a slug of its title, or
/// of its id when the title gives none, or `session`. A slug holds only `a-z 0-9 -`, so
/// the name can never leave the folder it is written to.
pub fn file_stem(session: &Session) -> String {
    file_stem_of(&session.title, &session.id)
}

/// [`file_stem`] from a session's title and id alone, as a list's summary holds them.
pub fn file_stem_of(title: &str, id: &str) -> String {
    let stem = [file_stem_part(title), file_stem_part(id)].into_iter().find(|s| !s.is_empty());
    match stem {
        None => "session".to_owned(),
        Some(stem) if is_windows_device(&stem) => format!("{stem}-session"),
        Some(stem) => stem,
    }
}

/// A slug of `text` short enough for a file name on every file system (60 bytes: a
/// slug is ASCII), so that a hostile id or title cannot make a name too long.
pub fn file_stem_part(text: &str) -> String {
    let slug: String = crate::domain::slugify(text).chars().take(60).collect();
    slug.trim_end_matches('-').to_owned()
}

/// Names Windows takes for a device whatever the extension: `con.md` is the console.
fn is_windows_device(stem: &str) -> bool {
    match stem.as_bytes() {
        b"con" | b"prn" | b"aux" | b"nul" => true,
        [b'c', b'o', b'm', digit] | [b'l', b'p', b't', digit] => digit.is_ascii_digit(),
        _ => false,
    }
}
