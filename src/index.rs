//! The decoded corpus and the indexes computed from it once at start-up.
//!
//! Every filter becomes a [`BitSet`] over article ids; the views intersect them in memos and
//! count or list the survivors in date order. Nothing here touches the DOM, so it is tested
//! natively.

use crate::state::{fold, Day, Filters, Undated};
use corpus::{ActorId, ActorKind, Article, ArticleId, Corpus, Span, StatementId};
use std::collections::HashMap;

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
    pub corpus: Corpus,
    /// Per actor, the articles mentioning them, ascending.
    pub actor_articles: Vec<Vec<ArticleId>>,
    /// Per actor, the quotations attributed to them.
    pub actor_quotes: Vec<Vec<QuoteRef>>,
    /// Per article, the actors it mentions in order of first mention.
    pub article_actors: Vec<Vec<ActorId>>,
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
    /// Article ids newest first; undated last; ties by file name.
    pub order: Vec<ArticleId>,
    /// Folded (lower-cased, same byte offsets) title and body, for search.
    pub folded_title: Vec<String>,
    pub folded_body: Vec<String>,
    /// Quotations sharing a statement id, in article order.
    #[allow(dead_code)]
    pub statements: HashMap<StatementId, Vec<QuoteRef>>,
}

impl Index {
    pub fn new(corpus: Corpus) -> Index {
        let n = corpus.articles.len();
        let na = corpus.actors.len();
        let mut actor_articles = vec![Vec::new(); na];
        let mut actor_quotes = vec![Vec::new(); na];
        let mut article_actors = Vec::with_capacity(n);
        let mut day_range = Vec::with_capacity(n);
        let mut month = Vec::with_capacity(n);
        let mut year_only = BitSet::empty(n);
        let mut undated = BitSet::empty(n);
        let mut statements: HashMap<StatementId, Vec<QuoteRef>> = HashMap::new();
        let mut folded_title = Vec::with_capacity(n);
        let mut folded_body = Vec::with_capacity(n);
        for (i, a) in corpus.articles.iter().enumerate() {
            let id = i as ArticleId;
            let mut actors = Vec::new();
            for m in &a.mentions {
                if (m.actor as usize) < na && !actors.contains(&m.actor) {
                    actors.push(m.actor);
                }
            }
            for &actor in &actors {
                actor_articles[actor as usize].push(id);
            }
            article_actors.push(actors);
            for (qi, q) in a.quotes.iter().enumerate() {
                let r = QuoteRef { article: id, index: qi as u32 };
                if let Some(s) = q.speaker.filter(|&s| (s as usize) < na) {
                    actor_quotes[s as usize].push(r);
                }
                statements.entry(q.statement).or_default().push(r);
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
            folded_title.push(fold(a.title.as_deref().unwrap_or("")));
            folded_body.push(fold(body(a)));
        }
        let month_span = month.iter().flatten().fold(None, |acc: Option<(u32, u32)>, &m| match acc {
            None => Some((m, m)),
            Some((lo, hi)) => Some((lo.min(m), hi.max(m))),
        });
        let mut order: Vec<ArticleId> = (0..n as ArticleId).collect();
        order.sort_by(|&x, &y| {
            let (a, b) = (&corpus.articles[x as usize], &corpus.articles[y as usize]);
            match (a.date, b.date) {
                (Some(p), Some(q)) => q.cmp(&p).then_with(|| a.file.cmp(&b.file)),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => a.file.cmp(&b.file),
            }
        });
        let actor_by_name = corpus.actors.iter().enumerate().map(|(i, a)| (a.name.clone(), i as ActorId)).collect();
        let article_by_file = corpus.articles.iter().enumerate().map(|(i, a)| (a.file.clone(), i as ArticleId)).collect();
        Index {
            corpus,
            actor_articles,
            actor_quotes,
            article_actors,
            actor_by_name,
            article_by_file,
            day_range,
            month,
            month_span,
            year_only,
            undated,
            order,
            folded_title,
            folded_body,
            statements,
        }
    }

    pub fn len(&self) -> usize {
        self.corpus.articles.len()
    }

    pub fn article(&self, id: ArticleId) -> &Article {
        &self.corpus.articles[id as usize]
    }

    /// The headline; for an article saved without one, its opening words, marked as such, so
    /// that no list shows a file name as if it were a title.
    pub fn display_title(&self, id: ArticleId) -> String {
        let a = self.article(id);
        if let Some(t) = a.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            return t.to_owned();
        }
        let mut opening = String::new();
        for word in body(a).split_whitespace() {
            if opening.chars().count() + word.chars().count() > 60 {
                opening.push_str(" …");
                break;
            }
            if !opening.is_empty() {
                opening.push(' ');
            }
            opening.push_str(word);
        }
        if opening.is_empty() {
            a.file.clone()
        } else {
            format!("Untitled: {opening}")
        }
    }

    pub fn actor_name(&self, id: ActorId) -> &str {
        self.corpus.actors.get(id as usize).map(|a| a.name.as_str()).unwrap_or("?")
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

    /// Articles whose title or body contains every term (already folded).
    pub fn text_match(&self, terms: &[String]) -> BitSet {
        let n = self.len();
        if terms.is_empty() {
            return BitSet::full(n);
        }
        let mut s = BitSet::empty(n);
        for i in 0..n {
            if terms.iter().all(|t| self.folded_title[i].contains(t.as_str()) || self.folded_body[i].contains(t.as_str())) {
                s.insert(i as u32);
            }
        }
        s
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
        self.order.iter().copied().filter(|&id| set.contains(id)).collect()
    }

    /// Per actor, how many articles of `set` mention them.
    pub fn facet_counts(&self, set: &BitSet) -> Vec<u32> {
        self.actor_articles.iter().map(|ids| ids.iter().filter(|&&id| set.contains(id)).count() as u32).collect()
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
                for &a in &self.article_actors[id as usize] {
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

    pub fn quote(&self, r: QuoteRef) -> &corpus::Quote {
        &self.article(r.article).quotes[r.index as usize]
    }

    pub fn quote_text(&self, r: QuoteRef) -> &str {
        let a = self.article(r.article);
        safe_slice(&a.text, a.quotes[r.index as usize].span)
    }

    /// Where `terms` occur in `folded` (a folded string), merged and sorted.
    pub fn hits(folded: &str, terms: &[String]) -> Vec<Span> {
        let mut spans = Vec::new();
        for t in terms {
            if t.is_empty() {
                continue;
            }
            let mut from = 0;
            while let Some(p) = folded[from..].find(t.as_str()) {
                let start = from + p;
                spans.push(Span::new(start, start + t.len()));
                from = start + t.len();
            }
        }
        spans.sort();
        let mut merged: Vec<Span> = Vec::new();
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        merged
    }
}

/// The article's body region (everything before `body_end`), never panicking on a bad offset.
pub fn body(a: &Article) -> &str {
    let mut end = (a.body_end as usize).min(a.text.len());
    while !a.text.is_char_boundary(end) {
        end -= 1;
    }
    &a.text[..end]
}

/// `text[span]`, or "" when the span does not fit the text.
pub fn safe_slice(text: &str, span: Span) -> &str {
    text.get(span.range()).unwrap_or("")
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
    use corpus::{Actor, DateSource, Mention, PartialDate, Quote};

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
        Index::new(Corpus { articles, actors })
    }

    #[test]
    fn untitled_articles_show_their_opening_words() {
        let mut a = article("x.txt", None, "MOSCOW — Russia on Wednesday dismissed a senior U.S. official’s assurances that Washington wants more", &[], &[]);
        a.title = None;
        let mut empty = article("e.txt", None, " ", &[], &[]);
        empty.title = Some("  ".into());
        let ix = Index::new(Corpus { articles: vec![a, empty], actors: vec![] });
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
        assert_eq!(ix.order, vec![0, 1, 3, 2]);
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
        let terms = f("#/?q=MINSK").terms();
        assert_eq!(ix.ordered(&ix.text_match(&terms)), vec![1, 3]);
        let terms = f("#/?q=minsk%20lavrov").terms();
        assert_eq!(ix.ordered(&ix.text_match(&terms)), vec![1]);
        let hits = Index::hits(&ix.folded_body[1], &terms);
        assert_eq!(hits.len(), 3);
        assert_eq!(&ix.article(1).text[hits[0].range()], "Lavrov");
    }

    #[test]
    fn histogram_companions_statements() {
        let ix = sample();
        assert_eq!(ix.month_span, Some((month_key(2022, 4), month_key(2022, 6))));
        assert_eq!(ix.month_histogram(&BitSet::full(4)), vec![1, 0, 1]);
        assert!(ix.year_only.contains(3));
        let c = ix.companions(1, &BitSet::full(4));
        assert_eq!(c[0], (0, 2));
        assert_eq!(ix.statements[&0].len(), 2);
        assert_eq!(ix.quote_text(QuoteRef { article: 1, index: 0 }), "no deal");
        assert_eq!(ix.actor_quotes[2].len(), 1);
    }

    #[test]
    fn empty_corpus_and_bad_offsets_do_not_panic() {
        let ix = Index::new(Corpus::default());
        assert_eq!(ix.month_histogram(&BitSet::full(0)), Vec::<u32>::new());
        assert_eq!(ix.ordered(&ix.date_match(&f("#/?from=2022"))), Vec::<u32>::new());
        let mut a = article("x.txt", None, "é", &[], &[]);
        a.body_end = 1;
        assert_eq!(body(&a), "");
        assert_eq!(safe_slice("abc", Span::new(2, 9)), "");
    }

    #[test]
    fn human_dates() {
        assert_eq!(human_date(PartialDate::parse("2022-06-22")), "22 Jun 2022");
        assert_eq!(human_date(PartialDate::parse("2022-06")), "Jun 2022");
        assert_eq!(human_date(None), "Undated");
    }
}
