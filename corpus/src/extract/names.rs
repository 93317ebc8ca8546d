//! The anatomy of a person's name: given names, then a surname that may start with particles
//! ("Ursula von der Leyen", "Paulo da Silva", "Abdulaziz bin Salman").
//!
//! A later mention repeats the surname with its particles ("von der Leyen said", or "Von der
//! Leyen said" at a sentence start), never the last word alone, so the surname is what a repeat
//! is matched by.

/// Lower-case words inside a name that belong to the surname after them.
fn is_particle_word(w: &str) -> bool {
    matches!(
        w,
        "von" | "van" | "der" | "den" | "de" | "del" | "della" | "da" | "das" | "di" | "du" | "dos" | "le" | "la" | "ter"
            | "ten" | "bin" | "ibn" | "bint" | "al" | "el" | "ben"
    )
}
/// Prefixes joined to a surname by a hyphen ("al-Assad", "el-Sisi").
const HYPHEN_PREFIXES: &[&str] = &["al", "el", "ad", "as", "ash", "at", "ar", "an", "bin", "ibn", "ben", "abu"];

/// A name particle as written inside a name ("von") or at a sentence start ("Von").
pub fn is_particle(w: &str) -> bool {
    let mut c = w.chars();
    let lowered: String = c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default();
    is_particle_word(&lowered)
}

/// A particle in lower case, as it stands inside a name.
pub fn is_inner_particle(w: &str) -> bool {
    is_particle_word(w)
}

/// "al-Assad": a lower-case prefix, a hyphen and a capitalised name.
pub fn is_prefixed_name(w: &str) -> bool {
    w.split_once('-').is_some_and(|(p, rest)| HYPHEN_PREFIXES.contains(&p) && rest.chars().next().is_some_and(char::is_uppercase))
}

/// Initials written with dots ("J.D.", "W."): one to three letters.
pub fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len()) && b.len() % 2 == 0 && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// The surname with its particles: "von der Leyen" of "Ursula von der Leyen", "Rutte" of "Mark
/// Rutte"; a name that starts with a particle is all surname.
pub fn surname(name: &str) -> &str {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 2 || is_particle(words[0]) {
        return name;
    }
    let first_particle = (1..words.len() - 1).find(|&k| is_inner_particle(words[k])).unwrap_or(words.len() - 1);
    let skip: usize = words[..first_particle].iter().map(|w| w.len() + 1).sum();
    &name[skip..]
}

/// A given name and a surname, as opposed to a surname alone ("Rutte", "von der Leyen").
pub fn is_full_name(name: &str) -> bool {
    name.contains(' ') && !name.split(' ').next().is_some_and(is_particle)
}

/// How surnames compare: a particle capitalised at a sentence start is the same particle.
pub fn surname_key(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

/// The surname as written inside a sentence and, when it starts with a particle, at its start.
pub fn surname_forms(s: &str) -> Vec<String> {
    let mut c = s.chars();
    let capitalised: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
    if capitalised == s {
        vec![s.to_string()]
    } else {
        vec![s.to_string(), capitalised]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_keep_their_particles() {
        assert_eq!(surname("Ursula von der Leyen"), "von der Leyen");
        assert_eq!(surname("Paulo da Silva"), "da Silva");
        assert_eq!(surname("Mark Rutte"), "Rutte");
        assert_eq!(surname("Anna Maria Lind"), "Lind");
        assert_eq!(surname("Von der Leyen"), "Von der Leyen");
        assert!(is_full_name("Bashar al-Assad") && !is_full_name("Da Silva") && !is_full_name("Rutte"));
        assert_eq!(surname_key("Von der Leyen"), surname_key(surname("Ursula von der Leyen")));
        assert!(is_prefixed_name("al-Assad") && !is_prefixed_name("well-Known"));
        assert!(is_initials("J.D.") && is_initials("W.") && !is_initials("U.S.A") && !is_initials("NATO"));
    }
}
