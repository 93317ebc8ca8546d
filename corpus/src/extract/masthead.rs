//! The lines above and around the story: headline, byline, dateline, and the outlet's name.
//!
//! - The **headline** is the first line of the page when it reads like one: short, not a
//!   sentence of prose, not a dateline lede ("MOSCOW — Russia on Wednesday …").
//! - The **byline** ("By Asbarez | Friday, 08 April 2022") names an outlet when what follows
//!   "By" is not a person's name; it is never read for actors.
//! - The **outlet** is, in order: the byline's outlet; a credit for the whole story ("…,
//!   News.am reports."); the agency in a dateline ("YEREVAN (RFE/RL) —"); the site naming
//!   itself in its furniture ("latest updates from MassisPost").

use super::segment::{inline_clutter, is_prose, Segments};
use super::text::Line;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Masthead {
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// Byline lines and dateline prefixes: read for dates, never for actors.
    pub furniture: Vec<(usize, usize)>,
    /// The lines before the first paragraph of prose (indices into the line list).
    pub header_lines: std::ops::Range<usize>,
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*([A-Z][A-Z .'’-]{2,}(?:,\s*[A-Za-z .]+)?)(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(([^)]{2,40})\))?\s*[—–-]{1,2}\s")
        .expect("dateline")
});
/// The agency dateline of Russian wires: "MOSCOW, October 5. /TASS/."
static SLASH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[A-Z][A-Z .'’-]{2,},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*/([^/\n]{2,40})/\.?\s").expect("slash dateline")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:By|BY|by)\s+(\S.*?)\s*$").expect("byline"));
/// What separates a byline's fields: "Jane Holloway | Reuters | March 14, 2023",
/// "Jane Holloway / AP", "Jane Holloway, Reuters".
static BYLINE_FIELDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*(?:[|•·/,]|\s[—–-])\s*").expect("byline fields"));
/// A person's name as a byline gives it: two to four capitalised words.
static AUTHOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$").expect("author"));
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,;]\s+([A-Z][\w&/-]*(?:\.[a-z]{2,4})?(?:\s[A-Z][\w&/.-]*){0,3})\s+(?:reports|writes|informs)\.").expect("credit")
});
static SELF_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:latest (?:news|updates|stories|headlines) from|newsletters? (?:from|of)|©\s*(?:\d{4}\s*)?|copyright\s*(?:©\s*)?(?:\d{4}\s*)?)\s*(?:the\s+)?([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})")
        .expect("self name")
});

/// Where the first match of `SELF_NAME` can start at the earliest, or `None` when the text holds
/// none of what every match holds: "©", or "copyright", "newsletter" or "latest" in any case
/// (case-insensitive matching also reads 'ſ' as 's'; no other letter here has a non-ASCII form).
/// Most articles hold none, and those that do hold it in the page's tail: this scan costs a
/// fraction of the regex's search through the whole text.
fn self_name_from(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let at = |i: usize, word: &str| b.get(i..i + word.len()).is_some_and(|x| x.eq_ignore_ascii_case(word.as_bytes()));
    let latest = |i: usize| at(i, "late") && (at(i + 4, "st") || (text[i + 4..].starts_with('ſ') && at(i + 6, "t")));
    let first_l = memchr::memchr3_iter(b'l', b'L', 0xC2, b).find_map(|i| {
        if (b[i] == 0xC2 && b.get(i + 1) == Some(&0xA9)) || latest(i) {
            Some(i)
        } else {
            // "letter" ends "newsletter" (or "newſletter"), whose match starts up to 5 bytes before.
            at(i, "letter").then(|| super::text::floor_boundary(text, i.saturating_sub(5)))
        }
    });
    let first_c = memchr::memchr2_iter(b'c', b'C', b).find(|&i| at(i, "copyright"));
    first_l.into_iter().chain(first_c).min()
}

/// Words that mark an outlet's name rather than a person's.
const MEDIA_WORDS: &[&str] = &[
    "News", "Times", "Post", "Press", "Agency", "Radio", "TV", "Television", "Daily", "Journal", "Herald", "Tribune",
    "Gazette", "Media", "Online", "Wire", "Network", "Service", "Report", "Review", "Magazine", "Channel", "Today",
    "Observer", "Guardian", "Telegraph", "Express", "Mirror", "Monitor", "Insider", "Staff", "Desk", "Bureau",
];

pub fn read(text: &str, lines: &[Line], seg: &Segments) -> Masthead {
    let mut m = Masthead::default();
    let body_lines: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].start < seg.body_end).collect();
    let first_prose = body_lines.iter().copied().find(|&i| is_prose(lines[i].text(text))).unwrap_or(body_lines.len());
    m.header_lines = 0..first_prose.min(12);
    m.title = title(text, lines, first_prose);
    let mut byline_outlet = None;
    for &i in &body_lines {
        let t = lines[i].text(text);
        if i > first_prose && !t.trim_start().starts_with("By ") {
            continue;
        }
        let fields = match BYLINE.captures(t) {
            Some(c) => byline_fields(c.get(1).map_or("", |g| g.as_str())),
            // Without "By", only an author's name and another field in the header:
            // "Jane Holloway / AP".
            None if i < first_prose => {
                let f = byline_fields(t);
                if f.len() < 2 || !AUTHOR.is_match(f[0]) {
                    continue;
                }
                f
            }
            None => continue,
        };
        if fields.first().is_some_and(|w| w.split_whitespace().count() <= 6) {
            m.furniture.push((lines[i].start, lines[i].end));
            byline_outlet = byline_outlet.or_else(|| outlet_in_byline(&fields));
        }
    }
    let mut dateline_agency = None;
    if let Some(&i) = body_lines.get(first_prose.min(body_lines.len().saturating_sub(1))) {
        let t = lines[i].text(text);
        let dateline = DATELINE.captures(t).map(|c| (c.get(0), c.get(2))).or_else(|| SLASH_DATELINE.captures(t).map(|c| (c.get(0), c.get(1))));
        if let Some((Some(whole), agency)) = dateline {
            m.furniture.push((lines[i].start + whole.start(), lines[i].start + whole.end()));
            dateline_agency = agency.map(|a| a.as_str().trim().to_string());
        }
    }
    // A credit sits in the first paragraphs.
    let credit = body_lines
        .iter()
        .filter(|&&i| !lines[i].is_blank(text))
        .take(first_prose + 3)
        .find_map(|&i| CREDIT.captures(lines[i].text(text)).map(|c| c[1].to_string()));
    // The regex has no look-around, so searching from where a match can first start finds
    // the same matches.
    let self_named = self_name_from(text).and_then(|from| {
        SELF_NAME
            .captures_iter(&text[from..])
            .map(|c| c[1].trim_end_matches('.').to_string())
            .find(|n| !n.starts_with("Google") && !n.is_empty())
    });
    m.outlet = byline_outlet.or(credit).or(dateline_agency).or(self_named);
    m
}

fn title(text: &str, lines: &[Line], first_prose: usize) -> Option<String> {
    let line = lines
        .iter()
        .take(first_prose.max(1))
        .map(|l| l.trimmed(text))
        .find(|t| !t.is_empty() && inline_clutter(t).is_none() && !is_section_label(t))?;
    let words = line.split_whitespace().count();
    if words > 30 || DATELINE.is_match(line) || BYLINE.is_match(line) {
        return None;
    }
    if line.ends_with('.') && words > 20 {
        return None;
    }
    Some(line.to_string())
}

/// "OPINION", "WORLD NEWS": the section a page files the story under, above its headline.
fn is_section_label(line: &str) -> bool {
    line.split_whitespace().count() <= 2 && line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
}

/// The fields of a byline, without dates and times ("March 14, 2023" splits into "March 14" and
/// "2023"; neither is an outlet).
fn byline_fields(s: &str) -> Vec<&str> {
    BYLINE_FIELDS
        .split(s.trim().trim_end_matches('.'))
        .map(str::trim)
        .filter(|p| !p.is_empty() && !p.chars().any(|c| c.is_ascii_digit()) && !is_calendar_word(p))
        .collect()
}

/// "Friday", "Updated", "March": fields of a byline that date it.
fn is_calendar_word(p: &str) -> bool {
    let first = p.split_whitespace().next().unwrap_or_default().trim_end_matches([',', '.', ':']);
    super::gazetteer::SENTENCE_WORDS.contains(first) && p.split_whitespace().count() <= 2
}

/// "Asbarez" or "Reuters" is an outlet; "John Smith" is an author, unless an outlet follows.
fn outlet_in_byline(fields: &[&str]) -> Option<String> {
    let is_outlet = |p: &str| {
        let ws: Vec<&str> = p.split_whitespace().collect();
        ws.len() == 1 || p.contains('.') || ws.iter().any(|w| MEDIA_WORDS.contains(w))
    };
    fields.iter().rev().find(|p| is_outlet(p) && p.chars().next().is_some_and(char::is_uppercase)).map(|p| p.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::segment::segment;
    use crate::extract::text::lines;

    fn mast(t: &str) -> Masthead {
        let l = lines(t);
        read(t, &l, &segment(t, &l))
    }

    const LEDE: &str = "Officials on Monday said that the negotiations would resume next week after a pause of two months.";

    #[test]
    fn headline_byline_outlet() {
        let m = mast(&format!("Talks Resume\n\nBy Daily Star | Friday, 08 April 2022\n\n{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Talks Resume"));
        assert_eq!(m.outlet.as_deref(), Some("Daily Star"));
        assert_eq!(m.furniture.len(), 1);
    }

    #[test]
    fn bylines_with_fields() {
        for b in ["By Jane Holloway | Reuters | March 14, 2023", "By Jane Holloway, Reuters", "Jane Holloway / Reuters", "BY JANE HOLLOWAY • Reuters • Updated 14 March 2023"] {
            let m = mast(&format!("Rates Hold\n\n{b}\n\n{LEDE}\n"));
            assert_eq!(m.outlet.as_deref(), Some("Reuters"), "{b}");
            assert_eq!(m.furniture.len(), 1, "{b}");
        }
        assert_eq!(mast(&format!("Rates Hold\n\nBy Jane Holloway | March 14, 2023\n\n{LEDE}\n")).outlet, None);
    }

    #[test]
    fn a_person_byline_is_no_outlet_and_a_lede_no_title() {
        let m = mast(&format!("PARIS — {LEDE}\n\nBy John Smith\n"));
        assert_eq!(m.title, None);
        assert_eq!(m.outlet, None);
    }

    #[test]
    fn the_self_name_test_passes_every_text_the_regex_matches() {
        for t in ["© 2024 Foo", "Copyright Foo", "COPYRIGHT © 2023 Bar", "Latest news from Baz", "LATEſT stories from Baz", "newsletters of Qux", "NEWSLETTER FROM Qux"] {
            let first = SELF_NAME.find(t).unwrap().start();
            assert!(self_name_from(t).is_some_and(|from| from <= first), "{t}");
            let padded = format!("Some text first. {t}");
            let first = SELF_NAME.find(&padded).unwrap().start();
            assert!(self_name_from(&padded).is_some_and(|from| from <= first), "{padded}");
        }
        assert_eq!(self_name_from("The latter, late in the day, copied it"), None);
    }

    #[test]
    fn credits_and_dateline_agencies() {
        assert_eq!(mast(&format!("Title\nHe told TASS about it, Foo.am reports.\n{LEDE}\n")).outlet.as_deref(), Some("Foo.am"));
        assert_eq!(mast(&format!("Title\nKYIV (Reuters) — {LEDE}\n")).outlet.as_deref(), Some("Reuters"));
        assert_eq!(mast(&format!("Title\nMOSCOW, October 5. /TASS/. {LEDE}\n")).outlet.as_deref(), Some("TASS"));
        assert_eq!(mast(&format!("OPINION\n\nTalks Resume\n\n{LEDE}\n")).title.as_deref(), Some("Talks Resume"));
        assert_eq!(mast(&format!("Title\n{LEDE}\nGet notified of the latest updates from NewsSite.\n")).outlet.as_deref(), Some("NewsSite"));
    }
}
