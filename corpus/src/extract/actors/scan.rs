//! The per-line scan: a line's words are collected into capitalised runs (`scan_line`), and each
//! run, split into parts (`split`), is classified into countries, organisations and people by the
//! evidence around it (`classify_run`, asking `context`), straight into the `Builder`. Also the
//! names a run gives (`org_name`, `person_name`) and where they end.

use super::super::gazetteer::{self, CountryForm, ORG_HEADS, SENTENCE_WORDS, TITLE_HEADS};
use super::super::names;
use super::super::text::{self, is_all_caps, is_capitalised, is_one_space, with_lower, Word};
use super::Known;
use super::builder::{Builder, slot};
use super::context::{
    acts_as_organisation, appositive_after, capital_is_government, coordinated_with_state_phrase,
    demonym_phrase, employer_after, in_prose, in_ticker, institution_after, interviewed,
    affiliation_then_speaks, names_organisation, relative_who_then_speaks, role_before, speech_next_to, staff_after,
    to_a_place, transfers_player, who_does, whole_line,
};
use super::split::{is_title_domain, Part, split_run};
use super::words::{
    age_after, personal_possession_after, ArticleWords, CALENDAR, INSIDE, is_abstract_noun, is_connector, is_domain, is_sentence_start,
    is_title, possessive_after, STANDALONE,
};
use crate::model::{ActorKind, Span};

/// What the rules know about the article while reading one line.
pub(super) struct LineCtx<'a> {
    pub(super) seen: &'a ArticleWords<'a>,
    pub(super) known: &'a Known,
    /// The line capitalises every word (a headline), so its capitals prove nothing.
    pub(super) title_case: bool,
}

/// A headline in Title Case capitalises every word, so capitals there prove nothing. Its style
/// leaves only function words in lower case ("from", "with"), and perhaps a word or two of a
/// tail ("… Talks on Power grid"); a line with three other lower-case words, or ending as a
/// sentence does, is a sentence full of names and titles ("The deal was signed by Vietnamese
/// Minister of Industry and Trade …"), whose capitals are evidence.
pub(super) fn is_title_case(text: &str, words: &[Word]) -> bool {
    let (mut long, mut lower) = (0, 0);
    for w in words.iter().map(|w| w.text(text)).filter(|w| w.len() > 3) {
        if w.starts_with(char::is_lowercase) {
            if is_title_case_lower(w) {
                continue;
            }
            lower += 1;
            // A sentence shows itself within a few words: no need to read the rest of a paragraph.
            if lower > 2 {
                return false;
            }
        } else if is_all_caps(w) {
            continue;
        }
        long += 1;
    }
    // A headline does not end as a sentence does, with a full stop (not an abbreviation's dot:
    // "… Inc.", "… U.S.").
    let sentence_end = words.last().is_some_and(|w| {
        let last = w.text(text);
        text[w.end..].starts_with('.') && !last.ends_with('.') && !is_all_caps(last) && !matches!(last, "Inc" | "Corp" | "Co" | "Ltd" | "Jr" | "Sr")
    });
    long >= 3 && lower * 5 <= long && !sentence_end
}

/// Prepositions of four letters or more, which some Title Case styles leave in lower case (verbs
/// such as "Says" they capitalise).
fn is_title_case_lower(w: &str) -> bool {
    matches!(
        w,
        "from" | "with" | "into" | "onto" | "over" | "upon" | "amid" | "after" | "about" | "under" | "near" | "against" | "despite"
            | "through" | "without" | "before" | "between"
    )
}

pub(super) fn name_like(s: &str) -> bool {
    // Most words start with a lower-case ASCII letter: of those only web names ("news.am"),
    // prefixed names ("al-Assad") and elided particles ("d’Ivoire") are name-like, and all need a
    // '.', a '-' or an apostrophe.
    if s.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return s.bytes().any(|b| b == b'.' || b == b'-') && (is_domain(s) || names::is_prefixed_name(s)) || elided_particle(s);
    }
    (is_capitalised(s) && !modifier_compound(s)) || is_all_caps(s) || is_domain(s) || names::is_prefixed_name(s)
}

/// "d’Ivoire", "d'Estaing": an elided "de" joined to a name.
fn elided_particle(s: &str) -> bool {
    s.len() > 2 && s.as_bytes()[0] == b'd' && ["d’", "d'"].iter().any(|p| s.strip_prefix(p).is_some_and(|r| r.starts_with(char::is_uppercase)))
}

/// "Podgorica-based", "Moscow-brokered": a name made a modifier by a participle after a hyphen,
/// which names no actor itself (unlike a given name's lower-case half: "Lee Sung-min").
fn modifier_compound(s: &str) -> bool {
    // The participle is short: its hyphen is among the last 15 bytes, looked for without a search
    // call (this runs for every capitalised word).
    let b = s.as_bytes();
    // Every participle listed ends in one of these letters.
    if !b.last().is_some_and(|c| matches!(c, b'd' | b'n' | b'e' | b'y' | b'a' | b'g')) {
        return false;
    }
    let from = b.len().saturating_sub(15);
    let Some(h) = b[from..].iter().rposition(|&c| c == b'-') else { return false };
    let last = &s[from + h + 1..];
    {
        matches!(
            last,
            "based" | "led" | "backed" | "owned" | "born" | "run" | "made" | "linked" | "allied" | "aligned" | "affiliated"
                | "controlled" | "brokered" | "funded" | "sponsored" | "style" | "bound" | "wide" | "era" | "listed"
                | "registered" | "headquartered" | "friendly" | "leaning" | "installed" | "appointed" | "imposed"
        )
    }
}

/// Where a name continues after lower-case particles starting at `k` ("von der Leyen"): the index
/// of the capitalised word they lead to, across single spaces.
pub(super) fn particles_lead_to_name(text: &str, words: &[Word], k: usize) -> Option<usize> {
    // Nearly every word is no particle: nothing to look at then.
    if !words.get(k).is_some_and(|w| names::is_inner_particle(w.text(text))) {
        return None;
    }
    let mut m = k;
    while m < words.len() && m - k < 3 && names::is_inner_particle(words[m].text(text)) {
        m += 1;
    }
    let spaced = (k + 1..=m.min(words.len() - 1)).all(|x| text[words[x - 1].end..words[x].start] == *" ");
    let w = words.get(m)?.text(text);
    (m > k && spaced && is_capitalised(w) && !is_all_caps(w) && !is_title(w)).then_some(m)
}

/// Collects the words of one line into capitalised runs and classifies them.
pub(super) fn scan_line(text: &str, words: &[Word], ctx: &LineCtx, b: &mut Builder) {
    // A line in capitals only is a masthead or a section label ("ENERGY", "FOOTBALL FOCUS").
    let mostly_caps = words.len() >= 3 && words.iter().filter(|w| is_all_caps(w.text(text))).count() * 2 > words.len()
        || !words.is_empty() && words.iter().all(|w| !w.text(text).chars().any(char::is_lowercase));
    // A navigation menu: capitalised words only, set apart by wide gaps or bars ("Home | Politics").
    if is_menu(text, words) {
        return;
    }
    let mut i = 0;
    while i < words.len() {
        // A surname repeated with its particles starts with one: "von der Leyen said".
        if !name_like(words[i].text(text)) && particles_lead_to_name(text, words, i).is_none() || currency_prefix(text, words[i]) {
            i += 1;
            continue;
        }
        // Extend the run over name words, joined only by a space, and over connectors that lead
        // to another name word inside an organisation's or a title's name.
        let mut j = i + 1;
        while j < words.len() {
            let gap = &text[words[j - 1].end..words[j].start];
            if gap == ", " {
                if let Some(end) = listed_complement(text, words, i, j) {
                    j = end;
                    continue;
                }
            }
            // "Rep. Matt Gaetz": an abbreviated title keeps its dot.
            // "Moh. Fadli Tombolotutu": so does a given name that opens the run.
            let abbreviated_title = gap == ". "
                && (TITLE_HEADS.contains(format!("{}.", words[j - 1].text(text)).as_str())
                    || j - 1 == i && names::is_abbreviated_given_name(words[i].text(text)));
            // "Robert “Bobby” Delacroix": a nickname in quotation marks between two names.
            if nickname_at(text, words, j) {
                j += 2;
                continue;
            }
            // "Foulston & Hale", "London School of Hygiene & Tropical Medicine": one name.
            if gap == " & " && is_capitalised(words[j].text(text)) {
                j += 1;
                continue;
            }
            // "Kingston Residents' Association": a group's possessive inside an organisation's name.
            if group_possessive(text, words, j) {
                j += 1;
                continue;
            }
            if irregular_plural_possessive(text, words, j) {
                j += 2;
                continue;
            }
            if !(is_one_space(gap) || gap == "-" || abbreviated_title) || possessive_after(text, words[j - 1]) {
                break;
            }
            let w = words[j].text(text);
            // "Shell plc": a legal form in lower case ends a company's name.
            if matches!(w, "plc" | "ltd" | "llc" | "inc" | "bv" | "nv") {
                j += 1;
                continue;
            }
            if name_like(w) {
                j += 1;
                continue;
            }
            if let Some(m) = particles_lead_to_name(text, words, j) {
                j = m + 1;
                continue;
            }
            if is_connector(w) {
                let has_head = words[i..j].iter().any(|x| {
                    let s = x.text(text);
                    ORG_HEADS.contains(s) || is_title(s) || is_state_style(s) || gazetteer::FRONT_HEADS.contains(s)
                }) || (w == "of" && words[j - 1].text(text) == "House" && (j == i + 1 || j == i + 2 && words[i].text(text) == "The")); // "House of Lords" (`split::org_head_ahead`)
                // "the AU’s Peace and Security Council": "and" inside a name that a head word
                // ends, after "the" or an owner (not in a list: "Synopsys and Cadence Design Systems").
                let before = &text[..words[i].start];
                let determined = before.ends_with("the ") || before.ends_with("The ") || before.ends_with("’s ") || before.ends_with("'s ")
                    || words[i].text(text) == "The";
                if w == "and" && !has_head && determined {
                    if let Some(end) = head_after_and(text, words, j) {
                        j = end;
                        continue;
                    }
                }
                let mut k = j;
                while k < words.len() && is_connector(words[k].text(text)) && k - j < 2 {
                    k += 1;
                }
                let gap_ok = (j..=k.min(words.len() - 1)).all(|x| x == 0 || is_one_space(&text[words[x - 1].end..words[x].start]));
                // "the Senate on Saturday": a date is not part of a name.
                let named = k < words.len() && name_like(words[k].text(text)) && !CALENDAR.contains(&words[k].text(text));
                if has_head && named && gap_ok {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        let run = &words[i..j];
        let caps = || run.iter().all(|w| is_all_caps(w.text(text)));
        if !((mostly_caps || i == 0) && caps() && (mostly_caps || is_dateline(text, words, j))) {
            classify_run(text, words, i, run, ctx, b);
        }
        i = j;
    }
}

/// Whether the gap before word `j` is the possessive of a group of people inside an organisation's
/// name: a plural in -s and an apostrophe before a head word ("Residents' Association",
/// "Veterans’ Union"), which a person's name does not take.
fn group_possessive(text: &str, words: &[Word], j: usize) -> bool {
    let (prev, next) = (words[j - 1].text(text), words[j].text(text));
    let plural = matches!(&text[words[j - 1].end..words[j].start], "' " | "’ ") && prev.len() > 3 && prev.ends_with('s');
    plural && ORG_HEADS.contains(next)
}

/// Whether words `j` and `j + 1` are the "s" of an irregular plural's possessive and a head word:
/// "People's Party", "Women’s Institute" (the words are "People", "s", "Party").
fn irregular_plural_possessive(text: &str, words: &[Word], j: usize) -> bool {
    j + 1 < words.len()
        && matches!(words[j - 1].text(text), "People" | "Women" | "Men" | "Children")
        && matches!(&text[words[j - 1].end..words[j].start], "'" | "’")
        && words[j].text(text) == "s"
        && text[words[j].end..words[j + 1].start] == *" "
        && ORG_HEADS.contains(words[j + 1].text(text))
}

/// A line of capitalised words only, most of them set apart by two spaces or a bar: a menu.
fn is_menu(text: &str, words: &[Word]) -> bool {
    if words.len() < 4 || !words.iter().all(|w| is_capitalised(w.text(text))) {
        return false;
    }
    let wide = words.windows(2).filter(|p| {
        let gap = &text[p[0].end..p[1].start];
        gap.contains("  ") || gap.contains(['|', '•', '·', '/'])
    });
    wide.count() * 2 >= words.len()
}

/// Whether word `j` is a nickname in quotation marks with a name on each side ("Margaret “Peg”
/// Hartley"): not part of the person's name, which goes on after it.
fn nickname_at(text: &str, words: &[Word], j: usize) -> bool {
    let Some(after) = words.get(j + 1) else { return false };
    let open = &text[words[j - 1].end..words[j].start];
    let close = &text[words[j].end..after.start];
    matches!(open, " “" | " \"" | " ‘") && matches!(close, "” " | "\" " | "’ ")
        && is_capitalised(words[j].text(text))
        && is_capitalised(after.text(text))
}

/// Where a name continues over the "and" at `j` to a head word that ends it, within three
/// capitalised words ("Risk Reduction and Management Council"): not into a country, an acronym
/// or "the", which start another actor ("Russia and the OSCE Minsk Group").
pub(super) fn head_after_and(text: &str, words: &[Word], j: usize) -> Option<usize> {
    // The capitalised words after "and"; the last of them must be a head ("Exchange Commission").
    let mut k = j + 1;
    while k < words.len() && k < j + 4 {
        let w = words[k].text(text);
        if text[words[k - 1].end..words[k].start] != *" " || !is_capitalised(w) || is_all_caps(w) || gazetteer::country(w).is_some() {
            break;
        }
        k += 1;
    }
    let more = words.get(k).is_some_and(|n| text[words[k - 1].end..n.start] == *" " && is_capitalised(n.text(text)));
    (k > j + 1 && !more && ORG_HEADS.contains(words[k - 1].text(text))).then_some(k)
}

/// Whether the capitalised run ending before word `j` opens its line as a dateline ("ASUNCIÓN —
/// Paraguay is …", "LAHORE: The …"): a place in capitals before a dash or a colon and a paragraph.
fn is_dateline(text: &str, words: &[Word], j: usize) -> bool {
    let end = words[j - 1].end;
    let rest = &text[end..text::floor_boundary(text, end + 120)];
    let rest = rest.trim_start_matches(' ');
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    // "JAÉN, Spain" alone on its line, or "SANTA FE, N.M. — …": the place with its region.
    let region = line.strip_prefix(", ").is_some_and(|r| {
        r.contains(" — ") || r.contains(" – ") || (r.len() <= 30 && r.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase())))
    });
    region || ["— ", "– ", "- ", ": "].iter().any(|d| rest.starts_with(d)) && !rest.contains('\n')
}

/// The style of a state's formal name ("Republic", "Kingdom"), which "of" and the name follow.
fn is_state_style(w: &str) -> bool {
    matches!(w, "Republic" | "Kingdom" | "Sultanate" | "Emirate" | "Principality" | "Commonwealth")
}

/// "Department for Environment, Food and Rural Affairs": an organisation's complement that lists
/// its parts continues over the commas to the part after "and". `j` follows the first comma;
/// returns where the name ends.
fn listed_complement(text: &str, words: &[Word], i: usize, j: usize) -> Option<usize> {
    // A title's portfolio lists its parts too: "Commissioner for Political Affairs, Peace and Security".
    let in_complement = words[i..j]
        .windows(2)
        .any(|p| (ORG_HEADS.contains(p[0].text(text)) || is_title(p[0].text(text))) && matches!(p[1].text(text), "for" | "of"));
    if !in_complement {
        return None;
    }
    let gap = |k: usize| &text[words[k - 1].end..words[k].start];
    let item = |from: usize| {
        let mut k = from;
        while k < words.len() && is_capitalised(words[k].text(text)) && (k == from || is_one_space(gap(k))) {
            k += 1;
        }
        k
    };
    let mut k = j;
    loop {
        let end = item(k);
        if end == k || end >= words.len() {
            return None;
        }
        match (gap(end), words[end].text(text)) {
            (" " | ", ", "and") => {
                let last = item(end + 1);
                return (last > end + 1 && is_one_space(gap(end + 1))).then_some(last);
            }
            (", ", _) => k = end,
            _ => return None,
        }
    }
}

/// The words joined by single spaces: the text itself when that is how it spaces them (nearly
/// always), a copy otherwise.
fn word_key<'t>(text: &'t str, ws: &[Word]) -> std::borrow::Cow<'t, str> {
    let Some((first, last)) = ws.first().zip(ws.last()) else { return "".into() };
    // "Moh. Fadli Tombolotutu", "Rep. Matt Gaetz": an abbreviation's dot is the name's.
    let spaced = ws.windows(2).all(|p| matches!(&text[p[0].end..p[1].start], " " | ". "));
    if spaced {
        text[first.start..last.end].into()
    } else {
        ws.iter().map(|w| w.text(text)).collect::<Vec<_>>().join(" ").into()
    }
}

fn classify_run(text: &str, line_words: &[Word], run_start: usize, run: &[Word], ctx: &LineCtx, b: &mut Builder) {
    if region(text, run, b) {
        return;
    }
    // The parts go into a buffer the builder keeps: one allocation per article, not per run.
    let mut parts = std::mem::take(&mut b.parts);
    split_run(text, run, ctx.title_case, &mut parts);
    // The words of a title just before ("deputy foreign minister"): the role of the name after it.
    let mut prev_title: Option<String> = None;
    // A nationality right before a title ("Russian Deputy Foreign Minister") is part of the role.
    let mut demonym: Option<String> = None;
    for idx in 0..parts.len() {
        let part = parts[idx].clone();
        let nationality = demonym.take();
        match part {
            Part::Country { canonical, form, from, to } => {
                let ws = &run[from..to];
                let span = Span::new(ws[0].start, ws[ws.len() - 1].end);
                let institution = if form == CountryForm::Capital { None } else { institution_after(text, ws) };
                match (form, institution) {
                    (_, Some((inst, end))) => {
                        let adjective = gazetteer::demonym_of(canonical).unwrap_or(canonical);
                        b.add_org(&format!("{adjective} {inst}"), Span::new(span.start as usize, end), text, ws);
                    }
                    // "1.2 billion US dollars": a country's name before its currency names no actor.
                    (CountryForm::Name, None) if currency_after(text, span.end as usize) => {}
                    (CountryForm::Name, None) => b.add(canonical, ActorKind::Country, span, text),
                    (CountryForm::Capital, _) => {
                        if capital_is_government(text, line_words, run_start + from, ws) {
                            b.add(canonical, ActorKind::Country, span, text);
                        }
                    }
                    (CountryForm::Demonym, None) => {
                        if let Some(span) = demonym_phrase(text, ws) {
                            b.add(canonical, ActorKind::Country, span, text);
                        } else if coordinated_with_state_phrase(text, span.end as usize) {
                            b.add(canonical, ActorKind::Country, span, text);
                        }
                        demonym = Some(text[span.range()].to_lowercase());
                    }
                }
                prev_title = None;
            }
            Part::Org { from, to } => {
                let ws = &run[from..to];
                let span = Span::new(ws[0].start, abbreviation_end(text, ws));
                let surface = &text[span.range()];
                // "(NASDAQ: ARCD)": a stock exchange and a ticker are no actors here.
                if ws.len() == 1 && is_all_caps(surface) && in_ticker(text, span) {
                    prev_title = None;
                    continue;
                }
                // "(SPIEF)" right after a name spells that name: an alias of it when it is an
                // actor, nothing when it is not.
                if ws.len() == 1 && is_all_caps(surface) && text[..span.start as usize].ends_with(" (") {
                    // After a person it names their party or employer, unless it is their initials.
                    if b.person_not_spelled_by(span.start as usize - 2, surface) {
                        b.add_org(surface, span, text, ws);
                    } else if let Some(org_end) = b.organisation_in_place_spelled_by(span.start as usize - 2, surface, text) {
                        b.alias_of_detection_ending_at(org_end, span, text);
                    } else {
                        b.alias_of_detection_ending_at(span.start as usize - 2, span, text);
                    }
                    prev_title = None;
                    continue;
                }
                // "737 MAX 9", "MAX 8": capitals next to a number name a model, not an organisation.
                let numeral_beside = text[..span.start as usize].strip_suffix(' ').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
                    || text[span.end as usize..].strip_prefix(' ').is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
                if ws.len() == 1 && is_all_caps(surface) && numeral_beside {
                    prev_title = None;
                    continue;
                }
                let has_acronym = ws.iter().any(|w| is_all_caps(w.text(text)) || is_domain(w.text(text)));
                if ctx.title_case && !has_acronym {
                    prev_title = None;
                    continue;
                }
                // "Qatalyst Partners for Helix": a complement that is another organisation's whole
                // name is that organisation, named after this one.
                let known_tail = (1..ws.len()).find(|&p| {
                    matches!(ws[p - 1].text(text), "for" | "of") && p >= 2 && b.index[slot(ActorKind::Organization)].contains_key(word_key(text, &ws[p..]).as_ref())
                });
                if let Some(p) = known_tail {
                    let (own, other) = (&ws[..p - 1], &ws[p..]);
                    let other_span = Span::new(other[0].start, other[other.len() - 1].end);
                    b.add_org(&word_key(text, other), other_span, text, other);
                    b.add_org(&word_key(text, own), Span::new(own[0].start, own[own.len() - 1].end), text, own);
                    prev_title = None;
                    continue;
                }
                if let Some(name) = org_name(text, ws) {
                    if !is_sentence_start(text, ws[0]) || ws.len() > 1 || is_all_caps(surface) || is_domain(surface) {
                        b.add_org(&name, span, text, ws);
                    }
                }
                prev_title = None;
            }
            Part::Title { from, to } => {
                let title = word_key(text, &run[from..to]).to_lowercase();
                prev_title = Some(nationality.map_or(title.clone(), |d| format!("{d} {title}")));
            }
            Part::Name { from, to, titled } => {
                // "Dockworker Mohamed el-Amrani": a first word at a sentence start that the
                // article also writes in lower case (or in the plural) is a common noun, the role.
                let lead_common = to - from >= 3 && is_sentence_start(text, run[from]) && {
                    let w = run[from].text(text);
                    with_lower(w, |l| ctx.seen.lower(l) || ctx.seen.lower(&format!("{l}s")))
                        && !names::is_particle(w)
                };
                let (from, titled) = if lead_common { (from + 1, true) } else { (from, titled) };
                let ws = &run[from..to];
                let name = person_name(text, ws);
                let span = Span::new(ws[0].start, abbreviation_end(text, ws));
                let surname = ws[ws.len() - 1].text(text);
                // One word after "of" or "in" is a place ("Rep. Matt Gaetz of Florida"), but after
                // "at" one that employs someone is not ("an analyst at Barclays").
                let place = ws.len() == 1
                    && !titled
                    && run_start + from > 0
                    && match line_words[run_start + from - 1].text(text) {
                        // Not "the purchase of Ansys": what is bought is a company.
                        "of" => !(run_start + from >= 2 && with_lower(line_words[run_start + from - 2].text(text), |w| matches!(w, "purchase" | "acquisition" | "takeover" | "buyout"))),
                        // Not "a stake in Ardeno": what is held is a company.
                        "in" => !(run_start + from >= 2 && matches!(line_words[run_start + from - 2].text(text), "stake" | "stakes" | "shares" | "holding" | "shareholding")),
                        "from" | "near" => true,
                        "at" => !employer_after(text, line_words, run_start + from),
                        _ => false,
                    };
                // "a fire near Ponte de Sor", "ships diverted to Hamburg": a name of any length
                // after a preposition of nearness or a verb of moving things there is a place.
                let place = place || (!titled && run_start + from > 0 && to_a_place(text, line_words, run_start + from));
                let is_known = ctx.known.persons.contains(name.as_ref());
                // "a domestic at the Queen Elizabeth": "the" before a title and one name names a
                // thing called after the person (a hospital, a ship), not the person.
                let named_after = titled && ws.len() == 1 && idx > 0 && match parts[idx - 1] {
                    Part::Title { from: t, to: t_end } if t_end == from => {
                        let k = run_start + t;
                        k > 0 && line_words[k - 1].text(text) == "the" && text[line_words[k - 1].end..run[t].start] == *" "
                    }
                    _ => false,
                };
                if named_after && !is_known {
                    prev_title = None;
                    continue;
                }
                // In a Title Case headline only names known from elsewhere count. What rules a
                // name out is checked before the costlier search for evidence.
                if !is_known && (place || ctx.title_case) {
                    b.unproven.insert(name.into_owned());
                    prev_title = None;
                    continue;
                }
                // Common nouns, also in the plural ("Campaigners say").
                let all_common = || {
                    ws.iter().all(|w| {
                        let s = w.text(text);
                        with_lower(s, |lower| {
                            let singular = lower.strip_suffix('s').unwrap_or(lower);
                            // "Witnesses", "Coaches": the plural of a noun in -s, -ss, -ch, -sh, -x.
                            let singular_es = lower.strip_suffix("es").unwrap_or(lower);
                            ctx.seen.lower(lower)
                                || SENTENCE_WORDS.contains(s)
                                || is_abstract_noun(lower)
                                || gazetteer::is_role_noun(singular)
                                || gazetteer::is_role_noun(singular_es)
                        })
                    })
                };
                // A name with no head word the rules know can still show it is an organisation:
                // "Gazprom, the state energy company", "a spokesman for Greenpeace", "told Reuters",
                // or by what it does: "the Red Cross delivered", "Hezbollah have offered".
                // "the Red Cross", also with a nationality between ("the Palestinian Red Crescent").
                let at = run_start + from;
                let joined = |k: usize| text[line_words[k - 1].end..line_words[k].start] == *" ";
                let is_the = |k: usize| matches!(line_words[k].text(text), "the" | "The");
                let demonym = |k: usize| gazetteer::country(line_words[k].text(text)).is_some_and(|(_, f)| f == CountryForm::Demonym);
                let the_demonym = at > 1 && joined(at) && joined(at - 1) && demonym(at - 1) && is_the(at - 2);
                let after_the = (at > 0 && joined(at) && is_the(at - 1)) || the_demonym;
                // "Boeing Chief Executive Dave Calhoun": a name before an executive's or a
                // spokesperson's title and the person holding it employs that person.
                let title_after = matches!(parts.get(idx + 1), Some(&Part::Title { from: t, .. }) if t == to)
                    && matches!(parts.get(idx + 2), Some(Part::Name { titled: true, .. }));
                let employer = title_after && matches!(parts.get(idx + 1), Some(&Part::Title { to: t_end, .. }) if is_executive_title(run[t_end - 1].text(text)));
                // "Cebu Governor Pamela Baricuatro": before another title, the place it is held in.
                if title_after && !employer && !titled && !is_known {
                    prev_title = None;
                    continue;
                }
                // "Lattice & Vane": a name of names joined by "&" is a firm's, unless it is a whole
                // line (a masthead or a section: "Health & Science").
                let ampersand = ws.windows(2).any(|p| text[p[0].end..p[1].start] == *" & ");
                if ampersand && !is_known && !whole_line(text, span) {
                    let span = Span::new(partners_start(text, span.start as usize), span.end as usize);
                    b.add_org(&text[span.range()], span, text, ws);
                    prev_title = None;
                    continue;
                }
                // "published in The Lancet": "The" capitalised inside a sentence is part of a name,
                // a newspaper's or a journal's.
                let at0 = run_start + from;
                if !is_known && at0 > 0 && line_words[at0 - 1].text(text) == "The" && text[line_words[at0 - 1].end..ws[0].start] == *" "
                    && !is_sentence_start(text, line_words[at0 - 1])
                    && !text[..line_words[at0 - 1].start].ends_with(['“', '"', '‘', '\''])
                {
                    let whole = Span::new(line_words[at0 - 1].start, span.end as usize);
                    b.add_org(&text[whole.range()], whole, text, ws);
                    prev_title = None;
                    continue;
                }
                // "QatarEnergy", "ExxonMobil": a capital inside one word is a brand's.
                // "L’Équipe", "L’Oréal": a French article elided onto a name makes it a title's or a firm's.
                let brand = ws.len() == 1 && (camel_case(ws[0].text(text)) || elided_article(ws[0].text(text))) && in_prose(text, line_words, run_start + from);
                // "Arsenal signed Norwegian striker …": a club buying or selling a player.
                let brand = brand || transfers_player(text, line_words, run_start + to);
                // "Benfica president Rui Costa", "Intel engineers": who works for it.
                let staff = !titled && !is_known && staff_after(text, line_words, run_start + to)
                    && (ws.len() > 1 || !is_sentence_start(text, ws[0]) || ctx.seen.has(ws[0].text(text), INSIDE));
                // "John Smith of the Brookings Institution said": a person speaking for their employer.
                if !titled && !is_known && ws.len() >= 2 && affiliation_then_speaks(text, line_words, run_start + to) && !all_common() {
                    b.add_person(&name, span, None);
                    prev_title = None;
                    continue;
                }
                if !titled && !is_known && (names_organisation(text, line_words, run_start + from, ws) || brand || staff || (employer && !all_common())) {
                    b.add_org(&name, span, text, ws);
                    prev_title = None;
                    continue;
                }
                if !titled && !is_known && acts_as_organisation(text, line_words, run_start + from, run_start + to, after_the) && !all_common() {
                    // The nationality is part of the name ("the Palestinian Red Crescent").
                    if the_demonym {
                        let start = line_words[at - 1].start;
                        b.add_org(&text[start..span.end as usize], Span::new(start, span.end as usize), text, &line_words[at - 1..run_start + to]);
                    } else {
                        b.add_org(&name, span, text, ws);
                    }
                    prev_title = None;
                    continue;
                }
                // No person's name follows "the": "the Duke" is a title, "the Alps" a place.
                if after_the && !is_known {
                    b.unproven.insert(name.into_owned());
                    prev_title = None;
                    continue;
                }
                let role = prev_title
                    .take()
                    .or_else(|| role_before(text, line_words, run_start + from))
                    // After the dot of "Jr.": "Rey Dacanay Jr., regional director".
                    .or_else(|| appositive_after(text, span.end as usize));
                let evidence = titled
                    || role.is_some()
                    || (ws.len() >= 2 && interviewed(text, line_words, run_start + from))
                    || age_after(text, span.end as usize)
                    || (ws.len() >= 2 && personal_possession_after(text, span.end as usize))
                    || (ws.len() >= 2 && relative_who_then_speaks(&text[span.end as usize..text::floor_boundary(text, span.end as usize + 160)]))
                    || (ws.len() >= 2 && who_does(&text[span.end as usize..text::floor_boundary(text, span.end as usize + 40)]))
                    || speech_next_to(text, line_words, run_start + from, run_start + to)
                    || (ws.len() >= 2 && ws.len() <= 3 && ctx.seen.has(surname, STANDALONE));
                // "Affairs", "Justice": a portfolio's word alone names no person (an institution
                // may be one: "the Treasury released").
                let portfolio = ws.len() == 1 && is_title_domain(ws[0].text(text));
                if is_known || (evidence && !all_common() && !portfolio) {
                    b.add_person(&name, span, role);
                    // "Margaret “Peg” Hartley": the name as written is an alias of the person.
                    if name != text[span.range()] {
                        b.alias_of_detection_ending_at(span.end as usize, span, text);
                    }
                } else {
                    if ws.len() <= 3 && !all_common() {
                        b.candidates.push(span);
                    }
                    b.unproven.insert(name.into_owned());
                }
                prev_title = None;
            }
            Part::Skip => prev_title = None,
        }
    }
    parts.clear();
    b.parts = parts;
}

/// A region that acts or is governed, named with no list of regions: its government ("the Penang
/// state government", "the Canary Islands government", an organisation), a province by its head
/// word ("Iwate Prefecture", "Kherson Oblast") or the place a regional government is of ("the
/// regional government of Cusco"), both of the kind news gives states. Countries are left to the
/// gazetteer ("the Kenyan government" is Kenya's).
fn region(text: &str, run: &[Word], b: &mut Builder) -> bool {
    const LEVELS: &[&str] = &["state", "provincial", "regional", "departmental", "municipal", "prefectural", "county", "federal"];
    const PROVINCE_HEADS: &[&str] = &["Prefecture", "Province", "Oblast", "Governorate", "Canton", "Voivodeship"];
    let words: &[Word] = if run.len() > 1 && matches!(run[0].text(text), "The" | "the") { &run[1..] } else { run };
    let (first, last) = (words[0], words[words.len() - 1]);
    // The cheap tests of the words around the run first: most runs have none of these shapes.
    let after = &text[last.end..];
    let level = after.strip_prefix(' ').and_then(|r| LEVELS.iter().find(|l| r.starts_with(*l) && r[l.len()..].starts_with(" government")).map(|l| 1 + l.len() + 1));
    let government = level.map(|n| n + "government".len()).or_else(|| (words.len() >= 2 && after.starts_with(" government")).then_some(" government".len()));
    let government = government.filter(|&n| !text[last.end + n..].starts_with(['\'', '’']));
    let province = words.len() >= 2 && PROVINCE_HEADS.contains(&last.text(text));
    let governed = words.len() <= 3
        && text[..first.start].trim_end().strip_suffix(" government of").is_some_and(|b| LEVELS.iter().any(|l| b.ends_with(l)));
    if government.is_none() && !province && !governed {
        return false;
    }
    let name = &text[first.start..last.end];
    if gazetteer::country(name).is_some() || !words.iter().all(|w| name_like(w.text(text)) && !SENTENCE_WORDS.contains(w.text(text))) {
        return false;
    }
    if let Some(n) = government {
        let span = Span::new(first.start, last.end + n);
        b.add(&text[span.range()], ActorKind::Organization, span, text);
    } else if province {
        b.add(&text[first.start..words[words.len() - 2].end], ActorKind::Country, Span::new(first.start, last.end), text);
    } else {
        b.add(name, ActorKind::Country, Span::new(first.start, last.end), text);
    }
    true
}

/// "US$3,000", "GH¢4,100", "HK$200": capitals glued to a currency sign are the currency's.
fn currency_prefix(text: &str, w: Word) -> bool {
    text[w.end..].starts_with(['$', '¢', '£', '€', '¥', '₦', '₹', '₵', '₱', '₩', '₺', '₽', '₴', '₸', '₫', '₪', '฿'])
}

/// Whether a currency's name follows `end` ("US dollars", "Hong Kong dollars").
fn currency_after(text: &str, end: usize) -> bool {
    text[end..].strip_prefix(' ').is_some_and(|r| r.starts_with("dollar") || r.starts_with("cents"))
}

/// The last word of an executive's or a spokesperson's title: what a company or an organisation
/// has, put between its name and the holder's ("Boeing Chief Executive Dave Calhoun").
fn is_executive_title(w: &str) -> bool {
    matches!(
        w,
        "Executive" | "CEO" | "Chairman" | "Chairwoman" | "Chairperson" | "Founder" | "Spokesman" | "Spokeswoman" | "Spokesperson"
            | "Director" | "Officer" | "President" | "Administrator" | "Director-General" | "Secretary-General"
    )
}

/// The name of an organisation written as `ws`, normalised where a general rule allows:
/// "Russia MFA" and "Russian foreign ministry" are both "Russian Foreign Ministry".
fn org_name(text: &str, ws: &[Word]) -> Option<String> {
    let surface = text[ws[0].start..abbreviation_end(text, ws)].split_whitespace().collect::<Vec<_>>().join(" ");
    let first = ws[0].text(text);
    if let Some((country, form)) = gazetteer::country(first).filter(|(_, f)| *f != CountryForm::Capital) {
        let rest = word_key(text, &ws[1..]);
        // "Russian Foreign Ministry", "Russia MFA"; a name spelled out in full keeps its form
        // ("US Department of State").
        let abbreviated = is_all_caps(&rest);
        if let Some(inst) = gazetteer::institution_synonym(&rest).filter(|_| abbreviated || form == CountryForm::Demonym) {
            let adjective = gazetteer::demonym_of(country).unwrap_or(country);
            return Some(format!("{adjective} {inst}"));
        }
    }
    Some(surface)
}

/// A person's name as written, without a nickname in quotation marks inside it ("Robert
/// “Bobby” Delacroix" is Robert Delacroix) and with the dot of "Jr.".
fn person_name<'t>(text: &'t str, ws: &[Word]) -> std::borrow::Cow<'t, str> {
    let end = abbreviation_end(text, ws);
    let nickname = |k: usize| k > 0 && k + 1 < ws.len() && matches!(text[ws[k - 1].end..ws[k].start].chars().next_back(), Some('“' | '"' | '‘'));
    if end == ws[ws.len() - 1].end && !(1..ws.len()).any(nickname) {
        return word_key(text, ws);
    }
    let kept: Vec<Word> = (0..ws.len()).filter(|&k| !nickname(k)).map(|k| ws[k]).collect();
    let mut name = word_key(text, &kept).into_owned();
    name.push_str(&text[ws[ws.len() - 1].end..end]);
    name.into()
}

/// Where a firm's name of partners' names starts: "Wachtell, Lipton, Rosen & Katz" lists single
/// capitalised names before the pair joined by "&", after a lower-case word.
fn partners_start(text: &str, start: usize) -> usize {
    let mut at = start;
    for _ in 0..4 {
        let Some(before) = text[..at].strip_suffix(", ") else { break };
        let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
        let w = &before[word_start..];
        if !is_capitalised(w) || is_all_caps(w) || SENTENCE_WORDS.contains(w) || gazetteer::country(w).is_some() {
            break;
        }
        at = word_start;
    }
    // The first name follows a lower-case word ("the law firm Wachtell"), not another name.
    let prev = text[..at].strip_suffix(' ').map(|b| &b[text::tail_start(b, char::is_alphabetic)..]);
    if at != start && prev.is_some_and(|p| p.starts_with(char::is_lowercase)) {
        at
    } else {
        start
    }
}

/// "L’Équipe", "L'Express": "L’" and a capital.
fn elided_article(w: &str) -> bool {
    ["L’", "L'"].iter().any(|p| w.strip_prefix(p).is_some_and(|r| r.starts_with(char::is_uppercase)))
}

/// "QatarEnergy", "ExxonMobil", "TikTok": a capital after three or more lower-case letters
/// inside a word marks a brand. A surname's prefix is shorter or listed ("McDonald", "DeLuca",
/// "MacArthur", "FitzGerald").
fn camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 5 || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let Some(k) = b[1..].iter().position(u8::is_ascii_uppercase).map(|k| k + 1) else { return false };
    let prefix = &w[..k];
    k >= 3 && b[1..k].iter().all(u8::is_ascii_lowercase) && !matches!(prefix, "Mac" | "Fitz" | "Van" | "Von" | "Del" | "Della" | "Dell" | "Des")
}

/// Where the name `ws` ends, with the dot of an abbreviation that ends it ("Nimbus Inc.",
/// "Ferdinand Marcos Jr.").
#[inline]
fn abbreviation_end(text: &str, ws: &[Word]) -> usize {
    let end = ws[ws.len() - 1].end;
    let abbreviated = matches!(ws[ws.len() - 1].text(text), "Inc" | "Corp" | "Ltd" | "Co" | "Jr" | "Sr" | "Bros");
    if ws.len() > 1 && abbreviated && text[end..].starts_with('.') {
        end + 1
    } else {
        end
    }
}
