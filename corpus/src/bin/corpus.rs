//! `corpus extract PATH...` prints the extraction JSON; `corpus check PATH...` a readable report.
//! Warnings go to standard error.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "corpus", about = "Extract actors, quotations and dates from saved news articles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the extraction as JSON (the format of EXTRACTION.md).
    Extract {
        /// Article files or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print a human-readable report per article.
    Check {
        /// Article files or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (paths, json) = match cli.command {
        Command::Extract { paths } => (paths, true),
        Command::Check { paths } => (paths, false),
    };
    let loaded = match corpus::load(&paths) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    if json {
        let value = corpus::report::extraction_json(&loaded.corpus);
        println!("{}", serde_json::to_string_pretty(&value).expect("JSON values always print"));
    } else {
        print!("{}", corpus::report::check_report(&loaded.corpus));
    }
    ExitCode::SUCCESS
}
