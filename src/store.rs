//! Where the chunks of the corpus come from (see `corpus::pack`): the first load itself for a
//! small corpus, the single file's inlined copies (`<script type="application/octet-stream"
//! id="chunk-NAME">`, base64), or `chunks/NAME` beside the page. Each chunk is decoded once and
//! kept; a view still waiting for one tracks `AppState::arrived`, so it redraws when chunks land.

use crate::app::ix;
use crate::index::Index;
use corpus::pack::{Body, BodyChunk, Card, CardChunk, Entry, WordChunk};
use corpus::ArticleId;
use serde::de::DeserializeOwned;
use std::any::Any;
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

impl<T> Loaded<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Loaded<U> {
        match self {
            Loaded::Ready(t) => Loaded::Ready(f(t)),
            Loaded::Pending => Loaded::Pending,
            Loaded::Failed(e) => Loaded::Failed(e),
        }
    }
}

enum Slot {
    Ready(Rc<dyn Any>),
    Pending,
    Failed(String),
}

thread_local! {
    static CHUNKS: RefCell<HashMap<String, Slot>> = RefCell::new(HashMap::new());
}

/// A chunk of per-article records: where article `id`'s record is.
pub trait ArticleChunk: DeserializeOwned + 'static {
    type Record;
    fn find(&self, id: ArticleId) -> Option<&Self::Record>;
}

impl ArticleChunk for BodyChunk {
    type Record = Body;
    fn find(&self, id: ArticleId) -> Option<&Body> {
        self.bodies.iter().find(|(a, _)| *a == id).map(|(_, b)| b)
    }
}

impl ArticleChunk for CardChunk {
    type Record = Card;
    fn find(&self, id: ArticleId) -> Option<&Card> {
        self.cards.iter().find(|(a, _)| *a == id).map(|(_, c)| c)
    }
}

/// Article `id`'s record in its chunk: the chunk, to borrow the record from with [`ArticleChunk::find`].
pub struct Found<C>(pub Rc<C>, pub ArticleId);

impl<C: ArticleChunk> Found<C> {
    pub fn get(&self) -> &C::Record {
        self.0.find(self.1).expect("Found is made only when the record is there")
    }
}

/// The text of article `id` (fetching its chunk if need be).
pub fn body(id: ArticleId) -> Loaded<Found<BodyChunk>> {
    record(id, |ix, e| ix.catalog.body_chunks.get(e.chunk as usize), true)
}

/// The text of article `id` if its chunk is already here (or inline); never fetches.
pub fn body_if_here(id: ArticleId) -> Option<Found<BodyChunk>> {
    match record(id, |ix, e| ix.catalog.body_chunks.get(e.chunk as usize), false) {
        Loaded::Ready(found) => Some(found),
        _ => None,
    }
}

/// The card of article `id`: its lede and quotation texts (fetching its chunk if need be).
pub fn card(id: ArticleId) -> Loaded<Found<CardChunk>> {
    record(id, |ix, e| ix.catalog.card_chunks.get(e.card as usize), true)
}

fn record<C: ArticleChunk>(id: ArticleId, name: impl Fn(&'static Index, &'static Entry) -> Option<&'static String>, fetch: bool) -> Loaded<Found<C>> {
    let ix = ix();
    let Some(name) = ix.article_opt(id).and_then(|e| name(ix, e)) else {
        return Loaded::Failed(format!("article {id} has no such chunk in this build"));
    };
    match get::<C>(name, fetch) {
        Loaded::Ready(c) if c.find(id).is_some() => Loaded::Ready(Found(c, id)),
        Loaded::Ready(_) => Loaded::Failed(format!("chunk {name} lacks article {id}")),
        Loaded::Pending => Loaded::Pending,
        Loaded::Failed(e) => Loaded::Failed(e),
    }
}

/// The word chunk named `name`, fetching it if it is not here yet.
pub fn words(name: &str) -> Loaded<Rc<WordChunk>> {
    get(name, true)
}

/// Looks the chunk up, decodes it from the page if it is there, or starts fetching it. Only a
/// caller that gets `Pending` subscribes to arrivals: a chunk that is here never changes (its
/// name is its content), so readers of ready chunks do not rerun whenever another one lands.
fn get<T: DeserializeOwned + 'static>(name: &str, fetch: bool) -> Loaded<Rc<T>> {
    let found = look_up(name, fetch);
    if matches!(found, Loaded::Pending) {
        crate::app::track_arrivals();
    }
    found
}

fn look_up<T: DeserializeOwned + 'static>(name: &str, fetch: bool) -> Loaded<Rc<T>> {
    let known = CHUNKS.with(|c| {
        c.borrow().get(name).map(|slot| match slot {
            Slot::Pending => Loaded::Pending,
            Slot::Failed(e) => Loaded::Failed(e.clone()),
            Slot::Ready(any) => match any.clone().downcast::<T>() {
                Ok(chunk) => Loaded::Ready(chunk),
                Err(_) => Loaded::Failed(format!("chunk {name} is of another kind")),
            },
        })
    });
    if let Some(known) = known {
        return known;
    }
    if let Some(bytes) = local_bytes(name) {
        CHUNKS.with(|c| c.borrow_mut().insert(name.to_owned(), decode::<T>(name, &bytes)));
        return look_up(name, fetch);
    }
    if !fetch {
        return Loaded::Pending;
    }
    CHUNKS.with(|c| c.borrow_mut().insert(name.to_owned(), Slot::Pending));
    start_fetch::<T>(name.to_owned());
    Loaded::Pending
}

fn decode<T: DeserializeOwned + 'static>(name: &str, bytes: &[u8]) -> Slot {
    match postcard::from_bytes::<T>(bytes) {
        Ok(chunk) => Slot::Ready(Rc::new(chunk)),
        Err(e) => Slot::Failed(format!("chunk {name} is damaged ({e})")),
    }
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
fn start_fetch<T: DeserializeOwned + 'static>(name: String) {
    in_flight(1);
    wasm_bindgen_futures::spawn_local(async move {
        let slot = match fetch_bytes(&format!("chunks/{name}")).await {
            Ok(bytes) => decode::<T>(&name, &bytes),
            Err(e) => Slot::Failed(format!("could not load chunks/{name}: {e}")),
        };
        CHUNKS.with(|c| c.borrow_mut().insert(name, slot));
        crate::app::note_arrival();
        // The redraw that the arrival wakes runs as tasks of this same queue; clearing the mark
        // in a task queued after them keeps it up until the screen shows the chunk.
        wasm_bindgen_futures::spawn_local(async { in_flight(-1) });
    });
}

/// Counts the fetches under way and marks the page `body[data-busy]` while there are any, so
/// that scripts (the browser tests, the benchmark's driver, an embedding page) can tell a
/// finished screen from one still waiting for text.
#[cfg(target_arch = "wasm32")]
fn in_flight(delta: i32) {
    thread_local! {
        static IN_FLIGHT: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
    }
    let now = IN_FLIGHT.with(|n| {
        n.set(n.get() + delta);
        n.get()
    });
    let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else { return };
    if now > 0 {
        let _ = body.dataset().set("busy", "1");
    } else {
        body.dataset().delete("busy");
    }
}

// Natively (unit tests) there is nothing to fetch from; the signature matches the wasm one.
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::extra_unused_type_parameters)]
fn start_fetch<T: DeserializeOwned + 'static>(name: String) {
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
