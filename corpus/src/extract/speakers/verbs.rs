//! The speech verbs among words (`verbs`), and whether one attributes a quotation: in its sentence
//! before it (`cue_before_in_sentence`; `before` is then tried ahead of `after` when the quotation
//! ends the sentence), or before it or right after it (`has_own_cue`; if not, the steps for
//! quotations without an attribution of their own may name the speaker).

use super::super::gazetteer;
use super::super::quotes::Marked;
use super::super::text::{self, Word};
use super::context::Ctx;
use super::Attribution;

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
pub(super) fn verbs(text: &str, words: &[Word]) -> Vec<usize> {
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

/// Whether a speech verb stands in the quotation's sentence before it, since the previous
/// quotation.
pub(super) fn cue_before_in_sentence(
    ctx: &Ctx,
    q: &Marked,
    prev: Option<(&Marked, Attribution)>,
) -> bool {
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, q.open);
    let from = prev.map_or(sent_start, |(p, _)| p.close_end.clamp(sent_start, q.open));
    let from = from.max(text::floor_boundary(ctx.text, q.open.saturating_sub(600)));
    let words: Vec<Word> = text::words(ctx.text, from, q.open).into_iter().filter(|w| !ctx.inside_quote(w.start)).collect();
    !verbs(ctx.text, &words).is_empty()
}

/// Whether a speech verb attributes this quotation: in its sentence before it (since the
/// previous quotation), or among the few words right after it.
pub(super) fn has_own_cue(ctx: &Ctx, q: &Marked, prev: Option<(&Marked, Attribution)>) -> bool {
    let text = ctx.text;
    let (sent_start, sent_end) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, q.open);
    let from = prev.map_or(sent_start, |(p, _)| p.close_end.clamp(sent_start, q.open));
    let from = from.max(text::floor_boundary(text, q.open.saturating_sub(600)));
    let before = text::words(text, from, q.open);
    let after_end = text::floor_boundary(text, sent_end.max(q.close_end).min(q.close_end + 80));
    let after = text::words(text, q.close_end, after_end);
    !verbs(text, &before).is_empty() || !verbs(text, &after[..after.len().min(8)]).is_empty()
}
