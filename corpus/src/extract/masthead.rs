//! The lines above and around the story: headline, byline, dateline, and the outlet's name.
//!
//! - The **headline** is the first line of the page when it reads like one: short, not a
//!   sentence of prose, not a dateline lede ("MOSCOW — Russia on Wednesday …"). On a page
//!   built of furniture (menus, a cookie banner) it is the run of text right above the lines
//!   that sign or date the story ("By …", "3 hours ago", a date stamp) or above its first
//!   paragraph: what comes first there is a menu item, a notice or the site's name.
//! - The **byline** ("By Asbarez | Friday, 08 April 2022") names an outlet when what follows
//!   "By" is not a person's name; it is never read for actors. Nor is an **author note** closing
//!   the story ("Anna Keller is a correspondent for …", "The author is a senior fellow at …"):
//!   where the writer works is not what the story is about.
//! - The **outlet** is, in order: the byline's outlet; a credit for the whole story ("…,
//!   News.am reports."); the agency in a dateline ("YEREVAN (RFE/RL) —"); the site naming
//!   itself in its furniture ("latest updates from MassisPost").

use super::segment::{inline_clutter, is_author_note, is_prose, stamp_label, Segments};
use super::text::Line;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Masthead {
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// Byline lines and dateline prefixes: read for dates, never for actors.
    pub furniture: Vec<(usize, usize)>,
    /// On a page built of furniture, everything above the headline (banner, menus, tickers, the
    /// site's name): the page's chrome, never read for actors.
    pub chrome: Option<(usize, usize)>,
    /// The lines before the first paragraph of prose (indices into the line list).
    pub header_lines: std::ops::Range<usize>,
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(\p{Lu}[\p{Lu} .'’/-]{2,}(?:,\s*[\p{L} .]+)?)(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\(([^)]{2,40})\))?\s*[—–-]{1,2}\s")
        .expect("dateline")
});
/// The agency dateline of Russian wires: "MOSCOW, October 5. /TASS/."
static SLASH_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[A-Z][A-Z .'’-]{2,},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*/([^/\n]{2,40})/\.?\s").expect("slash dateline")
});
/// A byline by its lead word: "By Jane Doe", "Written by Jane Doe", "Text: Jane Doe", "Words: …".
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:By|BY|by|(?:Written|Words|Text|Story|Report(?:ed)?) by|WRITTEN BY|(?:Text|TEXT|Words|WORDS|Author|AUTHOR|Byline|BYLINE|Autor|AUTOR|Auteur|Autore|Yazar|Forfatter|Författare|Kirjoittaja)\s*:)\s+(\S.*?)\s*$").expect("byline")
});

/// The line of an author note among the last two lines of a story, if there is one. A name must
/// not occur in the story above it: a person the story is about is described, not noted.
fn author_note(text: &str, lines: &[Line], body_lines: &[usize], first_prose: usize) -> Option<usize> {
    let story_start = lines.get(first_prose)?.start;
    body_lines.iter().rev().copied().filter(|&i| !lines[i].is_blank(text)).take(2).find(|&i| {
        let t = lines[i].trimmed(text);
        i > first_prose && is_author_note(t, &text[story_start..lines[i].start])
    })
}

/// A line crediting the story's other reporters: "— With a report from Jerome Bautista, Bicol
/// bureau", "(Additional reporting by Tom Hale)", "Reporting by Ana Ruiz; Editing by Tom Hale".
/// Not an agency's copy ("With files from The Canadian Press"): the agency may count as the
/// story's actor.
fn contributor_credit(line: &str) -> bool {
    static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\s—–(-]*(?:[Ww]ith (?:a |additional )?(?:reports?|reporting) (?:from|by)|(?:[Aa]dditional )?[Rr]eporting by|[Cc]ompiled by|[Ee]dit(?:ed|ing) by|[Ww]rit(?:ten|ing) by)\s").expect("credit line")
    });
    line.len() <= 300 && CREDIT_LINE.is_match(line)
}

/// Whether `BYLINE` can match `line`: every one of its lead words starts with one of these
/// letters after the white space. Spares the regex nearly every line of prose.
fn may_be_byline(line: &str) -> bool {
    line.trim_start().starts_with(['B', 'b', 'W', 'T', 'S', 'R', 'A', 'Y', 'F', 'K'])
}

/// What separates a byline's fields: "Jane Holloway | Reuters | March 14, 2023",
/// "Jane Holloway / AP", "Jane Holloway, Reuters".
static BYLINE_FIELDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*(?:[|•·/,]|\s[—–-])\s*").expect("byline fields"));
/// A person's name as a byline gives it: two to four capitalised words.
/// Two authors may share one byline ("Jane Doe and John Roe").
static AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}";
    Regex::new(&format!(r"^{name}(?:\s+(?:and|AND|&)\s+{name})*$")).expect("author")
});
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[,;]\s+([A-Z][\w&/-]*(?:\.[a-z]{2,4})?(?:\s[A-Z][\w&/.-]*){0,3})\s+(?:reports|writes|informs)\.").expect("credit")
});
/// The outlet naming itself: "Latest news from X", "newsletters of X", "© 2024 X", "Copyright X".
const SELF_NAME: &str = r"(?i:latest (?:news|updates|stories|headlines) from|alerts from|newsletters? (?:from|of)|©\s*(?:\d{4}\s*)?|copyright\s*(?:©\s*)?(?:\d{4}\s*)?)\s*(?:the\s+)?([A-Z](?:[\w&-]|\.\w)*(?: [A-Z](?:[\w&-]|\.\w)*){0,3})";
/// `SELF_NAME` anchored: tried only where a match can start (`self_name_starts`).
static SELF_NAME_AT: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"\A(?:{SELF_NAME})")).expect("self name"));

/// Every place where a match of `SELF_NAME` can start, in order: "©", and "copyright", "latest",
/// "alerts" and "newsletter" in any case (case-insensitive matching also reads 'ſ' as 's'; no other letter
/// here has a non-ASCII form). Most texts have none or a few, so trying the regex at these places
/// costs a fraction of its search through the whole text.
fn self_name_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let at = |i: usize, word: &str| b.get(i..i + word.len()).is_some_and(|x| x.eq_ignore_ascii_case(word.as_bytes()));
    let latest = |i: usize| at(i, "late") && (at(i + 4, "st") || (text[i + 4..].starts_with('ſ') && at(i + 6, "t")));
    // "alerts from" ("alertſ from"), found at its 'l'.
    let alerts = |i: usize| at(i, "alert") && (at(i + 5, "s from") || (text[i + 5..].starts_with('ſ') && at(i + 7, " from")));
    let mut starts = Vec::new();
    for i in memchr::memchr3_iter(b'l', b'L', 0xC2, b) {
        // Most hits are an 'l' of some other word: the next byte rules them out.
        let next = b.get(i + 1).copied().unwrap_or(0);
        if b[i] != 0xC2 && !matches!(next | 0x20, b'a' | b'e') {
            continue;
        }
        if (b[i] == 0xC2 && next == 0xA9) || latest(i) {
            starts.push(i);
        } else if i > 0 && alerts(i - 1) {
            starts.push(i - 1);
        } else if at(i, "letter") {
            // "newsletter" or "newſletter": the match starts 4 or 5 bytes before "letter".
            starts.extend([i.wrapping_sub(5), i.wrapping_sub(4)].into_iter().filter(|&s| s < i && text.is_char_boundary(s)));
        }
    }
    starts.extend(memchr::memchr2_iter(b'c', b'C', b).filter(|&i| at(i, "copyright")));
    starts.sort_unstable();
    starts.dedup();
    starts
}

/// The matches of `SELF_NAME` in `text`, left to right and not overlapping, as its unanchored
/// search finds them: the anchored regex tried at each possible start after the last match
/// (it has no look-behind, so a match at a place does not depend on the text before it).
fn self_names(text: &str) -> impl Iterator<Item = regex::Captures<'_>> {
    let mut resume = 0;
    self_name_starts(text).into_iter().filter_map(move |start| {
        if start < resume {
            return None;
        }
        let c = SELF_NAME_AT.captures(&text[start..])?;
        resume = start + c.get(0).map_or(0, |m| m.end());
        Some(c)
    })
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
    // A cookie banner opening the page is neither its header nor its first paragraph.
    let banner = banner_end(text, lines);
    let first_prose = body_lines
        .iter()
        .copied()
        .find(|&i| i >= banner && is_prose(lines[i].text(text)) && !is_notice(lines[i].trimmed(text)))
        .unwrap_or(body_lines.len());
    m.header_lines = 0..first_prose.min(12);
    // The first line that may be the headline, found once: the nameplate test needs it too.
    // On a page with navigation in its header, short lines above the headline are the page's
    // furniture (its name, a section, account links), and a headline has a few words: the first
    // line that has them is preferred. Elsewhere a short first line ("Rates Hold") is the headline.
    let header_end = first_prose.max(1).min(lines.len());
    let furnished = banner > 0
        || (0..header_end).any(|i| {
            let t = lines[i].trimmed(text);
            is_menu(t) || breadcrumb(t).is_some() || (t.len() < 40 && menu_column(text, lines, i))
        });
    let candidate = |from: usize| {
        let header = from..header_end;
        let may = |i: &usize| may_be_title(lines[*i].trimmed(text));
        let shaped = header.clone().filter(may).find(|&i| headline_shaped(lines[i].trimmed(text)));
        shaped.filter(|_| furnished).or_else(|| header.clone().find(may))
    };
    let first_title = candidate(banner);
    let nameplate = nameplate(text, lines, banner, first_prose, first_title);
    if let Some((i, _)) = &nameplate {
        m.furniture.push((lines[*i].start, lines[*i].end));
    }
    // A nameplate above the headline is not it: the next candidate is, below the site's
    // navigation when the nameplate has one (a tagline between them is furniture too).
    let navigation = nameplate.as_ref().and_then(|n| navigation_below(text, lines, n.0));
    let title_line = match navigation {
        Some(k) => candidate(k + 1),
        None if nameplate.as_ref().map(|n| n.0) == first_title => first_title.and_then(|t| candidate(t + 1)),
        None => first_title,
    };
    // A page built of furniture puts its headline right above the lines that sign and date the
    // story (or above its first paragraph); its first candidate line is often a menu item.
    let title_line = furnished
        .then(|| headline_over_meta(text, lines, banner, header_end.min(first_prose), nameplate.as_ref().map(|(i, n)| (*i, n.as_str()))))
        .flatten()
        .or(title_line);
    m.title = title_line.and_then(|i| title(lines[i].trimmed(text)));
    if let Some(i) = title_line.filter(|&i| furnished && i > 0 && m.title.is_some()) {
        m.chrome = Some((0, lines[i].start));
    }
    let mut byline_outlet = None;
    let mut unsigned_outlet = None;
    let mut crumb_outlet: Option<String> = None;
    // The line after a byline in the header, where a page may put the outlet on its own.
    let mut after_byline: Option<usize> = None;
    for &i in &body_lines {
        let t = lines[i].text(text);
        let marked = may_be_byline(t).then(|| BYLINE.captures(t)).flatten();
        // Below the first paragraph a byline (often at the story's end) must say "By" and name
        // people or an agency: "By Tuesday, the water had gone." is prose.
        let after_prose = i > first_prose;
        if after_prose && marked.as_ref().and_then(|c| byline_fields(c.get(1).map_or("", |g| g.as_str())).first().copied()).is_none_or(|f| !is_byline_name(f)) {
            continue;
        }
        let signed = marked.is_some();
        let fields = match marked {
            Some(c) => byline_fields(c.get(1).map_or("", |g| g.as_str())),
            // Without "By", only an author's name and another field in the header:
            // "Jane Holloway / AP".
            // Without "By", only an author's name and another field in the header, and never
            // the headline ("Lavrov Claims U.S., France Have …" has fields too).
            None if i < first_prose && Some(i) != title_line => {
                if let Some(site) = breadcrumb(t) {
                    // Only above the headline: below it, bars of fields are share buttons.
                    // "POLITICS > ARIZONA LEGISLATURE": a section in capitals is no site's name.
                    if !is_home_link(site) && !is_section_label(site) && title_line.is_none_or(|h| i < h) {
                        crumb_outlet = crumb_outlet.or_else(|| Some(site.to_string()));
                    }
                    continue;
                }
                let f = byline_fields(t);
                if f.len() < 2 || !AUTHOR.is_match(f[0]) || reads_as_sentence(t) || is_menu(t) {
                    continue;
                }
                f
            }
            None => continue,
        };
        if fields.first().is_some_and(|w| w.split_whitespace().count() <= 6) {
            m.furniture.push((lines[i].start, lines[i].end));
            // Without "By", "Harpreet Sandhu, Chandigarh" is as often a place as an outlet: the
            // site's own nameplate outranks it.
            let found = if signed { &mut byline_outlet } else { &mut unsigned_outlet };
            *found = found.take().or_else(|| outlet_in_byline(&fields, &text[lines[i].end..]));
            after_byline = after_byline.or((i < first_prose).then_some(i + 1));
        }
    }
    // "By JANE DOE\nBaltic Herald\nMarch 14, 2023": the outlet on the line under the names.
    if let (None, Some(next)) = (&byline_outlet, after_byline.and_then(|k| (k..first_prose).find(|&k| !lines[k].is_blank(text)))) {
        let t = lines[next].trimmed(text);
        let fields = byline_fields(t);
        if let [field] = fields[..] {
            if field.split_whitespace().count() <= 4 && field.len() + 1 >= t.len() {
                byline_outlet = outlet_in_byline(&fields, &text[lines[next].end..]);
                if byline_outlet.is_some() {
                    m.furniture.push((lines[next].start, lines[next].end));
                }
            }
        }
    }
    if let Some(i) = author_note(text, lines, &body_lines, first_prose) {
        m.furniture.push((lines[i].start, lines[i].end));
    }
    // Who else reported the story, under it: its contributors are no actors of it.
    for &i in body_lines.iter().rev().filter(|&&i| i > first_prose && !lines[i].is_blank(text)).take(3) {
        if contributor_credit(lines[i].trimmed(text)) {
            m.furniture.push((lines[i].start, lines[i].end));
        }
    }
    let mut dateline_agency = None;
    // A photo's caption, its credit in brackets, may stand above the paragraph with the dateline.
    let caption_above = |i: usize| lines[i].trimmed(text).ends_with(')') && dateline_at(lines[i].text(text)).is_none();
    let first_paragraph = body_lines.get(first_prose.min(body_lines.len().saturating_sub(1))).map(|&i| {
        if caption_above(i) {
            body_lines.iter().copied().skip_while(|&k| k <= i).find(|&k| !lines[k].is_blank(text)).unwrap_or(i)
        } else {
            i
        }
    });
    if let Some(i) = first_paragraph {
        // Or the paragraph's first line: a page saved hard-wrapped breaks the paragraph into lines
        // of one width, and the first that reads as prose may be its second.
        let wrapped_start = (0..i).rev().take_while(|&k| lines[k].trimmed(text).len() >= 40 && !is_meta(lines[k].trimmed(text))).last();
        let i = match wrapped_start {
            Some(k) if dateline_at(lines[i].text(text)).is_none() && dateline_at(lines[k].text(text)).is_some() => k,
            _ => i,
        };
        let t = lines[i].text(text);
        let dateline = dateline_at(t);
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
    // The site naming itself is looked for (through the whole text) only when nothing else names it.
    let self_named = || self_names(text).map(|c| c[1].trim_end_matches('.').to_string()).find(|n| !n.starts_with("Google") && !n.is_empty());
    let magazine = || magazine_intro(text, lines, &body_lines, first_prose);
    let issuer = || release_issuer(text, lines, first_prose);
    m.outlet = byline_outlet
        .or(credit)
        .or_else(|| nameplate.map(|n| n.1))
        .or(unsigned_outlet)
        .or_else(magazine)
        .or(crumb_outlet)
        .or(dateline_agency)
        .or_else(issuer)
        .or_else(self_named);
    m
}

/// The dateline opening `line` (its whole match) and the agency it credits, if any.
fn dateline_at(line: &str) -> Option<(Option<regex::Match<'_>>, Option<regex::Match<'_>>)> {
    DATELINE.captures(line).map(|c| (c.get(0), c.get(2))).or_else(|| SLASH_DATELINE.captures(line).map(|c| (c.get(0), c.get(1))))
}

/// Whether a header line may be the headline: not furniture, a label, a byline or a date line.
fn may_be_title(t: &str) -> bool {
    // A date line alone ("February 12, 2025", "17.01.2024").
    let date_only = t.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
        w.is_empty() || w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ':' | '/')) || super::dates::is_month_or_weekday(w)
    });
    !t.is_empty()
        && inline_clutter(t).is_none()
        && !is_section_label(t)
        && !BYLINE.is_match(t)
        && breadcrumb(t).is_none()
        && !is_menu(t)
        && !is_release_kicker(t)
        && !date_only
        && !super::dates::is_date_line(t)
}

/// The headline, if the first candidate line reads like one.
fn title(line: &str) -> Option<String> {
    let words = line.split_whitespace().count();
    if words > 30 || DATELINE.is_match(line) {
        return None;
    }
    if line.ends_with('.') && words > 20 {
        return None;
    }
    Some(line.to_string())
}

/// Four words or more with letters in them, in one run of text: "Court clears Pilbara lithium
/// mine", not "The Prairie Sentinel", "State Politics", "Subscribe for $1" or "Sign in    Support
/// us from €1" (wide gaps and bars part the items of page furniture, never a headline's words).
fn headline_shaped(t: &str) -> bool {
    !t.trim().contains("  ")
        && !t.contains('|')
        && t.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()).nth(3).is_some()
}

/// The headline of a page built of furniture: the first line of the run of headline-shaped lines
/// (the headline, perhaps a standfirst, an author's name) right above the first line that signs
/// or dates the story ("By …", "Published …", "3 hours ago", a date stamp), or, with none of
/// those, above the first paragraph. A few lines between (a label, a name) may be passed over
/// before the run starts; menus, notices and the site's own name (its nameplate line, or the name
/// repeated) end it.
fn headline_over_meta(text: &str, lines: &[Line], top: usize, first_prose: usize, plate: Option<(usize, &str)>) -> Option<usize> {
    let candidate = |i: usize| {
        let t = lines[i].trimmed(text);
        may_be_title(t) && headline_shaped(t) && !t.ends_with('.') && !is_notice(t) && !is_meta(t) && plate.is_none_or(|(k, s)| i != k && t != s)
    };
    // A short headline ("The keepers") only right above the story: short lines elsewhere are labels.
    let short = |i: usize| {
        let t = lines[i].trimmed(text);
        let mut words = t.split_whitespace();
        let lead = words.next().unwrap_or_default();
        let rest: Vec<&str> = words.collect();
        matches!(rest.len(), 1 | 2)
            && ["The", "A", "An"].contains(&lead)
            && rest.iter().any(|w| w.starts_with(char::is_lowercase) && !is_name_connector(w))
            && may_be_title(t)
            && !t.ends_with('.')
    };
    let run_above = |anchor: usize| {
        let mut found = None;
        let mut passed = 0;
        for i in (top..anchor).rev().filter(|&i| !lines[i].is_blank(text)) {
            if candidate(i) || (found.is_none() && passed == 0 && short(i)) {
                found = Some(i);
            } else if found.is_some() || passed == 3 {
                break;
            } else {
                passed += 1;
            }
        }
        found
    };
    let anchors = (top..first_prose).filter(|&i| is_meta(lines[i].trimmed(text)));
    anchors.chain((first_prose < lines.len()).then_some(first_prose)).find_map(run_above)
}

/// A line that signs or dates a story: a byline ("By Jane Doe", "By", "Por Martina Lacalle",
/// "Edited by …"), a date stamp, "Published …", "Updated: …", "From:", "3 hours ago", "3 mins
/// to read".
fn is_meta(t: &str) -> bool {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^(?:by|from:|(?:by|por|von|par|door|av|af)\s+\p{Lu}\S*(?:\s+\S+){0,5}|(?:edited|words|photographs?|reporting|written|text|report(?:ed)?)\s+by\s+\S.*|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d+\s+mins?\s+(?:to\s+)?read|reading time\b.*)$",
        )
        .expect("meta line")
    });
    // A stamp led by its label may be long: "Publié le 24 novembre 2026 à 09h14 · Mis à jour le
    // 24 novembre 2026 à 11h02".
    let words = t.split_whitespace().count();
    (words <= 14 && (META.is_match(t) || BYLINE.is_match(t) || super::dates::is_date_line(t) || name_and_beat(t))) || (words <= 24 && stamp_label(t))
}

/// A byline without "By": the author's name and their beat ("Hine Walker, Environment Reporter",
/// "Ana Ruiz, Senior Correspondent").
fn name_and_beat(t: &str) -> bool {
    let Some((name, beat)) = t.trim().split_once(", ") else { return false };
    let beat_words: Vec<&str> = beat.split_whitespace().collect();
    AUTHOR.is_match(name)
        && (1..=4).contains(&beat_words.len())
        && beat_words.iter().all(|w| w.starts_with(char::is_uppercase))
        && beat_words.last().is_some_and(|w| matches!(w.to_lowercase().as_str(), "reporter" | "correspondent" | "editor" | "writer" | "columnist" | "journalist"))
}

/// Header lines that are page furniture whatever their shape: cookie and consent notices, skip
/// links, a story's age ("This article is more than 2 weeks old"), promotions of a video or a
/// list ("Watch: …", "Trending: …"), widgets and hints ("Font size: …", "Tip: …"), a logo's text.
fn is_notice(t: &str) -> bool {
    let lower = t.to_lowercase();
    let promo = [
        "watch:", "watch live:", "listen:", "video:", "audio:", "podcast:", "trending:", "also read", "read more", "see also", "sponsored",
        "font size", "text size", "tip:",
    ];
    inline_clutter(t).is_some()
        || is_consent(t)
        || promo.iter().any(|p| lower.starts_with(p))
        || ["this article ", "this story ", "this page ", "this is a cached"].iter().any(|p| lower.starts_with(p))
        || lower.ends_with(" logo")
}

/// Words of a cookie or privacy notice in the languages pages are saved from, in any case (one
/// search of a literal set, no lower-cased copy: the test runs on the first lines of every page).
fn is_consent(t: &str) -> bool {
    static CONSENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)cookie|privacy|consent|datenschutz|gdpr|rgpd|çerez").expect("consent"));
    CONSENT.is_match(t)
}

/// The line after a cookie banner that opens the page (0 when it opens with none): a notice line
/// among its first three lines, then more notice lines, sentences and buttons ("I ACCEPT",
/// "MORE OPTIONS", "Kabul et").
fn banner_end(text: &str, lines: &[Line]) -> usize {
    let button = |t: &str| {
        t.split_whitespace().nth(4).is_none() && {
            let lower = t.to_lowercase();
            ["accept", "agree", "reject", "decline", "options", "preferences", "settings", "manage", "kabul", "akzeptier", "aceptar", "accetta", "refuse", "continue"]
                .iter()
                .any(|w| lower.contains(w))
        }
    };
    let mut end = 0;
    for (n, i) in (0..lines.len()).filter(|&i| !lines[i].is_blank(text)).enumerate().take(12) {
        let t = lines[i].trimmed(text);
        let consent = is_consent(t);
        let opens = consent && n < 3;
        let goes_on = end > 0 && (consent || button(t) || is_prose(t));
        if opens || goes_on {
            end = i + 1;
        } else if end > 0 || n >= 3 {
            break;
        }
    }
    end
}

/// Site navigation or account links: "News  Politics  Business  ePaper", "Subscribe    Log in",
/// "Energy | Finance | Property", "FILM · K-POP · BOOKS": short fields, each capitalised (or in a
/// script without case, or "ePaper"), between wide gaps (two or more) or bars or dots (three or
/// more, since "Jane Holloway | AP" is a byline).
fn is_menu(line: &str) -> bool {
    let t = line.trim();
    let capitalised = |f: &str| {
        let mut cs = f.chars();
        match (cs.next(), cs.next()) {
            // "ePaper", "e-Edition": a lowercase prefix on a capitalised word.
            (Some(a), Some('-')) if a.is_lowercase() => cs.next().is_some_and(char::is_uppercase),
            (Some(a), b) if a.is_lowercase() => b.is_some_and(char::is_uppercase),
            (Some(a), _) => a.is_alphabetic(),
            _ => false,
        }
    };
    let field = |f: &str| {
        let n = f.split_whitespace().count();
        (1..=4).contains(&n) && capitalised(f) && !f.chars().any(|c| c.is_ascii_digit()) && !f.ends_with(['.', '!', '?', ':', ','])
    };
    let by_gaps: Vec<&str> = t.split("  ").map(str::trim).filter(|f| !f.is_empty()).collect();
    let by_bars: Vec<&str> = t.split(['|', '·', '•']).map(str::trim).collect();
    (by_gaps.len() >= 2 && by_gaps.iter().all(|f| field(f))) || (by_bars.len() >= 3 && by_bars.iter().all(|f| field(f)))
}

/// "Home › News › Scotland": a breadcrumb whose first field is the link home, not the site's name.
fn is_home_link(field: &str) -> bool {
    matches!(field.to_lowercase().as_str(), "home" | "start" | "startseite" | "accueil" | "inicio" | "portada" | "homepage" | "front page")
}

/// Labels of a site's edition after its name: "Le Courrier — English edition", "X | English service".
fn is_edition_label(s: &str) -> bool {
    let words: Vec<String> = s.split_whitespace().map(str::to_lowercase).collect();
    !words.is_empty()
        && words.iter().all(|w| {
            matches!(w.as_str(), "english" | "edition" | "service" | "version" | "international" | "global" | "online" | "en" | "in" | "español" | "français" | "deutsch")
        })
}

/// Small words inside an outlet's name: "Le Courrier de l'Ouest", "El Diario del Sur", "Harbour & Field".
fn is_name_connector(w: &str) -> bool {
    matches!(w, "of" | "the" | "de" | "del" | "la" | "le" | "les" | "du" | "des" | "di" | "da" | "and" | "&" | "el" | "y" | "et" | "und" | "der" | "die" | "das" | "on")
}

/// The site's name on a line of its own in the header (its nameplate): "The Harbour Courier",
/// "Capitol Ledger", "El Diario del Sur · English". A short line of capitalised words is also a
/// headline's shape, so the line must show that it names an outlet: it opens the page with the
/// site's navigation below it (then capitals are fine: "GULF BUSINESS REVIEW"), or an edition
/// label follows it, or the page names it again in its own phrases ("alerts from The Andes
/// Dispatch", "More from Harbour & Field", "seen by Gulf Business Review", "… magazine"), or,
/// below the headline, it ends in a newspaper's head noun ("Courier", "Herald", "Review").
/// Returns the line's index and the name.
fn nameplate(text: &str, lines: &[Line], banner: usize, first_prose: usize, first_title: Option<usize>) -> Option<(usize, String)> {
    // The page's first line, past a cookie banner or the like.
    let first_line = (banner..lines.len()).find(|&i| !lines[i].is_blank(text) && inline_clutter(lines[i].trimmed(text)).is_none());
    let header = || lines.iter().enumerate().take(first_prose.min(40)).skip(banner).map(|(i, l)| (i, l.trimmed(text)));
    // The logo's text, as a screen reader gives it: "Coast Herald logo".
    let logo = header().find_map(|(i, t)| t.strip_suffix(" logo").or_else(|| t.strip_suffix(" Logo")).filter(|n| is_name_shape(n)).map(|n| (i, n.to_string())));
    if logo.is_some() {
        return logo;
    }
    for (i, t) in header() {
        let title_seen = first_title.is_some_and(|t| t < i);
        if t.is_empty() {
            continue;
        }
        let head_noun = t.split_whitespace().last().is_some_and(|w| MEDIA_WORDS.contains(&w) || NEWSPAPER_WORDS.contains(&w));
        let opens = Some(i) == first_line || (head_noun && i < 12);
        // "ASP - Agence Sahel Presse": the name beside its own initials.
        let spelled = split_edition(t).and_then(|(a, b)| match (is_initials_of(a, b), is_initials_of(b, a)) {
            (true, _) => Some(b),
            (_, true) => Some(a),
            _ => None,
        });
        let plate = spelled.unwrap_or(t);
        if opens && (is_name_shape(plate) || is_capitals_name(plate)) && !is_account_link(plate) && !is_menu(t) && navigation_below(text, lines, i).is_some() {
            return Some((i, plate.to_string()));
        }
        let (name, edition) = match split_edition(t) {
            Some((n, e)) if spelled.is_none() => (n, Some(e)),
            _ => (plate, None),
        };
        // A bare media word ("News", over "Local" and "Politics") is a section, whatever names it.
        // A name in capitals is taken only beside its edition's label ("DIARIO FRONTERA  |  English
        // Edition"): alone, capitals are as often a section or a rubric.
        // "DE | EN" is a language switch, not a name and its edition.
        let language_switch = name.chars().count() <= 2;
        let shaped = is_name_shape(name) || (edition.is_some() && is_capitals_name(name) && !language_switch);
        let named = edition.is_none_or(is_edition_label) && shaped && !MEDIA_WORDS.contains(&name);
        if named {
            let bare = name.strip_prefix("The ").unwrap_or(name);
            let head = name.split_whitespace().last().is_some_and(|w| MEDIA_WORDS.contains(&w) || NEWSPAPER_WORDS.contains(&w));
            // "Tiroler Rundschau" over "International Edition": the label on the next line.
            let label_below = edition.is_none()
                && (i + 1..lines.len()).find(|&k| !lines[k].is_blank(text)).is_some_and(|k| is_edition_label(lines[k].trimmed(text)));
            if edition.is_some() || label_below || names_itself_again(&text[lines[i].end..], bare) || (title_seen && head) {
                return Some((i, name.to_string()));
            }
        }
    }
    None
}

/// The site's navigation under line `i`: a menu or a breadcrumb (not a byline with its fields:
/// "By Jane Holloway | Reuters | March 14, 2023") on one of the next two lines with text (a
/// tagline may come between: "BALKAN LEDGER / News from Southeast Europe / North Macedonia | …").
/// Returns the navigation line's index.
fn navigation_below(text: &str, lines: &[Line], i: usize) -> Option<usize> {
    let navigation = |k: usize| {
        let t = lines[k].trimmed(text);
        is_menu(t) || (breadcrumb(t).is_some() && !BYLINE.is_match(t) && !t.chars().any(|c| c.is_ascii_digit())) || menu_column(text, lines, k)
    };
    let below = || (i + 1..lines.len()).filter(|&k| !lines[k].is_blank(text));
    below().take(2).find(|&k| navigation(k)).or_else(|| {
        // Past the site's account links, one per line ("Subscribe for $1", "Sign In"), a menu
        // on one line.
        let link = |k: &usize| {
            let t = lines[*k].trimmed(text);
            is_account_link(t) && t.split_whitespace().nth(3).is_none()
        };
        let controls = below().take(3).take_while(link).count();
        below().skip(controls).take(2).filter(|_| controls > 0).find(|&k| is_menu(lines[k].trimmed(text)))
    })
}

/// A menu copied one item per line: line `i` and the next two lines with text are each a short
/// label ("News", "Premier League", "Sign in", "ePaper"), none a date, a byline or a sentence.
fn menu_column(text: &str, lines: &[Line], i: usize) -> bool {
    let item = |t: &str| {
        // Counting stops past three: a line of prose is no item, whatever its length.
        let n = t.split_whitespace().take(4).count();
        (1..=3).contains(&n)
            && !t.ends_with(['.', '!', '?', ':', ','])
            && !t.chars().any(|c| c.is_ascii_digit())
            && t.chars().next().is_some_and(char::is_alphabetic)
            && !is_meta(t)
    };
    (i..lines.len()).filter(|&k| !lines[k].is_blank(text)).take(3).filter(|&k| item(lines[k].trimmed(text))).count() == 3
}

/// The page's own controls, which may open it above its name: "Subscribe Now", "Log In", "Menu".
fn is_account_link(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or_default().to_lowercase();
    let controls = ["subscribe", "log", "login", "sign", "register", "menu", "search", "support", "donate", "account", "open", "close", "skip", "main"];
    controls.contains(&first.as_str()) || matches!(first.as_str(), "my" | "e-paper" | "epaper")
}

/// A name set in capitals, as nameplates often are: "GULF BUSINESS REVIEW".
fn is_capitals_name(t: &str) -> bool {
    (1..=6).contains(&t.split_whitespace().count())
        && t.chars().any(char::is_alphabetic)
        && t.chars().all(|c| c.is_uppercase() || c == ' ' || c == '&' || c == '-' || c == '\'' || c == '’')
}

/// "Name — edition", "Name | edition", "Name · edition": the name and what follows the separator.
fn split_edition(t: &str) -> Option<(&str, &str)> {
    [" — ", " – ", " | ", " · ", " - "].iter().find_map(|sep| t.split_once(sep)).map(|(a, b)| (a.trim(), b.trim()))
}

/// Whether `short` spells the initials of `name`'s capitalised words: "ASP" of "Agence Sahel
/// Presse", "NYT" of "The New York Times" ("The" may be left out).
fn is_initials_of(short: &str, name: &str) -> bool {
    let initials: String = name.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect();
    short.len() >= 2
        && short.chars().all(|c| c.is_ascii_uppercase())
        && (initials == short || initials.strip_prefix('T').is_some_and(|i| name.starts_with("The ") && i == short))
}

/// One to six words, capitalised but for the small words of names, no digits, no sentence end.
fn is_name_shape(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &str| {
        let w = w.strip_prefix("l'").or_else(|| w.strip_prefix("l’")).or_else(|| w.strip_prefix("d'")).unwrap_or(w);
        w.starts_with(char::is_uppercase)
    };
    // "the Sonoran Sentinel": a site may write its article in lower case.
    (1..=6).contains(&words.len())
        && (words[0].starts_with(char::is_uppercase) || words[0] == "the" && words.len() > 1)
        && words.iter().all(|w| capitalised(w) || is_name_connector(w))
        && !name.chars().any(|c| c.is_ascii_digit() || matches!(c, ':' | '?' | '!' | '"' | '“' | '‘' | '@' | ','))
        && !name.ends_with('.')
        && !words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
}

/// Whether `rest` of the page names `name` the way a site names itself: "from (the) X", "by X",
/// "to X", "of X", or "X magazine"/"X newspaper".
fn names_itself_again(rest: &str, name: &str) -> bool {
    rest.match_indices(name).any(|(at, _)| {
        let before = rest[..at].trim_end_matches(' ');
        let before = before.strip_suffix(" the").or_else(|| before.strip_suffix(" The")).unwrap_or(before);
        let lead = before.rsplit([' ', '\n']).next().unwrap_or_default().to_lowercase();
        let after = rest[at + name.len()..].trim_start_matches(' ');
        matches!(lead.as_str(), "from" | "by" | "to" | "of") || after.starts_with("magazine") || after.starts_with("newspaper")
    })
}

/// Head nouns of newspapers' names beyond `MEDIA_WORDS`: "The Harbour Courier", "Capitol Ledger".
const NEWSPAPER_WORDS: &[&str] = &[
    "Courier", "Ledger", "Dispatch", "Chronicle", "Standard", "Examiner", "Inquirer", "Courant", "Bulletin", "Record",
    "Register", "Sentinel", "Independent", "Globe", "Mail", "Advertiser", "Argus", "Leader", "Statesman", "Clarion",
    "Enquirer", "Star", "Sun", "Weekly", "Digest", "Gazette", "Courrier", "Zeitung", "Diario", "Nachrichten", "Informer",
];

/// The issuer of a press release (a release kicker above it, or its "###" end mark) as its
/// boilerplate heading names it: "About the U.S. Department of Energy".
fn release_issuer(text: &str, lines: &[Line], first_prose: usize) -> Option<String> {
    let release = lines.iter().take(first_prose.min(12)).any(|l| is_release_kicker(l.trimmed(text))) || lines.iter().any(|l| l.trimmed(text) == "###");
    if !release {
        return None;
    }
    lines.iter().skip(first_prose).find_map(|l| {
        let t = l.trimmed(text);
        let name = t.strip_prefix("About ")?.trim_end_matches(['.', ':']);
        let name = name.strip_prefix("the ").unwrap_or(name);
        (is_name_shape(name) || name.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || is_name_connector(w))).then(|| name.to_string())
    })
}

/// A magazine named in the story's own intro: "In the March 2024 issue of Savanna & City
/// magazine, …", "This feature appears in the December 2026 issue of Harbour & Field magazine."
fn magazine_intro(text: &str, lines: &[Line], body_lines: &[usize], first_prose: usize) -> Option<String> {
    static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\bissue of (?:the )?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:&|of|and|the|\p{Lu}[\p{L}'’.-]*)){0,5})\s+magazine\b").expect("issue")
    });
    body_lines.iter().take(first_prose + 2).find_map(|&i| {
        let t = lines[i].text(text);
        t.contains("issue of").then(|| ISSUE.captures(t)).flatten().map(|c| c[1].to_string())
    })
}

/// "OPINION", "WORLD NEWS": the section a page files the story under, above its headline.
fn is_section_label(line: &str) -> bool {
    line.split_whitespace().count() <= 2 && line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
}

/// "Maria Lopez, who chairs the panel, said yes.": a name, then a clause in lower case, then the
/// end of a sentence. A byline ("Jane Holloway, staff writer", "Jane Holloway / AP") has no
/// sentence's end.
fn reads_as_sentence(line: &str) -> bool {
    let t = line.trim();
    let ends = t.ends_with(['.', '!', '?', ':', '"', '”', '’']);
    let lower_field = t.split([',', '|', '/']).skip(1).any(|f| f.trim_start().starts_with(|c: char| c.is_lowercase()));
    ends && lower_field
}

/// A breadcrumb above the headline: "The Daily Ledger | Markets | Deals", "News › World › Europe".
/// Three or more short capitalised fields between '|', '›', '»' or '>', the site's name first;
/// two are enough across an arrow, which no headline uses ("Asia Tech Ledger > Regulation").
fn breadcrumb(line: &str) -> Option<&str> {
    let fields: Vec<&str> = line.trim().split(['|', '›', '»', '>']).map(str::trim).collect();
    let arrow = line.contains(['›', '»', '>']);
    let short = |f: &&str| {
        let n = f.split_whitespace().count();
        (1..=4).contains(&n) && f.starts_with(|c: char| c.is_uppercase()) && !f.ends_with(['.', '!', '?', ':'])
    };
    (fields.len() >= if arrow { 2 } else { 3 } && fields.iter().all(short)).then(|| fields[0])
}

/// A kicker above a press release's headline: "FOR IMMEDIATE RELEASE", "PRESS RELEASE".
fn is_release_kicker(line: &str) -> bool {
    let t = line.trim().trim_end_matches([':', '.']).to_ascii_lowercase();
    matches!(t.as_str(), "for immediate release" | "press release" | "news release" | "media release" | "immediate release")
        || t.starts_with("embargoed until")
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

/// "Friday", "Updated", "March": fields of a byline that date it. Only calendar words: an
/// outlet may start with another capitalised common word ("Baltic Herald").
fn is_calendar_word(p: &str) -> bool {
    let first = p.split_whitespace().next().unwrap_or_default().trim_end_matches([',', '.', ':']);
    let calendar = super::dates::is_month_or_weekday(first)
        || matches!(first.to_ascii_lowercase().as_str(), "updated" | "published" | "posted" | "last" | "today" | "yesterday");
    calendar && p.split_whitespace().count() <= 2
}

/// What a byline below the story opens with: authors' names or one capitalised word (an agency).
fn is_byline_name(field: &str) -> bool {
    AUTHOR.is_match(field) || (!field.contains(' ') && field.chars().next().is_some_and(char::is_uppercase))
}

/// "Asbarez" or "Reuters" is an outlet; "John Smith" is an author, unless an outlet follows.
/// "Staff writer", "Senior correspondent", "Business Desk": the author's role, not an outlet.
fn outlet_in_byline(fields: &[&str], below: &str) -> Option<String> {
    // "Autor: Jan Kratochvíl, Tábor": one word that the story goes on to name is the place it
    // was filed from (a site seldom names itself in its story; an agency may: "told Reuters").
    let named_below = |w: &str| !super::gazetteer::MEDIA_NAMES.contains(w) && below.contains(w);
    let is_outlet = |p: &str| {
        let ws: Vec<&str> = p.split_whitespace().collect();
        let role = ws.last().is_some_and(|w| {
            let w = w.to_lowercase();
            super::gazetteer::is_role_noun(&w) || matches!(w.as_str(), "writer" | "reporter" | "correspondent" | "editor" | "staff" | "desk")
        });
        // "By Rania Haddad | Doha | 2 November 2026": a place is where it was filed from.
        let place = super::gazetteer::country(p).is_some();
        !role && !place && ((ws.len() == 1 && !named_below(p)) || p.contains('.') || ws.iter().any(|w| MEDIA_WORDS.contains(w)))
    };
    // "By Euronews with AFP, Reuters": the outlet before "with" wrote it, with the agencies' copy.
    if let Some((lead, _)) = fields.first().and_then(|f| f.split_once(" with ")) {
        if is_outlet(lead) && lead.starts_with(char::is_uppercase) {
            return Some(lead.to_string());
        }
    }
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
    fn a_page_opening_with_its_name_over_its_navigation() {
        // The name, in any case, over a menu of wide gaps or bars; account links, section labels
        // and a share bar are neither headline nor outlet; a byline's place is no outlet.
        let page = "WestAfrica Today\nNews  Politics  Business  Sport\nSubscribe    Log in\n\nState Politics\n\n\
                    Leaders give juntas six more months\n\nShare on Facebook | Share on X | Print\n\n\
                    By Rania Haddad | Doha | 2 November 2026\n\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Leaders give juntas six more months"), Some("WestAfrica Today")));
        let m = mast(&format!("GULF BUSINESS REVIEW\nEnergy | Finance | Property | Aviation\n\nENERGY\n\nQatar signs a gas deal with China\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Qatar signs a gas deal with China"), Some("GULF BUSINESS REVIEW")));
        // Two fields across an arrow are a breadcrumb; a staff credit and a filing place are no outlet.
        let m = mast(&format!("Asia Tech Ledger > Regulation\n\nBeijing fines Didi over its data\n\nStaff Reporter | Beijing\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Beijing fines Didi over its data"), Some("Asia Tech Ledger")));
        // A cookie banner above the name, a tagline between it and its menu ("ePaper", '·'), an
        // account line with wide gaps: none is the headline.
        let page = "We use cookies to give you the best experience. Accept all | Settings\nBALKAN LEDGER\n\
                    News from Southeast Europe\nHome  News  Counties  ePaper\nSign in    Support us from €1\n\
                    Skopje coalition wobbles as a partner walks out\n\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Skopje coalition wobbles as a partner walks out"), Some("BALKAN LEDGER")));
        let m = mast(&format!("Seoul Arts Daily\nENTERTAINMENT · FILM · K-POP · BOOKS\nLogin | Join | 한국어\nFilm\n\nDirector wins the top prize at Busan\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Director wins the top prize at Busan"), Some("Seoul Arts Daily")));
        // Without a page name, a short first line stays the headline.
        let m = mast(&format!("Rates Hold\n\nBy Jane Holloway | March 14, 2023\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Rates Hold"), None));
        let m = mast(&format!("Rates Hold\n\nThe central bank kept its rate unchanged for a third month\n\n{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Rates Hold"));
    }

    #[test]
    fn a_page_with_a_menu_one_item_per_line() {
        // The skip link, the account links and the menu column are furniture; the name over the
        // menu is the outlet; the headline is the run of text right above the byline, past an
        // age notice, with its standfirst under it.
        let page = "Skip to main content\nSubscribe Now\nLog In\nThe Millbrook Gazette\nMillbrook, Ohio\nNews\nSports\nOpinion\n\
                    This article is more than 2 weeks old\nSchool board approves money for electric buses\n\
                    The vote came after a two-hour meeting with parents\nDana Whitfield\nPublished: Oct. 8, 2026\nShare\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("School board approves money for electric buses"));
        assert_eq!(m.outlet.as_deref(), Some("The Millbrook Gazette"));
        // A video promo above the headline, a relative time under it.
        let page = "NorthStar\nHome\nNews\nWeather\nWatch: Water pours through the high street in Dunmore\n\
                    Thousands told to leave homes as the river bursts its banks\n3 hours ago\nShare\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Thousands told to leave homes as the river bursts its banks"), Some("NorthStar")));
    }

    #[test]
    fn a_cookie_banner_and_a_ticker_above_the_story() {
        // The banner's notice, text and buttons open the page; the name in capitals follows; the
        // ticker's headlines are not above the date stamp, the story's is.
        let page = "We value your privacy\nWe and our partners store and access information on a device, such as cookies, and process personal data for ads.\n\
                    I ACCEPT\nMORE OPTIONS\nHABER ANADOLU\nGündem\nEkonomi\nSpor\nBREAKING\nMinibus crash on the highway injures 11\n\
                    Central Bank holds its policy rate\nReklam\nManşet\nEarthquake shakes Malatya, no casualties reported\n2026-11-23 14:02\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Earthquake shakes Malatya, no casualties reported"));
        assert_eq!(m.outlet.as_deref(), Some("HABER ANADOLU"));
    }

    #[test]
    fn a_logo_names_the_site_and_a_bare_section_word_does_not() {
        let page = "Skip to content\nMenu\nNews\nLocal\nPolitics\nCoast Herald logo\nSubscribe\n\
                    Harbour bridge to close for six weeks\nBy\nBen Tulloch\n24 Nov, 2026 07:05 AM\n";
        let m = mast(&format!("{page}{LEDE}\n\nLatest from News\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Harbour bridge to close for six weeks"), Some("Coast Herald")));
    }

    #[test]
    fn a_headline_ending_on_a_quoted_phrase_is_no_paragraph() {
        // Twelve words and a closing mark, but no sentence's end before it: the rubric above it
        // ("Social unrest") is not the headline.
        let page = "LE COURRIER DU SUD\nActualités  ·  France  ·  Monde  ·  Sports\n\nSocial unrest\n\n\
                    Dockers walk out again across the ports as unions vow \"a hard winter\"\n\n\
                    Publié le jeudi 19 novembre 2026 à 18h02\n\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Dockers walk out again across the ports as unions vow \"a hard winter\""));
        // A paragraph ending on a quotation still reads as one.
        assert!(is_prose("The minister told reporters on Monday that the talks had been, in his words, \"very hard.\""));
        assert!(!is_prose("Dockers walk out again across the ports as unions vow \"a hard winter\""));
    }

    #[test]
    fn a_short_headline_right_above_a_standfirst_in_prose() {
        let page = "THE HALYARD\nCurrent Issue\nArchive\nEssays\nLong Read\nThe keepers\n\
                    When the last manned lighthouse in Norway was automated, its keeper refused to leave.\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("The keepers"), Some("THE HALYARD")));
    }

    #[test]
    fn posted_and_updated_lines_sign_the_story_so_a_summary_box_is_no_headline() {
        for t in [
            "Posted Monday 8:05am, updated 11:20am", "Published 3 March 2026", "Updated: 2 hours ago", "Reading time: 4 min",
            "Publié le 24 novembre 2026 à 09h14 · Mis à jour le 24 novembre 2026 à 11h02",
        ] {
            assert!(is_meta(t), "{t}");
        }
        assert!(!is_meta("Postal workers walk out") && !is_meta("Updates on the storm"));
        // The headline is the line over the stamp, not the last bullet of a "Key points" box
        // right above the first paragraph.
        let page = "Valley Radio\nLatest   Local   Weather   Sport\n\nFlood warning for the lower river as levees fail near Dunmore; farms cut off\n\n\
                    Posted Monday 8:05am, updated 11:20am\n\nLena Moss\n\nKey points:\n- Two levees failed overnight\n- Farms near Dunmore are cut off\n\n";
        let m = mast(&format!("{page}{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Flood warning for the lower river as levees fail near Dunmore; farms cut off"));
    }

    #[test]
    fn a_nameplate_outranks_an_unsigned_bylines_place_and_sheds_its_initials() {
        // "e-Edition" is a menu item like "ePaper"; the hyphenated paper's name over that menu is
        // the outlet, and a breadcrumb's first field is not.
        let page = "Skip to main content\nThe Millford Herald-Tribune\nSubscribe | Sign In\n\
                    Home   Local   Sports   e-Edition   Obituaries\nLocal News > Schools\n\n\
                    School board delays the vote on a new bus depot\n\nBy Ana Lucero\n\n";
        assert_eq!(mast(&format!("{page}{LEDE}\n")).outlet.as_deref(), Some("The Millford Herald-Tribune"));
        // Without "By", the field after the reporter's name is the filing town, not the site.
        let page = "NEWS   STATES   SPORTS   CITIES\nThe Deccan Courier\nPune | Nagpur | Nashik | Aurangabad\n\n\
                    Civic body plans a second water main for the old city\n\nRohan Kulkarni, Nashik\n\n";
        assert_eq!(mast(&format!("{page}{LEDE}\n")).outlet.as_deref(), Some("The Deccan Courier"));
        // The site's initials beside its name: the name.
        let page = "ANP - Agence Nord Presse\nAccueil | Monde | Sport | Culture\n\nFishing accord signed in Dakar\n\n";
        assert_eq!(mast(&format!("{page}{LEDE}\n")).outlet.as_deref(), Some("Agence Nord Presse"));
        assert!(is_initials_of("NYT", "The New York Times") && is_initials_of("BBC", "British Broadcasting Corporation"));
        assert!(!is_initials_of("Sport", "Some Page Of Reports Today") && !is_initials_of("AB", "Alpha"));
    }

    #[test]
    fn a_headline_with_commas_is_no_byline_without_blank_lines() {
        let m = mast(&format!("Lavrov Claims U.S., France Have Abandoned Russia\nBy Asbarez | Friday, 08 April 2022\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Lavrov Claims U.S., France Have Abandoned Russia"), Some("Asbarez")));
    }

    #[test]
    fn a_site_naming_itself_stops_at_the_line_end() {
        let m = mast(&format!("Harbour notes\n\n{LEDE}\n\nThanks for reading. © 2026 Priya Raman\nPrivacy\n"));
        assert_eq!(m.outlet.as_deref(), Some("Priya Raman"));
    }

    #[test]
    fn a_copyright_line_names_the_site_up_to_its_sentence_end() {
        let m = mast(&format!("Runoff looms in Paraguay after a tie\n\n{LEDE}\n\n© 2026 Sur Global. All rights reserved.\n"));
        assert_eq!(m.outlet.as_deref(), Some("Sur Global"));
        let m = mast(&format!("Runoff looms in Paraguay after a tie\n\n{LEDE}\n\n© 2026 News.am\n"));
        assert_eq!(m.outlet.as_deref(), Some("News.am"));
    }

    #[test]
    fn breadcrumbs_and_release_kickers_are_no_headline() {
        let m = mast(&format!("The Daily Ledger | Markets | Deals\n\nKestrel agrees $4.1 billion takeover\n\nBy Rachel Nguyen\n\n{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Kestrel agrees $4.1 billion takeover"));
        assert_eq!(m.outlet.as_deref(), Some("The Daily Ledger"));
        let m = mast(&format!("FOR IMMEDIATE RELEASE\nFebruary 12, 2025\n\nAgency Announces $1.2 Billion for Grid\n\n{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Agency Announces $1.2 Billion for Grid"));
        // Two fields are a byline's, not a breadcrumb's.
        assert!(breadcrumb("Jane Holloway | AP").is_none());
        assert!(breadcrumb("News › World › Europe").is_some());
    }

    #[test]
    fn a_nameplate_line_names_the_outlet_and_is_no_headline() {
        // Below the headline, a newspaper's head noun is enough.
        let m = mast(&format!("Dockworkers walk out as talks collapse\n\nThe Harbour Courier\nPublished 24.11.2026, 09:14\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Dockworkers walk out as talks collapse"), Some("The Harbour Courier")));
        // Above it, an edition label or the page naming itself again.
        let m = mast(&format!("El Diario del Sur · English\n\nDrought: water cuts ordered\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Drought: water cuts ordered"), Some("El Diario del Sur")));
        let m = mast(&format!("Harbour & Field\n\nThe keepers' last stand\n\n{LEDE}\n\nMore from Harbour & Field\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("The keepers' last stand"), Some("Harbour & Field")));
        // A title-case headline with a media word is still the headline; a home link is no outlet.
        let m = mast(&format!("Senate Approves Defense Review\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Senate Approves Defense Review"), None));
        let m = mast(&format!("Home › News › Scotland\n\nFerry delays go on\n\n{LEDE}\n"));
        assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Ferry delays go on"), None));
    }

    #[test]
    fn a_press_release_issuer_and_an_alerts_prompt_name_the_outlet() {
        let m = mast(&format!("FOR IMMEDIATE RELEASE\n\nAgency Announces Grants\n\n{LEDE}\n\n###\n\nAbout the U.S. Department of Energy\nThe department …\n"));
        assert_eq!(m.outlet.as_deref(), Some("U.S. Department of Energy"));
        // Without a release's marks, an "About …" line is no issuer.
        assert_eq!(mast(&format!("Title\n\n{LEDE}\n\nAbout the Author\n")).outlet, None);
        let m = mast(&format!("Title\n\n{LEDE}\n\nStay informed: get breaking news alerts from the Valley Courier-Dispatch.\n"));
        assert_eq!(m.outlet.as_deref(), Some("Valley Courier-Dispatch"));
    }

    #[test]
    fn a_magazine_named_in_the_intro_is_the_outlet() {
        let m = mast(&format!("Title\n\nIn the March 2024 issue of Savanna & City magazine, our editor sat down with the new director of the service.\n\n{LEDE}\n"));
        assert_eq!(m.outlet.as_deref(), Some("Savanna & City"));
    }

    #[test]
    fn tickers_cookie_banners_and_date_lines_are_no_headline() {
        let m = mast(&format!("Trending now: Gold hits record high | Heatwave warning\n\nPublished: 2026-11-24 09:14 GST\n\nFounder defends buyout\n\n{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Founder defends buyout"));
        let m = mast(&format!("Accepter les cookies ? Nous utilisons des cookies. Tout accepter\nEnglish edition\n\nFrance bans short flights\n\n{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("France bans short flights"));
    }

    #[test]
    fn wire_datelines_with_accents_regions_and_two_places_are_furniture() {
        for (lede, dateline, agency) in [
            ("CULIACÁN, Sinaloa.  -- A protected witness told a federal court on Thursday that the accused had ordered it.", "CULIACÁN, Sinaloa.  -- ", None),
            ("ATHENS/ANKARA, Nov 23 (Aegean Wire) - Greece lodged a formal protest with Turkey on Monday over a vessel.", "ATHENS/ANKARA, Nov 23 (Aegean Wire) - ", Some("Aegean Wire")),
        ] {
            let t = format!("Headline of the story\n\n{lede}\n");
            let m = mast(&t);
            assert!(m.furniture.iter().any(|&(a, z)| &t[a..z] == dateline), "{lede}");
            assert_eq!(m.outlet.as_deref(), agency);
        }
        // Saved hard-wrapped: the dateline opens the paragraph's first short line.
        let t = "Relief piles up at the port\n\nTACLOBAN CITY -- Nearly 40,000 family food packs are sitting at the\n\
                 port because the roads to the towns of Samar are still cut after the storm, officials said.\n";
        assert!(mast(t).furniture.iter().any(|&(a, z)| &t[a..z] == "TACLOBAN CITY -- "));
    }

    #[test]
    fn a_name_beside_its_editions_label_in_any_case() {
        for (plate, name) in [("DIARIO DEL NORTE  |  English Edition", "DIARIO DEL NORTE"), ("Diario del Norte — English edition", "Diario del Norte")] {
            let m = mast(&format!("{plate}\nInicio   Seguridad   Política   Economía\n\nviernes, 20 de noviembre de 2026\n\nFloods close the port road\n\n{LEDE}\n"));
            assert_eq!((m.title.as_deref(), m.outlet.as_deref()), (Some("Floods close the port road"), Some(name)), "{plate}");
        }
    }

    #[test]
    fn the_outlet_before_with_wrote_the_story() {
        let m = mast(&format!("Storm batters coast\n\nBy Euronews with AFP, Reuters\n\n{LEDE}\n"));
        assert_eq!(m.outlet.as_deref(), Some("Euronews"));
    }

    #[test]
    fn a_name_over_its_editions_label_and_a_language_switch() {
        let m = mast(&format!("Alpenblick Zeitung\nInternational Edition\nDE | EN\n\nValley votes on new lift\n\n{LEDE}\n"));
        assert_eq!(m.outlet.as_deref(), Some("Alpenblick Zeitung"));
        assert_eq!(m.title.as_deref(), Some("Valley votes on new lift"));
    }

    #[test]
    fn a_dateline_under_a_photos_caption() {
        let t = format!("Bears in the valley\n\nSoldiers carry a trap into the woods near Hanamaki on Nov. 18. (The Valley Post/Aya Mori)\n\nMORIOKA -- {LEDE}\n");
        let m = mast(&t);
        assert!(m.furniture.iter().any(|&(a, z)| &t[a..z] == "MORIOKA -- "), "{:?}", m.furniture.iter().map(|&(a, z)| &t[a..z]).collect::<Vec<_>>());
    }

    #[test]
    fn a_name_and_beat_signs_the_story_under_its_headline_and_standfirst() {
        let t = format!("THE HARBOUR TIMES\nNews   Politics   Sport   Opinion\n\nPort fees rise for the third time this year\nThe increase will hit small fishing crews hardest, unions say.\n\nAna Ruiz, Business Reporter\n3 hours ago\n\n{LEDE}\n");
        assert_eq!(mast(&t).title.as_deref(), Some("Port fees rise for the third time this year"));
    }

    #[test]
    fn a_lower_case_article_in_the_nameplate_and_a_section_in_capitals_in_the_breadcrumb() {
        let t = format!("Sign In | Subscribe\nthe Valley Courier\nNews  Politics  Sports  Opinion\nPOLITICS  >  STATE HOUSE\n\nSenators grill the water agency over dry wells\n\n{LEDE}\n");
        assert_eq!(mast(&t).outlet.as_deref(), Some("the Valley Courier"));
    }

    #[test]
    fn a_newsroom_desk_in_the_byline_is_no_outlet() {
        let m = mast(&format!("THE HARBOUR TIMES\nHome | News | Business | Sport\n\nPort fees rise again\n\nBy Ama Boateng, Business Desk\n\n{LEDE}\n"));
        assert_eq!(m.outlet.as_deref(), Some("THE HARBOUR TIMES"));
    }

    #[test]
    fn headline_byline_outlet() {
        let m = mast(&format!("Talks Resume\n\nBy Daily Star | Friday, 08 April 2022\n\n{LEDE}\n"));
        assert_eq!(m.title.as_deref(), Some("Talks Resume"));
        assert_eq!(m.outlet.as_deref(), Some("Daily Star"));
        assert_eq!(m.furniture.len(), 1);
    }

    #[test]
    fn an_author_note_closing_the_story_is_furniture() {
        let note = |end: &str| {
            let t = format!("Rates Hold\n\n{LEDE}\n\n“We wait,” said Maria Lopez, a trader.\n\n{end}\n");
            let m = mast(&t);
            m.furniture.iter().any(|&(a, z)| t[a..z].trim() == end)
        };
        assert!(note("Anna Keller is a correspondent for the Nordic Daily Post."));
        assert!(note("The author is a senior fellow at the Atlantic Council. Her views are her own."));
        assert!(note("*Jan Berg, a former diplomat, is a columnist for the Herald.*"));
        // Someone the story is about, and a description without a writer's role, are the story.
        assert!(!note("Lopez is a researcher at the Coastal Institute."));
        assert!(!note("Jan Berg is a teacher at the local school."));
    }

    #[test]
    fn the_byline_prefilter_passes_every_line_the_regex_matches() {
        for lead in ["By", "BY", "by", "Written by", "Words by", "Text by", "Story by", "Report by", "Reported by", "WRITTEN BY", "Text:", "TEXT:", "Words :", "WORDS:", "Author:", "AUTHOR:", "Byline:", "BYLINE:"] {
            for pad in ["", "  ", "\t", "\u{a0}", "\u{2003}"] {
                let line = format!("{pad}{lead} Jane Doe");
                assert!(BYLINE.is_match(&line), "{line:?}");
                assert!(may_be_byline(&line), "{line:?}");
            }
        }
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

    /// The captured names of every match, as the unanchored regex finds them.
    fn names_by_search(t: &str) -> Vec<String> {
        static RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(SELF_NAME).unwrap());
        RE.captures_iter(t).map(|c| c[1].to_string()).collect()
    }

    fn names_at_starts(t: &str) -> Vec<String> {
        self_names(t).map(|c| c[1].to_string()).collect()
    }

    #[test]
    fn self_names_at_their_starts_are_the_searched_ones() {
        for t in [
            "© 2024 Foo", "Copyright Foo", "COPYRIGHT © 2023 Bar", "Latest news from Baz", "LATEſT stories from Baz", "newsletters of Qux",
            "NEWSLETTER FROM Qux", "Get notified of the latest updates from Caspian News. © Caspian News 2024", "newſletter from Zed",
            "The latter, late in the day, copied it", "latest latest news from Foo Bar", "Copyright © Copyright Foo",
            "the latest headlines follow our newsletters: newsletters from The Daily Star",
            "Get breaking news alerts from the Valley Courier-Dispatch.", "ALERTſ FROM Foo", "alerts  from x", "Alerts from",
        ] {
            assert_eq!(names_at_starts(t), names_by_search(t), "{t}");
            let padded = format!("Some text é first. {t} and more: latest news from Another Outlet");
            assert_eq!(names_at_starts(&padded), names_by_search(&padded), "{padded}");
        }
    }

    proptest::proptest! {
        #[test]
        fn self_names_at_their_starts_anywhere(parts in proptest::collection::vec(proptest::sample::select(vec![
            "latest ", "LATEſT ", "news ", "updates ", "from ", "newsletter", "newſletters ", "of ", "© ", "2024 ", "copyright",
            "Copyright ", "the ", "Foo", "Bar ", "x", " ", ".", "é", "alerts ", "alertſ ", "ALERTS",
        ]), 0..16)) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(names_at_starts(&t), names_by_search(&t), "{:?}", t);
        }
    }

    #[test]
    fn a_byline_labelled_in_the_sites_language_and_the_town_it_was_filed_from() {
        let story = "Brno beat Zlín 3-1 on Friday, the home side's fourth win in a row, before a crowd of 6,000 in Brno.";
        for label in ["Autor:", "Auteur :", "Autore:", "Yazar:"] {
            let t = format!("SPORTOVNÍ DENÍK\n\nBrno win again as Zlín slump continues\n\n{label} Jana Dvořáková, Brno\n\n{story}\n");
            let m = mast(&t);
            assert_eq!(m.title.as_deref(), Some("Brno win again as Zlín slump continues"), "{label}");
            assert_ne!(m.outlet.as_deref(), Some("Brno"), "{label}");
        }
        // A one-word field the story does not name is the outlet.
        let t = format!("By Jana Dvořáková | Ceskanoviny\n\n{story}\n");
        assert_eq!(mast(&t).outlet.as_deref(), Some("Ceskanoviny"));
    }

    #[test]
    fn a_nameplate_over_account_links_and_the_menu() {
        let t = "Prairie Star-Ledger\nSubscribe for $1\nSign In\nNews  Politics  Business  Sports  Opinion  Obituaries\n\n\
                 County approves new jail after long fight\n\nThe county board voted 4-1 on Tuesday to build a new jail, ending a fight that lasted six years.\n";
        assert_eq!(mast(t).outlet.as_deref(), Some("Prairie Star-Ledger"));
        assert_eq!(mast(t).title.as_deref(), Some("County approves new jail after long fight"));
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
