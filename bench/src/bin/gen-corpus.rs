//! Writes a deterministic synthetic corpus of news articles saved as text.
//!
//!     cargo run --release -p bench --bin gen-corpus -- --seed 1 --articles 10000 --out target/corpora/10000
//!
//! Options: `--truth FILE` (default `OUT.truth.jsonl` beside the folder) receives one JSON line of
//! ground truth per article (title, outlet, date, body span, actors), which the benchmark indexes
//! the peer search engines from. The same seed and size give byte-identical files.

use std::path::PathBuf;
use std::process::exit;

fn usage() -> ! {
    eprintln!("usage: gen-corpus --seed N --articles N --out DIR [--truth FILE]");
    exit(2)
}

fn main() {
    let (mut seed, mut articles, mut out, mut truth) = (None, None, None, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage());
        match arg.as_str() {
            "--seed" => seed = Some(value().parse::<u64>().unwrap_or_else(|_| usage())),
            "--articles" => articles = Some(value().parse::<usize>().unwrap_or_else(|_| usage())),
            "--out" => out = Some(PathBuf::from(value())),
            "--truth" => truth = Some(PathBuf::from(value())),
            "-h" | "--help" => usage(),
            _ => usage(),
        }
    }
    let (Some(seed), Some(articles), Some(out)) = (seed, articles, out) else { usage() };
    let truth = truth.unwrap_or_else(|| {
        let mut name = out.file_name().unwrap_or_default().to_os_string();
        name.push(".truth.jsonl");
        out.with_file_name(name)
    });
    let start = std::time::Instant::now();
    match bench::write_corpus(seed, articles, &out, Some(&truth)) {
        Ok(bytes) => eprintln!(
            "wrote {articles} articles ({:.1} MB) to {} and the truth to {} in {:.1} s",
            bytes as f64 / 1e6,
            out.display(),
            truth.display(),
            start.elapsed().as_secs_f64()
        ),
        Err(e) => {
            eprintln!("error: {e}");
            exit(1)
        }
    }
}
