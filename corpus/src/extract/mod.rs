//! The extraction pipeline: decode → segment → actors → quotes → dates, then the corpus-level
//! assembly (shared actor ids, statements grouped across articles).

use crate::model::*;
use std::fmt;
use std::path::{Path, PathBuf};

/// A file that could not become an article, with the reason.
#[derive(Debug)]
pub struct FileError {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

impl std::error::Error for FileError {}

/// A corpus read from a folder, with what the reader should know about it.
#[derive(Debug)]
pub struct Loaded {
    pub corpus: Corpus,
    /// Every file that was read (articles and metadata), for `rerun-if-changed`.
    pub inputs: Vec<PathBuf>,
    /// Per-file warnings, each starting with the file's name.
    pub warnings: Vec<String>,
}

/// Reads every article file under `paths` (files or folders) into one corpus.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, FileError> {
    let mut inputs = Vec::new();
    let mut articles = Vec::new();
    for path in paths {
        let files = if path.is_dir() { article_files(path)? } else { vec![path.clone()] };
        for file in files {
            let bytes = std::fs::read(&file).map_err(|e| FileError { path: file.clone(), reason: e.to_string() })?;
            let text = String::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes).to_vec())
                .map_err(|e| FileError { path: file.clone(), reason: format!("not UTF-8: {e}") })?;
            let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let title = text.lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned);
            articles.push(Article {
                file: name,
                title,
                outlet: None,
                url: None,
                date: None,
                date_source: DateSource::Unknown,
                body_end: text.len() as u32,
                text,
                clutter: vec![],
                mentions: vec![],
                quotes: vec![],
                warnings: vec![],
            });
            inputs.push(file);
        }
    }
    Ok(Loaded { corpus: Corpus { articles, actors: vec![] }, inputs, warnings: vec![] })
}

fn article_files(dir: &Path) -> Result<Vec<PathBuf>, FileError> {
    let read = std::fs::read_dir(dir).map_err(|e| FileError { path: dir.into(), reason: e.to_string() })?;
    let mut files = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| FileError { path: dir.into(), reason: e.to_string() })?;
        let path = entry.path();
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}
