"""Word lists the extraction steps use. Data, not code: each list says where it comes from."""

# Reporting (cue) verbs, by lemma. Compiled from the speech-act verbs of Krestel, Bergler &
# Witte (2008) "Minding the Source" and textacy's `constants.REPORTING_VERBS`, extended with
# the social-media and document verbs newsrooms use ("tweeted", "reads", "concludes").
CUE_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "write",
        "tweet",
        "post",
        "stress",
        "read",
        "conclude",
        "allege",
        "describe",
        "note",
        "warn",
        "urge",
        "claim",
        "state",
        "declare",
        "announce",
        "insist",
        "explain",
        "argue",
        "assert",
        "affirm",
        "confirm",
        "deny",
        "reject",
        "acknowledge",
        "admit",
        "report",
        "reply",
        "respond",
        "answer",
        "comment",
        "remark",
        "recall",
        "suggest",
        "emphasize",
        "emphasise",
        "underline",
        "highlight",
        "complain",
        "accuse",
        "condemn",
        "criticize",
        "criticise",
        "praise",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "predict",
        "estimate",
        "believe",
        "think",
        "agree",
        "call",
        "demand",
        "ask",
        "question",
        "observe",
        "point",
        "continue",
        "reiterate",
        "repeat",
        "reassure",
        "maintain",
        "contend",
        "charge",
        "caution",
        "concede",
        "disclose",
        "reveal",
        "testify",
        "mention",
        "counter",
        "retort",
        "quip",
        "boast",
        "lament",
        "decry",
        "blast",
        "slam",
        "denounce",
        "hail",
        "welcome",
        "express",
        # manner-of-speaking verbs news copy uses as cues (Levin 1993, §37.3 "verbs of manner of
        # speaking"; §37.7 "say verbs"), the ones common in press attributions
        "bark",
        "snap",
        "shout",
        "yell",
        "scream",
        "cry",
        "exclaim",
        "proclaim",
        "joke",
        "quip",
        "scoff",
        "sneer",
        "taunt",
        "tease",
        "muse",
        "gush",
        "marvel",
        "murmur",
        "mutter",
        "whisper",
        "sigh",
        "chant",
        "plead",
        "beg",
        "implore",
        "rail",
        "thunder",
        "fume",
        "grumble",
        "scold",
        "chide",
        "rebuke",
        "mock",
        "ridicule",
        "inform",
        "assure",
        "advise",
        "instruct",
        "recount",
        "wonder",
        "confess",
        "forecast",  # "the agency forecasts …", "…, the bank projects.": a forecast stated (see FORECAST_CUE_VERBS)
        "project",
    ]
)
# Verbs that take a reported clause or object but need an object to be a statement at all.
INDIRECT_CUE_VERBS = frozenset(
    [
        "say",
        "tell",
        "write",
        "tweet",
        "post",
        "allege",
        "warn",
        "urge",
        "claim",
        "state",
        "declare",
        "announce",
        "insist",
        "argue",
        "assert",
        "confirm",
        "deny",
        "reject",
        "acknowledge",
        "admit",
        "report",
        "accuse",
        "condemn",
        "criticize",
        "criticise",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "predict",
        "estimate",
        "believe",
        "agree",
        "call",
        "demand",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "denounce",
        "ask",  # "X asked whether …", "X asked her to call …": the question or the request
        "decline",  # "X declined to comment": a refusal to speak is reported speech too
        "refuse",
    ]
)
# Verbs of public stance whose object is what the stance is about ("X endorsed Y", "X called the
# plan a ploy", "X defended the tweets"): speech acts in news reporting (PolNeAR's attribution
# guidelines count them; Newell et al., LREC 2018), kept apart from verbs of belief or intention
# ("want", "hope", "believe" + noun), which are not statements.
STANCE_VERBS = frozenset(
    [
        "endorse",
        "support",
        "back",
        "oppose",
        "praise",
        "criticize",
        "criticise",
        "condemn",
        "denounce",
        "defend",
        "cite",
        "question",
        "describe",
        "propose",
        "call",
        "dispute",
        "blame",
        "applaud",
        "hail",
        "welcome",
        "slam",
        "reject",
        "deny",
        "announce",
        "recommend",
    ]
)
# Nouns for a document that speaks for a body ("the statement reads").
STATEMENT_NOUNS = frozenset(
    [
        "statement",
        "communique",
        "communiqué",
        "declaration",
        "release",
        "document",
        "report",
        "letter",
        "note",
        "announcement",
        "resolution",
        "post",
        "tweet",
        "message",
    ]
)
# Nouns for figures and findings a body puts out, cited as a source ("according to figures compiled
# by X", "estimates by X"): they speak for the body only when it is named with them.
DATA_NOUNS = frozenset(
    ["figure", "data", "estimate", "tally", "count", "survey", "study", "analysis", "poll", "assessment",
     "record", "census", "statistic", "calculation", "projection", "forecast", "report", "document", "finding",
     "datum", "check",  # (the model's lemma of "data"; "a Reuters check of pump prices")
     "image", "imagery"]  # ("according to satellite images analysed by the EU's Copernicus service")
)  # fmt: skip
# How an utterance reached the public, keyed by words found around the cue.
CHANNEL_WORDS = {
    "twitter": "twitter",
    "tweet": "twitter",
    "tweeted": "twitter",
    "x": "twitter",
    "facebook": "social_media",
    "telegram": "social_media",
    "instagram": "social_media",
    "social": "social_media",
    "posted": "social_media",
    "statement": "statement",
    "communique": "statement",
    "communiqué": "statement",
    "declaration": "statement",
    "release": "statement",
    "interview": "interview",
    "broadcaster": "interview",
    "radio": "interview",
    "television": "interview",
    "tv": "interview",
    "wire": "interview",
    "podcast": "interview",
    "conference": "press_conference",
    "briefing": "press_conference",
    "speech": "speech",
    "address": "speech",
    "letter": "letter",
}
# Titles that make a role (lowercase lemma or phrase). Source: common government, military
# and organisational office titles in English-language news style guides (AP, Reuters).
TITLE_WORDS = frozenset(
    [
        "president",
        "vice-president",
        "prime",
        "premier",
        "minister",
        "secretary",
        "secretary-general",
        "chancellor",
        "king",
        "queen",
        "prince",
        "emperor",
        "dictator",
        "leader",
        "chief",
        "head",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "envoy",
        "commissioner",
        "chair",
        "chairman",
        "chairwoman",
        "director",
        "director-general",
        "governor",
        "mayor",
        "prefect",
        "sheriff",
        "coroner",
        "superintendent",
        "senator",
        "representative",
        "lawmaker",
        "deputy",
        "general",
        "commander",
        "brigadier",
        "corporal",
        "colonel",
        "admiral",
        "officer",
        "official",
        "diplomat",
        "foreign",
        "defense",
        "defence",
        "interior",
        "justice",
        "finance",
        "undersecretary",
        "under-secretary",
        "counsellor",
        "adviser",
        "advisor",
        "advisor",
        "attorney",
        "judge",
        "prosecutor",
        "ombudsman",
        "statistician",  # an office of its own in many states ("Government Statistician", "National Statistician")
        "rapporteur",
        "coordinator",
        "administrator",  # "FEMA Administrator Deanne Criswell", "the administrator of the state's emergency agency"
        "high",
        "mp",
        "mep",
        "marshal",
        "speaker",
        "ceo",
        "founder",
    ]
)
# Title words that name the top of a body: "the NATO chief" = its secretary-general.
LEADER_TITLES = frozenset(
    [
        "president",
        "chief",
        "head",
        "leader",
        "secretary-general",
        "chairman",
        "chair",
        "chairwoman",
        "director-general",
        "chancellor",
        "premier",
    ]
)
HONORIFICS = frozenset(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "prof", "prof.", "madam"])
# Plural nouns that make a collective actor when a place or body modifies them.
GROUP_NOUNS = frozenset(
    [
        "officials",
        "ministers",
        "ambassadors",
        "diplomats",
        "authorities",
        "leaders",
        "rulers",  # "Niger's military rulers said"
        "lawmakers",
        "allies",
        "governments",
        "members",
        "guards",
        "forces",
        "officers",
        "spokespeople",
        "activists",
        "groups",
        "organizations",
        "organisations",
        "agencies",
        "negotiators",
        "observers",
        "investigators",
        "prosecutors",
        "experts",
        "analysts",
        "sources",
        "residents",
        "villagers",
        "farmers",
        "witnesses",
        "rescuers",
        "doctors",
        "protesters",
        "demonstrators",
        "envoys",
        "militaries",
        "states",
    ]
)
# The second word of a hyphened modifier saying who stands behind an armed party or body ("Iran-backed Houthi rebels",
# "the Saudi-led coalition", "the Kremlin-aligned group"): general English of conflict reporting.
BACKING_WORDS = frozenset({
    "backed", "led", "allied", "aligned", "linked", "affiliated", "funded", "sponsored", "supported", "armed",
})  # fmt: skip
# Nouns of kinship: a name beside one is a person's ("her son, Sajeeb Wazed,").
KIN_NOUNS = frozenset({
    "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "uncle", "aunt", "cousin",
    "nephew", "niece", "grandson", "granddaughter", "widow", "widower", "spouse", "partner", "child", "stepson",
})  # fmt: skip
# Plural nouns for armed parties, which news reports as acting ("Rebel fighters seized three towns"), chosen
# by hand from conflict reporting's usual words.
ARMED_GROUP_NOUNS = frozenset({
    "militants", "rebels", "fighters", "insurgents", "gunmen", "attackers", "troops", "soldiers", "militias",
    "separatists", "jihadists", "extremists", "paramilitaries", "guerrillas", "mercenaries",
})  # fmt: skip
# Singular nouns that make an organisation when a place or body modifies them ("the Polish
# ministry", "the police").
ORG_NOUNS = frozenset(
    [
        "ministry",
        "department",  # "Sindh's health department said"
        "government",
        "police",
        "army",
        "military",
        "council",
        "commission",
        "parliament",
        "agency",
        "guard",
        "office",
        "embassy",
        "court",
        "presidency",
        "administration",
        "regime",
        "junta",  # a military government: "Niger's military junta said"
        "force",  # "the Ukrainian air force said"
        "kremlin",
        "cabinet",
        "navy",
        "authority",
        "service",
        "bureau",  # "Libya's audit bureau", "the statistics bureau"
        "intelligence",  # "British intelligence said"
        "senate",
        "legislature",
        "judiciary",
        "regulator",  # "Peru's environmental regulator said": a body by its country and field
        "watchdog",  # "Britain's competition watchdog said"
        "command",  # "Ukraine's southern military command said", "Poland's operational command said"
        "chamber",  # "the local chamber of commerce said" (only with its field: not "the House chamber", a room)
    ]
)
# The states news counts people in ("40 dead", "four missing", "confirmed dead", "reported missing"); claims.py and
# attribution.py each add the states their own rule needs.
# Verbs of naming someone something ("declared the winner", "named chief of staff"): said of the one named.
NAMING_VERBS = frozenset({"declare", "proclaim", "name", "call", "elect", "appoint", "pronounce"})
# What a government or body puts in force by declaring it ("declared a state of emergency", "declared a curfew",
# "declared war"): an act, not a statement. Chosen by hand from crisis reporting.
DECLARED_MEASURES = frozenset({
    "state", "emergency", "curfew", "war", "law", "holiday", "mourning", "disaster", "ceasefire", "truce",
    "lockdown", "blockade", "siege", "independence", "quarantine", "moratorium",
})  # fmt: skip
# Natural forces and conditions that endanger people and places ("winds threaten to spread the flames", "the
# outbreak threatens to overwhelm hospitals"): they threaten, but say nothing. Chosen by hand from crisis reporting.
HAZARD_NOUNS = frozenset({
    "wind", "gust", "storm", "rain", "flood", "floodwater", "water", "river", "tide", "wave", "surge", "fire", "flame",
    "blaze", "wildfire", "smoke", "heat", "heatwave", "drought", "snow", "ice", "avalanche", "landslide", "mudslide",
    "lava", "ash", "eruption", "quake", "earthquake", "aftershock", "virus", "disease", "outbreak", "epidemic",
    "pandemic", "famine", "hunger", "cyclone", "hurricane", "typhoon",
})  # fmt: skip
PEOPLE_STATES = frozenset({"dead", "missing", "injured", "wounded", "unaccounted"})
# Shares of a plural written before "of" ("most of them", "half of those", "most of the victims"); not the singular
# "none", "each", "one", whose verb is singular (general English).
PLURAL_SHARES = frozenset({"most", "many", "some", "all", "half", "several", "both", "few", "dozens", "hundreds"})
# The administrative units whose governments speak by the unit's name ("Ishikawa prefecture said", "Kaduna state
# said"): the first-level subdivisions of countries, by their common English names.
ADMIN_UNIT_NOUNS = frozenset(
    {"prefecture", "province", "state", "county", "district", "governorate", "oblast", "region", "municipality"}
)
# Bodies a bare "the" names ("the junta said": the military government; "the army said": the country's army).
STANDALONE_ORG_NOUNS = frozenset({"police", "junta", "army", "military", "navy"})
# The bodies a government portfolio names without its country ("the health ministry", "the health department").
# ("the disaster management agency", "the statistics office", "the audit bureau", "the weather service")
PORTFOLIO_BODIES = frozenset(
    {"ministry", "department", "agency", "office", "bureau", "service", "authority", "secretariat"}
)  # ("the transport secretariat": a ministry under the name Latin American governments give it)
# A government's portfolios, the words that name a ministry without its country ("the interior ministry
# said", "the health ministry said"): the portfolio names common to cabinets, as in Wikipedia's
# "Ministry" lists by portfolio (interior, foreign affairs, defence, finance, health, justice, …).
MINISTRY_PORTFOLIOS = frozenset({
    "interior", "home", "foreign", "affairs", "internal", "external", "mines", "minerals", "irrigation", "livestock",
    "defence", "defense", "finance", "health", "justice", "education",
    "agriculture", "energy", "economy", "economic", "economics", "trade", "labour", "labor", "environment",
    "transport", "transportation", "information", "culture", "tourism", "industry", "commerce", "communications",
    "emergency", "emergencies", "security", "public", "social", "welfare", "water", "housing", "planning",
    "treasury", "immigration", "migration", "refugee", "refugees", "humanitarian", "disaster", "management",
    "relief", "religious", "war", "oil", "mining", "fisheries", "forestry", "science", "technology", "youth",
    "sport", "sports", "women", "family", "children", "development", "infrastructure", "works", "land", "lands",
    "natural", "resources",
    # the fields of national agencies ("the national weather agency", "the statistics agency", "the audit
    # bureau", "the climate crisis ministry")
    "weather", "meteorological", "statistics", "statistical", "space", "nuclear", "atomic", "aviation",
    "audit", "climate", "crisis", "civil", "protection", "fire", "census", "prisons",
    # the sciences national institutes of the earth work in ("the seismological institute", "the federal
    # hydro-meteorological institute", "the geological survey")
    "seismological", "geological", "volcanological", "hydrological", "hydrometeorological", "hydro",
    # more cabinet portfolios ("the power ministry", "the petroleum ministry", "the railways ministry")
    "power", "electricity", "petroleum", "railways", "railway", "ports", "shipping", "telecommunications",
    "telecom", "revenue", "customs", "tax",
    "border",  # (a state's border agency: "the border authority", "the border guard service")
    "human", "rights",  # ("the human rights ministry", "High Commissioner for Human Rights")
    "and",  # (between two portfolios: "the foreign affairs and trade ministry")
})  # fmt: skip

# Vote tallies ("passed 13-2", "voted 52-48", "by 245 votes to 180", "9 in favour, 3 against").
# VOTE_WORDS mark a sentence as reporting a vote by themselves; LEGISLATIVE_VERBS only when the
# tally's second figure is smaller than the first (so "approved 3,000-4,000 visas" stays a range).
# The outcome verbs are the ones parliamentary and UN press releases use for recorded votes.
VOTE_WORDS = frozenset(["vote", "ballot", "abstention", "abstain"])
LEGISLATIVE_VERBS = frozenset(
    [
        "pass",
        "approve",
        "reject",
        "adopt",
        "defeat",
        "confirm",
        "ratify",
        "endorse",
        "elect",
        "rule",
        "uphold",
        "overturn",
    ]
)  # (a court rules or upholds by a tally of its judges: "ruled 5-4")
# Verbs of giving, asking for and spending money: their subject is who pays or asks ("the EU pledged
# €700m"), never what the amount measures. Common transfer verbs of English (VerbNet's give-13.1,
# contribute-13.2, obtain-13.5.2, spend-66 and demand classes), as lemmas.
TRANSFER_VERBS = frozenset(
    {"pledge", "promise", "demand", "pay", "spend", "give", "donate", "offer", "allocate", "earmark", "invest",
     "lend", "loan", "borrow", "receive", "seek", "request", "owe", "send", "provide", "grant", "contribute",
     "award", "budget", "commit", "raise", "collect", "claim", "ask", "want", "transfer", "approve", "fine",
     "propose", "announce", "unveil", "secure", "need", "require", "allot", "disburse", "release", "set",
     "afford"}  # (who can or cannot pay: "could not afford the 200,000 shillings a month")
)  # fmt: skip
# Verbs of earning: money earned "from" something measures that source ("earned $10bn from canal fees"),
# else the earner's earnings ("workers earn $19 a day"). ("raised $2m from donors" names who gave it.)
EARNING_VERBS = frozenset({"earn", "generate"})
# Verbs that change a quantity their object names, so a figure after "from"/"to" is that object's old or
# new level ("cut fuel taxes from 20% to 15%", "raised the alert level to 3"; not "dealt a blow to a $9bn
# industry"). Chosen by hand from the verbs of increase and decrease news uses.
CHANGE_VERBS = frozenset(
    {"cut", "raise", "reduce", "increase", "lower", "lift", "boost", "slash", "revise", "trim", "bring", "push",
     "drive", "double", "triple", "quadruple", "quintuple", "halve", "hike", "expand", "extend", "shrink", "scale",
     "ramp", "narrow", "widen", "downgrade", "upgrade", "adjust", "change", "decrease", "grow", "mark", "drop", "up",
     "devalue", "revalue", "weaken", "strengthen"}  # (a currency's level: "devalued the peso by 54%")
)  # fmt: skip
# Verbs of reaching a level: a bare number as their object is the level their subject reached ("daily cases
# topped 10,000", "the toll passed 300"). Chosen by hand from the verbs news uses for crossing a threshold.
REACH_VERBS = frozenset(
    {"reach", "top", "exceed", "surpass", "pass", "hit", "cross", "near", "approach", "total", "number", "equal"}
)
# Nouns a number after them names rather than counts ("Article 78 of the constitution", "Resolution 2334",
# "Flight 752", "Section 230"): the parts of legal and official documents and the numbered things of
# transport and buildings. Chosen by hand; scale-like labels ("Category 5", "level 4") are left out.
IDENTIFIER_NOUNS = frozenset({
    "article", "articles", "section", "sections", "chapter", "resolution", "resolutions", "paragraph", "clause",
    "amendment", "title", "rule", "regulation", "directive", "annex", "appendix", "schedule", "protocol",
    "exhibit", "figure", "table", "page", "volume", "issue", "episode", "season", "act", "bill", "decree",
    "order", "flight", "route", "highway", "interstate", "gate", "platform", "terminal", "room", "suite",
    "unit", "building", "block", "ward", "precinct", "sector", "zone", "lot", "phase", "item", "form", "no",
})  # fmt: skip
# Verbs of estimating or recording a figure: their subject is who gives the figure ("the ministry put the
# toll at 2,600", "monitors counted 40 violations", "the agency estimated 12,000 were displaced").
# Chosen by hand from the verbs news uses to attribute a count; "put" and "place" only with "at".
ESTIMATE_VERBS = frozenset(
    {"put", "place", "estimate", "count", "tally", "record", "register", "log", "tabulate", "calculate", "reckon"}
)
# Verbs whose subject, when a bare number stands for it, can only be people: "Seven drowned", "a further
# 150 were detained", "40 were missing". Chosen by hand: the casualty, detention, rescue and displacement
# verbs of conflict and disaster reporting (many are in VerbNet's murder-42.1, disappearance-48.2 and
# banish-10.2 classes), as lemmas, and the adjectives "missing" and "dead"; "live" and "shelter" for those displaced
# ("75,000 are living in camps").
PEOPLE_VERBS = frozenset(
    {"die", "drown", "perish", "kill", "injure", "wound", "hurt", "arrest", "detain", "evacuate", "rescue",
     "flee", "abduct", "kidnap", "displace", "hospitalise", "hospitalize", "deport", "shoot", "stab", "survive",
     "execute", "jail", "imprison", "sentence", "convict", "charge", "expel", "strand", "trap", "missing",
     "dead", "live", "shelter", "uproot", "maim", "infect", "sicken", "vaccinate"}
)  # fmt: skip
TALLY_SIDES = {
    "in favour": "votes in favour",
    "in favor": "votes in favour",
    "for": "votes in favour",
    "against": "votes against",
    "abstaining": "abstentions",
    "abstained": "abstentions",
    "abstentions": "abstentions",
    "abstention": "abstentions",
}

# Abbreviations that end in a period without ending a sentence: personal and military titles,
# name suffixes, company forms, US state and month abbreviations as AP style writes them
# (AP Stylebook abbreviation entries; Wikipedia "List of U.S. state abbreviations", AP column).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "rev",
        "hon",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "govs",
        "lt",
        "gen",
        "col",
        "maj",
        "capt",
        "cmdr",
        "cdr",
        "brig",
        "adm",
        "sgt",
        "cpl",
        "pvt",
        "pres",
        "supt",
        "atty",
        "det",
        "insp",
        "jr",
        "sr",
        "st",
        "mt",
        "ft",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "dept",
        "univ",
        "assn",
        "est",
        "approx",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "vt",
        "va",
        "wash",
        "wis",
        "wyo",
    ]
)

# Words for the level of government a body or office is at ("the state governor", "the provincial health department"):
# general English.
JURISDICTIONS = frozenset({"state", "provincial", "regional", "federal", "national", "local", "municipal", "county"})

# A story's kicker, the label desks put before a headline with a colon ("LIVE: Earthquake strikes …", "EXCLUSIVE: …",
# "ANALYSIS: …"; the slugs of Reuters and AP copy): no one's name.
KICKER_WORDS = frozenset({
    "live", "updates", "exclusive", "analysis", "opinion", "explainer", "factbox", "fact-check", "insight", "timeline",
    "editorial", "commentary", "interview", "pictures", "graphic",
})  # fmt: skip

# Everyday nouns news copy puts before a named person ("Holidaymaker Fiona Fagan", "Farmer Ghulam
# Rasool"): never part of the name, even capitalised at the start of a sentence. Chosen by hand from
# the people crisis reporting quotes: residents, workers, witnesses, the displaced, rescuers.
PERSON_DESCRIPTOR_NOUNS = frozenset({
    "holidaymaker", "tourist", "resident", "villager", "farmer", "teacher", "nurse", "student", "driver",
    "shopkeeper", "vendor", "survivor", "witness", "mother", "father", "refugee", "migrant", "volunteer",
    "pensioner", "retiree", "worker", "engineer", "protester", "protestor", "demonstrator", "fisherman",
    "trader", "merchant", "passenger", "patient", "medic", "paramedic", "firefighter", "rescuer", "neighbour",
    "neighbor", "homeowner", "tenant", "parent", "grandmother", "grandfather", "widow", "teenager", "miner",
    "labourer", "laborer", "mechanic", "baker", "photographer", "filmmaker", "artist", "writer", "musician",
    "blogger", "researcher", "scientist", "academic", "shepherd", "herder", "smuggler", "pilot",
})  # fmt: skip


# Nouns by which news copy refers back to a person already named ("the senator said", "the
# businessman added"): the title words plus the usual descriptive heads of AP-style second
# references (AP Stylebook, "titles"; Reuters Handbook, "second reference").
PERSON_REFERENCE_NOUNS = (
    TITLE_WORDS
    | frozenset(
        [
            "candidate",
            "nominee",
            "frontrunner",
            "front-runner",
            "businessman",
            "businesswoman",
            "congressman",
            "congresswoman",
            "billionaire",
            "mogul",
            "lawyer",
            "doctor",
            "economist",
            "analyst",
            "author",
            "actor",
            "actress",
            "singer",
            "star",
            "host",
            "anchor",
            "journalist",
            "reporter",
            "columnist",
            "activist",
            "pastor",
            "priest",
            "bishop",
            "pope",
            "coach",
            "player",
            "owner",
            "executive",
            "veteran",
            "politician",
            "governor-elect",
            "president-elect",
            "incumbent",
            "challenger",
            "rival",
            "contender",
            "strategist",
            "pollster",
            "aide",
            "operative",
            "organizer",
            "chairperson",
            "commentator",
        ]
    )
    | PERSON_DESCRIPTOR_NOUNS
)
# Nouns by which copy refers back to an organisation ("the ministry said", "the newspaper reported").
ORG_REFERENCE_NOUNS = frozenset(
    [
        "ministry",
        "department",
        "agency",
        "office",
        "secretariat",  # "the secretariat said" after "the transport secretariat said"
        "directorate",  # "the directorate said" after "the Directorate General of Health Services said"
        "committee",
        "commission",
        "council",
        "campaign",
        "company",
        "firm",
        "corporation",
        "bank",
        "newspaper",
        "paper",
        "network",
        "broadcaster",
        "channel",
        "magazine",
        "outlet",
        "group",
        "organization",
        "organisation",
        "party",
        "government",
        "administration",
        "junta",
        "embassy",
        "army",
        "navy",
        "force",  # "the air force said" after "Ukraine's air force"
        "police",
        "union",
        "court",
        "foundation",
        "institute",
        "university",
        "authority",
        "mission",
        "bureau",
        "board",
        "fund",
        "programme",
        "program",
        "alliance",
        "coalition",
        "federation",
        "association",
        "service",
        "regulator",
        "delegation",  # "an IMF delegation said": the body it is from
        "team",
        "panel",
        "guard",  # "the coast guard said" after "the Greek coast guard"
        # "the lab said" after "Yale's Humanitarian Research Lab"; "the charity said" after "Oxfam"
        "lab",
        "laboratory",
        "centre",
        "center",
        "observatory",
        "charity",
        "watchdog",
        "lender",
        "insurer",
        "utility",
        "airline",  # "the airline said" after "Yeti Airlines" (a name's plural word matches)
        "operator",  # "the operator said" after "Ukrenergo, the national grid operator"
        "carrier",
        # military units ("the CAPSAT unit said", "the Azov regiment said"): a body that speaks as one
        "unit",
        "regiment",
        "brigade",
        "battalion",
    ]
)
# Words that end the names of firms (research houses, consultancies, investment and insurance firms:
# "Enki Research", "Capital Economics", "Moody's Analytics", "Eurasia Group Advisors") and no person's
# name (hand-chosen from the forms of English company names).
FIRM_NAME_HEADS = frozenset({
    "research", "economics", "analytics", "consulting", "consultants", "advisors", "advisers", "associates",
    "partners", "capital", "securities", "holdings", "investments", "insurance", "logistics", "technologies",
    "systems", "solutions", "industries", "enterprises", "ventures", "laboratories", "labs", "media",
})  # fmt: skip
# Common nouns for a kind of organisation, written right before its name ("the airline Transavia",
# "the rights group OVD-Info", "the think tank Chatham House"): the name is the organisation's.
BODY_KIND_NOUNS = ORG_REFERENCE_NOUNS - {"government", "administration", "army", "navy", "police", "court"} | {
    "airline", "carrier", "charity", "watchdog", "ngo", "nonprofit", "tank", "insurer", "lender", "retailer",
    "manufacturer", "maker", "publisher", "website", "platform", "militia", "movement", "alliance", "coalition",
    "consortium", "operator", "broadcaster", "daily", "weekly", "tabloid", "startup", "conglomerate", "label",
    "consultancy", "brokerage", "provider", "automaker", "carmaker", "drugmaker", "chipmaker", "shipper", "utility",
}  # fmt: skip

# The kinds of body that open a sentence, capitalised, before the body's name ("Consultancy EcoGo said",
# "Carrier Jet2 said") and seldom begin a name themselves (unlike "Alliance", "Union", "Group", "Bank").
SENTENCE_START_BODY_KINDS = frozenset({
    "firm", "broadcaster", "regulator", "airline", "carrier", "charity", "watchdog", "insurer", "lender",
    "retailer", "manufacturer", "publisher", "operator", "tabloid", "startup", "conglomerate", "consultancy",
    "brokerage", "automaker", "carmaker", "drugmaker", "chipmaker", "miner", "shipper", "nonprofit", "utility",
})  # fmt: skip

# Who speaks for an organisation: "a Twitter spokesman said" is the company speaking.
SPOKESPERSON_NOUNS = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "representative", "official",
     # people who speak for the body they come from ("observers from the OSCE", "UN monitors")
     "observer", "monitor", "inspector", "envoy", "delegate", "negotiator",
     # and whose findings the body publishes ("economists at Goldman Sachs said", "scientists at World
     # Weather Attribution estimated", "a researcher at Oxford University said")
     "economist", "analyst", "strategist", "researcher", "scientist"]
)  # fmt: skip
# The people whose words are a body's own ("a company spokesman said", "a foreign ministry spokeswoman said").
SPEAKING_FOR_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})

# Verbs that report speech, findings or stated positions only through a that-clause ("noted that
# …", "the poll shows …", "investigators found …"); with a plain object they mean something else
# ("added salt", "found the keys"), so they count only with a clause. From the reporting-verb lists
# of Bergler (2006) and of PolNeAR's annotation guidelines (Newell et al. 2018), cognition verbs kept
# to the ones news uses for a stated view.
CLAUSE_CUE_VERBS = frozenset(
    [
        "add",
        "note",
        "suggest",
        "show",
        "find",
        "explain",
        "reveal",
        "recall",
        "indicate",
        "contend",
        "conclude",
        "concede",
        "complain",
        "testify",
        "observe",
        "mention",
        "propose",
        "recommend",
        "boast",
        "charge",
        "speculate",
        "caution",
        "maintain",
        "point",
        "think",
        "signal",
        "hint",
        "acknowledge",
        "counter",
        "respond",
        "reply",
        "answer",
        "repeat",
        "disclose",
        "inform",
        "remind",
        "assure",
        "announce",
        "forecast",
        "project",
    ]
)

# Verbs of forecast that report a body's figures ("The World Bank projects that …", "…, the IMF forecasts."):
# a cue with a that-clause, or closing the sentence; with a plain object they mean something else
# ("projected power", "projected onto a screen").
FORECAST_CUE_VERBS = frozenset(["forecast", "project"])

# Verbs by which a study, a tally or a survey reports what it found (of the clause-only cues).
FINDING_VERBS = frozenset({"show", "find", "reveal", "indicate", "suggest", "conclude"})

# Time-zone abbreviations written after a clock time ("18:02 GMT", "9 a.m. EST"), which the recogniser
# may take for a body: the common ones of Wikipedia's "List of time zone abbreviations".
TIME_ZONES = frozenset({
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "IST", "PKT", "AST", "EST", "EDT",
    "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "JST", "KST", "AEST", "AEDT", "ACST", "AWST",
    "NZST", "NZDT", "WAT", "CAT", "EAT", "SAST", "ICT", "WIB", "PHT", "SGT", "HKT", "NPT", "BDT", "GST", "TRT",
})  # fmt: skip

# Title abbreviations before names (AP Stylebook, "abbreviations": titles), so "Sen. Lind" can be
# "the senator" later in the article.
TITLE_ABBREVIATIONS = {
    "sen": "senator", "sens": "senator", "gov": "governor", "rep": "representative", "reps": "representative",
    "pres": "president", "gen": "general", "lt": "lieutenant", "sec": "secretary", "amb": "ambassador",
    "atty": "attorney", "supt": "superintendent", "cmdr": "commander", "adm": "admiral", "capt": "captain",
    "col": "colonel", "maj": "major", "sgt": "sergeant", "insp": "inspector", "det": "detective",
    "brig": "brigadier", "cdr": "commander", "cpl": "corporal",
}  # fmt: skip
# The same abbreviations as written before a name, capitalised with their full stop ("Brig.", "Lt.", "Sens.").
TITLE_STOPS = frozenset(short.capitalize() + "." for short in TITLE_ABBREVIATIONS)
# Given names written short before the rest of a name ("Md. Towkir Islam", "Mohd. Najib", "Wm. Tecumseh Sherman"):
# the abbreviations of Muhammad used in Bangladesh and Malaysia, and the old English ones style guides list.
NAME_STOPS = frozenset({"Md.", "Mohd.", "Muhd.", "Wm.", "Chas.", "Jas.", "Thos.", "Geo."})
# Military ranks written in full before a name that are not titles of their own in TITLE_WORDS ("Major",
# "Lieutenant", also the second part of "Colonel-Major", "Lieutenant-General"): the common ranks of the
# NATO rank scale in English.
MILITARY_RANKS = frozenset({"major", "lieutenant", "captain", "sergeant", "corporal"})
# Words that open a rank with the title after them ("Rear Admiral", "Vice Admiral", "Major General", "Rear Adm.").
RANK_PARTS = frozenset({"rear", "vice", "major", "lieutenant", "brigadier", "staff", "chief", "first", "deputy"})
# Ordinals that grade a rank: "First Sergeant", "Second Lieutenant", "First Admiral".
RANK_GRADES = frozenset({"first", "second", "third"})
# Words that name a part of a place before its name ("Northern Syria", "Mainland China", "Greater Manila",
# "Upper Egypt"): the compass points and the usual English region qualifiers.
PART_OF_PLACE_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    "mainland", "greater", "upper", "lower", "inner", "outer", "metropolitan", "coastal", "rural", "occupied",
})  # fmt: skip
# Nouns for what someone said or committed to, whose words a quotation after them may give ("Sunak's pledge to
# "stop the boats"", "the minister's claim that "…"", "her call for "restraint""): general English vocabulary of
# speech acts in news copy.
SPEECH_ACT_NOUNS = frozenset({
    "pledge", "promise", "vow", "call", "claim", "warning", "threat", "demand", "slogan", "description", "assertion",
    "insistence", "remark", "comment", "appeal", "plea", "boast", "complaint", "accusation", "assurance",
    "commitment", "declaration", "mantra", "catchphrase", "refrain", "motto", "rallying cry",
})  # fmt: skip
