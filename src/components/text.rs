//! Text with highlights: search matches in short strings, and the article body with its
//! quotations (speaker named beside each), actor mentions, search matches and inline clutter.
//! Everything becomes text nodes; spans are byte ranges, so highlighting is slicing.

use crate::app::use_app;
use crate::index::{actor_hue, Index};
use crate::state::fold;
use crate::store::Loaded;
use corpus::pack::Body;
use corpus::{ActorId, ArticleId, Span};
use leptos::prelude::*;

/// `text` with every occurrence of the (folded) `terms` in `<mark class="hit">`.
pub fn highlight(text: &str, terms: &[String]) -> Vec<AnyView> {
    let hits = Index::hits(&fold(text), terms);
    let mut out = Vec::new();
    let mut at = 0;
    for h in hits {
        let (s, e) = (h.start as usize, h.end as usize);
        if s > at {
            out.push(text[at..s].to_owned().into_any());
        }
        out.push(view! { <mark class="hit">{text[s..e].to_owned()}</mark> }.into_any());
        at = e;
    }
    if at < text.len() {
        out.push(text[at..].to_owned().into_any());
    }
    out
}

/// A list card's text: around the first search match when the body is here, else the lede
/// from the card chunk (a chunked build fetches a body only when its article is opened).
pub fn snippet(ix: &Index, id: ArticleId, terms: &[String]) -> Loaded<String> {
    let entry = ix.article(id);
    match crate::store::body_if_here(id).and_then(|found| excerpt(found.get(), entry.title.as_deref(), terms)) {
        Some(s) => Loaded::Ready(s),
        None => crate::store::card(id).map(|c| c.get().lede.clone()),
    }
}

/// About 250 bytes of the body around the first search match after the lede's start.
fn excerpt(b: &Body, title: Option<&str>, terms: &[String]) -> Option<String> {
    let body = b.body();
    let skip = corpus::pack::lede_start(b, title);
    let p = Index::hits(&fold(&body[skip..]), terms).first()?.start as usize + skip;
    let (mut start, mut end) = (p.saturating_sub(90).max(skip), (p + 160).min(body.len()));
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    while !body.is_char_boundary(end) {
        end += 1;
    }
    let mut s = body[start..end].split_whitespace().collect::<Vec<_>>().join(" ");
    if start > skip {
        s.insert_str(0, "… ");
    }
    if end < body.len() {
        s.push_str(" …");
    }
    Some(s)
}

#[derive(Clone, Copy, PartialEq)]
struct Piece {
    start: usize,
    end: usize,
    quote: Option<usize>,
    mention: Option<ActorId>,
    hit: bool,
    clutter: bool,
}

const CLOSING_MARKS: [char; 6] = ['”', '"', '’', '»', '“', '\''];

/// The article's body region from `from`, with quotations, mentions, hits and inline clutter.
pub fn article_body(id: ArticleId, b: &Body, from: usize, mentions: bool, terms: &[String]) -> Vec<AnyView> {
    let ix = crate::app::ix();
    let a = ix.article(id);
    let body = b.body();
    let end = body.len();
    let from = from.min(end);
    let valid = |s: Span| s.start <= s.end && (s.end as usize) <= end && body.is_char_boundary(s.start as usize) && body.is_char_boundary(s.end as usize);
    let quotes: Vec<(usize, Span)> = b.quotes.iter().enumerate().filter(|(_, s)| valid(**s)).map(|(i, s)| (i, *s)).collect();
    let ments: Vec<(ActorId, Span)> =
        if mentions { b.mentions.iter().filter(|m| valid(m.span)).map(|m| (m.actor, m.span)).collect() } else { vec![] };
    let hits = Index::hits(&fold(body), terms);
    let clutter: Vec<Span> = b.clutter.iter().map(|c| c.span).filter(|s| (s.start as usize) < end).map(|s| Span { start: s.start, end: s.end.min(end as u32) }).filter(|s| valid(*s)).collect();
    // Where each quotation's speaker tag goes: after its closing mark, if there is one.
    let tag_at: Vec<(usize, usize)> = quotes
        .iter()
        .map(|&(i, s)| {
            let e = s.end as usize;
            let next = body[e..].chars().next().filter(|c| CLOSING_MARKS.contains(c));
            (i, e + next.map_or(0, char::len_utf8))
        })
        .collect();
    let mut cuts: Vec<usize> = vec![from, end];
    for &(_, s) in &quotes {
        cuts.extend([s.start as usize, s.end as usize]);
    }
    for &(_, s) in &ments {
        cuts.extend([s.start as usize, s.end as usize]);
    }
    for s in hits.iter().chain(&clutter) {
        cuts.extend([s.start as usize, s.end as usize]);
    }
    cuts.extend(tag_at.iter().map(|t| t.1));
    cuts.retain(|&c| c >= from && c <= end && body.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let inside = |s: &Span, p: usize, q: usize| (s.start as usize) <= p && q <= (s.end as usize) && s.start < s.end;
    let pieces: Vec<Piece> = cuts
        .windows(2)
        .map(|w| {
            let (p, q) = (w[0], w[1]);
            Piece {
                start: p,
                end: q,
                quote: quotes.iter().find(|(_, s)| inside(s, p, q)).map(|(i, _)| *i),
                mention: ments.iter().find(|(_, s)| inside(s, p, q)).map(|(m, _)| *m),
                hit: hits.iter().any(|s| inside(s, p, q)),
                clutter: clutter.iter().any(|s| inside(s, p, q)),
            }
        })
        .collect();

    let mut out: Vec<AnyView> = Vec::new();
    let mut i = 0;
    let emit_tags = |out: &mut Vec<AnyView>, at: usize| {
        for &(qi, pos) in &tag_at {
            if pos == at && pos > from {
                out.push(speaker_tag(id, qi));
            }
        }
    };
    while i < pieces.len() {
        emit_tags(&mut out, pieces[i].start);
        let q = pieces[i].quote;
        let mut j = i + 1;
        while j < pieces.len() && pieces[j].quote == q && !tag_at.iter().any(|t| t.1 == pieces[j].start) {
            j += 1;
        }
        let inner = mention_groups(body, &pieces[i..j]);
        match q {
            Some(qi) => {
                let hue = a.quotes.get(qi).and_then(|q| q.speaker).map(actor_hue);
                let style = hue.map(|h| format!("--h:{h}")).unwrap_or_default();
                let class = if hue.is_some() { "quote" } else { "quote unknown" };
                out.push(
                    view! { <mark class=class id=format!("quote-{qi}") data-quote=qi.to_string() style=style>{inner}</mark> }
                        .into_any(),
                );
            }
            None => out.extend(inner),
        }
        i = j;
    }
    emit_tags(&mut out, end);
    out
}

fn mention_groups(body: &str, pieces: &[Piece]) -> Vec<AnyView> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        let m = pieces[i].mention;
        let mut j = i + 1;
        while j < pieces.len() && pieces[j].mention == m && m.is_some() {
            j += 1;
        }
        let inner: Vec<AnyView> = pieces[i..j].iter().map(|p| leaf(body, p)).collect();
        match m {
            Some(actor) => {
                let app = use_app();
                let ix = crate::app::ix();
                let name = ix.actor_name(actor).to_owned();
                let n2 = name.clone();
                let href = move || app.filters.with(|f| f.with_view(crate::state::View::List).toggle_actor(&n2, true).to_hash());
                out.push(
                    view! {
                        <a class="mention" href=href style=format!("--h:{}", actor_hue(actor)) title=format!("Filter by {name}")>{inner}</a>
                    }
                    .into_any(),
                );
            }
            None => out.extend(inner),
        }
        i = j;
    }
    out
}

fn leaf(body: &str, p: &Piece) -> AnyView {
    let text = body[p.start..p.end].to_owned();
    match (p.hit, p.clutter) {
        (true, _) => view! { <mark class="hit">{text}</mark> }.into_any(),
        (false, true) => view! { <span class="inline-clutter">{text}</span> }.into_any(),
        _ => text.into_any(),
    }
}

fn speaker_tag(id: ArticleId, qi: usize) -> AnyView {
    let ix = crate::app::ix();
    match ix.article(id).quotes.get(qi).and_then(|q| q.speaker) {
        Some(s) => {
            let name = ix.actor_name(s).to_owned();
            let app = use_app();
            let n2 = name.clone();
            let href = move || app.filters.with(|f| f.open_actor(&n2).to_hash());
            view! {
                <a class="speaker-tag" href=href style=format!("--h:{}", actor_hue(s))>
                    <span class="visually-hidden">" (quotation of "</span>
                    {name}
                    <span class="visually-hidden">") "</span>
                </a>
            }
            .into_any()
        }
        None => view! { <span class="speaker-tag unknown">"speaker not named"</span> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_excerpt_centres_on_the_first_match_after_the_headline() {
        let text = format!("Minsk talks\n{} Lavrov arrived in Minsk. {}", "Early words. ".repeat(20), "Later words. ".repeat(20));
        let b = Body { body_end: text.len() as u32, text, clutter: vec![], mentions: vec![], quotes: vec![] };
        let s = excerpt(&b, Some("Minsk talks"), &["minsk".into()]).unwrap();
        assert!(s.starts_with("… ") && s.ends_with(" …") && s.contains("arrived in Minsk"), "{s}");
        assert_eq!(excerpt(&b, Some("Minsk talks"), &["nowhere".into()]), None);
    }
}
