//! The reader: one article's body with every quotation highlighted and its speaker named beside
//! it, actor mentions on request, search matches, the page clutter kept verbatim under a
//! disclosure, and previous/next within the current filters.

use crate::app::{plural, use_app};
use crate::components::text::article_body;
use crate::store::Loaded;
use crate::components::ActorLink;
use crate::index::{actor_hue, human_date};
use crate::state::{Filters, View};
use corpus::pack::Body;
use corpus::{ArticleId, DateSource};
use leptos::prelude::*;

/// The file of the article before or after the open one in the filtered list.
pub fn neighbour(f: &Filters, forward: bool) -> Option<String> {
    let app = use_app();
    let ix = crate::app::ix();
    let id = *ix.article_by_file.get(f.article.as_ref()?)?;
    let list = app.matching.get_untracked();
    let pos = list.iter().position(|&x| x == id)?;
    let next = if forward { list.get(pos + 1) } else { pos.checked_sub(1).and_then(|p| list.get(p)) };
    next.map(|&n| ix.article(n).file.clone())
}

#[component]
pub fn ArticleView() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let id = Memo::new(move |_| app.filters.with(|f| f.article.as_ref().and_then(|file| ix.article_by_file.get(file).copied())));
    move || match id.get() {
        Some(id) => view! { <Reader id=id /> }.into_any(),
        None => {
            let back = move || app.filters.with(|f| f.with_view(View::List).to_hash());
            view! {
                <section class="reader missing">
                    <h1 tabindex="-1">"Article not found"</h1>
                    <p>"This corpus has no article with that name. It may have been renamed or removed."</p>
                    <p><a href=back>"Back to the articles"</a></p>
                </section>
            }
            .into_any()
        }
    }
}

#[component]
fn Reader(id: ArticleId) -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let a = ix.article(id);
    let position = move || app.matching.with(|m| m.iter().position(|&x| x == id).map(|p| (p, m.len())));
    let nav_link = move |forward: bool| {
        move || {
            let f = app.filters.get();
            let _ = app.matching.get();
            neighbour(&f, forward).map(|file| f.open_article(&file, None).to_hash())
        }
    };
    let prev = nav_link(false);
    let next = nav_link(true);
    let back = move || app.filters.with(|f| f.with_view(View::List).to_hash());
    let where_ = move || match position() {
        Some((p, n)) => format!("Article {} of {n}", p + 1),
        None => "Outside the current filters".into(),
    };
    let title = ix.display_title(id);
    // The text, once its chunk is here: the body with its highlights, and the page clutter
    // below it under a disclosure.
    let text = move || match crate::store::body(id) {
        Loaded::Ready(found) => {
            let b = found.get();
            // Menus and banners a page puts above its headline fold away like the clutter below.
            let (chrome_end, skip) = corpus::pack::story_start(b.body(), a.title.as_deref());
            let chrome = chrome(&b.body()[..chrome_end]);
            let mentions = app.filters.with(|f| f.mentions);
            let body = app.terms.with(|t| article_body(id, b, skip, mentions, t));
            view! {
                {chrome}
                <div class="body" data-testid="article-body">{body}</div>
                {clutter(b)}
            }
            .into_any()
        }
        Loaded::Pending => view! { <p class="body loading" aria-busy="true">"Loading the text…"</p> }.into_any(),
        Loaded::Failed(why) => view! {
            <p class="body load-error" role="alert">{format!("The text of {} could not be loaded: {why}.", a.file)}</p>
        }
        .into_any(),
    };
    let mentions_on = move || app.filters.with(|f| f.mentions);
    let date_note = match (&a.date, &a.date_source) {
        (None, _) => "date unknown".to_string(),
        (Some(_), DateSource::Text(_)) => "date from the text".into(),
        (Some(_), DateSource::Catalog) => "date from the catalogue".into(),
        (Some(_), DateSource::Unknown) => String::new(),
    };
    let url = a.url.clone().filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    // Speakers in order of first quotation, with their counts.
    let mut speakers: Vec<(Option<u32>, usize)> = Vec::new();
    for q in &a.quotes {
        match speakers.iter_mut().find(|(s, _)| *s == q.speaker) {
            Some(e) => e.1 += 1,
            None => speakers.push((q.speaker, 1)),
        }
    }
    let nq = a.quotes.len();
    let speakers_view = speakers
        .into_iter()
        .map(|(s, n)| match s {
            Some(s) => view! { <li><ActorLink id=s />" "<span class="muted">{format!("×{n}")}</span></li> }.into_any(),
            None => view! { <li><span class="muted">"Speaker not named "{format!("×{n}")}</span></li> }.into_any(),
        })
        .collect::<Vec<_>>();
    let actors = a.actors.clone();
    let actor_list = actors
        .iter()
        .map(|&actor| {
            let name = ix.actor_name(actor).to_owned();
            let n2 = name.clone();
            let href = move || app.filters.with(|f| f.with_view(View::List).toggle_actor(&n2, true).to_hash());
            view! {
                <li>
                    <a class="mini-chip" href=href style=format!("--h:{}", actor_hue(actor)) title=format!("Show the articles mentioning {name}")>
                        {name.clone()}
                    </a>
                </li>
            }
        })
        .collect::<Vec<_>>();
    // Scroll to the quotation the link named, once the text is there.
    let ready = Memo::new(move |_| matches!(crate::store::body(id), Loaded::Ready(_)));
    Effect::new(move |_| {
        if let (Some(q), true) = (app.filters.with(|f| f.quote), ready.get()) {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&format!("quote-{q}")) {
                    el.scroll_into_view();
                    let _ = el.class_list().add_1("target");
                }
            });
        }
    });
    view! {
        <article class="reader" aria-labelledby="reader-title">
            <nav class="reader-nav" aria-label="Article navigation">
                <a href=back class="back">"← All articles"</a>
                <span class="where">{where_}</span>
                <span class="prevnext">
                    {move || match prev() {
                        Some(h) => view! { <a href=h rel="prev" aria-keyshortcuts="k ArrowLeft">"← Previous"</a> }.into_any(),
                        None => view! { <span class="disabled" aria-disabled="true">"← Previous"</span> }.into_any(),
                    }}
                    {move || match next() {
                        Some(h) => view! { <a href=h rel="next" aria-keyshortcuts="j ArrowRight">"Next →"</a> }.into_any(),
                        None => view! { <span class="disabled" aria-disabled="true">"Next →"</span> }.into_any(),
                    }}
                </span>
            </nav>
            <header class="reader-head">
                <h1 id="reader-title" tabindex="-1">{title}</h1>
                <p class="meta">
                    <span>{ix.outlet(id).unwrap_or("Unknown outlet").to_owned()}</span>
                    <span aria-hidden="true">" · "</span>
                    <span>{human_date(a.date)}</span>
                    {(!date_note.is_empty() && a.date.is_some()).then(|| view! { <span class="muted">{format!(" ({date_note})")}</span> })}
                    <span aria-hidden="true">" · "</span>
                    <span class="file">{a.file.clone()}</span>
                </p>
                {url.map(|u| view! { <p class="meta"><a href=u.clone() rel="noopener noreferrer nofollow" target="_blank">"Original page"</a></p> })}
            </header>
            <section class="reader-side" aria-label="About this article">
                <div>
                    <h2>{if nq == 0 { "No quotations found".to_string() } else { plural(nq, "quotation", "quotations") }}</h2>
                    {(nq > 0).then(|| view! { <ul class="speakers">{speakers_view}</ul> })}
                </div>
                <div>
                    <h2>{if actors.is_empty() { "No actors found".to_string() } else { plural(actors.len(), "actor", "actors") }}</h2>
                    {(!actors.is_empty()).then(|| view! {
                        <ul class="mini-chips">{actor_list}</ul>
                        <label class="check">
                            <input type="checkbox" prop:checked=mentions_on
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let mut f = app.filters.get_untracked();
                                    f.mentions = on;
                                    crate::app::replace(f);
                                } />
                            " Highlight mentions in the text"
                        </label>
                    })}
                </div>
            </section>
            {text}
            <p class="shortcuts muted small">
                "Keys: " <kbd>"j"</kbd> " / " <kbd>"→"</kbd> " next, " <kbd>"k"</kbd> " / " <kbd>"←"</kbd> " previous, "
                <kbd>"Esc"</kbd> " back to the list."
            </p>
        </article>
    }
}

/// The page's furniture above the headline (menus, a cookie banner, the site's name), verbatim,
/// under a disclosure.
fn chrome(above: &str) -> Option<impl IntoView> {
    let lines = above.lines().filter(|l| !l.trim().is_empty()).count();
    (lines > 0).then(|| {
        let summary = format!("Page furniture above the article ({})", plural(lines, "line", "lines"));
        view! {
            <details class="clutter chrome">
                <summary>{summary}</summary>
                <div class="clutter-text" data-testid="chrome">{above.to_owned()}</div>
            </details>
        }
    })
}

/// The page clutter after the body, verbatim, under a disclosure that names its kinds.
fn clutter(b: &Body) -> Option<impl IntoView> {
    let body_end = b.body().len();
    let trailing = b.text[body_end..].to_owned();
    if trailing.trim().is_empty() {
        return None;
    }
    let mut kinds: Vec<&'static str> = b.clutter.iter().filter(|c| c.span.end as usize > body_end).map(|c| c.kind.label()).collect();
    kinds.dedup();
    let lines = plural(trailing.lines().filter(|l| !l.trim().is_empty()).count(), "line", "lines");
    let summary = if kinds.is_empty() {
        format!("Page clutter below the article ({lines})")
    } else {
        format!("Page clutter below the article: {} ({lines})", kinds.join(", "))
    };
    Some(view! {
        <details class="clutter">
            <summary>{summary}</summary>
            <div class="clutter-text" data-testid="clutter">{trailing}</div>
        </details>
    })
}
