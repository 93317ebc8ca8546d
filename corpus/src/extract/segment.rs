//! Body versus page clutter.
//!
//! A saved page is the article followed by what the site puts after every article: reader
//! comments, lists of other stories, newsletter prompts, tickers. Sites announce each of these
//! with a short heading line ("Leave a Reply", "Latest news", "Read more:", "You May Also Like"),
//! so the body ends at the first such heading that follows some prose. Comments are often saved
//! *before* their heading (the numbered, indented replies come first, "Leave a Reply" after), so a
//! comments heading also takes the indented block just above it.
//!
//! Inside the body, single lines of furniture ("Published: Updated:", "Read Mode", "3 min read")
//! and promotion ("For all the latest headlines follow our …") are classified one by one: the
//! article continues after them, so they cannot end it.
//!
//! A page with no heading keeps its whole text as body: cutting a real paragraph is worse than
//! keeping a little clutter.

use super::text::Line;
use crate::model::{Clutter, ClutterKind, Span};
use regex::{Regex, RegexSet};
use std::sync::LazyLock;

/// The body boundary and the classified clutter of one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segments {
    pub body_end: usize,
    /// Sorted by start, not overlapping; those at or after `body_end` cover the rest of the text.
    pub clutter: Vec<Clutter>,
}

impl Segments {
    /// Whether `pos` lies in clutter (inline or trailing).
    pub fn is_clutter(&self, pos: usize) -> bool {
        // Sorted and disjoint: the only candidate is the last span starting at or before `pos`.
        let i = self.clutter.partition_point(|c| c.span.start as usize <= pos);
        pos >= self.body_end || (i > 0 && pos < self.clutter[i - 1].span.end as usize)
    }
    /// Stretches of the body that are article text: the body region minus inline clutter.
    pub fn body_parts(&self) -> Vec<(usize, usize)> {
        let mut parts = Vec::new();
        let mut at = 0;
        for c in self.clutter.iter().filter(|c| (c.span.start as usize) < self.body_end) {
            if (c.span.start as usize) > at {
                parts.push((at, c.span.start as usize));
            }
            at = at.max(c.span.end as usize);
        }
        if at < self.body_end {
            parts.push((at, self.body_end));
        }
        parts
    }
}

/// Headings after which the rest of the page is not the article (whole-line, case-insensitive).
/// A table of (pattern, kind) compiled once into a set, so that a line is read in one pass
/// rather than once per pattern: every line of every article goes through these.
struct Table {
    set: RegexSet,
    kinds: Vec<ClutterKind>,
    /// What a line must start with for any pattern to match (see `may_start`).
    starts: Starts,
    /// A pattern (by index) that also matches where this hand-written test says so.
    extra: Option<(usize, LineTest)>,
}

type LineTest = fn(&str) -> bool;

/// The beginnings every pattern of a table has: a word (matched case-insensitively, as a prefix
/// of the line's leading letters), a digit, or one of a few marks.
struct Starts {
    /// The words by their first letter (a–z), so that a line is compared with few of them.
    words: [Vec<&'static str>; 26],
    marks: &'static [u8],
}

impl Starts {
    fn new(words: &[&'static str], marks: &'static [u8]) -> Starts {
        let mut by_letter: [Vec<&'static str>; 26] = Default::default();
        for w in words {
            by_letter[(w.as_bytes()[0].to_ascii_lowercase() - b'a') as usize].push(w);
        }
        Starts { words: by_letter, marks }
    }
}

impl Table {
    fn new(table: &[(&str, ClutterKind)], starts: Starts, wrap: impl Fn(&str) -> String) -> Table {
        let set = RegexSet::new(table.iter().map(|(p, _)| wrap(p))).expect("clutter patterns");
        Table { set, kinds: table.iter().map(|(_, k)| *k).collect(), starts, extra: None }
    }
    fn kind(&self, line: &str) -> Option<ClutterKind> {
        if !may_start(line, &self.starts) {
            return None;
        }
        let matches = self.set.matches(line);
        let extra = |i: usize| self.extra.is_some_and(|(k, test)| k == i && test(line));
        (0..self.kinds.len()).find(|&i| matches.matched(i) || extra(i)).map(|i| self.kinds[i])
    }
}

/// Whether `line` (trimmed) starts the way some pattern of a table does, a cheap test that spares
/// nearly every line of prose the regexes. It only says no when no pattern can match: anything
/// non-ASCII where it decides goes to the regexes, since case-insensitive matching also folds
/// 'ſ' to 's' and 'K' (Kelvin) to 'k', and `\d` reads the digits of every script.
fn may_start(line: &str, starts: &Starts) -> bool {
    let b = line.as_bytes();
    let n = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    // Of the non-ASCII characters, only letters and digits can stand for a pattern's letters
    // or `\d` (a quotation mark opening a paragraph cannot).
    let letter_at = |i: usize| line[i..].chars().next().is_some_and(char::is_alphanumeric);
    if n == 0 {
        return b.first().is_some_and(|&c| if c.is_ascii() { c.is_ascii_digit() || starts.marks.contains(&c) } else { letter_at(0) });
    }
    if b.get(n).is_some_and(|c| !c.is_ascii()) && letter_at(n) {
        return true;
    }
    starts.words[(b[0].to_ascii_lowercase() - b'a') as usize].iter().any(|w| w.len() <= n && b[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
}

static TAIL_HEADING: LazyLock<Table> = LazyLock::new(|| {
    let table: &[(&str, ClutterKind)] = &[
        (r"leave a (reply|comment)|\d+\s+(comments?|responses?|replies|thoughts? on .*)|(reader |user )?comments?(\s*\(\d+\))?|(kommentare|comentarios|commentaires|commenti|reacties|réagir|reacciones|diskuse|diskusia|komentáře|komentáre|komentarze|kommentarer|yorumlar|комментарии)(\s*\(\d+\))?|have your say( on (this|the) (story|article|issue))?.*|comments are (closed|disabled)\.?|loading comments.*|add (a |your )?comment|post a comment|(show|view|load) (all )?comments|join the (discussion|conversation)|your email address will not be published.*|what do you think\?", ClutterKind::Comments),
        (r"(the )?latest( news| stories| articles| headlines| updates)?|(previous|next|older|newer) (article|post|story)s?|post navigation|(read|see) (more|also)|(read|see) more( (from|in|on|about))? [\w &'’-]{1,30}|also read|more (news|stories|articles|headlines)|related( articles| news| stories| posts| content| topics| coverage| reading)?|you (may|might) (also )?(like|be interested in|have missed)|other (materials|news|articles|stories|publications)( on (this|the) (subject|topic))?|recommended( for you| stories| articles| reading)?|most (read|popular|viewed|shared|commented)( news| stories| articles)?|top (content|stories|news)( trending)?|trending( now| news| stories)?|popular( news| posts| stories| articles)?|editor['’]?s picks|what to read next|read next|up next|further reading|in other news|news feed|don['’]t miss|must read|related topics\s*:.*|topics\s*:.*|les plus lus|(à )?lire aussi|voir aussi|lea también|ver también|lesen sie auch|leggi anche|lees ook|(die )?meistgelesenen?( artikel)?|mehr zum thema|lo más leído|lo más visto|más leíd[oa]s|más vist[oa]s|lee también|další (články|zprávy)|související( články| zprávy)?|nejčtenější( články| zprávy)?|latest (from|in) [a-z0-9 &'’.-]{1,30}|(the )?latest [a-z&'’-]+( [a-z&'’-]+)? (news|stories|headlines|articles|updates|videos)|more [a-z&'’-]+ (news|stories|headlines)|more (long reads|reads|features|essays|videos|podcasts|galleries|opinion|interviews|columns|reviews|analysis|reports)|notas relacionadas|noticias relacionadas|artículos relacionados|(también )?te puede interesar|más noticias|notícias relacionadas|leia (também|mais)|veja também|articles (liés|similaires)|sur le même sujet|dans la même rubrique|ähnliche artikel|weitere artikel|das könnte sie auch interessieren|articoli correlati|notizie correlate|potrebbe interessarti|gerelateerde artikelen|meer nieuws|[iİ]lgili haberler|çok okunanlar|son haberler|relaterte saker|mest lest|les også|relaterade artiklar|mest läst|läs också|mest læste|læs også|lue myös|czytaj (też|także)|around the web|(sponsored|promoted|partner|paid)( content| stories| links| posts)?|from (our|the) (partners?|web)|related (videos|links)|recommended by outbrain|(ads )?by taboola", ClutterKind::RelatedLinks),
        (r"sign up for (our |the )?newsletters?.*|sign up for .{0,40}(newsletters?|alerts).*|get (breaking )?news alerts .*|subscribe( to (our|the) [\w ]+)?|subscribe to (continue|keep) reading|already a subscriber\??.*|you have read \d+ of \d+ .*|newsletters?|follow us( on [\w ]+)?|stay (connected|informed|updated)|stay (connected|informed|updated|in the know)\s*:.*|(got|have) a (news |story )?tip\?.*|do you have a (news |story )?(tip|story)\b.*|(got|have) a story( idea)?\?.*|send us your (story|stories|news|tips?|photos|views)\b.*|suscr[ií]bete( a| al)? .{0,40}(bolet[ií]n|newsletter).*|abonnez-vous .{0,40}(newsletter|lettre).*|abonnieren sie .{0,40}newsletter.*|inscreva-se .{0,40}newsletter.*|iscriviti .{0,40}newsletter.*", ClutterKind::Promo),
        (r"(tags?|keywords|filed under|etiketler|etiquetas|palabras clave|schlagwörter|stichwörter|mots[- ]clés|parole chiave|trefwoorden|emneord|stikkord|taggar|avainsanat|aiheet|ämnen|emner|themen|temas|sujets|argomenti|onderwerpen|tópicos|assuntos|tematy|konular|témata|témy|štítky|tagy|tagi)(\s*:.*)?|reuse this content.*|share (this|on)( article| story| post| page)?:?|share:|del artikkelen|del saken|del artiklen|dela artikeln|jaa artikkeli|compartir (esta |la )?(nota|noticia|artículo)|compartilhe (esta |a )?(notícia|matéria)|partager (cet |l['’] ?)article|artikel teilen|condividi (questo |l['’] ?)articolo|deel dit artikel|haberi paylaş|\d[\d,.]*k?\s+(likes?|restacks?|reactions?|claps?|upvotes?)|our standards:.*|disclaimer\s*:.*|(was|is) this (article|story|page) (helpful|useful)\??.*|did you (find|like) this (article|story)( (helpful|useful))?\??.*|rate this (article|story).*|send (us )?(your )?feedback.*|advertise with us|contact us|privacy policy|terms (of (use|service)|and conditions)|#{3}|media (contacts?|inquiries|enquiries)|press contacts?|about the author|explore more on (these|this) topics?|topics|_{3,}|\((additional )?(reporting|writing|editing|compiled|research) by [^)]*\)", ClutterKind::Chrome),
    ];
    // The first word of every alternative above (the letters before its first non-letter).
    // Words whose first non-ASCII letter comes next need none ("más", "läs", "çok", "schlagwörter"):
    // `may_start` lets such lines through.
    let words = &[
        "leave", "reader", "user", "comment", "add", "post", "show", "view", "load", "join", "your", "what", "the", "latest",
        "read", "see", "also", "more", "related", "you", "other", "recommended", "most", "top", "trending", "popular",
        "editor", "further", "in", "news", "don", "must", "sign", "subscribe", "newsletter", "follow", "stay", "tag",
        "share", "about", "explore", "topics", "up", "our", "media", "press", "kommentare", "comentarios", "commentaires",
        "commenti", "reacties", "reacciones", "les", "die", "meistgelesen", "mehr", "lo", "lee", "get", "already",
        "notas", "noticias", "te", "leia", "veja", "articles", "sur", "dans", "weitere", "das",
        "articoli", "notizie", "potrebbe", "gerelateerde", "meer", "ilgili", "son", "relaterte", "relaterade", "mest",
        "lue", "czytaj", "etiketler", "etiquetas", "palabras", "mots", "parole", "trefwoorden",
        "emneord", "stikkord", "taggar", "avainsanat", "keywords", "filed", "aiheet", "emner", "themen", "temas", "sujets",
        "argomenti", "onderwerpen", "assuntos", "tematy", "konular", "reuse", "del", "dela", "jaa", "compartir", "compartilhe", "partager",
        "artikel", "condividi", "deel", "haberi", "around", "sponsored", "promoted", "partner", "paid", "from", "ads", "by",
        "got", "have", "do", "disclaimer", "previous", "next", "older", "newer", "was", "is", "did", "rate", "advertise",
        "contact", "privacy", "terms", "loading", "lire", "voir", "lea", "ver", "lesen", "leggi", "lees", "diskuse", "diskusia", "komentarze",
        "kommentarer", "yorumlar", "send", "suscribete", "abonnez", "abonnieren", "inscreva", "iscriviti", "tagy", "tagi",
    ];
    let mut t = Table::new(table, Starts::new(words, b"_(#"), |p| format!(r"(?i)^(?:{p})\s*[:.…>»]*$"));
    t.extra = Some((1, more_from_heading));
    t
});

/// The heading of the Related pattern that is tested by hand: the regex
/// `(?i)^more (from|on|in) [\w .&'’-]{1,40}\s*[:.…>»]*$` ("More from Europe"). Forty repetitions of
/// the Unicode class `\w` took 13 ms to compile, more than all the other clutter patterns together,
/// and every run of the extraction paid it. Lines with other non-ASCII characters than ’ … »
/// still go to that regex, compiled only then.
fn more_from_heading(line: &str) -> bool {
    let b = line.as_bytes();
    if b.len() < 5 || !b[..5].eq_ignore_ascii_case(b"more ") {
        return false;
    }
    let after = |p: &str| b[5..].get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p.as_bytes())).then(|| &line[5 + p.len()..]);
    let Some(rest) = after("from ").or_else(|| after("on ")).or_else(|| after("in ")) else { return false };
    if rest.chars().any(|c| !c.is_ascii() && !matches!(c, '’' | '…' | '»')) {
        static MORE_FROM: LazyLock<Regex> =
            LazyLock::new(|| Regex::new(r"(?i)^more (from|on|in) [\w .&'’-]{1,40}\s*[:.…>»]*$").expect("more from"));
        return MORE_FROM.is_match(line);
    }
    let chars: Vec<char> = rest.chars().collect();
    let in_class = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | ' ' | '.' | '&' | '\'' | '’' | '-');
    let ending = |tail: &[char]| {
        let marks = &tail[tail.iter().take_while(|c| c.is_whitespace()).count()..];
        marks.iter().all(|c| matches!(c, ':' | '.' | '…' | '>' | '»'))
    };
    let run = chars.iter().take_while(|&&c| in_class(c)).count();
    (1..=run.min(40)).any(|k| ending(&chars[k..]))
}

/// Single lines of furniture or promotion that may sit inside the article.
static INLINE: LazyLock<Table> = LazyLock::new(|| {
    let table: &[(&str, ClutterKind)] = &[
        (r"^(published|updated|posted|last updated)\s*:?\s*((updated|modified)\s*:?\s*)?$|^read mode$|^(\d+\s*%\s*)?font size$|^\d+\s*min(ute)?s?\s+read$|^listen( to (this|the) (article|story))?( \d+ min(ute)?s?)?$|^(print|share|tweet|email|e-mail|copy link|whatsapp|telegram|facebook|twitter|linkedin|reddit|x \(formerly twitter\))$|^((kindly|please) )?share( this| the)?( article| story| post| page)?\s*:.{0,120}$|^share (on|via) .{0,120}$|^share (this|the) (article|story|post|page|news) (in|on|with|via|to) .{0,60}$|^advertisement$|^ad$|^(anzeige|werbung|publicidad|publicité|anuncio|pubblicità|advertentie)$|^((cover|main|top|featured|header|lead|file|hero) )?(photo|photograph|picture|image|foto|credit)s?( credit)?\s*:\s*\S.{0,250}$|^(english|international|global) (edition|version|service)$|^(accept(er)?|akzeptieren|aceptar) .{0,30}cookies.*$|^(we|this (site|website)) uses? cookies.*$|^skip to (main )?content$|^(reading time|estimated reading time)\s*:?.*$|^(day|week|month)$|^((your|enter your) )?(e-?mail|e-?mail address)\s*\*?$|^(sign up|subscribe|submit|register)$|^(humidity|wind|pressure)\s*:.*$|^like this\s*:\s*((like|loading)\b.{0,40})?$", ClutterKind::Chrome),
        (r"^for (all )?the latest (headlines|news|updates).*$|^follow (us|our) .{0,60}$|^follow .{1,60} on (whatsapp|telegram|x|twitter|facebook|instagram|google news|youtube|tiktok|linkedin|threads)\b.{0,60}$|^stay (up to date|up-to-date|tuned|connected|informed)\b.{0,120}$|^(sign up|subscribe) (for|to) .{0,120}$|^get (notified of )?the latest .{0,80}$|^join (our|the) .{0,60}(channel|group|community).*$|^(click|tap) here to .{0,80}$|^download (our|the) .{0,40}app.*$|^support (our )?(independent )?journalism.*$", ClutterKind::Promo),
        (r"^(read|see) (more|also)\s*:\s*\S.*$|^(also read|related)\s*:\s*\S.*$|^(à lire aussi|lire aussi|lee también|lea también|mehr zum thema|leggi anche|lees ook)\s*:\s*\S.*$|^(trending( now)?|breaking( news)?)\s*:\s*\S.*$", ClutterKind::RelatedLinks),
    ];
    // The first word of every alternative above (the letters before its first non-letter).
    let words = &[
        "published", "updated", "posted", "last", "read", "font", "x", "listen", "print", "share", "tweet", "e", "copy",
        "whatsapp", "telegram", "facebook", "twitter", "linkedin", "reddit", "ad", "skip", "estimated", "day", "week",
        "month", "humidity", "wind", "pressure", "like", "for", "follow", "sign", "subscribe", "get", "join", "click", "tap",
        "download", "support", "see", "also", "related", "anzeige", "werbung", "publicidad", "publicit", "anuncio", "pubblicit",
        "advertentie", "photo", "photograph", "picture", "image", "foto", "credit", "english", "international", "global",
        "kindly", "please", "your", "enter", "email", "submit", "register", "stay", "accept", "we", "this", "akzeptieren", "cover", "main", "top", "featured", "header", "lead", "file", "hero", "aceptar", "lire", "lee", "lea", "mehr", "leggi", "lees", "trending", "breaking",
    ];
    Table::new(table, Starts::new(words, b""), |p| format!("(?i){p}"))
});

fn tail_heading(line: &str) -> Option<ClutterKind> {
    let line = line.trim();
    // A heading is short; a labelled row ("Tags: …", "Do you have a story? …: Email us at …")
    // may run longer.
    if line.is_empty() || line.len() > if line.contains(':') { 400 } else { 80 } {
        return None;
    }
    TAIL_HEADING.kind(line)
}

/// The site's footer: a copyright line with its year ("© 2026 Coast Media Ltd", "Copyright ©
/// CityDesk Media 2026") or a line reserving the rights, in any of several languages. On a page
/// with no heading between them, the article ends where the footer starts (when no paragraph
/// follows it: see `segment`). A photo's credit ("© Getty Images") has no year and stays inside.
fn footer(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > 80 {
        return false;
    }
    static RIGHTS: LazyLock<Regex> = LazyLock::new(|| {
        // Case spelled out rather than `(?i)`, so that the search runs on its literals: every
        // short line after the first paragraph is tried.
        Regex::new(r"[Rr]ights [Rr]eserved|RIGHTS RESERVED|[Dd]erechos [Rr]eservados|[Dd]ireitos [Rr]eservados|[Dd]roits [Rr]éservés|[Rr]echte [Vv]orbehalten|[Dd]iritti [Rr]iservati|[Hh]akları [Ss]aklıdır|[Rr]ettigheter [Rr]eservert|[Rr]ättigheter [Ff]örbehållna|[Pp]ráva [Vv]yhrazena|[Pp]ráva [Vv]yhradené|[Pp]rawa [Zz]astrzeżone|[Rr]echten [Vv]oorbehouden|[Rr]ettigheder [Ff]orbeholdes|[Пп]рава защищены").expect("rights")
    });
    static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(19|20)\d{2}\b").expect("year"));
    let b = line.as_bytes();
    let copyright = line.starts_with(['©', 'ⓒ']) || b.get(..9).is_some_and(|p| p.eq_ignore_ascii_case(b"copyright")) || b.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(b"(c)"));
    (copyright && YEAR.is_match(line)) || RIGHTS.is_match(line)
}

/// How to cite the page, under a syndicated story: "Citation: Ancient DNA suggests … (2026,
/// November 13) retrieved 24 November 2026 from https://…". The story has ended above it.
fn citation(line: &str) -> bool {
    let line = line.trim_start();
    line.get(..9).is_some_and(|p| p.eq_ignore_ascii_case("citation:")) && (line.contains(" retrieved ") || line.contains("doi") || line.contains("https://"))
}

/// The kind of a single clutter line, if it is one.
pub fn inline_clutter(line: &str) -> Option<ClutterKind> {
    let line = line.trim();
    if subscription_prompt(line) {
        return Some(ClutterKind::Promo);
    }
    if share_bar(line) || document_link(line) || note_on_the_story(line) || reporter_contact(line) || error_report(line) {
        return Some(ClutterKind::Chrome);
    }
    // The cheap start test first: most lines of prose fail it before their words are counted.
    if line.is_empty() || !may_start(line, &INLINE.starts) || line.split_whitespace().nth(40).is_some() {
        return None;
    }
    INLINE.kind(line)
}

/// A bar of sharing buttons in any language: the networks' names (at least two), perhaps after a
/// label ending in a colon ("Compartir:   Facebook   X   WhatsApp", "Partager :  Facebook  X
/// LinkedIn  Copier le lien", "Share  |  Tweet  |  WhatsApp", "Share this article   Facebook   X").
/// The names are the same
/// everywhere; the label is not, so any short one is taken.
fn share_bar(line: &str) -> bool {
    const BUTTONS: &[&str] = &[
        "facebook", "x", "twitter", "tweet", "whatsapp", "telegram", "linkedin", "email", "e-mail", "mail", "pinterest", "reddit",
        "print", "messenger", "threads", "instagram", "youtube", "tiktok", "snapchat", "line", "kakaotalk", "weibo", "wechat", "bluesky", "mastodon", "vk", "flipboard", "xing", "viber", "sms", "share", "copy link",
        "copier le lien", "copiar enlace", "copiar link", "link kopieren", "copia link", "link kopiëren", "kopier lenke",
    ];
    // Cheap tests first, since every line of the body comes here: a bar is short and ends with a
    // button's name, where a line of prose ends with a word and a full stop.
    let last = line.rsplit(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '/' | ',')).find(|w| !w.is_empty()).unwrap_or("");
    if line.len() > 160 || !line.as_bytes().first().is_some_and(u8::is_ascii_alphabetic) || !BUTTONS.iter().any(|b| b.rsplit(' ').next().is_some_and(|t| t.eq_ignore_ascii_case(last))) {
        return false;
    }
    // Or an English label with no colon: "Share this article   Facebook   X   Email".
    let unlabelled = ["share this article", "share this story", "share this post", "share this page", "share this", "share on", "share via"]
        .iter()
        .find_map(|l| line.get(..l.len()).filter(|p| p.eq_ignore_ascii_case(l)).map(|_| &line[l.len()..]))
        .unwrap_or(line);
    let buttons = match unlabelled.split_once(':') {
        Some((label, rest)) if label.split_whitespace().count() <= 3 => rest,
        Some(_) => return false,
        None => unlabelled,
    };
    let mut lower = buttons.to_lowercase();
    let mut count = 0;
    for b in BUTTONS.iter().filter(|b| b.contains(' ')) {
        count += lower.matches(b).count();
        lower = lower.replace(b, " ");
    }
    for word in lower.split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | '/' | ',')).filter(|w| !w.is_empty()) {
        if !BUTTONS.contains(&word) {
            return false;
        }
        count += 1;
    }
    count >= 2
}

/// A note on how the story was made, under it or above it: the series it belongs to or who paid
/// for it ("This story is part of …", "This report was produced with support from …"). (A
/// correction is the story's own text: the gold sets keep it in the body, but for one.)
fn note_on_the_story(line: &str) -> bool {
    let t = line.trim_start_matches(['•', '*', '-', '–', '—', ' ']);
    if t.len() < 12 || t.len() > 400 || !t.as_bytes()[0].is_ascii_alphabetic() {
        return false;
    }
    let Some(rest) = ["this article ", "this story ", "this report ", "this piece "].iter().find_map(|l| {
        t.get(..l.len()).filter(|p| p.eq_ignore_ascii_case(l)).map(|_| &t[l.len()..])
    }) else {
        return false;
    };
    ["is part of", "was produced", "was supported", "was funded", "was made possible"]
        .iter()
        .any(|v| rest.starts_with(v))
}

/// How to reach the reporter, under the story: "Reach the reporter at jdoe@… or 602-555-0148.",
/// "- andre.wallace@jamaicaclarion.com", "Email: desk@…".
fn reporter_contact(line: &str) -> bool {
    let t = line.trim_start_matches(['•', '*', '-', '–', '—', ' ']).trim_end();
    if !t.contains('@') || t.len() > 200 {
        return false;
    }
    let lone_address = !t.contains(' ') && t.split('@').nth(1).is_some_and(|d| d.contains('.'));
    let lower = t.get(..12).unwrap_or(t).to_ascii_lowercase();
    lone_address || ["reach ", "contact ", "email", "e-mail", "write to ", "follow "].iter().any(|w| lower.starts_with(w))
}

/// The site's invitation to report a mistake in the story: "If you notice an error, select it
/// and press Ctrl+Enter", "Found a typo? Report it", "Report an error".
fn error_report(line: &str) -> bool {
    static REPORT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(if you (have )?(notice|noticed|see|saw|spot|spotted|find|found) an? (error|mistake|typo|inaccuracy)|(found|spotted|notice|noticed|see) an? (error|mistake|typo)\b|report an? (error|mistake|typo|inaccuracy|correction)\b)|\bctrl ?\+ ?enter\b").expect("error report")
    });
    line.len() <= 200 && REPORT.is_match(line)
}

/// A row of the page's labelled fields, two or more of them: "Section: Thailand | Writer:
/// Online reporters", "Category: Energy · Author: Desk". Each field is a short label of words, a
/// colon and a short value. Furniture under the story only: above it, such a row may be the
/// date line ("Published: 24 Nov 2026 | Updated: …"), which the dates read.
fn field_row(line: &str) -> bool {
    static FIELD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Lu}[\p{L} ]{0,24}:\s*\S.{0,60}$").expect("field"));
    if line.len() > 200 || !line.contains(':') {
        return false;
    }
    let fields: Vec<&str> = line.split(['|', '·', '•']).map(str::trim).collect();
    fields.len() >= 2 && fields.iter().all(|f| FIELD.is_match(f))
}

/// A link to the story's document or recording, alone on its line under the story: "Read the
/// transcript (PDF)", "Full report [PDF, 2.1 MB]", "Watch the hearing (video)".
fn document_link(line: &str) -> bool {
    static LINK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^[^.!?]{3,80}[(\[](pdf|docx?|video|audio|mp3)\b[^)\]]{0,20}[)\]]$").expect("document link"));
    line.ends_with([')', ']']) && line.split_whitespace().nth(10).is_none() && LINK.is_match(line)
}

/// A short line that ends by asking the reader to subscribe, after a sentence of thanks or of
/// where the piece appears: "Thanks for reading The Tideline! Subscribe for free to receive new
/// posts.", "This article appears in Issue 58 of The Halyard. Subscribe to receive the print
/// edition." The site's, not the article's, wherever it stands.
fn subscription_prompt(line: &str) -> bool {
    // One searcher for every line: building it is most of the cost of a search.
    static SUBSCRIBE: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(b"Subscribe "));
    let Some(at) = SUBSCRIBE.find(line.as_bytes()) else { return false };
    let (before, after) = (line[..at].trim_end(), &line[at + "Subscribe ".len()..]);
    before.ends_with(['.', '!']) && before.len() <= 120 && after.len() <= 120 && ["to ", "for ", "now", "today"].iter().any(|w| after.starts_with(w))
}

/// A line of running prose: enough words to be a sentence and sentence punctuation, or long.
/// A closing quotation mark ends a sentence only after punctuation ('…," she said.' ends with
/// '.'; '…it was "over."' does): a headline ends on a quoted phrase ('… as unions promise "a
/// long winter"'), a sentence does not.
pub fn is_prose(line: &str) -> bool {
    let line = line.trim();
    // Counting stops at 25: a long paragraph is prose whatever its length.
    let n = line.split_whitespace().take(25).count();
    let before_quote = |s: &str| s.trim_end_matches(['"', '”', '’', '»', ' ']).ends_with(['.', '!', '?', '…', ',']);
    let sentence_end = line.ends_with(['.', '!', '?', ')', '…', ':']) || (line.ends_with(['"', '”', '’']) && before_quote(line));
    (n >= 12 && sentence_end) || n >= 25
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// Splits `text` into body and clutter.
pub fn segment(text: &str, lines: &[Line]) -> Segments {
    let mut prose_seen = 0;
    // Where the story starts: its first line of prose.
    let mut story_start = 0;
    let mut boundary: Option<(usize, ClutterKind)> = None;
    for (i, line) in lines.iter().enumerate() {
        let t = line.text(text);
        if prose_seen > 0 {
            // A footer line ends the article only if no paragraph follows it: a photo's credit
            // with a year ("© 2024 Getty Images") may stand inside the story.
            let footer_last = || footer(t) && !lines[i + 1..].iter().any(|l| is_prose(l.text(text)));
            let heading = tail_heading(t).filter(|_| prose_seen > 1 || !story_follows(text, &lines[i + 1..]));
            if let Some(kind) = heading.or_else(|| (footer_last() || citation(t)).then_some(ClutterKind::Chrome)) {
                boundary = Some((i, kind));
                break;
            }
        }
        if prose_seen < 2 && is_prose(t) {
            if prose_seen == 0 {
                story_start = line.start;
            }
            prose_seen += 1;
        }
    }
    let mut clutter = Vec::new();
    let body_end = match boundary {
        None => text.len(),
        Some((i, kind)) => {
            let first = if kind == ClutterKind::Comments { comments_block_start(text, lines, i) } else { i };
            let (first, kind) = furniture_above(text, lines, first, story_start).unwrap_or((first, kind));
            let start = lines[first].start;
            tail_blocks(text, lines, first, kind, &mut clutter);
            start
        }
    };
    let mut inline = Vec::new();
    for line in lines.iter().take_while(|l| l.start < body_end) {
        if let Some(kind) = inline_clutter(line.text(text)) {
            let end = (line.end + 1).min(body_end);
            inline.push(Clutter { span: Span::new(line.start, end), kind });
        }
    }
    inline.extend(clutter);
    Segments { body_end, clutter: inline }
}

/// Whether the story itself comes after a heading that stands under a standfirst only: a "View
/// Comments" button between the byline and the first paragraph, not the comments under the story.
/// Three paragraphs of prose before any other heading of the tail say so.
fn story_follows(text: &str, after: &[Line]) -> bool {
    after.iter().map(|l| l.text(text)).take_while(|t| tail_heading(t).is_none()).filter(|t| is_prose(t)).nth(2).is_some()
}

/// A note on the author closing the story: "Anna Keller is a correspondent for the Nordic Daily
/// Post.", "The author is a senior fellow at …", "Jan Berg, a former diplomat, writes …". Group 1
/// is the author's name when the note gives one, group 2 its verb, group 3 the rest of its first
/// sentence.
static AUTHOR_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}";
    Regex::new(&format!(
        r"^[\s*_(\[—–-]*(?:(?:About the authors?:\s*)?(?:The|This) (?:authors?|writers?|columnist|reporter)|({name}))(?:,\s[^,.]{{1,60}},)?\s+(is|was|are|has been|works as|writes|covers|reports)\s([^.!?]*)"
    ))
    .expect("author note")
});
/// The roles an author note gives a writer: a journalist's, or an expert's who writes a column.
const AUTHOR_ROLES: &[&str] = &[
    "correspondent", "reporter", "journalist", "editor", "columnist", "writer", "author", "fellow", "contributor",
    "commentator", "freelance", "professor", "lecturer", "researcher", "analyst",
];

/// Whether `line` is a note on the story's author ("Anna Keller is a correspondent for the Nordic
/// Daily."), given the story above it: a person the story names is described, not noted.
pub fn is_author_note(line: &str, story_above: &str) -> bool {
    let Some(c) = AUTHOR_NOTE.captures(line).filter(|_| line.split_whitespace().count() <= 60) else { return false };
    let role = c[3].split(|ch: char| !ch.is_alphabetic()).any(|w| AUTHOR_ROLES.contains(&w.to_lowercase().as_str()));
    let named_above = c.get(1).is_some_and(|n| {
        let surname = n.as_str().rsplit(' ').next().unwrap_or_default();
        story_above.contains(surname)
    });
    role && !named_above
}

/// Furniture lines right above the tail's first line (blank lines between them allowed), such as
/// a share bar or a note on the author under the last paragraph: the article does not go on
/// after them, so the body ends at the first of them. Returns that line and its kind.
fn furniture_above(text: &str, lines: &[Line], first: usize, story_start: usize) -> Option<(usize, ClutterKind)> {
    let mut found = None;
    for k in (0..first).rev() {
        let t = lines[k].text(text);
        if t.trim().is_empty() {
            continue;
        }
        let author = || lines[k].start > story_start && is_author_note(t, &text[story_start..lines[k].start]);
        match inline_clutter(t).or_else(|| (stamp(t) || field_row(t.trim()) || author()).then_some(ClutterKind::Chrome)) {
            Some(kind) => found = Some((k, kind)),
            None => break,
        }
    }
    found
}

/// The story's time stamp repeated under it, above a share bar: "Posted 12 Nov 2026, updated
/// 13 Nov 2026", "Published: 4 March 2026 09:12". (Above the story such a line dates it, so it is
/// furniture only here.)
pub fn stamp(line: &str) -> bool {
    let t = line.trim();
    stamp_label(t) && t.len() <= 120 && t.bytes().any(|b| b.is_ascii_digit()) && !t.ends_with('.')
}

/// A line led by a time stamp's label, in the languages of the pages' furniture: "Published",
/// "Updated", "Posted", "Publié le", "Mis à jour", "Actualizado", "Veröffentlicht" …
pub fn stamp_label(line: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:published|updated|posted|last updated|last modified|modified|first published|publié|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato)\b").expect("stamp line")
    });
    STAMP.is_match(line.trim_start())
}

/// Comment threads saved above their "Leave a Reply" heading: the contiguous block of indented
/// lines (blank lines inside it allowed) that starts with a numbered item and ends right above
/// the heading. Returns the index of the block's first line, or `heading` when there is none.
fn comments_block_start(text: &str, lines: &[Line], heading: usize) -> usize {
    let mut first = heading;
    let mut i = heading;
    while i > 0 {
        let t = lines[i - 1].text(text);
        if t.trim().is_empty() {
            i -= 1;
            continue;
        }
        if indent(t) >= 2 {
            i -= 1;
            if NUMBERED.is_match(t.trim_start()) {
                first = i;
            }
            continue;
        }
        break;
    }
    first
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,3}[.)]\s+\S").expect("numbered item"));

/// Classifies the tail from line `first` on: a new block starts at each heading or furniture
/// line; a block takes the kind of the line that starts it. Adjacent blocks of one kind merge.
fn tail_blocks(text: &str, lines: &[Line], first: usize, first_kind: ClutterKind, out: &mut Vec<Clutter>) {
    let mut blocks: Vec<(usize, ClutterKind)> = vec![(lines[first].start, first_kind)];
    for line in &lines[first + 1..] {
        let t = line.text(text);
        let kind = tail_heading(t).or_else(|| inline_clutter(t)).or_else(|| footer(t).then_some(ClutterKind::Chrome));
        if let Some(kind) = kind {
            if blocks.last().map(|b| b.1) != Some(kind) {
                blocks.push((line.start, kind));
            }
        }
    }
    for (n, &(start, kind)) in blocks.iter().enumerate() {
        let end = blocks.get(n + 1).map(|b| b.0).unwrap_or(text.len());
        out.push(Clutter { span: Span::new(start, end), kind });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::lines;

    fn seg(t: &str) -> Segments {
        segment(t, &lines(t))
    }

    const PROSE: &str = "The minister said on Monday that the talks would continue next week in the capital.";

    #[test]
    fn clean_article_keeps_everything() {
        let t = format!("Headline\n\n{PROSE}\n\n{PROSE}\n");
        let s = seg(&t);
        assert_eq!(s.body_end, t.len());
        assert!(s.clutter.is_empty());
    }

    #[test]
    fn tag_rows_in_more_languages_and_a_note_on_the_author_above_them() {
        for tags in ["Keywords:  Penang  tunnel", "Filed under: Mining, Bolivia", "Aiheet:  Inari  tuulivoima", "Temas: Canarias", "Reuse this content"] {
            let t = format!("Headline\n\n{PROSE}\n\n{tags}\n\nMore\n");
            assert!(t[seg(&t).body_end..].starts_with(tags), "{tags}");
        }
        let t = format!("Headline\n\nBy Tom Rowe\n\n{PROSE}\n\nTom Rowe is the news editor of Track Wire. He has covered athletics since 2009.\n\nTags: Doping\n");
        assert!(t[seg(&t).body_end..].starts_with("Tom Rowe is"), "{}", &t[seg(&t).body_end..]);
        // A person the story is about, described at its end, is no author note.
        let t = format!("Headline\n\nAda Kerr won the race. {PROSE}\n\nAda Kerr is a reporter turned runner who trains in the hills.\n\nTags: Running\n");
        assert!(t[seg(&t).body_end..].starts_with("Tags"));
    }

    #[test]
    fn a_comments_button_between_standfirst_and_story_is_no_tail() {
        let t = format!("Headline\n\nA standfirst that sums the story up in one long sentence for the reader.\n\nBy Ann Lee\n\nView Comments\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n12 Comments\nreader_1 · 2 hours ago\nGood.\n");
        assert!(t[seg(&t).body_end..].starts_with("12 Comments"), "{}", &t[seg(&t).body_end..]);
    }

    #[test]
    fn how_the_story_was_made_and_how_to_reach_its_reporter_close_it() {
        let t = format!("Headline\n\n{PROSE}\n\nThis story is part of the Courier's “Dry Wells” series. It was produced with support from the Basin Fund.\n\nReach the reporter at jlee@courier.example or 555-0148.\n\n- ann.lee@courier.example\n\nMORE STORIES\nA story\n");
        assert!(t[seg(&t).body_end..].starts_with("This story is part of"), "{}", &t[seg(&t).body_end..]);
        // A correction is the story's own: it stays in the body.
        let t = format!("Headline\n\n{PROSE}\n\nCorrection: An earlier version of this story misstated the date.\n\nRelated\nA story\n");
        assert!(t[seg(&t).body_end..].starts_with("Related"));
        assert!(inline_clutter("She wrote to the council at clerk@town.example to object to the plan.").is_none());
    }

    #[test]
    fn a_repeated_stamp_a_long_caption_and_buttons_one_per_line_above_the_tail() {
        let t = format!("Headline\n\n{PROSE}\n\nPosted 12 Nov 2026, updated 13 Nov 2026\nShare\nCopy link\nFacebook\nX (formerly Twitter)\n\nRelated stories\nA story\n");
        assert!(t[seg(&t).body_end..].starts_with("Posted 12 Nov"), "{}", &t[seg(&t).body_end..]);
        let caption = "Photo: A dock worker loads sacks of grain onto a lorry at the port on Tuesday, as prices rose for a third week. (Harbour Post / Ana Lima)";
        let t = format!("Headline\n\n{PROSE}\n\n{caption}\n\nShare this article   Facebook   X\n\nRead more\nA story\n");
        assert!(t[seg(&t).body_end..].starts_with("Photo: A dock"));
        // Above the story, a stamp dates it and is no furniture.
        let t = format!("Headline\nPosted 12 Nov 2026\n\n{PROSE}\n");
        assert_eq!(seg(&t).body_end, t.len());
        assert!(seg(&t).clutter.is_empty());
        for heading in ["Lire aussi", "Voir aussi", "Lesen Sie auch", "Leggi anche"] {
            let t = format!("Headline\n\n{PROSE}\n\n{heading}\nUn autre article\n");
            assert!(t[seg(&t).body_end..].starts_with(heading), "{heading}");
        }
    }

    #[test]
    fn furniture_right_above_the_tail_ends_the_body() {
        // A share bar under the last paragraph: the story does not go on after it.
        let t = format!("Headline\n\n{PROSE}\n\nShare this article:   Facebook   X   Email\n\nComments (14)\n\nGreat piece.\n");
        assert!(t[seg(&t).body_end..].starts_with("Share this article:"));
        // Mid-story, the same bar is inline furniture and the body goes on.
        let t = format!("Headline\n\n{PROSE}\n\nSHARE:  Facebook | X | Email\n\n{PROSE}\n");
        let s = seg(&t);
        assert_eq!(s.body_end, t.len());
        assert_eq!(s.clutter.len(), 1);
        // "Read more <section>" heads a list of links.
        let t = format!("Headline\n\n{PROSE}\n\nRead more State Politics\n• Another story\n");
        assert!(t[seg(&t).body_end..].starts_with("Read more State Politics"));
    }

    #[test]
    fn related_heading_ends_the_body_and_tail_is_covered() {
        let t = format!("Headline\n\n{PROSE}\n\nRead more:\n\nOther story one\n\nSign up for our newsletter\n");
        let s = seg(&t);
        assert_eq!(&t[s.body_end..s.body_end + 10], "Read more:");
        let tail: Vec<_> = s.clutter.iter().filter(|c| c.span.start as usize >= s.body_end).collect();
        assert_eq!(tail[0].span.start as usize, s.body_end);
        assert_eq!(tail.last().unwrap().span.end as usize, t.len());
        assert_eq!(tail[0].kind, ClutterKind::RelatedLinks);
        assert_eq!(tail[1].kind, ClutterKind::Promo);
        for w in tail.windows(2) {
            assert_eq!(w[0].span.end, w[1].span.start);
        }
    }

    #[test]
    fn indented_comments_above_their_heading_are_clutter() {
        let t = format!("{PROSE}\n\n  1. I disagree with all of this.\n\n    Second paragraph of the comment.\n\n  2. Me too.\n\nLeave a Reply\n");
        let s = seg(&t);
        assert!(t[s.body_end..].starts_with("  1. I disagree"));
        assert_eq!(s.clutter[0].kind, ClutterKind::Comments);
    }

    #[test]
    fn a_heading_before_any_prose_does_not_end_the_body() {
        let t = format!("Latest news\nHeadline\n\n{PROSE}\n");
        assert_eq!(seg(&t).body_end, t.len());
    }

    #[test]
    fn the_start_test_rejects_no_line_a_pattern_matches() {
        let lines = [
            "Leave a Reply", "3 Comments", "12 thoughts on “Talks”", "Comments (4)", "Add your comment", "Show all comments",
            "Join the discussion", "Your email address will not be published.", "What do you think?", "The latest",
            "Latest news", "Read more:", "See also", "Also read", "More from Europe", "Related stories", "You may also like",
            "Other news on this topic", "Recommended for you", "Most read", "Top stories", "Trending now", "Popular posts",
            "Editor’s picks", "What to read next", "Further reading", "In other news", "News feed", "Don't miss", "Must read",
            "Sign up for our newsletter", "Subscribe", "Newsletters", "Follow us on X", "Stay informed", "Tags: a, b",
            "Share this article:", "About the author", "Explore more on these topics", "Topics", "_____",
            "(Reporting by A; Editing by B)", "Published: Updated:", "Updated", "Posted", "Last updated", "Read Mode",
            "100% Font Size", "Font size", "3 min read", "Listen to this article 4 mins", "Print", "E-mail", "Email",
            "Copy link", "WhatsApp", "Advertisement", "Ad", "Skip to main content", "Reading time: 4", "Estimated reading time 3",
            "Day", "Month", "Humidity: 40%", "Wind: 3 m/s", "For all the latest headlines follow us", "Follow our channel",
            "Get the latest news", "Join our Telegram channel", "Click here to read", "Tap here to see", "Download the app",
            "Support independent journalism", "See more: x", "Related: y", "ſhare", "LEAVE A REPLY", "Publishedupdated",
            "٣ min read", "Ｒead more", "Editor’s picks", "Don’t miss", "ſee also", "Sign\u{a0}up for x",
            "Read Next", "Up next", "Our Standards: The Trust Principles.", "###", "Media Contact", "Press contacts",
            "Stay informed: get breaking news alerts from the Courier.", "Share:", "Kommentare (37)", "Réagir (4)",
            "Comentarios (58)", "Les plus lus", "Die meistgelesenen Artikel", "Related topics: Fintech · Mergers",
            "Subscribe to continue reading", "Get breaking news alerts from The Dispatch", "Sign up for breaking news alerts from the Ledger.",
            "Anzeige", "PUBLICIDAD", "Photo: AFP / Jane Doe", "English edition", "Accepter les cookies ? Tout accepter",
            "À lire aussi : x", "Lee también: y", "Trending now: Gold hits record high",
            "Tags", "Etiketler: deprem, Malatya", "Etiquetas:", "Schlagwörter", "Mots-clés : a", "Share this page", "Del artikkelen",
            "Dela artikeln", "Compartir esta nota", "Partager cet article", "Artikel teilen", "Haberi paylaş", "184 Likes", "1,2k reactions",
            "Latest from News", "More Long Reads", "Notas relacionadas", "Noticias relacionadas", "Te puede interesar", "Más noticias",
            "Notícias relacionadas", "Leia também", "Sur le même sujet", "Ähnliche Artikel", "Articoli correlati", "Gerelateerde artikelen",
            "İlgili Haberler", "Çok Okunanlar", "Relaterte saker", "Mest lest", "Les også", "Läs också", "Lue myös", "Czytaj także",
            "Sign up to the CityDesk Morning Briefing — the business news you need, before the markets open.",
            "Around the web", "Sponsored content", "Promoted stories", "Partner content", "From our partners", "Related videos",
            "Recommended by Outbrain", "Ads by Taboola", "Got a tip? Signal us", "Have a tip?", "Do you have a story tip?", "Like this:   Like   Loading...",
            "Diskuse (14)", "Komentáře (2)", "Komentarze", "Yorumlar (5)", "Have your say on this story", "Další články", "Související zprávy",
            "Nejčtenější", "Más leídas", "Lo más visto", "Suscríbete a nuestro boletín", "Suscribete al boletín diario", "Abonnez-vous à notre newsletter",
            "Send us your story", "Got a story?", "Témata:  volby  Praha", "Štítky: x", "Tagy: y", "Tagi: z", "Cover photo: A crowd (AFP)",
            "Main image: A port", "Share this article in your social network", "Join the Riverside Post WhatsApp community",
            "Kindly share this story:", "Please share:", "Email address", "E-mail address *", "Sign up", "Register", "Stay up to date",
            "Follow The Coast on WhatsApp Channels.", "Disclaimer: views are the authors'", "Comments are closed.", "Loading comments...",
            "Previous article", "Next post", "Post navigation", "Was this article helpful?", "Did you find this story useful?",
            "Rate this article", "Send us your feedback", "Advertise with us", "Contact us", "Privacy Policy", "Terms of Use",
        ];
        for line in lines {
            for table in [&*TAIL_HEADING, &*INLINE] {
                if table.set.is_match(line) {
                    assert!(may_start(line, &table.starts), "{line}");
                }
            }
        }
        assert!(!may_start("The minister said", &INLINE.starts));
        assert!(tail_heading("Leave a Reply").is_some() && inline_clutter("3 min read").is_some());
    }

    #[test]
    fn wire_and_press_release_furniture_ends_the_body() {
        for heading in [
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Read Next",
            "###",
            "Media Contact",
            "Stay informed: get breaking news alerts from the Valley Courier.",
            "Share:",
            "Got a tip? Write to the newsroom on Signal at newsdesk.07.",
            "Do you have a news tip? Email tips@example.org",
            "More interviews",
        ] {
            let t = format!("Headline\n\n{PROSE}\n\n{heading}\n\nOther story\n");
            assert!(t[seg(&t).body_end..].starts_with(heading), "{heading}");
        }
        // A bare "Share" is a button inside the article; "About 200 people" is prose.
        for line in ["Share", "About 200 people marched.", "Our reporters saw it.", "## Section"] {
            let t = format!("Headline\n\n{PROSE}\n\n{line}\n\n{PROSE}\n");
            assert!(t[seg(&t).body_end..].is_empty(), "{line}");
        }
    }

    #[test]
    fn a_blogs_share_and_like_bars_over_its_related_posts_end_the_post() {
        let t = format!("Headline\n\n{PROSE}\n\nShare this:   Facebook   X   Email\nLike this:   Like   Loading...\n\nRelated\nAnother post\n");
        assert!(t[seg(&t).body_end..].starts_with("Share this:"));
        // "Like this:" before words of the post is prose, not the bar.
        assert!(inline_clutter("Like this: Like Loading...").is_some() && inline_clutter("Like this: the council votes first.").is_none());
    }

    #[test]
    fn share_bars_in_any_language_and_document_links_end_the_story_above_its_lists() {
        for furniture in [
            "Compartir:   Facebook   X   WhatsApp   Telegram",
            "Share  Facebook  X  LINE  Copy link",
            "Partager :  Facebook  X  LinkedIn  Copier le lien",
            "Share  |  Tweet  |  WhatsApp",
            "Teilen: Facebook · X · E-Mail",
            "Read the transcript (PDF)",
            "Full report [PDF, 2.1 MB]",
            "Share this article   Facebook   X   LinkedIn   Email",
        ] {
            for heading in ["Notas relacionadas", "Latest Cricket News", "Related coverage", "More business news"] {
                let t = format!("Headline\n\n{PROSE}\n\n{furniture}\n\n{heading}\nOther story - 21 November, 2026\n");
                assert!(t[seg(&t).body_end..].starts_with(furniture), "{furniture} / {heading}");
            }
        }
        // Words that are not buttons, a long label, a sentence with a document: prose.
        for line in ["Facebook: the company said", "X and Facebook", "The council published its findings (PDF).", "Share prices rose with the market"] {
            assert!(inline_clutter(line).is_none(), "{line}");
        }
        // A syndicated story's citation ends it, however long.
        let t = format!("Headline\n\n{PROSE}\n\nCitation: Ancient DNA suggests cats reached Europe later (2026, November 13) retrieved 24 November 2026 from https://example.org/news\n\nThis document is subject to copyright.\n");
        assert!(t[seg(&t).body_end..].starts_with("Citation:"));
    }

    #[test]
    fn more_from_headings_as_the_regex_reads_them() {
        let re = Regex::new(r"(?i)^more (from|on|in) [\w .&'’-]{1,40}\s*[:.…>»]*$").unwrap();
        for line in [
            "More from Europe", "MORE ON THIS STORY:", "More in World »", "more from", "More from ", "More from  ", "More from x …",
            "More from a-b's o’c_d 9.", "More from 1234567890123456789012345678901234567890", "More from 12345678901234567890123456789012345678901",
            "More from 1234567890123456789012345678901234567890 ..", "More from 1234567890123456789012345678901234567890 x",
            "More from \t:", "More from x\t:>", "More from Harbour & Field", "More frome x", "Moreover from x", "More from (x)", "More from Zürich", "More on Ünal »",
            "More from x\u{a0}:", "More ön x", "More from 1234567890123456789012345678901234567890\t",
        ] {
            assert_eq!(more_from_heading(line), re.is_match(line), "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn more_from_headings_as_the_regex_reads_them_anywhere(head in proptest::sample::select(vec!["More from ", "more ON ", "More in", "Mor from "]),
            parts in proptest::collection::vec(proptest::sample::select(vec!["a", "Z9", " ", ".", "’", "…", "»", ":", ">", "\t", "-", "é", ",", "&", "word "]), 0..30)) {
            static RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^more (from|on|in) [\w .&'’-]{1,40}\s*[:.…>»]*$").unwrap());
            let line = format!("{head}{}", parts.concat());
            proptest::prop_assert_eq!(more_from_heading(&line), RE.is_match(&line), "{:?}", line);
        }
    }

    #[test]
    fn comment_counts_paywalls_and_alerts_in_several_languages_end_the_body() {
        for heading in ["Kommentare (37)", "Réagir (4)", "Comentarios (58)", "Subscribe to continue reading", "Get breaking news alerts from The Andes Dispatch", "Related topics: Fintech · Saudi Arabia", "More from Harbour & Field"] {
            let t = format!("Headline\n\n{PROSE}\n\n{heading}\n\nOther story\n");
            assert!(t[seg(&t).body_end..].starts_with(heading), "{heading}");
        }
    }

    #[test]
    fn tag_share_and_related_bars_in_many_languages_end_the_body() {
        for heading in [
            "Tags", "Etiketler: deprem, Malatya, AFAD", "Share this page", "Del artikkelen", "Compartir esta nota", "184 Likes",
            "Latest from News", "More Long Reads", "Notas relacionadas", "İlgili Haberler", "Mest lest", "Articoli correlati",
        ] {
            let t = format!("Headline\n\n{PROSE}\n\n{heading}\n\nOther story\n");
            assert!(t[seg(&t).body_end..].starts_with(heading), "{heading}");
        }
        // Counts of likes above the first paragraph are the header's.
        let t = format!("Headline\n184 Likes\n\n{PROSE}\n");
        assert_eq!(seg(&t).body_end, t.len());
    }

    #[test]
    fn the_footer_ends_a_page_with_no_heading_before_it() {
        for footer in ["© 2026 Coast Media Ltd", "Copyright © CityDesk Media 2026", "ⓒ Seoul Arts Daily. All rights reserved.", "© 2026 El Correo del Plata S.A. Todos los derechos reservados."] {
            let t = format!("Headline\n\n{PROSE}\n\n{footer}\nAbout us\n");
            assert!(t[seg(&t).body_end..].starts_with(footer), "{footer}");
        }
        // A photo's credit under a picture inside the story is no footer, with a year or without.
        for credit in ["© Getty Images", "© 2024 Getty Images"] {
            let t = format!("Headline\n\n{PROSE}\n\n{credit}\n\n{PROSE}\n");
            assert_eq!(seg(&t).body_end, t.len(), "{credit}");
        }
    }

    #[test]
    fn a_subscription_prompt_is_the_sites_wherever_it_stands() {
        // Mid-post, the article goes on after it.
        let prompt = "Thanks for reading The Tideline! Subscribe for free to receive new posts and support my work.";
        let t = format!("Headline\n\n{PROSE}\n\n{prompt}\n\n{PROSE}\n");
        let s = seg(&t);
        assert_eq!(s.body_end, t.len());
        assert!(s.clutter.iter().any(|c| t[c.span.range()].trim() == prompt && c.kind == ClutterKind::Promo));
        // Right above the tail, it ends the body.
        let note = "This article appears in Issue 58 of The Halyard. Subscribe to receive the print edition.";
        let t = format!("Headline\n\n{PROSE}\n\n{note}\n\nMore Long Reads\nThe last ice road\n");
        assert!(t[seg(&t).body_end..].starts_with(note));
        // A print note without the prompt is the article's last line.
        let t = format!("Headline\n\n{PROSE}\n\nThis interview appears in print under the headline \"The Ranger\".\n\nMore Long Reads\n");
        assert!(t[seg(&t).body_end..].starts_with("More Long Reads"));
        // A sentence of the story that mentions subscribing is prose.
        assert!(!subscription_prompt("Readers were told to subscribe. Subscribers said the price had doubled since March."));
        // A long sign-up line above the tail is the tail's.
        let t = format!("Headline\n\n{PROSE}\n\nSign up to the CityDesk Morning Briefing — the business news you need, before the markets open.\n\nMost read\n");
        assert!(t[seg(&t).body_end..].starts_with("Sign up to"));
    }

    #[test]
    fn the_sites_own_lines_under_the_last_paragraph_end_the_body() {
        // Each of these sits between the story's last paragraph and a list the rules know, and
        // the body ends at the first of them.
        let closings: &[&[&str]] = &[
            &["Section: World | Writer: Staff reporters"],
            &["Published 3 March 2026, 10:00 GMT", "Follow us on :", "Facebook  Instagram  X  YouTube"],
            &["Have your say on this article in the comments below", "Join the Riverside Post WhatsApp community for breaking news"],
            &["Do you have a story from your town or a view to share with our readers: write to us at desk@riverside.example and we will call back"],
            &["Share this story on your social networks"],
            &["If you spot a mistake, highlight it and press Ctrl+Enter"],
            &["Found a typo? Tell the desk"],
            &["Main photo: Fishermen haul nets at dawn in the bay on Monday. (Riverside Post / K. Obi)"],
            &["Please share this article:", "Facebook  X  WhatsApp"],
            &["Stay up to date with our coverage. Follow Riverside Post on Telegram."],
            &["Sign up to the morning briefing", "Get the latest from the coast in your inbox.", "Your email", "Subscribe"],
            &["Disclaimer: Readers' comments are their own and do not reflect the views of the Riverside Post."],
        ];
        for lines in closings {
            for list in ["Tags: fishing  ports", "Most read"] {
                let t = format!("Headline\n\n{PROSE}\n\n{PROSE}\n\n{}\n\n{list}\nAnother story  2 March 2026\n", lines.join("\n"));
                assert!(t[seg(&t).body_end..].starts_with(lines[0]), "{lines:?} / {list}");
            }
        }
        // Headings, long tag rows, newsletter prompts and footers of sites in other languages.
        for heading in [
            "Témata:  volby   Praha   Senát   ODS   Piráti   Starostové a nezávislí   hnutí ANO   koalice SPOLU   Petr Fiala",
            "Diskuse (3)", "Další články", "Más leídas", "Suscríbete a nuestro boletín", "Nakladatelství Vltava a.s. © 2026. Všechna práva vyhrazena.",
            "Comments are closed.", "Previous article", "Post navigation", "Was this article helpful?", "Send us your feedback", "Contact us",
        ] {
            let t = format!("Headline\n\n{PROSE}\n\n{PROSE}\n\n{heading}\nSomething else\n");
            assert!(t[seg(&t).body_end..].starts_with(heading), "{heading}");
        }
        // A row of fields above the story is its date line, no furniture; a sentence about an
        // error in the story is prose.
        let t = format!("Headline\nPublished: 3 Mar 2026 | Updated: 4 Mar 2026\n\n{PROSE}\n");
        assert!(seg(&t).clutter.is_empty() && seg(&t).body_end == t.len());
        assert!(inline_clutter("If the court found an error in the count, the vote would be rerun.").is_none());
    }

    #[test]
    fn captions_credits_ads_and_promos_inside_the_story_do_not_end_it() {
        // The article continues after each of these lines: they are inline clutter, not a boundary.
        for line in ["Photo: AFP / Jane Doe", "Advertisement", "Anzeige", "PUBLICIDAD", "Read also: Antwerp races to electrify", "À lire aussi : La SNCF promet 40 TGV", "Lee también: Las lluvias no bastan", "Mehr zum Thema: Neubau bricht ein"] {
            let t = format!("Headline\n\n{PROSE}\n\n{line}\n\n{PROSE}\n");
            let s = seg(&t);
            assert_eq!(s.body_end, t.len(), "{line}");
            assert!(s.clutter.iter().any(|c| t[c.span.range()].trim() == line), "{line}");
        }
    }

    #[test]
    fn inline_furniture_and_promo_are_classified() {
        let t = format!("Headline\nPublished: Updated:\nRead Mode\n100% Font Size\n3 min read\n{PROSE}\nFor all the latest headlines follow our Google News channel online or via the app.\n{PROSE}\n");
        let s = seg(&t);
        assert_eq!(s.body_end, t.len());
        let kinds: Vec<_> = s.clutter.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [ClutterKind::Chrome, ClutterKind::Chrome, ClutterKind::Chrome, ClutterKind::Chrome, ClutterKind::Promo]);
        assert_eq!(s.body_parts().len(), 3);
    }
}
