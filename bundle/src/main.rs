//! `bundle DIST`: after `trunk build --release`, rewrites DIST/index.html for strict-CSP hosting
//! and writes DIST/explorer.html, the self-contained single file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run(dist: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let index_path = dist.join("index.html");
    let index = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let single = bundle::single_file(&index, |path| std::fs::read(dist.join(path)).ok())?;
    let (hosted, start_name, start_script) = bundle::hosted_page(&index)?;
    std::fs::write(dist.join("explorer.html"), &single)?;
    std::fs::write(dist.join(&start_name), start_script)?;
    std::fs::write(&index_path, hosted)?;
    eprintln!("bundle: wrote {} ({} bytes) and {start_name}", dist.join("explorer.html").display(), single.len());
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(dist), None) = (args.next(), args.next()) else {
        eprintln!("usage: bundle DIST   (the folder `trunk build` wrote)");
        return ExitCode::from(2);
    };
    match run(&PathBuf::from(dist)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bundle: {e}");
            ExitCode::FAILURE
        }
    }
}
