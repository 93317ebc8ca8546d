//! The corpus as the app ships it: a compact first load ([`Catalog`]) and content-addressed
//! chunks fetched when needed.
//!
//! The first load holds what filtering and counting need: per article its metadata, its actors
//! and who its quotations are by (speaker, shared statement); the actors; the names of the
//! chunks. Everything with words in it is chunked, grouped in list order so that neighbours
//! arrive together: card chunks (a few KB: each article's lede and quotation texts, what list
//! and quotation cards show), body chunks (a few dozen KB: the texts with their highlight spans,
//! for the reader), and the search index, split into word chunks by the first two letters of
//! the word, so one typed word fetches one small chunk. A chunk's name is the hash of its bytes:
//! hosts may cache it forever, and a rebuild changes only what changed.
//!
//! A small corpus ships everything in the first load ([`Catalog::inline`]): one request beats
//! several below [`INLINE_LIMIT`] bytes of chunks. A larger one still ships the card chunks of
//! the list's first page there, so the first list is whole without a fetch.

use crate::model::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Below this many bytes of chunks in all, they travel inside the first load (BENCHMARKS.md,
/// "Where the bodies go", has the measurement behind the figure).
pub const INLINE_LIMIT: usize = 512 * 1024;
/// Cards on one page of the app's article list. The card chunks of the first page are always
/// in the first load.
pub const LIST_PAGE: usize = 12;
/// A body chunk closes once its texts reach this many bytes.
pub const BODY_CHUNK_BYTES: usize = 48 * 1024;
/// A card chunk closes once its ledes and quotations reach this many bytes: small, because a
/// filtered list may need one for each of its first cards.
pub const CARD_CHUNK_BYTES: usize = 8 * 1024;
/// A card's lede, in characters at most.
pub const LEDE_CHARS: usize = 240;

/// One article in the first load.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub file: String,
    pub title: Option<String>,
    /// Index into [`Catalog::outlets`].
    pub outlet: Option<u32>,
    pub url: Option<String>,
    pub date: Option<PartialDate>,
    pub date_source: DateSource,
    /// For an article saved without a headline, its opening words, so that lists can name it.
    pub opening: Option<String>,
    /// The actors the body mentions, in order of first mention.
    pub actors: Vec<ActorId>,
    pub quotes: Vec<QuoteEntry>,
    /// Index into [`Catalog::card_chunks`].
    pub card: u32,
    /// Index into [`Catalog::body_chunks`].
    pub chunk: u32,
}

/// A quotation in the first load: who said it, not what (that is in the card chunk).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteEntry {
    pub speaker: Option<ActorId>,
    /// The statement it shares with quotations elsewhere; `None` when no other article reports
    /// it (most quotations: a number each would cost more than the rest of the entry).
    pub statement: Option<StatementId>,
}

/// What a card shows of an article beyond its metadata.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// The opening of the body after the headline and page furniture, cut at a word.
    pub lede: String,
    /// The entry's quotations, in the same order.
    pub quotes: Vec<QuoteText>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteText {
    pub text: String,
    /// Where `text` lies in the article's text.
    pub span: Span,
}

/// The cards of consecutive articles (in list order).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardChunk {
    pub cards: Vec<(ArticleId, Card)>,
}

/// An article's text with what the reader highlights in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    pub text: String,
    pub body_end: u32,
    pub clutter: Vec<Clutter>,
    pub mentions: Vec<Mention>,
    /// The span of each of the entry's quotations, in the same order.
    pub quotes: Vec<Span>,
}

impl Body {
    /// The body region (everything before `body_end`), never panicking on a bad offset.
    pub fn body(&self) -> &str {
        let mut end = (self.body_end as usize).min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        &self.text[..end]
    }
}

/// The bodies of consecutive articles (in list order).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyChunk {
    pub bodies: Vec<(ArticleId, Body)>,
}

/// Every indexed word with one key, and the articles using it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordChunk {
    /// Sorted by word; ids ascending, each stored as the gap from the previous one.
    pub words: Vec<(String, Vec<u32>)>,
}

impl WordChunk {
    /// The articles with a word that starts with `prefix` (folded).
    pub fn matching(&self, prefix: &str) -> Vec<ArticleId> {
        let from = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        let mut ids = Vec::new();
        for (_, gaps) in self.words[from..].iter().take_while(|(w, _)| w.starts_with(prefix)) {
            let mut id = 0;
            for &g in gaps {
                id += g;
                ids.push(id);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// The first load.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub actors: Vec<Actor>,
    pub outlets: Vec<String>,
    pub entries: Vec<Entry>,
    /// Article ids in list order (see [`list_order`]).
    pub order: Vec<ArticleId>,
    /// Names of the card chunks.
    pub card_chunks: Vec<String>,
    /// Names of the body chunks.
    pub body_chunks: Vec<String>,
    /// The word chunks: (key, name), sorted by key.
    pub word_chunks: Vec<(String, String)>,
    /// The chunks shipped inside the first load, by name.
    pub inline: Vec<(String, Vec<u8>)>,
}

impl Catalog {
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a catalog always serialises")
    }
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, postcard::Error> {
        postcard::from_bytes(bytes)
    }
    /// The name of the word chunk holding the words that start with `word`'s key.
    pub fn word_chunk(&self, word: &str) -> Option<&str> {
        let key = word_key(word)?;
        let i = self.word_chunks.binary_search_by(|(k, _)| k.as_str().cmp(key)).ok()?;
        Some(&self.word_chunks[i].1)
    }
}

/// The catalog and the chunks to publish beside it (none when they are inline).
pub struct Pack {
    pub catalog: Catalog,
    pub chunks: Vec<(String, Vec<u8>)>,
}

/// Splits `corpus` into the first load and its chunks; chunks stay inline while they total at
/// most `inline_limit` bytes.
pub fn pack(corpus: &Corpus, inline_limit: usize) -> Pack {
    let mut outlets: Vec<String> = Vec::new();
    let mut outlet_ids: BTreeMap<&str, u32> = BTreeMap::new();
    let statements = shared_statements(&corpus.articles);
    let mut entries: Vec<Entry> = corpus
        .articles
        .iter()
        .map(|a| {
            let outlet = a.outlet.as_deref().map(|o| {
                *outlet_ids.entry(o).or_insert_with(|| {
                    outlets.push(o.to_owned());
                    outlets.len() as u32 - 1
                })
            });
            Entry {
                file: a.file.clone(),
                title: a.title.clone(),
                outlet,
                url: a.url.clone(),
                date: a.date,
                date_source: a.date_source.clone(),
                opening: a.title.as_deref().is_none_or(|t| t.trim().is_empty()).then(|| opening(&body_of(a))).filter(|o| !o.is_empty()),
                actors: a.actor_ids(),
                quotes: a
                    .quotes
                    .iter()
                    .map(|q| QuoteEntry { speaker: q.speaker, statement: statements.get(&q.statement).copied() })
                    .collect(),
                card: 0,
                chunk: 0,
            }
        })
        .collect();

    let mut chunks: Vec<(String, Vec<u8>)> = Vec::new();
    let order = list_order(&corpus.articles);
    let cards = order.iter().map(|&id| {
        let a = &corpus.articles[id as usize];
        let quotes = a.quotes.iter().map(|q| QuoteText { text: a.text.get(q.span.range()).unwrap_or("").to_owned(), span: q.span });
        let card = Card { lede: lede(&body_of(a), a.title.as_deref()), quotes: quotes.collect() };
        let size = card.lede.len() + card.quotes.iter().map(|q| q.text.len()).sum::<usize>();
        (id, card, size)
    });
    let card_chunks = group(cards, CARD_CHUNK_BYTES, &mut chunks, |id, n| entries[id as usize].card = n, |cards| CardChunk { cards });
    let bodies = order.iter().map(|&id| {
        let body = body_of(&corpus.articles[id as usize]);
        let size = body.text.len();
        (id, body, size)
    });
    let body_chunks = group(bodies, BODY_CHUNK_BYTES, &mut chunks, |id, n| entries[id as usize].chunk = n, |bodies| BodyChunk { bodies });

    let mut word_chunks = Vec::new();
    for (key, chunk) in word_index(&corpus.articles) {
        word_chunks.push((key, seal(&chunk, &mut chunks)));
    }
    chunks.sort();
    chunks.dedup_by(|a, b| a.0 == b.0);

    let total: usize = chunks.iter().map(|(_, b)| b.len()).sum();
    let inline = if total <= inline_limit {
        std::mem::take(&mut chunks)
    } else {
        // The first page's cards ride in the first load, so the list is whole when it first
        // appears: a fetch, even of a preloaded file, lands tasks later and redraws.
        let first: Vec<&str> = order.iter().take(LIST_PAGE).map(|&id| card_chunks[entries[id as usize].card as usize].as_str()).collect();
        let (inline, published) = std::mem::take(&mut chunks).into_iter().partition(|(name, _)| first.contains(&name.as_str()));
        chunks = published;
        inline
    };
    let catalog = Catalog { actors: corpus.actors.clone(), outlets, entries, order, card_chunks, body_chunks, word_chunks, inline };
    Pack { catalog, chunks }
}

/// Seals `items` (id, item, size), in order, into chunks of about `limit` bytes; tells `place`
/// which chunk each id went to; returns the chunk names.
fn group<T, C: Serialize>(
    items: impl Iterator<Item = (ArticleId, T, usize)>,
    limit: usize,
    chunks: &mut Vec<(String, Vec<u8>)>,
    mut place: impl FnMut(ArticleId, u32),
    make: impl Fn(Vec<(ArticleId, T)>) -> C,
) -> Vec<String> {
    let mut names = Vec::new();
    let mut open = Vec::new();
    let mut bytes = 0;
    for (id, item, size) in items {
        place(id, names.len() as u32);
        open.push((id, item));
        bytes += size;
        if bytes >= limit {
            names.push(seal(&make(std::mem::take(&mut open)), chunks));
            bytes = 0;
        }
    }
    if !open.is_empty() {
        names.push(seal(&make(open), chunks));
    }
    names
}

/// The statements reported by more than one quotation, numbered afresh from 0.
fn shared_statements(articles: &[Article]) -> BTreeMap<StatementId, StatementId> {
    let mut count: BTreeMap<StatementId, u32> = BTreeMap::new();
    for q in articles.iter().flat_map(|a| &a.quotes) {
        *count.entry(q.statement).or_default() += 1;
    }
    count.into_iter().filter(|&(_, n)| n > 1).enumerate().map(|(i, (st, _))| (st, i as StatementId)).collect()
}

/// Serialises `chunk` into `chunks` and returns its name.
fn seal(chunk: &impl Serialize, chunks: &mut Vec<(String, Vec<u8>)>) -> String {
    let bytes = postcard::to_allocvec(chunk).expect("a chunk always serialises");
    let name = content_name(&bytes);
    chunks.push((name.clone(), bytes));
    name
}

fn body_of(a: &Article) -> Body {
    Body {
        text: a.text.clone(),
        body_end: a.body_end,
        clutter: a.clutter.clone(),
        mentions: a.mentions.clone(),
        quotes: a.quotes.iter().map(|q| q.span).collect(),
    }
}

/// Article ids newest first; undated last; ties by file name. The app lists in this order.
pub fn list_order(articles: &[Article]) -> Vec<ArticleId> {
    let mut order: Vec<ArticleId> = (0..articles.len() as ArticleId).collect();
    order.sort_by(|&x, &y| {
        let (a, b) = (&articles[x as usize], &articles[y as usize]);
        b.date.is_some().cmp(&a.date.is_some()).then_with(|| b.date.cmp(&a.date)).then_with(|| a.file.cmp(&b.file))
    });
    order
}

/// Per key, the words of every title and body with their articles.
fn word_index(articles: &[Article]) -> BTreeMap<String, WordChunk> {
    let mut postings: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (id, a) in articles.iter().enumerate() {
        let id = id as u32;
        let body = body_of(a);
        let title = a.title.as_deref().unwrap_or("");
        for (_, word) in words(title).chain(words(body.body())) {
            let ids = postings.entry(fold(word)).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    let mut chunks: BTreeMap<String, WordChunk> = BTreeMap::new();
    for (word, ids) in postings {
        let Some(key) = word_key(&word) else { continue };
        let gaps = ids.iter().scan(0, |prev, &id| Some(id - std::mem::replace(prev, id))).collect();
        chunks.entry(key.to_owned()).or_default().words.push((word, gaps));
    }
    chunks
}

/// The words of `text`: runs of letters and digits, with their byte offsets.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// Search words shorter than this are too common to look up.
pub const MIN_SEARCH_WORD: usize = 2;

/// The chunk key of a folded word: its first two characters; `None` for a shorter word.
pub fn word_key(word: &str) -> Option<&str> {
    let mut chars = word.char_indices();
    chars.nth(MIN_SEARCH_WORD - 1)?;
    let end = chars.next().map_or(word.len(), |(i, _)| i);
    Some(&word[..end])
}

/// Lower-cases `s` where that keeps every character's byte length, so offsets into the folded
/// text are offsets into `s`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Where the headline line ends when the body starts with it (the reader shows it as the h1).
pub fn title_skip(body: &str, title: Option<&str>) -> usize {
    let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) else { return 0 };
    let lead = body.len() - body.trim_start().len();
    match body[lead..].strip_prefix(title) {
        Some(after) if after.is_empty() || after.starts_with(['\n', '\r']) => {
            let consumed = lead + title.len();
            consumed + body[consumed..].len() - body[consumed..].trim_start().len()
        }
        _ => 0,
    }
}

/// Where a lede starts: after the headline line, any page furniture at the top that the
/// extraction marked as clutter ("Published: Updated: Read Mode 100% Font Size"), and up to
/// [`LEDE_SKIP_LINES`] short lines that do not read as prose (a date, "By Jane Doe", a section
/// name), so that a card opens on the story's first sentence.
pub fn lede_start(b: &Body, title: Option<&str>) -> usize {
    let body = b.body();
    let mut at = story_start(body, title).1;
    let mut lines_skipped = 0;
    loop {
        let next = body.len() - body[at..].trim_start().len();
        if let Some(c) = b.clutter.iter().find(|c| (c.span.start as usize) <= next && (c.span.end as usize) > next) {
            at = (c.span.end as usize).min(body.len());
        } else if let Some(len) = (lines_skipped < LEDE_SKIP_LINES).then(|| furniture_line(&body[next..])).flatten() {
            at = next + len;
            lines_skipped += 1;
        } else {
            return at;
        }
    }
}

/// Where the story starts under its headline, for the reader and the cards alike: `(chrome,
/// start)`. `chrome` ends the page's furniture above a headline that does not open the body
/// (menus, a banner, the site's name; 0 when there is none), `start` lies past the headline's
/// line and the blank space after it (0 when the headline is not a line of the body).
pub fn story_start(body: &str, title: Option<&str>) -> (usize, usize) {
    let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) else { return (0, 0) };
    match title_skip(body, Some(title)) {
        0 => match headline_line_end(body, title) {
            0 => (0, 0),
            end => (end - title.len(), end + body[end..].len() - body[end..].trim_start().len()),
        },
        skip => (0, skip),
    }
}

/// Where the headline's own line ends when a page puts menus, a banner or its name above it
/// (0 when the headline is not a line of the page's first few kilobytes).
fn headline_line_end(body: &str, title: &str) -> usize {
    let title = title.trim();
    let mut end = HEADER_BYTES.min(body.len());
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let head = &body[..end];
    head.match_indices(title)
        .find(|&(at, _)| {
            let after = &head[at + title.len()..];
            (at == 0 || head[..at].ends_with('\n')) && (after.is_empty() || after.starts_with(['\n', '\r']))
        })
        .map_or(0, |(at, _)| at + title.len())
}

/// How far into a body [`headline_line_end`] looks for the headline.
const HEADER_BYTES: usize = 6 * 1024;

/// Lines at the top of a body that [`lede_start`] may pass over: a byline, a date, the buttons
/// of a share bar.
const LEDE_SKIP_LINES: usize = 8;

/// The length of `rest`'s first line when it is short, ends without a sentence's closing mark
/// and more text follows it: a dateline, a byline or a section label rather than prose.
fn furniture_line(rest: &str) -> Option<usize> {
    let len = rest.find('\n')?;
    let line = rest[..len].trim();
    let prose_end = ['.', '!', '?', '"', '\u{201d}', '\u{2019}', '\u{bb}', '\u{2026}', ':'];
    // A stamp may end in "a.m." and a byline in an initial: their labels say what they are.
    let labelled = ["Published", "Updated", "Posted", "Last updated", "By "].iter().any(|l| line.starts_with(l));
    let furniture = !line.is_empty() && line.chars().count() <= 80 && (labelled || !line.ends_with(prose_end));
    (furniture && !rest[len..].trim().is_empty()).then_some(len)
}

/// The opening of the body for a list card: from the lede's start, whitespace collapsed, at
/// most [`LEDE_CHARS`] characters.
pub fn lede(b: &Body, title: Option<&str>) -> String {
    first_words(&b.body()[lede_start(b, title)..], LEDE_CHARS)
}

/// The first words of the body, at most 60 characters, to name an article without a headline.
pub fn opening(b: &Body) -> String {
    first_words(b.body(), 60)
}

/// The whole words of `text` that fit in `max` characters, whitespace collapsed, with " …" when
/// words were left out.
fn first_words(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count() + usize::from(chars > 0);
        if chars + n > max {
            out.push_str(" …");
            break;
        }
        if chars > 0 {
            out.push(' ');
        }
        out.push_str(word);
        chars += n;
    }
    out
}

/// A chunk's file name: 16 hex digits of the FNV-1a hash of its bytes.
pub fn content_name(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(file: &str, date: Option<&str>, text: &str) -> Article {
        Article {
            file: file.into(),
            title: text.lines().next().map(str::to_owned),
            outlet: Some("Outlet".into()),
            url: None,
            date: date.and_then(PartialDate::parse),
            date_source: DateSource::Catalog,
            text: text.into(),
            body_end: text.len() as u32,
            clutter: vec![],
            mentions: vec![],
            quotes: vec![],
            warnings: vec![],
        }
    }

    fn sample(n: usize) -> Corpus {
        let articles = (0..n)
            .map(|i| {
                let text = format!("Story {i}\nLavrov met Zakharova in Minsk on day {i}. “We agree,” he said. {}", "Filler words here. ".repeat(i % 7 * 40));
                let mut a = article(&format!("{i:04}.txt"), Some(&format!("2022-{:02}", i % 12 + 1)), &text);
                let q = text.find("We agree").unwrap();
                a.quotes.push(Quote { span: Span::new(q, q + 8), speaker: None, cue: None, statement: i as u32 });
                a
            })
            .collect();
        Corpus { articles, actors: vec![] }
    }

    /// Every article whose title or body has a word starting with `prefix`, by brute force.
    fn scan(corpus: &Corpus, prefix: &str) -> Vec<ArticleId> {
        (0..corpus.articles.len() as u32)
            .filter(|&i| {
                let a = &corpus.articles[i as usize];
                words(a.title.as_deref().unwrap_or("")).chain(words(body_of(a).body())).any(|(_, w)| fold(w).starts_with(prefix))
            })
            .collect()
    }

    fn chunk<T: for<'de> Deserialize<'de>>(pack: &Pack, name: &str) -> T {
        let all = pack.chunks.iter().chain(&pack.catalog.inline);
        let bytes = &all.into_iter().find(|(n, _)| n == name).expect("every named chunk is shipped").1;
        assert_eq!(&content_name(bytes), name, "names are content hashes");
        postcard::from_bytes(bytes).unwrap()
    }

    #[test]
    fn a_large_corpus_splits_into_chunks_that_hold_every_body_once() {
        let corpus = sample(300);
        let pack = pack(&corpus, 0);
        assert!(pack.catalog.body_chunks.len() > 3, "{} chunks", pack.catalog.body_chunks.len());
        let mut seen = vec![0; corpus.articles.len()];
        for (i, name) in pack.catalog.body_chunks.iter().enumerate() {
            let c: BodyChunk = chunk(&pack, name);
            for (id, body) in c.bodies {
                seen[id as usize] += 1;
                assert_eq!(pack.catalog.entries[id as usize].chunk, i as u32);
                assert_eq!(body.text, corpus.articles[id as usize].text);
            }
        }
        assert!(seen.iter().all(|&n| n == 1));
        let catalog = Catalog::from_bytes(&pack.catalog.to_bytes()).unwrap();
        assert_eq!(catalog, pack.catalog);
        let e = &catalog.entries[5];
        let cards: CardChunk = chunk(&pack, &catalog.card_chunks[e.card as usize]);
        let card = &cards.cards.iter().find(|(id, _)| *id == 5).unwrap().1;
        assert_eq!(card.quotes[0].text, "We agree");
        assert!(card.lede.starts_with("Lavrov met Zakharova"), "{}", card.lede);
    }

    #[test]
    fn the_first_page_cards_ride_in_the_first_load_and_the_rest_are_published() {
        let corpus = sample(300);
        let pack = pack(&corpus, 0);
        let c = &pack.catalog;
        let card_chunk = |id: ArticleId| c.card_chunks[c.entries[id as usize].card as usize].as_str();
        let inline = |name: &str| c.inline.iter().any(|(n, _)| n == name);
        let published = |name: &str| pack.chunks.iter().any(|(n, _)| n == name);
        for &id in &c.order[..LIST_PAGE] {
            assert!(inline(card_chunk(id)) && !published(card_chunk(id)), "the first page's card {id} is in the first load");
        }
        let later: Vec<&str> = c.order[LIST_PAGE..].iter().map(|&id| card_chunk(id)).filter(|n| !inline(n)).collect();
        assert!(!later.is_empty() && later.iter().all(|n| published(n)), "later pages are fetched");
        assert!(c.inline.iter().all(|(n, _)| c.card_chunks.contains(n)), "only card chunks ride along");
        assert!(c.body_chunks.iter().chain(c.word_chunks.iter().map(|(_, n)| n)).all(|n| published(n)), "bodies and the index are fetched");
    }

    #[test]
    fn only_statements_reported_twice_keep_a_number() {
        let mut corpus = sample(4);
        corpus.articles[3].quotes[0].statement = 1;
        let entries = pack(&corpus, usize::MAX).catalog.entries;
        let statements: Vec<Option<u32>> = entries.iter().map(|e| e.quotes[0].statement).collect();
        assert_eq!(statements, [None, Some(0), None, Some(0)]);
    }

    #[test]
    fn the_word_index_finds_what_a_scan_finds() {
        let corpus = sample(120);
        let pack = pack(&corpus, usize::MAX);
        assert!(pack.chunks.is_empty(), "a small corpus is all inline");
        for prefix in ["la", "lavrov", "zak", "mi", "minsk", "st", "story", "12", "fi", "he", "we", "wx", "ünknown"] {
            let found = match pack.catalog.word_chunk(prefix) {
                Some(name) => chunk::<WordChunk>(&pack, name).matching(prefix),
                None => vec![],
            };
            assert_eq!(found, scan(&corpus, prefix), "{prefix}");
        }
        assert_eq!(word_key("a"), None);
        assert_eq!(word_key("éx"), Some("éx"));
        assert_eq!(word_key("лавров"), Some("ла"));
    }

    #[test]
    fn packing_is_deterministic() {
        let corpus = sample(80);
        assert_eq!(pack(&corpus, 0).chunks, pack(&corpus, 0).chunks);
    }

    #[test]
    fn the_lede_skips_the_headline_and_furniture_and_stops_at_a_word() {
        let text = "Headline\nRead Mode 100% Font Size\n\nMOSCOW — The story goes on. ".to_owned() + &"word ".repeat(100);
        let mut a = article("f.txt", None, &text);
        let furniture = text.find("Read").unwrap();
        a.clutter = vec![Clutter { span: Span::new(furniture, furniture + "Read Mode 100% Font Size".len()), kind: ClutterKind::Chrome }];
        let l = lede(&body_of(&a), a.title.as_deref());
        assert!(l.starts_with("MOSCOW — The story"), "{l}");
        assert!(l.ends_with("word …") && l.chars().count() <= LEDE_CHARS + 2, "{l}");
        assert_eq!(first_words("  one two\n three ", 7), "one two …");
        assert_eq!(first_words("one two", 7), "one two");
        assert_eq!(title_skip("  Headline\n\nBody", Some("Headline")), 12);

        // A date and a byline on lines of their own are passed over; prose is not.
        let a = article("g.txt", None, "July 13, 2024\nBy Jane Doe\nAnalysts say the talks failed.\nMore.");
        assert_eq!(lede(&body_of(&a), None), "Analysts say the talks failed. More.");
        let a = article("g2.txt", None, "Published: Oct. 8, 2026 at 6:15 a.m.\nBy J. Doe\nAnalysts say the talks failed.");
        assert_eq!(lede(&body_of(&a), None), "Analysts say the talks failed.");
        let a = article("h.txt", None, "Short sentence.\nSecond paragraph.");
        assert_eq!(lede(&body_of(&a), None), "Short sentence. Second paragraph.");
        let a = article("i.txt", None, "Only a line without a full stop");
        assert_eq!(lede(&body_of(&a), None), "Only a line without a full stop");
        let a = article("j.txt", None, "a\nb\nc\nd\ne\nf\ng\nh\ni\nj");
        assert_eq!(lede(&body_of(&a), None), "i j", "at most eight lines are passed over");
        assert_eq!(title_skip("Headlines\nBody", Some("Headline")), 0);
    }

    #[test]
    fn the_lede_starts_under_a_headline_that_menus_stand_above() {
        let lede_of = |title: &str, text: &str| lede(&body_of(&article("k.txt", None, text)), Some(title));
        let text = "NorthStar\nHome\nNews\nSport\nFloods close the high street\n3 hours ago\nShare\nFacebook\n\
                    Thousands of people have been told to leave their homes.";
        assert_eq!(lede_of("Floods close the high street", text), "Thousands of people have been told to leave their homes.");
        // Only the headline's own line counts: the same words inside a sentence are not it.
        assert_eq!(lede_of("Floods", "Floods came fast.\nFloods\nMore."), "More.");
        assert_eq!(lede_of("Floods", "Floods came fast. More."), "Floods came fast. More.");
    }

    #[test]
    fn outlets_are_stored_once() {
        let pack = pack(&sample(10), usize::MAX);
        assert_eq!(pack.catalog.outlets, vec!["Outlet".to_string()]);
        assert!(pack.catalog.entries.iter().all(|e| e.outlet == Some(0)));
    }
}
