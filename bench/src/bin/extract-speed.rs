//! Times the native extraction (`corpus::load`, the same call build.rs makes) over a folder and
//! prints one JSON object: bytes read, what was extracted, seconds, MB/s, and how it packs
//! (`corpus::pack`, as build.rs packs it): the first load's size and decode time, the chunks.
//!
//!     cargo run --release -p bench --bin extract-speed -- DIR [--repeat N] [--first-load PATH]
//!
//! `--first-load PATH` also writes the first load's bytes there, to look into.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| {
        eprintln!("usage: extract-speed DIR [--repeat N] [--first-load PATH]");
        std::process::exit(2)
    }));
    let (mut repeat, mut first_load_out) = (3, None);
    while let Some(flag) = args.next() {
        match (flag.as_str(), args.next()) {
            ("--repeat", Some(n)) => repeat = n.parse().expect("--repeat takes a number"),
            ("--first-load", Some(path)) => first_load_out = Some(PathBuf::from(path)),
            _ => {
                eprintln!("usage: extract-speed DIR [--repeat N] [--first-load PATH]");
                std::process::exit(2)
            }
        }
    }
    let mut best = f64::INFINITY;
    let mut loaded = None;
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        let l = corpus::load(std::slice::from_ref(&dir)).unwrap_or_else(|e| {
            eprintln!("error: {e}");
            std::process::exit(1)
        });
        best = best.min(start.elapsed().as_secs_f64());
        loaded = Some(l);
    }
    let loaded = loaded.expect("at least one run");
    let c = &loaded.corpus;
    let bytes: usize = c.articles.iter().map(|a| a.text.len()).sum();
    let start = Instant::now();
    let pack = corpus::pack::pack(c, corpus::pack::INLINE_LIMIT);
    let first_load = pack.catalog.to_bytes();
    let encode = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let back = corpus::pack::Catalog::from_bytes(&first_load).expect("the first load decodes");
    let decode = start.elapsed().as_secs_f64();
    assert_eq!(back.entries.len(), c.articles.len());
    if let Some(path) = first_load_out {
        std::fs::write(&path, &first_load).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
    let size = |chunks: &[String]| -> usize {
        let all = pack.chunks.iter().chain(&pack.catalog.inline);
        all.filter(|(n, _)| chunks.contains(n)).map(|(_, b)| b.len()).sum()
    };
    let word_names: Vec<String> = pack.catalog.word_chunks.iter().map(|(_, n)| n.clone()).collect();
    let out = serde_json::json!({
        "dir": dir.display().to_string(),
        "articles": c.articles.len(),
        "bytes": bytes,
        "actors": c.actors.len(),
        "mentions": c.articles.iter().map(|a| a.mentions.len()).sum::<usize>(),
        "quotes": c.articles.iter().map(|a| a.quotes.len()).sum::<usize>(),
        "dated": c.articles.iter().filter(|a| a.date.is_some()).count(),
        "warnings": loaded.warnings.len(),
        "seconds": best,
        "mb_per_s": bytes as f64 / 1e6 / best,
        "runs": repeat.max(1),
        "first_load_bytes": first_load.len(),
        "chunks_inline": !pack.catalog.inline.is_empty(),
        "chunk_bytes": pack.chunks.iter().chain(&pack.catalog.inline).map(|(_, b)| b.len()).sum::<usize>(),
        "card_chunks": pack.catalog.card_chunks.len(),
        "card_chunk_bytes": size(&pack.catalog.card_chunks),
        "body_chunks": pack.catalog.body_chunks.len(),
        "body_chunk_bytes": size(&pack.catalog.body_chunks),
        "word_chunks": word_names.len(),
        "word_chunk_bytes": size(&word_names),
        "pack_seconds": encode,
        "first_load_decode_seconds": decode,
    });
    println!("{out}");
}
