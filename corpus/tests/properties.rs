//! Properties that hold for any text: extraction never panics, every span lies on character
//! boundaries inside the text, quotation spans sit right after an opening mark, and body plus
//! trailing clutter cover the whole text.

use corpus::{Article, DateSource, Span};
use proptest::prelude::*;

/// Pieces of news-like text, so random strings reach the interesting paths.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("…".to_string()),
        Just("—".to_string()),
        // Wide and invisible spaces that pages saved from the web carry.
        Just("\u{a0}".to_string()),
        Just("\u{202f}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{ad}".to_string()),
        Just("a lawyer at Covington & Burling".to_string()),
        Just("France and Germany".to_string()),
        Just("said".to_string()),
        Just("she said".to_string()),
        Just("according to him".to_string()),
        Just("Maria Zakharova".to_string()),
        Just("Zakharova".to_string()),
        Just("the Russian side".to_string()),
        Just("Moscow".to_string()),
        Just("in Paris".to_string()),
        Just("U.S.".to_string()),
        Just("OSCE Minsk Group".to_string()),
        Just("Foreign Minister Ivan Petrov".to_string()),
        Just("Read more:".to_string()),
        Just("Leave a Reply".to_string()),
        Just("Latest news".to_string()),
        Just("  1. ".to_string()),
        Just("Published: Updated:".to_string()),
        Just("By Agency | Friday, 08 April 2022".to_string()),
        Just("31 April 2022".to_string()),
        Just("The talks went on for many hours and ended without any agreement on the main issues.".to_string()),
        "[a-zA-Z]{1,8}",
        "\\PC{1,4}",
    ]
}

fn texts() -> impl Strategy<Value = String> {
    prop_oneof![proptest::collection::vec(piece(), 0..60).prop_map(|v| v.concat()), any::<String>()]
}

fn check_span(a: &Article, s: Span, what: &str) {
    let (start, end) = (s.start as usize, s.end as usize);
    assert!(start <= end && end <= a.text.len(), "{what} {start}..{end} outside the text of {} bytes", a.text.len());
    assert!(a.text.is_char_boundary(start) && a.text.is_char_boundary(end), "{what} {start}..{end} not on char boundaries");
}

fn check(a: &Article) {
    let len = a.text.len();
    assert!(a.body_end as usize <= len);
    for m in &a.mentions {
        check_span(a, m.span, "mention");
        assert!(m.span.end <= a.body_end, "mention after the body");
    }
    for w in a.mentions.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "mentions overlap");
    }
    for (i, q) in a.quotes.iter().enumerate() {
        check_span(a, q.span, "quote");
        if let Some(c) = q.cue {
            check_span(a, c, "cue");
        }
        assert!(q.span.end <= a.body_end, "quote after the body");
        let before = a.text[..q.span.start as usize].trim_end();
        // Or it goes on after an attribution left inside the marks (« …, she said. … »): no mark
        // between the previous part and this one.
        let resumed = i > 0 && {
            let between = &a.text[a.quotes[i - 1].span.end as usize..q.span.start as usize];
            !between.contains(['“', '”', '„', '«', '»', '"', '‘', '’', '\''])
        };
        // ” opens too, as Finnish and Swedish write it (”…”).
        assert!(before.ends_with(['“', '”', '„', '«', '"', '‘', '\'']) || resumed, "quote span does not follow an opening mark: {:?}", a.slice(q.span));
    }
    for w in a.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "quotes unsorted");
    }
    for c in &a.clutter {
        check_span(a, c.span, "clutter");
    }
    // Body plus clutter cover the text: the trailing clutter runs gaplessly from body_end.
    let tail: Vec<_> = a.clutter.iter().filter(|c| c.span.start >= a.body_end).collect();
    if (a.body_end as usize) < len {
        assert_eq!(tail.first().map(|c| c.span.start), Some(a.body_end));
        assert_eq!(tail.last().map(|c| c.span.end as usize), Some(len));
        for w in tail.windows(2) {
            assert_eq!(w[0].span.end, w[1].span.start);
        }
    } else {
        assert!(tail.is_empty());
    }
    if let DateSource::Text(s) = a.date_source {
        check_span(a, s, "date evidence");
        assert!(a.date.is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_are_sound(a in texts(), b in texts()) {
        let c = corpus::extract_texts(&[("a.txt", &a), ("b.txt", &b)]);
        for art in &c.articles {
            check(art);
            for m in &art.mentions {
                prop_assert!((m.actor as usize) < c.actors.len());
            }
        }
    }

    #[test]
    fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = corpus::decode::decode(&bytes);
    }
}
