//! Direct quotations: pairing quotation marks, and telling speech from scare quotes and titles.
//!
//! Curly marks say which way they face; straight `"` marks are read from their neighbours (a
//! mark after a space opens, one before a space or punctuation closes). News runs a quotation
//! over several paragraphs by opening each paragraph again without closing the previous one, so
//! an opening mark at the start of a paragraph continues an open quotation. Any other opening
//! mark while one is open means the first was never closed: it is cut at the end of its line
//! (and a warning says so), so one stray mark never swallows the rest of the article.
//!
//! Single quotes (‘ ’, and straight ' in British-style prose) are quotations in headline style
//! and in some outlets' prose; they are read only outside double quotes and within a line,
//! because ’ and ' are also the apostrophe.

use super::gazetteer;
use super::text;
use crate::model::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A pair of quotation marks and what lies between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marked {
    /// The text between the marks.
    pub inner: Span,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark (or the end of the line if there was none).
    pub close_end: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Facing {
    Open,
    Close,
    Either,
}

fn double_mark(text: &str, i: usize, c: char) -> Option<Facing> {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    let prev_space = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | ':'));
    let next_space = next.is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | ')' | ']' | '?' | '!' | '—' | '–'));
    match c {
        '“' | '„' | '«' => Some(Facing::Open),
        // Finnish and Swedish open with the closing mark too (”Näin on.”): before a word, after
        // a space, it opens.
        '”' if prev_space && !next_space => Some(Facing::Open),
        '”' | '»' => Some(Facing::Close),
        '"' => match (prev_space, next_space) {
            (true, false) => Some(Facing::Open),
            (false, true) => Some(Facing::Close),
            (true, true) => None,
            (false, false) => Some(Facing::Either),
        },
        _ => None,
    }
}

fn line_end(text: &str, from: usize, limit: usize) -> usize {
    text[from..limit].find('\n').map(|i| from + i).unwrap_or(limit)
}

fn at_paragraph_start(text: &str, i: usize, from: usize) -> bool {
    let before = text[from..i].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}

/// All quotation-mark pairs in `text[from..to]`, in order. Unbalanced marks add a warning.
pub fn find_marked(text: &str, from: usize, to: usize, warnings: &mut Vec<String>) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    // Every double mark starts with one of these bytes: '"', '“' '”' '„' (0xE2 …), '«' '»' (0xC2 …).
    for (i, c) in text::chars_led_by(text, from, to, [b'"', 0xE2, 0xC2]) {
        let Some(mut facing) = double_mark(text, i, c) else { continue };
        // German marks open low („) and close with “, the mark that opens an English quotation.
        if c == '“' && open.is_some_and(|o| text[o..].starts_with('„')) {
            facing = Facing::Close;
        }
        let after = i + c.len_utf8();
        match (open, facing) {
            (None, Facing::Open | Facing::Either) => open = Some(i),
            (None, Facing::Close) => warnings.push(format!("a closing quotation mark at byte {i} has no opening mark")),
            (Some(o), Facing::Close | Facing::Either) => {
                let o_len = text[o..].chars().next().map_or(1, char::len_utf8);
                out.push(Marked { inner: Span::new(o + o_len, i), open: o, close_end: after });
                open = None;
            }
            (Some(o), Facing::Open) => {
                if at_paragraph_start(text, i, from) && text[o..i].contains('\n') {
                    continue; // the next paragraph of the same quotation
                }
                cut_unclosed(text, o, i, warnings, &mut out);
                open = Some(i);
            }
        }
    }
    if let Some(o) = open {
        cut_unclosed(text, o, to, warnings, &mut out);
    }
    out.retain(|m| !nested_in_single(text, m));
    single_quotes(text, from, to, &mut out);
    out.sort_by_key(|m| m.open);
    split_incises(text, out)
}

/// The attribution a translated page leaves inside the marks, as French and Spanish write it:
/// « I have been on my knees for thirty-eight years, she said. Two more is too many. ». A pronoun
/// or a name and a speech verb between commas, or a comma and a full stop, part the quotation in
/// two; the words between are the attribution, outside both parts.
fn split_incises(text: &str, marked: Vec<Marked>) -> Vec<Marked> {
    static INCISE: LazyLock<Regex> = LazyLock::new(|| {
        let verb = "said|says|added|adds|explained|explains|continued|continues|insisted|insists|stressed|stresses|went on";
        let name = r"\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}";
        Regex::new(&format!(r",\s(?:(?:he|she|they|we)\s(?:{verb})|(?:said|says|added|adds)\s{name}|{name}\s(?:{verb}))[.,]\s+")).expect("incise")
    });
    // Only between words said: some before the attribution, some after it.
    let words = |s: &str| s.chars().any(char::is_alphanumeric);
    let mut out = Vec::with_capacity(marked.len());
    for mut m in marked {
        while let Some(found) = INCISE.find(&text[m.inner.range()]).filter(|f| {
            let inner = &text[m.inner.range()];
            words(&inner[..f.start()]) && words(&inner[f.end()..])
        }) {
            let start = m.inner.start as usize;
            let comma_end = start + found.start() + 1;
            let resume = start + found.end();
            out.push(Marked { inner: Span::new(start, comma_end), open: m.open, close_end: comma_end });
            m = Marked { inner: Span::new(resume, m.inner.end as usize), open: resume, close_end: m.close_end };
        }
        out.push(m);
    }
    out
}

/// An opening mark never closed: the quotation runs to the end of its line (or to `to`, where
/// the next quotation opens).
fn cut_unclosed(text: &str, o: usize, to: usize, warnings: &mut Vec<String>, out: &mut Vec<Marked>) {
    let o_len = text[o..].chars().next().map_or(1, char::len_utf8);
    let end = line_end(text, o + o_len, to);
    warnings.push(format!("the quotation mark at byte {o} is never closed; the quotation is cut at the end of its line"));
    if text[o + o_len..end].split_whitespace().count() >= 1 {
        let inner_end = o + o_len + text[o + o_len..end].trim_end().len();
        out.push(Marked { inner: Span::new(o + o_len, inner_end), open: o, close_end: end });
    }
}

/// Whether a double quotation sits inside a ‘…’ quotation on its line, as in British prose that
/// quotes speech in single marks: ‘The same people tell us, “This time it’s real.” Nobody
/// believes them.’ It is then part of the outer quotation, not one of its own. Only curly marks
/// are read (a straight ' is too often an apostrophe), and only a few hundred bytes either side.
fn nested_in_single(text: &str, m: &Marked) -> bool {
    let line_start = text[..m.open].rfind('\n').map_or(0, |k| k + 1).max(text::floor_boundary(text, m.open.saturating_sub(400)));
    let before = &text[line_start..m.open];
    let Some(o) = before.rfind('‘') else { return false };
    let facing = |i: usize, c: char| {
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        single_mark(text, i, c, prev, next, text.len())
    };
    // The ‘ opens, and nothing closes it before the double quotation.
    if !facing(line_start + o, '‘').0 || before[o..].char_indices().any(|(k, c)| c == '’' && facing(line_start + o + k, c).1) {
        return false;
    }
    let end = text::floor_boundary(text, (m.close_end + 400).min(text.len()));
    let after = &text[m.close_end..end];
    let after = &after[..after.find('\n').unwrap_or(after.len())];
    for (k, c) in after.char_indices().filter(|&(_, c)| c == '‘' || c == '’') {
        let (opens, closes) = facing(m.close_end + k, c);
        if c == '’' && closes {
            return true;
        }
        if c == '‘' && opens {
            return false;
        }
    }
    false
}

/// ‘…’ pairs within one line and outside double quotes.
fn single_quotes(text: &str, from: usize, to: usize, out: &mut Vec<Marked>) {
    // The double quotations are sorted and disjoint; walk them alongside the characters.
    let doubles: Vec<(usize, usize)> = out.iter().map(|m| (m.open, m.close_end)).collect();
    let mut d = 0;
    let mut open: Option<usize> = None;
    // Only line breaks and the marks ' ‘ ’ (0xE2 …) act; every character inside a double
    // quotation also closes an open single quote, which the passing below accounts for.
    for (i, c) in text::chars_led_by(text, from, to, [b'\n', b'\'', 0xE2]) {
        if c == '\n' {
            open = None;
            continue;
        }
        while d < doubles.len() && doubles[d].1 <= i {
            // A double quotation lying wholly between the open mark and here: its characters
            // reset the open mark (it cannot contain the open mark, which is outside doubles).
            if open.is_some_and(|o| doubles[d].0 > o) {
                open = None;
            }
            d += 1;
        }
        if d < doubles.len() && doubles[d].0 <= i {
            open = None;
            continue;
        }
        if !matches!(c, '\'' | '‘' | '’') {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        // A straight ' opens or closes by its neighbours, like the curly marks; inside a word
        // ("don't", "O'Brien") it is neither.
        let (opens, closes) = single_mark(text, i, c, prev, next, to);
        if closes && open.is_some() {
            let o = open.take().unwrap_or_default();
            let o_len = text[o..].chars().next().map_or(1, char::len_utf8);
            out.push(Marked { inner: Span::new(o + o_len, i), open: o, close_end: i + c.len_utf8() });
        } else if opens {
            open = Some(i);
        }
    }
}

/// Whether a single mark at `i` can open and close a quotation, by its neighbours `prev` and
/// `next`, like the curly marks; inside a word ("don't", "O'Brien") it is neither. Before a digit
/// it elides a century ("the '90s"). After a plural in -s and before a lower-case word it is a
/// possessive ("the workers' rights") when a later mark on the line can close the quotation.
fn single_mark(text: &str, i: usize, c: char, prev: Option<char>, next: Option<char>, to: usize) -> (bool, bool) {
    let opens = (c == '‘' || c == '\'') && prev.is_none_or(|p| !p.is_alphanumeric()) && next.is_some_and(|n| n.is_alphabetic());
    let mut closes = (c == '’' || c == '\'') && next.is_none_or(|n| !n.is_alphanumeric()) && prev.is_some_and(|p| !p.is_whitespace());
    if closes && matches!(prev, Some('s' | 'S')) {
        let after = &text[i + c.len_utf8()..to];
        let line = &after[..after.find('\n').unwrap_or(after.len())];
        if line.strip_prefix(' ').is_some_and(|r| r.starts_with(|n: char| n.is_lowercase())) {
            closes = !later_close(line);
        }
    }
    (opens, closes)
}

/// Whether `line` holds a mark that closes a single quotation and is no possessive, before any
/// mark that opens one.
fn later_close(line: &str) -> bool {
    for (k, c) in line.char_indices().filter(|(_, c)| matches!(c, '\'' | '‘' | '’')) {
        let prev = line[..k].chars().next_back();
        let rest = &line[k + c.len_utf8()..];
        let next = rest.chars().next();
        if (c == '‘' || c == '\'') && prev.is_none_or(|p| !p.is_alphanumeric()) && next.is_some_and(|n| n.is_alphabetic()) {
            return false;
        }
        let closes = (c == '’' || c == '\'') && next.is_none_or(|n| !n.is_alphanumeric()) && prev.is_some_and(|p| !p.is_whitespace());
        let possessive = matches!(prev, Some('s' | 'S')) && rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|n: char| n.is_lowercase()));
        if closes && !possessive {
            return true;
        }
    }
    false
}

/// Words in front of a quotation that make it a name or a term rather than speech.
const NAMING: &[&str] = &[
    "called", "dubbed", "so-called", "titled", "entitled", "named", "known as", "term", "word", "words", "slogan",
    "headlined", "nicknamed", "labelled", "labeled", "branded", "phrase", "hashtag", "operation", "campaign",
    "project", "program", "programme", "book", "film", "song", "series", "newspaper", "magazine", "the so-called",
    "coined", "call", "calls", "termed", "terms", "dubs", "described as", "referred to as", "so called",
];

/// Whether a quotation after a naming verb is what someone called a thing, in words of their own:
/// `a move Beijing called “naked protectionism”`, `what she called “a betrayal”`. The verb has a
/// name or a pronoun right before it for subject, and the quotation is more than one word; a
/// lower-case noun there (`a tax called “Fair Share”`, `the so-called “peace plan”`) names the
/// thing instead.
fn characterised_by_someone(text: &str, m: &Marked, sentence: (usize, usize), words: &[&str]) -> bool {
    let before = &text[sentence.0.min(m.open)..m.open];
    // Past an article before the quotation: "what she called a “cruel delay”".
    let mut ws = before.split_whitespace().rev().skip_while(|w| matches!(*w, "a" | "an" | "the")).peekable();
    let (Some(verb), Some(subject)) = (ws.next(), ws.next()) else {
        return false;
    };
    let named_subject = subject.chars().next().is_some_and(char::is_uppercase)
        && subject.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        && !gazetteer::SENTENCE_WORDS.contains(subject)
        && ws.next().is_some();
    let pronoun = matches!(subject, "he" | "she" | "they" | "it" | "He" | "She" | "They" | "It");
    words.len() >= 2 && matches!(verb, "called" | "calls" | "call" | "dubbed" | "branded" | "labelled" | "labeled" | "termed") && (named_subject || pronoun)
}

/// Words a title leaves in lower case ("Salt and Iron", "The Lord of the Rings").
const TITLE_SMALL_WORDS: &[&str] = &["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from"];

/// A title in quotation marks ("The Glass Orchard," a satire …): two to eight words in Title Case,
/// with at most the comma that American style puts inside the marks, and no speech verb after.
fn is_title(text: &str, m: &Marked, inner: &str, words: &[&str]) -> bool {
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let title_case = words.first().is_some_and(capitalised) && words.iter().all(|w| capitalised(w) || TITLE_SMALL_WORDS.contains(w));
    if !(title_case && (2..=8).contains(&words.len())) || inner.ends_with(['.', '!', '?', '…']) {
        return false;
    }
    if !inner.ends_with(',') {
        return true;
    }
    let after = &text[m.close_end..text::floor_boundary(text, m.close_end + 40)];
    !text::words(after, 0, after.len()).iter().take(3).any(|w| gazetteer::is_speech_verb(w.text(after)))
}

/// Whether a marked span is a quotation of someone's words. `sentence` is the stretch of text of
/// the sentence around it.
pub fn is_speech(text: &str, m: &Marked, sentence: (usize, usize)) -> bool {
    let inner = text[m.inner.range()].trim();
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.is_empty() || !inner.chars().any(char::is_alphabetic) {
        return false;
    }
    let before = text[sentence.0.min(m.open)..m.open].trim_end().to_lowercase();
    let article_dropped = [" a", " the"].iter().find_map(|a| before.strip_suffix(a));
    // Whole words: "recalls" does not end in the naming "calls".
    let ends_with_word = |b: &str, n: &str| b.strip_suffix(n).is_some_and(|r| !r.ends_with(char::is_alphabetic));
    let named = NAMING.iter().any(|n| ends_with_word(&before, n) || article_dropped.is_some_and(|b| ends_with_word(b, n)));
    if named && !characterised_by_someone(text, m, sentence, &words) {
        return false;
    }
    // One word between a possessive or a determiner and the noun it qualifies is a term: the
    // Commission's “anti-subsidy” investigation, its “temporary” camp.
    if words.len() == 1 && !inner.ends_with(['.', ',', '!', '?', '…']) {
        let last_before = text[sentence.0.min(m.open)..m.open].split_whitespace().next_back().unwrap_or("");
        let qualifier = last_before.ends_with("’s") || last_before.ends_with("'s") || matches!(last_before, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our");
        let noun_after = text[m.close_end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase));
        if qualifier && noun_after {
            return false;
        }
    }
    if is_title(text, m, inner, &words) {
        return false;
    }
    // Markup and code ("steal()", "x=1") are not words anyone said.
    if inner.contains(['(', ')', '=', '<', '>', '{', '}', ';', '/', '\\']) && words.len() < 4 {
        return false;
    }
    let punctuated = inner.ends_with(['.', ',', '!', '?', '…']) || inner.ends_with("...");
    if words.len() >= 4 || (punctuated && words.len() >= 2) {
        return true;
    }
    // One word inside a sentence with nothing of speech about it: a scare quote or a term.
    // Capitalised in mid-sentence, it is a name ("the “Wagner” group", a “Yes” vote).
    let one_word = words.len() == 1 && !punctuated;
    let mid_sentence = text[..m.open].trim_end().ends_with(|c: char| c.is_lowercase() || c == ',');
    if one_word && mid_sentence && inner.starts_with(char::is_uppercase) {
        return false;
    }
    // A fragment counts as quoted speech when the sentence reports speech: a speech verb before
    // it ("She said that … “very important format”") or right after it ("“futile,” he said").
    // A participle in the passive describes words, it does not report them: "the sentence,
    // repeated by residents, is painted on a sheet: “…”".
    let is_verb = |t: &str, w: &text::Word| {
        let v = w.text(t);
        gazetteer::is_speech_verb(v) && v.chars().all(char::is_lowercase) && !t[w.end..].starts_with(" by ")
    };
    // At most a few hundred bytes back: a sentence is rarely longer, and unpunctuated text must
    // not make this quadratic.
    let window = text::floor_boundary(text, m.open.saturating_sub(400)).max(sentence.0.min(m.open));
    let before = &text[window..m.open];
    let before_words = text::words(before, 0, before.len());
    // A single word is the speaker's only when the verb governs it within its clause ("saying
    // that “futile” criticism"), not across a comma ("they said, and the “temporary” camp …").
    if let Some(v) = before_words.iter().rposition(|w| is_verb(before, w)) {
        if !one_word || !before[before_words[v].end..].contains([',', ';', '(', ')', '—', '–']) {
            return true;
        }
    }
    if before.to_lowercase().contains("according to") {
        return true;
    }
    // "… was “very disappointed” not to finish, according to the team manager.": the source
    // named later in the sentence.
    let sentence_rest = &text[m.close_end..text::floor_boundary(text, (m.close_end + 200).min(sentence.1.max(m.close_end)))];
    if sentence_rest.contains(", according to ") {
        return true;
    }
    let after_end = text::floor_boundary(text, (m.close_end + 60).min(sentence.1.max(m.close_end)));
    let after = &text[m.close_end..after_end];
    let after_words = text::words(after, 0, after.len());
    let attached = inner.ends_with([',', '.', '!', '?']) || after.trim_start().starts_with(',');
    attached && after_words.iter().take(3).any(|w| is_verb(after, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<&str> {
        let mut w = vec![];
        find_marked(t, 0, t.len(), &mut w).into_iter().map(|m| &t[m.inner.range()]).collect()
    }

    #[test]
    fn an_attribution_left_inside_the_marks_parts_the_quotation() {
        let t = "She walked. « I have been on my knees for thirty-eight years, she said. Two more is too many. »";
        let trimmed: Vec<&str> = quotes(t).into_iter().map(str::trim).collect();
        assert_eq!(trimmed, ["I have been on my knees for thirty-eight years,", "Two more is too many."]);
        let t = "“We are ready, said Mr Dupont, to talk to anyone.”";
        assert_eq!(quotes(t), ["We are ready,", "to talk to anyone."]);
        // A name or a verb alone is no attribution; neither is speech the speaker reports.
        let t = "“Paris, London and Rome said no. We will go on,” he said.";
        assert_eq!(quotes(t), ["Paris, London and Rome said no. We will go on,"]);
        // What goes on after the attribution may start with any character (a property test's find).
        assert_eq!(quotes("Leave a Reply\"\u{200b}, she said, …"), ["\u{200b}, she said, …"]);
        assert_eq!(quotes("Leave a Reply\"Ja, she said, …é"), ["Ja,", "…é"]);
        assert_eq!(quotes("“Yes, she said, ”"), ["Yes, she said, "]);
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(quotes("“A b,” she said. “C d.”"), ["A b,", "C d."]);
        assert_eq!(quotes(r#"He said: "We go." Then "it" ended."#), ["We go.", "it"]);
    }

    #[test]
    fn a_double_quotation_inside_a_single_one_is_part_of_it() {
        let t = "‘Every time, they tell us, “This time it’s real.” Nobody believes them,’ said Campbell. He said “no”.";
        assert_eq!(quotes(t), ["Every time, they tell us, “This time it’s real.” Nobody believes them,", "no"]);
        // A single quotation closed before the double one leaves it alone.
        assert_eq!(quotes("The ‘deal’ was, she said, “dead”."), ["deal", "dead"]);
    }

    #[test]
    fn german_marks_close_with_the_english_opening_mark() {
        assert_eq!(quotes("„Ohne Deckel“, sagte sie. „Das ist kein Markt.“ Dann „x“."), ["Ohne Deckel", "Das ist kein Markt.", "x"]);
        assert_eq!(quotes("„A“ and “B”"), ["A", "B"]);
    }

    #[test]
    fn finnish_and_swedish_marks_open_with_the_closing_mark() {
        assert_eq!(quotes("”Maa ei ole tyhjä”, hän sanoi. ”Porot ovat täällä.”\n\nHe said ”enough” twice."), ["Maa ei ole tyhjä", "Porot ovat täällä.", "enough"]);
        // An English closing mark after a word still closes.
        assert_eq!(quotes("“It is over,” she said."), ["It is over,"]);
    }

    #[test]
    fn paragraphs_reopened_continue_one_quotation() {
        let t = "“First para.\n\n“Second para,” he said.";
        assert_eq!(quotes(t), ["First para.\n\n“Second para,"]);
        let t = "\"One (…).\nTwo.\nThree,\" Rudenko said.";
        assert_eq!(quotes(t), ["One (…).\nTwo.\nThree,"]);
    }

    #[test]
    fn an_unclosed_mark_stops_at_its_line() {
        let mut w = vec![];
        let t = "He said “this never closes\nNext paragraph is plain.\nAnd “another” one.";
        let q: Vec<_> = find_marked(t, 0, t.len(), &mut w).into_iter().map(|m| &t[m.inner.range()]).collect();
        assert_eq!(q, ["this never closes", "another"]);
        assert_eq!(w.len(), 1);
    }

    /// The single-quote pass as first written, reading every character: the reference for the
    /// one that only visits marks and line breaks.
    fn single_quotes_every_char(text: &str, from: usize, to: usize, out: &mut Vec<Marked>) {
        let doubles: Vec<(usize, usize)> = out.iter().map(|m| (m.open, m.close_end)).collect();
        let mut d = 0;
        let mut open: Option<usize> = None;
        for (off, c) in text[from..to].char_indices() {
            let i = from + off;
            if c == '\n' {
                open = None;
                continue;
            }
            while d < doubles.len() && doubles[d].1 <= i {
                d += 1;
            }
            if d < doubles.len() && doubles[d].0 <= i {
                open = None;
                continue;
            }
            let prev = text[..i].chars().next_back();
            let next = text[i + c.len_utf8()..].chars().next();
            let (opens, closes) = single_mark(text, i, c, prev, next, to);
            if closes && open.is_some() {
                let o = open.take().unwrap_or_default();
                let o_len = text[o..].chars().next().map_or(1, char::len_utf8);
                out.push(Marked { inner: Span::new(o + o_len, i), open: o, close_end: i + c.len_utf8() });
            } else if opens {
                open = Some(i);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn single_quotes_match_the_reference(parts in proptest::collection::vec(
            proptest::sample::select(vec!["a", "B", " ", "'", "‘", "’", "“", "”", "\"", "\n", "é", ",", "x y"]), 0..40)) {
            let t: String = parts.concat();
            let mut w = vec![];
            let mut doubles = find_marked(&t, 0, t.len(), &mut w);
            doubles.retain(|m| !matches!(t[m.open..].chars().next(), Some('‘' | '’' | '\'')));
            let (mut a, mut b) = (doubles.clone(), doubles);
            single_quotes(&t, 0, t.len(), &mut a);
            single_quotes_every_char(&t, 0, t.len(), &mut b);
            proptest::prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn single_quotes_skip_apostrophes() {
        assert_eq!(quotes("Russia says ‘public attacks’ on Moscow’s troops ‘unacceptable’"), ["public attacks", "unacceptable"]);
        assert_eq!(quotes("'We don't want it,' said O'Brien. The drivers' union said 'no'."), ["We don't want it,", "no"]);
        assert_eq!(quotes("'The workers' rights are at stake,' he said."), ["The workers' rights are at stake,"]);
        assert_eq!(quotes("In the '90s the drivers' union won. The 'Armenians' claims"), ["Armenians"]);
    }

    #[test]
    fn scare_quotes_and_titles_are_not_speech() {
        let check = |t: &str| {
            let mut w = vec![];
            let m = find_marked(t, 0, t.len(), &mut w)[0];
            is_speech(t, &m, (0, t.len()))
        };
        assert!(!check("NATO and EU build a “Drone Wall” in the east."));
        assert!(!check("the so-called “peace plan” was shelved."));
        assert!(!check("It is a “special” relationship."));
        assert!(check("She said it remains a “very important format” for talks."));
        assert!(check("“We will not go back to that,” he said."));
        // The source named at the sentence's end.
        assert!(check("He was “very disappointed” not to finish the job, according to the team manager."));
        assert!(!check("He was “very disappointed” not to finish the job."));
        // A verb of repeating reports words; its passive participle only describes them.
        assert!(check("The bank repeated that the rate was “set by market forces,” as it has since March."));
        assert!(!check("The slogan, repeated by the crowd, hangs on a sheet at the gate: “No more floods”."));
    }
}
