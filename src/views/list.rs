//! The article list: the count, export, and one card per article passing the filters.

use crate::app::{plural, use_app};
use crate::components::text::{highlight, snippet};
use crate::components::{ExportButtons, ShowMore};
use crate::index::{actor_hue, human_date};
use crate::store::Loaded;
use corpus::ArticleId;
use leptos::prelude::*;

const ACTORS_SHOWN: usize = 8;
/// Cards rendered at once (about two screens; scrolling adds the next page). Every filter change
/// redraws them, so this is most of what a change costs at 10,000 articles (BENCHMARKS.md). The
/// first load carries the first page's card chunks, so the page size lives beside the packing.
const PAGE: usize = corpus::pack::LIST_PAGE;

#[component]
pub fn ListView() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let count = Signal::derive(move || app.matching.with(Vec::len));
    let total = ix.len();
    // How many cards are rendered; back to one page whenever the filters change the list.
    let shown = RwSignal::new(PAGE);
    Effect::watch(move || app.matching.track(), move |_, _, _| shown.set(PAGE), false);
    let ids = move || app.matching.with(|m| m[..m.len().min(shown.get())].to_vec());
    let left = Signal::derive(move || count.get().saturating_sub(shown.get()));
    view! {
        <section class="list-view" aria-labelledby="list-h">
            <div class="toolbar">
                <h1 id="list-h" tabindex="-1">
                    <span data-testid="count" class="count" aria-live="polite">
                        {move || plural(count.get(), "article", "articles")}
                    </span>
                    <span class="of">{format!(" of {total}")}</span>
                </h1>
                <ExportButtons
                    what="articles"
                    name="articles"
                    count=count
                    csv=move || Loaded::Ready(crate::export::articles_csv(ix, &app.matching.get_untracked()))
                    json=move || Loaded::Ready(crate::export::articles_json(ix, &app.matching.get_untracked()))
                />
            </div>
            <Show when=move || count.get() == 0>
                <div class="empty">
                    <p>"No article matches these filters."</p>
                    <button type="button" on:click=move |_| crate::app::go(app.filters.get_untracked().cleared())>
                        "Clear all filters"
                    </button>
                </div>
            </Show>
            <ol class="cards">
                <For each=ids key=|id| *id let:id>
                    <ArticleCard id=id />
                </For>
            </ol>
            <ShowMore left=left page=PAGE noun=("article", "articles") on_more=move || shown.update(|s| *s += PAGE) />
        </section>
    }
}

#[component]
fn ArticleCard(id: ArticleId) -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let a = ix.article(id);
    let file = a.file.clone();
    let href = move || app.filters.with(|f| f.open_article(&file, None).to_hash());
    let title = ix.display_title(id);
    let title_view = move || app.terms.with(|t| highlight(&title, t));
    let lede = move || app.terms.with(|t| match snippet(ix, id, t) {
        Loaded::Ready(s) => highlight(&s, t),
        Loaded::Pending => Vec::new(),
        Loaded::Failed(why) => vec![view! { <span class="load-error">{format!("Summary unavailable: {why}.")}</span> }.into_any()],
    });
    let outlet = ix.outlet(id).unwrap_or("Unknown outlet").to_owned();
    let nq = a.quotes.len();
    let quotes = if nq == 0 { "No quotations".to_string() } else { plural(nq, "quotation", "quotations") };
    let actors = &a.actors;
    let extra = actors.len().saturating_sub(ACTORS_SHOWN);
    let chips = actors
        .iter()
        .take(ACTORS_SHOWN)
        .map(|&actor| {
            let name = ix.actor_name(actor).to_owned();
            let n2 = name.clone();
            let chosen = move || app.chosen.with(|c| c.contains(&actor));
            let href = move || app.filters.with(|f| f.toggle_actor(&n2, true).to_hash());
            view! {
                <li>
                    <a class="mini-chip" class:on=chosen href=href style=format!("--h:{}", actor_hue(actor))
                        title=format!("Filter by {name}")>
                        {name.clone()}
                    </a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <li class="card" data-file=a.file.clone()>
            <h2 class="card-title"><a href=href>{title_view}</a></h2>
            <p class="meta">
                <span class="outlet">{outlet}</span>
                <span aria-hidden="true">" · "</span>
                <span class="date">{human_date(a.date)}</span>
                <span aria-hidden="true">" · "</span>
                <span class="nquotes" data-quotes=nq.to_string()>{quotes}</span>
            </p>
            <p class="lede">{lede}</p>
            {(!actors.is_empty()).then(|| view! {
                <ul class="mini-chips" aria-label="Actors mentioned">
                    {chips}
                    {(extra > 0).then(|| view! { <li class="more">{format!("+{extra} more")}</li> })}
                </ul>
            })}
        </li>
    }
}
