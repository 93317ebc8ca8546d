//! Extraction throughput: `cargo run --release -p corpus --example bench`.
//!
//! Generates deterministic news-like text (headlines, bylines, paragraphs with titled names,
//! countries, organisations, quotations in every attribution shape, inline furniture, and a
//! trailing link list), then times the whole pipeline on
//! - one large article (1, 2, 5 and 10 MB: the time per MB must stay flat, i.e. linear),
//! - many ordinary articles (about 5 KB each, 10 MB in all).
//!
//! Prints MB/s for each run. `BENCH_MB=20` changes the largest size.
//!
//! `BENCH_DUMP=DIR` also writes each run's whole `Corpus` (every span, mention, statement) as
//! JSON into DIR, and `bench -- --dump OUT PATH…` writes the corpus `corpus::load` makes of PATH:
//! the reference for checking that an optimisation changes nothing, beyond the CLI's subset.
//! `bench -- --load PATH…` only loads PATH (for profiling and CPU-time measurements).

use std::time::Instant;

/// A small deterministic generator (xorshift), so every run times the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hakan", "Irina", "Jonas", "Karin", "Levon"];
const LAST: &[&str] = &["Petrova", "Marten", "Holt", "Aliyev", "Santos", "Varga", "Lind", "Brenner", "Novak", "Okafor", "Sato", "Duval"];
const TITLES: &[&str] = &["Foreign Minister", "spokeswoman", "Deputy Prime Minister", "senior official", "President", "envoy"];
const COUNTRIES: &[&str] = &["Russia", "France", "the United States", "Armenia", "Azerbaijan", "Turkey", "Germany", "Ukraine"];
const CAPITALS: &[&str] = &["Moscow", "Paris", "Washington", "Yerevan", "Baku", "Ankara", "Berlin", "Kyiv"];
const ORGS: &[&str] = &["the OSCE Minsk Group", "the United Nations", "the Russian Foreign Ministry", "NATO", "the European Union", "TASS"];
const VERBS: &[&str] = &["said", "told reporters", "added", "stressed", "noted"];
const CLAUSES: &[&str] = &[
    "the talks would continue next week despite the latest disagreements",
    "there was no alternative to a negotiated settlement of the conflict",
    "the ceasefire had been violated several times over the weekend",
    "the humanitarian situation in the region was getting worse every day",
    "both sides had agreed to exchange prisoners before the end of the month",
];

fn paragraph(r: &mut Rng, out: &mut String) {
    let name = format!("{} {}", r.pick(FIRST), r.pick(LAST));
    let surname = name.rsplit(' ').next().unwrap().to_string();
    match r.next() % 6 {
        0 => out.push_str(&format!(
            "{} {} {} on Tuesday that {}, adding that {} was ready to help.\n\n",
            r.pick(TITLES), name, r.pick(VERBS), r.pick(CLAUSES), r.pick(CAPITALS)
        )),
        1 => out.push_str(&format!("“{},” {} {}. “We expect {} to respond.”\n\n", cap(r.pick(CLAUSES)), name, r.pick(VERBS), r.pick(COUNTRIES))),
        2 => out.push_str(&format!(
            "{} {} said: \"{} and {}.\"\n\n",
            r.pick(TITLES), name, cap(r.pick(CLAUSES)), r.pick(CLAUSES)
        )),
        3 => out.push_str(&format!(
            "According to {}, {} and {} {} the “very serious” reports about {}.\n\n",
            r.pick(ORGS), cap(r.pick(COUNTRIES)), r.pick(COUNTRIES), "discussed", r.pick(ORGS)
        )),
        4 => out.push_str(&format!("“{},” said {}, the {} of {}. {} later repeated it.\n\n", cap(r.pick(CLAUSES)), name, r.pick(TITLES), r.pick(ORGS), surname)),
        _ => out.push_str("For all the latest headlines follow our channel online or via the app.\n\n"),
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// One article of about `bytes` bytes.
fn article(r: &mut Rng, bytes: usize) -> String {
    let mut out = format!("{} Says Talks Will Continue\n\nBy Daily Wire | Friday, 08 April 2022\n\n", r.pick(COUNTRIES).trim_start_matches("the "));
    while out.len() < bytes {
        paragraph(r, &mut out);
    }
    out.push_str("Read more:\n\nOther story about the region\n\n14.Oct.2025\n");
    out
}

fn time(name: &str, texts: &[(String, String)]) -> (f64, f64) {
    let refs: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let start = Instant::now();
    let corpus = corpus::extract_texts(&refs);
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(corpus.articles.len(), texts.len());
    if let Ok(dir) = std::env::var("BENCH_DUMP") {
        dump(&corpus, &std::path::Path::new(&dir).join(format!("{name}.json")));
    }
    let mb = bytes as f64 / 1e6;
    (mb, mb / secs)
}

fn dump(corpus: &corpus::Corpus, out: &std::path::Path) {
    std::fs::write(out, serde_json::to_vec(corpus).expect("the corpus serialises")).expect("the dump is written");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--load") {
        let paths: Vec<std::path::PathBuf> = args[1..].iter().map(Into::into).collect();
        let start = Instant::now();
        let loaded = corpus::load(&paths).expect("the corpus loads");
        let bytes: usize = loaded.corpus.articles.iter().map(|a| a.text.len()).sum();
        let secs = start.elapsed().as_secs_f64();
        println!("loaded {} articles, {:.2} MB in {secs:.3} s: {:.1} MB/s", loaded.corpus.articles.len(), bytes as f64 / 1e6, bytes as f64 / 1e6 / secs);
        return;
    }
    if args.first().map(String::as_str) == Some("--dump") {
        let paths: Vec<std::path::PathBuf> = args[2..].iter().map(Into::into).collect();
        let loaded = corpus::load(&paths).expect("the corpus loads");
        dump(&loaded.corpus, std::path::Path::new(&args[1]));
        return;
    }
    let max_mb: usize = std::env::var("BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    println!("extraction throughput (one core, release build)");
    for mb in [1, 2, 5, max_mb] {
        let text = article(&mut r, mb * 1_000_000);
        let (size, speed) = time(&format!("one-{mb}mb"), &[("big.txt".to_string(), text)]);
        println!("  one article of {size:6.2} MB: {speed:7.1} MB/s  ({:.3} s/MB)", 1.0 / speed);
    }
    let many: Vec<(String, String)> = (0..max_mb * 200).map(|i| (format!("a{i}.txt"), article(&mut r, 5_000))).collect();
    let (size, speed) = time("many", &many);
    println!("  {} articles, {size:6.2} MB in all: {speed:7.1} MB/s", many.len());
}
