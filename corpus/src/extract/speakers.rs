//! Who said each quotation.
//!
//! News attributes a quotation with a speech verb and a subject, in a handful of positions:
//! - after it: `“…,” Zakharova said.` / `“…,” said Maria Zakharova, the …` / `“…,” she told
//!   reporters` / `“…,” according to him.`
//! - before it: `Lavrov said: “…”` / `She said that … “very important format”` / `…, adding:
//!   “…”` (a participle takes the sentence's subject).
//! - not at all, when it continues the previous quotation: `“A,” she said. “B.”` and a new
//!   paragraph that only continues the quoting; or when the sentence before it is about its
//!   speaker: `Kim was blunt. “…”` / `He put it plainly: “…”`.
//! - after it, in the next sentence: `“…” The words were those of X.` / `The verdict is X's.`
//!
//! Pronouns (and "the 41-year-old") name the subject of the nearest sentence that names a person
//! outside quotation marks, else the last person mentioned; in a dialogue of two, the other side.
//! Role descriptions ("the mayor", "the Russian deputy FM") name the last person the article gave
//! that role; "the ministry", "the company", "the statement" the institution named before. A name
//! that only depends on the subject ("an aide to Diaz said") is not the speaker. When none of these
//! shapes is there, the speaker is left unknown: a guess would be worse.

use super::actors::Found;
use super::fragments;
use super::gazetteer::{self, PRONOUNS_PERSON};
use super::quotes::Marked;
use super::text::{self, Word};
use crate::model::{ActorKind, Span};

/// The speaker (a local actor index) and the attribution span, for one quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Attribution {
    pub speaker: Option<usize>,
    pub cue: Option<Span>,
}

/// Asides that stand between a subject and its verb ("The Ambassador, in turn, stated").
const ASIDES: &[&str] = &["in turn", "for his part", "for her part", "however", "meanwhile", "in response", "in reply", "too", "also"];

/// Participles that continue the sentence's subject ("…, adding: “…”").
fn is_participle(w: &str) -> bool {
    w.ends_with("ing")
}

struct Ctx<'a> {
    text: &'a str,
    found: &'a Found,
    quotes: &'a [Marked],
    sentence_ends: &'a [usize],
    region_start: usize,
    /// Per local actor, the sex the text gives the person, if it gives one.
    genders: Vec<Option<Gender>>,
    /// The speaker given to each quotation so far, in order.
    said: Vec<Option<usize>>,
    /// Per local actor, whether it is only a piece of a longer name ("Affairs"): never a speaker.
    pieces: Vec<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// Nouns that give a person's sex ("her grandson, Tyler", "X, a spokeswoman").
fn gender_of_noun(w: &str) -> Option<Gender> {
    match w {
        "woman" | "mother" | "grandmother" | "wife" | "daughter" | "granddaughter" | "sister" | "aunt" | "niece" | "spokeswoman"
        | "chairwoman" | "businesswoman" | "congresswoman" | "councilwoman" | "alderwoman" | "assemblywoman" | "actress" | "queen"
        | "princess" | "widow" | "girlfriend" | "girl" | "mrs" | "mrs." | "ms" | "ms." | "miss" | "duchess" | "baroness" | "dame"
        | "lady" | "empress" | "countess" | "grandma" | "mom" | "mum" => Some(Gender::Female),
        "man" | "father" | "grandfather" | "husband" | "son" | "grandson" | "brother" | "uncle" | "nephew" | "spokesman"
        | "chairman" | "businessman" | "congressman" | "councilman" | "alderman" | "assemblyman" | "king" | "prince" | "widower"
        | "boyfriend" | "boy" | "mr" | "mr." | "duke" | "baron" | "emperor" | "sir" | "lord" | "grandpa" | "dad" => Some(Gender::Male),
        _ => None,
    }
}

/// What the text says of each person's sex, outside quotation marks: an honorific ("Mrs
/// Hartley"), a gendered role ("her grandson, Tyler Hartley", "X, a spokeswoman"), or "his"/"her"
/// after a mention in the same sentence before anyone else is named ("Hartley, who took over
/// from her parents"). Contradicting evidence gives nothing: no guess from nothing.
fn genders(text: &str, found: &Found, inside_quote: impl Fn(usize) -> bool) -> Vec<Option<Gender>> {
    let mut seen: Vec<(bool, bool)> = vec![(false, false); found.actors.len()];
    let mut note = |a: usize, g: Option<Gender>| match g {
        Some(Gender::Female) => seen[a].0 = true,
        Some(Gender::Male) => seen[a].1 = true,
        None => {}
    };
    for (a, actor) in found.actors.iter().enumerate() {
        if actor.kind != ActorKind::Person {
            continue;
        }
        for r in &actor.roles {
            for w in r.split_whitespace() {
                note(a, gender_of_noun(w));
            }
        }
    }
    let persons: Vec<_> = found.mentions.iter().filter(|m| found.actors[m.actor].kind == ActorKind::Person).collect();
    for (n, m) in persons.iter().enumerate() {
        let (start, end) = (m.span.start as usize, m.span.end as usize);
        if inside_quote(start) {
            continue;
        }
        // An honorific right before the name, or opening it.
        let before = text[text::floor_boundary(text, start.saturating_sub(6))..start].trim_end();
        let honorific = before.rsplit(' ').next().unwrap_or("").to_lowercase();
        let first = text[start..end].split_whitespace().next().unwrap_or("").to_lowercase();
        note(m.actor, gender_of_noun(&honorific).or_else(|| gender_of_noun(&first)));
        // "his"/"her" later in the sentence, before the next person's mention.
        let next = persons.get(n + 1).map_or(text.len(), |x| x.span.start as usize);
        let stop = text[end..].find(['.', '!', '?', '\n']).map_or(text.len(), |k| end + k).min(next);
        let words = text::words(text, end, stop);
        let said = |forms: [&str; 2]| words.iter().any(|w| forms.contains(&w.text(text)) && !inside_quote(w.start));
        let (her, his) = (said(["her", "herself"]), said(["his", "himself"]));
        // A pronoun earlier in the sentence is whom a later "her"/"his" refers back to: "She and
        // Fournier clashed when he called her proposals …" says nothing of Fournier.
        let lead_has = |p: &str| {
            let lead = &text[text::floor_boundary(text, start.saturating_sub(200))..start];
            let lead = &lead[lead.rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1)..];
            lead.split(|c: char| !c.is_alphabetic()).any(|w| w.eq_ignore_ascii_case(p))
        };
        if her != his && !lead_has(if her { "she" } else { "he" }) {
            note(m.actor, Some(if her { Gender::Female } else { Gender::Male }));
        }
        // "Joaquim Serrão is already standing by an oak … He has stripped cork for 41 summers.":
        // the only person of a sentence, and the next sentence opens with "He" or "She".
        let prev_end = n.checked_sub(1).map_or(0, |k| persons[k].span.end as usize);
        let sent_start = text[..start].rfind(['.', '!', '?', '\n']).map_or(0, |k| k + 1);
        let alone = prev_end <= sent_start && !text[end..].starts_with("’s") && !text[end..].starts_with("'s");
        if alone && stop < next && stop < text.len() && text[stop..].starts_with(['.', '!', '?']) {
            let rest = text[stop + 1..].trim_start_matches([' ', '\n', '\r']);
            let opener = if rest.starts_with("He ") { Some(Gender::Male) } else if rest.starts_with("She ") { Some(Gender::Female) } else { None };
            if opener.is_some() && text.len() - rest.len() < next {
                note(m.actor, opener);
            }
        }
    }
    seen.into_iter()
        .map(|(f, m)| match (f, m) {
            (true, false) => Some(Gender::Female),
            (false, true) => Some(Gender::Male),
            _ => None,
        })
        .collect()
}

/// The sex a pronoun refers to.
fn pronoun_gender(p: &str) -> Option<Gender> {
    match p {
        "she" | "her" => Some(Gender::Female),
        "he" | "him" => Some(Gender::Male),
        _ => None,
    }
}

impl Ctx<'_> {
    /// Quotations are sorted and do not overlap, so a binary search finds the one at `pos`.
    fn inside_quote(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.open <= pos);
        i > 0 && pos < self.quotes[i - 1].close_end
    }

    fn kind(&self, actor: usize) -> ActorKind {
        self.found.actors[actor].kind
    }

    /// The last person mentioned outside quotation marks before `pos`.
    fn last_person_before(&self, pos: usize, gender: Option<Gender>) -> Option<usize> {
        let i = self.found.mentions.partition_point(|m| (m.span.start as usize) < pos);
        // A pronoun refers to someone recent: look back over a bounded number of mentions.
        self.found.mentions[i.saturating_sub(200)..i]
            .iter()
            .rev()
            .find(|m| {
                self.kind(m.actor) == ActorKind::Person
                    && !self.pieces[m.actor]
                    && !self.inside_quote(m.span.start as usize)
                    && self.may_be(m.actor, gender)
                    && !self.beside_pronoun(m.span, gender)
                    && !self.as_place(m.span)
            })
            .map(|m| m.actor)
    }

    /// Whether a name read as a person's stands where a place does, right after a preposition
    /// of place ("a fire near Ponte de Sor"): no pronoun refers back to it.
    fn as_place(&self, span: Span) -> bool {
        let before = &self.text[text::floor_boundary(self.text, (span.start as usize).saturating_sub(12))..span.start as usize];
        let after = &self.text[span.end as usize..];
        let preposition = before.strip_suffix(' ').and_then(|b| b.rsplit([' ', '\n']).next()).is_some_and(|w| {
            matches!(w, "near" | "in" | "at" | "outside" | "inside" | "around" | "across" | "towards" | "toward" | "into" | "In" | "At" | "Near" | "Outside")
        });
        preposition && !after.starts_with("’s") && !after.starts_with("'s")
    }

    /// Whom a pronoun of `gender` at `pos` refers to, when no quotation settles it: in the
    /// nearest sentence before it (or its own words before it) that names a person it may be, the
    /// first such person that is a subject rather than under a preposition or in a relative
    /// clause ("Dr Chowdhury, who runs the unit at Dhaka Shishu Hospital, said …; “…,” she
    /// said"; "Abenova met the ambassador, Lindqvist. She noted …"), else the last of them; past
    /// a few sentences, the last person mentioned.
    fn antecedent(&self, pos: usize, gender: Option<Gender>) -> Option<usize> {
        let mut to = pos;
        // Line breaks end sentences too, so blank lines take some of these steps.
        for _ in 0..16 {
            let (start, _) = text::sentence_bounds(self.sentence_ends, self.region_start, to.saturating_sub(1));
            let start = start.min(to);
            // "Speaking about the visit of Minister X, the speaker said": names in an opening
            // participle's phrase are not the sentence's subject, nor anyone the next sentence
            // goes on about.
            let lead = self.text[start..to].trim_start();
            let opening_end = lead
                .split(' ')
                .next()
                // "According to Lavrov, …" names its source, the one a pronoun goes on about.
                .filter(|w| w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_uppercase) && *w != "According")
                .and_then(|_| lead.find(", "))
                .map_or(start, |c| to - lead.len() + c);
            let people: Vec<(usize, Span)> = self
                .mentions_in(opening_end, to)
                .into_iter()
                .filter(|&(a, span)| self.kind(a) == ActorKind::Person && self.may_be(a, gender) && !self.beside_pronoun(span, gender) && !self.as_place(span))
                .collect();
            // "Islay distillery owner Niall MacDougall": a name in front of a role and another
            // name only qualifies that one.
            let qualifies_next = |k: usize| {
                people.get(k + 1).is_some_and(|(_, next)| {
                    let gap = &self.text[people[k].1.end as usize..next.start as usize];
                    let words: Vec<&str> = gap.split_whitespace().collect();
                    !gap.contains([',', '.', ';', ':', '(', ')', '—'])
                        && (1..=3).contains(&words.len())
                        && words.last().is_some_and(|w| gazetteer::is_role_noun(w) || gazetteer::TITLE_HEADS.contains(w))
                })
            };
            let subject = (0..people.len())
                .find(|&k| !qualifies_next(k) && self.heads_phrase(start, people[k].1) && !in_relative_clause(self.text, start, people[k].1))
                .map(|k| &people[k]);
            if let Some(&(a, _)) = subject.or(people.last()) {
                return Some(a);
            }
            if start <= self.region_start || pos - start > 3000 {
                break;
            }
            to = start;
        }
        self.last_person_before(pos, gender)
    }

    /// Whether the mention is coordinated with a pronoun of `gender` ("He and O’Donnell
    /// clashed", "Fournier and she"): that pronoun is someone else, and so is the next one like it.
    fn beside_pronoun(&self, span: Span, gender: Option<Gender>) -> bool {
        let forms: &[&str] = match gender {
            Some(Gender::Male) => &["He and ", "he and "],
            Some(Gender::Female) => &["She and ", "she and "],
            None => return false,
        };
        // "He and Transport Secretary O’Donnell": a title may stand between.
        let before = &self.text[text::floor_boundary(self.text, (span.start as usize).saturating_sub(48))..span.start as usize];
        let titled = |rest: &str| rest.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
        let after = &self.text[span.end as usize..];
        let pronoun_after = match gender {
            Some(Gender::Male) => " and he ",
            _ => " and she ",
        };
        // The pronoun is a word of its own: "he and" inside "She and" is not "he".
        let word_start = |k: usize| !before[..k].ends_with(char::is_alphabetic);
        forms.iter().any(|f| before.rfind(f).is_some_and(|k| word_start(k) && titled(&before[k + f.len()..]))) || after.starts_with(pronoun_after)
    }

    /// Whether the person may be what a pronoun of `gender` refers to: unless the text says
    /// otherwise.
    fn may_be(&self, actor: usize, gender: Option<Gender>) -> bool {
        match (gender, self.genders[actor]) {
            (Some(want), Some(is)) => want == is,
            _ => true,
        }
    }

    /// Mentions inside `from..to` and outside quotation marks.
    fn mentions_in(&self, from: usize, to: usize) -> Vec<(usize, Span)> {
        let i = self.found.mentions.partition_point(|m| (m.span.start as usize) < from);
        self.found.mentions[i..]
            .iter()
            .take_while(|m| (m.span.end as usize) <= to)
            .filter(|m| !self.pieces[m.actor] && !self.inside_quote(m.span.start as usize))
            .map(|m| (m.actor, m.span))
            .collect()
    }

    /// The person mentioned last before `pos`, outside quotation marks, whom the article gave the
    /// role `head` ("mayor", "minister"), or the nationality when the description has one ("the
    /// Turkish minister" is the Turkish counterpart named before, not the Russian minister).
    fn last_person_with_role(&self, pos: usize, head: &str, nationality: Option<&str>) -> Option<usize> {
        let i = self.found.mentions.partition_point(|m| (m.span.start as usize) < pos);
        self.found.mentions[i.saturating_sub(200)..i]
            .iter()
            .rev()
            .filter(|m| self.kind(m.actor) == ActorKind::Person && !self.inside_quote(m.span.start as usize))
            .find(|m| {
                let roles = &self.found.actors[m.actor].roles;
                match nationality {
                    Some(d) => roles.iter().any(|r| r == d),
                    None => roles.iter().any(|r| role_head(r) == head || (head == "diplomat" && is_diplomatic(r))),
                }
            })
            .map(|m| m.actor)
    }

    /// Whether a mention ending at `end` can head the subject phrase it stands in, rather than
    /// depend on another noun: not "an aide to Diaz", "a spokesman for Russia" or "Diaz’s office".
    fn heads_phrase(&self, from: usize, span: Span) -> bool {
        let before = text::words(self.text, from, span.start as usize);
        // Back over the noun phrase the name stands in ("with his Turkish counterpart").
        let modifier = |w: &str| {
            matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our")
                || gazetteer::is_role_noun(&w.to_lowercase())
                || gazetteer::TITLE_HEADS.contains(w)
                || gazetteer::country(w).is_some_and(|(_, f)| f == gazetteer::CountryForm::Demonym)
        };
        // Back over a coordination too: "Islanders on Arran and Islay" puts Islay under "on";
        // but not past the end of a sentence or a pronoun ("… Climat. She and Fournier").
        let mut coordinated = false;
        let mut governing = None;
        for (n, w) in before.iter().enumerate().rev() {
            let t = w.text(self.text);
            let next_start = before.get(n + 1).map_or(span.start as usize, |x| x.start);
            if coordinated && self.text[w.end..next_start].contains(['.', '!', '?', ';', ':']) {
                break;
            }
            if matches!(t, "and" | "or") {
                coordinated = true;
                continue;
            }
            let pronoun = PRONOUNS_PERSON.contains(t.to_lowercase().as_str());
            if !(modifier(t) || (coordinated && !pronoun && t.starts_with(char::is_uppercase))) {
                governing = Some(t);
                break;
            }
        }
        let governed = governing.is_some_and(|w| matches!(w, "to" | "for" | "of" | "with" | "from" | "by" | "at" | "near" | "on" | "in" | "about" | "against" | "among" | "between" | "over"));
        let after = &self.text[span.end as usize..];
        !(governed || after.starts_with("’s") || after.starts_with("'s"))
    }

    /// The actor a subject phrase `from..to` names: a mention heading it (a person first), a
    /// pronoun, or a role description of someone the article gave that role.
    fn subject(&self, from: usize, to: usize, prev: Option<(&Marked, Attribution)>) -> Option<usize> {
        let ms: Vec<(usize, Span)> = self.mentions_in(from, to).into_iter().filter(|(_, s)| self.heads_phrase(from, *s)).collect();
        if let Some((a, _)) = ms.iter().rev().find(|(a, _)| self.kind(*a) == ActorKind::Person) {
            return Some(*a);
        }
        if let Some((a, _)) = ms.last() {
            return Some(*a);
        }
        let words = text::words(self.text, from, to);
        // "he also warned", "she later said": an adverb after the subject is no part of it.
        let words: Vec<Word> = words.into_iter().filter(|w| !matches!(w.text(self.text), "also" | "too" | "later" | "then" | "again" | "further" | "previously" | "earlier")).collect();
        let mut lower: Vec<String> = words.iter().map(|w| w.text(self.text).to_lowercase()).collect();
        // "he was quoted as saying": the passive frame is no part of the subject.
        if lower.len() >= 3 && lower[lower.len() - 2..] == ["quoted", "as"] && matches!(lower[lower.len() - 3].as_str(), "was" | "is" | "were" | "been") {
            lower.truncate(lower.len() - 3);
        }
        // "as he liked to say", "she went on to say": a habit or a sequel, not the subject.
        if lower.len() >= 3 && lower[lower.len() - 1] == "to" && matches!(lower[lower.len() - 2].as_str(), "liked" | "likes" | "loved" | "used" | "wanted" | "went" | "had") {
            lower.truncate(lower.len() - 2);
        }
        // "A spokesman for the Finance Ministry said": an unnamed voice of an organisation or a
        // government speaks for it.
        // So does a document of one: "according to a statement from the ministry", "a readout
        // issued by X".
        if let Some(mut k) = lower.iter().position(|w| {
            matches!(
                w.as_str(),
                "spokesman" | "spokeswoman" | "spokesperson" | "representative" | "representatives" | "officials" | "campaigners" | "activists" | "executives" | "researchers"
            ) || is_document(w)
        }) {
            if is_document(&lower[k]) && lower.get(k + 1).is_some_and(|w| matches!(w.as_str(), "issued" | "released" | "published")) {
                k += 1;
            }
            let by = is_document(&lower[k.saturating_sub(1)]) || is_document(&lower[k]);
            if lower.get(k + 1).is_some_and(|w| matches!(w.as_str(), "for" | "of" | "at" | "from") || (by && w == "by")) {
                let body = self.mentions_in(words[k + 1].end, to).into_iter().find(|(a, _)| self.kind(*a) != ActorKind::Person);
                if let Some((a, _)) = body {
                    return Some(a);
                }
                // "a spokeswoman for the company", "a spokesperson for the agency": the
                // institution that description refers back to.
                if lower.get(k + 2).is_some_and(|w| w == "the") && lower.len() == k + 4 {
                    return self.subject(words[k + 2].start, to, prev).filter(|&a| self.kind(a) != ActorKind::Person);
                }
            }
        }
        // "a Commission spokesperson", "a ministry spokesman": the voice of the institution named
        // before by its head noun.
        if lower.len() == 3 && matches!(lower[0].as_str(), "a" | "an") && matches!(lower[2].as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "official") {
            if let Some(a) = self.institution_by_head(from, &lower[1..2]) {
                return Some(a);
            }
        }
        if lower.len() == 1 && PRONOUNS_PERSON.contains(lower[0].as_str()) {
            return self.pronoun_referent(from, prev, pronoun_gender(&lower[0]));
        }
        // "the 41-year-old told a news conference": an age standing for the person, like a
        // pronoun.
        if lower.len() == 2 && lower[0] == "the" && lower[1].ends_with("-year-old") {
            return self.pronoun_referent(from, prev, None);
        }
        // "a project which she said would “…”", "and he said": a pronoun after the word that
        // joins its clause.
        if lower.len() == 2
            && matches!(lower[0].as_str(), "which" | "that" | "what" | "and" | "but" | "as" | "when" | "while" | "after" | "before" | "because" | "since" | "where" | "if" | "though" | "although")
            && PRONOUNS_PERSON.contains(lower[1].as_str())
        {
            return self.pronoun_referent(words[1].start, prev, pronoun_gender(&lower[1]));
        }
        // "On my first day I told them, “…”" in an interview's answer: the person whose name
        // labels the paragraph ("Wanjiru Kamau: …").
        if lower.last().is_some_and(|w| w == "i") && lower.len() <= 6 {
            return self.paragraph_label(from);
        }
        let definite = lower.first().is_some_and(|w| w == "the" || w == "this" || w == "our" || w == "his" || w == "her");
        // "the statement says": the statement of the organisation or government that last
        // opened a sentence.
        if lower.len() == 2 && definite && matches!(lower[1].as_str(), "statement" | "communiqué" | "communique" | "declaration" | "note" | "release" | "readout" | "memo" | "letter") {
            return self.issuer(from, &lower[1]).or_else(|| self.last_institution_subject(from, false));
        }
        // "the company said": the organisation that last opened a sentence.
        if lower.len() == 2 && lower[0] == "the" && matches!(lower[1].as_str(), "company" | "firm" | "group" | "carmaker" | "airline" | "operator" | "retailer" | "insurer" | "lender" | "manufacturer" | "charity" | "organisation" | "organization") {
            return self.last_institution_subject(from, true);
        }
        // "the ministry said", "In Sofia, the foreign ministry said": an institution named before
        // by its head noun, or the government whose capital opens the sentence.
        if definite && (2..=3).contains(&lower.len()) {
            if let Some(a) = self.institution_by_head(from, &lower[1..]) {
                return Some(a);
            }
        }
        // "the mayor", "the Russian deputy FM": the last person introduced with that role. A
        // role nobody was given is someone the text does not name.
        let head = lower.iter().rev().find(|w| gazetteer::is_role_noun(w))?;
        if definite && lower.len() <= 5 {
            let nationality = lower.iter().find(|w| gazetteer::country(w).is_some_and(|(_, f)| f == gazetteer::CountryForm::Demonym));
            let earlier = self.last_person_with_role(from, role_head(head), nationality.map(String::as_str));
            // "the city's utilities director" before anyone holds the role: the person the next
            // paragraphs introduce with that very title ("Utilities Director Raymond Szabo").
            let before_head: Vec<&str> = lower[1..].iter().take_while(|w| *w != head).map(String::as_str).collect();
            // Past a possessor ("the city's"; words split "city's" in two).
            let qualifiers = before_head.iter().rposition(|w| *w == "s").map_or(&before_head[..], |k| &before_head[k + 1..]);
            return earlier.or_else(|| self.next_person_titled(to, head, qualifiers));
        }
        None
    }

    /// The first person mentioned after `pos`, within a few paragraphs, right after a title made
    /// of `qualifiers` and `head` ("Utilities Director Raymond Szabo" for "utilities director").
    /// A bare role ("the director") is too vague to look ahead for.
    fn next_person_titled(&self, pos: usize, head: &str, qualifiers: &[&str]) -> Option<usize> {
        if qualifiers.is_empty() {
            return None;
        }
        let title: Vec<&str> = qualifiers.iter().copied().chain([head]).collect();
        let i = self.found.mentions.partition_point(|m| (m.span.start as usize) < pos);
        self.found.mentions[i..]
            .iter()
            .take_while(|m| (m.span.start as usize) < pos + 2500)
            .find(|m| {
                let start = m.span.start as usize;
                let before = &self.text[text::floor_boundary(self.text, start.saturating_sub(60))..start];
                let mut words: Vec<&str> = before.split_whitespace().collect();
                let fits = |words: &[&str]| words.len() >= title.len() && words[words.len() - title.len()..].iter().zip(&title).all(|(w, t)| w.eq_ignore_ascii_case(t));
                // The title before the name, or ending in the name's first word when the name
                // took it in ("Engineer Małgorzata …").
                let whole = fits(&words);
                words.extend(self.text[start..m.span.end as usize].split_whitespace().next());
                self.kind(m.actor) == ActorKind::Person && !self.pieces[m.actor] && !self.inside_quote(start) && (whole || fits(&words))
            })
            .map(|m| m.actor)
    }

    /// Who issued the document `noun` ("readout", "statement") that "the `noun`" at `pos` refers
    /// back to: the actor named right after its last mention before, within a few paragraphs, by
    /// "by"/"from" ("a readout issued by the Chinese Foreign Ministry", "a statement from X").
    fn issuer(&self, pos: usize, noun: &str) -> Option<usize> {
        let floor = text::floor_boundary(self.text, pos.saturating_sub(3000));
        let window = &self.text[floor..pos];
        let mut end = window.len();
        // Back over the noun's earlier occurrences, latest first.
        while let Some(k) = window[..end].rfind(noun) {
            end = k;
            let at = floor + k;
            let whole = !window[..k].ends_with(char::is_alphanumeric) && !window[k + noun.len()..].starts_with(char::is_alphanumeric);
            if !whole || self.inside_quote(at) {
                continue;
            }
            let stop = text::floor_boundary(self.text, (at + noun.len() + 60).min(pos));
            let words = text::words(self.text, at + noun.len(), stop);
            let by = words.iter().take(3).position(|w| matches!(w.text(self.text), "by" | "from"));
            let by = by?;
            let mut name_from = words[by].end;
            if words.get(by + 1).is_some_and(|w| w.text(self.text) == "the") {
                name_from = words[by + 1].end;
            }
            let name_from = name_from + (self.text[name_from..].len() - self.text[name_from..].trim_start().len());
            return self.mentions_in(name_from, stop).first().filter(|(_, s)| s.start as usize == name_from).map(|(a, _)| *a);
        }
        None
    }

    /// The organisation (or country, unless `organisation_only`) that last opened a sentence
    /// (after at most "The") before `pos`, within a few paragraphs. "The company" is no public
    /// body: with `organisation_only`, a bureau or a ministry is passed over.
    fn last_institution_subject(&self, pos: usize, organisation_only: bool) -> Option<usize> {
        let i = self.found.mentions.partition_point(|m| (m.span.start as usize) < pos);
        let floor = pos.saturating_sub(3000);
        self.found.mentions[i.saturating_sub(200)..i]
            .iter()
            .rev()
            .take_while(|m| m.span.start as usize >= floor)
            .find(|m| {
                let start = m.span.start as usize;
                let (sent_start, _) = text::sentence_bounds(self.sentence_ends, self.region_start, start);
                let kind = self.kind(m.actor);
                kind != ActorKind::Person
                    && (kind == ActorKind::Organization || !organisation_only)
                    && !(organisation_only && public_body(&self.found.actors[m.actor].name))
                    && !self.inside_quote(start)
                    && matches!(self.text[sent_start..start].trim(), "" | "The")
            })
            .map(|m| m.actor)
    }

    /// The institution "the `phrase`" refers to at `pos` ("the ministry", "the health ministry",
    /// "the jury"): for a government body, the country whose capital opens the sentence ("In
    /// Sofia, the foreign ministry"); else the last organisation mentioned before whose name has
    /// every word of the phrase ("Ministry of Health").
    fn institution_by_head(&self, pos: usize, phrase: &[String]) -> Option<usize> {
        const HEADS: &[&str] = &[
            "ministry", "agency", "commission", "council", "court", "bank", "party", "jury", "committee", "department", "authority",
            "board", "federation", "association", "office", "service", "regulator", "tribunal", "parliament",
        ];
        let head = phrase.last()?.as_str();
        if !HEADS.contains(&head) {
            return None;
        }
        if matches!(head, "ministry" | "department" | "office" | "parliament") {
            let (sent_start, _) = text::sentence_bounds(self.sentence_ends, self.region_start, pos);
            let place = self.text[sent_start..pos].trim_start().strip_prefix("In ").and_then(|r| r.split(',').next());
            if let Some((country, gazetteer::CountryForm::Capital)) = place.and_then(|p| gazetteer::country(p.trim())) {
                return self.found.actors.iter().position(|a| a.kind == ActorKind::Country && a.name == country);
            }
        }
        let i = self.found.mentions.partition_point(|m| (m.span.start as usize) < pos);
        self.found.mentions[i.saturating_sub(200)..i]
            .iter()
            .rev()
            .find(|m| {
                let name = &self.found.actors[m.actor].name;
                self.kind(m.actor) == ActorKind::Organization && phrase.iter().all(|p| name.split_whitespace().any(|w| w.eq_ignore_ascii_case(p)))
            })
            .map(|m| m.actor)
            .or_else(|| if phrase.len() == 1 { self.organ_of(pos, head) } else { None })
    }

    /// The organisation whose unnamed organ "the `head`" ("board", "committee") is, from the
    /// last mention of that organ before `pos`, within a few paragraphs: "the board of the Banco
    /// de la República", "Northwind's board", "the Northwind Trust board".
    fn organ_of(&self, pos: usize, head: &str) -> Option<usize> {
        if !matches!(head, "board" | "committee" | "council" | "jury" | "commission") {
            return None;
        }
        let floor = text::floor_boundary(self.text, pos.saturating_sub(3000));
        let window = &self.text[floor..pos];
        let mut end = window.len();
        for _ in 0..8 {
            let k = window[..end].rfind(head)?;
            end = k;
            let at = floor + k;
            let after_at = at + head.len();
            let whole = !window[..k].ends_with(char::is_alphanumeric) && !self.text[after_at..].starts_with(char::is_alphanumeric);
            if !whole || self.inside_quote(at) {
                continue;
            }
            let org = |a: usize| self.kind(a) == ActorKind::Organization;
            // "board of [the] X"
            let rest = &self.text[after_at..text::floor_boundary(self.text, (after_at + 120).min(self.text.len()))];
            if let Some(r) = rest.strip_prefix(" of ") {
                let r2 = r.strip_prefix("the ").unwrap_or(r);
                let name_from = after_at + 4 + (r.len() - r2.len());
                if let Some((a, _)) = self.mentions_in(name_from, after_at + rest.len()).first().filter(|(a, s)| s.start as usize == name_from && org(*a)) {
                    return Some(*a);
                }
            }
            // "X's board", "the X board"
            let lead = self.text[..at].trim_end_matches(' ');
            let lead = lead.strip_suffix("’s").or_else(|| lead.strip_suffix("'s")).unwrap_or(lead);
            let i = self.found.mentions.partition_point(|m| (m.span.end as usize) < lead.len());
            if let Some(m) = self.found.mentions.get(i).filter(|m| m.span.end as usize == lead.len() && org(m.actor) && !self.pieces[m.actor]) {
                return Some(m.actor);
            }
        }
        None
    }

    /// The person whose name, and a colon, open the paragraph at `pos` (an interview's answer:
    /// "Kamau: Some of it."), if it is one.
    fn paragraph_label(&self, pos: usize) -> Option<usize> {
        let start = self.text[..pos].rfind('\n').map_or(0, |k| k + 1).max(self.region_start);
        let line = &self.text[start..pos];
        let colon = line.find(": ")?;
        let label = &line[..colon];
        if label.split_whitespace().count() > 4 {
            return None;
        }
        let from = start + (label.len() - label.trim_start().len());
        match self.mentions_in(from, start + colon)[..] {
            [(a, s)] if s.start as usize == from && s.end as usize == start + colon && self.kind(a) == ActorKind::Person => Some(a),
            _ => None,
        }
    }

    /// In a dialogue of two people, a pronoun opening a new paragraph's attribution after one
    /// side's question or reply is the other side: `“Who will pay?” Wambui asked. Juma replied:
    /// “The county.”` / `“And if it does not?” she said.` (Wambui) / `“Then we build it,” he
    /// said.` (Juma). Only right after two quotations by two different people in adjacent
    /// paragraphs, with nobody else named since.
    fn turn_taker(&self, pos: usize, prev: Option<(&Marked, Attribution)>, gender: Option<Gender>) -> Option<usize> {
        let (p, pa) = prev?;
        let last = pa.speaker?;
        let between = self.text.get(p.close_end..pos)?;
        if !between.contains('\n') || between.matches('\n').count() > 2 {
            return None;
        }
        let m = self.quotes.partition_point(|o| o.open < p.open);
        let other = (*self.said.get(m.checked_sub(1)?)?)?;
        let pp = &self.quotes[m - 1];
        let gap = &self.text[pp.close_end..p.open];
        if other == last || self.kind(other) != ActorKind::Person || gap.matches('\n').count() > 2 || !self.may_be(other, gender) {
            return None;
        }
        let question = self.text[p.inner.range()].trim_end().ends_with('?');
        let reply = pa.cue.is_some_and(|c| {
            self.text[c.range()].split_whitespace().any(|w| matches!(w, "replied" | "answered" | "responded" | "retorted" | "countered" | "shot"))
        });
        let named_since = self.mentions_in(p.close_end, pos).iter().any(|(a, _)| self.kind(*a) == ActorKind::Person);
        ((question || reply) && !named_since).then_some(other)
    }

    /// Whom a pronoun subject at `pos` refers to: the speaker of the previous quotation when it
    /// is in the same paragraph (the person being reported, not the last one named in passing),
    /// else the last person mentioned.
    fn pronoun_referent(&self, pos: usize, prev: Option<(&Marked, Attribution)>, gender: Option<Gender>) -> Option<usize> {
        if let Some(other) = self.turn_taker(pos, prev, gender) {
            return Some(other);
        }
        let same_paragraph = |p: &Marked| p.close_end <= pos && !self.text[p.close_end..pos].contains('\n');
        let Some((p, speaker)) = prev.filter(|(p, _)| same_paragraph(p)).and_then(|(p, a)| Some((p, a.speaker?))).filter(|(_, a)| self.may_be(*a, gender))
        else {
            return self.antecedent(pos, gender);
        };
        // Someone named since then as a subject of their own takes over.
        let since = self.mentions_in(p.close_end, pos);
        let subject = since.iter().rev().find(|(a, span)| {
            self.kind(*a) == ActorKind::Person
                && self.may_be(*a, gender)
                && !self.beside_pronoun(*span, gender)
                && self.heads_phrase(text::floor_boundary(self.text, (span.start as usize).saturating_sub(80)), *span)
        });
        Some(subject.map_or(speaker, |(a, _)| *a))
    }
}

/// Whether `between` (the words from a speech verb to a name) is a noun phrase of title words in
/// front of the name: capitalised words, abbreviations ("U.S."), "of", "for", "and", "the" and
/// role nouns, with no punctuation closing a phrase, and at least one title or role.
fn title_phrase(between: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    let abbreviation = |w: &str| w.ends_with('.') && w.trim_end_matches('.').split('.').all(|p| p.chars().count() <= 2 && p.chars().all(char::is_uppercase));
    let fits = |w: &str| {
        let bare = w.trim_end_matches(['’', '\'']).trim_end_matches("’s").trim_end_matches("'s");
        (bare.starts_with(char::is_uppercase) && !bare.ends_with([',', ';', ':', '.']))
            || abbreviation(w)
            || matches!(w, "of" | "for" | "and" | "the")
            || gazetteer::is_role_noun(w)
    };
    let titled = words.iter().any(|w| gazetteer::TITLE_HEADS.contains(w) || gazetteer::is_role_noun(&w.to_lowercase()));
    // "said Prof. Meenakshi Rao": an abbreviated title keeps its dot.
    let fits = |w: &str| fits(w) || (w.ends_with('.') && gazetteer::TITLE_HEADS.contains(w));
    // "Minister of Trade, Industry and Energy": a portfolio that lists its parts.
    let listed = |i: usize| {
        let w = words[i];
        w.ends_with(',') && w.starts_with(char::is_uppercase) && words[..i].iter().any(|p| matches!(*p, "of" | "for")) && words[i + 1..].contains(&"and")
    };
    !words.is_empty() && words.len() <= 10 && titled && (0..words.len()).all(|i| fits(words[i]) || listed(i))
}

/// A noun for a document in which an organisation speaks.
fn is_document(w: &str) -> bool {
    matches!(w, "statement" | "readout" | "communiqué" | "communique" | "release" | "letter" | "memo" | "filing" | "report" | "notice")
}

/// Whether an organisation's name says it is a public body or an association, which "the
/// company", "the firm" or "the charity" does not refer to ("Bureau of Meteorology").
fn public_body(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        matches!(
            w,
            "Bureau" | "Ministry" | "Department" | "Agency" | "Service" | "Council" | "Commission" | "Authority" | "Office" | "Court"
                | "Parliament" | "Police" | "Government" | "Assembly" | "Committee" | "Army" | "Navy" | "Force" | "Forces" | "University"
                | "School" | "Party" | "Union" | "Federation" | "Senate" | "Congress" | "Tribunal" | "Board"
        )
    })
}

/// Roles that make a person a diplomat, whom "the diplomat" may then stand for.
fn is_diplomatic(role: &str) -> bool {
    matches!(role, "ambassador" | "envoy" | "consul" | "chargé" | "attaché" | "diplomat")
}

/// The noun a role abbreviation ends in: "FM" is a foreign minister.
fn role_head(role: &str) -> &str {
    match role {
        "fm" | "pm" => "minister",
        "mp" => "lawmaker",
        other => other,
    }
}

/// Whether the speech-verb form at `i` is a plural noun here ("the AES states were", "their
/// comments have"): after a determiner, or before an auxiliary verb.
fn noun_use(text: &str, words: &[Word], i: usize) -> bool {
    if !words[i].text(text).ends_with('s') {
        return false;
    }
    let prev = i.checked_sub(1).map(|k| words[k].text(text));
    let next = words.get(i + 1).map(|w| w.text(text));
    prev.is_some_and(|p| matches!(p, "the" | "these" | "those" | "their" | "its" | "our" | "his" | "her" | "many" | "other" | "such" | "some" | "member"))
        || next.is_some_and(|n| matches!(n, "were" | "are" | "have" | "had" | "will" | "would" | "could" | "should" | "must"))
}

/// The speech verbs among `words`, as indices.
fn verbs(text: &str, words: &[Word]) -> Vec<usize> {
    (0..words.len())
        .filter(|&i| {
            let w = words[i].text(text);
            // "as Professor X put it, “…”"
            let put_it = w == "put" && words.get(i + 1).is_some_and(|n| n.text(text) == "it");
            // "Albers spoke of „an expropriation by instalments“"
            let spoke_of = matches!(w, "spoke" | "speaks") && words.get(i + 1).is_some_and(|n| n.text(text) == "of");
            // "The Kyrgyz side considers such actions «…»": a stated view.
            let holds = matches!(w, "considers" | "deems");
            // "A report by X … found that the plant could fail “…”": a finding stated.
            let found = matches!(w, "found" | "finds") && words.get(i + 1).is_some_and(|n| n.text(text) == "that");
            put_it || spoke_of || holds || found || (w.chars().all(char::is_lowercase) && gazetteer::is_speech_verb(w) && !noun_use(text, words, i))
        })
        .collect()
}

/// Attributes every quotation of one article, in order. `sentence_ends` are those of `region`
/// (`text::sentence_ends`), which the caller has already cut.
pub fn attribute(text: &str, quotes: &[Marked], found: &Found, region: (usize, usize), sentence_ends: &[usize]) -> Vec<Attribution> {
    let inside = |pos: usize| {
        let i = quotes.partition_point(|q| q.open <= pos);
        i > 0 && pos < quotes[i - 1].close_end
    };
    let mut ctx = Ctx { text, found, quotes, sentence_ends, region_start: region.0, genders: genders(text, found, inside), said: Vec::with_capacity(quotes.len()), pieces: fragments::pieces(text, found) };
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    for (n, q) in quotes.iter().enumerate() {
        let prev = n.checked_sub(1).map(|p| (&quotes[p], out[p]));
        // `X said: “… poverty.” The Foundation estimated …`: a quotation a colon introduces and
        // that ends its sentence is attributed before it; what follows is the next sentence.
        // So is one that closes a sentence whose own speech verb comes before it: `X said he had
        // bought a loaf there “every Saturday.” Mayor Y said …` is X's; Y's sentence is the next.
        let ends_sentence = text[q.inner.range()].trim_end().ends_with(['.', '!', '?', '…']);
        let introduced = ends_sentence && (text[..q.open].trim_end().ends_with(':') || cue_before_in_sentence(&ctx, q, prev));
        let a = if let Some(a) = name_colon(&ctx, q) {
            Some(a)
        } else if introduced {
            before(&ctx, q, prev).or_else(|| after(&ctx, q, prev))
        } else {
            after(&ctx, q, prev).or_else(|| before(&ctx, q, prev))
        };
        let a = a
            // A quotation with an attribution of its own that names nobody ("A spokesman said:
            // “…”") is someone else's, not the previous speaker's.
            .or_else(|| {
                (!has_own_cue(&ctx, q, prev))
                    .then(|| noun_cue(&ctx, q, prev).or_else(|| narrated(&ctx, q, prev)).or_else(|| named_later(&ctx, q)).or_else(|| that_was(&ctx, q)).or_else(|| carried(&ctx, q, prev)).or_else(|| led_in(&ctx, q, prev)))
                    .flatten()
            })
            // "When I asked …, X was honest about it: “…”": the speech verb was the opening
            // clause's; the clause before the colon is about the speaker.
            .or_else(|| subordinate_then_colon(&ctx, q).then(|| led_in(&ctx, q, prev)).flatten())
            .unwrap_or_default();
        learn_gender(&mut ctx, a);
        ctx.said.push(a.speaker);
        out.push(a);
    }
    repeated(text, quotes, &mut out);
    out
}

/// "“…,” he said" resolved to a person whose sex the text had not given: the pronoun gives it,
/// so that a later "she said" does not go to him ("Both Oberländer and Albers …; “…”, she said").
/// Only a cue that is the pronoun and its verb ("he said", "said she", "But he also warned").
fn learn_gender(ctx: &mut Ctx, a: Attribution) {
    let (Some(speaker), Some(cue)) = (a.speaker, a.cue) else { return };
    if ctx.genders[speaker].is_some() || ctx.kind(speaker) != ActorKind::Person {
        return;
    }
    let cue_text = &ctx.text[cue.range()];
    // Short cues only: the pronoun and its verb, with a conjunction or an adverb.
    if cue_text.len() > 24 {
        return;
    }
    let mut words = cue_text.split_whitespace().filter(|w| !matches!(*w, "But" | "And" | "but" | "and" | "also" | "then" | "later"));
    let (Some(a), Some(b), None) = (words.next(), words.next(), words.next()) else { return };
    let gender_of = |p: &str| match p {
        "he" | "He" => Some(Gender::Male),
        "she" | "She" => Some(Gender::Female),
        _ => None,
    };
    let g = match (gender_of(a), gender_of(b)) {
        (Some(g), None) if gazetteer::is_speech_verb(b) => g,
        (None, Some(g)) if gazetteer::is_speech_verb(a) => g,
        _ => return,
    };
    ctx.genders[speaker] = Some(g);
}

/// A quotation nobody is named for that the article quotes again at more length with a speaker
/// (a headline's or an entry heading's “We will not back down” above `“We will not back down.
/// This deal saved 400 jobs,” he said`) is that speaker's.
fn repeated(text: &str, quotes: &[Marked], out: &mut [Attribution]) {
    let lone = |a: &Attribution| a.speaker.is_none() && a.cue.is_none();
    if !out.iter().any(lone) {
        return;
    }
    let norm: Vec<String> = quotes.iter().map(|q| text[q.inner.range()].trim().trim_end_matches([',', '.', '!', '?', '…']).to_lowercase()).collect();
    for i in 0..quotes.len() {
        if !lone(&out[i]) || norm[i].split_whitespace().nth(2).is_none() {
            continue;
        }
        let short = &norm[i];
        let longer = (0..quotes.len()).find(|&j| j != i && out[j].speaker.is_some() && norm[j].contains(short.as_str()));
        if let Some(j) = longer {
            out[i].speaker = out[j].speaker;
        }
    }
}

/// `“…,” X said` / `“…,” said X` / `“…,” according to X`.
fn after(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> Option<Attribution> {
    let text = ctx.text;
    let start = q.close_end;
    let (_, sent_end) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, start);
    let limit = text::floor_boundary(text, sent_end.min(start + 200));
    let rest = &text[start..limit];
    let lead = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}', '\u{202f}', '—', '–', '-']).len();
    if lead == 0 {
        // "…” said" needs at least a space or a comma; "”." ends the sentence.
        return None;
    }
    let from = start + lead;
    let next = ctx.quotes.partition_point(|o| o.open < from);
    let next_quote = ctx.quotes.get(next).map_or(limit, |o| o.open.min(limit));
    let words = text::words(text, from, next_quote);
    if let Some(first) = words.first() {
        if first.text(text).to_lowercase() == "according" && words.get(1).is_some_and(|w| w.text(text) == "to") {
            let subj_from = words[1].end;
            // Up to a few words, not past a comma: "according to a statement from Brennwerk
            // Energie AG", "according to Moe, who …".
            let last = (2..words.len().min(12)).take_while(|&j| j == 2 || !text[words[j - 1].end..words[j].start].contains([',', ';', ':', '.', '('])).last();
            let subj_to = last.map_or(next_quote, |j| words[j].end);
            let speaker = ctx.subject(subj_from, subj_to, prev)?;
            return Some(Attribution { speaker: Some(speaker), cue: Some(Span::new(first.start, subj_to)) });
        }
    }
    let vs = verbs(text, &words);
    let &v = vs.first()?;
    if v == 0 {
        // Inverted: said Maria Zakharova, …
        // "said Maria Zakharova", "said deputy mayor Claire Dubois": a role may come between.
        let subj_to = words.get(1..words.len().min(10)).and_then(|ws| ws.last()).map_or(words[0].end, |w| w.end);
        let ms = ctx.mentions_in(words[0].end, subj_to);
        // "said U.S. Secretary of Energy Jennifer M. Hale": a country or an organisation in
        // front of a title qualifies the person who holds it, who is the subject.
        let titled_person = ms.iter().find(|(a, s)| {
            ctx.kind(*a) == ActorKind::Person && title_phrase(&text[words[0].end..s.start as usize])
        });
        let first = titled_person.or_else(|| ms.first()).filter(|(_, s)| {
            let between = &text[words[0].end..s.start as usize];
            (between.split_whitespace().count() <= 4 && !between.contains([',', '.', ';', ':'])) || title_phrase(between)
        });
        let first = appositive_to_role(ctx, words[0].end, next_quote).or(first.copied());
        let speaker = match first {
            Some((a, s)) => Some((a, s.end as usize)),
            None => {
                let w1 = words.get(1)?;
                let p = w1.text(text).to_lowercase();
                PRONOUNS_PERSON.contains(p.as_str()).then(|| ctx.pronoun_referent(q.open, prev, pronoun_gender(&p)).map(|a| (a, w1.end))).flatten()
            }
        };
        let (speaker, end) = speaker?;
        return Some(Attribution { speaker: Some(speaker), cue: Some(Span::new(words[0].start, end)) });
    }
    // Subject first: at most eight words before the verb ("Russian foreign ministry
    // spokeswoman Maria Zakharova said"), with "also"-like adverbs allowed; up to twelve when a
    // title leads to the person ("Vice Minister of Trade, Industry and Energy Yoon Sang-min told").
    let title_led = || {
        ctx.mentions_in(words[0].start, words[v].start).first().is_some_and(|&(a, s)| {
            ctx.kind(a) == ActorKind::Person && title_phrase(&format!(" {} ", &text[words[0].start..s.start as usize]))
        })
    };
    if v > 8 && (v > 12 || !title_led()) {
        return None;
    }
    // "“…,” while Argentine President Javier Milei posted …", "“…” to Mali and Niger, which
    // announced …": a clause of its own, whose verb attributes nothing before it.
    let opens_clause = matches!(words[0].text(text), "and" | "but" | "while" | "whereas" | "although" | "though");
    if opens_clause || words[..v].iter().any(|w| matches!(w.text(text), "which" | "who" | "whom" | "whose")) {
        return None;
    }
    let subj = (words[0].start, words[v - 1].end);
    let speaker = ctx.subject(subj.0, subj.1, prev)?;
    Some(Attribution { speaker: Some(speaker), cue: Some(Span::new(subj.0, words[v].end)) })
}

/// `“…,” said Brennholt's chief executive, Dagmar Vollmer-Ahn`: after an inverted speech verb,
/// a role phrase and then, after a comma, a person's name in apposition to it. The person holds
/// the role and speaks; the organisation or country the role belongs to only qualifies it.
fn appositive_to_role(ctx: &Ctx, from: usize, to: usize) -> Option<(usize, Span)> {
    let text = ctx.text;
    let comma = from + text[from..to].find(',')?;
    let role: Vec<&str> = text[from..comma].split_whitespace().collect();
    let bare = |w: &str| w.trim_end_matches("’s").trim_end_matches("'s").to_lowercase();
    if role.is_empty() || role.len() > 8 || text[from..comma].contains(['.', ';', ':', '(', '“', '"']) || !role.iter().any(|w| gazetteer::is_role_noun(&bare(w))) {
        return None;
    }
    let name_from = comma + 1 + (text[comma + 1..].len() - text[comma + 1..].trim_start().len());
    let name_to = text::floor_boundary(text, to.min(name_from + 120));
    let (a, s) = ctx.mentions_in(name_from, name_to).into_iter().next()?;
    (s.start as usize == name_from && ctx.kind(a) == ActorKind::Person).then_some((a, s))
}

/// `X said: “…”` / `X said that … “fragment”` / `…, adding: “…”`.
fn before(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> Option<Attribution> {
    let text = ctx.text;
    // "Sorokina said:" ending the paragraph above introduces a quotation set apart below it.
    let above = text[..q.open].trim_end();
    let anchor = if above.ends_with(':') && text[above.len()..q.open].contains('\n') { above.len() - 1 } else { q.open };
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, anchor);
    // Only the stretch since the previous quotation in this sentence.
    let from = prev.filter(|(p, _)| p.close_end > sent_start && p.close_end <= q.open).map_or(sent_start, |(p, _)| p.close_end);
    // Bounded, so that text without sentence ends stays linear.
    let from = from.max(text::floor_boundary(text, q.open.saturating_sub(600)));
    let words = text::words(text, from, q.open);
    let words: Vec<Word> = words.into_iter().filter(|w| !ctx.inside_quote(w.start)).collect();
    // "according to him: “…”"
    if let Some(k) = (0..words.len().saturating_sub(1)).rev().find(|&k| {
        words[k].text(text).eq_ignore_ascii_case("according") && words[k + 1].text(text) == "to"
    }) {
        let subj_to = words.get(k + 2..(k + 6).min(words.len())).and_then(|ws| ws.last()).map_or(q.open, |w| w.end);
        if let Some(s) = ctx.subject(words[k + 1].end, subj_to, prev) {
            return Some(Attribution { speaker: Some(s), cue: Some(Span::new(words[k].start, subj_to)) });
        }
    }
    let vs = verbs(text, &words);
    let &v = vs.last()?;
    let verb = words[v];
    let cue_end = verb.end;
    // The subject right before the verb, within the clause.
    let mut k = v;
    while k > 0 && v - k < 8 {
        let gap = &text[words[k - 1].end..words[k].start];
        if gap.contains([',', ';', ':', '(', ')', '—']) {
            // "the German Association of the Automotive Industry (VDA) called": a name's
            // abbreviation in brackets is stepped over to the name.
            let bracketed = k >= 2 && k == v && gap.trim() == ")" && text[words[k - 2].end..words[k - 1].start].trim() == "(";
            if !bracketed {
                break;
            }
            k -= 1;
        }
        k -= 1;
    }
    // "The Ambassador, in turn, stated": an aside between commas right before the verb is
    // stepped over to the subject before it.
    if k == v && k >= 3 {
        let aside = (1..=3).find(|&n| {
            k > n
                && text[words[k - n - 1].end..words[k - n].start].trim() == ","
                && text[words[k - 1].end..words[k].start].trim() == ","
                && ASIDES.contains(&words[k - n..k].iter().map(|w| w.text(text).to_lowercase()).collect::<Vec<_>>().join(" ").as_str())
        });
        if let Some(n) = aside {
            let end = k - n;
            let mut j = end - 1;
            while j > 0 && end - j < 6 && !text[words[j - 1].end..words[j].start].contains([',', ';', ':', '(', ')', '—']) {
                j -= 1;
            }
            if let Some(s) = ctx.subject(words[j].start, words[end - 1].end, prev) {
                return Some(Attribution { speaker: Some(s), cue: Some(Span::new(words[j].start, cue_end)) });
            }
        }
    }
    // A bracket stepped over: the subject is the name before it (the abbreviation alone would
    // head a phrase that "A report by the Food Standards Agency (FSA)" does not); when that names
    // nobody, the sentence-opening form below.
    let bracket = k < v && text[words[v - 1].end..verb.start].contains(')');
    let subj_end = if bracket { words[v - 2].end } else { words[v.saturating_sub(1)].end };
    if bracket && ctx.subject(words[k].start, subj_end, prev).is_none() {
        k = v;
    }
    // "stations operated by NNPC Limited, which said …": a relative pronoun as the subject
    // stands for the name right before its comma.
    if k + 1 == v && matches!(words[k].text(text), "which" | "who") && k > 0 && text[words[k - 1].end..words[k].start] == *", " {
        let antecedent = ctx.mentions_in(from, words[k - 1].end).into_iter().last().filter(|(_, s)| s.end as usize == words[k - 1].end);
        if let Some((a, s)) = antecedent {
            return Some(Attribution { speaker: Some(a), cue: Some(Span::new(s.start as usize, cue_end)) });
        }
    }
    if k < v {
        if let Some(s) = ctx.subject(words[k].start, subj_end, prev) {
            return Some(Attribution { speaker: Some(s), cue: Some(Span::new(words[k].start, cue_end)) });
        }
        // "She said it had described “…”", "Reyes said … that he had asked both sides to “…”":
        // the last verb's subject names nobody, so the reporting verb before it in the clause
        // gives the speaker.
        if let Some(&v2) = vs.iter().rev().find(|&&v2| v2 > k && v2 < v) {
            let mut k2 = v2;
            while k2 > 0 && v2 - k2 < 8 && !text[words[k2 - 1].end..words[k2].start].contains([',', ';', ':', '(', ')', '—']) {
                k2 -= 1;
            }
            if let Some(s) = (k2 < v2).then(|| ctx.subject(words[k2].start, words[v2 - 1].end, prev)).flatten() {
                return Some(Attribution { speaker: Some(s), cue: Some(Span::new(words[k2].start, cue_end)) });
            }
        }
    }
    // Inverted before the quote: "said Maria Zakharova: “…”". Not after a verb that takes an
    // object: "urged Brussels to “…”", "told Reuters that “…”" name the addressee.
    let inverting = matches!(
        verb.text(text),
        "said" | "says" | "added" | "adds" | "wrote" | "writes" | "stressed" | "noted" | "explained" | "continued" | "insisted" | "replied"
            | "recalled" | "declared" | "stated" | "announced" | "argued" | "warned" | "remarked" | "commented" | "acknowledged"
    );
    if let Some(next) = words.get(v + 1).filter(|_| inverting) {
        if let Some((a, s)) = appositive_to_role(ctx, verb.end, q.open) {
            return Some(Attribution { speaker: Some(a), cue: Some(Span::new(verb.start, s.end as usize)) });
        }
        let ms = ctx.mentions_in(next.start, q.open);
        // The name must end the clause ("said Maria Zakharova: “…”", "said X, the envoy, “…”"):
        // "said Turkey remained open to “…”" reports what Turkey did.
        let ends_clause = |s: &Span| text[s.end as usize..q.open].trim_start().chars().next().is_none_or(|c| !c.is_alphanumeric());
        if let Some((a, s)) = ms.first().filter(|(_, s)| s.start as usize == next.start && ends_clause(s)) {
            return Some(Attribution { speaker: Some(*a), cue: Some(Span::new(verb.start, s.end as usize)) });
        }
    }
    // A participle or a verb with no subject of its own: the sentence's subject, else the
    // previous quotation's speaker in this sentence.
    // So does a verb joined by "and" to the sentence's first ("told a briefing that … and urged
    // Brussels to “…”"), when the words before it name nobody.
    let coordinated = v > 0 && matches!(words[v - 1].text(text), "and" | "but");
    if k == v {
        if let Some((a, span)) = appositive_subject(ctx, &words, v) {
            return Some(Attribution { speaker: Some(a), cue: Some(Span::new(span.start as usize, cue_end)) });
        }
    }
    if is_participle(verb.text(text)) || k == v || coordinated {
        let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, q.open);
        let sent_start = sent_start.max(verb.start.saturating_sub(600));
        // Not a name the subject depends on: "Ellison's lawyer, Mark Tolan, said" is Tolan's.
        let people: Vec<_> = ctx
            .mentions_in(sent_start, verb.start)
            .into_iter()
            .filter(|(a, span)| ctx.kind(*a) == ActorKind::Person && ctx.heads_phrase(sent_start, *span) && !in_relative_clause(text, sent_start, *span))
            .collect();
        // The phrase opening the sentence before an aside is the subject, whoever the aside names.
        if let Some((a, start)) = (k == v).then(|| subject_before_aside(ctx, &words, v, sent_start, prev)).flatten() {
            return Some(Attribution { speaker: Some(a), cue: Some(Span::new(start, cue_end)) });
        }
        if let Some((a, _)) = people.first() {
            return Some(Attribution { speaker: Some(*a), cue: Some(Span::new(verb.start, cue_end)) });
        }
        // "The Department for Environment, Food and Rural Affairs (Defra) said …": a name
        // opening the sentence, with only its abbreviation in brackets before the verb.
        if let Some((a, span)) = ctx.mentions_in(sent_start, verb.start).into_iter().next() {
            let lead = text[sent_start..span.start as usize].trim();
            let gap = text[span.end as usize..verb.start].trim_end();
            let bracketed = gap.trim_start().strip_prefix('(').and_then(|g| g.strip_suffix(')')).is_some_and(|g| !g.contains(['(', ')', ',']) && g.split_whitespace().count() == 1);
            // Or a relative clause between commas: "St. Brendan’s Medical Center, where Ellison
            // worked from 2012 to 2021, said …".
            // Or a description: "River Action, a charity, called …".
            let relative = gap.strip_prefix(", ").and_then(|g| g.strip_suffix(',')).is_some_and(|g| {
                !g.contains([',', ';', ':', '(', '“', '"', '‘'])
                    && (matches!(g.split(' ').next(), Some("who" | "which" | "where")) || (matches!(g.split(' ').next(), Some("a" | "an")) && g.split(' ').count() <= 5))
            });
            // "Campaigners at River Action, …": people who speak for the organisation.
            let voices = lead.split_once(' ').is_some_and(|(n, p)| {
                matches!(n, "Campaigners" | "Officials" | "Activists" | "Executives" | "Researchers" | "Representatives") && matches!(p, "at" | "from" | "of" | "for")
            });
            let aside = apposition_or_passive(gap);
            // "The Chamber of Commerce had endorsed it in a letter, calling it “…”": a participle
            // after the clause the name opens as its subject takes that subject.
            let clause = is_participle(verb.text(text)) && opens_own_clause(gap);
            if (matches!(lead, "" | "The") || voices) && (bracketed || relative || aside || clause) {
                return Some(Attribution { speaker: Some(a), cue: Some(Span::new(span.start as usize, cue_end)) });
            }
            // "A consultant's report by the engineering firm X, presented on Monday, found …":
            // the author of the document that opens the sentence.
            if authored_by(lead) && (gap.is_empty() || short_aside(gap)) {
                return Some(Attribution { speaker: Some(a), cue: Some(Span::new(span.start as usize, cue_end)) });
            }
        }
        if let Some((p, pa)) = prev {
            if pa.speaker.is_some() && p.close_end >= sent_start {
                return Some(Attribution { speaker: pa.speaker, cue: Some(Span::new(verb.start, cue_end)) });
            }
        }
    }
    None
}

/// `A NATO official, speaking on condition of anonymity because …, said …`: the phrase opening
/// the sentence, then an aside between commas that a participle, a relative word or an article
/// opens, right before the verb. The phrase is the verb's subject. Returns the speaker and where
/// the phrase starts.
fn subject_before_aside(ctx: &Ctx, words: &[Word], v: usize, sent_start: usize, prev: Option<(&Marked, Attribution)>) -> Option<(usize, usize)> {
    let text = ctx.text;
    let first = words.iter().position(|w| w.start >= sent_start)?;
    // The opening phrase ends at the first comma, within six words.
    let c = (first + 1..v.min(first + 7)).find(|&j| text[words[j - 1].end..words[j].start].trim() == ",")?;
    let opener = words[c].text(text);
    // Or a description: "SK Hynix, the main supplier of HBM chips to US chip designer Nvidia, said".
    let aside = opener.ends_with("ing") || matches!(opener, "who" | "which" | "whose" | "speaking" | "asked" | "interviewed" | "quoted" | "reached" | "the" | "a" | "an");
    let closes = text[words[v - 1].end..words[v].start].trim() == ",";
    // Quotation marks only in a relative clause, where they hold a title ("whose 2024 report
    // “Pipes to Nowhere” first flagged the contract"); elsewhere they may be another's words.
    let relative = matches!(opener, "who" | "which" | "whose");
    let aside_text = &text[words[c].start..words[v - 1].end];
    if !aside || !closes || aside_text.contains(';') || (!relative && aside_text.contains(['“', '"', '‘'])) {
        return None;
    }
    ctx.subject(words[first].start, words[c - 1].end, prev).map(|a| (a, words[first].start))
}

/// `Togo's foreign minister, Robert Dussey, warned …` / `The operator, Maasvlakte Container
/// Terminals, said …`: a name between commas right before the verb, in apposition to a short
/// noun phrase that opens the clause, is the verb's subject.
fn appositive_subject(ctx: &Ctx, words: &[Word], v: usize) -> Option<(usize, Span)> {
    let text = ctx.text;
    let last = words.get(v.checked_sub(1)?)?;
    if text[last.end..words[v].start].trim() != "," {
        return None;
    }
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, words[v].start);
    let (a, span) = *ctx.mentions_in(sent_start, last.end).last()?;
    if span.end as usize != last.end {
        return None;
    }
    // The noun phrase: back to the previous comma, which must open it.
    let before = text[sent_start..span.start as usize].trim_end().strip_suffix(',')?;
    let phrase_start = before.rfind([',', ';', '(', '—']).map_or(0, |c| c + 1);
    let mut phrase: Vec<&str> = before[phrase_start..].split_whitespace().collect();
    if phrase.first().is_some_and(|w| matches!(*w, "and" | "but")) {
        phrase.remove(0);
    } else if phrase_start > 0 {
        return None;
    }
    let determined = phrase.first().is_some_and(|w| matches!(*w, "The" | "the" | "Its" | "its" | "His" | "his" | "Her" | "her" | "Their" | "their"))
        || phrase.iter().any(|w| w.ends_with("’s") || w.ends_with("'s"));
    let nobody_else = ctx.mentions_in(sent_start + phrase_start, span.start as usize).iter().all(|(b, _)| ctx.kind(*b) != ActorKind::Person);
    (determined && (2..=6).contains(&phrase.len()) && nobody_else && phrase.iter().all(|w| !w.ends_with(['.', ':', ';']))).then_some((a, span))
}

/// `Macron: ‘The state is at your side’`: a line that is only a name, a colon and a quotation
/// (a headline's or a subheading's way of quoting) is that person's or organisation's.
fn name_colon(ctx: &Ctx, q: &Marked) -> Option<Attribution> {
    let text = ctx.text;
    let line_start = text[..q.open].rfind('\n').map_or(0, |k| k + 1);
    let head = text[line_start..q.open].trim_end();
    let name = head.strip_suffix(':')?.trim();
    if name.is_empty() || !text[q.close_end..].split('\n').next().unwrap_or("").trim().is_empty() {
        return None;
    }
    let from = line_start + (text[line_start..].len() - text[line_start..].trim_start().len());
    let ms = ctx.mentions_in(from, from + name.len());
    match ms[..] {
        [(a, s)] if s.start as usize == from && s.end as usize == from + name.len() => Some(Attribution { speaker: Some(a), cue: Some(s) }),
        _ => None,
    }
}

/// Whether `words` open a passive participle with its agent: "represented by", "led by", "read
/// out by".
fn passive_by(words: &[&str]) -> bool {
    let participle = |w: &str| {
        w.ends_with("ed") || matches!(w, "read" | "led" | "written" | "given" | "made" | "sent" | "held" | "run" | "taken" | "chosen" | "drawn" | "shown")
    };
    match words {
        [p, "by", ..] => participle(p),
        [p, "out" | "up", "by", ..] => participle(p),
        _ => false,
    }
}

/// The gap between a name and its verb without the name's abbreviation in brackets ("(SKM)").
fn past_abbreviation(gap: &str) -> &str {
    let g = gap.trim_start();
    g.strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .filter(|(abbr, _)| abbr.split_whitespace().count() == 1 && !abbr.contains(['(', ',']))
        .map_or(gap, |(_, rest)| rest)
}

/// Whether `gap` (between a name opening a sentence and the verb) is an aside about the name,
/// between commas: "(SKM), the umbrella body of farm unions," or ", represented by its envoy,
/// Mr. X," (a passive participle, whose agent is not the subject).
fn apposition_or_passive(gap: &str) -> bool {
    let Some(inner) = past_abbreviation(gap).strip_prefix(", ").and_then(|g| g.trim_end().strip_suffix(',')) else { return false };
    if inner.contains([';', '(', '“', '"', '‘', '«']) || inner.contains(": ") {
        return false;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    let passive = words.len() >= 3 && passive_by(&words);
    let described = matches!(words.first(), Some(&"the")) && words.len() <= 20 && !inner.contains(',');
    passive || described
}

/// Whether the words before a name that opens a sentence make it the author of a document, the
/// sentence's subject: "A consultant's report by the engineering firm", "A study from".
fn authored_by(lead: &str) -> bool {
    let words: Vec<&str> = lead.split_whitespace().collect();
    let Some(by) = words.iter().position(|w| matches!(*w, "by" | "from")) else { return false };
    let document = by > 0
        && matches!(words[by - 1], "report" | "study" | "survey" | "analysis" | "review" | "audit" | "assessment" | "memo" | "letter" | "paper" | "briefing");
    // Only descriptions of the author after "by": "the engineering firm".
    document && words.len() <= 10 && words[by + 1..].iter().all(|w| w.chars().all(char::is_lowercase))
}

/// Whether `gap` is a short aside between commas with no quotation in it (", presented at the
/// meeting,").
fn short_aside(gap: &str) -> bool {
    gap.strip_prefix(", ").and_then(|g| g.strip_suffix(',')).is_some_and(|g| !g.contains([',', ';', ':', '(', '“', '"', '«']) && g.split_whitespace().count() <= 8)
}

/// Whether `gap` (between a name opening a sentence and a participle) is the rest of a clause of
/// which the name is the subject: it opens with a verb-like word ("issued", "had") and ends with
/// the comma before the participle.
fn opens_own_clause(gap: &str) -> bool {
    let rest = past_abbreviation(gap);
    let Some(first) = rest.strip_prefix(' ').and_then(|r| r.split(' ').next()) else { return false };
    first.starts_with(char::is_lowercase)
        && !matches!(first, "of" | "for" | "and" | "or" | "in" | "on" | "at" | "to" | "with" | "from" | "by" | "who" | "which" | "that" | "whose" | "where")
        && rest.trim_end().ends_with(',')
        && !rest.contains([';', '“', '"', '«'])
        // A colon ends a clause; one in a time ("9:00am") does not.
        && !rest.contains(": ")
}

/// Whether the mention `span` stands in a relative clause set off by a comma ("St. Brendan's,
/// where Ellison worked, said"): the clause's people are not the sentence's subject.
fn in_relative_clause(text: &str, sent_start: usize, span: Span) -> bool {
    let before = &text[sent_start..span.start as usize];
    before.rfind(", ").is_some_and(|c| {
        let clause = &before[c + 2..];
        let words: Vec<&str> = clause.split_whitespace().take(3).collect();
        let first = words.first().copied();
        // Or a passive participle's agent: "The EU, represented by its envoy, X, said".
        let passive = passive_by(&words);
        (!clause.contains([',', ';', ':']) && matches!(first, Some("who" | "whom" | "whose" | "which" | "where" | "when")))
            || (passive && !clause.contains([';', ':']))
    }) || before.rfind(", ").is_some_and(|c| {
        // The agent may stand after a comma of its own: ", represented by its envoy, Mr. X".
        let clause = &before[..c];
        clause.rfind(", ").is_some_and(|c2| {
            let words: Vec<&str> = clause[c2 + 2..].split_whitespace().take(3).collect();
            passive_by(&words) && !clause[c2 + 2..].contains([';', ':'])
        })
    })
}

/// Whether a speech verb stands in the quotation's sentence before it, since the previous
/// quotation.
fn cue_before_in_sentence(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> bool {
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, q.open);
    let from = prev.map_or(sent_start, |(p, _)| p.close_end.clamp(sent_start, q.open));
    let from = from.max(text::floor_boundary(ctx.text, q.open.saturating_sub(600)));
    let words: Vec<Word> = text::words(ctx.text, from, q.open).into_iter().filter(|w| !ctx.inside_quote(w.start)).collect();
    !verbs(ctx.text, &words).is_empty()
}

/// Whether a speech verb attributes this quotation: in its sentence before it (since the
/// previous quotation), or among the few words right after it.
fn has_own_cue(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> bool {
    let text = ctx.text;
    let (sent_start, sent_end) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, q.open);
    let from = prev.map_or(sent_start, |(p, _)| p.close_end.clamp(sent_start, q.open));
    let from = from.max(text::floor_boundary(text, q.open.saturating_sub(600)));
    let before = text::words(text, from, q.open);
    let after_end = text::floor_boundary(text, sent_end.max(q.close_end).min(q.close_end + 80));
    let after = text::words(text, q.close_end, after_end);
    !verbs(text, &before).is_empty() || !verbs(text, &after[..after.len().min(8)]).is_empty()
}

/// Verbs with which a narrative sentence hands over to a quotation set apart below it ("He
/// speaks slowly, as if…", "She paused, then went on."), besides the speech verbs.
fn narrates(w: &str, next: Option<&str>) -> bool {
    matches!(w, "speaks" | "spoke" | "talks" | "talked" | "paused" | "pauses")
        || (matches!(w, "went" | "goes" | "carried" | "carries") && next == Some("on"))
        || gazetteer::is_speech_verb(w)
}

/// A quotation that is a paragraph (or several) of its own, with no attribution, right after a
/// narrative paragraph with no quotation whose last sentence has a person for its subject and
/// hands over to the quoting: `She paused, then went on.` / `“What worries me most …”`. The
/// speaker is that subject; a subject that is no person names nobody.
fn narrated(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> Option<Attribution> {
    let text = ctx.text;
    let above = text[..q.open].trim_end_matches([' ', '\t']);
    if !above.ends_with('\n') || !text[q.close_end..].split('\n').next().unwrap_or("").trim().is_empty() {
        return None;
    }
    let para_end = above.trim_end().len();
    let para_start = text[..para_end].rfind('\n').map_or(0, |k| k + 1);
    if para_end <= para_start || !text[para_start..para_end].ends_with(['.', ':']) || para_start < ctx.region_start {
        return None;
    }
    // No quotation in that paragraph: it is narrative, not someone else's quoting.
    let i = ctx.quotes.partition_point(|o| o.open < para_start);
    if ctx.quotes.get(i).is_some_and(|o| o.open < para_end) {
        return None;
    }
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, para_end - 1);
    let sent_start = sent_start.max(para_start);
    let mut words = text::words(text, sent_start, para_end);
    // "When I ask him what has changed, he talks …", "In a 1998 interview with RTS, he explained
    // why.": the subject after an opening clause or phrase.
    let opener = words.first().is_some_and(|w| opens_a_clause(w.text(text)));
    if opener {
        let comma = sent_start + text[sent_start..para_end].find(", ")?;
        words.retain(|w| w.start > comma);
    }
    let first = *words.first()?;
    let lower = first.text(text).to_lowercase();
    let possessive = matches!(lower.as_str(), "his" | "her");
    let (speaker, subj_end) = if matches!(lower.as_str(), "he" | "she") || possessive {
        let gender = if lower == "his" { Some(Gender::Male) } else { pronoun_gender(&lower) };
        (ctx.pronoun_referent(first.start, prev, gender)?, first.end)
    } else {
        let (a, span) = ctx.mentions_in(first.start, para_end).into_iter().next().filter(|(_, s)| s.start as usize == first.start)?;
        (a, span.end as usize)
    };
    if ctx.kind(speaker) != ActorKind::Person {
        return None;
    }
    // The verb right after the subject (an aside between commas aside: "Ruiz, 61, speaks").
    let after: Vec<Word> = words.into_iter().filter(|w| w.start >= subj_end).take(6).collect();
    let hands_over = !possessive && (0..after.len()).any(|k| narrates(after[k].text(text), after.get(k + 1).map(|w| w.text(text))));
    // Or a paragraph about the person ("He is 67. His hands are cracked from the brine.") and a
    // quotation in the first person below it: the person speaking of themself.
    let first_person = text::words(text, q.inner.start as usize, q.inner.end as usize)
        .iter()
        .any(|w| matches!(w.text(text), "I" | "my" | "My" | "me" | "we" | "We" | "our" | "Our" | "us"));
    (hands_over || first_person).then_some(Attribution { speaker: Some(speaker), cue: Some(Span::new(first.start, subj_end)) })
}

/// `The vote followed warnings from the city's utilities director that the plant is “…”`: a
/// noun for something said, "from" or "by" whoever said it, and "that" the thing said, in the
/// quotation's sentence before it.
fn noun_cue(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> Option<Attribution> {
    let text = ctx.text;
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, q.open);
    let from = sent_start.max(text::floor_boundary(text, q.open.saturating_sub(600)));
    let words: Vec<Word> = text::words(text, from, q.open).into_iter().filter(|w| !ctx.inside_quote(w.start)).collect();
    let lower: Vec<String> = words.iter().map(|w| w.text(text).to_lowercase()).collect();
    let k = (0..lower.len().saturating_sub(3)).rev().find(|&k| {
        matches!(lower[k].as_str(), "warning" | "warnings" | "assurance" | "assurances" | "claim" | "claims" | "pledge" | "promise" | "admission")
            && matches!(lower[k + 1].as_str(), "from" | "by")
    })?;
    // The sayer is a short phrase: "that" within a few words.
    let that = (k + 3..lower.len().min(k + 10)).find(|&j| lower[j] == "that")?;
    let speaker = ctx.subject(words[k + 2].start, words[that - 1].end, prev)?;
    Some(Attribution { speaker: Some(speaker), cue: Some(Span::new(words[k].start, words[that - 1].end)) })
}

/// Whether a colon introduces the quotation at the end of a sentence that opens with a
/// subordinate or participle clause ("When I asked …, X was honest about it: “…”", "Asked …,
/// she was brief: “…”").
fn subordinate_then_colon(ctx: &Ctx, q: &Marked) -> bool {
    let above = ctx.text[..q.open].trim_end_matches([' ', '\t']);
    if !above.ends_with(':') {
        return false;
    }
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, above.len() - 1);
    let line_start = above.rfind('\n').map_or(0, |k| k + 1);
    // Past the space after the previous sentence's end.
    let sentence = above[sent_start.max(line_start).min(above.len())..].trim_start();
    sentence.split(' ').next().is_some_and(opens_a_clause) && sentence.contains(", ")
}

/// A word that opens a clause or a phrase set before a sentence's subject: a subordinating
/// conjunction ("When I asked …,"), a participle ("Asked outside the court …,") or a preposition
/// ("In a 1998 interview with RTS,").
fn opens_a_clause(w: &str) -> bool {
    matches!(
        w,
        "When" | "As" | "After" | "Before" | "While" | "Once" | "If" | "Although" | "Though" | "Asked" | "Pressed" | "Questioned" | "Speaking"
            | "Reached" | "In" | "At" | "On" | "During" | "Later"
    )
}

/// A quotation that opens a sentence right after a sentence of the same paragraph, or a clause
/// ending in a colon, with no quotation of its own and a person for its subject: `Dr Khoa said
/// the findings should change how governments buy medicines. “If …”` / `Kim was blunt. “It is
/// …”` / `He put the company's reasoning plainly: “…”`. The quotation is that person's.
fn led_in(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> Option<Attribution> {
    let text = ctx.text;
    let above = text[..q.open].trim_end_matches([' ', '\t']);
    if !above.ends_with(['.', '!', '?', ':']) || !text[q.inner.range()].trim_start().starts_with(char::is_uppercase) {
        return None;
    }
    let line_start = above.rfind('\n').map_or(0, |k| k + 1).max(ctx.region_start);
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, above.len() - 1);
    let mut sent_start = sent_start.max(line_start);
    if sent_start >= above.len() {
        return None;
    }
    // "When I asked whether …, committee chair X was honest about it:": before a colon, the
    // clause after an opening subordinate clause.
    if subordinate_then_colon(ctx, q) {
        if let Some(c) = text[sent_start..above.len()].rfind(", ") {
            sent_start += c + 2;
        }
    }
    // No quotation in that sentence: it is narrative, not someone else's quoting.
    let i = ctx.quotes.partition_point(|o| o.open < sent_start);
    if ctx.quotes.get(i).is_some_and(|o| o.open < q.open) {
        return None;
    }
    let words = text::words(text, sent_start, above.len());
    let first = *words.first()?;
    let lower = first.text(text).to_lowercase();
    let (speaker, subj_end) = if matches!(lower.as_str(), "he" | "she") {
        (ctx.pronoun_referent(first.start, prev, pronoun_gender(&lower))?, first.end)
    } else {
        // The first name, with only capitalised titles or role nouns before it ("Korean actress
        // Kim Da-eun"), and no possessive after it ("Kim's mother was blunt").
        let (a, span) = ctx.mentions_in(sent_start, above.len()).into_iter().next()?;
        let lead = text::words(text, sent_start, span.start as usize);
        let titled = lead.iter().all(|w| {
            let t = w.text(text);
            t.starts_with(char::is_uppercase) || gazetteer::is_role_noun(t)
        });
        // "committee chair X": a short role phrase that ends in a role noun.
        let titled = titled || (lead.len() <= 3 && lead.last().is_some_and(|w| gazetteer::is_role_noun(w.text(text))) && !text[sent_start..span.start as usize].contains([',', ';']));
        let after = &text[span.end as usize..];
        if !titled || after.starts_with("’s") || after.starts_with("'s") || lead.first().is_some_and(|w| {
            let t = w.text(text);
            gazetteer::SENTENCE_WORDS.contains(t) && !matches!(t, "The" | "Dr" | "Mr" | "Mrs" | "Ms") && !gazetteer::TITLE_HEADS.contains(t)
        }) {
            return None;
        }
        (a, span.end as usize)
    };
    (ctx.kind(speaker) == ActorKind::Person).then_some(Attribution { speaker: Some(speaker), cue: Some(Span::new(first.start, subj_end)) })
}

/// A quotation whose speaker the paragraph names a sentence or two after it, in words that
/// hand the quotation to someone: `“…” The warning came after a cabinet meeting. It was
/// delivered by the regional environment minister, María José García-Serrano.` / `“…” Those
/// were the words of X.` / `The words were those of X.` Only persons, only before the paragraph's next quotation.
fn named_later(ctx: &Ctx, q: &Marked) -> Option<Attribution> {
    let text = ctx.text;
    if !text[q.inner.range()].trim_end().ends_with(['.', '!', '?', '…']) {
        return None;
    }
    let para_end = text[q.close_end..].find('\n').map_or(text.len(), |k| q.close_end + k);
    let next = ctx.quotes.partition_point(|o| o.open < q.close_end);
    let stop = ctx.quotes.get(next).map_or(para_end, |o| o.open.min(para_end));
    // Two sentences at most.
    let i = ctx.sentence_ends.partition_point(|&e| e <= q.close_end);
    let stop = ctx.sentence_ends.get(i + 1).map_or(stop, |&e| e.min(stop));
    let stop = text::floor_boundary(text, stop.min(q.close_end + 400));
    let words = text::words(text, q.close_end, stop);
    let lower: Vec<String> = words.iter().map(|w| w.text(text).to_lowercase()).collect();
    let hand = (1..lower.len()).find(|&k| {
        let (a, b) = (lower[k - 1].as_str(), lower[k].as_str());
        (matches!(a, "delivered" | "spoken" | "uttered" | "written" | "made" | "issued") && b == "by") || (matches!(a, "words" | "those") && b == "of") || (a == "came" && b == "from")
    });
    // "“…” So began a memo sent to staff late Monday by Nadia Ferreira": a message its writer
    // sent, and "by" after it.
    let hand = hand.or_else(|| {
        let by = lower.iter().take(12).position(|w| w == "by")?;
        lower[..by]
            .iter()
            .any(|w| matches!(w.as_str(), "memo" | "letter" | "email" | "e-mail" | "message" | "note" | "post" | "speech" | "tweet"))
            .then_some(by)
    });
    let Some(hand) = hand else { return owned_words(ctx, &words, &lower, stop).or_else(|| introduced_after(ctx, q)) };
    let (a, span) = ctx.mentions_in(words[hand].end, stop).into_iter().find(|(a, _)| ctx.kind(*a) == ActorKind::Person)?;
    Some(Attribution { speaker: Some(a), cue: Some(Span::new(words[hand - 1].start, span.end as usize)) })
}

/// A quoted paragraph, then a paragraph that opens by naming who spoke: `“…”` / `That was Hauwa
/// Abdulsalam, the NLC's president, speaking at …`. Only a person named right after the words.
fn that_was(ctx: &Ctx, q: &Marked) -> Option<Attribution> {
    let text = ctx.text;
    let rest = &text[q.close_end..];
    let skipped = rest.len() - rest.trim_start().len();
    // The quotation ends its paragraph, and the next one follows it.
    if !rest[..skipped].contains('\n') || rest[..skipped].matches('\n').count() > 2 {
        return None;
    }
    let at = q.close_end + skipped;
    let lead = ["That was ", "This was ", "Those were the words of ", "That is "].iter().find(|l| text[at..].starts_with(*l))?;
    let name_at = at + lead.len();
    let (a, span) = ctx.mentions_in(name_at, text::floor_boundary(text, (name_at + 80).min(text.len()))).into_iter().next()?;
    let own = span.start as usize == name_at && !text[span.end as usize..].starts_with(['’', '\'']);
    (own && ctx.kind(a) == ActorKind::Person).then_some(Attribution { speaker: Some(a), cue: Some(Span::new(at, span.end as usize)) })
}

/// `“…” The verdict is Helena Brandão's.` / `The voice was Okafor's.`: a noun for what was said,
/// a copula, and a person's name in the possessive, right after the quotation.
fn owned_words(ctx: &Ctx, words: &[Word], lower: &[String], stop: usize) -> Option<Attribution> {
    let text = ctx.text;
    const SAID: &[&str] = &["words", "verdict", "voice", "view", "assessment", "warning", "remark", "remarks", "comment", "message", "answer", "reply", "summary", "explanation", "response"];
    let copula = |w: &str| matches!(w, "is" | "was" | "were" | "are");
    let n = (0..lower.len().saturating_sub(2)).find(|&k| SAID.contains(&lower[k].as_str()) && copula(&lower[k + 1]));
    let owner_at = match n {
        Some(n) => n + 2,
        // "“…” That was Otieno's summary when asked …": the same, the noun after the owner.
        None => {
            let k = (1..lower.len().min(4)).find(|&k| matches!(lower[k - 1].as_str(), "that" | "this" | "such") && copula(&lower[k]))?;
            lower[k + 1..].iter().take(4).any(|w| SAID.contains(&w.as_str())).then_some(k + 1)?
        }
    };
    let (a, span) = ctx.mentions_in(words.get(owner_at)?.start, stop).into_iter().next()?;
    let after = &text[span.end as usize..];
    let owned = span.start as usize == words[owner_at].start && (after.starts_with("’s") || after.starts_with("'s"));
    let cue_start = words[n.unwrap_or(owner_at - 2)].start;
    (owned && ctx.kind(a) == ActorKind::Person).then_some(Attribution { speaker: Some(a), cue: Some(Span::new(cue_start, span.end as usize)) })
}

/// `‘We were told we had 90 days.’ Siobhán Kearney, a nurse who has rented …, received her notice`:
/// a quotation opening its paragraph, then a sentence that opens by introducing a person (named
/// here for the first time, and described at once), is that person's, as features write it.
fn introduced_after(ctx: &Ctx, q: &Marked) -> Option<Attribution> {
    let text = ctx.text;
    let opens_paragraph = text[..q.open].trim_end_matches([' ', '\t']).ends_with('\n') || q.open == ctx.region_start;
    if !opens_paragraph || !text[q.inner.range()].trim_end().ends_with(['.', '!', '?', '…']) {
        return None;
    }
    let (a, span) = ctx.mentions_in(q.close_end, text::floor_boundary(text, (q.close_end + 300).min(text.len()))).into_iter().next()?;
    let between = &text[q.close_end..span.start as usize];
    let first_mention = ctx.found.mentions.iter().find(|m| m.actor == a).is_some_and(|m| m.span == span);
    let rest = &text[span.end as usize..];
    let described = rest.starts_with(", a ") || rest.starts_with(", an ") || rest.starts_with(", the ");
    (between.trim().is_empty() && !between.contains('\n') && first_mention && described && ctx.kind(a) == ActorKind::Person)
        .then_some(Attribution { speaker: Some(a), cue: Some(span) })
}

/// A quotation with no attribution of its own that continues the previous one: in the same
/// paragraph, or opening the next paragraph right after a quoted paragraph.
fn carried(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> Option<Attribution> {
    let (p, pa) = prev?;
    pa.speaker?;
    let text = ctx.text;
    let between = &text[p.close_end..q.open];
    let paragraphs_between = between.matches('\n').count();
    let same_paragraph = !between.contains('\n');
    let opens_paragraph = text[..q.open].trim_end_matches([' ', '\t']).ends_with('\n');
    // Nobody else is named in between, other than in the previous quotation's own cue ("said
    // Merilaev's chief executive, Kadri Sepp" names the company only to give her role).
    let in_cue = |s: Span| pa.cue.is_some_and(|c| c.start <= s.start && s.end <= c.end);
    let others = ctx.mentions_in(p.close_end, q.open).into_iter().any(|(a, s)| ctx.kind(a) == ActorKind::Person && Some(a) != pa.speaker && !in_cue(s));
    if others {
        return None;
    }
    // The rest of the previous quotation's paragraph may be its attribution, however long
    // ("…,' said X, a domestic at the hospital for 22 years, standing at a brazier."): a quoted
    // paragraph right after it goes on with the same voice.
    let rest_of_paragraph = !between.trim_end().contains('\n')
        && pa.cue.is_some_and(|c| {
            // The attribution ends the paragraph: no other sentence follows its cue.
            let after = text[(c.end as usize).max(p.close_end)..q.open].trim_end();
            p.close_end <= c.start as usize && !after.trim_end_matches(['.', '!', '?']).contains(['.', '!', '?'])
        });
    let next_paragraph = opens_paragraph && paragraphs_between <= 2 && (between.split_whitespace().count() <= 12 || rest_of_paragraph);
    if same_paragraph || next_paragraph {
        return Some(Attribution { speaker: pa.speaker, cue: None });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::title_phrase;

    #[test]
    fn a_title_phrase_before_a_name() {
        assert!(title_phrase(" U.S. Secretary of Energy "));
        assert!(title_phrase(" Russian Foreign Ministry spokeswoman "));
        assert!(title_phrase(" Prof. ") && title_phrase(" Cllr ") && title_phrase(" Leader of Opposition "));
        assert!(title_phrase(" Vice Minister of Trade, Industry and Energy "));
        assert!(!title_phrase(" Minister, Industry and Energy ") && !title_phrase(" Minister of Trade, who "));
        assert!(!title_phrase(" Russia, whose spokeswoman "));
        assert!(!title_phrase(" the EU. "));
        assert!(!title_phrase(" Germany and France "));
    }

    #[test]
    fn asides_and_clauses_after_a_name() {
        use super::{apposition_or_passive, opens_own_clause};
        assert!(apposition_or_passive(" (NFU), the farmers' union that called the strike,"));
        assert!(apposition_or_passive(", represented by its envoy, Ms. Ada Berg,"));
        assert!(apposition_or_passive(", read out by its chair, Ms. Ada Berg,") && apposition_or_passive(", led by Ms. Ada Berg,"));
        assert!(!apposition_or_passive(", read the charter of Ms. Ada Berg,"));
        assert!(!apposition_or_passive(", Ms. Ada Berg,"));
        assert!(!apposition_or_passive(" and its chair"));
        assert!(opens_own_clause(" (NFU) wrote to ministers at 9:15am,"));
        assert!(opens_own_clause(" had backed the plan last week,"));
        assert!(!opens_own_clause(" of Wales and its allies,"));
        assert!(!opens_own_clause(" said: the plan,"));
    }

    #[test]
    fn authors_of_documents() {
        use super::{authored_by, short_aside};
        assert!(authored_by("A 40-page audit by the accounting firm"));
        assert!(authored_by("The study from"));
        assert!(!authored_by("A report on"));
        assert!(!authored_by("A report by Oxfam and"));
        assert!(short_aside(", published on Monday,") && !short_aside(", who said “no”,"));
    }

    #[test]
    fn public_bodies_are_no_companies() {
        assert!(super::public_body("Bureau of Meteorology") && super::public_body("Ministry of Health"));
        assert!(!super::public_body("Endeavour Energy") && !super::public_body("Brennholt AG"));
    }
}
