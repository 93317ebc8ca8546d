//! "Who said what": every quotation in the filtered articles, grouped by speaker; quotations of
//! the same statement in several articles are shown together as one statement with its versions.

use crate::app::{plural, use_app};
use crate::components::quote::QuoteCard;
use crate::components::{ActorLink, ExportButtons, ShowMore, PAGE};
use crate::index::{actor_hue, Index, QuoteRef};
use corpus::ActorId;
use leptos::prelude::*;

/// Statements (their versions in display order) grouped by speaker, the most quoted first; the
/// unattributed group last.
pub fn group_quotes(ix: &Index, quotes: &[QuoteRef]) -> Vec<(Option<ActorId>, Vec<Vec<QuoteRef>>)> {
    let mut statements: Vec<Vec<QuoteRef>> = Vec::new();
    let mut seen: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for &r in quotes {
        match ix.quote(r).statement {
            Some(st) => match seen.get(&st) {
                Some(&i) => statements[i].push(r),
                None => {
                    seen.insert(st, statements.len());
                    statements.push(vec![r]);
                }
            },
            // Reported once.
            None => statements.push(vec![r]),
        }
    }
    let mut groups: Vec<(Option<ActorId>, Vec<Vec<QuoteRef>>)> = Vec::new();
    for versions in statements {
        let speaker = versions.iter().find_map(|&r| ix.quote(r).speaker);
        match groups.iter_mut().find(|g| g.0 == speaker) {
            Some(g) => g.1.push(versions),
            None => groups.push((speaker, vec![versions])),
        }
    }
    let count = |g: &Vec<Vec<QuoteRef>>| g.iter().map(Vec::len).sum::<usize>();
    groups.sort_by(|a, b| {
        a.0.is_none().cmp(&b.0.is_none()).then(count(&b.1).cmp(&count(&a.1))).then_with(|| {
            a.0.map(|x| ix.actor_name(x)).unwrap_or("").cmp(b.0.map(|x| ix.actor_name(x)).unwrap_or(""))
        })
    });
    groups
}

#[component]
pub fn QuotesView() -> impl IntoView {
    let app = use_app();
    let ix = crate::app::ix();
    let quotes = Memo::new(move |_| app.matching_set.with(|s| ix.quotes_in(s)));
    let groups = Memo::new(move |_| quotes.with(|q| group_quotes(ix, q)));
    let count = Signal::derive(move || quotes.with(Vec::len));
    // Per speaker, every quotation (also those on pages not rendered yet).
    let counts = Memo::new(move |_| {
        groups.with(|g| g.iter().map(|(s, st)| (*s, st.iter().map(Vec::len).sum::<usize>())).collect::<std::collections::HashMap<_, _>>())
    });
    let summary = move || {
        let g = groups.get();
        let speakers = g.iter().filter(|x| x.0.is_some()).count();
        let articles = quotes.with(|q| {
            let mut a: Vec<u32> = q.iter().map(|r| r.article).collect();
            a.dedup();
            a.len()
        });
        format!("from {} in {}", plural(speakers, "named speaker", "named speakers"), plural(articles, "article", "articles"))
    };
    // Statements rendered: a page at a time, so that the DOM stays small at any corpus size.
    let shown = RwSignal::new(PAGE);
    Effect::watch(move || groups.track(), move |_, _, _| shown.set(PAGE), false);
    let statements = Memo::new(move |_| groups.with(|g| g.iter().map(|x| x.1.len()).sum::<usize>()));
    let left = Signal::derive(move || statements.get().saturating_sub(shown.get()));
    let body = move || {
        let mut budget = shown.get();
        groups
            .get()
            .into_iter()
            .map_while(|(speaker, mut statements)| {
                if budget == 0 {
                    return None;
                }
                statements.truncate(budget);
                budget -= statements.len();
                Some((speaker, statements))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(speaker, statements)| {
                let n = counts.with(|c| c.get(&speaker).copied().unwrap_or(0));
                let style = speaker.map(|s| format!("--h:{}", actor_hue(s))).unwrap_or_default();
                let head = match speaker {
                    Some(s) => view! { <ActorLink id=s /> }.into_any(),
                    None => view! { <span>"Speaker not named"</span> }.into_any(),
                };
                let items = statements
                    .into_iter()
                    .map(|versions| {
                        if versions.len() == 1 {
                            view! { <li><QuoteCard r=versions[0] /></li> }.into_any()
                        } else {
                            let k = versions.len();
                            let cards = versions.into_iter().map(|r| view! { <li><QuoteCard r=r /></li> }).collect::<Vec<_>>();
                            view! {
                                <li class="statement">
                                    <p class="statement-label">{format!("One statement, {k} versions")}</p>
                                    <ol class="versions">{cards}</ol>
                                </li>
                            }
                            .into_any()
                        }
                    })
                    .collect::<Vec<_>>();
                view! {
                    <section class="speaker-group" style=style data-speaker=speaker.map(|s| ix.actor_name(s).to_owned()).unwrap_or_default()>
                        <h2>{head} <span class="muted small">{format!(" {}", plural(n, "quotation", "quotations"))}</span></h2>
                        <ul class="statements">{items}</ul>
                    </section>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="quotes-view" aria-labelledby="quotes-h">
            <div class="toolbar">
                <h1 id="quotes-h" tabindex="-1">
                    <span class="count" data-testid="quote-count">{move || plural(count.get(), "quotation", "quotations")}</span>
                    <span class="of">" " {summary}</span>
                </h1>
                <ExportButtons
                    what="quotations"
                    name="quotations"
                    count=count
                    csv=move || quotes.with_untracked(|q| crate::export::quote_texts(q).map(|t| crate::export::quotes_csv(ix, q, &t)))
                    json=move || quotes.with_untracked(|q| crate::export::quote_texts(q).map(|t| crate::export::quotes_json(ix, q, &t)))
                />
            </div>
            <Show when=move || count.get() == 0>
                <p class="empty">"No quotation in the articles these filters leave."</p>
            </Show>
            {body}
            <ShowMore left=left page=PAGE noun=("statement", "statements") on_more=move || shown.update(|s| *s += PAGE) />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{tests::sample, BitSet};

    #[test]
    fn statements_group_across_articles() {
        let ix = sample();
        let q = ix.quotes_in(&BitSet::full(4));
        let g = group_quotes(&ix, &q);
        // Both versions share statement 0: one group (the first version's speaker), one statement.
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].1.len(), 1);
        assert_eq!(g[0].1[0].len(), 2);
    }
}
