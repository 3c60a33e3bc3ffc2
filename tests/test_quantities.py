"""The figure scanner, one written phrase per rule (issue classes: units outside a word list,
scale letters, repeated-unit ranges, signs, rates, identifiers that are not figures)."""

import pytest

from app.extract.quantities import scan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units from the maintained table, attached or spaced
        ("a 520 bhp engine", [(520, None, "brake horsepower")]),
        ("a 7.2 kW charger", [(7.2, None, "kW")]),
        ("a 50Mbps line", [(50, None, "megabit per second")]),
        ("borrowing at 1.4pc for years", [(1.4, None, "%")]),
        ("shares at 212p each", [(212, None, "GBX")]),
        ("a 4500 mAh battery", [(4500, None, "milliampere-hour")]),
        ("winds of 90 km/h", [(90, None, "km/h")]),
        # torque, energy, concentrations, basis points
        ("it makes 410 pound-feet of torque", [(410, None, "pound-foot")]),
        ("rated at 295 lb-ft.", [(295, None, "pound-foot")]),
        ("a 40 GWh battery plant", [(40, None, "GWh")]),
        ("lead at 12 ppb in the water", [(12, None, "parts-per-billion")]),
        ("a 25 basis point cut", [(25, None, "basis point")]),
        # rates: any unit or time span after "per"; hyphenated rates
        ("gas at $3.15 per mmBTU on Friday", [(3.15, None, "USD per mmBTU")]),
        ("sold at $12 per gram", [(12, None, "USD per gram")]),
        ("leased at $95 per sq m", [(95, None, "USD per m2")]),
        # "per" and any common noun: what the amount is counted per; "per annum" is per year
        ("the insurer charges $500 per voyage", [(500, None, "USD per voyage")]),
        ("a fare of $3 per passengers' trip", [(3, None, "USD per passenger")]),
        ("bonds paying 4% per annum", [(4, None, "% per year")]),
        # "per" meaning "according to", and "per se", give no rate
        ("it costs $2, per the contract", [(2, None, "USD")]),
        ("$5 per se is little", [(5, None, "USD")]),
        # where the money comes from after the rate does not undo it; a time after it does
        ("the port earns $9.4 billion a year from canal fees", [(9.4e9, None, "USD per year")]),
        ("it will cost $9 a year from now", [(9, None, "USD")]),
        ("the vote, $3 a week from Monday", [(3, None, "USD")]),
        ("an 80,000 barrel-a-day refinery", [(80000, None, "bbl per day")]),
        # a bracketed conversion between a figure and its rate: the rate holds for both
        (
            "the levy brings in 6 billion rupees ($72 million) a year",
            [(6e9, None, "INR per year"), (72e6, None, "USD per year")],
        ),
        ("he earns $400,000 (about £300,000) a year", [(400000, None, "USD per year"), (300000, None, "GBP per year")]),
        ("a 12 km (7.5 mile) walk", [(12, None, "km"), (7.5, None, "mi")]),
        # an ambiguous symbol read from the words around it
        ("the ticket costs 150 kn at the gate", [(150, None, "HRK")]),
        ("the ferry sails at 25 kn in calm seas", [(25, None, "knot")]),
        ("the capacitor is rated 2.5 F", [(2.5, None, "farad")]),
        ("it was 75 F in Miami", [(75, None, "°F")]),
        ("rising 9 feet per century", [(9, None, "ft per century")]),
        ("paid $40 a week earlier", [(40, None, "USD")]),  # "a week earlier" is not a rate
        # words that are units only in quantulum3's table
        ("in 22 league games", [(22, None, None)]),
        ("four straight World Cups", []),
        # currency codes and prefixes
        ("he paid 950€ for it", [(950, None, "EUR")]),
        ("150 JPY to 1 USD", [(150, None, "JPY"), (1, None, "USD")]),
        ("4.2 million Swedish crowns", [(4.2e6, None, "SEK")]),
        ("it costs RM18.90 now", [(18.9, None, "MYR")]),
        ("a deal worth USD25m", [(25e6, None, "USD")]),
        ("HK$2.1 billion was raised", [(2.1e9, None, "HKD")]),
        ("C$9 or A$49.99", [(9, None, "CAD"), (49.99, None, "AUD")]),
        ("priced at ¥28,030", [(28030, None, "JPY")]),
        ("a €1.2bn bid", [(1.2e9, None, "EUR")]),
        ("10.5 million Swiss francs", [(10.5e6, None, "CHF")]),
        # scale letters and words
        ("a $21.4M grant", [(21.4e6, None, "USD")]),
        ("2.7m people voted", [(2.7e6, None, None)]),
        ("6.1m tonnes of wheat", [(6.1e6, None, "t")]),
        # a rate per a thing of a size
        ("freight at $4,406 per 40-foot container", [(4406, None, "USD per container")]),
        # the naira: its sign, and "N" as Nigerian copy folds it (with a scale word, in an article about Nigeria)
        ("Nigeria set aside ₦2.5 trillion", [(2.5e12, None, "NGN")]),
        ("Nigeria's state needs N50 billion now", [(50e9, None, "NGN")]),
        ("Nigeria ordered N95 masks", []),
        ("It needs N50 billion now", []),
        # barrels per day, as the oil trade press abbreviates them
        ("cuts of 2.2 million bpd from October", [(2.2e6, None, "bbl per day")]),
        ("output near 9.5 million b/d", [(9.5e6, None, "bbl per day")]),
        ("a 37m (121ft)-long hull", [(37, None, "m"), (121, None, "ft")]),
        # "m" after a figure with no noun, beside a length in the same sentence: metres
        (
            "the lake reached 3.9m (12.8ft), above the 3.1m set last spring",
            [(3.9, None, "m"), (12.8, None, "ft"), (3.1, None, "m")],
        ),
        ("the dyke is 6 feet high; the tide rose to 2.4m on Friday", [(6, None, "ft"), (2.4, None, "m")]),
        ("a 4m-high wave hit as 1.3m fled", [(4, None, "m"), (1.3e6, None, None)]),
        ("sales reached 4.2m last year", [(4.2e6, None, None)]),
        ("40k runners", [(40e3, None, None)]),
        ("$2.45bn in debt", [(2.45e9, None, "USD")]),
        ("4 hundred million people", [(4e8, None, None)]),
        # ranges with repeated units and a scale on the second end
        ("$20 to $25 billion", [(20e9, 25e9, "USD")]),
        ("rose 3% to 8%", [(3, 8, "%")]),
        ("between 2% and 4%", [(2, 4, "%")]),
        ("prices may rise 12% to 18% a month", [(12, 18, "% per month")]),  # the rate the second end gives
        ("between 3% and 5% a year", [(3, 5, "% per year")]),
        ("from $52,100 to $49,800", [(52100, 49800, "USD")]),
        ("ranging from $200 to $4 million", [(200, 4e6, "USD")]),
        ("a 5-10W laser", [(5, 10, "W")]),
        ("rose by $4.6 billion to $41.2 billion", [(4.6e9, None, "USD"), (41.2e9, None, "USD")]),
        ("up 2.1% to $3.65", [(2.1, None, "%"), (3.65, None, "USD")]),
        # signs
        ("growth of -2.6%", [(-2.6, None, "%")]),
        ("it was minus-5 yards", [(-5, None, "yd")]),
        ("a deficit of $-50.8bn", [(-50.8e9, None, "USD")]),
        ("up +0.7% today", [(0.7, None, "%")]),
        ("at .005 per cent", [(0.005, None, "%")]),
        # rates keep their denominator
        ("$71.10 per barrel", [(71.1, None, "USD per barrel")]),
        ("1.2 million barrels a day", [(1.2e6, None, "bbl per day")]),
        ("$6.78 billion a year earlier", [(6.78e9, None, "USD")]),
        ("a density of 1.3 A/cm2 to 0.03 A/cm2", [(1.3, 0.03, "ampere per cm2")]),  # digits inside a unit
        ("plots from 5 m2 to 7 m2", [(5, 7, "m2")]),
        ("0.8 mg/L of lead", [(0.8, None, "mg per L")]),
        # a bare figure before "to" and a dash range takes the range's scale and unit
        ("from 12.5 to 18-20 billion euros", [(12.5e9, None, "EUR"), (18e9, 20e9, "EUR")]),
        ("sub-7 nanometre chips", [(7, None, "nanometre")]),
        # not figures
        ("an A321-200 jet", []),
        ("at 10.45pm and 5am", []),
        ("open 24/7", []),
        ("on 9 E 71st Street", [(9, None, None)]),
    ],
)
def test_scan(text: str, expected: list[tuple[float, float | None, str | None]]) -> None:
    got = [(q.value, q.value_max, q.unit) for q in scan(text)]
    assert got == [(pytest.approx(v), None if m is None else pytest.approx(m), u) for v, m, u in expected]
    for q in scan(text):
        assert text[q.start : q.end].strip() == text[q.start : q.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cooled by 1 to 1.5 degrees Celsius", [(1, 1.5, "°C")]),  # "by X to Y" with close ends: a range
        ("one cup is 1/16 of a gallon, 1⁄4 of a quart", [(1 / 16, None, None), (0.25, None, None)]),
        ("a mass of 1.99×10−30 kilograms", [(1.99e-30, None, "kg")]),
        ("thousands of COVID -19 tests", []),
        ("grew 3.5-fold and then 2fold", [(3.5, None, "times"), (2, None, "times")]),  # a multiple
        ("three times a week; 4 times higher", [(4, None, "times")]),  # occasions are not multiples
        ("2.6 times Ukraine's GDP", [(2.6, None, "times")]),
        (
            "a 6.4-magnitude quake; magnitude 5 and 5.9 on the Richter scale",
            [(6.4, None, "magnitude"), (5, None, "magnitude"), (5.9, None, "magnitude")],
        ),
        ("the magnitude of 2,000 arrests", [(2000, None, None)]),  # a magnitude is a small figure
        ("at COP26 and COP28, USD25m and EUR500", [(25e6, None, "USD"), (500, None, "EUR")]),  # names, then sums
        ("1.5m Syrians and 2m Ukrainians", [(1.5e6, None, None), (2e6, None, None)]),  # millions of people, not metres
        ("from 252 miles to 287 miles- and more", [(252, 287, "mi")]),  # a dash after the unit is not the unit's
        ("a detour of 3,500 nautical miles, then 12 miles", [(3500, None, "nautical mile"), (12, None, "mi")]),
        # a currency whose name is also an English word, joined to a scale word: only money fits
        ("the province's 40 billion-real debt", [(40e9, None, "BRL")]),
        ("a 2 million-strong army and a real 5 percent", [(2e6, None, None), (5, None, "%")]),
    ],
)
def test_scan_more(text: str, expected: list[tuple[float, float | None, str | None]]) -> None:
    got = [(q.value, q.value_max, q.unit) for q in scan(text)]
    assert got == [(pytest.approx(v), None if m is None else pytest.approx(m), u) for v, m, u in expected]


def test_a_rate_before_what_it_is_spent_on() -> None:
    """ "a day on hotels" is a rate; "a week on" (a week later) is not."""
    assert [q.unit for q in scan("The city spends £2 million a day on shelters.")] == ["GBP per day"]
    assert [q.unit for q in scan("Prices were $3 a week on.")] == ["USD"]


def test_a_day_of_the_month_does_not_open_a_range() -> None:
    assert [(q.value, q.value_max) for q in scan("the total since Oct. 21 to 374")] == [(21.0, None), (374.0, None)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Brent traded at $80/barrel on Monday.", "USD per barrel"),
        ("Wholesale power cost €120/MWh in August.", "EUR per MWh"),
        ("The benchmark rose to €48.50 per megawatt hour.", "EUR per megawatt hour"),
        ("Diesel sold for $3.90/gallon.", "USD per gallon"),
    ],
)
def test_a_price_written_with_a_slash_or_per_megawatt_hour_keeps_its_rate(text: str, unit: str) -> None:
    assert [q.unit for q in scan(text)] == [unit]  # (the slash had dropped the figure; "megawatt" lost "hour")


def test_a_slash_between_numbers_is_still_no_rate() -> None:
    assert scan("The clinic is open 24/7 and reopened on 3/4/2022.") == []
