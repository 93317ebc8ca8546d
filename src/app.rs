//! The app's shared reactive state: the filters signal (a mirror of the URL hash) and the memos
//! every view reads. Created once in `views::App` and handed down by context.

use crate::index::{BitSet, Index};
use crate::state::Filters;
use crate::store::Loaded;
use corpus::{ActorId, ArticleId};
use leptos::prelude::*;
use std::sync::OnceLock;

static INDEX: OnceLock<Index> = OnceLock::new();

pub fn init(index: Index) {
    let _ = INDEX.set(index);
}

/// The decoded corpus and its indexes, built once at start-up.
pub fn ix() -> &'static Index {
    INDEX.get().expect("app::init runs before the app mounts")
}

/// The state and the derived data, all `Copy`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub filters: RwSignal<Filters>,
    /// Folded search terms.
    pub terms: Memo<Vec<String>>,
    /// Chosen actors that exist in the corpus.
    pub chosen: Memo<Vec<ActorId>>,
    /// Articles passing the search and actor filters (every filter but the dates).
    pub undated_free: Memo<BitSet>,
    /// Articles passing every filter.
    pub matching_set: Memo<BitSet>,
    /// The same, in display order.
    pub matching: Memo<Vec<ArticleId>>,
    /// Per actor, the articles of `matching_set` that mention them.
    pub facets: Memo<Vec<u32>>,
    /// Articles per month over every filter but the dates.
    pub histogram: Memo<Vec<u32>>,
    /// Whether the filter panel is open on narrow screens.
    pub panel_open: RwSignal<bool>,
    /// How many fetched chunks have arrived; whatever waits for a chunk tracks it.
    pub arrived: RwSignal<u32>,
    /// Why the search cannot run, when its index could not be loaded.
    pub search_error: Memo<Option<String>>,
}

impl AppState {
    pub fn new(initial: Filters) -> AppState {
        let ix = ix();
        let filters = RwSignal::new(initial);
        let terms = Memo::new(move |_| filters.with(|f| f.terms()));
        let chosen = Memo::new(move |_| filters.with(|f| ix.chosen_actors(f)));
        let arrived = RwSignal::new(0);
        // While a word chunk is on its way the previous result stays, so the count never
        // flickers through an unfinished answer.
        let search = Memo::new(move |prev: Option<&Loaded<BitSet>>| {
            match terms.with(|t| ix.text_match(t, crate::store::words)) {
                Loaded::Pending => match prev {
                    Some(Loaded::Ready(s)) => Loaded::Ready(s.clone()),
                    _ => Loaded::Ready(BitSet::full(ix.len())),
                },
                done => done,
            }
        });
        let text_set = Memo::new(move |_| {
            search.with(|s| match s {
                Loaded::Ready(set) => set.clone(),
                _ => BitSet::empty(ix.len()),
            })
        });
        let search_error = Memo::new(move |_| {
            search.with(|s| match s {
                Loaded::Failed(e) => Some(e.clone()),
                _ => None,
            })
        });
        let actor_set = Memo::new(move |_| chosen.with(|c| ix.actor_match(c)));
        let date_key = Memo::new(move |_| filters.with(|f| (f.from, f.to, f.undated)));
        let date_set = Memo::new(move |_| {
            let (from, to, undated) = date_key.get();
            ix.date_match(&Filters { from, to, undated, ..Filters::default() })
        });
        let undated_free = Memo::new(move |_| text_set.with(|t| actor_set.with(|a| t.and(a))));
        let matching_set = Memo::new(move |_| undated_free.with(|s| date_set.with(|d| s.and(d))));
        let matching = Memo::new(move |_| matching_set.with(|s| ix.ordered(s)));
        let facets = Memo::new(move |_| matching_set.with(|s| ix.facet_counts(s)));
        let histogram = Memo::new(move |_| undated_free.with(|s| ix.month_histogram(s)));
        AppState {
            filters,
            terms,
            chosen,
            undated_free,
            matching_set,
            matching,
            facets,
            histogram,
            panel_open: RwSignal::new(false),
            arrived,
            search_error,
        }
    }
}

thread_local! {
    static APP: std::cell::Cell<Option<AppState>> = const { std::cell::Cell::new(None) };
}

/// Makes `state` the app's state (once, in `views::App`).
pub fn install(state: AppState) {
    APP.with(|a| a.set(Some(state)));
}

/// The app's state; usable anywhere, event handlers included.
pub fn use_app() -> AppState {
    APP.with(|a| a.get()).expect("views::App installs the state before anything reads it")
}

/// Makes the running reactive computation rerun when a chunk arrives.
pub fn track_arrivals() {
    if let Some(app) = APP.with(|a| a.get()) {
        app.arrived.track();
    }
}

/// Wakes whatever waits for a chunk.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn note_arrival() {
    if let Some(app) = APP.with(|a| a.get()) {
        app.arrived.update(|n| *n += 1);
    }
}

/// The current location hash ("" natively).
pub fn current_hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

/// Goes to the state `f`: a new history entry, so Back returns here.
pub fn go(f: Filters) {
    let app = use_app();
    let hash = f.to_hash();
    app.filters.set(f);
    if let Some(w) = web_sys::window() {
        if w.location().hash().ok().as_deref() != Some(hash.as_str()) {
            let _ = w.location().set_hash(&hash);
        }
    }
}

/// Replaces the current state without a history entry (typing in the search box).
pub fn replace(f: Filters) {
    let app = use_app();
    let hash = f.to_hash();
    app.filters.set(f);
    if let Some(w) = web_sys::window() {
        if let Ok(h) = w.history() {
            let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
        }
    }
}

/// Changes the filters with `change`, as a new history entry.
pub fn update(change: impl FnOnce(&mut Filters)) {
    let mut f = use_app().filters.get_untracked();
    change(&mut f);
    f.quote = None;
    go(f);
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
