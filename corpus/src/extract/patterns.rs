//! Leftmost-longest search for the few literal patterns of one article (its actors' aliases).
//!
//! An article has tens of aliases and is searched once, so building an automaton (Aho-Corasick)
//! costs more than the search itself. Here the patterns are only sorted by first byte and, within
//! one first byte, longest first; the scan tries them at every position whose byte starts one.
//! The matches are exactly those of a leftmost-longest, non-overlapping automaton: at the leftmost
//! position where any pattern matches, the longest one; the search goes on after it.

/// Patterns ready to search, borrowed from the caller.
pub struct Patterns<'p> {
    /// Pattern indices sorted by (first byte, length descending).
    order: Vec<u32>,
    /// `order[starts[b]..starts[b + 1]]` are the patterns starting with byte `b`.
    starts: [u32; 257],
    patterns: &'p [&'p str],
}

impl<'p> Patterns<'p> {
    /// `patterns` must be non-empty strings.
    pub fn new(patterns: &'p [&'p str]) -> Self {
        let mut order: Vec<u32> = (0..patterns.len() as u32).collect();
        order.sort_by_key(|&i| {
            let p = patterns[i as usize];
            (p.as_bytes()[0], std::cmp::Reverse(p.len()))
        });
        let mut starts = [0u32; 257];
        for p in patterns {
            starts[p.as_bytes()[0] as usize + 1] += 1;
        }
        for b in 0..256 {
            starts[b + 1] += starts[b];
        }
        Patterns { order, starts, patterns }
    }

    /// Calls `found(pattern, start, end)` for every match in `hay`, left to right.
    pub fn for_each_match(&self, hay: &str, mut found: impl FnMut(usize, usize, usize)) {
        let bytes = hay.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            let b = bytes[pos] as usize;
            let (lo, hi) = (self.starts[b] as usize, self.starts[b + 1] as usize);
            // Longest first, so the first pattern that matches here is the longest one.
            let hit = self.order[lo..hi].iter().map(|&i| i as usize).find(|&i| bytes[pos..].starts_with(self.patterns[i].as_bytes()));
            match hit {
                Some(i) => {
                    let end = pos + self.patterns[i].len();
                    found(i, pos, end);
                    pos = end;
                }
                None => pos += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pats: &[&str], hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = vec![];
        Patterns::new(pats).for_each_match(hay, |i, s, e| out.push((i, s, e)));
        out
    }

    #[test]
    fn leftmost_longest_non_overlapping_like_an_automaton() {
        let pats = ["Maria", "Maria Zakharova", "Zakharova", "aria Z", "ova said"];
        let hay = "Maria Zakharova said. Zakharova said. Maria.";
        let ac = aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostLongest).build(pats).unwrap();
        let expected: Vec<_> = ac.find_iter(hay).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
        assert_eq!(matches(&pats, hay), expected);
        assert_eq!(matches(&pats, hay)[0], (1, 0, 15));
    }
}
