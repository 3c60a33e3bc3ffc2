"""Claim-level rules found on real news text (NewsQuant odd half), each on a sentence written here."""

from datetime import date

import pytest

from app.extract.dates import period_relation, resolve_period
from app.extract.pipeline import extract_article
from app.extract.units import unit_word
from tests.test_attribution_rules import indirect_of
from tests.test_extract_rules import PUB, claim_records, claims_of, run


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Nearly two-thirds of the voters backed the plan.", 2 / 3, "voters"),
        ("A third of the population lives in the south.", 1 / 3, "population"),
        ("One in three households has no heating.", 1 / 3, "households"),
        ("Almost half the refugees are children.", 0.5, "refugees"),
        ("Nine out of ten residents have left the town.", 0.9, "residents"),  # not "ten" residents
        ("7 out of 10 voters backed the deal.", 0.7, "voters"),
        ("Aid groups say 1 in 5 families has no running water.", 0.2, "families"),  # digits, not the count 5
        ("Roughly a quarter of the population has been displaced.", 0.25, "population"),  # tagged as a date
        ("Three in four shelters are full, the charity said.", 0.75, "shelters"),  # a word share with "in"
        ("Doctors said 2 in 5 children in the camp were underweight.", 0.4, "children"),  # digits, not the count 5
        ("One in every four homes in the valley was damaged.", 0.25, "homes"),  # "in every"
        ("The field pumped one in every eight barrels produced worldwide.", 0.125, "barrels"),  # a share, no unit
    ],
)
def test_fractions(nlp, text: str, value: float, subject: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert claim.value == pytest.approx(value) and claim.subject == subject and claim.unit is None


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted a quarter of an hour.",  # a span of time, not a share
        "He scored two in ten minutes.",  # not a share of two in ten
    ],
)
def test_no_share(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Germany will deliver 14 Leopard 2 tanks, a spokesperson said.", [(14, "tanks")]),
        ("The US pledged 31 Abrams tanks and 12 Patriot launchers.", [(31, "tanks"), (12, "launchers")]),
    ],
)
def test_a_count_before_a_named_model(nlp, text: str, counts: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    """A small number counting the things a name modifies is a count, not a model number."""
    claims = claim_records(nlp, text)
    assert [(c.value, (c.subject or "").split()[-1]) for c in claims] == counts


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Inflation rose 0.4% in May.", "Inflation"),  # the quantity a percentage is of
        ("Horsepower jumped from 240 to 273 this year.", "Horsepower"),  # a level with no unit
        ("The ministry imposed a fine of $3 billion on the firm.", "fine"),
        ("Ghana devalued the cedi by 30% in June.", "cedi"),  # a currency the tagger reads as a place
        # an activity named by a gerund the tagger called a verb
        ("Shipping through the Bosporus has fallen by about 25% since March.", "Shipping"),
        ("Borrowing by households rose 3% in May.", "Borrowing"),
    ],
)
def test_measured_subject_is_never_the_unit(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "She bought a Pixel 8 phone and flew on an A350 jet.",  # product and model names
        "The airline grounded its 737 Max fleet.",
        "The office is at 575 Harbour Road in the old town.",  # street address
        "Mayor Ana Ruiz, 66, spoke first.",  # an age
        "Volunteers aged 25 to 40 signed up.",  # an age range
        "The eight-cylinder and two-door models sold out.",  # compound modifiers
        "The talks lasted five years.",  # a duration
        "The train left at 10.45pm and arrived at 5am.",  # times of day
        "The plant is certified to ISO 9001-2015.",  # a standard, not a tally
        "Updated: 03-04-2022 10:15 IST",  # a dateline
    ],
)
def test_not_claims(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_possessive_and_according_to_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to estimates from last month, over 900 boats tried to land, up sharply from last year’s 150."
    got = {c.value: (c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)}
    assert got[900][1] == "month" and got[150][1] == "year"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Upwards of 300 volunteers arrived.", "more_than"),
        ("Just under 40 ambulances were available.", "less_than"),
        ("Turnout was lower than 45% in the north.", "less_than"),
        ("In the region of 2,000 homes lost power.", "approximate"),
        ("An awesome 12 goals were scored.", "exact"),
        ("Offices were told to keep thermostats no lower than 26C.", "at_least"),
        ("Fares will rise by not more than 4% next year.", "at_most"),
        ("Loads were kept no higher than 80 tonnes on the bridge.", "at_most"),
        ("No fewer than 300 volunteers arrived.", "at_least"),
    ],
)
def test_qualifier_phrases(nlp, text: str, qualifier: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The striker ran 30 yards before he scored.", "yd"),
        ("Unemployment stood at 19 per cent in the region.", "%"),
        ("He paid 950€ for the old bike.", "EUR"),  # a symbol after the amount is its unit
        ("The city set a 10 ppb limit for lead.", "parts-per-billion"),
    ],
)
def test_subject_is_never_the_unit_word(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert claim.unit == unit
    assert claim.subject is None or unit_word(claim.subject) != unit


@pytest.mark.parametrize(
    "text",
    [
        "Nepal: Rs 90bn needed to rebuild after quake, says finance minister",
        "Pakistan: Rs 1,400bn needed to rebuild after floods, says planning minister",
    ],
)
def test_the_figures_own_currency_prefix_is_no_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claim_records(nlp, text)
    assert claim.subject is None and claim.unit in {"NPR", "PKR"}


def test_range_bounds_are_ordered_and_value_is_the_first_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "The average price fell from $52,100 to $49,800 last year.")[0]
    assert (claim.value, claim.value_min, claim.value_max, claim.unit) == (52100, 49800, 52100, "USD")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The city set a 10 ppb limit for lead.", "limit"),  # not "ppb limit"
        ("The bank announced a 25 basis point cut.", "cut"),
        ("He has played in four straight World Cups.", "straight World Cups"),  # a name, not the unit "cup"
    ],
)
def test_subject_leaves_out_the_written_unit(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "relation", "precision"),
    [
        ("The government pledged to cut emissions by 40% by 2030.", "by", "year"),  # a target
        ("The country aims to plant 2 million trees by the end of next year.", "by", "year"),
        ("The firm must repay $3 million no later than June 2025.", "by", "month"),
        ("More than 4,000 migrants have crossed since August.", "since", "month"),
        ("On Tuesday, 459 people died in the floods.", "at", "day"),
        ("Some 900 boats tried to land last month.", "at", "month"),
        ("The backlog stood at 12,400 cases at the end of March.", "at", "month"),  # not a deadline
    ],
)
def test_claim_time_says_whether_it_is_a_target(nlp, text: str, relation: str, precision: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert (claim.refers_to_relation, claim.refers_to_precision) == (relation, precision)
    assert claim.refers_to is not None


def test_word_number_range_with_a_repeated_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "Analysts said exports could fall by three per cent to 11 per cent this winter.")[0]
    assert (claim.value_min, claim.value_max, claim.unit, claim.subject) == (3, 11, "%", "exports")


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("The cell reached a current density of 2.4 A/cm2 in the lab.", "ampere per cm2", "current density"),
        ("Water samples showed 0.8 mg/L of lead.", "mg per L", "lead"),  # the unit's letter is not the subject
    ],
)
def test_slash_units_are_rates(nlp, text: str, unit: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert (claim.unit, claim.subject) == (unit, subject)


def test_sub_prefix_is_an_upper_bound(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "The firm makes sub-5 nanometer chips.")[0]
    assert (claim.value, claim.qualifier, claim.unit) == (5, "less_than", "nanometre")


@pytest.mark.parametrize(
    "text",
    [
        "Over 70% of the Fortune 500 use the tool, while the S&P 500 fell 1.2%.",  # index names
        "Shares fell 40% during 2021′s slump.",  # a year with a possessive (prime mark)
    ],
)
def test_names_and_possessive_years_are_not_counts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text)] == ["%"] * text.count("%")


def test_a_scale_word_after_digits_is_not_a_figure_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The club hopes its value will rise from 12.5 to 18-20 billion euros within a decade."
    got = [(c.value, c.value_min, c.value_max, c.unit) for c in claim_records(nlp, text)]
    assert got == [(12.5e9, None, None, "EUR"), (18e9, 18e9, 20e9, "EUR")]  # no bare "billion euros"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The carmaker delivered 51,300 Model Ys, short of estimates of 53,000.", [51300, 53000]),  # counted names
        ("In 2018 the state recorded 2483805 lightning strikes.", [2483805]),  # tagged DATE; no date has 7 digits
    ],
)
def test_counts_the_tagger_misreads(nlp, text: str, values: list[float]) -> None:  # type: ignore[no-untyped-def]
    assert [c.value for c in claim_records(nlp, text)] == values


def test_figure_of_a_noun_takes_that_noun_as_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The list, led by two brothers with a net worth of 2.4 billion ($3.1bn), showed gains."
    got = {c.value: c.subject for c in claim_records(nlp, text)}
    assert got[2.4e9] == "net worth" and got[3.1e9] == "net worth"


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # money "in" what it buys; who pledges or demands it is not what it measures
        (
            "The bloc pledged €700m in humanitarian aid, while Minsk demanded $3bn in compensation.",
            ["humanitarian aid", "compensation"],
        ),
        # who can or cannot afford an amount is not what it measures
        ("The city council can no longer afford the 2 million euros a year the shelter costs.", [None]),
        ("Analysts saw the pound going to $1 in the event of a sell-off.", ["pound"]),  # "in the event": an idiom
        ("The wall will stretch 186km and cost 1.6 billion zlotys.", ["wall", "wall"]),  # a verb sharing its subject
        ("A 1,000-strong contingent of police arrived on Monday.", ["contingent of police"]),
        ("A 600-strong crowd gathered at the gate.", ["crowd"]),
    ],
)
def test_subjects_of_money_and_strength(nlp, text: str, subjects: list[str | None]) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == subjects


def test_currency_plurals(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, "The contract is worth 2.5 billion zlotys.")] == ["PLN"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The ministry put the number of attempted crossings in October at 17,300.", "number of attempted crossings"),
        ("Insurers estimated the damage at $2bn.", "damage"),
        ("Russia sent two Tu-22M3 bombers over the border.", "Tu-22M3 bombers"),  # a word number before a name
        ("She flew on two A350 jets.", "A350 jets"),  # the jets are counted; the model number is not a figure
    ],
)
def test_what_is_put_at_a_figure(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


def test_hyphenated_word_numbers_are_one_number(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "Eighty-seven people were taken to hospital with hypothermia.")[0]
    assert (claim.value, claim.value_min, claim.value_max, claim.subject) == (87, None, None, "people")


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a pronoun is never the subject; "of them" stands for what the sentence counted first
        ("The agency received 1,200 asylum applications, 80% of them from Iraqis.", ["asylum applications"] * 2),
        ("The city spent 2 million roubles on food for the shelters.", ["food"]),  # money spent "on"
        ("They will build a 5.5-metre-high wall costing $390m.", ["wall"]),  # not "high wall"
    ],
)
def test_subjects_of_shares_spending_and_compounds(nlp, text: str, subjects: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text) if c.value != 5.5] == subjects


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Commission proposed a further €200 million for border management.", "border management"),
        ("The country has spent $1.2bn, or 0.2% of GDP, on the crisis.", "crisis"),  # the spender is not measured
        ("The broker set a target of 200p on the listed business.", "target"),  # "a target of": what it is of
        ("The ministry announced $40m for the first time.", None),  # not "time"
    ],
)
def test_what_money_is_for(nlp, text: str, subject: str | None) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the tagger takes the earlier figure into the date after it ("52 the day before")
        ("Police held 87 people, a spokesman said, up from 52 the day before.", [(87, "people"), (52, "people")]),
        ("The agency counted 310 crossings, against 240 a week earlier.", [(310, "crossings"), (240, "crossings")]),
    ],
)
def test_a_figure_before_a_relative_date(nlp, text: str, figures: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == figures


def test_a_figure_after_a_relative_date_is_still_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "The talks ended on 12 March, the ministry said.") == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the subject of the verb that controls "to fall" / "to reach"
        ("Temperatures are expected to fall to minus 12 degrees on Friday.", "Temperatures"),
        ("Water levels are set to rise by 1.5 metres overnight.", "Water levels"),
        ("Prices are forecast to climb by 7% next year.", "Prices"),
        # a share of GDP measures the thing the sentence is about, not GDP
        ("The budget deficit widened to 4.2% of GDP last year.", "budget deficit"),
        ("Military spending will reach 3% of GDP.", "Military spending"),
        ("The party won 52% of the vote.", "vote"),  # an ordinary "of": the share's whole
    ],
)
def test_what_a_measured_figure_is_of(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


def test_a_controlling_subject_is_not_taken_past_an_object(nlp) -> None:  # type: ignore[no-untyped-def]
    # "bring the error rate down": the company acts on the rate; it is not what the 0.1% measures
    claim = claim_records(nlp, "The company managed to bring the error rate down to 0.1 per cent.")[0]
    assert claim.value == pytest.approx(0.1) and claim.subject != "company"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The number of border crossings rose to 3,100 in October.", "border crossings"),
        ("The total of reported injuries climbed to 58.", "reported injuries"),
        ("The total rose to 40 on Monday.", "total"),  # nothing said of what it totals
    ],
)
def test_a_count_noun_gives_what_it_counts(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


@pytest.mark.parametrize(
    ("text", "value", "unit", "subject"),
    [
        # a measure written as the modifier of a noun measures that noun
        ("Engineers are building a 240-km barrier along the river.", 240, "km", "barrier"),
        ("Police put up a 3-metre-high steel fence.", 3, "m", "steel fence"),
        ("Drivers waited in a 12km-long queue at the checkpoint.", 12, "km", "queue"),
        ("A 30-mile-long convoy of lorries formed.", 30, "mi", "convoy"),
    ],
)
def test_a_measure_before_a_noun_measures_it(nlp, text: str, value: float, unit: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert (claim.value, claim.unit, claim.subject) == (value, unit, subject)


def test_a_size_adjective_after_a_word_that_is_no_unit_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "The 5-year-old girl was rescued.") == []  # an age: "year-old" is not "year-high"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a number alone as the subject of its verb counts what the count just before it counted …
        (
            "Greek coastguards rescued 212 migrants on Sunday. Another 40 were rescued overnight.",
            [(212, "migrants"), (40, "migrants")],
        ),
        # … or people, for a verb only people undergo
        ("Nine drowned when the dinghy sank.", [(9, "people")]),
        ("At least 14 were injured in the blast.", [(14, "people")]),
        ("Officials said 25 were still missing.", [(25, "people")]),
    ],
)
def test_a_number_standing_for_what_it_counts(nlp, text: str, figures: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "Three said they would appeal.",  # a verb anyone does: nothing says what the three are
        "Twelve voted against the plan.",
    ],
)
def test_a_bare_number_with_an_ordinary_verb_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a change by a share: what changed is the subject of the verb, or its object
        ("Grain exports fell by a third last month.", 1 / 3, "Grain exports"),
        ("Applications dropped by half in March.", 0.5, "Applications"),
        ("The council cut the housing budget by two thirds.", 2 / 3, "housing budget"),
        ("The agency raised its food rations by 15%.", 15, "agency's food rations"),
    ],
)
def test_a_change_by_a_share(nlp, text: str, value: float, subject: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert claim.value == pytest.approx(value) and claim.subject == subject


def test_by_an_ordinal_is_no_share(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "The motion was backed by a third party.") == []


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a verb of change: the figure after "from"/"to" is its object's level
        ("The ministry lowered the speed limit from 90 km/h to 70 km/h.", 90, "speed limit"),
        ("Regulators raised the interest rate to 4.5%.", 4.5, "interest rate"),
        # any other verb: "to" names where something goes, not a level
        ("The storm dealt a blow to the region's $3bn tourism industry.", 3e9, "tourism industry"),
        # a verb of reaching a level, with a bare number as its object
        ("Weekly arrivals passed 5,000 in August.", 5000, "Weekly arrivals"),
        ("The toll has exceeded 300.", 300, "toll"),
        # a time word after the figure says when, not what
        ("Rents are up 9 per cent month on month.", 9, "Rents"),
        # a record or a high is what something reached
        ("Unemployment reached a record high of 12%.", 12, "Unemployment"),
        ("Wheat prices hit a five-year low of $180 a tonne.", 180, "Wheat prices"),
        # money "for" a thing measures the thing
        ("The city sold the stadium for €90m.", 9e7, "stadium"),
        # "1.3m" before a countable noun is millions (the tokenizer splits off the "m")
        ("Some 1.3m refugees crossed into Moldova.", 1.3e6, "refugees"),
        # a number said to be a noun counts that noun
        ("Of the 300 passengers, 45 were children.", 45, "children"),
    ],
)
def test_what_a_level_or_a_change_measures(nlp, text: str, value: float, subject: str) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in claim_records(nlp, text) if c.value == pytest.approx(value)]
    assert [c.subject for c in claims] == [subject]


def test_whoever_asks_for_money_is_not_what_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claim_records(nlp, "Charities appealed for £40m.")
    assert claim.value == 4e7 and claim.unit == "GBP" and claim.subject is None


def test_a_count_equal_to_a_measure_is_not_a_count_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.subject) for c in claim_records(nlp, "A dozen is 12 eggs.")] == [(12, "eggs")]


def test_scaled_decimals_carry_no_binary_noise(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claim_records(nlp, "Exports fell to $4.1 billion.")
    assert claim.value == 4_100_000_000  # not 4099999999.9999995


def test_both_ends_of_a_change_the_tagger_took_for_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Ferry crossings were cut from 30 a week to 8.")
    assert [(c.value, c.subject) for c in claims] == [(30, "Ferry crossings"), (8, "Ferry crossings")]


@pytest.mark.parametrize("text", ["The talks run from 9 a.m. to 12.", "The curfew lasts from 10 p.m. until 6."])
def test_the_end_of_a_span_of_clock_time_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_a_scale_letter_is_never_part_of_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "A third of the 2m residents left.")
    assert [(c.value, c.subject) for c in claims] == [(pytest.approx(1 / 3), "residents"), (2e6, "residents")]


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "subject"),
    [
        ("The death toll rose above 2,300 on Friday.", 2300, "more_than", "death toll"),
        ("The number of new cases fell below 400.", 400, "less_than", "new cases"),
    ],
)
def test_a_threshold_a_verbs_subject_crossed(nlp, text: str, value: float, qualifier: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert (claim.value, claim.qualifier, claim.subject) == (value, qualifier, subject)


def test_an_estimate_in_a_contrasting_clause_is_not_the_first_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.test_extract_rules import run

    text = "The Interior Ministry said 410 people had died, while local monitors put the toll at 520."
    ex, names = run(nlp, text)
    by_value = {c.value: c for c in ex.claims}
    assert names[by_value[410].claimant_key].name == "Interior Ministry"
    assert by_value[520].claimant_key is None and by_value[520].subject == "people"  # the toll counts the dead


def test_a_hyphenated_modifier_stays_whole_in_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The navy intercepted nine Turkish-built boats and 12 long-range rockets.")
    assert [c.subject for c in claims] == ["Turkish-built boats", "long-range rockets"]


@pytest.mark.parametrize(
    "text",
    [
        # the figure is the unnamed officials', not the shooters'
        "Rebel forces fired 42 rockets at the town overnight, officials said on Friday.",
        # a cue in a clause describing a noun does not claim a figure outside it
        "The city pays about $3 million a week for shelters, a cost that Mayor Ida Lund has called “absurd”.",
    ],
)
def test_no_claimant_for_a_figure_only_an_unnamed_or_unrelated_cue_reports(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.claimant_key for c in claim_records(nlp, text)] == [None]


def test_a_quotation_speaker_named_only_before_his_title(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.test_extract_rules import quotes_of

    text = (
        "“The wells are dry,” Tarek Omrani, head of the Water Relief Fund mission in Chad, told a briefing in Geneva."
    )
    assert [s for _, s, _ in quotes_of(nlp, text)] == ["Tarek Omrani"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The agency aims to reach 2 million people by May.", (2024, 5)),  # ahead of the article
        ("The ministry will deliver 400 generators by February.", (2025, 2)),
        ("By February, 400 generators had been delivered.", (2024, 2)),  # past: the last February
    ],
)
def test_a_deadline_month_lies_ahead_when_the_clause_does(nlp, text: str, month: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert claim.refers_to is not None and (claim.refers_to.year, claim.refers_to.month) == month


def test_a_figure_added_by_a_pronoun_speaker_is_hers(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.test_extract_rules import run

    text = (
        "“The roads are closed,” Mayor Lena Dahl told reporters.\n\n"
        "Chad’s health minister, Amina Sow, said clinics were full. “We need doctors,” she told a briefing, "
        "adding that more than 9,000 patients had been treated."
    )
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims if c.claimant_key] == ["Amina Sow"]


@pytest.mark.parametrize(
    "text",
    [
        "“We sleep in shifts,” said Rosa Elm, 52, who shares a classroom with her three grandchildren.",
        "“We sleep in shifts,” said Rosa Elm, a nurse who shares a classroom with three grandchildren.",
    ],
)
def test_a_figure_describing_an_inverted_cues_speaker_is_the_writers(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.claimant_key) for c in claim_records(nlp, text)] == [(3, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Article 42 of the charter obliges members to help.",
        "The envoy cited Resolution 1701 on Monday.",
        "Passengers on Flight 302 were rebooked.",
        "Under Section 8 of the law, the court may close the case.",
    ],
)
def test_a_number_naming_an_article_or_flight_is_no_claim(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_a_unit_is_never_the_subject_found_through_a_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 60% voted against a bonus for the director, which was worth up to £1.5m."
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)][1] == ("GBP", None)


def test_a_restated_figure_after_or_keeps_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bank has promised $24 billion in loans for 2025, or roughly $2 billion a month."
    assert [c.subject for c in claim_records(nlp, text)] == ["loans", "loans"]


def test_a_relative_clause_figure_measures_the_noun_it_describes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rice prices, which peaked at $610 a tonne in June, have fallen back."
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)] == [("USD per tonne", "Rice prices")]


def test_a_figure_that_registered_is_not_registered_by_anyone(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.test_extract_rules import run

    text = (
        "Prices are up 12%, and some 2.1 million people have registered as jobless, the Federal Statistics Office said."
    )
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name if c.claimant_key else None for c in ex.claims] == [
        "Federal Statistics Office",
        "Federal Statistics Office",
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Officials pointed to a 12% drop in burglaries last year.", "burglaries"),
        ("The report found a 30 per cent increase in food prices.", "food prices"),
        ("The bank forecast a 4% contraction.", "contraction"),  # nothing changed "in" anything
        # an "in" of time is when, not what changed
        ("The ministry said it expected economic growth of about 4% in 2025.", "economic growth"),
        ("Analysts saw a rise in exports of 6% in the first quarter.", "exports"),
    ],
)
def test_a_change_noun_measures_what_changed_in(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


def test_a_date_in_the_phrase_of_an_earlier_figure_dates_only_that_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "A loaf of bread now costs 90 cents, up from 40 cents in June.")
    assert [(c.value, c.refers_to.month if c.refers_to else None) for c in claims] == [(90, None), (40, 6)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("In Argentina, a kilo of beef now sells for 2,300 pesos, traders in Buenos Aires said.", "ARS"),
        ("Pakistan raised fuel prices again. Petrol now costs 330 rupees a litre.", "PKR per litre"),
        ("India and Pakistan traded blame. A ticket costs 500 rupees.", "INR"),  # two countries: the default
        ("A ticket costs 500 Sri Lanka rupees in Pakistan.", "LKR"),  # a name that says which wins
    ],
)
def test_a_shared_currency_name_takes_the_articles_country(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text)][-1] == unit


def test_the_price_of_a_measure_of_something_names_both(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "A litre of diesel now costs €2.10.")[0].subject == "litre of diesel"


def test_an_according_to_cue_outranks_the_recording_verbs_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Spain has recorded more than 300 wildfires since June, according to the fire service."
    # (not Spain; the service, named by its field, is an actor: test_an_agency_named_by_its_field_speaks)
    assert [c.claimant_key for c in claim_records(nlp, text)] == ["org:fire service"]


def test_more_or_further_is_not_part_of_what_is_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The allies will send six more Leopard tanks and 40 further armoured vehicles.")
    assert [c.subject for c in claims] == ["Leopard tanks", "armoured vehicles"]


def test_a_share_of_a_group_is_of_that_group_not_what_it_is_said_to_be(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "Nearly half of the patients are children under five.")[0].subject == "patients"


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups control an estimated 70% of the province.",
        "Rebel forces fired 42 rockets at the town overnight.",
    ],
)
def test_whoever_acts_on_a_figure_does_not_assert_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.claimant_key for c in claim_records(nlp, text)] == [None]


def test_a_measure_before_a_dimension_adjective_measures_the_noun_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Engineers raised a barrier 4 metres high as crews cleared mud up to 2 metres deep.")
    assert [(c.value, c.subject) for c in claims] == [(4, "barrier"), (2, "mud")]


def test_a_figure_in_scene_setting_after_a_parenthetical_cue_is_the_writers(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.test_extract_rules import run

    text = "The toll rose to 740, the Red Cross said, as volunteers searched 12 villages."
    ex, names = run(nlp, text)
    by_value = {c.value: names[c.claimant_key].name if c.claimant_key else None for c in ex.claims}
    assert by_value == {740: "Red Cross", 12: None}


def test_a_shared_currency_name_with_no_usual_reading_takes_the_articles_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's parliament passed a bill to raise 200 billion shillings in new taxes."
    claim = claim_records(nlp, text)[0]
    assert (claim.unit, text[claim.start : claim.end]) == ("KES", "200 billion shillings")


def test_a_word_number_of_part_of_a_whole_is_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Only seven of the region's 31 clinics are still open.")
    assert [(c.value, c.subject) for c in claims] == [(7, "clinics"), (31, "clinics")]
    assert claims_of(nlp, "It was one of the largest graves found this year.") == []


def test_a_date_written_right_after_a_figure_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Monthly inflation slowed to 8.1% in February from 12.4% in November.")
    assert [(c.value, c.refers_to.month if c.refers_to else None) for c in claims] == [(8.1, 2), (12.4, 11)]


def test_a_share_of_the_population_measures_what_the_sentence_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "Poverty rose to 41% of the population last year.")[0].subject == "Poverty"
    assert claim_records(nlp, "About 80% of the population has fled.")[0].subject == "population"


def test_a_figure_set_against_another_shares_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The council declared the mayor the winner with 52% of the vote, against 41% for her rival."
    assert [c.subject for c in claim_records(nlp, text)] == ["vote", "vote"]


def test_a_modifier_keeps_its_own_modifiers(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "Seven Latin American countries rejected the result.")[0].subject == (
        "Latin American countries"
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The minimum wage rose to 17,002 lira a month.", "TRY per month"),
        ("Kyiv will spend 40 billion hryvnias on repairs.", "UAH"),
        ("The naira fell after the bank sold 500 million naira in bonds.", "NGN"),
    ],
)
def test_a_currency_name_only_one_currency_ends_in_is_that_currency(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text)][-1] == unit


def test_the_number_standing_alone_counts_what_the_figure_before_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 900 migrants are camped at the crossing, officials said, while the army put the number at 2,000."
    assert [c.subject for c in claim_records(nlp, text)] == ["migrants", "migrants"]


def test_a_subjects_modifiers_stop_at_another_figures_unit_and_keep_hyphenated_words(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The blue-chip TA-35 index gained 1% on a day the car's 5.2 litre V12 engine made 610bhp."
    assert [c.subject for c in claim_records(nlp, text)] == ["blue-chip TA-35 index", "V12 engine", "V12 engine"]


def test_a_participle_on_the_figures_noun_phrase_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The river reached 6.1 metres on May 5, above the previous record of 5.2 metres set in 1998."
    years = [c.refers_to.year if c.refers_to else None for c in claim_records(nlp, text)]
    assert years[-1] == 1998


@pytest.mark.parametrize(
    ("text", "exact", "value", "subject"),
    [
        ("Arrests at the crossing rose fivefold in a month.", "fivefold", 5, "Arrests"),
        ("Shelling damage was three times greater than in spring.", "three times", 3, "Shelling damage"),
        ("The port handled 2.5-fold more grain last year.", "2.5-fold", 2.5, None),
        ("The shares trade at 11 times earnings.", "11 times", 11, "earnings"),
        ("The camp holds four times as many people as planned.", "four times", 4, "people"),
        ("Some 40,000 fled the town, a tenfold increase on May.", "tenfold", 10, "people"),
    ],
)
def test_a_multiple_is_in_times(nlp, text: str, exact: str, value: float, subject: str | None) -> None:  # type: ignore[no-untyped-def]
    """A multiple ("fivefold", "three times higher") has the unit "times", and measures the thing
    multiplied, never the word "times"."""
    claim = next(c for c in claim_records(nlp, text) if c.unit == "times")
    assert text[claim.start : claim.end] == exact and claim.value == value
    assert subject is None or claim.subject == subject


def test_occasions_are_counted_in_times(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The activist has been detained four times since the spring."
    claim = claim_records(nlp, text)[0]
    assert (text[claim.start : claim.end], claim.unit, claim.subject) == ("four times", "times", None)


@pytest.mark.parametrize(
    ("text", "exact", "unit", "subject"),
    [
        ("The hryvnia slid to 29.4 against the dollar on Friday.", "29.4 against the dollar", "UAH per USD", "hryvnia"),
        ("The lira traded at 17.2 per dollar, a record low.", "17.2 per dollar", "TRY per USD", "lira"),
        ("The yen firmed to 140.1 against the greenback.", "140.1 against the greenback", "JPY per USD", "yen"),
    ],
)
def test_an_exchange_rate_is_one_currency_per_another(nlp, text: str, exact: str, unit: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert (text[claim.start : claim.end], claim.unit, claim.subject) == (exact, unit, subject)


def test_a_figure_of_something_other_than_a_currency_is_not_an_exchange_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "The dollar index rose to 104.2 against the euro.")[0]
    assert claim.unit is None and claim.subject == "dollar index"


@pytest.mark.parametrize(
    ("text", "exact", "subject"),
    [
        ("A magnitude 6.2 earthquake hit the coast before dawn.", "magnitude 6.2", "earthquake"),
        ("The 5.7-magnitude tremor damaged 300 homes.", "5.7-magnitude", "tremor"),
        ("The aftershock measured 4.9 on the Richter scale.", "4.9 on the Richter scale", "aftershock"),
    ],
)
def test_an_earthquake_magnitude_is_not_a_count_of_earthquakes(nlp, text: str, exact: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, text)[0]
    assert (text[claim.start : claim.end], claim.unit, claim.subject) == (exact, "magnitude", subject)


def test_a_count_beside_a_toll_is_not_part_of_the_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The death toll rose to 63, with 9 still missing, the fire service said.")
    assert [(c.value, c.subject) for c in claims] == [(63, "death toll"), (9, "people")]


def test_an_estimate_after_another_sources_claim_is_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """A cue before the estimating verb heads another clause: it does not take the estimate over."""
    claims = claim_records(nlp, "Moscow claimed 300 soldiers had died; Kyiv put the figure at 45.")
    assert claims[-1].value == 45 and claims[-1].claimant_key != claims[0].claimant_key


def test_the_earlier_level_after_up_from_measures_the_same_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The state spent 3.1% of its budget on shelters in 2022, up from 1.4% a year earlier.")
    assert claims[1].value == 1.4 and claims[1].subject == claims[0].subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Brussels approved new loans worth €9 billion on Tuesday.", "new loans"),
        ("Contracts worth more than $1.5bn were signed in Riyadh.", "Contracts"),
    ],
)
def test_a_sum_something_is_worth_measures_that_thing(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


def test_a_height_after_a_verb_measures_the_verbs_subject_not_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "The dam, due to open by late 2026, will be 90 metres high.")[0]
    assert (claim.value, claim.unit, claim.subject) == (90, "m", "dam")


def test_a_sum_before_a_noun_and_its_bracketed_conversion_measure_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The city will build a 40 million euro ($46 million) flood barrier.")
    assert [(c.unit, c.subject) for c in claims] == [("EUR", "flood barrier"), ("USD", "flood barrier")]


def test_a_count_of_the_people_a_source_is_is_not_a_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Fuel prices rose 9% in a week, two economists said.")
    assert [(c.value, c.unit) for c in claims] == [(9, "%")]


def test_an_unnamed_source_of_the_figures_clause_is_not_replaced_by_another_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Oslo has accused Moscow of jamming signals; outages rose fivefold in May, one engineer estimated."
    claim = next(c for c in claim_records(nlp, text) if c.unit == "times")
    assert claim.claimant_key is None


def test_a_width_in_a_relative_clause_measures_the_noun_it_describes(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Everyone knows everyone in the valley that is about 30 miles wide.")
    assert [(c.value, c.subject) for c in claims] == [(30, "valley")]


def test_a_date_in_a_multiples_base_does_not_date_the_multiple(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "In 2023, asylum claims were 12 times those of 2014.")
    assert [(c.value, c.unit, c.refers_to) for c in claims] == [(12, "times", date(2023, 1, 1))]


def test_the_figure_in_the_next_sentence_counts_what_the_figure_before_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Guards said 800 migrants had crossed overnight. The figure could reach 2,000 by Sunday."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(800, "migrants"), (2000, "migrants")]


@pytest.mark.parametrize(
    "text",
    [
        "According to the Red Cross, 3,000 people fled the town.",  # the source written before its figure
        "According to the Red Cross, smugglers charged $2,500 per person.",  # "charged" acts on its object
        "Smugglers charged $2,500 per person, according to the Red Cross.",
    ],
)
def test_according_to_names_the_claimant_wherever_it_stands(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.claimant_key for c in claim_records(nlp, text)] == ["org:red cross"]


def test_a_decimal_before_a_quake_is_its_magnitude_and_a_count_is_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "A 5.9 aftershock shook the valley, and two earthquakes followed.")
    assert [(c.value, c.unit) for c in claims] == [(5.9, "magnitude"), (2, None)]


def test_a_lowercase_body_named_only_by_its_noun_keeps_its_figure_from_another_clauses_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the ministry, named by its portfolio alone, is a body of its own; the 40 is never the Red Crescent's)
    text = "At least 40 people died in the south, the health ministry said, while the Red Crescent reported 12 deaths."
    claims = claim_records(nlp, text)
    assert [(c.value, c.claimant_key) for c in claims] == [(40, "org:health ministry"), (12, "org:red crescent")]


def test_a_sum_hung_on_the_verb_that_agreed_its_object_measures_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The council on Friday agreed a package of loans worth an estimated 3 billion euros, diplomats said."
    claim = claim_records(nlp, text)[0]
    assert (claim.subject, claim.claimant_key) == ("package of loans", None)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The hryvnia has lost 25% of its value since January.", "hryvnia's value"),
        ("Farmers have sold 40% of their grain.", "Farmers' grain"),
        ("A third of their homes were destroyed.", "homes"),  # no owner written
    ],
)
def test_its_on_what_a_share_is_of_names_the_owner(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text)[0].subject == subject


def test_a_share_of_a_former_level_measures_what_fell_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "Water supplies are down to 8% of pre-war levels.")[0].subject == "Water supplies"


def test_a_figure_in_a_relative_clause_with_its_own_subject_is_not_the_outer_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chad has pledged 800 soldiers for the mission, which Norway has backed with $90 million."
    claims = claim_records(nlp, text)
    assert [(c.value, c.claimant_key) for c in claims] == [(800, "place:chad"), (90e6, None)]


def test_a_hyphenated_name_is_one_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "Floods covered 30% of Saint-Jean-de-Luz.")[0].subject == "Saint-Jean-de-Luz"


def test_millions_of_a_nationality_are_people_not_metres(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "Jordan hosts 1.3m Syrians, the agency says.")[0]
    assert (claim.value, claim.unit, claim.subject) == (1.3e6, None, "Syrians")


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The quake killed 300 people on Monday, and 1,200 were injured.", ["kill", "injure"]),
        ("Some 300 people killed in the floods were buried on Friday.", ["kill"]),
        ("Police detained 45 protesters; 10,000 people marched.", ["detain", None]),
    ],
)
def test_what_happened_to_the_people_counted_is_part_of_the_topic(nlp, text: str, events: list[str | None]) -> None:  # type: ignore[no-untyped-def]
    """So that the killed and the injured of one day are never taken for conflicting figures."""
    from app.ingest.store import subject_key

    claims = claim_records(nlp, text)
    assert [c.event for c in claims] == events
    assert len({subject_key(c.subject, c.event) for c in claims}) == len(claims)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a capitalised common noun opening a sentence, which the recogniser may take for a person
        ("Turnout was 58.3 per cent, the election board said, down from 64 per cent in 2015.", ["Turnout", "Turnout"]),
        # the compared figure hangs on the reporting verb: its subject is the speaker, not what is measured
        ("Imports fell to $3.1 billion, the customs office reported, down from $3.6 billion.", ["Imports", "Imports"]),
    ],
)
def test_the_speaker_of_a_figure_is_not_what_it_measures(nlp, text: str, subjects: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == subjects


def test_a_verb_that_can_report_speech_but_acts_on_a_figure_keeps_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Acme Foods rose 9 cents to $3.10, Northwind Mills added 12 cents to $4.30 and Delta Steel gained 5 cents."
    claims = claim_records(nlp, text)
    assert [c.subject for c in claims] == [
        "Acme Foods",
        "Acme Foods",
        "Northwind Mills",
        "Northwind Mills",
        "Delta Steel",
    ]
    assert {c.claimant_key for c in claims} == {None}  # "added" here is a change, not speech


def test_a_part_of_a_count_counts_the_same_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The navy said it had intercepted 17 of 25 missiles fired at the port.")
    assert [(c.value, c.subject) for c in claims] == [(17, "missiles"), (25, "missiles")]


def test_a_participle_on_the_figures_noun_dates_it_before_the_clauses_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rents rose 9.1% in June, twice the 4.5% increase reported in May."
    claims = claim_records(nlp, text)
    assert [(c.value, c.refers_to) for c in claims] == [(9.1, date(2023, 6, 1)), (4.5, date(2023, 5, 1))]


def test_others_counts_what_the_figure_before_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The storm killed 52 villagers, the agency said. It said 310 others had been injured."
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.event) for c in claims] == [(52, "villagers", "kill"), (310, "villagers", "injure")]


def test_a_date_written_right_after_a_figure_without_a_preposition_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The treasury expects debt to fall to 61% of output next year from 64% this year."
    claims = claim_records(nlp, text)
    assert [(c.value, c.refers_to) for c in claims] == [(61, date(2025, 1, 1)), (64, date(2024, 1, 1))]


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # the earlier figure of "up from" / "compared with … before" is not of the other figure's date
        ("The toll rose to 63 on Friday, up from 48.", [True, False]),
        ("Just 20 buses ran on Monday, compared with an average of 300 a day before the strike.", [True, False]),
        # a comparison of the same moment keeps it
        ("The mayor won 54% of the vote on Sunday, compared with 39% for her rival.", [True, True]),
    ],
)
def test_a_compared_earlier_figure_is_not_dated_by_the_other_figures_date(nlp, text: str, dated: list[bool]) -> None:  # type: ignore[no-untyped-def]
    assert [c.refers_to is not None for c in claim_records(nlp, text)] == dated


def test_another_figure_is_never_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The fund has released $310m of the $2.4bn pledged at the donor conference.")
    assert [(c.value, c.subject) for c in claims] == [(310e6, None), (2.4e9, None)]


def test_a_figure_another_source_puts_elsewhere_is_the_same_topic(nlp) -> None:  # type: ignore[no-untyped-def]
    """So that the two are compared (and flagged as conflicting figures)."""
    text = "The mayor said 40,000 people had fled, a figure that the Red Crescent put at about 25,000."
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.event) for c in claims] == [(40000, "people", "flee"), (25000, "people", "flee")]
    assert claims[1].claimant_key is not None and claims[1].claimant_key != claims[0].claimant_key


def test_a_that_clause_taken_for_a_relative_clause_on_the_audience_is_what_was_told(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Colonel Ana Ruiz told a briefing that rebels had fired around 60 shells at the town since Monday."
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.claimant_key) for c in claims] == [(60, "shells", "person:ana ruiz")]


def test_a_number_before_a_named_group_counts_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The army said it had destroyed 140 Hamas positions.")
    assert [(c.value, c.subject) for c in claims] == [(140, "Hamas positions")]


def test_a_model_number_before_a_name_is_still_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The carrier is grounding three new 737 Max jets.")
    assert [c.value for c in claims] == [3]  # not 737


def test_a_count_by_the_speakers_own_people_is_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The Alpine Rescue Service said its teams had counted 45 avalanches since Friday.")
    assert [(c.value, c.claimant_key) for c in claims] == [(45, "org:alpine rescue service")]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # "a share that …" stands for what the share before was of
        (
            "Coal made up 60% of the country's power output in 2010, a share that has fallen to 35%.",
            ["power output"] * 2,
        ),
        # a share of output spent on something measures the spending's object
        ("Lisbonia will spend 3% of GDP on health next year, up from 2.5% now.", ["health", "health"]),
        # a participle clause after "before"/"after" shares the main clause's subject
        ("Copper prices climbed to $9,800 a tonne before falling back to $9,500.", ["Copper prices"] * 2),
    ],
)
def test_subjects_carried_over_from_the_main_figure_or_clause(nlp, text: str, subjects: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == subjects


def test_exceeding_a_figure_is_more_than_it(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Officials fear losses could exceed $4 billion; the toll has surpassed 900.")
    assert [(c.value, c.qualifier) for c in claims] == [(4e9, "more_than"), (900, "more_than")]


def test_a_fact_box_label_is_what_its_figure_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The storm in numbers:\n- Deaths: 87\n- Homes destroyed: more than 2,400\nEvacuated: about 60,000"
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.qualifier) for c in claims] == [
        (87, "Deaths", "exact"),
        (2400, "Homes destroyed", "more_than"),
        (60000, "Evacuated", "approximate"),
    ]


def test_a_bare_number_injured_is_people_not_the_tally_before_and_the_toll_is_the_dead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials put the number of dead at 580 and said 2,400 were injured, while rebels said the real toll was 900."
    )
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject) for c in claims] == [
        (580, "number of dead"),
        (2400, "people"),
        (900, "number of dead"),
    ]


def test_since_the_start_of_the_year_dates_a_figure_from_january(nlp) -> None:  # type: ignore[no-untyped-def]
    claim = claim_records(nlp, "Since the start of the year, at least 210 people have drowned on the route.")[0]
    assert (claim.refers_to, claim.refers_to_precision, claim.refers_to_relation) == (
        date(2024, 1, 1),
        "month",
        "since",
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("In Egypt the price of a kilo of rice rose to 40 pounds, Egyptian traders said.", "EGP"),  # the country's
        ("The rail fare went up to 12 pounds.", "GBP"),  # no country named: sterling
        ("The parcel weighed 7 pounds.", "lb"),  # not a price: a weight
        # a currency's price: what a dollar fetches on the black market in an article about Egypt
        ("In Egypt, dollars had been trading at up to 70 pounds on the black market.", "EGP"),
        ("Lebanon's currency has collapsed: a dollar now buys 89,500 pounds.", "LBP"),
    ],
)
def test_pounds_of_a_price_are_money(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text)] == [unit]


def test_the_nearest_source_of_a_figure_decides_even_when_unnamed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police said the crowd numbered around 40,000, while organisers said 150,000 people took part."
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject) for c in claims] == [(40000, "crowd"), (150000, "people")]
    assert claims[1].claimant_key is None  # the organisers', not the police's


def test_according_to_after_a_contrasting_clause_is_that_clauses_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The civil defence agency said 1,240 people had died in the south, while in the north at least 310 "
        "people have died, according to the International Committee of the Red Cross."
    )
    claims = claim_records(nlp, text)
    assert [c.value for c in claims] == [1240, 310]
    assert claims[1].claimant_key is not None and claims[1].claimant_key != claims[0].claimant_key


def test_a_source_revising_its_figure_to_a_new_level_claims_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Monday the ministry put the death toll at 2,100, but the Red Crescent later revised its own count "
        "down to 1,650."
    )
    ex, names = run(nlp, text)
    claims = {c.value: c for c in ex.claims}
    assert claims[1650].claimant_key is not None and names[claims[1650].claimant_key].name == "Red Crescent"
    assert claims[1650].subject == claims[2100].subject == "death toll"


def test_a_revision_verb_without_a_new_level_claims_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c.claimant_key for c in claim_records(nlp, "The army upgraded 40 tanks last year.")] == [None]


def test_of_two_subjects_the_one_next_to_the_verb_is_measured(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser gives "struck" two subjects, "magnitude" and "quake"
    text = "The magnitude 6.2 quake struck early Sunday in the hills, about 30 kilometres north of the city."
    claims = claim_records(nlp, text)
    assert [(c.value, c.unit, c.subject) for c in claims] == [(6.2, "magnitude", "quake"), (30, "km", "quake")]


def test_a_bracketed_conversion_keeps_the_qualifier_of_the_figure_it_converts(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The fire burned roughly 12,000 hectares (29,650 acres) of forest.")
    assert [(c.value, c.qualifier) for c in claims] == [(12000, "approximate"), (29650, "approximate")]


def test_a_common_noun_the_recogniser_calls_a_person_after_a_dateline_dash_is_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from app.extract.claims import _named_entity

    words = ["OTTAWA", "—", "Wildfires", "have", "burned", "land", ",", "Ana", "Ruiz", "said", "."]
    tags = ["NNP", ":", "NNS", "VBP", "VBN", "NN", ",", "NNP", "NNP", "VBD", "."]
    ents = ["B-GPE", "O", "B-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(nlp.vocab, words=words, tags=tags, ents=ents, sent_starts=[i == 0 for i in range(len(words))])
    assert not _named_entity(doc[2], {"PERSON"})  # capitalised for its place after the dash
    assert _named_entity(doc[8], {"PERSON"})


def test_a_level_put_on_a_noun_by_a_relative_clause_without_its_pronoun_counts_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She said 100,417 people had crossed into the country, from a population the local side put at 120,000."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(100417, "people"), (120000, "population")]


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        ("Researchers said warming had made the drought 20 times more likely.", "times", "drought"),
        ("The long drought has left bread 20% more expensive.", "%", "bread"),
    ],
)
def test_a_verb_of_making_compares_its_object(nlp, text: str, unit: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)] == [(unit, subject)]


def test_others_after_a_listed_part_count_what_the_whole_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said the strikes had killed 212 people, including 31 children. They said 840 others were wounded."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (212, "people"),
        (31, "children"),
        (840, "people"),
    ]


def test_who_forecasts_a_figure_claims_it_and_is_not_what_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Economists polled by Reuters had expected a 0.4% contraction in the third quarter.")
    # (the contraction itself, as "The bank forecast a 4% contraction": the quarter is when, not what contracted)
    assert [(c.value, c.subject, c.claimant_key) for c in claims] == [(0.4, "contraction", None)]
    ex, names = run(nlp, "The IMF expects growth of 2.5% next year.")
    assert [(c.subject, names[c.claimant_key].name if c.claimant_key else None) for c in ex.claims] == [
        ("growth", "International Monetary Fund")
    ]


def test_a_named_storm_is_no_actor_and_claims_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    ex, _ = run(nlp, "Cyclone Mira slammed into the coast on Sunday, killing at least 16 people.")
    assert [(c.value, c.claimant_key) for c in ex.claims] == [(16, None)]
    assert not [e for e in ex.entities if "Mira" in e.name]


def test_a_damaged_share_worth_an_amount_values_the_share_of_what(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials estimate that 6.5% of the province's wheat harvest was lost, worth some 2 billion rupees."
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)] == [("%", "wheat harvest"), ("INR", "wheat harvest")]


def test_crowns_are_the_currency_of_the_country_the_article_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Czech officials met on Monday. Repairs will cost about 4 billion crowns, the Czech finance ministry said."
    assert [c.unit for c in claim_records(nlp, text)] == ["CZK"]


def test_an_unnamed_sources_estimate_reported_according_to_a_named_body_is_that_bodys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Insurers estimate claims at 3 billion euros, according to the European Insurance Federation."
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name if c.claimant_key else None for c in ex.claims] == [
        "European Insurance Federation"
    ]


def test_a_multiples_base_is_not_what_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said snowfall had reached 140 centimetres in a week, more than four times the January average."
    claims = claim_records(nlp, text)
    assert [(c.unit, c.subject) for c in claims] == [("cm", "snowfall"), ("times", "snowfall")]


def test_a_level_crossed_after_another_figure_measures_its_own_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gangs now hold 80% of the port, as the death toll from the attacks passed 2,300 this year."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(80, "port"), (2300, "death toll")]


def test_a_share_done_measures_the_subject_of_its_copula(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The envoy said the appeal for aid was only 31% funded.")
    assert [(c.value, c.subject) for c in claims] == [(31, "appeal")]


def test_a_clause_subject_the_parser_gave_to_said_stays_in_the_statement_and_is_measured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said turnout in the March vote, which the ruling party won with 61% of ballots, had been 47.2%."
    ex, _ = run(nlp, text)
    statement = next(q for q in ex.quotations if q.kind == "indirect")
    assert text[statement.start : statement.end].startswith("turnout in the March vote")
    assert [(c.value, c.subject) for c in ex.claims][-1] == (47.2, "turnout")


def test_a_local_currency_name_leaves_the_verbs_subject_measured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Uganda's public debt stands at about 90 trillion shillings, roughly 48% of gross domestic product."
    claims = claim_records(nlp, text)
    assert [(c.unit, c.subject) for c in claims] == [("UGX", "public debt"), ("%", "public debt")]
    assert text[claims[0].start : claims[0].end] == "90 trillion shillings"


def test_a_participle_reaching_a_level_shares_the_main_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The average rent for a flat has risen 40% since March, reaching $1,250 a month."
    assert [c.subject for c in claim_records(nlp, text)] == ["average rent", "average rent"]


def test_a_share_a_change_verb_brings_its_object_to_measures_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The council raised parking fees to 2% of a car's value, from 0.5% last year. Jabs went to 30% of adults."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (2, "parking fees"),
        (0.5, "parking fees"),
        (30, "adults"),
    ]


def test_money_earned_from_something_measures_that_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The airport, which earned $310 million from landing fees last year, said it would expand."
    assert [c.subject for c in claim_records(nlp, text)] == ["landing fees"]
    text = "The charity raised $2 million from donors last year."
    assert [c.subject for c in claim_records(nlp, text)] == [None]


def test_the_time_a_change_is_compared_with_does_not_date_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tourist arrivals in July were down 18% on a year earlier. Exports in May rose 12% from a year earlier."
    assert [(c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)] == [
        (date(2023, 7, 1), "month"),
        (date(2023, 5, 1), "month"),
    ]


def test_the_equivalent_of_a_share_measures_what_it_restates(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency estimated the cost of the floods at $5 billion, the equivalent of 3% of the country's 2022 GDP."
    claims = claim_records(nlp, text)
    assert [(c.unit, c.subject) for c in claims] == [("USD", "cost"), ("%", "cost")]
    assert [c.refers_to for c in claims] == [None, None]  # the year is the GDP's, not the estimate's


def test_a_year_written_on_a_noun_dates_figures_said_of_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021 sales rose 5%. The 2021 budget deficit of 5% was a record. The firm's 2020 exports were worth $3 billion."
    )
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.refers_to) for c in claims] == [
        (5, "sales", date(2021, 1, 1)),
        (5, "budget deficit", date(2021, 1, 1)),
        (3e9, "exports", date(2020, 1, 1)),
    ]  # "2020" after "'s" is the exports' year, not a count of them
    text = "Turnout was down slightly from the 16.1% in the 2008 election."  # the figure's own circumstance
    assert [c.refers_to for c in claim_records(nlp, text)] == [date(2008, 1, 1)]


def test_the_first_months_alone_are_this_years_once_they_are_over(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Exports fell sharply this year. In the first two months, some 110,000 tonnes were shipped."
    assert [(c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)] == [(date(2024, 1, 1), "month")]
    assert resolve_period("the first three months", date(2024, 2, 10)) is None  # not over yet: which year is unsaid
    assert resolve_period("the first half", date(2024, 9, 10)) is None  # a match has halves too


def test_who_is_asked_for_money_is_not_what_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, "The agency had asked donors for $600 million.")] == [None]


def test_millions_of_pounds_not_of_anything_weighed_are_money(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Net borrowing is expected to reach 127.5 billion pounds this year. The levy would raise 25 billion pounds "
        "a year. Smugglers moved 40 million pounds of cocaine."
    )
    assert [c.unit for c in claim_records(nlp, text)] == ["GBP", "GBP per year", "lb"]


def test_both_ends_of_a_change_noun_measure_what_changed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Unions said the increase in employers' contributions, to 15% from 13.8%, would cost jobs."
    assert [c.subject for c in claim_records(nlp, text)] == ["contributions", "contributions"]


def test_a_figure_a_subject_is_estimated_at_measures_that_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The death rate among children under five is estimated at between 3% and 5%."
    assert [c.subject for c in claim_records(nlp, text)] == ["death rate"]


def test_figures_reported_as_an_object_are_the_reporters(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Congo has reported more than 15,600 suspected cases and 537 deaths this year, the WHO chief told reporters."
    ex, names = run(nlp, text)
    # ("Congo" alone is the Democratic Republic, as AP and Reuters style write it)
    assert [names[c.claimant_key].name for c in ex.claims] == ["Democratic Republic of the Congo"] * 2


def test_the_date_a_record_is_counted_from_does_not_date_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bond yield climbed to 4.47%, its highest since May. Prices rose 3%, the biggest jump since 2008."
    assert [c.refers_to for c in claim_records(nlp, text)] == [None, None]
    assert [c.refers_to for c in claim_records(nlp, "Some 4,000 people have crossed since August.")] == [
        date(2023, 8, 1)
    ]


def test_a_figure_hung_on_the_first_of_two_nouns_counts_the_second(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, "The agency said 2.5 million vaccine doses were needed.")] == [
        "vaccine doses"
    ]


def test_over_a_place_is_where_not_more_than(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Air defences shot down 31 of the drones over nine regions. Protests broke out in over 300 cities."
    assert [(c.value, c.qualifier) for c in claim_records(nlp, text)] == [
        (31, "exact"),
        (9, "exact"),
        (300, "more_than"),
    ]
    text = "Her flat was submerged under two metres of water. Prices fell under $2 a litre. Rents rose over 5%."
    assert [(c.value, c.qualifier) for c in claim_records(nlp, text)] == [
        (2, "exact"),
        (2, "less_than"),
        (5, "more_than"),
    ]


def test_a_dozen_standing_alone_counts_what_the_figure_before_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two people were killed and at least a dozen wounded when a shell hit a market."
    assert [(c.value, c.qualifier, c.subject) for c in claim_records(nlp, text)] == [
        (2, "exact", "people"),
        (12, "at_least", "people"),
    ]


def test_the_date_of_the_event_a_count_runs_since(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At least 9,000 civilians had been killed since the invasion in February 2022, the mission said. "
        "More than 3,000 people have died since the war began in 2022."
    )
    assert [(c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)] == [
        (date(2022, 2, 1), "since"),
        (date(2022, 1, 1), "since"),
    ]


def test_a_capitalised_measure_opening_a_sentence_is_measured_and_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    # the recogniser takes "Turnout" for a person's name
    text = "Turnout was 58.6%, down from 66% in 2019, the Electoral Commission said."
    ex, _ = run(nlp, text)
    assert [c.subject for c in ex.claims] == ["Turnout", "Turnout"]
    assert "Turnout" not in [e.name for e in ex.entities]


def test_a_day_written_with_on_dates_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The river peaked at 5.33 metres on May 5, well above the previous record of 4.76 metres set in 1941."
    assert [c.refers_to for c in claim_records(nlp, text)] == [date(2023, 5, 5), date(1941, 1, 1)]


def test_a_day_before_a_time_of_day_dates_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The river had receded to 4.1 metres by Monday morning."
    # (told in the past, "by" a time is where things stood then: "at", not a target)
    assert [(c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)] == [(date(2024, 3, 4), "at")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" a time in a clause told in the past: the count as it stood then
        ("About 8,000 people had crossed the border by Wednesday morning.", (date(2024, 3, 6), "at")),
        ("By Tuesday, 91% of customers had their power back.", (date(2024, 3, 5), "at")),
        # looking ahead it stays a target, and a weekday is the coming one
        ("The utility said 20,000 homes will have power by Tuesday.", (date(2024, 3, 12), "by")),
        ("The agency aims to vaccinate 3 million people by June.", (date(2024, 6, 1), "by")),
    ],
)
def test_by_a_time_told_in_the_past_is_where_things_stood(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [(c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)] == [expected]


def test_an_earners_money_measures_the_earner_unless_earned_from_something(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Farm workers earn about $19 a day. For these deals, the bank earned about $600 million last year."
    assert [c.subject for c in claim_records(nlp, text)] == ["Farm workers", "bank"]


def test_a_length_written_as_a_modifier_does_not_hide_the_clauses_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Borrowing costs rose on Thursday, with the yield on 10-year bonds climbing to 4.47%."
    assert [c.refers_to for c in claim_records(nlp, text)] == [date(2024, 3, 7)]
    text = "In the 2012 election, the governor won only 27 percent of that vote."
    assert [c.refers_to for c in claim_records(nlp, text)] == [date(2012, 1, 1)]


def test_bare_numbers_of_people_killed_or_living_somewhere_count_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "More than 3,600 people were killed in the first half of the year. That compares with 8,400 killed in "
        "all of 2023. Most of them are staying with relatives, but nearly 75,000 are living in makeshift camps."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (3600, "people"),
        (8400, "people"),
        (75000, "people"),
    ]


def test_one_day_as_an_adverb_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "Workers are building a road that could one day stretch from Asia to Europe.") == []


def test_a_figure_taken_off_something_measures_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Economists said the storm could shave 0.2 percentage points off the country's economic growth."
    assert [c.subject for c in claim_records(nlp, text)] == ["economic growth"]


def test_a_word_for_a_share_or_score_is_never_what_is_measured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The storm could shave 0.2 points off growth this year, which they had forecast at 6.5%."
    assert [c.subject for c in claim_records(nlp, text)] == ["growth", None]
    assert claim_records(nlp, "The shares were trading at 180p at one point last year.")[1:] == []


@pytest.mark.parametrize(
    "source",
    ["two people familiar with the matter said", "three people with knowledge of the talks said"],
)
def test_a_count_of_unnamed_sources_is_no_claim_and_lends_no_claimant(nlp, source: str) -> None:  # type: ignore[no-untyped-def]
    text = "Harbour Energy Group said the attack had shut its terminal. The group paid $4 million, " + source + "."
    got = claims_of(nlp, text)
    # the money is the unnamed sources' (not the company a cue inside their words names); the sources
    # are counted by no claim
    assert [(c[0], c[4], c[6]) for c in got] == [(4_000_000.0, "USD", None)], got


def test_a_price_reached_in_a_trading_session_measures_what_moved_not_the_session(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "Shares in the airline fell 6.2 per cent to $18.40 in early trading.")
    assert [(c[0], c[4], c[5]) for c in got] == [(6.2, "%", "Shares"), (18.4, "USD", "Shares")], got
    # an amount that is the object keeps what it is in
    got = claims_of(nlp, "The bank lent $40m in emergency credit.")
    assert [(c[0], c[5]) for c in got] == [(40_000_000.0, "emergency credit")], got


def test_a_participle_after_a_comma_is_no_part_of_what_a_figure_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "Dock workers walked out on Monday, halting exports of about 90,000 barrels per day.")
    assert [(c[0], c[5]) for c in got] == [(90_000.0, "exports")], got


def test_a_second_object_put_at_its_own_level_is_what_that_level_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The World Bank has estimated total damage at $6.2 billion and economic losses at a further $4.8 billion."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(6.2e9, "total damage"), (4.8e9, "economic losses")]


def test_the_from_figure_of_a_level_is_what_the_level_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    # "down from": the chance, not the traders who see it
    text = (
        "Traders now see a less than 20% chance of a cut next month, down from about 50% before the release, "
        "according to QRTX data."
    )
    got = claims_of(nlp, text)
    assert [(c[0], c[5], c[6]) for c in got] == [(20.0, "chance", "QRTX"), (50.0, "chance", "QRTX")], got


def test_a_figure_in_the_writers_aside_after_a_statement_is_not_the_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Federation of Port Workers is demanding an 11% raise to keep up with rents, which rose 8.2% in May."
    got = claims_of(nlp, text)
    assert [(c[0], c[6]) for c in got] == [(11.0, "Federation of Port Workers"), (8.2, None)], got
    # what the cue reports keeps its source, and so does a figure the writer adds without an aside
    text = "The Health Ministry of Sudan said 40 people died on Monday, bringing the toll to 212."
    assert [c[6] for c in claims_of(nlp, text)] == ["Health Ministry of Sudan"] * 2
    # so does a description set off by a comma on a name at the end of the words
    text = (
        "The Ardenian army said in a statement that it had no intention of taking Varnok, a city of about 2 million "
        "people."
    )
    assert [c[6] for c in claims_of(nlp, text)] == [None]
    # a clause of time after the cue sets the writer's scene, even when the parser hangs it on the words
    text = (
        "The death toll has risen to 4,120, the Ardenian Red Cross said Thursday, as rescuers searched for "
        "thousands of people still missing after two dams collapsed during a storm."
    )
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(4120.0, "Ardenian Red Cross"), (2.0, None)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("She estimated that one-quarter to one-third of the crews were idle.", 0.25, 1 / 3),
        ("Between them, a third or a half of the wells had run dry.", 1 / 3, 0.5),
        # in a sentence about a vote, a range of shares is no tally of votes
        ("The bill passed, and a third or a half of the members voted for it.", 1 / 3, 0.5),
    ],
)
def test_a_range_of_fractions_is_one_share(nlp, text: str, low: float, high: float) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, text)
    assert len(got) == 1, got
    assert got[0][1] == pytest.approx(low) and got[0][2] == pytest.approx(high), got


@pytest.mark.parametrize(
    ("text", "exact", "qualifier"),
    [
        ("Nearly a million homes lost power.", "a million", "approximate"),
        ("A thousand volunteers joined the search.", "A thousand", "exact"),
        ("The fire razed almost a hundred cabins.", "a hundred", "approximate"),
    ],
)
def test_a_scale_word_after_a_is_one_of_that_scale(nlp, text: str, exact: str, qualifier: str) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, text)
    assert [(text[c.start : c.end], c.value, c.qualifier) for c in claims] == [
        (exact, {"million": 1e6, "thousand": 1e3, "hundred": 1e2}[exact.split()[-1]], qualifier)
    ]


def test_a_number_written_into_a_modifier_stays_in_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "The average five-year mortgage rate climbed to 6.1%.")
    assert [(c[0], c[5]) for c in got] == [(6.1, "average five-year mortgage rate")], got


def test_a_figure_said_to_stand_now_is_not_dated_by_the_clause_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Banks have withdrawn dozens of loans since March, and the average rate now stands at 7.2%."
    claims = claim_records(nlp, text)
    assert [(c.value, c.refers_to) for c in claims] == [(7.2, None)]
    # a date opening the sentence is both clauses'
    text = "On Monday, fuel prices rose 2% and the index now stood at 5,000."
    assert [c.refers_to_precision for c in claim_records(nlp, text)] == ["day", "day"]


def test_a_count_of_what_did_the_killing_has_no_casualty_event(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "Three landslides killed about 240 villagers in the valley.")
    assert [(c.value, c.event) for c in claims] == [(3.0, None), (240.0, "kill")]


def test_the_end_of_the_year_dates_a_target_not_a_past_narrative(nlp) -> None:  # type: ignore[no-untyped-def]
    ahead = claim_records(nlp, "The central bank expects inflation to ease to 4% by the end of the year.")
    assert [(c.value, c.refers_to, c.refers_to_relation) for c in ahead] == [(4.0, date(2024, 1, 1), "by")]
    past = claim_records(nlp, "By the end of the year, the mayor had climbed to 41 percent in the polls.")
    assert [(c.value, c.refers_to) for c in past] == [(41.0, None)]


def test_units_written_into_a_modifier_belong_to_the_figure_not_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "Crews cleared the soon-to-open six-acre riverside park.")
    assert [(c[0], c[4], c[5]) for c in got] == [(6.0, "acre", "soon-to-open riverside park")], got


@pytest.mark.parametrize(
    "text",
    [
        "It was the deadliest ferry disaster since 2011, when a boat sank off Zanzibar, killing all 203 people aboard.",
        "It was the worst bombing since 2011, when militants killed 203 people in the capital.",
    ],
)
def test_a_figure_in_the_when_clause_of_a_since_date_is_dated_at_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, text)
    assert [(c.value, c.refers_to, c.refers_to_relation) for c in claims] == [(203.0, date(2011, 1, 1), "at")]


def test_half_that_amount_is_a_share(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claim_records(nlp, "The agency asked for $4.1 million and has received less than half that sum.")
    assert [(c.value, c.qualifier, c.subject) for c in claims][1:] == [(0.5, "less_than", "sum")]


def test_a_bare_number_taken_in_counts_what_the_count_before_it_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Uganda has taken in 1.5 million refugees. Kenya, which received about 600,000, has closed its camps."
    got = claims_of(nlp, text)
    assert [(c[0], c[3], c[5]) for c in got] == [
        (1_500_000.0, "exact", "refugees"),
        (600_000.0, "approximate", "refugees"),
    ]


def test_a_month_a_figure_could_reach_by_lies_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    # PUB is in March 2024: "by February" under "could" is February 2025, not the February just gone
    claims = claim_records(nlp, "The agency said up to 4 million people could face hunger by February.")
    assert [(c.value, c.refers_to, c.refers_to_relation) for c in claims] == [(4_000_000.0, date(2025, 2, 1), "by")]


def test_lakh_and_crore_scale_a_figure_and_rs_takes_the_country_of_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The state government released Rs 450 crore for flood relief in Assam, and 2.3 lakh people remain in camps."
    got = claims_of(nlp, text)
    assert [(c[0], c[4], c[5]) for c in got] == [(4_500_000_000.0, "INR", "flood relief"), (230_000.0, None, "people")]
    # "Rs" is written in Pakistan and Sri Lanka too; the figure's own scale word is never its subject
    got = claims_of(nlp, "Rs 3 crore was released for relief in Pakistan's Punjab province, a Pakistani official said.")
    assert [(c[0], c[4], c[5]) for c in got] == [(30_000_000.0, "PKR", None)]


def test_two_lakh_in_words() -> None:
    from app.extract.numbers import parse_words

    assert parse_words(["two", "lakh"]) == 200_000
    assert parse_words(["one", "lakh", "crore"]) == 1e12  # a scale on a scale
    assert parse_words(["two", "hundred", "thousand"]) == 200_000


@pytest.mark.parametrize(
    "text",
    [
        "Applications climbed to a record 640,000 last year, the ministry said.",  # the figure as "record"'s number
        "Displacement rose to a record 110 million, the agency said.",  # … and in apposition to it
    ],
)
def test_a_level_reached_at_a_record_measures_what_rose(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, text)
    assert [c[5] for c in got] == [text.split()[0]], got


def test_a_participle_parsed_as_a_clause_subject_leaves_its_noun_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "The number of people forcibly displaced worldwide rose to 84 million, the agency said.")
    assert [(c[0], c[5]) for c in got] == [(84_000_000.0, "people")]


def test_a_figure_a_relative_clause_on_its_source_reports_is_the_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rivers burst their banks across the valley, according to the International Organization for Migration, "
        "which said some 12,000 families had fled."
    )
    got = claims_of(nlp, text)
    assert [(c[0], c[6]) for c in got] == [(12_000.0, "International Organization for Migration")]


def test_a_share_of_gdp_restating_a_figure_measures_what_it_does(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister said the cost of the floods was $9 billion. The bank later put the figure at $12 billion, "
        "or roughly 5% of gross domestic product."
    )
    assert [c.subject for c in claim_records(nlp, text)] == ["cost", "cost", "cost"]


def test_money_in_a_local_currency_name_measures_what_follows_in(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "The Kenyan finance bill sought to raise 200 billion shillings in new taxes.")
    assert [(c[4], c[5]) for c in got] == [("KES", "new taxes")]


def test_a_level_the_parser_hung_on_a_gerund_in_the_estimated_object_is_the_estimate(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(nlp, "The Pacific Disaster Center put the cost of rebuilding at $5.5 billion.")
    assert [(c[4], c[5], c[6]) for c in got] == [("USD", "cost", "Pacific Disaster Center")]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Tourism employs about half a million people.", 500_000.0, "people"),
        ("A quarter of a million people fled the coast.", 250_000.0, "people"),
        ("Half a dozen bodies were found in the river.", 6.0, "bodies"),
    ],
)
def test_a_share_of_a_scale_word_is_one_number(nlp, text: str, value: float, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(pytest.approx(value), subject)]


def test_a_compass_direction_is_not_what_a_distance_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The quake had its epicentre about 72km south-west of the city.")
    assert [(c.value, c.unit, c.subject) for c in got] == [(72.0, "km", None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 3,000 migrants a day crossed the border in June.", "migrant per day"),
        ("The camp takes in 40 Syrian refugees a week.", "refugee per week"),
        ("The clinic treated 200 patients a day earlier.", None),  # when, not how often
    ],
)
def test_a_count_per_span_of_time_is_a_rate(nlp, text: str, unit: str | None) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text)] == [unit]


def test_a_number_taken_hostage_counts_hostages(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials say around 1,400 people were killed in the raid on that day and more than 240 taken hostage."
    assert [c.subject for c in claim_records(nlp, text)] == ["people", "hostages"]


def test_a_record_a_level_is_compared_with_measures_the_same_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The river peaked at 5.33 metres on Sunday, well above the previous record of 4.76 metres set in 1941."
    assert [c.subject for c in claim_records(nlp, text)] == ["river", "river"]


def test_the_pound_of_an_article_about_egypt_is_egypts_in_an_exchange_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "CAIRO — Egypt devalued its currency on Wednesday. The pound fell to about 49.5 to the dollar from 30.85."
    assert [c.unit for c in claim_records(nlp, text)] == ["EGP per USD", "EGP per USD"]


def test_a_scaled_count_before_a_proper_noun_is_a_count_not_a_model_name(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The camps are home to nearly 1 million Rohingya.")
    assert [(c.value, c.subject) for c in got] == [(1_000_000.0, "Rohingya")]


def test_an_unnamed_forecaster_in_a_speakers_words_leaves_the_figure_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Finance Minister Omar Haddad said the country expected a further $1.2 billion from the World Bank."
    assert [c[6] for c in claims_of(nlp, text)] == ["Omar Haddad"]


def test_odds_written_n_to_one_are_not_two_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The city may outnumber the 2 million Basque population by 80 to 1, he says.")
    assert [c.value for c in got] == [2_000_000.0]


def test_a_figure_the_parser_hung_on_the_date_after_it_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claims_of(
        nlp, "Cyber attacks on hospitals have more than doubled since 2020, to 157 last year, figures show."
    )
    assert [(c[0], c[5]) for c in got] == [(157.0, "Cyber attacks")]


def test_a_change_set_off_after_a_count_measures_what_was_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser takes ", a 40% increase" for a second object of "killed"
    got = claim_records(nlp, "Floods killed more than 300 people in March, a 40% increase on the previous month.")
    assert [(c.value, c.subject) for c in got] == [(300.0, "people"), (40.0, "people")]


def test_a_threshold_a_subject_crossed_measures_that_subject_not_a_count_inside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The death toll from two powerful earthquakes that struck southern Turkey and northern Syria rose above "
    text += "41,000 on Wednesday."
    assert [c.subject for c in claim_records(nlp, text)] == ["powerful earthquakes", "death toll"]


def test_a_figure_in_where_a_speaker_spoke_is_not_their_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We will rebuild these cities," President Tomas Berg told a crowd in the town, near the epicentre of '
    text += "the magnitude 7.8 quake."
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(7.8, None)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The storm hit the coast on Wednesday, killing at least 27 people and leaving four missing.", "miss"),
        ("The blast left 40 dead and dozens more in hospital.", "die"),
    ],
)
def test_a_count_in_a_state_word_counts_people_in_that_state(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    last = claim_records(nlp, text)[-1]
    assert (last.subject, last.event) == ("people", event)


def test_a_scaled_count_as_the_subject_takes_its_verbs_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency said 7.1 million people had been displaced and another 1.5 million had fled abroad."
    assert [c.event for c in claim_records(nlp, text)] == ["displace", "flee"]


def test_a_relative_clause_putting_a_figure_on_a_source_makes_it_the_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "More than 380,000 people fled, according to the National Disaster Council, which put the number of "
    text += "affected people at 1.8 million."
    assert [c[6] for c in claims_of(nlp, text)][-1] == "National Disaster Council"


def test_a_year_before_a_singular_noun_is_a_date_not_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, "A 2022 study by a hydrologist warned that the dams needed urgent repairs.") == []


def test_pounds_to_the_dollar_are_an_exchange_rate_in_the_local_pound(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "BEIRUT — Lebanon's currency hit a new low of 140,000 pounds to the dollar on Tuesday, money changers said."
    assert [c.unit for c in claim_records(nlp, text)] == ["LBP per USD"]


def test_a_figure_in_an_according_to_clause_is_that_sources_not_a_later_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prices are soaring. Annual inflation reached 264% in February, according to the Central Statistics Office, "
        "and more than 80% of the population now lives in poverty, the United Nations said."
    )
    assert [c[6] for c in claims_of(nlp, text)] == ["Central Statistics Office", "United Nations"]
    statements = [(exact, speaker) for exact, speaker in indirect_of(nlp, text)]
    assert statements == [
        ("Annual inflation reached 264% in February", "Central Statistics Office"),
        ("more than 80% of the population now lives in poverty", "United Nations"),
    ]


def test_shooting_down_missiles_is_no_casualty_event(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The air force said it had shot down 87 missiles overnight. Gunmen shot 12 people.")
    assert [(c.value, c.event) for c in got] == [(87.0, None), (12.0, "shoot")]


def test_a_person_pronoun_that_put_a_figure_at_a_level_is_its_claimant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Costa, a spokeswoman for the fire service, said 300 homes had burned. "
    text += "She had earlier put the death toll at 450 before revising it."
    ex, names = run(nlp, text)
    assert [(c.value, names[c.claimant_key].name if c.claimant_key else None) for c in ex.claims] == [
        (300, "Maria Costa"),
        (450, "Maria Costa"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The council put the number of homes destroyed at 450.",  # the participle hung on the object
        "The council put the number of homes lost at 450 before revising it.",  # … or on the verb
    ],
)
def test_a_level_after_a_participle_in_the_estimated_object_measures_the_object(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(450, "number of homes")]


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        # a currency name several countries share: the one the article names, else the name alone
        ("Uganda's statistics office said a litre of fuel costs 5,200 shillings in Kampala.", "UGX", "litre of fuel"),
        ("Iraq's trade ministry said a kilo of tomatoes now costs 1,500 dinars in Basra.", "IQD", "kilo of tomatoes"),
        ("The fine was 500 shillings.", "shilling", "fine"),
    ],
)
def test_a_shared_currency_name_is_money_of_the_country_named(nlp, text: str, unit: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)] == [(unit, subject)]


def test_a_shared_currency_name_is_the_money_of_the_country_its_sentence_names(nlp) -> None:  # type: ignore[no-untyped-def]
    # the article names Somalia as often as Kenya; the figure's sentence names Kenya
    text = "The drought has hit Somalia, Ethiopia and Kenya. Somalia's government appealed for aid. "
    text += "A kilogram of maize flour now costs 200 shillings, Kenya's statistics bureau said."
    assert [(c.unit, text[c.start : c.end]) for c in claim_records(nlp, text)] == [("KES", "200 shillings")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Wages rose by an average of 4% last year.", "Wages"),  # the average is how, not what
        ("The city has lost a total of 900 hectares to the fires.", "city"),  # the verb's subject
        ("The firm paid a total of $2 billion in fines.", "fines"),
    ],
)
def test_an_aggregate_word_is_not_what_a_figure_measures(nlp, text: str, subject: str | None) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "Roughly two-thirds of Chileans disapprove of Congress, according to a poll by the Centre for Public Studies.",
        "Roughly 60% of Brazilians disapprove of Congress.",
    ],
)
def test_a_nationality_is_not_the_modifier_of_a_verb_taken_for_a_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "disapprove" as a noun the nationality modifies
    assert [c.subject for c in claim_records(nlp, text)] == [text.split(" of ")[1].split()[0]]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a share of GDP restating the figure before it measures what that figure measures
        (
            "The bank estimated the damage at $12 billion, equivalent to 4% of the country's gross domestic product.",
            ["damage", "damage"],
        ),
        ("The government ran a surplus of $3 billion, the equivalent of 2% of GDP.", ["surplus", "surplus"]),
        # a counting word for animals
        ("The farm lost 300 head of cattle in the flood.", ["cattle"]),
        # "half the": a predeterminer
        ("The floods covered half the country.", ["country"]),
    ],
)
def test_restated_shares_herds_and_predeterminer_halves(nlp, text: str, subjects: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == subjects


@pytest.mark.parametrize(
    "text",
    [
        "Only 900 trucks entered the city in the first half of March.",
        "Exports fell sharply in the second half of the year.",
        "A quarter of an hour later, the rain stopped.",
    ],
)
def test_a_part_of_a_span_of_time_is_no_share(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.value for c in claim_records(nlp, text) if c.value < 1] == []


def test_a_partitive_relative_clause_is_part_of_what_the_source_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    # ("are believed", with no one named as believing it, is no source of its own)
    text = "Chad says 134 soldiers remain missing, of whom at least 30 are believed to be dead."
    ex, names = run(nlp, text)
    assert [(c.value, names[c.claimant_key].name if c.claimant_key else None) for c in ex.claims] == [
        (134, "Chad"),
        (30, "Chad"),
    ]


def test_a_bare_count_after_of_whom_counts_the_whole_it_is_part_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army said 40 soldiers were wounded, of whom six were in critical condition."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(40, "soldiers"), (6, "soldiers")]


@pytest.mark.parametrize(
    ("text", "unit", "subject"),
    [
        (
            "The Lebanese pound fell to a record low of 140,000 to the U.S. dollar on Tuesday.",
            "LBP per USD",
            "Lebanese pound",
        ),
        ("The number of migrants rose to a record high of 5,000 in May.", None, "migrants"),
    ],
)
def test_a_figure_at_an_extreme_a_change_reached_measures_what_changed(nlp, text: str, unit, subject) -> None:  # type: ignore[no-untyped-def]
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)] == [(unit, subject)]


@pytest.mark.parametrize(
    "text",
    [
        "The country hosts about 1 million refugees who fled the war in 2017.",
        "The building had housed 300 families, which moved out in May.",
        "Some 5,000 people who were evacuated in March have returned home.",
    ],
)
def test_a_relative_clause_on_what_is_counted_does_not_date_the_count(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.refers_to for c in claim_records(nlp, text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation rose to 30% in May, above the 28% analysts had forecast.",
        "Growth slowed to 2.1%, below the 2.5% economists had expected.",
    ],
)
def test_a_forecast_hung_on_the_forecasters_measures_what_the_sentence_does(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    subjects = [c.subject for c in claim_records(nlp, text)]
    assert len(subjects) == 2 and subjects[0] == subjects[1] == text.split()[0]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a conversion in parentheses: its subject is never the other figure's unit word
        ("More than 3.8 million hectares (9.4 million acres) have already burned.", [None, None]),
        # a change verb's object is what crossed the threshold
        ("Smoke pushed the city's air quality index above 400 for the first time.", ["air quality index"]),
    ],
)
def test_converted_figures_and_objects_pushed_past_a_threshold(nlp, text: str, subjects: list) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == subjects


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a rate per a round number of people: one figure, the base in its unit, never a figure of its own
        (
            "The homicide rate climbed to 31 per 100,000 inhabitants in 2022 from about 9 per 100,000 in 2017.",
            [(31, "per 100,000 inhabitants", "homicide rate", 2022), (9, "per 100,000", "homicide rate", 2017)],
        ),
        (
            "Cholera incidence reached 85 cases per 100,000 people, the agency said.",
            [(85, "case per 100,000 people", "cases", None)],
        ),
        (
            "Maternal mortality stood at 410 per 100,000 live births.",
            [(410, "per 100,000 live births", "Maternal mortality", None)],
        ),
    ],
)
def test_rate_per_a_round_base(nlp, text: str, wanted: list[tuple[float, str, str, int | None]]) -> None:  # type: ignore[no-untyped-def]
    got = [(c.value, c.unit, c.subject, c.refers_to.year if c.refers_to else None) for c in claim_records(nlp, text)]
    assert got == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a bond named by the year it falls due: the year is neither money nor the figures' time
        (
            "The country's 2031 dollar bond lost 3.5 cents to trade at 52 cents on the dollar.",
            [(3.5, None), (52, None)],
        ),
        ("Its 2029 euro notes rose 2 cents in 2023.", [(2, 2023)]),
    ],
)
def test_a_bond_year_is_no_figure_and_no_date(nlp, text: str, wanted: list[tuple[float, int | None]]) -> None:  # type: ignore[no-untyped-def]
    got = [(c.value, c.refers_to.year if c.refers_to else None) for c in claim_records(nlp, text)]
    assert got == wanted


def test_a_share_of_an_owners_figure_measures_what_the_figure_is_in(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser makes the owner ("the country") the object of "of" and hangs the figure on it
    text = "Tea accounts for about 60% of the island's $1.2 billion in farm exports."
    got = {c.value: c.subject for c in claim_records(nlp, text)}
    assert got[60] == "farm exports" and got[1.2e9] == "farm exports"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Ministers offered a rise of about 3%, or at least 1,100 pounds a year.", "GBP per year"),
        ("Rent for the flat is 650 pounds a month.", "GBP per month"),
        # weighed "of" something (a rate of weight since session 39: "of beef a week" keeps its denominator)
        ("The ranch ships 900 pounds of beef a week.", "lb per week"),
    ],
)
def test_pounds_by_the_year_month_or_week_are_money(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text) if c.unit != "%"] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "The clashes left 40 wounded.",
        "Medics treated 300 injured on Sunday.",
        "The union, which backs the strikers, said it had counted 1,500 wounded, but warned the toll was higher.",
    ],
)
def test_a_bare_object_count_of_people_in_a_state(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the participle on the verb, not on the number
    got = [(c.subject, c.event) for c in claim_records(nlp, text)]
    assert len(got) == 1 and got[0][0] == "people" and got[0][1] in {"wound", "injure"}


def test_an_exchange_rate_given_of_it_after_the_currency_is_named(nlp) -> None:  # type: ignore[no-untyped-def]
    # "it" is the currency the sentence before is about; the rate "compared with" is the same rate before;
    # a name Sri Lanka shares with India ("rupee") is Sri Lanka's in an article about Sri Lanka
    text = (
        "COLOMBO, Sri Lanka — The rupee has lost 35% of its value since March. It traded at 310 to the dollar "
        "on Friday, compared with 205 a month earlier."
    )
    got = [(c.value, c.unit, c.subject) for c in claim_records(nlp, text) if c.unit != "%"]
    assert got == [(310, "LKR per USD", "rupee"), (205, "LKR per USD", "rupee")]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a second object the parser hangs on the verb beside the first: each level with its own object
        (
            "The central bank raised its deposit rate to 9.25% and its lending rate to 10.25%.",
            ["central bank's deposit rate", "central bank's lending rate"],
        ),
        # an object before the infinitive is what the level is of, not the forecaster
        (
            "The bank expected inflation, which hit 14.2% in May, to peak at about 27% in the coming months.",
            ["inflation", "inflation"],
        ),
    ],
)
def test_the_object_a_level_goes_with(nlp, text: str, subjects: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == subjects


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # what something costs is money; "up from" a bare figure is the same measure before
        ("BEIRUT — A bag of bread in Lebanon now costs 30,000 pounds, up from 1,500 in 2019.", ["LBP", "LBP"]),
        ("Exports fell to $2 billion from 2.4 billion.", ["USD", "USD"]),
        ("The bomb weighed 500 pounds.", ["lb"]),
    ],
)
def test_paid_pounds_and_the_level_before(nlp, text: str, units: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text)] == units


def test_a_level_in_a_relative_clause_the_parser_gave_two_objects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lenders urged the government to cut its budget deficit, which it expects to reach 4.8% of GDP this year."
    assert [c.subject for c in claim_records(nlp, text)] == ["budget deficit"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a count after a name, with the verb and the noun left out as they are in the clause before: a count
        # of that noun, claimed by the name (the subject of the verb left out)
        (
            "Chile pledged 300 tents, Peru 200 and Bolivia 150.",
            [(300, "tents", "Chile"), (200, "tents", "Peru"), (150, "tents", "Bolivia")],
        ),
        (
            "Chile has pledged 3 million doses and the United States 50,000.",
            [(3e6, "doses", "Chile"), (5e4, "doses", "United States")],
        ),
        # still no count: a number that is part of a name, or one followed by what it counts under another verb
        ("Shares rose 2% in the Dow and the S&P 500.", [(2, "Shares", None)]),
        ("Airbus delivered 40 jets, and Boeing 737 orders fell.", [(40, "jets", None)]),
    ],
)
def test_a_count_with_its_verb_and_noun_left_out(nlp, text: str, wanted: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert [(v, subj, by) for v, _, _, _, _, subj, by in claims_of(nlp, text)] == wanted


def test_a_currency_devalued_by_a_share_is_what_the_share_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    # a currency named with its article is the thing changed, not a unit (the subject had been "government"),
    # and the level it is devalued to is its exchange rate
    text = "Paraguay's government devalued the guarani by 54% to 8,000 per dollar."
    assert [(v, unit, subj) for v, _, _, _, unit, subj, _ in claims_of(nlp, text)] == [
        (54, "%", "guarani"),
        (8000, "PYG per USD", "guarani"),
    ]


def test_the_count_of_sources_who_speak_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks on a truce stalled on Tuesday, two Egyptian security sources said, as 300 trucks waited."
    assert [v for v, *_ in claims_of(nlp, text)] == [300]


def test_an_area_a_thing_spreads_across_measures_that_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    # the fires' extent, not the firefighters'
    text = "Firefighters were battling 165 fires across some 26,000 hectares (64,000 acres), the agency said."
    assert [(v, unit, subj) for v, _, _, _, unit, subj, _ in claims_of(nlp, text)] == [
        (165, None, "fires"),
        (26000, "ha", "fires"),
        (64000, "acre", "fires"),
    ]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a time closing the sentence after a coordinated clause with a parallel figure holds for both figures
        (
            "The ministry said 2,092 people had been killed and 6,028 wounded since Oct. 7.",
            [(2092, "2023-10-07"), (6028, "2023-10-07")],
        ),
        # not after a clause that holds no figure: another action, another time
        ("He has spent $500,000 on radio ads and debated his rival on Saturday.", [(500000, None)]),
    ],
)
def test_a_closing_time_shared_by_coordinated_figures(nlp, text: str, wanted: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    got = [(c.value, c.refers_to.isoformat() if c.refers_to else None) for c in claim_records(nlp, text)]
    assert got == wanted


def test_counts_of_a_group_named_first_and_their_parallels(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Of the dead," names what the bare numbers count; the later ones have their verb left out (a single one
    # written "one" is no claim: the project's definition, issue #11)
    text = "Of the dead, 211 were in the Valencia region, five in Castilla-La Mancha and one in Andalusia."
    assert [(v, subj) for v, _, _, _, _, subj, _ in claims_of(nlp, text)] == [(211, "dead"), (5, "dead")]


def test_what_a_rate_measures_between_its_unit_and_per(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Up to 491 litres of rain per square metre fell in eight hours in the town."
    assert [(v, unit, subj) for v, _, _, _, unit, subj, _ in claims_of(nlp, text)] == [
        (491, "l per square metre", "rain")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body named by its reach alone, and a junta
        ("The death toll rose to 217 on Monday, the regional government said.", "regional government"),
        ("The death toll rose to 3,085, the ruling military junta said.", "ruling military junta"),
        # the country's army, its military, by "the" alone, as "the police"
        ("The army, which imposed a curfew on Monday, said 14 soldiers had been hurt.", "army"),
        ("The military said 40 fighters had been killed in the raid.", "military"),
    ],
)
def test_a_body_named_by_its_reach(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [by for *_, by in claims_of(nlp, text)] == [speaker]


def test_a_time_of_the_clause_before_another_source_s_report_is_not_its_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebel groups announced a ceasefire on Tuesday, but a rights group said the army had carried out at "
        "least 16 air strikes since the quake."
    )
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(16, None)]


def test_a_country_recording_a_figure_in_a_speaker_s_words_is_the_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chad has recorded 658 cholera cases in two weeks, Health Minister Ana Ruiz said on Tuesday."
    assert [(v, by) for v, *_, by in claims_of(nlp, text)] == [(658, "Ana Ruiz")]


def test_a_figure_put_on_the_last_of_coordinated_nouns_measures_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # a passive "estimated at" reports no clause (the parser hangs the sentence's first half on it) and its
    # subject is what is valued; the singular verb agrees with the last noun only, not with the buildings
    text = (
        "Rioters set fire to the city hall, the Central Bank and the homes of several mayors, and the damage to "
        "public property was estimated at 40 billion pesos by a state panel, according to the Daily Ledger."
    )
    ex, names = run(nlp, text)
    assert [names[q.speaker_key].name for q in ex.quotations if q.kind == "indirect"] == ["Daily Ledger"]
    assert [(c.value, c.subject) for c in ex.claims] == [(40e9, "damage")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The damage was estimated at $2 billion by the World Bank.", "World Bank"),
        ("Losses were put at $2 billion by the World Bank, the minister said.", "World Bank"),
        ("The toll was estimated at 300 by a local monitor, the minister said.", None),
    ],
)
def test_a_passive_estimate_is_its_agent_s_figure(nlp, text: str, claimant: str | None) -> None:  # type: ignore[no-untyped-def]
    assert [by for *_, by in claims_of(nlp, text)] == [claimant]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The mayor said on Friday that the vote would be held on June 9, after riots left at least 31 people dead.",
            None,
        ),
        # a time inside the after-phrase is its own
        (
            "The party rebuilt itself after a heavy defeat in 2019, when its leader admitted that 40 seats were lost.",
            date(2019, 1, 1),
        ),
    ],
)
def test_a_time_on_the_clause_above_does_not_date_what_happened_before_it(nlp, text: str, when: date | None) -> None:  # type: ignore[no-untyped-def]
    assert [c.refers_to for c in claim_records(nlp, text)] == [when]


def test_the_level_a_toll_stands_at_is_a_count_though_tagged_as_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Ana Ruiz said looters had forced their way in. The death toll stood at 32, she added, but could rise."
    )
    assert [(v, s, by) for v, _, _, _, _, s, by in claims_of(nlp, text)] == [(32, "death toll", "Ana Ruiz")]


def test_the_level_a_source_puts_a_toll_at_is_a_count_though_tagged_as_a_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The disaster agency put the death toll in the province at 53, while neighbouring districts reported 326 dead."
    )
    counts = {c.value: c.subject for c in claim_records(nlp, text)}
    assert counts == {53.0: "death toll", 326.0: "people"}  # (the level was dropped as a date)


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Thousands walked to Korem, about 60 km (37 miles) to the north, aid workers said.", ["Korem", "Korem"]),
        ("The outbreak worries officials in Lodwar, some 150 km away.", ["Lodwar"]),
        # a distance the clause's subject is at stays the subject's
        ("The quake struck 70 km south of the capital.", ["quake"]),
    ],
)
def test_a_distance_set_off_after_a_place_is_that_place_s(nlp, text: str, subjects: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [subj for *_, subj, _ in claims_of(nlp, text)] == subjects


def test_bare_degrees_about_heat_are_the_article_s_temperature_scale(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Temperatures reached 46C in the valley on Sunday. Forecasters said temperatures would stay 5 to 7 "
        "degrees above normal. The slope rises at 30 degrees."
    )
    assert [u for _, _, _, _, u, _, _ in claims_of(nlp, text)] == ["°C", "°C", "degree angle"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of what was just named, with nothing it is "of": no count of three quarters (of a year)
        (
            "The fund raised $4 million last year, more than three-quarters from small donors, its filing showed.",
            [(4e6, "USD", None)],
        ),
        ("The bill needs a two-thirds majority in the senate.", [(0.67, None, "majority")]),
    ],
)
def test_a_fraction_written_as_one_word_is_a_share_not_a_count_of_quarters(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert [(round(v, 2), u, s) for v, _, _, _, u, s, _ in claims_of(nlp, text)] == expected


def test_a_bare_number_a_verb_only_people_undergo_takes_counts_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fighting has killed thousands of people and displaced about 2 million, the agency said."
    assert [(v, s) for v, _, _, _, _, s, _ in claims_of(nlp, text)] == [(2e6, "people")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the level is set off as "its lowest level": the currency that owns it is quoted against the dollar
        ("The cedi weakened 2.1% to 1,532 per dollar on Tuesday, its lowest level in three months.", "GHS per USD"),
        # a currency's name the recogniser takes for a place
        ("Nigeria's naira fell 3% to 1,532 per dollar on Thursday.", "NGN per USD"),
    ],
)
def test_a_currency_s_level_against_another_is_an_exchange_rate(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    rates = [(v, u) for v, _, _, _, u, _, _ in claims_of(nlp, text) if v == 1532]
    assert rates == [(1532, unit)]


def test_what_a_converted_measure_is_of_past_its_brackets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kandy district was the worst hit, police said. The storm dumped more than 400 mm (16 inches) of rain "
        "on parts of the island in a day, the weather office said."
    )
    assert [(v, s) for v, _, _, _, _, s, _ in claims_of(nlp, text)] == [(400, "rain"), (16, "rain")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The coffee board said output in December could fall by as much as 20% compared with a year earlier.",
            date(2024, 12, 1),
        ),
        # a month in a clause that tells what happened, under a forecast, is the last one
        ("The bank expects inflation, which hit 18.7% in March, to ease.", date(2024, 3, 1)),
    ],
)
def test_a_month_a_hedged_forecast_names_is_the_coming_one(nlp, text: str, when: date) -> None:  # type: ignore[no-untyped-def]
    (claim,) = extract_article(nlp(text), date(2024, 11, 20)).claims
    assert claim.refers_to == when


def test_bare_numbers_listed_after_a_unit_written_first_take_that_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The first quake was followed by aftershocks of magnitude 6.1, 5.8, 5.4 and 4.9, the survey said."
    got = [(v, u) for v, _, _, _, u, _, _ in claims_of(nlp, text)]
    assert got == [(6.1, "magnitude"), (5.8, "magnitude"), (5.4, "magnitude"), (4.9, "magnitude")]


def test_a_result_posted_is_no_message_and_the_figure_stays_the_speaker_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Finance Minister Ana Ruiz said on Monday that the country had posted a primary surplus of 0.4% of GDP."
    assert [(v, by) for v, *_, by in claims_of(nlp, text)] == [(0.4, "Ana Ruiz")]


def test_a_figure_in_a_relative_clause_told_in_the_present_is_not_dated_by_the_clause_above(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The refinery, which employs about 800 people, was fined $2 million in 2021. "
        "The ferry, which was carrying 400 passengers, sank on Sunday."
    )
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [
        (800, None),
        (2_000_000, date(2021, 1, 1)),
        (400, date(2024, 3, 3)),  # (a past tense: as it was that day)
    ]


def test_a_word_number_after_including_counts_what_the_count_before_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "At least 15 people were killed, including nine in a bus crash during the evacuation."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(15, "people"), (9, "people")]


def test_a_currency_quoted_before_the_level_it_reached_makes_an_exchange_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kenya's shilling rose 1.2% against the dollar in early trading on Tuesday, to 128.5."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(1.2, "%"), (128.5, "KES per USD")]


def test_a_count_in_the_perfect_on_what_began_on_a_date_runs_since_then(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fighting, which erupted on March 4, has killed at least 310 people and wounded more than 2,000."
    assert [(c.value, c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)] == [
        (310, date(2024, 3, 4), "since"),
        (2000, date(2024, 3, 4), "since"),
    ]


def test_a_period_right_after_an_earlier_peak_dates_the_peak(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "New infections had fallen to about 180 a day from a peak of more than 600 in late January."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(180, None), (600, date(2024, 1, 1))]


def test_a_month_of_last_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cholera has killed at least 1,210 people since the outbreak began in March last year."
    assert [(c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)] == [(date(2023, 3, 1), "since")]


def test_a_comma_after_a_figure_ends_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "25,000" on "population" across the comma
    text = (
        "About 5,000 people had already left, bringing the number of evacuees to roughly 25,000, more than "
        "half the region's population of 46,000."
    )
    # (the count before it counted people; "number of evacuees" would say more, and is not read here)
    assert [c.subject for c in claim_records(nlp, text) if c.value == 25000] == ["people"]
    # a comma between modifiers of one noun does not
    text = "By the summer, the state was facing a $2.2 billion, two-year budget deficit."
    assert [c.subject for c in claim_records(nlp, text)] == ["two-year budget deficit"]


def test_a_unit_the_parser_hung_a_figure_on_is_not_what_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Petrol prices rose on Tuesday to as much as 617 naira a litre in Lagos from 488 naira."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(617, "Petrol prices"), (488, "Petrol prices")]


def test_one_in_what_a_thing_is_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"It is one big ocean," she said. Rescuers found two bodies on Monday. She hoped for one last look.'
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(2, "bodies")]


def test_a_single_thing_written_as_one_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    # "one man"-style counts are outside the project's definition of a claim (issue #11); "one million" and
    # "one in five" are figures
    text = (
        "For one thing, fuel is scarce, one broker said. Rescuers found one body on Monday. One million people "
        "have fled, and one in five children is malnourished."
    )
    assert [c.value for c in claim_records(nlp, text)] == [1e6, 0.2]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # a place that recorded a figure in the words of a source is where it was counted, not whose it is
        (
            "Uttar Pradesh, India's most populous state, recorded 36 deaths, followed by Bihar with 17, the "
            "health ministry said.",
            "health ministry",
        ),
        (
            "The capital, New Delhi, recorded 46.8 C on Wednesday, according to the Central Electricity Authority.",
            "Central Electricity Authority",
        ),
    ],
)
def test_a_place_that_recorded_a_figure_a_source_gives_is_not_its_claimant(nlp, text, claimant) -> None:  # type: ignore[no-untyped-def]
    ex, names = run(nlp, text)
    assert {names[c.claimant_key].name if c.claimant_key else None for c in ex.claims} == {claimant}


def test_a_counted_noun_the_tagger_read_as_a_verb_is_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    # "inmates" tagged VBZ
    text = "Gangs have freed more than 4,000 inmates from the prisons."
    assert [(c.value, c.subject, c.qualifier) for c in claim_records(nlp, text)] == [(4000, "inmates", "more_than")]


def test_a_count_after_a_name_the_parser_took_for_a_second_object_is_that_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norway has pledged 2.5 million doses, and the United States 40,000, officials said."
    ex, names = run(nlp, text)
    got = [(c.value, c.subject, names[c.claimant_key].name if c.claimant_key else None) for c in ex.claims]
    assert got == [(2_500_000, "doses", "Norway"), (40_000, "doses", "United States")]


@pytest.mark.parametrize(
    "text",
    [
        "The city approved a flood budget of $40 million, of which only 30% has been spent.",
        "Donors pledged to cover the agency's $85 million plan, of which it has received just 12 per cent.",
    ],
)
def test_a_share_told_of_in_an_of_which_clause_is_of_the_noun_the_clause_is_on(nlp, text) -> None:  # type: ignore[no-untyped-def]
    shares = [c for c in claim_records(nlp, text) if c.unit == "%"]
    assert [c.subject for c in shares] == [("flood budget" if "flood" in text else "plan")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The number of boats landing on the island rose to an average of 340 a week in June.", "boats"),
        ("Deliveries of fuel fell to an average of 12 a day in March, the ministry said.", "Deliveries"),
    ],
)
def test_a_level_given_as_an_average_measures_what_moved(nlp, text, subject) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == [subject]


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        # a share of "that": what the sentence before measured
        ("The port handled 12 million tonnes of cargo. About 40% of that was fuel, the authority said.", 40, "cargo"),
        # "put it at": what "it" stands for, the figure before in the same unit
        (
            "The insurer estimated the losses at $2 billion, while the regulator put it at $3.1 billion.",
            3.1e9,
            "losses",
        ),
        # an absolute "with X up N%": X
        ("Exports fell in June, with rice shipments down 12% on a year earlier.", 12, "rice shipments"),
        # a share of economic output restates the cost before it
        (
            "Analysts put the cost of the drought at $9 billion, or about 3% of the country's economic output.",
            3,
            "cost",
        ),
    ],
)
def test_what_a_figure_referring_back_measures(nlp, text, value, subject) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text) if c.value == value] == [subject]


def test_a_share_before_a_possessed_noun_measures_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The militia now holds more than half the district's farmland, residents said."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(0.5, "farmland")]


def test_a_source_in_a_clause_of_concession_does_not_claim_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The town recorded 49.1C on Tuesday, a national record, though the weather bureau later said the "
        "thermometer may have been faulty."
    )
    ex, _ = run(nlp, text)
    assert [(c.value, c.claimant_key) for c in ex.claims] == [(49.1, None)]


def test_a_word_that_ends_a_special_iso_code_name_is_no_currency(nlp) -> None:  # type: ignore[no-untyped-def]
    # "ADB Unit of Account" (XUA) and the metals (XAU "Gold") are ISO 4217 codes but no money news counts in
    text = "Residents under 18 account for a third of the dead, the ministry said. The vault held 12 tonnes of gold."
    assert not [c.unit for c in claim_records(nlp, text) if c.unit in {"XUA", "XAU"}]
    assert [c.value for c in claim_records(nlp, text) if c.value == 18] == []


def test_a_fact_box_label_dated_by_its_year_is_what_its_figure_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The outbreak in numbers:\n- Infections in 2023: more than 8,200\n- Deaths: 91"
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.qualifier) for c in claims] == [
        (8200, "Infections", "more_than"),
        (91, "Deaths", "exact"),
    ]
    assert claims[0].refers_to is not None and claims[0].refers_to.year == 2023


def test_a_mark_a_figure_falls_below_measures_the_same_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Only 48% of infants receive the second dose of the polio vaccine, well below the 90% needed to halt "
        "outbreaks, the ministry said."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(48, "infants"), (90, "infants")]


def test_a_cue_coordinated_after_a_figure_with_its_own_object_does_not_claim_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norway released 3 million crowns in emergency aid, and Japan pledged $4 million."
    ex, names = run(nlp, text)
    assert [(c.value, names[c.claimant_key].name if c.claimant_key else None) for c in ex.claims][:1] == [(3e6, None)]


def test_an_exchange_rate_at_a_record_low_measures_the_currency_that_sank(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Angry savers stormed at least four bank branches on Friday, as the Lebanese pound sank to a record low of "
        "38,000 to the dollar on the parallel market."
    )
    assert [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)] == [
        (4, None, "bank branches"),
        (38000, "LBP per USD", "Lebanese pound"),
    ]


def test_a_toll_given_by_the_copula_is_a_figure_of_the_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "So far this year, more than 900 people have died at sea, the agency said. Last year the death toll was 2,406."
    )
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject) for c in claims] == [(900, "people"), (2406, "death toll")]
    assert claims[1].refers_to is not None and claims[1].refers_to.year == PUB.year - 1  # last year


def test_a_verb_after_a_bare_number_read_as_a_noun_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mine had about 8,000 workers before the war; the company says fewer than 1,500 remain."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(8000, "workers"), (1500, "workers")]


def test_a_relative_clause_right_after_the_last_of_joined_nouns_is_on_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cholera has been helped by heavy rains and temperatures that were 2 degrees Celsius above normal."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(2, "temperatures")]


def test_a_distance_set_off_after_the_place_a_clause_reaches_is_that_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rescuers were digging by hand because bulldozers had yet to reach the village, about 300 kilometres "
        "north of the capital."
    )
    assert [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)] == [(300, "km", "village")]


def test_a_portuguese_do_inside_a_place_name_is_no_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Rio Grande do Sul": the parser reads "do" as an auxiliary and "Sul" as a second subject of "rose"
    text = "The death toll from floods in Brazil's southern state of Rio Grande do Sul rose to 100 on Wednesday."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(100, "death toll")]


def test_a_figure_a_noun_is_expected_to_rise_to_is_what_that_noun_stands_for(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "More than half a million people are facing catastrophic hunger, the monitor said, a figure expected to "
        "rise to 641,000 by the end of September."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(500000, "people"), (641000, "people")]


def test_a_count_confirmed_in_a_with_phrase_is_claimed_by_the_sentences_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The coastal province accounted for more than half of the deaths, with 95 confirmed, Gov. Ana Ruiz said."
    ex, names = run(nlp, text)
    assert [(c.value, names[c.claimant_key].name if c.claimant_key else None) for c in ex.claims] == [
        (0.5, "Ana Ruiz"),
        (95, "Ana Ruiz"),
    ]


def test_a_distance_after_a_town_named_with_of_is_the_named_towns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands fled as rebels advanced on the town of Sake, 25 km west of Goma, the agency said."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(25, "Sake")]


def test_a_rate_a_change_takes_something_to_is_that_things_level(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The central bank raised its key rates by 100 basis points, taking the standing deposit facility rate to "
        "15.50% and the standing lending facility rate to 16.50%."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)][1:] == [
        (15.5, "standing deposit facility rate"),
        (16.5, "standing lending facility rate"),
    ]


def test_a_figure_something_is_forecast_at_measures_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The country's budget deficit is forecast at about $43 billion this year. Growth is projected at 3%."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(43e9, "budget deficit"), (3, "Growth")]


def test_one_of_a_unit_is_a_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    # the "one" rule drops a single thing, not one of a unit
    text = "One US fluid ounce is a sixteenth of a US pint."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)][:1] == [(1, "fluid ounce")]


def test_a_figure_claimed_by_a_pronoun_is_not_claimed_by_a_speaker_further_down(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Power plant attack leaves half of region in the dark, officials say\n\n"
        "ODESA, Ukraine — A Russian missile and drone attack on a thermal power plant in the Odesa "
        "region on Saturday knocked out electricity to about half of the region's 2.4 million residents, "
        "the regional governor said.\n\n"
        'Oleh Kiper said in a Telegram post that the plant had been "seriously damaged" and that '
        "repairs would take weeks. Two workers were wounded, he said.\n\n"
        "The Ukrainian energy ministry said in a statement that Russia had launched 74 drones and 16 "
        "missiles at energy infrastructure overnight, the ninth such attack since March. The air force "
        "said it had shot down 53 drones and 10 missiles.\n\n"
        "The Kremlin's spokesman, Dmitry Peskov, told reporters the strikes were a response to Ukrainian "
        'attacks on Russian refineries. "Every action has consequences," he said.\n\n'
        "Ukraine's national grid operator Ukrenergo said it would impose scheduled outages of up to "
        "eight hours a day in eight regions from Monday. Its chief executive, Volodymyr Kudrytskyi, said "
        "the country had lost about 9 gigawatts of generating capacity since the spring, roughly half "
        "its pre-war total."
    )
    ex, names = run(nlp, text)
    wounded = [c for c in ex.claims if c.value == 2]
    assert len(wounded) == 1  # "Two workers were wounded, he said": never Peskov, quoted further down
    assert wounded[0].claimant_key is None or names[wounded[0].claimant_key].name == "Oleh Kiper"


def test_a_count_of_them_after_a_count_is_a_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 8,000 migrants swam into the enclave. Spain has sent back some 4,000 of them, the minister said."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(8000, "migrants"), (4000, "migrants")]


def test_a_price_a_bushel_keeps_its_denominator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Corn gained 2.1% to $4.98 a bushel."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(2.1, "%"), (4.98, "USD per bushel")]


def test_pounds_a_loaf_that_bread_costs_are_money(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bread costs 2,000 pounds a loaf in Khartoum, where the Sudanese pound has collapsed."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(2000, "SDG per loaf")]


def test_a_fold_increase_set_off_after_a_count_measures_that_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The region recorded more than 58,000 measles cases in 2023, a 45-fold increase from the 941 cases "
        "reported in 2022, the agency said."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (58000, "measles cases"),
        (45, "measles cases"),
        (941, "cases"),
    ]


def test_a_cue_coordinated_after_a_figure_with_a_clause_of_its_own_does_not_claim_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The central bank raised interest rates by a record 700 basis points on Friday and Finance Minister Ana "
        "Ruiz said she would seek help from the International Monetary Fund."
    )
    assert [c.claimant_key for c in claim_records(nlp, text)] == [None]


def test_up_from_compares_with_the_figure_of_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The agency said storms had flattened about 9,000 hectares of orchards and that dengue cases had climbed "
        "to 2,300 in the past month, up from 700 in May."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (9000, "orchards"),
        (2300, "dengue cases"),
        (700, "dengue cases"),  # (it had been the orchards, the sentence's first object)
    ]


def test_up_from_skips_a_figure_in_a_phrase_on_a_noun_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # (a guard for the rule above: its first form took the population, on a PolNeAR train sentence of this shape)
    text = "Lagos, with a population of about 15 million, had 1,210 fires last year, up from 950."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)][-1] == (950, "fires")


def test_a_change_set_off_after_a_count_measures_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coast guards have intercepted 18,500 migrants at sea since March, down about 35% from the same period "
        "last year. Customs officers seized 420 kilograms of cocaine in June, up 60% from May."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (18500, "migrants"),
        (35, "migrants"),  # (it had been "Coast guards", the verb's subject)
        (420, "cocaine"),
        (60, "cocaine"),
    ]


def test_a_participle_on_the_counted_noun_names_what_happened_to_them(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the parser hangs "drowned" on the migrants as a participle and makes them the subject of "were missing")
    text = "At least 33 migrants drowned and 20 others were missing after their boat capsized off the coast."
    assert [(c.value, c.event) for c in claim_records(nlp, text)] == [(33, "drown"), (20, "miss")]


def test_a_figure_after_a_noun_with_the_verb_left_out_measures_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # ("diesel" is tagged a bare verb here, joined to "costs"; "zinc" a noun)
    text = "Petrol now costs 540 rupees a litre in Sri Lanka, up from 430 rupees, and diesel 470 rupees."
    last = claim_records(nlp, text)[-1]
    assert (last.value, last.subject, last.unit) == (470, "diesel", "LKR per litre")  # (it had been the petrol's)
    text = "Copper rose 2% and zinc 3%."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(2, "Copper"), (3, "zinc")]


def test_a_count_since_a_day_runs_from_a_day_already_past(nlp) -> None:  # type: ignore[no-untyped-def]
    # published a few days before the day named: "since Nov. 12" is last year's (it had been the coming one)
    text = "The ministry said 4,210 people had been killed since Nov. 12."
    (claim,) = extract_article(nlp(text), date(2024, 11, 2)).claims
    assert (claim.refers_to, claim.refers_to_relation) == (date(2023, 11, 12), "since")


def test_a_small_count_the_tagger_took_for_a_year_is_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Only 76 aid trucks entered the port on Monday, far below the 500 a day that relief groups say are needed, "
        "the agency said."
    )
    first = claim_records(nlp, text)[0]
    assert (first.value, first.subject) == (76, "aid trucks")  # ("Only 76" is tagged a DATE)


def test_a_place_described_as_a_city_records_a_figure_its_source_gives(nlp) -> None:  # type: ignore[no-untyped-def]
    # an untagged name with "one of the hottest cities" in apposition is a place, not a person who recorded it
    text = "Jacobabad, one of the hottest cities on earth, recorded 51.2C on Monday, the weather office said."
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims] == ["weather office"]  # (it had been "Jacobabad", a person)
    assert {e.name: e.kind for e in ex.entities}.get("Jacobabad") == "place"


def test_a_noun_valued_by_a_participle_is_what_the_figure_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The storm caused damage estimated at $4 billion, insurers said."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(4e9, "damage")]  # (no subject before)
    text = "The quake left a death toll estimated at 2,000 by local officials."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(2000, "death toll")]  # (no claim before)


def test_a_possessive_year_dates_the_figure_in_the_phrase_it_owns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arrivals already exceed last year's record of 248,000."
    (claim,) = claim_records(nlp, text)
    assert (claim.refers_to, claim.refers_to_precision) == (date(2023, 1, 1), "year")  # (undated before)


def test_a_rate_set_against_the_level_it_fell_from_stays_a_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Crossings have slowed to about 700 a day from a peak of more than 2,000 a day."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(700, "per day"), (2000, "per day")]
    text = "Crossings have slowed to 700 a day from 2,000."
    assert claim_records(nlp, text)[0].unit == "per day"  # (none before)
    text = "They planned 40 flights a week from Monday."
    assert [c.unit for c in claim_records(nlp, text)] == [None]  # (when, not how often)


def test_figures_a_body_publishes_name_it_though_tagged_a_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # ("figures" is tagged a verb with the acronym its subject)
    text = "At least 548 people have died since January, according to WHO figures."
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims] == ["World Health Organization"]  # (unnamed before)


def test_a_clause_joined_with_its_own_subject_is_not_what_the_verb_before_records(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Health authorities in the east have recorded more than 5,000 suspected cases this year, and the first "
        "50,000 vaccine doses arrived in the capital on Thursday, officials said."
    )
    ex, names = run(nlp, text)
    assert [(c.value, names[c.claimant_key].name if c.claimant_key else None) for c in ex.claims] == [
        (5000, "Health authorities"),
        (50000, None),  # (it had been the health authorities')
    ]


def test_money_with_its_conversion_in_brackets_is_still_in_what_it_buys(nlp) -> None:  # type: ignore[no-untyped-def]
    # (shillings of the country the dateline names)
    text = "KAMPALA, Uganda — The budget would have raised about 460 billion shillings ($124 million) in new taxes."
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)] == [
        ("UGX", "new taxes"),  # (no subject before: the bracket stood between the figure and "in")
        ("USD", "new taxes"),
    ]


def test_a_participle_on_a_noun_reaching_a_figure_measures_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fire grew to 6,800 hectares in a day, driven by winds gusting up to 70 km/h, the fire service said."
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)][-1] == ("km/h", "winds")  # (none before)


def test_a_count_of_them_counts_the_plural_noun_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police officers were deployed, and 57 of them were injured."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(57, "Police officers")]  # (was "people")
    assert claim_records(nlp, "The friends said the bond between the two of them was strong.") == []


def test_a_change_restated_in_another_unit_is_of_what_changed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brent crude was up $3.07, or 3.9%, at $81.62 a barrel, while U.S. West Texas Intermediate crude "
        "gained $2.95, or 4.1%, to $74.38."
    )
    got = {c.value: c.subject for c in claim_records(nlp, text)}
    assert got[4.1] == "West Texas Intermediate crude"  # (it had been the Brent's, the last figure in %)
    assert got[3.9] == "Brent crude"


def test_a_verb_the_parser_took_for_the_noun_after_of_is_not_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 12% of global trade passes through the strait."
    assert [c.subject for c in claim_records(nlp, text)] == ["global trade"]  # (was "global trade passes")


def test_as_high_as_is_an_upper_bound_on_the_noun_it_describes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The dams collapsed, sending a wall of water as high as 7 meters through the town."
    assert [(c.value, c.qualifier, c.subject) for c in claim_records(nlp, text)] == [(7, "up_to", "wall")]  # (was
    # exact, with no subject)


def test_a_cue_inside_what_according_to_covers_gives_its_own_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ACCRA, Ghana — The health ministry said it needed $30 million a month to import medicines, but the country "
        "had less than $50 million in usable reserves at the end of May, according to the central bank."
    )
    ex, names = run(nlp, text)
    assert [(c.value, names[c.claimant_key].name) for c in ex.claims] == [
        (30e6, "Ghana's health ministry"),  # (it had been the central bank's; named, like the bank, by the dateline)
        (50e6, "Ghana's central bank"),
    ]


def test_a_level_hung_on_a_relative_clause_is_the_estimated_objects(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the parser hangs "at 59,000" on "controls")
    text = "The ministry put the number of suspected cases in areas it controls at 59,000."
    assert [c.subject for c in claim_records(nlp, text)] == ["number of suspected cases"]  # (it had been "areas")


def test_the_other_end_of_a_change_shares_its_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Food rations were cut to $8 a month per person last year from $12."
    assert [c.unit for c in claim_records(nlp, text)] == ["USD per month", "USD per month"]  # ($12 had been USD)
    text = "Fuel rose to 300 rupees a litre from 250 rupees."
    assert [c.unit for c in claim_records(nlp, text)] == ["INR per litre", "INR per litre"]


def test_a_currency_name_read_from_the_word_after_the_figure_keeps_its_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Traders said flour prices had risen to about 900 dinars per kilogram."
    got = [(c.value, c.unit) for c in claim_records(nlp, text)]
    assert got == [(900, "dinar per kilogram")]  # (it had been "dinar": the price of what, lost)


def test_up_to_before_a_measure_is_a_bound_not_a_level_reached(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The storm dropped up to 2.5 centimeters of ice on power lines."
    assert [(c.qualifier, c.subject) for c in claim_records(nlp, text)] == [("up_to", "ice")]  # (was "storm")


def test_an_of_phrase_the_parser_hangs_on_the_first_of_two_nouns_is_the_seconds(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister promised an inquiry and compensation of 1 million rupees for each family."
    assert [c.subject for c in claim_records(nlp, text)] == ["compensation"]  # (was "inquiry")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("A bag of cement was selling for 9,000 naira in the capital.", "bag of cement"),
        ("A liter of petrol sold for 18,000 shillings on Monday.", "liter of petrol"),
        ("The house, which sold for $2 million in May, burned down.", "house"),
        ("The shipping group is buying Northway Ports for $4 billion.", "Northway Ports"),
        ("The war has cost $5 billion so far.", "war"),  # (a guard: right before too)
    ],
)
def test_a_price_is_of_what_costs_or_sells_for_it(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == [subject]  # (the first four had no subject)


def test_a_price_paid_for_a_pronoun_is_of_nothing_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The developer bought it out of bankruptcy for $145 million."
    assert [c.subject for c in claim_records(nlp, text)] == [None]


def test_a_finding_verb_before_its_words_gives_its_source_the_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A poll by Northfield Research found that 42 percent of voters supported the levy."
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims] == ["Northfield Research"]  # (it had no claimant)


def test_a_share_standing_alone_after_a_share_of_a_group_is_of_the_same_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 55 percent of farmers backed the plan, while 40 percent opposed it."
    assert [c.subject for c in claim_records(nlp, text)] == ["farmers", "farmers"]  # (the second had none)
    text = "Inflation rose 5 percent while 38 percent of firms cut jobs."
    assert [c.subject for c in claim_records(nlp, text)] == ["Inflation", "firms"]  # (a guard: each its own)


def test_a_measure_above_a_mark_measures_the_noun_it_is_said_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Forecasters warned of a storm surge of up to 2 metres above the normal tide."
    assert [(c.qualifier, c.subject) for c in claim_records(nlp, text)] == [("up_to", "storm surge")]  # (had none)


def test_a_figure_in_a_clause_with_its_own_subject_joined_to_a_pledge_is_not_the_pledgers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prime Minister Ana Ruiz has pledged to curb arrivals, and her government has signed a deal with "
        "Tunisia worth 105 million euros to stop departures."
    )
    assert [c.claimant_key for c in claim_records(nlp, text)] == [None]  # (it had been Ana Ruiz's)
    text = "Ana Ruiz said 5 people died on Sunday, and 20 others were hurt."
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims] == ["Ana Ruiz", "Ana Ruiz"]  # (a guard: "said")


def test_votes_for_a_named_candidate_are_that_candidates_votes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mwamba won 1,864,201 votes against 1,702,375 for opposition leader Grace Chanda, officials said."
    assert [c.subject for c in claim_records(nlp, text)] == ["votes", "votes"]  # (the second: "votes in favour")


def test_a_temperature_closing_a_sentence_keeps_its_figure_and_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the full stop had stayed glued to "-20C", a token the parser read as punctuation; and "brought", which
    # the parser hangs on the noun, is no part of what is measured)
    text = "The cold front brought temperatures as low as -20C. Schools closed on Monday."
    got = [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)]
    assert got == [(-20, "°C", "temperatures")]
    text = "The capital recorded 45C. Officials said 12 people died of heatstroke."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(45, "°C"), (12, None)]
    text = "She has 1,280 pledged delegates."
    assert [c.subject for c in claim_records(nlp, text)] == ["pledged delegates"]  # (a guard: a modifier)


def test_a_currency_name_the_tagger_misreads_is_still_the_unit_of_a_price(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the tagger reads "kwacha" after "costs about 42,000" as an interjection)
    text = "A 25kg bag of maize flour now costs about 42,000 kwacha, according to the statistics office."
    got = [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)][1:]
    assert got == [(42000, "kwacha", "bag of maize flour")]  # (it had no unit, and the subject "bag")


@pytest.mark.parametrize(("text", "value"), [("Three in 10 families had sold their livestock.", 0.3),
                                             ("One in 10 children is malnourished.", 0.1)])  # fmt: skip
def test_a_share_written_with_a_word_and_a_digit_is_a_share(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert [c.value for c in claim_records(nlp, text)] == [value]  # (it had been the bare 10)


def test_a_distance_the_parser_hangs_on_said_does_not_measure_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # (the parser makes "27 kilometers" the object of "said")
    text = (
        "Earthquake kills hundreds in mountain province\n\n"
        "KABUL, Afghanistan (AP) — A powerful earthquake struck a remote mountainous region of eastern Afghanistan "
        "before dawn on Monday, killing at least 812 people and injuring more than 2,800, a Taliban government "
        "spokesman said.\n\n"
        "The magnitude 6.0 quake hit at 11:47 p.m. local time on Sunday at a depth of 8 kilometers (5 miles), "
        "about 27 kilometers (17 miles) northeast of the city of Jalalabad, the U.S. Geological Survey said. It was "
        "followed by at least five aftershocks, the strongest of magnitude 5.2."
    )
    got = {c.value: c.subject for c in claim_records(nlp, text) if c.unit in {"km", "mi"}}
    assert got == {8: "depth", 5: "depth", 27: None, 17: None}  # (27 and 17 had measured the U.S. Geological Survey)


def test_a_cue_verb_as_an_infinitive_act_is_no_unnamed_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The economy is on a knife edge," said Ana Ruiz, a former adviser to the finance ministry. She said the '
        "government would have to agree to tougher terms to unlock a $1.1 billion tranche from the lender."
    )
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims] == ["Ana Ruiz"]  # (it had none: "agree" read as a source)


@pytest.mark.parametrize(
    "text",
    [
        "Police used tear gas to disperse several thousand protesters, a spokesman said.",
        "A few thousand residents fled the town on Sunday.",
        "Several dozen soldiers were wounded in the attack.",
    ],
)
def test_a_scale_word_after_several_or_a_few_is_no_figure(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claim_records(nlp, text) == []  # (each had been 1,000 or 12, exact)


def test_its_on_a_level_the_object_is_brought_to_is_the_objects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The drought left the Kariba dam's reservoir at 11 percent of its usable capacity."
    assert [c.subject for c in claim_records(nlp, text)] == ["reservoir's usable capacity"]  # (was the drought's)


def test_a_second_that_clause_of_the_words_gives_its_figure_to_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Foreign Ministry of Qatar said it was the eighth exchange it had mediated since the start of the war "
        "and that the total number of prisoners released through its efforts had reached 2,184."
    )
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims if c.claimant_key] == ["Foreign Ministry of Qatar"]


def test_it_held_at_a_level_is_the_object_of_the_verb_it_is_joined_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We expect inflation to return to the 15 per cent target band," the governor said. The central bank raised '
        "its policy rate by 1,350 basis points in 2022 but has held it at 29 per cent since July."
    )
    got = {c.value: c.subject for c in claim_records(nlp, text)}
    assert got[29] == "central bank's policy rate"  # (it had been the target band of the sentence before)


def test_the_month_of_the_earlier_figure_of_a_comparison_comes_before_the_later_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    # published in March 2024: "in March" after "in February" is March 2023, not the month of publication
    claims = claim_records(nlp, "Annual urban inflation stood at 29.8% in February, down from a record 38% in March.")
    assert [(c.value, c.refers_to) for c in claims] == [(29.8, date(2024, 2, 1)), (38.0, date(2023, 3, 1))]


def test_a_year_naming_a_past_event_that_says_who_another_noun_is_dates_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The scheme reserves 30% of civil service jobs for relatives of veterans of the 1971 war of independence."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(30.0, None)]
    # a year on the event the sentence is set in still dates it
    claim = claim_records(nlp, "In the 2012 election, Ana Ruiz won 27%.")[0]
    assert claim.refers_to == date(2012, 1, 1)


def test_a_month_under_an_infinitive_of_intent_is_the_coming_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The fund's board is expected to approve a second tranche of about $360 million in December."
    claim = claim_records(nlp, text)[0]
    assert (claim.refers_to, claim.refers_to_precision) == (date(2024, 12, 1), "month")  # (December 2023 before)
    # the infinitive of a noun of intent: "plans to start unwinding … from October"
    text = "Prices fell as traders focused on plans to start unwinding 2.2 million bpd of voluntary cuts from October."
    claim = claim_records(nlp, text)[0]
    assert (claim.refers_to, claim.refers_to_precision) == (date(2024, 10, 1), "month")  # (October 2023 before)


def test_a_count_after_of_the_injured_is_a_count_of_the_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The quake killed at least 632 people and injured 329 others, the ministry said.\n\n"
        "Most of the deaths were in two provinces, the ministry said in a statement. Of the injured, 51 were in "
        "critical condition."
    )
    assert {c.value: c.subject for c in claim_records(nlp, text)}.get(51) == "injured"  # (it had been dropped)


def test_an_amount_after_an_actor_and_with_in_a_pledge_is_that_actors(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Qatar pledged $500 million, the largest single contribution, followed by the United Arab Emirates with "
        "$300 million and the European Union with 250 million euros ($270 million)."
    )
    ex, names = run(nlp, text)
    got = [
        (text[c.start : c.end], names[c.claimant_key].name if c.claimant_key else None, c.subject) for c in ex.claims
    ]
    assert got == [
        ("$500 million", "Qatar", None),
        ("$300 million", "United Arab Emirates", None),  # (it had been Qatar's)
        ("250 million euros", "European Union", None),  # (Qatar's, and "largest single contribution")
        ("$270 million", "European Union", None),
    ]


def test_a_bare_count_a_people_verb_takes_after_a_count_of_a_thing_counts_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ukraine says Russian strikes knock out half of Kyiv's power; 7 killed\n\n"
        "KYIV, Ukraine (AP) — Russia launched missiles."
    )
    assert {c.value: c.subject for c in claim_records(nlp, text)}.get(7) == "people"  # (it had been "power")


def test_a_share_set_beside_a_counted_object_is_a_share_of_its_base(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cocoa farming employs nearly 800,000 people in the region, roughly a fifth of the population."
    claims = {text[c.start : c.end]: c.subject for c in extract_article(nlp(text), None).claims}
    assert claims["a fifth"] == "population"  # (it had been "Cocoa farming", the verb's subject)


def test_a_length_after_be_measures_the_subject_whatever_the_dimension_is_hung_on(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "long" on the second clause's verb
    text = (
        "The fissure was about 3.5 kilometers (2 miles) long and lava was flowing at a rate of about 100 cubic "
        "meters per second."
    )
    claims = {text[c.start : c.end]: c.subject for c in extract_article(nlp(text), None).claims}
    assert claims["3.5 kilometers"] == "fissure" and claims["2 miles"] == "fissure"  # (it had been "lava")


def test_a_measure_read_as_a_second_object_measures_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The geyser erupted on Sunday, sending steam plumes up to 60 meters (200 feet) into the air."
    claims = {text[c.start : c.end]: c.subject for c in extract_article(nlp(text), None).claims}
    assert claims["60 meters"] == "steam plumes"  # (it had none)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "Mud was pouring out at a rate of 40 cubic meters a second.",
            "40 cubic meters a second",
            "cubic metre per second",
        ),
        # (the recogniser tags the measure and its rate a time)
        ("Water flowed at 300 litres a minute into the valley.", "300 litres a minute", "l per minute"),
        ("The party won 40 seats a second time.", "40", None),  # an ordinal, not a rate
    ],
)
def test_a_second_and_a_minute_are_rates_after_a_measure(nlp, text: str, figure: str, unit) -> None:  # type: ignore[no-untyped-def]
    claims = {text[c.start : c.end]: c.unit for c in extract_article(nlp(text), None).claims}
    assert claims == {figure: unit}


def test_a_storm_surge_is_a_wave_not_a_change_in_the_place_it_hits(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The weather office warned of storm surges of more than 4 metres (13 feet) in coastal areas of the province."
    claims = {text[c.start : c.end]: c.subject for c in extract_article(nlp(text), None).claims}
    assert claims["4 metres"] == "storm surges"  # (it had been "coastal areas", as for "a surge in prices")


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # "a litre" read as the verb's object is what the price is per, not what rose
        (
            "The regulator said petrol would rise by 4.2% to 190.5 shillings a litre and diesel by 3.1%.",
            {"4.2%": "petrol", "190.5 shillings a litre": "petrol", "3.1%": "diesel"},
        ),
        # a change's level set on the verb: what changed
        ("The minister defended a doubling of value-added tax on fuel to 16% in July.", {"16%": "value-added tax"}),
    ],
)
def test_what_a_level_on_a_verb_measures_is_never_a_unit_or_the_speaker(nlp, text: str, subjects: dict) -> None:  # type: ignore[no-untyped-def]
    claims = {text[c.start : c.end]: c.subject for c in extract_article(nlp(text), None).claims}
    assert claims == subjects  # (they had been "litre", "litre" and "minister")


def test_a_figure_given_by_a_source_is_the_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "At least 60 Jordanians had died, up from an official toll of 41 given by Amman on Tuesday."
    ex, names = run(nlp, text)
    assert {text[c.start : c.end]: names[c.claimant_key].name if c.claimant_key else None for c in ex.claims} == {
        "60": None,
        "41": "Amman",  # (it had no claimant)
    }


def test_a_count_up_from_after_a_share_in_apposition_takes_no_percent_sign(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The agency said 9 million people, or about 30% of the population, needed food aid, up from 6 million a year "
        "ago."
    )
    got = {text[c.start : c.end]: c.unit for c in run(nlp, text)[0].claims}
    assert got == {"9 million": None, "30%": "%", "6 million": None}
    # a bare level after a share is still the share's ("up from 6.8": 6.8 %)
    text = "The bank said the jobless rate rose to 7.5%, up from 6.8 a year earlier."
    assert {text[c.start : c.end]: c.unit for c in run(nlp, text)[0].claims} == {"7.5%": "%", "6.8": "%"}


def test_a_count_before_a_verb_the_parser_read_as_an_adjective_counts_the_name_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "2,400 Somalis attempted risky desert crossings" as one noun phrase on "crossings"
    text = "More than 2,400 Somalis attempted risky desert crossings last year, and at least 120 died, the agency said."
    got = {text[c.start : c.end]: (c.subject, c.event) for c in run(nlp, text)[0].claims}
    assert got["2,400"] == ("Somalis", None)  # (the crossings' "died" is not what the 2,400 did)
    # a participle right before its noun is no such verb: "270 pledged delegates"
    text = "The senator has won about 270 pledged delegates in the state."
    assert [c.subject for c in run(nlp, text)[0].claims] == ["pledged delegates"]


def test_a_distance_set_off_after_a_named_region_measures_the_region_not_who_acted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rescuers worked through the night near Balasore in Odisha state, about 220 km south of Kolkata."
    assert [(c.value, c.subject) for c in run(nlp, text)[0].claims] == [(220.0, "Odisha state")]


def test_a_distance_set_off_after_where_the_clause_goes_measures_that_place_undated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aid trucks were sent on Friday to the flooded district, about 250 km south of the capital."
    got = [(c.value, c.subject, c.refers_to) for c in run(nlp, text)[0].claims]
    assert got == [(250.0, "flooded district", None)]  # where the district lies; not the day the trucks went


def test_a_figure_in_a_clause_on_the_event_a_since_date_is_of_is_at_that_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The death toll has risen to 200 since the floods in June, which displaced 4,000 people."
    got = {text[c.start : c.end]: (c.refers_to, c.refers_to_relation) for c in run(nlp, text)[0].claims}
    assert got["200"] == (date(2023, 6, 1), "since")  # counted from June on
    assert got["4,000"] == (date(2023, 6, 1), "at")  # what the June floods did


def test_a_share_of_those_who_underwent_something_read_as_one_noun_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "those infected needed hospital treatment" as one noun phrase and makes "One in five" the
    # subject of "died" beside "13 people": the share is of those infected, and did not die
    text = "One in five of those infected needed hospital treatment, and at least 13 people died."
    got = {text[c.start : c.end]: (c.subject, c.event) for c in run(nlp, text)[0].claims}
    assert got == {"One in five": ("those infected", None), "13": ("people", "die")}


def test_a_time_on_a_verb_joined_right_after_the_figures_own_dates_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # "killed or injured in the first three months": not the report's "last month"
    text = (
        "More than 2,500 people were killed or injured in the first three months of the year, a 53% increase over "
        "the last quarter of 2023, the U.N. said in a report last month."
    )
    got = {text[c.start : c.end]: (c.refers_to, c.refers_to_precision) for c in run(nlp, text)[0].claims}
    assert got["2,500"] == (date(2024, 1, 1), "quarter")
    # (not a verb further on with its own object: "spent $500,000 on ads and debated him on Saturday")
    text = "The campaign spent $500,000 on ads and debated him on Saturday."
    assert [c.refers_to for c in run(nlp, text)[0].claims] == [None]


def test_a_number_of_years_after_every_is_no_count_of_the_sentences_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The flow reached 18,000 cubic metres per second, a level seen once every 100 years."
    assert [text[c.start : c.end] for c in run(nlp, text)[0].claims] == ["18,000 cubic metres per second"]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The ministry will pay farmers up to $9,000 per affected herd.", "$9,000 per affected herd", "USD per herd"),
        ("Volunteers get 30 euros per working day.", "30 euros per working day", "EUR per day"),
        ("Coal traded at $90 per metric ton on Monday.", "$90 per metric ton", "USD per metric ton"),
    ],
)
def test_a_rate_per_a_modified_noun_is_per_the_noun(nlp, text, surface, unit) -> None:  # type: ignore[no-untyped-def]
    claim = next(c for c in claim_records(nlp, text) if text[c.start : c.end].startswith(surface.split()[0]))
    assert (text[claim.start : claim.end], claim.unit) == (surface, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sanctions forced Mali to default on more than 300 billion CFA francs of debt.", "XOF"),
        ("Chad and Cameroon owe 12 billion CFA francs to the regional bank.", "XAF"),
    ],
)
def test_cfa_francs_are_the_west_or_central_african_franc_not_the_swiss(nlp, text, unit) -> None:  # type: ignore[no-untyped-def]
    assert [c.unit for c in claim_records(nlp, text)] == [unit]


def test_a_change_from_a_figure_in_a_year_to_another_keeps_both_figures_and_their_years(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The agency said cases reported to it increased eight-fold over two decades, from 405,120 in 2001 to "
        "4.1 million in 2021."
    )
    got = {text[c.start : c.end]: c for c in claim_records(nlp, text)}
    assert {k: (v.unit, v.subject) for k, v in got.items() if k != "eight-fold"} == {
        "405,120": (None, "cases"),
        "4.1 million": (None, "cases"),
    }
    assert (got["405,120"].refers_to, got["4.1 million"].refers_to) == (date(2001, 1, 1), date(2021, 1, 1))


def test_the_to_figure_of_a_change_takes_no_date_of_the_from_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Last month the county cut the number of polling places from 400 in the primary of 2008 to 60."
    got = {text[c.start : c.end]: c.refers_to for c in claim_records(nlp, text)}
    assert got["400"] == date(2008, 1, 1)
    assert got["60"] != date(2008, 1, 1)


def test_a_count_the_parser_made_the_subject_of_a_modifier_counts_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'More than 50,000 people have fled, out of an estimated population of 80,000. "By noon, 41,203 forced '
        'displaced persons had entered the country," she said.'
    )
    got = {text[c.start : c.end]: c.subject for c in claim_records(nlp, text)}
    assert got["41,203"] == "displaced persons"


def test_add_to_something_is_no_cue_over_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Tom Green said the deal would add "modestly" to earnings and that the bank would pay the agency $10.6 billion.'
    )
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims if c.claimant_key] == ["Tom Green"]


def test_a_figure_describing_the_place_a_cue_is_set_in_is_the_writers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Ballycastle, a village of about 400 people, Mayor Ana Ruiz said the bridge had been washed away."
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(400.0, None)]
    # what the cue reports after the place stays the source's
    text = "In Ballycastle, a town of 12,000, Mayor Ana Ruiz said 40 homes were destroyed."
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(12000.0, None), (40.0, "Ana Ruiz")]


def test_the_first_unit_of_a_rate_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Tarvik, 212 liters per square meter fell on Friday, the weather service said."
    assert [(c[0], c[4], c[5]) for c in claims_of(nlp, text)] == [(212.0, "l per square meter", None)]
    # what the rate is of stays its subject
    text = "About 120 litres per square metre of rain fell in six hours."
    assert [c[5] for c in claims_of(nlp, text)] == ["rain"]


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Tarvik floods: death toll passes 300 as rescuers dig", ["more_than"]),
        ("The number of cholera cases topped 4,000 on Monday.", ["more_than"]),
        ("Ardenia's inflation tops 120% as the currency slides", ["more_than"]),
        # things the verb counts, and the votes a motion passed by, are no threshold
        ("The assembly passed 12 bills this week.", ["exact"]),
        ("The motion passed 139 to 121, with 15 abstentions.", ["exact", "exact", "exact"]),
    ],
)
def test_a_figure_a_verb_goes_past_is_more_than_it(nlp, text: str, qualifiers: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c[3] for c in claims_of(nlp, text)] == qualifiers


def test_a_people_in_the_plural_before_a_verb_read_as_a_noun_is_what_a_share_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser read "support" as a noun the people modify
    assert [c[5] for c in claims_of(nlp, "About 62% of Georgians support joining NATO.")] == ["Georgians"]


def test_a_share_of_those_a_participle_describes_counts_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 60% of those displaced by the floods are children, the agency said."
    assert [c[5] for c in claims_of(nlp, text)] == ["those displaced by the floods"]
    assert [c[5] for c in claims_of(nlp, "The virus kills up to 50% of those infected.")] == ["those infected"]
    # a share in words too ("half" had been dropped with no subject)
    assert [(c[0], c[5]) for c in claims_of(nlp, "Nearly half of those killed were children.")] == [
        (0.5, "those killed")
    ]


def test_a_model_number_named_again_after_an_article_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Boeing 787-8 Dreamliner was carrying 230 passengers. It is the first fatal crash of a 787 since the "
        "model entered service in 2011."
    )
    assert [c[0] for c in claims_of(nlp, text)] == [230.0]


@pytest.mark.parametrize(
    "text", ["One passenger, seated in 14A, walked away from the wreck.", "Traffic on Route 9A was halted."]
)
def test_a_letter_written_onto_a_number_labels_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, text) == []


def test_a_spaced_ampere_symbol_is_still_a_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c[4] for c in claims_of(nlp, "The cell ran at a current density of 1.3 A/cm2.")] == ["ampere per cm2"]


def test_a_number_counts_a_people_named_in_the_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Among the passengers were 120 Indian nationals, 41 Britons and one Canadian."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)][:2] == [(120.0, "Indian nationals"), (41.0, "Britons")]
    # a name that goes on after the plural is a name
    assert claims_of(nlp, "They stayed at the 4 Seasons Hotel.") == []


def test_a_figure_in_a_clause_on_an_event_dated_by_its_possessive_takes_that_time(nlp) -> None:  # type: ignore[no-untyped-def]
    # published 2024-03-08: "last month" is February 2024, not the day the strikes were made
    text = (
        "Ardenia struck six sites early on Wednesday, saying it had hit camps used to plan last month's attack on "
        "pilgrims in which 31 men were killed."
    )
    got = {text[c.start : c.end]: (c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)}
    assert got["31"] == (date(2024, 2, 1), "month")
    assert got["six"] == (date(2024, 3, 6), "day")
    # a time of the clause's own comes first
    text = "Last month's flood, in which 12 people died on Feb. 4, was the worst in years."
    assert [c.refers_to for c in claim_records(nlp, text)] == [date(2024, 2, 4)]


def test_an_as_clause_after_the_figure_with_its_own_object_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ardenia: pager explosions kill 12, wound nearly 2,500 as Tarvik Front vows retaliation"
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(12.0, None), (2500.0, None)]
    # an "as" clause that only attributes still gives the figure its source
    assert [c[6] for c in claims_of(nlp, "Inflation hit 9% last month, as the Times reported.")] == ["Times"]


def test_the_level_a_change_ran_from_before_a_time_is_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He put the death toll at 12 on Wednesday morning, up from 9 the night before."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(12.0, "death toll"), (9.0, "death toll")]


def test_an_hour_after_at_before_a_day_is_a_time(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, "The hearing started at 9 the next day.") == []
    # a level held at a number stays a figure
    assert [c[0] for c in claims_of(nlp, "The toll stood at 9 the next day.")] == [9.0]


def test_a_number_between_a_name_and_a_singular_noun_is_the_names(nlp) -> None:  # type: ignore[no-untyped-def]
    assert claims_of(nlp, '"We will restore order," Ana Ruiz told France 2 television.') == []
    # a count after a name with its noun left out stays a count
    assert [c[0] for c in claims_of(nlp, "Japan pledged 300 doses, Germany 200.")] == [300.0, 200.0]


def test_according_to_before_a_joined_clause_with_its_own_finder_is_not_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "About 7.7 million Venezuelans have left the country since 2014, according to the United Nations, and a poll "
        "by Delphos in May found that a quarter of those still in the country were considering emigrating."
    )
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(7700000.0, "United Nations"), (0.25, "Delphos")]


def test_a_share_without_of_before_a_plural_verb_is_a_share_of_the_group_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 70% of Ardenia's 12 million people live in villages, and only about a third have running water."
    got = [(c[0], c[3], c[5]) for c in claims_of(nlp, text)]
    assert got[-1] == (pytest.approx(1 / 3), "approximate", "people")
    # a qualified share before a verb of either number is a share too
    text = "More than 3 million homes lost power, of which about half had been reconnected by Sunday."
    assert [c[0] for c in claims_of(nlp, text)] == [3000000.0, 0.5]
    # a third counted in order is no share, nor a third with a noun, nor the verb as what is counted
    assert [c[0] for c in claims_of(nlp, "Two guards were killed and a third was wounded.")] == [2.0]
    assert [c[0] for c in claims_of(nlp, "Two guards were killed and a third would be questioned.")] == [2.0]
    assert claims_of(nlp, "A third party won the seat.") == []
    assert claims_of(nlp, "Only one-third approve of waiting until next year.") == []


def test_a_count_before_a_number_with_its_noun_hyphened_counts_the_noun_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The estate is a complex of eight 31-storey blocks home to about 4,600 people."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(8.0, "blocks"), (4600.0, "people")]


def test_its_before_a_plural_after_to_is_the_clause_subjects_not_the_objects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The utility restored power to 40,000 of its 95,000 customers."
    assert [c[5] for c in claims_of(nlp, text)] == ["utility's customers", "utility's customers"]
    # a level the object is brought to is the object's
    assert [c[5] for c in claims_of(nlp, "The drought left the reservoir at 11% of its capacity.")] == [
        "reservoir's capacity"
    ]


def test_a_people_in_the_plural_tagged_a_person_is_who_a_count_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Remittances from an estimated 2 million Nepalis working abroad account for about a third of the economy."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(2000000.0, "Nepalis"), (pytest.approx(1 / 3), "economy")]


def test_a_figure_before_the_since_of_a_cues_clause_is_not_what_the_cue_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Health Ministry said 271 people had died of malnutrition since the war began, 117 of them since the "
        "monitor warned in late July that famine was unfolding."
    )
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(271.0, "Health Ministry"), (117.0, "Health Ministry")]


def test_a_bare_figure_set_off_after_the_number_of_something_counts_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "UNICEF said the number of children admitted for treatment of acute malnutrition in July, 13,000, was six "
        "times higher than in February."
    )
    assert [(c[0], c[5], c[6]) for c in claims_of(nlp, text)] == [
        (13000.0, "children", "United Nations Children's Fund"),
        (6.0, None, "United Nations Children's Fund"),
    ]
    # a verb of a clause between them ends the search
    assert claims_of(nlp, "The number of people displaced, 40,000, is rising.") == []


def test_admitted_to_hospital_is_let_in_not_an_admission(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Oxfam said the number of children admitted to hospital in May, 900, had doubled."
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(900.0, "Oxfam")]
    assert [q.cue for q in run(nlp, "The minister admitted that 40 people had died.")[0].quotations] == ["admitted"]


def test_a_cue_naming_what_a_later_participle_creates_is_no_source_of_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The war has killed tens of thousands of people and displaced about 12 million, creating what the U.N. calls "
        "the world's largest humanitarian crisis."
    )
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(12000000.0, None)]


def test_a_rate_restating_one_of_counted_things_per_another_span_keeps_the_things(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bridge carried about 11.3 million vehicles a year, or roughly 31,000 a day."
    assert [c[4] for c in claims_of(nlp, text)] == ["vehicle per year", "vehicle per day"]
    # a rate of nothing named stays a bare rate
    assert [c[4] for c in claims_of(nlp, "Production rose to 31,000 a day.")] == ["per day"]


def test_river_flow_in_cusecs_is_a_unit_not_what_is_measured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The river was flowing at 220,000 cusecs near the city on Thursday night."
    assert [(c[4], c[5]) for c in claims_of(nlp, text)] == [("cubic foot per second", "river")]


def test_a_bare_count_after_a_part_of_them_counts_what_the_whole_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He said 354 people had been injured, 326 of them members of the security forces, and 409 had been arrested."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(354.0, "people"), (326.0, "members"), (409.0, "people")]


def test_a_count_on_speakers_named_before_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ardenia and Veldia carried out airdrops of food on Sunday, the two countries said."
    assert claims_of(nlp, text) == []
    # a count of speakers not named before is still no claim only when they are the usual unnamed sources
    assert [c[0] for c in claims_of(nlp, "Two countries said they would help.")] == [2.0]


def test_a_span_of_time_after_what_a_unit_measures_makes_a_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c[4] for c in claims_of(nlp, "We need at least 62,000 tonnes of food a month.")] == ["t per month"]
    # not a time the figure was at
    assert [c[4] for c in claims_of(nlp, "They shipped 300 tonnes of wheat a year ago.")] == ["t"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Some estimates put the death toll as high as 150,000.", "death toll"),
        ("The number of displaced people could be as high as 40,000, aid workers warned.", "displaced people"),
        ("The crowd was as large as 20,000 by noon.", "crowd"),
    ],
)
def test_a_count_as_high_as_a_level_measures_what_is_said_to_reach_it(nlp, text, subject) -> None:  # type: ignore[no-untyped-def]
    assert [(c[3], c[5]) for c in claims_of(nlp, text)] == [("up_to", subject)]


def test_a_count_that_remains_in_a_state_only_people_are_in_has_that_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Floods killed 300 villagers last week, and 1,200 remain missing."
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.event) for c in claims] == [(300, "villagers", "kill"), (1200, "villagers", "miss")]


def test_a_figure_an_object_goes_to_counts_no_subject_of_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # who the power or food went to is counted, not the storms or the agency
    assert [c[5] for c in claims_of(nlp, "Storms knocked out power to 1 million on Sunday.")] == []
    assert [c[5] for c in claims_of(nlp, "The agency delivered food to 40,000 in the north.")] == []
    # a change of the object's level is still the object's; a figure for an object is the change of the subject's
    assert [c[5] for c in claims_of(nlp, "The landlord quadrupled the rent to $2,000.")] == ["rent"]
    assert [(c[0], c[5]) for c in claims_of(nlp, "Sony lost 2.7 percent to 5,182 yen.")] == [
        (2.7, "Sony"),
        (5182, "Sony"),
    ]


def test_who_puts_a_figure_on_a_fronted_noun_is_not_what_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Africa CDC said 10 million doses would be needed across Africa, at a cost the agency's head, John Mensah, "
        "put at $500 million."
    )
    assert [(c[0], c[5], c[6]) for c in claims_of(nlp, text)][-1] == (500e6, "cost", "John Mensah")


def test_a_bare_count_set_beside_a_plural_or_standing_where_one_stood_counts_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The northern province of Veldia reported the most deaths, 36, followed by Ardenia with 17 and Norland "
        "with 16, according to data from the health ministry."
    )
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(36, "deaths"), (17, "deaths"), (16, "deaths")]
    # the numbers of a list's items count nothing
    text = "Ana Ruiz 1) reads the notes, 2) registers their meaning and 3) answers."
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The death toll passed 3,000 on Thursday as aid groups warned of disease.",
        "Quake death toll passes 3,000 as aid groups warn of disease",
    ],
)
def test_a_cue_in_an_as_clause_about_something_else_claims_no_figure(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(3000, None)]  # not the aid groups' figure


def test_continuing_an_act_is_no_cue_for_the_figures_of_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The military continued air strikes, killing at least 68 people since the quake, according to the Veldia "
        "Witness monitoring group."
    )
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(68, "Veldia Witness")]  # not the military's own
    # going on speaking still is one
    text = 'Growing sharper, Ana Ruiz continued: "The worst attack ever? It was during his term."'
    assert [(q.cue, q.kind) for q in run(nlp, text)[0].quotations] == [("continued", "direct")]


def test_a_count_that_remains_in_a_state_the_tagger_read_as_an_adjective_counts_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "More than 18 million people, over half the population, need assistance, according to U.N. figures, "
        "and 4.5 million remain displaced."
    )
    claims = claim_records(nlp, text)
    assert [(c.value, c.subject, c.event) for c in claims][-1] == (4.5e6, "people", "displace")  # not the population


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The toll climbed to 4,333 after two dams burst above the city, while more than 8,500 remain missing.",
            "people",
        ),
        ("Veldia detained 4,200 migrants on Monday. A further 150 were detained on Tuesday.", "migrants"),
    ],
)
def test_a_count_only_people_undergo_counts_the_people_before_it_never_things(nlp, text, subject) -> None:  # type: ignore[no-untyped-def]
    assert [c[5] for c in claims_of(nlp, text)][-1] == subject  # not the dams


def test_a_measure_handed_over_is_not_the_hander_s_and_keeps_its_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    # The giver had been what the litres and tonnes measured; a word number lost its rate ("a day").
    text = (
        "The government will hand out two litres a day to 500,000 households. "
        "The agency delivered 500 tonnes to the town. "
        "About 2 kilometres a day were paved."
    )
    assert claims_of(nlp, text) == [
        (2.0, None, None, "exact", "l per day", None, None),
        (500000.0, None, None, "exact", None, "households", None),
        (500.0, None, None, "exact", "t", None, None),
        (2.0, None, None, "approximate", "km per day", None, None),
    ]
    # what is handed over, when named, is what the figure measures
    assert claims_of(nlp, "The agency delivered 500 tonnes of food to the town.") == [
        (500.0, None, None, "exact", "t", "food", None)
    ]


def test_a_currency_written_with_its_own_languages_plural_is_that_currency(nlp) -> None:  # type: ignore[no-untyped-def]
    # "lei" (the Romanian leu's plural) had been what the amount counted, with no unit.
    text = "Romania's health ministry will spend 20 million lei on a public information campaign in Bucharest."
    assert claims_of(nlp, text) == [(20_000_000.0, None, None, "exact", "RON", "public information campaign", None)]
    assert claims_of(nlp, "Brazil will pay 600 reais a month to poor families.") == [
        (600.0, None, None, "exact", "BRL per month", None, None)
    ]


def test_what_is_worth_an_amount_is_the_object_joined_right_before_worth(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "worth" on the verb: its first object (the team) had been what the rupees valued.
    text = "Pakistan said it would dispatch a medical team and relief goods worth 100 million rupees."
    assert [c[5] for c in claims_of(nlp, text)] == ["relief goods"]
    assert [c[5] for c in claims_of(nlp, "The EU agreed a package of sanctions worth 10 billion euros.")] == [
        "sanctions"
    ]


def test_a_second_level_joined_to_the_first_measures_what_the_first_does(nlp) -> None:  # type: ignore[no-untyped-def]
    # "… and 300 taka in private ones": what the money was "in" (the hospitals) had been what it measured.
    text = (
        "The government capped the price of a dengue test at 100 taka in public hospitals and 300 taka in private ones."
    )
    assert [(c[0], c[4], c[5]) for c in claims_of(nlp, text)] == [(100.0, "BDT", "price"), (300.0, "BDT", "price")]
    # money "in" something it is paid as keeps that reading
    assert [c[5] for c in claims_of(nlp, "The court awarded $3bn in compensation and $1bn in damages.")] == [
        "compensation",
        "damages",
    ]


def test_a_toll_whose_subject_holds_confirmed_dead_is_its_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    # "confirmed dead" read as the verb of the sentence (a cue) with "rose" joined to it: the 87 had no subject
    # and was dropped.
    text = (
        "The number of people confirmed dead after the ferry sank off the island of Buton rose to 87 on Friday, "
        "the navy said."
    )
    assert claims_of(nlp, text) == [(87.0, None, None, "exact", None, "people", "navy")]


def test_what_a_comparative_share_or_a_level_is_of(nlp) -> None:  # type: ignore[no-untyped-def]
    # "140% more rain": the figure had no subject; "temperatures above 41C" after winds joined to them: the
    # temperature had the winds' subject.
    text = "Farmers said the region had received 140% more rain than usual in March."
    assert [c[5] for c in claims_of(nlp, text)] == ["rain"]
    text = "The flames were fed by gusts of up to 70 km/h and temperatures above 41C."
    assert [(c[4], c[5]) for c in claims_of(nlp, text)] == [("km/h", "gusts"), ("°C", "temperatures")]
    text = "The blazes were fanned by strong winds and temperatures above 38C."
    assert [c[5] for c in claims_of(nlp, text)] == ["temperatures"]
    # (a count of "fewer" people is a difference, not a count of them: left without a subject, so not a claim)
    assert claims_of(nlp, "About 3 million fewer people voted than in 2019.") == []


def test_a_count_between_two_days_is_counted_from_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    # "between May 10 and June 6" dated the counts "at" May 10, as if they were that day's; a poll's field dates
    # without "between" stay as they were.
    ex, _ = run(nlp, "Its surgeons treated 412 wounded and recorded 38 deaths between April 12 and May 9.")
    assert [(str(c.refers_to), c.refers_to_precision, c.refers_to_relation) for c in ex.claims] == [
        ("2023-04-12", "day", "since"),
        ("2023-04-12", "day", "since"),
    ]
    # (the recogniser cuts the range in two: "[between April 2] and [May 19]", "[between October 7 and] …")
    for text in (
        "The charity said its clinic had treated 640 patients between April 2 and May 19.",
        "Medics recorded 97 deaths between October 7 and November 3, the hospital said.",
    ):
        ex, _ = run(nlp, text)
        assert [(c.refers_to_precision, c.refers_to_relation) for c in ex.claims] == [("day", "since")]
    assert [period_relation(t) for t in ("between 3 and 9 March", "March 11-13", "between 2 and 4")] == [
        "since",
        None,
        None,
    ]


def test_a_count_the_parser_hung_on_an_auxiliary_or_a_changed_number(nlp) -> None:  # type: ignore[no-untyped-def]
    # "seven were missing", with "seven" hung on "were" as "missing"'s auxiliary, was dropped; "to 12 from 19"
    # after "the number of flights" had no subject (and "from 19" was read as a day); "down from 41" after a
    # single thing written "one" had nothing it counted.
    text = "The mayor, Ana Ruiz, said two fishermen had drowned off the cape and five were missing."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(2.0, "fishermen"), (5.0, "people")]
    text = "The airport will cut the number of flights allowed to land each hour to 12 from 19, the operator said."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(12.0, "flights"), (19.0, "flights")]
    text = "Only one grain ship left the port in May, down from 41 a year earlier, tracking data showed."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(41.0, "grain ship")]
    # (a day range stays a date)
    assert claims_of(nlp, "The schools will stay closed from 1 to 31 August, the ministry said.") == []


def test_a_body_named_by_its_field_after_of_claims(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the local chamber of commerce" was no actor (and its figure had no claimant); "the court of appeals" was cut
    # to "court"; a council of people, the office of a title and "the Senate chamber" (a room) stay as they were.
    text = "The regional chamber of commerce put the losses at 45 million euros."
    assert claims_of(nlp, text) == [(45000000.0, None, None, "exact", "EUR", "losses", "regional chamber of commerce")]
    ex, _ = run(nlp, "The federal court of appeals ruled on Monday. He met senators in the Senate chamber.")
    assert [e.name for e in ex.entities if e.kind == "organization"] == ["Senate", "federal court of appeals"]


def test_a_grade_on_a_scale_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a level 4 travel advisory", "stage 5 power cuts", "phase 3 trials" were counts of advisories, cuts and trials
    text = "The State Department issued a level 4 travel advisory, and the utility imposed stage 5 power cuts."
    assert claims_of(nlp, text) == []
    assert [c[0] for c in claims_of(nlp, "The vaccine is in phase 3 trials with 4,000 volunteers.")] == [4000.0]
    # (a level something is raised to is a figure)
    assert [(c[0], c[5]) for c in claims_of(nlp, "The agency raised the alert level to 4 on Monday.")] == [
        (4.0, "alert level")
    ]


def test_what_an_amount_is_added_to_and_a_headlines_verb_read_as_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # "could add 0.4 percentage points to inflation" measured the subject ("higher freight costs"); the headline's
    # "50,000 flee …" counted "flee", a verb the tagger read as a noun.
    text = "Economists said higher freight costs could add 0.4 percentage points to consumer inflation."
    assert [c[5] for c in claims_of(nlp, text)] == ["consumer inflation"]
    for headline in ("More than 50,000 flee Darfur as fighting spreads", "Nearly 50,000 flee Rafah as strikes go on"):
        text = f"{headline}\n\nThe UN said 50,000 people had fled."
        assert [c[5] for c in claims_of(nlp, text)] == ["people", "people"]


def test_a_bare_count_before_a_line_break_does_not_fail_the_article(nlp) -> None:  # type: ignore[no-untyped-def]
    # the word after a bare count was a line break with no word in it, and reading its head word raised IndexError
    # (found by the fuzz test): the article failed to extract
    text = "The toll rose to 40 on Monday, with 12\n \nstill missing."
    assert claims_of(nlp, text)[0][:2] == (40.0, None)


def test_a_figure_hung_on_its_glued_conversion_measures_the_verbs_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "51.8C (125F)": the parser hung the figure on its conversion, and "125F" was taken for what it measured
    text = "Temperatures in Mecca reached 51.8C (125F) on Monday."
    assert [(c[0], c[4], c[5]) for c in claims_of(nlp, text)] == [
        (51.8, "°C", "Temperatures"),
        (125.0, "°F", "Temperatures"),
    ]


def test_a_headlines_reach_verb_read_as_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    # "as temperatures top 45C": the tagger read "top" as an adjective, and the figure measured the headline's
    # first noun
    for headline in (
        "Heat: schools shut as temperatures top 45C",
        "Hajj heat: hundreds of pilgrims die as temperatures top 49C",
    ):
        text = f"{headline}\n\nBy Ana Ruiz"
        assert [(c[3], c[5]) for c in claims_of(nlp, text)] == [("more_than", "temperatures")]


def test_a_change_participle_on_a_cue_continues_what_the_cue_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hung "rising to 20%" on "found": the figure measured the study
    text = (
        "A 2019 study found that heat stress would exceed the threshold 6% of the time between 2047 and 2052,"
        " rising to 20% between 2079 and 2086."
    )
    assert [c[5] for c in claims_of(nlp, text)][1:] == ["heat stress"]


def test_a_people_verb_as_a_compound_of_a_common_noun_is_no_headline_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    # "135 rescue workers" counted "people", as "30,000 flee Rafah" does (a verb read as a noun on a place's name)
    assert [c[5] for c in claims_of(nlp, "China sent more than 135 rescue workers to the city.")] == ["rescue workers"]


def test_a_level_after_and_shares_the_subject_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "… had scorched 14,117 acres and was 27% contained": "was" has no subject of its own
    text = "The Eaton Fire had scorched 14,117 acres and was 27% contained."
    assert [c[5] for c in claims_of(nlp, text)] == ["Eaton Fire", "Eaton Fire"]


def test_a_headlines_count_on_a_people_verb_it_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    # "eight die as small boat sinks": the parser hung the number on the verb, and the figure measured "die"
    text = "Channel crossings: eight die as small boat sinks off French coast\n\nBy Tom Hughes\n\nEight people died."
    assert [c[5] for c in claims_of(nlp, text)] == ["people", "people"]


def test_a_price_whose_verb_or_noun_the_tagger_misread(nlp) -> None:  # type: ignore[no-untyped-def]
    # "cost" read as the root noun, "can" as a modal: the price measured nothing (since session 48 the priced
    # pounds take what the can holds too)
    for text in (
        "A can of petrol cost 1.9 million pounds on Tuesday.",
        "A 20-litre can of petrol cost 1.9 million pounds.",
    ):
        assert [c[5] for c in claims_of(nlp, text) if c[4] == "GBP"] == ["can of petrol"]


def test_a_growth_participle_shares_the_subject_of_the_clause_it_is_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Real GDP shrank by 2.6% in 2022, after contracting 7% in 2021 and 21.4% in 2020."
    assert [c[5] for c in claims_of(nlp, text)] == ["Real GDP", "Real GDP", "Real GDP"]


def test_year_on_year_is_no_time_and_hides_none(nlp) -> None:  # type: ignore[no-untyped-def]
    # "year on year" (tagged a date) was taken for the nearest time and, vague, left the figure undated
    for text in (
        "Consumer prices rose 190% year on year in February.",
        "Consumer prices rose 190% year-on-year in February.",
    ):
        ex, _ = run(nlp, text)
        assert [(c.refers_to, c.refers_to_precision) for c in ex.claims] == [(date(2024, 2, 1), "month")]


def test_the_level_a_change_ran_from_with_its_month_is_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "down from 76 in August": the tagger took "76 in August" for a date, and the earlier level was dropped
    text = "OCHA said 69 trucks a day had entered Gaza in September, down from 76 in August."
    assert [(c[0], c[4], c[5]) for c in claims_of(nlp, text)] == [
        (69.0, "truck per day", "trucks"),
        (76.0, "truck per day", "trucks"),
    ]


def test_a_figure_in_a_clause_set_off_after_the_source_is_the_writers(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, according to the disaster agency, in a country where food inflation reached 37.5% in August": the writer's
    # aside after the source, not the agency's figure
    text = (
        "Floods have destroyed 100,000 hectares of farmland, according to the National Disaster Agency, in a country"
        " where food inflation reached 37.5% in August."
    )
    assert [(c[4], c[6]) for c in claims_of(nlp, text)] == [("ha", "National Disaster Agency"), ("%", None)]


@pytest.mark.parametrize(
    ("headline", "subject"),
    [("Ardenia raises interest rate to record 22% as inflation bites", "interest rate")],
)
def test_a_headlines_to_record_level_is_a_level_not_an_infinitive(nlp, headline: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    # "to record 22%" was read as the infinitive "to record", so the figure had no subject
    text = f"{headline}\n\nThe bank said prices were rising."
    assert [(c[0], c[4], c[5]) for c in claims_of(nlp, text)] == [(22.0, "%", subject)]


def test_a_place_that_records_the_weather_is_no_source_of_the_reading(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Delhi has recorded its highest-ever temperature of 52.9C" had Delhi as the figure's claimant
    text = "Delhi has recorded its highest-ever temperature of 52.9C, as a heatwave grips northern India."
    assert [(c[0], c[4], c[6]) for c in claims_of(nlp, text)] == [(52.9, "°C", None)]


def test_a_share_of_them_a_source_tells_of_in_a_relative_clause_is_its(nlp) -> None:  # type: ignore[no-untyped-def]
    # "about 130 hostages, around 30 of whom Israel says are dead": the 30 had no claimant
    text = "The group is believed to be holding about 130 hostages, around 30 of whom Ardenia says are dead."
    assert [(c[0], c[6]) for c in claims_of(nlp, text)] == [(130.0, None), (30.0, "Ardenia")]


def test_the_body_that_measured_is_not_what_was_measured(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, according to the weather agency Aemet, which recorded 491 litres per square metre in the town of Chiva" had
    # the subject "weather agency Aemet"
    text = (
        "Some areas received a year's worth of rain in eight hours, according to the national weather agency, which"
        " recorded 491 litres per square metre in one town."
    )
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(491.0, None)]


def test_a_bare_number_shot_down_counts_what_was_launched_not_people(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Russia launched 145 drones …, adding that 62 had been shot down": "shoot" made the 62 people
    text = "Ardenia launched 145 drones overnight, the air force said, adding that 62 had been shot down."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(145.0, "drones"), (62.0, "drones")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's shilling slides as inflation climbs to 9.1%",
        "Egypt's pound hits record low as inflation climbs to 35.7%",
    ],
)
def test_a_verb_in_s_read_as_a_plural_noun_is_not_what_is_measured(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # "Nigeria's naira hits record low as inflation climbs to 29.9%": "climbs", tagged a plural noun, had been taken
    # for what the figure measures
    assert [c[5] for c in claims_of(nlp, text)] == ["inflation"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the parser made "June" the subject of "rose"
        ("He said a third of the country was under water, as the death toll from the floods since mid-June rose to"
         " 1,136.", 1136.0),
        # the parser hung the date on "since" and left "rose" no subject: the figure had been dropped
        ("Officials said that a third of the province was flooded, as the death toll from the rains since mid-July"
         " rose to 412.", 412.0),
    ],
)  # fmt: skip
def test_a_date_after_since_is_not_what_rose(nlp, text: str, value: float) -> None:  # type: ignore[no-untyped-def]
    assert (value, "death toll") in [(c[0], c[5]) for c in claims_of(nlp, text)]


def test_a_body_described_then_its_verb_read_as_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Enki Research, a firm that models hurricane damage, estimated losses at about $15 billion": the verb after the
    # description, read as an adjective on "losses", left the sentence with no verb and the figure with no claimant
    text = "Stormgauge Analytics, a firm that models flood damage, estimated losses at about $8 billion."
    assert [(c[0], c[5], c[6]) for c in claims_of(nlp, text)] == [(8e9, "losses", "Stormgauge Analytics")]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Imports from the region have fallen by about two-thirds since March 2022.", 2 / 3, "approximate"),
        ("Grain exports fell by roughly a third in 2023.", 1 / 3, "approximate"),
        ("Tourist arrivals have dropped by more than half since the war began.", 0.5, "more_than"),
    ],
)
def test_a_share_of_change_after_by_and_a_qualifier(nlp, text: str, value: float, qualifier: str) -> None:  # type: ignore[no-untyped-def]
    # "EU trade with Russia has fallen by about two-thirds since February 2022": "by a third" counted, "by about a
    # third" had been dropped
    assert [(round(c[0], 4), c[3]) for c in claims_of(nlp, text)] == [(round(value, 4), qualifier)]


def test_a_day_told_in_the_past_is_not_next_month(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The war began on Oct. 7 when Hamas fighters attacked southern Israel, killing some 1,200 people" in a September
    # article had been dated 7 October of the article's own year, a month ahead (the article here is of 8 March)
    text = "The siege began on March 20 when militia fighters stormed the town, killing some 140 people."
    records = claim_records(nlp, text)
    assert [(c.value, str(c.refers_to)) for c in records] == [(140.0, "2023-03-20")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The main index rose 120 points to 8,450 on Friday.", [120.0, 8450.0]),
        ("Brent crude gained $2.15 to $81.40 a barrel.", [2.15, 81.4]),
    ],
)
def test_a_change_then_the_level_it_reached_is_no_range(nlp, text: str, values: list[float]) -> None:  # type: ignore[no-untyped-def]
    # "US West Texas Intermediate crude gained $3.66 to $73.56" had been one figure, a range from 3.66 to 73.56
    assert [(c[0], c[2]) for c in claims_of(nlp, text)] == [(v, None) for v in values]


def test_a_conversion_in_brackets_measures_what_the_figure_before_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    # "as temperatures soared above 48 degrees Celsius (118 degrees Fahrenheit) and power cuts left millions …": the
    # parser hung the bracket on "cuts", which had become the Fahrenheit figure's subject
    text = (
        "At least 31 people have died of suspected heatstroke across two southern states over the past week, officials"
        " said on Friday, as temperatures soared above 47 degrees Celsius (117 degrees Fahrenheit) and power cuts left"
        " millions without fans or water pumps."
    )
    heat = [(c[0], c[4], c[5]) for c in claims_of(nlp, text) if c[4] in {"°C", "°F"}]
    assert heat == [(47.0, "°C", "temperatures"), (117.0, "°F", "temperatures")]


def test_a_scale_hung_outside_its_figure_does_not_make_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "49 degrees Celsius": the parser hung "Celsius" on "cuts" after it, and the figure measured the power cuts
    text = (
        "Dozens have died over the past week, officials said, as temperatures soared above 49 degrees Celsius"
        " (120 degrees Fahrenheit) and power cuts left millions without fans or pumps."
    )
    heat = [(c[0], c[5]) for c in claims_of(nlp, text) if c[4] in {"°C", "°F"}]
    assert heat == [(49.0, "temperatures"), (120.0, "temperatures")]


def test_figures_in_brackets_that_are_no_conversion_keep_their_own_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Unemployment rose to 12% (15% among young people) and exports fell 4.5%."
    subjects = [(c[0], c[5]) for c in claims_of(nlp, text)]
    assert (12.0, "Unemployment") in subjects
    assert (4.5, "exports") in subjects


def test_others_after_a_part_of_a_group_are_not_more_of_that_part(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the dead included 11 children and that 97 others were wounded": the 97 had been counted as children
    text = (
        "Shelling killed at least 35 people in the city on Sunday. The hospital said the dead included 14 women and"
        " that 60 others were treated for burns."
    )
    subjects = {c[0]: c[5] for c in claims_of(nlp, text)}
    assert subjects[14.0] == "women"
    assert subjects[60.0] == "people"


def test_a_share_of_an_average_set_beside_a_figure_is_a_share_of_that_average(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Wayanad received 572 mm of rain in the 48 hours before the landslides, more than a tenth of its annual
    # average": the share had measured Wayanad, the verb's subject
    text = "Kandy received 410 mm of rain in the 36 hours before the floods, more than a fifth of its annual average."
    shares = [c[5] for c in claims_of(nlp, text) if c[0] == 0.2]
    assert shares == ["Kandy's annual average"]


def test_a_number_set_beside_a_share_of_a_group_counts_the_group(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Most of the victims, 207, died in the Valencia region": the 207 counted nothing and was dropped
    text = "Most of the victims, 118, died in the coastal province, regional officials said."
    assert [(c[0], c[5]) for c in claims_of(nlp, text)] == [(118.0, "victims")]


def test_a_day_in_the_phrase_of_an_earlier_figure_dates_that_figure_only(nlp) -> None:  # type: ignore[no-untyped-def]
    # "42 people were unaccounted for, down from 50 on Wednesday evening" had dated the 42 Wednesday too
    text = "The agency said 31 people were missing, down from 44 on Tuesday evening."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.refers_to is not None) for c in ex.claims] == [("31", False), ("44", True)]


def test_the_size_of_a_place_set_beside_its_name_is_not_dated_by_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Goma, a city of about 2 million people, was briefly occupied by M23 in 2012" had dated the 2 million 2012
    text = "Kabala, a town of about 40,000 people near the border, was shelled in 2019."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.refers_to) for c in ex.claims] == [("40,000", None)]


def test_a_range_of_ages_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The victims ranged in age from three to 78" had been a claim of 3 to 78 victims
    text = (
        "The victims ranged in age from four to 81, the ministry said. Men between the ages of 18 and 60 may not"
        " leave. Prices ranged from 30 to 78 dollars."
    )
    ex = extract_article(nlp(text), PUB)
    assert [text[c.start : c.end] for c in ex.claims] == ["30 to 78 dollars"]


def test_a_figure_of_an_event_a_record_is_counted_since_is_at_its_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the strongest since a 7.6 tremor in 1999", "since a 1997 crash in Guam that killed 228": both at the year
    text = (
        "It was the strongest quake since a 6.9 tremor in 1988 and the deadliest crash since a 2002 crash that killed"
        " 129 people. Views fell by nine points since last month."
    )
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.refers_to_relation) for c in ex.claims] == [
        ("6.9", "at"),
        ("129", "at"),
        ("nine points", "since"),
    ]


def test_a_vehicle_slamming_into_something_reports_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Seoul ordered checks a day after a jet … slammed into a concrete wall, killing 179": Seoul's figure, as if said
    text = (
        "Kenya ordered checks of all buses on Monday, a day after a Mash Poa bus belly-landed at the station, skidded"
        " off the road and slammed into a concrete wall, killing 31 of the 40 people on board."
    )
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.claimant_key) for c in ex.claims] == [("31", None), ("40", None)]


def test_a_share_of_those_described_by_a_phrase_counts_them(nlp) -> None:  # type: ignore[no-untyped-def]
    # "deliver food to only 3% of those in need" had no subject
    text = "Agencies said they had reached only 4% of those in need."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.subject) for c in ex.claims] == [("4%", "those in need")]


def test_a_share_in_words_is_no_subject_of_the_figure_it_is_a_share_of(nlp) -> None:  # type: ignore[no-untyped-def]
    # "producing less than half of the 3,000 megawatts needed" had given the 3,000 MW the subject "less than half"
    text = "The plants were producing less than half of the 2,400 megawatts needed at peak times."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.subject) for c in ex.claims][-1] == ("2,400 megawatts", None)


def test_an_emergency_number_before_calls_is_no_count(nlp) -> None:  # type: ignore[no-untyped-def]
    # "911 calls were being held until winds dropped" had been a claim of 911 calls
    text = "Officials said 999 calls were being held until the winds dropped, after 4,000 calls overnight."
    ex = extract_article(nlp(text), PUB)
    assert [text[c.start : c.end] for c in ex.claims] == ["4,000"]


def test_pounds_a_price_changed_from_are_money_too(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A kilo of beef costs about 450 pounds ($9.10) in Cairo, up from 250 pounds a year ago": the 250 had been weight
    text = "A kilo of lamb costs about 520 pounds ($10.50) in Alexandria, up from 300 pounds a year ago."
    ex = extract_article(nlp(text), PUB)
    units = {text[c.start : c.end]: c.unit for c in ex.claims}
    assert units["520 pounds"] == units["300 pounds"] != "lb"
    assert next(c.subject for c in ex.claims) == "kilo of lamb"


def test_a_price_the_parser_read_as_a_noun_of_costs_is_of_the_measure_bought(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A litre of petrol costs 420 rupees", parsed as a litre of "petrol costs": the price had no subject
    text = "A litre of petrol costs 420 rupees in Colombo."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.subject) for c in ex.claims] == [("420 rupees", "litre of petrol")]


def test_a_participle_read_as_a_noun_after_a_unit_is_no_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "topping the previous peak of 85,508 MW set last August" had the subject "set"
    text = "Demand hit 61,200 megawatts on Monday, topping the previous peak of 60,900 MW set last July."
    ex = extract_article(nlp(text), PUB)
    assert [c.subject for c in ex.claims][-1] != "set"


def test_a_part_listed_with_a_participle_read_as_a_noun_counts_the_whole_s_things(nlp) -> None:  # type: ignore[no-untyped-def]
    # "600 trucks of aid a day, including 50 carrying fuel" had counted "carrying fuel"
    text = "The deal calls for 400 trucks of aid a day, including 60 carrying fuel."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.subject) for c in ex.claims] == [("400", "trucks"), ("60", "trucks")]


def test_a_dimension_in_a_relative_clause_set_off_by_a_comma_measures_its_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the shaft, which is about 150 metres deep" had measured nothing
    text = "Water flooded the lower levels of the shaft, which is about 120 metres deep."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.subject) for c in ex.claims] == [("120 metres", "shaft")]


def test_a_distance_hung_on_its_compass_word_is_the_place_set_off_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "at the Bay Horse mine in Chegutu, about 100 km (62 miles) southwest of Harare" had measured nothing
    text = "The collapse happened at the Blue Stone mine in Chegutu, about 100 km (62 miles) southwest of Harare."
    ex = extract_article(nlp(text), PUB)
    assert [c.subject for c in ex.claims] == ["Chegutu", "Chegutu"]


def test_a_level_a_count_nears_is_about_that_level(nlp) -> None:  # type: ignore[no-untyped-def]
    # "death toll nears 1,400" had been exactly 1,400
    text = "Floods: death toll nears 900 as disease spreads. The number of cases is approaching 12,000."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.qualifier) for c in ex.claims] == [
        ("900", "approximate"),
        ("12,000", "approximate"),
    ]


def test_a_rate_a_year_earlier_is_dated_a_year_before_the_other_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # "had dropped to about 500 a day in July from more than 2,000 a day a year earlier": the 2,000 had no date
    text = "Arrivals had dropped to about 300 a day in June from more than 1,500 a day a year earlier."
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], str(c.refers_to)) for c in ex.claims] == [
        ("300", "2023-06-01"),
        ("1,500", "2022-06-01"),
    ]


def test_how_far_a_place_set_off_is_is_not_dated_by_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The fire, which broke out on Sunday afternoon near the town of Varnavas, about 35 km (22 miles) from the
    # capital, …" had dated the distance (and its conversion) Sunday
    text = (
        "The blaze, which broke out on Tuesday near the village of Kalamos, about 40 km (25 miles) from the capital,"
        " had burned 8,000 hectares by Wednesday."
    )
    ex = extract_article(nlp(text), PUB)
    assert [(text[c.start : c.end], c.subject, c.refers_to) for c in ex.claims][:2] == [
        ("40 km", "Kalamos", None),
        ("25 miles", "Kalamos", None),
    ]


def test_a_count_of_generations_is_a_span_of_time(nlp) -> None:  # type: ignore[no-untyped-def]
    # "galvanized conservatives for almost two generations", "in his family for three generations": no claims
    text = (
        "The farm had been in the family for three generations. Her campaigns shaped politics for almost two"
        " generations."
    )
    assert extract_article(nlp(text), PUB).claims == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Spain recorded 41,000 arrivals so far this year, up from 29,000 in the same period of 2021.", 2021),
        ("Spain recorded 41,000 arrivals in the first quarter, up from 29,000 in the same period last year.", 2023),
    ],
)
def test_a_figure_in_the_same_span_of_an_earlier_year_is_dated_by_that_year(nlp, text: str, year: int) -> None:  # type: ignore[no-untyped-def]
    # "more than 126,000 arrivals …, nearly double the 66,000 in the same period of 2022" left the 66,000 undated
    earlier = next(c for c in claim_records(nlp, text) if c.value == 29000)
    assert (earlier.refers_to, earlier.refers_to_precision) == (date(year, 1, 1), "year")


def test_the_same_span_of_an_earlier_year_does_not_date_a_figure_written_away_from_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # train: "The casinos won slightly less in October than they did the same month last year, with revenue dipping
    # 1.3 percent to $191.6 million": the $191.6 million is not last year's
    text = (
        "The mines produced less in May than they did the same month last year, with output falling to 41,000 tonnes."
    )
    figure = next(c for c in claim_records(nlp, text) if c.value == 41000)
    assert figure.refers_to != date(2023, 1, 1)


def test_a_number_hung_on_the_adjective_before_it_counts_the_noun_after(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Russia launched a record 188 drones at Ukraine overnight, …" had no figure: the parser hung 188 on "record"
    text = (
        "Iran launched a record 188 drones at Israel overnight, damaging critical infrastructure across the country,"
        " the army said on Tuesday."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(188, "drones")]


def test_losses_are_what_an_amount_of_money_is_of(nlp) -> None:  # type: ignore[no-untyped-def]
    # "The storm caused economic losses of 7.1 billion yuan ($1 billion) on the island" gave the subject "island"
    text = "The floods caused economic losses of 3.2 billion pesos on the island, officials said."
    assert [c.subject for c in claim_records(nlp, text)] == ["economic losses"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "Sri Lanka defaulted on its $51bn foreign debt": the figure read as an adjective of the debt, no subject
        ("Ghana defaulted on its $30bn foreign debt in December.", "Ghana's foreign debt"),
        # "waited in fuel queues stretching for up to 3 kilometres": no subject
        ("Drivers waited in bread queues stretching for up to 2 kilometres on Monday.", "bread queues"),
        # "Pakistan: Death toll from monsoon rains climbs to 1,136": the headline's verb read as a noun, the subject
        ("Quake death toll climbs to 2,000\n\nRescuers searched the rubble.", "Quake death toll"),
    ],
)
def test_subjects_of_figures_in_crisis_copy(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)][:1] == [subject]


def test_a_long_run_of_digits_is_an_identifier_not_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # train: a post's 'tweet_id="694285415839330306"' was a claim
    text = (
        'Senator Ana Ruiz posted: <tweet author="anaruiz" timestamp="1454346000" tweet_id="694285415839330306">Our'
        " thoughts are with the families.</tweet> About 4,000 people came."
    )
    assert [c.value for c in claim_records(nlp, text)] == [4000]


def test_a_conversion_in_brackets_measures_what_the_figure_before_it_does(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A litre now sells for about 1,000 naira ($0.60) in Abuja, up from 185 naira …": the $0.60 had no subject
    text = (
        "A litre now sells for about 1,500 kwacha ($0.80) in Lusaka, up from 900 kwacha before the subsidy was removed."
    )
    assert [c.subject for c in claim_records(nlp, text)][:2] == ["litre", "litre"]


def test_a_figure_before_its_conversion_measures_what_the_conversion_does(nlp) -> None:  # type: ignore[no-untyped-def]
    # "declared a state of emergency in a 3 km (1.9 mile) strip along the frontier": the 3 km had no subject
    text = "Latvia has declared a state of emergency in a 2 km (1.2 mile) strip along its border."
    assert [c.subject for c in claim_records(nlp, text)] == ["strip", "strip"]


def test_a_count_of_sources_that_speaks_is_no_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, two of the sources said": a claim of two sources
    text = "The meeting was attended by the deputy commander, two of the sources said."
    assert claim_records(nlp, text) == []


def test_figures_after_magnitudes_are_magnitudes(nlp) -> None:  # type: ignore[no-untyped-def]
    # "followed by strong aftershocks of magnitudes 6.3, 5.9 and 5.5": no unit, and the subject "quake"
    text = "The quake struck on Monday, followed by aftershocks of magnitudes 6.1, 5.4 and 5.2, the agency said."
    assert [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)] == [
        (6.1, "magnitude", "aftershocks"),
        (5.4, "magnitude", "aftershocks"),
        (5.2, "magnitude", "aftershocks"),
    ]


def test_a_rates_base_takes_no_date_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "… from 6 per 100,000 people in 2018 to 46 per 100,000 last year": the unit "per 100,000 last"
    text = "The murder rate has soared from 5 per 100,000 people in 2019 to 38 per 100,000 last year, data show."
    assert [c.unit for c in claim_records(nlp, text)] == ["per 100,000 people", "per 100,000"]


def test_the_sum_a_body_appeals_for_is_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The World Food Programme said 2 million people faced hunger. The agency appealed for $40 million to "
        "feed them. Separately, Oxfam is seeking $5 million, and the Red Cross launched an appeal for $9 million "
        "on Monday. Prices rose by $3 a sack."
    )
    ex, names = run(nlp, text)
    by_value = {c.value: names[c.claimant_key].name if c.claimant_key else None for c in ex.claims}
    assert by_value[40e6] == "World Food Programme" and by_value[5e6] == "Oxfam"
    assert by_value[9e6] == "Red Cross" and by_value[3] is None  # (no appeal: nobody's figure)
    # in someone's words, the sum is the speaker's
    text = "ATHENS — Floods hit Greece. Prime Minister Ana Ruiz said the government would seek at least €2 billion."
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name for c in ex.claims] == ["Ana Ruiz"]


def test_a_sum_asked_for_in_a_relative_clause_has_no_asker_from_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Red Cross opened in Denver. The rules cover groups that solicit more than $10,000 a year."
    assert [c.claimant_key for c in claim_records(nlp, text)] == [None]


def test_a_superlatives_time_is_not_the_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At least 31 people died when a ferry capsized and sank off the coast early Tuesday, the navy said, in one "
        "of the deadliest accidents in the region this year. Storms killed 14 people in the worst weather this year."
    )
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(31, date(2024, 3, 5)), (14, None)]


def test_a_magnitude_put_at_a_figure_is_the_quakes_magnitude(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A strong earthquake struck Chile on Monday. The national seismological centre put the magnitude at 6.9."
    assert [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)] == [(6.9, "magnitude", "earthquake")]


def test_a_headline_figure_is_the_source_named_after_its_dash(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tunisia: Migrant boat sinks off Sfax, 40 feared drowned – IOM\n\n"
        "The boat was carrying 120 people, the International Organization for Migration said on Sunday."
    )
    ex, names = run(nlp, text)
    claimants = [names[c.claimant_key].name if c.claimant_key else None for c in ex.claims]
    assert [c.value for c in ex.claims] == [40, 120]
    assert claimants == ["International Organization for Migration"] * 2


def test_a_conversion_in_brackets_has_the_claimant_of_the_figure_it_converts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "New Zealand, the country's nearest neighbour and biggest aid donor, pledged NZ$3 million ($1.8 million) in "
        "initial support, Foreign Minister Ana Ruiz said."
    )
    ex, names = run(nlp, text)
    claimants = [names[c.claimant_key].name if c.claimant_key else None for c in ex.claims]
    assert len(claimants) == 2 and claimants[0] is not None and claimants[0] == claimants[1]


def test_a_bare_figure_a_named_measure_is_said_to_be_measures_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The official rate stood at 95 naira per dollar on Monday, while the black-market rate was about 140."
    assert [c.subject for c in claim_records(nlp, text)] == ["official rate", "black-market rate"]


def test_a_sum_quoted_per_unit_of_another_currency_is_an_exchange_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Lagos, the rate stood at 1,450 naira per dollar on Friday. Rice sold for 900 naira per kilogram."
    assert [c.unit for c in claim_records(nlp, text)] == ["NGN per USD", "NGN per kilogram"]


@pytest.mark.parametrize(
    "headline",
    [
        "Landslide buries village in Guatemala, 30 dead",
        "Quake strikes Van, 300 feared dead",
        "Ferry sinks, 12 presumed dead",
        "Mudslides kill 40, injure 100",  # (the tagger had read the 40 as a date)
        "Guinea: Migrant boat sinks off Conakry, 40 feared drowned – IOM",  # (a date too, "feared" on "drowned")
    ],
)
def test_a_headlines_count_in_a_state_counts_people(nlp, headline: str) -> None:  # type: ignore[no-untyped-def]
    text = headline + "\n\nRescuers searched the area on Sunday."
    counted = [(c.value, c.subject) for c in claim_records(nlp, text)]
    assert counted == [(40, "people"), (100, "people")] if "100" in headline else len(counted) == 1
    assert counted[0][1] == "people"


def test_a_demonym_standing_for_its_people_is_what_is_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Sudanese face" read as a noun phrase, the figure hung on "face"
    text = "According to the WFP, nearly 18 million Sudanese face acute hunger, including 5 million near famine."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(18e6, "Sudanese"), (5e6, "Sudanese")]


@pytest.mark.parametrize(("state", "value"), [("dead", 35418), ("injured", 1200)])
def test_the_number_of_people_in_a_state_counts_them(nlp, state: str, value: int) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"He said 105,794 buildings had collapsed. In Turkey, the number of {state} reached {value:,}, the agency said."
    )
    assert [c.subject for c in claim_records(nlp, text) if c.value == value] == [state]


def test_a_bare_count_after_a_listed_part_counts_what_the_main_figure_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Air strikes across the south killed at least 310 people, including 22 children and 40 women, and wounded "
        "1,200 on Monday, the health ministry said."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)][-1] == (1200, "people")


def test_a_time_a_ranked_noun_runs_over_does_not_date_the_figures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Israeli air strikes across southern and eastern Lebanon killed at least 310 people, including 22 children and "
        "40 women, and wounded 1,200 on Monday, Lebanon's health ministry said, the deadliest day of violence in the "
        "country since the 2006 war."
    )
    # (not since 2006; Monday, which the clause joined after it closes the words with, dates both figures)
    assert [c.refers_to for c in claim_records(nlp, text) if c.value == 310] == [date(2024, 3, 4)]


def test_a_figure_given_as_a_toll_is_the_givers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Omar Said, a spokesman for the disaster ministry, gave a lower toll of 1,000 on Monday."
    ex, names = run(nlp, text)
    assert [names[c.claimant_key].name if c.claimant_key else None for c in ex.claims] == ["Omar Said"]


def test_that_pointing_back_takes_the_last_figures_measure_and_the_closing_half_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The poverty rate jumped to 52.9% in the first half of the year, the agency said on Thursday. That was up "
        "from 41.7% in the second half of last year."
    )
    second = [c for c in claim_records(nlp, text) if c.value == 41.7]
    assert [(c.subject, c.refers_to) for c in second] == [("poverty rate", date(2023, 7, 1))]


def test_the_apposition_of_a_fronted_place_is_not_what_is_measured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Porto Alegre, the state capital, the Guaíba River reached a record 5.33 meters on Sunday."
    assert [c.subject for c in claim_records(nlp, text)] == ["Guaíba River"]


def test_a_time_on_another_figure_compared_does_not_date_this_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The ministry said 3,898 people were estimated to be sleeping rough on a single night last autumn, up from "
        "3,069 the year before and more than double the figure in 2010."
    )
    assert [c.refers_to for c in claim_records(nlp, text) if c.value == 3898] == [None]  # (not 2010)
    assert [c.refers_to for c in claim_records(nlp, "The number in 2010 was 4,000.")] == [date(2010, 1, 1)]


def test_a_river_named_alone_is_what_its_level_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, "The Danube peaked at 8.9 metres on Monday.")] == ["Danube"]


def test_the_rand_written_r_is_money_in_an_article_about_south_africa(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Power cuts are costing South Africa's economy as much as R900 million a day, the bank said. The utility "
        "needs R25bn for repairs. The R2 road was closed."
    )
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(9e8, "ZAR per day"), (25e9, "ZAR")]


def test_more_narrow_currency_symbols_are_money(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A kilo of rice costs Rp15,000 in Jakarta. Nairobi traders paid KSh1,200 for a sack of maize."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(15000, "IDR"), (1200, "KES")]


def test_a_share_a_result_is_won_with_is_of_what_the_share_before_was(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Opposition candidate Ana Ruiz won the election with 54.28% of the vote, results showed. Ruling party "
        "candidate Omar Said came second with 35.79%, the commission said."
    )
    assert [c.subject for c in claim_records(nlp, text)] == ["vote", "vote"]


def test_a_bare_number_of_an_evacuation_counts_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wildfire forces evacuation of 30,000 in Canada's Yellowknife\n\nThe fire was 15 km from the city."
    assert [c.subject for c in claim_records(nlp, text) if c.value == 30000] == ["people"]


def test_a_part_listed_after_a_figure_counts_over_its_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At least 326 people, including 43 children and 25 women, have been killed by security forces since "
        "protests erupted in September, a rights group said on Saturday."
    )
    assert {c.refers_to for c in claim_records(nlp, text)} == {date(2023, 9, 1)}


def test_a_currencys_worth_quoted_to_the_dollar_is_an_exchange_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Egypt let the pound float on Wednesday. Economists at Goldman Sachs had estimated that the pound's fair value "
        "was about 45 to the dollar."
    )
    assert [c.unit for c in claim_records(nlp, text)] == ["EGP per USD"]


def test_a_share_a_result_is_won_with_after_the_winners_share_is_its_own_holders(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Okafor took 1.2 million votes, or 51.6%, against 900,000 for Peter Lang, the board said. Former mayor "
        "Ben Cole came third with 9.1%."
    )
    assert [c.subject for c in claim_records(nlp, text) if c.unit == "%"] == ["Okafor", "Ben Cole"]


def test_a_figure_set_against_after_a_comparative_measures_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Attendance was about 64%, higher than the 58% recorded at the last count."
    assert [c.subject for c in claim_records(nlp, text)] == ["Attendance", "Attendance"]


def test_a_bare_number_joined_to_a_count_with_a_place_of_its_own_counts_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The cyclone killed 14 people in Mozambique and nine in Malawi."
    assert [(c.value, c.subject, c.event) for c in claim_records(nlp, text)] == [
        (14, "people", "kill"),
        (9, "people", "kill"),
    ]


def test_pounds_after_britain_is_named_are_sterling_in_an_article_about_another_pounds_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighting in Sudan has shut most of Khartoum's bakeries, and Sudanese families queue for hours. Britain will "
        "host a donors' meeting in London on Monday. Its minister for Africa is expected to pledge 85 million pounds "
        "in new aid to Sudan."
    )
    assert [c.unit for c in claim_records(nlp, text) if c.value == 85e6] == ["GBP"]


def test_a_bare_number_uprooted_counts_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two years of war have killed thousands and uprooted more than 3 million, the agency said."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(3e6, "people")]


def test_a_tally_written_tight_after_by_is_a_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bill passed after the lower house approved it on Friday by 214-87."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (214, "votes in favour"),
        (87, "votes against"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Traders now see a 70% chance of a rate rise in November.",
        "The currency was hit by worries over a $1.5 billion bond due in November.",
    ],
)
def test_a_month_under_a_prospect_or_a_due_date_is_the_coming_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.refers_to for c in claim_records(nlp, text)] == [date(2024, 11, 1)]


def test_a_portuguese_name_with_do_before_a_kind_of_place_leaves_the_subject_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The number of dead in Brazil's northern Mato Grosso do Sul state rose to 39 on Friday."
    assert [c.subject for c in claim_records(nlp, text)] == ["dead"]


def test_a_bare_number_a_people_participle_follows_after_a_toll_counts_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya floods death toll rises to 38, over 40,000 displaced\n\nNAIROBI, Kenya (AP) — The death toll from "
        "floods in Kenya rose to 38 on Monday."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)][:2] == [
        (38, "Kenya floods death toll"),
        (40000, "people"),
    ]


def test_a_courts_ruling_by_a_tally_of_its_judges_is_a_tally(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The constitutional court ruled 7-2 on Tuesday that the decree was unlawful."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(7, "votes in favour"), (2, "votes against")]


def test_a_time_on_the_attempt_people_died_in_dates_the_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "More than 800 people have drowned trying to reach the islands by boat since January, the agency said."
    assert [(c.value, c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)] == [
        (800, date(2024, 1, 1), "since")
    ]


def test_a_currencys_move_from_one_rate_to_another_keeps_the_rate_on_both_ends(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Analysts said the cedi's recent slide, from about 12 per dollar in January to around 15.5, hurt importers."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(12, "GHS per USD"), (15.5, "GHS per USD")]


def test_a_date_on_a_level_a_figure_is_set_above_dates_that_level(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Elbe at Dresden rose to 8.2 metres, above the level of the 2002 floods, officials said."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(8.2, None)]


def test_an_amount_that_is_its_verbs_subject_has_no_unit_word_for_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # "2.5 billion dirhams ($243 million) had already been earmarked": the subject had been "dirhams" for both
    text = (
        "RABAT, Morocco (Reuters) - Parliament met on Monday. The cabinet said 1.4 billion dirhams ($140 million) had "
        "been set aside for new schools."
    )
    assert [(c.unit, c.subject) for c in claim_records(nlp, text)] == [("MAD", None), ("USD", None)]


def test_a_level_joined_to_a_comparison_is_not_dated_by_the_comparisons_month(nlp) -> None:  # type: ignore[no-untyped-def]
    # "…, up from 12.8% in November but below the 30% analysts had expected": the 30% had been dated November of the
    # year before (a comparison's month, taken back a year)
    text = (
        "Monthly inflation was 14.5% in December, up from 9.8% in November but below the 20% that economists had "
        "expected."
    )
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [
        (14.5, date(2023, 12, 1)),
        (9.8, date(2023, 11, 1)),
        (20, date(2023, 12, 1)),
    ]


def test_a_further_amount_added_to_an_offer_is_not_the_offerers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The airline has offered 4%, with a further 1.5% if staff accept new rosters."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(4, None), (1.5, None)]


def test_a_level_markets_price_in_is_not_the_markets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Markets now price in a peak of around 4.5% by the summer."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(4.5, None)]


def test_a_day_with_its_year_said_relative_to_publication() -> None:
    from app.extract.dates import resolve_period

    assert resolve_period("Feb. 24 last year", PUB) == (date(2023, 2, 24), "day")
    assert resolve_period("24 February next year", PUB) == (date(2025, 2, 24), "day")
    assert resolve_period("Feb. 24", PUB) == (date(2024, 2, 24), "day")


def test_a_vote_by_so_many_votes_to_so_many_counts_the_votes_against(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bill, which bans funding from abroad, passed its final reading on Tuesday by 78 votes to 25."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(78, "votes"), (25, "votes against")]


def test_a_rank_among_a_countrys_largest_is_not_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen freed more than 3,000 inmates from the country's two largest prisons on Sunday."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(3000, "inmates")]


def test_the_size_of_a_place_named_by_it_is_not_dated_by_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The island of 5 million people is in its worst crisis since independence in 1962."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(5000000, None)]


def test_a_forecast_for_a_quarter_is_for_the_coming_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bank cut its Brent forecast for the third quarter to $84 from $88. Output fell 3% in the third quarter."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [
        (84, date(2024, 7, 1)),
        (88, date(2024, 7, 1)),
        (3, date(2023, 7, 1)),
    ]


def test_a_share_of_the_population_a_verb_acts_on_counts_that_population(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The fighting forced about half of the province's population from their homes. The storm left 30% of the "
        "population without power. Migrants make up a fifth of the population."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (0.5, "population"),
        (30, "population"),
        (0.2, "Migrants"),
    ]


def test_a_share_of_what_the_parser_hung_on_the_verb_is_of_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 8% of global maritime trade passes through the strait, which links the Red Sea and the Gulf of Aden."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(8, "global maritime trade")]


def test_a_time_in_the_down_from_phrase_dates_the_figure_it_came_from(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Some 42,000 people remained in shelters, down from about 61,000 on Thursday, officials said."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(42000, None), (61000, date(2024, 3, 7))]


def test_a_word_of_how_often_tagged_a_date_does_not_hide_the_figures_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Annual inflation was 7.9% as of Nov. 14, according to the statistics office."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(7.9, date(2023, 11, 14))]


def test_a_month_after_from_on_a_past_change_is_its_base_not_its_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Consumer prices rose 12.4% from October. Bus fares will rise 8% from January."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(12.4, None), (8, date(2025, 1, 1))]


def test_a_time_on_the_average_a_figure_is_compared_with_dates_the_average(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Up to 250 millimetres of rain fell in 12 hours, more than twice the average for September."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(250, None)]


def test_a_possessive_time_on_the_clauses_subject_dates_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Last year's heatwave killed 430 people. Arrivals rose to 900 on Tuesday, up from last month's 600."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [
        (430, date(2023, 1, 1)),
        (900, date(2024, 3, 5)),
        (600, date(2024, 2, 1)),
    ]


def test_a_headlines_verb_of_change_read_as_a_compound_leaves_the_object_as_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana's central bank hikes rates to 29%, citing inflation risks"
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(29, "rates")]


def test_the_size_of_the_set_a_name_is_one_of_is_not_dated_by_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mayon, one of 24 active volcanoes in the country, last erupted in 2018."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(24, None)]


def test_the_currency_quoted_per_dollar_is_the_one_named_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The kwanza fell to 880 per dollar on Monday. On the street, the currency was trading at about 1,200 per "
        "dollar."
    )
    assert [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)] == [
        (880, "AOA per USD", "kwanza"),
        (1200, "AOA per USD", "kwanza"),
    ]


def test_the_value_a_change_ran_from_is_not_dated_by_the_change(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The electoral court on Monday lowered the winner's share to 58% from 64%."
    dated = [(c.value, c.refers_to) for c in claim_records(nlp, text)]
    assert dated == [(58, date(2024, 3, 4)), (64, None)]
    text = "The number of clinics fell from 310 in 2019 to 240 this year."
    assert next((c.value, c.refers_to) for c in claim_records(nlp, text)) == (310, date(2019, 1, 1))


def test_a_peoples_plural_name_tagged_a_place_is_what_is_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "About 18 million young Bangladeshis are unemployed."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(18_000_000, "young Bangladeshis")]


def test_a_verb_joined_after_a_clause_of_time_goes_with_the_main_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The price of petrol in Ghana has more than quadrupled since President John Mensah scrapped a costly subsidy "
        "in May last year, and now stands at about 30 cedis a litre in Accra."
    )
    assert [(c.value, c.subject, c.refers_to) for c in claim_records(nlp, text)] == [(30, "price", None)]


def test_a_headline_count_of_the_dead_joined_to_the_injured(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chile earthquake: seven dead and more than 600 injured"
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(7, "people"), (600, "people")]


def test_a_currency_priced_in_another_is_an_exchange_rate(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On the parallel market, the dollar traded at about 1,400 naira on Wednesday."
    assert [(c.value, c.unit) for c in claim_records(nlp, text)] == [(1400, "NGN per USD")]


def test_a_date_something_falls_due_in_the_present_lies_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ghana must repay a $750 million bond that matures in July."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(750_000_000, date(2024, 7, 1))]


def test_the_first_end_of_a_range_hung_on_the_second_counts_what_it_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Estimates of the toll ranged from about 3,000 to more than 8,000."
    assert [(c.value, c.qualifier) for c in claim_records(nlp, text)] == [(3000, "approximate"), (8000, "more_than")]


def test_a_level_fixed_at_a_new_value_from_an_old_one_dates_only_the_new(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The central bank devalued the currency by 40% on Tuesday, fixing the official exchange rate at 620 kwacha "
        "to the dollar from 410, as part of an emergency package."
    )
    dated = {c.value: c.refers_to for c in claim_records(nlp, text)}
    assert dated[620] == date(2024, 3, 5) and dated[410] is None


def test_a_level_a_relative_clause_puts_a_figure_at_is_not_dated_by_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said the government aimed to cut the deficit, which she put at 6.1% of GDP, to zero next year."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(6.1, None)]


def test_a_headlines_bare_currency_devalued_by_a_share_is_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Colombia: Petro devalues peso by 12% in shock therapy plan"
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(12, "peso")]


def test_a_figure_the_parser_read_as_a_verb_measures_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Heatwave: dozens die as temperatures top 50C\n\nAt least 54 people have died."
    assert next((c.value, c.subject) for c in claim_records(nlp, text)) == (50, "temperatures")


def test_a_gapped_clause_measures_the_noun_right_before_its_level(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The overnight deposit rate now stands at 19.25% and the lending rate at 20.25%."
    subjects = [(c.value, c.subject) for c in claim_records(nlp, text)]
    assert subjects == [(19.25, "overnight deposit rate"), (20.25, "lending rate")]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The quake, measuring 5.9, struck at dawn.", "quake"),
        (
            "The agency said the epicentre of the strongest quake, measuring 5.9, was near the town of Bam.",
            "strongest quake",
        ),
    ],
)
def test_a_quake_measuring_a_figure_is_its_magnitude(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.unit, c.subject) for c in claim_records(nlp, text)] == [(5.9, "magnitude", subject)]


def test_a_distance_set_off_after_a_place_its_name_is_written_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Search teams found the wreckage in the Nyika forest, about 40km south of Rumphi, after a long search."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(40, "Nyika forest")]


@pytest.mark.parametrize(
    ("text", "count"),
    [("Floods kill nine in Kenya", 9), ("Police arrested five people's relatives and detained seven.", 7)],
)
def test_a_word_number_a_people_verb_acts_on_counts_people(nlp, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert (count, "people") in [(c.value, c.subject) for c in claim_records(nlp, text)]


@pytest.mark.parametrize(
    "text",
    ["Temperatures dropped to as low as -18C overnight.", "Temperatures are expected to drop to as low as 4C."],
)
def test_a_level_a_change_reaches_as_low_as_measures_what_changed(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == ["Temperatures"]


def test_a_figure_dated_last_month_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Food inflation, which peaked at 14.5 percent last October, has eased to 6% since then."
    (peak,) = [c for c in claim_records(nlp, text) if c.value == 14.5]
    assert (peak.refers_to, peak.refers_to_precision) == (date(2023, 10, 1), "month")


def test_a_verb_joined_right_after_the_figures_own_shares_its_date_whatever_it_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    # "up from 1,417 in 2022" hangs on the second verb: the base of the change, no parallel figure of its own
    text = (
        "More than 2,250 people died or went missing on the route last year, up from 1,417 in 2022, according to IOM "
        "data."
    )
    dated = {c.value: (c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)}
    assert dated == {2250.0: (date(2023, 1, 1), "year"), 1417.0: (date(2022, 1, 1), "year")}


def test_a_figure_for_a_period_stressed_with_alone_is_dated(nlp) -> None:  # type: ignore[no-untyped-def]
    (owed,) = claim_records(nlp, "The government owes creditors $7 billion this year alone.")
    assert (owed.value, owed.refers_to, owed.refers_to_precision) == (7e9, date(2024, 1, 1), "year")


def test_according_to_covers_the_predicate_before_it_not_one_joined_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chad receives nearly $900 million a year in development aid, according to the World Bank, and hosts about "
        "1,000 French troops at three bases."
    )
    by = {c.value: c.claimant_key for c in claim_records(nlp, text)}
    assert by == {9e8: "org:world bank", 1000.0: None, 3.0: None}


def test_a_sum_by_the_year_is_of_what_it_is_in(nlp) -> None:  # type: ignore[no-untyped-def]
    (aid,) = claim_records(nlp, "Donors have pledged $85 million a year in emergency aid to the region.")
    assert (aid.value, aid.unit, aid.subject) == (85e6, "USD per year", "emergency aid")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The ministry spent $4 million in rural areas last year.", None),
        # (a sum by the hour too, now that a rate's sum is of what it is "in")
        ("Nurses earn about $9 an hour in poorer provinces, the union said.", "Nurses"),
    ],
)
def test_a_sum_is_not_of_the_place_it_is_spent_or_earned_in(nlp, text: str, subject: str | None) -> None:  # type: ignore[no-untyped-def]
    (sum_,) = claim_records(nlp, text)
    assert sum_.subject == subject


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Some 8,400 square km of forest have burned this summer.", "km2"),
        ("The flooded zone covers 310 sq mi, officials said.", "mi2"),
    ],
)
def test_square_kilometres_and_miles_written_short_are_areas(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    (area,) = claim_records(nlp, text)
    assert area.unit == unit
    assert area.subject not in {"square km", "sq mi"}  # (the unit had been read as what is measured)


def test_a_bare_number_in_a_clause_with_counts_the_subject_it_is_hung_on(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Measles cases in the province have tripled, with more than 6,200 recorded since March."
    claims = [c for c in claim_records(nlp, text) if c.value == 6200]
    assert [(c.subject, c.qualifier) for c in claims] == [("Measles cases", "more_than")]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("The fund will lend $60 million on top of the $15 million it gave in May.", [None, None]),
        ("The province's repair bill is in the region of $4 billion.", ["repair bill"]),
        ("The charity raised to the tune of $2 million last year.", [None]),
    ],
)
def test_the_noun_of_a_three_word_preposition_is_no_subject(nlp, text: str, subjects: list) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, text)] == subjects


def test_of_them_after_a_figure_set_beside_another_counts_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nearly 3 million Malawians, almost half the population, need food aid, and about 400,000 of them "
        "are children, the agency said."
    )
    them = [c for c in claim_records(nlp, text) if c.value == 400000]
    assert [c.subject for c in them] == ["Malawians"]


def test_a_deadline_to_act_ahead_does_not_date_what_was_told_in_the_past(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials ordered all 9,000 residents of Hanford to leave by Friday noon as the fire crept to within 12 km "
        "of the town, the mayor said on Thursday."
    )
    dates = {c.value: (c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)}
    assert dates[12.0] == (date(2024, 3, 7), "at")  # Thursday, when it was told (not the Friday deadline)


def test_a_number_word_tagged_an_adjective_still_counts_its_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Eleven people were rescued from the river on Monday, the coast guard said."
    counts = [(c.value, c.subject) for c in claim_records(nlp, text)]
    assert counts == [(11.0, "people")]


def test_a_named_actors_act_joined_to_a_cue_is_not_the_sources_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The World Bank said it had lent $40 million to the port, and the African Union sent 300 engineers."
    by = {c.value: c.claimant_key for c in claim_records(nlp, text)}
    assert by == {40e6: "org:world bank", 300.0: None}


def test_a_parts_clause_does_not_date_the_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan owes about $51 billion in foreign debt, of which $28 billion must be repaid by 2027."
    dates = {c.value: (c.refers_to, c.refers_to_relation) for c in claim_records(nlp, text)}
    assert dates == {51e9: (None, None), 28e9: (date(2027, 1, 1), "by")}


def test_a_verb_in_s_after_while_read_as_a_plural_is_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The official rate stands at about 350 naira per dollar, while the informal dollar trades at around 600 naira."
    )
    second = [c for c in claim_records(nlp, text) if c.value == 600]
    assert [c.subject for c in second] == ["informal dollar"]  # (not "informal dollar trades")


def test_a_cue_on_a_clause_joined_after_the_figures_is_not_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Britain has about 900 soldiers in Estonia, and NATO has cut the mission's budget, saying the "
        "troops must come home within a year."
    )
    by = {c.value: c.claimant_key for c in claim_records(nlp, text)}
    assert by[900.0] is None  # (the writer's figure, not what the government said)


def test_a_total_owned_by_a_year_stands_for_the_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    (base,) = [c for c in claim_records(nlp, "Measles deaths tripled from last year's total of 312.") if c.value == 312]
    assert (base.subject, base.refers_to) == ("Measles deaths", date(2023, 1, 1))


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("More than two dozen governors have taken a similar stance.", 24.0, "governors"),
        ("Police arrested three dozen protesters on Friday.", 36.0, "protesters"),
        ("Half a dozen soldiers were hurt.", 6.0, "soldiers"),
    ],
)
def test_a_number_of_dozens_is_multiplied(nlp, text: str, value: float, subject: str) -> None:  # type: ignore[no-untyped-def]
    (count,) = claim_records(nlp, text)
    assert (count.value, count.subject) == (value, subject)  # (not 2 governors, nor 2 + 12)


def test_a_rate_of_doses_is_per_dose_not_dos(nlp) -> None:  # type: ignore[no-untyped-def]
    (made,) = claim_records(nlp, "The plant produces about 2 million doses a month.")
    assert made.unit == "dose per month"  # (the model's lemma of "doses" is "dos")


def test_the_base_of_a_relative_change_keeps_the_levels_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thirty-one countries reported outbreaks last year, up 40% from 22 in 2021. Inflation rose to 9.2% from 8.7."
    units = {c.value: c.unit for c in claim_records(nlp, text)}
    assert (units[22.0], units[8.7]) == (None, "%")  # (22 countries, not 22%; 8.7 a level, in %)


def test_a_participle_on_the_subject_is_not_its_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Cholera cases reported to the WHO more than doubled in 2022 to over 472,000."
    assert indirect_of(nlp, text) == []  # (no statement with no speaker: "… more than doubled in 2022 …")
    (count,) = claim_records(nlp, text)
    assert (count.value, count.subject) == (472000.0, "Cholera cases")


def test_a_state_written_right_after_a_bare_count_is_its_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United Nations put the toll lower, at 1,023 dead and about 1,600 injured, citing local authorities."
    events = {c.value: c.event for c in claim_records(nlp, text)}
    assert events == {1023.0: "die", 1600.0: "injure"}  # (the first had been "injure", the second none)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The firm raised prices 5% on Monday.", "prices"),
        ("The drought drove maize prices up 60% in May.", "maize prices"),
        ("Houthi attacks push shipping costs up fourfold", "shipping costs"),
    ],
)
def test_a_change_a_verb_makes_is_of_its_object(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    (change,) = claim_records(nlp, text)
    assert change.subject == subject  # (not the one who made the change)


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("Her ground-floor home was under two metres of water.", ["exact"]),
        ("The road was under 3 feet of mud, residents said.", ["exact"]),
        # a bound is still one when nothing lies beneath it
        ("Under 10 mm of rain fell in the city, and prices were under $2 a litre.", ["less_than", "less_than"]),
    ],
)
def test_a_depth_something_lies_under_is_no_upper_bound(nlp, text: str, qualifiers: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.qualifier for c in claim_records(nlp, text)] == qualifiers  # (had been "less than two metres")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The government raised petrol prices by 14.91 rupees a litre on Thursday.", "petrol prices"),
        ("Regulators cut diesel prices by 5 naira a litre.", "diesel prices"),
    ],
)
def test_a_change_by_a_rate_is_of_the_verb_s_object(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    (change,) = claim_records(nlp, text)
    assert change.subject == subject  # (the parser made "a litre" the verb's object; there had been no subject)


def test_a_deadline_in_a_condition_of_what_would_follow_lies_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The WFP warned it would have to halve rations unless it receives $150 million by the end of August."
    (money,) = claim_records(nlp, text)
    assert (money.refers_to, money.refers_to_relation) == (date(2024, 8, 1), "by")  # (had been August 2023)


def test_the_level_a_change_came_to_is_not_at_the_time_it_came_from(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wheat shipments dropped 22% in March from a year earlier to 1.4 million tonnes, customs data showed."
    assert [c.refers_to for c in claim_records(nlp, text)] == [date(2024, 3, 1)] * 2  # (the level had March 2023)


def test_the_subject_of_a_relative_clause_after_an_amount_is_not_what_it_is_of(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minimum wage rose to 12,500 taka, well short of the 23,000 taka unions had demanded."
    subjects = {c.value: c.subject for c in claim_records(nlp, text)}
    assert subjects == {12500.0: "minimum wage", 23000.0: None}  # (the 23,000 had been the unions')


def test_a_figure_compared_with_a_time_of_its_own_is_not_dated_by_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Only 90 trucks entered the city in April, far below the 300 a day that entered before the siege."
    dates = {c.value: c.refers_to for c in claim_records(nlp, text)}
    assert dates == {90.0: date(2023, 4, 1), 300.0: None}  # (the 300 a day had been April's)


def test_its_target_is_not_the_measures_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bank said it expected inflation to stay below its 4% target next year."
    (target,) = [c for c in claim_records(nlp, text) if c.value == 4.0]
    assert target.subject == "target"  # (had been "inflation's target": the bank's aim, not inflation's)


@pytest.mark.parametrize(
    "text",
    [
        "Measles cases reached 940 this year, three times last year's total of 312.",
        "Measles cases reached 940 this year, three times last year's 312.",
    ],
)
def test_the_base_of_a_multiple_counts_what_the_clause_counts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    bases = [c for c in claim_records(nlp, text) if c.value == 312.0]
    assert [c.subject for c in bases] == ["Measles cases"]  # (the first had been dropped; the second's was "times")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Nineteen have been infected since the outbreak began, the ministry said.", [19.0]),
        ("The virus has infected 40 and killed 12.", [40.0, 12.0]),
    ],
)
def test_a_bare_count_of_those_infected_counts_people(nlp, text: str, values: list[float]) -> None:  # type: ignore[no-untyped-def]
    counts = claim_records(nlp, text)
    assert [(c.value, c.subject) for c in counts] == [(v, "people") for v in values]  # (the infected had been dropped)


def test_a_figure_joined_to_another_figures_date_keeps_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The maker said it could supply 3 million doses by the end of the year and 12 million by the end of 2026."
    dates = {c.value: c.refers_to for c in claim_records(nlp, text)}
    assert dates == {3000000.0: date(2024, 1, 1), 12000000.0: date(2026, 1, 1)}  # (the 12 million had the year's)


@pytest.mark.parametrize(
    "text",
    [
        "Forty people are dead, the police said.",
        "The minister said 72 people remained missing and more than 21,000 had been displaced.",
    ],
)
def test_a_state_as_a_predicate_names_the_same_event_as_after_a_count(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = {c.event for c in claim_records(nlp, text)}
    assert not events & {"dead", "missing"}  # (had been "dead"/"missing" where "40 dead" gives "die", "miss")


def test_a_forecast_through_a_weekday_is_of_the_coming_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The weather service forecast another 200 mm of rain for the coast through Monday."
    (rain,) = claim_records(nlp, text)
    assert (rain.refers_to, rain.refers_to_relation) == (date(2024, 3, 11), "by")  # (had been the Monday before)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Chad's interior ministry puts the number of people killed in the clashes at more than 400, though local "
            "groups believe the real toll is far higher.",
            "Chad's interior ministry",
        ),
        (
            "The World Bank puts the cost of rebuilding at $14 billion, though engineers say it could be double that.",
            "World Bank",
        ),
    ],
)
def test_a_figure_a_source_puts_something_at_is_its_estimate_whoever_else_speaks(nlp, text: str, claimant: str) -> None:  # type: ignore[no-untyped-def]
    # (both had no claimant: the cue of the clause after, whose source names no one, took the figure)
    assert [c[-1] for c in claims_of(nlp, text)] == [claimant]


def test_the_base_of_a_change_dates_no_figure_the_change_is_compared_with_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Food prices rose 4.2% in March from February, well below the 6% that analysts had expected."
    claims = claim_records(nlp, text)
    # (the 6% had been dated February, the month the rise is measured from; it is the rise expected for March)
    assert [(c.value, c.refers_to.month if c.refers_to else None) for c in claims] == [(4.2, 3), (6, 3)]


def test_a_count_in_a_state_after_a_sources_own_estimate_of_it_is_that_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nepal's home ministry later lowered its own estimate of 2,400 dead, citing double counting in two districts."
    )
    # (the 2,400 had been dropped: the parser hung "dead" on the verb, so nothing was counted)
    got = [(c.value, c.subject, c.event) for c in claim_records(nlp, text)]
    assert got[0] == (2400, "people", "die")
    assert claims_of(nlp, text)[0][-1] == "Nepal's home ministry"


def test_a_count_of_attempts_is_dated_by_its_infinitive_and_there_were_n_counts_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Border guards recorded more than 4,000 attempts to cross the border illegally in October alone, a "
        "spokeswoman, Ewa Nowak, told state broadcaster TVP. In the whole of September, there were 2,500, she said."
    )
    # (the parser made "to cross" the noun's complement, so October dated nothing; "there were 2,500" was dropped)
    got = [(c.value, c.subject, c.refers_to.month if c.refers_to else None) for c in claim_records(nlp, text)]
    assert got == [(4000, "attempts", 10), (2500, "attempts", 9)]


def test_a_country_declaring_a_measure_is_no_source_of_the_figures_another_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Estonia declared a state of emergency on Friday over a surge in migrants crossing from Russia, with 1,676 "
        "people detained this year, more than 20 times the figure for the whole of 2020, the State Border Guard "
        "Service said."
    )
    # (both figures had been Estonia's: "declared" counted as a cue though it puts a measure in force)
    assert [c[-1] for c in claims_of(nlp, text)] == ["State Border Guard Service"] * 2


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The death toll rose by 300 overnight, the governor said.", "death toll"),
        ("The ministry plans to raise the annual intake of nursing students by 1,500 from 9,000.", "annual intake"),
    ],
)
def test_a_bare_count_a_thing_moved_or_was_changed_by_is_a_figure_of_that_thing(nlp, text, subject) -> None:  # type: ignore[no-untyped-def]
    by = next(c for c in run(nlp, text)[0].claims if text[c.start - 3 : c.start] == "by ")
    assert by.subject is not None and by.subject.startswith(subject)


def test_a_figure_in_a_clause_told_in_the_present_is_not_dated_by_the_past_clause_above(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan raised fuel prices by 10% on Friday as it seeks to unlock a $1.1 billion loan tranche."
    got = {text[c.start : c.end]: c.refers_to for c in run(nlp, text)[0].claims}
    assert got["10%"] is not None and got["$1.1 billion"] is None  # the rise is Friday's; the loan's size stands now
    text = "The toll rose to 300, the ministry said on Sunday, while 900 people are still missing."
    got = {text[c.start : c.end]: c.refers_to for c in run(nlp, text)[0].claims}
    assert got["900"] is not None  # "while": where things stood when the ministry said so


def test_a_season_naming_the_kind_of_a_noun_does_not_hide_the_clauses_month(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Kenya, spring rains forced more than 20,000 people from their homes in May, the interior minister said."
    assert [(c.value, c.refers_to) for c in run(nlp, text)[0].claims] == [(20000.0, date(2023, 5, 1))]


def test_how_far_a_named_place_lies_measures_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Goma, the main city in eastern Congo, lies about 20 km from the fighting."
    assert [(c.value, c.subject) for c in run(nlp, text)[0].claims] == [(20.0, "Goma")]


def test_a_price_in_hundredths_of_a_currency_keeps_its_unit_off_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The loaf cost the state about 125 piastres to produce."
    assert [(c.value, c.unit, c.subject) for c in run(nlp, text)[0].claims] == [(125.0, "piastre", "loaf")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP style: no "on" before the day
        ("The death toll from the landslide rose to 47 Thursday, officials said.", (47.0, "death toll", 7)),
        ("Confirmed cases reached 90,000 Friday, the ministry said.", (90000.0, "Confirmed cases", 8)),
    ],
)
def test_a_count_before_a_bare_weekday_is_a_count_on_that_day_not_a_name(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    value, subject, day = expected
    assert [(c.value, c.subject, c.refers_to) for c in run(nlp, text)[0].claims] == [
        (value, subject, date(2024, 3, day))
    ]


def test_a_count_before_a_weekdays_night_is_no_count_of_the_night(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in run(nlp, "The toll climbed to 1,200 Wednesday night.")[0].claims] == ["toll"]


def test_a_twenty_four_hour_time_after_a_clock_time_is_no_year(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The blast struck at 10:20 p.m. (1920 GMT), killing 14 people, police said."
    assert [(c.value, c.refers_to) for c in run(nlp, text)[0].claims] == [(14.0, None)]  # not the year 1920


def test_a_sixteen_point_compass_direction_is_not_what_a_distance_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The quake struck 40 km west-southwest of the city.")
    assert [(c.value, c.unit, c.subject) for c in got] == [(40.0, "km", None)]


def test_a_number_word_opening_a_paragraph_read_as_a_name_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The shelling has emptied the camps.\n\n"
        "Thirteen peacekeepers and two aid workers have been killed since Monday, the mission said."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(13.0, "peacekeepers"), (2.0, "aid workers")]


def test_a_count_of_a_model_before_a_noun_whose_plural_is_its_singular(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "The ministry grounded its fleet of 24 Embraer 190 aircraft on Monday.")
    assert [c.value for c in got] == [24.0]  # not 190, and not dropped


@pytest.mark.parametrize(
    "text",
    [
        "Nine miners were killed and 31 hurt on Sunday, the company said.",
        "Nine miners were killed and 31 hurt on Sunday when a shaft collapsed, the company said.",
    ],
)
def test_a_time_closing_the_words_a_trailing_cue_reports_dates_both_joined_figures(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.value, c.refers_to) for c in run(nlp, text)[0].claims] == [
        (9.0, date(2024, 3, 3)),
        (31.0, date(2024, 3, 3)),
    ]


def test_a_count_of_the_places_the_sources_are_from_is_no_claim(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Storms have killed at least 45 people, officials in the three provinces said."
    assert [c.value for c in claim_records(nlp, text)] == [45.0]


def test_a_time_after_what_a_figure_is_compared_with_does_not_date_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dengue has killed 212 people and more than 90,000 have been infected, about three times as many as at this "
        "point last year, officials said."
    )
    assert [(c.value, c.refers_to) for c in run(nlp, text)[0].claims] == [(212.0, None), (90000.0, None)]


def test_a_measure_hung_on_the_noun_before_it_measures_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    got = claim_records(nlp, "A week of heat pushed temperatures close to 47 degrees Celsius in parts of Pakistan.")
    assert [(c.value, c.subject) for c in got] == [(47.0, "temperatures")]


def test_who_puts_a_figure_on_a_relative_pronouns_noun_is_not_what_it_measures(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The grant covers half the bill for 2025, which the World Bank has put at $410 million, officials said."
    assert [c.subject for c in claim_records(nlp, text) if c.value == 410e6] == [None]  # not the World Bank


def test_a_count_after_around_read_as_a_preposition_is_its_verbs_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Some 2,000 people lived in the 500 homes of the estate. Around 300 have been taken to shelters."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [
        (2000.0, "people"),
        (500.0, "homes"),
        (300.0, "people"),
    ]


def test_a_level_in_a_clause_of_when_measures_that_clauses_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The country is emerging from its worst crisis in a generation, when inflation peaked at 41.2% in March 2023."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(41.2, "inflation")]


def test_a_bare_number_people_are_done_to_counts_people_not_the_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mine collapse: death toll rises to 31 as police arrest 4 over safety lapses"
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(31.0, "death toll"), (4.0, "people")]


def test_a_lead_read_as_a_noun_with_a_clause_on_it_is_dated_by_what_opens_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2019, a fire at a warehouse near the port killed at least 42 people."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(42.0, date(2019, 1, 1))]


def test_a_share_set_beside_a_noun_moved_up_measures_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Food prices rose 5.1% in June from a year earlier, with wheat up 40.2%, the highest since 2008."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(5.1, "Food prices"), (40.2, "wheat")]


def test_a_bare_count_in_a_clause_joined_after_a_plural_subject_counts_that_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rescuers said villagers had tried to flee the rising water and that at least 30 had drowned."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(30.0, "villagers")]


def test_the_number_of_a_group_named_by_an_adjective_counts_that_group(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c.subject for c in claim_records(nlp, "The number of unemployed reached 3.1 million in June.")] == [
        "unemployed"
    ]


def test_about_a_count_read_as_a_preposition_after_its_verb_is_still_the_verbs_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pagers used by members of Hezbollah exploded almost simultaneously across Lebanon on Tuesday, killing at "
        "least 12 people, including two children, and wounding about 2,800, Health Minister Firass Abiad said on "
        "Wednesday."
    )
    extraction = run(nlp, text)[0]
    assert [(c.value, c.event) for c in extraction.claims if c.value == 2800] == [(2800.0, "wound")]


def test_figures_in_words_closed_by_a_cue_the_parser_hung_on_the_next_clause_are_the_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia launched 458 drones and 45 missiles, the Ukrainian air force said, of which 406 drones and 9 missiles "
        "were shot down or jammed."
    )
    extraction, names = run(nlp, text)
    assert {names[c.claimant_key].name for c in extraction.claims if c.claimant_key} == {"Ukrainian air force"}
    assert len([c for c in extraction.claims if c.claimant_key]) == 4


def test_a_time_after_than_and_a_comparative_dates_only_the_base(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The agency said the rains were 50% heavier than last year."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(50.0, None)]


def test_what_a_verb_of_bringing_takes_to_a_level_is_what_the_level_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rescuers recovered 12 more bodies on Friday, bringing the death toll linked to the landslide to 210, "
        "officials said."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(12.0, "bodies"), (210.0, "death toll")]


def test_up_to_after_a_verb_that_moves_up_is_the_level_reached_not_a_ceiling(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Private credit growth had picked up to 2.8% in July from 1.9% in May, the central bank said."
    assert [(c.value, c.qualifier) for c in claim_records(nlp, text)] == [(2.8, "exact"), (1.9, "exact")]
    assert [c.qualifier for c in claim_records(nlp, "The company will cut up to 500 jobs.")] == ["up_to"]


def test_a_count_hung_on_a_bodys_name_before_its_noun_counts_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The army said its troops had killed more than 150 Shabaab and allied fighters near the border."
    assert [(c.value, c.qualifier, c.subject) for c in claim_records(nlp, text)] == [(150.0, "more_than", "fighters")]
    text = "Police detained 14 Likud and Shas supporters outside the court."
    assert [(c.value, c.subject) for c in claim_records(nlp, text)] == [(14.0, "supporters")]


def test_a_participle_between_a_count_and_its_noun_modifies_the_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Forecasters have predicted 14 to 20 named storms this season, more than average."
    assert [(c.value_min, c.value_max, c.subject) for c in claim_records(nlp, text)] == [(14.0, 20.0, "named storms")]


def test_a_value_after_worth_read_as_the_reported_clause_stays_on_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Residents said flood walls worth 3 billion rupees had failed to protect the town."
    ex, _ = run(nlp, text)
    words = "flood walls worth 3 billion rupees had failed to protect the town"
    assert [text[q.start : q.end] for q in ex.quotations] == [words]
    assert [c.subject for c in ex.claims] == ["flood walls"]


def test_a_figure_joined_under_a_dated_clause_takes_its_date_not_the_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A strong earthquake struck the mountains late on Friday, killing at least 300 people and injuring more than "
        "1,100, the interior ministry said on Saturday."
    )
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [
        (300.0, date(2024, 3, 8)),
        (1100.0, date(2024, 3, 8)),
    ]


def test_quarters_the_recogniser_dates_are_a_span_of_time_not_a_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Exports shrank 2.1% in the period, the first contraction in five quarters."
    assert [c.value for c in claim_records(nlp, text)] == [2.1]


def test_a_second_that_clause_is_not_dated_by_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister said exports had risen to $4.2 billion in June, and that the treasury had collected 900 billion "
        "shillings in taxes, a record."
    )
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(4.2e9, date(2023, 6, 1)), (9e11, None)]


def test_an_ordinal_standing_for_the_period_named_before_dates_its_figure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Unemployment rose to 12.4% in the third quarter of 2023 from 11.9% in the second, the statistics office "
        "said. The economy grew 0.9% in the first quarter of 2024, up from 0.6% in the fourth."
    )
    assert [(c.value, c.refers_to, c.refers_to_precision) for c in claim_records(nlp, text)] == [
        (12.4, date(2023, 7, 1), "quarter"),
        (11.9, date(2023, 4, 1), "quarter"),
        (0.9, date(2024, 1, 1), "quarter"),
        (0.6, date(2023, 10, 1), "quarter"),
    ]


def test_its_is_not_a_plural_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The utility said breakdowns had risen to 12,000 MW, about a quarter of its installed capacity."
    assert [c.subject for c in claim_records(nlp, text)] == ["breakdowns", "installed capacity"]


def test_a_model_number_after_a_is_not_a_count(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Boeing said the crash was the first of a 787 Dreamliner since the model entered service in 2011."
    assert [c.value for c in claim_records(nlp, text)] == []


def test_a_total_counts_the_main_count_before_not_one_in_a_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A total of 812 migrants crossed on Sunday, in 14 boats, the ministry said. That brought the total for the "
        "year to 21,400."
    )
    assert [(c.value, c.subject) for c in claim_records(nlp, text)][-1] == (21400.0, "migrants")


def test_a_date_inside_an_after_phrase_dates_what_the_phrase_tells(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Economists had forecast growth of 5.5%, after a 4.9% rise in March."
    assert [(c.value, c.refers_to) for c in claim_records(nlp, text)] == [(5.5, None), (4.9, date(2024, 3, 1))]
