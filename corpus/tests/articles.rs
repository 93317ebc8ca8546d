//! The test articles in `tests/fixtures/articles/`, written for these tests: each shows one shape
//! of news text (or one way a file can be broken) and what extraction must make of it.

use corpus::{Article, ClutterKind, Corpus, DateSource};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/articles")
}

fn load() -> corpus::Loaded {
    corpus::load(&[fixtures()]).expect("the test articles load")
}

fn article<'a>(c: &'a Corpus, file: &str) -> &'a Article {
    c.articles.iter().find(|a| a.file == file).unwrap_or_else(|| panic!("{file} was not read"))
}

/// (quoted text, speaker name) per quotation.
fn quotes(c: &Corpus, a: &Article) -> Vec<(String, Option<String>)> {
    a.quotes.iter().map(|q| (a.slice(q.span).to_string(), q.speaker.map(|s| c.actor(s).name.clone()))).collect()
}

fn actor_names(c: &Corpus, a: &Article) -> Vec<String> {
    a.actor_ids().into_iter().map(|id| c.actor(id).name.clone()).collect()
}

#[test]
fn warnings_name_every_file_not_read_as_usual() {
    let l = load();
    let w = l.warnings.join("\n");
    assert!(w.contains("bad: a folder"), "{w}");
    assert!(w.contains("cp1252.txt: not UTF-8"), "{w}");
    assert!(w.contains("empty.txt: the file is empty"), "{w}");
}

#[test]
fn a_clean_article_keeps_its_whole_body() {
    let l = load();
    let a = article(&l.corpus, "clean.txt");
    assert_eq!(a.body_end as usize, a.text.len());
    assert!(a.clutter.is_empty());
    assert_eq!(a.title.as_deref(), Some("Harbour Authority Approves New Ferry Route"));
    assert_eq!(a.outlet.as_deref(), Some("Coastal Gazette"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2023-03-14"));
    assert!(matches!(a.date_source, DateSource::Text(s) if a.slice(s) == "14 March 2023"));
    let names = actor_names(&l.corpus, a);
    assert!(names.contains(&"Tomas Erikson".to_string()), "{names:?}");
}

#[test]
fn comments_are_cut_with_their_heading() {
    let l = load();
    let a = article(&l.corpus, "comments.txt");
    assert!(a.text[a.body_end as usize..].starts_with("  1. This council"));
    assert_eq!(a.clutter[0].kind, ClutterKind::Comments);
    for m in &a.mentions {
        assert!(m.span.end <= a.body_end);
    }
    let q = quotes(&l.corpus, a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s)| s.as_deref() == Some("Dana Whitfield")), "{q:?}");
}

#[test]
fn link_lists_end_the_body_but_inline_links_do_not() {
    let l = load();
    let a = article(&l.corpus, "related_links.txt");
    assert!(a.text[a.body_end as usize..].starts_with("Related articles"));
    assert!(a.body().contains("No injuries have been reported"));
    let inline: Vec<_> = a.clutter.iter().filter(|c| c.span.end <= a.body_end).collect();
    assert_eq!(inline.len(), 1);
    assert_eq!(inline[0].kind, ClutterKind::RelatedLinks);
    assert!(a.slice(inline[0].span).starts_with("Read more: Drought"));
    assert_eq!(a.date, None, "dates in the link list are other stories'");
}

#[test]
fn quotation_shapes() {
    let l = load();
    let c = &l.corpus;
    let q = quotes(c, article(c, "multi_paragraph_quote.txt"));
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.starts_with("Inflation is falling") && q[0].0.ends_with("higher prices,"));
    assert_eq!(q[0].1.as_deref(), Some("Ilse Marten"));

    let q = quotes(c, article(c, "colon_quote.txt"));
    assert_eq!(q, vec![("We are on schedule and within the budget that parliament approved.".into(), Some("Karl Ovens".into()))]);

    let q = quotes(c, article(c, "split_quote.txt"));
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "This is a fair deal,");
    assert!(q.iter().all(|(_, s)| s.as_deref() == Some("Maria Santos")));

    let q = quotes(c, article(c, "partial_quote.txt"));
    let texts: Vec<&str> = q.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["deeply worrying", "millions of people"]);
    assert!(q.iter().all(|(_, s)| s.as_deref() == Some("Jonas Feld")));

    let q = quotes(c, article(c, "pronoun_speaker.txt"));
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|(_, s)| s.as_deref() == Some("Helena Varga")), "{q:?}");
}

#[test]
fn scare_quotes_titles_and_terms_are_not_quotations() {
    let l = load();
    let q = quotes(&l.corpus, article(&l.corpus, "scare_quotes.txt"));
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn markup_stays_text() {
    let l = load();
    let a = article(&l.corpus, "hostile_html.txt");
    assert!(a.title.as_deref().unwrap().contains("<script>alert(\"x\")</script>"));
    let q = quotes(&l.corpus, a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Ana Petrov"));
}

#[test]
fn encodings_and_line_ends() {
    let l = load();
    let c = &l.corpus;
    let le = article(c, "utf16le.txt");
    let be = article(c, "utf16be.txt");
    assert_eq!(le.text, be.text);
    assert_eq!(quotes(c, le)[0].1.as_deref(), Some("Sofia Lind"));
    let crlf = article(c, "crlf.txt");
    assert!(!crlf.text.contains('\r'));
    assert_eq!(quotes(c, crlf), vec![("We are glad the dispute is over,".into(), Some("Leo Brandt".into()))]);
    let cp = article(c, "cp1252.txt");
    assert_eq!(cp.title.as_deref(), Some("Café Owners Protest New Rules"));
    assert_eq!(quotes(c, cp)[0].1.as_deref(), Some("René Dubois"));
    let empty = article(c, "empty.txt");
    assert!(empty.text.is_empty() && empty.title.is_none() && empty.body_end == 0);
}

#[test]
fn a_binary_file_is_an_error_naming_it() {
    let bin = fixtures().join("bad/binary.txt");
    let e = corpus::load(std::slice::from_ref(&bin)).unwrap_err();
    assert_eq!(e.path, bin);
    assert!(e.to_string().contains("binary.txt") && e.reason.contains("binary"), "{e}");
}

fn write(dir: &Path, name: &str, body: &str) {
    std::fs::write(dir.join(name), body).unwrap();
}

const STORY: &str = "Talks Resume\n\nThe negotiators met again on Monday after a pause of two months, officials said in a statement.\n\n“We are ready,” envoy Karl Brenner said.\n";

#[test]
fn catalog_overrides_the_text_and_a_named_file_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", STORY);
    write(dir.path(), "catalog.toml", "[\"a.txt\"]\ntitle = \"Talks resume in Geneva\"\noutlet = \"Daily\"\nurl = \"https://example.org/a\"\ndate = \"2024-05\"\n");
    write(dir.path(), "notes.md", "not an article");
    let l = corpus::load(&[dir.path().join("a.txt")]).unwrap();
    let a = &l.corpus.articles[0];
    assert_eq!(a.title.as_deref(), Some("Talks resume in Geneva"));
    assert_eq!(a.outlet.as_deref(), Some("Daily"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-05"));
    assert_eq!(a.date_source, DateSource::Catalog);
    assert!(l.inputs.iter().any(|p| p.ends_with("catalog.toml")));
    let l = corpus::load(&[dir.path().to_path_buf()]).unwrap();
    assert!(l.warnings.iter().any(|w| w.contains("notes.md")), "{:?}", l.warnings);
}

#[test]
fn malformed_metadata_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", STORY);
    write(dir.path(), "catalog.toml", "[\"a.txt\"]\ntitle = \"T\"\ndate = \"2024-02-30\"\n");
    let e = corpus::load(&[dir.path().to_path_buf()]).unwrap_err();
    assert!(e.to_string().contains("catalog.toml at line 3"), "{e}");
    std::fs::remove_file(dir.path().join("catalog.toml")).unwrap();
    write(dir.path(), "actors.toml", "[[actor]]\nname = \"X\"\nkind = \"person\"\nalias = []\n");
    let e = corpus::load(&[dir.path().to_path_buf()]).unwrap_err();
    assert!(e.to_string().contains("actors.toml at line"), "{e}");
}

#[test]
fn actor_rules_rename_merge_add_and_exclude() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", STORY);
    write(
        dir.path(),
        "actors.toml",
        "exclude = [\"Karl Brenner\"]\n[[actor]]\nname = \"Negotiating Team\"\nkind = \"organization\"\naliases = [\"The negotiators\"]\n",
    );
    let l = corpus::load(&[dir.path().to_path_buf()]).unwrap();
    let a = &l.corpus.articles[0];
    let names = actor_names(&l.corpus, a);
    assert_eq!(names, vec!["Negotiating Team".to_string()]);
    assert_eq!(a.quotes[0].speaker, None, "an excluded speaker is not guessed");

    write(dir.path(), "actors.toml", "[merge]\n\"Karl Brenner\" = \"K. Brenner\"\n");
    let l = corpus::load(&[dir.path().to_path_buf()]).unwrap();
    let a = &l.corpus.articles[0];
    assert_eq!(actor_names(&l.corpus, a), vec!["K. Brenner".to_string()]);
    assert_eq!(a.quotes[0].speaker.map(|s| l.corpus.actor(s).name.clone()).as_deref(), Some("K. Brenner"));
}

#[test]
fn the_same_statement_shares_an_id_across_articles() {
    let c = corpus::extract_texts(&[
        ("a.txt", "Title\n\n“I would like to allow myself to doubt the sincerity of the envoy’s statement,” spokeswoman Anna Berg said.\n"),
        ("b.txt", "Title\n\n“I allow myself to doubt the sincerity of the statement by the envoy,” Anna Berg said on Wednesday.\n"),
        ("c.txt", "Title\n\n“The weather was fine for the whole parade today,” organiser Tim Holt said.\n"),
    ]);
    let s: Vec<u32> = c.articles.iter().map(|a| a.quotes[0].statement).collect();
    assert_eq!(s[0], s[1]);
    assert_ne!(s[0], s[2]);
    // One actor across articles.
    assert_eq!(c.actors.iter().filter(|a| a.name == "Anna Berg").count(), 1);
}

/// (speaker name or None) of the quotation whose text starts with `start`.
fn speaker_of(c: &Corpus, a: &Article, start: &str) -> Option<String> {
    let q = quotes(c, a);
    q.iter().find(|(t, _)| t.starts_with(start)).unwrap_or_else(|| panic!("no quotation {start:?} in {q:?}")).1.clone()
}

fn actor<'a>(c: &'a Corpus, a: &Article, name: &str) -> &'a corpus::Actor {
    let id = a.actor_ids().into_iter().find(|&id| c.actor(id).name == name);
    c.actor(id.unwrap_or_else(|| panic!("{name} is not an actor of {}: {:?}", a.file, actor_names(c, a))))
}

#[test]
fn name_particles_belong_to_the_surname() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "particles.txt");
    let names = actor_names(c, a);
    for n in ["Ursula von der Leyen", "Mark Rutte", "Abdulaziz bin Salman", "Paulo da Silva", "Mauro Vieira"] {
        assert!(names.contains(&n.to_string()), "{n}: {names:?}");
    }
    for n in ["Ursula", "Leyen", "Energy", "Paulo", "Salman", "Da Silva"] {
        assert!(!names.contains(&n.to_string()), "{n}: {names:?}");
    }
    assert!(actor(c, a, "Ursula von der Leyen").aliases.contains(&"von der Leyen".to_string()));
    assert!(actor(c, a, "Paulo da Silva").aliases.contains(&"Da Silva".to_string()));
    assert_eq!(speaker_of(c, a, "This is a turning point").as_deref(), Some("Ursula von der Leyen"));
    assert_eq!(speaker_of(c, a, "a start, not").as_deref(), Some("Paulo da Silva"));
    assert_eq!(a.outlet.as_deref(), Some("Reuters"));
}

#[test]
fn bylines_with_fields_give_outlet_and_date() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "byline_pipes.txt");
    assert_eq!((a.outlet.as_deref(), a.date.map(|d| d.to_string())), (Some("Reuters"), Some("2023-03-14".into())));
    assert_eq!(article(c, "byline_comma.txt").outlet.as_deref(), Some("Reuters"));
    let a = article(c, "byline_slash.txt");
    assert_eq!(a.outlet.as_deref(), Some("AP"));
    for a in [article(c, "byline_pipes.txt"), article(c, "byline_slash.txt")] {
        let names = actor_names(c, a);
        assert!(!names.iter().any(|n| n.contains("Holloway") || n == "AP" || n == "Reuters"), "bylines are no actors: {names:?}");
    }
}

#[test]
fn speakers_are_named_or_unknown_never_guessed() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "mayor_quote.txt");
    let park = actor(c, a, "Linda Park");
    assert_eq!(park.kind, corpus::ActorKind::Person);
    assert_eq!(speaker_of(c, a, "Our shop owners").as_deref(), Some("Robert Diaz"));
    assert_eq!(speaker_of(c, a, "a win for the city").as_deref(), Some("Linda Park"));
    assert_eq!(speaker_of(c, a, "construction will start").as_deref(), Some("Linda Park"));
    // Unnamed speakers: "a lawyer for the group", "the spokesman" of an association nobody named.
    assert_eq!(speaker_of(c, a, "We will look"), None);
    assert_eq!(speaker_of(c, a, "It is the worst"), None);
}

/// Held-out styles: how different outlets write a story, each with the facts extraction must get.
#[test]
fn wire_story_with_dateline_and_contributor_line() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "wire_dateline.txt");
    assert_eq!(a.outlet.as_deref(), Some("AP"));
    assert_eq!(a.date, None, "a dateline without a date dates nothing");
    assert!(a.text[a.body_end as usize..].starts_with("___"), "the contributor line is not the story");
    let names = actor_names(c, a);
    for n in ["Joe Biden", "Kevin McCarthy", "Chuck Schumer", "Matt Gaetz", "Senate", "Ukraine"] {
        assert!(names.contains(&n.to_string()), "{n}: {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("Saturday") || n == "Florida" || n.contains("Associated Press")), "{names:?}");
    assert_eq!(speaker_of(c, a, "The American people").as_deref(), Some("Chuck Schumer"));
    assert_eq!(speaker_of(c, a, "There will be no shutdown").as_deref(), Some("Chuck Schumer"));
    assert_eq!(speaker_of(c, a, "If somebody wants").as_deref(), Some("Kevin McCarthy"));
}

#[test]
fn standfirst_byline_date_and_related_links() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "standfirst_related.txt");
    assert_eq!(a.title.as_deref(), Some("Ministers accused of ‘quietly shelving’ plan to clean up England’s rivers"));
    assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2023-09-12"));
    // The related link right above the topics heading is the first line the story does not go on after.
    assert!(a.text[a.body_end as usize..].starts_with("Related: ‘Our river is dying’"));
    let names = actor_names(c, a);
    assert!(names.contains(&"Department for Environment, Food and Rural Affairs".to_string()), "{names:?}");
    for bad in ["Campaigners", "BST", "Food", "Rural Affairs"] {
        assert!(!names.contains(&bad.to_string()), "{bad}: {names:?}");
    }
    let q = quotes(c, a);
    assert!(!q.iter().any(|(t, _)| t.contains("Our river is dying")), "a related link is no quotation: {q:?}");
    assert_eq!(speaker_of(c, a, "the toughest crackdown").as_deref(), Some("Thérèse Coffey"));
    assert_eq!(speaker_of(c, a, "a betrayal").as_deref(), Some("Feargal Sharkey"));
    assert_eq!(speaker_of(c, a, "We are taking"), None, "an unnamed spokesperson");
    assert_eq!(speaker_of(c, a, "given up").as_deref(), Some("Steve Reed"));
}

#[test]
fn agency_translation_with_pronouns_and_role_descriptions() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "agency_translation.txt");
    assert_eq!(a.outlet.as_deref(), Some("TASS"));
    assert_eq!(a.date, None, "no year");
    assert_eq!(speaker_of(c, a, "We have never refused").as_deref(), Some("Sergey Lavrov"));
    // "He stressed" after Fidan is named only in passing ("talks with his Turkish counterpart").
    assert_eq!(speaker_of(c, a, "any preconditions").as_deref(), Some("Sergey Lavrov"));
    assert_eq!(speaker_of(c, a, "continues to destroy").as_deref(), Some("Sergey Lavrov"));
    // "the Turkish minister" is the Turkish counterpart, not the last minister named.
    assert_eq!(speaker_of(c, a, "Turkey will do").as_deref(), Some("Hakan Fidan"));
    let names = actor_names(c, a);
    for n in ["Russia", "United States", "Turkey", "Dmitry Peskov", "Vladimir Putin"] {
        assert!(names.contains(&n.to_string()), "{n}: {names:?}");
    }
}

#[test]
fn reader_comments_and_inverted_role_attribution() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "reader_comments.txt");
    assert!(a.text[a.body_end as usize..].starts_with("12 Comments"));
    assert_eq!(a.outlet, None, "a person's byline names no outlet");
    assert_eq!(speaker_of(c, a, "We listened").as_deref(), Some("Claire Dubois"));
    assert_eq!(speaker_of(c, a, "Sunday is the only day").as_deref(), Some("Peter Novak"));
    let names = actor_names(c, a);
    assert!(!names.iter().any(|n| n.contains("Librarian") || n.contains("Smith") || n.contains("Ellison")), "{names:?}");
    assert_eq!(quotes(c, a).len(), 2, "nothing from the comments");
}

#[test]
fn a_clean_story_needs_no_help() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "clean_science.txt");
    assert_eq!(a.body_end as usize, a.text.len());
    let q = quotes(c, a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Nadia Rakoto"));
    assert_eq!(q[1].1.as_deref(), Some("Nadia Rakoto"));
    assert_eq!(q[2], ("a remarkable find".into(), Some("Tom Hallett".into())));
    assert!(actor_names(c, a).contains(&"University of Antananarivo".to_string()));
}

#[test]
fn a_quotation_set_apart_under_its_colon() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "long_quote_colon.txt");
    let q = quotes(c, a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.starts_with("The numbers are not") && q[0].0.contains("more painful"), "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Elena Sorokina"));
}

#[test]
fn titles_in_quotation_marks_are_not_quotations() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "titles_in_quotes.txt");
    let q = quotes(c, a);
    let texts: Vec<&str> = q.iter().map(|(t, _)| t.as_str()).collect();
    assert!(!texts.iter().any(|t| t.contains("Glass Orchard") || t.contains("Salt and Iron") || *t == "wellness" || *t == "life coach"), "{texts:?}");
    assert_eq!(speaker_of(c, a, "the way we have turned").as_deref(), Some("Sarah Whitcombe"));
    assert_eq!(speaker_of(c, a, "angry, but also").as_deref(), Some("Sarah Whitcombe"));
    // "Critics at the Morning Review called it …": the critics are not named.
    assert!(q.iter().filter(|(t, _)| t.starts_with("sharp and timely")).all(|(_, s)| s.is_none()), "{q:?}");
    let review = actor(c, a, "Morning Review");
    assert_eq!(review.kind, corpus::ActorKind::Organization);
}

#[test]
fn an_undated_opinion_piece_under_a_section_label() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "opinion_undated.txt");
    assert_eq!(a.title.as_deref(), Some("We cannot keep ignoring the housing crisis"));
    assert_eq!(a.date, None);
    let names = actor_names(c, a);
    assert!(!names.contains(&"OPINION".to_string()), "{names:?}");
    assert_eq!(speaker_of(c, a, "supply is coming").as_deref(), Some("Ruth Adeyemi"));
    assert_eq!(speaker_of(c, a, "every year of delay").as_deref(), Some("David Lindqvist"));
}

#[test]
fn honorifics_initials_and_apostrophes_in_names() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "honorifics_initials.txt");
    let names = actor_names(c, a);
    for n in ["Merrick B. Garland", "Amara Okafor", "Jean-Claude Juncker", "Conor O'Brien", "J.D. Vance", "Stanford University"] {
        assert!(names.contains(&n.to_string()), "{n}: {names:?}");
    }
    assert!(!names.iter().any(|n| n == "J.D." || n == "Vance"), "{names:?}");
    assert_eq!(speaker_of(c, a, "This is a case").as_deref(), Some("Merrick B. Garland"));
    assert_eq!(speaker_of(c, a, "That matters").as_deref(), Some("Amara Okafor"));
    assert_eq!(speaker_of(c, a, "wrong on the facts").as_deref(), Some("Conor O'Brien"));
    assert_eq!(speaker_of(c, a, "Good").as_deref(), Some("J.D. Vance"));
}

#[test]
fn british_single_quotes_and_an_unnamed_spokesman() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "british_single_quotes.txt");
    assert_eq!(speaker_of(c, a, "We have bent over").as_deref(), Some("Mick Whelan"));
    assert_eq!(speaker_of(c, a, "The companies simply").as_deref(), Some("Mick Whelan"));
    // "A spokesman said:" attributes the quotation to someone unnamed, not to the last speaker.
    assert_eq!(speaker_of(c, a, "We urge the union"), None);
    assert_eq!(speaker_of(c, a, "completely unnecessary").as_deref(), Some("Mark Harper"));
}

#[test]
fn wire_story_with_reporting_credit_and_present_tense_cue() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "wire_credit_line.txt");
    assert_eq!(a.outlet.as_deref(), Some("Reuters"));
    assert_eq!(a.date, None, "the dateline has no year");
    assert!(a.text[a.body_end as usize..].starts_with("(Reporting by"));
    let names = actor_names(c, a);
    assert!(names.contains(&"Bank of England".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Milliken") || n.contains("Bruce") || n.contains("Chopra")), "bylines and credits: {names:?}");
    assert_eq!(speaker_of(c, a, "We're not yet").as_deref(), Some("Andrew Bailey"));
    assert_eq!(speaker_of(c, a, "It's a sign").as_deref(), Some("Jeremy Hunt"));
    assert_eq!(speaker_of(c, a, "The data are noisy").as_deref(), Some("Ruth Gregory"));
}

#[test]
fn unusual_bylines_give_no_actors_and_keep_outlet_and_date() {
    let l = load();
    let c = &l.corpus;
    // "Text: Anna Keller" above the headline is a byline, not the headline.
    let a = article(c, "byline_text_label.txt");
    assert_eq!(a.title.as_deref(), Some("Port Workers Vote to Strike Over Pay"));
    assert!(!actor_names(c, a).iter().any(|n| n.contains("Keller")), "{:?}", actor_names(c, a));
    // "Staff writer" is the author's role, not an outlet; a role before a passing name is evidence.
    let a = article(c, "byline_staff_writer.txt");
    assert_eq!(a.outlet, None);
    assert_eq!(speaker_of(c, a, "Nobody wanted this").as_deref(), Some("Oskar Berg"));
    assert!(!actor_names(c, a).iter().any(|n| n.contains("Lindgren")));
    // A byline closing the story, with two authors, the outlet and the date.
    let a = article(c, "byline_at_end.txt");
    assert_eq!((a.outlet.as_deref(), a.date.map(|d| d.to_string())), (Some("Danube Tribune"), Some("2023-07-19".into())));
    assert_eq!(actor_names(c, a), vec!["Elena Moretti".to_string()]);
    // Authors in capitals, the outlet and the date each on a line of their own.
    let a = article(c, "byline_stacked.txt");
    assert_eq!((a.outlet.as_deref(), a.date.map(|d| d.to_string())), (Some("Baltic Herald"), Some("2023-03-14".into())));
    let names = actor_names(c, a);
    assert!(!names.iter().any(|n| n.contains("KELLER") || n.contains("Herald")), "{names:?}");
    assert!(names.contains(&"Abba Tijani".to_string()), "{names:?}");
}

#[test]
fn a_demonym_with_a_noun_for_the_state_is_the_country() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "demonym_states.txt");
    for (country, alias) in [("Armenia", "Armenian troops"), ("Azerbaijan", "Azerbaijani officials"), ("France", "French mediators"), ("Russia", "The Russian side")] {
        let x = actor(c, a, country);
        assert_eq!(x.kind, corpus::ActorKind::Country);
        assert!(x.aliases.contains(&alias.to_string()), "{country}: {:?}", x.aliases);
    }
    // A people and its tourists are not the state; "in Yerevan" is a place.
    assert_eq!(actor_names(c, a).len(), 4, "{:?}", actor_names(c, a));
}

#[test]
fn organisations_named_without_a_head_word() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "organisations_without_heads.txt");
    assert_eq!(a.outlet.as_deref(), Some("Reuters"));
    for (name, kind) in [
        ("Amnesty International", corpus::ActorKind::Organization),
        ("Human Rights Watch", corpus::ActorKind::Organization),
        ("Gazprom", corpus::ActorKind::Organization),
        ("Greenpeace", corpus::ActorKind::Organization),
        // Named in the prose, the agency is an actor as well as the source.
        ("Reuters", corpus::ActorKind::Organization),
        ("Russia", corpus::ActorKind::Country),
        ("Robert Diaz", corpus::ActorKind::Person),
        ("Marie Struthers", corpus::ActorKind::Person),
    ] {
        assert_eq!(actor(c, a, name).kind, kind, "{name}");
    }
    assert!(actor(c, a, "Russia").aliases.contains(&"The Kremlin".to_string()));
    let names = actor_names(c, a);
    assert_eq!(names.len(), 8, "nothing else, no byline names, no 'Witnesses': {names:?}");
    // Only in the dateline, the agency is the source and no actor.
    let a = article(c, "wire_agency_source_only.txt");
    assert_eq!(a.outlet.as_deref(), Some("Reuters"));
    assert_eq!(actor_names(c, a), vec!["Karin Holm".to_string()]);
}

#[test]
fn straight_apostrophes_and_one_word_quotations() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "apostrophes_and_one_word_quotes.txt");
    let q = quotes(c, a);
    let texts: Vec<&str> = q.iter().map(|(t, _)| t.as_str()).collect();
    // A plural possessive inside a single-quoted quotation does not close it; "'90s",
    // "residents'", "Armenians'" open and close nothing.
    assert_eq!(speaker_of(c, a, "The workers' rights are at stake,").as_deref(), Some("Dan Hughes"));
    assert!(!texts.iter().any(|t| t.contains("90s") || t.contains("cars were") || t.contains("homes")), "{texts:?}");
    // Scare quotes, terms and names in quotation marks are no quotations …
    for t in ["final", "temporary", "solidarity", "Wagner", "Yes"] {
        assert!(!texts.contains(&t), "{t}: {texts:?}");
    }
    // … but a one-word answer, and a word the sentence reports as someone's, are.
    assert_eq!(speaker_of(c, a, "No.").as_deref(), Some("Dan Hughes"));
    assert_eq!(speaker_of(c, a, "Never,").as_deref(), Some("Dan Hughes"));
    assert_eq!(speaker_of(c, a, "insulting").as_deref(), Some("Dan Hughes"));
    assert!(texts.contains(&"madness"), "{texts:?}");
}

/// The spans of an actor's mentions in an article.
fn mentions_of<'a>(c: &Corpus, a: &'a Article, name: &str) -> Vec<&'a str> {
    a.mentions.iter().filter(|m| c.actor(m.actor).name == name).map(|m| a.slice(m.span)).collect()
}

#[test]
fn a_bare_surname_only_where_it_stands_for_the_person() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "surnames_out_of_context.txt");
    // Not inside other names: "Park Avenue", "Central Park", the headline's "Park Plan".
    assert_eq!(mentions_of(c, a, "Linda Park"), ["Linda Park", "Park"]);
    // A surname that is also a capital: the person where she acts, the place "in Paris".
    assert_eq!(speaker_of(c, a, "The pipes are eighty").as_deref(), Some("Ann Paris"));
    assert_eq!(mentions_of(c, a, "Ann Paris"), ["Ann Paris", "Paris"]);
    assert!(!actor_names(c, a).contains(&"France".to_string()));
    // A surname that is also a month: not "in May", "on 14 May".
    assert_eq!(mentions_of(c, a, "Theresa May"), ["Theresa May", "May", "May"]);
    assert_eq!(speaker_of(c, a, "It is a good plan").as_deref(), Some("Theresa May"));
    // Two people of one surname: the bare surname is neither's.
    assert_eq!(mentions_of(c, a, "Joe Biden"), ["Joe Biden"]);
    assert_eq!(mentions_of(c, a, "Hunter Biden"), ["Hunter Biden"]);
    // A common word: "Green Party" is the party, "green light" nobody.
    assert_eq!(mentions_of(c, a, "Peter Green"), ["Peter Green", "Green"]);
    assert_eq!(actor(c, a, "Green Party").kind, corpus::ActorKind::Organization);
}

#[test]
fn people_named_once_in_passing() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "people_in_passing.txt");
    let names = actor_names(c, a);
    // "said Maria Lopez, 54, who …", "Jonas Weber, a retired teacher,", "Omar Haddad … Haddad, 31,",
    // "added shopkeeper Li Wei", "according to Sara Nilsson, a coordinator".
    for n in ["Maria Lopez", "Jonas Weber", "Omar Haddad", "Li Wei", "Sara Nilsson"] {
        assert_eq!(actor(c, a, n).kind, corpus::ActorKind::Person, "{n}");
    }
    assert_eq!(names.len(), 5, "{names:?}");
    assert_eq!(speaker_of(c, a, "The water came").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_of(c, a, "We have no food").as_deref(), Some("Jonas Weber"));
    assert_eq!(speaker_of(c, a, "Nobody came").as_deref(), Some("Li Wei"));
    assert_eq!(speaker_of(c, a, "Help is on the way").as_deref(), Some("Sara Nilsson"));
}

#[test]
fn a_clean_article_loses_nothing() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "clean_court_ruling.txt");
    assert_eq!(a.body_end as usize, a.text.len());
    assert!(a.clutter.is_empty());
    assert_eq!(a.title.as_deref(), Some("Court Orders Airline to Refund Cancelled Flights"));
    let mut names = actor_names(c, a);
    names.sort();
    assert_eq!(names, ["European Commission", "Germany", "Helena Brandt", "Nordwind Airlines", "Poland", "Rolf Maier", "Tomasz Zielinski"]);
    let q = quotes(c, a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Helena Brandt"));
    assert_eq!(q[1].1.as_deref(), Some("Tomasz Zielinski"));
    assert_eq!(q[2].1.as_deref(), Some("Rolf Maier"));
}

#[test]
fn whoever_is_told_is_no_speaker_and_no_person() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "told_outlets.txt");
    let names = actor_names(c, a);
    // After "told" stands a listener: often a newspaper or an agency, so "told" proves no person.
    for n in ["Kommersant", "Haaretz", "Ekstra Bladet", "Izvestia"] {
        assert!(!c.actors.iter().any(|x| x.name == n && x.kind == corpus::ActorKind::Person), "{n}: {names:?}");
    }
    for n in ["Elena Vasquez", "Marco Lind"] {
        assert_eq!(actor(c, a, n).kind, corpus::ActorKind::Person, "{n}");
    }
    assert_eq!(speaker_of(c, a, "We have done").as_deref(), Some("Elena Vasquez"));
}

#[test]
fn coordinated_demonyms_before_a_state_noun_are_each_a_country() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "coordinated_demonyms.txt");
    // "French and American mediators", "German, Italian and Spanish officials": each demonym is
    // its state acting; "Polish and Czech tourists" are no state.
    for country in ["France", "United States", "Germany", "Italy", "Spain"] {
        assert_eq!(actor(c, a, country).kind, corpus::ActorKind::Country, "{country}");
    }
    assert_eq!(mentions_of(c, a, "France"), ["French"]);
    assert_eq!(mentions_of(c, a, "United States"), ["American mediators"]);
    let mut names = actor_names(c, a);
    names.sort();
    assert_eq!(names, ["France", "Germany", "Italy", "Spain", "United States"]);
}

#[test]
fn a_capital_that_is_also_a_surname_is_the_state_where_it_acts_as_one() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "capital_and_surname.txt");
    // The person where he speaks and is described; the state where it acts with "its" or is
    // listed with another state; neither "in Paris".
    assert_eq!(mentions_of(c, a, "Martin Paris"), ["Martin Paris", "Paris", "Paris"]);
    assert_eq!(speaker_of(c, a, "I am honoured").as_deref(), Some("Martin Paris"));
    assert_eq!(mentions_of(c, a, "France"), ["Paris", "Paris"]);
    assert_eq!(actor(c, a, "France").kind, corpus::ActorKind::Country);
    assert_eq!(mentions_of(c, a, "Germany"), ["Berlin"]);
}

#[test]
fn an_author_note_closing_the_story_gives_no_actors() {
    let l = load();
    let c = &l.corpus;
    // "Anna Keller is a correspondent for …", "The author is a senior fellow at …": who wrote the
    // story and where they work, not what it is about.
    let a = article(c, "author_note.txt");
    let mut names = actor_names(c, a);
    names.sort();
    assert_eq!(names, ["Harbour Authority", "Piotr Nowak"]);
    let a = article(c, "author_note_opinion.txt");
    let mut names = actor_names(c, a);
    names.sort();
    assert_eq!(names, ["Coastal Institute", "Lena Okafor"]);
    assert_eq!(speaker_of(c, a, "Without it").as_deref(), Some("Lena Okafor"));
}

#[test]
fn organisations_known_by_how_the_story_uses_them() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "organisations_by_use.txt");
    // No head word and no description, but what only an organisation does: "the Red Cross
    // delivered", "the Taliban have … restricted", "Hezbollah have offered" (a plural verb),
    // "Hamas members".
    // "Hamas members", "an official with the Halo Trust", "Fatah, which governs …, said".
    for name in ["Red Cross", "Red Crescent", "Hamas", "Hezbollah", "Taliban", "United Nations", "Halo Trust", "Fatah"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Organization, "{name}");
    }
    for name in ["Fabrizio Carboni", "Ines Alvarez", "Mark Robinson"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Person, "{name}");
    }
    assert_eq!(speaker_of(c, a, "We need safe passage").as_deref(), Some("Fabrizio Carboni"));
    let names = actor_names(c, a);
    // "The Duke" is a person's title, no organisation; "the Robinsons" are Mark Robinson's
    // family; "Crimea, which changed hands" a place; nothing else is an actor.
    assert_eq!(names.len(), 11, "{names:?}");
}

#[test]
fn a_national_society_named_with_its_nationality() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "parties_to_a_truce.txt");
    // "The Palestinian Red Crescent said": after "the" and a nationality, no person's name; the
    // nationality is part of the organisation's.
    for name in ["Palestinian Red Crescent", "United Nations"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Organization, "{name}");
    }
    assert_eq!(actor(c, a, "Israel").kind, corpus::ActorKind::Country);
    assert_eq!(speaker_of(c, a, "The pause").as_deref(), Some("Lena Okafor"));
    assert_eq!(actor_names(c, a).len(), 4, "{:?}", actor_names(c, a));
}

#[test]
fn companies_named_by_their_executives_and_analysts() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "company_executives.txt");
    // "Aerolinq Chief Executive Daniel Roth": the name before an executive's title employs him;
    // "Analysts at Kessling": after "at", an employer, not a place; "900 MAX 9" is a model.
    for name in ["Aerolinq", "Civil Aviation Authority", "Kessling"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Organization, "{name}");
    }
    // "Administrator" is a title, not part of the name.
    for name in ["Maria Velde", "Daniel Roth", "Ron Epp"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Person, "{name}");
    }
    assert_eq!(speaker_of(c, a, "Safety will").as_deref(), Some("Maria Velde"));
    assert_eq!(speaker_of(c, a, "We are going").as_deref(), Some("Daniel Roth"));
    assert_eq!(actor_names(c, a).len(), 6, "{:?}", actor_names(c, a));
}

#[test]
fn a_relative_who_and_a_quotation_introduced_by_a_colon() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "relative_clause_speaker.txt");
    // "Marta Lindqvist, who chairs …, said:": "who" and a speech verb make a person; the
    // quotation a colon introduces is hers, not the next sentence's subject's.
    assert_eq!(actor(c, a, "Marta Lindqvist").kind, corpus::ActorKind::Person);
    assert_eq!(speaker_of(c, a, "These homes").as_deref(), Some("Marta Lindqvist"));
    assert_eq!(actor(c, a, "Tenants Union").kind, corpus::ActorKind::Organization);
}

#[test]
fn a_person_with_a_relative_clause_and_a_councillor() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "relative_who.txt");
    // "Maria Lopez, who chairs the panel, said yes." above the first long paragraph is a sentence,
    // not a byline; "Councillor" is a title, not part of the name.
    for name in ["Maria Lopez", "Greg Tanaka"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Person, "{name}");
    }
    assert_eq!(speaker_of(c, a, "Nobody asked").as_deref(), Some("Greg Tanaka"));
    assert_eq!(actor_names(c, a).len(), 2, "{:?}", actor_names(c, a));
}

#[test]
fn job_titles_stay_off_the_names_they_introduce() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "job_titles.txt");
    // A portfolio after "of"/"for" runs on over "Foreign Affairs (and Trade)"; a hyphenated title
    // ("Vice-Minister") joins its complement; after "said", a country before a title qualifies
    // the person holding it, who is the speaker.
    for name in ["Jennifer M. Hale", "Kenji Mori", "Gulnara Abenova"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Person, "{name}");
    }
    assert_eq!(actor(c, a, "Department of Foreign Affairs and Trade").kind, corpus::ActorKind::Organization);
    assert_eq!(speaker_of(c, a, "Every family").as_deref(), Some("Jennifer M. Hale"));
    assert_eq!(speaker_of(c, a, "watching closely").as_deref(), Some("Kenji Mori"));
    assert_eq!(speaker_of(c, a, "We welcome").as_deref(), Some("Gulnara Abenova"));
    assert_eq!(speaker_of(c, a, "a good start").as_deref(), Some("Department of Foreign Affairs and Trade"));
    let names = actor_names(c, a);
    assert!(!names.iter().any(|n| n.contains("Affairs") && n != "Department of Foreign Affairs and Trade"), "{names:?}");
    // The United States, Japan and Australia, the three people and the department.
    assert_eq!(names.len(), 7, "{names:?}");
}

#[test]
fn attribution_stays_in_its_clause() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "attribution_clauses.txt");
    // A quotation that ends its sentence, with the sentence's speech verb before it, is that
    // sentence's: the next sentence's subject ("Mayor Tim Collopy said") is someone else.
    assert_eq!(speaker_of(c, a, "every Saturday").as_deref(), Some("Bill Stanton"));
    // "Keane's lawyer, Mark Tolan, said": the possessive is not the subject.
    assert_eq!(speaker_of(c, a, "heartbroken").as_deref(), Some("Mark Tolan"));
    // A person in a relative clause ("where Keane trained") is not the subject either; better
    // no speaker than the wrong one.
    assert_ne!(speaker_of(c, a, "offered her").as_deref(), Some("Ruth Keane"));
    // "telling them they had “…”": the participle takes the sentence's subject.
    assert_eq!(speaker_of(c, a, "done the village").as_deref(), Some("Sarah Whitcombe"));
    // "urged Brussels to “…”": Brussels is addressed, not speaking.
    assert_ne!(speaker_of(c, a, "look again").as_deref(), Some("Belgium"));
}

#[test]
fn pronouns_follow_what_the_text_says_of_sex() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "pronoun_gender.txt");
    // "she" skips the nearer Daniel Price ("his ovens") for Ruth Okafor ("with her daughter").
    assert_eq!(speaker_of(c, a, "We will open").as_deref(), Some("Ruth Okafor"));
    // Nothing says what Sam Ortiz is, so he is not ruled out; but "he" prefers the subject of
    // the sentence before ("Mr. Lund … met Sam Ortiz") over its object.
    assert_eq!(speaker_of(c, a, "We were lucky").as_deref(), Some("Lund"));
    // "which she said would “…”": the pronoun after the word joining its clause.
    assert_eq!(speaker_of(c, a, "change the valley").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn places_and_clock_zones_are_no_actors() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "places_and_clocks.txt");
    // "Brussels and Amsterdam airports", "Moscow police": the cities; "New Mexico" is no Mexico;
    // "a.m. ET" is a time zone, no organisation.
    let names = actor_names(c, a);
    for name in ["Belgium", "Netherlands", "Russia", "Mexico", "ET"] {
        assert!(!names.contains(&name.to_string()), "{name}: {names:?}");
    }
}

#[test]
fn organisations_named_by_a_noun_before_or_an_employee_after() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "organisations_by_noun.txt");
    // "the regulator Ofwat": a noun for an organisation before the name; "a Eurostar
    // spokesperson": a name after "a" employing a spokesperson.
    for name in ["Ofwat", "Eurostar"] {
        assert_eq!(actor(c, a, name).kind, corpus::ActorKind::Organization, "{name}");
    }
    assert_eq!(speaker_of(c, a, "Safety comes first").as_deref(), Some("Eurostar"));
    // "A Trump spokesman": the surname of a person in the story stays that person.
    assert_eq!(actor(c, a, "Donald Trump").kind, corpus::ActorKind::Person);
    assert!(!actor_names(c, a).contains(&"Trump".to_string()), "{:?}", actor_names(c, a));
}

#[test]
fn a_subheading_quotes_the_name_before_its_colon() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "subheading_quote.txt");
    // "Macron: “…”" alone on its line is Macron's; "Residents" names nobody.
    assert_eq!(speaker_of(c, a, "The state is").as_deref(), Some("Emmanuel Macron"));
    assert_eq!(speaker_of(c, a, "We were not warned"), None);
}

#[test]
fn a_quotation_set_apart_after_the_sentence_that_introduces_its_speaker() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "narrated_quote.txt"));
    assert_eq!(speaker_of(c, a, "I never thought").as_deref(), Some("Owen Pryderi"));
    assert_eq!(speaker_of(c, a, "Nobody from the ministry").as_deref(), Some("Carys Bevan"));
    // A narrative sentence about no person, with no speaking in it, names nobody.
    assert_eq!(speaker_of(c, a, "We expect the stocks"), None);
}

#[test]
fn what_someone_called_a_thing_is_their_quotation_and_a_term_before_its_noun_is_not() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "characterised_quote.txt"));
    assert_eq!(speaker_of(c, a, "an act of economic aggression").as_deref(), Some("India"));
    let q = quotes(c, a);
    assert!(q.iter().all(|(t, _)| t != "anti-dumping" && t != "Fair Share"), "{q:?}");
}

#[test]
fn an_interview_answer_is_by_the_person_its_label_names() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "interview_answer.txt"));
    assert_eq!(speaker_of(c, a, "We sail only").as_deref(), Some("Marta Kovacs"));
    assert_eq!(speaker_of(c, a, "Send someone").as_deref(), Some("Marta Kovacs"));
    // The reporter's own "I", under no label, is nobody the text names.
    assert_eq!(speaker_of(c, a, "Is it slower"), None);
}

#[test]
fn an_organisation_opening_the_sentence_with_its_abbreviation_in_brackets_is_the_subject() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "bracketed_abbreviation.txt"));
    assert_eq!(speaker_of(c, a, "failed its customers").as_deref(), Some("Environment Agency"));
    // So is a party named as one, with a relative clause between it and the verb.
    assert_eq!(speaker_of(c, a, "far too small").as_deref(), Some("Social Democrats"));
    // A report by an organisation speaks for it, as the blind unseen gold has it (u01: "A
    // consultant's report by the engineering firm Fishbeck … found that …" is Fishbeck's).
    assert_eq!(speaker_of(c, a, "badly affected").as_deref(), Some("Food Standards Agency"));
}

#[test]
fn a_role_after_an_aside_or_as_a_broader_noun_is_the_person_given_it() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "role_antecedent.txt"));
    assert_eq!(speaker_of(c, a, "values the partnership").as_deref(), Some("Jane Roe"));
    assert_eq!(speaker_of(c, a, "We are ready").as_deref(), Some("Jane Roe"));
    // Nobody was named an official: nobody the text names.
    assert_eq!(speaker_of(c, a, "The insurers"), None);
}

#[test]
fn a_place_named_after_its_saint_or_founder_keeps_the_name() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "founder_names.txt"));
    let names = actor_names(c, a);
    assert!(names.contains(&"St. Columba’s Medical Center".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n == "Medical Center" || n.starts_with("Columba")), "{names:?}");
}

#[test]
fn a_company_with_its_legal_form_and_an_office_with_a_general_are_whole() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "legal_forms.txt"));
    let names = actor_names(c, a);
    assert!(names.contains(&"Brennholz Maschinen AG".to_string()), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with("Office of Inspector General")), "{names:?}");
    assert!(!names.iter().any(|n| n == "AG" || n.ends_with("Inspector")), "{names:?}");
}

#[test]
fn companies_known_by_their_shares_their_employees_and_what_they_are() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "companies_by_evidence.txt"));
    let names = actor_names(c, a);
    for org in ["Tarrow", "Harrow Capital", "Kestner", "Brevik"] {
        assert_eq!(actor(c, a, org).kind, corpus::ActorKind::Organization, "{names:?}");
    }
    // A person who shares a view is no company.
    let ellery = a.actor_ids().into_iter().map(|id| c.actor(id)).find(|x| x.name.contains("Ellery"));
    assert!(ellery.is_none_or(|x| x.kind == corpus::ActorKind::Person), "{names:?}");
    // A city, which has things but does not make them, is none either.
    assert!(a.actor_ids().into_iter().all(|id| c.actor(id).name != "Ostrava" || c.actor(id).kind != corpus::ActorKind::Organization));
}

#[test]
fn a_verb_joined_by_and_shares_the_sentence_subject() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "coordinated_verb.txt"));
    assert_eq!(speaker_of(c, a, "return to the table").as_deref(), Some("Li Qiang"));
    // Unnamed traders are nobody the text names.
    assert_eq!(speaker_of(c, a, "further pain"), None);
}

#[test]
fn speech_shapes_of_web_pages() {
    let l = load();
    let (c, a) = (&l.corpus, article(&l.corpus, "speech_shapes.txt"));
    // A headline's quotation quoted again at length in the body is that speaker's.
    assert_eq!(quotes(c, a)[0], ("We will not back down".to_string(), Some("Sara Lindqvist".to_string())));
    // The reporting verb gives the speaker when the last verb's subject names nobody.
    assert_eq!(speaker_of(c, a, "routine maintenance").as_deref(), Some("Diane Kowalski"));
    assert_eq!(speaker_of(c, a, "put the commuters first").as_deref(), Some("Anthony Reyes"));
    // An unnamed spokesman speaks for the ministry.
    assert_eq!(speaker_of(c, a, "negligible").as_deref(), Some("Finance Ministry"));
    // German marks, "spoke of", and an adverb after a pronoun subject.
    assert_eq!(speaker_of(c, a, "an expropriation").as_deref(), Some("Friedrich Albers"));
    assert_eq!(speaker_of(c, a, "That is the loophole.").as_deref(), Some("Friedrich Albers"));
    // "He and O'Donnell": the next "he" is not O'Donnell.
    assert_eq!(speaker_of(c, a, "The minister keeps").as_deref(), Some("Graham Simpson"));
    // A place under a preposition, even coordinated, is no speaker.
    assert_eq!(speaker_of(c, a, "abandoned"), None);
    // "She and Fournier … when he called her proposals": "her" says nothing of Fournier, and
    // "he" after "when" is a subject.
    assert_eq!(speaker_of(c, a, "unrealistic").as_deref(), Some("Clément Fournier"));
    // Albers was "he" above ("But he also warned"): "she" is Oberländer.
    assert_eq!(speaker_of(c, a, "We will bring").as_deref(), Some("Katrin Oberländer"));
    // Attributed two sentences later ("It was delivered by …").
    assert_eq!(speaker_of(c, a, "We have no more margin").as_deref(), Some("María José García-Serrano"));
}

#[test]
fn an_inverted_cue_gives_the_name_in_apposition_to_the_role() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "inverted_appositive.txt");
    // "said Merilaev's chief executive, Kadri Põldmaa-Sepp": the person, not the company.
    assert_eq!(speaker_of(c, a, "This deal lets us").as_deref(), Some("Kadri Põldmaa-Sepp"));
    assert_eq!(speaker_of(c, a, "Neither of us").as_deref(), Some("Kadri Põldmaa-Sepp"));
    assert_eq!(speaker_of(c, a, "We will look at the prices").as_deref(), Some("Rasmus Oja"));
}

#[test]
fn a_pronoun_refers_to_the_subject_of_the_sentence_before() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "pronoun_subject.txt");
    // Not the name under "at" in the relative clause, nor the object of "met".
    assert_eq!(speaker_of(c, a, "We have two midwives").as_deref(), Some("Siobhán O'Rourke"));
    assert_eq!(speaker_of(c, a, "The first graduates").as_deref(), Some("Nguyễn Thị Lan"));
    assert_eq!(speaker_of(c, a, "I close at noon").as_deref(), Some("Yusuf al-Amin"));
    // "Speaking about the visit of Minister X, the spokeswoman said": X is in the opening
    // participle's phrase, not the subject; "she" goes further back.
    assert_eq!(speaker_of(c, a, "The minister will sign").as_deref(), Some("Ingrid Solberg-Haugen"));
}

#[test]
fn a_cue_finds_its_subject_across_clauses_appositions_and_brackets() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "clause_subjects.txt");
    // "“…,” while Bolivian President … posted": a clause of its own, not the attribution.
    assert_eq!(speaker_of(c, a, "with the seriousness").as_deref(), Some("Peru"));
    // "Bolivia's water minister, Juan Santos Cruz, warned that the member states were “…”": the
    // name in apposition is the subject, and "states" after "member" is no verb.
    assert_eq!(speaker_of(c, a, "sleepwalking").as_deref(), Some("Juan Santos Cruz"));
    // "… welcomed … but urged": the verb joined by "but" has the sentence's subject.
    assert_eq!(speaker_of(c, a, "publish every reading").as_deref(), Some("Michelle Bachelet"));
    // "the Federation of Copper Workers (FTC) called it": the bracket is stepped over to the name.
    assert_eq!(speaker_of(c, a, "workable").as_deref(), Some("National Mining Society"));
    assert_eq!(speaker_of(c, a, "a tax on jobs").as_deref(), Some("Federation of Copper Workers"));
}

#[test]
fn a_quotation_after_a_sentence_about_a_person_is_that_persons() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "led_in_quote.txt");
    assert_eq!(speaker_of(c, a, "It was the coldest month").as_deref(), Some("Park Ji-woo"));
    assert_eq!(speaker_of(c, a, "We cannot ask audiences").as_deref(), Some("Óscar Mendieta-Ruiz"));
    // "He put his reasoning plainly: “…”": the colon hands over to the subject.
    assert_eq!(speaker_of(c, a, "Our sponsors book").as_deref(), Some("Lars van der Heijden"));
    // A sentence about a place or about someone's relative names no speaker.
    assert_eq!(speaker_of(c, a, "We waited for three hours"), None);
    assert_eq!(speaker_of(c, a, "She cried through"), None);
}

#[test]
fn a_speaker_named_in_the_sentence_after_the_quotation() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "named_after_quote.txt");
    assert_eq!(speaker_of(c, a, "We did not come here").as_deref(), Some("Ilir Hoxha-Berisha"));
    assert_eq!(speaker_of(c, a, "The forests are alive").as_deref(), Some("Margarida Vasconcelos Brandão"));
    // A sentence after it that gives the words to nobody.
    assert_eq!(speaker_of(c, a, "Nobody asked us"), None);
    // "When I ask X …, he talks for a long time": a narrative sentence opened by a clause hands
    // over to the quotation of several paragraphs below it.
    assert_eq!(speaker_of(c, a, "When I started").as_deref(), Some("Tomás Villanueva"));
}

#[test]
fn institutions_speak_through_statements_sides_and_head_nouns() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "institution_speakers.txt");
    // "the statement says": the statement of the ministry that opened the story.
    assert_eq!(speaker_of(c, a, "The actions of the other side").as_deref(), Some("Ministry of Foreign Affairs of Kazakhstan"));
    // "The Kazakh side considers such actions “…”": a stated view of the country.
    assert_eq!(speaker_of(c, a, "a violation of the agreements").as_deref(), Some("Kazakhstan"));
    // "In Tashkent, the foreign ministry said": the government of that capital, not the
    // ministry named before.
    assert_eq!(speaker_of(c, a, "with attention").as_deref(), Some("Uzbekistan"));
    // "Campaigners at X, a charity, called …": the organisation.
    assert_eq!(speaker_of(c, a, "a warning for the whole region").as_deref(), Some("Green Steppe Watch"));
    // "The commission said": the commission named before.
    assert_eq!(speaker_of(c, a, "fully transparent").as_deref(), Some("Central Election Commission of Kazakhstan"));
    // "the company said": the organisation that last opened a sentence.
    assert_eq!(speaker_of(c, a, "Costs have risen").as_deref(), Some("Steppe Freight Logistics"));
    // "the central bank" is no "World Bank": every word of the phrase must be in the name.
    assert_eq!(speaker_of(c, a, "Inflation will stay high"), None);
}

#[test]
fn a_dialogue_alternates_and_a_place_is_no_antecedent() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "dialogue_turns.txt");
    assert_eq!(speaker_of(c, a, "Who will pay").as_deref(), Some("Gathoni Wambui"));
    assert_eq!(speaker_of(c, a, "The county, as it").as_deref(), Some("Bakari Mwinyi Juma"));
    // A new paragraph's "she said" after his reply is her turn; "he said" after her question his.
    assert_eq!(speaker_of(c, a, "And if it does not").as_deref(), Some("Gathoni Wambui"));
    assert_eq!(speaker_of(c, a, "Then we build it").as_deref(), Some("Bakari Mwinyi Juma"));
    // A speaker named before a quotation of several paragraphs.
    assert_eq!(speaker_of(c, a, "The money is there").as_deref(), Some("Otieno Kiprotich"));
    // "near Ponte de Sor", even if read as a person's name, is where, not who.
    assert_ne!(speaker_of(c, a, "We lost everything").as_deref(), Some("Ponte de Sor"));
}

#[test]
fn common_attribution_shapes_of_a_wire_story() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "attribution_shapes.txt");
    let expect = [
        ("We are disappointed", Some("Delta Shipping Group")),
        ("No. I was elected", Some("Pieter Smit")),
        ("It's over for this season", Some("Pieter Smit")),
        ("run into the hundreds", Some("Sanne de Vries")),
        ("This is a disaster", Some("Maria López Ortega")),
        ("The strike will go on", Some("Bakker")),
        // "he was quoted as saying by …": the pronoun, past the passive frame.
        ("We will not interfere", Some("Bakker")),
        ("very confident", Some("Femke Jansen")),
        ("generous and final", Some("Femke Jansen")),
        ("nothing has changed", Some("Pieter Smit")),
        // An anonymous official is nobody the text names.
        ("Nobody here wants", None),
        ("We lose money", Some("Ana Torres")),
        ("We will talk again", Some("Pieter Smit")),
        ("Only if they bring", Some("Femke Jansen")),
        ("an immediate return", Some("Femke Jansen")),
        // "the 58-year-old said": the age stands for the person, like a pronoun.
        ("I have seen three strikes", Some("Willem Hendriks")),
    ];
    for (start, who) in expect {
        assert_eq!(speaker_of(c, a, start).as_deref(), who, "{start}");
    }
}

#[test]
fn a_first_person_quotation_below_a_paragraph_about_someone_is_theirs() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "feature_portrait.txt");
    // "He is 67 … His hands are cracked from the brine." and then “My grandfather made salt …”
    // over two paragraphs.
    assert_eq!(speaker_of(c, a, "My grandfather made salt").as_deref(), Some("Manuel Rocha-Pinto"));
    assert_eq!(speaker_of(c, a, "If the pans close").as_deref(), Some("Inês Carvalho Matos"));
    assert_eq!(speaker_of(c, a, "We are trying").as_deref(), Some("Joaquim Ribau"));
    // "The firm said" with no organisation recognised names nobody.
    assert_eq!(speaker_of(c, a, "growing every year"), None);
}

#[test]
fn institutions_behind_readouts_and_spokespeople() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "institution_anaphors.txt");
    // "The readout said": whoever issued the readout the story mentioned before.
    assert_eq!(speaker_of(c, a, "frank but useful").as_deref(), Some("Maritime Safety Agency"));
    // "a spokesman for the company", "a spokesperson for the agency": the institution the noun
    // refers back to; a company is no agency.
    assert_eq!(speaker_of(c, a, "Engineers cannot reach").as_deref(), Some("Kestrel Grid Ltd"));
    assert_eq!(speaker_of(c, a, "completed before spring").as_deref(), Some("Coastal Licensing Agency"));
    assert_eq!(speaker_of(c, a, "a blow to every family").as_deref(), Some("Orla Kinsella"));
    // "X (ABBR) met …, warning that …": the participle takes the clause's subject, X.
    assert_eq!(speaker_of(c, a, "rotting on the quay").as_deref(), Some("Island Growers Association"));
    // "X, represented by its convener, Mr. Y, said": the agent of the aside is not the subject.
    assert_eq!(speaker_of(c, a, "fight the cuts").as_deref(), Some("Northern Isles Council"));
    // "“…,” according to a notice issued by X": the document's issuer, not the last speaker.
    assert_eq!(speaker_of(c, a, "Every crossing").as_deref(), Some("Maritime Safety Agency"));
}

#[test]
fn a_message_named_after_the_quotation_and_a_colon_after_an_opening_clause() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "memo_and_colon.txt");
    // "“…” So opened an email sent … by X": the writer of the message.
    assert_eq!(speaker_of(c, a, "Today I have to share").as_deref(), Some("Tariq Al-Mansouri"));
    // "When reporters pressed her …, director X was candid about it: “…”": the speech verb of
    // the opening clause is not the cue; the clause before the colon is about the speaker.
    assert_eq!(speaker_of(c, a, "We waited too long").as_deref(), Some("Siobhán Ní Bhriain"));
    // "An audit by the accounting firm X, published …, found that … “…”": the document's author.
    assert_eq!(speaker_of(c, a, "in every quarter").as_deref(), Some("Harrowgate Partners LLP"));
}

#[test]
fn a_role_named_in_the_paragraphs_after_it() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "role_named_later.txt");
    // "warnings from the county's roads director that … “…”": a noun cue, and a role whose
    // holder the story names below with that very title ("Roads Director X").
    assert_eq!(speaker_of(c, a, "one hard winter").as_deref(), Some("Małgorzata Wiśniewska-Dunne"));
    // A bare "the director" is too vague to look ahead for: two directors follow.
    assert_eq!(speaker_of(c, a, "long overdue"), None);
}

#[test]
fn a_pronoun_opening_the_next_sentence_gives_the_sole_subject_a_sex() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "pronoun_after_sole_subject.txt");
    // "X is already at the bench … He has made nets …": X is a man, so an unnamed woman's
    // "she said" is not his, and his later "he says" stays his.
    assert_eq!(speaker_of(c, a, "We count them"), None);
    assert_eq!(speaker_of(c, a, "Tomorrow we mend").as_deref(), Some("Dermot Keaveney"));
}

#[test]
fn an_unnamed_organ_speaks_for_its_institution() {
    let l = load();
    let c = &l.corpus;
    let a = article(c, "organ_of_institution.txt");
    // "the board of the X … “…,” the board said": the institution whose board it is.
    assert_eq!(speaker_of(c, a, "The collection belongs").as_deref(), Some("Harland Heritage Trust"));
    // "The X committee met … “…,” the committee said".
    assert_eq!(speaker_of(c, a, "We want answers").as_deref(), Some("Kestrelmoor Football Club"));
}

#[test]
fn a_quoted_paragraph_goes_on_with_the_voice_of_a_long_attribution_before_it() {
    let c = &load().corpus;
    let a = article(c, "long_attribution_then_quote.txt");
    // The previous paragraph ends with its speaker's long description; the next paragraph is only
    // a quotation: the same driver goes on.
    assert_eq!(speaker_of(c, a, "We kept the buses").as_deref(), Some("Morag Tulloch"));
    assert_eq!(speaker_of(c, a, "I have a mortgage").as_deref(), Some("Morag Tulloch"));
}

#[test]
fn a_long_title_before_the_speaker_after_the_quotation() {
    let c = &load().corpus;
    let a = article(c, "long_title_before_speaker.txt");
    // "“…,” Deputy Minister of Transport, Maritime Affairs and Fisheries X told …": the title lists
    // its portfolio's parts, so more than eight words stand before the verb.
    assert_eq!(speaker_of(c, a, "Container volumes").as_deref(), Some("Ilse Brandvold"));
}

#[test]
fn subjects_past_asides_and_voices_of_institutions() {
    let text = "Talks resume\n\n\
        The European Commission, which negotiated the agreement, defended it. \"The agreement contains strong safeguards for farmers\", a Commission spokesperson said in Brussels.\n\n\
        Selim Karaosmanoglu, a ministry spokesman, spoke in Ankara on Monday. Karaosmanoglu, speaking later in Ankara, said Turkey remained open to \"a dialogue without preconditions\" but little more.\n\n\
        A NATO official, speaking on condition of anonymity because he was not authorised to brief the media, said the alliance was \"following closely\" and that hotlines were working.\n\n\
        The widow of one of the officers, Guadalupe Inzunza, has attended every session. Asked outside the court what she expected, she was brief: \"Only that the truth is said out loud.\"\n\n\
        SK Hynix, the main supplier of HBM chips to US chip designer Nvidia, said in a statement that its lines were \"running at full capacity\" this year.\n\n\
        The new price was shown at stations operated by NNPC Limited, which said it had adjusted prices \"in line with market realities\" on Monday.\n\n\
        The Special Investigating Unit, whose 2024 report “Pipes to Nowhere” first flagged the contract, said the case showed “what is possible when investigators work together”.\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    // The institution named before by its head noun speaks through "a Commission spokesperson".
    assert_eq!(speaker_of(&c, a, "The agreement").as_deref(), Some("European Commission"));
    // "said Turkey remained open to": Turkey is what was reported on, not who spoke; the subject
    // before the aside did.
    assert_eq!(speaker_of(&c, a, "a dialogue").as_deref(), Some("Selim Karaosmanoglu"));
    assert_eq!(speaker_of(&c, a, "following closely").as_deref(), Some("NATO"));
    // A participle's clause, then the pronoun and a colon, in the middle of a paragraph.
    assert_eq!(speaker_of(&c, a, "Only that").as_deref(), Some("Guadalupe Inzunza"));
    // The subject before its description, not a name inside the description.
    assert_eq!(speaker_of(&c, a, "running at").as_deref(), Some("SK Hynix"));
    // "which said": the name before the relative pronoun's comma.
    assert_eq!(speaker_of(&c, a, "in line with").as_deref(), Some("NNPC Limited"));
    // A relative clause holding a title in quotation marks is still an aside.
    assert_eq!(speaker_of(&c, a, "what is possible").as_deref(), Some("Special Investigating Unit"));
}

#[test]
fn a_quotation_opening_a_paragraph_before_its_speaker_is_introduced() {
    let text = "Rents rise\n\n\
        A spokesman for the Irish Property Owners' Association said the changes were 'too little, too late' for many members.\n\n\
        ‘We were told we had 90 days.’ Siobhán Kearney, a nurse who has rented the same house for seven years, received her notice in October.\n\n\
        Brian Otieno founded the firm in 2019 with two friends from university.\n\n\
        \"We have proved the model in Kenya. Now we need to prove it travels.\" That was Otieno's summary when asked about the expansion.\n\n\
        \"A worker who earns the minimum wage cannot buy fuel and still feed his family.\"\n\n\
        That was Hauwa Abdulsalam, the union's president, speaking at its headquarters on Friday.\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "We were told").as_deref(), Some("Siobhán Kearney"));
    assert_eq!(speaker_of(&c, a, "We have proved").as_deref(), Some("Brian Otieno"));
    // The next paragraph says whose the quoted paragraph was.
    assert_eq!(speaker_of(&c, a, "A worker").as_deref(), Some("Hauwa Abdulsalam"));
}

#[test]
fn a_narrated_handover_after_an_opening_phrase_and_a_habit_of_saying() {
    let text = "Luthier dies\n\n\
        Aurèle Fontanaz, 91, built violins in Brienz for sixty years and taught at the school in Geneva.\n\n\
        In a 1998 interview with a Swiss broadcaster, he explained why.\n\n\
        «A machine does not listen to the wood. Every piece of spruce is different.»\n\n\
        He is survived by his daughter and, as he liked to say, «four hundred and twelve children of wood».\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "A machine").as_deref(), Some("Aurèle Fontanaz"));
    assert_eq!(speaker_of(&c, a, "four hundred").as_deref(), Some("Aurèle Fontanaz"));
}

#[test]
fn an_exchange_of_question_and_reply_goes_on_turn_by_turn() {
    let text = "Inquiry hears from founder\n\n\
        Counsel for the inquiry, Helen Okafor, questioned the founder, Martin Drewe, about the letter.\n\n\
        \"Did you read this letter, Mr Drewe?\" Ms Okafor asked.\n\n\
        \"I don't think I did,\" he replied. \"That was for the finance team.\"\n\n\
        \"You were the chairman of the company.\"\n\n\
        \"I was. But I am an engineer, not an accountant.\"\n\n\
        The hearing continues on Monday.\n\n\
        \"We will not comment,\" said Anne Boyle, a spokeswoman for the firm's lenders.\n\n\
        \"The process must run its course.\"\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "I don't think").as_deref(), Some("Martin Drewe"));
    assert_eq!(speaker_of(&c, a, "You were the chairman").as_deref(), Some("Helen Okafor"));
    assert_eq!(speaker_of(&c, a, "I was. But").as_deref(), Some("Martin Drewe"));
    // A quoted paragraph after a statement with no question before it goes on with the same voice.
    assert_eq!(speaker_of(&c, a, "The process").as_deref(), Some("Anne Boyle"));
}

#[test]
fn the_person_asked_answers_with_a_pronoun() {
    let text = "Inquiry hears from founder\n\n\
        Commissioner Helen Okafor, a former judge, asked Mr Drewe whether the board had raised the warning.\n\n\
        \"Not that I recall,\" he said.\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "Not that I recall").as_deref(), Some("Drewe"));
}

#[test]
fn an_opening_phrase_without_its_comma_before_the_subject() {
    let text = "Mill fire\n\n\
        Harbin Textiles Co., Ltd. runs the mill. In a statement on Monday night the company said it was \"shocked\" by the fire.\n\n\
        Ines Vogel, the union's regional secretary, visited the site. On Tuesday she said the exits had been \"locked for months\".\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "shocked").as_deref(), Some("Harbin Textiles Co."));
    assert_eq!(speaker_of(&c, a, "locked for months").as_deref(), Some("Ines Vogel"));
}

#[test]
fn a_long_name_with_its_acronym_before_a_relative_clause() {
    let text = "Builder collapse\n\n\
        The Northern Territory Building and Construction Authority (NTBCA), which licensed the firm, said in a statement it had \"no power to stop\" the deposits.\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "no power").as_deref(), Some("Northern Territory Building and Construction Authority"));
}

#[test]
fn a_bodys_branch_and_a_spokeswoman_for_it_somewhere_speak_for_the_body() {
    let text = "Recount row\n\n\
        The National Liberation Front (NLF) lost the count. Hours later, NLF's Western Cape branch said in a statement that it had found \"serious irregularities\" in three wards.\n\n\
        The Electoral Review Board said it had received 37 complaints. A spokeswoman for the board in Paarl said the reports were \"being checked one by one.\"\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "serious irregularities").as_deref(), Some("National Liberation Front"));
    assert_eq!(speaker_of(&c, a, "being checked").as_deref(), Some("Electoral Review Board"));
}

#[test]
fn a_titled_owner_of_the_verdict_and_the_union_named_before() {
    let text = "Match report\n\n\
        Samoa won in the last minute.\n\n\
        \"Eighty minutes of chaos.\" That was Tonga coach Sione Havili's verdict, and he blamed the referee.\n\n\
        The Samoa Rugby Union said the win rewarded its academy. In a statement, the union said it showed \"the strength of our clubs.\"\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "Eighty minutes").as_deref(), Some("Sione Havili"));
    assert_eq!(speaker_of(&c, a, "the strength").as_deref(), Some("Samoa Rugby Union"));
}

#[test]
fn an_honorific_before_the_name_in_apposition_to_a_role() {
    let text = "Tunnel probe\n\n\
        Residents formed a group to question the project.\n\n\
        \"We were called troublemakers for asking to see the contracts,\" said its coordinator, Dr Lim Wei Ling, an urban planner. \"Now the auditors want them too.\"\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "We were called").as_deref(), Some("Lim Wei Ling"));
    assert_eq!(speaker_of(&c, a, "Now the auditors").as_deref(), Some("Lim Wei Ling"));
}

#[test]
fn a_described_firm_with_its_legal_form_in_apposition_to_the_subject() {
    let text = "Farm wells\n\n\
        The farm's parent company, the Doha-based Sahara Agricultural Holdings Co., said in a statement that it \"operates lawfully under state law.\"\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "operates lawfully").as_deref(), Some("Sahara Agricultural Holdings Co."));
}

#[test]
fn a_firm_named_again_by_its_first_word_and_described_by_its_trade() {
    let text = "Billing suit\n\n\
        The state sued Tallgrass Health Partners on Monday. Tallgrass, which runs nine hospitals, denied the claims. \"We will defend ourselves,\" the hospital system said in a statement.\n\n\
        Tallgrass founder says he \"never saw\" the audit.\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "We will defend").as_deref(), Some("Tallgrass Health Partners"));
    assert!(actor(&c, a, "Tallgrass Health Partners").aliases.contains(&"Tallgrass".to_string()));
    // The firm's founder is a person the phrase does not name.
    assert_eq!(speaker_of(&c, a, "never saw"), None);
}

#[test]
fn reporters_credited_under_the_story_are_no_actors() {
    let text = "Relief reaches Catanduanes\n\n\
        The port reopened on Monday, officials said, and the first relief ships docked in Virac, the Island Courier saw.\n\n\
        — With a report from Lito Ramos, Island Courier Visayas bureau\n\n(Additional reporting by Ana Lim, Island Courier)\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let names = actor_names(&c, &c.articles[0]);
    assert!(!names.iter().any(|n| n == "Lito Ramos" || n == "Ana Lim"), "{names:?}");
}

#[test]
fn it_is_the_body_named_nearest_before_it_or_the_last_to_open_a_sentence() {
    let text = "Bank raid\n\n\
        Depositors protested outside the bank on Tuesday. The Union of Savers (UOS) condemned what it called an \"organised theft\" and said its members would keep protesting.\n\n\
        Cedar Trust Bank said the branch would reopen on Monday. It said staff had been \"deeply shaken\".\n\n\
        Brussels imposed duties on Chinese cars, a move Beijing called \"naked protectionism\" that it said would hurt both sides.\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "organised theft").as_deref(), Some("Union of Savers"));
    assert_eq!(speaker_of(&c, a, "deeply shaken").as_deref(), Some("Cedar Trust Bank"));
    assert_eq!(speaker_of(&c, a, "naked protectionism").as_deref(), Some("China"));
}

#[test]
fn what_someone_called_a_thing_after_its_article_is_their_quotation() {
    let text = "Border row\n\n\
        The ministry's spokeswoman, Anna Petrosyan, spoke on Thursday. The spokeswoman also criticised what she called the \"selective memory\" of some officials.\n\n\
        The Dockers' Union gave the port seven days to reverse what it called \"a shameful cut\", warning of a strike.\n\n\
        A levy called \"Fair Share\" was raised.\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "selective memory").as_deref(), Some("Anna Petrosyan"));
    assert_eq!(speaker_of(&c, a, "a shameful cut").as_deref(), Some("Dockers' Union"));
    assert!(!quotes(&c, a).iter().any(|(t, _)| t.starts_with("Fair Share")));
}

#[test]
fn an_institutions_spokesperson_in_a_coordinated_predicate_speaks_for_it() {
    let text = "Dam inspection\n\n\
        Engineers finished the survey on Friday. A World Meteorological Organization spokesperson confirmed the agency had received the data and said the review would look at \"flood risk and warning times.\"\n";
    let c = corpus::extract_texts(&[("t.txt", text)]);
    let a = &c.articles[0];
    assert_eq!(speaker_of(&c, a, "flood risk").as_deref(), Some("World Meteorological Organization"));
}
