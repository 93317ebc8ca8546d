//! Tests of the words around a name: whether a capital is the government or a place, a demonym
//! the state, a name a person's (a role before it, an appositive after it, a verb of speech next
//! to it, a relative clause) or an organisation's (a noun or an employee governing it, what it
//! does, who works for it). The `evidence` module holds more of the organisation tests.

use super::super::gazetteer::{self, CountryForm, SENTENCE_WORDS, TITLE_HEADS};
use super::super::text::{self, is_all_caps, is_capitalised, is_one_space, with_lower, Word};
use super::evidence;
use super::split::country_at;
use super::words::{DETERMINERS, is_connector, is_sentence_start, is_title, is_title_modifier, LOCATIVES, lower_in};
use crate::model::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Lower-case words after a demonym that make the phrase mean the state acting ("the Russian
/// side", "Armenian troops", "French mediators"): its government, its officials, its armed
/// forces and its diplomats. A people or a market is not the state ("Russian tourists").
const STATE_NOUNS: &[&str] = &[
    "side", "government", "authorities", "leadership", "administration", "state", "delegation", "officials",
    "troops", "forces", "military", "army", "navy", "diplomats", "mediators", "negotiators", "envoys", "regime",
];

/// A capital stands for its government unless a preposition makes it a place ("in Moscow") or it
/// is a dateline in capitals ("MOSCOW —").
pub(super) fn capital_is_government(text: &str, line_words: &[Word], at: usize, ws: &[Word]) -> bool {
    let surface = &text[ws[0].start..ws[ws.len() - 1].end];
    if is_all_caps(surface) {
        return false;
    }
    if at > 0 && with_lower(line_words[at - 1].text(text), |prev| LOCATIVES.contains(&prev)) {
        return false;
    }
    // "the Copenhagen criteria", "a Geneva summit": a capital after an article qualifies a term
    // or an event named after the city; the state acting takes no article.
    if at > 0 && matches!(line_words[at - 1].text(text), "the" | "The" | "a" | "A" | "an" | "An") && text[line_words[at - 1].end..ws[0].start] == *" " {
        return false;
    }
    // "Brussels and Amsterdam airports", "Moscow police": a noun for a place's facilities or
    // people after the capital (and capitals listed with it) makes it the city.
    let mut k = at + ws.len();
    while k + 1 < line_words.len() && line_words[k].text(text) == "and" && is_capitalised(line_words[k + 1].text(text)) {
        k += 2;
    }
    let joined = k < line_words.len() && text[line_words[k - 1].end..line_words[k].start] == *" ";
    // "The Lisbon club": so does a noun for an organisation based there.
    !(joined && (CITY_NOUNS.contains(&line_words[k].text(text)) || gazetteer::ORG_NOUNS.contains(line_words[k].text(text))))
}

/// Lower-case nouns after a city's name that make it the city, not its country's government.
const CITY_NOUNS: &[&str] = &[
    "airport", "airports", "station", "stations", "police", "residents", "streets", "suburbs", "hospital", "hospitals",
    "port", "ports", "metro", "subway", "city", "region", "area", "district", "districts", "mayor", "council", "marathon",
    "traffic", "flights", "trains", "schools", "bureau",
];

/// "Russian foreign ministry": a country word and an institution in lower case. Returns the
/// institution's name and where the phrase ends.
pub(super) fn institution_after(text: &str, ws: &[Word]) -> Option<(&'static str, usize)> {
    let end = ws[ws.len() - 1].end;
    let rest = &text[end..text::floor_boundary(text, end + 60)];
    let rest = rest.strip_prefix(' ')?;
    if !gazetteer::may_start_institution(rest) {
        return None;
    }
    let words: Vec<&str> = rest.split(' ').take(4).collect();
    (1..=words.len().min(4)).rev().find_map(|n| {
        let phrase: Vec<&str> = words[..n].iter().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric())).collect();
        if phrase.iter().any(|w| w.chars().next().is_none_or(|c| !c.is_lowercase())) {
            return None;
        }
        let inst = gazetteer::institution_synonym(&phrase.join(" "))?;
        Some((inst, end + 1 + words[..n].join(" ").trim_end_matches(|c: char| !c.is_alphanumeric()).len()))
    })
}

/// "the Russian side", "Russian authorities": a demonym with a noun for the state.
pub(super) fn demonym_phrase(text: &str, ws: &[Word]) -> Option<Span> {
    let end = ws[ws.len() - 1].end;
    let rest = &text[end..];
    let next: String = rest.strip_prefix(' ')?.chars().take_while(|c| c.is_alphabetic()).collect();
    if !STATE_NOUNS.contains(&next.as_str()) {
        return None;
    }
    let mut start = ws[0].start;
    let before = &text[..start];
    for the in ["the ", "The "] {
        if before.ends_with(the) {
            start -= the.len();
        }
    }
    Some(Span::new(start, end + 1 + next.len()))
}

/// Whether the demonym ending at `end` is coordinated with others that end in a noun for the
/// state: "French" in "French and American mediators", "German" and "Italian" in "German,
/// Italian and Spanish officials". Each demonym of such a list is its own state acting.
pub(super) fn coordinated_with_state_phrase(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    // A list is short: a handful of demonyms at most.
    for _ in 0..6 {
        let Some(r) = [", and ", ", or ", " and ", " or ", ", "].iter().find_map(|sep| rest.strip_prefix(sep)) else {
            return false;
        };
        // The next demonym, of one or two words ("South Korean").
        let word_end = |s: &str| s.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(s.len());
        let one = word_end(r);
        let two = r[one..].strip_prefix(' ').map(|x| one + 1 + word_end(x));
        let demonym = |len: usize| gazetteer::country(&r[..len]).is_some_and(|(_, f)| f == CountryForm::Demonym);
        let len = match two {
            Some(two) if demonym(two) => two,
            _ if one > 0 && demonym(one) => one,
            _ => return false,
        };
        rest = &r[len..];
        let next: &str = rest.strip_prefix(' ').map_or("", |x| &x[..word_end(x)]);
        if STATE_NOUNS.contains(&next) {
            return true;
        }
    }
    false
}

/// A role noun right before a name, across "of the X," ("representative of the Russian Foreign
/// Ministry, Maria Zakharova") or directly ("official Ruben Vardanyan").
pub(super) fn role_before(text: &str, line_words: &[Word], at: usize) -> Option<String> {
    let mut k = at;
    let mut steps = 0;
    // Across "to" only a title reaches the name ("Ambassador of the European Union to
    // Kazakhstan Johan Lindqvist"), not a role ("sold defender Pedro Porro to Atlético Madrid").
    let mut crossed_to = false;
    // Long titles run over a dozen words.
    while k > 0 && steps < 12 {
        let prev = line_words[k - 1];
        let gap = &text[prev.end..line_words[k].start];
        if !(is_one_space(gap) || gap == ", " || gap == "’s " || gap == "'s " || plural_possessive(prev.text(text), gap)) {
            return None;
        }
        // "council members Ines Carvalho and …": a role in the plural before listed names.
        let plural_role = |w: &str| k == at && w.strip_suffix('s').is_some_and(gazetteer::is_role_noun);
        let (role, and, connector) = with_lower(prev.text(text), |w| (gazetteer::is_role_noun(w) || plural_role(w), w == "and", is_connector(w)));
        // "Japan's Vice-Minister for Foreign Affairs, Kenji Mori": a title, not one that only
        // qualifies the next word ("Foreign"), across its complement.
        let title = is_title(prev.text(text)) && !is_title_modifier(prev.text(text)) && k < at;
        if crossed_to && role && !title {
            // Unless the name stands in apposition after a comma: "South Sudan's ambassador to
            // the United Nations, Deng Majok Chol, told".
            let comma_before_name = text[line_words[at - 1].end..line_words[at].start] == *", ";
            return if comma_before_name { role_across_complement(text, line_words, at) } else { None };
        }
        if role || title {
            let w = prev.text(text).to_lowercase();
            // "his Turkish counterpart Hakan Fidan": the nationality belongs to the role.
            let nationality = (k >= 2 && text[line_words[k - 2].end..prev.start] == *" ")
                .then(|| line_words[k - 2].text(text))
                .filter(|d| gazetteer::country(d).is_some_and(|(_, f)| f == CountryForm::Demonym));
            return Some(nationality.map_or(w.clone(), |d| format!("{} {w}", d.to_lowercase())));
        }
        // "Prime Minister Mark Rutte and Saudi …": the role belongs to the first name.
        let to = prev.text(text) == "to";
        crossed_to |= to;
        // "…, Sadyr Japarov and Emomali Rahmon": the second holder of a plural role listed before
        // the first.
        if and && k == at && gap == " " {
            let mut j = k - 1;
            while j > 0 && is_capitalised(line_words[j - 1].text(text)) && text[line_words[j - 1].end..line_words[j].start] == *" " {
                j -= 1;
            }
            let first_listed = j + 1 < k && j > 0 && text[line_words[j - 1].end..line_words[j].start] == *", ";
            // "Council members Brenda Tully and Mark Oyelaran": a plural role right before the
            // first name is the second's too.
            let plural_role = (j + 1 < k && j > 0 && text[line_words[j - 1].end..line_words[j].start] == *" ")
                .then(|| line_words[j - 1].text(text))
                .and_then(|w| w.strip_suffix('s'))
                .filter(|w| w.starts_with(char::is_lowercase) && gazetteer::is_role_noun(w));
            if let Some(role) = plural_role {
                return Some(role.to_string());
            }
            return if first_listed { role_across_complement(text, line_words, j).filter(|r| r.ends_with('s')) } else { None };
        }
        if and || !(is_capitalised(prev.text(text)) || connector || to || is_all_caps(prev.text(text))) {
            // The complement may hold names too: "the presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov".
            let comma_before_name = at > 0 && text[line_words[at - 1].end..line_words[at].start] == *", ";
            return if comma_before_name { role_across_complement(text, line_words, at) } else { None };
        }
        k -= 1;
        steps += 1;
    }
    None
}

/// "the Cocoa Farmers' Union": a plural's apostrophe joins it to the next word like a space.
fn plural_possessive(word: &str, gap: &str) -> bool {
    matches!(gap, "' " | "’ ") && word.ends_with('s')
}

/// "a lawyer with the firm, Kathleen O’Rourke", "the Dutch minister for European affairs, Thijs
/// van der Meulen": a role noun and its complement, which a preposition opens, before the comma
/// in front of the name at `at`.
fn role_across_complement(text: &str, line_words: &[Word], at: usize) -> Option<String> {
    let mut k = at - 1;
    let joined = |k: usize| {
        let gap = &text[line_words[k - 1].end..line_words[k].start];
        gap == " " || plural_possessive(line_words[k - 1].text(text), gap)
    };
    while k > 0 && at - k < 7 && joined(k) {
        let prep = matches!(line_words[k].text(text), "of" | "for" | "with" | "at" | "to" | "in");
        // "the presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon": a role
        // in the plural introduces a list of its holders.
        let role = |w: &str| gazetteer::is_role_noun(w) || w.strip_suffix('s').is_some_and(gazetteer::is_role_noun);
        if prep && with_lower(line_words[k - 1].text(text), role) {
            return Some(line_words[k - 1].text(text).to_lowercase());
        }
        k -= 1;
    }
    None
}

/// The appositive after a name is the regex
/// `^(?:,\s*|\s*\[(?:i\.e\.,?\s*)?|\s*\()(?:the |a |an |who is |who was |now |then |former |also )?((?:[\w’'.-]+\s+){0,8}[\w’'.-]+)`
/// and its group of up to nine words. It runs in two parts: this regex, its lead-in followed by
/// one word character, and `words_end`. The lead-in's choices (which opening, whether "i.e." or an
/// article is taken) depend only on whether a word character follows, so this match ends one
/// character into the group. As one regex, the group's capture needed the slow backtracker and
/// its nine-fold Unicode class cost 3.5 ms to compile.
static APPOSITIVE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s*|\s*\[(?:i\.e\.,?\s*)?|\s*\()(?:the |a |an |who is |who was |now |then |former |also )?[\w’'.-]").expect("appositive lead")
});

/// ", the Russian Foreign Ministry spokeswoman" or " [i.e., Assistant Secretary …" after a name:
/// the appositive's words, lower-cased, when it names a role.
pub(super) fn appositive_after(text: &str, end: usize) -> Option<String> {
    let rest = &text[end..text::floor_boundary(text, end + 160)];
    if !rest.trim_start_matches([' ', '\t']).starts_with([',', '[', '(']) {
        return None;
    }
    let lead = APPOSITIVE_LEAD.find(rest)?.end();
    let start = lead - rest[..lead].chars().next_back().map_or(0, char::len_utf8);
    let words: Vec<&str> = rest[start..words_end(rest, start)].split_whitespace().take(9).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let role = words.iter().any(|w| with_lower(w, gazetteer::is_role_noun) || (TITLE_HEADS.contains(w) && !is_title_modifier(w)));
    role.then(|| words.join(" ").to_lowercase())
}

/// Where `(?:[\w’'.-]+\s+){0,8}[\w’'.-]+` matched greedily from `start` ends: up to nine words
/// (runs of word characters and ’ ' . -) separated by white space. `start` is a word character.
fn words_end(s: &str, start: usize) -> usize {
    let is_word = |c: char| matches!(c, '’' | '\'' | '.' | '-') || regex_syntax::is_word_character(c);
    let (mut pos, mut end) = (start, start);
    for _ in 0..9 {
        let word: usize = s[pos..].chars().take_while(|&c| is_word(c)).map(char::len_utf8).sum();
        if word == 0 {
            break; // white space not followed by a word: the match ends before it
        }
        end = pos + word;
        let space: usize = s[end..].chars().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum();
        if space == 0 {
            break;
        }
        pos = end + space;
    }
    end
}

/// Whether the name words `ws` (starting at word `at` of the line) name an organisation by their
/// context: a news agency's or broadcaster's name, an appositive headed by a noun for an
/// organisation ("Gazprom, the state energy company,") or, for a single word, an employee or
/// spokesperson governing it ("a spokesman for Greenpeace", "an analyst at Barclays").
pub(super) fn names_organisation(text: &str, line_words: &[Word], at: usize, ws: &[Word]) -> bool {
    let end = ws[ws.len() - 1].end;
    if ws.len() == 1 && gazetteer::MEDIA_NAMES.contains(ws[0].text(text)) {
        return true;
    }
    if relative_which_then_acts(&text[end..text::floor_boundary(text, end + 160)]) {
        return true;
    }
    // "Lockheed Martin (NYSE: LMT)": a name with its stock ticker is a company's.
    if text[end..].strip_prefix(" (").is_some_and(|r| {
        let n = r.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(0);
        n >= 2 && r[n..].starts_with(": ")
    }) {
        return true;
    }
    // "The Samyukt Kisan Morcha (SKM), the umbrella body …": the appositive after the acronym.
    let end_acronym = text[end..]
        .strip_prefix(" (")
        .and_then(|r| r.find(')').filter(|&n| (2..=10).contains(&n) && r[..n].bytes().all(|c| c.is_ascii_uppercase())))
        .map_or(end, |n| end + 2 + n + 1);
    if let Some(rest) = text[end_acronym..text::floor_boundary(text, end_acronym + 120)].strip_prefix(", ") {
        // The appositive's noun phrase: up to its first punctuation or relative pronoun.
        let phrase = rest.split([',', '.', ';', '(', ')', '—', '–', ':']).next().unwrap_or("");
        // Not a verb after the comma (", told Balkan Insight Weekly"): the name's predicate.
        let first = phrase.split(' ').next().unwrap_or("");
        // Nor a verb in the past (", defended the agency"): a participle describing an
        // organisation ("based in", "owned by") is none.
        let past = first.len() > 4 && first.ends_with("ed") && !matches!(first, "based" | "founded" | "owned" | "listed" | "backed" | "funded" | "headquartered" | "registered" | "controlled" | "created" | "established");
        let predicate = first.starts_with(char::is_lowercase)
            && (past || gazetteer::is_speech_verb(first) || matches!(first, "has" | "had" | "was" | "is" | "will" | "would" | "did" | "does" | "declined" | "spent"));
        let (mut org, mut person) = (false, false);
        let words = phrase.split_whitespace().take_while(|w| !matches!(*w, "that" | "which" | "who" | "whose" | "where" | "said" | "says"));
        for w in words.take(7) {
            with_lower(w.trim_end_matches("’s").trim_end_matches("'s"), |w| {
                org |= gazetteer::ORG_NOUNS.contains(w);
                person |= gazetteer::is_role_noun(w) || gazetteer::PERSON_WORDS.contains(w);
            });
        }
        // Nor a preposition (", at the weekly press briefing"): a phrase of time or place.
        let adverbial = matches!(
            first,
            "at" | "on" | "in" | "during" | "after" | "before" | "for" | "from" | "with" | "to" | "by" | "near" | "outside" | "inside" | "while" | "when" | "as"
        );
        // ", the terminal operator said": a reporting clause after a list of names, its subject
        // no appositive of the name before it.
        let reporting = phrase
            .split_whitespace()
            .take_while(|w| !matches!(*w, "that" | "which" | "who" | "whose" | "where"))
            .skip(1)
            .any(|w| matches!(w, "said" | "says" | "told" | "added" | "reported" | "announced" | "confirmed" | "stated"));
        if org && !person && !predicate && !adverbial && !reporting {
            return true;
        }
    }
    let n = ws.len();
    if n <= 3 && listed_after_org_plural(text, line_words, at) {
        return true;
    }
    if n <= 3 && cuts_jobs_or_capacity(&text[end..text::floor_boundary(text, end + 100)]) {
        return true;
    }
    let spaced = |k: usize| k > 0 && k < line_words.len() && text[line_words[k - 1].end..line_words[k].start] == *" ";
    // "the regulator Ofwat", "the carmaker Geely": a noun for an organisation right before the
    // name, after an article.
    // "Portuguese newspaper Record": so does a nationality before the noun.
    let nationality = |k: usize| gazetteer::country(line_words[k].text(text)).is_some_and(|(_, f)| f == CountryForm::Demonym);
    // The "s" of "Russia's" (a word of its own).
    let owner = |k: usize| line_words[k].text(text) == "s" && text[..line_words[k].start].ends_with(['’', '\'']);
    if n <= 3
        && at >= 2
        && spaced(at)
        && spaced(at - 1)
        && with_lower(line_words[at - 1].text(text), |w| gazetteer::ORG_NOUNS.contains(w) && !noun_also_for_people(w))
        && (matches!(line_words[at - 2].text(text), "the" | "The" | "a" | "A" | "rival" | "its" | "their" | "of" | "by" | "from" | "with")
            || nationality(at - 2)
            // "Saudi payments start-up Sadad Pay", "the Polish ports operator X", "Russia's
            // state nuclear corporation Rosatom": up to three lower-case words qualifying the
            // noun, after the article, the nationality or an owner.
            || (1..=3).filter(|&q| at >= 2 + q).any(|q| {
                let first = at - 1 - q;
                (first..at - 1).all(|k| line_words[k].text(text).bytes().all(|b| b.is_ascii_lowercase()) && !lower_in(DETERMINERS, line_words[k].text(text)))
                    && (first + 1..at - 1).all(spaced)
                    && spaced(first)
                    && (matches!(line_words[first - 1].text(text), "the" | "The" | "a" | "A" | "its") || nationality(first - 1) || owner(first - 1))
            }))
    {
        return true;
    }
    // "a Eurostar spokesperson said", "a Thames Water official": after "a", a name that employs
    // a spokesperson or an official (a person's name does not take "a"; the surname of a person
    // in the article takes the name back, `Builder::finish`).
    if n <= 3 && at >= 1 && spaced(at) && matches!(line_words[at - 1].text(text), "a" | "A" | "an" | "An") {
        let after = at + n;
        if spaced(after) && with_lower(line_words[after].text(text), |w| matches!(w, "spokesperson" | "spokesman" | "spokeswoman" | "official" | "executive" | "representative" | "employee" | "engineer")) {
            return true;
        }
    }
    // "the Bruegel think tank", "the Lumora board": after "the", a name that qualifies a noun
    // for an organisation; "Kestrel shares", "Kestrel's shares", "shares of Kestrel": what only
    // a company has.
    let after = at + n;
    let noun_after = |k: usize| line_words.get(k).filter(|_| spaced(k)).map(|w| w.text(text));
    let the_before = at >= 1 && spaced(at) && matches!(line_words[at - 1].text(text), "the" | "The");
    let possessive = matches!(text[end..].get(..4), Some("’s ")) || text[end..].starts_with("'s ");
    let noun_k = if possessive { line_words.get(after).map(|_| after) } else { Some(after).filter(|&k| spaced(k)) };
    if let Some(k) = noun_k {
        let noun = line_words[k].text(text);
        let next = noun_after(k + 1);
        // Not "the Likoni channel": after a name, a channel is as often water as television.
        let is_org_noun = |noun: &str| with_lower(noun, |w| gazetteer::ORG_NOUNS.contains(w) && !noun_also_for_people(w) && w != "channel");
        // "the Mercosur trade bloc": one lower-case word may qualify the noun.
        let qualified = noun.starts_with(char::is_lowercase) && next.is_some_and(is_org_noun) && noun_after(k + 2).is_none_or(|w| !is_capitalised(w));
        // "the Solidarity trade union": a union so qualified is no person's.
        let union = matches!(noun, "trade" | "labour" | "labor") && next == Some("union");
        let org_noun = is_org_noun(noun) || (noun == "think" && next == Some("tank")) || qualified || union;
        // "the opposition Concertación Nacional alliance": so may one before the name.
        let the_qualifier = at >= 2
            && spaced(at)
            && spaced(at - 1)
            && line_words[at - 1].text(text).starts_with(char::is_lowercase)
            && matches!(line_words[at - 2].text(text), "the" | "The");
        // Not "the Wichita firm Foulston & Hale": a name after the noun is the organisation's.
        let named_after = next.is_some_and(is_capitalised) && !qualified;
        if (the_before || the_qualifier) && !possessive && org_noun && !named_after {
            return true;
        }
        // Not "Velde shares her view": the shares are the company's when a market verb or the
        // sentence's end follows, or when they are its possessed.
        let market = |v: &str| {
            matches!(v, "rose" | "fell" | "jumped" | "slid" | "gained" | "dropped" | "climbed" | "closed" | "tumbled" | "surged" | "rallied" | "slumped" | "were" | "have" | "are" | "traded" | "rise" | "fall")
        };
        if matches!(noun, "shares" | "stock") && (possessive || next.is_none_or(market)) {
            return true;
        }
    }
    // "shares of Kestrel", "Synopsys’s purchase of Ansys": what only a company has or undergoes.
    if at >= 2
        && spaced(at)
        && spaced(at - 1)
        && line_words[at - 1].text(text) == "of"
        && with_lower(line_words[at - 2].text(text), |w| matches!(w, "shares" | "purchase" | "acquisition" | "takeover" | "buyout" | "merger"))
    {
        return true;
    }
    // "a portfolio manager at Union Investment": two or three words after an employee's "at".
    if (2..=3).contains(&n) && employer_after(text, line_words, at) && country_at(text, line_words, at).is_none() {
        return true;
    }
    if ws.len() == 1 && at >= 2 && text[line_words[at - 2].end..line_words[at].start].len() == 2 + line_words[at - 1].text(text).len() {
        let prep = line_words[at - 1].text(text);
        // "an aide to Diaz", "a spokesman for Diaz": people have these too; the surname of a
        // full name in the article takes the name back (`Builder::finish`).
        return matches!(prep, "for" | "at" | "of" | "with") && employee_noun(line_words[at - 2].text(text))
            || evidence::organisation_by_context(text, line_words, at, n);
    }
    // "a spokeswoman for the Red Cross", "an official with the Halo Trust": with "the", which no
    // person's name takes, a name of up to three words.
    if ws.len() <= 3 && at >= 3 && line_words[at - 1].text(text) == "the" && (at - 3..at).all(|k| text[line_words[k].end..line_words[k + 1].start] == *" ") {
        let prep = line_words[at - 2].text(text);
        if matches!(prep, "for" | "at" | "of" | "with") && employee_noun(line_words[at - 3].text(text)) {
            return true;
        }
    }
    n <= 4 && evidence::organisation_by_context(text, line_words, at, n)
}

/// Whether the name words `from..to` of the line act as only an organisation does:
/// - after "the", which no person's name follows, as the subject of a verb of speech or of what
///   institutions do ("the Red Cross delivered", "the Taliban have also restricted");
/// - one word starting a clause with a plural verb, which no person's name takes ("said
///   Hezbollah have offered"), and not ending in -s, which may be a plural of people ("Kurds have");
/// - one word before "members" or "leadership" ("Hamas members"), which a person does not have.
pub(super) fn acts_as_organisation(text: &str, line_words: &[Word], from: usize, to: usize, after_the: bool) -> bool {
    let ws = &line_words[from..to];
    // Checked last, where the shape is there: few names have it.
    let no_title_or_people = || {
        !ws.iter().any(|w| gazetteer::NOT_INSTITUTIONS.contains(w.text(text)) || with_lower(w.text(text), gazetteer::is_role_noun))
    };
    // The lower-case words after the name, while single spaces join them.
    let next = |k: usize| {
        line_words.get(k).filter(|w| text[line_words[k - 1].end..w.start] == *" ").map(|w| w.text(text))
    };
    let single = ws.len() == 1 && !is_sentence_start(text, ws[0]);
    if single && matches!(next(to), Some("members" | "membership" | "leadership" | "MPs" | "lawmakers" | "legislators" | "councillors" | "councilors")) {
        return no_title_or_people();
    }
    if after_the && ws.len() <= 3 {
        let mut k = to;
        if matches!(next(k), Some("has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would")) {
            k += 1;
        }
        let mut adverbs = 0;
        while adverbs < 2 && matches!(next(k), Some("not" | "also" | "now" | "already" | "since" | "then" | "later" | "again" | "never" | "recently" | "repeatedly" | "reportedly" | "been")) {
            k += 1;
            adverbs += 1;
        }
        let verb = next(k).is_some_and(|v| gazetteer::INSTITUTION_VERBS.contains(v) || (gazetteer::is_speech_verb(v) && v.bytes().all(|b| b.is_ascii_lowercase()) && !v.ends_with("ing")));
        return verb && no_title_or_people();
    }
    // The plural verb is the word's own only where the word starts a clause: after a comma, or
    // after a word that opens one ("said Hezbollah have", "while Hezbollah have"), not after a
    // plural it would then belong to ("prices during Ramadan were").
    let w = ws[0].text(text);
    let clause_start = from > 0 && {
        let gap = &text[line_words[from - 1].end..ws[0].start];
        let p = line_words[from - 1].text(text);
        (gap == ", " && !is_capitalised(p))
            || (gap == " "
                && matches!(
                    p,
                    "that" | "said" | "says" | "say" | "while" | "whereas" | "as" | "because" | "but" | "when" | "where" | "although"
                        | "though" | "if" | "unless" | "whether" | "believe" | "believes" | "fear" | "fears" | "think" | "thinks"
                        | "warned" | "reported" | "claimed"
                ))
    };
    // "Manchester City have agreed": a name opening a sentence with a plural verb, as British
    // English writes of clubs and companies.
    let opens = ws.len() <= 3 && is_sentence_start(text, ws[0]) && !ws[ws.len() - 1].text(text).ends_with('s');
    (single && clause_start || opens) && !w.ends_with('s') && !is_all_caps(w) && matches!(next(to), Some("have" | "are" | "were")) && no_title_or_people()
}

/// ", which governs the territory, said …" after a name: "which", not "who", and then the name
/// says or does what institutions do. A place takes "which" too ("Crimea, which Russia annexed"),
/// but does not speak.
fn relative_which_then_acts(after: &str) -> bool {
    relative_clause_then_verb(after, ", which ").is_some_and(|verb| gazetteer::INSTITUTION_VERBS.contains(verb) || is_finite_speech_verb(verb))
        || which_does_business(after)
}

/// ", which builds cars in Shanghai": a relative clause saying what a company does for a living
/// (a place, which also takes "which", has people and things, not products and staff).
fn which_does_business(after: &str) -> bool {
    let verb = after.strip_prefix(", which ").and_then(|c| c.split(' ').next()).unwrap_or("");
    matches!(
        verb,
        "builds" | "makes" | "manufactures" | "produces" | "sells" | "employs" | "operates" | "markets" | "develops" | "designs"
            | "distributes" | "retails" | "owns"
    )
}

/// ", who chairs the Treasury committee, said: …" after a name: "who", which organisations and
/// places do not take (teams in British English do, but rarely speak after it).
pub(super) fn relative_who_then_speaks(after: &str) -> bool {
    relative_clause_then_verb(after, ", who ").is_some_and(is_finite_speech_verb)
}

/// ", who leads VLEN's group", ", who heads the union": "who" and a verb in the present or past
/// after a full name, which only a person takes (organisations and places take "which").
pub(super) fn who_does(after: &str) -> bool {
    let Some(clause) = after.strip_prefix(", who ") else { return false };
    let verb = clause.split([' ', ',']).next().unwrap_or("");
    verb.len() > 3 && verb.bytes().all(|b| b.is_ascii_lowercase()) && (verb.ends_with('s') || verb.ends_with("ed")) && !matches!(verb, "was" | "has" | "is")
        || matches!(verb, "has" | "had" | "was" | "is" | "led" | "ran" | "won" | "took" | "left" | "spent" | "lost" | "became" | "began")
}

fn is_finite_speech_verb(verb: &str) -> bool {
    gazetteer::is_speech_verb(verb) && verb.bytes().all(|b| b.is_ascii_lowercase()) && !verb.ends_with("ing")
}

/// The verb after a relative clause that `lead` (", which ", ", who ") opens right after a name
/// and a comma closes within its sentence, an auxiliary or adverb skipped.
fn relative_clause_then_verb<'a>(after: &'a str, lead: &str) -> Option<&'a str> {
    let clause = after.strip_prefix(lead)?;
    let comma = clause.find([',', '.', ';', ':', '\n', '“', '"', '(']).filter(|&k| clause[k..].starts_with(", "))?;
    let mut words = clause[comma + 2..].split(' ');
    let mut verb = words.next().unwrap_or("");
    if matches!(verb, "has" | "have" | "had" | "also" | "then" | "later") {
        verb = words.next().unwrap_or("");
    }
    Some(verb.trim_end_matches([',', '.', ';', ':']))
}

/// Nouns for an organisation that also name what a person does ("the producer Rick Rubin").
/// "the startups Kindling and Parley", "carmakers BYD, Geely and Chery": each name of a list right
/// after a noun for organisations in the plural is an organisation. Walks back from word `at` over
/// the names before it in the list (a few words, never the whole line).
fn listed_after_org_plural(text: &str, line_words: &[Word], at: usize) -> bool {
    let gap = |k: usize| &text[line_words[k - 1].end..line_words[k].start];
    let mut k = at;
    for _ in 0..8 {
        if k == 0 {
            return false;
        }
        let prev = line_words[k - 1].text(text);
        match gap(k) {
            " " if prev == "and" || prev == "or" => {
                if k >= 2 && gap(k - 1) == " " && is_capitalised(line_words[k - 2].text(text)) {
                    k -= 2;
                    continue;
                }
                return false;
            }
            " " | ", " if is_capitalised(prev) => k -= 1,
            " " => {
                let singular = prev.strip_suffix("ies").map(|x| format!("{x}y")).or_else(|| prev.strip_suffix('s').map(str::to_string));
                return singular.is_some_and(|w| gazetteer::ORG_NOUNS.contains(w.as_str()) && !noun_also_for_people(&w));
            }
            _ => return false,
        }
    }
    false
}

/// "Tessellate cut 600 roles", "Valeo and Forvia are also cutting capacity": a name as the subject
/// of cutting jobs or capacity, which only an employer does. Reads the clause right after the name
/// (over a name coordinated with it and auxiliaries), a few words, never the whole line.
fn cuts_jobs_or_capacity(after: &str) -> bool {
    let mut verb_at = None;
    for (k, raw) in after.split_whitespace().take(12).enumerate() {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        match verb_at {
            None if matches!(w, "cut" | "cuts" | "cutting" | "shed" | "sheds" | "shedding" | "axed" | "axing" | "slashed" | "slashing" | "eliminated" | "eliminating") => verb_at = Some(k),
            None => {
                let coordinated = w.starts_with(char::is_uppercase) || matches!(w, "and" | "&");
                let auxiliary = matches!(
                    w,
                    "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "also" | "both" | "each" | "already" | "reportedly" | "recently" | "plans" | "plan" | "to" | "be"
                );
                if !(coordinated || auxiliary) || k >= 7 {
                    return false;
                }
            }
            Some(v) => {
                if matches!(w, "jobs" | "roles" | "staff" | "employees" | "workers" | "positions" | "posts" | "capacity" | "workforce" | "headcount") {
                    return true;
                }
                if k > v + 3 {
                    return false;
                }
            }
        }
        if raw.ends_with(['.', ',', ';', ':', '?', '!']) {
            return false;
        }
    }
    false
}

fn noun_also_for_people(w: &str) -> bool {
    matches!(
        w,
        "party" | "union" | "club" | "daily" | "developer" | "producer" | "publisher" | "operator" | "supplier" | "importer" | "exporter"
            | "maker" | "manufacturer" | "investor" | "station" | "outlet"
    )
}

/// A noun for someone working for an organisation, also in the plural ("analysts").
fn employee_noun(w: &str) -> bool {
    with_lower(w, |g| gazetteer::is_employee_noun(g.strip_suffix('s').filter(|g| gazetteer::is_role_noun(g)).unwrap_or(g)))
}

/// "an analyst at Barclays": the word at `at` follows "at" after a noun for an employee.
pub(super) fn employer_after(text: &str, line_words: &[Word], at: usize) -> bool {
    at >= 2 && text[line_words[at - 2].end..line_words[at].start].len() == 4 && employee_noun(line_words[at - 2].text(text))
}

/// A speech verb in a finite form: "said", "told", "warns"; not "claiming" ("Azeris claiming to
/// be …" is no attribution) nor a capitalised word.
fn finite_speech_verb(v: &str) -> bool {
    gazetteer::is_speech_verb(v) && v.chars().all(char::is_lowercase) && !v.ends_with("ing")
}

/// "Seleznyov said", "said Maria Zakharova", "Lavrov, speaking …".
pub(super) fn speech_next_to(text: &str, line_words: &[Word], from: usize, to: usize) -> bool {
    let next_is_verb = |k: usize| line_words.get(k).is_some_and(|w| finite_speech_verb(w.text(text)));
    let gap_after = line_words.get(to).map(|w| &text[line_words[to - 1].end..w.start]);
    if gap_after == Some(" ") && next_is_verb(to) {
        return true;
    }
    // An adverb between: "Zakharova also said".
    if gap_after == Some(" ") && line_words.get(to).is_some_and(|w| matches!(w.text(text), "also" | "then" | "later" | "further" | "again")) && next_is_verb(to + 1) {
        return true;
    }
    // In apposition to the subject: "Their critic for health, Daniel Ferreira, said".
    let gap_before = from.checked_sub(1).map(|k| &text[line_words[k].end..line_words[from].start]);
    if gap_before == Some(", ") && gap_after == Some(", ") && next_is_verb(to) {
        return true;
    }
    // A description between: "Brian Ochieng, a conductor on the Rongai route, said". Not one
    // that names an organisation ("Acme, a maker of pumps, said").
    if let Some(rest) = line_words.get(to - 1).and_then(|w| text[w.end..].strip_prefix(", ")) {
        let described = &rest[..text::floor_boundary(rest, 100)];
        let article = ["a ", "an ", "the "].iter().any(|a| rest.starts_with(a));
        if let Some(close) = described.find(", ").filter(|_| article) {
            let between = &rest[..close];
            let verb = rest[close + 2..].split(' ').next().unwrap_or("");
            let org = between.split(' ').any(|w| gazetteer::ORG_NOUNS.contains(w));
            if finite_speech_verb(verb) && !org && !between.contains(['.', ';', '"', '“', '”', '(']) {
                return true;
            }
        }
    }
    // Inverted order, only with the plain reporting verbs ("said Maria Zakharova"): "called
    // Nagorno Karabakh" names a place. Not "told": after it stands the listener, as often a
    // newspaper or an agency ("told Kommersant", "told Ekstra Bladet") as a person.
    let inverting = |k: usize| {
        matches!(
            line_words[k].text(text),
            "said" | "says" | "added" | "asked" | "wrote" | "stressed" | "noted" | "explained" | "continued" | "insisted" | "replied" | "recalled"
        )
    };
    // A role in lower case may stand between ("said council treasurer Oskar Berg"), but no
    // determiner or preposition ("said in Nagorno Karabakh" names a place).
    let mut k = from;
    while k > 0 && from - k < 4 && text[line_words[k - 1].end..line_words[k].start] == *" " {
        if inverting(k - 1) {
            // "said Halong had sustained winds": a verb after the name makes it the subject of
            // what was said, not the speaker.
            let verb_after = line_words.get(to).is_some_and(|w| {
                text[line_words[to - 1].end..w.start] == *" "
                    && matches!(w.text(text), "had" | "has" | "have" | "was" | "were" | "is" | "are" | "would" | "will" | "could" | "should" | "might" | "must" | "did" | "does" | "can")
            });
            return !verb_after;
        }
        let w = line_words[k - 1].text(text);
        if !w.chars().all(char::is_lowercase) || lower_in(DETERMINERS, w) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Whether the name ending before word `to` is a person speaking for where they work: "John
/// Smith of the Brookings Institution said", "Carsten Vogel, of the Ifo Institute, told …",
/// "Ana Ruiz from Oxfam says": "of"/"at"/"from" and an organisation's capitalised name (small
/// words of names inside it), then a finite speech verb.
pub(super) fn affiliation_then_speaks(text: &str, line_words: &[Word], to: usize) -> bool {
    let word = |k: usize| line_words.get(k).map(|w| w.text(text));
    let mut k = to;
    if !matches!(word(k), Some("of" | "at" | "from")) {
        return false;
    }
    k += 1;
    if matches!(word(k), Some("the")) {
        k += 1;
    }
    let start = k;
    while k < line_words.len() && k - start < 8 {
        let w = line_words[k].text(text);
        let small = matches!(w, "of" | "for" | "and" | "&" | "de" | "du" | "la") && word(k + 1).is_some_and(is_capitalised);
        if !(is_capitalised(w) || small) || (k > start && text[line_words[k - 1].end..line_words[k].start].contains(',')) {
            break;
        }
        k += 1;
    }
    // Where the employer sits may follow: "of the Ifo Institute in Munich said".
    if k > start && word(k) == Some("in") && word(k + 1).is_some_and(is_capitalised) {
        k += 2;
        if word(k).is_some_and(is_capitalised) && text[line_words[k - 1].end..line_words[k].start] == *" " {
            k += 1;
        }
    }
    // The verb right after the name, or after the comma closing the aside.
    let verb = line_words.get(k).is_some_and(|w| matches!(&text[line_words[k - 1].end..w.start], " " | ", ") && finite_speech_verb(w.text(text)));
    k > start && verb
}

/// Whether word `k` stands in a sentence: a lower-case word next to it ("joining TotalEnergies,
/// ExxonMobil and …"), not in a row of links ("Facebook   WhatsApp   Email").
pub(super) fn in_prose(text: &str, line_words: &[Word], k: usize) -> bool {
    let lower = |j: usize| line_words[j].text(text).starts_with(char::is_lowercase);
    let near = |a: usize, b: usize| matches!(&text[line_words[a].end..line_words[b].start], " " | ", ");
    (k > 0 && near(k - 1, k) && lower(k - 1)) || (k + 1 < line_words.len() && near(k, k + 1) && lower(k + 1))
}

/// "signed Norwegian striker", "sold defender": from word `k`, a verb of the transfer market and a
/// player's position, what only a club does.
pub(super) fn transfers_player(text: &str, line_words: &[Word], k: usize) -> bool {
    let word = |j: usize| {
        line_words.get(j).filter(|w| j > 0 && text[line_words[j - 1].end..w.start] == *" ").map(|w| w.text(text))
    };
    if !word(k).is_some_and(|v| matches!(v, "signed" | "sold" | "bought" | "loaned" | "signs" | "sells" | "buys")) {
        return false;
    }
    let mut j = k + 1;
    if word(j).is_some_and(|d| gazetteer::country(d).is_some_and(|(_, f)| f == CountryForm::Demonym)) {
        j += 1;
    }
    word(j).is_some_and(|r| matches!(r, "striker" | "defender" | "midfielder" | "winger" | "goalkeeper" | "forward" | "full-back" | "centre-back" | "playmaker" | "bowler" | "batsman" | "pitcher" | "quarterback"))
}

/// "sat down with Marta Kovacs", "spoke to Ana Ruiz": a name after a verb of talking with
/// someone, which people are.
pub(super) fn interviewed(text: &str, line_words: &[Word], at: usize) -> bool {
    let w = |j: usize| line_words[j].text(text);
    let spaced = (at.saturating_sub(3)..at).all(|j| j + 1 < line_words.len() && text[line_words[j].end..line_words[j + 1].start] == *" ");
    if at < 2 || !spaced {
        return false;
    }
    let with = matches!(w(at - 1), "with" | "to");
    (with && matches!(w(at - 2), "spoke" | "talked" | "chatted" | "spoken" | "talking" | "speaking"))
        || (with && at >= 3 && w(at - 2) == "down" && w(at - 3) == "sat")
        || w(at - 1) == "interviewed"
}

/// Whether the name at word `at` is where something is or goes: after "near", "outside" or
/// "around", or after "to" that follows a verb or noun of moving goods, ships or people
/// ("divert vessels to Hamburg and Rotterdam", "flights to Lisbon"), also as a later item of such a
/// list.
pub(super) fn to_a_place(text: &str, line_words: &[Word], at: usize) -> bool {
    let spaced = |k: usize| text[line_words[k - 1].end..line_words[k].start] == *" ";
    let mut k = at;
    // Back over earlier items of a list: "to Hamburg and Rotterdam".
    while k >= 3 && spaced(k) && line_words[k - 1].text(text) == "and" && is_capitalised(line_words[k - 2].text(text)) && spaced(k - 1) {
        k -= 2;
        while k >= 2 && spaced(k) && is_capitalised(line_words[k - 1].text(text)) {
            k -= 1;
        }
    }
    if k == 0 || !spaced(k) {
        return false;
    }
    match line_words[k - 1].text(text) {
        "near" | "outside" | "around" => true,
        "to" => k >= 2 && with_lower(line_words[k - 2].text(text), |w| {
            matches!(
                w,
                "divert" | "diverted" | "diverting" | "rerouted" | "reroute" | "ships" | "vessels" | "flights" | "trains"
                    | "routes" | "exports" | "imports" | "shipments" | "cargo" | "moved" | "relocated" | "fled" | "travel" | "travelled"
                    | "traveled" | "flew" | "sailed" | "returned" | "deported" | "evacuated" | "headed" | "bound"
            )
        }),
        _ => false,
    }
}

/// Whether `span` is all of its line.
pub(super) fn whole_line(text: &str, span: Span) -> bool {
    let before = &text[..span.start as usize];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let after = &text[span.end as usize..];
    before[line_start..].trim().is_empty() && after[..after.find('\n').unwrap_or(after.len())].trim().is_empty()
}

/// "president Rui Costa", "engineers": a lower-case noun at word `k` for someone who works for a
/// company or a club, then the name of that person or a plural. Not "spokesman" or "adviser",
/// which a politician has too ("Putin spokesman").
pub(super) fn staff_after(text: &str, line_words: &[Word], k: usize) -> bool {
    let spaced = |k: usize| k > 0 && k < line_words.len() && text[line_words[k - 1].end..line_words[k].start] == *" ";
    if !spaced(k) {
        return false;
    }
    let w = line_words[k].text(text);
    if matches!(w, "engineers" | "employees" | "executives" | "shareholders" | "staff" | "workers") {
        return true;
    }
    let mut j = k;
    if matches!(w, "chief" | "managing") && spaced(k + 1) && matches!(line_words[k + 1].text(text), "executive" | "director") {
        j += 1;
    } else if !matches!(w, "president" | "chairman" | "chairwoman" | "manager" | "director" | "boss" | "forecaster" | "founder") {
        return false;
    }
    spaced(j + 1) && is_capitalised(line_words[j + 1].text(text)) && !SENTENCE_WORDS.contains(line_words[j + 1].text(text))
}

/// Whether capitals at `span` are a stock exchange or a ticker in "(NASDAQ: ARCD)".
pub(super) fn in_ticker(text: &str, span: Span) -> bool {
    let (s, e) = (span.start as usize, span.end as usize);
    let caps_then_close = |r: &str| {
        let n = r.find(|c: char| !(c.is_ascii_uppercase() || c == '.')).unwrap_or(r.len());
        n >= 1 && r[n..].starts_with(')')
    };
    let exchange = text[..s].ends_with('(') && text[e..].strip_prefix(": ").is_some_and(caps_then_close);
    let ticker = text[e..].starts_with(')')
        && text[..s].strip_suffix(": ").is_some_and(|b| {
            let n = b.len() - b.trim_end_matches(|c: char| c.is_ascii_uppercase()).len();
            n >= 2 && b[..b.len() - n].ends_with('(')
        });
    exchange || ticker
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The appositive's words as the regex with its capture group gives them.
    fn appositive_by_group(rest: &str) -> Option<&str> {
        static APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"^(?:,\s*|\s*\[(?:i\.e\.,?\s*)?|\s*\()(?:the |a |an |who is |who was |now |then |former |also )?((?:[\w’'.-]+\s+){0,8}[\w’'.-]+)").unwrap()
        });
        APPOSITIVE.captures(rest).map(|c| c.get(1).unwrap().as_str())
    }

    /// The same words as `appositive_after` finds them: the lead-in regex, then `words_end`.
    fn appositive_by_two_finds(rest: &str) -> Option<&str> {
        let lead = APPOSITIVE_LEAD.find(rest)?.end();
        let start = lead - rest[..lead].chars().next_back().map_or(0, char::len_utf8);
        Some(&rest[start..words_end(rest, start)])
    }

    #[test]
    fn appositive_lead_finds_the_group() {
        for rest in [
            ", the Russian Foreign Ministry spokeswoman, said", " [i.e., Assistant Secretary of State] was", "[i.e. ]", "[i.e.x]",
            ", the ,", ", then mayor", ", an aide", ", a", ", who was then", " (former envoy)", ",   ", "( é", ", ’s", ", –x",
            ", one two three four five six seven eight nine ten eleven", ", Ünal Öz, who", "\t(also x", ", the  the",
            ", a b c d e f g h i", ", a b c d e f g h i j", ", a b ,c", ", x\u{a0}y", ", x_y\u{301}z ‿w", ", 1 2 3 4 5 6 7 8 9 ",
        ] {
            assert_eq!(appositive_by_two_finds(rest), appositive_by_group(rest), "{rest:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn appositive_lead_finds_the_group_anywhere(parts in proptest::collection::vec(proptest::sample::select(vec![
            ",", " ", "[", "(", "i.e.", "the ", "then ", "a ", "an ", "who was ", "also ", "x", "É", "’", "-", ".", "\n", "word",
            "\u{a0}", "_", "\u{301}", "\t", "5",
        ]), 0..14)) {
            let rest: String = parts.concat();
            proptest::prop_assert_eq!(appositive_by_two_finds(&rest), appositive_by_group(&rest));
        }
    }

    #[test]
    fn a_relative_which_then_speech_is_an_organisation() {
        assert!(relative_which_then_acts(", which governs the territory, said on Monday"));
        assert!(relative_which_then_acts(", which has fighters in the south, has rejected it"));
        assert!(!relative_which_then_acts(", which Russia annexed in 2014, is a peninsula"));
        assert!(!relative_which_then_acts(", which Russia annexed. Officials said"));
        assert!(!relative_which_then_acts(", who leads it, said"));
        assert!(relative_who_then_speaks(", who chairs the Treasury committee, said: “No.”"));
        assert!(!relative_who_then_speaks(", who chairs the committee, was absent."));
    }
}
