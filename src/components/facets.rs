//! Actor facets grouped by kind, each with the number of articles it would leave, sorted by that
//! number, with a search box for long lists.

use crate::app::{go, use_app};
use crate::index::{actor_hue, kind_label};
use corpus::{ActorId, ActorKind};
use leptos::prelude::*;

const SHOWN: usize = 8;

#[component]
pub fn ActorFacets() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let (find, set_find) = signal(String::new());
    let total = ix.catalog.actors.len();
    let groups = [ActorKind::Person, ActorKind::Country, ActorKind::Organization].map(|kind| {
        let ids: Vec<ActorId> = (0..total as ActorId).filter(|&i| ix.catalog.actors[i as usize].kind == kind).collect();
        (kind, ids)
    });
    let groups: Vec<(ActorKind, Vec<ActorId>)> = groups.into_iter().filter(|(_, ids)| !ids.is_empty()).collect();
    if groups.is_empty() {
        return view! {
            <section class="facets" aria-labelledby="actors-h">
                <h2 id="actors-h">"Actors"</h2>
                <p class="muted">"No actors have been extracted from this corpus yet."</p>
            </section>
        }
        .into_any();
    }
    let sections = groups
        .into_iter()
        .map(|(kind, ids)| {
            let (expanded, set_expanded) = signal(false);
            let heading = kind_label(kind);
            let gid = format!("facet-{}", kind.as_str());
            let ids2 = ids.clone();
            // Sorted by count (chosen first), filtered by the search box.
            let rows = Memo::new(move |_| {
                let counts = app.facets.get();
                let chosen = app.chosen.get();
                let needle = crate::state::fold(find.get().trim());
                let mut v: Vec<(ActorId, u32, bool)> = ids2
                    .iter()
                    .copied()
                    .filter(|&id| {
                        needle.is_empty() || {
                            let a = &ix.catalog.actors[id as usize];
                            crate::state::fold(&a.name).contains(&needle)
                                || a.aliases.iter().any(|al| crate::state::fold(al).contains(&needle))
                        }
                    })
                    .map(|id| (id, counts.get(id as usize).copied().unwrap_or(0), chosen.contains(&id)))
                    .collect();
                v.sort_by(|a, b| {
                    b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then_with(|| ix.actor_name(a.0).cmp(ix.actor_name(b.0)))
                });
                v
            });
            let visible = move || {
                let rows = rows.get();
                let searching = !find.with(|f| f.trim().is_empty());
                let limit = if expanded.get() || searching { usize::MAX } else { SHOWN };
                rows.into_iter().take(limit).map(|(id, _, _)| id).collect::<Vec<_>>()
            };
            let more = move || {
                let n = rows.with(|r| r.len());
                let searching = !find.with(|f| f.trim().is_empty());
                (n > SHOWN && !searching).then(|| {
                    view! {
                        <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string()
                            on:click=move |_| set_expanded.update(|e| *e = !*e)>
                            {move || if expanded.get() { "Show fewer".to_string() } else { format!("Show all {n}") }}
                        </button>
                    }
                })
            };
            let empty = move || rows.with(|r| r.is_empty()).then(|| view! { <p class="muted small">"No match."</p> });
            view! {
                <fieldset class="facet-group" id=gid>
                    <legend>{heading}</legend>
                    <ul class="facet-list">
                        <For each=visible key=|id| *id children=facet_row />
                    </ul>
                    {empty}
                    {more}
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <section class="facets" aria-labelledby="actors-h">
            <h2 id="actors-h">"Actors"</h2>
            <p class="muted small">"Articles must mention every chosen actor. Numbers: articles left if you add it."</p>
            <label class="visually-hidden" for="actor-find">"Find an actor"</label>
            <input
                id="actor-find"
                type="search"
                class="actor-find"
                placeholder="Find an actor…"
                autocomplete="off"
                prop:value=find
                on:input=move |ev| set_find.set(event_target_value(&ev))
            />
            {sections}
        </section>
    }
    .into_any()
}

/// One facet, keyed by its actor: the row and its checkbox stay the same DOM nodes while the
/// counts and the order change, so focus and the pointer never lose their target.
fn facet_row(id: ActorId) -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let name = ix.actor_name(id).to_owned();
    let n2 = name.clone();
    let input_id = format!("actor-{id}");
    let count = move || app.facets.with(|c| c.get(id as usize).copied().unwrap_or(0));
    let on = move || app.chosen.with(|c| c.contains(&id));
    let class = move || if count() == 0 && !on() { "facet zero" } else { "facet" };
    view! {
        <li class=class style=format!("--h:{}", actor_hue(id))>
            <input
                type="checkbox"
                id=input_id.clone()
                prop:checked=on
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    go(use_app().filters.get_untracked().toggle_actor(&n2, checked));
                }
            />
            <label for=input_id>
                <span class="dot" aria-hidden="true"></span>
                <span class="facet-name">{name}</span>
                <span class="facet-count">
                    <span class="visually-hidden">", "</span>
                    {count}
                    <span class="visually-hidden">{move || if count() == 1 { " article" } else { " articles" }}</span>
                </span>
            </label>
        </li>
    }
}
