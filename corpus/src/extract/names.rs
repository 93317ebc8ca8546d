//! The anatomy of a person's name: given names, then a surname that may start with particles
//! ("Ursula von der Leyen", "Paulo da Silva", "Abdulaziz bin Salman").
//!
//! A later mention repeats the surname with its particles ("von der Leyen said", or "Von der
//! Leyen said" at a sentence start), never the last word alone, so the surname is what a repeat
//! is matched by.

/// Lower-case words inside a name that belong to the surname after them.
fn is_particle_word(w: &str) -> bool {
    // Every particle is two to five lower-case ASCII letters: most words are ruled out by that.
    if !(2..=5).contains(&w.len()) {
        return false;
    }
    matches!(
        w,
        "von" | "van" | "der" | "den" | "de" | "del" | "della" | "da" | "das" | "di" | "du" | "dos" | "le" | "la" | "ter"
            | "ten" | "bin" | "ibn" | "bint" | "al" | "el" | "ben"
    )
}
/// Prefixes joined to a surname by a hyphen ("al-Assad", "el-Sisi").
const HYPHEN_PREFIXES: &[&str] = &["al", "el", "ad", "as", "ash", "at", "ar", "an", "bin", "ibn", "ben", "abu"];

/// Given names abbreviated with a dot before the rest of the name: "Md. Abdul Hamid", "Moh.
/// Fadli Tombolotutu", "Wm. Barr". ("Ma." for María is left out: it ends "Jack Ma." too.)
pub fn is_abbreviated_given_name(w: &str) -> bool {
    matches!(w, "Md" | "Mohd" | "Moh" | "Muh" | "Mhd" | "Wm" | "Chas" | "Thos" | "Geo" | "Jas")
}

/// A name particle as written inside a name ("von") or at a sentence start ("Von").
pub fn is_particle(w: &str) -> bool {
    // Particles are ASCII: the first letter lowered in a small buffer, no allocation.
    let b = w.as_bytes();
    if !(2..=5).contains(&b.len()) || !b.is_ascii() {
        return false;
    }
    let mut lowered = [0u8; 5];
    lowered[..b.len()].copy_from_slice(b);
    lowered[0] = lowered[0].to_ascii_lowercase();
    std::str::from_utf8(&lowered[..b.len()]).is_ok_and(is_particle_word)
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
    // "Ferdinand Marcos Jr." is repeated as "Marcos": a generational suffix is no surname.
    let name = [" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"].iter().find_map(|s| name.strip_suffix(s)).filter(|n| n.contains(' ')).unwrap_or(name);
    // Without collecting the words: where each word after the first starts, in one pass.
    let Some((first, _)) = name.split_once(' ') else { return name };
    if is_particle(first) {
        return name;
    }
    let mut last_start = 0;
    let mut start = first.len() + 1;
    for w in name[start..].split(' ') {
        let is_last = start + w.len() == name.len();
        if !is_last && is_inner_particle(w) {
            return &name[start..];
        }
        last_start = start;
        start += w.len() + 1;
    }
    &name[last_start..]
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

/// Whether two surnames have one `surname_key`, without making either key.
pub fn same_surname(a: &str, b: &str) -> bool {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        // An ASCII first letter lowers to one letter: the rest must match as it is.
        (Some(f), Some(g)) if f.is_ascii() && g.is_ascii() => f.eq_ignore_ascii_case(g) && a[1..] == b[1..],
        // Others may lower to several characters ('İ'): the keys themselves.
        _ => surname_key(a) == surname_key(b),
    }
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
        assert_eq!(surname("Jean-Claude Juncker"), "Juncker");
        assert_eq!(surname("Ferdinand Marcos Jr."), "Marcos");
        assert_eq!(surname("Martin Luther King III"), "King");
        assert_eq!(surname("Ursula von der"), "von der");
        assert_eq!(surname("Mark "), "");
        assert_eq!(surname("Ursula  Leyen"), "Leyen");
        for (a, b) in [("Von der Leyen", "von der Leyen"), ("Rutte", "rutte"), ("", ""), ("É", "é"), ("Rutte", "Rutt"), ("a", ""), ("İx", "i̇x")] {
            assert_eq!(same_surname(a, b), surname_key(a) == surname_key(b), "{a} {b}");
        }
        assert!(is_prefixed_name("al-Assad") && !is_prefixed_name("well-Known"));
        assert!(is_initials("J.D.") && is_initials("W.") && !is_initials("U.S.A") && !is_initials("NATO"));
    }
}
