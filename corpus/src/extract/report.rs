//! The two outputs of the `corpus` command: the extraction JSON of `EXTRACTION.md`, and a report
//! for a person checking what was extracted.

use crate::model::*;
use serde_json::{json, Value};
use std::fmt::Write;

/// The extraction JSON: one record per article with the keys `EXTRACTION.md` fixes, plus a few
/// extra keys (ignored by scorers) that say where the values came from.
pub fn extraction_json(corpus: &Corpus) -> Value {
    let articles: Vec<Value> = corpus.articles.iter().map(|a| article_json(corpus, a)).collect();
    json!({ "articles": articles })
}

fn article_json(corpus: &Corpus, a: &Article) -> Value {
    let actors: Vec<Value> = a
        .actor_ids()
        .into_iter()
        .map(|id| {
            let actor = corpus.actor(id);
            let mut aliases: Vec<&str> = Vec::new();
            for m in a.mentions.iter().filter(|m| m.actor == id) {
                let s = a.slice(m.span);
                if !aliases.contains(&s) {
                    aliases.push(s);
                }
            }
            json!({ "name": actor.name, "kind": actor.kind.as_str(), "aliases": aliases })
        })
        .collect();
    let quotes: Vec<Value> = a
        .quotes
        .iter()
        .map(|q| {
            json!({
                "text": a.slice(q.span),
                "speaker": q.speaker.map(|s| corpus.actor(s).name.clone()),
                "start": q.span.start,
                "end": q.span.end,
                "cue": q.cue.map(|c| a.slice(c)),
                "statement": q.statement,
            })
        })
        .collect();
    let clutter: Vec<Value> = a
        .clutter
        .iter()
        .map(|c| json!({ "kind": format!("{:?}", c.kind), "start": c.span.start, "end": c.span.end }))
        .collect();
    json!({
        "file": a.file,
        "title": a.title,
        "source": a.outlet,
        "url": a.url,
        "date": a.date.map(|d| d.to_string()),
        "date_source": date_source(a),
        "body_end": a.body_end,
        "actors": actors,
        "quotes": quotes,
        "clutter": clutter,
        "warnings": a.warnings,
    })
}

fn date_source(a: &Article) -> String {
    match &a.date_source {
        DateSource::Text(s) => format!("text: {:?}", a.slice(*s)),
        DateSource::Catalog => "catalog".into(),
        DateSource::Unknown => "unknown".into(),
    }
}

fn clip(s: &str, n: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= n {
        s
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// A plain-text report per article for `corpus check`.
pub fn check_report(corpus: &Corpus) -> String {
    let mut out = String::new();
    for a in &corpus.articles {
        let _ = writeln!(out, "== {}", a.file);
        let _ = writeln!(out, "title:   {}", a.title.as_deref().unwrap_or("(none)"));
        let _ = writeln!(out, "outlet:  {}", a.outlet.as_deref().unwrap_or("(none)"));
        if let Some(u) = &a.url {
            let _ = writeln!(out, "url:     {u}");
        }
        let date = a.date.map_or("(unknown)".to_string(), |d| d.to_string());
        let _ = writeln!(out, "date:    {date}  [{}]", date_source(a));
        let _ = writeln!(out, "body:    bytes 0..{} of {}", a.body_end, a.text.len());
        let _ = writeln!(out, "actors:");
        for id in a.actor_ids() {
            let actor = corpus.actor(id);
            let mut forms: Vec<&str> = a.mentions.iter().filter(|m| m.actor == id).map(|m| a.slice(m.span)).collect();
            let n = forms.len();
            forms.sort();
            forms.dedup();
            let _ = writeln!(out, "  {:<13} {}  ({} mentions: {})", actor.kind.as_str(), actor.name, n, forms.join(", "));
        }
        let _ = writeln!(out, "quotations:");
        for q in &a.quotes {
            let who = q.speaker.map_or("(unknown speaker)".to_string(), |s| corpus.actor(s).name.clone());
            let cue = q.cue.map(|c| format!(" — cue: {:?}", a.slice(c))).unwrap_or_default();
            let _ = writeln!(out, "  [{}..{}] #{} {who}: “{}”{cue}", q.span.start, q.span.end, q.statement, clip(a.slice(q.span), 90));
        }
        let _ = writeln!(out, "clutter:");
        for c in &a.clutter {
            let _ = writeln!(out, "  {:<15} [{}..{}] {}", c.kind.label(), c.span.start, c.span.end, clip(a.slice(c.span), 60));
        }
        if !a.warnings.is_empty() {
            let _ = writeln!(out, "warnings:");
            for w in &a.warnings {
                let _ = writeln!(out, "  {w}");
            }
        }
        out.push('\n');
    }
    out
}
