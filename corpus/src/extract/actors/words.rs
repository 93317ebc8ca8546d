//! What the rules know of words: how the article itself uses each word (`ArticleWords`, gathered
//! once before the scan), and the word lists and word tests that more than one step reads
//! (connectors, determiners, locatives, titles, days and months, web names).

use super::super::gazetteer::{SENTENCE_WORDS, TITLE_HEADS};
use super::super::names;
use super::super::text::{is_all_caps, is_capitalised, Word};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Words that join the parts of an organisation's or a title's name.
pub(super) fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "the" | "on" | "in" | "de" | "du" | "des" | "do" | "da" | "dos" | "das" | "del" | "la" | "al" | "bin" | "von" | "van" | "der")
}

/// Whether `w`, lower-cased, is in `list` (of lower-case ASCII words), without lower-casing a
/// copy of an ASCII word.
pub(super) fn lower_in(list: &[&str], w: &str) -> bool {
    if w.is_ascii() {
        list.iter().any(|x| x.eq_ignore_ascii_case(w))
    } else {
        list.contains(&w.to_lowercase().as_str())
    }
}

/// Words before a capital that make it a place, not the government ("talks in Moscow").
pub(super) const LOCATIVES: &[&str] = &[
    "in", "at", "from", "to", "near", "outside", "inside", "around", "via", "into", "visit", "visited", "visiting",
    "visits", "arrived", "returned", "travelled", "traveled", "toward", "towards", "across", "through", "of", "based",
    "downtown", "central", "reporters", "streets", "over", "above",
];

/// Words that determine or govern a noun: a capitalised word after one is a place or a thing
/// ("for Karabakh"), not a person acting.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "over", "into", "about", "against",
    "between", "this", "that", "their", "its", "our", "his", "her", "across", "near", "via", "and", "or",
];

/// How the article uses its words, gathered in one pass and kept in one map (a word's flags are
/// one probe, and the article's words are hashed into one table rather than two):
/// - `LOWER`: written in lower case somewhere in the article, so a capitalised form of it is a
///   sentence start or a common noun, not a name;
/// - `STANDALONE`: a capitalised word used alone the way a surname is ("Varga had led",
///   "Varga’s"): not after a determiner or preposition, not next to another capitalised word, and
///   followed by a lower-case word, a possessive or an age;
/// - `INSIDE`: a capitalised word written after a lower-case word inside a sentence: a name, not
///   a common noun capitalised only by its place ("Team director …").
///
/// A word starting in lower case is never capitalised, so `LOWER` never shares a key with the
/// other two.
pub(super) struct ArticleWords<'t> {
    flags: HashMap<&'t str, u8>,
}

const LOWER: u8 = 1;

pub(super) const STANDALONE: u8 = 2;

pub(super) const INSIDE: u8 = 4;

impl<'t> ArticleWords<'t> {
    pub(super) fn new(text: &'t str, part_words: &[Vec<Word>]) -> Self {
        // Sized for a typical number of distinct words up front, rather than grown by rehashing:
        // about half the words of a news article of 500 words are distinct (the generated corpus:
        // 240 of 514); a vocabulary grows far slower than the text, so a long article is not
        // given a huge table.
        let words = part_words.iter().map(Vec::len).sum::<usize>();
        let mut flags: HashMap<&'t str, u8> = HashMap::with_capacity_and_hasher((words / 2).min(4096), Default::default());
        for ws in part_words {
            for k in 0..ws.len() {
                let w = ws[k].text(text);
                let f = match w.chars().next() {
                    Some(c) if c.is_lowercase() => LOWER,
                    Some(c) if c.is_uppercase() => capitalised_use(text, ws, k),
                    _ => 0,
                };
                if f != 0 {
                    *flags.entry(w).or_default() |= f;
                }
            }
        }
        ArticleWords { flags }
    }

    pub(super) fn has(&self, w: &str, flag: u8) -> bool {
        self.flags.get(w).is_some_and(|f| f & flag != 0)
    }

    /// Whether `w` is written in lower case somewhere in the article.
    pub(super) fn lower(&self, w: &str) -> bool {
        self.has(w, LOWER)
    }
}

/// The `STANDALONE` and `INSIDE` flags of the capitalised word `ws[k]` at this place.
fn capitalised_use(text: &str, ws: &[Word], k: usize) -> u8 {
    let w = ws[k].text(text);
    if is_all_caps(w) || SENTENCE_WORDS.contains(w) {
        return 0;
    }
    let gap_before = if k > 0 { &text[ws[k - 1].end..ws[k].start] } else { "\n" };
    let prev = (k > 0 && !gap_before.contains(['\n', '.', '!', '?'])).then(|| ws[k - 1].text(text));
    let inside = if prev.is_some_and(|p| p.starts_with(char::is_lowercase)) { INSIDE } else { 0 };
    // "Ponte de Sor": a word after a particle ends a longer name, never a surname alone.
    if prev.is_some_and(|p| if is_capitalised(p) { gap_before == " " } else { names::is_inner_particle(p) }) {
        return inside;
    }
    let possessive = possessive_after(text, ws[k]);
    // "in Serrão's kitchen", "and Serrão's crew": a possessive after a determiner or a
    // preposition still shows the word standing alone for someone (`STANDALONE` only proves a
    // name of two or three words whose last word it is, which a place's is not: "Los Angeles'").
    if prev.is_some_and(|p| lower_in(DETERMINERS, p)) && !(possessive && prev.is_some_and(|p| !matches!(p, "the" | "a" | "an"))) {
        return inside;
    }
    let next_lower = ws.get(k + 1).is_some_and(|n| {
        text[ws[k].end..n.start] == *" " && n.text(text).chars().next().is_some_and(char::is_lowercase)
    });
    let alone = if possessive || next_lower || age_after(text, ws[k].end) { STANDALONE } else { 0 };
    alone | inside
}

/// ", 54," after a name: the age news gives a person it introduces ("Maria Lopez, 54, who …"),
/// or in words: "Odile Renaud, a 59-year-old hospital cleaner".
pub(super) fn age_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    if b.get(end..end + 2) != Some(b", ") {
        return false;
    }
    let at = end + 2 + [&b"a "[..], b"an "].iter().find(|a| b[end + 2..].starts_with(a)).map_or(0, |a| a.len());
    let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
    let in_words = at > end + 2 && b[at + digits..].starts_with(b"-year-old");
    (1..=3).contains(&digits) && (in_words || (at == end + 2 && matches!(b.get(at + digits), Some(b',' | b')'))))
}

/// "Renee Castellano's half-built house", "Tom Ruiz's widow": a possessive of what only a
/// person has (a home, a family) after a name, within two words.
pub(super) fn personal_possession_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix("'s ").or_else(|| text[end..].strip_prefix("’s ")) else { return false };
    rest.split_whitespace().take(2).any(|w| {
        matches!(
            w.trim_end_matches([',', '.', ';']),
            "home" | "house" | "husband" | "wife" | "son" | "daughter" | "mother" | "father" | "family" | "children" | "parents"
                | "brother" | "sister" | "widow" | "widower" | "funeral" | "grandmother" | "grandfather"
        )
    })
}

pub(super) fn is_sentence_start(text: &str, w: Word) -> bool {
    let before = text[..w.start].trim_end_matches([' ', '\t', '“', '"', '‘', '\'', '(', '[', '«', '-', '—', '–']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '…', ';']) || before.ends_with("\n")
}

pub(super) fn possessive_after(text: &str, w: Word) -> bool {
    let rest = &text[w.end..];
    rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with("' ") || rest.starts_with("’ ")
}

static DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z][A-Za-z0-9-]*\.(am|com|net|org|ru|az|ge|info|news|co|uk|io|tv|us|eu|de|fr|fyi|ai|app|gov|edu|ca|au|nz|jp|kr|ie|es|pl|nl)$").expect("domain"));

/// A web name ("News.am"). Every one has a dot, which spares the regex nearly every word.
pub(super) fn is_domain(w: &str) -> bool {
    w.contains('.') && DOMAIN.is_match(w)
}

/// Days and months, which follow "on" and "in" after a name without belonging to it.
pub(super) const CALENDAR: &[&str] = &[
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

/// Title words that qualify the next one rather than end the title ("Deputy", "Foreign").
pub(super) fn is_title_modifier(w: &str) -> bool {
    matches!(
        w,
        "Deputy" | "Vice" | "Assistant" | "Foreign" | "Defence" | "Defense" | "Interior" | "Finance" | "Economy"
            | "Health" | "Prime" | "Acting" | "Former" | "Senior" | "First" | "Executive" | "Press" | "Special" | "Permanent"
    )
}

/// A job title, singular or plural ("Ministers").
pub(super) fn is_title(w: &str) -> bool {
    let one = |w: &str| TITLE_HEADS.contains(w) || w.strip_suffix('s').is_some_and(|x| TITLE_HEADS.contains(x));
    // "Director-General", "Secretary-General": hyphenated titles.
    one(w) || (w.contains('-') && (w.split('-').all(|p| TITLE_HEADS.contains(p)) || is_family_descriptor(w)))
}

/// "Mother-of-two", "Father-of-three", "Grandmother-of-5": what the press writes in front of a
/// parent's name, as it writes a title.
fn is_family_descriptor(w: &str) -> bool {
    let mut parts = w.split('-');
    let (Some(who), Some("of"), Some(count), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return false };
    let who = who.to_lowercase();
    let who = who.strip_prefix("great").map(|x| x.trim_start_matches('-')).unwrap_or(&who);
    let who = who.strip_prefix("grand").unwrap_or(who);
    ["mother", "father", "mum", "mom", "dad", "ma", "pa", "parent"].contains(&who)
        && (count.bytes().all(|b| b.is_ascii_digit())
            || ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].contains(&count))
}

/// Function words that start a sentence in front of an organisation's name ("The OSCE …").
pub(super) fn is_leading_function_word(w: &str) -> bool {
    matches!(
        w,
        "The" | "A" | "An" | "In" | "On" | "At" | "By" | "For" | "From" | "To" | "And" | "But" | "As" | "With" | "Of"
            | "Neither" | "Either" | "Both" | "Nor" | "Whether" | "While" | "When" | "If" | "Although" | "After"
            | "Before" | "Since" | "Unlike" | "Like" | "Under" | "Meanwhile" | "However" | "Also" | "Yet" | "So"
            | "Then" | "Now" | "Only" | "Even" | "Without" | "Despite" | "During" | "Following" | "Amid" | "Against"
    )
}

/// "Cooperation", "Management", "Security", "Registration": an abstract noun, which a suffix of
/// action, state or quality marks, names a portfolio or a thing, never a person.
pub(super) fn is_abstract_noun(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    w.len() >= 7 && ["tion", "sion", "ment", "ity", "ness", "ship", "ism", "ance", "ence"].iter().any(|s| w.ends_with(s))
}

/// Words before a place's name that make another, smaller or larger, place of it ("North
/// Dorset", "Greater Sydney", "Upper Colo"): no person's name follows them.
pub(super) fn is_place_qualifier(w: &str) -> bool {
    matches!(
        w,
        "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western" | "Central" | "Upper" | "Lower" | "Greater" | "Inner" | "Outer"
    )
}

/// Nouns for a feature of the land or the water that end a place's name ("Mountain Lagoon",
/// "Cedar Creek"): a name ending in one is a place, not a person.
pub(super) fn is_landform(w: &str) -> bool {
    matches!(
        w,
        "Lagoon" | "Creek" | "Valley" | "Lake" | "River" | "Bay" | "Island" | "Islands" | "Mountains" | "Hills" | "Falls" | "Beach" | "Canyon" | "Gorge" | "Peninsula" | "Harbour" | "Harbor" | "Estuary" | "Glacier" | "Delta" | "Plains" | "Heights" | "Alps" | "Range" | "Ridge" | "Pass" | "Desert" | "Strait"
    )
}
