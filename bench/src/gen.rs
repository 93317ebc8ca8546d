//! A deterministic generator of news articles saved as text, with the clutter of real pages.
//!
//! The same seed and size give byte-identical files on every machine: every article draws from
//! its own generator seeded from `(seed, index)`, and the cast of actors from `(seed, ROSTER)`,
//! so the first N articles of a larger corpus are the N articles of the smaller one.
//!
//! What an article looks like (varied by the outlet's house style):
//!
//! ```text
//! Headline line
//!
//! By Outlet | Friday, 08 April 2022            (or "MOSCOW, June 22, 2022 — " opening the body,
//!                                               "Published: 22.06.2022 14:05", "By First Last")
//! Body paragraphs: actors (people with titles, countries, organisations with acronyms) drawn
//! with Zipf-like frequencies; quotations with cues (“…,” Last said. / said Full Name / She added:)
//!
//! Clutter: reader comments, "Latest news" lists with their own dates, "Read more:" links,
//! newsletter prompts, page furniture.
//! ```

// `*pick(..)` copies a `&'static str` out of a static list; clippy's auto-deref suggestion
// does not compile there (the slice's element type is then inferred as `str`).
#![allow(clippy::explicit_auto_deref)]

use crate::words::*;
use fastrand::Rng;
use serde::Serialize;
use std::fmt::Write as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Country,
    Organization,
}

/// One actor of the cast.
#[derive(Clone, Debug)]
pub struct ActorDef {
    /// Canonical name: "Maria Zakharova", "United States", "North Atlantic Treaty Organization".
    pub name: String,
    pub kind: Kind,
    /// How later mentions name it: the surname, the acronym, the country's name.
    pub short: String,
    /// A person's title, with the country or organisation in it.
    pub title: String,
    pub female: bool,
    /// A country's capital (datelines, metonyms) and adjective.
    pub capital: String,
    pub adjective: String,
}

/// The cast of a corpus, in rank order: actor `i` is drawn with weight `1 / (i + 1)^ZIPF_S`.
pub struct Roster {
    pub actors: Vec<ActorDef>,
    cumulative: Vec<f64>,
}

/// Zipf–Mandelbrot weights `1 / (rank + ZIPF_Q)^ZIPF_S`: the top actor is in about a third of
/// the articles, the median one in a handful.
const ZIPF_S: f64 = 1.0;
const ZIPF_Q: f64 = 3.0;
const PEOPLE: usize = 240;
/// Articles are dated between these years, inclusive.
pub const FIRST_YEAR: i32 = 2019;
pub const LAST_YEAR: i32 = 2024;

/// What the generator knows about an article: the ground truth the peers are indexed from and
/// the benchmark's filters are chosen from.
#[derive(Clone, Debug, Serialize)]
pub struct Truth {
    pub file: String,
    pub title: String,
    pub outlet: String,
    /// `YYYY-MM-DD`, or `None` when the page states no date.
    pub date: Option<String>,
    pub body_start: usize,
    pub body_end: usize,
    /// Every actor the body mentions, once, in order of first mention.
    pub actors: Vec<(String, Kind)>,
    pub quotes: usize,
}

pub struct Generated {
    pub file: String,
    pub text: String,
    pub truth: Truth,
}

/// SplitMix64: spreads `(seed, stream)` over the generator's state space.
fn mix(seed: u64, stream: u64) -> u64 {
    let mut z = seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn pick<'a, T>(rng: &mut Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Organisations named without "the".
fn bare(name: &str) -> bool {
    name.ends_with(" International")
}

fn canonical_country(name: &str) -> &str {
    name.strip_prefix("the ").unwrap_or(name)
}

impl Roster {
    pub fn new(seed: u64) -> Roster {
        let mut rng = Rng::with_seed(mix(seed, u64::MAX));
        let mut actors = Vec::new();
        for (name, adjective, capital) in COUNTRIES {
            actors.push(ActorDef {
                name: canonical_country(name).to_owned(),
                kind: Kind::Country,
                short: (*name).to_owned(),
                title: String::new(),
                female: false,
                capital: (*capital).to_owned(),
                adjective: (*adjective).to_owned(),
            });
        }
        for (name, acronym) in ORGANISATIONS {
            actors.push(ActorDef {
                name: (*name).to_owned(),
                kind: Kind::Organization,
                short: acronym.map_or_else(|| if bare(name) { (*name).to_owned() } else { format!("the {name}") }, str::to_owned),
                title: String::new(),
                female: false,
                capital: String::new(),
                adjective: String::new(),
            });
        }
        let mut surnames = std::collections::BTreeSet::new();
        while actors.len() < COUNTRIES.len() + ORGANISATIONS.len() + PEOPLE {
            let female = rng.u8(..100) < 40;
            let first = if female { pick(&mut rng, FEMALE_FIRST) } else { pick(&mut rng, MALE_FIRST) };
            let last = format!("{}{}", pick(&mut rng, SURNAME_ROOTS), pick(&mut rng, SURNAME_ENDINGS));
            if !surnames.insert(last.clone()) {
                continue;
            }
            let title = if rng.u8(..100) < 78 {
                let (_, adjective, _) = pick(&mut rng, COUNTRIES);
                pick(&mut rng, STATE_TITLES).replace("{C}", adjective)
            } else {
                let (name, acronym) = pick(&mut rng, ORGANISATIONS);
                pick(&mut rng, ORG_TITLES).replace("{O}", acronym.unwrap_or(name))
            };
            actors.push(ActorDef {
                name: format!("{first} {last}"),
                kind: Kind::Person,
                short: last,
                title,
                female,
                capital: String::new(),
                adjective: String::new(),
            });
        }
        rng.shuffle(&mut actors);
        let mut total = 0.0;
        let cumulative = (0..actors.len())
            .map(|i| {
                total += 1.0 / ((i + 1) as f64 + ZIPF_Q).powf(ZIPF_S);
                total
            })
            .collect();
        Roster { actors, cumulative }
    }

    /// An actor index drawn with Zipf-like weights.
    pub fn draw(&self, rng: &mut Rng) -> usize {
        let total = *self.cumulative.last().expect("a non-empty cast");
        let x = rng.f64() * total;
        self.cumulative.partition_point(|c| *c < x).min(self.actors.len() - 1)
    }

    fn draw_kind(&self, rng: &mut Rng, kind: Kind) -> usize {
        loop {
            let i = self.draw(rng);
            if self.actors[i].kind == kind {
                return i;
            }
        }
    }
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((yoe + era * 400 + i64::from(m <= 2)) as i32, m, d)
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[derive(Clone, Copy)]
struct Date {
    days: i64,
    y: i32,
    m: u32,
    d: u32,
}

impl Date {
    fn from_days(days: i64) -> Date {
        let (y, m, d) = civil_from_days(days);
        Date { days, y, m, d }
    }
    fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday.
        WEEKDAYS[(self.days + 3).rem_euclid(7) as usize]
    }
    fn month(self) -> &'static str {
        MONTHS[self.m as usize - 1]
    }
    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// Writes one article; `cast` is filled as actors are mentioned.
struct Writer<'a> {
    roster: &'a Roster,
    rng: Rng,
    /// The article's main actors (indices into the roster), most important first.
    main: Vec<usize>,
    topics: Vec<&'static str>,
    /// Actors mentioned so far, in order.
    mentioned: Vec<usize>,
    quotes: usize,
    /// The last person quoted, for "she added".
    last_speaker: Option<usize>,
    straight_quotes: bool,
}

impl Writer<'_> {
    /// How the body names actor `i` now: full form the first time, short form after.
    fn mention(&mut self, i: usize) -> String {
        let a = &self.roster.actors[i];
        let first = !self.mentioned.contains(&i);
        if first {
            self.mentioned.push(i);
        }
        match a.kind {
            Kind::Person if first => {
                if self.rng.bool() {
                    format!("{} {}", a.title, a.name)
                } else {
                    let t = a.title.clone();
                    format!("{}, the {},", a.name, t)
                }
            }
            Kind::Person => a.short.clone(),
            Kind::Organization if first => match ORGANISATIONS.iter().find(|(n, _)| *n == a.name) {
                Some((n, Some(acr))) => format!("the {n} ({acr})"),
                _ => a.short.clone(),
            },
            Kind::Organization => a.short.clone(),
            Kind::Country => match self.rng.u8(..10) {
                0 | 1 if !first => a.capital.clone(),
                2 => format!("the {} government", a.adjective),
                _ => a.short.clone(),
            },
        }
    }

    fn cast_member(&mut self, not: &[usize]) -> usize {
        for _ in 0..8 {
            // Earlier main actors come up more often.
            let k = self.main.len();
            let j = (self.rng.usize(..k) + self.rng.usize(..k)) / 2;
            let i = self.main[j.min(k - 1)];
            if !not.contains(&i) {
                return i;
            }
        }
        let i = self.roster.draw(&mut self.rng);
        if !self.main.contains(&i) {
            self.main.push(i);
        }
        i
    }

    fn country(&mut self) -> usize {
        let countries: Vec<usize> = self.main.iter().copied().filter(|i| self.roster.actors[*i].kind == Kind::Country).collect();
        if !countries.is_empty() && self.rng.u8(..4) != 0 {
            *pick(&mut self.rng, &countries)
        } else {
            self.roster.draw_kind(&mut self.rng, Kind::Country)
        }
    }

    fn topic(&mut self) -> &'static str {
        if self.rng.u8(..5) != 0 {
            *pick(&mut self.rng, &self.topics)
        } else {
            *pick(&mut self.rng, TOPICS)
        }
    }

    fn fill(&mut self, template: &str) -> String {
        let mut out = String::new();
        let mut rest = template;
        let mut used = Vec::new();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("closed slot");
            let slot = &rest[open + 1..close];
            let text = match slot {
                "A" | "B" => {
                    let i = self.cast_member(&used);
                    used.push(i);
                    self.mention(i)
                }
                "C" | "C2" => {
                    let i = self.country();
                    self.mention(i)
                }
                "T" | "T2" => self.topic().to_owned(),
                "P" => (*pick(&mut self.rng, PLACES)).to_owned(),
                "W" => (*pick(&mut self.rng, WHEN)).to_owned(),
                "V" => (*pick(&mut self.rng, VENUES)).to_owned(),
                "N" => (self.rng.u32(2..60)).to_string(),
                other => panic!("unknown slot {other}"),
            };
            out.push_str(&text);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        // An apposition ("Name, the title,") before punctuation keeps only the punctuation.
        capitalise(&out.replace(",.", ".").replace(",,", ",").replace(",:", ":"))
    }

    fn quote_text(&mut self) -> String {
        let mut q = { let t = *pick(&mut self.rng, QUOTES); self.fill(t) };
        if self.rng.u8(..3) == 0 {
            q.push_str(". ");
            let more = { let t = *pick(&mut self.rng, QUOTES); self.fill(t) };
            q.push_str(&more);
        }
        q
    }

    fn marks(&self) -> (&'static str, &'static str) {
        if self.straight_quotes {
            ("\"", "\"")
        } else {
            ("“", "”")
        }
    }

    /// A paragraph with a quotation and its cue.
    fn quote_paragraph(&mut self) -> String {
        let (open, close) = self.marks();
        // Speakers are people mostly, sometimes an organisation or a government.
        let speaker = {
            let people: Vec<usize> = self.main.iter().copied().filter(|i| self.roster.actors[*i].kind == Kind::Person).collect();
            if !people.is_empty() && self.rng.u8(..5) != 0 {
                *pick(&mut self.rng, &people)
            } else {
                self.cast_member(&[])
            }
        };
        let person = self.roster.actors[speaker].kind == Kind::Person;
        let q = self.quote_text();
        let verb = *pick(&mut self.rng, &["said", "said", "said", "told reporters", "stressed", "added", "announced"]);
        self.quotes += 1;
        let pronoun = if self.roster.actors[speaker].female { "she" } else { "he" };
        let repeat = self.last_speaker == Some(speaker) && person;
        let text = match self.rng.u8(..7) {
            _ if repeat && self.rng.bool() => {
                if self.rng.bool() {
                    format!("{open}{q},{close} {pronoun} added.")
                } else {
                    format!("{} added: {open}{q}.{close}", capitalise(pronoun))
                }
            }
            0 | 1 => {
                let who = self.mention(speaker);
                format!("{open}{q},{close} {who} {verb}.")
            }
            2 if person && !self.mentioned.contains(&speaker) => {
                self.mentioned.push(speaker);
                let a = &self.roster.actors[speaker];
                format!("{open}{q},{close} said {}, the {}.", a.name, a.title)
            }
            2 => {
                let who = self.mention(speaker);
                format!("{open}{q},{close} said {who}.")
            }
            3 => {
                let who = self.mention(speaker);
                let venue = *pick(&mut self.rng, VENUES);
                format!("{} said {venue}: {open}{q}.{close}", capitalise(&who))
            }
            4 => {
                // Interrupted by its cue: two quotations.
                self.quotes += 1;
                let who = self.mention(speaker);
                let more = self.quote_text();
                format!("{open}{q},{close} {who} {verb}. {open}{more}.{close}")
            }
            5 => {
                let narrative = { let t = *pick(&mut self.rng, NARRATIVE); self.fill(t) };
                let who = self.mention(speaker);
                format!("{narrative} {open}{q},{close} {who} said.")
            }
            _ => {
                let who = self.mention(speaker);
                let topic = self.topic();
                // A scare quote first: not a quotation.
                format!("{} described {topic} as a {open}very important format{close}. {open}{q},{close} {} said.", capitalise(&who), if person { self.roster.actors[speaker].short.clone() } else { who.clone() })
            }
        };
        self.last_speaker = Some(speaker);
        text
    }

    fn narrative_paragraph(&mut self) -> String {
        let n = 2 + self.rng.usize(..3);
        (0..n).map(|_| { let t = *pick(&mut self.rng, NARRATIVE); self.fill(t) }).collect::<Vec<_>>().join(" ")
    }

    fn headline(&mut self) -> String {
        let a = self.main[0];
        let actor = &self.roster.actors[a];
        let short = match actor.kind {
            Kind::Person => actor.short.clone(),
            Kind::Country => canonical_country(&actor.short).to_owned(),
            Kind::Organization => actor.short.trim_start_matches("the ").to_owned(),
        };
        let topic = self.topics[0].trim_start_matches("the ").trim_start_matches("a ");
        let c = self.roster.draw_kind(&mut self.rng, Kind::Country);
        let country = canonical_country(&self.roster.actors[c].short).to_owned();
        let place = *pick(&mut self.rng, PLACES);
        match self.rng.u8(..8) {
            0 => format!("{short}: {country} is interested in progress on {topic}"),
            1 => format!("{short} blames {country} for breakdown in talks on {topic}"),
            2 => format!("{short} Claims {country} Has Abandoned Talks on {}", capitalise(topic)),
            3 => format!("{short} warns of new tensions over {topic} in {place}"),
            4 => format!("{short} dismisses assurances on {topic}"),
            5 => format!("{country} and {short} agree to resume {topic} talks"),
            6 => format!("What is behind the row over {topic}?"),
            _ => format!("{short} says {topic} must continue"),
        }
    }
}

fn other_headline(rng: &mut Rng, roster: &Roster) -> String {
    let t = pick(rng, OTHER_HEADLINES);
    let c = canonical_country(&roster.actors[roster.draw_kind(rng, Kind::Country)].short).to_owned();
    let c2 = loop {
        let c2 = canonical_country(&roster.actors[roster.draw_kind(rng, Kind::Country)].short).to_owned();
        if c2 != c {
            break c2;
        }
    };
    capitalise(
        &t.replace("{C2}", &c2)
            .replace("{C}", &c)
            .replace("{T}", *pick(rng, TOPICS))
            .replace("{N}", &rng.u32(2..20_000).to_string()),
    )
}

const MONTH_ABBR: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The page clutter after the body, in the outlet's style.
fn clutter(rng: &mut Rng, roster: &Roster, outlet: &str, style: Style, date: Date) -> String {
    let mut out = String::new();
    let mut parts: Vec<u8> = Vec::new();
    match style {
        Style::Dateline => parts.extend([0, 1, 2]),
        Style::NumericDate => parts.extend([3]),
        Style::ByLine => {
            if rng.bool() {
                parts.push(4)
            }
        }
        Style::ReporterLine => parts.extend([5, 4]),
        Style::Chrome => parts.extend([4, 6, 7]),
    }
    // Some pages have more, some less.
    if rng.u8(..4) == 0 {
        parts.push(2);
    }
    if rng.u8(..5) == 0 && !parts.is_empty() {
        parts.remove(rng.usize(..parts.len()));
    }
    for part in parts {
        out.push_str("\n\n");
        match part {
            0 => {
                for n in 1..=rng.usize(1..5) {
                    let who = pick(rng, COMMENTERS);
                    let later = Date::from_days(date.days + rng.i64(0..30));
                    let _ = write!(out, "  {n}. {who} says:\n\n    {} {}, {} at {}:{:02} pm\n\n", later.month(), later.d, later.y, rng.u8(1..12), rng.u8(..60));
                    for _ in 0..rng.usize(1..4) {
                        let _ = write!(out, "    {}\n\n", pick(rng, COMMENTS));
                    }
                    out.push_str("    Reply\n\n");
                }
                out.push_str("Leave a Reply\n\nYour email address will not be published. Required fields are marked *");
            }
            1 => {
                out.push_str("You May Also Like\n\n");
                for _ in 0..rng.usize(2..5) {
                    let c = &roster.actors[roster.draw_kind(rng, Kind::Country)];
                    let _ = write!(out, "{}\n\n{} ({outlet}) — {}…\n\n", other_headline(rng, roster), c.capital.to_uppercase(), pick(rng, NARRATIVE).split('{').next().unwrap_or("The"));
                }
            }
            2 => {
                let _ = write!(out, "Sign Up for Our Newsletters\n\nGet notified of the latest updates from {outlet}.");
            }
            3 => {
                out.push_str("Latest news\nLatest news");
                // Other stories, later than this one: dates that are not the article's.
                let mut day = date.days + rng.i64(30..900);
                for _ in 0..rng.usize(5..11) {
                    let d = Date::from_days(day);
                    let _ = write!(out, "{}\n{:02}.{}.{}\n", other_headline(rng, roster), d.d, MONTH_ABBR[d.m as usize - 1], d.y);
                    day -= rng.i64(0..3);
                }
                let d = Date::from_days(date.days + rng.i64(900..1200));
                let _ = write!(out, "\n{} {} {}\n", d.d, MONTH_ABBR[d.m as usize - 1], d.y);
            }
            4 => {
                out.push_str("Read more:\n\n");
                for _ in 0..rng.usize(2..5) {
                    let _ = write!(out, "{}\n\n", other_headline(rng, roster));
                }
                out.push_str("Top Content Trending");
            }
            5 => {
                out.push_str("Other materials on this subject\n");
                for _ in 0..rng.usize(2..6) {
                    let teaser = pick(rng, QUOTES).split('{').next().unwrap_or("We").trim_end();
                    let _ = writeln!(out, "- {} \"{teaser}...", other_headline(rng, roster));
                }
            }
            6 => {
                for _ in 0..rng.usize(4..12) {
                    let _ = write!(out, "-\n{:02}:{:02}{}\n", rng.u8(8..23), rng.u8(..60), other_headline(rng, roster));
                }
            }
            _ => out.push_str("day\nweek\nmonth\nHumidity: %\nWind: km/h\n"),
        }
    }
    out
}

/// Article `index` of the corpus `seed`.
pub fn article(roster: &Roster, seed: u64, index: usize) -> Generated {
    let mut rng = Rng::with_seed(mix(seed, index as u64));
    let (outlet, style) = *pick(&mut rng, OUTLETS);
    let first = days_from_civil(FIRST_YEAR, 1, 1);
    let last = days_from_civil(LAST_YEAR, 12, 31);
    let date = Date::from_days(rng.i64(first..=last));
    let file = format!("{index:05}_{:016x}.txt", rng.u64(..));

    let n_main = rng.usize(2..7);
    let mut main = Vec::new();
    while main.len() < n_main {
        let i = roster.draw(&mut rng);
        if !main.contains(&i) {
            main.push(i);
        }
    }
    let mut topics = Vec::new();
    while topics.len() < 3 {
        let t = *pick(&mut rng, TOPICS);
        if !topics.contains(&t) {
            topics.push(t);
        }
    }
    let straight_quotes = outlet == "Caucasus Watch" || rng.u8(..10) == 0;
    let mut w = Writer { roster, rng, main, topics, mentioned: Vec::new(), quotes: 0, last_speaker: None, straight_quotes };

    let title = w.headline();
    let mut text = String::new();
    if style == Style::Chrome {
        text.push_str(&title);
        text.push_str("\n\nPublished: Updated:\nRead Mode\n100% Font Size\n");
        let _ = writeln!(text, "{} min read\n", w.rng.u8(2..9));
    } else {
        text.push_str(&title);
        text.push_str("\n\n");
    }
    let city = {
        let c = w.country();
        w.roster.actors[c].capital.to_uppercase()
    };
    let mut opener = String::new();
    let mut stated = true;
    match style {
        Style::ByLine => {
            let _ = write!(text, "By {outlet} | {}, {:02} {} {}\n\n", date.weekday(), date.d, date.month(), date.y);
        }
        Style::Dateline => opener = format!("{city}, {} {}, {} — ", date.month(), date.d, date.y),
        Style::NumericDate => {
            let _ = write!(text, "Published: {:02}.{:02}.{} {:02}:{:02}\n\n", date.d, date.m, date.y, w.rng.u8(7..23), w.rng.u8(..60));
            opener = format!("{city} ({outlet}) — ");
        }
        Style::ReporterLine => {
            let first = if w.rng.bool() { pick(&mut w.rng, MALE_FIRST) } else { pick(&mut w.rng, FEMALE_FIRST) };
            let last = format!("{}{}", pick(&mut w.rng, SURNAME_ROOTS), pick(&mut w.rng, SURNAME_ENDINGS));
            let _ = write!(text, "{} {}, {}\nBy {first} {last}\n\n", date.month(), date.d, date.y);
        }
        Style::Chrome => stated = false,
    }
    let body_start = text.len();

    let paragraphs = w.rng.usize(7..16);
    for p in 0..paragraphs {
        let para = if p == 0 {
            format!("{opener}{}", w.narrative_paragraph())
        } else if w.rng.u8(..10) < 4 {
            w.quote_paragraph()
        } else {
            w.narrative_paragraph()
        };
        text.push_str(&para);
        text.push_str("\n\n");
        if style == Style::Chrome && p == 2 {
            text.push_str("For all the latest headlines follow our Google News channel online or via the app.\n\n");
        }
    }
    // The body ends with its last paragraph; the newlines after it belong to the clutter.
    while text.ends_with('\n') {
        text.pop();
    }
    let body_end = text.len();
    let Writer { mut rng, mentioned, quotes, .. } = w;
    text.push_str(&clutter(&mut rng, roster, outlet, style, date));
    text.push('\n');

    let actors = mentioned.iter().map(|i| (roster.actors[*i].name.clone(), roster.actors[*i].kind)).collect();
    let truth = Truth {
        file: file.clone(),
        title,
        outlet: outlet.to_owned(),
        date: stated.then(|| date.iso()),
        body_start,
        body_end,
        actors,
        quotes,
    };
    Generated { file, text, truth }
}

/// The articles `0..n` of the corpus `seed`.
pub fn corpus(seed: u64, n: usize) -> impl Iterator<Item = Generated> {
    let roster = Roster::new(seed);
    (0..n).map(move |i| article(&roster, seed, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_text(seed: u64, n: usize) -> String {
        corpus(seed, n).map(|g| format!("=={}\n{}", g.file, g.text)).collect()
    }

    #[test]
    fn same_seed_and_size_give_the_same_bytes() {
        assert_eq!(all_text(1, 40), all_text(1, 40));
        assert_ne!(all_text(1, 40), all_text(2, 40));
    }

    #[test]
    fn a_smaller_corpus_is_a_prefix_of_a_larger_one() {
        let small: Vec<_> = corpus(7, 10).map(|g| g.text).collect();
        let large: Vec<_> = corpus(7, 30).map(|g| g.text).collect();
        assert_eq!(small[..], large[..10]);
    }

    /// The bytes of a small corpus are pinned: a change here means every published figure was
    /// measured on a different workload. Update the constant only when changing the generator on
    /// purpose, and say so in BENCHMARKS.md.
    #[test]
    fn fingerprint_is_stable() {
        let text = all_text(1, 25);
        let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        assert_eq!(format!("{hash:016x}"), FINGERPRINT, "the generator's output changed");
    }
    const FINGERPRINT: &str = "d522f24d3864e675";

    #[test]
    fn dates_convert_both_ways_and_weekdays_are_right() {
        for days in [-1000, 0, 59, 60, 11_016, 19_165, 20_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        // 8 April 2022 was a Friday; 22 June 2022 a Wednesday.
        assert_eq!(Date::from_days(days_from_civil(2022, 4, 8)).weekday(), "Friday");
        assert_eq!(Date::from_days(days_from_civil(2022, 6, 22)).weekday(), "Wednesday");
    }

    #[test]
    fn articles_look_like_saved_news_pages() {
        let docs: Vec<_> = corpus(3, 300).collect();
        let all: String = docs.iter().map(|g| g.text.as_str()).collect();
        for needle in [" said.", "“", "\"", "By Asbarez | ", " — ", "Latest news", "Read more:", "Leave a Reply", "Sign Up for Our Newsletters", " added", "said "] {
            assert!(all.contains(needle), "no {needle:?} anywhere");
        }
        let mut years = std::collections::BTreeSet::new();
        for g in &docs {
            let t = &g.truth;
            assert!(t.body_start < t.body_end && t.body_end < g.text.len(), "{}", g.file);
            assert!(g.text.is_char_boundary(t.body_end));
            assert!(!t.actors.is_empty(), "{} mentions nobody", g.file);
            assert!(g.text.starts_with(&t.title));
            if let Some(d) = &t.date {
                years.insert(d[..4].to_owned());
            }
            for (name, kind) in &t.actors {
                if *kind == Kind::Person {
                    let last = name.rsplit(' ').next().unwrap();
                    assert!(g.text[..t.body_end].contains(last), "{} does not name {name}", g.file);
                }
            }
        }
        assert!(years.len() >= 5, "dates spread over several years: {years:?}");
        let avg = all.len() / docs.len();
        assert!((2_000..8_000).contains(&avg), "average article {avg} bytes");
    }

    #[test]
    fn actor_frequencies_are_skewed() {
        let roster = Roster::new(1);
        assert!(roster.actors.len() >= 300);
        let mut counts = vec![0usize; roster.actors.len()];
        for g in corpus(1, 2_000) {
            for (name, _) in &g.truth.actors {
                counts[roster.actors.iter().position(|a| &a.name == name).unwrap()] += 1;
            }
        }
        let mut sorted = counts.clone();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        // The most mentioned actor is in many articles, the median one in few, and many appear.
        assert!(sorted[0] > 20 * sorted[sorted.len() / 2].max(1), "{:?}", &sorted[..20]);
        assert!(sorted.iter().filter(|c| **c > 0).count() > 200);
    }
}
