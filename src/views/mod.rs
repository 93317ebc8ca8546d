//! The app shell (header, filter panel, the screen chosen by the URL) and one module per screen.

pub mod actor;
pub mod article;
pub mod list;
pub mod quotes;

use crate::app::{current_hash, install, use_app, AppState};
use crate::components::{chips::ActiveFilters, dates::DateFilter, facets::ActorFacets, share::SiteFooter};
use crate::state::{Filters, View};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Filters::from_hash(&current_hash()));
    install(state);
    let app = use_app();

    // The hash is the source of truth: Back/Forward, edited URLs and links all land here.
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let f = Filters::from_hash(&current_hash());
        if app.filters.with_untracked(|cur| *cur != f) {
            app.filters.set(f);
        }
    });
    let _ = window_event_listener(leptos::ev::keydown, keyboard);
    theme::init();

    let view_kind = Memo::new(move |_| app.filters.with(|f| f.view));
    // A new screen starts at its top, with focus on its heading for keyboard and screen readers.
    Effect::new(move |prev: Option<(View, Option<String>, Option<String>)>| {
        let key = app.filters.with(|f| (f.view, f.article.clone(), f.who.clone()));
        if prev.is_some_and(|p| p != key) {
            request_animation_frame(move || {
                let quote = app.filters.with_untracked(|f| f.quote);
                if quote.is_none() {
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
                if let Some(h) = document().query_selector("main h1").ok().flatten() {
                    use wasm_bindgen::JsCast;
                    if let Ok(h) = h.dyn_into::<web_sys::HtmlElement>() {
                        let options = web_sys::FocusOptions::new();
                        options.set_prevent_scroll(true);
                        let _ = h.focus_with_options(&options);
                    }
                }
            });
        }
        key
    });

    let screen = move || match view_kind.get() {
        View::List => view! { <list::ListView /> }.into_any(),
        View::Quotes => view! { <quotes::QuotesView /> }.into_any(),
        View::Actor => view! { <actor::ActorView /> }.into_any(),
        View::Article => view! { <article::ArticleView /> }.into_any(),
    };
    let tab = move |v: View, label: &'static str| {
        let href = move || app.filters.with(|f| f.with_view(v).to_hash());
        let current = move || (view_kind.get() == v).then_some("page");
        view! { <a class="tab" href=href aria-current=current>{label}</a> }
    };
    let panel_class = move || if app.panel_open.get() { "filters open" } else { "filters" };
    let active_count = move || {
        app.filters.with(|f| f.actors.len() + usize::from(f.from.is_some() || f.to.is_some()) + usize::from(!f.q.trim().is_empty()) + usize::from(f.undated != crate::state::Undated::Include))
    };
    // Embedded in another page: no brand or theme switch, a way out to the full explorer, and
    // our height reported to the parent once the shell is in the DOM.
    let embed = Memo::new(move |_| app.filters.with(|f| f.embed));
    Effect::new(move |reporting: Option<bool>| {
        let now = reporting.unwrap_or(false) || embed.get();
        if now && reporting != Some(true) {
            crate::embed::report_height();
        }
        now
    });
    let full_view = move || app.filters.with(crate::embed::full_view_url);
    view! {
        <div class="app" class:embed=embed>
            <header class="top">
                {move || (!embed.get()).then(|| view! {
                    <div class="brand">
                        <span class="logo" aria-hidden="true">"❝"</span>
                        <span class="brand-name">"News corpus explorer"</span>
                    </div>
                })}
                <nav class="tabs" aria-label="Screens">
                    {tab(View::List, "Articles")}
                    {tab(View::Quotes, "Who said what")}
                </nav>
                {move || if embed.get() {
                    view! { <a class="open-full" href=full_view target="_blank" rel="noopener">"Open full explorer ↗"</a> }.into_any()
                } else {
                    view! { <theme::ThemeToggle /> }.into_any()
                }}
            </header>
            <div class="layout">
                <button
                    type="button"
                    class="filters-toggle"
                    aria-controls="filters"
                    aria-expanded=move || app.panel_open.get().to_string()
                    on:click=move |_| app.panel_open.update(|o| *o = !*o)
                >
                    {move || if app.panel_open.get() { "Hide filters".to_string() } else { format!("Filters ({})", active_count()) }}
                </button>
                <aside id="filters" class=panel_class aria-label="Filters">
                    <SearchBox />
                    <DateFilter />
                    <ActorFacets />
                    <section class="help" aria-labelledby="keys-h">
                        <h2 id="keys-h">"Keyboard"</h2>
                        <dl class="keys">
                            <dt><kbd>"/"</kbd></dt><dd>"search"</dd>
                            <dt><kbd>"j"</kbd>" or "<kbd>"→"</kbd></dt><dd>"next article (reader)"</dd>
                            <dt><kbd>"k"</kbd>" or "<kbd>"←"</kbd></dt><dd>"previous article (reader)"</dd>
                            <dt><kbd>"Esc"</kbd></dt><dd>"back to the list"</dd>
                        </dl>
                    </section>
                </aside>
                <main id="main" tabindex="-1">
                    <ActiveFilters />
                    {screen}
                </main>
            </div>
            {move || (!embed.get()).then(|| view! { <SiteFooter /> })}
        </div>
    }
}

/// The text search: updates the URL as you type (replacing, so Back is not flooded).
#[component]
fn SearchBox() -> impl IntoView {
    let app = use_app();
    let value = move || app.filters.with(|f| f.q.clone());
    view! {
        <form class="search" role="search" on:submit=move |ev| ev.prevent_default()>
            <label for="search">"Search titles and text"</label>
            <input
                id="search"
                type="search"
                placeholder="e.g. Minsk Group"
                autocomplete="off"
                prop:value=value
                on:input=move |ev| {
                    let mut f = app.filters.get_untracked();
                    f.q = event_target_value(&ev);
                    f.quote = None;
                    crate::app::replace(f);
                }
            />
            {move || app.search_error.get().map(|why| view! {
                <p class="search-error" role="alert">{format!("Search is unavailable: {why}.")}</p>
            })}
        </form>
    }
}

/// j/k and the arrow keys walk the reader through the filtered list; `/` focuses the search;
/// Escape returns from the reader.
fn keyboard(ev: web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
        return;
    }
    let typing = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
        matches!(el.tag_name().to_ascii_lowercase().as_str(), "input" | "textarea" | "select") || el.has_attribute("contenteditable")
    });
    if typing {
        return;
    }
    let app = use_app();
    let f = app.filters.get_untracked();
    let key = ev.key();
    if key == "/" {
        if let Some(el) = document().get_element_by_id("search").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            ev.prevent_default();
            app.panel_open.set(true);
            let _ = el.focus();
        }
        return;
    }
    if f.view != View::Article {
        return;
    }
    match key.as_str() {
        "j" | "ArrowRight" | "k" | "ArrowLeft" => {
            let forward = matches!(key.as_str(), "j" | "ArrowRight");
            if let Some(target) = article::neighbour(&f, forward) {
                ev.prevent_default();
                crate::app::go(f.open_article(&target, None));
            }
        }
        "Escape" => {
            ev.prevent_default();
            crate::app::go(f.with_view(View::List));
        }
        _ => {}
    }
}

pub mod theme {
    //! Light and dark: follows the system until the user picks one, then remembers the choice.
    use leptos::prelude::*;

    const KEY: &str = "explorer-theme";

    fn stored() -> Option<String> {
        window().local_storage().ok().flatten().and_then(|s| s.get_item(KEY).ok().flatten()).filter(|t| t == "light" || t == "dark")
    }

    fn system_dark() -> bool {
        window().match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches())
    }

    fn apply(theme: Option<&str>) {
        if let Some(root) = document().document_element() {
            match theme {
                Some(t) => {
                    let _ = root.set_attribute("data-theme", t);
                }
                None => {
                    let _ = root.remove_attribute("data-theme");
                }
            }
        }
    }

    pub fn init() {
        apply(stored().as_deref());
    }

    #[component]
    pub fn ThemeToggle() -> impl IntoView {
        let dark = RwSignal::new(stored().map(|t| t == "dark").unwrap_or_else(system_dark));
        let toggle = move |_| {
            let next = !dark.get_untracked();
            dark.set(next);
            let t = if next { "dark" } else { "light" };
            apply(Some(t));
            if let Some(s) = window().local_storage().ok().flatten() {
                let _ = s.set_item(KEY, t);
            }
        };
        view! {
            <button type="button" class="theme-toggle" aria-pressed=move || dark.get().to_string() on:click=toggle>
                <span aria-hidden="true">{move || if dark.get() { "☾" } else { "☀" }}</span>
                " Dark theme"
            </button>
        }
    }
}
