use leptos::prelude::*;

static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

fn main() {
    console_error_panic_hook::set_once();
    let corpus = corpus::Corpus::from_bytes(CORPUS_BYTES).expect("the embedded corpus decodes");
    let n = corpus.articles.len();
    leptos::mount::mount_to_body(move || view! { <p>{n} " articles"</p> });
}
