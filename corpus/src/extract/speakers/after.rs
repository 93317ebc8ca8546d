//! Attribution after the quotation: in its sentence (`“…,” Zakharova said`, `“…,” said Maria
//! Zakharova, the …`, `“…,” according to him`), or in the next sentence or paragraph, in words that
//! hand the quotation to someone (`The words were those of X.`, `That was X, …`, `The verdict is
//! X's.`, a person introduced right after a quoted paragraph).

use super::super::gazetteer::{self, PRONOUNS_PERSON};
use super::super::quotes::Marked;
use super::super::text::{self, Word};
use super::context::Ctx;
use super::gender::pronoun_gender;
use super::verbs::verbs;
use super::Attribution;
use crate::model::{ActorKind, Span};

/// `“…,” X said` / `“…,” said X` / `“…,” according to X`.
pub(super) fn after(
    ctx: &Ctx,
    q: &Marked,
    prev: Option<(&Marked, Attribution)>,
) -> Option<Attribution> {
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
pub(super) fn appositive_to_role(ctx: &Ctx, from: usize, to: usize) -> Option<(usize, Span)> {
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
    // "its coordinator, Dr Teoh Kah Leng,": an honorific may stand before the name.
    let honorific = matches!(text[name_from..s.start as usize].trim_end(), "" | "Dr" | "Dr." | "Prof" | "Prof." | "Mr" | "Mr." | "Ms" | "Ms." | "Mrs" | "Mrs." | "Sir" | "Dame");
    (honorific && ctx.kind(a) == ActorKind::Person).then_some((a, s))
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
    // "SPÖ state chairwoman", "the party's deputy leader": a word in lower case that qualifies
    // the role noun after it.
    let qualifies_role = |i: usize| words[i].chars().all(char::is_lowercase) && words.get(i + 1).is_some_and(|w| gazetteer::is_role_noun(w));
    !words.is_empty() && words.len() <= 10 && titled && (0..words.len()).all(|i| fits(words[i]) || listed(i) || qualifies_role(i))
}

/// A quotation whose speaker the paragraph names a sentence or two after it, in words that
/// hand the quotation to someone: `“…” The warning came after a cabinet meeting. It was
/// delivered by the regional environment minister, María José García-Serrano.` / `“…” Those
/// were the words of X.` / `The words were those of X.` Only persons, only before the paragraph's next quotation.
pub(super) fn named_later(ctx: &Ctx, q: &Marked) -> Option<Attribution> {
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
pub(super) fn that_was(ctx: &Ctx, q: &Marked) -> Option<Attribution> {
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
            lower[k + 1..].iter().take(8).any(|w| SAID.contains(&w.as_str())).then_some(k + 1)?
        }
    };
    // The owner's name may follow a title: "That was Italy coach Marco Dellapiana's verdict".
    let (a, span) = ctx.mentions_in(words.get(owner_at)?.start, stop).into_iter().take(3).find(|(a, _)| ctx.kind(*a) == ActorKind::Person)?;
    let after = &text[span.end as usize..];
    let before = &text[words[owner_at].start..span.start as usize];
    let owned = (before.is_empty() || title_phrase(&format!(" {before}"))) && (after.starts_with("’s") || after.starts_with("'s"));
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
        assert!(title_phrase(" SPÖ state chairwoman ") && title_phrase(" Labour deputy leader "));
        assert!(!title_phrase(" Labour said its leader "));
    }
}
