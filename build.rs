//! Extracts the corpus folder at compile time and packs it: the first load the app embeds
//! (`OUT_DIR/catalog.bin`) and the chunks it fetches later, written to `OUT_DIR/corpus-chunks/`,
//! where the `bundle` step picks them up for `dist/chunks/`. Inside OUT_DIR, because that folder belongs to this one build: a `cargo clippy` or `cargo check` of
//! the wasm runs this script in its own OUT_DIR with its own corpus, and must not replace the
//! chunks of the build being published (`build_site` asks cargo which OUT_DIR that is).
//!
//! The folder is `seeds/`, or the one named by `CORPUS_DIR`. A file that cannot be read stops
//! the build with its name and the reason. `CORPUS_INLINE_LIMIT` (bytes) overrides the size up
//! to which chunks travel inside the first load (for measurements).

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=CORPUS_DIR");
    println!("cargo:rerun-if-env-changed=CORPUS_INLINE_LIMIT");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = match std::env::var_os("CORPUS_DIR") {
        Some(d) if !d.is_empty() => manifest.join(d),
        _ => manifest.join("seeds"),
    };
    // A folder entry makes cargo notice files added or removed; each file its own edits.
    println!("cargo:rerun-if-changed={}", dir.display());
    let loaded = match corpus::load(std::slice::from_ref(&dir)) {
        Ok(loaded) => loaded,
        Err(e) => fail(&format!("cannot build the corpus from {}:\n  {e}", dir.display())),
    };
    for input in &loaded.inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    for warning in &loaded.warnings {
        println!("cargo:warning={warning}");
    }
    let inline_limit = match std::env::var("CORPUS_INLINE_LIMIT") {
        Ok(v) => v.trim().parse().unwrap_or_else(|_| fail(&format!("CORPUS_INLINE_LIMIT={v:?} is not a number of bytes"))),
        Err(_) => corpus::pack::INLINE_LIMIT,
    };
    let pack = corpus::pack::pack(&loaded.corpus, inline_limit);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out.join("catalog.bin"), &pack.catalog.to_bytes());
    let chunks = out.join("corpus-chunks");
    if chunks.exists() {
        std::fs::remove_dir_all(&chunks).unwrap_or_else(|e| fail(&format!("cannot clear {}: {e}", chunks.display())));
    }
    std::fs::create_dir_all(&chunks).unwrap_or_else(|e| fail(&format!("cannot create {}: {e}", chunks.display())));
    let mut manifest = String::new();
    for (name, bytes) in &pack.chunks {
        write(&chunks.join(name), bytes);
        manifest.push_str(name);
        manifest.push('\n');
    }
    // Last, so that a manifest always describes a complete set.
    write(&chunks.join("manifest.txt"), manifest.as_bytes());
}

fn write(path: &std::path::Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}
