//! The extraction pipeline: decode → unwrap → segment → masthead → actors → quotes → speakers → dates,
//! then the corpus-level assembly (user metadata, shared actor ids, statements grouped across
//! articles).
//!
//! Each stage is a module with one concern; this file only wires them together and reads files.

pub mod actors;
pub mod dates;
pub mod decode;
pub mod fragments;
pub mod gazetteer;
pub mod masthead;
pub mod metadata;
pub mod names;
pub mod patterns;
pub mod quotes;
pub mod report;
pub mod segment;
pub mod speakers;
pub mod statements;
pub mod text;
pub mod unwrap;

mod assemble;

use crate::model::*;
use std::collections::BTreeMap;
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

/// One article's text with what the user's catalog says about it.
pub struct Source {
    pub file: String,
    pub text: String,
    pub warnings: Vec<String>,
    pub catalog: Option<metadata::CatalogEntry>,
}

/// Reads every article file under `paths` (files or folders) into one corpus.
///
/// Article files are `*.txt`; `catalog.toml` and `actors.toml` in a folder (or beside a named
/// file) are the user's metadata; any other file gets a warning, never silent neglect.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, FileError> {
    let mut inputs = Vec::new();
    let mut warnings = Vec::new();
    let mut sources = Vec::new();
    let mut rules = metadata::ActorRules::default();
    let mut catalogs: BTreeMap<PathBuf, BTreeMap<String, metadata::CatalogEntry>> = BTreeMap::new();
    let mut used_catalog: BTreeMap<(PathBuf, String), bool> = BTreeMap::new();
    // Names taken so far: a linear search per file made loading quadratic in the file count.
    let mut names: std::collections::HashSet<String> = std::collections::HashSet::new();
    for path in paths {
        let (dir, files) = if path.is_dir() {
            (path.clone(), article_files(path, &mut warnings)?)
        } else if path.is_file() {
            (path.parent().map(Path::to_path_buf).unwrap_or_default(), vec![path.clone()])
        } else {
            return Err(FileError { path: path.clone(), reason: "no such file or folder".into() });
        };
        let dir_key = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir.clone() };
        if !catalogs.contains_key(&dir_key) {
            let metadata::FolderMetadata { catalog, actors: actor_rules, inputs: meta_inputs } =
                metadata::read_dir(&dir_key).map_err(|(path, reason)| FileError { path, reason })?;
            inputs.extend(meta_inputs);
            if let Some(r) = actor_rules {
                rules.actors.extend(r.actors);
                rules.merges.extend(r.merges);
                rules.excluded.extend(r.excluded);
            }
            let catalog = catalog.unwrap_or_default();
            for name in catalog.keys() {
                used_catalog.insert((dir_key.clone(), name.clone()), false);
            }
            catalogs.insert(dir_key.clone(), catalog);
        }
        for file in files {
            let bytes = std::fs::read(&file).map_err(|e| FileError { path: file.clone(), reason: e.to_string() })?;
            let decoded = decode::decode(&bytes).map_err(|e| FileError { path: file.clone(), reason: e.to_string() })?;
            let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let catalog = catalogs[&dir_key].get(&name).cloned();
            if catalog.is_some() {
                used_catalog.insert((dir_key.clone(), name.clone()), true);
            }
            let unique = if names.contains(&name) { format!("{}/{name}", dir_key.display()) } else { name };
            names.insert(unique.clone());
            sources.push(Source { file: unique, text: decoded.text, warnings: decoded.warnings, catalog });
            inputs.push(file);
        }
    }
    for ((dir, name), used) in used_catalog {
        if !used {
            warnings.push(format!("{}: names {name:?}, which is not an article file here", dir.join(metadata::CATALOG).display()));
        }
    }
    let corpus = assemble::corpus(sources, &rules);
    for a in &corpus.articles {
        for w in &a.warnings {
            warnings.push(format!("{}: {w}", a.file));
        }
    }
    Ok(Loaded { corpus, inputs, warnings })
}

/// Extracts a corpus from texts already in memory (no metadata files): for tests and benchmarks.
pub fn extract_texts(texts: &[(&str, &str)]) -> Corpus {
    let sources = texts
        .iter()
        .map(|(f, t)| Source { file: f.to_string(), text: t.to_string(), warnings: vec![], catalog: None })
        .collect();
    assemble::corpus(sources, &metadata::ActorRules::default())
}

fn article_files(dir: &Path, warnings: &mut Vec<String>) -> Result<Vec<PathBuf>, FileError> {
    let read = std::fs::read_dir(dir).map_err(|e| FileError { path: dir.into(), reason: e.to_string() })?;
    let mut files = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| FileError { path: dir.into(), reason: e.to_string() })?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            warnings.push(format!("{}: a folder inside the corpus folder; its files are not read", path.display()));
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            files.push(path);
        } else if name != metadata::CATALOG && name != metadata::ACTORS {
            warnings.push(format!("{}: not an article (only *.txt files are read) and not catalog.toml or actors.toml; skipped", path.display()));
        }
    }
    files.sort();
    Ok(files)
}
