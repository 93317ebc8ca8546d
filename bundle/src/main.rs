//! `bundle DIST [CHUNKS]`: after `trunk build --release`, rewrites DIST/index.html for
//! strict-CSP hosting, copies the corpus chunks build.rs wrote to CHUNKS (listed in its
//! `manifest.txt`) into DIST/chunks/, and writes DIST/explorer.html, the self-contained single file, with the chunks inlined.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run(dist: &Path, chunks_dir: Option<&Path>) -> Result<(), Box<dyn std::error::Error>> {
    let index_path = dist.join("index.html");
    let index = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let chunks = match chunks_dir {
        Some(dir) => read_chunks(dir)?,
        None => Vec::new(),
    };
    let out = dist.join("chunks");
    if out.exists() {
        std::fs::remove_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    if !chunks.is_empty() {
        std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        for (name, bytes) in &chunks {
            std::fs::write(out.join(name), bytes).map_err(|e| format!("{}: {e}", out.join(name).display()))?;
        }
    }
    let single = bundle::single_file(&index, |path| std::fs::read(dist.join(path)).ok(), &chunks)?;
    let (hosted, start_name, start_script) = bundle::hosted_page(&index)?;
    std::fs::write(dist.join("explorer.html"), &single)?;
    std::fs::write(dist.join(&start_name), start_script)?;
    std::fs::write(&index_path, hosted)?;
    eprintln!(
        "bundle: wrote {} ({} bytes), {start_name} and {} chunks",
        dist.join("explorer.html").display(),
        single.len(),
        chunks.len()
    );
    Ok(())
}

/// The chunks `manifest.txt` in `dir` lists, by name.
fn read_chunks(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let manifest = dir.join("manifest.txt");
    let list = std::fs::read_to_string(&manifest).map_err(|e| format!("{}: {e} (did the build write its chunks?)", manifest.display()))?;
    list.lines()
        .filter(|l| !l.is_empty())
        .map(|name| std::fs::read(dir.join(name)).map(|b| (name.to_owned(), b)).map_err(|e| format!("{}: {e}", dir.join(name).display())))
        .collect()
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(dist), chunks, None) = (args.next(), args.next(), args.next()) else {
        eprintln!("usage: bundle DIST [CHUNKS]   (the folder `trunk build` wrote; the chunks build.rs wrote)");
        return ExitCode::from(2);
    };
    match run(&PathBuf::from(dist), chunks.map(PathBuf::from).as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bundle: {e}");
            ExitCode::FAILURE
        }
    }
}
