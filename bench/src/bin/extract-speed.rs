//! Times the native extraction (`corpus::load`, the same call build.rs makes) over a folder and
//! prints one JSON object: bytes read, what was extracted, seconds, MB/s, and the size and
//! decode time of the postcard blob that the app embeds.
//!
//!     cargo run --release -p bench --bin extract-speed -- DIR [--repeat N]

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| {
        eprintln!("usage: extract-speed DIR [--repeat N]");
        std::process::exit(2)
    }));
    let repeat: usize = match (args.next().as_deref(), args.next()) {
        (Some("--repeat"), Some(n)) => n.parse().expect("--repeat takes a number"),
        _ => 3,
    };
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
    let blob = c.to_bytes();
    let encode = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let back = corpus::Corpus::from_bytes(&blob).expect("the blob decodes");
    let decode = start.elapsed().as_secs_f64();
    assert_eq!(back.articles.len(), c.articles.len());
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
        "blob_bytes": blob.len(),
        "blob_encode_seconds": encode,
        "blob_decode_seconds": decode,
    });
    println!("{out}");
}
