//! The `Builder`: collects one article's detections into actors (one per kind and name, with
//! their aliases and roles), then in `finish` promotes, completes and merges them (surnames, short
//! forms, acronyms, legal forms) and searches every alias (`aliases`).

use super::super::gazetteer::{self, ORG_HEADS, SENTENCE_WORDS};
use super::super::names;
use super::super::text::{self, is_all_caps, is_capitalised, Word};
use super::{Found, Known, LocalActor, LocalMention};
use super::aliases::search_aliases;
use super::split::Part;
use super::words::{is_place_qualifier, is_title, ArticleWords};
use crate::model::{ActorKind, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Collects detections, then turns them into actors and searches every alias.
#[derive(Default)]
pub(super) struct Builder {
    /// (kind, name) → aliases in order of appearance.
    actors: Vec<LocalActor>,
    /// Per kind (`slot`), name → index into `actors`.
    pub(super) index: [HashMap<String, usize>; 3],
    /// Where each detection ends → (actor, start): what "(OSCE)" or "X’s Service" attach to.
    detections: HashMap<usize, (usize, usize)>,
    pub(super) unproven: HashSet<String>,
    /// Where names without evidence stand: an organisation's neighbours in a list may show they
    /// are organisations too (`promote_listed`).
    pub(super) candidates: Vec<Span>,
    /// A buffer for the parts of one run (`split_run`).
    pub(super) parts: Vec<Part>,
}

pub(super) fn slot(kind: ActorKind) -> usize {
    match kind {
        ActorKind::Person => 0,
        ActorKind::Country => 1,
        ActorKind::Organization => 2,
    }
}

impl Builder {
    /// The actor of this kind and name, made with `new` if there is none yet (looked up by
    /// `&str`: most detections repeat an actor, and need no copy of its name).
    fn actor_id(&mut self, kind: ActorKind, name: &str, new: impl FnOnce() -> LocalActor) -> usize {
        if let Some(&id) = self.index[slot(kind)].get(name) {
            return id;
        }
        self.actors.push(new());
        self.index[slot(kind)].insert(name.to_string(), self.actors.len() - 1);
        self.actors.len() - 1
    }

    pub(super) fn add(&mut self, name: &str, kind: ActorKind, span: Span, text: &str) {
        let surface = &text[span.range()];
        let id = self.actor_id(kind, name, || LocalActor { name: name.to_string(), kind, aliases: vec![], roles: vec![] });
        let aliases = &mut self.actors[id].aliases;
        if !aliases.iter().any(|a| a == surface) {
            aliases.push(surface.to_string());
        }
        self.detect(id, span);
    }

    fn detect(&mut self, id: usize, span: Span) {
        self.detections.insert(span.end as usize, (id, span.start as usize));
    }

    /// Whether a person detected right before `end` is no one `acronym` spells: "Ricardo Almeida
    /// Prado (PSD)" names his party, "Andrés Manuel López Obrador (AMLO)" the man himself.
    pub(super) fn person_not_spelled_by(&self, end: usize, acronym: &str) -> bool {
        self.detections.get(&end).is_some_and(|&(id, _)| self.actors[id].kind == ActorKind::Person && !spells_initials(acronym, &self.actors[id].name))
    }

    /// "EU Monitoring Mission in Armenia (EUMA)": where the place detected right before `end`
    /// follows an organisation and " in ", and the acronym spells the whole phrase but not the
    /// place, the end of that organisation's detection: the acronym is its alias.
    pub(super) fn organisation_in_place_spelled_by(&self, end: usize, acronym: &str, text: &str) -> Option<usize> {
        let &(place, place_start) = self.detections.get(&end)?;
        let org_end = text[..place_start].strip_suffix(" in ")?.len();
        let &(org, org_start) = self.detections.get(&org_end)?;
        // Each word's initial (of "in" too: UNMISS) and its other capitals (EU), in order.
        let letters = |s: &str| -> Vec<char> {
            s.split_whitespace().flat_map(|w| w.chars().take(1).flat_map(char::to_uppercase).chain(w.chars().skip(1).filter(|c| c.is_uppercase()))).collect()
        };
        let spells = |s: &str| {
            let mut ls = letters(s).into_iter();
            acronym.chars().all(|a| ls.any(|l| l == a))
        };
        (self.actors[place].kind == ActorKind::Country && self.actors[org].kind == ActorKind::Organization && spells(&text[org_start..end]) && !spells(&text[place_start..end]))
            .then_some(org_end)
    }

    /// Makes `span` an alias of the actor detected right before `end`, if there is one.
    pub(super) fn alias_of_detection_ending_at(&mut self, end: usize, span: Span, text: &str) -> bool {
        let Some(&(id, _)) = self.detections.get(&end) else { return false };
        let surface = &text[span.range()];
        if !self.actors[id].aliases.iter().any(|a| a == surface) {
            self.actors[id].aliases.push(surface.to_string());
        }
        self.detect(id, span);
        true
    }

    /// "Qualcomm, Broadcom and Samsung Electronics", "Synopsys and Cadence Design Systems": names
    /// with no evidence listed next to an organisation are organisations, a list holding things
    /// of one kind. Across a list, one at a time.
    fn promote_listed(&mut self, text: &str) {
        for _ in 0..3 {
            if self.candidates.is_empty() {
                return;
            }
            let is_org = |id: usize| self.actors[id].kind == ActorKind::Organization;
            // Few names lack evidence: a look through the detections for each is cheaper than a map.
            let org_starting_at = |pos: usize| self.detections.values().any(|&(id, start)| start == pos && is_org(id));
            let promoted: Vec<Span> = self
                .candidates
                .iter()
                .copied()
                .filter(|sp| {
                    let (s, e) = (sp.start as usize, sp.end as usize);
                    // "Atmospheric, Geophysical and …" inside a long name: adjectives are no items.
                    let word = &text[s..e];
                    if !word.contains(' ') && ["al", "ic", "ical", "ian", "ese", "ish"].iter().any(|x| word.ends_with(x)) {
                        return false;
                    }
                    // "the Russian Foreign Ministry, Maria Zakharova, at the briefing": between commas
                    // and followed by lower case, a name is in apposition, not an item of a list.
                    if text[..s].ends_with(", ") && text[e..].strip_prefix(", ").is_some_and(|r| r.starts_with(char::is_lowercase)) {
                        return false;
                    }
                    let before = [", and ", " and ", ", "].iter().find_map(|sep| text[..s].strip_suffix(sep));
                    let after = [", and ", " and ", ", "].iter().find_map(|sep| text[e..].strip_prefix(sep));
                    before.is_some_and(|b| self.detections.get(&b.len()).is_some_and(|&(id, _)| is_org(id)))
                        || after.is_some_and(|a| org_starting_at(text.len() - a.len()))
                })
                .collect();
            if promoted.is_empty() {
                return;
            }
            self.candidates.retain(|c| !promoted.contains(c));
            for sp in promoted {
                let name = text[sp.range()].to_string();
                self.add(&name, ActorKind::Organization, sp, text);
            }
        }
    }

    /// "Echeverría said" after "former Intel engineers Tomás Echeverría and …": a surname found
    /// alone is the one full name with that surname the article gives without evidence.
    fn complete_surnames(&mut self) {
        if !self.actors.iter().any(|a| a.kind == ActorKind::Person && !names::is_full_name(&a.name)) {
            return;
        }
        // The surnames of the unproven full names, worked out once.
        let unproven: Vec<(&String, &str)> = self.unproven.iter().filter(|u| names::is_full_name(u)).map(|u| (u, names::surname(u))).collect();
        for i in 0..self.actors.len() {
            let a = &self.actors[i];
            if a.kind != ActorKind::Person || names::is_full_name(&a.name) {
                continue;
            }
            let taken = |n: &str| self.actors.iter().any(|x| x.name == n);
            let full: Vec<&String> = unproven.iter().filter(|(u, s)| names::same_surname(s, &a.name) && !taken(u)).map(|(u, _)| *u).collect();
            if let [full] = full[..] {
                let full = full.clone();
                let a = &mut self.actors[i];
                a.aliases.insert(0, full.clone());
                a.name = full;
            }
        }
    }

    /// "Duarte Villalba" after "Rodrigo Duarte Villalba": a double surname repeated without the
    /// given name is that person.
    fn merge_double_surnames(&mut self, merged_away: &mut [bool]) {
        for i in 0..self.actors.len() {
            let a = &self.actors[i];
            if a.kind != ActorKind::Person || merged_away[i] || !a.name.contains(' ') {
                continue;
            }
            let tail = format!(" {}", a.name);
            let longer: Vec<usize> = (0..self.actors.len())
                .filter(|&j| j != i && !merged_away[j] && self.actors[j].kind == ActorKind::Person && self.actors[j].name.ends_with(&tail))
                .collect();
            if let [long] = longer[..] {
                merged_away[i] = true;
                let name = self.actors[i].name.clone();
                if !self.actors[long].aliases.contains(&name) {
                    self.actors[long].aliases.push(name);
                }
            }
        }
    }

    pub(super) fn add_person(&mut self, name: &str, span: Span, role: Option<String>) {
        let id = self.actor_id(ActorKind::Person, name, || LocalActor {
            name: name.to_string(),
            kind: ActorKind::Person,
            aliases: vec![name.to_string()],
            roles: vec![],
        });
        let roles = &mut self.actors[id].roles;
        for w in role.iter().flat_map(|r| r.split(' ')) {
            if !roles.iter().any(|x| x == w) {
                roles.push(w.to_string());
            }
        }
        self.detect(id, span);
    }

    pub(super) fn add_org(&mut self, name: &str, span: Span, text: &str, ws: &[Word]) {
        // "X’s Armenian Service": a part of the organisation X. Not an organ with a head of its
        // own, which news names as an actor ("the AU’s Peace and Security Council").
        let before = &text[..ws[0].start];
        let organ = ws.last().is_some_and(|w| matches!(w.text(text), "Council" | "Commission" | "Court" | "Committee" | "Assembly" | "Parliament" | "Tribunal" | "Bank" | "Fund"));
        let owner = ["’s ", "'s "].iter().find_map(|p| before.strip_suffix(p)).filter(|_| !organ).and_then(|b| {
            self.detections.get(&b.len()).copied().filter(|(id, _)| self.actors[*id].kind == ActorKind::Organization)
        });
        if let Some((id, start)) = owner {
            let surface = text[start..span.end as usize].to_string();
            if !self.actors[id].aliases.contains(&surface) {
                self.actors[id].aliases.push(surface);
            }
            self.detect(id, Span::new(start, span.end as usize));
            return;
        }
        // "Gavi, the Vaccine Alliance, which …": an organisation's name in apposition to another's
        // is another name of it (not an item of a list, which goes on with "and" or a name).
        let renamed = before.strip_suffix(", the ").and_then(|b| self.detections.get(&b.len()).copied());
        let closes = text[span.end as usize..].strip_prefix(", ").is_some_and(|r| r.starts_with(char::is_lowercase) && !r.starts_with("and "));
        if let Some((id, _)) = renamed.filter(|(id, _)| closes && self.actors[*id].kind == ActorKind::Organization) {
            let surface = text[span.range()].to_string();
            if !self.actors[id].aliases.contains(&surface) {
                self.actors[id].aliases.push(surface);
            }
            self.detect(id, span);
            return;
        }
        // "St. Brendan’s Medical Center", "Hartley’s Bakery": a place named after its founder or
        // its saint keeps the owner's name, which is part of its own.
        if let Some(start) = founder_start(text, ws, &self.detections, &self.actors) {
            let whole = Span::new(start, span.end as usize);
            self.add(&text[whole.range()], ActorKind::Organization, whole, text);
            return;
        }
        self.add(name, ActorKind::Organization, span, text);
    }

    pub(super) fn finish(mut self, text: &str, parts: &[(usize, usize)], excluded: &[(usize, usize)], known: &Known, seen: &ArticleWords) -> Found {
        self.promote_listed(text);
        self.complete_surnames();
        // Bare surnames of people found with a full name in this article.
        let persons: Vec<(usize, String)> = self
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == ActorKind::Person && names::is_full_name(&a.name))
            .map(|(i, a)| (i, names::surname(&a.name).to_string()))
            .collect();
        for (i, surname) in &persons {
            // "Lorenzo Ferrucci" of "Ferrucci Componenti": a family firm's name opens with the
            // surname, so the bare word may be either; it is left to neither. Not a name of a
            // word and a head ("Peter Green" and the "Green Party"), where the word is no family's.
            let family_firm = self.actors.iter().any(|o| {
                o.kind == ActorKind::Organization
                    && o.name.strip_prefix(surname.as_str()).is_some_and(|r| r.starts_with(' ') && !r.split(' ').any(|w| ORG_HEADS.contains(w)))
            });
            if family_firm {
                continue;
            }
            let unique = persons.iter().filter(|(_, s)| s == surname).count() == 1;
            // "Von der Leyen" opening a sentence is the same surname.
            let forms = names::surname_forms(surname).into_iter().enumerate().filter(|(n, f)| *n == 0 || text.contains(f.as_str()));
            for (_, form) in forms {
                if unique && !self.actors[*i].aliases.contains(&form) {
                    self.actors[*i].aliases.push(form);
                }
            }
        }
        // A surname-only person ("Seleznyov said") that is the surname of a full name here.
        let mut merged_away = vec![false; self.actors.len()];
        for (i, merged) in merged_away.iter_mut().enumerate() {
            let a = &self.actors[i];
            if a.kind == ActorKind::Person && !names::is_full_name(&a.name) {
                let matches: Vec<usize> = persons.iter().filter(|(_, s)| names::same_surname(s, &a.name)).map(|(j, _)| *j).collect();
                if let [full] = matches[..] {
                    *merged = true;
                    for r in std::mem::take(&mut self.actors[i].roles) {
                        if !self.actors[full].roles.contains(&r) {
                            self.actors[full].roles.push(r);
                        }
                    }
                }
            }
        }
        // A one-word person that is another word of exactly one full name here: the family name
        // written first ("Takeda" of "Takeda Haruko", "Zhou" of "Zhou Hanlin") or a first surname
        // ("Restrepo" of "Carolina Restrepo Zuluaga"); that word becomes the full name's alias.
        let by_other_word: Vec<(usize, usize)> = self
            .actors
            .iter()
            .enumerate()
            .filter(|&(i, a)| !merged_away[i] && a.kind == ActorKind::Person && !a.name.contains(' '))
            .filter_map(|(i, a)| {
                let mut holders = persons
                    .iter()
                    .filter(|(j, s)| !names::same_surname(s, &a.name) && self.actors[*j].name.split(' ').any(|w| w == a.name));
                match (holders.next(), holders.next()) {
                    (Some(&(full, _)), None) => Some((i, full)),
                    _ => None,
                }
            })
            .collect();
        for (i, full) in by_other_word {
            merged_away[i] = true;
            let word = self.actors[i].name.clone();
            if !self.actors[full].aliases.contains(&word) {
                self.actors[full].aliases.push(word);
            }
        }
        // One word read as a person in one place and as an organisation in another ("Greenpeace
        // said", "a spokesman for Greenpeace"): the organisation, unless it is the surname of a
        // full name here ("a spokesman for Diaz" after "Robert Diaz").
        let one_word = |a: &LocalActor, kind: ActorKind| a.kind == kind && !a.name.contains(' ');
        // A plural of such a surname is the family ("the Robinsons said" after "Mark Robinson").
        let family_of = |org: &str, surname: &str| {
            [org.strip_suffix('s'), org.strip_suffix("es")].into_iter().flatten().any(|stem| names::same_surname(surname, stem))
        };
        for (a, merged) in self.actors.iter().zip(merged_away.iter_mut()) {
            if one_word(a, ActorKind::Organization) && persons.iter().any(|(_, s)| names::same_surname(s, &a.name) || family_of(&a.name, s)) {
                *merged = true;
            }
        }
        // "Manchester City agree …" read as a person's name and "Manchester City have agreed" as
        // an organisation's: the organisation.
        for (a, merged) in self.actors.iter().zip(merged_away.iter_mut()) {
            if a.kind == ActorKind::Person && a.name.contains(' ') && self.index[slot(ActorKind::Organization)].contains_key(&a.name) {
                *merged = true;
            }
        }
        for i in 0..self.actors.len() {
            if one_word(&self.actors[i], ActorKind::Person) && !merged_away[i] {
                let name = &self.actors[i].name;
                // Also a company's name without its legal form ("Nimbus said" after "Nimbus Inc.").
                let short_of = |a: &LocalActor| a.name == *name || legal_form_stripped(&a.name) == Some(name.as_str());
                if (0..self.actors.len()).any(|j| !merged_away[j] && self.actors[j].kind == ActorKind::Organization && short_of(&self.actors[j])) {
                    merged_away[i] = true;
                }
            }
        }
        self.merge_double_surnames(&mut merged_away);
        self.merge_orgs(&mut merged_away);
        self.firms_by_first_word(text, &mut merged_away);
        for d in &known.defined {
            if !self.actors.iter().any(|a| a.name == d.name && a.kind == d.kind) {
                self.actors.push(d.clone());
                merged_away.push(false);
            }
        }
        let mut kept = Vec::new();
        for (i, a) in self.actors.into_iter().enumerate() {
            if !merged_away[i] && !known.excluded.contains(&a.name.to_lowercase()) {
                kept.push(a);
            }
        }
        let mentions = search_aliases(text, parts, excluded, &kept, seen, &known.defined);
        // Only actors actually mentioned in article text are the article's actors.
        let mut used = vec![false; kept.len()];
        for m in &mentions {
            used[m.actor] = true;
        }
        let mut remap = vec![usize::MAX; kept.len()];
        let mut actors = Vec::new();
        for (i, a) in kept.into_iter().enumerate() {
            if used[i] {
                remap[i] = actors.len();
                actors.push(a);
            }
        }
        let mentions = mentions.into_iter().map(|m| LocalMention { actor: remap[m.actor], span: m.span }).collect();
        Found { actors, mentions, unproven: self.unproven }
    }

    /// "Meridian" for "Meridian Health Partners": a firm is named again by the first word of its
    /// name, when that word is nobody else's here, no common word (the text never writes it in
    /// lower case) and no place or title. The word becomes its alias, and a one-word person of
    /// that name ("Halden said") is the firm. Only firms: a council or a hospital named after its
    /// town shares the word with the town.
    fn firms_by_first_word(&mut self, text: &str, merged_away: &mut [bool]) {
        for i in 0..self.actors.len() {
            let a = &self.actors[i];
            if merged_away[i] || a.kind != ActorKind::Organization {
                continue;
            }
            let name = legal_form_stripped(&a.name).filter(|n| n.contains(' ')).unwrap_or(&a.name);
            let (Some(first), Some(last)) = (name.split(' ').next(), name.rsplit(' ').next()) else { continue };
            let firm = name.contains(' ') && (gazetteer::FIRM_HEADS.contains(last) || matches!(last, "Partners" | "Brokers" | "Homes" | "Energy" | "Power" | "Media" | "Pharma"));
            let word_like = first.chars().count() >= 4 && is_capitalised(first) && !is_all_caps(first) && first.chars().all(char::is_alphabetic);
            if !firm || !word_like || SENTENCE_WORDS.contains(first) || ORG_HEADS.contains(first) || is_title(first) || is_place_qualifier(first) {
                continue;
            }
            let lower = first.to_lowercase();
            let common = text.match_indices(lower.as_str()).any(|(k, _)| {
                !text[..k].ends_with(char::is_alphanumeric) && !text[k + lower.len()..].starts_with(char::is_alphanumeric)
            });
            if gazetteer::country_word(first).0.is_some() || common {
                continue;
            }
            // Another name holding the word (a one-word person of that name is this firm).
            let one_word_person = |j: usize| self.actors[j].kind == ActorKind::Person && self.actors[j].name == first;
            let others: Vec<usize> = (0..self.actors.len()).filter(|&j| j != i && !merged_away[j]).collect();
            if others.iter().any(|&j| !one_word_person(j) && self.actors[j].name.split(' ').any(|w| w == first)) {
                continue;
            }
            for &j in &others {
                if one_word_person(j) {
                    merged_away[j] = true;
                }
            }
            let first = first.to_string();
            if !self.actors[i].aliases.contains(&first) {
                self.actors[i].aliases.push(first);
            }
        }
    }

    /// A shorter organisation name that ends a longer one ("Minsk Group" / "OSCE Minsk Group")
    /// or an acronym of a longer one's initials is the same organisation.
    fn merge_orgs(&mut self, merged_away: &mut [bool]) {
        let orgs: Vec<usize> = (0..self.actors.len()).filter(|&i| self.actors[i].kind == ActorKind::Organization).collect();
        // "Shell plc" is also "Shell".
        for &i in &orgs {
            if let Some(short) = legal_form_stripped(&self.actors[i].name).map(str::to_string) {
                if !self.actors[i].aliases.contains(&short) {
                    self.actors[i].aliases.push(short);
                }
            }
        }
        // "Arcadia" after "Arcadia Design Systems": one word that opens one longer name is it.
        for &short in &orgs {
            let s = &self.actors[short].name;
            if s.contains(' ') || is_all_caps(s) || merged_away[short] {
                continue;
            }
            let opens = |l: &str| l.len() > s.len() && l.starts_with(s.as_str()) && l.as_bytes()[s.len()] == b' ';
            let longer: Vec<usize> = orgs.iter().copied().filter(|&l| l != short && !merged_away[l] && opens(&self.actors[l].name)).collect();
            if let [long] = longer[..] {
                merged_away[short] = true;
                for a in std::mem::take(&mut self.actors[short].aliases) {
                    if !self.actors[long].aliases.contains(&a) {
                        self.actors[long].aliases.push(a);
                    }
                }
            }
        }
        for &short in &orgs {
            let s = self.actors[short].name.clone();
            let target = orgs.iter().copied().find(|&long| {
                if long == short || merged_away[long] {
                    return false;
                }
                let l = &self.actors[long].name;
                (l.len() > s.len() && l.ends_with(&format!(" {s}"))) || (is_all_caps(&s) && initials(l) == s.replace(['.', '/', '&'], ""))
            });
            if let Some(long) = target {
                merged_away[short] = true;
                let aliases = std::mem::take(&mut self.actors[short].aliases);
                for a in aliases {
                    if !self.actors[long].aliases.contains(&a) {
                        self.actors[long].aliases.push(a);
                    }
                }
            }
        }
    }
}

/// A company's name without the legal form that ends it ("Nimbus" of "Nimbus Inc.").
fn legal_form_stripped(name: &str) -> Option<&str> {
    let (rest, last) = name.rsplit_once(' ')?;
    let legal = matches!(
        last.trim_end_matches('.'),
        "Inc" | "Corp" | "Ltd" | "Co" | "plc" | "PLC" | "LLC" | "LLP" | "AG" | "SE" | "NV" | "BV" | "SA" | "GmbH" | "Group" | "Holdings"
    );
    (legal && !rest.is_empty()).then_some(rest)
}

/// The initials of a name's significant words ("Organization for Security and Co-operation in
/// Europe" → "OSCE").
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| is_capitalised(w))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// Head words of places that are often named after a founder or a saint ("Hartley’s Bakery",
/// "St. Mary’s Hospital").
const FOUNDED: &[&str] = &[
    "Bakery", "Hospital", "Center", "Centre", "Clinic", "College", "School", "Academy", "University", "Church", "Cathedral",
    "Restaurant", "Cafe", "Café", "Brewery", "Store", "Stores", "Farm", "Hall", "Infirmary", "Diner", "Pub", "Inn",
];

/// Where the owner's name starts when an organisation's name `ws` follows "X’s " and ends in a
/// head word of a place named after someone: one or two capitalised words ("St. Brendan"), not a
/// person or a country found there.
fn founder_start(text: &str, ws: &[Word], detections: &HashMap<usize, (usize, usize)>, actors: &[LocalActor]) -> Option<usize> {
    let last = ws.last()?.text(text);
    if !FOUNDED.contains(&last) {
        return None;
    }
    let before = &text[..ws[0].start];
    let owner_end = ["’s ", "'s "].iter().find_map(|p| before.strip_suffix(p))?.len();
    let owner_words = text::words(text, text::floor_boundary(text, owner_end.saturating_sub(40)), owner_end);
    let mut start = None;
    for w in owner_words.iter().rev().take(2) {
        let t = w.text(text);
        let gap_after = &text[w.end..start.unwrap_or(owner_end)];
        let abbreviation = gap_after == ". " && matches!(t, "St" | "Mt");
        let joined = gap_after.is_empty() || gap_after == " " || abbreviation;
        if !(abbreviation || is_capitalised(t) && !SENTENCE_WORDS.contains(t) && gazetteer::country(t).is_none()) || !joined {
            break;
        }
        start = Some(w.start);
    }
    // Only a saint's name or a surname the article never gives a person on its own.
    let start = start?;
    let owner = &text[start..owner_end];
    let saint = owner.starts_with("St. ") || owner.starts_with("St ") || owner.starts_with("Saint ");
    let someone = detections.get(&owner_end).is_some_and(|(id, _)| actors[*id].kind != ActorKind::Organization)
        || actors.iter().any(|a| a.kind == ActorKind::Person && a.aliases.iter().any(|x| x == owner));
    (saint || !someone).then_some(start)
}

/// Whether the capitals of `acronym` are initials of `name`'s words, in order, the first first.
fn spells_initials(acronym: &str, name: &str) -> bool {
    let initials: Vec<char> = name.split_whitespace().filter_map(|w| w.chars().next()).filter(|c| c.is_uppercase()).collect();
    let mut letters = acronym.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else { return false };
    let mut rest = initials.iter().skip(1);
    initials.first() == Some(&first) && letters.all(|l| rest.any(|&c| c == l))
}
