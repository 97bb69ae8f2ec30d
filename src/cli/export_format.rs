//! Which format `backwards export` writes: `--format`, else the extension of the one file
//! named with `--output`, else markdown.

use std::path::Path;

use clap::ValueEnum;

use crate::export::Format;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown (CommonMark), for a repository
    Md,
    /// A Word document, for readers who comment in the margin
    Docx,
    /// One self-contained web page that prints well
    Html,
}

impl From<ExportFormat> for Format {
    fn from(format: ExportFormat) -> Self {
        match format {
            ExportFormat::Md => Format::Markdown,
            ExportFormat::Docx => Format::Docx,
            ExportFormat::Html => Format::Html,
        }
    }
}

/// The format to write, and whether `output` names the one file to write rather than a
/// folder: it does when one session is exported to a name ending in a format's extension.
pub fn choose(asked: Option<ExportFormat>, output: &Path, sessions: usize) -> Result<(Format, bool), String> {
    let named = Format::from_path(output).filter(|_| sessions == 1 && !output.is_dir());
    let format = match (asked.map(Format::from), named) {
        (Some(asked), Some(named)) if asked != named => {
            return Err(format!(
                "{} ends in .{} but --format asks for .{}; name a file ending in .{}, or leave out --format",
                output.display(),
                output.extension().map(|e| e.to_string_lossy()).unwrap_or_default(),
                asked.extension(),
                asked.extension()
            ));
        }
        (Some(format), _) | (None, Some(format)) => format,
        (None, None) => Format::Markdown,
    };
    if named.is_none() && output.exists() && !output.is_dir() {
        return Err(format!(
            "{} is a file, not a folder; name a folder (it is created when missing), or a file ending in .md, .docx or .html when exporting one session",
            output.display()
        ));
    }
    Ok((format, named.is_some()))
}
