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
//!
//! The rules are split by step, in the order `attribute` runs them for each quotation:
//! - `context` (with `gender` and `subject`): the article as every step sees it (`Ctx`) and the
//!   resolution the steps share: the sex the text gives each person (`gender::genders`, read once
//!   before the first quotation), whom a pronoun refers to, what a subject phrase names
//!   (`Ctx::subject`);
//! - `narrative::name_colon`: a line that is only a name, a colon and the quotation;
//! - `before` and `after`: a speech verb in the quotation's sentence, before or after it; `before`
//!   is tried first when the quotation ends a sentence that a colon or a speech verb introduces
//!   (`verbs::cue_before_in_sentence`);
//! - when no speech verb attributes the quotation (`verbs::has_own_cue`), in turn:
//!   `before::noun_cue`, `narrative::narrated`, `after::named_later`, `after::that_was`,
//!   `carried::carried`, `narrative::led_in`; and `narrative::led_in` even so when a colon ends
//!   a sentence that opens with a subordinate clause (`narrative::subordinate_then_colon`);
//! - `gender::learn_gender` after each quotation, and `carried::repeated` once every quotation has
//!   been attributed.

mod after;
mod before;
mod carried;
mod context;
mod gender;
mod narrative;
mod subject;
mod verbs;

use super::actors::Found;
use super::fragments;
use super::quotes::Marked;
use crate::model::Span;
use after::{after, named_later, that_was};
use before::{before, noun_cue};
use carried::{carried, repeated};
use context::Ctx;
use gender::{genders, learn_gender};
use narrative::{led_in, name_colon, narrated, subordinate_then_colon};
use verbs::{cue_before_in_sentence, has_own_cue};

/// The speaker (a local actor index) and the attribution span, for one quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Attribution {
    pub speaker: Option<usize>,
    pub cue: Option<Span>,
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
        ctx.said.push(a);
        out.push(a);
    }
    repeated(text, quotes, &mut out);
    out
}
