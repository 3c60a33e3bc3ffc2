"""Word lists the extraction steps use. Data, not code: each list says where it comes from."""

# Reporting (cue) verbs, by lemma. Compiled from the speech-act verbs of Krestel, Bergler &
# Witte (2008) "Minding the Source" and textacy's `constants.REPORTING_VERBS`, extended with
# the social-media and document verbs newsrooms use ("tweeted", "reads", "concludes").
CUE_VERBS = frozenset(
    """say tell add write tweet post stress read conclude allege describe note warn urge claim
    state declare announce insist explain argue assert affirm confirm deny reject acknowledge
    admit report reply respond answer comment remark recall suggest emphasize emphasise
    underline highlight complain accuse condemn criticize criticise praise vow promise pledge
    threaten predict estimate believe think agree call demand ask question observe point
    continue reiterate repeat reassure maintain contend charge caution concede disclose reveal
    testify mention counter retort quip boast lament decry blast slam denounce hail welcome
    express""".split()
)
# Verbs that take a reported clause or object but need an object to be a statement at all.
INDIRECT_CUE_VERBS = frozenset(
    """say tell write tweet post allege warn urge claim state declare announce insist argue
    assert confirm deny reject acknowledge admit report accuse condemn criticize criticise vow
    promise pledge threaten predict estimate believe agree call demand stress emphasize
    emphasise reiterate denounce""".split()
)
# Nouns for a document that speaks for a body ("the statement reads").
STATEMENT_NOUNS = frozenset(
    """statement communique communiqué declaration release document report letter note
    announcement resolution post tweet message""".split()
)
# How an utterance reached the public, keyed by words found around the cue.
CHANNEL_WORDS = {
    "twitter": "twitter", "tweet": "twitter", "tweeted": "twitter", "x": "twitter",
    "facebook": "social_media", "telegram": "social_media", "instagram": "social_media",
    "social": "social_media", "posted": "social_media",
    "statement": "statement", "communique": "statement", "communiqué": "statement",
    "declaration": "statement", "release": "statement",
    "interview": "interview", "broadcaster": "interview", "radio": "interview",
    "television": "interview", "tv": "interview", "wire": "interview", "podcast": "interview",
    "conference": "press_conference", "briefing": "press_conference",
    "speech": "speech", "address": "speech", "letter": "letter",
}
# Titles that make a role (lowercase lemma or phrase). Source: common government, military
# and organisational office titles in English-language news style guides (AP, Reuters).
TITLE_WORDS = frozenset(
    """president vice-president prime premier minister secretary secretary-general
    chancellor king queen prince emperor dictator leader chief head spokesperson spokesman
    spokeswoman ambassador envoy commissioner chair chairman chairwoman director
    director-general governor mayor senator representative lawmaker deputy general commander
    colonel admiral officer official diplomat foreign defense defence interior justice
    finance undersecretary under-secretary counsellor adviser advisor advisor
    attorney judge prosecutor ombudsman rapporteur coordinator high mp mep marshal speaker
    ceo founder""".split()
)
# Title words that name the top of a body: "the NATO chief" = its secretary-general.
LEADER_TITLES = frozenset(
    """president chief head leader secretary-general chairman chair chairwoman
    director-general chancellor premier""".split()
)
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame prof prof. madam".split())
# Plural nouns that make a collective actor when a place or body modifies them.
GROUP_NOUNS = frozenset(
    """officials ministers ambassadors diplomats authorities leaders lawmakers allies
    governments members guards forces officers spokespeople activists groups organizations
    organisations agencies negotiators observers investigators prosecutors experts analysts
    sources residents protesters demonstrators envoys militaries states""".split()
)
# Singular nouns that make an organisation when a place or body modifies them ("the Polish
# ministry", "the police").
ORG_NOUNS = frozenset(
    """ministry government police army military council commission parliament agency
    guard office embassy court presidency administration regime kremlin cabinet navy
    authority service""".split()
)
STANDALONE_ORG_NOUNS = frozenset({"police"})
