"""One rule, one sentence: each extraction rule on text written for the test (not the seeds)."""

from datetime import date

import pytest

from app.extract.dates import resolve_day, resolve_period
from app.extract.numbers import parse_words
from app.extract.pipeline import extract_article
from app.extract.quotes import find_quotes
from app.extract.text import normalize_text

PUB = date(2024, 3, 8)  # a Friday


def run(nlp, text: str):  # type: ignore[no-untyped-def]
    extraction = extract_article(nlp(text), PUB)
    names = {e.key: e for e in extraction.entities}
    return extraction, names


def speakers_in_order(ex, names) -> list[str | None]:  # type: ignore[no-untyped-def]
    """The names of the actors an extraction's statements are attributed to, in order (None where unnamed)."""
    return [names[q.speaker_key].name if q.speaker_key else None for q in ex.quotations]


def named_speakers(ex, names) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the actors an extraction's statements are attributed to, in order (unnamed left out)."""
    return [names[q.speaker_key].name for q in ex.quotations if q.speaker_key]


def quotes_of(nlp, text: str) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    return [
        (text[q.start : q.end], names[q.speaker_key].name if q.speaker_key else None, q.kind)
        for q in ex.quotations
        if q.kind != "indirect"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “the dam is safe” today.", ["the dam is safe"]),
        ("She wrote ‘we are ready’ in her note.", ["we are ready"]),
        ('He said "we will rebuild" again.', ["we will rebuild"]),
        ("Il a dit «nous resterons» hier.", ["nous resterons"]),
        ("‘We will not yield,” the governor said.", ["We will not yield,"]),
        ("We’ll see whether the Unions’ members agree, and Paris’ mayor too.", []),
        ("He shouted “stop and never came back.", ["stop and never came back."]),
        # an opening mark typed where the closer belongs
        ("The mayor called them “vandals“ while the council met.", ["vandals"]),
        ("“We rebuild now,“ the mayor said.", ["We rebuild now,"]),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_unbalanced_marks_do_not_lose_the_rest() -> None:
    text = "“This never closes.\n\nThe mayor said “the road is open” on Monday."
    assert "the road is open" in [text[q.start : q.end] for q in find_quotes(text)]


def test_quote_then_speaker_then_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of(nlp, "“The bridge will hold,” Governor Maria Lopez said on Tuesday.") == [
        ("The bridge will hold", "Maria Lopez", "direct")
    ]


def test_quote_then_verb_then_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(nlp, "“We need more pumps,” said Tomas Berg, the city engineer.")
    assert got[0][1] == "Tomas Berg"


def test_speaker_verb_colon_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(nlp, "Health Minister Ana Silva told reporters: “The hospitals are full.”")
    assert got == [("The hospitals are full.", "Ana Silva", "direct")]


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(nlp, "According to Red Cross spokesman Paul Meyer, “the convoy was stopped.”")
    assert got[0][1] == "Paul Meyer"


def test_split_quote_and_continuation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The levee failed at dawn,” Mayor Erik Lund said. “Nobody expected it.”\n\n“We are evacuating the east side.”"
    )
    got = quotes_of(nlp, text)
    assert [g[1] for g in got] == ["Erik Lund"] * 3


def test_pronoun_goes_to_previous_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Jonas Vik said the army was ready. “We will protect every village,” he added."
    assert quotes_of(nlp, text)[0][1] == "Jonas Vik"


def test_partial_quote_governed_by_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(nlp, "Senator Lisa Park described the plan as “reckless and cruel” in a speech.")
    assert got == [("reckless and cruel", "Lisa Park", "partial")]


def test_scare_quote_is_not_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(nlp, "The so-called “peace plan” was published in March.")
    assert got == []


def test_document_speaks_for_its_issuer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The World Health Organization issued a statement on Monday. “The outbreak is contained,” the statement reads."
    )
    assert quotes_of(nlp, text)[0][1] == "World Health Organization"


def test_signed_post(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aid is on its way to the valley. #Floods\n\n— Karin Holm (@karinholm) March 7, 2024\n"
    ex, names = run(nlp, text)
    post = next(q for q in ex.quotations if q.kind == "post")
    assert names[post.speaker_key].name == "Karin Holm" and post.said_on == date(2024, 3, 7)
    assert post.channel == "twitter" and "@karinholm" in names[post.speaker_key].aliases


def test_reported_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, "The European Union strongly condemned the attack on the power plant.")
    indirect = [q for q in ex.quotations if q.kind == "indirect"]
    assert indirect and names[indirect[0].speaker_key].name == "European Union"
    assert indirect[0].cue == "condemned"


def test_said_on_resolves_weekday_and_stays_null_without_date(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, _ = run(nlp, "“Roads are closed,” police chief Omar Haddad said Wednesday.")
    assert ex.quotations[0].said_on == date(2024, 3, 6)
    ex, _ = run(nlp, "“Roads are closed,” police chief Omar Haddad said.")
    assert ex.quotations[0].said_on is None


@pytest.mark.parametrize(
    ("expr", "pub", "want"),
    [
        ("Friday", PUB, date(2024, 3, 8)),
        ("on Monday", PUB, date(2024, 3, 4)),
        ("November 12", date(2021, 11, 16), date(2021, 11, 12)),
        ("Dec. 30", date(2024, 1, 2), date(2023, 12, 30)),
        ("earlier this week", PUB, None),
        ("yesterday", PUB, date(2024, 3, 7)),
    ],
)
def test_dates(expr: str, pub: date, want: date | None) -> None:
    assert resolve_day(expr, pub) == want


# ---- actors -------------------------------------------------------------------------------


def test_surname_and_honorific_merge_with_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Finance Minister Karel Novak spoke first. Later Mr Novak left. Novak declined to comment.")
    novak = [e for e in names.values() if e.kind == "person"]
    assert len(novak) == 1 and novak[0].name == "Karel Novak" and {"Novak", "Mr Novak"} & novak[0].aliases


def test_name_with_and_without_a_middle_initial_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Attorney General Marta J. Kowalczyk spoke on Monday. Marta Kowalczyk said the office was changing. "
        "Kowalczyk said there remains a “large gap” in pay."
    )
    ex, names = run(nlp, text)
    people = [e for e in names.values() if e.kind == "person"]
    assert len(people) == 1 and {"Marta J. Kowalczyk", "Marta Kowalczyk"} <= people[0].aliases
    gap = next(q for q in ex.quotations if text[q.start : q.end] == "large gap")
    assert gap.speaker_key == people[0].key


def test_acronym_learned_from_text(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "The Baltic Energy Council (BEC) met in Riga. The BEC said prices would fall.")
    councils = [e for e in names.values() if e.kind == "organization"]
    assert len(councils) == 1 and councils[0].name == "Baltic Energy Council"


def test_acronym_from_table(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "The United Nations sent observers. The UN said the vote was fair.")
    assert [e.name for e in names.values() if e.kind == "organization"] == ["United Nations"]


def test_role_from_premodifier_and_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(
        nlp,
        "Estonian Defense Minister Hanno Pevkur arrived. "
        "Ahmed Karimi, the spokesperson for the Ministry of Energy, said the grid held.",
    )
    roles = {e.name: e.role for e in names.values() if e.kind == "person"}
    assert roles["Hanno Pevkur"] == "Defense Minister of Estonia"
    assert roles["Ahmed Karimi"].startswith("Spokesperson for the Ministry")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title the noun before it makes ("chief executive"), its owner left out when it names no one
        ("Luis Ortega, the company's chief executive, said the plant would reopen.", "Luis Ortega", "Chief executive"),
        ("The bank's president, Tomas Berg, said rates would rise.", "Tomas Berg", "President"),
        ("Rates will rise, said Maria Lopez, its chief operating officer.", "Maria Lopez", "Chief operating officer"),
        # a named owner stays, written as it was
        (
            "Paul Reid, the HSE's chief executive, said the recovery would take weeks.",
            "Paul Reid",
            "HSE's chief executive",
        ),
        # the parser hangs the name on the body the title is of
        (
            "A spokesman for the national operator, Amit Verma, said compensation would be paid.",
            "Amit Verma",
            "Spokesman for the national operator",
        ),
        # a description set beside a name in the title is not the title
        (
            "Tim Cole, chief executive of Lumen, one of the city's biggest employers, said the plant would close.",
            "Tim Cole",
            "Chief executive of Lumen",
        ),
    ],
)
def test_role_of_a_title_in_apposition_either_side(nlp, text, name, role) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    roles = {e.name: e.role for e in names.values() if e.kind == "person"}
    assert roles[name] == role


def test_demonym_links_to_place_not_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Hungarian officials met in Budapest. Hungary said little.")
    hungary = names["place:hungary"]
    assert "Hungarian" in hungary.demonyms and "Hungarian" not in hungary.aliases


def test_group_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Greek officials said the ferry had sunk.")
    assert any(e.kind == "group" and e.name == "Greek officials" for e in names.values())


def test_hashtag_is_a_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Protests spread across the region. #Ukraine #OSCE")
    assert "place:ukraine" in names and any(e.kind == "organization" for e in names.values())


# ---- numeric claims -----------------------------------------------------------------------


def claims_of(nlp, text: str):  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    return [
        (
            c.value,
            c.value_min,
            c.value_max,
            c.qualifier,
            c.unit,
            c.subject,
            names[c.claimant_key].name if c.claimant_key else None,
        )
        for c in ex.claims
    ]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit", "subject"),
    [
        ("The army deployed 12,000 soldiers to the border.", 12000, "exact", None, "soldiers"),
        ("Rescuers pulled more than 40 survivors from the rubble.", 40, "more_than", None, "survivors"),
        ("At least 17 villages were flooded.", 17, "at_least", None, "villages"),
        ("Up to 900 refugees crossed the bridge.", 900, "up_to", None, "refugees"),
        ("About 40% of homes lost power.", 40, "approximate", "%", None),
        ("The fund raised $4,000 in a week.", 4000, "exact", "USD", None),
        ("Engineers built 25 kilometres of new levees.", 25, "exact", "km", "new levees"),
        ("Fewer than ten ambulances were available.", 10, "less_than", None, "ambulances"),
        ("The agency counted 1.5 million displaced people.", 1_500_000, "exact", None, "displaced people"),
        ("Some four hundred thirty passengers were stranded.", 430, "approximate", None, "passengers"),
        ("A dozen journalists were detained.", 12, "exact", None, "journalists"),
    ],
)
def test_claim_values(nlp, text, value, qualifier, unit, subject) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, text)
    assert got, text
    v, _lo, _hi, q, u, s, _who = got[0]
    assert (v, q, u) == (value, qualifier, unit)
    if subject:
        assert s == subject


def test_ranges(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "Between 6,000 and 7,000 people marched.")[0][:3] == (6000, 6000, 7000)
    assert claims_of(nlp, "Police said 200-300 protesters gathered.")[0][:3] == (200, 200, 300)


@pytest.mark.parametrize(
    "text",
    [
        "The summit opened on March 3, 2024 in Vienna.",
        "In 2019 the border was quiet.",
        "A 14-year-old boy was injured.",
        "The Boeing 737 landed safely.",
        "Talks resumed at 10:30 on Friday.",
        "It was the second attempt this month.",
        "Thousands of people fled the city.",
        "Follow @ministry2024 for updates.",
    ],
)
def test_not_claims(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_claimant_inside_quote_and_reporting_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We have lost 300 homes,” Mayor Ivan Petrov said. The Coast Guard reported 12 rescues."
    got = claims_of(nlp, text)
    assert got[0][6] == "Ivan Petrov" and got[1][6] == "Coast Guard"


def test_elliptical_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "Officials counted 900 arrivals this year, up from last year's 150.")
    assert [g[5] for g in got] == ["arrivals", "arrivals"]


def test_number_words_parse() -> None:
    assert parse_words(["four", "hundred", "thirty"]) == 430
    assert parse_words(["1.5", "million"]) == 1_500_000


def test_normalising_removes_boilerplate_and_keeps_text() -> None:
    raw = "Title\r\n\r\nBody line one.\r\nCLICK HERE TO READ MORE FROM THE DAILY\r\nRelated Content\r\n"
    assert normalize_text(raw) == "Title\n\nBody line one."


# ---- claims: time, vote tallies -----------------------------------------------------------


def claim_records(nlp, text: str):  # type: ignore[no-untyped-def]
    return run(nlp, text)[0].claims


@pytest.mark.parametrize(
    ("expr", "want"),
    [
        ("last year's", (date(2023, 1, 1), "year")),
        ("by the end of the year", (date(2024, 1, 1), "year")),  # the year it is written in
        ("the end of the month", (date(2024, 3, 1), "month")),
        ("the year", None),  # alone: which year is not said
        ("in 2019", (date(2019, 1, 1), "year")),
        ("October", (date(2023, 10, 1), "month")),  # after PUB's month: the previous October
        ("February 2024", (date(2024, 2, 1), "month")),
        ("last month", (date(2024, 2, 1), "month")),
        ("Thursday", (date(2024, 3, 7), "day")),
        ("the past year", None),
        ("since the start of last year", None),
        ("earlier this week", None),
        ("the third quarter", (date(2023, 7, 1), "quarter")),  # not yet begun in March: last year's
        ("in the first quarter", (date(2024, 1, 1), "quarter")),
        ("the fourth quarter of 2022", (date(2022, 10, 1), "quarter")),
        ("Q2 2021", (date(2021, 4, 1), "quarter")),
        ("last quarter", (date(2023, 10, 1), "quarter")),
        ("the second quarter of last year", (date(2023, 4, 1), "quarter")),
        ("three quarters", None),
        ("the previous quarter", None),  # the one before the period discussed, not before publication
        ("mid-January", (date(2024, 1, 1), "month")),  # written with a hyphen
        ("in early February", (date(2024, 2, 1), "month")),
        ("mid-2021", (date(2021, 1, 1), "year")),  # part of a year: the year
        ("late 2019", (date(2019, 1, 1), "year")),
        ("last October", (date(2023, 10, 1), "month")),  # the latest October before PUB's March
        ("last March", (date(2023, 3, 1), "month")),  # PUB's own month: a year back
        ("last February", (date(2024, 2, 1), "month")),
        ("next March", (date(2025, 3, 1), "month")),
        ("next June", (date(2024, 6, 1), "month")),
        ("this January", (date(2024, 1, 1), "month")),
        ("this year alone", (date(2024, 1, 1), "year")),  # the period, stressed
        ("in January alone", (date(2024, 1, 1), "month")),
    ],
)
def test_periods(expr: str, want: tuple[date, str] | None) -> None:
    assert resolve_period(expr, PUB) == want


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the other date of the sentence, moved back
        ("Coal output fell to 3.2 million tonnes in January from 4.4 million tonnes a year earlier.",
         [(date(2024, 1, 1), "month"), (date(2023, 1, 1), "month")]),
        ("The toll rose to 52 on Tuesday, up from 40 a day earlier.",
         [(date(2024, 3, 5), "day"), (date(2024, 3, 4), "day")]),
        # "ago": from publication
        ("Unemployment was 6.2%, up from 4.9% a year ago.", [(None, None), (date(2023, 3, 1), "month")]),
    ],
)  # fmt: skip
def test_a_date_given_as_a_distance_from_another_dates_the_figure_before_it(nlp, text: str, when: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)] == when


def test_a_quarter_dates_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "Grain exports fell 18% in the fourth quarter of 2023, the ministry said.")[0]
    assert (claim.refers_to, claim.refers_to_precision) == (date(2023, 10, 1), "quarter")


def test_refers_to_takes_the_nearest_date_with_its_precision(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "Guards counted 900 arrivals on Thursday, up from last year's 150.")
    assert [(c.value, c.refers_to, c.refers_to_precision) for c in got] == [
        (900, date(2024, 3, 7), "day"),
        (150, date(2023, 1, 1), "year"),
    ]


def test_refers_to_stays_null_without_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "Guards counted 900 arrivals at the crossing.")
    assert (got[0].refers_to, got[0].refers_to_precision) == (None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The resolution passed by a vote of 13-2.", [(13, "votes in favour"), (2, "votes against")]),
        ("Parliament approved the bill 312 to 120.", [(312, "votes in favour"), (120, "votes against")]),
        ("The Senate voted 52-48 to confirm her.", [(52, "votes in favour"), (48, "votes against")]),
        (
            "The council voted 9 in favour, 3 against and 2 abstaining.",
            [(9, "votes in favour"), (3, "votes against"), (2, "abstentions")],
        ),
    ],
)
def test_vote_tallies_are_two_claims_not_a_range(nlp, text, want) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, text)
    assert [(c.value, c.subject) for c in got] == want
    assert all(c.value_min is None and c.value_max is None and c.claimant_key is None for c in got)


def test_a_rising_pair_without_a_vote_is_still_a_range(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "Officials approved 3,000-4,000 visas.")
    assert [(c.value_min, c.value_max, c.subject) for c in got] == [(3000, 4000, "visas")]


# ---- channels, entity kinds ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("“The bridge is closed,” the mayor tweeted on Friday.", "twitter"),
        ("“The bridge is closed,” the ministry said in a statement.", "statement"),
        ("“The bridge is closed,” Governor Ana Ruiz told the broadcaster.", "interview"),
        ("“The bridge is closed,” Governor Ana Ruiz told a press conference.", "press_conference"),
        ("“The bridge is closed,” Governor Ana Ruiz said.", None),
    ],
)
def test_channel(nlp, text: str, channel: str | None) -> None:  # type: ignore[no-untyped-def]
    quotes = [q for q in run(nlp, text)[0].quotations if q.kind == "direct"]
    assert [q.channel for q in quotes] == [channel]


def test_capital_the_model_misses_is_a_place_and_speaks_for_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We will not back down,” Kyiv said on Tuesday. Ukraine asked for help. Residents of Kyiv slept in shelters."
    ex, names = run(nlp, text)
    assert names["place:kyiv"].kind == "place"
    assert [names[q.speaker_key].name for q in ex.quotations if q.kind == "direct"] == ["Ukraine"]


def test_one_name_gets_one_kind_per_article(nlp) -> None:  # type: ignore[no-untyped-def]
    from app.extract.actors import Candidate
    from app.extract.aliases import _vote_kinds

    doc = nlp("Frontex said so. Frontex agreed. Frontex went on.")
    mentions = [doc[i : i + 1] for i, t in enumerate(doc) if t.text == "Frontex"]
    kinds = ("organization", "place", "organization")
    cands = [Candidate(span, "Frontex", kind) for span, kind in zip(mentions, kinds, strict=True)]
    _vote_kinds(cands)
    assert {c.kind for c in cands} == {"organization"}
    # (a mention written before the kind of administrative unit it is settles a place, whatever the vote)
    doc = nlp("Toyama officials met. Toyama agreed. Officials in Toyama prefecture said so.")
    mentions = [doc[i : i + 1] for i, t in enumerate(doc) if t.text == "Toyama"]
    cands = [Candidate(span, "Toyama", kind) for span, kind in zip(mentions, kinds, strict=True)]
    _vote_kinds(cands)
    assert {c.kind for c in cands} == {"place"}


def test_handle_in_running_text_is_a_mention_of_the_actor_it_spells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Karin Holm visited the shelters on Friday. Holm later posted photos as @karinholm, "
        "and the Red Cross (@RedCross) thanked @holm_official's team."
    )
    ex, names = run(nlp, text)
    holm = names["person:karin holm"]
    assert holm.name == "Karin Holm" and "@karinholm" in holm.aliases
    assert any(text[m.start : m.end] == "@karinholm" for m in holm.mentions)
    assert all("@holm_official" not in e.aliases for e in ex.entities)  # spells no one: left alone


# ---- attribution: the remaining patterns, each on its own sentence -----------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Governor Ana Ruiz said that “the dam will hold through the storm.”", "Ana Ruiz"),
        ("The Red Cross, in a statement, said “supplies will arrive by Sunday.”", "Red Cross"),
        (
            "NATO met on Monday. “Supplies will arrive by Sunday,” the trans-Atlantic alliance said.",
            "North Atlantic Treaty Organization",
        ),
        ("“The talks have failed,” Ukrainian officials said.", "Ukrainian officials"),
    ],
)
def test_attribution_patterns(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = [g for g in quotes_of(nlp, text) if g[2] != "indirect"]
    assert [g[1] for g in got] == [speaker], got


def test_capital_as_speaker_means_the_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Poland closed the crossing on Monday. Warsaw believes “the pressure will only grow.”"
    got = [g for g in quotes_of(nlp, text) if g[2] != "indirect"]
    assert got and got[0][1] == "Poland", got


def test_reported_speech_with_denial_and_call(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, "Moldova has repeatedly denied any such flights. The EU called on Moldova to open the border.")
    indirect = {(names[q.speaker_key].name if q.speaker_key else None, q.cue) for q in ex.quotations}
    assert ("Moldova", "denied") in indirect and ("European Union", "called") in indirect, indirect


# ---- probes from unseen-article checks: units, ellipsis, clause time, bare surnames --------


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        # what is measured is the subject of the verb (never the unit word)
        ("Winds reached 70 kilometers per hour overnight.", "km/h", "Winds"),
        ("Temperatures hit 41 degrees Celsius in the capital.", "°C", "Temperatures"),
        # (a rate keeps what it is per, past what is measured)
        ("The storm dumped 300 litres of rain per square metre.", "l per square metre", "rain"),
    ],
)
def test_multiword_units(nlp, text: str, unit: str, subject: str | None) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert (claim.unit, claim.subject) == (unit, subject)


def test_elliptical_figure_compares_with_the_main_one(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The navy said it had evacuated 536 people on six ships, up from 301 on Tuesday.")
    assert [(c.value, c.subject) for c in got] == [(536, "people"), (6, "ships"), (301, "people")]


def test_date_in_a_sibling_clause_is_not_the_figures_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Some 10,000 people have fled north, the agency said, while 4,000 crossed the river on Sunday."
    got = {c.value: c.refers_to for c in claim_records(nlp, text)}
    assert got == {10000: None, 4000: date(2024, 3, 3)}


def test_date_of_the_reporting_clause_applies_to_the_reported_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The agency said on Tuesday that at least 459 people had died.")
    assert (got[0].value, got[0].refers_to) == (459, date(2024, 3, 5))


def test_untagged_surname_is_a_mention_of_the_one_person_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Kostas Andreou visited the camp. “Nobody is alone,” Andreou wrote on X."
    ex, names = run(nlp, text)
    direct = [q for q in ex.quotations if q.kind == "direct"]
    assert [names[q.speaker_key].name for q in direct] == ["Kostas Andreou"]
    assert direct[0].channel == "twitter"


def test_expanded_acronym_is_one_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Coastal Defence Forces (CDF) said the port was shut. The CDF later reopened it."
    ex, _ = run(nlp, text)
    found = [e for e in ex.entities if "CDF" in e.aliases or "Coastal Defence Forces" in e.aliases]
    assert len(found) == 1 and found[0].kind == "organization"


def test_possessive_date_dates_only_its_own_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to estimates from last month, over 900 boats tried to land, up sharply from last year’s 150."
    got = {c.value: (c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)}
    assert got[900] == (date(2024, 2, 1), "month")
    assert got[150] == (date(2023, 1, 1), "year")


def test_a_body_name_cut_short_at_a_preposition_is_the_body_its_acronym_names(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(
        nlp, "The United Nations Mission in Northern Kivu (UNMNK) said three of its bases had been shelled."
    )
    (quote,) = [q for q in ex.quotations if q.kind == "indirect"]
    assert quote.speaker_key == "org:unmnk"
    assert names["org:unmnk"].name == "United Nations Mission in Northern Kivu"
    assert not [k for k in names if k.startswith("org:united nations mission")]


def test_a_ministry_named_by_of_and_a_country_is_that_countrys_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The foreign ministry of Norway, a mediator, said talks would go on. "
        "Norway's foreign ministry later said a deal was near."
    )
    ex, names = run(nlp, text)
    speakers = speakers_in_order(ex, names)
    assert speakers == ["Norway's foreign ministry"] * 2  # one actor, under one name, for both ways of writing it


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said the trawler had refused offers of help for several hours.",
        "The governor declined an invitation to the summit.",
    ],
)
def test_a_thing_refused_is_no_statement(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ex, _ = run(nlp, text)
    assert not any(q.cue in {"refused", "declined"} for q in ex.quotations)


def test_refusing_to_speak_is_still_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, _ = run(nlp, "The governor declined to comment on the evacuation order.")
    assert [(q.cue, ex_text) for q in ex.quotations for ex_text in [None]] == [("declined", None)]


def test_a_capital_that_only_opens_the_sentence_makes_no_collective_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, "Angry officials said 300 homes had been damaged.")
    assert [q.speaker_key for q in ex.quotations] == [None]  # as "angry officials" in mid-sentence
    # (a word for the officials' reach makes a group wherever it stands: "provincial officials said")
    ex, names = run(nlp, "Provincial officials said 300 homes had been damaged.")
    assert named_speakers(ex, names) == ["Provincial officials"]
    ex, names = run(nlp, "Polish officials said 300 homes had been damaged.")
    assert named_speakers(ex, names) == ["Polish officials"]


@pytest.mark.parametrize(
    ("expr", "want", "relation"),
    [
        ("Between January and March", (date(2024, 1, 1), "quarter"), None),
        ("April to June 2023", (date(2023, 4, 1), "quarter"), None),
        ("October through December", (date(2023, 10, 1), "quarter"), None),  # not begun by PUB: last year's
        ("the April-June period", (date(2023, 4, 1), "quarter"), None),
        ("between May and August", (date(2023, 5, 1), "month"), "since"),
        ("December to February 2024", (date(2023, 12, 1), "month"), "since"),
        ("the first nine months of the year", (date(2024, 1, 1), "month"), "since"),
        ("the first half of last year", (date(2023, 1, 1), "month"), "since"),
        ("the first three months of 2020", (date(2020, 1, 1), "quarter"), None),
        ("the three months to December", (date(2023, 10, 1), "quarter"), None),
        ("in the three months to February 2024", (date(2023, 12, 1), "month"), "since"),
        ("the 12 months to March 2024", (date(2023, 4, 1), "month"), "since"),
    ],
)
def test_runs_of_months(expr: str, want: tuple[date, str], relation: str | None) -> None:
    from app.extract.dates import period_relation

    assert resolve_period(expr, PUB) == want
    assert period_relation(expr) == relation


def test_a_figure_over_a_run_of_months_is_dated_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Between May and August, 900 homes were destroyed by the floods.")
    assert [(c.refers_to, c.refers_to_precision, c.refers_to_relation) for c in claims] == [
        (date(2023, 5, 1), "month", "since")
    ]


def test_a_junta_is_a_body_that_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(
        nlp, "Chad's military junta said on Sunday that 40 soldiers had died. The junta said more would follow."
    )
    speakers = named_speakers(ex, names)
    assert speakers == ["Chad's military junta", "Chad's military junta"]


def test_a_country_the_recogniser_takes_for_a_person_is_a_place_from_iso_3166(nlp) -> None:  # type: ignore[no-untyped-def]
    from app.extract.gazetteer import country_for

    assert country_for("Mali") == "Mali" and country_for("Viet Nam") == "Vietnam"  # pycountry's ISO 3166-1 list
    ex, names = run(nlp, "Mali's military junta said on Sunday that 40 soldiers had died.")
    assert named_speakers(ex, names) == ["Mali's military junta"]
    assert not [e for e in ex.entities if e.kind == "person"]


def test_an_interview_turn_labelled_in_ordinary_case_is_the_named_persons(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour pilot Tomas Ferreira spoke to us on Monday.\n\n"
        "Q: How long will the port stay shut?\n\n"
        "Ferreira: At least ten days. We lost 14 cranes in the storm.\n\n"
        "Deaths: 12\n\n"
        "Note: The port authority did not reply."
    )
    ex, names = run(nlp, text)
    turns = [(text[q.start : q.end], names[q.speaker_key].name) for q in ex.quotations if q.kind == "transcript"]
    assert turns == [("At least ten days. We lost 14 cranes in the storm.", "Tomas Ferreira")]
    cranes = next(c for c in ex.claims if c.value == 14)
    assert cranes.claimant_key is not None and names[cranes.claimant_key].name == "Tomas Ferreira"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Economists at Goldman Sachs said the rate would rise to 4%.", "Goldman Sachs"),
        ("A researcher at Oxford University said the data were incomplete.", "Oxford University"),
    ],
)
def test_researchers_at_a_named_body_speak_for_its_findings(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == [body]


def test_a_spokesman_described_by_a_clause_speaks_for_the_body_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Northern Front denied shelling the market. A spokesman, who gave only his first name, said by "
        "phone that its fighters were defending themselves."
    )
    ex, names = run(nlp, text)
    speakers = speakers_in_order(ex, names)
    assert speakers == ["Northern Front", "Northern Front"]


def test_a_headline_label_or_a_lone_labelled_line_is_no_interview_turn(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Ferreira: Port Will Reopen Within Days\n\nHarbour pilot Tomas Ferreira said on Monday the cranes were safe.",
        "Harbour pilot Tomas Ferreira spoke on Monday.\n\nFerreira: the cranes are safe and the port will reopen.",
    ):
        ex, _ = run(nlp, text)
        assert not [q for q in ex.quotations if q.kind == "transcript"], text


def test_a_form_of_address_is_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, "“Nobody saw it coming,” said Ms Halina Wrobel, who runs a bakery in the town.")
    assert named_speakers(ex, names) == ["Halina Wrobel"]


def test_a_subject_before_a_parenthetical_cue_stays_in_the_statement(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The old bridge, engineers said, would stay closed until spring."
    ex, _ = run(nlp, text)
    assert [text[q.start : q.end] for q in ex.quotations] == [
        "The old bridge, engineers said, would stay closed until spring"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised adjective no country owns opens the name; the appositive says it is a body
        (
            "Bavarian Nordic, the Danish company that makes the vaccine, said it could supply 2 million doses.",
            "Bavarian Nordic",
        ),
        # a proper noun the recogniser left out before a body's name
        ("Kasai CDC, the provincial health agency, said doses were needed.", "Kasai CDC"),
        (
            "Africa CDC, the public health agency, said doses were needed.",
            "Africa Centres for Disease Control and Prevention",
        ),
    ],
)
def test_a_bodys_whole_name_speaks(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == [name]
    assert next(e for e in ex.entities if e.name == name).kind == "organization"


@pytest.mark.parametrize(
    ("word", "country"),
    [("Bangladeshi", "Bangladesh"), ("Burmese", "Myanmar"), ("Haitian", "Haiti"), ("Viet Nam", "Vietnam"),
     ("Malawian", "Malawi"), ("Palestinian", "Palestine"), ("Sri Lankan", "Sri Lanka")],
)  # fmt: skip
def test_the_gazetteer_knows_every_sovereign_states_demonym(word: str, country: str) -> None:
    from app.extract.gazetteer import country_for

    assert country_for(word) == country


@pytest.mark.parametrize(
    "text",
    [
        # the town is tagged a body in one sentence: it is not the surname of "the mayor of <town>"
        "DERNA, Libya (AP) — The agency said 30,000 people in Derna had been displaced. The mayor of Derna, "
        "Abdulmonem al-Ghaithi, told Al Arabiya television that 20,000 people may have died. "
        "“We need teams,” he said.",
        # the name hung on the town by the parser (and tagged a body) is the mayor's
        "DERNA (AP) — Floods hit Derna on Monday. The mayor of Derna, Omar Fadel, told reporters that 300 "
        "buildings had been destroyed. “We need water,” he said.",
    ],
)
def test_the_name_after_a_title_of_a_place_is_the_holder(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert not any(e.kind == "person" and "Derna" in e.name for e in names.values())
    holder = "Abdulmonem al-Ghaithi" if "Abdulmonem" in text else "Omar Fadel"
    assert named_speakers(ex, names) == [holder, holder]


def test_an_acronym_is_no_misread_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # "PAC" tagged alone is the body's acronym, not the surname of a person whose name ends in "Pac"
    text = (
        "“It is a clear choice,” Lena Moss, who is chairman of Our Future Pac said in a statement. "
        "The super PAC has already spent over $1 million on TV ads."
    )
    _, names = run(nlp, text)
    assert not any(e.kind == "person" and "PAC" in e.aliases for e in names.values())


def test_a_body_named_like_a_roles_last_word_stays_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # "State" (the department) is neither the surname of "the former secretary of state" nor that person
    text = (
        "State calls 14 cables of Ruiz 'secret.'\n\nThe State Department acknowledged on Friday that \"secret\" "
        "material had been found in cables sent by the former secretary of state. John Kirby, a spokesman for "
        "State, said the cables were marked later."
    )
    ex, names = run(nlp, text)
    state = [e for e in names.values() if e.name == "State"]
    assert [e.kind for e in state] == ["organization"]
    assert ex.quotations[0].speaker_key == state[0].key and ex.claims[0].claimant_key == state[0].key


def test_a_surname_the_recogniser_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model tags the given name alone; the untagged surname the parser joins to it is part of the name
    text = "Treasury Secretary Njuguna Ndung'u told parliament that the country spent 61% of its revenue on debt."
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == ["Njuguna Ndung'u"]


def test_a_body_named_after_its_country_and_defined_by_an_acronym_is_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flooding closed two highways, the U.S. National Flood Service (NFS) said on Monday. "
        "The NFS said more rain was due."
    )
    ex, names = run(nlp, text)
    speakers = speakers_in_order(ex, names)
    assert speakers == ["National Flood Service", "National Flood Service"]
    assert not any("(" in e.name for e in ex.entities)


def test_air_pressure_in_millibars_is_a_measure_even_when_tagged_as_a_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cyclone's central pressure was measured at 915 millibars, the weather office said."
    assert [(v, u, s) for v, _, _, _, u, s, _ in claims_of(nlp, text)] == [(915, "hPa", "central pressure")]


def test_the_country_s_ministry_is_the_ministry_of_the_country_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Malawi has confirmed four cases of cholera in the north, aid workers said. The country's health ministry "
        "said two of the patients had died. None of the contacts had symptoms, the ministry said."
    )
    ex, names = run(nlp, text)
    said = [q for q in ex.quotations if q.cue == "said"]
    speakers = [names[q.speaker_key].name if q.speaker_key else None for q in said]
    assert speakers == [None, "Malawi's health ministry", "Malawi's health ministry"]


def test_a_company_written_without_its_kind_is_the_same_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Savers queued outside Harbor Mutual Bank on Tuesday after the Central Bank of Freedonia dissolved its "
        "board. Harbor Mutual's shares fell 40%. Its chief executive, Tomas Okafor, resigned on "
        "Friday, the bank said in a filing."
    )
    ex, names = run(nlp, text)
    assert [names[q.speaker_key].name for q in ex.quotations if q.speaker_key] == ["Harbor Mutual Bank"]
    assert "Tomas Okafor" in {e.name for e in ex.entities if e.kind == "person"}


def test_an_institution_the_recogniser_took_for_a_place_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Scientists at the Goma Volcano Observatory had warned last month that activity was increasing."
    _, names = run(nlp, text)
    assert [(e.name, e.kind) for e in names.values() if "Observatory" in e.name] == [
        ("Goma Volcano Observatory", "organization")
    ]


def test_a_temperature_scale_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Temperatures in Mecca reached 51.8 degrees Celsius (125 Fahrenheit) on Monday.")
    assert "Fahrenheit" not in [e.name for e in names.values()]


def test_a_un_agency_named_with_the_un_before_it_is_the_agency_its_acronym_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Locusts have destroyed crops on 90,000 hectares, the U.N. Food and Agriculture Organization said. "
        "The FAO said swarms could grow 20-fold by June."
    )
    _, names = run(nlp, text)
    agencies = [e for e in names.values() if "Agriculture" in e.name or e.name == "FAO" or "FAO" in e.aliases]
    assert [(e.name, "FAO" in e.aliases) for e in agencies] == [("Food and Agriculture Organization", True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a country's central bank is a body, and "the bank" after it is that bank, not a lender named between
        (
            "Ghana's central bank raised its policy rate to 29% on Monday. The cedi has lost half its value "
            "since the IMF approved a loan. Reserves fell to $5 billion in June, the bank said.",
            "Ghana's central bank",
        ),
        (
            "The Turkish central bank said on Thursday that inflation would peak in May.",
            "Turkish central bank",
        ),
        # a ministry or department by its reach and portfolio, without its country
        (
            "Clinics in the north have treated 2,100 people for cholera, the provincial health department said.",
            "provincial health department",
        ),
    ],
)
def test_a_countrys_central_bank_and_a_department_by_reach_and_portfolio_speak(nlp, text, speaker) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert named_speakers(ex, names)[-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two hikers were airlifted from the ridge on Saturday, the coast guard said.", "coast guard"),
        ("The blaze at the warehouse was brought under control by midnight, the fire brigade said.", "fire brigade"),
        ("The regional ambulance service said 14 people had been taken to hospital.", "regional ambulance service"),
        ("The civil defence said rescuers had pulled nine bodies from the rubble.", "civil defence"),
        # a portfolio's authority
        ("The river rose 2 metres overnight, the national water authority said.", "national water authority"),
        ("Demand for electricity hit a record on Monday, the power ministry said.", "power ministry"),
    ],
)
def test_an_emergency_service_named_by_its_field_speaks(nlp, text, speaker) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == [speaker]


@pytest.mark.parametrize(
    ("text", "bank"),
    [
        ("NAIROBI, Kenya — Inflation eased to 4.4% in March, the central bank said.", "Kenya's central bank"),
        ("LIMA (Reuters) - The central bank held its benchmark rate at 6.5% on Thursday.", "Peru's central bank"),
    ],
)
def test_the_central_bank_of_the_country_a_story_is_filed_from(nlp, text, bank) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert [e.name for e in names.values() if "bank" in e.name] == [bank]


@pytest.mark.parametrize(
    "text",
    [
        # no country: one in every country
        "The central bank said on Thursday that inflation would peak in May.",
        # no central bank
        "The local bank said on Thursday that it would close two branches.",
    ],
)
def test_a_bank_without_its_country_names_no_body(nlp, text) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert not [e.name for e in names.values() if "bank" in e.name.lower()]


def test_public_authority_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Public authority had collapsed in the north, the report said.")
    assert not [e.name for e in names.values() if "authority" in e.name.lower()]


def test_a_unit_symbol_after_its_number_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The utility said demand peaked at 5,200 megawatts, about 600 MW more than it could supply."
    _, names = run(nlp, text)
    assert "MW" not in [e.name for e in names.values()]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the recogniser tags two of three mentions a body
        (
            "QUETTA, Pakistan — Temperatures reached 47 degrees in Quetta on Monday. The morgue in Quetta had "
            "received 40 bodies in four days, its director said.",
            "Quetta",
        ),
        # it leaves the dateline untagged and the later mention a body
        (
            "HYDERABAD, Pakistan — The Edhi Foundation said its morgue in Hyderabad had received 128 bodies.",
            "Hyderabad",
        ),
    ],
)
def test_the_place_opening_a_dateline_is_a_place_throughout(nlp, text, place) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert [e.kind for e in names.values() if e.name == place] == ["place"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the recogniser reads the writer as a place and the city filed from as a person
        (
            "By Marina Costa, BBC News, São Paulo\n\nThe death toll rose to 143, the civil defence agency said.",
            {"Marina Costa": "person", "BBC News": "organization", "São Paulo": "place"},
        ),
        # two writers, one of whom the recogniser leaves untagged
        (
            "By Ana Ruiz and Tom Lee, Reuters\n\nThe death toll rose to 143, the civil defence agency said.",
            {"Ana Ruiz": "person", "Tom Lee": "person", "Reuters": "organization"},
        ),
        # no one named: a stand-in for the writer; and a sentence opening with "By" is no byline
        ("By Staff Reporter\n\nBy contrast, the toll rose to 40, the agency said.", {}),
    ],
)
def test_a_byline_names_its_writers_and_where_it_was_filed(nlp, text, kinds) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert {e.name: e.kind for e in names.values() if e.kind != "organization" or e.name in kinds} == kinds


def test_a_dateline_of_two_places_is_no_part_of_the_statement_and_names_both(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "BEIRUT/CAIRO — At least 600 families have left the camp since Monday, the refugee agency said."
    ex, names = run(nlp, text)
    assert [text[q.start : q.end] for q in ex.quotations] == ["At least 600 families have left the camp since Monday"]
    assert sorted(e.name for e in names.values() if e.kind == "place") == ["Beirut", "Cairo"]


def test_a_shouted_hyphenated_place_keeps_its_small_words_lowercase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "BOULOGNE-SUR-MER, France (AP) — Forty people were rescued from a dinghy, the coast guard said."
    _, names = run(nlp, text)
    assert "Boulogne-sur-Mer" in [e.name for e in names.values() if e.kind == "place"]


def test_a_one_word_name_described_as_the_operator_or_carrier_is_a_body_the_noun_refers_back_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flights were grounded until Monday, Wizz, the budget carrier, said. The carrier said refunds would be offered."
    )
    ex, names = run(nlp, text)
    assert [(e.name, e.kind) for e in names.values()] == [("Wizz", "organization")]
    assert named_speakers(ex, names) == ["Wizz", "Wizz"]


def test_a_person_described_as_an_operator_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Jon Harper, a crane operator, said the yard had been evacuated.")
    assert [(e.name, e.kind) for e in names.values()] == [("Jon Harper", "person")]


def test_a_rank_abbreviation_is_the_persons_title_not_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The brigade's spokesman, Brig. Karim Haddad, said the road had been reopened. Brig. Gen. Lena Ortiz said "
        "two convoys had passed."
    )
    _, names = run(nlp, text)
    # (the office set beside the first name is the role a rank alone gives way to: session 39)
    assert sorted((e.name, e.role) for e in names.values()) == [
        ("Karim Haddad", "Spokesman"),
        ("Lena Ortiz", "Brigadier General"),
    ]


def test_a_bodys_name_the_recogniser_cut_at_its_and_is_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Roads into the valley were cut, the Monsoon Forecasting and Warning Centre said."
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == ["Monsoon Forecasting and Warning Centre"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Save the Children said 40 schools in the district had closed.", "Save the Children"),
        ("The IRC said 3,000 families had crossed the border since Friday.", "International Rescue Committee"),
    ],
)
def test_a_humanitarian_charity_the_recogniser_misses_is_named(nlp, text, speaker) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == [speaker]


def test_a_name_set_beside_a_kind_of_place_is_that_place_in_every_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Rebels surrounded the mining town of Rubaya. Traders in Rubaya said prices had doubled.")
    assert [(e.name, e.kind) for e in names.values()] == [("Rubaya", "place")]


def test_a_time_zone_after_a_clock_time_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The ferry sank at 04:15 local time (21:15 GMT), the coast guard said. Polls close at 7 p.m. EST."
    _, names = run(nlp, text)
    assert not {"GMT", "EST"} & {e.name for e in names.values()}


def test_a_name_someone_is_known_as_is_that_persons_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The rebel commander Emmanuel Ngoy, known as Tornado, rejected the truce on Monday. "
        "Tornado said his fighters would hold the town."
    )
    ex, names = run(nlp, text)
    assert [(e.name, e.kind) for e in names.values()] == [("Emmanuel Ngoy", "person")]
    assert "Tornado" in next(iter(names.values())).aliases
    assert named_speakers(ex, names)[-1:] == ["Emmanuel Ngoy"]


def test_a_one_word_name_after_the_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Exports moved along the Danube after the deal collapsed.")
    assert [(e.name, e.kind) for e in names.values()] == [("Danube", "place")]


def test_a_name_between_a_sentence_opening_in_and_a_comma_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "In Bani Walid, 40 people were killed.")
    assert [(e.name, e.kind) for e in names.values()] == [("Bani Walid", "place")]


def test_a_given_name_left_out_after_the_description_before_it_is_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "The rights group's executive director, Irungu Wachira, said the police had lied.")
    assert [(e.name, e.kind) for e in names.values() if e.kind == "person"] == [("Irungu Wachira", "person")]


def test_a_name_before_township_or_settlement_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Flooding hit Nairobi's Mathare settlement on Sunday.")
    assert ("Mathare", "place") in [(e.name, e.kind) for e in names.values()]


def test_two_countries_taken_for_one_name_are_two_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said the country was seeking to import power from Mozambique and South Africa."
    _, names = run(nlp, text)
    assert sorted((e.name, e.kind) for e in names.values()) == [("Mozambique", "place"), ("South Africa", "place")]


def test_a_body_opening_a_dateline_stays_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "UNITED NATIONS (AP) — The Security Council voted 13-0 on Friday to extend the mission.")
    assert [e.kind for e in names.values() if e.name == "United Nations"] == ["organization"]


def test_a_titled_name_the_recogniser_took_for_a_body_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The water rose by 1.8 metres in three hours.\n\nPresident Kassym-Jomart Tokayev ordered the government "
        "to pay each displaced family 500,000 tenge. His office said he would visit."
    )
    _, names = run(nlp, text)
    assert [(e.name, e.kind, e.role) for e in names.values() if "Tokayev" in e.name] == [
        ("Kassym-Jomart Tokayev", "person", "President")
    ]


def test_a_headline_word_the_article_also_writes_in_lowercase_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dam breach floods villages\n\nA dam on the river gave way early on Tuesday, officials said."
    _, names = run(nlp, text)
    assert "Dam" not in [e.name for e in names.values()]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # a wire service's description of a UN agency is that agency
        (
            "Fewer than half of schools met safety standards, the U.N. children's agency said. UNICEF said it "
            "would fund repairs.",
            "United Nations Children's Fund",
            "U.N. children's agency",
        ),
        (
            "The UN nuclear watchdog said on Monday that its inspectors had left the plant.",
            "International Atomic Energy Agency",
            "UN nuclear watchdog",
        ),
    ],
)
def test_a_un_agency_by_its_wire_description_is_the_agency(nlp, text, name, alias) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert [alias in e.aliases for e in names.values() if e.name == name] == [True]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Boko Haram said in a video that it had carried out the raid on the school.", "Boko Haram"),
        ("Al-Shabab claimed responsibility for the bombing, which killed 12 people.", "al-Shabaab"),
        ("The Houthis said they had targeted a tanker in the Red Sea.", "Houthi movement"),
        ("Islamic State claimed the attack in a statement on its news agency.", "Islamic State"),
    ],
)
def test_an_armed_group_the_recogniser_took_for_a_person_is_a_body(nlp, text, name) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert [(names[q.speaker_key].name, names[q.speaker_key].kind) for q in ex.quotations] == [(name, "organization")]


def test_a_kind_of_body_refers_back_to_a_name_holding_its_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A Sky Lanka Airlines plane crashed on landing on Sunday. The aircraft had 52 passengers on board, "
        "the airline said."
    )
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == ["Sky Lanka Airlines"]


def test_the_region_of_a_dateline_is_a_place_and_its_shouted_town_is_written_as_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "HAY RIVER, Northwest Territories — A wildfire forced the evacuation of the town, officials said."
    _, names = run(nlp, text)
    assert {(e.name, e.kind) for e in names.values()} >= {("Northwest Territories", "place"), ("Hay River", "place")}
    text = "LIMA, Peru (AP) — Talks stalled on Thursday, mediators said."
    _, names = run(nlp, text)
    assert "Lima" in [e.name for e in names.values() if e.kind == "place"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an agency named by its field, with its reach or not
        (
            "Floods have killed 21 people and left 14 missing, the disaster management agency said on Sunday.",
            "disaster management agency",
        ),
        (
            "Winds reached 150 km/h on Saturday, according to the national weather agency.",
            "national weather agency",
        ),
        # its name in apposition is the actor
        ("The forestry agency, Conaf, said 8,000 hectares had burned.", "Conaf"),
        ("Inflation hit 33.2% in March, the statistics office said.", "statistics office"),
        (
            "Nigeria's oil output fell, according to a report by the country's audit bureau.",
            "Nigeria's audit bureau",
        ),
    ],
)
def test_an_agency_named_by_its_field_speaks(nlp, text, speaker) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == [speaker]


def test_a_name_with_a_kind_of_place_beside_it_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "In Hai Phong, a port city of 2 million people, roofs were torn from buildings.")
    assert [e.kind for e in names.values() if e.name == "Hai Phong"] == ["place"]
    _, names = run(nlp, "Supplies would be flown in from the provincial capital, Wabag, about 60 kilometres away.")
    assert [e.kind for e in names.values() if e.name == "Wabag"] == ["place"]


def test_public_office_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "She has never held public office and left the public service in 2019.")
    assert not [e.name for e in names.values() if e.kind == "organization"]


def test_a_bridge_or_dam_is_a_place_and_a_titles_portfolio_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A cargo ship struck the Francis Scott Key Bridge early Tuesday. Transportation Secretary Pete "
        "Buttigieg said rebuilding would take years."
    )
    _, names = run(nlp, text)
    kinds = {e.name: e.kind for e in names.values()}
    assert kinds.get("Francis Scott Key Bridge") == "place"
    assert "Transportation" not in kinds
    # a portfolio word before a spokesman, not a name, is the body speaking
    ex, names = run(nlp, "The sanctions took effect on Friday, a Treasury spokesman said.")
    assert named_speakers(ex, names) == ["Treasury"]


def test_people_of_a_country_are_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Climate Minister Ana Ruiz said the floods had affected 33 million people, about one in seven Pakistanis, "
        "and that damage could exceed $10 billion."
    )
    _, names = run(nlp, text)
    assert "Pakistanis" not in [e.name for e in names.values() if e.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a description after a body's name is no body of its own
        (
            '"There is no safe place," said Ana Ruiz, a spokeswoman for UNRWA, the U.N. agency for Palestinian '
            "refugees.",
            "U.N. agency",
            None,
        ),
        # a form of address is no body
        (
            "NHS England said more than 1.2 million appointments had been rescheduled. Its medical director, Prof "
            "Sir Stephen Powis, said the latest action comes at a time of huge pressure.",
            "Prof",
            None,
        ),
        # a foundation named after a person is a body
        (
            "The Donald J. Trump Foundation gave $10,000 to the group, records show.",
            "Donald J. Trump Foundation",
            "organization",
        ),
        # the town of a name
        ("Two died in the nearby town of Coyuca de Benítez, she said.", "Coyuca de Benítez", "place"),
    ],
)
def test_descriptions_forms_of_address_societies_and_towns(nlp, text, name, kind) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert [e.kind for e in names.values() if e.name == name] == ([kind] if kind else [])


def test_a_bodys_acronym_the_recogniser_left_untagged_names_its_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The International Organization for Migration (IOM) said 61 migrants drowned. More than 2,200 migrants "
        "died or went missing at sea last year, according to IOM figures."
    )
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == ["International Organization for Migration"] * 2


def test_a_dateline_in_accented_capitals_is_a_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "VIÑA DEL MAR, Chile (AP) — Wildfires have killed at least 112 people, officials said. Crews in Viña del "
        "Mar worked through the night."
    )
    ex, names = run(nlp, text)
    assert [text[q.start : q.end] for q in ex.quotations] == ["Wildfires have killed at least 112 people"]
    assert [e.kind for e in names.values() if e.name == "Viña del Mar"] == ["place"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # how the office is held is part of the title, not a body the recogniser saw
        ("Caretaker Finance Minister Ana Ruiz said the budget would be cut.", "Ana Ruiz", "Caretaker Finance Minister"),
        # a portfolio of two capitalised words joined by "and"
        (
            "Water and Sanitation Minister Lena Dahl said the pipes would be fixed.",
            "Lena Dahl",
            "Water and Sanitation Minister",
        ),
        # the field of a title written in lowercase before it
        ("Kenya's police chief Omar Haddad said the roads would be cleared.", "Omar Haddad", "Police Chief of Kenya"),
        # but "and" between a name and a title joins two people
        ("Marco Lind and Sen. Bo Halvorsen said the grid had failed.", "Bo Halvorsen", "Senator"),
    ],
)
def test_role_written_before_a_name_keeps_its_qualifier_portfolio_and_field(nlp, text, name, role) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert {e.name: e.role for e in names.values() if e.kind == "person"}[name] == role
    assert not [e.name for e in names.values() if e.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name the recogniser took for a person, as the modifier of a plant or other site
        ("The Zaporizhzhia nuclear power plant lost power, the agency said.", "Zaporizhzhia", "place"),
        # the far end of a route whose near end is a place
        ("Freight rates from Singapore to Rotterdam rose 8% in a week, the index showed.", "Rotterdam", "place"),
        # a name set beside "a hotline" is a body's
        (
            "Alarm Phone, a hotline for migrants in distress at sea, said it had alerted the coast guard.",
            "Alarm Phone",
            "organization",
        ),
    ],
)
def test_a_name_the_recogniser_took_for_a_person_is_what_its_context_makes_it(nlp, text, name, kind) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert {e.name: e.kind for e in names.values()}[name] == kind


def test_a_un_body_named_with_of_the_united_nations_is_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Locust swarms could grow 400 times larger by June, the Food and Agriculture Organization of the United "
        "Nations warned on Monday. The FAO said it needed $76 million."
    )
    ex, names = run(nlp, text)
    speakers = {names[q.speaker_key].name for q in ex.quotations if q.speaker_key}
    assert speakers == {"Food and Agriculture Organization"}


def test_an_acronym_of_some_words_of_a_name_defined_in_parentheses_is_its_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Famine is occurring in the city, the Integrated Food Security Phase Classification (IPC) said on Friday. "
        "The IPC said it would spread."
    )
    ex, names = run(nlp, text)
    assert {names[q.speaker_key].name for q in ex.quotations if q.speaker_key} == {
        "Integrated Food Security Phase Classification"
    }


def test_a_body_named_for_two_fields_joined_by_and_is_one_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hendra Gunawan, head of the Center for Volcanology and Geological Hazard Mitigation, said the risk was high."
    )
    _, names = run(nlp, text)
    assert [e.name for e in names.values() if e.kind == "organization"] == [
        "Center for Volcanology and Geological Hazard Mitigation"
    ]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a known body's acronym that the tagger took for the pronoun "who"
        (
            "WHO spokesperson Anna Lind told a briefing in Geneva that 12 hospitals were shut.",
            "Anna Lind",
            "WHO Spokesperson",
        ),
        ("Sheriff Quentin Harlow said deputies had carried out 300 checks.", "Quentin Harlow", "Sheriff"),
        # the noun a title modifier makes a title
        ("“Our engineers are working,” chief executive Maxim Orlov said.", "Maxim Orlov", "Chief Executive"),
    ],
)
def test_role_written_before_a_name_in_lowercase_or_under_an_acronym(nlp, text, name, role) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, text)
    assert {e.name: e.role for e in names.values() if e.kind == "person"}[name] == role


def test_an_airport_named_after_a_person_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    _, names = run(nlp, "Sam Ratulangi International Airport in Manado was closed, airport officials said.")
    assert not [e.name for e in names.values() if e.kind == "person"]


def test_a_website_named_as_a_source_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Power remained out for about 1.6 million customers across the region, according to PowerOutage.us."
    ex, names = run(nlp, text)
    assert [(names[q.speaker_key].name, names[q.speaker_key].kind) for q in ex.quotations if q.speaker_key] == [
        ("PowerOutage.us", "organization")
    ]


def test_a_name_the_recogniser_missed_with_a_title_set_off_after_it_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In an interview with Reuters, Ana Ruiz, the head of the Caribbean Disaster Emergency Management Agency, "
        "discussed the region's readiness. Ruiz said the agency would ask donors for $45 million."
    )
    ex, names = run(nlp, text)
    people = {e.name: e for e in names.values() if e.kind == "person" and not e.is_role_reference}
    assert list(people) == ["Ana Ruiz"]
    assert people["Ana Ruiz"].role == "Head of the Caribbean Disaster Emergency Management Agency"
    assert [names[q.speaker_key].name for q in ex.quotations if q.speaker_key] == ["Ana Ruiz"]


def test_an_amount_the_recogniser_took_for_a_name_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan raised the price of petrol by Rs14.91 per litre to Rs305.36 on Friday, the finance ministry said."
    _, names = run(nlp, text)
    assert not [e.name for e in names.values() if any(ch.isdigit() for ch in e.name)]


def test_names_after_the_plural_of_a_kind_of_place_are_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Most of the deaths were in the northern states of Nuevo Leon and Tamaulipas, according to the ministry."
    _, names = run(nlp, text)
    assert {e.name: e.kind for e in names.values() if e.name in {"Nuevo Leon", "Tamaulipas"}} == {
        "Nuevo Leon": "place",
        "Tamaulipas": "place",
    }


def test_a_hyphened_title_the_parser_split_keeps_its_prefix(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The European Commission's vice-president, Margaritis Schinas, wrote that Europe would not be intimidated."
    _, names = run(nlp, text)
    assert {e.name: e.role for e in names.values() if e.kind == "person"} == {"Margaritis Schinas": "Vice-president"}


def test_a_name_taken_for_a_body_that_he_or_she_takes_up_as_the_next_source_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Vasyl Horbenko said in a Telegram post that the plant had been seriously damaged. "
        "Two workers were wounded, he said."
    )
    ex, names = run(nlp, text)
    assert {e.name: e.kind for e in names.values()} == {"Vasyl Horbenko": "person"}
    assert [names[q.speaker_key].name for q in ex.quotations if q.speaker_key] == ["Vasyl Horbenko", "Vasyl Horbenko"]
    # a body's name with "the" before it stays a body
    _, names = run(nlp, "The Wagner Group said the plant had been damaged. It said two workers were wounded.")
    assert "person" not in [e.kind for e in names.values() if "Wagner" in e.name]


def test_a_name_before_route_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The market had priced in some disruption, but not the loss of the Danube route,” he said."
    _, names = run(nlp, text)
    assert "person" not in [e.kind for e in names.values() if e.name == "Danube"]


def test_rights_groups_the_recogniser_misses_are_named_bodies(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the gazetteer's rights groups: the model tags none of these three names here)
    text = (
        "Human Rights Watch accused Ugandan soldiers of abuses near the border. Amnesty said the trial was "
        "unfair. Oxfam warned that 3 million people faced hunger."
    )
    ex, _ = run(nlp, text)
    bodies = {(e.name, e.kind) for e in ex.entities}
    assert {
        ("Human Rights Watch", "organization"),
        ("Amnesty International", "organization"),
        ("Oxfam", "organization"),
    } <= bodies


def test_the_charge_after_an_accused_group_is_not_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, _ = run(nlp, "Human Rights Watch accused Chadian security forces of abuses, including beatings.")
    assert "Chadian security forces" in {e.name for e in ex.entities}
    assert not any("abuses" in e.name for e in ex.entities)


def test_a_continental_health_agency_is_its_own_body(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, "The Africa CDC said on Tuesday that it needed about 10 million doses.")
    assert [names[q.speaker_key].name for q in ex.quotations] == [
        "Africa Centres for Disease Control and Prevention"  # (it had been "CDC")
    ]


def test_a_bodys_name_with_and_in_it_is_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the recogniser stops the name at "and"; the rest had been a person "Warning Centre")
    text = "The river rose further, according to the Flood Forecasting and Warning Centre."
    ex, names = run(nlp, text)
    assert [names[q.speaker_key].name for q in ex.quotations] == ["Flood Forecasting and Warning Centre"]
    assert not [e for e in ex.entities if e.kind == "person"]


def test_a_ministry_every_country_has_is_named_with_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Moldova's Defense Ministry said the drone fell in a field. Romania's Defense Ministry said it had "
        "tracked the drone. The Defense Ministry in Chisinau later said no one was hurt."
    )
    ex, names = run(nlp, text)
    speakers = speakers_in_order(ex, names)
    # (both had been one "Defense Ministry"; the third mention may be either, so it is neither)
    assert speakers[:2] == ["Moldova's Defense Ministry", "Romania's Defense Ministry"]
    ex, names = run(
        nlp, "Moldova's Defense Ministry said the drone fell. The Defense Ministry later said no one was hurt."
    )
    assert [names[q.speaker_key].name for q in ex.quotations] == ["Moldova's Defense Ministry"] * 2


def test_a_one_word_name_after_the_kind_of_body_it_is_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine's state grid operator, Ukrenergo, said it had imported power. Cuts will go on, the company said."
    ex, names = run(nlp, text)
    assert {e.name: e.kind for e in ex.entities}["Ukrenergo"] == "organization"  # (it had been a person)
    assert [names[q.speaker_key].name for q in ex.quotations] == ["Ukrenergo", "Ukrenergo"]


def test_a_bodys_name_with_a_plural_owner_in_it_is_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Doctors have postponed surgeries, the Government Medical Officers' Association said on Wednesday."
    ex, names = run(nlp, text)
    assert [(names[q.speaker_key].name, names[q.speaker_key].kind) for q in ex.quotations] == [
        ("Government Medical Officers' Association", "organization")  # (it had been a person "Association")
    ]


def test_a_un_agency_described_with_united_nations_written_out_is_the_agency(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, "More than 1,500 refugees have landed since May, the United Nations refugee agency said.")
    assert [names[q.speaker_key].name for q in ex.quotations] == [
        "United Nations High Commissioner for Refugees"  # (it had been a body of its own)
    ]


def test_a_common_noun_opening_a_sentence_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Exit polls from the northern provinces showed that 61 percent of voters backed the governor."
    ex, _ = run(nlp, text)
    assert "Exit" not in {e.name for e in ex.entities}  # (the recogniser's "Exit" had been the poll's author)
    assert [c.claimant_key for c in ex.claims] == [None]


def test_britons_are_people_of_the_united_kingdom(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Three Britons were among the injured, the foreign ministry said."
    ex, _ = run(nlp, text)
    assert not [e for e in ex.entities if e.kind == "organization" and "Briton" in e.name]  # (was a body)


def test_a_bodys_name_the_recogniser_ends_at_of_takes_the_place_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Turnout was 54.6%, the Electoral Commission of Zambia said."
    ex, _ = run(nlp, text)
    assert "Electoral Commission of Zambia" in {e.name for e in ex.entities}  # (it had been "… Commission of")


def test_a_rank_the_recogniser_takes_for_a_name_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Coast guard spokesman Rear Adm. Armando Balilo said 94 passengers had been rescued."
    ex, _ = run(nlp, text)
    assert "Rear Adm." not in {e.name for e in ex.entities}  # (it had been an actor of its own)
    assert "Armando Balilo" in {e.name for e in ex.entities}


def test_a_plural_of_man_opening_a_sentence_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the recogniser tags "Gunmen" a place after the dateline)
    text = (
        "JUBA, South Sudan — Gunmen ambushed a convoy of 12 trucks carrying food aid in Jonglei state on Sunday, "
        "killing two drivers, the World Food Programme said."
    )
    ex, _ = run(nlp, text)
    assert "Gunmen" not in {e.name for e in ex.entities}


def test_a_utility_named_as_its_sentence_opens_is_the_utility(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Utility Pacific Grid said it had cut power to 48,000 customers as a precaution."
    ex, names = run(nlp, text)
    assert [names[q.speaker_key].name for q in ex.quotations] == ["Pacific Grid"]  # (was "Utility Pacific Grid")


def test_a_body_named_after_its_possessor_pronoun_has_no_pronoun_in_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The doses, donated by the European Union through its HERA health emergency agency, arrived on Thursday."
    names = {e.name for e in run(nlp, text)[0].entities}
    assert "HERA health emergency agency" in names and not any(n.startswith("its ") for n in names)


def test_a_name_the_recogniser_joins_to_a_ministers_portfolio_is_the_minister(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "State Minister for Disaster Management Enamur Rahman said 650 shelters had been opened."
    ex, names = run(nlp, text)
    assert [names[q.speaker_key].name for q in ex.quotations] == ["Enamur Rahman"]  # (it had been "State Minister")
    assert "Disaster Management Enamur Rahman" not in {e.name for e in ex.entities}


def test_the_rest_of_a_portfolio_after_a_title_word_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Minister for Foreign Affairs Penny Wong said talks would resume."
    ex, names = run(nlp, text)
    assert [names[q.speaker_key].name for q in ex.quotations] == ["Penny Wong"]  # (it had been "Affairs", a person)


def test_a_name_a_person_gives_is_a_persons_and_she_is_the_next_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the recogniser tags "Amira" a body, and "she" went to the woman quoted before)
    text = (
        '"The camps are full," said Ana Ruiz, the agency\'s representative. A 34-year-old teacher who gave her name '
        'only as Amira said gunmen had stopped the truck she was traveling in. "We never saw them again," she said.'
    )
    ex, names = run(nlp, text)
    assert {e.name: e.kind for e in ex.entities}["Amira"] == "person"
    assert speakers_in_order(ex, names) == ["Ana Ruiz", "Amira", "Amira"]


def test_a_subject_described_by_which_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LUSAKA, Zambia — Zambia's state power company said on Monday it would extend daily power cuts to 21 hours. "
        "Zesco, which generates most of the country's electricity from hydropower, said output had fallen."
    )
    kinds = {e.name: e.kind for e in run(nlp, text)[0].entities}
    assert kinds["Zesco"] == "organization"  # (the recogniser tags it a person)


def test_a_which_clause_on_a_name_inside_a_phrase_leaves_the_name_as_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The senator has opened up a 15-point lead over Hillary Mendez, which could grow after the debate."
    assert {e.name: e.kind for e in run(nlp, text)[0].entities}["Hillary Mendez"] == "person"


def test_a_two_word_name_opening_a_sentence_takes_the_title_set_off_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # (a name the recogniser leaves untagged)
    text = "Dmytro Lubinets, Ukraine's human rights ombudsman, said many of those freed had lost weight."
    ex, _ = run(nlp, text)
    person = next(e for e in ex.entities if e.name == "Dmytro Lubinets")
    assert person.role == "Ukraine's human rights ombudsman" and person.role_affiliation == "Ukraine"


def test_managing_director_is_one_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Volta Power managing director Kwame Asante said the plant would close."
    person = next(e for e in run(nlp, text)[0].entities if e.name == "Kwame Asante")
    assert person.role == "Managing Director of Volta Power"  # (it had been "Director", the body left out)


def test_a_countrys_body_named_from_a_plural_name_takes_the_apostrophe_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The UAE's Foreign Ministry said it was the eighth exchange it had mediated."
    names = {e.name for e in run(nlp, text)[0].entities}
    assert "United Arab Emirates' Foreign Ministry" in names  # (it had been "United Arab Emirates's …")


def test_a_name_set_off_after_a_railroad_is_the_railroads(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The railroad, Great Lakes Southern, said in a statement that it was working with first responders."
    kinds = {e.name: e.kind for e in run(nlp, text)[0].entities}
    assert kinds["Great Lakes Southern"] == "organization"  # (it had been a place)


def test_a_title_before_a_name_settles_it_a_person_in_every_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the recogniser tags "DJ Beverly Stone" a place; "Stone said" had become a body of its own)
    text = (
        'Women gathered to celebrate a mentoring organization founded by DJ Beverly Stone. "Thank you Beverly Stone '
        'for making sure the world knows," the senator said. The senator then introduced Founder Beverly Stone '
        'onstage. "I started it because I love us," Stone said.'
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == [None, "Beverly Stone"]
    assert {e.name: e.kind for e in ex.entities}["Beverly Stone"] == "person"


def test_a_title_word_opening_a_tagged_name_is_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Food inflation fell to 26.4 per cent, Government Statistician Samuel Kobina Annim told a news conference."
    person = next(e for e in run(nlp, text)[0].entities if e.kind == "person")
    assert (person.name, person.role) == ("Samuel Kobina Annim", "Government Statistician")


def test_a_minister_whose_name_the_recogniser_joins_to_the_portfolio_keeps_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Minister of Transport Marc Ekila said new rules limiting passenger numbers would be enforced."
    person = next(e for e in run(nlp, text)[0].entities if e.name == "Marc Ekila")
    assert person.role == "Minister of Transport"  # (it had none)


@pytest.mark.parametrize("rank", ["Colonel-Major", "Major"])
def test_a_rank_before_a_name_is_no_part_of_it(nlp, rank: str) -> None:  # type: ignore[no-untyped-def]
    text = f'{rank} Amadou Diallo said the president had been relieved of his duties. "We acted," Diallo said.'
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Amadou Diallo", "Amadou Diallo"]  # (one body "Diallo", or "Major …")


def test_a_headline_rank_word_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Fires Back After Getting Hit By Major Legal Action\n\nThe senator said the suit was baseless."
    assert "Legal Action" not in {e.name for e in run(nlp, text)[0].entities}


def test_names_listed_after_a_place_with_other_places_are_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The department issued a red alert for Delhi, Haryana, Punjab and western Uttar Pradesh until Sunday."
    kinds = {e.name: e.kind for e in run(nlp, text)[0].entities}
    assert (kinds["Haryana"], kinds["Uttar Pradesh"]) == ("place", "place")  # (a person and a body)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The avalanche struck near the 5,416-meter Thorong La pass on the Annapurna circuit, officials said.",
         "Thorong La"),
        ("In the capital, the temperature at the Safdarjung observatory reached 46.8C on Wednesday.", "Safdarjung"),
    ],
)  # fmt: skip
def test_a_name_before_pass_or_observatory_is_a_place(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.name: e.kind for e in run(nlp, text)[0].entities}[name] == "place"  # (each had been a person)


def test_a_title_and_name_tagged_as_one_body_are_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'National Cyber Security Coordinator Darren Goldie said that the incident was "nationally significant."'
    kinds = {e.name: e.kind for e in run(nlp, text)[0].entities}
    assert kinds == {"Darren Goldie": "person"}  # (the whole had been a body)


def test_an_acts_name_with_a_portfolio_word_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The detainees could not be moved under the National Defense Authorization Act, officials said."
    assert "Authorization Act" not in {e.name for e in run(nlp, text)[0].entities}


def test_a_name_set_off_after_a_spokesmans_body_is_the_spokesman(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister said the cause was under investigation, but a spokesman for the country's crisis management "
        "organization, Hossein Zafari, said chemicals had been poorly handled."
    )
    assert {e.name: e.kind for e in run(nlp, text)[0].entities}["Hossein Zafari"] == "person"  # (it had been a body)


def test_a_name_set_off_after_a_named_spokeswomans_body_is_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"They are leaving the business," said Laurie Guzzinati, a spokeswoman for Nabisco\'s parent company, '
        "Mondelez International."
    )
    assert {e.name: e.kind for e in run(nlp, text)[0].entities}.get("Mondelez International") != "person"


def test_a_name_right_before_port_after_a_preposition_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The blast at Shahid Rajaee port near the city of Bandar Abbas shattered windows."
    assert {e.name: e.kind for e in run(nlp, text)[0].entities}["Shahid Rajaee"] == "place"  # (it had been a person)


def test_a_bodys_name_tagged_with_the_city_it_is_in_ends_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"There is not enough currency," said Dimantha Mathew, head of research at First Capital Holdings in Colombo.'
    )
    names = {e.name for e in run(nlp, text)[0].entities}
    assert "First Capital Holdings" in names and "First Capital Holdings in Colombo" not in names


def test_a_code_of_letters_and_digits_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Scientists say the virus, known as H5N1, has not shown the ability to spread easily between people."
    assert "H5N1" not in {e.name for e in run(nlp, text)[0].entities}  # (it had been a person)


def test_a_number_the_recogniser_runs_into_a_name_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A Republican poll had Ted Cruz 42-40 over Rubio in the state."
    assert "Ted Cruz" in {e.name for e in run(nlp, text)[0].entities}  # (it had been "Ted Cruz 42-40")


def test_a_countrys_regulator_speaks_as_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Diesel has seeped into 31 wells, Chile's water regulator said on Monday."
    ex, names = run(nlp, text)
    assert named_speakers(ex, names) == ["Chile's water regulator"]  # (it had no speaker)
    assert [names[c.claimant_key].name for c in ex.claims if c.claimant_key] == ["Chile's water regulator"]


def test_a_source_after_a_lead_of_two_joined_verbs_is_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser joins the cue to the lead's first verb, the "and" before the second verb seeming the cue's own
    text = (
        "A diesel leak from a barge moored at a depot near Valdivia has reached two wetlands and fouled 19 "
        "beaches, Chile's environmental regulator said Tuesday, as crews raced to contain the slick."
    )
    ex, names = run(nlp, text)
    assert [(text[q.start : q.end][:24], names[q.speaker_key].name) for q in ex.quotations if q.speaker_key] == [
        ("A diesel leak from a bar", "Chile's environmental regulator")
    ]


def test_a_lowercase_ministry_before_a_spokesman_stays_in_the_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Iran's foreign ministry spokesman Reza Karimi called the measures unjustified."
    person = next(e for e in run(nlp, text)[0].entities if e.name == "Reza Karimi")
    assert person.role == "Foreign Ministry Spokesman of Iran"  # (it had been "Foreign Spokesman of Iran")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Army spokesman Major General Samuel Okon said the hostages were safe.", "Samuel Okon", "Spokesman of Army"),
        ("Navy spokesman Rear Admiral Tunde Bello said two ships were sent.", "Tunde Bello", "Spokesman of Navy"),
        # a "General" no rank word opens is the title's own
        ("UN Secretary General Amina Diallo said the talks would resume.", "Amina Diallo", "UN Secretary General"),
    ],
)
def test_a_rank_after_an_office_is_no_part_of_the_role(nlp, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    person = next(e for e in run(nlp, text)[0].entities if e.name == name)
    assert person.role == role


def test_a_name_before_a_lowercase_state_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Uttar Pradesh state said six volunteers had been arrested."
    kinds = {e.name: e.kind for e in run(nlp, text)[0].entities}
    assert kinds.get("Uttar Pradesh") == "place"  # (the recogniser tags it a body)


def test_a_junior_ministers_title_names_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Our aim is zero casualties, State Minister for Disaster Management Enamur Rahman told reporters."
    entities = run(nlp, text)[0].entities
    assert {e.name for e in entities if e.kind != "person"} == set()  # ("State", "Disaster Management" had been)
    person = next(e for e in entities if e.name == "Enamur Rahman")
    assert person.role == "State Minister for Disaster Management"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # the compared figure's subject, copied with its unit: what is measured is the diesel
        (
            "It estimated that 4,000 barrels of diesel had leaked, far more than the 0.5 barrels the operator "
            "first reported.",
            {"4,000 barrels": "diesel", "0.5 barrels": "diesel"},
        ),
        (
            "In 2020, 61 percent of the electorate was over 40, 70 percent white and 12 percent black.",
            {"61 percent": "electorate", "70 percent": "electorate", "12 percent": "electorate"},
        ),
    ],
)
def test_a_subject_is_never_the_figures_own_unit_before_of(nlp, text: str, subjects: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    ex, _ = run(nlp, text)
    assert {text[c.start : c.end]: c.subject for c in ex.claims} == subjects


def test_a_figure_a_source_owns_is_the_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The district's own count is far higher than the Red Crescent's figure of 312 dead."
    ex, names = run(nlp, text)
    assert [(text[c.start : c.end], names[c.claimant_key].name) for c in ex.claims if c.claimant_key] == [
        ("312", "Red Crescent")
    ]  # (it had no claimant)


@pytest.mark.parametrize(
    ("text", "reported", "speaker"),
    [
        # the parser lists the sources with the clause's last nouns
        (
            "Floods destroyed 400 homes and two schools, residents and a police officer said.",
            "Floods destroyed 400 homes and two schools",
            None,  # (a group of people and an officer: no one actor)
        ),
        (
            "The storm destroyed 300 homes, two bridges, Governor Ana Ruiz and the civil defence agency said.",
            "The storm destroyed 300 homes, two bridges",
            "Ana Ruiz",
        ),
    ],
)
def test_sources_listed_with_the_reported_clause_are_not_part_of_it(nlp, text: str, reported: str, speaker) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert [(text[q.start : q.end], names[q.speaker_key].name if q.speaker_key else None) for q in ex.quotations] == [
        (reported, speaker)
    ]


def test_no_name_ends_on_a_preposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The attackers arrived in the village of Tintidi in Sanmatenga province and opened fire at a market."
    names = {e.name for e in run(nlp, text)[0].entities}
    assert "Tintidi" in names and not any(name.endswith(" in") for name in names)  # (tagged "Tintidi in")


def test_a_body_with_a_name_particle_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = {e.name: e.kind for e in run(nlp, "The insurgents are linked to al Qaeda, the army said.")[0].entities}
    assert kinds.get("al-Qaeda") == "organization"  # (the lowercase "al" had made it a person)


def test_a_headlines_first_word_written_lowercase_below_is_no_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dam failure floods towns in eastern Libya\n\nTwo dams burst during a storm on Sunday, officials said."
    assert "Dam" not in {e.name for e in run(nlp, text)[0].entities}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Power and Energy Minister Nimal Silva said a cargo was due.", "Nimal Silva", "Power and Energy Minister"),
        (
            "The reserves fell to $20 million, central bank governor Amara Kone said.",
            "Amara Kone",
            "Central Bank Governor",
        ),
    ],
)
def test_the_whole_field_of_a_title_before_a_name_is_in_the_role(nlp, text: str, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    person = next(e for e in run(nlp, text)[0].entities if e.name == name)
    assert (person.role, person.role_affiliation) == (role, None)  # (had been "Minister of Gas", "Bank Governor")


def test_the_country_an_envoy_is_posted_to_is_not_whose_envoy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Karim Haddad, the charity's envoy in Somalia, said the camps were full."
    person = next(e for e in run(nlp, text)[0].entities if e.name == "Karim Haddad")
    assert person.role_affiliation is None  # (it had been Somalia)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the recogniser tags the description with the name
        ("Inflation climbed to 211.4% in December, the national statistics institute INDEC said Thursday.", "INDEC"),
        # the parser makes the description a subject of its own
        ("The state weather agency PAGASA warned of storm surges.", "PAGASA"),
    ],
)
def test_a_body_named_right_after_its_description_is_one_body_by_its_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.name for e in run(nlp, text)[0].entities if e.kind == "organization"] == [name]


def test_a_name_closing_its_sentence_on_a_months_abbreviation_has_no_full_stop(nlp) -> None:  # type: ignore[no-untyped-def]
    # the tokenizer keeps the sentence's stop on "Mar.", read as March's abbreviation
    text = "Rescuers reached the hills above the coastal city of Viña del Mar. Fires burned for days."
    names = {e.name for e in run(nlp, text)[0].entities}
    assert "Viña del Mar" in names and "Viña del Mar." not in names


def test_a_portfolio_ministry_the_recogniser_tags_is_the_dateline_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KATHMANDU (AFP) - Floods have killed 170 people, officials said.\n\n"
        "Home ministry spokesman Rishi Ram Tiwari said 42 people were missing."
    )
    names = {e.name for e in run(nlp, text)[0].entities if e.kind == "organization"}
    assert "Nepal's Home ministry" in names and "Home ministry" not in names  # (one for every country before)


def test_a_word_joined_by_and_to_a_place_where_something_is_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # the recogniser tags "Elazig" a person; it is the second place the hospitals are in, and no one "she" is
    text = "MALATYA, Turkey (Reuters) - A quake struck.\n\nHospitals in Malatya and Elazig had set up tents, she said."
    ex, names = run(nlp, text)
    assert {e.name: e.kind for e in ex.entities}.get("Elazig") == "place"
    assert speakers_in_order(ex, names) == [None]


def test_a_two_word_dateline_after_a_headline_is_one_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser had ended a sentence inside "PORT HARCOURT" and the recogniser tagged "HARCOURT" a body
    text = (
        "Election violence leaves 23 dead in Rivers state, police say\n\n"
        "PORT HARCOURT, Nigeria, March 19 - At least 23 people were killed, police said."
    )
    ex, _ = run(nlp, text)
    kinds = {e.name: e.kind for e in ex.entities}
    assert kinds.get("Port Harcourt") == "place"
    assert "HARCOURT" not in kinds


def test_a_short_name_written_as_a_word_from_syllables_of_the_name_is_its_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The quake struck at a depth of 10 km, the Ardenian Institute of Volcanology and Seismology (Arvolcs) said. "
        "The country has 20 earthquakes a day, according to Arvolcs."
    )
    ex, names = run(nlp, text)
    assert {names[q.speaker_key].name for q in ex.quotations} == {"Ardenian Institute of Volcanology and Seismology"}


def test_a_name_running_into_digits_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, _ = run(nlp, '"We saw this with COVID-19," Ana Ruiz said.')
    assert [e.name for e in ex.entities if e.kind == "person"] == ["Ana Ruiz"]


def test_he_after_a_title_and_name_whose_verb_the_model_read_as_an_adjective_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # The model reads "blamed" as an adjective on "smugglers" and leaves the sentence verbless (the title its root):
    # the "he" after it went to the spokesman named in the sentence before.
    text = (
        "Survivors told rescuers there had been as many as 400 people on board, said coast guard spokesman "
        'Nikos Alexiou. "We fear the death toll will be much higher," he said.\n\n'
        "Greece's migration minister, Dimitris Kairidis, blamed smugglers. "
        '"These criminals put hundreds of people on a boat built for 50," he told state broadcaster ERT.'
    )
    assert quotes_of(nlp, text) == [
        ("We fear the death toll will be much higher", "Nikos Alexiou", "direct"),
        ("These criminals put hundreds of people on a boat built for 50", "Dimitris Kairidis", "direct"),
    ]


def test_a_persons_name_the_recogniser_tagged_with_the_place_before_it_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # The recogniser tags "Kharkiv, Ihor Terekhov" as one body: the mayor had no name and "he" no person.
    text = (
        "The mayor of Kharkiv, Ihor Terekhov, said crews were working around the clock. "
        "He urged residents to use the city's heated tents."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Ihor Terekhov", "Ihor Terekhov"]
    assert names[ex.quotations[0].speaker_key].role == "Mayor of Kharkiv"
    # a body's name with commas in it stays whole
    ex, names = run(nlp, "The law firm Skadden, Arps, Slate, Meagher & Flom said it would appeal the ruling.")
    assert speakers_in_order(ex, names) == ["Skadden, Arps, Slate, Meagher & Flom"]


def test_a_place_or_body_named_with_the_particles_of_a_persons_name_keeps_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    # "de la" made every name with it a person: the estuary and the hospital had been people.
    text = (
        "The utility mixes salty water from the Rio de la Plata estuary into supplies, said Laura Nogueira, "
        "a nephrologist at the Hospital de Clínicas. Pedro de la Cruz and Charles de Gaulle met at the "
        "Place de la Concorde."
    )
    ex, _ = run(nlp, text)
    kinds = {e.name: e.kind for e in ex.entities}
    assert kinds["Rio de la Plata"] == "place" and kinds["Place de la Concorde"] == "place"
    assert kinds["Hospital de Clínicas"] == "organization"
    assert kinds["Pedro de la Cruz"] == kinds["Charles de Gaulle"] == kinds["Laura Nogueira"] == "person"


def test_speakers_at_a_body_the_model_read_as_a_compound_of_the_verb_are_that_bodys(nlp) -> None:  # type: ignore[no-untyped-def]
    # The model reads "Nedbank estimate" as a noun, "at" left with no object: the estimate had had no speaker.
    text = (
        "The Minerals Council, which represents mining companies, said each stage of power cuts cost the "
        "country about 200 million rand a day. Economists at Nedbank estimate that load-shedding will shave "
        "1.5 percentage points off growth this year."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Minerals Council", "Nedbank"]


def test_a_person_described_by_their_work_at_a_body_has_that_as_role(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X, a forecaster at the provincial weather bureau," had no role: a reader saw a bare name speaking.
    text = (
        '"This is the strongest typhoon this year," said Chen Qiang, a forecaster at the provincial weather '
        'bureau. "We fear the worst," said Hamza Ali, now a volunteer with the Red Crescent. "Prices will rise," '
        "said Mark Jones, an expert on Syria at the Centre for Strategic Studies and one of the report's authors."
    )
    _, names = run(nlp, text)
    people = {e.name: e for e in names.values() if e.kind == "person"}
    assert people["Chen Qiang"].role == "Forecaster at the provincial weather bureau"
    assert people["Hamza Ali"].role == "Volunteer with the Red Crescent"
    assert people["Mark Jones"].role == "Expert on Syria at the Centre for Strategic Studies"
    assert {people[n].role_affiliation for n in people} == {None}  # (Syria is his subject, not his employer)
    assert {people[n].role_title for n in people} == {None}  # (no title)


def test_a_title_of_its_or_of_the_agency_is_affiliated_with_the_body_that_spoke_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Its country director", "a spokeswoman for the agency" had no affiliation: a reader could not tell whose.
    text = (
        "The World Food Programme said it had reached 4.7 million people. Its country director, Laurent Bukera, "
        "warned that famine was near.\n\nUnicef said nearly half of those infected were children. A spokeswoman "
        "for the agency, Rachel Chilufya, said the agency was trucking in water."
    )
    _, names = run(nlp, text)
    people = {e.name: e for e in names.values() if e.kind == "person"}
    assert people["Laurent Bukera"].role_affiliation == "WFP"
    assert people["Rachel Chilufya"].role_affiliation == "UNICEF"
    # a body the sentence before only mentions is not the one meant
    _, names = run(nlp, "Police met the Red Cross on Monday. Its director, Ana Ruiz, said the talks went well.")
    assert {e.name: e for e in names.values()}["Ana Ruiz"].role_affiliation is None


def test_a_title_written_before_the_title_it_heads_is_part_of_its_class(nlp) -> None:  # type: ignore[no-untyped-def]
    # "its director general" had the title class "general", a military rank.
    text = (
        '"We will open the gates," its director general, Ajith Gunasekara, told the newspaper. '
        "The country's attorney general, Ana Ruiz, said the case was closed."
    )
    _, names = run(nlp, text)
    people = {e.name: e.role_title for e in names.values() if e.kind == "person"}
    assert people == {"Ajith Gunasekara": "director general", "Ana Ruiz": "attorney general"}


def test_a_body_named_with_a_word_in_capitals_the_recogniser_left_out_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # The recogniser tags only "Intelligence" (as a person): the source had been "Intelligence".
    text = (
        "Parents paid an average of 5 million naira each last year, according to SBM Intelligence, "
        "a Lagos-based consultancy."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["SBM Intelligence"]
    assert names[ex.quotations[0].speaker_key].kind == "organization"


def test_a_rank_of_two_words_before_a_name_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Colonel Major" is one rank (as in several West African armies): "Major" had been a person of rank Colonel.
    text = "Colonel Major Issa Kone said on state radio that the border would stay shut."
    _, names = run(nlp, text)
    people = {e.name: e.role for e in names.values() if e.kind == "person"}
    assert people == {"Issa Kone": "Colonel Major"}


def test_a_firm_whose_name_ends_in_a_firms_word_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # A name the recogniser left untagged, made an actor as the figure's source, had been a person.
    text = (
        "Insured losses could reach $2 billion, according to the modelling firm Verisk & Co. Tarvo Research put "
        "the total losses at as much as $9 billion."
    )
    ex, names = run(nlp, text)
    owners = {names[c.claimant_key].name: names[c.claimant_key].kind for c in ex.claims if c.claimant_key}
    assert owners.get("Tarvo Research") == "organization"


def test_administrator_is_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Luis Ortega, the administrator of the county's emergency management agency, said sirens had failed."
    _, names = run(nlp, text)
    people = {e.name: (e.role, e.role_title) for e in names.values() if e.kind == "person"}
    assert people["Luis Ortega"] == ("Administrator of the county's emergency management agency", "administrator")


def test_places_named_after_a_preposition_of_where_keep_their_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    # A place the recogniser tagged with "del" in it had been a person (the particle of a person's name), and the
    # one-word place joined to it was tagged a person; the body set after the kind of body it is, a person too.
    text = (
        "Wildfires burned 9,000 hectares around Viña del Mar and Quilpué, according to the national forestry "
        "corporation, Conaf."
    )
    ex, names = run(nlp, text)
    kinds = {e.name: e.kind for e in names.values()}
    assert (kinds.get("Viña del Mar"), kinds.get("Quilpué"), kinds.get("Conaf")) == ("place", "place", "organization")
    assert speakers_in_order(ex, names) == ["Conaf"]
    # (the name set after the kind of body hung on the verb: the statement had no source)
    text = (
        "Floods hit homes around Ciudad del Este and Hernandarias, according to the national emergency "
        "corporation, Senad."
    )
    ex, names = run(nlp, text)
    kinds = {e.name: e.kind for e in names.values()}
    assert (kinds.get("Hernandarias"), kinds.get("Senad")) == ("place", "organization")
    assert speakers_in_order(ex, names) == ["Senad"]


def test_a_body_named_in_full_or_by_its_kind_in_a_role_is_its_affiliation(nlp) -> None:  # type: ignore[no-untyped-def]
    # Only one-word names and acronyms had been looked up ("WHO"): a name of several words, one the recogniser cut in
    # two at its "and", and "the fund's" after a sentence the fund said, gave no affiliation.
    text = (
        "The World Health Organization's representative in Chad, Luis Ortega, warned that cases were rising. "
        '"We need boats," said Tom Baker, head of operations at the International Federation of Red Cross and Red '
        "Crescent Societies."
    )
    _, names = run(nlp, text)
    people = {e.name: e.role_affiliation for e in names.values() if e.kind == "person"}
    assert people == {"Luis Ortega": "WHO", "Tom Baker": "IFRC"}
    text = (
        "The International Monetary Fund said growth would slow to 2%. Inflation could stay high, the fund's "
        "mission chief, Ana Ruiz, said."
    )
    _, names = run(nlp, text)
    assert {e.name: e.role_affiliation for e in names.values() if e.kind == "person"} == {"Ana Ruiz": "IMF"}
    # (a bank's governor after the fund spoke is not the fund's)
    _, names = run(
        nlp, "The IMF said growth would slow. Inflation could stay high, the bank's governor, Ana Ruiz, said."
    )
    assert {e.name: e.role_affiliation for e in names.values() if e.kind == "person"} == {"Ana Ruiz": None}


def test_roles_of_specialists_and_of_bodies_referred_to(nlp) -> None:  # type: ignore[no-untyped-def]
    # A name beside "a … hydrologist" had been a body; "Prosecutor-General" no title; "Its Kenya director" the
    # country; "the group's … director" after an untagged body's sentence, none.
    text = (
        "A Libyan hydrologist, Abdelwanees Ashoor, had warned last year that the dams could burst. "
        "Prosecutor-General Ana Ruiz said eight officials had been detained. The International Rescue Committee "
        "said 30,000 people had fled. "
        "Its Kenya director, Tom Baker, said many were sleeping in schools."
    )
    _, names = run(nlp, text)
    people = {e.name: (e.role_title, e.role_affiliation) for e in names.values() if e.kind == "person"}
    assert people == {
        "Abdelwanees Ashoor": (None, None),
        "Ana Ruiz": ("prosecutor general", None),
        "Tom Baker": ("director", "IRC"),
    }
    text = (
        'Human Rights Watch called on the government to stop using lethal force. "The police are treating '
        "protesters as enemies,\" said Priya Nair, the group's deputy Asia director."
    )
    _, names = run(nlp, text)
    assert {e.name: e.role_affiliation for e in names.values() if e.kind == "person"} == {"Priya Nair": "HRW"}


def test_a_countrys_word_inside_a_bodys_name_makes_the_body_the_affiliation(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a coordinator with the Chilean Red Cross" was affiliated with Chile, "president of the Arab American
    # Institute" with the United States; a state's own body stays the state's ("the U.S. Embassy in Lima").
    text = (
        "Ana Ruiz, a coordinator with the Chilean Red Cross, said 300 families needed shelter. "
        "Omar Haddad, president of the Arab American Institute, said the vote mattered. "
        "Carla Mendez, deputy chief of mission at the U.S. Embassy in Lima, said the embassy was open."
    )
    ex, _ = run(nlp, text)
    people = {e.name: e.role_affiliation for e in ex.entities if e.kind == "person"}
    assert people == {
        "Ana Ruiz": "Chilean Red Cross",
        "Omar Haddad": "Arab American Institute",
        "Carla Mendez": "United States",
    }


def test_a_name_ending_in_a_natural_features_word_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # the recogniser tags "Gatun Lake"-style names as people
    for name in ("Gatun Lake", "Diablo Canyon"):
        ex, _ = run(nlp, f"The drought left {name} at its lowest level in decades, officials said.")
        assert [(e.name, e.kind) for e in ex.entities if e.name == name] == [(name, "place")]


def test_its_title_after_a_body_said_in_the_same_sentence_is_the_bodys(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The WHO said …, but its director general, X, said …": the body was looked for only in the sentence before
    text = (
        "The World Health Organization said the risk was moderate, but its regional director, Ana Ruiz, said "
        "cases could double."
    )
    ex, _ = run(nlp, text)
    assert [(e.name, e.role_affiliation) for e in ex.entities if e.kind == "person"] == [("Ana Ruiz", "WHO")]


def test_a_lowercase_title_before_for_is_someone_elses(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a spokesman for Mrs. Ruiz": the title was given to Ruiz too ("Spokesman for Mrs.")
    ex, _ = run(nlp, "Carlos Vega, a spokesman for Mrs. Ruiz, said the visit was off.")
    assert {e.name: e.role for e in ex.entities if e.kind == "person"} == {
        "Carlos Vega": "Spokesman for Mrs. Ruiz",
        "Ruiz": None,
    }


def test_a_surnames_particle_keeps_the_given_name_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Marina dal Poggetto": the recogniser tagged "Marina" a place and missed the rest, so a person "Poggetto" spoke;
    # "Luca di Stefano told …" had the speaker "Stefano"
    text = (
        "“People are spending less,” said Marina dal Poggetto, director of a consultancy. Luca di Stefano told"
        " reporters the bridge was closed."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Marina dal Poggetto", "Luca di Stefano"]
    assert "Marina" not in [e.name for e in ex.entities]


def test_a_camp_named_for_its_place_and_where_people_fled_are_places(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the Zamzam displacement camp" had made a person "Zamzam" (also in "fled Zamzam"), and "to Tawila and El
    # Fasher" a body "El Fasher"
    text = (
        "Fighters attacked the Zamzam displacement camp, the agency said. It estimated that 60,000 households had"
        " fled Zamzam since Friday, most of them to Tawila and El Fasher."
    )
    ex, _ = run(nlp, text)
    kinds = {e.name: e.kind for e in ex.entities}
    assert (kinds.get("Zamzam"), kinds.get("El Fasher")) == ("place", "place")


def test_a_party_named_without_party_and_a_commission_by_its_remit(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Georgian Dream won …" after "the ruling Georgian Dream party" had been a person; "according to the central
    # election commission" had no source
    text = (
        "The president broke with the ruling Ardenian Dream party. Ardenian Dream won 54% of the vote, according to the"
        " central election commission."
    )
    ex, names = run(nlp, text)
    party = [e for e in ex.entities if "Ardenian Dream" in e.name]
    assert [(e.kind, sorted(e.aliases)) for e in party] == [
        ("organization", ["Ardenian Dream", "Ardenian Dream party"])
    ]
    assert speakers_in_order(ex, names) == ["central election commission"]


def test_a_name_after_a_compass_bearing_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # "about 50 nautical miles southwest of Pylos": the recogniser tagged the town a person
    text = "The boat sank about 50 nautical miles southwest of Pylos, the coast guard said."
    ex, _ = run(nlp, text)
    assert {e.name: e.kind for e in ex.entities}.get("Pylos") == "place"


def test_a_title_case_headlines_subject_and_verb_are_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Wildfire Forces 30,000 From Homes …" had made a group "Wildfire Forces"
    text = "Wildfire Forces 30,000 From Homes as Winds Fan Flames Near Athens\n\nA wildfire forced thousands to flee."
    ex, _ = run(nlp, text)
    assert "Wildfire Forces" not in [e.name for e in ex.entities]


def test_a_surname_with_its_generation_joins_the_given_names(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Agriculture Secretary Francisco Tiu Laurel Jr. said …": tagged "Francisco Tiu" and "Laurel Jr.", the second
    # spoke without the title
    text = "Agriculture Secretary Francisco Tiu Laurel Jr. said damage to crops was estimated at 1.2 billion pesos."
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Francisco Tiu Laurel Jr."]


def test_a_body_tagged_name_near_which_people_live_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mahmoud Osman, 37, who lives in a camp near Gedaref, said two of his children had fallen ill."
    ex, _ = run(nlp, text)
    assert {e.name: e.kind for e in ex.entities}.get("Gedaref") == "place"


def test_a_name_ending_in_an_airline_word_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Jeju Air, the country's biggest low-cost carrier, said" had been a person
    ex, _ = run(nlp, "Jambo Air, the country's biggest low-cost carrier, said it would cut flights.")
    assert [(e.name, e.kind) for e in ex.entities if e.name == "Jambo Air"] == [("Jambo Air", "organization")]


def test_a_bracketed_acronym_after_a_body_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Abdul Muhari, a spokesman for the national disaster mitigation agency (BNPB)" had made a person "BNPB"
    ex, _ = run(
        nlp,
        '"The eruption came at night," said Abdul Muhari, a spokesman for the national disaster mitigation agency'
        " (BNPB).",
    )
    assert [(e.name, e.kind) for e in ex.entities if e.name == "BNPB"] == [("BNPB", "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Thousands flee Nagorno-Karabakh as Armenia opens border\n\nMore than 28,000 ethnic Armenians have fled"
            " Nagorno-Karabakh since the offensive, officials said.",
            "Nagorno-Karabakh",
        ),
        (
            "Famine was confirmed in the Abu Shouk camp outside El Fasher in August. El Fasher is home to about 1.8"
            " million people.",
            "El Fasher",
        ),
    ],
)
def test_a_name_written_where_only_a_place_fits_is_a_place(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    # "fled Nagorno-Karabakh", "the camp outside El Fasher", "El Fasher is home to …": tagged a body
    ex, _ = run(nlp, text)
    assert [e.kind for e in ex.entities if e.name == name] == ["place"]


def test_an_all_capitals_model_name_before_its_equipment_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a Ukrainian strike with U.S.-supplied ATACMS missiles" made a person "Atacms"
    text = 'Moscow warned that a strike with U.S.-supplied ATACMS missiles would "not go unanswered".'
    ex, _ = run(nlp, text)
    assert [e.kind for e in ex.entities] == ["place"]


def test_a_monarch_tagged_a_body_is_a_person_with_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    # "as King Felipe VI was pelted with mud by angry residents": an organisation "King Felipe VI"
    text = "Residents jeered on Sunday as King Felipe VI arrived in the town."
    ex, _ = run(nlp, text)
    assert [(e.name, e.kind, e.role) for e in ex.entities] == [("Felipe VI", "person", "King")]


def test_a_place_and_title_the_recogniser_tagged_a_name_are_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Jigawa Governor Umar Namadi said …" made a person "Jigawa Governor" beside Umar Namadi
    text = "Bayelsa Governor Douye Diri said the state would pay for the funerals."
    ex, _ = run(nlp, text)
    assert [e.name for e in ex.entities if e.kind == "person"] == ["Douye Diri"]


def test_a_name_after_the_office_of_a_place_is_that_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Vladimir Leontyev, the Russian-installed mayor of Nova Kakhovka, told …" made a person "Nova Kakhovka"
    text = (
        "Oleg Brovko, the Russian-installed mayor of Nova Kakhovka, told state television that seven people were"
        " missing."
    )
    ex, _ = run(nlp, text)
    assert [e.kind for e in ex.entities if e.name == "Nova Kakhovka"] == ["place"]


def test_a_body_named_for_its_field_is_no_building(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Cameron Hudson, a former U.S. official now at the Center for Strategic and International Studies": a place
    text = (
        '"Both sides believe they can win," said Ana Ruiz, a former official now at the Center for Strategic and'
        " International Studies."
    )
    ex, _ = run(nlp, text)
    assert [e.kind for e in ex.entities if e.name.startswith("Center for")] == ["organization"]


def test_a_name_a_service_is_known_by_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # "according to the government and the rebel-held northwest's civil defence, known as the White Helmets": a place
    text = (
        "In Syria, more than 5,800 deaths have been reported, according to the government and the rebel-held"
        " northwest's civil defence, known as the White Helmets."
    )
    ex, _ = run(nlp, text)
    assert [e.kind for e in ex.entities if e.name == "White Helmets"] == ["organization"]


def test_a_short_form_keeps_no_sentence_stop_in_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "… by the environmental nonprofit E3G." made an actor "E3G."
    text = "The plan was criticised in a report by the environmental nonprofit E3G. It called the subsidy a windfall."
    ex, _ = run(nlp, text)
    assert "E3G" in {e.name for e in ex.entities} and "E3G." not in {e.name for e in ex.entities}


def test_a_town_a_station_or_prison_is_in_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # "after masked gunmen stormed a television station in Guayaquil": a body "Guayaquil"
    text = (
        "President Daniel Noboa ordered the military to act, after masked gunmen stormed a television station in"
        " Guayaquil during a live broadcast."
    )
    ex, _ = run(nlp, text)
    assert [e.kind for e in ex.entities if e.name == "Guayaquil"] == ["place"]


def test_a_known_bodys_name_the_parser_cut_before_a_title_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Oxfam's Kenya director, Ana Ruiz, said. Save the Children's regional director, Lena Holt, said aid was late."
    )
    _ex, names = run(nlp, text)
    roles = {e.name: (e.role, e.role_affiliation) for e in names.values() if e.kind == "person"}
    assert roles["Lena Holt"] == ("Save the Children's regional director", "Save the Children")  # not "Children's …"


def test_an_office_named_in_the_lede_is_its_holder_named_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At least 60 people died in the heat, Morocco's interior minister said on Sunday.\n\n"
        "Interior Minister Samir Ouali told state television that 12 people were still in hospital.\n\n"
        "Separately, Defence Minister Karim Haddad said troops had been sent."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Samir Ouali", "Samir Ouali", "Karim Haddad"]
    assert [e.name for e in names.values() if e.kind == "person"] == ["Samir Ouali", "Karim Haddad"]


def test_a_science_centre_of_a_country_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Jordanian seismological center said the blast registered as a magnitude 3.1 tremor.\n\n"
        "The national meteorological centre said more rain was due. The Chinese medical center reopened."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Jordanian seismological center", "national meteorological centre"]
    assert "Chinese medical center" not in {e.name for e in names.values()}  # (a building, not a body)


def test_the_countrys_body_after_a_peoples_word_is_named_by_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Chinese embassy issued a warning. The country's meteorological agency said 40 cm of snow fell."
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["China's meteorological agency"]  # (not "Chinese's …")


def test_people_in_a_named_place_speak_as_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials in Tripoli said 40 people had died.\n\n"
        "Villagers in Zagora said the water rose fast.\n\n"
        "Officials in Ms. Ruiz's office declined to say more."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names)[:2] == ["Officials in Tripoli", "Villagers in Zagora"]
    assert "Zagora" not in {e.name for e in names.values() if e.kind == "person"}
    assert not any(e.name.startswith("Officials in Ms.") for e in names.values())


def test_people_in_a_kind_of_place_named_after_of_speak_as_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    # the town's name after "of" (tagged a person by the recogniser) had made the town itself the speaker
    text = (
        "Officials in the town of Walden said schools had been turned into shelters.\n\n"
        "Residents of the village of Harris said the water was rising."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == [
        "Officials in the town of Walden",
        "Residents of the village of Harris",
    ]


def test_people_at_a_named_place_who_do_not_speak_for_it_are_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Doctors at Kasese General Hospital said they had run out of gloves.\n\n"
        "Analysts at Goldman Sachs said prices would rise."
    )
    ex, names = run(nlp, text)
    # (the doctors are no spokesmen of the hospital; the analysts speak for their bank)
    assert speakers_in_order(ex, names) == ["Doctors at Kasese General Hospital", "Goldman Sachs"]


def test_its_after_a_body_named_by_its_description_is_that_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The U.N. children's agency said 40 children had died. Its regional director, Ana Ruiz, said more help was "
        "needed.\n\nThe United Nations refugee agency, UNHCR, said it was saddened. Its envoy in Chad, Lena Holt, "
        "called for action."
    )
    _ex, names = run(nlp, text)
    roles = {e.name: e.role_affiliation for e in names.values() if e.kind == "person"}
    assert roles == {"Ana Ruiz": "UNICEF", "Lena Holt": "UNHCR"}


def test_the_countrys_body_of_any_field_is_that_countrys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wildfires swept central Peru. The country's forensic service said 45 people had died.\n\n"
        "Voting ended in Malawi. The country's election commission said turnout was 61%."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Peru's forensic service", "Malawi's election commission"]


def test_a_name_particle_in_a_title_stays_lowercase(nlp) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, "Rio de Janeiro Mayor Ana Ruiz said 40 homes had been evacuated.")
    assert [e.role for e in names.values() if e.kind == "person"] == ["Rio de Janeiro Mayor"]  # (not "Rio De …")


def test_its_after_a_body_the_recogniser_tagged_in_part_is_that_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Africa CDC, the continent's public health agency, declared an emergency on Monday. Its director general, "
        "Ana Ruiz, said the continent needed more vaccine doses."
    )
    _ex, names = run(nlp, text)
    assert [e.role_affiliation for e in names.values() if e.kind == "person"] == ["Africa CDC"]


def test_a_bodys_name_with_joined_particles_defines_its_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An al Qaeda affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), claimed the attack. "
        "JNIM said 12 soldiers were killed."
    )
    _ex, names = run(nlp, text)
    assert [(e.name, e.kind) for e in names.values() if "JNIM" in e.aliases] == [
        ("Jama'at Nusrat al-Islam wal-Muslimin", "organization")
    ]
    assert not any(e.kind == "person" for e in names.values())  # (not "Jama'at Nusrat al-Islam", a person)


def test_a_name_owning_a_named_district_is_a_place_and_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A heatwave gripped Uttar Pradesh. In Uttar Pradesh's Ballia district, 40 people died on Friday. Power demand "
        "in Uttar Pradesh hit a record 28,000 megawatts on Saturday, the state power utility said."
    )
    ex, names = run(nlp, text)
    assert [e.kind for e in names.values() if e.name == "Uttar Pradesh"] == ["place"]
    assert "Uttar Pradesh" not in speakers_in_order(ex, names)


def test_a_country_tagged_a_person_before_a_title_is_the_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, "Malawi's President Peter Mutharika declared a period of national mourning.")
    assert [(e.name, e.role_affiliation) for e in names.values() if e.kind == "person"] == [
        ("Peter Mutharika", "Malawi")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the district, 12 people died in hospital, Chief Medical Officer Ravi Menon said.",
        "Aid trucks struggled to reach villages in the High Atlas mountains on Sunday.",
    ],
)
def test_words_of_a_longer_title_or_name_after_a_title_word_are_no_person(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, text)
    assert {e.name for e in names.values() if e.kind == "person"} <= {"Ravi Menon"}


def test_a_hospital_with_a_name_particle_and_a_residents_home_are_no_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The wounded were taken to al-Aqsa Hospital. A resident of Kajuru said the gunmen arrived on motorcycles."
    _ex, names = run(nlp, text)
    kinds = {e.name: e.kind for e in names.values()}
    assert kinds.get("al-Aqsa Hospital") == "organization" and kinds.get("Kajuru") == "place"


def test_a_known_body_described_by_its_kind_owns_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Red Cross said most passengers came from Syria. Lena Holt, the UN refugee agency's representative in "
        "Greece, said the voyage had taken five days."
    )
    _ex, names = run(nlp, text)
    assert [e.role_affiliation for e in names.values() if e.name == "Lena Holt"] == ["UNHCR"]


def test_a_word_of_a_bodys_own_name_after_of_points_back_at_no_other_body(nlp) -> None:  # type: ignore[no-untyped-def]
    # "head of the International Federation of …": "Federation" is the body's own name, not "the federation" pointing
    # back at the body that spoke in the sentence before (which had made her the IOM's)
    text = (
        "The International Organization for Migration said 30,000 people had fled. Ana Ruiz, head of the "
        "International Federation of Red Cross and Red Crescent Societies delegation in Libya, said 10,000 were "
        "missing."
    )
    _ex, names = run(nlp, text)
    assert [e.role_affiliation for e in names.values() if e.name == "Ana Ruiz"] in ([None], ["IFRC"])


def test_a_national_police_force_named_for_its_country_is_a_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hundreds of homes have been evacuated in Brechin after the river burst its banks.\n\nPolice Scotland said "
        "two people had died in Aberdeenshire and Angus."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Police Scotland"]  # (not Scotland, the place)


def test_his_spokesman_speaks_for_the_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The UN secretary-general, Antonio Guterres, condemned the shelling. His spokesman, Farhan Haq, said no UN "
        "staff had been hurt."
    )
    _ex, names = run(nlp, text)
    haq = [e for e in names.values() if e.name == "Farhan Haq"]
    assert [(e.role, e.role_affiliation) for e in haq] == [("Spokesman for Antonio Guterres", "UN")]


def test_a_known_bodys_word_on_the_owners_office_affiliates_the_title(nlp) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, "The U.N. secretary-general's spokesman, Farhan Haq, said the talks would resume.")
    assert [e.role_affiliation for e in names.values() if e.name == "Farhan Haq"] == ["UN"]


def test_people_of_a_continent_are_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, "Rights groups said the speech had fuelled attacks on black Africans in the port city.")
    assert not any(e.kind == "person" for e in names.values())


def test_a_live_blog_stamp_with_a_time_zone_is_not_part_of_the_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Live: Storm updates\n\n8:40 p.m. ET — The storm made landfall near Naples with winds of 120 mph, the "
        "National Hurricane Center said."
    )
    ex, _names = run(nlp, text)
    said = [text[q.start : q.end] for q in ex.quotations if q.kind == "indirect"]
    assert said == ["The storm made landfall near Naples with winds of 120 mph"]


def test_a_bodys_name_cut_at_its_and_is_the_body_its_acronym_defines(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The factory employed about 900 people, according to the Bangladesh Garment Manufacturers and Exporters "
        "Association (BGMEA)."
    )
    _ex, names = run(nlp, text)
    assert [e.name for e in names.values() if e.kind == "organization"] == [
        "Bangladesh Garment Manufacturers and Exporters Association"
    ]


def test_a_one_name_person_after_a_lowercase_title_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rescuers were searching for survivors. BNPB head Suharyanto told reporters that 500 houses had been damaged."
    )
    _ex, names = run(nlp, text)
    assert [e.kind for e in names.values() if e.name == "Suharyanto"] == ["person"]


def test_the_charitys_title_after_a_charity_read_as_a_clause_is_the_charitys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Save the Children said at least 900 children had been infected in Kassala state alone. The charity's Sudan "
        "director, Omar Said, said families were drinking water from the Nile."
    )
    _ex, names = run(nlp, text)
    assert [e.role_affiliation for e in names.values() if e.name == "Omar Said"] == ["Save the Children"]


@pytest.mark.parametrize("river", ["Danube", "Rhine", "Indus"])
def test_a_major_river_named_alone_is_a_place(nlp, river: str) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, f"The {river} in the city was expected to peak at around 9.2 metres on Monday.")
    assert [e.kind for e in names.values() if e.name == river] in ([], ["place"])


def test_a_name_before_a_kind_of_place_through_a_modifier_is_that_place(nlp) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, "Six trucks crossed from Turkey through the Bab al-Hawa border crossing on Thursday.")
    assert [e.kind for e in names.values() if e.name == "Bab al-Hawa"] == ["place"]


def test_a_name_before_volcano_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    _ex, names = run(nlp, "Classes were suspended after the Taal volcano released a plume of sulphur dioxide.")
    assert [e.kind for e in names.values() if e.name == "Taal"] == ["place"]


def test_a_given_name_tagged_a_body_after_a_person_a_noun_introduced_is_that_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The court freed the two reporters on bail on Monday, lawyer Dawit Alemu told Reuters. Prosecutors had asked "
        "for more time, but the judge refused, Dawit said."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Dawit Alemu", "Dawit Alemu"]


def test_a_given_name_tagged_a_place_no_preposition_takes_is_the_titled_person_it_opens(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BANGKOK (Reuters) - The court on Wednesday removed Prime Minister Srettha Thavisin from office. Judge Punya "
        "Udchachon read the verdict.\n\nSrettha, a former property developer, told reporters he respected the "
        'decision. "I am sad to leave," he said.'
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names) == ["Srettha Thavisin", "Srettha Thavisin"]


def test_the_government_in_a_sentence_naming_only_the_home_country_is_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "NAIROBI, May 23 (Reuters) - Kenya will send 1,000 police officers to Haiti, officials said.\n\nKenya's High "
        "Court ruled in January that the plan was unlawful, but the government says it has met the court's concerns."
    )
    ex, names = run(nlp, text)
    assert speakers_in_order(ex, names)[-1] == "Kenya's government"


def test_a_countrys_military_rulers_speak_as_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, "Mali's military rulers said on Friday that the talks had failed.")
    assert speakers_in_order(ex, names) == ["Mali's military rulers"]
