//! The vocabulary of the synthetic corpus: countries, organisations, name parts, outlets, topics
//! and sentence templates. Changing any of it changes every generated corpus (see the
//! fingerprint test in `gen.rs`).

/// (name, adjective, capital) — the capital doubles as a dateline city and a metonym.
pub const COUNTRIES: &[(&str, &str, &str)] = &[
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Russia", "Russian", "Moscow"),
    ("the United States", "American", "Washington"),
    ("France", "French", "Paris"),
    ("Germany", "German", "Berlin"),
    ("Turkey", "Turkish", "Ankara"),
    ("Iran", "Iranian", "Tehran"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("China", "Chinese", "Beijing"),
    ("India", "Indian", "New Delhi"),
    ("Japan", "Japanese", "Tokyo"),
    ("the United Kingdom", "British", "London"),
    ("Italy", "Italian", "Rome"),
    ("Spain", "Spanish", "Madrid"),
    ("Poland", "Polish", "Warsaw"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Belarus", "Belarusian", "Minsk"),
    ("Moldova", "Moldovan", "Chisinau"),
    ("Romania", "Romanian", "Bucharest"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Serbia", "Serbian", "Belgrade"),
    ("Greece", "Greek", "Athens"),
    ("Cyprus", "Cypriot", "Nicosia"),
    ("Israel", "Israeli", "Jerusalem"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Qatar", "Qatari", "Doha"),
    ("Syria", "Syrian", "Damascus"),
    ("Iraq", "Iraqi", "Baghdad"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Brazil", "Brazilian", "Brasília"),
    ("Canada", "Canadian", "Ottawa"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Sweden", "Swedish", "Stockholm"),
    ("Finland", "Finnish", "Helsinki"),
    ("Norway", "Norwegian", "Oslo"),
    ("the Netherlands", "Dutch", "The Hague"),
    ("Belgium", "Belgian", "Brussels"),
    ("Austria", "Austrian", "Vienna"),
    ("Switzerland", "Swiss", "Bern"),
    ("the Czech Republic", "Czech", "Prague"),
    ("Lithuania", "Lithuanian", "Vilnius"),
    ("Latvia", "Latvian", "Riga"),
    ("Estonia", "Estonian", "Tallinn"),
    ("South Korea", "South Korean", "Seoul"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("South Africa", "South African", "Pretoria"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Turkmenistan", "Turkmen", "Ashgabat"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Bulgaria", "Bulgarian", "Sofia"),
    ("Croatia", "Croatian", "Zagreb"),
    ("Lebanon", "Lebanese", "Beirut"),
    ("Jordan", "Jordanian", "Amman"),
];

/// (full name, acronym) — the acronym is how later mentions name it, when there is one.
pub const ORGANISATIONS: &[(&str, Option<&str>)] = &[
    ("North Atlantic Treaty Organization", Some("NATO")),
    ("Organization for Security and Co-operation in Europe", Some("OSCE")),
    ("United Nations", Some("UN")),
    ("European Union", Some("EU")),
    ("International Monetary Fund", Some("IMF")),
    ("World Health Organization", Some("WHO")),
    ("International Atomic Energy Agency", Some("IAEA")),
    ("World Bank", None),
    ("European Commission", None),
    ("Collective Security Treaty Organization", Some("CSTO")),
    ("Shanghai Cooperation Organisation", Some("SCO")),
    ("International Criminal Court", Some("ICC")),
    ("International Committee of the Red Cross", Some("ICRC")),
    ("Office of the UN High Commissioner for Refugees", Some("UNHCR")),
    ("Organization of the Petroleum Exporting Countries", Some("OPEC")),
    ("World Trade Organization", Some("WTO")),
    ("Association of Southeast Asian Nations", Some("ASEAN")),
    ("African Union", Some("AU")),
    ("European Bank for Reconstruction and Development", Some("EBRD")),
    ("Asian Development Bank", Some("ADB")),
    ("Parliamentary Assembly of the Council of Europe", Some("PACE")),
    ("Council of Europe", None),
    ("European Court of Human Rights", Some("ECHR")),
    ("Amnesty International", None),
    ("Human Rights Watch", Some("HRW")),
    ("United Nations Children's Fund", Some("UNICEF")),
    ("World Food Programme", Some("WFP")),
    ("Food and Agriculture Organization", Some("FAO")),
    ("Eurasian Economic Union", Some("EAEU")),
    ("Commonwealth of Independent States", Some("CIS")),
    ("Organisation of Islamic Cooperation", Some("OIC")),
    ("Gulf Cooperation Council", Some("GCC")),
    ("Arab League", None),
    ("International Criminal Police Organization", Some("Interpol")),
    ("European Investment Bank", Some("EIB")),
    ("Caspian Energy Council", Some("CEC")),
    ("Black Sea Economic Cooperation", Some("BSEC")),
    ("International Energy Agency", Some("IEA")),
    ("Committee to Protect Journalists", Some("CPJ")),
    ("Transparency International", None),
    ("Southern Gas Corridor Consortium", Some("SGCC")),
    ("Regional Mine Action Centre", Some("RMAC")),
];

pub const MALE_FIRST: &[&str] = &[
    "Sergei", "Ivan", "Andrey", "Nikol", "Ararat", "Ilham", "Jeyhun", "Hikmet", "Mevlüt", "Recep",
    "Emmanuel", "Olaf", "Antony", "Josep", "Dmitry", "Vladimir", "Mikheil", "Irakli", "Volodymyr",
    "Dmytro", "Wang", "Subrahmanyam", "Fumio", "James", "Luigi", "José", "Radosław", "Kassym",
    "Bakhtiyor", "Alexander", "Nicu", "Péter", "Aleksandar", "Nikos", "Benjamin", "Sameh", "Faisal",
    "Mohammed", "Fuad", "Shehbaz", "Mauro", "Mélanie", "Tobias", "Pekka", "Espen", "Wopke",
    "Alexander", "Ignazio", "Jan", "Gabrielius", "Edgars", "Urmas", "Park", "Retno", "Naledi",
    "Yusuf", "Raychelle", "Demeke", "Rashid", "Zheenbek", "Sirojiddin", "Nikolay", "Gordan",
    "Abdallah", "Ayman", "Ruben", "Arayik", "Vahagn", "Armen", "Karim", "Omar", "Hakan", "Tigran",
];

pub const FEMALE_FIRST: &[&str] = &[
    "Maria", "Karen", "Catherine", "Annalena", "Linda", "Ursula", "Kaja", "Mariya", "Salome",
    "Olha", "Liz", "Giorgia", "Meloni", "Arancha", "Agnieszka", "Zhanna", "Maia", "Natalia",
    "Katalin", "Ana", "Dora", "Yael", "Rania", "Hina", "Mélanie", "Ann", "Tina", "Sanna", "Anniken",
    "Hadja", "Hanke", "Karin", "Ingrida", "Evika", "Kersti", "Kang", "Naledi", "Monica", "Anna",
    "Gulnara", "Ruzanna", "Zara", "Leyla", "Nargiz", "Elena", "Svetlana", "Tatiana", "Irina",
];

/// Roots and endings of surnames; their products give several hundred distinct, plausible names.
pub const SURNAME_ROOTS: &[&str] = &[
    "Petr", "Lavr", "Rudenk", "Zakhar", "Mirzo", "Pashin", "Ali", "Bayram", "Karapet", "Hakob",
    "Grigor", "Sarkis", "Vardan", "Harutiun", "Khachatur", "Melik", "Abramov", "Kovalen", "Shevch",
    "Bondar", "Tkach", "Kuzn", "Sokol", "Volk", "Mor", "Nov", "Orl", "Dragan", "Mark", "Stoj",
    "Ionesc", "Popesc", "Nagy", "Kov", "Papad", "Georgi", "Dimitr", "Demir", "Yıldız", "Kaya",
    "Çelik", "Şahin", "Hosse", "Rez", "Karim", "Rahim", "Nazar", "Tokay", "Sultan", "Berg",
    "Lind", "Holm", "Dahl", "Weber", "Schmid", "Fischer", "Meyer", "Durand", "Lefèv", "Moreau",
    "García", "Lopez", "Marin", "Ross", "Bianch", "Ferr", "Conti", "Novak", "Horv", "Wiśn",
];

pub const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "yan", "ian", "enko", "escu", "ić", "ski", "idis", "oğlu", "i", "er", "son", "ez",
    "ani", "zade", "ovich", "uk",
];

/// (outlet, house style). The style fixes the byline/dateline form and the page clutter.
pub const OUTLETS: &[(&str, Style)] = &[
    ("Asbarez", Style::ByLine),
    ("Massis Post", Style::Dateline),
    ("Caucasus Watch", Style::NumericDate),
    ("Meridian Herald", Style::ByLine),
    ("Caspian Times", Style::Dateline),
    ("Eurasia Wire", Style::ReporterLine),
    ("Northern Ledger", Style::ReporterLine),
    ("Al Wasat Daily", Style::Chrome),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// "By Outlet | Friday, 08 April 2022"
    ByLine,
    /// "MOSCOW, June 22, 2022 — " opening the first paragraph
    Dateline,
    /// "Published: 22.06.2022 14:05" after the headline, "CITY (Outlet) — " in the body
    NumericDate,
    /// "June 22, 2022" and "By First Last" lines
    ReporterLine,
    /// Page furniture ("Published: Updated:", "3 min read") and no date in the text at all
    Chrome,
}

pub const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];
pub const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Titles a person holds; `{C}` is the country's adjective.
pub const STATE_TITLES: &[&str] = &[
    "{C} Foreign Minister",
    "{C} President",
    "{C} Prime Minister",
    "{C} Defence Minister",
    "{C} Deputy Foreign Minister",
    "{C} Foreign Ministry spokesperson",
    "{C} Economy Minister",
    "{C} Energy Minister",
    "{C} Ambassador to the UN",
    "{C} Interior Minister",
    "{C} opposition leader",
    "{C} National Security Adviser",
    "Speaker of the {C} Parliament",
];
/// Titles in an organisation; `{O}` is its short name.
pub const ORG_TITLES: &[&str] = &[
    "{O} Secretary-General",
    "{O} spokesperson",
    "{O} envoy",
    "{O} chief economist",
    "{O} Director-General",
    "{O} regional director",
];

/// Subjects of news: what the actors argue about.
pub const TOPICS: &[&str] = &[
    "the ceasefire", "the peace talks", "new sanctions", "the gas pipeline", "grain exports",
    "the border crossing", "a prisoner exchange", "the trade agreement", "the nuclear programme",
    "the humanitarian corridor", "the parliamentary election", "energy prices", "the military drills",
    "refugee flows", "the arms embargo", "the visa regime", "debt restructuring", "the water dispute",
    "the railway link", "the peacekeeping mission", "air defence systems", "the customs union",
    "oil output quotas", "the cyberattack", "drone strikes", "election observers",
    "constitutional reform", "mining concessions", "fishing rights", "transit fees",
    "the demarcation commission", "landmine clearance", "the grain corridor", "the power grid",
    "press freedom", "the detained journalists", "the disputed enclave", "fertiliser shipments",
    "the transport corridor", "the draft peace treaty",
];

pub const PLACES: &[&str] = &[
    "the South Caucasus", "the Black Sea", "the Caspian region", "Central Asia", "the Balkans",
    "the Eastern Mediterranean", "the Baltic states", "the Persian Gulf", "the Sahel", "the Horn of Africa",
    "the Lachin corridor", "the Zangezur route", "the Danube delta", "the Fergana valley",
];

pub const WHEN: &[&str] = &[
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend",
    "earlier this week", "last month", "on Sunday", "late on Tuesday", "this morning",
];

pub const VENUES: &[&str] = &[
    "at a news conference", "at the weekly press briefing", "in a televised address",
    "in an interview with state television", "on the sidelines of the summit", "in a statement",
    "at a joint press conference", "during a visit to the border area", "in a post on social media",
    "after closed-door talks",
];

/// Narrative sentences. Slots: `{A}` an actor mention, `{B}` another, `{C}` a country, `{T}` and
/// `{T2}` topics, `{P}` a place, `{W}` when, `{V}` a venue, `{N}` a number.
pub const NARRATIVE: &[&str] = &[
    "{A} {W} accused {B} of undermining {T} in {P}.",
    "{A} said {V} that progress on {T} depended on {B}.",
    "The talks on {T} come after months of tension over {T2}.",
    "{A} and {B} met {W} to discuss {T} and {T2}.",
    "According to officials familiar with the matter, {N} rounds of negotiations on {T} have ended without agreement.",
    "{A} has repeatedly questioned the need for {T}, which {B} regards as essential.",
    "Analysts say the dispute over {T} could reshape the balance of power in {P}.",
    "{A} {W} dismissed the assurances of {B} on {T}.",
    "The meeting, held {V}, also touched on {T2} and the situation in {P}.",
    "Neither {A} nor {B} commented on reports that {T} had been suspended.",
    "A delegation led by {A} is expected to travel to {C} next week for talks on {T}.",
    "Since the start of the crisis, {N} people have been displaced, according to {B}.",
    "{A} called on {B} to honour its obligations under the agreement on {T}.",
    "Critics argue that {T} has done little to ease the pressure on {P}.",
    "{A} warned that any attempt to link {T} with {T2} would be counterproductive.",
    "The decision on {T} was welcomed by {A} but criticised by {B}.",
    "Officials in {C} have grown increasingly frustrated with the slow pace of {T}.",
    "{A} later told reporters that a compromise on {T} was within reach.",
    "The statement did not mention {T2}, a sticking point in earlier rounds.",
    "{A} met {B} {W} and pledged to continue cooperation on {T}.",
    "Trade between the two countries rose by {N} percent last year, driven largely by {T}.",
    "{A} denied claims that {C} had abandoned {T}.",
    "Observers from {C} reported {N} violations of {T} over the past week.",
    "The announcement followed a phone call between {A} and {B}.",
    "{A} insisted that the international community still sees {T} as the only viable framework.",
];

/// What people say, in the first person. Same slots as [`NARRATIVE`].
pub const QUOTES: &[&str] = &[
    "We will not accept any preconditions on {T}",
    "There is no guarantee that such irresponsible actions will not be repeated",
    "The situation would have been much harder without {T}",
    "Our position on {T} has not changed and will not change",
    "I would like to allow myself to doubt the sincerity of these statements",
    "We remain concerned about {T} and its humanitarian implications",
    "If our partners are really interested in solving these problems, they should return to the table",
    "Pretending that nothing happened just won't work",
    "We call for the full restoration of {T} without delay",
    "This is a historic opportunity for {P}, and we must not waste it",
    "Nobody should be under any illusion: {T} is a red line for us",
    "We proceed from the fact that {T} must continue",
    "The door to dialogue remains open, but patience is not unlimited",
    "We have done everything depending on us to secure {T}",
    "It is difficult to assess their position when their official statements differ so significantly",
    "Any unilateral step on {T} would be a serious mistake",
    "We expect concrete results on {T} before the end of the year",
    "The people of {C} deserve better than empty promises",
    "Our colleagues have chosen confrontation over cooperation on {T}",
    "This sets back the peace process and undermines international confidence",
];

/// Reader-comment lines.
pub const COMMENTS: &[&str] = &[
    "Both sides are to blame for this mess.",
    "Nothing will change until the big powers stop using us as pawns.",
    "Excellent reporting, thank you.",
    "Who controls the corridor controls the region. Simple as that.",
    "Let's not blame others for our failures.",
    "They are all despicable beyond words.",
    "Another empty statement. We have heard this a hundred times.",
    "The ceasefire was never going to hold without real guarantees.",
    "May I be perfectly frank? Sanctions never work.",
    "Read the actual agreement before commenting, people.",
];

pub const COMMENTERS: &[&str] = &[
    "Aram K.", "Truthseeker77", "Nina", "G. Petrosyan", "observer", "Levon", "Mark T.", "anon", "Dato",
    "Concerned citizen",
];

/// Words for headlines of other stories in the "Latest news" lists.
pub const OTHER_HEADLINES: &[&str] = &[
    "Earthquake death toll rises to {N}",
    "{C} to lift its arms embargo on {C2}",
    "Weather forecast: heavy snow expected in the mountains",
    "{C} and {C2} sign memorandum on {T}",
    "Parliament approves budget amid protests",
    "Central bank raises key rate to {N} percent",
    "Football: national team draws in qualifier",
    "{C} sends humanitarian aid to {C2}",
    "Opposition rally draws thousands in the capital",
    "Inflation slows for the third month in a row",
    "New flights to {C2} announced for the summer",
    "Court sentences former official to {N} years",
];
