fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args_os().skip(2).map(Into::into).collect();
    match corpus::load(&paths) {
        Ok(l) => println!("{} articles", l.corpus.articles.len()),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
