//! One quotation as a card: the words (search matches marked), the speaker, where and when, and a
//! link to its place in the article.

use crate::app::use_app;
use crate::components::text::highlight;
use crate::store::Loaded;
use crate::index::{actor_hue, human_date, QuoteRef};
use leptos::prelude::*;

#[component]
pub fn QuoteCard(r: QuoteRef, #[prop(optional)] show_speaker: bool) -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let a = ix.article(r.article);
    let q = ix.quote(r);
    // The words are in the article's card chunk; the speaker and the place are here already.
    let words = move || {
        app.terms.with(|t| match crate::store::card(r.article) {
            Loaded::Ready(c) => highlight(c.get().quotes.get(r.index as usize).map_or("", |q| q.text.as_str()), t),
            Loaded::Pending => vec!["…".into_any()],
            Loaded::Failed(why) => vec![view! { <span class="load-error">{format!("The words could not be loaded: {why}.")}</span> }.into_any()],
        })
    };
    let style = q.speaker.map(|s| format!("--h:{}", actor_hue(s))).unwrap_or_default();
    let file = a.file.clone();
    let index = r.index;
    let href = move || app.filters.with(|f| f.open_article(&file, Some(index)).to_hash());
    let title = ix.display_title(r.article);
    let outlet = ix.outlet(r.article).unwrap_or("Unknown outlet").to_owned();
    let speaker = show_speaker.then(|| match q.speaker {
        Some(s) => view! { <crate::components::ActorLink id=s /> }.into_any(),
        None => view! { <span class="muted">"Speaker not named"</span> }.into_any(),
    });
    let class = if q.speaker.is_some() { "quote-card" } else { "quote-card unknown" };
    view! {
        <figure class=class style=style>
            <blockquote>
                <p>"“" {words} "”"</p>
            </blockquote>
            <figcaption>
                {speaker}
                <span class="meta">{outlet} " · " {human_date(a.date)}</span>
                <a class="in-article" href=href>"In “" {title} "”"</a>
            </figcaption>
        </figure>
    }
}
