//! Attribution without a speech verb, by what stands before the quotation: a line that is only a
//! name and a colon (`Macron: ‘…’`), a narrative paragraph that hands over to a quotation set
//! apart below it (`She paused, then went on.`), or a sentence about the speaker right before it
//! (`Kim was blunt. “…”`).

use super::super::gazetteer;
use super::super::quotes::Marked;
use super::super::text::{self, Word};
use super::context::Ctx;
use super::gender::{pronoun_gender, Gender};
use super::Attribution;
use crate::model::{ActorKind, Span};

/// `Macron: ‘The state is at your side’`: a line that is only a name, a colon and a quotation
/// (a headline's or a subheading's way of quoting) is that person's or organisation's.
pub(super) fn name_colon(ctx: &Ctx, q: &Marked) -> Option<Attribution> {
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
pub(super) fn narrated(
    ctx: &Ctx,
    q: &Marked,
    prev: Option<(&Marked, Attribution)>,
) -> Option<Attribution> {
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

/// Whether a colon introduces the quotation at the end of a sentence that opens with a
/// subordinate or participle clause ("When I asked …, X was honest about it: “…”", "Asked …,
/// she was brief: “…”").
pub(super) fn subordinate_then_colon(ctx: &Ctx, q: &Marked) -> bool {
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
pub(super) fn led_in(
    ctx: &Ctx,
    q: &Marked,
    prev: Option<(&Marked, Attribution)>,
) -> Option<Attribution> {
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
