//! Text saved with hard line breaks: a browser's "Save as text" and text-mode browsers wrap
//! paragraphs at 72–80 columns. Every stage reads a line as a unit (a headline, a byline, a
//! paragraph), so the breaks inside paragraphs are made spaces before they run, byte for byte
//! ("\n" → " ", "\r\n" → a no-break space), and every offset still points into the text as saved.
//!
//! A break is a wrap when the next line's first word would not have fitted on the line before
//! it: the signature of greedy wrapping at the file's width. A text is hard-wrapped when many of
//! its breaks are; a menu ("News" over "Sport") or a short last line of a paragraph never is,
//! nor a sentence's end over a short line (a heading, in a file without blank lines). The width
//! is the one most breaks fit, not the longest line (a headline is often wider). Once a text is
//! known to be wrapped, a nearly full line that stops mid-sentence goes on too: not every tool
//! wraps greedily.

/// Fewer wrapped breaks than this, or than one in ten lines with text (a page's menus are many
/// short lines): not a wrapped text.
const MIN_WRAPS: usize = 5;
/// Wrapping narrower or wider than this is not what tools that wrap produce.
const WIDTHS: std::ops::RangeInclusive<usize> = 40..=110;

/// `text` with the line breaks inside its paragraphs made spaces, and the width it was wrapped
/// at; `None` when it is not hard-wrapped.
pub fn soften(text: &str) -> Option<(String, usize)> {
    // Most texts put a paragraph on a line: more lines wider than any wrapping than the width
    // below allows say so after a few lines (only a line of more bytes than that may be wider).
    let wide = *WIDTHS.end();
    let allowed = memchr::memchr_iter(b'\n', text.as_bytes()).count() / 50 + 2;
    if text.split('\n').filter(|l| l.len() > wide && l.chars().nth(wide).is_some()).nth(allowed).is_some() {
        return None;
    }
    // (start of the line, its length in characters without a '\r', whether it ends in "\r\n").
    let mut lines: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let crlf = line.ends_with("\r\n");
        let body = line.trim_end_matches(['\n', '\r']);
        lines.push((start, body.chars().count(), crlf));
        start += line.len();
    }
    let first_word = |&(s, n, _): &(usize, usize, bool)| text[s..].chars().take(n).take_while(|c| !c.is_whitespace()).count();
    let with_text: Vec<bool> = lines.iter().map(|&(s, n, _)| text[s..].chars().take(n).any(|c| !c.is_whitespace())).collect();
    // The width it was wrapped at: the one that the most breaks between two lines of text fit,
    // a line at most that long whose next word would have made it longer. The longest lines do
    // not set it: a headline or a menu is often wider than the paragraphs.
    let mut fits = [0usize; *WIDTHS.end() + 2];
    for k in 0..lines.len().saturating_sub(1) {
        if with_text[k] && with_text[k + 1] {
            let (n, next) = (lines[k].1, first_word(&lines[k + 1]));
            let (from, to) = (n.max(*WIDTHS.start()), (n + next).min(*WIDTHS.end()));
            for count in fits.iter_mut().take(to + 1).skip(from) {
                *count += 1;
            }
        }
    }
    let width = (0..fits.len()).rev().max_by_key(|&w| fits[w]).filter(|&w| fits[w] > 0)?;
    // A sentence that ends at a break, with a short line after it that opens with a capital, is
    // a paragraph's end and a heading where the file has no blank lines ("… Zakharova added." over
    // "Latest news"), not a wrap.
    // The last mark before any closing quotation marks: `added.”` ends, `process,”` goes on.
    let last_mark = |k: usize| {
        let (s, n, _) = lines[k];
        text[s..].chars().take(n).filter(|c| !c.is_whitespace() && !matches!(c, '"' | '”' | '’' | '»' | ')')).last()
    };
    let ends_sentence = |k: usize| last_mark(k).is_some_and(|c| matches!(c, '.' | '!' | '?' | ':'));
    let sentence_break = |k: usize| {
        let next = text[lines[k + 1].0..].chars().find(|c| !c.is_whitespace());
        ends_sentence(k) && next.is_some_and(char::is_uppercase) && lines[k + 1].1 * 2 < width
    };
    // A menu or a breadcrumb ("Portada · España · Canarias", "Inicio > English > Spain") is no
    // paragraph, however long: its break is no wrap.
    let navigation: Vec<bool> = lines
        .iter()
        .map(|&(s, n, _)| {
            let line = &text[s..s + text[s..].chars().take(n).map(char::len_utf8).sum::<usize>()];
            [" · ", " | ", " > ", " » ", " • "].iter().map(|sep| line.matches(sep).count()).sum::<usize>() >= 2
        })
        .collect();
    let joined = |k: usize| with_text[k] && with_text[k + 1] && !navigation[k] && !navigation[k + 1];
    let mut wraps: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&k| joined(k) && lines[k].1 + 1 + first_word(&lines[k + 1]) > width && !sentence_break(k))
        .collect();
    let lines_with_text = with_text.iter().filter(|&&t| t).count();
    if wraps.len() < MIN_WRAPS || wraps.len() * 10 < lines_with_text {
        return None;
    }
    // Not every tool wraps greedily: some break early, before a name or after a clause (`…, the
    // Minister for Finance,` over `Kwabena Asante-Darko, said …`). In a text that is wrapped, a
    // nearly full line that stops mid-sentence goes on, when it ends on a comma or continues a
    // wrapped paragraph; a headline ends on neither.
    // Full means near the typical wrapped line, not the width: a wider menu may set the width.
    let mut wrapped_lengths: Vec<usize> = wraps.iter().map(|&k| lines[k].1).collect();
    wrapped_lengths.sort_unstable();
    let typical = wrapped_lengths[wrapped_lengths.len() / 2];
    let mut k = 0;
    while k + 1 < lines.len() {
        let full = lines[k].1 * 5 >= typical * 4;
        let inside = last_mark(k) == Some(',') || (k > 0 && wraps.binary_search(&(k - 1)).is_ok());
        if let Err(at) = wraps.binary_search(&k) {
            if joined(k) && full && !ends_sentence(k) && inside {
                wraps.insert(at, k);
            }
        }
        k += 1;
    }
    let mut bytes = text.as_bytes().to_vec();
    for k in wraps {
        let (next_start, crlf) = (lines[k + 1].0, lines[k].2);
        if crlf {
            // Two bytes for two bytes: a space that joins words like a space (`text::is_one_space`).
            bytes[next_start - 2..next_start].copy_from_slice("\u{a0}".as_bytes());
        } else {
            bytes[next_start - 1] = b' ';
        }
    }
    // Only ASCII line breaks were replaced, by a space or by a whole character.
    Some((String::from_utf8(bytes).expect("replacing line breaks keeps UTF-8"), width))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARAGRAPH: &str = "Russia's Foreign Minister Sergei Lavrov on Friday claimed that France and the United States have refused to cooperate with Russia as a co-chair of the OSCE Minsk Group, which was set up in 1992 to mediate the conflict. ";

    fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        for para in text.split("\n\n") {
            let mut line = String::new();
            for word in para.split_whitespace() {
                if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            out.push_str(&line);
            out.push_str("\n\n");
        }
        out
    }

    #[test]
    fn wrapped_paragraphs_become_lines_again_at_the_same_offsets() {
        let original = format!("Lavrov Claims U.S., France Have Abandoned Russia\n\nBy Asbarez\n\n{}\n\n{}", PARAGRAPH.repeat(2), PARAGRAPH);
        let wrapped = wrap(&original, 72);
        let (soft, width) = soften(&wrapped).expect("wrapped at 72");
        assert!(width <= 72, "{width}");
        assert_eq!(soft.len(), wrapped.len(), "offsets unchanged");
        let paragraphs: Vec<&str> = soft.split("\n\n").filter(|p| !p.is_empty()).collect();
        assert_eq!(paragraphs.len(), 4, "{soft}");
        assert!(paragraphs.iter().all(|p| !p.contains('\n')), "{soft}");
        assert!(soft.contains("Sergei Lavrov"));
    }

    #[test]
    fn crlf_breaks_become_a_no_break_space() {
        let wrapped = wrap(&PARAGRAPH.repeat(3), 60).replace('\n', "\r\n");
        let (soft, _) = soften(&wrapped).expect("wrapped at 60");
        assert_eq!(soft.len(), wrapped.len());
        assert!(soft.contains('\u{a0}') && !soft.trim_end().contains("\r\n"));
    }

    #[test]
    fn a_sentence_over_a_short_heading_is_a_paragraph_end() {
        // Without blank lines: the paragraph's last line is full by chance, the heading short.
        let story = wrap(&PARAGRAPH.repeat(4), 72);
        let full = "statements of the leaders of the three countries,\" Zakharova added.";
        let text = format!("{story}{full}\nLatest news\nSerbia’s European Integration: Prospects and Obstacles\n");
        let (soft, width) = soften(&text).expect("wrapped");
        assert!(full.chars().count() + 1 + "Latest".len() > width, "the heading's first word would not have fitted");
        assert!(soft.contains("added.\nLatest news\n"), "{soft}");
        // A quotation going on to its attribution is joined: `process,”` ends no sentence.
        let text = format!("{story}“We will continue to provide close assistance to this peace process,”\nZakharova stressed.\n");
        let (soft, _) = soften(&text).expect("wrapped");
        assert!(soft.contains("process,” Zakharova stressed."), "{soft}");
    }

    #[test]
    fn a_wide_headline_does_not_set_the_width() {
        let headline = "Regional council approves new tram line after a decade of delays, objections and lawsuits";
        let comments = "3 thoughts on \"Regional council approves new tram line after a decade of delays, objections and lawsuits\"";
        let text = format!("{headline}\n\n{}\n\n{comments}\n", wrap(&PARAGRAPH.repeat(4), 68).trim_end());
        let (soft, width) = soften(&text).expect("wrapped at 68");
        assert!((60..=68).contains(&width), "{width}");
        assert!(soft.contains("co-chair of the OSCE Minsk Group"), "{soft}");
    }

    #[test]
    fn menus_and_breadcrumbs_are_never_joined() {
        let top = "AGENCIA SUR\nPortada · España · Canarias · Internacional · Economía · English\nInicio > English > Spain\n\n";
        let (soft, _) = soften(&format!("{top}{}", wrap(&PARAGRAPH.repeat(4), 70))).expect("wrapped");
        assert!(soft.starts_with(top), "{soft}");
    }

    #[test]
    fn an_early_break_after_a_comma_is_a_wrap_too() {
        // Wrapped by a tool that breaks before a name, though the name would have fitted.
        let early = "Speaking at the ministry on Tuesday, the Minister of Transport,\nAnita Kowalczyk-Lee, said the contract would be signed next week.";
        let text = format!("{}\n\n{early}\n\n{}", wrap(&PARAGRAPH.repeat(3), 72).trim_end(), wrap(PARAGRAPH, 72));
        let (soft, width) = soften(&text).expect("wrapped");
        assert!(early.find('\n').unwrap() + 1 + "Anita".len() <= width, "the name would have fitted");
        assert!(soft.contains("Transport, Anita Kowalczyk-Lee, said"), "{soft}");
        // A headline as wide, over its byline, stays a line of its own.
        let headline = "Minister of Transport promises the contract will be signed next week\nBy Tom Reyes\n\n";
        let (soft, _) = soften(&format!("{headline}{text}")).expect("wrapped");
        assert!(soft.starts_with("Minister of Transport promises the contract will be signed next week\nBy"), "{soft}");
    }

    #[test]
    fn texts_that_are_not_wrapped_stay_as_they_are() {
        // A paragraph per line: far wider than any wrapping.
        assert!(soften(&format!("Title\n\n{}\n\n{}", PARAGRAPH.repeat(3), PARAGRAPH)).is_none());
        // A menu and short lines: no line is full.
        assert!(soften("News\nSport\nWeather\nCulture\nOpinion\nBusiness\nTravel\nScience\n").is_none());
        assert!(soften("").is_none());
        // A short article whose lines happen to be short, each a sentence of its own.
        let short = "Rates hold.\nThe bank kept its rate.\nMarkets rose a little.\nAnalysts expected it.\nMore next week.\n";
        assert!(soften(short).is_none());
    }
}
