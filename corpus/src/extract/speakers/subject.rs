//! What a subject phrase names (`Ctx::subject`): a mention heading it, a pronoun, an unnamed voice
//! or a document of an organisation ("a spokesman for X", "the statement"), an institution by its
//! head noun ("the ministry", "the company", "the board"), or the person the article gave a role
//! ("the mayor", "the Russian deputy FM").

use super::super::gazetteer::{self, PRONOUNS_PERSON};
use super::super::quotes::Marked;
use super::super::text::{self, Word};
use super::context::Ctx;
use super::gender::pronoun_gender;
use super::Attribution;
use crate::model::{ActorKind, Span};

impl Ctx<'_> {
    /// The actor a subject phrase `from..to` names: a mention heading it (a person first), a
    /// pronoun, or a role description of someone the article gave that role.
    pub(super) fn subject(&self, from: usize, to: usize, prev: Option<(&Marked, Attribution)>) -> Option<usize> {
        let ms: Vec<(usize, Span)> = self.mentions_in(from, to).into_iter().filter(|(_, s)| self.heads_phrase(from, *s)).collect();
        if let Some((a, _)) = ms.iter().rev().find(|(a, _)| self.kind(*a) == ActorKind::Person) {
            return Some(*a);
        }
        if let Some(&(a, m)) = ms.last() {
            // "Harbourline founder says he …": a person of the organisation, whom the phrase
            // does not name (its spokesman speaks for it: "a Commission spokesperson").
            let role_after = self.text[m.end as usize..to].split_whitespace().last().is_some_and(|w| {
                let w = w.to_lowercase();
                gazetteer::is_role_noun(&w) && !matches!(w.as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "official" | "officials" | "representative")
            });
            return (!role_after).then_some(a);
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
        // "PDI-P's Central Sulawesi branch said": a body's branch or office speaks for the body.
        if lower.len() <= 6 && lower.last().is_some_and(|w| matches!(w.as_str(), "branch" | "chapter" | "office" | "wing" | "division" | "arm" | "unit" | "bureau")) {
            let owner = self.mentions_in(from, to).into_iter().next().filter(|(a, s)| {
                self.kind(*a) != ActorKind::Person && self.text[from..s.start as usize].trim().is_empty() && self.text[s.end as usize..].starts_with(['\'', '’'])
            });
            if let Some((a, _)) = owner {
                return Some(a);
            }
        }
        // "In a statement on Sunday evening the company said", "On Friday she told": an opening
        // phrase of time or place, without its comma, is no part of the subject.
        if lower.len() > 2 && matches!(lower[0].as_str(), "in" | "on" | "at" | "after" | "during" | "following" | "earlier" | "later" | "last") {
            let tail = (1..lower.len()).rev().find(|&k| lower[k] == "the" || PRONOUNS_PERSON.contains(lower[k].as_str())).filter(|&k| lower.len() - k <= 3);
            if let Some(k) = tail {
                return self.subject(words[k].start, to, prev);
            }
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
                // So does one where it is: "a spokeswoman for the agency in Palu".
                let placed = lower.len() > k + 5 && lower.len() <= k + 7 && matches!(lower[k + 4].as_str(), "in" | "at");
                if lower.get(k + 2).is_some_and(|w| w == "the") && (lower.len() == k + 4 || placed) {
                    return self.subject(words[k + 2].start, words[k + 3].end, prev).filter(|&a| self.kind(a) != ActorKind::Person);
                }
            }
        }
        // "a Commission spokesperson", "a ministry spokesman": the voice of the institution named
        // before by its head noun.
        // So does one whose institution the article names in full: "an IAEA spokesperson", "a Red
        // Cross official".
        if lower.len() >= 3 && matches!(lower[0].as_str(), "a" | "an") && matches!(lower[lower.len() - 1].as_str(), "spokesman" | "spokeswoman" | "spokesperson" | "official") {
            if let Some((a, _)) = self.mentions_in(from, to).into_iter().find(|(a, _)| self.kind(*a) != ActorKind::Person) {
                return Some(a);
            }
            if lower.len() == 3 {
                if let Some(a) = self.institution_by_head(from, &lower[1..2]) {
                    return Some(a);
                }
            }
        }
        if lower.len() == 1 && PRONOUNS_PERSON.contains(lower[0].as_str()) {
            return self.pronoun_referent(from, prev, pronoun_gender(&lower[0]));
        }
        // "It said", "condemned what it called": an organisation or a country.
        let n = lower.len();
        let joined = |k: usize| matches!(lower[k].as_str(), "what" | "which" | "that" | "and" | "but" | "as");
        if lower.last().is_some_and(|w| w == "it") && (n == 1 || joined(n - 2)) {
            // The nearest before it in its sentence ("a move Beijing called … that it said"),
            // else the organisation or country that last opened a sentence.
            let (sent_start, _) = text::sentence_bounds(self.sentence_ends, self.region_start, from);
            let nearest = self.mentions_in(sent_start, from).into_iter().rev().find(|(a, s)| self.kind(*a) != ActorKind::Person && !self.inside_quote(s.start as usize));
            return nearest.map(|(a, _)| a).or_else(|| self.last_institution_subject(from, false));
        }
        // "the 41-year-old told a news conference": an age standing for the person, like a
        // pronoun.
        if lower.len() == 2 && lower[0] == "the" && lower[1].ends_with("-year-old") {
            return self.pronoun_referent(from, prev, None);
        }
        // "a project which she said would “…”", "and he said": a pronoun after the word that
        // joins its clause, whatever comes before ("The spokeswoman criticised what she called").
        if n >= 2
            && matches!(lower[n - 2].as_str(), "which" | "that" | "what" | "and" | "but" | "as" | "when" | "while" | "after" | "before" | "because" | "since" | "where" | "if" | "though" | "although")
            && PRONOUNS_PERSON.contains(lower[n - 1].as_str())
        {
            return self.pronoun_referent(words[n - 1].start, prev, pronoun_gender(&lower[n - 1]));
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
        // "the company said", "the health system said": the organisation that last opened a
        // sentence.
        let business = |w: &str| {
            matches!(
                w,
                "company" | "firm" | "group" | "carmaker" | "airline" | "operator" | "retailer" | "insurer" | "lender" | "manufacturer" | "charity" | "organisation"
                    | "organization" | "system" | "network" | "provider" | "producer" | "maker" | "developer" | "utility" | "chain"
            )
        };
        if (2..=3).contains(&lower.len()) && lower[0] == "the" && business(&lower[lower.len() - 1]) {
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
            "board", "federation", "association", "office", "service", "regulator", "tribunal", "parliament", "union", "club", "league",
            "forces",
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

#[cfg(test)]
mod tests {
    #[test]
    fn public_bodies_are_no_companies() {
        assert!(super::public_body("Bureau of Meteorology") && super::public_body("Ministry of Health"));
        assert!(!super::public_body("Endeavour Energy") && !super::public_body("Brennholt AG"));
    }
}
