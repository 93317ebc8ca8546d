//! What the words around a name without a head word show of an organisation: how business and
//! institutional news writes of companies, banks and groups ("carmakers including Volkswagen",
//! "advised by Goldman Sachs", "Brennholt's chief executive", "The operator, Maasvlakte Container
//! Terminals, said"). Each rule reads a few words next to the name, never the rest of the text.

use super::super::gazetteer::{self, CountryForm, ORG_NOUNS};
use super::super::text::{floor_boundary, is_capitalised, with_lower, Word};

/// Whether the name words `at..at + n` of the line are an organisation's by the words around them.
pub(super) fn organisation_by_context(text: &str, line_words: &[Word], at: usize, n: usize) -> bool {
    let end = line_words[at + n - 1].end;
    if owns_what_companies_own(&text[end..floor_boundary(text, end + 40)])
        || (n == 1 && its_own_after_verb(text, line_words, at + 1))
        || stake_in(text, line_words, at)
        || its_peer(text, line_words, at)
        || named_after_organisation_noun(&text[..line_words[at].start])
    {
        return true;
    }
    // The list the name is an item of, found once for the rules that read what stands before it.
    let first = list_start(text, line_words, at);
    listed_after_organisations(text, line_words, first) || advising(text, line_words, first, at, n)
}

/// Whether words `k - 1` and `k` are joined by a single space.
fn spaced(text: &str, line_words: &[Word], k: usize) -> bool {
    k > 0 && k < line_words.len() && text[line_words[k - 1].end..line_words[k].start] == *" "
}

/// A plural noun for organisations ("carmakers", "companies", "groups").
fn organisations_plural(w: &str) -> bool {
    with_lower(w, |w| {
        let singular = w.strip_suffix("ies").map(|s| format!("{s}y")).or_else(|| w.strip_suffix('s').map(str::to_string));
        // "truckmakers", "toymakers": compounds of "maker" as "carmakers" is.
        singular.is_some_and(|s| (ORG_NOUNS.contains(&s) || s.ends_with("maker")) && !matches!(s.as_str(), "party" | "union" | "club" | "team" | "daily"))
    })
}

/// Where the list the name at `at` belongs to starts: back over earlier items ("Volkswagen and
/// Stellantis", "Lime, Bird and Tier") of capitalised words.
fn list_start(text: &str, line_words: &[Word], at: usize) -> usize {
    let capitalised = |k: usize| is_capitalised(line_words[k].text(text));
    let mut k = at;
    // A list is short: a handful of items.
    for _ in 0..6 {
        let joined_by_and = k >= 2 && spaced(text, line_words, k) && matches!(line_words[k - 1].text(text), "and" | "or") && spaced(text, line_words, k - 1);
        let comma = k >= 1 && text[line_words[k - 1].end..line_words[k].start] == *", ";
        let prev_item = if joined_by_and { k - 2 } else if comma { k - 1 } else { break };
        if !capitalised(prev_item) {
            break;
        }
        k = prev_item;
        while k > 0 && spaced(text, line_words, k) && capitalised(k - 1) {
            k -= 1;
        }
    }
    k
}

/// "carmakers including Volkswagen and Stellantis", "Chinese groups such as Ningbo Tuopu",
/// "companies like Lime": items of a list (starting at word `k`) that a plural noun for
/// organisations introduces.
fn listed_after_organisations(text: &str, line_words: &[Word], k: usize) -> bool {
    let w = |j: usize| line_words[j].text(text);
    // The word before the introducer, across a comma ("suppliers, including").
    let noun_before = |j: usize| j >= 1 && matches!(&text[line_words[j - 1].end..line_words[j].start], " " | ", ") && organisations_plural(w(j - 1));
    if k >= 2 && spaced(text, line_words, k) && matches!(w(k - 1), "including" | "like") {
        return noun_before(k - 1);
    }
    k >= 3 && spaced(text, line_words, k) && spaced(text, line_words, k - 1) && w(k - 1) == "as" && w(k - 2) == "such" && noun_before(k - 2)
}

/// "advised by Goldman Sachs", "Goldman Sachs advised Brennholt": banks and law firms advise on
/// deals, named with the company they advise. The name's list starts at word `k`.
fn advising(text: &str, line_words: &[Word], k: usize, at: usize, n: usize) -> bool {
    let by = k >= 2 && spaced(text, line_words, k) && line_words[k - 1].text(text) == "by" && spaced(text, line_words, k - 1)
        && matches!(line_words[k - 2].text(text), "advised" | "advising");
    let after = at + n;
    let advises = spaced(text, line_words, after)
        && matches!(line_words[after].text(text), "advised" | "advises")
        && spaced(text, line_words, after + 1)
        && is_capitalised(line_words[after + 1].text(text));
    by || advises
}

/// "Brennholt's chief executive", "Lumora's board", "Kestrel's shareholders": after a possessive,
/// what only a company has.
fn owns_what_companies_own(after: &str) -> bool {
    let Some(rest) = after.strip_prefix("’s ").or_else(|| after.strip_prefix("'s ")) else { return false };
    let mut words = rest.split([' ', ',', '.', ';', ':']);
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    matches!(
        first,
        "board" | "shareholders" | "workforce" | "subsidiary" | "subsidiaries" | "headquarters" | "chairman" | "chairwoman"
            | "revenue" | "revenues" | "profits" | "factories" | "CEO" | "listing"
    ) || matches!((first, second), ("chief", "executive" | "financial") | ("supervisory" | "management", "board") | ("share", "price") | ("market", "value"))
        || portfolio_spokesperson(first, second)
}

/// "Sinn Féin’s housing spokeswoman": a party gives its members portfolios to speak for; a
/// person's spokesman has none ("Putin's spokesman", "the minister's press spokeswoman").
fn portfolio_spokesperson(first: &str, second: &str) -> bool {
    let portfolio = matches!(
        first,
        "housing" | "health" | "finance" | "justice" | "education" | "defence" | "defense" | "environment" | "transport" | "energy"
            | "agriculture" | "trade" | "immigration" | "climate" | "treasury" | "employment" | "enterprise" | "welfare" | "policing"
    );
    portfolio && matches!(second, "spokesman" | "spokeswoman" | "spokesperson")
}

/// "Continental completed the spin-off of its automotive arm", "Valeo cut its forecast": a name
/// right before a verb in the past or present whose object is "its" own, within a few words and
/// before any "his" or "her". Not after a verb of speech ("Berg said its plan …"), whose "its" is
/// another subject's.
fn its_own_after_verb(text: &str, line_words: &[Word], k: usize) -> bool {
    if !spaced(text, line_words, k) {
        return false;
    }
    let verb = line_words[k].text(text);
    let finite = verb.len() > 3 && verb.bytes().all(|b| b.is_ascii_lowercase()) && (verb.ends_with("ed") || verb.ends_with('s') || matches!(verb, "sold" | "cut" | "took" | "made" | "won" | "lost" | "kept" | "set"));
    if !finite || gazetteer::is_speech_verb(verb) {
        return false;
    }
    for j in k + 1..line_words.len().min(k + 7) {
        let gap = &text[line_words[j - 1].end..line_words[j].start];
        if gap.contains(['.', ';', ':', '“', '"', '\n']) {
            return false;
        }
        match line_words[j].text(text) {
            "its" => return true,
            "his" | "her" | "he" | "she" | "their" | "they" => return false,
            _ => {}
        }
    }
    false
}

/// "a stake in Valeo", "shares in Forvia": what is held in a company.
fn stake_in(text: &str, line_words: &[Word], at: usize) -> bool {
    at >= 2 && spaced(text, line_words, at) && spaced(text, line_words, at - 1) && line_words[at - 1].text(text) == "in"
        && matches!(line_words[at - 2].text(text), "stake" | "stakes" | "shares" | "holding" | "shareholding")
}

/// "its Italian rival Ferrucci Componenti", "its subsidiary Fincom": a company's peer or part,
/// after "its", which a person's rival does not take.
fn its_peer(text: &str, line_words: &[Word], at: usize) -> bool {
    if at < 2 || !spaced(text, line_words, at) || !spaced(text, line_words, at - 1) {
        return false;
    }
    let peer = matches!(line_words[at - 1].text(text), "rival" | "rivals" | "competitor" | "subsidiary" | "unit" | "parent" | "peer" | "partner");
    let mut k = at - 2;
    // A nationality between: "its Italian rival".
    if k >= 1 && gazetteer::country(line_words[k].text(text)).is_some_and(|(_, f)| f == CountryForm::Demonym) && spaced(text, line_words, k) {
        k -= 1;
    }
    peer && matches!(line_words[k].text(text), "its" | "Its")
}

/// "The operator, Maasvlakte Container Terminals, said": a name set after a noun for an
/// organisation that "the" or "its" determines, as its appositive.
fn named_after_organisation_noun(before: &str) -> bool {
    let Some(b) = before.strip_suffix(", ") else { return false };
    let words: Vec<&str> = b.rsplit([' ', '\n']).take(4).collect();
    let Some(noun) = words.first() else { return false };
    if !with_lower(noun, |w| ORG_NOUNS.contains(w)) {
        return false;
    }
    // The determiner right before the noun, or before one lower-case qualifier ("The terminal
    // operator"); not a preposition's object ("the governor of the national bank, Elena
    // Sorokina", whose appositive is the governor's).
    let det = |w: &str| matches!(w, "the" | "The" | "its" | "Its");
    let at = if words.get(1).is_some_and(|w| det(w)) {
        1
    } else if words.get(1).is_some_and(|w| w.starts_with(char::is_lowercase)) && words.get(2).is_some_and(|w| det(w)) {
        2
    } else {
        return false;
    };
    !words.get(at + 1).is_some_and(|w| matches!(*w, "of" | "for" | "at" | "with" | "from" | "to" | "in" | "by" | "on" | "and"))
}

#[cfg(test)]
mod tests {
    use super::super::{find, Known};
    use crate::model::ActorKind;

    fn orgs(t: &str) -> Vec<String> {
        let f = find(t, &[(0, t.len())], &[], &Known::default());
        f.actors.into_iter().filter(|a| a.kind == ActorKind::Organization).map(|a| a.name).collect()
    }

    fn has(t: &str, name: &str) {
        let o = orgs(t);
        assert!(o.contains(&name.to_string()), "{name} in {t}: {o:?}");
    }

    #[test]
    fn items_listed_after_organisations() {
        let t = "Plants in Brno supply truckmakers including Tatra and Scania, which buy axles.";
        has(t, "Tatra");
        has(t, "Scania");
        has("Asian suppliers such as Hon Hai have opened plants in Mexico.", "Hon Hai");
        has("The city rejected a pilot that companies like Voi, Dott and Tier had lobbied for.", "Dott");
        // People listed after a plural of persons stay unproven.
        assert!(orgs("Ministers including Anna Berg and Olof Lind met on Friday.").is_empty());
    }

    #[test]
    fn its_own_object_after_the_name_and_its_verb() {
        has("Earlier, Ardeno completed the spin-off of its battery arm in May.", "Ardeno");
        // Not after speech, nor where "his" or "her" comes first.
        assert!(orgs("Later, Berg said the firm would sell its stake.").is_empty());
        assert!(orgs("Later, Berg sold his house and its garden.").is_empty());
    }

    #[test]
    fn advisers_on_a_deal() {
        let t = "Lazard advised Norvik; Tessel was advised by Evercore and the law firm Kinsley Rowe.";
        has(t, "Lazard");
        has(t, "Evercore");
    }

    #[test]
    fn what_only_a_company_has() {
        has("Critics said Norvik's chief executive had misled investors.", "Norvik");
        has("He will join Tessel's supervisory board in May.", "Tessel");
        has("The fund built a stake in Ardeno last year.", "Ardeno");
        has("Brennholt agreed to buy its German rival Kessler Antriebe for €2bn.", "Kessler Antriebe");
        // A person's rival is "his" or "her".
        assert!(orgs("The senator beat his rival Tom Reyes in the primary.").is_empty());
    }

    #[test]
    fn a_name_in_apposition_to_a_noun_for_an_organisation() {
        has("The operator, Westhaven Terminals, said in a statement that talks would resume.", "Westhaven Terminals");
        has("Its parent company, Orlan Holding, declined to comment.", "Orlan Holding");
        // Not after a noun for a person, nor where the noun is a complement of a person's title.
        assert!(orgs("The minister, Ana Soto, said talks would resume.").is_empty());
        assert!(orgs("The former governor of the national bank, Elena Sorokina, has warned of a spiral.").is_empty());
    }
}
