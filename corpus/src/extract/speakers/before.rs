//! Attribution before the quotation, in its sentence: a subject and a speech verb (`Lavrov said:
//! “…”`, `She said that … “…”`), a participle or a verb that takes the sentence's subject (`…,
//! adding: “…”`), an inverted verb (`said Maria Zakharova: “…”`), or a noun for something said
//! (`warnings from X that … “…”`, `noun_cue`).

use super::super::quotes::Marked;
use super::super::text::{self, Word};
use super::after::appositive_to_role;
use super::context::{in_relative_clause, passive_by, Ctx};
use super::verbs::verbs;
use super::Attribution;
use crate::model::{ActorKind, Span};

/// Asides that stand between a subject and its verb ("The Ambassador, in turn, stated").
const ASIDES: &[&str] = &["in turn", "for his part", "for her part", "however", "meanwhile", "in response", "in reply", "too", "also"];

/// Participles that continue the sentence's subject ("…, adding: “…”").
fn is_participle(w: &str) -> bool {
    w.ends_with("ing")
}

/// `X said: “…”` / `X said that … “fragment”` / `…, adding: “…”`.
pub(super) fn before(
    ctx: &Ctx,
    q: &Marked,
    prev: Option<(&Marked, Attribution)>,
) -> Option<Attribution> {
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
        // "A Red Cross spokesperson confirmed … and said": what the phrase before the
        // sentence's first verb names.
        if let Some(&v0) = vs.first().filter(|&&v0| coordinated && v0 > 0 && v0 < v && v0 <= 8 && words[0].start >= sent_start) {
            let unbroken = (1..v0).all(|j| !text[words[j - 1].end..words[j].start].contains([',', ';', ':', '(', ')', '—']));
            if let Some(a) = unbroken.then(|| ctx.subject(words[0].start, words[v0 - 1].end, prev)).flatten() {
                return Some(Attribution { speaker: Some(a), cue: Some(Span::new(words[0].start, cue_end)) });
            }
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
    // The opening phrase ends at the first comma, within nine words (a long name may carry its
    // acronym: "The Queensland Building and Construction Commission (QBCC), which …").
    let c = (first + 1..v.min(first + 10)).find(|&j| matches!(text[words[j - 1].end..words[j].start].trim(), "," | "),"))?;
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
    // "…, Nakheel Agricultural Development Co., said": the name may end with an abbreviation's dot.
    let gap = text[last.end..words[v].start].trim();
    if gap != "," && gap != ".," {
        return None;
    }
    let (sent_start, _) = text::sentence_bounds(ctx.sentence_ends, ctx.region_start, words[v].start);
    let (a, span) = *ctx.mentions_in(sent_start, last.end + 1).last()?;
    if span.end as usize != last.end && span.end as usize != last.end + 1 {
        return None;
    }
    // The noun phrase: back to the previous comma, which must open it. The appositive may say
    // what the name is before it: "the Riyadh-based", "the state-owned".
    let before = text[sent_start..span.start as usize].trim_end();
    let described = before.rfind(", ").filter(|&c| {
        let words: Vec<&str> = before[c + 2..].split_whitespace().collect();
        words.first().is_some_and(|w| matches!(*w, "the" | "a" | "an")) && words.len() <= 3 && words[1..].iter().all(|w| w.contains('-') || w.chars().all(char::is_lowercase))
    });
    let before = match described {
        Some(c) => &before[..c],
        None => before.strip_suffix(',')?,
    };
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

/// `The vote followed warnings from the city's utilities director that the plant is “…”`: a
/// noun for something said, "from" or "by" whoever said it, and "that" the thing said, in the
/// quotation's sentence before it.
pub(super) fn noun_cue(
    ctx: &Ctx,
    q: &Marked,
    prev: Option<(&Marked, Attribution)>,
) -> Option<Attribution> {
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

#[cfg(test)]
mod tests {
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
}
