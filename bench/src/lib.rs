//! The benchmark workload: a deterministic generator of realistic article files
//! ([`gen::corpus`]), and the helpers of the `gen-corpus` and `extract-speed` commands.
//! `scripts/bench` drives everything; BENCHMARKS.md has the figures.

pub mod gen;
mod words;

pub use gen::{corpus, Generated, Kind, Roster, Truth};

use std::io::Write as _;
use std::path::Path;

/// Writes articles `0..n` of corpus `seed` into `out` (its old `.txt` files removed first) and,
/// if `truth` is given, one JSON line of ground truth per article there. Returns the bytes written.
pub fn write_corpus(seed: u64, n: usize, out: &Path, truth: Option<&Path>) -> std::io::Result<u64> {
    std::fs::create_dir_all(out)?;
    for entry in std::fs::read_dir(out)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::remove_file(path)?;
        }
    }
    let mut truth_file = match truth {
        Some(p) => {
            if let Some(parent) = p.parent() {
                std::fs::create_dir_all(parent)?;
            }
            Some(std::io::BufWriter::new(std::fs::File::create(p)?))
        }
        None => None,
    };
    let mut bytes = 0;
    for g in corpus(seed, n) {
        std::fs::write(out.join(&g.file), &g.text)?;
        bytes += g.text.len() as u64;
        if let Some(t) = truth_file.as_mut() {
            serde_json::to_writer(&mut *t, &g.truth)?;
            t.write_all(b"\n")?;
        }
    }
    if let Some(mut t) = truth_file {
        t.flush()?;
    }
    Ok(bytes)
}
