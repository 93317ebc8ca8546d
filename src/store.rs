//! Where the chunks of the corpus come from (see `corpus::pack`): the first load itself for a
//! small corpus, the single file's inlined copies (`<script type="application/octet-stream"
//! id="chunk-NAME">`, base64), or `chunks/NAME` beside the page. Each chunk is decoded once and
//! kept; a view that reads one tracks `AppState::arrived`, so it redraws when the chunk lands.

use crate::app::ix;
use corpus::pack::{Body, BodyChunk, WordChunk};
use corpus::ArticleId;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A chunk as far as it has come.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded<T> {
    Ready(T),
    /// Being fetched; the views redraw when it arrives.
    Pending,
    /// Cannot be had; the message says why.
    Failed(String),
}

enum Slot {
    Body(Rc<BodyChunk>),
    Words(Rc<WordChunk>),
    Pending,
    Failed(String),
}

thread_local! {
    static CHUNKS: RefCell<HashMap<String, Slot>> = RefCell::new(HashMap::new());
}

/// The body of article `id`, fetching its chunk if it is not here yet.
pub fn body(id: ArticleId) -> Loaded<(Rc<BodyChunk>, usize)> {
    body_chunk(id, true)
}

/// The body of article `id` if its chunk is already here (or inline); never fetches.
pub fn body_if_here(id: ArticleId) -> Option<(Rc<BodyChunk>, usize)> {
    match body_chunk(id, false) {
        Loaded::Ready(found) => Some(found),
        _ => None,
    }
}

/// `Body` of a `body()` result.
pub fn body_in(found: &(Rc<BodyChunk>, usize)) -> &Body {
    &found.0.bodies[found.1].1
}

fn body_chunk(id: ArticleId, fetch: bool) -> Loaded<(Rc<BodyChunk>, usize)> {
    let ix = ix();
    let Some(name) = ix.article_opt(id).and_then(|e| ix.catalog.body_chunks.get(e.chunk as usize)) else {
        return Loaded::Failed(format!("article {id} has no text in this build"));
    };
    let chunk = get(name, fetch, Slot::Body, |s| match s {
        Slot::Body(c) => Some(c.clone()),
        _ => None,
    });
    match chunk {
        Loaded::Ready(c) => match c.bodies.iter().position(|(a, _)| *a == id) {
            Some(i) => Loaded::Ready((c, i)),
            None => Loaded::Failed(format!("chunk {name} lacks article {id}")),
        },
        Loaded::Pending => Loaded::Pending,
        Loaded::Failed(e) => Loaded::Failed(e),
    }
}

/// The word chunk named `name`, fetching it if it is not here yet.
pub fn words(name: &str) -> Loaded<Rc<WordChunk>> {
    get(name, true, Slot::Words, |s| match s {
        Slot::Words(c) => Some(c.clone()),
        _ => None,
    })
}

/// Looks the chunk up, decodes it from the page if it is there, or starts fetching it.
fn get<T: DeserializeOwned + 'static, R: Clone>(name: &str, fetch: bool, wrap: fn(Rc<T>) -> Slot, unwrap: fn(&Slot) -> Option<R>) -> Loaded<R> {
    crate::app::track_arrivals();
    let known = CHUNKS.with(|c| {
        c.borrow().get(name).map(|slot| match slot {
            Slot::Pending => Loaded::Pending,
            Slot::Failed(e) => Loaded::Failed(e.clone()),
            other => unwrap(other).map(Loaded::Ready).unwrap_or_else(|| Loaded::Failed(format!("chunk {name} is of another kind"))),
        })
    });
    if let Some(known) = known {
        return known;
    }
    if let Some(bytes) = local_bytes(name) {
        let slot = decode::<T>(name, &bytes).map_or_else(Slot::Failed, wrap);
        CHUNKS.with(|c| c.borrow_mut().insert(name.to_owned(), slot));
        return get(name, fetch, wrap, unwrap);
    }
    if !fetch {
        return Loaded::Pending;
    }
    CHUNKS.with(|c| c.borrow_mut().insert(name.to_owned(), Slot::Pending));
    start_fetch::<T>(name.to_owned(), wrap);
    Loaded::Pending
}

fn decode<T: DeserializeOwned>(name: &str, bytes: &[u8]) -> Result<Rc<T>, String> {
    postcard::from_bytes(bytes).map(Rc::new).map_err(|e| format!("chunk {name} is damaged ({e})"))
}

/// The chunk's bytes when the page already holds them: in the first load, or inlined in the
/// single file.
fn local_bytes(name: &str) -> Option<Vec<u8>> {
    if let Some(bytes) = ix().inline.get(name) {
        return Some(bytes.clone());
    }
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        let text = window.document()?.get_element_by_id(&format!("chunk-{name}"))?.text_content()?;
        let binary = window.atob(text.trim()).ok()?;
        return Some(binary.chars().map(|c| c as u8).collect());
    }
    #[allow(unreachable_code)]
    None
}

#[cfg(target_arch = "wasm32")]
fn start_fetch<T: DeserializeOwned + 'static>(name: String, wrap: fn(Rc<T>) -> Slot) {
    wasm_bindgen_futures::spawn_local(async move {
        let slot = match fetch_bytes(&format!("chunks/{name}")).await {
            Ok(bytes) => decode::<T>(&name, &bytes).map_or_else(Slot::Failed, wrap),
            Err(e) => Slot::Failed(format!("could not load chunks/{name}: {e}")),
        };
        CHUNKS.with(|c| c.borrow_mut().insert(name, slot));
        crate::app::note_arrival();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn start_fetch<T: DeserializeOwned + 'static>(name: String, _wrap: fn(Rc<T>) -> Slot) {
    CHUNKS.with(|c| c.borrow_mut().insert(name.clone(), Slot::Failed(format!("chunks/{name} is not inline"))));
}

#[cfg(target_arch = "wasm32")]
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let text = |e: wasm_bindgen::JsValue| e.as_string().or_else(|| js_sys::Error::from(e).message().as_string()).unwrap_or_default();
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.map_err(text)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(text)?).await.map_err(text)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
