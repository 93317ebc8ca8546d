//! The article's own publication date, from the text.
//!
//! Only places where a page states its own date are read: the byline ("By X | Friday, 08 April
//! 2022"), a "Published:"/"Posted on"/"Updated:" line, a line that is only a date in the header
//! above the first paragraph, and a dateline in front of the first paragraph ("MOSCOW, June 22,
//! 2022 —"). Dates in the story ("the November 9, 2020 statement"), in tickers and link lists
//! after the body, and weekday words ("on Wednesday") give nothing: a wrong date is worse than
//! none. A date needs its year; one without a day has month precision.

use super::masthead::Masthead;
use super::segment::{is_prose, stamp, Segments};
use super::text::Line;
use crate::model::{PartialDate, Span};
use regex::Regex;
use std::sync::LazyLock;

const MONTH: &str = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

static PATTERNS: LazyLock<Vec<(Regex, Order)>> = LazyLock::new(|| {
    let m = MONTH;
    vec![
        (Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)").unwrap(), Order::Ymd),
        // "2026.11.23 16:20", "2026/11/23": East Asian stamps, year first.
        (Regex::new(r"\b(\d{4})[./](\d{1,2})[./](\d{1,2})\b").unwrap(), Order::Ymd),
        // "23.nov.2026": the month in lower case too, between the numbers.
        (Regex::new(&format!(r"\b(\d{{1,2}})(?:st|nd|rd|th)?[ .\-/]+(?i:{m})\.?,?[ .\-/]+(\d{{4}})(?:\b|{GLUED_AFTER_YEAR})")).unwrap(), Order::DMonY),
        (Regex::new(&format!(r"\b{m}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?:\b|{GLUED_AFTER_YEAR})")).unwrap(), Order::MonDY),
        (Regex::new(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b").unwrap(), Order::Dmy),
        (Regex::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b").unwrap(), Order::Slashed),
        (Regex::new(&format!(r"\b{m}\.?,?\s+(\d{{4}})\b")).unwrap(), Order::MonY),
        (Regex::new(&format!(r"(?i)(?-u:\b)(\d{{1,2}})(?:er|º|\.)?[ \t]+(?:de[ \t]+)?{FOREIGN_MONTH}\.?,?[ \t]+(?:de[ \t]+)?(\d{{4}})(?-u:\b)")).unwrap(), Order::DForeignY),
    ]
});

/// A clock time glued to the year by a copy of the page: "November 12, 20263:48 PM GMT", where
/// the date and the time stood in separate boxes. Only a time (hour, colon, minutes) may follow
/// the year's four digits without a break; the date's range still ends with the year.
/// So may the next box's label: "19 NOV 2026Updated15:30".
const GLUED_AFTER_YEAR: &str = r"\d{1,2}:\d{2}\b|[A-Z][a-z]";

/// Month names of translated and foreign pages' date lines (French, Spanish, German, Italian,
/// Portuguese, Dutch): "Publié le 24 novembre 2026", "24 de noviembre de 2026", "24. November 2026".
const FOREIGN_MONTH: &str = r"(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januar|jänner|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|augustus|november|december)";

/// The number of a foreign month name (see `FOREIGN_MONTH`).
fn foreign_month_number(s: &str) -> Option<u8> {
    const MONTHS: [&[&str]; 12] = [
        &["janvier", "enero", "januar", "jänner", "gennaio", "janeiro", "januari"],
        &["février", "fevrier", "febrero", "februar", "febbraio", "fevereiro", "februari"],
        &["mars", "marzo", "märz", "março", "maart"],
        &["avril", "abril", "aprile"],
        &["mai", "mayo", "maggio", "maio", "mei"],
        &["juin", "junio", "juni", "giugno", "junho"],
        &["juillet", "julio", "juli", "luglio", "julho"],
        &["août", "aout", "agosto", "augustus"],
        &["septembre", "septiembre", "setiembre", "settembre", "setembro"],
        &["octobre", "octubre", "oktober", "ottobre", "outubro"],
        &["novembre", "noviembre", "novembro", "november"],
        &["décembre", "decembre", "diciembre", "dezember", "dicembre", "dezembro", "december"],
    ];
    let s = s.to_lowercase();
    MONTHS.iter().position(|names| names.contains(&s.as_str())).map(|n| n as u8 + 1)
}

#[derive(Clone, Copy)]
enum Order {
    Ymd,
    DMonY,
    MonDY,
    Dmy,
    Slashed,
    MonY,
    DForeignY,
}

static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(published|posted|updated|last updated|date|dated|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|stand|pubblicato|aggiornato)\b(\s+(on|le|el|am|il))?\s*:?").unwrap()
});
/// "Live updates · Last updated 2026-11-24T09:14:00Z": the same words after a label in a header line.
static UPDATED_IN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(published|posted|updated|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert)\b").unwrap());
/// Weekdays (in English and the languages of translated pages' stamps), clock times ("18h02"),
/// zones and bars: what stands beside a date on a line that only dates the page.
static WEEKDAY: LazyLock<Regex> =
    LazyLock::new(|| {
        Regex::new(r"(?i)\b((mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(segunda|terça|quarta|quinta|sexta)(-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b\.?,?|\b\d{1,2}[:.h]\d{2}(\s*(am|pm))?\b|\b(gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|pst|pdt|ist|aest|[ap]\.m\.)\b|\|")
            .unwrap()
    });

/// What else a date line holds: "at" before the time (or "kl.", "um", "à" of the languages a
/// page's stamp is left in), "a.m.", a zone with its offset ("GMT+2",
/// "ET"), an update note ("Updated 3 hours ago") and a reading time ("4 min read").
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|\b[ap]\.m\.|\b(?:at|et|pt|ct|mt|updated|published|posted|modified|last|kl|klo|um|alle|om|à|às|a las)\b|\b\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b|\b\d+\s*(?:min|mins|minutes?)\s+read\b")
        .unwrap()
});

/// A clock time with the zone written after it, whatever the zone: capitals right after the
/// time ("20:15 COT", "19:32 JST", "3:48 PM AEDT"), the German "Uhr" ("17.05 Uhr") or the "h" of
/// hours ("20:14 h"). A list of zones would always miss some; capitals in that place are nothing
/// else.
static ZONED_CLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}|Uhr|h|hrs)\b").unwrap());

/// Whether `PUBLISHED` can match `line`: its words start with p, u, l or d, letters that no
/// non-ASCII character matches case-insensitively. Nearly every line of prose fails this at once.
fn may_be_published(line: &str) -> bool {
    let b = line.trim_start().as_bytes();
    let Some(first) = b.first().map(u8::to_ascii_lowercase) else { return false };
    // The English words start with p, u, l or d; the others are told apart by their second letter
    // ("Mis à jour", "Actualizado", "Aktualisiert", "Veröffentlicht", "Stand").
    let second = b.get(1).map(u8::to_ascii_lowercase);
    matches!(first, b'p' | b'u' | b'l' | b'd')
        || matches!((first, second), (b'm', Some(b'i')) | (b'a', Some(b'c' | b'k')) | (b'v', Some(b'e')) | (b's', Some(b't')))
}

/// A line that dates the page: "Published: 2026-11-24 09:14 GST", "Stand: 24/11/2026 09:14 Uhr",
/// or a date alone. Such a line is never the headline.
pub fn is_date_line(line: &str) -> bool {
    let t = line.trim();
    t.split_whitespace().nth(12).is_none()
        && parse_first(t).is_some_and(|(_, r)| (may_be_published(t) && PUBLISHED.is_match(t)) || only_a_date(t, &r))
}

/// "March", "Mar", "Friday", "Fri": a word that only dates.
pub fn is_month_or_weekday(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    let month = month_number(&l).is_some_and(|n| {
        const FULL: [&str; 12] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        let full = FULL[n as usize - 1];
        l.len() >= 3 && full.starts_with(l.as_str()) || l == "sept"
    });
    let day = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        .iter()
        .any(|d| l.len() >= 3 && (d.starts_with(l.as_str()) || l == "tues" || l == "thurs"));
    month || day
}

fn month_number(s: &str) -> Option<u8> {
    let s = s.to_ascii_lowercase();
    let n = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].iter().position(|m| s.starts_with(m))?;
    Some(n as u8 + 1)
}

/// The first date written in `s`, with its byte range in `s`.
pub fn parse_first(s: &str) -> Option<(PartialDate, std::ops::Range<usize>)> {
    parse(s, &|| false)
}

/// `parse_first`, reading a slashed date whose two numbers could each be the month ("10/11/2026")
/// day first when `day_first` says the page writes dates that way (see `writes_day_first`); it is
/// asked only for such a date.
fn parse(s: &str, day_first: &dyn Fn() -> bool) -> Option<(PartialDate, std::ops::Range<usize>)> {
    // Every pattern needs a year: four digits in a row. Most lines have none.
    if !s.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    let mut best: Option<(PartialDate, std::ops::Range<usize>)> = None;
    // Text a more specific pattern read as an impossible date ("31 April 2022") is not re-read
    // by a vaguer one as "April 2022".
    let mut invalid: Vec<std::ops::Range<usize>> = Vec::new();
    for (re, order) in PATTERNS.iter() {
        for c in re.captures_iter(s) {
            let whole = c.get(0).unwrap().range();
            if invalid.iter().any(|r| r.start < whole.end && whole.start < r.end) {
                continue;
            }
            let num = |i: usize| c[i].parse::<u32>().ok();
            let date = match order {
                Order::Ymd => PartialDate::new(num(1)? as u16, Some(num(2)? as u8), Some(num(3)? as u8)),
                Order::DMonY => PartialDate::new(num(3)? as u16, month_number(&c[2]), Some(num(1)? as u8)),
                Order::MonDY => PartialDate::new(num(3)? as u16, month_number(&c[1]), Some(num(2)? as u8)),
                Order::Dmy => PartialDate::new(num(3)? as u16, Some(num(2)? as u8), Some(num(1)? as u8)),
                Order::Slashed => {
                    let (a, b) = (num(1)?, num(2)?);
                    // Only when the order is certain: one number cannot be a month.
                    match (a > 12, b > 12) {
                        (true, false) => PartialDate::new(num(3)? as u16, Some(b as u8), Some(a as u8)),
                        (false, true) => PartialDate::new(num(3)? as u16, Some(a as u8), Some(b as u8)),
                        (false, false) if day_first() => PartialDate::new(num(3)? as u16, Some(b as u8), Some(a as u8)),
                        _ => None,
                    }
                }
                Order::MonY => PartialDate::new(num(2)? as u16, month_number(&c[1]), None),
                Order::DForeignY => PartialDate::new(num(3)? as u16, foreign_month_number(&c[2]), Some(num(1)? as u8)),
            };
            let Some(date) = date.filter(|d| (1900..=2100).contains(&d.year)) else {
                invalid.push(whole);
                continue;
            };
            // The date ends with its last number: a clock glued to the year is not part of it.
            let end = c.iter().skip(1).flatten().map(|g| g.end()).max().unwrap_or(whole.end);
            let range = whole.start..end;
            let better = match &best {
                None => true,
                // Earliest in the line; at the same place, the more precise reading.
                Some((b, r)) => range.start < r.start || (range.start == r.start && range.len() > r.len() && b.day.is_none()),
            };
            if better {
                best = Some((date, range));
            }
            break;
        }
    }
    best
}

/// Whether the line is nothing but a date (and weekday, time, separators).
fn only_a_date(line: &str, range: &std::ops::Range<usize>) -> bool {
    let mut rest = unglue(&format!("{} {}", &line[..range.start], &line[range.end..]));
    // The update's date after the publication's ("14:06, 19 NOV 2026Updated15:30, 19 NOV 2026").
    while let Some((_, r)) = parse_first(&rest) {
        rest.replace_range(r, " ");
    }
    let rest = ZONED_CLOCK.replace_all(&rest, " ");
    let rest = CLOCK.replace_all(&rest, " ");
    let rest = WEEKDAY.replace_all(&rest, " ");
    rest.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() == 0
}

/// The words of a date line that a copy of the page glued together, parted again: the stamp's
/// boxes ("3:48 PM GMT" and "Updated 2 hours ago") lose the space between them, and a word that
/// starts with a capital follows a lowercase letter or a run of capitals ("GMTUpdated").
fn unglue(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|k| chars[k]);
        let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        // And a word glued to a number: "2026Updated15:30".
        let after_digits = c.is_uppercase() && next_lower && prev.is_some_and(|p| p.is_ascii_digit());
        let before_digits = c.is_ascii_digit() && prev.is_some_and(char::is_lowercase);
        if c.is_uppercase() && prev.is_some_and(|p| p.is_lowercase() || (p.is_uppercase() && next_lower)) || after_digits || before_digits {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Whether the line, without its date (and weekday, time), is only fields naming a place or the
/// authors: each field between ',', '|', '·', a bullet, a dash or brackets is a byline ("By …") or a few words, each
/// capitalised or a credit's small word ("Staff and agencies"). A headline or a sentence with a
/// date in it has other words.
fn only_place_and_byline(line: &str, range: &std::ops::Range<usize>) -> bool {
    let rest = format!("{} | {}", &line[..range.start], &line[range.end..]);
    let rest = ZONED_CLOCK.replace_all(&rest, " ");
    let rest = CLOCK.replace_all(&rest, " ");
    let rest = WEEKDAY.replace_all(&rest, " | ");
    let credit_word = |w: &str| matches!(w, "and" | "agencies" | "wires" | "staff" | "reporters" | "&");
    let field_ok = |f: &str| {
        let words: Vec<&str> = f.split_whitespace().collect();
        words.is_empty()
            || words[0].eq_ignore_ascii_case("by")
            || (words.len() <= 4 && words.iter().all(|w| w.starts_with(char::is_uppercase) || credit_word(w)))
    };
    // "Palu ● Wed, November 18, 2026 ● 09:14 pm", "November 19, 2026 (The Tohoku Herald)",
    // "Manila Dispatch / 05:42 PM March 18, 2026".
    rest.split([',', '|', '·', '•', '●', '—', '–', '(', ')', '/']).all(field_ok)
}

/// The article's date and the span of its evidence. A line that only says when the page was
/// updated ("Updated: 24.nov.2026") dates it only when nothing else does: the stamp above it
/// ("23.nov.2026 at 19h12") is the publication.
pub fn find(text: &str, lines: &[Line], seg: &Segments, mast: &Masthead) -> Option<(PartialDate, Span)> {
    find_reading(text, lines, seg, mast, false).or_else(|| find_reading(text, lines, seg, mast, true))
}

/// An update's label: "Updated", "Last updated", "Mis à jour", "Actualizado", "Aktualisiert".
fn is_update_label(label: &str) -> bool {
    let l = label.trim_start().to_lowercase();
    ["updated", "last updated", "mis à jour", "actualizado", "aktualisiert", "aggiornato"].iter().any(|u| l.starts_with(u))
}

/// A line led by an update's label.
fn is_update_line(t: &str) -> bool {
    may_be_published(t) && PUBLISHED.find(t).is_some_and(|m| is_update_label(m.as_str()))
}

/// `find`, reading update lines as the page's date or not.
fn find_reading(text: &str, lines: &[Line], seg: &Segments, mast: &Masthead, updates: bool) -> Option<(PartialDate, Span)> {
    let in_body = |l: &Line| l.end <= seg.body_end && !seg.is_clutter(l.start);
    let header: Vec<&Line> = header_region(text, lines, seg, mast).map(|i| &lines[i]).collect();
    // Whether the page writes dates day first, found once and only for a date that needs it.
    let day_first = std::cell::OnceCell::new();
    let reads_day_first = || *day_first.get_or_init(|| writes_day_first(text, &header));
    let parse_first = |t: &str| parse(t, &reads_day_first);
    let at = |l: &Line, r: std::ops::Range<usize>, d: PartialDate| Some((d, Span::new(l.start + r.start, l.start + r.end)));
    // 1. Bylines and "Published:" lines anywhere in the body region; a label alone on its line
    //    ("Published", then "3 June 2026" under it: the label and its value in two boxes) dates
    //    the page with the line below when that is only a date.
    for (i, l) in lines.iter().enumerate().filter(|(_, l)| l.end <= seg.body_end) {
        let t = l.text(text);
        let label = may_be_published(t).then(|| PUBLISHED.find(t)).flatten();
        if !updates && label.is_some_and(|m| is_update_label(m.as_str())) {
            continue;
        }
        if label.is_some_and(|m| t[m.end()..].trim().is_empty()) {
            if let Some(next) = lines[i + 1..].iter().find(|n| !n.text(text).trim().is_empty()).filter(|n| in_body(n)) {
                let v = next.text(text);
                if let Some((d, r)) = parse_first(v).filter(|(_, r)| only_a_date(v, r)) {
                    return at(next, r, d);
                }
            }
        }
        if !in_body(l) {
            continue;
        }
        let is_byline = mast.furniture.iter().any(|&(a, z)| a == l.start && z == l.end);
        if is_byline || label.is_some() {
            if let Some((d, r)) = parse_first(t) {
                return at(l, r, d);
            }
        }
    }
    // 1b. A header line naming its update after a label ("Live updates · Last updated …").
    for l in header.iter().copied().filter(|l| in_body(l)) {
        let t = l.text(text);
        if t.split_whitespace().nth(12).is_none() && UPDATED_IN_LINE.is_match(t) && (updates || !is_update_line(t)) {
            if let Some((d, r)) = parse_first(t) {
                return at(l, r, d);
            }
        }
    }
    // 2. A line that is only a date right under a byline, wherever the byline stands ("By Clara
    //    Jiménez" below a long standfirst, then "Sat 14 Oct 2023 09.00 BST").
    for (i, l) in lines.iter().enumerate().filter(|(_, l)| in_body(l)) {
        if !mast.furniture.iter().any(|&(a, z)| a == l.start && z == l.end) {
            continue;
        }
        if let Some(next) = lines[i + 1..].iter().find(|n| !n.text(text).trim().is_empty()).filter(|n| in_body(n)) {
            let t = next.text(text);
            if let Some((d, r)) = parse_first(t).filter(|(_, r)| only_a_date(t, r)) {
                return at(next, r, d);
            }
        }
    }
    // 3. A line that is only a date, above the first paragraph: the nearest to it first, since
    //    a top bar's date above the menus is the day the page was seen, not the story's.
    for l in header.iter().rev().copied().filter(|l| in_body(l)) {
        let t = l.text(text);
        if !updates && is_update_line(t) {
            continue;
        }
        if let Some((d, r)) = parse_first(t) {
            if only_a_date(t, &r) {
                return at(l, r, d);
            }
        }
    }
    // 3b. A header line of fields where the date stands with a place and the byline only:
    //    "Tallinn, 12 March 2026", "Podgorica | 18.11.2026", "Abuja, 15 November 2026 | By …",
    //    "Wed, 21 Oct 2026 | Staff and agencies".
    for l in header.iter().copied().filter(|l| in_body(l)) {
        let t = l.text(text);
        if let Some((d, r)) = parse_first(t).filter(|(_, r)| t.split_whitespace().nth(16).is_none() && only_place_and_byline(t, r)) {
            return at(l, r, d);
        }
    }
    // 4. The dateline in front of the first paragraph.
    for &(a, z) in &mast.furniture {
        let t = &text[a..z];
        if let Some((d, r)) = parse_first(t) {
            return Some((d, Span::new(a + r.start, a + r.end)));
        }
    }
    // 4b. A line that is only a date among the lines right under the first paragraph, when that
    //    paragraph is a standfirst over the author's name and the stamp ("Marcus Hale", then
    //    "6:12 AM PST · November 18, 2026"): within three lines, past short lines only.
    let first_prose = first_paragraph(text, lines, seg, mast);
    let under = lines[first_prose..].iter().filter(|l| !l.text(text).trim().is_empty() && in_body(l));
    for l in under.skip(1).take(3) {
        let t = l.text(text);
        if let Some((d, r)) = parse_first(t).filter(|(_, r)| only_a_date(t, r)) {
            return at(l, r, d);
        }
        if is_prose(t) {
            break;
        }
    }
    // 4c. The stamp repeated right under the story, which the body no longer holds ("Published in
    //    The Ravi Times, November 12th, 2026" over the comments).
    if let Some(l) = lines.iter().find(|l| l.start >= seg.body_end && !l.is_blank(text)).filter(|l| stamp(l.text(text))) {
        let t = l.text(text);
        let label = may_be_published(t).then(|| PUBLISHED.find(t)).flatten();
        if label.is_some_and(|m| updates || !is_update_label(m.as_str())) {
            if let Some((d, r)) = parse_first(t) {
                return at(l, r, d);
            }
        }
    }
    // 5. A magazine's issue named in the header or the first paragraph: "This feature appears in
    //    the December 2026 issue of …", "In the March 2024 issue of … magazine": month precision.
    let first = mast.header_lines.end;
    for l in lines.iter().take(first + 4).filter(|l| in_body(l)) {
        let t = l.text(text);
        if let Some(c) = t.contains(" issue").then(|| ISSUE_MONTH.captures(t)).flatten() {
            let (whole, month) = (c.get(0).unwrap().range(), month_number(&c[1]));
            if let Some(d) = c[2].parse().ok().and_then(|y| PartialDate::new(y, month, None)) {
                return at(l, whole, d);
            }
        }
    }
    None
}

/// How many lines above the first paragraph the date-stamp block may reach (see `header_region`).
const STAMP_BLOCK: usize = 10;

/// The header's line numbers, top down: the page's first lines above the first paragraph (as
/// `Masthead` counts them, at most a dozen) and, where menus push the first paragraph further
/// down, the block right above it, between headline and body, where a page prints its byline, its
/// date stamp and its share bar. A top bar's date (the day the page was saved) stands above the
/// menus, out of that block.
fn header_region(text: &str, lines: &[Line], seg: &Segments, mast: &Masthead) -> impl Iterator<Item = usize> {
    let head = mast.header_lines.clone();
    let first_prose = first_paragraph(text, lines, seg, mast);
    let block = first_prose.saturating_sub(STAMP_BLOCK).max(head.end)..first_prose;
    head.chain(block)
}

/// The line number of the first paragraph of prose (`Masthead` stops counting at its cap; the
/// first paragraph may lie further down).
fn first_paragraph(text: &str, lines: &[Line], seg: &Segments, mast: &Masthead) -> usize {
    let head = mast.header_lines.end;
    lines[head..]
        .iter()
        .take_while(|l| l.start < seg.body_end)
        .position(|l| is_prose(l.text(text)))
        .map_or(head, |k| head + k)
}

/// Whether the page writes dates day first: its header's furniture is in a language whose readers
/// write 10/11/2026 for 10 November (Spanish, Portuguese, French, Italian, German, Dutch, the
/// Nordic languages, Turkish…): a byline's "Por"/"Par"/"Von"/"Door", or a share, search or
/// advertising label alone on its line. Only slashed dates whose numbers could each be the month
/// depend on it; an English header leaves them unread.
fn writes_day_first(text: &str, header: &[&Line]) -> bool {
    header.iter().any(|l| {
        let t = l.text(text).trim();
        let mut words = t.split_whitespace();
        let first = words.next().unwrap_or("");
        let byline = matches!(first, "Por" | "Par" | "Von" | "Door" | "Av") && words.next().is_some_and(|w| w.starts_with(char::is_uppercase));
        byline || (t.len() <= 20 && DAY_FIRST_LABEL.is_match(t))
    })
}

/// Share, search and advertising labels of day-first languages' pages (see `writes_day_first`).
static DAY_FIRST_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(compartir|compartilhar|compartilhe|partilhar|partager|teilen|condividi|delen|del|dela|jaa|paylaş|buscar|pesquisar|rechercher|recherche|suche|cerca|zoeken|søk|sök|haku|ara|publicidad|publicidade|publicité|anzeige|werbung|pubblicità|advertentie|annonse|annons|mainos|reklam|reklame)$").unwrap()
});

static ISSUE_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b(?:[Ii]n|[Ff]or|[Ff]rom) the {MONTH}\.? (\d{{4}}) (?:print )?(?:issue|edition)\b")).unwrap());

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{masthead, segment::segment, text::lines};

    fn date(t: &str) -> Option<String> {
        let l = lines(t);
        let s = segment(t, &l);
        let m = masthead::read(t, &l, &s);
        find(t, &l, &s, &m).map(|(d, span)| {
            assert!(t[span.range()].chars().any(|c| c.is_ascii_digit()));
            d.to_string()
        })
    }

    const P: &str = "Officials on Wednesday said that the negotiations would resume next week after the pause.";

    #[test]
    fn an_outlet_a_reading_time_or_a_glued_update_beside_the_stamp() {
        for (line, want) in [
            ("Coast Herald / 07:15 AM June 2, 2026", "2026-06-02"),
            ("Tue, Jun 2, 2026, 7:15 AM 6 min read", "2026-06-02"),
            ("09:20, 2 JUN 2026Updated11:05, 3 JUN 2026", "2026-06-02"),
        ] {
            assert_eq!(date(&format!("Headline\n{line}\n\n{P}\n")).as_deref(), Some(want), "{line}");
        }
        // A sentence with a date and other words is no stamp.
        assert_eq!(date(&format!("Headline\nTalks resume on 2 June 2026 in Geneva / Reuters sources say\n\n{P}\n")), None);
    }

    #[test]
    fn a_date_with_a_place_and_a_byline_dates_the_page() {
        for (line, want) in [
            ("Tallinn, 12 March 2026", "2026-03-12"),
            ("Podgorica | 18.11.2026", "2026-11-18"),
            ("Abuja, 15 November 2026 | By Chinedu Okonkwo-Eze and Aïssatou Diallo", "2026-11-15"),
            ("Wed, 21 Oct 2026 | Staff and agencies", "2026-10-21"),
            ("Kisumu   ●   Thu, October 8, 2026   ●   07:40 am", "2026-10-08"),
            ("October 9, 2026 (The Lakeside Courier)", "2026-10-09"),
            ("Thứ sáu, 16/10/2026, 08:15 (GMT+7)", "2026-10-16"),
            ("16 OCT 2026 | 20:14 h", "2026-10-16"),
        ] {
            assert_eq!(date(&format!("Estonia orders new howitzers from Korea\n\n{line}\n\n{P}\n")).as_deref(), Some(want), "{line}");
        }
        // A headline with a date in it is no date line.
        assert_eq!(date(&format!("Elections called for 12 March 2026 after talks fail\n\n{P}\n")), None);
    }

    #[test]
    fn the_stamp_repeated_under_the_story_dates_it() {
        let page = format!("Smog shuts schools\n\n{P}\n\nPublished in The Harbour Post, March 3rd, 2026\n\nComments (3)\nA reader\n");
        assert_eq!(date(&page).as_deref(), Some("2026-03-03"));
        // Not a date in the tail's own lists.
        let page = format!("Smog shuts schools\n\n{P}\n\nRelated\nSchools reopen\nPublished March 9, 2026\n");
        assert_eq!(date(&page), None);
    }

    #[test]
    fn formats() {
        assert_eq!(parse_first("Friday, 08 April 2022").unwrap().0.to_string(), "2022-04-08");
        assert_eq!(parse_first("April 8, 2022").unwrap().0.to_string(), "2022-04-08");
        assert_eq!(parse_first("21.Oct.2025").unwrap().0.to_string(), "2025-10-21");
        assert_eq!(parse_first("2023-01-12T10:00").unwrap().0.to_string(), "2023-01-12");
        assert_eq!(parse_first("13/01/2023").unwrap().0.to_string(), "2023-01-13");
        assert_eq!(parse_first("01/02/2023"), None);
        assert_eq!(parse_first("June 2022").unwrap().0.to_string(), "2022-06");
        assert_eq!(parse_first("on June 3"), None);
        assert_eq!(parse_first("31 April 2022"), None);
        assert_eq!(parse_first("Publié le 24 novembre 2026 à 09h14").unwrap().0.to_string(), "2026-11-24");
        assert_eq!(parse_first("24 de noviembre de 2026, 09:14 CET").unwrap().0.to_string(), "2026-11-24");
        assert_eq!(parse_first("24. Dezember 2026").unwrap().0.to_string(), "2026-12-24");
        assert_eq!(parse_first("Nov. 24, 2026 at 5:03 p.m. EST").unwrap().0.to_string(), "2026-11-24");
        assert_eq!(parse_first("Last updated 2026-11-24T09:14:00Z").unwrap().0.to_string(), "2026-11-24");
    }

    #[test]
    fn translated_date_lines_and_labelled_updates() {
        assert_eq!(date(&format!("Title\nPublié le 24 novembre 2026 à 09h14 · Mis à jour le 24 novembre 2026\n{P}\n")).as_deref(), Some("2026-11-24"));
        assert_eq!(date(&format!("Title\nActualizado: 24 de noviembre de 2026, 09:14 CET\n{P}\n")).as_deref(), Some("2026-11-24"));
        assert_eq!(date(&format!("Title\nStand: 24/11/2026 09:14 Uhr\n{P}\n")).as_deref(), Some("2026-11-24"));
        assert_eq!(date(&format!("LIVE\nTitle\nLive updates · Last updated 2026-11-24T09:14:00Z\n{P}\n")).as_deref(), Some("2026-11-24"));
    }

    #[test]
    fn a_magazine_issue_gives_the_month() {
        assert_eq!(date(&format!("Title\n\nThis feature appears in the December 2026 issue of Field magazine.\n\n{P}\n")).as_deref(), Some("2026-12"));
        assert_eq!(date("Title\n\nIn the March 2024 issue of City magazine, our editor met the minister in her office in the capital.\n").as_deref(), Some("2024-03"));
        // Deep in the story, an issue of a journal is the story's subject, not the page's date.
        assert_eq!(date(&format!("Title\n\n{P}\n\n{P}\n\n{P}\n\n{P}\n\n{P}\n\nThe study, in the March 2020 issue of Nature, found more.\n")), None);
    }

    #[test]
    fn byline_and_published_lines_count() {
        assert_eq!(date(&format!("Title\n\nBy Agency | Friday, 08 April 2022\n\n{P}\n")).as_deref(), Some("2022-04-08"));
        assert_eq!(date(&format!("Title\nPublished: 12 January 2023 10:15\n{P}\n")).as_deref(), Some("2023-01-12"));
        assert_eq!(date(&format!("Title\nJanuary 12, 2023\n{P}\n")).as_deref(), Some("2023-01-12"));
    }

    #[test]
    fn stamps_year_first_or_with_a_small_month_and_the_update_last() {
        assert_eq!(date(&format!("Title\nPosted : 2026.11.23 16:20    Modified : 2026.11.24 19:05\n{P}\n")).as_deref(), Some("2026-11-23"));
        // The update under the stamp is not the publication; alone, it is all the page says.
        let page = |stamp: &str| format!("Title\n\nRafael Tavares\nBelo Horizonte\n{stamp}Updated: 24.nov.2026 at 08h30\n\n{P}\n");
        assert_eq!(date(&page("23.nov.2026 at 19h12\n")).as_deref(), Some("2026-11-23"));
        assert_eq!(date(&page("")).as_deref(), Some("2026-11-24"));
    }

    #[test]
    fn a_date_line_in_the_language_of_the_site() {
        // The weekday and the word before the time in the site's own language, above or below
        // the headline, leave the line a date line.
        for (line, day) in [
            ("viernes, 20 de noviembre de 2026", "2026-11-20"),
            ("18 November 2026 kl. 11:20", "2026-11-18"),
            ("Mittwoch, 18. November 2026 um 11:20 Uhr", "2026-11-18"),
            ("jeudi 19 novembre 2026 à 18h02", "2026-11-19"),
        ] {
            assert_eq!(date(&format!("Title\n{line}\n{P}\n")).as_deref(), Some(day), "{line}");
        }
        // A weekday does not make a sentence a date line.
        assert_eq!(date(&format!("Title\nEl viernes 20 de noviembre de 2026 llega el frío\n{P}\n")), None);
    }

    #[test]
    fn a_date_line_under_a_byline_below_the_standfirst() {
        let t = format!("Title\n\n{P} {P}\n\nBy Clara Jimenez\nSat 14 Oct 2023 09.00 BST\n\n{P}\n");
        assert_eq!(date(&t).as_deref(), Some("2023-10-14"));
    }

    #[test]
    fn a_stamp_under_the_standfirst_and_an_unsigned_author_dates_the_page() {
        let t = format!("Title of the story\n\n{P}\n\nRita Okoye\n9:40 AM EST · March 3, 2026\n\n{P}\n");
        assert_eq!(date(&t).as_deref(), Some("2026-03-03"));
        let t = format!("Title of the story\n\n{P}\n\nAn interview by Jan Berg and Mia Holt\nFriday, 06.03.2026, 10.15 Uhr\n\n{P}\n");
        assert_eq!(date(&t).as_deref(), Some("2026-03-06"));
        // Past the second paragraph a date on its own line is the story's business, not the page's.
        let t = format!("Title of the story\n\n{P}\n\n{P}\n\nMarch 3, 2026\n\n{P}\n");
        assert_eq!(date(&t), None);
    }

    #[test]
    fn a_date_line_may_carry_its_clock_time() {
        assert_eq!(date(&format!("Title\nJuly 4, 2024 6:12 AM GMT+2 Updated 3 hours ago\n{P}\n")).as_deref(), Some("2024-07-04"));
        assert_eq!(date(&format!("Title\nMay 21, 2024 at 7:03 a.m. ET\n{P}\n")).as_deref(), Some("2024-05-21"));
        assert_eq!(date(&format!("Title\nUpdated 18:42 CET, 2 November 2023\n{P}\n")).as_deref(), Some("2023-11-02"));
        // Words that are not a clock's still make the line something else.
        assert_eq!(date(&format!("Title\nMay 21, 2024 at the summit in Paris\n{P}\n")), None);
    }

    #[test]
    fn a_date_line_may_name_any_zone_after_its_clock() {
        for (line, want) in [("October 30th, 2026 - 20:15 COT", "2026-10-30"), ("21 Nov 2026 (Sat) 19:32 JST", "2026-11-21"), ("Thursday, 12.11.2026, 17.05 Uhr", "2026-11-12"), ("3 March 2026, 9:05 a.m. AEDT", "2026-03-03")] {
            assert_eq!(date(&format!("Title of the story\n{line}\n{P}\n")).as_deref(), Some(want), "{line}");
        }
        // Capitals that follow no clock are words of another line.
        assert_eq!(date(&format!("Title of the story\n21 Nov 2026 NATO summit\n{P}\n")), None);
    }

    #[test]
    fn a_clock_glued_to_the_year_is_read_apart() {
        // Copying a page glues the date's box to the time's: "20263:48 PM", "GMTUpdated".
        let (d, r) = parse_first("November 12, 20263:48 PM GMT").unwrap();
        assert_eq!((d.to_string(), r), ("2026-11-12".to_string(), 0..17));
        assert_eq!(parse_first("12 Nov 202609:05").unwrap().0.to_string(), "2026-11-12");
        // Without a clock after it, a fifth digit makes no year.
        assert_eq!(parse_first("November 12, 20263"), None);
        let t = format!("Title\n\nBy Camila Ortúzar and Felix Brandt\n\nNovember 12, 20263:48 PM GMTUpdated 2 hours ago\n\n{P}\n");
        assert_eq!(date(&t).as_deref(), Some("2026-11-12"));
    }

    /// A page whose menus run past the dozen lines the masthead reads: `menus` lines of them.
    fn page_under_menus(top: &str, stamp: &str) -> String {
        let menus: String = ["News", "Opinion", "Sport", "Culture", "World", "Europe", "Americas", "Asia", "Africa", "Business", "Science", "Portugal", "Sign in", "Search"]
            .iter()
            .map(|m| format!("{m}\n"))
            .collect();
        format!("{top}The Courier\n{menus}Lisbon tenants win reprieve as court freezes evictions\nRuling halts 200 eviction orders\nHarriet Lowe in Lisbon\n{stamp}\nShare\n\n{P}\n")
    }

    #[test]
    fn the_stamp_between_headline_and_body_dates_the_page_below_long_menus() {
        for (stamp, want) in [("Tue 10 Nov 2026 17.05 GMT", "2026-11-10"), ("24 Nov, 2026 07:05 AM", "2026-11-24"), ("2026-11-23 14:02", "2026-11-23"), ("Hyderabad | Updated: Nov 3, 2026, 10:12 IST", "2026-11-03")] {
            assert_eq!(date(&page_under_menus("", stamp)).as_deref(), Some(want), "{stamp}");
        }
        // The top bar's date, above the menus, is the day the page was saved.
        assert_eq!(date(&page_under_menus("Friday, 20 November 2026\n", "Wed 18 Nov 2026")).as_deref(), Some("2026-11-18"));
        assert_eq!(date(&format!("Friday, 20 November 2026\nNews\nSport\nTitle of the story here\nWed 18 Nov 2026\n{P}\n")).as_deref(), Some("2026-11-18"));
        // A relative stamp gives nothing, whatever the footer says.
        assert_eq!(date(&format!("{}\n© 2026 The Courier\n", page_under_menus("", "3 hours ago"))), None);
    }

    #[test]
    fn a_label_alone_on_its_line_dates_the_page_with_the_line_below() {
        // Below a cookie banner whose sentence is the page's first prose, out of the header.
        let banner = "We use some essential cookies to make this website work and to understand how you use the site.";
        assert_eq!(date(&format!("{banner}\nTitle\nFrom:\nMinistry of Ports\nPublished\n3 June 2026\nPrint this page\n\n{P}\n")).as_deref(), Some("2026-06-03"));
        // The line below must be only a date.
        assert_eq!(date(&format!("Title\nPublished\nThe 3 June 2026 report of the ministry\n\n{P}\n")), None);
    }

    #[test]
    fn a_slashed_date_is_read_day_first_on_a_page_whose_furniture_is_day_first() {
        let page = |byline: &str| format!("Sociedad\nMontevideo declares water emergency\n{byline}\n10/11/2026 - 14:35\nCompartir\n{P}\n");
        assert_eq!(date(&page("Por Martina Lacalle")).as_deref(), Some("2026-11-10"));
        // An English header leaves the order unknown: no date rather than a wrong one.
        let english = format!("World\nMontevideo declares water emergency\nBy Martina Lacalle\n10/11/2026 - 14:35\nShare\n{P}\n");
        assert_eq!(date(&english), None);
        // Where one number cannot be a month, the order never needed the page.
        assert_eq!(date(&format!("World\nTitle of the story\n10/13/2026\n{P}\n")).as_deref(), Some("2026-10-13"));
    }

    #[test]
    fn story_dates_weekdays_and_tail_dates_do_not() {
        assert_eq!(date(&format!("Title\n{P} The November 9, 2020 statement stands.\n")), None);
        assert_eq!(date(&format!("Title\n{P}\nLatest news\nOther story\n21.Oct.2025\n")), None);
        assert_eq!(date(&format!("Title\nPublished: Updated:\n{P}\n")), None);
    }
}
