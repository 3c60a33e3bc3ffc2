"""General world knowledge the model lacks: countries with demonyms and capitals, common
international bodies with their acronyms, and the seas, regions and major rivers news names alone.

Sources: the ISO 3166-1 country list with the demonyms of Wikipedia's "List of adjectival and
demonymic forms for countries and nations", capitals from the same country articles; bodies
from the official names of the organisations themselves; seas, regions and rivers from the
English names in common atlases (Wikipedia's "List of rivers by length" for the rivers), keeping
only names that are not as often a country, state, person or company. Entries are general data,
never keyed on any one article.
"""

import re

# name: (demonyms, capital, other names)
COUNTRIES: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "Afghanistan": (("Afghan",), "Kabul", ()),
    "Albania": (("Albanian",), "Tirana", ()),
    "Algeria": (("Algerian",), "Algiers", ()),
    "Armenia": (("Armenian",), "Yerevan", ()),
    "Australia": (("Australian",), "Canberra", ()),
    "Austria": (("Austrian",), "Vienna", ()),
    "Azerbaijan": (("Azerbaijani", "Azeri"), "Baku", ()),
    "Belarus": (("Belarusian", "Belarussian"), "Minsk", ()),
    "Belgium": (("Belgian",), "Brussels", ()),
    "Bosnia and Herzegovina": (("Bosnian",), "Sarajevo", ("Bosnia",)),
    "Brazil": (("Brazilian",), "Brasilia", ()),
    "Bulgaria": (("Bulgarian",), "Sofia", ()),
    "Canada": (("Canadian",), "Ottawa", ()),
    "China": (("Chinese",), "Beijing", ()),
    "Croatia": (("Croatian",), "Zagreb", ()),
    "Cuba": (("Cuban",), "Havana", ()),
    "Cyprus": (("Cypriot",), "Nicosia", ()),
    "Czech Republic": (("Czech",), "Prague", ("Czechia",)),
    "Democratic Republic of the Congo": (
        ("Congolese",),
        "Kinshasa",
        # "Congo" alone is this country in AP and Reuters style ("Republic of Congo" is the other one)
        ("Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Congo"),
    ),
    "Denmark": (("Danish",), "Copenhagen", ()),
    "Egypt": (("Egyptian",), "Cairo", ()),
    "Eritrea": (("Eritrean",), "Asmara", ()),
    "Estonia": (("Estonian",), "Tallinn", ()),
    "Ethiopia": (("Ethiopian",), "Addis Ababa", ()),
    "Finland": (("Finnish",), "Helsinki", ()),
    "France": (("French",), "Paris", ()),
    "Georgia": (("Georgian",), "Tbilisi", ()),
    "Germany": (("German",), "Berlin", ()),
    "Greece": (("Greek",), "Athens", ()),
    "Hungary": (("Hungarian",), "Budapest", ()),
    "Iceland": (("Icelandic",), "Reykjavik", ()),
    "India": (("Indian",), "New Delhi", ()),
    "Indonesia": (("Indonesian",), "Jakarta", ()),
    "Iran": (("Iranian",), "Tehran", ()),
    "Iraq": (("Iraqi",), "Baghdad", ()),
    "Ireland": (("Irish",), "Dublin", ()),
    "Israel": (("Israeli",), "Jerusalem", ()),
    "Italy": (("Italian",), "Rome", ()),
    "Japan": (("Japanese",), "Tokyo", ()),
    "Jordan": (("Jordanian",), "Amman", ()),
    "Kazakhstan": (("Kazakh", "Kazakhstani"), "Astana", ()),
    "Kosovo": (("Kosovar",), "Pristina", ()),
    "Kuwait": (("Kuwaiti",), "Kuwait City", ()),
    "Latvia": (("Latvian",), "Riga", ()),
    "Lebanon": (("Lebanese",), "Beirut", ()),
    "Libya": (("Libyan",), "Tripoli", ()),
    "Lithuania": (("Lithuanian",), "Vilnius", ()),
    "Luxembourg": (("Luxembourgish",), "Luxembourg", ()),
    "Mexico": (("Mexican",), "Mexico City", ()),
    "Moldova": (("Moldovan",), "Chisinau", ()),
    "Montenegro": (("Montenegrin",), "Podgorica", ()),
    "Morocco": (("Moroccan",), "Rabat", ()),
    "Netherlands": (("Dutch",), "Amsterdam", ("Holland",)),
    "Nigeria": (("Nigerian",), "Abuja", ()),
    "North Korea": (("North Korean",), "Pyongyang", ()),
    "North Macedonia": (("Macedonian",), "Skopje", ()),
    "Norway": (("Norwegian",), "Oslo", ()),
    "Pakistan": (("Pakistani",), "Islamabad", ()),
    "Poland": (("Polish", "Pole"), "Warsaw", ()),
    "Portugal": (("Portuguese",), "Lisbon", ()),
    "Qatar": (("Qatari",), "Doha", ()),
    "Romania": (("Romanian",), "Bucharest", ()),
    "Russia": (("Russian",), "Moscow", ("Russian Federation",)),
    "Saudi Arabia": (("Saudi",), "Riyadh", ()),
    "Serbia": (("Serbian", "Serb"), "Belgrade", ()),
    "Slovakia": (("Slovak",), "Bratislava", ()),
    "Slovenia": (("Slovenian", "Slovene"), "Ljubljana", ()),
    "Somalia": (("Somali",), "Mogadishu", ()),
    "South Africa": (("South African",), "Pretoria", ()),
    "South Korea": (("South Korean",), "Seoul", ()),
    "Spain": (("Spanish",), "Madrid", ()),
    "Sudan": (("Sudanese",), "Khartoum", ()),
    "Sweden": (("Swedish",), "Stockholm", ()),
    "Switzerland": (("Swiss",), "Bern", ()),
    "Syria": (("Syrian",), "Damascus", ()),
    "Taiwan": (("Taiwanese",), "Taipei", ()),
    "Tunisia": (("Tunisian",), "Tunis", ()),
    "Turkey": (("Turkish",), "Ankara", ("Türkiye",)),
    "Ukraine": (("Ukrainian",), "Kyiv", ()),
    "United Arab Emirates": (("Emirati",), "Abu Dhabi", ("UAE",)),
    "United Kingdom": (("British", "Briton"), "London", ("UK", "U.K.", "Britain", "Great Britain")),
    "United States": (("American",), "Washington", ("US", "U.S.", "USA", "U.S.A.", "America")),
    "Venezuela": (("Venezuelan",), "Caracas", ()),
    "Yemen": (("Yemeni",), "Sanaa", ()),
    # The rest of the world's sovereign states, from the same sources (capitals whose names are also
    # common given names or words are left out: Victoria, Malé is kept only with its accent).
    "Andorra": (("Andorran",), "Andorra la Vella", ()),
    "Angola": (("Angolan",), "Luanda", ()),
    "Argentina": (("Argentine", "Argentinian"), "Buenos Aires", ()),
    "Bahamas": (("Bahamian",), "Nassau", ("The Bahamas",)),
    "Bahrain": (("Bahraini",), "Manama", ()),
    "Bangladesh": (("Bangladeshi",), "Dhaka", ()),
    "Barbados": (("Barbadian",), "Bridgetown", ()),
    "Belize": (("Belizean",), "Belmopan", ()),
    "Benin": (("Beninese",), "Porto-Novo", ()),
    "Bhutan": (("Bhutanese",), "Thimphu", ()),
    "Bolivia": (("Bolivian",), "La Paz", ()),
    "Botswana": (("Botswanan", "Motswana", "Batswana"), "Gaborone", ()),
    "Brunei": (("Bruneian",), "Bandar Seri Begawan", ()),
    "Burkina Faso": (("Burkinabe", "Burkinabè"), "Ouagadougou", ()),
    "Burundi": (("Burundian",), "Gitega", ()),
    "Cambodia": (("Cambodian",), "Phnom Penh", ()),
    "Cameroon": (("Cameroonian",), "Yaoundé", ()),
    "Cape Verde": (("Cape Verdean",), "Praia", ("Cabo Verde",)),
    "Central African Republic": (("Central African",), "Bangui", ("CAR",)),
    "Chad": (("Chadian",), "N'Djamena", ()),
    "Chile": (("Chilean",), "Santiago", ()),
    "Colombia": (("Colombian",), "Bogotá", ()),
    "Comoros": (("Comoran", "Comorian"), "Moroni", ()),
    "Costa Rica": (("Costa Rican",), "San José", ()),
    "Djibouti": (("Djiboutian",), "Djibouti City", ()),
    "Dominican Republic": (("Dominican",), "Santo Domingo", ()),
    "Ecuador": (("Ecuadorian", "Ecuadorean"), "Quito", ()),
    "El Salvador": (("Salvadoran", "Salvadorean"), "San Salvador", ()),
    "Equatorial Guinea": (("Equatorial Guinean", "Equatoguinean"), "Malabo", ()),
    "Eswatini": (("Swazi",), "Mbabane", ("Swaziland",)),
    "Fiji": (("Fijian",), "Suva", ()),
    "Gabon": (("Gabonese",), "Libreville", ()),
    "Gambia": (("Gambian",), "Banjul", ("The Gambia",)),
    "Ghana": (("Ghanaian",), "Accra", ()),
    "Guatemala": (("Guatemalan",), "Guatemala City", ()),
    "Guinea": (("Guinean",), "Conakry", ()),
    "Guinea-Bissau": (("Bissau-Guinean",), "Bissau", ()),
    "Guyana": (("Guyanese",), "Georgetown", ()),
    "Haiti": (("Haitian",), "Port-au-Prince", ()),
    "Honduras": (("Honduran",), "Tegucigalpa", ()),
    "Ivory Coast": (("Ivorian",), "Yamoussoukro", ("Côte d'Ivoire", "Cote d'Ivoire")),
    "Jamaica": (("Jamaican",), "Kingston", ()),
    "Kenya": (("Kenyan",), "Nairobi", ()),
    "Kyrgyzstan": (("Kyrgyz", "Kyrgyzstani"), "Bishkek", ()),
    "Laos": (("Lao", "Laotian"), "Vientiane", ()),
    "Lesotho": (("Basotho", "Mosotho"), "Maseru", ()),
    "Liberia": (("Liberian",), "Monrovia", ()),
    "Liechtenstein": (("Liechtensteiner",), "Vaduz", ()),
    "Madagascar": (("Malagasy",), "Antananarivo", ()),
    "Malawi": (("Malawian",), "Lilongwe", ()),
    "Malaysia": (("Malaysian",), "Kuala Lumpur", ()),
    "Maldives": (("Maldivian",), "Malé", ()),
    "Mali": (("Malian",), "Bamako", ()),
    "Malta": (("Maltese",), "Valletta", ()),
    "Mauritania": (("Mauritanian",), "Nouakchott", ()),
    "Mauritius": (("Mauritian",), "Port Louis", ()),
    "Monaco": (("Monegasque",), "Monaco", ()),
    "Mongolia": (("Mongolian",), "Ulaanbaatar", ()),
    "Mozambique": (("Mozambican",), "Maputo", ()),
    "Myanmar": (("Burmese",), "Naypyidaw", ("Burma",)),
    "Namibia": (("Namibian",), "Windhoek", ()),
    "Nepal": (("Nepali", "Nepalese"), "Kathmandu", ()),
    "New Zealand": (("New Zealander",), "Wellington", ()),
    "Nicaragua": (("Nicaraguan",), "Managua", ()),
    "Niger": (("Nigerien",), "Niamey", ()),
    "Oman": (("Omani",), "Muscat", ()),
    "Palestine": (("Palestinian",), "Ramallah", ("State of Palestine", "Palestinian territories")),
    "Panama": (("Panamanian",), "Panama City", ()),
    "Papua New Guinea": (("Papua New Guinean",), "Port Moresby", ("PNG",)),
    "Paraguay": (("Paraguayan",), "Asunción", ()),
    "Peru": (("Peruvian",), "Lima", ()),
    "Philippines": (("Filipino", "Philippine"), "Manila", ()),
    "Republic of the Congo": ((), "Brazzaville", ("Congo-Brazzaville", "Congo Republic", "Republic of Congo")),
    "Rwanda": (("Rwandan",), "Kigali", ()),
    "Samoa": (("Samoan",), "Apia", ()),
    "Senegal": (("Senegalese",), "Dakar", ()),
    "Sierra Leone": (("Sierra Leonean",), "Freetown", ()),
    "Singapore": (("Singaporean",), "Singapore", ()),
    "Solomon Islands": (("Solomon Islander",), "Honiara", ()),
    "South Sudan": (("South Sudanese",), "Juba", ()),
    "Sri Lanka": (("Sri Lankan",), "Colombo", ()),
    "Suriname": (("Surinamese",), "Paramaribo", ()),
    "Tajikistan": (("Tajik", "Tajikistani"), "Dushanbe", ()),
    "Tanzania": (("Tanzanian",), "Dodoma", ()),
    "Thailand": (("Thai",), "Bangkok", ()),
    "Timor-Leste": (("Timorese",), "Dili", ("East Timor",)),
    "Togo": (("Togolese",), "Lomé", ()),
    "Tonga": (("Tongan",), "Nuku'alofa", ()),
    "Trinidad and Tobago": (("Trinidadian", "Tobagonian"), "Port of Spain", ()),
    "Turkmenistan": (("Turkmen",), "Ashgabat", ()),
    "Uganda": (("Ugandan",), "Kampala", ()),
    "Uruguay": (("Uruguayan",), "Montevideo", ()),
    "Uzbekistan": (("Uzbek", "Uzbekistani"), "Tashkent", ()),
    "Vanuatu": (("Ni-Vanuatu",), "Port Vila", ()),
    "Vatican City": ((), "Vatican City", ("Holy See", "the Vatican")),
    "Vietnam": (("Vietnamese",), "Hanoi", ("Viet Nam",)),
    "Zambia": (("Zambian",), "Lusaka", ()),
    "Zimbabwe": (("Zimbabwean",), "Harare", ()),
}

# acronym: (official name, the common noun articles use for it, other names: the organization's own
# alternative names and the descriptions wire services give UN agencies, "the UN refugee agency")
BODIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "NATO": ("North Atlantic Treaty Organization", "alliance", ("North Atlantic Alliance",)),
    "EU": ("European Union", "bloc", ()),
    "UN": ("United Nations", "organization", ("U.N.",)),
    "UNHCR": ("United Nations High Commissioner for Refugees", "agency", ("UN refugee agency",)),
    "IOM": ("International Organization for Migration", "agency", ("UN migration agency",)),
    "OSCE": ("Organization for Security and Co-operation in Europe", "organization", ()),
    "ICRC": ("International Committee of the Red Cross", "committee", ()),
    "IMF": ("International Monetary Fund", "fund", ()),
    "WHO": ("World Health Organization", "agency", ("UN health agency",)),
    "OPEC": ("Organization of the Petroleum Exporting Countries", "cartel", ()),
    "OPEC+": ("OPEC+", "group", ("OPEC Plus",)),  # OPEC and its allied producers, since 2016 (as OPEC names it)
    "ASEAN": ("Association of Southeast Asian Nations", "bloc", ()),
    "AU": ("African Union", "bloc", ()),
    "G7": ("Group of Seven", "group", ()),
    # regional blocs: the African Union's Regional Economic Communities and the Gulf, Caribbean and South
    # American blocs, as the blocs name themselves
    "ECOWAS": ("Economic Community of West African States", "bloc", ()),
    "ECCAS": ("Economic Community of Central African States", "bloc", ()),
    "SADC": ("Southern African Development Community", "bloc", ()),
    "EAC": ("East African Community", "bloc", ()),
    "IGAD": ("Intergovernmental Authority on Development", "bloc", ()),
    "COMESA": ("Common Market for Eastern and Southern Africa", "bloc", ()),
    "GCC": ("Gulf Cooperation Council", "bloc", ("Cooperation Council for the Arab States of the Gulf",)),
    "CARICOM": ("Caribbean Community", "bloc", ()),
    "Mercosur": ("Southern Common Market", "bloc", ("Mercosul",)),
    "ICC": ("International Criminal Court", "court", ()),
    "ECHR": ("European Court of Human Rights", "court", ()),
    "Frontex": ("European Border and Coast Guard Agency", "agency", ()),
    "CSTO": ("Collective Security Treaty Organization", "alliance", ()),
    "UNICEF": ("United Nations Children's Fund", "agency", ("UN children's agency", "UN Children's Fund")),
    "WFP": ("World Food Programme", "agency", ("World Food Program", "UN food agency")),
    "MSF": ("Médecins Sans Frontières", "charity", ("Doctors Without Borders",)),
    # UN system organizations (the UN System Chief Executives Board's directory of member organizations)
    "FAO": ("Food and Agriculture Organization", "agency", ("UN food and agriculture agency",)),
    "UNDP": ("United Nations Development Programme", "agency", ("UN Development Programme", "UN development agency")),
    "UNFPA": ("United Nations Population Fund", "agency", ("UN Population Fund", "UN population agency")),
    "UNRWA": (
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East",
        "agency",
        ("UN agency for Palestinian refugees", "UN Palestinian refugee agency"),
    ),
    "OCHA": ("Office for the Coordination of Humanitarian Affairs", "office", ("UN humanitarian office",)),
    "ILO": ("International Labour Organization", "agency", ("International Labor Organization", "UN labour agency")),
    "IAEA": ("International Atomic Energy Agency", "agency", ("UN nuclear watchdog", "UN atomic watchdog")),
    "WMO": ("World Meteorological Organization", "agency", ("UN weather agency",)),
    # public-health agencies that report outbreak figures, names as the agencies write them (not the bare "CDC",
    # which several countries' agencies share: "China CDC")
    "Africa CDC": (
        "Africa Centres for Disease Control and Prevention",
        "agency",
        ("Africa Centers for Disease Control and Prevention",),
    ),
    "ECDC": ("European Centre for Disease Prevention and Control", "agency", ()),
    # humanitarian charities frequent in crisis reporting, under their own names (the recogniser misses the
    # ones whose names read as ordinary words: "Save the Children said")
    "Save the Children": ("Save the Children", "charity", ("Save the Children Fund",)),
    "IRC": ("International Rescue Committee", "charity", ()),
    "NRC": ("Norwegian Refugee Council", "charity", ()),
    "IFRC": (
        "International Federation of Red Cross and Red Crescent Societies",
        "federation",
        ("International Federation of the Red Cross", "International Federation of Red Cross and Red Crescent"),
    ),
    "World Vision": ("World Vision", "charity", ("World Vision International",)),
    "Mercy Corps": ("Mercy Corps", "charity", ()),
    "Islamic Relief": ("Islamic Relief", "charity", ("Islamic Relief Worldwide",)),
    "ActionAid": ("ActionAid", "charity", ()),
    "Oxfam": ("Oxfam", "charity", ("Oxfam International",)),
    # rights and press-freedom groups and the UN rights office, frequent sources in crisis reporting (the
    # recogniser misses names that read as ordinary words: "Human Rights Watch accused …")
    "HRW": ("Human Rights Watch", "group", ()),
    "Amnesty International": ("Amnesty International", "group", ("Amnesty",)),
    "CPJ": ("Committee to Protect Journalists", "group", ()),
    "Reporters Without Borders": ("Reporters Without Borders", "group", ("Reporters Sans Frontières",)),
    "OHCHR": (
        "Office of the United Nations High Commissioner for Human Rights",
        "office",
        ("UN human rights office", "Office of the High Commissioner for Human Rights"),
    ),
    # armed groups frequent in conflict reporting, under the names the UN Security Council's sanctions lists
    # and the groups themselves use (the recogniser tags several as people: "Boko Haram said"); "armed group",
    # two words, so no bare "the group" is taken for one of them
    "ISIS": (
        "Islamic State",
        "armed group",
        (
            "ISIL",
            "Daesh",
            "Islamic State group",
            "Islamic State of Iraq and Syria",
            "Islamic State of Iraq and the Levant",
        ),
    ),
    "al-Qaeda": ("al-Qaeda", "armed group", ("al-Qaida", "al Qaeda", "al Qaida")),
    "Boko Haram": ("Boko Haram", "armed group", ()),
    "al-Shabaab": ("al-Shabaab", "armed group", ("al-Shabab", "al Shabaab", "al Shabab")),
    "Houthis": ("Houthi movement", "armed group", ("Ansar Allah", "Houthi")),
    "Hamas": ("Hamas", "armed group", ()),
    "Hezbollah": ("Hezbollah", "armed group", ("Hizbollah",)),
    "Taliban": ("Taliban", "armed group", ()),
    "M23": ("March 23 Movement", "armed group", ()),
    "RSF": ("Rapid Support Forces", "armed group", ()),
    "Wagner Group": ("Wagner Group", "armed group", ()),
}


def _build_demonyms() -> dict[str, str]:
    table = {}
    for country, (demonyms, _capital, _others) in COUNTRIES.items():
        for demonym in demonyms:
            table[demonym.casefold()] = country
    return table


DEMONYM_TO_COUNTRY = _build_demonyms()
CAPITAL_TO_COUNTRY = {capital.casefold(): c for c, (_d, capital, _o) in COUNTRIES.items()}
COUNTRY_NAMES = {c.casefold(): c for c in COUNTRIES} | {
    other.casefold(): c for c, (_d, _cap, others) in COUNTRIES.items() for other in others
}


def _iso_countries() -> dict[str, str]:
    """Every ISO 3166-1 country and territory (pycountry's copy of the standard) by its common
    name, short name and official name, except inverted forms ("Congo, The Democratic Republic of
    the"): the countries the table above has no demonyms or capitals for ("Mali", "Chad")."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        shown = getattr(country, "common_name", None) or country.name
        for name in (shown, country.name, getattr(country, "official_name", None)):
            if name and not any(mark in name for mark in ",()"):
                names.setdefault(name.casefold(), shown)
    return names


COUNTRY_NAMES |= {k: v for k, v in _iso_countries().items() if k not in COUNTRY_NAMES}
BODY_BY_NAME = {acr.casefold(): acr for acr in BODIES} | {
    name.casefold(): acr for acr, (full, _n, others) in BODIES.items() for name in (full, *others)
}
BODY_BY_NOUN: dict[str, list[str]] = {}
for _acr, (_full, _noun, _others) in BODIES.items():
    BODY_BY_NOUN.setdefault(_noun, []).append(_acr)


def country_for(name: str) -> str | None:
    """The country a name, demonym or capital stands for ("Polish", "Warsaw" → "Poland")."""
    key = name.casefold().removeprefix("the ")
    return COUNTRY_NAMES.get(key) or DEMONYM_TO_COUNTRY.get(key)


_UN_PREFIX = re.compile(r"^(?:u\.n\.|un|united nations)\s+(?=\w)")
_UN_SUFFIX = re.compile(
    r"\s+of the (?:u\.n\.|un|united nations)$"
)  # "Food and Agriculture Organization of the United Nations"


# The first words of the bodies' names of more than one word ("save" of "Save the Children"), for a pass that looks
# only where such a name may begin.
BODY_NAME_OPENERS = frozenset(name.split()[0] for name in BODY_BY_NAME if " " in name)


def body_for(name: str) -> str | None:
    """The acronym of a well-known body, by acronym or full name (also after "U.N."/"UN": "the U.N. Food
    and Agriculture Organization" is the FAO, and so is the "Food and Agriculture Organization of the United
    Nations")."""
    key = name.casefold().removeprefix("the ")
    return (
        BODY_BY_NAME.get(key)
        or BODY_BY_NAME.get(key.replace("u.n.", "un"))
        or BODY_BY_NAME.get(_UN_PREFIX.sub("", key))
        or BODY_BY_NAME.get(_UN_PREFIX.sub("un ", key))  # "the United Nations refugee agency" as "UN refugee agency"
        or BODY_BY_NAME.get(_UN_SUFFIX.sub("", key))
    )


# Seas, oceans and regions of the world that news names alone, without a word for their kind (general geography).
WORLD_REGIONS = frozenset({
    # (not "Atlantic", "Pacific", "Amazon": as often a magazine, a company or a firm's name)
    "mediterranean", "antarctic", "aegean", "adriatic", "baltic", "caribbean",
    "sahel", "balkans", "caucasus", "middle east", "levant", "maghreb", "sahara", "himalayas", "andes",
    "horn of africa", "south caucasus", "persian gulf", "red sea", "black sea", "north sea", "south china sea",
})  # fmt: skip
# Major rivers that flood news names alone ("the Danube", "the Indus"), spelt as English-language news writes them;
# not names as often a country, state, person or company ("Congo", "Jordan", "Ohio", "Mississippi", "Amazon", "Po",
# "Krishna").
RIVERS = frozenset({
    "danube", "rhine", "elbe", "oder", "vistula", "seine", "loire", "rhone", "rhône", "thames", "severn", "tiber",
    "ebro", "tagus", "douro", "meuse", "moselle", "sava", "drava", "tisza", "prut", "dnipro", "dnieper", "dniester",
    "volga", "nile", "zambezi", "limpopo", "euphrates", "tigris", "indus", "ganges", "brahmaputra", "yamuna",
    "jhelum", "chenab", "sutlej", "godavari", "mahanadi", "teesta", "padma", "meghna", "yangtze", "mekong",
    "irrawaddy", "salween", "amur", "yenisei", "orinoco", "paraná", "parana", "helmand",
})  # fmt: skip
