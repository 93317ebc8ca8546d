//! Small pieces shared by the screens.

pub mod chips;
pub mod dates;
pub mod facets;
pub mod quote;
pub mod share;
pub mod text;

use crate::app::plural;
use leptos::prelude::*;

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
    csv: impl Fn() -> String + Send + Sync + 'static,
    json: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let label = move |fmt: &str| format!("Download the {} shown as {fmt}", plural(count.get(), &what[..what.len() - 1], what));
    view! {
        <div class="export" role="group" aria-label=format!("Export the {what} shown")>
            <span class="export-label" aria-hidden="true">"Export"</span>
            <button type="button" aria-label=move || label("CSV") on:click=move |_| crate::export::download(&format!("{name}.csv"), "text/csv;charset=utf-8", &csv())>
                "CSV"
            </button>
            <button type="button" aria-label=move || label("JSON") on:click=move |_| crate::export::download(&format!("{name}.json"), "application/json", &json())>
                "JSON"
            </button>
        </div>
    }
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
