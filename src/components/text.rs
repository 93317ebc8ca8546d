//! Text with highlights: search matches in short strings, and the article body with its
//! quotations (speaker named beside each), actor mentions, search matches and inline clutter.
//! Everything becomes text nodes; spans are byte ranges, so highlighting is slicing.

use crate::app::use_app;
use crate::index::{actor_hue, Index};
use crate::state::fold;
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

/// A short excerpt of the body around the first search match, or its opening.
pub fn snippet(ix: &Index, id: ArticleId, terms: &[String], skip: usize) -> String {
    let a = ix.article(id);
    let body = crate::index::body(a);
    let folded = &ix.folded_body[id as usize];
    let first = terms.iter().filter_map(|t| folded.get(skip..).and_then(|f| f.find(t.as_str())).map(|p| p + skip)).min();
    let (mut start, mut end) = match first {
        Some(p) => (p.saturating_sub(90), (p + 160).min(body.len())),
        None => (skip.min(body.len()), (skip + 220).min(body.len())),
    };
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
    s
}

/// Where the headline line ends when the body starts with it (the reader shows it as the h1).
pub fn title_skip(ix: &Index, id: ArticleId) -> usize {
    let a = ix.article(id);
    let body = crate::index::body(a);
    let Some(title) = a.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) else { return 0 };
    let lead = body.len() - body.trim_start().len();
    let rest = &body[lead..];
    if let Some(after) = rest.strip_prefix(title) {
        if after.is_empty() || after.starts_with(['\n', '\r']) {
            let consumed = lead + title.len();
            let ws = body[consumed..].len() - body[consumed..].trim_start().len();
            return consumed + ws;
        }
    }
    0
}

/// Where a list card's lede starts: after the headline line and any page furniture at the top
/// that the extraction marked as clutter ("Published: Updated: Read Mode 100% Font Size").
pub fn lede_start(ix: &Index, id: ArticleId) -> usize {
    let a = ix.article(id);
    let body = crate::index::body(a);
    let mut at = title_skip(ix, id);
    loop {
        let next = body.len() - body[at..].trim_start().len();
        match a.clutter.iter().find(|c| (c.span.start as usize) <= next && (c.span.end as usize) > next) {
            Some(c) => at = (c.span.end as usize).min(body.len()),
            None => return at,
        }
    }
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
pub fn article_body(id: ArticleId, from: usize, mentions: bool, terms: &[String]) -> Vec<AnyView> {
    let ix = crate::app::ix();
    let a = ix.article(id);
    let body = crate::index::body(a);
    let end = body.len();
    let from = from.min(end);
    let valid = |s: Span| s.start <= s.end && (s.end as usize) <= end && body.is_char_boundary(s.start as usize) && body.is_char_boundary(s.end as usize);
    let quotes: Vec<(usize, Span)> = a.quotes.iter().enumerate().filter(|(_, q)| valid(q.span)).map(|(i, q)| (i, q.span)).collect();
    let ments: Vec<(ActorId, Span)> =
        if mentions { a.mentions.iter().filter(|m| valid(m.span)).map(|m| (m.actor, m.span)).collect() } else { vec![] };
    let hits = Index::hits(&ix.folded_body[id as usize], terms);
    let clutter: Vec<Span> = a.clutter.iter().map(|c| c.span).filter(|s| (s.start as usize) < end).map(|s| Span { start: s.start, end: s.end.min(end as u32) }).filter(|s| valid(*s)).collect();
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
                let quote = &a.quotes[qi];
                let hue = quote.speaker.map(actor_hue);
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
    let q = &ix.article(id).quotes[qi];
    match q.speaker {
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
    use crate::index::tests::sample;

    #[test]
    fn the_lede_skips_furniture_marked_as_clutter() {
        use corpus::{Clutter, ClutterKind, Span};
        let text = "Headline\nRead Mode 100% Font Size\n\nMOSCOW — The story.";
        let mut a = crate::index::tests::article("f.txt", None, text, &[], &[]);
        let furniture = text.find("Read").unwrap();
        a.clutter = vec![Clutter { span: Span::new(furniture, furniture + "Read Mode 100% Font Size".len()), kind: ClutterKind::Chrome }];
        let ix = Index::new(corpus::Corpus { articles: vec![a], actors: vec![] });
        assert_eq!(&crate::index::body(ix.article(0))[lede_start(&ix, 0)..].trim_start()[..6], "MOSCOW");
        assert_eq!(lede_start(&sample(), 0), title_skip(&sample(), 0), "nothing to skip but the headline");
    }

    #[test]
    fn snippet_and_title_skip() {
        let ix = sample();
        assert_eq!(title_skip(&ix, 0), "Zakharova on Russia\n".len());
        let s = snippet(&ix, 0, &[], title_skip(&ix, 0));
        assert_eq!(s, "Zakharova said “no deal”.");
        let s = snippet(&ix, 1, &["minsk".into()], 0);
        assert!(s.contains("Minsk"));
    }
}
