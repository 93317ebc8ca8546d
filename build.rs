//! Extracts the corpus folder at compile time and writes the compact blob the app embeds.
//!
//! The folder is `seeds/`, or the one named by `CORPUS_DIR`. A file that cannot be read stops
//! the build with its name and the reason.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=CORPUS_DIR");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = match std::env::var_os("CORPUS_DIR") {
        Some(d) if !d.is_empty() => manifest.join(d),
        _ => manifest.join("seeds"),
    };
    // A folder entry makes cargo notice files added or removed; each file its own edits.
    println!("cargo:rerun-if-changed={}", dir.display());
    let loaded = match corpus::load(&[dir.clone()]) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("error: cannot build the corpus from {}:\n  {e}", dir.display());
            std::process::exit(1);
        }
    };
    for input in &loaded.inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    for warning in &loaded.warnings {
        println!("cargo:warning={warning}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, loaded.corpus.to_bytes()).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
