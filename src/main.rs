//! The news-corpus explorer: decodes the embedded first load once, builds its indexes, and mounts
//! the app. State flows one way: URL hash → `Filters` signal → memos → views; views change the
//! state only by changing the hash (links, or `app::go`).

mod app;
mod components;
mod embed;
mod export;
mod index;
mod state;
mod store;
mod views;

/// The first load written by build.rs (see `corpus::pack`).
static CATALOG_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));

fn main() {
    console_error_panic_hook::set_once();
    let catalog = corpus::pack::Catalog::from_bytes(CATALOG_BYTES).expect("the embedded catalog decodes");
    app::init(index::Index::new(catalog));
    leptos::mount::mount_to_body(views::App);
    // The page's "loading" note (index.html) has done its job.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
