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
    if same_paragraph || next_paragraph {
        return Some(Attribution { speaker: pa.speaker, cue: None });
    }
    None
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
