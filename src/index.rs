//! The decoded corpus and the indexes computed from it once at start-up.
//!
//! Every filter becomes a [`BitSet`] over article ids; the views intersect them in memos and
//! count or list the survivors in date order. Nothing here touches the DOM, so it is tested
//! natively.

use crate::state::{Day, Filters, Undated};
use crate::store::Loaded;
use corpus::pack::{words, Catalog, Entry, QuoteEntry, WordChunk};
use corpus::{ActorId, ActorKind, ArticleId, Span};
use std::collections::HashMap;
use std::rc::Rc;

/// A set of article ids, one bit each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    pub fn empty(len: usize) -> Self {
        BitSet { words: vec![0; len.div_ceil(64)], len }
    }
    pub fn full(len: usize) -> Self {
        let mut s = BitSet { words: vec![u64::MAX; len.div_ceil(64)], len };
        if len % 64 != 0 {
            if let Some(last) = s.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        s
    }
    pub fn from_ids(len: usize, ids: impl IntoIterator<Item = u32>) -> Self {
        let mut s = BitSet::empty(len);
        for id in ids {
            s.insert(id);
        }
        s
    }
    pub fn insert(&mut self, id: u32) {
        let i = id as usize;
        if i < self.len {
            self.words[i / 64] |= 1 << (i % 64);
        }
    }
    pub fn contains(&self, id: u32) -> bool {
        let i = id as usize;
        i < self.len && self.words[i / 64] & (1 << (i % 64)) != 0
    }
    pub fn intersect(&mut self, other: &BitSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= *b;
        }
    }
    pub fn and(&self, other: &BitSet) -> BitSet {
        let mut s = self.clone();
        s.intersect(other);
        s
    }
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros();
                w &= w - 1;
                Some(i as u32 * 64 + bit)
            })
        })
    }
}

/// One quotation, by its article and its position in that article's `quotes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuoteRef {
    pub article: ArticleId,
    pub index: u32,
}

/// A month as `year * 12 + (month - 1)`.
pub type MonthKey = u32;

pub fn month_key(year: u16, month: u8) -> MonthKey {
    year as u32 * 12 + (month as u32 - 1)
}

pub fn month_of(key: MonthKey) -> (u16, u8) {
    ((key / 12) as u16, (key % 12) as u8 + 1)
}

pub const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

pub struct Index {
    pub catalog: Catalog,
    /// The chunks shipped in the first load, by name.
    pub inline: HashMap<String, Vec<u8>>,
    /// Per actor, the articles mentioning them, ascending.
    pub actor_articles: Vec<Vec<ArticleId>>,
    /// Per actor, the quotations attributed to them.
    pub actor_quotes: Vec<Vec<QuoteRef>>,
    pub actor_by_name: HashMap<String, ActorId>,
    pub article_by_file: HashMap<String, ArticleId>,
    /// Per article, the first and last day (`YYYYMMDD`) its date may denote.
    pub day_range: Vec<Option<(u32, u32)>>,
    /// Per article, its month when the date is known at least to the month.
    pub month: Vec<Option<MonthKey>>,
    /// The first and last month of any dated article.
    pub month_span: Option<(MonthKey, MonthKey)>,
    /// Articles dated only to the year (they have no place on the monthly timeline).
    pub year_only: BitSet,
    pub undated: BitSet,
}

impl Index {
    pub fn new(mut catalog: Catalog) -> Index {
        let n = catalog.entries.len();
        let na = catalog.actors.len();
        let mut actor_articles = vec![Vec::new(); na];
        let mut actor_quotes = vec![Vec::new(); na];
        let mut day_range = Vec::with_capacity(n);
        let mut month = Vec::with_capacity(n);
        let mut year_only = BitSet::empty(n);
        let mut undated = BitSet::empty(n);
        for (i, a) in catalog.entries.iter_mut().enumerate() {
            let id = i as ArticleId;
            a.actors.retain(|&actor| (actor as usize) < na);
            for &actor in &a.actors {
                actor_articles[actor as usize].push(id);
            }
            for (qi, q) in a.quotes.iter().enumerate() {
                if let Some(s) = q.speaker.filter(|&s| (s as usize) < na) {
                    actor_quotes[s as usize].push(QuoteRef { article: id, index: qi as u32 });
                }
            }
            match a.date {
                Some(d) => {
                    let (first, last) = d.bounds();
                    let key = |p: corpus::PartialDate| {
                        Day { year: p.year, month: p.month.unwrap_or(1), day: p.day.unwrap_or(1) }.key()
                    };
                    day_range.push(Some((key(first), key(last))));
                    month.push(d.month.map(|m| month_key(d.year, m)));
                    if d.month.is_none() {
                        year_only.insert(id);
                    }
                }
                None => {
                    day_range.push(None);
                    month.push(None);
                    undated.insert(id);
                }
            }
        }
        let month_span = month.iter().flatten().fold(None, |acc: Option<(u32, u32)>, &m| match acc {
            None => Some((m, m)),
            Some((lo, hi)) => Some((lo.min(m), hi.max(m))),
        });
        catalog.order.retain(|&id| (id as usize) < n);
        let actor_by_name = catalog.actors.iter().enumerate().map(|(i, a)| (a.name.clone(), i as ActorId)).collect();
        let article_by_file = catalog.entries.iter().enumerate().map(|(i, a)| (a.file.clone(), i as ArticleId)).collect();
        let inline = std::mem::take(&mut catalog.inline).into_iter().collect();
        Index {
            catalog,
            inline,
            actor_articles,
            actor_quotes,
            actor_by_name,
            article_by_file,
            day_range,
            month,
            month_span,
            year_only,
            undated,
        }
    }

    pub fn len(&self) -> usize {
        self.catalog.entries.len()
    }

    pub fn article(&self, id: ArticleId) -> &Entry {
        &self.catalog.entries[id as usize]
    }

    pub fn article_opt(&self, id: ArticleId) -> Option<&Entry> {
        self.catalog.entries.get(id as usize)
    }

    pub fn outlet(&self, id: ArticleId) -> Option<&str> {
        self.article(id).outlet.and_then(|o| self.catalog.outlets.get(o as usize)).map(String::as_str)
    }

    /// The headline; for an article saved without one, its opening words, marked as such, so
    /// that no list shows a file name as if it were a title.
    pub fn display_title(&self, id: ArticleId) -> String {
        let a = self.article(id);
        if let Some(t) = a.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            return t.to_owned();
        }
        match &a.opening {
            Some(opening) => format!("Untitled: {opening}"),
            None => a.file.clone(),
        }
    }

    pub fn actor_name(&self, id: ActorId) -> &str {
        self.catalog.actors.get(id as usize).map(|a| a.name.as_str()).unwrap_or("?")
    }

    /// The chosen actors that exist in the corpus.
    pub fn chosen_actors(&self, f: &Filters) -> Vec<ActorId> {
        f.actors.iter().filter_map(|n| self.actor_by_name.get(n).copied()).collect()
    }

    /// Articles inside the date range, with undated ones handled as `f.undated` says.
    pub fn date_match(&self, f: &Filters) -> BitSet {
        let n = self.len();
        if f.undated == Undated::Only {
            return self.undated.clone();
        }
        let (from, to) = (f.from.map(Day::key).unwrap_or(0), f.to.map(Day::key).unwrap_or(u32::MAX));
        let mut s = BitSet::empty(n);
        for (i, r) in self.day_range.iter().enumerate() {
            let keep = match r {
                Some((first, last)) => *last >= from && *first <= to,
                None => f.undated == Undated::Include,
            };
            if keep {
                s.insert(i as u32);
            }
        }
        s
    }

    /// Articles whose title or body has, for every search word, a word starting with it;
    /// `words` gives the word chunks (fetched, so perhaps not here yet).
    pub fn text_match(&self, terms: &[String], words: impl Fn(&str) -> Loaded<Rc<WordChunk>>) -> Loaded<BitSet> {
        let n = self.len();
        let mut s = BitSet::full(n);
        for t in terms {
            let Some(name) = self.catalog.word_chunk(t) else { return Loaded::Ready(BitSet::empty(n)) };
            match words(name) {
                Loaded::Ready(chunk) => s.intersect(&BitSet::from_ids(n, chunk.matching(t))),
                Loaded::Pending => return Loaded::Pending,
                Loaded::Failed(e) => return Loaded::Failed(e),
            }
        }
        Loaded::Ready(s)
    }

    /// Articles mentioning every one of `actors`.
    pub fn actor_match(&self, actors: &[ActorId]) -> BitSet {
        let n = self.len();
        let mut s = BitSet::full(n);
        for &a in actors {
            match self.actor_articles.get(a as usize) {
                Some(ids) => s.intersect(&BitSet::from_ids(n, ids.iter().copied())),
                None => return BitSet::empty(n),
            }
        }
        s
    }

    /// The members of `set` in display order.
    pub fn ordered(&self, set: &BitSet) -> Vec<ArticleId> {
        self.catalog.order.iter().copied().filter(|&id| set.contains(id)).collect()
    }

    /// Per actor, how many articles of `set` mention them. Walks the members' actor lists, which
    /// costs the mentions of `set` alone: a narrow filter at 50,000 articles counts a few hundred
    /// mentions instead of testing all 1.6 million.
    pub fn facet_counts(&self, set: &BitSet) -> Vec<u32> {
        let mut counts = vec![0; self.catalog.actors.len()];
        for id in set.iter() {
            for &actor in &self.article(id).actors {
                counts[actor as usize] += 1;
            }
        }
        counts
    }

    /// Articles of `set` per month over `month_span` (empty when nothing is dated to the month).
    pub fn month_histogram(&self, set: &BitSet) -> Vec<u32> {
        let Some((lo, hi)) = self.month_span else { return Vec::new() };
        let mut h = vec![0; (hi - lo + 1) as usize];
        for id in set.iter() {
            if let Some(m) = self.month[id as usize] {
                h[(m - lo) as usize] += 1;
            }
        }
        h
    }

    /// The actors mentioned in the same articles of `set` as `who`, most frequent first.
    pub fn companions(&self, who: ActorId, set: &BitSet) -> Vec<(ActorId, u32)> {
        let mut counts: HashMap<ActorId, u32> = HashMap::new();
        for &id in self.actor_articles.get(who as usize).map(Vec::as_slice).unwrap_or(&[]) {
            if set.contains(id) {
                for &a in &self.article(id).actors {
                    if a != who {
                        *counts.entry(a).or_default() += 1;
                    }
                }
            }
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| self.actor_name(a.0).cmp(self.actor_name(b.0))));
        v
    }

    /// Every quotation in the articles of `set`, in display order of the articles.
    pub fn quotes_in(&self, set: &BitSet) -> Vec<QuoteRef> {
        let mut out = Vec::new();
        for id in self.ordered(set) {
            for qi in 0..self.article(id).quotes.len() {
                out.push(QuoteRef { article: id, index: qi as u32 });
            }
        }
        out
    }

    pub fn quote(&self, r: QuoteRef) -> &QuoteEntry {
        &self.article(r.article).quotes[r.index as usize]
    }

    /// Where the search words start words of `folded` (a folded string), in order.
    pub fn hits(folded: &str, terms: &[String]) -> Vec<Span> {
        words(folded)
            .filter_map(|(at, word)| {
                let longest = terms.iter().filter(|t| word.starts_with(t.as_str())).map(String::len).max()?;
                Some(Span::new(at, at + longest))
            })
            .collect()
    }
}

/// The hue (0–359) that stands for an actor everywhere in the app.
pub fn actor_hue(id: ActorId) -> u32 {
    ((id as u64 * 137_508 / 1000 + 200) % 360) as u32
}

pub fn kind_label(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "People",
        ActorKind::Country => "Countries",
        ActorKind::Organization => "Organisations",
    }
}

/// A date as people write it: `22 Jun 2022`, `Jun 2022`, `2022`.
pub fn human_date(d: Option<corpus::PartialDate>) -> String {
    match d {
        None => "Undated".into(),
        Some(d) => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{day} {} {}", MONTHS[(m - 1) as usize % 12], d.year),
            (Some(m), None) => format!("{} {}", MONTHS[(m - 1) as usize % 12], d.year),
            _ => d.year.to_string(),
        },
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use corpus::{Actor, Article, Corpus, DateSource, Mention, PartialDate, Quote};

    pub fn article(file: &str, date: Option<&str>, text: &str, mentions: &[(u32, &str)], quotes: &[(&str, Option<u32>, u32)]) -> Article {
        let find = |s: &str| {
            let p = text.find(s).unwrap_or_else(|| panic!("{s} in {text}"));
            Span::new(p, p + s.len())
        };
        Article {
            file: file.into(),
            title: Some(text.lines().next().unwrap().into()),
            outlet: Some("Outlet".into()),
            url: None,
            date: date.and_then(PartialDate::parse),
            date_source: DateSource::Catalog,
            text: text.into(),
            body_end: text.len() as u32,
            clutter: vec![],
            mentions: mentions.iter().map(|&(actor, s)| Mention { actor, span: find(s) }).collect(),
            quotes: quotes.iter().map(|&(s, speaker, statement)| Quote { span: find(s), speaker, cue: None, statement }).collect(),
            warnings: vec![],
        }
    }

    pub fn sample() -> Index {
        let actors = vec![
            Actor { name: "Maria Zakharova".into(), kind: ActorKind::Person, aliases: vec![] },
            Actor { name: "Russia".into(), kind: ActorKind::Country, aliases: vec![] },
            Actor { name: "Sergei Lavrov".into(), kind: ActorKind::Person, aliases: vec![] },
        ];
        let articles = vec![
            article("a.txt", Some("2022-06-22"), "Zakharova on Russia\nZakharova said “no deal”.", &[(0, "Zakharova"), (1, "Russia")], &[("no deal", Some(0), 0)]),
            article("b.txt", Some("2022-04"), "Lavrov in Minsk\nLavrov said “no deal” in Russia.", &[(2, "Lavrov"), (1, "Russia")], &[("no deal", Some(2), 0)]),
            article("c.txt", None, "Undated Russia piece\nRussia and Zakharova.", &[(1, "Russia"), (0, "Zakharova")], &[]),
            article("d.txt", Some("2021"), "Old Minsk talks\nNothing.", &[], &[]),
        ];
        packed(Corpus { articles, actors })
    }

    /// The index over `corpus` packed as a small build packs it: everything inline.
    pub fn packed(corpus: Corpus) -> Index {
        Index::new(corpus::pack::pack(&corpus, usize::MAX).catalog)
    }

    /// Word chunks from the first load, as the store finds them.
    pub fn inline_words(ix: &Index) -> impl Fn(&str) -> Loaded<Rc<WordChunk>> + '_ {
        |name| Loaded::Ready(Rc::new(postcard::from_bytes(&ix.inline[name]).unwrap()))
    }

    fn search(ix: &Index, hash: &str) -> Vec<ArticleId> {
        match ix.text_match(&f(hash).terms(), inline_words(ix)) {
            Loaded::Ready(s) => ix.ordered(&s),
            _ => panic!("inline chunks are always ready"),
        }
    }

    #[test]
    fn untitled_articles_show_their_opening_words() {
        let mut a = article("x.txt", None, "MOSCOW — Russia on Wednesday dismissed a senior U.S. official’s assurances that Washington wants more", &[], &[]);
        a.title = None;
        let mut empty = article("e.txt", None, " ", &[], &[]);
        empty.title = Some("  ".into());
        let ix = packed(Corpus { articles: vec![a, empty], actors: vec![] });
        assert_eq!(ix.display_title(0), "Untitled: MOSCOW — Russia on Wednesday dismissed a senior U.S. …");
        assert_eq!(ix.display_title(1), "e.txt");
        assert_eq!(sample().display_title(0), "Zakharova on Russia");
    }

    fn f(hash: &str) -> Filters {
        Filters::from_hash(hash)
    }

    #[test]
    fn bitset_basics() {
        let s = BitSet::full(130);
        assert_eq!(s.count(), 130);
        assert_eq!(s.iter().last(), Some(129));
        let t = BitSet::from_ids(130, [3, 64, 129, 500]);
        assert_eq!(t.iter().collect::<Vec<_>>(), vec![3, 64, 129]);
        assert_eq!(s.and(&t).count(), 3);
        assert_eq!(BitSet::full(0).count(), 0);
        assert_eq!(BitSet::full(64).count(), 64);
    }

    #[test]
    fn order_is_newest_first_undated_last() {
        let ix = sample();
        assert_eq!(ix.catalog.order, [0, 1, 3, 2]);
    }

    #[test]
    fn actors_and_all_semantics() {
        let ix = sample();
        let russia = ix.chosen_actors(&f("#/?actor=Russia"));
        assert_eq!(ix.actor_match(&russia).count(), 3);
        let both = ix.chosen_actors(&f("#/?actor=Russia&actor=Maria%20Zakharova"));
        assert_eq!(ix.ordered(&ix.actor_match(&both)), vec![0, 2]);
        assert_eq!(ix.chosen_actors(&f("#/?actor=Nobody")), Vec::<u32>::new());
        let counts = ix.facet_counts(&ix.actor_match(&both));
        assert_eq!(counts, vec![2, 2, 0]);
    }

    #[test]
    fn facet_counts_agree_with_the_actor_lists_for_every_subset() {
        let ix = sample();
        let n = ix.len() as u32;
        for bits in 0..(1u32 << n) {
            let set = BitSet::from_ids(n as usize, (0..n).filter(|i| bits & (1 << i) != 0));
            let by_list: Vec<u32> =
                ix.actor_articles.iter().map(|ids| ids.iter().filter(|&&id| set.contains(id)).count() as u32).collect();
            assert_eq!(ix.facet_counts(&set), by_list, "articles {bits:b}");
        }
    }

    #[test]
    fn dates_overlap_and_undated_is_explicit() {
        let ix = sample();
        let s = ix.date_match(&f("#/?from=2022-05-01&to=2022-12-31"));
        assert_eq!(ix.ordered(&s), vec![0, 2]);
        let s = ix.date_match(&f("#/?from=2022-04-30&to=2022-05-01&undated=exclude"));
        assert_eq!(ix.ordered(&s), vec![1], "a month-precise date overlaps the range");
        assert_eq!(ix.ordered(&ix.date_match(&f("#/?undated=only&from=2022"))), vec![2]);
        assert_eq!(ix.date_match(&f("#/")).count(), 4);
    }

    #[test]
    fn search_and_hits() {
        let ix = sample();
        assert_eq!(search(&ix, "#/?q=MINSK"), vec![1, 3]);
        assert_eq!(search(&ix, "#/?q=minsk%20lav"), vec![1], "every word, as a prefix");
        assert_eq!(search(&ix, "#/?q=insk"), Vec::<u32>::new(), "words match from their start");
        assert_eq!(search(&ix, "#/?q=zzz%20minsk"), Vec::<u32>::new());
        assert_eq!(search(&ix, "#/?q=a"), vec![0, 1, 3, 2], "one letter does not filter");
        let text = "Lavrov in Minsk: lavrovian minsky";
        let hits = Index::hits(&crate::state::fold(text), &f("#/?q=minsk%20lavrov").terms());
        let found: Vec<&str> = hits.iter().map(|h| &text[h.range()]).collect();
        assert_eq!(found, ["Lavrov", "Minsk", "lavrov", "minsk"]);
    }

    #[test]
    fn histogram_companions_quotes() {
        let ix = sample();
        assert_eq!(ix.month_span, Some((month_key(2022, 4), month_key(2022, 6))));
        assert_eq!(ix.month_histogram(&BitSet::full(4)), vec![1, 0, 1]);
        assert!(ix.year_only.contains(3));
        let c = ix.companions(1, &BitSet::full(4));
        assert_eq!(c[0], (0, 2));
        assert_eq!(ix.quote(QuoteRef { article: 1, index: 0 }).statement, Some(0), "reported twice");
        assert_eq!(ix.actor_quotes[2].len(), 1);
    }

    #[test]
    fn empty_corpus_and_bad_offsets_do_not_panic() {
        let ix = packed(Corpus::default());
        assert_eq!(ix.month_histogram(&BitSet::full(0)), Vec::<u32>::new());
        assert_eq!(ix.ordered(&ix.date_match(&f("#/?from=2022"))), Vec::<u32>::new());
        let mut a = article("x.txt", None, "é", &[], &[]);
        a.body_end = 1;
        a.mentions = vec![Mention { actor: 7, span: Span::new(0, 9) }];
        let ix = packed(Corpus { articles: vec![a], actors: vec![] });
        assert!(ix.article(0).actors.is_empty(), "a mention of an unknown actor is dropped");
    }

    #[test]
    fn human_dates() {
        assert_eq!(human_date(PartialDate::parse("2022-06-22")), "22 Jun 2022");
        assert_eq!(human_date(PartialDate::parse("2022-06")), "Jun 2022");
        assert_eq!(human_date(None), "Undated");
    }
}
