//! The news-corpus explorer: decodes the embedded corpus once, builds its indexes, and mounts
//! the app. State flows one way: URL hash → `Filters` signal → memos → views; views change the
//! state only by changing the hash (links, or `app::go`).

mod app;
mod components;
mod embed;
mod export;
mod index;
mod state;
mod views;

static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

fn main() {
    console_error_panic_hook::set_once();
    let corpus = corpus::Corpus::from_bytes(CORPUS_BYTES).expect("the embedded corpus decodes");
    app::init(index::Index::new(corpus));
    leptos::mount::mount_to_body(views::App);
    // The page's "loading" note (index.html) has done its job.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
