//! A speaker carried over from another quotation: to one that continues the previous quotation
//! (`carried`), and to one the article quotes again at more length with a speaker (`repeated`, once
//! every quotation has been attributed).

use super::super::quotes::Marked;
use super::context::Ctx;
use super::Attribution;
use crate::model::{ActorKind, Span};

/// A quotation with no attribution of its own that continues the previous one: in the same
/// paragraph, or opening the next paragraph right after a quoted paragraph.
pub(super) fn carried(
    ctx: &Ctx,
    q: &Marked,
    prev: Option<(&Marked, Attribution)>,
) -> Option<Attribution> {
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
    if next_paragraph {
        if let Some(other) = next_turn(ctx) {
            return Some(Attribution { speaker: Some(other), cue: None });
        }
    }
    if same_paragraph || next_paragraph {
        return Some(Attribution { speaker: pa.speaker, cue: None });
    }
    None
}

/// In an exchange of two people, paragraph by paragraph, a quoted paragraph with no attribution
/// is the other side's turn: `“Did you read it?” Ms Rao asked.` / `“I don't believe I did,” he
/// replied.` / `“You were the managing director.”` (Ms Rao) / `“I was.”` (him). The exchange
/// is there when a question was answered with a verb of reply, or when the paragraph before was
/// itself such a turn. Called for the quotation after the last one attributed (`ctx.said`).
fn next_turn(ctx: &Ctx) -> Option<usize> {
    let last = ctx.said.len().checked_sub(1)?;
    let in_one_paragraph = |a: usize, b: usize| !ctx.text[ctx.quotes[a].close_end..ctx.quotes[b].open].contains('\n');
    // The first quotation of the previous paragraph, and the last one of the paragraph before.
    let first = (0..=last).rev().take_while(|&k| k == last || in_one_paragraph(k, k + 1)).last()?;
    let before = first.checked_sub(1)?;
    let opens_paragraph = |k: usize| ctx.text[..ctx.quotes[k].open].trim_end_matches([' ', '\t']).ends_with('\n');
    let adjacent = ctx.text[ctx.quotes[before].close_end..ctx.quotes[first].open].matches('\n').count() <= 2;
    let (this, other) = (ctx.said[last].speaker?, ctx.said[before].speaker?);
    if this == other || !adjacent || !opens_paragraph(first) || ctx.kind(this) != ActorKind::Person || ctx.kind(other) != ActorKind::Person {
        return None;
    }
    let question = ctx.text[ctx.quotes[before].inner.range()].trim_end().ends_with('?');
    let answered = question && ctx.is_reply(ctx.said[first].cue);
    let was_a_turn = first == last && ctx.said[last].cue.is_none();
    (answered || was_a_turn).then_some(other)
}

/// A quotation nobody is named for that the article quotes again at more length with a speaker
/// (a headline's or an entry heading's “We will not back down” above `“We will not back down.
/// This deal saved 400 jobs,” he said`) is that speaker's.
pub(super) fn repeated(text: &str, quotes: &[Marked], out: &mut [Attribution]) {
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
