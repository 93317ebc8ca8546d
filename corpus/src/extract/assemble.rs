//! From decoded texts to a corpus: runs the stages on each article, then gives actors corpus-wide
//! ids (merging by canonical name, a bare surname into the one full name that ends with it, and
//! the user's rules), and groups quotations into statements.

use super::actors::{self, Found, Known, LocalActor};
use super::metadata::{ActorRules, CatalogEntry};
use super::quotes::{self, Marked};
use super::speakers::{self, Attribution};
use super::{dates, masthead, names, segment, statements, text, unwrap, Source};
use crate::model::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// One article after the per-article stages.
struct Analysed {
    file: String,
    text: String,
    warnings: Vec<String>,
    catalog: Option<CatalogEntry>,
    seg: segment::Segments,
    mast: masthead::Masthead,
    found: Found,
    quotes: Vec<(Marked, Attribution)>,
    date: Option<(PartialDate, Span)>,
}

fn known_from(rules: &ActorRules) -> Known {
    Known {
        persons: HashSet::default(),
        defined: rules
            .actors
            .iter()
            .map(|a| LocalActor { name: a.name.clone(), kind: a.kind, aliases: a.aliases.clone(), roles: vec![] })
            .collect(),
        excluded: rules.excluded.iter().cloned().collect(),
    }
}

fn find_actors(text: &str, seg: &segment::Segments, mast: &masthead::Masthead, known: &Known) -> Found {
    let excluded: Vec<(usize, usize)> = mast.furniture.iter().copied().chain(mast.chrome).collect();
    actors::find(text, &seg.body_parts(), &excluded, known)
}

pub fn corpus(sources: Vec<Source>, rules: &ActorRules) -> Corpus {
    let mut known = known_from(rules);
    // A hard-wrapped text is read with its paragraphs joined (same offsets); the article keeps
    // the text as saved.
    let mut saved: Vec<Option<String>> = Vec::with_capacity(sources.len());
    let sources: Vec<Source> = sources
        .into_iter()
        .map(|mut s| {
            saved.push(unwrap::soften(&s.text).map(|(joined, width)| {
                s.warnings.push(format!("hard-wrapped at {width} columns: line breaks inside paragraphs are read as spaces"));
                std::mem::replace(&mut s.text, joined)
            }));
            s
        })
        .collect();
    // Pass 1: structure and actors with what each article shows by itself.
    let mut staged: Vec<(Source, Vec<text::Line>, segment::Segments, masthead::Masthead, Found)> = sources
        .into_iter()
        .map(|s| {
            let lines = text::lines(&s.text);
            let seg = segment::segment(&s.text, &lines);
            let mast = masthead::read(&s.text, &lines, &seg);
            let found = find_actors(&s.text, &seg, &mast, &known);
            (s, lines, seg, mast, found)
        })
        .collect();
    // Pass 2: a full name found with evidence in one article is a name in all of them.
    for (_, _, _, _, found) in &staged {
        for a in &found.actors {
            if a.kind == ActorKind::Person && names::is_full_name(&a.name) {
                known.persons.insert(a.name.clone());
            }
        }
    }
    // Only articles holding such a name, unproven by themselves, read differently now.
    for (s, _, seg, mast, found) in &mut staged {
        if found.unproven.iter().any(|n| known.persons.contains(n)) {
            *found = find_actors(&s.text, seg, mast, &known);
        }
    }
    let analysed: Vec<Analysed> = staged.into_iter().map(|(s, lines, seg, mast, found)| finish_article(s, &lines, seg, mast, found)).collect();
    build(analysed, saved, rules)
}

fn finish_article(s: Source, lines: &[text::Line], seg: segment::Segments, mast: masthead::Masthead, found: Found) -> Analysed {
    let text = &s.text;
    let mut warnings = s.warnings;
    let mut marked = Vec::new();
    for (from, to) in seg.body_parts() {
        marked.extend(quotes::find_marked(text, from, to, &mut warnings));
    }
    let ends = text::sentence_ends(text, 0, seg.body_end);
    let speech: Vec<Marked> = marked
        .into_iter()
        .filter(|m| quotes::is_speech(text, m, text::sentence_bounds(&ends, 0, m.open)))
        .collect();
    let attributions = speakers::attribute(text, &speech, &found, (0, seg.body_end), &ends);
    let date = dates::find(text, lines, &seg, &mast);
    Analysed {
        file: s.file,
        text: s.text,
        warnings,
        catalog: s.catalog,
        seg,
        mast,
        found,
        quotes: speech.into_iter().zip(attributions).collect(),
        date,
    }
}

/// Corpus-wide actor table.
#[derive(Default)]
struct Registry {
    actors: Vec<Actor>,
    /// Per kind (person, country, organisation), the lower-cased name → id.
    by_key: [HashMap<String, ActorId>; 3],
}

impl Registry {
    fn id(&mut self, name: &str, kind: ActorKind) -> ActorId {
        let slot = match kind {
            ActorKind::Person => 0,
            ActorKind::Country => 1,
            ActorKind::Organization => 2,
        };
        // Nearly every local actor is one already registered: found without a lower-cased copy.
        if let Some(id) = text::with_lower(name, |key| self.by_key[slot].get(key).copied()) {
            return id;
        }
        let id = self.actors.len() as ActorId;
        self.actors.push(Actor { name: name.to_string(), kind, aliases: vec![] });
        self.by_key[slot].insert(name.to_lowercase(), id);
        id
    }
}

/// The canonical (name, kind) of a local actor under the corpus-wide rules.
fn canonical<'a>(
    a: &'a LocalActor,
    rules: &'a ActorRules,
    full_names: &'a HashMap<String, Vec<String>>,
    org_aliases: &'a HashMap<String, Vec<String>>,
) -> (Cow<'a, str>, ActorKind) {
    // The user's merges and actors, when there are any.
    if !rules.merges.is_empty() {
        for form in std::iter::once(&a.name).chain(a.aliases.iter()) {
            if let Some(target) = rules.merges.get(&form.to_lowercase()) {
                let kind = rules.actors.iter().find(|d| &d.name == target).map_or(a.kind, |d| d.kind);
                return (target.as_str().into(), kind);
            }
        }
    }
    for d in &rules.actors {
        let hit = std::iter::once(&a.name).chain(a.aliases.iter()).any(|f| d.aliases.iter().any(|x| x.eq_ignore_ascii_case(f)));
        if hit {
            return (d.name.as_str().into(), d.kind);
        }
    }
    match a.kind {
        ActorKind::Person if !names::is_full_name(&a.name) => match full_names.get(&names::surname_key(&a.name)) {
            Some(v) if v.len() == 1 => (v[0].as_str().into(), ActorKind::Person),
            _ => (a.name.as_str().into(), a.kind),
        },
        ActorKind::Organization => match text::with_lower(&a.name, |key| org_aliases.get(key)) {
            Some(v) if v.len() == 1 && v[0].to_lowercase() != a.name.to_lowercase() => (v[0].as_str().into(), a.kind),
            _ => (title_case_institution(&a.name), a.kind),
        },
        _ => (a.name.as_str().into(), a.kind),
    }
}

/// "Russian foreign ministry" and "Russian Foreign Ministry" are one name: an institution written
/// in lower case takes capitals.
fn title_case_institution(name: &str) -> Cow<'_, str> {
    // Nearly every name needs no change: no copy then. A legal form listed in lower case keeps
    // it ("Shell plc").
    let lower_form = |w: &str| w.starts_with(char::is_lowercase) && super::gazetteer::ORG_HEADS.contains(w);
    let changes = |w: &str| (w.len() > 3 || super::gazetteer::ORG_HEADS.contains(w)) && !lower_form(w);
    if name.split(' ').all(|w| !w.chars().next().is_some_and(|f| changes(w) && !f.to_uppercase().eq(std::iter::once(f)))) {
        return name.into();
    }
    name.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if changes(w) => f.to_uppercase().chain(c).collect(),
                Some(f) => std::iter::once(f).chain(c).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
        .into()
}

fn build(analysed: Vec<Analysed>, saved: Vec<Option<String>>, rules: &ActorRules) -> Corpus {
    // Full names by surname, and longer organisation names by the shorter forms they contain.
    let mut full_names: HashMap<String, Vec<String>> = HashMap::default();
    let mut org_aliases: HashMap<String, Vec<String>> = HashMap::default();
    for a in &analysed {
        for act in &a.found.actors {
            if act.kind == ActorKind::Person && names::is_full_name(&act.name) {
                let surname = names::surname_key(names::surname(&act.name));
                let v = full_names.entry(surname).or_default();
                if !v.contains(&act.name) {
                    v.push(act.name.clone());
                }
            }
            if act.kind == ActorKind::Organization {
                for alias in act.aliases.iter().filter(|x| **x != act.name) {
                    let v = org_aliases.entry(alias.to_lowercase()).or_default();
                    if !v.contains(&act.name) {
                        v.push(act.name.clone());
                    }
                }
            }
        }
    }
    let mut reg = Registry::default();
    let mut per_article_ids: Vec<Vec<ActorId>> = Vec::new();
    for a in &analysed {
        let ids = a
            .found
            .actors
            .iter()
            .map(|act| {
                let (name, kind) = canonical(act, rules, &full_names, &org_aliases);
                let id = reg.id(&name, kind);
                let actor = &mut reg.actors[id as usize];
                for alias in std::iter::once(name.as_ref()).chain(act.aliases.iter().map(String::as_str)) {
                    if !actor.aliases.iter().any(|x| x == alias) {
                        actor.aliases.push(alias.to_string());
                    }
                }
                id
            })
            .collect();
        per_article_ids.push(ids);
    }
    let items: Vec<(usize, &str)> = analysed
        .iter()
        .enumerate()
        .flat_map(|(i, a)| a.quotes.iter().map(move |(m, _)| (i, &a.text[m.inner.range()])))
        .collect();
    let statement_ids = statements::group(&items);
    let mut next_statement = statement_ids.iter();
    let mut articles = Vec::with_capacity(analysed.len());
    for ((a, ids), saved) in analysed.into_iter().zip(per_article_ids).zip(saved) {
        let mentions: Vec<Mention> = a.found.mentions.iter().map(|m| Mention { actor: ids[m.actor], span: m.span }).collect();
        let quotes = a
            .quotes
            .iter()
            .map(|(m, att)| Quote {
                span: trim_span(&a.text, m.inner),
                speaker: att.speaker.map(|s| ids[s]),
                cue: att.cue,
                statement: *next_statement.next().expect("one id per quotation"),
            })
            .collect();
        let cat = a.catalog.clone().unwrap_or_default();
        let mut warnings = a.warnings;
        // The catalog wins; where the text says the same, the text is kept as the evidence.
        let (date, date_source) = match (cat.date, a.date) {
            (Some(d), Some((t, span))) if d == t => (Some(d), DateSource::Text(span)),
            (Some(d), Some((t, _))) => {
                warnings.push(format!("catalog.toml gives the date {d}, the text {t}; the catalog's is used"));
                (Some(d), DateSource::Catalog)
            }
            (Some(d), None) => (Some(d), DateSource::Catalog),
            (None, Some((d, span))) => (Some(d), DateSource::Text(span)),
            (None, None) => (None, DateSource::Unknown),
        };
        articles.push(Article {
            file: a.file,
            title: cat.title.or(a.mast.title),
            outlet: cat.outlet.or(a.mast.outlet),
            url: cat.url,
            date,
            date_source,
            body_end: a.seg.body_end as u32,
            clutter: a.seg.clutter,
            mentions,
            quotes,
            warnings,
            text: saved.unwrap_or(a.text),
        });
    }
    Corpus { articles, actors: reg.actors }
}

/// The quoted words without surrounding white space.
fn trim_span(text: &str, s: Span) -> Span {
    let inner = &text[s.range()];
    let start = s.start as usize + (inner.len() - inner.trim_start().len());
    let end = s.end as usize - (inner.len() - inner.trim_end().len());
    Span::new(start, end.max(start))
}
