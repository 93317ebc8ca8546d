//! The data model shared by the extraction, the CLI, `build.rs` and the app.
//!
//! Every position is a byte [`Span`] into the article's decoded UTF-8 text, so the app highlights
//! by slicing and never searches the text again.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Index into [`Corpus::actors`].
pub type ActorId = u32;
/// Index into [`Corpus::articles`].
pub type ArticleId = u32;
/// Quotations of the same statement (in any article) share one id.
pub type StatementId = u32;

/// A byte range `start..end` into an article's text; both ends lie on character boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start: start as u32, end: end as u32 }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActorKind {
    Person,
    Country,
    Organization,
}

impl ActorKind {
    /// The lower-case word used in the extraction JSON and the URL.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organization => "organization",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "people" => Some(ActorKind::Person),
            "country" | "government" | "state" => Some(ActorKind::Country),
            "organization" | "organisation" | "org" => Some(ActorKind::Organization),
            _ => None,
        }
    }
}

/// A calendar date known to the day, the month or only the year.
///
/// Ordered by its first day, so a month sorts before the days inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: u16,
    /// 1–12
    pub month: Option<u8>,
    /// 1–31; only with a month
    pub day: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Precision {
    Day,
    Month,
    Year,
}

impl PartialDate {
    /// A date, checked against the calendar (no 31 April, 29 February only in leap years).
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        if !(1..=9999).contains(&year) || (day.is_some() && month.is_none()) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(PartialDate { year, month, day })
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.trim().split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let mut number = |len: usize| -> Option<Option<u8>> {
            match parts.next() {
                None => Some(None),
                Some(p) if p.len() == len => p.parse().ok().map(Some),
                Some(_) => None,
            }
        };
        let month = number(2)?;
        let day = if month.is_some() { number(2)? } else { None };
        if parts.next().is_some() {
            return None;
        }
        PartialDate::new(year, month, day)
    }

    /// The first and the last day this date may denote, as full dates.
    pub fn bounds(self) -> (PartialDate, PartialDate) {
        let first_month = self.month.unwrap_or(1);
        let last_month = self.month.unwrap_or(12);
        let first = PartialDate { year: self.year, month: Some(first_month), day: Some(self.day.unwrap_or(1)) };
        let last_day = self.day.unwrap_or_else(|| days_in_month(self.year, last_month));
        let last = PartialDate { year: self.year, month: Some(last_month), day: Some(last_day) };
        (first, last)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Where an article's date came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateSource {
    /// Found in the text (a dateline or byline); the span is the evidence.
    Text(Span),
    /// Given by the user in the corpus folder's `catalog.toml`.
    Catalog,
    /// The text supports no date and the catalog gives none.
    Unknown,
}

/// Why a stretch of the page is not article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClutterKind {
    /// Reader comments and the reply form.
    Comments,
    /// "Latest news", "Other materials", "You may also like", "Read more" lists.
    RelatedLinks,
    /// Newsletter and "follow us" prompts.
    Promo,
    /// Page furniture: "Published: Updated:", font-size widgets, weather, tickers.
    Chrome,
}

impl ClutterKind {
    pub fn label(self) -> &'static str {
        match self {
            ClutterKind::Comments => "Reader comments",
            ClutterKind::RelatedLinks => "Related links",
            ClutterKind::Promo => "Promotion",
            ClutterKind::Chrome => "Page furniture",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clutter {
    pub span: Span,
    pub kind: ClutterKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The canonical name, unique in the corpus.
    pub name: String,
    pub kind: ActorKind,
    /// Every form the bodies use, the canonical name included.
    pub aliases: Vec<String>,
}

/// One occurrence of an actor in an article's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub actor: ActorId,
    pub span: Span,
}

/// A direct quotation in an article's body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// `None` when the text does not say who spoke.
    pub speaker: Option<ActorId>,
    /// The attribution ("Zakharova said"), where there is one.
    pub cue: Option<Span>,
    pub statement: StatementId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The file's name inside the corpus folder; unique, and the article's id in URLs.
    pub file: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub date: Option<PartialDate>,
    pub date_source: DateSource,
    /// The whole decoded file: body and clutter, nothing dropped.
    pub text: String,
    /// Byte offset where the body ends and the trailing page clutter begins.
    pub body_end: u32,
    /// Classified clutter: inside the body region (promo lines, chrome) and after `body_end`.
    pub clutter: Vec<Clutter>,
    /// Sorted by start.
    pub mentions: Vec<Mention>,
    /// Sorted by start.
    pub quotes: Vec<Quote>,
    /// What the extraction was unsure of (decoding, unbalanced marks), for `corpus check`.
    pub warnings: Vec<String>,
}

impl Article {
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
    pub fn body(&self) -> &str {
        &self.text[..self.body_end as usize]
    }
    /// Each actor the body mentions, once, in order of first mention.
    pub fn actor_ids(&self) -> Vec<ActorId> {
        let mut seen = Vec::new();
        for m in &self.mentions {
            if !seen.contains(&m.actor) {
                seen.push(m.actor);
            }
        }
        seen
    }
}

/// Everything the app shows, extracted at build time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub actors: Vec<Actor>,
}

impl Corpus {
    /// The compact form embedded in the wasm.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("a corpus always serialises")
    }
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, postcard::Error> {
        postcard::from_bytes(bytes)
    }
    pub fn actor(&self, id: ActorId) -> &Actor {
        &self.actors[id as usize]
    }
    pub fn actor_id(&self, name: &str) -> Option<ActorId> {
        self.actors.iter().position(|a| a.name == name).map(|i| i as ActorId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_print_and_validate() {
        for s in ["2022", "2022-06", "2022-06-22", "2024-02-29"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
        for s in ["", "22", "2022-6", "2022-13", "2023-02-29", "2022-04-31", "2022-06-22-1", "x022"] {
            assert_eq!(PartialDate::parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn a_month_sorts_before_its_days_and_bounds_cover_it() {
        let m = PartialDate::parse("2022-02").unwrap();
        let d = PartialDate::parse("2022-02-01").unwrap();
        assert!(m < d);
        let (first, last) = m.bounds();
        assert_eq!((first.to_string(), last.to_string()), ("2022-02-01".into(), "2022-02-28".into()));
        let (_, last) = PartialDate::parse("2024").unwrap().bounds();
        assert_eq!(last.to_string(), "2024-12-31");
    }

    #[test]
    fn corpus_round_trips_through_bytes() {
        let corpus = Corpus {
            actors: vec![Actor { name: "Russia".into(), kind: ActorKind::Country, aliases: vec!["Moscow".into()] }],
            articles: vec![Article {
                file: "a.txt".into(),
                title: Some("T".into()),
                outlet: None,
                url: None,
                date: PartialDate::parse("2022-06"),
                date_source: DateSource::Catalog,
                text: "Moscow said “no”.".into(),
                body_end: 19,
                clutter: vec![],
                mentions: vec![Mention { actor: 0, span: Span::new(0, 6) }],
                quotes: vec![Quote { span: Span::new(15, 17), speaker: Some(0), cue: None, statement: 0 }],
                warnings: vec![],
            }],
        };
        assert_eq!(Corpus::from_bytes(&corpus.to_bytes()).unwrap(), corpus);
    }
}
