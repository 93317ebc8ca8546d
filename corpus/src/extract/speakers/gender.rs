//! The sex of persons: what the text gives of each (`genders`, read once before the first
//! quotation), the sex a pronoun refers to, and what an attribution "he said" teaches of its
//! speaker (`learn_gender`, after each quotation).

use super::super::actors::Found;
use super::super::gazetteer;
use super::super::text;
use super::context::Ctx;
use super::Attribution;
use crate::model::ActorKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Gender {
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
pub(super) fn genders(
    text: &str,
    found: &Found,
    inside_quote: impl Fn(usize) -> bool,
) -> Vec<Option<Gender>> {
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
pub(super) fn pronoun_gender(p: &str) -> Option<Gender> {
    match p {
        "she" | "her" => Some(Gender::Female),
        "he" | "him" => Some(Gender::Male),
        _ => None,
    }
}

/// "“…,” he said" resolved to a person whose sex the text had not given: the pronoun gives it,
/// so that a later "she said" does not go to him ("Both Oberländer and Albers …; “…”, she said").
/// Only a cue that is the pronoun and its verb ("he said", "said she", "But he also warned").
pub(super) fn learn_gender(ctx: &mut Ctx, a: Attribution) {
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
