//! The user's own knowledge of the corpus, in two optional files in the corpus folder.
//!
//! `catalog.toml` gives facts per article file, which win over what the text shows:
//!
//! ```toml
//! ["000_bae9dd04a81867b6.txt"]
//! title = "Headline as published"
//! outlet = "MassisPost"
//! url = "https://example.org/story"
//! date = "2022-06-22"          # YYYY, YYYY-MM or YYYY-MM-DD
//! ```
//!
//! `actors.toml` fixes actors: canonical names, kinds and aliases (searched in every article),
//! merges of one name into another, and names never to report:
//!
//! ```toml
//! exclude = ["Google News"]
//!
//! [[actor]]
//! name = "Maria Zakharova"
//! kind = "person"
//! aliases = ["Zakharova"]
//!
//! [merge]
//! "Russia MFA" = "Russian Foreign Ministry"
//! ```
//!
//! A malformed file is an error naming the file and the line: silently ignoring a user's
//! correction would be worse than stopping.

use crate::model::{ActorKind, PartialDate};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub const CATALOG: &str = "catalog.toml";
pub const ACTORS: &str = "actors.toml";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogEntry {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub date: Option<PartialDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DefinedActor {
    pub name: String,
    pub kind: ActorKind,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorRules {
    pub actors: Vec<DefinedActor>,
    /// Name (any case) → canonical name.
    pub merges: HashMap<String, String>,
    /// Lower-cased names never reported.
    pub excluded: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    date: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActors {
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    actor: Vec<RawActor>,
    #[serde(default)]
    merge: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    name: String,
    kind: toml::Spanned<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

fn toml_error(file: &Path, src: &str, e: toml::de::Error) -> String {
    let at = e.span().map(|s| format!(" at line {}", line_of(src, s.start))).unwrap_or_default();
    format!("{}{at}: {}", file.display(), e.message())
}

/// Parses a catalog; the error names the file and line.
pub fn parse_catalog(file: &Path, src: &str) -> Result<BTreeMap<String, CatalogEntry>, String> {
    let raw: BTreeMap<String, RawEntry> = toml::from_str(src).map_err(|e| toml_error(file, src, e))?;
    let mut out = BTreeMap::new();
    for (name, e) in raw {
        let date = match e.date {
            None => None,
            Some(d) => Some(PartialDate::parse(d.get_ref()).ok_or_else(|| {
                format!(
                    "{} at line {}: date {:?} of {name:?} is not YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)",
                    file.display(),
                    line_of(src, d.span().start),
                    d.get_ref()
                )
            })?),
        };
        out.insert(name, CatalogEntry { title: e.title, outlet: e.outlet, url: e.url, date });
    }
    Ok(out)
}

/// Parses actor rules; the error names the file and line.
pub fn parse_actors(file: &Path, src: &str) -> Result<ActorRules, String> {
    let raw: RawActors = toml::from_str(src).map_err(|e| toml_error(file, src, e))?;
    let mut actors = Vec::new();
    for a in raw.actor {
        let kind = ActorKind::parse(a.kind.get_ref()).ok_or_else(|| {
            format!(
                "{} at line {}: kind {:?} of {:?} is not person, country or organization",
                file.display(),
                line_of(src, a.kind.span().start),
                a.kind.get_ref(),
                a.name
            )
        })?;
        let mut aliases = a.aliases;
        if !aliases.contains(&a.name) {
            aliases.insert(0, a.name.clone());
        }
        actors.push(DefinedActor { name: a.name, kind, aliases });
    }
    Ok(ActorRules {
        actors,
        merges: raw.merge.into_iter().map(|(k, v)| (k.to_lowercase(), v)).collect(),
        excluded: raw.exclude.into_iter().map(|s| s.to_lowercase()).collect(),
    })
}

/// What a corpus folder's own files say about it.
pub struct FolderMetadata {
    /// `catalog.toml`, by article file name.
    pub catalog: Option<BTreeMap<String, CatalogEntry>>,
    /// `actors.toml`.
    pub actors: Option<ActorRules>,
    /// The files read, so that a build reruns when they change.
    pub inputs: Vec<std::path::PathBuf>,
}

/// A file that could not be read or parsed, and why.
type Failure = (std::path::PathBuf, String);

/// Reads `catalog.toml` and `actors.toml` from `dir` when they exist.
pub fn read_dir(dir: &Path) -> Result<FolderMetadata, Failure> {
    let mut inputs = Vec::new();
    let read = |name: &str| -> Result<Option<(std::path::PathBuf, String)>, Failure> {
        let p = dir.join(name);
        if !p.is_file() {
            return Ok(None);
        }
        let src = std::fs::read_to_string(&p).map_err(|e| (p.clone(), e.to_string()))?;
        Ok(Some((p, src)))
    };
    let catalog = match read(CATALOG)? {
        Some((p, src)) => {
            let c = parse_catalog(&p, &src).map_err(|e| (p.clone(), e))?;
            inputs.push(p);
            Some(c)
        }
        None => None,
    };
    let actors = match read(ACTORS)? {
        Some((p, src)) => {
            let a = parse_actors(&p, &src).map_err(|e| (p.clone(), e))?;
            inputs.push(p);
            Some(a)
        }
        None => None,
    };
    Ok(FolderMetadata { catalog, actors, inputs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_entries_parse() {
        let c = parse_catalog(Path::new("catalog.toml"), "[\"a.txt\"]\ntitle = \"T\"\ndate = \"2022-06\"\n").unwrap();
        assert_eq!(c["a.txt"].title.as_deref(), Some("T"));
        assert_eq!(c["a.txt"].date, PartialDate::parse("2022-06"));
    }

    #[test]
    fn bad_catalogs_name_file_and_line() {
        let e = parse_catalog(Path::new("x/catalog.toml"), "[\"a.txt\"]\ntitle = \"T\"\ndate = \"2022-13-01\"\n").unwrap_err();
        assert!(e.contains("x/catalog.toml at line 3"), "{e}");
        let e = parse_catalog(Path::new("catalog.toml"), "[\"a.txt\"]\n\ntitel = \"T\"\n").unwrap_err();
        assert!(e.contains("line 3"), "{e}");
        let e = parse_catalog(Path::new("catalog.toml"), "[\"a.txt\"\ntitle = 1\n").unwrap_err();
        assert!(e.contains("line 1"), "{e}");
    }

    #[test]
    fn actor_rules_parse() {
        let src = "exclude = [\"Google News\"]\n[[actor]]\nname = \"A B\"\nkind = \"person\"\naliases = [\"B\"]\n[merge]\n\"X\" = \"Y\"\n";
        let r = parse_actors(Path::new("actors.toml"), src).unwrap();
        assert_eq!(r.actors[0].aliases, vec!["A B".to_string(), "B".to_string()]);
        assert_eq!(r.merges["x"], "Y");
        assert_eq!(r.excluded, vec!["google news".to_string()]);
        let e = parse_actors(Path::new("actors.toml"), "[[actor]]\nname = \"A\"\nkind = \"planet\"\n").unwrap_err();
        assert!(e.contains("line 3"), "{e}");
    }
}
