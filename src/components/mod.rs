//! Small pieces shared by the screens.

pub mod chips;
pub mod dates;
pub mod facets;
pub mod quote;
pub mod share;
pub mod text;

use crate::app::plural;
use crate::store::Loaded;
use leptos::prelude::*;
use std::sync::Arc;

/// "Download CSV" and "Download JSON" for whatever the screen shows.
#[component]
pub fn ExportButtons(
    /// What is exported, for labels: "articles" or "quotations".
    what: &'static str,
    /// File name without extension.
    name: &'static str,
    /// How many rows, for the labels.
    #[prop(into)]
    count: Signal<usize>,
    /// The file's text; `Pending` while chunks it needs are fetched (the download starts when
    /// they arrive).
    csv: impl Fn() -> Loaded<String> + Send + Sync + 'static,
    json: impl Fn() -> Loaded<String> + Send + Sync + 'static,
) -> impl IntoView {
    let label = move |fmt: &str| format!("Download the {} shown as {fmt}", plural(count.get(), &what[..what.len() - 1], what));
    let (csv, json) = (Arc::new(csv), Arc::new(json));
    let waiting = RwSignal::new(None::<bool>);
    let status = RwSignal::new(String::new());
    // Tries to download; true when done (downloaded, or failed with a message).
    let attempt = Arc::new(move |as_csv: bool| {
        let (made, ext, mime) =
            if as_csv { (csv(), "csv", "text/csv;charset=utf-8") } else { (json(), "json", "application/json") };
        match made {
            Loaded::Ready(text) => {
                crate::export::download(&format!("{name}.{ext}"), mime, &text);
                status.set(String::new());
                true
            }
            Loaded::Pending => {
                status.set("Preparing the file…".into());
                false
            }
            Loaded::Failed(why) => {
                status.set(format!("Export failed: {why}."));
                true
            }
        }
    });
    let retry = attempt.clone();
    Effect::new(move |_| {
        if let Some(as_csv) = waiting.get() {
            if retry(as_csv) {
                waiting.set(None);
            }
        }
    });
    let click = move |as_csv: bool| {
        let attempt = attempt.clone();
        move |_| {
            if !attempt(as_csv) {
                waiting.set(Some(as_csv));
            }
        }
    };
    view! {
        <div class="export" role="group" aria-label=format!("Export the {what} shown")>
            <span class="export-label" aria-hidden="true">"Export"</span>
            <button type="button" aria-label=move || label("CSV") on:click=click(true)>
                "CSV"
            </button>
            <button type="button" aria-label=move || label("JSON") on:click=click(false)>
                "JSON"
            </button>
            <span class="export-status muted small" role="status">{move || status.get()}</span>
        </div>
    }
}

/// Items a long list renders at once: the DOM holds a page of them, not the whole corpus.
pub const PAGE: usize = 100;

/// "Show N more" under a long list that renders a page at a time. The button stays for keyboards
/// and screen readers; scrolling near it shows the next page by itself, so a reader scrolling down
/// never waits, while a filter change only redraws one page.
#[component]
pub fn ShowMore(
    /// How many items are not rendered yet.
    left: Signal<usize>,
    page: usize,
    /// Singular and plural of what is listed.
    noun: (&'static str, &'static str),
    on_more: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let on_more = Arc::new(on_more);
    let sentinel = NodeRef::<leptos::html::Div>::new();
    near_viewport(sentinel, on_more.clone());
    move || {
        let left = left.get();
        let on_more = on_more.clone();
        (left > 0).then(|| {
            view! {
                <div class="show-more" node_ref=sentinel>
                    <button type="button" on:click=move |_| on_more()>{format!("Show {} more", left.min(page))}</button>
                    <span class="muted small">{format!(" {} not shown yet", plural(left, noun.0, noun.1))}</span>
                </div>
            }
        })
    }
}

/// Calls `then` whenever the element behind `target` comes within about a screen of the viewport.
/// Each new element mounted there is observed afresh, and the observer reports it once on start:
/// a page that still leaves it in view asks for the next one, until the screen is full.
fn near_viewport(target: NodeRef<leptos::html::Div>, then: Arc<dyn Fn() + Send + Sync>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
    let on_change = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, _: IntersectionObserver| {
            for entry in entries.iter().filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok()) {
                if entry.is_intersecting() && entry.target().is_connected() {
                    then();
                }
            }
        },
    );
    let init = IntersectionObserverInit::new();
    init.set_root_margin("600px 0px");
    let Ok(observer) = IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &init) else {
        return; // No IntersectionObserver: the button still works.
    };
    let observer = StoredValue::new_local((observer, on_change));
    // The element a page replaces is let go here: a detached one that was never in view would
    // get no callback to unobserve it.
    Effect::new(move |previous: Option<Option<web_sys::HtmlDivElement>>| {
        let el = target.get();
        observer.with_value(|(o, _)| {
            if let Some(Some(old)) = previous {
                o.unobserve(&old);
            }
            if let Some(el) = &el {
                o.observe(el);
            }
        });
        el
    });
    on_cleanup(move || observer.try_with_value(|(o, _)| o.disconnect()).unwrap_or_default());
}

/// A coloured dot and the actor's name, linking to the actor's page.
#[component]
pub fn ActorLink(id: corpus::ActorId) -> impl IntoView {
    let app = crate::app::use_app();
    let name = crate::app::ix().actor_name(id).to_owned();
    let n2 = name.clone();
    let href = move || app.filters.with(|f| f.open_actor(&n2).to_hash());
    view! {
        <a class="actor-link" href=href style=format!("--h:{}", crate::index::actor_hue(id))>
            <span class="dot" aria-hidden="true"></span>
            {name}
        </a>
    }
}
