//! The article-wide alias search: every occurrence of every actor's alias in the text
//! (`search_aliases`), where a bare surname, a capital or a demonym counts only where it stands
//! for its actor.

use super::super::gazetteer::{self, CountryForm, SENTENCE_WORDS, TITLE_HEADS};
use super::super::names;
use super::super::patterns::Patterns;
use super::super::text::{self, is_all_caps, is_capitalised, with_lower};
use super::{LocalActor, LocalMention};
use super::context::coordinated_with_state_phrase;
use super::words::{ArticleWords, DETERMINERS, is_leading_function_word, is_title, LOCATIVES, lower_in};
use crate::model::{ActorKind, Span};

/// Every occurrence of every alias in the article text, longest alias first, at word boundaries.
/// Capitals count only where they stand for the government.
pub(super) fn search_aliases(
    text: &str,
    parts: &[(usize, usize)],
    excluded: &[(usize, usize)],
    actors: &[LocalActor],
    seen: &ArticleWords,
    defined: &[LocalActor],
) -> Vec<LocalMention> {
    // A person's bare surname: what another name or a common word can also be.
    let is_surname = |f: &str, a: &LocalActor| {
        a.kind == ActorKind::Person && f != a.name && names::same_surname(f, names::surname(&a.name))
    };
    // (form, actor, whether it is a bare surname), the last worked out once per form.
    let mut forms: Vec<(&str, usize, bool)> = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        for alias in &a.aliases {
            if !alias.trim().is_empty() {
                forms.push((alias.as_str(), i, is_surname(alias, a)));
            }
        }
    }
    // Of one form, a person's surname wins over a capital ("Paris said" after "Ann Paris").
    forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(b.0)).then(b.2.cmp(&a.2)));
    forms.dedup_by(|a, b| a.0 == b.0);
    let surnames: Vec<bool> = forms.iter().map(|f| f.2).collect();
    // A surname that is also a capital the article uses for its state ("Martin Paris" and
    // "Paris has recalled its ambassador"): that state.
    let capital_states: Vec<Option<usize>> = forms
        .iter()
        .zip(&surnames)
        .map(|(&(f, _, _), &surname)| {
            let capital = surname && gazetteer::country(f).is_some_and(|(_, form)| form == CountryForm::Capital);
            capital.then(|| actors.iter().position(|a| a.kind == ActorKind::Country && a.aliases.iter().any(|x| x == f))).flatten()
        })
        .collect();
    if forms.is_empty() {
        return vec![];
    }
    // Leftmost-longest: at each place the longest alias wins ("Maria Zakharova" over "Maria").
    let strs: Vec<&str> = forms.iter().map(|f| f.0).collect();
    let patterns = Patterns::new(&strs);
    let mut out = Vec::new();
    for &(from, to) in parts {
        patterns.for_each_match(&text[from..to], |k, s, e| {
            let (s, e) = (from + s, from + e);
            if excluded.iter().any(|&(a, z)| s >= a && e <= z) {
                return;
            }
            // Word boundaries on both sides (aliases may start or end with punctuation).
            let before_ok = text[..s].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after_ok = text[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if !before_ok || !after_ok {
                return;
            }
            let actor = forms[k].1;
            if let Some(state) = capital_states[k].filter(|_| capital_acts_as_state(text, s, e)) {
                out.push(LocalMention { actor: state, span: Span::new(s, e) });
                return;
            }
            if surnames[k] && !surname_stands_alone(text, s, e, seen) {
                return;
            }
            if actors[actor].kind == ActorKind::Country {
                let form = gazetteer::country(&text[s..e]).map(|(_, f)| f);
                if form == Some(CountryForm::Capital) && !capital_is_government_at(text, s, e) {
                    return;
                }
                // A bare demonym is the state only where it is listed before a noun for it (unless
                // the user made it an alias).
                let user_alias = || defined.iter().any(|d| d.aliases.iter().any(|a| *a == text[s..e]));
                if form == Some(CountryForm::Demonym) && !coordinated_with_state_phrase(text, e) && !user_alias() {
                    return;
                }
            }
            out.push(LocalMention { actor, span: Span::new(s, e) });
        });
    }
    out
}

/// Whether a bare surname at `s..e` stands for its person: not inside another name ("Central
/// Park", "Park Avenue", "Hunter Biden" when "Biden" is Joe's), and, when the word is also a
/// place, a date or a common word ("Paris", "May", "Green"), not where it is one ("in Paris",
/// "on 14 May", "the Green").
fn surname_stands_alone(text: &str, s: usize, e: usize, seen: &ArticleWords) -> bool {
    let word_after = text[e..].strip_prefix(' ').map(|r| &r[..r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len())]);
    if word_after.is_some_and(|w| is_capitalised(w) && !SENTENCE_WORDS.contains(w)) {
        return false;
    }
    let before = &text[..s];
    let trimmed = before.trim_end_matches(' ');
    let prev_start = trimmed.char_indices().rev().find(|&(_, c)| !(c.is_alphanumeric() || c == '.')).map_or(0, |(i, c)| i + c.len_utf8());
    let prev = trimmed[prev_start..].trim_end_matches('.');
    // A word ending in a dot ends a sentence unless it is a title ("Mr. Park", not "Seoul. Park").
    let ends_sentence = trimmed.ends_with('.') && !is_title(prev) && !TITLE_HEADS.contains(&trimmed[prev_start..]);
    let prev_joined = before.ends_with(' ') && !before.ends_with("  ") && !ends_sentence;
    if prev_joined && is_capitalised(prev) && !is_leading_function_word(prev) && !is_title(prev) {
        return false;
    }
    let surname = &text[s..e];
    let ambiguous = gazetteer::country(surname).is_some()
        || SENTENCE_WORDS.contains(surname)
        || with_lower(surname, |l| seen.lower(l));
    if !ambiguous {
        return true;
    }
    let numeral = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let locative = || with_lower(prev, |p| LOCATIVES.contains(&p));
    !(prev_joined && (locative() || lower_in(DETERMINERS, prev) || numeral(Some(prev))) || numeral(word_after))
}

/// Whether a capital at `s..e` that is also a person's surname here stands for its state: it is
/// listed with another state ("Paris and Berlin have", "Berlin and Paris"), or what it does is
/// "its" before any "his" or "her" ("Paris has recalled its ambassador").
fn capital_acts_as_state(text: &str, s: usize, e: usize) -> bool {
    let is_name_char = |c: char| c.is_alphanumeric() || c == '.' || c == '-';
    let is_state = |x: &str| gazetteer::country(x).is_some_and(|(_, f)| f != CountryForm::Demonym);
    let capitalised_word = |x: &str| x.starts_with(|c: char| c.is_uppercase());
    // A state's name or capital of one or two words after a list separator, not part of a longer
    // name ("Sofia Lind") nor an owner ("Berlin's envoy").
    let listed_after = [" and ", ", ", " or "].iter().any(|sep| {
        let Some(x) = text[e..].strip_prefix(sep) else { return false };
        let one = x.find(|c: char| !is_name_char(c)).unwrap_or(x.len());
        let two = x[one..].strip_prefix(' ').map(|y| one + 1 + y.find(|c: char| !is_name_char(c)).unwrap_or(y.len()));
        [two, Some(one)].into_iter().flatten().any(|len| {
            len > 0 && is_state(&x[..len]) && !x[len..].starts_with(['\'', '’']) && !x[len..].strip_prefix(' ').is_some_and(capitalised_word)
        })
    });
    // The same before it, the state's words not after another name word ("Michael Jordan and").
    let listed_before = [" and ", ", ", " or "].iter().any(|sep| {
        let Some(b) = text[..s].strip_suffix(sep) else { return false };
        let word_start = |end: usize| text::tail_start(&b[..end], is_name_char);
        let one = word_start(b.len());
        let two = b[..one].strip_suffix(' ').map(|_| word_start(one - 1));
        [two, Some(one)].into_iter().flatten().any(|from| {
            let prev_word = b[..from].strip_suffix(' ').map(|p| &p[word_start(from - 1)..from - 1]);
            from < b.len() && is_state(&b[from..]) && !prev_word.is_some_and(|w| capitalised_word(w) && !SENTENCE_WORDS.contains(w))
        })
    });
    if listed_after || listed_before {
        return true;
    }
    // The rest of its sentence, a few words: "its" before any pronoun of a person.
    let after = &text[e..];
    let sentence = &after[..after.find(['.', '!', '?', '\n', '“', '"']).unwrap_or(after.len())];
    for w in sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(8) {
        match w {
            "its" | "itself" => return true,
            "his" | "her" | "he" | "she" | "him" | "himself" | "herself" => return false,
            _ => {}
        }
    }
    false
}

fn capital_is_government_at(text: &str, s: usize, e: usize) -> bool {
    if is_all_caps(&text[s..e]) {
        return false;
    }
    let before = text[..s].trim_end();
    let prev_start = before.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    !with_lower(&before[prev_start..], |prev| LOCATIVES.contains(&prev))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_acts_as_a_state_when_listed_with_one_or_owning_with_its() {
        let at = |t: &str| {
            let s = t.find("Paris").unwrap();
            capital_acts_as_state(t, s, s + 5)
        };
        for t in ["Paris and Berlin agreed.", "Berlin and Paris agreed.", "London, Paris and Rome", "Paris has recalled its envoy.", "the United States or Paris"] {
            assert!(at(t), "{t}");
        }
        for t in ["Paris and Sofia Lind spoke.", "Michael Jordan and Paris spoke.", "Paris, Berlin's envoy, spoke.", "Paris said his plan and its cost were fine.", "Paris said. Its cost"] {
            assert!(!at(t), "{t}");
        }
    }
}
