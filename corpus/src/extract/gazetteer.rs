//! Small general word lists: countries with their other names, capitals and demonyms; the words
//! that head organisation names and job titles; speech verbs; words that are capitalised only
//! because they start a sentence. Nothing here names a person or depends on one corpus.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// `canonical|other names ; capitals ; demonyms` per country.
const COUNTRIES: &str = "\
Afghanistan;Kabul;Afghan
Albania;Tirana;Albanian
Algeria;Algiers;Algerian
Andorra;;Andorran
Angola;Luanda;Angolan
Antigua and Barbuda;;Antiguan
Argentina;Buenos Aires;Argentine|Argentinian
Armenia|Republic of Armenia;Yerevan;Armenian
Australia;Canberra;Australian
Austria;Vienna;Austrian
Azerbaijan|Republic of Azerbaijan;Baku;Azerbaijani|Azeri
Bahamas|the Bahamas;Nassau;Bahamian
Bahrain;Manama;Bahraini
Bangladesh;Dhaka;Bangladeshi
Barbados;Bridgetown;Barbadian
Belarus;Minsk;Belarusian
Belgium;Brussels;Belgian
Belize;Belmopan;Belizean
Benin;Porto-Novo;Beninese
Bhutan;Thimphu;Bhutanese
Bolivia;La Paz;Bolivian
Bosnia and Herzegovina|Bosnia;Sarajevo;Bosnian
Botswana;Gaborone;Botswanan
Brazil;Brasilia|Brasília;Brazilian
Brunei|Brunei Darussalam;Bandar Seri Begawan;Bruneian
Bulgaria;Sofia;Bulgarian
Burkina Faso;Ouagadougou;Burkinabe|Burkinabè
Burundi;Gitega;Burundian
Cambodia;Phnom Penh;Cambodian
Cameroon;Yaounde;Cameroonian
Canada;Ottawa;Canadian
Cape Verde|Cabo Verde;Praia;Cape Verdean
Central African Republic;Bangui;
Chad;N'Djamena|Ndjamena;Chadian
Chile;Santiago;Chilean
China|People's Republic of China|PRC;Beijing;Chinese
Colombia;Bogota|Bogotá;Colombian
Comoros;Moroni;Comorian
Costa Rica;;Costa Rican
Côte d'Ivoire|Cote d'Ivoire|Ivory Coast;Yamoussoukro;Ivorian
Croatia;Zagreb;Croatian
Cuba;Havana;Cuban
Cyprus;Nicosia;Cypriot
Czech Republic|Czechia;Prague;Czech
Democratic Republic of the Congo|DR Congo|DRC|Democratic Republic of Congo|Congo;Kinshasa;
Denmark;Copenhagen;Danish
Djibouti;;Djiboutian
Dominica;Roseau;
Dominican Republic;Santo Domingo;Dominican
East Timor|Timor-Leste;Dili;Timorese
Ecuador;Quito;Ecuadorian
Egypt;Cairo;Egyptian
El Salvador;San Salvador;Salvadoran|Salvadorean
Equatorial Guinea;Malabo;Equatorial Guinean
Eritrea;Asmara;Eritrean
Estonia;Tallinn;Estonian
Eswatini|Swaziland;Mbabane;Swazi
Ethiopia;Addis Ababa;Ethiopian
Fiji;Suva;Fijian
Finland;Helsinki;Finnish
France|French Republic;Paris;French
Gabon;Libreville;Gabonese
Gambia|the Gambia;Banjul;Gambian
Georgia;Tbilisi;Georgian
Germany|Federal Republic of Germany;Berlin;German
Ghana;Accra;Ghanaian
Greece;Athens;Greek
Grenada;;Grenadian
Guatemala;Guatemala City;Guatemalan
Guinea;Conakry;Guinean
Guinea-Bissau;Bissau;
Guyana;;Guyanese
Haiti;Port-au-Prince;Haitian
Holy See|Vatican|Vatican City|the Vatican;;
Honduras;Tegucigalpa;Honduran
Hungary;Budapest;Hungarian
Iceland;Reykjavik;Icelandic
India;New Delhi;Indian
Indonesia;Jakarta;Indonesian
Iran|Islamic Republic of Iran;Tehran;Iranian
Iraq;Baghdad;Iraqi
Ireland|Republic of Ireland;Dublin;Irish
Israel;Jerusalem;Israeli
Italy;Rome;Italian
Jamaica;Kingston;Jamaican
Japan;Tokyo;Japanese
Jordan;Amman;Jordanian
Kazakhstan;Astana;Kazakh
Kenya;Nairobi;Kenyan
Kiribati;Tarawa;
Kosovo;Pristina;Kosovar
Kuwait;;Kuwaiti
Kyrgyzstan;Bishkek;Kyrgyz
Laos|Lao PDR;Vientiane;Laotian|Lao
Latvia;Riga;Latvian
Lebanon;Beirut;Lebanese
Lesotho;Maseru;
Liberia;Monrovia;Liberian
Libya;Tripoli;Libyan
Liechtenstein;Vaduz;
Lithuania;Vilnius;Lithuanian
Luxembourg;;Luxembourgish
Madagascar;Antananarivo;Malagasy
Malawi;Lilongwe;Malawian
Malaysia;Kuala Lumpur;Malaysian
Maldives|the Maldives;Malé;Maldivian
Mali;Bamako;Malian
Malta;Valletta;Maltese
Marshall Islands;Majuro;
Mauritania;Nouakchott;Mauritanian
Mauritius;Port Louis;Mauritian
Mexico;Mexico City;Mexican
Micronesia;Palikir;Micronesian
Moldova;Chisinau;Moldovan
Monaco;;Monegasque
Mongolia;Ulaanbaatar;Mongolian
Montenegro;Podgorica;Montenegrin
Morocco;Rabat;Moroccan
Mozambique;Maputo;Mozambican
Myanmar|Burma;Naypyidaw;Burmese
Namibia;Windhoek;Namibian
Nauru;;Nauruan
Nepal;Kathmandu;Nepali|Nepalese
Netherlands|the Netherlands|Holland;Amsterdam|The Hague;Dutch
New Zealand;Wellington;
Nicaragua;Managua;Nicaraguan
Niger;Niamey;Nigerien
Nigeria;Abuja;Nigerian
North Korea|Democratic People's Republic of Korea|DPRK;Pyongyang;North Korean
North Macedonia|Macedonia;Skopje;Macedonian
Norway;Oslo;Norwegian
Oman;Muscat;Omani
Pakistan;Islamabad;Pakistani
Palau;Ngerulmud;Palauan
Palestine;Ramallah;Palestinian
Panama;Panama City;Panamanian
Papua New Guinea;Port Moresby;Papua New Guinean
Paraguay;Asunción|Asuncion;Paraguayan
Peru;Lima;Peruvian
Philippines|the Philippines;Manila;Filipino|Philippine
Poland;Warsaw;Polish
Portugal;Lisbon;Portuguese
Qatar;Doha;Qatari
Republic of the Congo|Congo-Brazzaville;Brazzaville;
Romania;Bucharest;Romanian
Russia|Russian Federation|the Russian Federation;Moscow|the Kremlin|Kremlin;Russian
Rwanda;Kigali;Rwandan
Saint Kitts and Nevis|St Kitts and Nevis;Basseterre;
Saint Lucia|St Lucia;Castries;Saint Lucian
Saint Vincent and the Grenadines;Kingstown;
Samoa;Apia;Samoan
San Marino;;Sammarinese
Sao Tome and Principe|São Tomé and Príncipe;;
Saudi Arabia|KSA;Riyadh;Saudi
Senegal;Dakar;Senegalese
Serbia;Belgrade;Serbian
Seychelles;;Seychellois
Sierra Leone;Freetown;Sierra Leonean
Singapore;;Singaporean
Slovakia;Bratislava;Slovak
Slovenia;Ljubljana;Slovenian
Solomon Islands;Honiara;
Somalia;Mogadishu;Somali
South Africa;Pretoria;South African
South Korea|Republic of Korea;Seoul;South Korean
South Sudan;Juba;South Sudanese
Spain;Madrid;Spanish
Sri Lanka;Colombo;Sri Lankan
Sudan;Khartoum;Sudanese
Suriname;Paramaribo;Surinamese
Sweden;Stockholm;Swedish
Switzerland;Bern;Swiss
Syria;Damascus;Syrian
Taiwan;Taipei;Taiwanese
Tajikistan;Dushanbe;Tajik
Tanzania|United Republic of Tanzania;Dodoma;Tanzanian
Thailand;Bangkok;Thai
Togo;Lomé|Lome;Togolese
Tonga;Nuku'alofa;Tongan
Trinidad and Tobago;Port of Spain;Trinidadian
Tunisia;Tunis;Tunisian
Turkey|Türkiye|Turkiye;Ankara;Turkish
Turkmenistan;Ashgabat;Turkmen
Tuvalu;Funafuti;Tuvaluan
Uganda;Kampala;Ugandan
Ukraine;Kyiv|Kiev;Ukrainian
United Arab Emirates|UAE;Abu Dhabi;Emirati
United Kingdom|UK|U.K.|Britain|Great Britain;London|Downing Street;British
Scotland;Edinburgh|Holyrood;Scottish
Wales;Cardiff;Welsh
Northern Ireland;Belfast|Stormont;
United States|United States of America|the United States|U.S.|US|U.S.A.|USA|America;Washington|the White House|White House;American
Uruguay;Montevideo;Uruguayan
Uzbekistan;Tashkent;Uzbek
Vanuatu;Port Vila;
Venezuela;Caracas;Venezuelan
Vietnam;Hanoi;Vietnamese
Yemen;Sanaa;Yemeni
Zambia;Lusaka;Zambian
Zimbabwe;Harare;Zimbabwean";

/// How a country is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountryForm {
    /// Its name or another name of the state ("U.S.", "the Russian Federation").
    Name,
    /// Its capital or seat of government, used for the government ("Moscow said").
    Capital,
    /// The adjective ("Russian"); an actor only in phrases such as "the Russian side".
    Demonym,
}

pub struct Gazetteer {
    /// Lower-cased form (without a leading "the") → (canonical country, form).
    pub countries: HashMap<String, (&'static str, CountryForm)>,
    /// The most words any country form has.
    pub max_country_words: usize,
    /// The longest form in bytes (with a leading "the " and slack for spacing).
    pub max_form_len: usize,
    /// First words of the forms with more than one word.
    pub first_words: HashSet<String>,
    /// Per first byte of a key of one word (or of a first word), a bit per byte length below 64
    /// that such a key of that first byte has: a word of one ASCII piece whose (first byte,
    /// length) has no bit is neither, which spares most words the key and the lookups.
    lengths: [u64; 256],
    /// The same per last byte: with nearly two hundred countries the first filter alone lets
    /// many words through.
    last_lengths: [u64; 256],
}

pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut countries = HashMap::default();
    let mut max_country_words = 1;
    let mut max_form_len = 0;
    let mut first_words = HashSet::default();
    for line in COUNTRIES.lines() {
        let mut parts = line.split(';');
        let names: Vec<&'static str> = parts.next().unwrap_or("").split('|').filter(|s| !s.is_empty()).collect();
        let capitals = parts.next().unwrap_or("").split('|').filter(|s| !s.is_empty());
        let demonyms = parts.next().unwrap_or("").split('|').filter(|s| !s.is_empty());
        let canonical = names[0];
        let forms = names
            .iter()
            .map(|n| (*n, CountryForm::Name))
            .chain(capitals.map(|c| (c, CountryForm::Capital)))
            .chain(demonyms.map(|d| (d, CountryForm::Demonym)));
        for (form, kind) in forms {
            let key = key_of(form);
            max_country_words = max_country_words.max(key.split(' ').count());
            max_form_len = max_form_len.max(key.len() + 8);
            if let Some((first, _)) = key.split_once(' ') {
                first_words.insert(first.to_string());
                first_words.insert("the".to_string());
            }
            countries.entry(key).or_insert((canonical, kind));
        }
    }
    // A formal name ("the Federal Republic of Nigeria") starts with a style or its qualifier.
    for w in STATE_STYLES.iter().chain(STATE_QUALIFIERS) {
        first_words.insert(w.to_string());
    }
    max_country_words = max_country_words.max(6);
    let mut lengths = [0u64; 256];
    let mut last_lengths = [0u64; 256];
    // A word of one piece can only be a key of one word.
    for key in countries.keys().filter(|k| !k.contains(' ')).chain(first_words.iter()) {
        if key.len() < 64 {
            lengths[key.as_bytes()[0] as usize] |= 1 << key.len();
            last_lengths[key.as_bytes()[key.len() - 1] as usize] |= 1 << key.len();
        }
    }
    Gazetteer { countries, max_country_words, max_form_len, first_words, lengths, last_lengths }
});

/// Whether `word` cannot be a country form nor the first word of one, by its first byte and
/// length alone. Only for ASCII words without white space (whose key is the word lower-cased,
/// apostrophes kept): anything else is never ruled out here.
#[inline(always)]
fn surely_no_country_word(word: &str) -> bool {
    let b = word.as_bytes();
    let plain = !b.is_empty() && b.len() < 64 && b.iter().all(|c| c.is_ascii_graphic());
    let bit = 1 << b.len();
    plain
        && (GAZETTEER.lengths[b[0].to_ascii_lowercase() as usize] & bit == 0
            || GAZETTEER.last_lengths[b[b.len() - 1].to_ascii_lowercase() as usize] & bit == 0)
}

/// The lookup key of a name: lower case, single spaces, no leading "the", curly apostrophes
/// straightened.
pub fn key_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    write_key(s, &mut out);
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => out,
    }
}

/// `key_of` without its "the " removed, written into `out`.
fn write_key(s: &str, out: &mut String) {
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                '’' => out.push('\''),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
}

/// Calls `f` with `key_of(s)`, built in a buffer reused across calls: this runs for every
/// capitalised word of every article, and a fresh `String` each time was a measurable cost.
fn with_key<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    KEY.with(|k| {
        let mut key = k.borrow_mut();
        key.clear();
        write_key(s, &mut key);
        f(key.strip_prefix("the ").unwrap_or(&key))
    })
}

pub fn country(form: &str) -> Option<(&'static str, CountryForm)> {
    if form.len() > GAZETTEER.max_form_len || surely_no_country_word(form) {
        return None;
    }
    with_key(form, |key| GAZETTEER.countries.get(key).copied().or_else(|| formal_name(key)))
}

/// The styles of a state's formal name, lower-case: "Republic of Ghana", "Kingdom of Spain".
pub const STATE_STYLES: &[&str] = &["republic", "kingdom", "state", "sultanate", "emirate", "principality", "commonwealth"];
/// Words that qualify a style: "the Federal Republic of", "the Hashemite Kingdom of".
const STATE_QUALIFIERS: &[&str] = &[
    "federal", "islamic", "democratic", "socialist", "arab", "people's", "united", "hashemite", "plurinational",
    "bolivarian", "federative", "cooperative", "oriental", "independent",
];

/// A country by its formal name, the style and its qualifiers before "of" and a name the
/// gazetteer has: "federal republic of nigeria" → Nigeria. Not a state of a federation ("State
/// of Texas"), which the gazetteer does not have.
fn formal_name(key: &str) -> Option<(&'static str, CountryForm)> {
    // Most keys asked about are one word: no search for " of " in those.
    if !key.as_bytes().contains(&b' ') {
        return None;
    }
    let (style, rest) = key.split_once(" of ")?;
    let mut words = style.split(' ').rev();
    if !words.next().is_some_and(|w| STATE_STYLES.contains(&w)) || !words.all(|w| STATE_QUALIFIERS.contains(&w)) {
        return None;
    }
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    GAZETTEER.countries.get(rest).copied().filter(|(_, f)| *f == CountryForm::Name)
}

/// `country(word)` and `starts_longer_country_form(word)`, with one key for both.
pub fn country_word(word: &str) -> (Option<(&'static str, CountryForm)>, bool) {
    if surely_no_country_word(word) {
        return (None, false);
    }
    with_key(word, |key| {
        let country = if word.len() > GAZETTEER.max_form_len { None } else { GAZETTEER.countries.get(key).copied() };
        (country, GAZETTEER.first_words.contains(key))
    })
}

/// Whether a country form of more than one word starts with this word ("United", "the").
pub fn starts_longer_country_form(word: &str) -> bool {
    !surely_no_country_word(word) && with_key(word, |key| GAZETTEER.first_words.contains(key))
}

/// The demonym of a country, for naming its institutions ("Russian Foreign Ministry").
pub fn demonym_of(country: &str) -> Option<&'static str> {
    static DEMONYMS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let mut map = HashMap::default();
        for line in COUNTRIES.lines() {
            let mut parts = line.split(';');
            let canonical = parts.next().and_then(|names| names.split('|').next());
            let demonym = parts.nth(1).and_then(|d| d.split('|').next()).filter(|d| !d.is_empty());
            if let (Some(c), Some(d)) = (canonical, demonym) {
                map.entry(c).or_insert(d);
            }
        }
        map
    });
    DEMONYMS.get(country).copied()
}

/// A set of words looked up for nearly every word of every article, where nearly every lookup
/// fails: a word whose length no member with its first byte and its last byte has is ruled out
/// by two bit tests, before hashing it (the same filter as the gazetteer's).
pub struct WordSet {
    /// With a fast hasher: short keys hash several times faster than with SipHash.
    words: HashSet<&'static str>,
    /// Per first byte, a bit per byte length below 64 that a member with that first byte has.
    first: [u64; 256],
    /// The same per last byte.
    last: [u64; 256],
}

impl WordSet {
    pub fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        match (b.first(), b.last()) {
            (Some(&f), Some(&l)) if b.len() < 64 => {
                let bit = 1u64 << b.len();
                self.first[f as usize] & bit != 0 && self.last[l as usize] & bit != 0 && self.words.contains(w)
            }
            _ => self.words.contains(w),
        }
    }
}

fn set(words: &'static str) -> WordSet {
    let words: HashSet<&'static str> = words.split_whitespace().collect();
    let (mut first, mut last) = ([0u64; 256], [0u64; 256]);
    // A member of 64 bytes or more is never ruled out (`contains` skips the filter for it).
    for w in words.iter().map(|w| w.as_bytes()).filter(|w| w.len() < 64) {
        first[w[0] as usize] |= 1 << w.len();
        last[w[w.len() - 1] as usize] |= 1 << w.len();
    }
    WordSet { words, first, last }
}

macro_rules! word_set {
    ($name:ident, $doc:literal, $words:literal) => {
        #[doc = $doc]
        pub static $name: LazyLock<WordSet> = LazyLock::new(|| set($words));
    };
}

word_set!(ORG_HEADS, "Last words of organisation names (capitalised form).",
    "Ministry Department Group Organization Organisation Council Committee Commission Bureau Agency Union \
     Nations Office Service Services Institute University College Bank Fund Party Court Parliament Assembly \
     Congress Senate Duma Army Navy Police Guard Corps Association Federation Alliance Coalition League \
     Movement Front Foundation Society Company Corporation Corp Inc Ltd Network Authority Administration \
     Directorate Secretariat Cabinet Government Ministry Tribunal Centre Center Force Forces Command Radio Television \
     News Press Times Post Herald Tribune Journal Gazette Dispatch Chronicle Courier Observer Telegraph Examiner \
     Inquirer Ledger Bulletin Agency Observatory Watch International Network Club \
     Mission Board Chamber Delegation Troika Quartet Commissariat Inspectorate Prosecutor's Review Magazine \
     Books Airlines Airways Motors Industries Holdings Pharmaceuticals Technologies Systems Laboratories \
     Enterprises Petroleum Telecom AG GmbH SE plc PLC LLC LLP LP NV Democrats School Partners Capital Securities \
     Ventures Associates Investments Brands Electronics Pharma Cricket Rugby Athletics FC AFC CF Exchange \
     Minerals Mining Metals Resources Automation Logistics Software Semiconductor Semiconductors Robotics \
     Aerospace Chemicals Steel Supply Solutions Therapeutics Biosciences Insurance Media Academy Partnership \
     Trust Consortium Studios Pictures Entertainment Community Hospital Library Museum Unit Programme Program \
     Confederation Research Consulting Analytics Advisory Advisors Syndicate Cooperative Co Water Energy Power Gas \
     Utilities Rail Railways Brokers Builders Developers Contractors Consultants Distributors Traders Exporters \
     Producers Manufacturers Suppliers");

word_set!(FIRM_HEADS, "Head words of companies' names, which a subsidiary's country may follow ('Samsung Electronics Vietnam').",
    "Co Company Corporation Corp Inc Ltd Group Holdings Industries Electronics Motors Airlines Airways Pharmaceuticals \
     Technologies Systems Laboratories Enterprises Petroleum Telecom Capital Securities Ventures Investments Brands \
     Mining Metals Resources Logistics Software Steel Solutions Insurance Bank Footwear Textiles Foods Beverages");

word_set!(PARTY_MEMBERS, "Members of parties and movements in the plural, a group and not a named organisation.",
    "Republicans Democrats Conservatives Tories Socialists Communists Liberals Nationalists Loyalists \
     Unionists Royalists Islamists Maoists Labourites Federalists Separatists Libertarians");

word_set!(STORMS, "Words that open a storm's name, an event ('Typhoon Halong').",
    "Typhoon Hurricane Cyclone Storm");

word_set!(FRONT_HEADS, "Head words that open an organisation's name in Romance languages ('Banco Central').",
    "Banco Banca Banque Partido Partito Parti Universidad Universidade Università Université Ministerio \
     Ministério Ministère Ministero Instituto Institut Istituto Consejo Conselho Conseil Consiglio Comisión \
     Comissão Fundación Fundação Fondation Fondazione Asociación Associação Federación Confederación \
     Sindicato Movimiento Frente Agencia Agência Agence Agenzia Servicio Cámara Câmara Corte \
     Cour Policía Polícia Ejército Exército Armée Secretaría Procuraduría Fiscalía Defensoría Empresa Grupo Junta \
     Generalitat Xunta Mineração Minera Mineradora Companhia Compañía Compagnie Compagnia Société Sociedad Sociedade \
     Radio Rádio Televisión Télévision Televisão Escuela Escola École Colegio");

word_set!(CLUB_AFFIXES, "Affixes of sports clubs' names ('FC Barcelona', 'RB Leipzig').",
    "FC AFC AC AS SC SV RB CF CD SSC VfB VfL TSG SL");

/// Countries that are also given names ("Chad Smith", "Israel Katz").
pub const GIVEN_NAME_COUNTRIES: &[&str] = &["Chad", "Jordan", "Israel", "Georgia", "India", "Kenya", "China", "Jamaica"];

word_set!(LEGISLATURES, "Institutions named by one word, which is an organisation's name on its own.",
    "Congress Senate Parliament Duma Knesset Bundestag Bundesrat Sejm Verkhovna Rada Majlis Storting Riksdag \
     Folketing Eduskunta Oireachtas Pentagon");

word_set!(EVENT_HEADS, "Last words of names of events and places, which are not actors.",
    "Forum Summit Conference Games Cup Festival Olympics Championship War Wars Crisis Treaty Accord Accords \
     Agreement Declaration Protocol Caucasus Corridor Heights Region Valley Sea Ocean River Mountains Mountain \
     Lake Island Islands Peninsula Province District Oblast Street Square Avenue Airport Station Bridge Gulf \
     Bay Strait Desert Plain Basin Highway Road Park Palace Hall Stadium Week Day Prize Award Act Law Bill \
     Plan Doctrine Initiative Program Programme Process Format Statement Memorandum Pact Charter Strategy Route");

word_set!(TITLE_HEADS, "Job titles that precede or follow a person's name (capitalised in front of it).",
    "President Minister Secretary Spokesman Spokeswoman Spokesperson Ambassador Envoy Senator Chancellor \
     General Governor Mayor King Queen Prince Princess Pope Premier Speaker Chairman Chairwoman Chair Director \
     Commander Chief Head Leader Judge Justice Representative Prosecutor Adviser Advisor Officer Colonel \
     Captain Lieutenant Major Sergeant Admiral Marshal Counsellor Counselor Consul Emir Sheikh Sultan Patriarch \
     Bishop Archbishop Cardinal Rabbi Imam Deputy Co-Chair Co-chair Ombudsman Mr Mrs Ms Miss Dr Prof Barrister \
     Professor Sir Dame Lord Lady Gen Col Lt Sgt Capt Adm Maj Rep Sen Gov Mr. Mrs. Ms. Dr. Gen. Col. Lt. \
     Sgt. Capt. Adm. Maj. Rep. Sen. Gov. Prof. Vice Assistant Undersecretary Under-Secretary Foreign \
     Defence Defense Interior Finance Economy Justice Health Prime Acting Former Senior First Executive \
     Press Special Permanent Attorney Commissioner Coordinator Negotiator Mediator Lawmaker MP CEO Founder \
     Editor Correspondent Analyst Economist Activist Official Diplomat Counterpart Chairperson Ayatollah Administrator \
     Councillor Councilor Councilman Councilwoman Alderman Alderwoman Congressman Congresswoman Assemblyman \
     Assemblywoman Sheriff Cllr Cllr. Insp Insp. Supt Supt. Det Det. Rev Rev. \
     Metropolitan Catholicos Opposition Superintendent Constable Detective Reverend Pastor Datuk Dato Datin Tun \
     Haji Hajjah MNA MPP MHA MLC Atty Atty.");

word_set!(ROLE_NOUNS, "Lower-case nouns that describe a person by role ('official Ruben X', 'X, the spokeswoman').",
    "president minister secretary spokesman spokeswoman spokesperson ambassador envoy senator chancellor \
     general governor mayor king queen prince premier speaker chairman chairwoman chair director commander \
     chief head leader judge representative prosecutor adviser advisor aide officer colonel captain lieutenant \
     admiral official diplomat counterpart negotiator mediator lawmaker legislator mp deputy analyst expert \
     professor researcher scholar journalist reporter correspondent editor activist lawyer attorney economist \
     founder ceo executive manager candidate politician member commissioner coordinator co-chair ombudsman \
     spokesperson strategist historian author writer blogger commentator observer scientist doctor farmer \
     resident student teacher priest bishop archbishop patriarch cleric businessman businesswoman billionaire \
     oligarch banker investor entrepreneur owner militant fighter soldier veteran witness survivor victim \
     protester organizer organiser campaigner director-general secretary-general fm pm coach player \
     captain manager striker goalkeeper referee athlete champion singer actor actress artist director \
     musician poet novelist designer architect engineer chef host presenter anchor spokesman librarian \
     curator nurse surgeon physician pilot driver mother father son daughter wife husband brother sister \
     neighbour neighbor friend colleague partner pollster consultant agent campaigner governor-general \
     councillor councilor councilman councilwoman alderman alderwoman congressman congresswoman sheriff \
     grandson granddaughter grandmother grandfather niece nephew aunt uncle widow widower mate defender \
     midfielder winger goalkeeper bowler batsman batter all-rounder wicketkeeper spinner \
     pitcher quarterback forecaster advocate counsel barrister solicitor juror fly-half scrum-half flanker \
     full-back fullback centre-back playmaker");

word_set!(ORG_NOUNS, "Lower-case nouns that head a description of an organisation ('X, the state energy company').",
    "company firm group organisation organization agency charity giant watchdog network broadcaster newspaper \
     bank lender insurer carrier airline retailer maker manufacturer producer exporter importer operator \
     developer startup start-up conglomerate corporation party union movement ngo association institute \
     university outlet channel militia coalition alliance federation club council authority regulator \
     monopoly supplier chain platform publisher consultancy fund utility think-tank tank nonprofit non-profit \
     foundation station daily tabloid website broadcaster bloc franchise team league journal magazine weekly \
     unit subsidiary division affiliate carmaker automaker chipmaker drugmaker miner studio streamer distributor \
     cooperative co-op lobby processor body parliament legislature senate assembly");

word_set!(PERSON_WORDS, "Lower-case words that describe a person rather than an organisation.",
    "man woman boy girl mother father son daughter wife husband himself herself he she his her mr mrs ms");

word_set!(MEDIA_NAMES, "News agencies and broadcasters named by one word that is no head word: an organisation
    wherever the prose names it ('told Reuters'), the source only in the byline or dateline.",
    "Reuters Bloomberg Interfax Xinhua Anadolu Yonhap Kyodo Sputnik Politico Axios Euronews Ukrinform \
     Armenpress Agerpres Bernama Antara");

word_set!(INSTITUTION_VERBS, "Verbs of what organisations do, past tense and participle: with a speech verb after
    'the X' they show that X, which no person's name follows 'the' to, is an organisation ('the Red Cross
    delivered', 'the Taliban have restricted'). Not verbs that things and places also do ('the Dow closed',
    'the telescope captured', 'the storm struck').",
    "delivered launched attacked seized released freed arrested detained banned barred restricted imposed \
     lifted agreed signed rejected accepted approved offered deployed withdrew withdrawn suspended resumed \
     sued fined ordered voted elected appointed issued funded hired organised organized staged hosted \
     brokered mediated proposed pledged threatened governs governed supplied distributed evacuated recruited \
     demanded refused allowed blocked halted invested donated sanctioned expelled recalled summoned shelled \
     bombed kidnapped abducted claimed conducted recognised recognized");

word_set!(NOT_INSTITUTIONS, "Capitalised words after 'the' that make a person's title, or a people, not an organisation.",
    "Duke Duchess Earl Countess Count Baron Baroness Marquess Viscount Tsar Czar Kaiser Shah Lama Khan \
     Maharaja Mufti Reverend Rev Pontiff Pharaoh Emperor Empress Archduke Prophet Messiah Lord Lady \
     Kurds Jews Sunnis Shias Shiites Tamils Uighurs Uyghurs Pashtuns Tatars Roma Bedouins Druze Arabs \
     Europeans Asians Africans Christians Muslims Catholics Protestants Soviets Allies Royals");

/// Nouns for a person working for or speaking for an organisation ("a spokesman for X", "the head
/// of X", "an analyst at X").
pub fn is_employee_noun(w: &str) -> bool {
    matches!(
        w,
        "spokesman" | "spokeswoman" | "spokesperson" | "official" | "executive" | "analyst" | "economist" | "director"
            | "head" | "chief" | "employee" | "worker" | "staff" | "member" | "founder" | "researcher" | "manager"
            | "engineer" | "lawyer" | "representative" | "chairman" | "chairwoman" | "ceo" | "boss" | "owner"
            | "strategist" | "partner" | "shareholder" | "investor" | "customer" | "board"
    )
}

/// Verbs that end like role nouns ("insist", "assist").
const ROLE_LOOKALIKES: &[&str] = &["assist", "insist", "resist", "persist", "consist", "exist", "twist", "enlist", "median"];

/// A lower-case noun for a person's role: a listed one, or a profession by its ending
/// ("ecologist", "historian", "oceanographer").
pub fn is_role_noun(w: &str) -> bool {
    // "vice-president", "co-founder", "ex-minister": a role with its rank joined by a hyphen.
    if let Some(role) = ["vice-", "co-", "deputy-", "ex-"].iter().find_map(|p| w.strip_prefix(p)) {
        return is_role_noun(role);
    }
    ROLE_NOUNS.contains(w)
        || (w.len() >= 6
            && w.chars().all(char::is_lowercase)
            && !ROLE_LOOKALIKES.contains(&w)
            && ["ist", "ian", "logist", "grapher", "nomist"].iter().any(|s| w.ends_with(s)))
}

word_set!(SPEECH_VERBS, "Verbs that attribute speech ('said', 'told', 'added'), every form.",
    "said says say told tells tell telling added adds adding stressed stresses stressing noted notes noting claimed \
     claims claiming announced announces announcing explained explains explaining stated states stating \
     declared declares declaring insisted insists insisting warned warns warning recalled recalls recalling \
     emphasized emphasised emphasizes emphasises emphasizing emphasising underlined underlines underlining \
     asserted asserts asserting argued argues arguing wrote writes writing continued continues concluded \
     concludes replied replies replying answered answers answering responded responds responding remarked \
     remarks commented comments commenting acknowledged acknowledges acknowledging admitted admits admitting \
     urged urges urging asked asks asking suggested suggests suggesting confirmed confirms confirming denied \
     denies reiterated reiterates reiterating repeated repeats observed observes estimated predicted predicts vowed vows \
     promised promises cautioned cautions complained complains alleged alleges quipped tweeted posted \
     stresses highlighted highlights pointed believes believed thinks thought saying told explained \
     insists countered counters retorted added announced assured assures accused accuses charged charges \
     described describes describing called calls calling demanded demands proclaimed reported reports \
     informed informs clarified clarifies mentioned mentions welcomed welcomes criticized criticised \
     criticizes criticises condemned condemns dismissed dismisses ruled rules laughed laughs joked jokes");

word_set!(SENTENCE_WORDS, "Capitalised function words, months, weekdays and other words that are not names.",
    "The A An In On At By For From To Of And But Or Nor So Yet As If When While Since After Before Until \
     Although Though Because That This These Those There Here It Its He She They We I You His Her Their Our \
     My Your Who Whom Whose What Which Where Why How Not No Yes All Some Any Each Every Both Either Neither \
     Many Much More Most Few Less Such Other Another One Two Three Four Five Six Seven Eight Nine Ten First \
     Second Third Last Next New Old Now Then Also Only Just Even Still Already However Meanwhile Moreover \
     Furthermore Therefore Thus Instead Otherwise Indeed Perhaps Maybe According During Despite Without \
     Within Under Over Between Among Against Through Across Into Onto Upon About Around Above Below Near \
     Following Amid Amidst Via Per Unlike Like With Is Are Was Were Be Been Being Has Have Had Do Does Did \
     Will Would Shall Should Can Could May Might Must Let Monday Tuesday Wednesday Thursday Friday Saturday \
     Sunday January February March April June July August September October November December Jan Feb Mar \
     Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr Read Published Updated Photo Image Video Watch Source \
     Sources Today Yesterday Tomorrow Earlier Later Recently Officials Experts Analysts Critics Residents \
     People Police Troops Forces Protesters Both Everyone Nobody Somebody Someone Anyone Nothing Something \
     Everything Anything Please Thank Thanks Dear Hello Well Oh Yes Okay OK Sign Subscribe Follow Share Click \
     Leave Top Latest Related Other Comments Reply Log Login Home Menu Search Advertisement Trending Popular \
     North South East West Northern Southern Eastern Western Central Upper Lower Greater Little Saint St \
     Day Week Month Year Years Months Weeks Days Hours Minutes Part Chapter Section Article Page Edition \
     Notably Additionally Similarly Finally Ultimately Currently Previously Initially Nevertheless Nonetheless \
     Accordingly Consequently Hence Rather Whether Once Twice Again Always Never Often Sometimes Together \
     European Eurasian Asian African Arab Latin Islamic Christian Muslim Jewish Catholic Orthodox Soviet \
     Caucasian Kurdish Balkan Baltic Nordic Scandinavian Slavic Persian International National Federal \
     Regional Global Economic Political Military Civil Public Social States");

word_set!(PRONOUNS_PERSON, "Pronouns that refer back to a person.", "he she him her");

/// Whether a lower-cased word is a speech verb.
pub fn is_speech_verb(w: &str) -> bool {
    // Nearly every word asked about is already lower-case ASCII: no copy for those.
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        return SPEECH_VERBS.contains(w);
    }
    SPEECH_VERBS.contains(w.to_lowercase().as_str())
}

/// Whether `s` starts (in any ASCII case, as a whole word) with a word the keys of
/// `institution_synonym` start with, or "the", which keys drop: a necessary condition that
/// spares most phrases the key and the lookups. (No non-ASCII letter lower-cases to one of
/// these words' letters.)
pub fn may_start_institution(s: &str) -> bool {
    const FIRST: &[&str] = &[
        "the", "mfa", "mod", "foreign", "ministry", "defence", "defense", "interior", "finance", "justice", "economy",
        "health", "state", "department",
    ];
    let b = s.as_bytes();
    FIRST.iter().any(|w| {
        b.get(..w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w.as_bytes())) && !b.get(w.len()).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// Organisation acronyms that abbreviate an institution common to all governments, with the
/// words they stand for ("MFA" → "Foreign Ministry"), so "Russia MFA" and "Russian Foreign
/// Ministry" name one actor.
pub fn institution_synonym(words: &str) -> Option<&'static str> {
    with_key(words, |key| match key {
        "mfa" | "foreign ministry" | "ministry of foreign affairs" | "foreign affairs ministry" | "foreign office" => {
            Some("Foreign Ministry")
        }
        "mod" | "defence ministry" | "defense ministry" | "ministry of defence" | "ministry of defense" => Some("Defence Ministry"),
        "interior ministry" | "ministry of internal affairs" | "ministry of interior" | "ministry of the interior" => {
            Some("Interior Ministry")
        }
        "finance ministry" | "ministry of finance" => Some("Finance Ministry"),
        "justice ministry" | "ministry of justice" => Some("Justice Ministry"),
        "economy ministry" | "ministry of economy" => Some("Economy Ministry"),
        "health ministry" | "ministry of health" => Some("Health Ministry"),
        "state department" | "department of state" => Some("Department of State"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_name_capital_and_demonym() {
        assert_eq!(country("U.S."), Some(("United States", CountryForm::Name)));
        assert_eq!(country("the United States"), Some(("United States", CountryForm::Name)));
        assert_eq!(country("Moscow"), Some(("Russia", CountryForm::Capital)));
        assert_eq!(country("Russian"), Some(("Russia", CountryForm::Demonym)));
        assert_eq!(country("Narnia"), None);
        assert_eq!(demonym_of("Russia"), Some("Russian"));
        assert_eq!(demonym_of("United States"), Some("American"));
        assert_eq!(country("the Federal Republic of Nigeria"), Some(("Nigeria", CountryForm::Name)));
        assert_eq!(country("Hashemite Kingdom of Jordan"), Some(("Jordan", CountryForm::Name)));
        assert_eq!(country("Republic of China"), Some(("China", CountryForm::Name)));
        assert_eq!(country("State of Texas"), None);
        assert_eq!(country("Republic of Moscow"), None);
    }

    #[test]
    fn every_member_state_of_the_united_nations() {
        // The 193 members, the two observer states, Kosovo and Taiwan, each once, and the three
        // nations of the United Kingdom with governments of their own, which news treats as
        // countries (England has none: it is mostly a place).
        assert_eq!(COUNTRIES.lines().count(), 200);
        for c in ["Scotland", "Wales", "Northern Ireland"] {
            assert!(country(c).is_some_and(|(_, f)| f == CountryForm::Name), "{c}");
        }
        for c in ["Tanzania", "Côte d’Ivoire", "Burkina Faso", "Togo", "Paraguay", "Niger", "Eswatini", "Timor-Leste"] {
            assert!(country(c).is_some_and(|(_, f)| f == CountryForm::Name), "{c}");
        }
        assert_eq!(country("Dakar"), Some(("Senegal", CountryForm::Capital)));
    }

    #[test]
    fn the_length_filter_rules_out_no_country_word() {
        for key in GAZETTEER.countries.keys().filter(|k| !k.contains(' ')).chain(GAZETTEER.first_words.iter()) {
            for form in [key.clone(), key.to_uppercase(), capitalise(key)] {
                if !form.contains(' ') {
                    assert!(!surely_no_country_word(&form), "{form}");
                }
            }
        }
        assert!(surely_no_country_word("Zyxwvutsrqponmlkjihgfedcbazyxw") && !surely_no_country_word("Russian"));
    }

    fn capitalise(s: &str) -> String {
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }

    #[test]
    fn institution_keys_start_with_a_listed_word() {
        let keys = [
            "mfa", "foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "foreign office", "mod",
            "defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "interior ministry",
            "ministry of internal affairs", "ministry of interior", "ministry of the interior", "finance ministry",
            "ministry of finance", "justice ministry", "ministry of justice", "economy ministry", "ministry of economy",
            "health ministry", "ministry of health", "state department", "department of state",
        ];
        for k in keys {
            assert!(institution_synonym(k).is_some(), "{k}");
            assert!(may_start_institution(k) && may_start_institution(&format!("the {k}")), "{k}");
        }
        assert!(!may_start_institution("foreigners said") && !may_start_institution("officials"));
    }

    #[test]
    fn institutions_have_one_name() {
        assert_eq!(institution_synonym("MFA"), Some("Foreign Ministry"));
        assert_eq!(institution_synonym("foreign  ministry"), Some("Foreign Ministry"));
        assert_eq!(institution_synonym("Group"), None);
    }
}
