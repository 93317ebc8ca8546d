//! What the attribution steps share about one article (`Ctx`: its text, quotations, local actors
//! and their mentions, what the text gives of each person's sex, the speakers given so far), and
//! the resolution of pronouns: whom "he" or "she" refers to (`pronoun_referent`, `antecedent`), and
//! whether a mention heads the subject phrase it stands in (`heads_phrase`), not a relative clause
//! (`in_relative_clause`). What a whole subject phrase names is in `subject`.

use super::super::actors::Found;
use super::super::gazetteer::{self, PRONOUNS_PERSON};
use super::super::quotes::Marked;
use super::super::text;
use super::gender::Gender;
use super::Attribution;
use crate::model::{ActorKind, Span};

pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) found: &'a Found,
    pub(super) quotes: &'a [Marked],
    pub(super) sentence_ends: &'a [usize],
    pub(super) region_start: usize,
    /// Per local actor, the sex the text gives the person, if it gives one.
    pub(super) genders: Vec<Option<Gender>>,
    /// The attribution given to each quotation so far, in order.
    pub(super) said: Vec<Attribution>,
    /// Per local actor, whether it is only a piece of a longer name ("Affairs"): never a speaker.
    pub(super) pieces: Vec<bool>,
}

impl Ctx<'_> {
    /// Quotations are sorted and do not overlap, so a binary search finds the one at `pos`.
    pub(super) fn inside_quote(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.open <= pos);
        i > 0 && pos < self.quotes[i - 1].close_end
    }

    pub(super) fn kind(&self, actor: usize) -> ActorKind {
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
    pub(super) fn mentions_in(&self, from: usize, to: usize) -> Vec<(usize, Span)> {
        let i = self.found.mentions.partition_point(|m| (m.span.start as usize) < from);
        self.found.mentions[i..]
            .iter()
            .take_while(|m| (m.span.end as usize) <= to)
            .filter(|m| !self.pieces[m.actor] && !self.inside_quote(m.span.start as usize))
            .map(|m| (m.actor, m.span))
            .collect()
    }

    /// Whether a mention ending at `end` can head the subject phrase it stands in, rather than
    /// depend on another noun: not "an aide to Diaz", "a spokesman for Russia" or "Diaz’s office".
    pub(super) fn heads_phrase(&self, from: usize, span: Span) -> bool {
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
        let other = self.said.get(m.checked_sub(1)?)?.speaker?;
        let pp = &self.quotes[m - 1];
        let gap = &self.text[pp.close_end..p.open];
        if other == last || self.kind(other) != ActorKind::Person || gap.matches('\n').count() > 2 || !self.may_be(other, gender) {
            return None;
        }
        let question = self.text[p.inner.range()].trim_end().ends_with('?');
        let reply = self.is_reply(pa.cue);
        let named_since = self.mentions_in(p.close_end, pos).iter().any(|(a, _)| self.kind(*a) == ActorKind::Person);
        ((question || reply) && !named_since).then_some(other)
    }

    /// The person asked in the paragraph before a quotation that opens the paragraph of `pos`:
    /// `The commissioner asked Mr Tulloch whether anyone had raised it.` / `“Not that I
    /// recall,” he said.` The one asked answers.
    fn addressee(&self, pos: usize, gender: Option<Gender>) -> Option<usize> {
        let start = self.text[..pos].rfind('\n')? + 1;
        let first = start + (self.text[start..].len() - self.text[start..].trim_start().len());
        let q = self.quotes.partition_point(|o| o.open < first);
        if self.quotes.get(q).is_none_or(|o| o.open != first) {
            return None;
        }
        let before = self.text[..start].trim_end();
        let paragraph = before.rfind('\n').map_or(0, |i| i + 1);
        let asked = paragraph + self.text[paragraph..before.len()].rfind(" asked ")? + " asked ".len();
        let to = text::floor_boundary(self.text, (asked + 40).min(before.len()));
        let (person, span) = self.mentions_in(asked, to).into_iter().next()?;
        let honorific = matches!(self.text[asked..span.start as usize].trim(), "" | "Mr" | "Ms" | "Mrs" | "Dr" | "Mr." | "Ms." | "Mrs." | "Dr.");
        (honorific && self.kind(person) == ActorKind::Person && self.may_be(person, gender)).then_some(person)
    }

    /// Whether the cue `c` answers someone: "he replied", "she shot back".
    pub(super) fn is_reply(&self, c: Option<Span>) -> bool {
        c.is_some_and(|c| {
            self.text[c.range()].split_whitespace().any(|w| matches!(w, "replied" | "answered" | "responded" | "retorted" | "countered" | "shot"))
        })
    }

    /// Whom a pronoun subject at `pos` refers to: the speaker of the previous quotation when it
    /// is in the same paragraph (the person being reported, not the last one named in passing),
    /// else the last person mentioned.
    pub(super) fn pronoun_referent(&self, pos: usize, prev: Option<(&Marked, Attribution)>, gender: Option<Gender>) -> Option<usize> {
        if let Some(other) = self.turn_taker(pos, prev, gender).or_else(|| self.addressee(pos, gender)) {
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

/// Whether the mention `span` stands in a relative clause set off by a comma ("St. Brendan's,
/// where Ellison worked, said"): the clause's people are not the sentence's subject.
pub(super) fn in_relative_clause(text: &str, sent_start: usize, span: Span) -> bool {
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

/// Whether `words` open a passive participle with its agent: "represented by", "led by", "read
/// out by".
pub(super) fn passive_by(words: &[&str]) -> bool {
    let participle = |w: &str| {
        w.ends_with("ed") || matches!(w, "read" | "led" | "written" | "given" | "made" | "sent" | "held" | "run" | "taken" | "chosen" | "drawn" | "shown")
    };
    match words {
        [p, "by", ..] => participle(p),
        [p, "out" | "up", "by", ..] => participle(p),
        _ => false,
    }
}
