//! Splitting one capitalised run into its parts, left to right: countries, organisations (up to
//! their head word), titles and names (`split_run`, `Part`).

use super::super::gazetteer::{self, CountryForm, ORG_HEADS, SENTENCE_WORDS, TITLE_HEADS};
use super::super::names;
use super::super::text::{is_all_caps, is_capitalised, with_lower, Word};
use super::scan::{head_after_and, name_like, particles_lead_to_name};
use super::words::{
    CALENDAR, is_abstract_noun, is_connector, is_domain, is_landform, is_leading_function_word, is_place_qualifier, is_title, is_title_modifier,
};

/// Acronyms that are not actors.
const NOT_ACRONYMS: &[&str] = &[
    "FM", "PM", "MP", "TV", "AM", "GMT", "UTC", "COVID", "CEO", "OK", "ID", "USD", "EUR", "GDP", "AI", "II", "III", "IV",
    "VI", "VII", "VIII", "IX", "XI", "XX", "XXI", "PS", "NB", "FAQ", "PDF", "URL", "HTML", "RSS", "SMS", "DIY", "VIP",
    "LIVE", "NEW", "UPDATE", "BREAKING", "EXCLUSIVE", "VIDEO", "PHOTO", "READ", "MORE", "NEWS", "HOME", "BC", "AD",
    "KM", "KG", "MM", "CM", "HQ", "RIP", "UAV", "UAVS", "ICBM", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT",
    "MSK", "IST", "EET", "EEST", "AEST", "ET", "PT", "CT", "OPINION", "ANALYSIS", "COMMENT", "EDITORIAL", "FEATURE", "INTERVIEW",
    "REVIEW", "WORLD", "POLITICS", "BUSINESS", "SPORT", "SPORTS", "CULTURE", "SCIENCE", "HEALTH", "TECH", "LETTERS",
    // Common nouns and regions written as acronyms.
    "LNG", "LPG", "FOB", "CIF", "EV", "EVS", "IPO", "ETF", "HIV", "AIDS", "DNA", "RNA", "VAT", "SUV", "NFT", "GPS", "CCTV", "VPN",
    "ESG", "MENA", "EMEA", "APAC", "LATAM", "CFO", "CTO", "COO", "SHARE", "PRINT", "EMAIL", "MRI", "ICU", "ER", "NGO", "NGOS",
    "EPC", "FDI", "SME", "SMES", "PPE", "ATM", "ATMS", "CSR",
    // Letters after a person's name: rank of counsel, honours, seats ("Priya Rao SC").
    "SC", "QC", "KC", "OBE", "MBE", "KBE", "DBE", "MLA", "MEP", "MSP",
    // Words of a page's labels in capitals ("ALSO READ", "SEE MORE", "WATCH LIVE").
    "ALSO", "SEE", "WATCH", "LISTEN", "RELATED", "TOP", "LATEST", "FULL", "STORY",
];

/// Whether `w` follows a clock time ("6:41 p.m. CST", "20:15 COT"): capitals there are its time
/// zone, whichever it is; a list of zones would always miss some.
fn after_clock(text: &str, w: Word) -> bool {
    let before = text[..w.start].trim_end();
    let before = ["a.m.", "p.m.", "am", "pm", "AM", "PM"].iter().find_map(|m| before.strip_suffix(m)).map_or(before, str::trim_end);
    let b = before.as_bytes();
    let digits = |s: &[u8]| s.len() == 2 && s.iter().all(u8::is_ascii_digit);
    b.len() >= 4 && digits(&b[b.len() - 2..]) && matches!(b[b.len() - 3], b':' | b'.') && b[b.len() - 4].is_ascii_digit()
}

/// The kinds of part a capitalised run splits into.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Part {
    Country { canonical: &'static str, form: CountryForm, from: usize, to: usize },
    Org { from: usize, to: usize },
    Title { from: usize, to: usize },
    Name { from: usize, to: usize, titled: bool },
    Skip,
}

/// Splits a capitalised run into countries, organisations, titles and names, left to right.
pub(super) fn split_run(text: &str, run: &[Word], title_case: bool, parts: &mut Vec<Part>) {
    let s = |k: usize| run[k].text(text);
    parts.clear();
    let mut i = 0;
    let mut after_title = false;
    while i < run.len() {
        let w = s(i);
        let particle_start = particles_lead_to_name(text, run, i);
        if is_connector(w) && particle_start.is_none() {
            i += 1;
            continue;
        }
        // "Africa CDC", "Europe Direct": a continent opening an organisation's acronym or name.
        if matches!(w, "Africa" | "Asia" | "Europe" | "Oceania" | "Eurasia") && i + 1 < run.len() && is_all_caps(s(i + 1)) {
            parts.push(Part::Org { from: i, to: i + 2 });
            i += 2;
            continue;
        }
        // "R-Garden City", "D-Lenexa": an American legislator's party and home town.
        if party_and_town(w) {
            parts.push(Part::Skip);
            i = run.len();
            continue;
        }
        // "Typhoon Halong", "Hurricane Milton": a storm is an event.
        if i + 1 < run.len() && gazetteer::STORMS.contains(w) {
            parts.push(Part::Skip);
            i = run.len();
            continue;
        }
        // "Banco Central del Paraguay", "RB Leipzig": a head word or a club's affix in front makes
        // the run one organisation.
        // "Banco de la República": over up to two particles.
        let named_next = (i + 1..run.len().min(i + 4)).any(|k| is_capitalised(s(k)));
        if named_next && (gazetteer::FRONT_HEADS.contains(w) || gazetteer::CLUB_AFFIXES.contains(w)) {
            // "… in Bogotá": where it is ends the name; "and the" opens another ("Banque Misr and
            // the National Bank of Egypt").
            let to = (i + 1..run.len()).find(|&k| matches!(s(k), "in" | "at") || s(k) == "and" && k + 1 < run.len() && s(k + 1) == "the").unwrap_or(run.len());
            parts.push(Part::Org { from: i, to });
            i = to;
            continue;
        }
        // An organisation: a head word ahead with no job title before it ("Russian Foreign
        // Ministry", "OSCE Minsk Group", "US Department of State"), then its "of …" complement.
        // "Mayor Linda Park": after a title, a two- or three-word name ending in "Park" is a person.
        let titled_name = |end: usize| after_title && end + 1 == run.len() && (1..=2).contains(&(end - i));
        let ahead = org_head_ahead(text, run, i).filter_event(|end| !titled_name(end));
        if let Ahead::Event(end) = ahead {
            parts.push(Part::Skip);
            i = end + 1;
            after_title = false;
            continue;
        }
        if let Ahead::Org(head) = ahead {
            let mut end = head + 1;
            // A complement starts with "of", "for" …; "X International and Greece" is two names.
            // A portfolio is no title here: "Department of Foreign Affairs and Trade".
            let complement_word = |w: &str| !TITLE_HEADS.contains(w) || is_title_domain(w);
            // "the Ifakara Health Institute in Tanzania": "in" or "at" right after the head word
            // names where the organisation is, not its complement.
            // So do they before a capital after a complement ("Academy of Science and Technology
            // in Hanoi"); a country's name there is the name's ("Board of Control for Cricket in India").
            let place_after_head = |end: usize| {
                matches!(s(end), "in" | "at") && (end == head + 1 || country_at(text, run, end + 1).is_some_and(|(_, f, _)| f == CountryForm::Capital))
            };
            while end + 1 < run.len() && is_connector(s(end)) && s(end) != "and" && complement_word(s(end + 1)) && !place_after_head(end) {
                let mut k = end;
                while k < run.len() && is_connector(s(k)) {
                    k += 1;
                }
                let mut m = k;
                // "Office of Inspector General": "General" after a word of the complement ends
                // it rather than starting a rank.
                while m < run.len() && !is_connector(s(m)) && (complement_word(s(m)) || (m > k && s(m) == "General")) {
                    m += 1;
                }
                // "and" continues only inside the complement ("of European and Eurasian Affairs"),
                // not into another actor ("Council of Europe and Russia", "… and ECHR").
                let another_actor = |k: usize| is_all_caps(s(k)) || country_at(text, run, k).is_some();
                // "and the" starts another name ("University of Oxford and the Ifakara …").
                while m + 1 < run.len() && s(m) == "and" && s(m + 1) != "the" && complement_word(s(m + 1)) && !another_actor(m + 1) {
                    m += 2;
                    while m < run.len() && !is_connector(s(m)) {
                        m += 1;
                    }
                }
                if m == k {
                    break;
                }
                end = m;
            }
            let from = if is_leading_function_word(w) && i < head { i + 1 } else { i };
            // "Office of the UN High Commissioner …": a complement with "the" that stops short of
            // a title has not reached the name's end; the words after the head are read alone.
            let of_the = head + 2 < run.len() && s(head + 1) == "of" && s(head + 2) == "the";
            if of_the && end < run.len() && !is_connector(s(end)) && end - from > 1 {
                parts.push(Part::Skip);
                i = head + 1;
                after_title = false;
                continue;
            }
            // "Trinity College Dublin", "University College London": a capital right after the
            // head word ending the run is the end of the name, not the state. So is a country's
            // name after a firm's head word: its subsidiary there ("Samsung Electronics Vietnam").
            let firm = || i < head && !is_leading_function_word(w) && gazetteer::FIRM_HEADS.contains(s(head));
            let place_ends_name = |f: CountryForm| f == CountryForm::Capital || f == CountryForm::Name && firm();
            if end == head + 1 && end < run.len() && country_at(text, run, end).is_some_and(|(_, f, len)| place_ends_name(f) && end + len == run.len()) {
                end = run.len();
            }
            // "The Troika": a bare head word is a common noun, not a name ("the Senate" is one).
            let bare = end - from == 1 && !is_all_caps(s(from)) && !gazetteer::LEGISLATURES.contains(s(from));
            // "West Bank", "Left Bank": a point of the compass before "Bank" names a river's bank.
            let river_bank = end - from == 2
                && s(from + 1) == "Bank"
                && matches!(s(from), "West" | "East" | "North" | "South" | "Left" | "Right");
            if bare || river_bank {
                parts.push(Part::Skip);
            } else {
                parts.push(Part::Org { from, to: end });
            }
            i = end;
            after_title = false;
            continue;
        }
        // A country by any of its forms, longest first.
        // "New Mexico", "New South Wales": "New" before a country's name makes another place.
        // "North America", "Latin America", "South Lebanon": a point of the compass before a
        // country's name (no longer form of one, which is read first) makes a region of it.
        let after_new = i > 0 && matches!(s(i - 1), "New" | "North" | "South" | "East" | "West" | "Central" | "Latin" | "Northern" | "Southern" | "Eastern" | "Western");
        let country = country_at(text, run, i).filter(|_| !after_new).filter(|&(_, form, len)| {
            // A capital followed by another name word is a first name ("Sofia Lind").
            let next = run.get(i + len).map(|w| w.text(text));
            let not_a_name = |n: &str| is_connector(n) || is_title(n) || ORG_HEADS.contains(n);
            // So is a country that is also a given name ("Chad Smith", "Israel Katz").
            let given = form == CountryForm::Name && len == 1 && gazetteer::GIVEN_NAME_COUNTRIES.contains(&w);
            let first_name = given && next.is_some_and(|n| !not_a_name(n) && !is_all_caps(n) && !SENTENCE_WORDS.contains(n) && !gazetteer::EVENT_HEADS.contains(n));
            (form != CountryForm::Capital || next.is_none_or(not_a_name)) && !first_name
        });
        // "Air France", "France Inter", "China Daily": a country's name and one plain word as a
        // whole run of two name a company or a medium, not the state.
        if run.len() == 2 && i == 0 && !title_case && two_word_brand(text, run, country.map(|(_, f, len)| (f, len))) {
            parts.push(Part::Org { from: 0, to: 2 });
            i = 2;
            after_title = false;
            continue;
        }
        if let Some((canonical, form, len)) = country {
            parts.push(Part::Country { canonical, form, from: i, to: i + len });
            i += len;
            after_title = false;
            continue;
        }
        // "Energy Minister": a portfolio in front of a title belongs to it.
        let portfolio = is_title_domain(w) && i + 1 < run.len() && is_title(s(i + 1)) || portfolio_before_title(text, run, i).is_some();
        // "Librarian Peter Novak" at a sentence start.
        let role_first = i == 0 && i + 1 < run.len() && with_lower(w, gazetteer::is_role_noun);
        if portfolio || role_first || is_title(w) && !(after_title && !is_title_modifier(w) && i + 1 == run.len()) {
            let mut k = i + 1;
            // After "of"/"for", the portfolio runs on over its words and "and" ("Minister of
            // Foreign Affairs and Trade"), which are no name.
            // "Commissioner for Political Affairs": a qualifier before the portfolio's word.
            // "… Affairs, Peace and Security": a portfolio that lists its parts (the run was
            // joined over the commas by `listed_complement`) runs to the last of them.
            let mut in_domain = false;
            let mut listed = false;
            let domain_at = |k: usize| k < run.len() && (is_title_domain(s(k)) || k + 1 < run.len() && is_capitalised(s(k)) && !is_title(s(k)) && is_title_domain(s(k + 1)));
            while k < run.len() {
                let x = s(k);
                // "Datuk Seri": the rank's second word, which alone opens names ("Seri Tanjung").
                let rank = x == "Seri" && matches!(s(k - 1), "Datuk" | "Dato" | "Datin");
                if (is_title(x) || rank) && !in_domain {
                    k += 1;
                } else if (x == "of" || x == "for") && domain_at(k + 1) {
                    k += 2;
                    in_domain = true;
                } else if in_domain && is_title_domain(x) {
                    k += 1;
                } else if in_domain && text[run[k - 1].end..run[k].start] == *", " {
                    k += 1;
                    listed = true;
                } else if in_domain && x == "and" && k + 1 < run.len() && (is_title_domain(s(k + 1)) || listed) {
                    k += 2;
                } else {
                    break;
                }
            }
            // "Queen Elizabeth University Hospital", "Special Investigating Unit": a title word
            // opening a name whose last word is an organisation's head belongs to that name.
            let org_named = k < run.len() && !portfolio && ORG_HEADS.contains(s(run.len() - 1)) && (k..run.len()).all(|j| !is_connector(s(j)) && !is_title(s(j)));
            if org_named {
                parts.push(Part::Org { from: i, to: run.len() });
                i = run.len();
                after_title = false;
                continue;
            }
            parts.push(Part::Title { from: i, to: k });
            i = k;
            after_title = true;
            continue;
        }
        // "J.D. Vance": initials start a name.
        let initials = names::is_initials(w) && run.get(i + 1).is_some_and(|n| {
            let n = n.text(text);
            is_capitalised(n) && !is_all_caps(n) && !is_title(n) && !ORG_HEADS.contains(n)
        });
        if (is_all_caps(w) || is_domain(w)) && !initials {
            let acronym = !NOT_ACRONYMS.contains(&w.trim_end_matches('.')) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !after_clock(text, run[i]);
            // "NSW Health": a place's acronym and a portfolio ending the run name that place's
            // department.
            let department = |w: &str| !title_case && is_title_domain(w) && (!is_title(w) || is_title_modifier(w));
            if acronym && i + 2 == run.len() && (acronym_completed_by(s(i + 1), title_case) || department(s(i + 1))) {
                parts.push(Part::Org { from: i, to: i + 2 });
                i += 2;
                after_title = false;
                continue;
            }
            // "S&P Global Ratings", "CK Hutchison Holdings": two or three name words ending the
            // run, the last a plain word or a head word, complete a firm's name.
            let rest = run.len() - i - 1;
            let last = s(run.len() - 1);
            let name_words = !title_case && (i + 1..run.len()).all(|j| name_word_after_acronym(s(j)));
            if acronym && (2..=3).contains(&rest) && name_words && (acronym_completed_by(last, false) || ORG_HEADS.contains(last)) {
                parts.push(Part::Org { from: i, to: run.len() });
                i = run.len();
                after_title = false;
                continue;
            }
            if acronym {
                parts.push(Part::Org { from: i, to: i + 1 });
            } else {
                parts.push(Part::Skip);
            }
            i += 1;
            after_title = false;
            continue;
        }
        // "Baltic Hub", "Global Witness": an adjective of a region or a sphere starts a name
        // when a plain name word follows it in the run.
        let adjective_of_name = is_name_adjective(w)
            && run.get(i + 1).is_some_and(|n| {
                let n = n.text(text);
                is_capitalised(n) && !is_all_caps(n) && !is_title(n) && !ORG_HEADS.contains(n) && !SENTENCE_WORDS.contains(n) && gazetteer::country(n).is_none()
            })
            // A head word later in the run is read by the rules of organisations.
            && !run[i + 1..].iter().any(|x| ORG_HEADS.contains(x.text(text)));
        if (SENTENCE_WORDS.contains(w) && !adjective_of_name) || is_people(w) {
            parts.push(Part::Skip);
            i += 1;
            after_title = false;
            continue;
        }
        // A name: the following capitalised words that are nothing else, and particles inside
        // it ("Ursula von der Leyen"). After a title, a last word like "Park" is a surname.
        let mut k = particle_start.map_or(i + 1, |m| m + 1);
        let surname_at_end = |k: usize| after_title && k + 1 == run.len();
        loop {
            if let Some(m) = particles_lead_to_name(text, run, k) {
                k = m + 1;
                continue;
            }
            let go_on = k < run.len()
                && !is_connector(s(k))
                // "Minister Madeleine King": after a title and a given name, a title word ending
                // the run is the surname.
                && (!is_title(s(k)) || surname_at_end(k) && k > i && !is_title_modifier(s(k)))
                && !ORG_HEADS.contains(s(k))
                && (!gazetteer::EVENT_HEADS.contains(s(k)) || surname_at_end(k))
                // A capital inside a name is a given name ("Sofia Lind") or, after one, a
                // surname ("Ann Paris").
                && country_at(text, run, k).is_none_or(|(_, f, len)| f == CountryForm::Capital && (k + 1 < run.len() || len == 1))
                && !is_all_caps(s(k));
            if !go_on {
                break;
            }
            k += 1;
        }
        // "Itaú BBA", "Banca IFIS": a run of one name word and an acronym is one firm's name (an
        // acronym is no person's surname).
        let acronym_end = i == 0 && k == 1 && run.len() == 2 && !after_title && is_all_caps(s(1)) && s(1).len() >= 2 && !NOT_ACRONYMS.contains(&s(1));
        if acronym_end {
            parts.push(Part::Org { from: 0, to: 2 });
            i = 2;
            continue;
        }
        let event = (gazetteer::EVENT_HEADS.contains(s(k - 1)) && !surname_at_end(k - 1))
            || (k < run.len() && gazetteer::EVENT_HEADS.contains(s(k)));
        let name_words = (i..k).filter(|&x| !names::is_inner_particle(s(x))).count();
        // "North Dorset", "Greater Sydney", "Mountain Lagoon": a name after a qualifier of places
        // or ending in a feature of the land is a place.
        let place = (i > 0 && is_place_qualifier(s(i - 1)) && !after_title) || (k - i >= 2 && is_landform(s(k - 1)));
        if k - i == 1 && gazetteer::LEGISLATURES.contains(w) {
            parts.push(Part::Org { from: i, to: k });
        } else if event || place || name_words > 4 || (k - i == 1 && ORG_HEADS.contains(w)) {
            parts.push(Part::Skip);
        } else {
            parts.push(Part::Name { from: i, to: k, titled: after_title });
        }
        i = k;
        after_title = false;
    }
}

/// Adjectives of a region or a sphere that also open names ("Baltic Hub", "Global Witness",
/// "Islamic Relief"); alone at a sentence start they are common words.
fn is_name_adjective(w: &str) -> bool {
    matches!(
        w,
        "Baltic" | "Nordic" | "Scandinavian" | "Balkan" | "Global" | "International" | "National" | "Regional" | "Federal"
            | "Islamic" | "Arab" | "Asian" | "African" | "European" | "Eurasian" | "Caucasian" | "Slavic" | "Persian"
            | "Christian" | "Catholic" | "Orthodox" | "Soviet" | "Public" | "Civil" | "Social"
    )
}

/// Whether the run of two words is a country's name and a plain word, either way round ("Air
/// France", "France Inter"); `first` is the country found at the run's start.
fn two_word_brand(text: &str, run: &[Word], first: Option<(CountryForm, usize)>) -> bool {
    let plain = |w: &str| {
        is_capitalised(w)
            && !is_all_caps(w)
            && !is_title(w)
            && !ORG_HEADS.contains(w)
            && !SENTENCE_WORDS.contains(w)
            && !CALENDAR.contains(&w)
            && !is_people(w)
            && gazetteer::country(w).is_none()
            && !gazetteer::EVENT_HEADS.contains(w)
            // A state's era or regime: "Nazi Germany", "Imperial Japan".
            && !matches!(w, "Nazi" | "Fascist" | "Communist" | "Imperial" | "Mainland" | "Modern" | "Ancient" | "Free" | "Rural" | "Occupied")
            // A place named after the country: "Panama City", "Mexico Gulf".
            && !matches!(w, "City" | "Street" | "Avenue" | "Square" | "Road" | "Bay" | "Sea" | "Gulf" | "Island" | "Islands" | "Valley" | "River" | "Province" | "Coast" | "Strait" | "Canal" | "Basin" | "Peninsula" | "Highlands" | "Plateau")
    };
    let name_at = |k: usize| {
        let w = run[k].text(text);
        gazetteer::country(w).is_some_and(|(_, f)| f == CountryForm::Name) && !gazetteer::GIVEN_NAME_COUNTRIES.contains(&w)
    };
    let separate = text[run[0].end..run[1].start] == *" ";
    separate
        && (first == Some((CountryForm::Name, 1)) && name_at(0) && plain(run[1].text(text))
            // "Saudi Aramco": a nationality and a plain word, not an adjective opening a longer
            // name ("Philippine Atmospheric, Geophysical and …").
            || first == Some((CountryForm::Demonym, 1)) && plain(run[1].text(text)) && !run[1].text(text).ends_with("ic") && !run[1].text(text).ends_with("al")
            || first.is_none() && name_at(1) && (plain(run[0].text(text)) || branch_of(run[0].text(text))))
}

/// "WWF Austria", "UNICEF Ukraine": a body's acronym before a country's name is its branch there.
fn branch_of(w: &str) -> bool {
    w.chars().count() >= 3 && is_all_caps(w) && w.chars().all(char::is_alphabetic) && !NOT_ACRONYMS.contains(&w) && gazetteer::country(w).is_none()
}

/// A word of a firm's name after its acronym: capitalised, and no title, country, place
/// qualifier ("NHS Greater Glasgow and Clyde" goes on past the run), date word, people's noun or
/// initials.
fn name_word_after_acronym(w: &str) -> bool {
    is_capitalised(w)
        && !is_all_caps(w)
        && !is_title(w)
        && gazetteer::country(w).is_none()
        && !is_place_qualifier(w)
        && !CALENDAR.contains(&w)
        && !is_people(w)
        && !names::is_initials(w)
}

/// Whether `w`, the last word of a run after an acronym, completes one organisation's name with
/// it: another acronym ("PKO BP", "CJ ENM") or a plain word ("IG Metall", "ZF Friedrichshafen",
/// "FNV Havens"), but not a title, a country, a head word, a day or a common sentence word, and
/// in a Title Case headline only another acronym ("IMF Warns").
fn acronym_completed_by(w: &str, title_case: bool) -> bool {
    let caps = is_all_caps(w) && !NOT_ACRONYMS.contains(&w) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let word = !title_case && is_capitalised(w) && !is_all_caps(w);
    (caps || word)
        && !is_title(w)
        && gazetteer::country(w).is_none()
        && !ORG_HEADS.contains(w)
        && !CALENDAR.contains(&w)
        && !SENTENCE_WORDS.contains(w)
        && !is_people(w)
        && !gazetteer::EVENT_HEADS.contains(w)
        && !names::is_initials(w)
}

/// Words after "of"/"for" that belong to a title ("Secretary of State", "Minister for Europe").
pub(super) fn is_title_domain(w: &str) -> bool {
    matches!(
        w,
        "State" | "Defense" | "Defence" | "Foreign" | "Finance" | "Justice" | "Health" | "Interior" | "Economy" | "Europe"
            | "Staff" | "Affairs" | "Education" | "Energy" | "Trade" | "Agriculture" | "Transport" | "Culture"
            | "Environment" | "Labour" | "Labor" | "Housing" | "Home" | "Treasury" | "Commerce" | "Industry"
            | "Development" | "Security" | "Immigration" | "Climate" | "Tourism" | "Communications" | "Science" | "Resources"
    ) || is_abstract_noun(w)
}

/// "Emergency Management Minister", "Home Affairs Secretary": up to three capitalised words
/// before a title, the last a portfolio's, are its portfolio. Returns the title's index.
fn portfolio_before_title(text: &str, run: &[Word], i: usize) -> Option<usize> {
    let s = |k: usize| run[k].text(text);
    let t = (i + 1..run.len().min(i + 4)).find(|&k| is_title(s(k)))?;
    let plain = (i..t).all(|k| !is_connector(s(k)) && !is_all_caps(s(k)) && !is_title(s(k)) && !ORG_HEADS.contains(s(k)));
    (plain && is_title_domain(s(t - 1))).then_some(t)
}

/// What the name words from `i` (up to a connector) end in.
#[derive(Debug, PartialEq, Eq)]
enum Ahead {
    /// An organisation whose last head word is at this index.
    Org(usize),
    /// An event or place name ("St. Petersburg International Economic Forum") ending here.
    Event(usize),
    None,
}

impl Ahead {
    /// Keeps an event only where `keep` says the words are one.
    fn filter_event(self, keep: impl Fn(usize) -> bool) -> Ahead {
        match self {
            Ahead::Event(end) if !keep(end) => Ahead::None,
            other => other,
        }
    }
}

/// Looks along the name words from `i` for the head that ends an organisation's name. The last
/// head decides ("… International Economic Forum" is an event); a job title before any head
/// means the words are a title and a name, not an organisation.
fn org_head_ahead(text: &str, run: &[Word], i: usize) -> Ahead {
    let s = |k: usize| run[k].text(text);
    let mut last: Ahead = Ahead::None;
    let mut k = i;
    while k < run.len() {
        // "Peace and Security Council": over "and" to the head word that ends the name, for a run
        // that `scan_line` joined so (after "the" or an owner), not "Minister Ann Lee and
        // Amnesty International".
        // So is "Securities and Exchange Commission": a head word opening the name (after a
        // country at most, "U.S. Securities and …") is no end before "and" and another head.
        let opening = |h: usize| {
            let mut x = i;
            if s(x) == "The" {
                x += 1;
            }
            x == h || country_at(text, run, x).is_some_and(|(_, f, len)| f == CountryForm::Name && x + len == h)
        };
        let opening_head = matches!(last, Ahead::Org(h) if opening(h));
        if (last == Ahead::None || opening_head) && i == 0 && k > i && s(k) == "and" {
            if let Some(end) = head_after_and(text, run, k) {
                last = Ahead::Org(end - 1);
                k = end;
                break;
            }
        }
        if is_connector(s(k)) && k > i {
            break;
        }
        let w = s(k);
        let institution = is_all_caps(w) && gazetteer::institution_synonym(w).is_some();
        // "Federal Resources Minister": a portfolio before a title is no head.
        let portfolio = || k + 1 < run.len() && is_title_domain(w) && is_title(s(k + 1));
        // "Delta Capital Research", but "Global Antibiotic Research and Development Partnership":
        // a field of work heads a firm's name only as its last word.
        let field_before = || matches!(w, "Research" | "Consulting" | "Analytics" | "Advisory") && k + 1 < run.len();
        // "House of Representatives", "House of Lords": a chamber, when "House" opens the name
        // (not "Government House", "Opera House").
        let chamber = w == "House" && k == i && k + 1 < run.len() && s(k + 1) == "of";
        if (ORG_HEADS.contains(w) || institution || chamber) && !portfolio() && !field_before() {
            last = Ahead::Org(k);
        } else if gazetteer::EVENT_HEADS.contains(w) {
            last = Ahead::Event(k);
        } else if is_title(w) && !is_title_modifier(w) && !(k + 1 < run.len() && ORG_HEADS.contains(s(k + 1))) {
            // A title right before a head word qualifies it ("Premier League", "General Assembly").
            if last == Ahead::None {
                return Ahead::None;
            }
            break;
        }
        k += 1;
    }
    match last {
        Ahead::Org(h) if h == i => {
            // A head word first needs its complement: "Bureau of European … Affairs".
            let institution = is_all_caps(s(h));
            // "Council of the EU": the complement may start with "the".
            let named_from = |x: usize| x < run.len() && (name_like(s(x)) || s(x) == "the" && x + 1 < run.len() && name_like(s(x + 1)));
            // "Council on Ethics", "Committee on Climate Change": a subject after "on", but not a
            // country ("the Commission on Ukraine" is the Commission, speaking of Ukraine).
            let subject = |x: usize| x < run.len() && name_like(s(x)) && country_at(text, run, x).is_none();
            let complement = k == h + 1 && k + 1 < run.len() && (matches!(s(k), "of" | "for") && named_from(k + 1) || s(k) == "on" && subject(k + 1));
            if institution || complement {
                Ahead::Org(h)
            } else {
                Ahead::None
            }
        }
        Ahead::Org(h) => {
            // The whole stretch is a country name ("Russian Federation").
            if country_at(text, run, i).is_some_and(|(_, f, len)| f == CountryForm::Name && i + len > h) {
                Ahead::None
            } else {
                Ahead::Org(h)
            }
        }
        // An event's or a place's head ends its name ("… Forum", "… Bill"): first, with name
        // words after it, it is a given name or a surname ("Bill Stanton", "Park Ji-sung").
        Ahead::Event(h) if h == i && k > h + 1 => Ahead::None,
        other => other,
    }
}

/// A people named by its plural demonym ("Armenians", "Azeris"), or a party's members
/// ("Republicans"): not an actor.
fn is_people(w: &str) -> bool {
    w.ends_with('s') && gazetteer::PARTY_MEMBERS.contains(w)
        || w.strip_suffix('s').is_some_and(|x| gazetteer::country(x).is_some_and(|(_, f)| f == CountryForm::Demonym))
}

/// "R-Garden City", "D-Calif.": the party letter and home of an American legislator.
fn party_and_town(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// The longest country form starting at word `i` of the run.
pub(super) fn country_at(text: &str, run: &[Word], i: usize) -> Option<(&'static str, CountryForm, usize)> {
    let (one_word, longer) = gazetteer::country_word(run[i].text(text));
    let max = if longer { (gazetteer::GAZETTEER.max_country_words + 1).min(run.len() - i) } else { 1 };
    (2..=max)
        .rev()
        .find_map(|len| {
            let ws = &run[i..i + len];
            let span = &text[ws[0].start..ws[len - 1].end];
            gazetteer::country(span).map(|(c, f)| (c, f, len))
        })
        .or(one_word.map(|(c, f)| (c, f, 1)))
}
