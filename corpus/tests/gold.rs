//! The scoring of `eval_extract.py` (the shared extraction scorer), ported to Rust and run over
//! thirteen gold sets, each with its floors: the gold records in `tests/fixtures/gold/` for the seed
//! articles in `seeds/`; the varied set in `tests/fixtures/varied/` (twelve articles of other
//! kinds: wire, feature, interview, live blog, press release, court story…; see its README); the
//! web-page set in `tests/fixtures/web_pages/` (thirteen saved pages rich in actors); the
//! layouts set in `tests/fixtures/layouts/` (ten web pages with captions, ads, embedded posts,
//! translated date lines, guillemets and German marks…); the structure set in
//! `tests/fixtures/structure/` (seventeen saved pages of different site kinds, for title, source,
//! date and body_end); and six sets written blind by colleagues who did not read the code and
//! scored before any rule was written for them: `held_out/` (eight pages), `unseen/`, `fresh/`,
//! `sealed/`, `sealed2/` … `sealed5/` (ten pages each). Every floor is what the extraction
//! reached, raised as it improves, so that no figure can fall back. `sealed6/` is not asserted:
//! it stays unread until a session scores it at its end.
//!
//! The port follows the scorer line by line: word-overlap F1 ≥ 0.8 to match a quotation, actors
//! matched by name or alias (a person also by a unique surname), actors from clutter counted,
//! quotation offsets checked against the text, dates accepted if the text or the true date
//! supports them, and `body_end` compared by line.

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the crate sits in the repository").to_path_buf()
}

fn norm(s: &str) -> String {
    let s: String = s.nfkc().collect();
    let s = s.replace(['\u{2019}', '\u{2018}'], "'").replace(['\u{201c}', '\u{201d}'], "\"");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    s.strip_prefix("the ").map(str::to_owned).unwrap_or(s)
}

fn tokens(s: &str) -> Vec<String> {
    let re = regex::Regex::new(r"\w+").unwrap();
    re.find_iter(&norm(s)).map(|m| m.as_str().to_string()).collect()
}

fn token_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut ca: HashMap<&str, usize> = HashMap::new();
    for t in &ta {
        *ca.entry(t).or_default() += 1;
    }
    let mut cb: HashMap<&str, usize> = HashMap::new();
    for t in &tb {
        *cb.entry(t).or_default() += 1;
    }
    let common: usize = ca.iter().map(|(k, v)| (*v).min(*cb.get(k).unwrap_or(&0))).sum();
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / ta.len() as f64, common as f64 / tb.len() as f64);
    2.0 * p * r / (p + r)
}

/// Character offset of the gold boundary line, or the text's length in characters.
fn body_end_offset(text: &str, body_end: Option<&str>) -> usize {
    let Some(be) = body_end else { return text.chars().count() };
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().starts_with(be.trim()) {
            return pos;
        }
        pos += line.chars().count();
    }
    panic!("body_end not found: {be:?}");
}

fn strip_honorific(n: &str) -> String {
    let re = regex::Regex::new(r"^(mr|mrs|ms|miss|dr|sir|president|minister|prime minister)\.? ").unwrap();
    re.replace(n, "").into_owned()
}

/// Per gold actor, in order: (name, strong names, borderline names).
type AliasSets = Vec<(String, HashSet<String>, HashSet<String>)>;

fn strs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

fn gold_alias_sets(gold: &Value) -> AliasSets {
    let actors = gold["actors"].as_array().unwrap();
    let mut surnames: HashMap<String, usize> = HashMap::new();
    for a in actors {
        if a["kind"] == "person" && !strs(&a["aliases_seen"]).is_empty() {
            let last = norm(a["name"].as_str().unwrap()).rsplit(' ').next().unwrap().to_string();
            *surnames.entry(last).or_default() += 1;
        }
    }
    actors
        .iter()
        .map(|a| {
            let name = a["name"].as_str().unwrap().to_string();
            let seen = strs(&a["aliases_seen"]);
            let mut names: HashSet<String> = std::iter::once(norm(&name)).chain(seen.iter().map(|x| norm(x))).collect();
            let stripped: Vec<String> = names.iter().map(|n| strip_honorific(n)).collect();
            names.extend(stripped);
            if a["kind"] == "person" && !seen.is_empty() {
                let last = norm(&name).rsplit(' ').next().unwrap().to_string();
                if surnames.get(&last) == Some(&1) {
                    names.insert(last);
                }
            }
            let weak = strs(&a["aliases_borderline"]).iter().map(|x| norm(x)).collect();
            (name, names, weak)
        })
        .collect()
}

fn match_actor(pred: &HashSet<String>, sets: &AliasSets) -> Option<String> {
    sets.iter().find(|(_, s, w)| pred.iter().any(|p| s.contains(p) || w.contains(p))).map(|(n, _, _)| n.clone())
}

fn pred_names(a: &Value) -> HashSet<String> {
    let mut s: HashSet<String> = HashSet::from([norm(a["name"].as_str().unwrap_or(""))]);
    s.extend(strs(&a["aliases"]).iter().map(|x| norm(x)));
    s
}

#[derive(Default, Debug)]
struct Score {
    actor_tp_pred: usize,
    actor_pred: usize,
    actor_gold: usize,
    actor_found: usize,
    clutter_fp: usize,
    quote_pred: usize,
    quote_gold: usize,
    quote_tp: usize,
    bad_offsets: usize,
    speaker_right: usize,
    date_wrong: bool,
    /// Title, source and date right; `None` where the gold has none to compare with.
    title_ok: Option<bool>,
    source_ok: Option<bool>,
    date_ok: Option<bool>,
    body_end_ok: bool,
    notes: Vec<String>,
}

fn score_article(gold: &Value, text: &str, pred: &Value) -> Score {
    let mut out = Score::default();
    let chars: Vec<char> = text.chars().collect();
    let be = body_end_offset(text, gold["body_end"].as_str());
    let body: String = chars[..be].iter().collect();
    let clutter: String = chars[be..].iter().collect();
    let (nbody, nclutter) = (norm(&body), norm(&clutter));
    let sets = gold_alias_sets(gold);

    // Actors.
    let p_actors = pred["actors"].as_array().cloned().unwrap_or_default();
    let mut matched = HashSet::new();
    let mut pred_to_gold: HashMap<String, String> = HashMap::new();
    for a in &p_actors {
        let names = pred_names(a);
        if let Some(g) = match_actor(&names, &sets) {
            out.actor_tp_pred += 1;
            matched.insert(g.clone());
            pred_to_gold.insert(norm(a["name"].as_str().unwrap_or("")), g);
        } else {
            out.notes.push(format!("false actor {}", a["name"]));
            let names: Vec<&String> = names.iter().filter(|n| !n.is_empty()).collect();
            if !names.iter().any(|n| nbody.contains(n.as_str())) && names.iter().any(|n| nclutter.contains(n.as_str())) {
                out.clutter_fp += 1;
            }
        }
    }
    let required: Vec<String> = gold["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| !strs(&a["aliases_seen"]).is_empty())
        .map(|a| a["name"].as_str().unwrap().to_string())
        .collect();
    out.actor_pred = p_actors.len();
    out.actor_gold = required.len();
    out.actor_found = required.iter().filter(|n| matched.contains(*n)).count();
    for n in required.iter().filter(|n| !matched.contains(*n)) {
        out.notes.push(format!("missed actor {n}"));
    }

    // Quotations in the body, matched greedily in prediction order.
    let g_quotes: Vec<&Value> = gold["quotes"].as_array().unwrap().iter().filter(|q| q["in_body"] == true).collect();
    let p_quotes = pred["quotes"].as_array().cloned().unwrap_or_default();
    let mut used = HashSet::new();
    let mut pairs = Vec::new();
    for pq in &p_quotes {
        let (mut best, mut best_j) = (0.0, None);
        for (j, gq) in g_quotes.iter().enumerate() {
            if used.contains(&j) {
                continue;
            }
            let f = token_f1(pq["text"].as_str().unwrap_or(""), gq["text"].as_str().unwrap());
            if f > best {
                best = f;
                best_j = Some(j);
            }
        }
        match best_j {
            Some(j) if best >= 0.8 => {
                used.insert(j);
                pairs.push((pq, g_quotes[j]));
            }
            _ => out.notes.push(format!("false quote {}", pq["text"])),
        }
    }
    for (j, gq) in g_quotes.iter().enumerate() {
        if !used.contains(&j) {
            out.notes.push(format!("missed quote {}", gq["text"]));
        }
    }
    out.quote_pred = p_quotes.len();
    out.quote_gold = g_quotes.len();
    out.quote_tp = pairs.len();

    // Offsets point at the quoted text (bytes of the UTF-8 text).
    let raw = text.as_bytes();
    for pq in &p_quotes {
        let (Some(s), Some(e)) = (pq["start"].as_u64(), pq["end"].as_u64()) else { continue };
        let (s, e) = (s as usize, e as usize);
        let ok = s <= e
            && e <= raw.len()
            && std::str::from_utf8(&raw[s..e]).is_ok_and(|t| norm(t) == norm(pq["text"].as_str().unwrap_or("")));
        if !ok {
            out.bad_offsets += 1;
            out.notes.push(format!("bad offsets {s}..{e}"));
        }
    }

    // Speakers of matched quotations.
    for (pq, gq) in &pairs {
        let ok = match (pq["speaker"].as_str(), gq["speaker"].as_str()) {
            (None, None) => true,
            (_, None) | (None, _) => false,
            (Some(ps), Some(gs)) => {
                let g = pred_to_gold.get(&norm(ps)).cloned().or_else(|| match_actor(&HashSet::from([norm(ps)]), &sets));
                g.as_deref() == Some(gs)
            }
        };
        if ok {
            out.speaker_right += 1;
        } else {
            out.notes.push(format!("wrong speaker {} for {}", pq["speaker"], gq["text"]));
        }
    }

    // Title and source compared as normalised strings.
    let same = |p: &Value, g: &Value| g.as_str().map(|g| norm(p.as_str().unwrap_or("")) == norm(g));
    out.title_ok = same(&pred["title"], &gold["title"]);
    out.source_ok = same(&pred["source"], &gold["source"]["name"]);
    if out.title_ok == Some(false) {
        out.notes.push(format!("wrong title {}", pred["title"]));
    }
    if out.source_ok == Some(false) {
        out.notes.push(format!("wrong source {}", pred["source"]));
    }

    // Dates: the text's or the true date, at any compatible precision.
    let accepted: Vec<String> =
        [&gold["date"]["value"], &gold["date_true"]["value"]].iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
    if let Some(pd) = pred["date"].as_str() {
        let inside = accepted.iter().any(|a| pd.starts_with(a.as_str()));
        out.date_ok = Some(inside);
        out.date_wrong = !inside && !accepted.iter().any(|a| a.starts_with(pd));
        if out.date_wrong {
            out.notes.push(format!("wrong date {pd}"));
        }
    } else {
        out.date_ok = Some(gold["date"]["value"].is_null());
    }
    if out.date_ok == Some(false) && !out.date_wrong {
        out.notes.push("date missed".into());
    }

    // body_end on the gold line.
    out.body_end_ok = match pred["body_end"].as_u64() {
        Some(pe) => {
            let pe = (pe as usize).min(raw.len());
            let pe_chars = String::from_utf8_lossy(&raw[..pe]).chars().count().min(chars.len());
            let line_no = |off: usize| chars[..off].iter().filter(|c| **c == '\n').count();
            line_no(pe_chars) == line_no(be) || pe_chars.abs_diff(be) <= 2
        }
        None => false,
    };
    if !out.body_end_ok {
        out.notes.push("body_end on the wrong line".into());
    }
    out
}

struct Totals {
    quote_f1: f64,
    speaker: f64,
    actor_f1: f64,
    clutter_actors: usize,
    bad_offsets: usize,
    wrong_dates: usize,
    body_end: f64,
    title: f64,
    source: f64,
    date: f64,
    report: String,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn score(gold_dir: &Path, texts: &Path, extraction: &Value) -> Totals {
    let mut golds: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    golds.sort();
    assert!(!golds.is_empty(), "no gold records in {}", gold_dir.display());
    let preds: HashMap<String, &Value> =
        extraction["articles"].as_array().unwrap().iter().map(|a| (a["file"].as_str().unwrap().to_string(), a)).collect();
    let mut rows = Vec::new();
    let mut report = String::new();
    for g in golds {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&g).unwrap()).unwrap();
        let file = gold["file"].as_str().unwrap();
        // As the scorer reads it: Python's universal newlines make "\r\n" and "\r" one "\n".
        let text = std::fs::read_to_string(texts.join(file)).unwrap().replace("\r\n", "\n").replace('\r', "\n");
        let empty = Value::Object(Default::default());
        let pred = preds.get(file).copied().unwrap_or(&empty);
        let r = score_article(&gold, &text, pred);
        report.push_str(&format!("{file}: {:?}\n", r.notes));
        rows.push(r);
    }
    let sum = |f: &dyn Fn(&Score) -> usize| rows.iter().map(f).sum::<usize>();
    let qp = ratio(sum(&|r| r.quote_tp), sum(&|r| r.quote_pred));
    let qr = ratio(sum(&|r| r.quote_tp), sum(&|r| r.quote_gold));
    let ap = ratio(sum(&|r| r.actor_tp_pred), sum(&|r| r.actor_pred));
    let ar = ratio(sum(&|r| r.actor_found), sum(&|r| r.actor_gold));
    let share = |f: &dyn Fn(&Score) -> Option<bool>| {
        let vals: Vec<bool> = rows.iter().filter_map(f).collect();
        ratio(vals.iter().filter(|v| **v).count(), vals.len())
    };
    Totals {
        title: share(&|r| r.title_ok),
        source: share(&|r| r.source_ok),
        date: share(&|r| r.date_ok),
        quote_f1: f1(qp, qr),
        speaker: ratio(sum(&|r| r.speaker_right), sum(&|r| r.quote_tp)),
        actor_f1: f1(ap, ar),
        clutter_actors: sum(&|r| r.clutter_fp),
        bad_offsets: sum(&|r| r.bad_offsets),
        wrong_dates: sum(&|r| r.date_wrong as usize),
        body_end: ratio(sum(&|r| r.body_end_ok as usize), rows.len()),
        report,
    }
}

/// The least a gold set's figures may be (the most, for the counts of errors); `None`: not checked.
struct Floors {
    quote_f1: f64,
    speaker: f64,
    actor_f1: f64,
    clutter_actors: usize,
    bad_offsets: usize,
    wrong_dates: usize,
    body_end: f64,
    title: Option<f64>,
    source: Option<f64>,
    date: Option<f64>,
}

const SEED_FLOORS: Floors = Floors {
    quote_f1: 0.97,
    speaker: 1.0,
    actor_f1: 0.95,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: None,
    source: None,
    date: None,
};

/// What the extraction reached on `tests/fixtures/varied/` (raise, never lower).
const VARIED_FLOORS: Floors = Floors {
    quote_f1: 1.0,
    speaker: 0.965,
    actor_f1: 0.958,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reached on `tests/fixtures/layouts/` (raise, never lower). Blind, before
/// any rule was written for it: quote F1 0.947, speakers 0.718, actor F1 0.807, clutter actors 2,
/// title 0.6, source 0.111, date 0.5, body_end 0.3 (see its README).
const LAYOUTS_FLOORS: Floors = Floors {
    quote_f1: 0.992,
    speaker: 0.999,
    actor_f1: 0.953,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reached on `tests/fixtures/web_pages/` (raise, never lower): thirteen saved web
/// pages rich in actors (see its README, which also records the blind score).
const WEB_PAGE_FLOORS: Floors = Floors {
    quote_f1: 1.0,
    speaker: 0.97,
    actor_f1: 0.985,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reached on `tests/fixtures/held_out/` (raise, never lower): eight pages
/// written and annotated blind at the end of a day of rules, scored once before any rule was
/// written for them (see its README: speakers 0.544, actor F1 0.772, title 0.375, source 0.429;
/// speakers 0.614 before the speaker rules of branch quality-speakers, 0.772 after; 0.860 before
/// those of quality-speakers2, 0.895 after).
const HELD_OUT_FLOORS: Floors = Floors {
    quote_f1: 0.99,
    speaker: 0.894,
    actor_f1: 0.958,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reached on `tests/fixtures/structure/` (raise, never lower): seventeen saved
/// pages of different site kinds, annotated for title, source, date and body_end only (no actors,
/// quotations only to cover their marks), so the quote, speaker and actor floors are 0. Blind, before
/// any rule was written for it: title 0.125, source 0.2, date 0.588 (wrong dates 0), body_end 0.529
/// (see its README).
const STRUCTURE_FLOORS: Floors = Floors {
    quote_f1: 0.0,
    speaker: 0.0,
    actor_f1: 0.0,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reaches on `tests/fixtures/unseen/` (raise, never lower): ten pages written
/// and annotated blind while the rules of one session were written elsewhere, and scored twice
/// before any rule was written for them: at the session's start (quote F1 0.969, speakers 0.722,
/// actor F1 0.842, title 0.9, source 0.7, date 0.6, body_end 0.7) and at its end (the same but
/// actor F1 0.863 and date 0.8). See its README. Speakers 0.747 before the rules of branch
/// quality-speakers2, 0.899 after (0.924 with the actor rules of quality-actors3 beside them).
const UNSEEN_FLOORS: Floors = Floors {
    quote_f1: 0.968,
    speaker: 0.961,
    actor_f1: 0.96,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reaches on `tests/fixtures/fresh/` (raise, never lower): ten pages written
/// and annotated blind on 2026-11-25 by a colleague who did not read the code, and scored before
/// any rule of that day was merged (at `d60772b`: quote F1 0.964, speakers 0.667, actor F1 0.829,
/// title 0.9, source 0.9, date 0.7, body_end 0.8), and again once they were (at `c339b46`: speakers
/// 0.691, actor F1 0.838, date 0.8, the rest unchanged). See its README.
const FRESH_FLOORS: Floors = Floors {
    quote_f1: 0.969,
    speaker: 0.877,
    actor_f1: 0.908,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(0.9),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reaches on `tests/fixtures/sealed/` (raise, never lower): ten pages written
/// and annotated blind by a colleague who did not read the code, scored blind at `952bec5` and
/// again at `26aa5d3` with the same totals (quote F1 0.963, speakers 0.861, actor F1 0.901, title
/// 0.9, source 0.9, date 0.8, body_end 0.6), then read and written against from 2026-11-25 on
/// (`sealed2/` took its place as the unread set). See its README.
const SEALED_FLOORS: Floors = Floors {
    quote_f1: 0.987,
    speaker: 0.975,
    actor_f1: 0.944,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reaches on `tests/fixtures/sealed2/` (raise, never lower): ten pages written
/// and annotated blind, scored blind at `229d626` and at `fb171e5`/`514cd75` (quote F1 0.990,
/// speakers 0.719, actor F1 0.842, title 1.0, source 0.8, date 0.6 then 0.7, body_end 0.6 then
/// 0.7), then read and written against from the session of 2026-11-25 (third) on. See its README.
const SEALED2_FLOORS: Floors = Floors {
    quote_f1: 0.989,
    speaker: 0.968,
    actor_f1: 0.962,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 1.0,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reaches on `tests/fixtures/sealed3/` (raise, never lower): ten pages written
/// and annotated blind, scored blind at `f0335ed` (quote F1 0.9, speakers 0.851, actor F1 0.841,
/// title 0.8, source 0.8, date 0.9, body_end 0.1) and at `ebef317` after the rules written against
/// `sealed2/` (the same but actor F1 0.843, date 0.7, body_end 0.2), then read and written against.
/// Two of its pages put the story's end at a correction note, which the other sets keep in the
/// story; body_end stays at 0.8 for them. See its README.
const SEALED3_FLOORS: Floors = Floors {
    quote_f1: 1.0,
    speaker: 0.912,
    actor_f1: 0.9,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 0.8,
    title: Some(1.0),
    source: Some(1.0),
    date: Some(1.0),
};

/// What the extraction reaches on `tests/fixtures/sealed4/` (raise, never lower): ten pages written
/// and annotated blind, scored blind at `ebef317` and `ef2820d` (quote F1 0.99, speakers 0.782,
/// actor F1 0.854, clutter actors 2 then 1, title 0.9, source 0.8, date 0.9, body_end 0.0), then
/// read and written against from the session of 2026-11-25 (fifth) on. One clutter actor stays:
/// its gold cuts the story at an author box that two other sets keep in the story. See its README.
const SEALED4_FLOORS: Floors = Floors {
    quote_f1: 0.989,
    speaker: 0.9,
    actor_f1: 0.906,
    clutter_actors: 1,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 0.8,
    title: Some(1.0),
    source: Some(0.9),
    date: Some(1.0),
};

/// What the extraction reaches on `tests/fixtures/sealed5/` (raise, never lower): ten pages written
/// and annotated blind, scored blind at `1c3ca5a` (quote F1 0.98, speakers 0.918, actor F1 0.833,
/// title 1.0, source 0.9, date 0.8, body_end 0.3) and at `ac83fd6` (body_end 0.4), then read and
/// written against. See its README.
const SEALED5_FLOORS: Floors = Floors {
    quote_f1: 0.984,
    speaker: 0.938,
    actor_f1: 0.867,
    clutter_actors: 0,
    bad_offsets: 0,
    wrong_dates: 0,
    body_end: 0.8,
    title: Some(1.0),
    source: Some(0.9),
    date: Some(1.0),
};

fn assert_floors(t: &Totals, f: &Floors) {
    let msg = format!(
        "quote F1 {:.3}, speakers {:.3}, actor F1 {:.3}, clutter actors {}, bad offsets {}, wrong dates {}, body_end {:.3}, \
         title {:.3}, source {:.3}, date {:.3}\n{}",
        t.quote_f1, t.speaker, t.actor_f1, t.clutter_actors, t.bad_offsets, t.wrong_dates, t.body_end, t.title, t.source, t.date,
        t.report
    );
    eprintln!("{msg}");
    assert!(t.quote_f1 >= f.quote_f1, "{msg}");
    assert!(t.speaker >= f.speaker, "{msg}");
    assert!(t.actor_f1 >= f.actor_f1, "{msg}");
    assert!(t.clutter_actors <= f.clutter_actors, "{msg}");
    assert!(t.bad_offsets <= f.bad_offsets, "{msg}");
    assert!(t.wrong_dates <= f.wrong_dates, "{msg}");
    assert!(t.body_end >= f.body_end, "{msg}");
    for (got, floor) in [(t.title, f.title), (t.source, f.source), (t.date, f.date)] {
        assert!(floor.is_none_or(|floor| got >= floor), "{msg}");
    }
}

fn seed_gold() -> PathBuf {
    repo().join("tests/fixtures/gold")
}

#[test]
fn seeds_meet_the_floors_with_their_catalog() {
    let seeds = repo().join("seeds");
    let loaded = corpus::load(std::slice::from_ref(&seeds)).expect("the seeds load");
    let json = corpus::report::extraction_json(&loaded.corpus);
    assert_each_actor_once(&json);
    assert_floors(&score(&seed_gold(), &seeds, &json), &SEED_FLOORS);
}

#[test]
fn seeds_meet_the_floors_from_text_alone() {
    let seeds = repo().join("seeds");
    let dir = seeds_copy(false, &|t| t.to_string());
    let loaded = corpus::load(&[dir.path().to_path_buf()]).expect("the seeds load");
    for a in &loaded.corpus.articles {
        assert!(!matches!(a.date_source, corpus::DateSource::Catalog), "{}", a.file);
    }
    let json = corpus::report::extraction_json(&loaded.corpus);
    assert_each_actor_once(&json);
    assert_floors(&score(&seed_gold(), &seeds, &json), &SEED_FLOORS);
}

/// Scores the gold set in `tests/fixtures/<folder>/` (texts and gold) against its floors.
fn set_meets_floors(folder: &str, floors: &Floors) {
    let set = repo().join("tests/fixtures").join(folder);
    let texts = set.join("texts");
    let loaded = corpus::load(std::slice::from_ref(&texts)).unwrap_or_else(|e| panic!("the {folder} set loads: {e:?}"));
    let json = corpus::report::extraction_json(&loaded.corpus);
    assert_each_actor_once(&json);
    assert_floors(&score(&set.join("gold"), &texts, &json), floors);
}

/// Each actor once per article: the scorer matches by name and would not see one name given
/// twice (as a person and as an organisation), but the app would show two facets.
fn assert_each_actor_once(json: &Value) {
    for a in json["articles"].as_array().expect("articles") {
        let mut names = HashSet::new();
        for actor in a["actors"].as_array().expect("actors") {
            let name = actor["name"].as_str().expect("a name");
            assert!(names.insert(name), "{}: {name} twice", a["file"]);
        }
    }
}

#[test]
fn varied_set_meets_its_floors() {
    set_meets_floors("varied", &VARIED_FLOORS);
}

#[test]
fn web_page_set_meets_its_floors() {
    set_meets_floors("web_pages", &WEB_PAGE_FLOORS);
}

#[test]
fn layouts_set_meets_its_floors() {
    set_meets_floors("layouts", &LAYOUTS_FLOORS);
}

#[test]
fn held_out_set_meets_its_floors() {
    set_meets_floors("held_out", &HELD_OUT_FLOORS);
}

#[test]
fn structure_set_meets_its_floors() {
    set_meets_floors("structure", &STRUCTURE_FLOORS);
}

#[test]
fn unseen_set_meets_its_floors() {
    set_meets_floors("unseen", &UNSEEN_FLOORS);
}

#[test]
fn fresh_set_meets_its_floors() {
    set_meets_floors("fresh", &FRESH_FLOORS);
}

#[test]
fn sealed_set_meets_its_floors() {
    set_meets_floors("sealed", &SEALED_FLOORS);
}

#[test]
fn sealed2_set_meets_its_floors() {
    set_meets_floors("sealed2", &SEALED2_FLOORS);
}

#[test]
fn sealed3_set_meets_its_floors() {
    set_meets_floors("sealed3", &SEALED3_FLOORS);
}

#[test]
fn sealed4_set_meets_its_floors() {
    set_meets_floors("sealed4", &SEALED4_FLOORS);
}

#[test]
fn sealed5_set_meets_its_floors() {
    set_meets_floors("sealed5", &SEALED5_FLOORS);
}

/// The seed articles rewritten by `saved` in a folder of their own, with their catalog or without.
fn seeds_copy(with_catalog: bool, saved: &dyn Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(repo().join("seeds")).unwrap() {
        let p = e.unwrap().path();
        let target = dir.path().join(p.file_name().unwrap());
        if p.extension().is_some_and(|x| x == "txt") {
            std::fs::write(target, saved(&std::fs::read_to_string(&p).unwrap())).unwrap();
        } else if with_catalog && p.file_name().is_some_and(|n| n == "catalog.toml") {
            std::fs::copy(&p, target).unwrap();
        }
    }
    dir
}

/// A way of saving a page, by name, as a rewrite of its text.
type SavedAs<'a> = (&'a str, &'a dyn Fn(&str) -> String);

/// The seeds as other ways of saving a page write them: no-break spaces in the paragraphs, lines
/// hard-wrapped at 72 or 80 columns, no blank lines, CRLF. Each must score as the seeds do.
#[test]
fn seeds_saved_other_ways_meet_the_same_floors() {
    let wrap = |t: &str, width: usize| {
        let mut out = Vec::new();
        for line in t.split('\n') {
            // The indent stays with the first line (reader comments are indented).
            let body = line.trim_start_matches(' ');
            let mut cur = line[..line.len() - body.len()].to_string();
            for word in body.split(' ') {
                if !cur.trim().is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
                    out.push(std::mem::take(&mut cur));
                } else if !cur.trim().is_empty() {
                    cur.push(' ');
                }
                cur.push_str(word);
            }
            out.push(cur);
        }
        out.join("\n")
    };
    let nbsp = |t: &str| {
        let mut n = 0;
        let para = |l: &str| l.chars().count() > 150;
        t.split('\n')
            .map(|l| if para(l) { l.split(' ').enumerate().map(|(i, w)| { n += 1; if i == 0 { w.to_string() } else if n % 5 == 0 { format!("\u{a0}{w}") } else { format!(" {w}") } }).collect::<String>() } else { l.to_string() })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let single = |t: &str| t.split('\n').filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("\n");
    let crlf = |t: &str| t.replace('\n', "\r\n");
    let ways: [SavedAs; 5] =
        [("no-break spaces", &nbsp), ("wrapped at 72", &|t| wrap(t, 72)), ("wrapped at 80", &|t| wrap(t, 80)), ("no blank lines", &single), ("CRLF", &crlf)];
    for (way, saved) in ways {
        let dir = seeds_copy(true, saved);
        let loaded = corpus::load(&[dir.path().to_path_buf()]).unwrap_or_else(|e| panic!("{way}: {e:?}"));
        let json = corpus::report::extraction_json(&loaded.corpus);
        assert_each_actor_once(&json);
        eprintln!("seeds saved with {way}");
        assert_floors(&score(&seed_gold(), dir.path(), &json), &SEED_FLOORS);
    }
}

/// The port itself agrees with the scorer's rules on small cases.
#[test]
fn scorer_port_basics() {
    assert_eq!(norm("The  U.S.’s “Side”"), "u.s.'s \"side\"");
    assert!((token_f1("a b c d", "a b c d e") - 0.888).abs() < 0.01);
    assert_eq!(body_end_offset("ab\n  Read more:\nx", Some("Read more:")), 3);
}
