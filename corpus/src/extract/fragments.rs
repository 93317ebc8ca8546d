//! Person "names" that are pieces of a longer capitalised name: "Affairs" in "Minister of Foreign
//! Affairs", "Force" in "Australian Defence Force", "Emergency Management" in "Federal Emergency
//! Management Minister Tom Okonkwo-Reid". An actor every one of whose mentions is such a piece is
//! no whole actor, so it can speak for nobody. Each test reads a few words beside a mention.

use super::actors::Found;
use super::gazetteer::{self, TITLE_HEADS};
use super::text::floor_boundary;
use crate::model::ActorKind;

/// Capitalised words that open a phrase rather than continue a name: determiners, pronouns,
/// prepositions and conjunctions at the start of a sentence, party labels set before a name
/// ("Republican Ted Cruz"), and given names that are also months, which a name finder may have
/// left out of the name ("Jan Bakker").
fn opens_phrase(w: &str) -> bool {
    matches!(
        w,
        "The" | "A" | "An" | "In" | "On" | "At" | "By" | "For" | "From" | "To" | "Of" | "And" | "But" | "Or" | "So" | "As" | "If" | "When"
            | "While" | "After" | "Before" | "Since" | "Although" | "Though" | "Because" | "That" | "This" | "These" | "Those" | "It"
            | "He" | "She" | "They" | "We" | "I" | "His" | "Her" | "Their" | "Our" | "Its" | "With" | "According" | "Then" | "Now"
            | "Democrat" | "Republican" | "Labour" | "Tory" | "Conservative" | "Liberal" | "Green" | "Independent"
            | "Jan" | "April" | "May" | "June" | "August"
    )
}

/// Whether `w` is a title or a role ("Minister", "Defence", "spokesman").
fn titled(w: &str) -> bool {
    TITLE_HEADS.contains(w) || gazetteer::is_role_noun(&w.to_lowercase())
}

/// The word ending right before `pos`, joined to it by one space on the same line, if any.
fn word_before(text: &str, pos: usize) -> Option<(&str, usize)> {
    let head = text[..pos].strip_suffix(' ')?;
    let start = head.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(k, c)| k + c.len_utf8());
    let w = &head[start..];
    (!w.is_empty()).then_some((w, start))
}

/// A name-like word: capitalised letters (and hyphens), no punctuation ("Defence", not "Sen.").
fn name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Whether the capitalised word `w` (starting at `at`) continues a name into the mention after
/// it: a word that is no title and opens no phrase ("Political Affairs", "Federal Emergency
/// Management"), or a title word inside a capitalised run or after "of"/"for" ("Australian
/// Defence Force", "Minister of Foreign Affairs").
fn continues_name(text: &str, w: &str, at: usize) -> bool {
    if !name_word(w) || opens_phrase(w) {
        return false;
    }
    if !titled(w) {
        return true;
    }
    // "Australian" ends like a role noun ("historian"): only a title proper stops the run.
    word_before(text, at).is_some_and(|(p, _)| matches!(p, "of" | "for") || (name_word(p) && !TITLE_HEADS.contains(p) && !opens_phrase(p)))
}

/// Whether the mention `start..end` is a piece of a longer name: one word glued to a name word
/// before it ("Defence Force"), or several glued before and followed by a title that a person's
/// name then follows ("Federal Emergency Management Minister Tom …").
pub fn is_piece(text: &str, start: usize, end: usize) -> bool {
    let Some((w, at)) = word_before(text, start) else { return false };
    if !continues_name(text, w, at) {
        return false;
    }
    if !text[start..end].contains(' ') {
        return true;
    }
    let after = &text[end..floor_boundary(text, end + 40)];
    after.strip_prefix(' ').and_then(|r| r.split(' ').next()).is_some_and(|t| TITLE_HEADS.contains(t))
}

/// Per local actor, whether it is only ever a piece of a longer name: a person whose every
/// mention is one.
pub fn pieces(text: &str, found: &Found) -> Vec<bool> {
    let mut piece: Vec<bool> = found.actors.iter().map(|a| a.kind == ActorKind::Person).collect();
    for m in &found.mentions {
        if piece[m.actor] && !is_piece(text, m.span.start as usize, m.span.end as usize) {
            piece[m.actor] = false;
        }
    }
    piece
}

#[cfg(test)]
mod tests {
    use super::is_piece;

    fn piece(text: &str, name: &str) -> bool {
        let start = text.find(name).unwrap();
        is_piece(text, start, start + name.len())
    }

    #[test]
    fn pieces_of_office_and_force_names() {
        assert!(piece("The Secretary for Economic Affairs, Mr. Lamine Sarr, spoke.", "Affairs"));
        assert!(piece("the Minister of Foreign Affairs and Trade met them", "Affairs"));
        assert!(piece("Canadian Armed Forces personnel arrived", "Forces"));
        assert!(piece("as Nigerian Defence Headquarters confirmed", "Headquarters"));
        assert!(piece("State Disaster Relief Minister Ana Flores visited.", "Disaster Relief"));
    }

    #[test]
    fn whole_names_are_no_pieces() {
        assert!(!piece("Premier Ana Flores said it.", "Ana Flores"));
        assert!(!piece("said Mayor Whitcombe on Monday", "Whitcombe"));
        assert!(!piece("The Whitcombe report", "Whitcombe"));
        assert!(!piece("Republican Whitcombe voted no.", "Whitcombe"));
        assert!(!piece("His aide, June Whitcombe, said", "Whitcombe"));
        assert!(!piece("Sen. Whitcombe voted no.", "Whitcombe"));
        assert!(piece("the\u{a0}Rural Affairs team", "Affairs"));
        assert!(!piece("Relief agencies said. Ana Flores Minister", "Ana Flores"));
        assert!(!piece("Ana Flores said", "Ana Flores"));
        assert!(!piece("Deputy Prime Minister Whitcombe said", "Whitcombe"));
    }
}
