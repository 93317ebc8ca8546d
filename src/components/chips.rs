//! The active filters as removable chips, with one button that clears them all. Always present
//! (with a quiet line when nothing is filtered), so the results never jump when filters change.

use crate::app::{go, use_app};
use crate::index::actor_hue;
use crate::state::{Day, Undated};
use leptos::prelude::*;

fn human_day(d: Day) -> String {
    format!("{} {} {}", d.day, crate::index::MONTHS[(d.month as usize).saturating_sub(1) % 12], d.year)
}

#[component]
pub fn ActiveFilters() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let chips = move || {
        let f = app.filters.get();
        let mut out: Vec<AnyView> = Vec::new();
        for name in f.actors.clone() {
            let known = ix.actor_by_name.get(&name).copied();
            let style = known.map(|id| format!("--h:{}", actor_hue(id))).unwrap_or_default();
            let label = if known.is_some() { name.clone() } else { format!("{name} (not in this corpus)") };
            let n = name.clone();
            out.push(
                view! {
                    <li class="chip" style=style>
                        <span class="dot" aria-hidden="true"></span>
                        <span class="chip-label">{label}</span>
                        <button
                            type="button"
                            class="chip-x"
                            aria-label=format!("Remove the actor filter {name}")
                            on:click=move |_| crate::app::update(|f| f.actors.retain(|a| *a != n))
                        >
                            "×"
                        </button>
                    </li>
                }
                .into_any(),
            );
        }
        if f.from.is_some() || f.to.is_some() {
            let label = match (f.from, f.to) {
                (Some(a), Some(b)) => format!("{} – {}", human_day(a), human_day(b)),
                (Some(a), None) => format!("From {}", human_day(a)),
                (None, Some(b)) => format!("Until {}", human_day(b)),
                _ => String::new(),
            };
            out.push(chip(label, "Remove the date range", |f| {
                f.from = None;
                f.to = None;
            }));
        }
        match f.undated {
            Undated::Include => {}
            Undated::Exclude => out.push(chip("Dated articles only".into(), "Include undated articles again", |f| f.undated = Undated::Include)),
            Undated::Only => out.push(chip("Undated articles only".into(), "Show dated articles again", |f| f.undated = Undated::Include)),
        }
        if !f.q.trim().is_empty() {
            out.push(chip(format!("Search: {}", f.q.trim()), "Remove the search", |f| f.q.clear()));
        }
        out
    };
    let filtered = move || app.filters.with(|f| f.is_filtered());
    view! {
        <div class="active-filters" aria-label="Active filters" role="region">
            <Show
                when=filtered
                fallback=|| view! { <p class="no-filters">"No filters: every article is shown. Choose actors, dates or a search to narrow the list."</p> }
            >
                <ul class="chips">{chips}</ul>
                <button type="button" class="clear-all" on:click=move |_| go(app.filters.get_untracked().cleared())>
                    "Clear all filters"
                </button>
            </Show>
        </div>
    }
}

fn chip(label: String, remove: &'static str, change: fn(&mut crate::state::Filters)) -> AnyView {
    view! {
        <li class="chip plain">
            <span class="chip-label">{label}</span>
            <button type="button" class="chip-x" aria-label=remove on:click=move |_| crate::app::update(change)>
                "×"
            </button>
        </li>
    }
    .into_any()
}
