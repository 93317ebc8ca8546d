//! One actor: the articles (within the current filters) that mention them, their quotations, and
//! the actors they appear with most.

use crate::app::{plural, use_app};
use crate::components::quote::QuoteCard;
use crate::components::{ActorLink, ExportButtons, ShowMore, PAGE};
use crate::index::{actor_hue, human_date, kind_label};
use crate::state::View;
use leptos::prelude::*;

#[component]
pub fn ActorView() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let who = Memo::new(move |_| app.filters.with(|f| f.who.as_ref().and_then(|n| ix.actor_by_name.get(n).copied())));
    move || {
        let Some(id) = who.get() else {
            let back = move || app.filters.with(|f| f.with_view(View::List).to_hash());
            return view! {
                <section class="actor-view missing">
                    <h1 tabindex="-1">"Actor not found"</h1>
                    <p>"No actor of that name was extracted from this corpus."</p>
                    <p><a href=back>"Back to the articles"</a></p>
                </section>
            }
            .into_any();
        };
        let actor = &ix.catalog.actors[id as usize];
        let name = actor.name.clone();
        let articles = Memo::new(move |_| {
            app.matching_set.with(|s| ix.actor_articles[id as usize].iter().copied().filter(|&a| s.contains(a)).collect::<Vec<_>>())
        });
        let quotes = Memo::new(move |_| {
            app.matching_set.with(|s| ix.actor_quotes[id as usize].iter().copied().filter(|r| s.contains(r.article)).collect::<Vec<_>>())
        });
        let companions = Memo::new(move |_| app.matching_set.with(|s| ix.companions(id, s)));
        // Both lists render a page at a time (a frequent actor is in thousands of articles).
        let (shown_articles, shown_quotes) = (RwSignal::new(PAGE), RwSignal::new(PAGE));
        let articles_left = Signal::derive(move || articles.with(Vec::len).saturating_sub(shown_articles.get()));
        let quotes_left = Signal::derive(move || quotes.with(Vec::len).saturating_sub(shown_quotes.get()));
        let aliases: Vec<String> = actor.aliases.iter().filter(|a| **a != actor.name).cloned().collect();
        let n2 = name.clone();
        let filter_href = move || app.filters.with(|f| f.with_view(View::List).toggle_actor(&n2, true).to_hash());
        let qcount = Signal::derive(move || quotes.with(Vec::len));
        let kind = match actor.kind {
            corpus::ActorKind::Person => "Person",
            corpus::ActorKind::Country => "Country or government",
            corpus::ActorKind::Organization => "Organisation",
        };
        let _ = kind_label;
        view! {
            <section class="actor-view" aria-labelledby="actor-h" style=format!("--h:{}", actor_hue(id))>
                <header class="actor-head">
                    <h1 id="actor-h" tabindex="-1"><span class="dot big" aria-hidden="true"></span>{name.clone()}</h1>
                    <p class="meta">
                        {kind}
                        {(!aliases.is_empty()).then(|| view! { <span>" · also written as " {aliases.join(", ")}</span> })}
                    </p>
                    <p class="stats" data-testid="actor-stats">
                        "Mentioned in " {move || plural(articles.with(Vec::len), "article", "articles")}
                        ", quoted " {move || plural(qcount.get(), "time", "times")}
                        {move || app.filters.with(|f| f.is_filtered()).then_some(" (within the current filters)")}
                        "."
                    </p>
                    <p><a href=filter_href class="button-link">{format!("Filter the article list by {name}")}</a></p>
                </header>
                <div class="actor-grid">
                    <section aria-labelledby="with-h">
                        <h2 id="with-h">"Appears most with"</h2>
                        {move || {
                            let c = companions.get();
                            if c.is_empty() {
                                view! { <p class="muted">"No other actor in the same articles."</p> }.into_any()
                            } else {
                                let items = c.into_iter().take(15).map(|(other, n)| view! {
                                    <li><ActorLink id=other /> <span class="muted">{format!(" {}", plural(n as usize, "article", "articles"))}</span></li>
                                }).collect::<Vec<_>>();
                                view! { <ol class="companions" data-testid="companions">{items}</ol> }.into_any()
                            }
                        }}
                    </section>
                    <section aria-labelledby="art-h">
                        <h2 id="art-h">"Articles"</h2>
                        <ul class="compact" data-testid="actor-articles">
                            {move || articles.get().into_iter().take(shown_articles.get()).map(|aid| {
                                let a = ix.article(aid);
                                let file = a.file.clone();
                                let href = move || app.filters.with(|f| f.open_article(&file, None).to_hash());
                                view! {
                                    <li>
                                        <a href=href>{ix.display_title(aid)}</a>
                                        <span class="muted small">" · " {ix.outlet(aid).unwrap_or("Unknown outlet").to_owned()} " · " {human_date(a.date)}</span>
                                    </li>
                                }
                            }).collect::<Vec<_>>()}
                        </ul>
                        <ShowMore left=articles_left page=PAGE noun=("article", "articles") on_more=move || shown_articles.update(|s| *s += PAGE) />
                    </section>
                </div>
                <section aria-labelledby="aq-h" class="actor-quotes">
                    <div class="toolbar">
                        <h2 id="aq-h">"Quotations"</h2>
                        <ExportButtons
                            what="quotations"
                            name="quotations"
                            count=qcount
                            csv=move || quotes.with_untracked(|q| crate::export::quote_texts(q).map(|t| crate::export::quotes_csv(ix, q, &t)))
                            json=move || quotes.with_untracked(|q| crate::export::quote_texts(q).map(|t| crate::export::quotes_json(ix, q, &t)))
                        />
                    </div>
                    {move || {
                        let q = quotes.get();
                        if q.is_empty() {
                            view! { <p class="muted">"No quotation attributed to this actor here."</p> }.into_any()
                        } else {
                            view! { <ul class="statements">{q.into_iter().take(shown_quotes.get()).map(|r| view! { <li><QuoteCard r=r /></li> }).collect::<Vec<_>>()}</ul> }.into_any()
                        }
                    }}
                    <ShowMore left=quotes_left page=PAGE noun=("quotation", "quotations") on_more=move || shown_quotes.update(|s| *s += PAGE) />
                </section>
            </section>
        }
        .into_any()
    }
}
