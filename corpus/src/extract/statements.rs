//! Quotations of one statement across articles.
//!
//! Translations and re-reporting reword a statement ("I would like to allow myself to doubt the
//! sincerity …" / "I allow myself to doubt the sincerity …") and cut or join its sentences, so
//! exact matching fails. Two quotations are one statement when most of the content words of the
//! shorter one occur in the longer one (set containment), and groups are closed transitively
//! (union-find). Candidates come from an inverted index of content words, skipping words common
//! to many quotations, so the work grows with the number of quotations, not its square.

use rustc_hash::{FxHashMap, FxHashSet};

/// Words too common to show that two quotations are the same statement.
const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are",
    "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "we", "i", "you", "he", "she",
    "they", "our", "us", "my", "me", "his", "her", "their", "them", "will", "would", "can", "could", "should", "not",
    "no", "have", "has", "had", "do", "does", "did", "so", "if", "there", "which", "who", "what", "all", "also", "such",
    "than", "then", "very", "more", "any", "some", "into", "about",
];

static STOP_SET: std::sync::LazyLock<FxHashSet<&str>> = std::sync::LazyLock::new(|| STOP.iter().copied().collect());

/// The content words of a quotation, lower-cased, deduplicated, in a stable order.
fn content_words(s: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for_content_words(s, |w| words.push(w.to_string()));
    words.sort();
    words.dedup();
    words
}

/// Calls `f` with each content word of `s`, lower-cased (duplicates included). Words already in
/// lower-case ASCII, nearly all of them, are passed as they stand, without a copy.
fn for_content_words(s: &str, mut f: impl FnMut(&str)) {
    let mut lowered;
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let lower = if w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
            w
        } else {
            lowered = w.to_lowercase();
            lowered.as_str()
        };
        if !STOP_SET.contains(lower) && lower.chars().nth(1).is_some() {
            f(lower);
        }
    }
}

/// Shared content words over the smaller set's size; 1.0 when one contains the other.
pub fn containment(a: &str, b: &str) -> f64 {
    let (a, b) = (content_words(a), content_words(b));
    overlap(&a, &b)
}

/// Shared elements over the smaller set's size; both sorted and deduplicated.
fn overlap<T: Ord>(a: &[T], b: &[T]) -> f64 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    shared as f64 / small as f64
}

/// Minimum content words on both sides: fragments ("futile") are too short to identify a statement.
const MIN_WORDS: usize = 5;
const THRESHOLD: f64 = 0.6;
/// The most quotations a word may be in and still propose candidates. Without a fixed cap the
/// candidate lists grow with the corpus and grouping becomes quadratic (at 40,000 generated
/// articles it took more time than all the rest of the extraction).
const COMMON_CAP: usize = 200;

/// A statement id per quotation: `items` are (article, quotation text). Quotations of one
/// article are never grouped with each other directly, only through another article's.
pub fn group(items: &[(usize, &str)]) -> Vec<u32> {
    // Each distinct word gets a number once; quotations are compared as sets of numbers (the
    // grouping is by set overlap, so which number a word gets does not matter).
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let words: Vec<Vec<u32>> = items
        .iter()
        .map(|(_, t)| {
            let mut ws = Vec::new();
            for_content_words(t, |w| {
                let next = ids.len() as u32;
                ws.push(match ids.get(w) {
                    Some(&id) => id,
                    None => *ids.entry(w.to_string()).or_insert(next),
                });
            });
            ws.sort_unstable();
            ws.dedup();
            ws
        })
        .collect();
    let mut index: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for (i, ws) in words.iter().enumerate() {
        if ws.len() >= MIN_WORDS {
            for &w in ws {
                index[w as usize].push(i);
            }
        }
    }
    // Words in more than this many quotations say nothing about identity and would make the
    // candidate search quadratic.
    let common = 50.max(items.len() / 20).min(COMMON_CAP);
    let mut parent: Vec<usize> = (0..items.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    // Shared words per candidate, counted in a dense array (reset through `touched`): the
    // candidate lists of a large corpus run to hundreds, too many increments for a hash map.
    let mut counts: Vec<u32> = vec![0; items.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, ws) in words.iter().enumerate() {
        if ws.len() < MIN_WORDS {
            continue;
        }
        // Union-find keeps the smallest index as the root, so the groups do not depend on the
        // order in which candidates are tried.
        for &w in ws {
            let list = &index[w as usize];
            if list.len() > common {
                continue;
            }
            // Lists are in increasing order: the candidates after `i` are a suffix.
            for &j in &list[list.partition_point(|&j| j <= i)..] {
                if items[j].0 != items[i].0 {
                    if counts[j] == 0 {
                        touched.push(j);
                    }
                    counts[j] += 1;
                }
            }
        }
        for j in touched.drain(..) {
            let n = std::mem::take(&mut counts[j]);
            let small = ws.len().min(words[j].len());
            if n as f64 >= THRESHOLD * small as f64 && overlap(ws, &words[j]) >= THRESHOLD {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    // Number the groups densely, in order of first quotation.
    let mut numbers = FxHashMap::default();
    (0..items.len())
        .map(|i| {
            let r = root(&mut parent, i);
            let next = numbers.len() as u32;
            *numbers.entry(r).or_insert(next)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reworded_statements_group_and_others_do_not() {
        let a = "I would like to allow myself to doubt the sincerity of Karen Donfried’s statement,";
        let b = "I allow myself to doubt the sincerity of the statement by Karen Donfried [i.e., her title]. If they had considered it important, they would not have allowed it,";
        let c = "The situation would obviously have been much harder without the peacekeepers here,";
        let ids = group(&[(0, a), (1, b), (1, c)]);
        assert_eq!(ids[0], ids[1]);
        assert_ne!(ids[0], ids[2]);
        assert!(containment(a, b) >= THRESHOLD);
    }

    #[test]
    fn one_articles_quotes_stay_apart_and_fragments_alone() {
        let a = "We will continue to support the peace process in the region,";
        let ids = group(&[(0, a), (0, a), (1, "futile"), (2, "futile")]);
        assert_ne!(ids[0], ids[1]);
        assert_ne!(ids[2], ids[3]);
    }
}
