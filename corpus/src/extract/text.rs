//! Lines, sentences and words with their byte offsets: the one view of the text that every stage
//! scans, so no stage re-derives positions on its own.

/// One line of the text without its newline; `start..end` are byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
}

impl Line {
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
    pub fn trimmed(self, text: &str) -> &str {
        self.text(text).trim()
    }
    pub fn is_blank(self, text: &str) -> bool {
        self.text(text).trim().is_empty()
    }
}

/// Every line of `text`, in order (the text after a final newline is a line only if non-empty).
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Line { start, end: i });
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push(Line { start, end: text.len() });
    }
    out
}

/// A word: a run of letters, digits and the joiners that occur inside names ("U.S.", "O'Neil",
/// "Nagorno-Karabakh", "RFE/RL", "News.am"). A possessive "'s" is not part of the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character at byte `i` of `s` and its length, without the decoder for ASCII.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = s[i..].chars().next().expect("a char boundary");
        (c, c.len_utf8())
    }
}

/// All words of `text[from..to]`, with offsets into `text`.
pub fn words(text: &str, from: usize, to: usize) -> Vec<Word> {
    let slice = &text[from..to];
    // About one word per six bytes of news prose: sized up front rather than grown by copying.
    let mut out = Vec::with_capacity(slice.len() / 6);
    let mut i = 0;
    let bytes = slice.as_bytes();
    while i < slice.len() {
        // Spaces and ASCII punctuation between words, skipped without the general path.
        if bytes[i] < 0x80 && !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let (c, n) = char_at(slice, i);
        if !c.is_alphanumeric() {
            i += n;
            continue;
        }
        let start = i;
        let mut end = i + n;
        // `j`: the first character not (yet) taken into the word.
        let mut j = end;
        while j < slice.len() {
            // The ASCII letters and digits of the word, in a tight loop.
            if bytes[j].is_ascii_alphanumeric() {
                j += 1;
                end = j;
                continue;
            }
            let (d, dn) = char_at(slice, j);
            if d.is_alphanumeric() {
                end = j + dn;
                j = end;
                continue;
            }
            // A joiner stays inside the word only when a letter or digit follows it.
            if matches!(d, '.' | '-' | '/' | '\'' | '’' | '&') {
                let rest = &slice[j + dn..];
                let next = rest.chars().next();
                let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
                let is_possessive = is_apostrophe(d)
                    && rest.starts_with(['s', 'S'])
                    && !rest[1..].chars().next().is_some_and(|n| n.is_alphanumeric());
                // "U.S." keeps its final dot: a dot after a single letter that follows a dot.
                let abbreviation_dot = d == '.' && {
                    let word = &slice[start..end];
                    word.chars().count() == 1 || (word.len() >= 2 && word.as_bytes()[word.len() - 2] == b'.')
                } && slice[start..end].chars().all(|x| x.is_uppercase() || x == '.');
                if next_alnum && !is_possessive {
                    end = j + dn;
                    j = end;
                    continue;
                }
                if abbreviation_dot {
                    end = j + 1;
                    j = end;
                }
            }
            break;
        }
        out.push(Word { start: from + start, end: from + end });
        i = j;
    }
    out
}

/// The characters of `text[from..to]` that start with one of three bytes, with their offsets:
/// a SIMD search for the few marks a pass cares about instead of decoding every character.
/// Each byte must be ASCII or the lead byte of a UTF-8 sequence, never a continuation byte.
pub fn chars_led_by(text: &str, from: usize, to: usize, lead: [u8; 3]) -> impl Iterator<Item = (usize, char)> + '_ {
    memchr::memchr3_iter(lead[0], lead[1], lead[2], &text.as_bytes()[from..to]).map(move |off| {
        let i = from + off;
        (i, text[i..].chars().next().expect("a lead byte starts a character"))
    })
}

/// Calls `f` with `w` lower-cased: in a buffer on the stack when `w` is short ASCII (nearly
/// every word), so that asking about a word's lower-case form allocates nothing.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 40;
    let b = w.as_bytes();
    if b.len() <= MAX && b.is_ascii() {
        let mut buf = [0u8; MAX];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        f(std::str::from_utf8(&buf[..b.len()]).expect("ASCII is UTF-8"))
    } else {
        f(&w.to_lowercase())
    }
}

/// Whether the word starts with an upper-case letter.
/// Where the run of characters that `keep` accepts at the end of `s` starts: right after the
/// last character it does not (which may be several bytes long: a no-break space, a “).
pub fn tail_start(s: &str, keep: impl Fn(char) -> bool) -> usize {
    s.char_indices().rev().find(|&(_, c)| !keep(c)).map_or(0, |(i, c)| i + c.len_utf8())
}

/// One space between two words, of any width: pages saved from the web put no-break spaces
/// ("Sergei\u{a0}Lavrov", French "\u{202f}»") where a writer typed a space.
pub fn is_one_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}" | "\u{2007}")
}

pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Whether every letter is upper case and there are at least two ("OSCE", "RFE/RL", "U.S.").
pub fn is_all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// Byte offsets where sentences end inside `text[from..to]`: after `.`, `!`, `?` or `…` (and any
/// closing quotation marks or brackets) followed by white space and an upper-case letter or an
/// opening mark, and at every line break. Abbreviations such as "U.S." or "Mr." are not ends when
/// a capitalised name follows, which is the common case in news ("U.S. Assistant Secretary").
pub fn sentence_ends(text: &str, from: usize, to: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // The next end mark and the next line break or 0xE2 (which leads "…") at or after where they
    // were last looked for: a SIMD search for each, repeated only once the scan passes it.
    let next_mark = |i: usize| memchr::memchr3(b'.', b'!', b'?', &bytes[i..to]).map_or(to, |k| i + k);
    let next_other = |i: usize| memchr::memchr2(b'\n', 0xE2, &bytes[i..to]).map_or(to, |k| i + k);
    let (mut mark, mut other) = (next_mark(from), next_other(from));
    let mut i = from;
    while i < to {
        let b = bytes[i];
        if b == b'\n' {
            out.push(i);
            i += 1;
            continue;
        }
        // Only ASCII bytes and the start of "…" can end a sentence (none of them occurs inside
        // another character): skip straight to the next candidate.
        let is_end_mark = matches!(b, b'.' | b'!' | b'?') || (b == 0xE2 && text[i..].starts_with('…'));
        if !is_end_mark {
            i += 1;
            if mark < i {
                mark = next_mark(i);
            }
            if other < i {
                other = next_other(i);
            }
            i = mark.min(other);
            continue;
        }
        let mut j = i + if b < 0x80 { 1 } else { '…'.len_utf8() };
        // Closing marks that belong to the sentence.
        while j < to {
            let c = text[j..].chars().next().unwrap();
            if matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
                j += c.len_utf8();
            } else {
                break;
            }
        }
        let after = &text[j..to];
        let trimmed = after.trim_start_matches([' ', '\t']);
        let ws = after.len() - trimmed.len();
        let next = trimmed.chars().next();
        let starts_sentence = next.is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '«' | '('));
        if ws > 0 && starts_sentence && !(b == b'.' && is_abbreviation_before(text, from, i)) {
            out.push(j);
        }
        i = j;
    }
    out.push(to);
    out.dedup();
    out
}

/// Whether the dot at `dot` ends an abbreviation (a single capital "U.S.", "St.", a title).
fn is_abbreviation_before(text: &str, from: usize, dot: usize) -> bool {
    let before = &text[from..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()) {
        return true; // U.S, U.N, D.C
    }
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    super::names::is_abbreviated_given_name(word) || matches!(
        word,
        "Mr" | "Mrs" | "Ms" | "Dr" | "St" | "Gen" | "Col" | "Lt" | "Sgt" | "Capt" | "Rep" | "Sen" | "Gov" | "Prof"
            | "Jr" | "Sr" | "No" | "vs" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept"
            | "Oct" | "Nov" | "Dec" | "Adm" | "Maj" | "Brig" | "Mt" | "Ft" | "Inc" | "Co" | "Corp" | "Ltd" | "i.e"
            | "e.g"
    )
}

/// The index of the last element of the sorted `ends` that is `<= pos`, i.e. the sentence start.
pub fn sentence_bounds(ends: &[usize], region_start: usize, pos: usize) -> (usize, usize) {
    let idx = ends.partition_point(|&e| e <= pos);
    let start = if idx == 0 { region_start } else { ends[idx - 1] };
    let end = ends.get(idx).copied().unwrap_or(pos);
    (start, end.max(pos))
}

/// The largest char boundary `<= i`.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(t: &str) -> Vec<&str> {
        words(t, 0, t.len()).into_iter().map(|w| w.text(t)).collect()
    }

    #[test]
    fn words_keep_name_joiners_and_drop_possessives() {
        assert_eq!(ws("U.S. officials"), ["U.S.", "officials"]);
        assert_eq!(ws("RFE/RL’s Armenian Service"), ["RFE/RL", "s", "Armenian", "Service"]);
        assert_eq!(ws("Nagorno-Karabakh, News.am reports."), ["Nagorno-Karabakh", "News.am", "reports"]);
        assert_eq!(ws("Russia’s O'Neil"), ["Russia", "s", "O'Neil"]);
        assert_eq!(ws("end. Next"), ["end", "Next"]);
    }

    #[test]
    fn lines_have_offsets() {
        let t = "a\n\nbc\nd";
        let l = lines(t);
        assert_eq!(l.len(), 4);
        assert_eq!(l[2].text(t), "bc");
        assert_eq!(l[3].text(t), "d");
    }

    #[test]
    fn sentences_end_at_stops_but_not_abbreviations() {
        let t = "U.S. Assistant Secretary Karen Donfried denied it. She said “yes.” Then Mr. Smith and Md. Abdul Hamid left.";
        let ends = sentence_ends(t, 0, t.len());
        let parts: Vec<&str> = {
            let mut s = 0;
            ends.iter()
                .map(|&e| {
                    let p = t[s..e].trim();
                    s = e;
                    p
                })
                .collect()
        };
        assert_eq!(parts, ["U.S. Assistant Secretary Karen Donfried denied it.", "She said “yes.”", "Then Mr. Smith and Md. Abdul Hamid left."]);
    }
}
