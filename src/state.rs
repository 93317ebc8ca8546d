//! The whole app state that a link carries: which screen and which filters.
//!
//! It lives in the URL hash (`#/?view=list&actor=Maria%20Zakharova&from=2022-01-01`) and nowhere
//! else. [`Filters::from_hash`] parses a hash (ignoring what it does not understand, never
//! failing) and [`Filters::to_hash`] prints one back; both are pure and unit-tested natively.

pub use corpus::pack::fold;
use corpus::pack::{words, MIN_SEARCH_WORD};
use corpus::PartialDate;

/// The screen being shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The article list.
    #[default]
    List,
    /// "Who said what": quotations grouped by speaker.
    Quotes,
    /// One actor: their articles, quotations and the actors they appear with.
    Actor,
    /// The reader for one article.
    Article,
}

impl View {
    pub fn as_str(self) -> &'static str {
        match self {
            View::List => "list",
            View::Quotes => "quotes",
            View::Actor => "actor",
            View::Article => "article",
        }
    }
    pub fn parse(s: &str) -> Option<View> {
        match s.trim().to_ascii_lowercase().as_str() {
            "list" | "articles" => Some(View::List),
            "quotes" | "quotations" => Some(View::Quotes),
            "actor" => Some(View::Actor),
            "article" | "reader" => Some(View::Article),
            _ => None,
        }
    }
}

/// What to do with articles whose date is unknown when filtering by date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Undated {
    /// Keep them (they cannot be placed inside or outside a range).
    #[default]
    Include,
    /// Drop them.
    Exclude,
    /// Show only them.
    Only,
}

impl Undated {
    pub fn as_str(self) -> &'static str {
        match self {
            Undated::Include => "include",
            Undated::Exclude => "exclude",
            Undated::Only => "only",
        }
    }
    pub fn parse(s: &str) -> Option<Undated> {
        match s.trim().to_ascii_lowercase().as_str() {
            "include" | "yes" | "1" => Some(Undated::Include),
            "exclude" | "no" | "0" => Some(Undated::Exclude),
            "only" => Some(Undated::Only),
            _ => None,
        }
    }
}

/// A full calendar day, the unit of the date filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// A sortable number: `YYYYMMDD`.
    pub fn key(self) -> u32 {
        self.year as u32 * 10_000 + self.month as u32 * 100 + self.day as u32
    }
    /// `YYYY-MM-DD`, the form `<input type=date>` uses.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
    fn from_partial(d: PartialDate) -> Day {
        Day { year: d.year, month: d.month.unwrap_or(1), day: d.day.unwrap_or(1) }
    }
    /// The first day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` may denote.
    pub fn parse_start(s: &str) -> Option<Day> {
        PartialDate::parse(s).map(|d| Day::from_partial(d.bounds().0))
    }
    /// The last day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` may denote.
    pub fn parse_end(s: &str) -> Option<Day> {
        PartialDate::parse(s).map(|d| Day::from_partial(d.bounds().1))
    }
}

/// The state a URL carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub view: View,
    /// Chosen actors by canonical name; an article must mention all of them. No duplicates.
    pub actors: Vec<String>,
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub undated: Undated,
    /// Free-text search over titles and bodies (terms separated by spaces, all must occur).
    pub q: String,
    /// The open article, by file name (the reader, and the highlighted row elsewhere).
    pub article: Option<String>,
    /// The actor whose page is shown (`view=actor`).
    pub who: Option<String>,
    /// The reader highlights actor mentions.
    pub mentions: bool,
    /// Compact chrome for an iframe in someone else's page (`embed=1`); kept by every link.
    pub embed: bool,
    /// The quotation to scroll to in the reader (its index in the article).
    pub quote: Option<u32>,
}

impl Filters {
    /// Parses a location hash such as `#/?view=list&actor=A&from=2022-01-01`. The leading `#`,
    /// `/` and `?` are optional; unknown keys and malformed values are ignored.
    pub fn from_hash(hash: &str) -> Filters {
        let query = hash.trim_start_matches('#').trim_start_matches('/');
        let query = query.split_once('?').map(|(_, q)| q).unwrap_or(query);
        let mut f = Filters::default();
        let mut view = None;
        for pair in query.split('&') {
            if pair.is_empty() {
                continue;
            }
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(k);
            let value = decode(v);
            let value = value.trim();
            match key.as_str() {
                "view" => view = View::parse(value).or(view),
                "actor" => {
                    let name = clean_name(value);
                    if !name.is_empty() && !f.actors.contains(&name) && f.actors.len() < 64 {
                        f.actors.push(name);
                    }
                }
                "from" => f.from = Day::parse_start(value).or(f.from),
                "to" => f.to = Day::parse_end(value).or(f.to),
                "undated" => f.undated = Undated::parse(value).unwrap_or(f.undated),
                "q" => f.q = value.chars().filter(|c| !c.is_control()).take(200).collect(),
                "article" if !value.is_empty() => f.article = Some(value.to_owned()),
                "who" => {
                    let name = clean_name(value);
                    if !name.is_empty() {
                        f.who = Some(name);
                    }
                }
                "mentions" => f.mentions = flag(value),
                "embed" => f.embed = flag(value),
                "quote" => f.quote = value.parse().ok(),
                _ => {}
            }
        }
        if let (Some(a), Some(b)) = (f.from, f.to) {
            if a > b {
                // A reversed range is a slip of the hand, not a wish for nothing.
                let (start, end) = (Day::parse_start(&b.iso()), Day::parse_end(&a.iso()));
                f.from = start;
                f.to = end;
            }
        }
        f.view = match view {
            Some(View::Article) if f.article.is_none() => View::List,
            Some(View::Actor) if f.who.is_none() => View::List,
            Some(v) => v,
            None if f.article.is_some() => View::Article,
            None if f.who.is_some() => View::Actor,
            None => View::List,
        };
        f
    }

    /// Prints the state as a hash, `#/?…`, leaving out defaults; `from_hash` reads it back.
    pub fn to_hash(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if self.view != View::List {
            parts.push(format!("view={}", self.view.as_str()));
        }
        if let Some(a) = &self.article {
            parts.push(format!("article={}", encode(a)));
        }
        if let Some(q) = self.quote {
            parts.push(format!("quote={q}"));
        }
        if let Some(w) = &self.who {
            parts.push(format!("who={}", encode(w)));
        }
        for a in &self.actors {
            parts.push(format!("actor={}", encode(a)));
        }
        if let Some(d) = self.from {
            parts.push(format!("from={}", d.iso()));
        }
        if let Some(d) = self.to {
            parts.push(format!("to={}", d.iso()));
        }
        if self.undated != Undated::Include {
            parts.push(format!("undated={}", self.undated.as_str()));
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", encode(self.q.trim())));
        }
        if self.mentions {
            parts.push("mentions=1".into());
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        if parts.is_empty() {
            "#/".into()
        } else {
            format!("#/?{}", parts.join("&"))
        }
    }

    /// Whether any filter (not the screen) is set.
    pub fn is_filtered(&self) -> bool {
        !self.actors.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || self.undated != Undated::Include
            || !self.q.trim().is_empty()
    }

    /// The same screen with every filter cleared.
    pub fn cleared(&self) -> Filters {
        Filters {
            view: self.view,
            article: self.article.clone(),
            who: self.who.clone(),
            mentions: self.mentions,
            embed: self.embed,
            ..Filters::default()
        }
    }

    /// The filters, on another screen.
    pub fn with_view(&self, view: View) -> Filters {
        let mut f = self.clone();
        f.view = view;
        f.quote = None;
        if view != View::Article {
            f.article = None;
        }
        if view != View::Actor {
            f.who = None;
        }
        f
    }

    /// The reader for `file`, keeping the filters (so previous/next walk the filtered list).
    pub fn open_article(&self, file: &str, quote: Option<u32>) -> Filters {
        let mut f = self.with_view(View::Article);
        f.article = Some(file.to_owned());
        f.quote = quote;
        f
    }

    /// The page of the actor `name`, keeping the filters.
    pub fn open_actor(&self, name: &str) -> Filters {
        let mut f = self.with_view(View::Actor);
        f.who = Some(name.to_owned());
        f
    }

    /// Adds `name` to the chosen actors (or removes it when `on` is false).
    pub fn toggle_actor(&self, name: &str, on: bool) -> Filters {
        let mut f = self.clone();
        f.actors.retain(|a| a != name);
        if on {
            f.actors.push(name.to_owned());
        }
        f.quote = None;
        f
    }

    /// The search words, folded the way the index folds text.
    pub fn terms(&self) -> Vec<String> {
        search_terms(&self.q)
    }
}

/// The words of a query that the search looks up (letters and digits, at least
/// [`MIN_SEARCH_WORD`] characters), folded, each once. Punctuation and quotation marks separate
/// words, as they do in the index.
pub fn search_terms(q: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for (_, word) in words(q) {
        let folded = fold(word);
        if folded.chars().count() >= MIN_SEARCH_WORD && !terms.contains(&folded) {
            terms.push(folded);
        }
    }
    terms
}

fn clean_name(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(200).collect::<String>().trim().to_owned()
}

fn flag(value: &str) -> bool {
    matches!(value.to_ascii_lowercase().as_str(), "1" | "on" | "yes" | "true")
}

/// Percent-encodes everything but the URL-safe unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space); malformed escapes stay as written, invalid UTF-8
/// becomes U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() && hex(bytes[i + 1]).is_some() && hex(bytes[i + 2]).is_some() => {
                out.push(hex(bytes[i + 1]).unwrap() * 16 + hex(bytes[i + 2]).unwrap());
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<Day> {
        Day::parse_start(s)
    }

    #[test]
    fn parses_the_documented_example() {
        let f = Filters::from_hash("#/?actor=Maria%20Zakharova&actor=Sergei%20Lavrov&from=2022-01-01&to=2022-12-31");
        assert_eq!(f.view, View::List);
        assert_eq!(f.actors, vec!["Maria Zakharova", "Sergei Lavrov"]);
        assert_eq!(f.from, day("2022-01-01"));
        assert_eq!(f.to, day("2022-12-31"));
        assert_eq!(f.undated, Undated::Include);
    }

    #[test]
    fn round_trips() {
        let f = Filters {
            view: View::Article,
            actors: vec!["Maria Zakharova".into(), "A&B=C?#%".into(), "Лавров".into()],
            from: day("2022-02-03"),
            to: day("2022-12-31"),
            undated: Undated::Exclude,
            q: "minsk \"group of\" 100%".into(),
            article: Some("000_x y.txt".into()),
            who: Some("Sergei Lavrov".into()),
            mentions: true,
            embed: true,
            quote: Some(3),
        };
        let hash = f.to_hash();
        assert!(hash.starts_with("#/?view=article"), "{hash}");
        assert_eq!(Filters::from_hash(&hash), f);
        assert_eq!(Filters::default().to_hash(), "#/");
        assert_eq!(Filters::from_hash("#/"), Filters::default());
    }

    #[test]
    fn malformed_and_unknown_parameters_fall_back() {
        for hash in [
            "", "#", "#/", "#/?", "#?&&&", "#/?view=nope", "#/?from=2022-13-01", "#/?to=yesterday",
            "#/?undated=maybe", "#/?quote=x", "#/?%zz=%", "#/?actor=", "#/?view=article", "#/?view=actor",
            "#/?foo=bar&baz", "#/?from=2023-02-29",
        ] {
            let f = Filters::from_hash(hash);
            assert_eq!(f.view, View::List, "{hash}");
            assert!(!f.is_filtered() || hash.contains("actor=") , "{hash}: {f:?}");
        }
        let f = Filters::from_hash("#/?actor=%E0%A4&q=%ZZ");
        assert_eq!(f.actors, vec!["\u{FFFD}"]);
        assert_eq!(f.q, "%ZZ");
    }

    #[test]
    fn partial_dates_widen_and_reversed_ranges_swap() {
        let f = Filters::from_hash("#/?from=2022&to=2022-02");
        assert_eq!(f.from, day("2022-01-01"));
        assert_eq!(f.to, Day::parse_end("2022-02-28"));
        let f = Filters::from_hash("#/?from=2022-12-31&to=2022-01-01");
        assert_eq!((f.from, f.to), (day("2022-01-01"), day("2022-12-31")));
    }

    #[test]
    fn view_follows_article_and_who() {
        assert_eq!(Filters::from_hash("#/?article=a.txt").view, View::Article);
        assert_eq!(Filters::from_hash("#/?who=Russia").view, View::Actor);
        assert_eq!(Filters::from_hash("#/?view=quotes&article=a.txt").view, View::Quotes);
        assert_eq!(Filters::from_hash("view=quotes").view, View::Quotes);
        assert_eq!(Filters::from_hash("#?view=quotes").view, View::Quotes);
    }

    #[test]
    fn embed_mode_survives_navigation_and_clearing() {
        let f = Filters::from_hash("#/?embed=1&actor=Russia");
        assert!(f.embed);
        assert!(f.open_article("a.txt", None).with_view(View::Quotes).cleared().embed);
        assert!(f.to_hash().ends_with("&embed=1"));
        assert!(!Filters::from_hash("#/?embed=0").embed);
        assert!(!Filters::from_hash("#/?embed=banana").embed);
    }

    #[test]
    fn duplicates_and_plus_signs() {
        let f = Filters::from_hash("#/?actor=A+B&actor=A%20B&q=a+b");
        assert_eq!(f.actors, vec!["A B"]);
        assert_eq!(f.q, "a b");
        let g = f.toggle_actor("C", true).toggle_actor("A B", false);
        assert_eq!(g.actors, vec!["C"]);
        assert!(!g.cleared().is_filtered());
    }

    #[test]
    fn terms_fold_and_keep_byte_lengths() {
        assert_eq!(search_terms("  Minsk  \"Group of\" minsk a "), vec!["minsk", "group", "of"]);
        assert_eq!(search_terms("\"open"), vec!["open"]);
        assert_eq!(search_terms("zzzzqqq-nothing"), vec!["zzzzqqq", "nothing"]);
        let s = "İstanbul ÀÉ Лавров ẞ";
        assert_eq!(fold(s).len(), s.len());
        assert_eq!(fold("ÀÉ Лавров"), "àé лавров");
    }

    #[test]
    fn encode_decode() {
        for s in ["", "a b", "ü&=#%+", "日本"] {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%41"), "A");
    }
}
