"""Tests for the date grammar (tei_kit.tagging.dates).

All examples are written for these tests; none is taken from the project's dev documents.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tei_kit.tagging.dates import DateContext, DateMention, find_dates, parse_date_line, telegram_date


def _found(text: str, ref: date) -> list[tuple[str, str | None]]:
    """The dates ``find_dates`` finds in ``text`` as (surface, @when) pairs."""
    return [(m.surface, m.when) for m in find_dates(text, ref)]


DOC = date(1963, 9, 20)  # a Friday


def only(text: str, doc: date | None = DOC) -> DateMention:
    ms = find_dates(text, doc)
    assert len(ms) == 1, ms
    m = ms[0]
    assert m.surface == text[m.start:m.end]
    return m


def at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of surface in text."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return i, i + len(surface)


def check(m: DateMention, text: str, surface: str, *, when=None, from_=None, to=None, cert=None,
          relative=None) -> None:
    assert (m.start, m.end) == at(text, surface)
    assert m.surface == surface
    assert (m.when, m.from_, m.to) == (when, from_, to)
    if cert is not None:
        assert m.cert == cert
    if relative is not None:
        assert m.relative is relative


# --------------------------------------------------------------------------------------------------
# Explicit full dates
# --------------------------------------------------------------------------------------------------


def test_day_month_year():
    t = "The delegation arrived in Warsaw on 14 March 1961."
    check(only(t), t, "14 March 1961", when="1961-03-14", cert="high", relative=False)


def test_month_day_comma_year():
    t = "Budapest, March 14, 1961: the talks resumed."
    check(only(t), t, "March 14, 1961", when="1961-03-14", cert="high", relative=False)


def test_month_zero_padded_day_year():
    t = "Dated March 04, 1961 in the archive export."
    check(only(t), t, "March 04, 1961", when="1961-03-04")


def test_day_month_comma_year():
    t = "Sofia, 3 June, 1968"
    check(only(t), t, "3 June, 1968", when="1968-06-03")


def test_year_month_day():
    t = "Letter of 1968 June 3 to the Ministry."
    check(only(t), t, "1968 June 3", when="1968-06-03")


def test_iso_date():
    t = "Registered 1968-06-03 by the clerk."
    check(only(t), t, "1968-06-03", when="1968-06-03")


def test_abbreviated_month_with_dot():
    t = "The note of 3 Jun. 1968 and 9 Sept. 1968 arrived."
    a, b = find_dates(t, DOC)
    check(a, t, "3 Jun. 1968", when="1968-06-03")
    check(b, t, "9 Sept. 1968", when="1968-09-09")


def test_abbreviated_month_at_sentence_end_drops_the_dot():
    t = "He left on 3 Jun."
    check(only(t, date(1968, 7, 1)), t, "3 Jun", when="1968-06-03", cert="medium")


def test_all_caps_month():
    t = "RECORD OF CONVERSATION, 3 JUNE 1968"
    check(only(t), t, "3 JUNE 1968", when="1968-06-03")


def test_ordinal_of_month():
    t = "Troops crossed the border on the 21st of August 1968."
    check(only(t), t, "21st of August 1968", when="1968-08-21")


def test_ordinal_without_of():
    t = "on 2nd November 1971 we"
    check(only(t), t, "2nd November 1971", when="1971-11-02")


def test_weekday_before_full_date_is_inside():
    t = "Tuesday, 5 November 1968"
    check(only(t), t, "Tuesday, 5 November 1968", when="1968-11-05")


def test_month_glued_to_year():
    t = "Minutes of 9 May1965 session"
    check(only(t), t, "9 May1965", when="1965-05-09")


def test_footnote_after_year():
    t = "the Plenum of 9 May 1965(3) decided"
    check(only(t), t, "9 May 1965", when="1965-05-09")


def test_bracket_supplied_month_inside_surface():
    t = "On the evening of 17 [April], the envoy left."
    check(only(t, date(1966, 4, 19)), t, "17 [April]", when="1966-04-17", cert="medium", relative=True)


# --------------------------------------------------------------------------------------------------
# Numeric and stamp dates
# --------------------------------------------------------------------------------------------------


def test_numeric_two_digit_year():
    t = "Incoming stamp 12.09.63 Nº 5521"
    check(only(t), t, "12.09.63", when="1963-09-12", cert="high")


def test_numeric_four_digit_year():
    t = "received 2.7.1964."
    check(only(t), t, "2.7.1964", when="1964-07-02")


def test_numeric_with_spaces():
    t = "Berlin, 12. 9. 1963"
    check(only(t), t, "12. 9. 1963", when="1963-09-12")


def test_roman_month_stamp_without_year():
    t = "[stamp: received 12 IX]"
    check(only(t), t, "12 IX", when="1963-09-12", cert="medium", relative=True)


def test_roman_month_with_year():
    t = "Entered 12.IX.1963 and 3 XI 64"
    a, b = find_dates(t, DOC)
    check(a, t, "12.IX.1963", when="1963-09-12", cert="high")
    check(b, t, "3 XI 64", when="1964-11-03")


def test_registration_with_letter_is_not_a_date():
    assert find_dates("Ref. 22K/4, filed", DOC) == []


def test_section_number_is_not_a_numeric_date():
    assert find_dates("see section 1.5.10 of the agreement", DOC) == []


# --------------------------------------------------------------------------------------------------
# Partial dates
# --------------------------------------------------------------------------------------------------


def test_day_month_takes_document_year():
    t = "The meeting was held on 12 September."
    check(only(t), t, "12 September", when="1963-09-12", cert="medium", relative=True)


def test_month_day_takes_document_year():
    t = "The meeting was held on September 12."
    check(only(t), t, "September 12", when="1963-09-12", cert="medium", relative=True)


def test_partial_date_takes_entry_year():
    ctx = DateContext(date(1963, 12, 30))
    ctx.set_entry_date(date(1964, 1, 3))
    t = "Since 2 January nothing has changed."
    check(ctx.find(t)[0], t, "2 January", when="1964-01-02")


def test_partial_date_later_than_entry_keeps_entry_year():
    # a day and month up to eight months after the entry keep its year
    ctx = DateContext(date(1964, 3, 3))
    t = "The reply of 28 October was read out."
    check(ctx.find(t)[0], t, "28 October", when="1964-10-28", cert="medium")


def test_partial_date_nine_months_after_entry_is_last_years():
    ctx = DateContext(date(1964, 1, 3))
    t = "The reply of 28 December was read out."
    check(ctx.find(t)[0], t, "28 December", when="1963-12-28", cert="medium")


def test_partial_date_without_any_context_has_no_value():
    t = "on 12 September"
    check(only(t, None), t, "12 September", when=None, cert="low")


def test_month_year():
    t = "In September 1963 and Oct. 1963 the plan failed."
    a, b = find_dates(t, DOC)
    check(a, t, "September 1963", when="1963-09", cert="high")
    check(b, t, "Oct. 1963", when="1963-10")


def test_month_of_year():
    t = "the harvest of August of 1962"
    check(only(t), t, "August of 1962", when="1962-08")


def test_bare_year_in():
    t = "The factory will open in 1964."
    check(only(t), t, "1964", when="1964", cert="high", relative=False)


def test_bare_year_since():
    t = "He has lived in Prague since 1949, and before that"
    check(only(t), t, "1949", when="1949")


def test_bare_month_after_preposition():
    t = "The congress opens in April."
    check(only(t), t, "April", when="1963-04", cert="medium", relative=True)


def test_lowercase_may_is_not_a_month():
    assert find_dates("Those 5 may be enough; it may 3 times fail.", DOC) == []


def test_decade():
    t = "since the 1950s"
    check(only(t), t, "1950s", from_="1950", to="1959")


# --------------------------------------------------------------------------------------------------
# Ranges and lists
# --------------------------------------------------------------------------------------------------


def test_slash_day_range():
    t = "on the night of 21/22 August 1968"
    check(only(t), t, "21/22 August 1968", from_="1968-08-21", to="1968-08-22", cert="high")


def test_through_range_starts_at_first_number():
    t = "Report for the period 5 through 19 May 1963"
    check(only(t), t, "5 through 19 May 1963", from_="1963-05-05", to="1963-05-19")


def test_between_and_range():
    t = "between 3 and 6 April 1971 the delegation toured the provinces"
    check(only(t), t, "3 and 6 April 1971", from_="1971-04-03", to="1971-04-06")


def test_month_to_month_range():
    t = "The exhibition runs 12 May to 2 June 1966."
    check(only(t), t, "12 May to 2 June 1966", from_="1966-05-12", to="1966-06-02")


def test_from_to_partial_range():
    t = "from 8 to 10 March the plenum met"
    check(only(t, date(1966, 3, 12)), t, "8 to 10 March", from_="1966-03-08", to="1966-03-10",
          cert="medium", relative=True)


def test_range_over_new_year():
    t = "leave from 24 December to 5 January 1967"
    check(only(t), t, "24 December to 5 January 1967", from_="1966-12-24", to="1967-01-05")


def test_month_first_range():
    t = "held August 1-15, 1957 in Moscow"
    check(only(t), t, "August 1-15, 1957", from_="1957-08-01", to="1957-08-15")


def test_year_range_hyphen():
    t = "the plan for 1966-1967 was adopted"
    check(only(t), t, "1966-1967", from_="1966", to="1967")


def test_year_range_short_en_dash():
    t = "the 1966–67 season"
    check(only(t), t, "1966–67", from_="1966", to="1967")


def test_year_range_words():
    t = "from 1961 to 1965 the output doubled"
    check(only(t), t, "1961 to 1965", from_="1961", to="1965")


def test_month_ranges():
    t = "from June to August the brigades worked; June-September 1964; between May and July 1965"
    a, b, c = find_dates(t, DOC)
    check(a, t, "June to August", from_="1963-06", to="1963-08", cert="medium", relative=True)
    check(b, t, "June-September 1964", from_="1964-06", to="1964-09", cert="high")
    check(c, t, "May and July 1965", from_="1965-05", to="1965-07")


def test_month_range_over_new_year():
    t = "from November to February 1966"
    check(only(t), t, "November to February 1966", from_="1965-11", to="1966-02")


def test_list_gives_one_mention_per_day():
    t = "on 3, 4 and 5 March 1967"
    ms = find_dates(t, DOC)
    assert [m.surface for m in ms] == ["3", "4", "5 March 1967"]
    assert [m.when for m in ms] == ["1967-03-03", "1967-03-04", "1967-03-05"]
    assert [(m.start, m.end) for m in ms] == [at(t, "3"), at(t, "4"), at(t, "5 March 1967")]


def test_and_without_between_is_two_dates():
    t = "on 3 and 5 March 1967"
    ms = find_dates(t, DOC)
    assert [(m.surface, m.when) for m in ms] == [("3", "1967-03-03"), ("5 March 1967", "1967-03-05")]


# --------------------------------------------------------------------------------------------------
# Relative dates
# --------------------------------------------------------------------------------------------------


def test_today_uses_document_date():
    t = "Today the Minister received me."
    check(only(t), t, "Today", when="1963-09-20", cert="medium", relative=True)


def test_today_uses_entry_date_when_set():
    ctx = DateContext(date(1963, 9, 30))
    ctx.set_entry_date(date(1963, 9, 21))
    t = "I was told today that"
    check(ctx.find(t)[0], t, "today", when="1963-09-21")
    ctx.set_entry_date(None)
    assert ctx.find(t)[0].when == "1963-09-30"


def test_tomorrow_yesterday():
    t = "yesterday he agreed, tomorrow he will sign"
    a, b = find_dates(t, DOC)
    check(a, t, "yesterday", when="1963-09-19", relative=True)
    check(b, t, "tomorrow", when="1963-09-21", relative=True)


def test_day_after_tomorrow():
    t = "He returns the day after tomorrow."
    check(only(t), t, "the day after tomorrow", when="1963-09-22")


def test_tomorrow_followed_by_date_gives_two_mentions():
    t = "to be printed tomorrow, 21 September."
    a, b = find_dates(t, DOC)
    check(a, t, "tomorrow", when="1963-09-21")
    check(b, t, "21 September", when="1963-09-21")


def test_this_last_next_year():
    t = "this year, unlike last year and next year"
    a, b, c = find_dates(t, DOC)
    check(a, t, "this year", when="1963", cert="medium", relative=True)
    check(b, t, "last year", when="1962")
    check(c, t, "next year", when="1964")


def test_the_last_year_is_a_duration():
    assert find_dates("during the last year prices rose", DOC) == []


def test_this_month():
    t = "the shipments of this month"
    check(only(t), t, "this month", when="1963-09", relative=True)


def test_month_this_year_is_one_date():
    t = "in June this year the embassy"
    check(only(t), t, "June this year", when="1963-06", relative=True)


def test_day_month_this_year_is_one_date():
    t = "as agreed on 15 April this year."
    check(only(t), t, "15 April this year", when="1963-04-15", cert="medium", relative=True)


def test_day_month_last_year():
    t = "the note of 15 April last year"
    check(only(t), t, "15 April last year", when="1962-04-15")


def test_same_day_points_back():
    t = "On 9 May 1965 he arrived. The same day he met the Premier."
    a, b = find_dates(t, DOC)
    check(a, t, "9 May 1965", when="1965-05-09")
    check(b, t, "The same day", when="1965-05-09", cert="medium", relative=True)


def test_that_day_points_back_across_blocks():
    ctx = DateContext(DOC)
    ctx.find("The plenum closed on 4 July 1963.")
    t = "On that day the communiqué was issued."
    check(ctx.find(t)[0], t, "that day", when="1963-07-04")


def test_same_day_points_back_to_partial_date():
    t = "the talk of 11 September; the same day"
    a, b = find_dates(t, DOC)
    assert b.when == "1963-09-11"


def test_following_day():
    t = "He landed on 9 May 1965 and left the following day."
    assert find_dates(t, DOC)[1].when == "1965-05-10"


def test_middle_of_month():
    t = "by the middle of June"
    check(only(t), t, "the middle of June", when="1963-06", cert="medium", relative=True)


@pytest.mark.parametrize("surface, when", [
    ("early July", "1963-07"),
    ("late August", "1963-08"),
    ("the end of June", "1963-06"),
    ("the beginning of June", "1963-06"),
    ("mid-March", "1963-03"),
    ("the end of 1964", "1964"),
    ("the beginning of next year", "1964"),
])
def test_month_and_year_modifiers(surface, when):
    t = f"It will be ready {surface}."
    check(only(t), t, surface, when=when, cert="medium")


def test_seasons_are_not_tagged():
    assert find_dates("in the spring the talks resumed", DOC) == []
    t = "in the spring of 1964"
    check(only(t), t, "1964", when="1964")


def test_last_and_next_weekday():
    # DOC is Friday 20 September 1963
    t = "last Monday and next Monday"
    a, b = find_dates(t, DOC)
    check(a, t, "last Monday", when="1963-09-16", cert="medium", relative=True)
    check(b, t, "next Monday", when="1963-09-23", cert="medium")


def test_on_weekday_is_nearest():
    t = "on Wednesday he called, on Sunday he will come"
    a, b = find_dates(t, DOC)
    check(a, t, "Wednesday", when="1963-09-18", cert="low")
    check(b, t, "Sunday", when="1963-09-22", cert="low")


def test_on_the_nth():
    t = "He came back on the 5th, as promised."
    check(only(t), t, "5th", when="1963-09-05", cert="medium", relative=True)


@pytest.mark.parametrize("t, surface, day", [
    ("On the afternoon of the 24th, the ambassador came.", "24th", "24"),
    ("He will stay until the 28th.", "28th", "28"),
    ("The answer is expected by the 10th and no later.", "10th", "10"),
    ("I had a long talk on the 22nd with the Secretary of State.", "22nd", "22"),
    ("On the 13th soldiers searched the house.", "13th", "13"),
    ("He left the island on the 16th through the British base.", "16th", "16"),
    ("They were received on the 19th by the First Secretary.", "19th", "19"),
    ("The town rose again, and on the 19th tens of thousands came out.", "19th", "19"),
    ("Revolución of the 8th called the day the death of the colony.", "8th", "08"),
    ("Guevara died after the fight of the 8th near the village.", "8th", "08"),
    ("In his speech at the banquet of the 1st, the premier spoke.", "1st", "01"),
    ("Ninety came before; since the 1st another 87 have come.", "1st", "01"),
    ("The greetings, which the paper printed on the 14th together with others, were long.", "14th", "14"),
    ("(1) The communiqué of the ministry was dated the 16th.", "16th", "16"),
    ("Herter had warned the regime as early as the 19th.", "19th", "19"),
    ("He showed me the article in Ünen of the 14th, written on his instructions.", "14th", "14"),
    ("The conference planned for the 29th must decide on oil.", "29th", "29"),
    ("The celebrations of the 12th were attended by many.", "12th", "12"),
    ("Mikoyan explained the measures of the 13th in Berlin.", "13th", "13"),
    ('He spoke in Bucharest on the 21st of "a grave mistake".', "21st", "21"),
    ("Reply before the 20th, and not later.", "20th", "20"),
])
def test_the_nth_after_other_prepositions_and_parts_of_the_day(t, surface, day):
    check(only(t), t, surface, when=f"1963-09-{day}", cert="medium", relative=True)


def test_a_year_of_the_nineteenth_century_after_a_preposition_is_a_date_but_not_the_reference_year():
    t = "It was signed at Shimoda in 1855 and confirmed by the conventions of 1887 and 1895. On 15 March he came."
    found = [(t[m.start:m.end], m.when) for m in find_dates(t, DOC)]
    assert found == [("1855", "1855"), ("1887", "1887"), ("1895", "1895"), ("15 March", "1963-03-15")], found


def test_a_list_of_nineteenth_century_years_after_a_preposition_is_all_dates():
    t = "The treaties of 1858, 1860 and 1881 must be examined. In 1,860 cases it did."
    assert [(t[m.start:m.end], m.when) for m in find_dates(t, DOC)] == [("1858", "1858"), ("1860", "1860"),
                                                                       ("1881", "1881")]


@pytest.mark.parametrize("t", ["The 1855 tons arrived.", "It was No. 1887 of the series.", "In all 1,855 men came."])
def test_a_nineteenth_century_number_without_a_preposition_is_no_date(t):
    assert find_dates(t, DOC) == [], find_dates(t, DOC)


@pytest.mark.parametrize("t, days", [
    ("Shots were fired on the 6th, the 11th and the 19th. Then it was quiet.", ["06", "11", "19"]),
    ("We expect an answer by the 3rd or the 4th.", ["03", "04"]),
    ("On the 9th and the 14th such aircraft approached.", ["09", "14"]),
    ("He came on the 5th, the day of the rally.", ["05"]),
])
def test_days_listed_after_on_the_nth_are_dates_of_the_same_month(t, days):
    found = [(t[m.start:m.end], m.when) for m in find_dates(t, DOC)]
    assert found == [(f"{int(d)}{'rd' if d == '03' else 'th'}", f"1963-09-{d}") for d in days], found


def test_the_nth_listed_without_on_before_it_is_no_date():
    t = "The 6th, the 11th and the 19th divisions attacked."
    assert find_dates(t, DOC) == [], find_dates(t, DOC)


@pytest.mark.parametrize("t", ["On the 10th anniversary of the treaty we met.", "On the 5th floor he lived."])
def test_on_the_nth_before_a_noun_it_counts_is_no_date(t):
    assert find_dates(t, DOC) == [], find_dates(t, DOC)


def test_nth_of_this_month():
    t = "by the 25th of this month"
    check(only(t), t, "25th of this month", when="1963-09-25")


def test_relative_without_context_has_no_value():
    m = only("today", None)
    assert m.when is None and m.cert == "low" and m.relative


# --------------------------------------------------------------------------------------------------
# Impossible dates
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["31 April 1966", "30 February 1966", "30.02.66", "29 February 1965"])
def test_impossible_dates_tagged_without_value(text):
    m = only(f"dated {text}.")
    assert m.surface == text
    assert (m.when, m.from_, m.to, m.cert) == (None, None, None, "low")


def test_leap_day_is_valid():
    assert only("on 29 February 1964").when == "1964-02-29"


# --------------------------------------------------------------------------------------------------
# Not dates
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "the talks will take 2 to 3 weeks",
    "he spent three years in Tashkent",
    "for 10 days the border was closed",
    "at 10 o'clock the delegation left",
    "the meeting began at 10:30 sharp",
    "on the 40th anniversary of the republic",
    "on the 10th anniversary of the treaty",
    "these days the situation is tense",
    "during this time nothing happened",
    "at the present time the factory is idle",
    "the delegation visits annually",
    "in the future we shall see",
    "recently the ambassador fell ill",
    "Telegram Nº 517 was received",
    "see Protocol No. 63, Point 2",
    "registered as 3118/64 in the journal",
    "file 207-04412-05 of the archive",
    "mixed in the ratio 1 to 5 with sand",
    "it costs 40 won per kilogram",
    "AMVR Listy 311-342",
    "PA F. 0059, Op. 7, Delo 12",
    "Protocol No. 1964 of the session",
    "Nº 1964",
    "they delivered 1964 tons of grain",
    "a credit of 1964 won",
    "the end of the year",
    "the day",
    "In March 10 people were arrested",
    "see Chapter 2 II",
    "Part 3 V.",
])
def test_not_a_date(text):
    assert find_dates(text, DOC) == []


# --------------------------------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line, expected", [
    ("14 March 1961", date(1961, 3, 14)),
    ("  Sofia, 3 June, 1968  ", date(1968, 6, 3)),
    ("March 04, 1961", date(1961, 3, 4)),
    ("Tuesday, 5 November 1968", date(1968, 11, 5)),
    ("Moscow, the Kremlin, 5 November 1968.", date(1968, 11, 5)),
    ("12.09.1963", date(1963, 9, 12)),
    ("3 JUNE 1968", date(1968, 6, 3)),
    ("3 June", None),
    ("June 1968", None),
    ("Copy Nº 2", None),
    ("Record for 3 June 1968", None),
    ("[stamp: 4471 3 June 1968 Korea]", None),
    ("31 April 1966", None),
    ("", None),
])
def test_parse_date_line(line, expected):
    assert parse_date_line(line) == expected


# --------------------------------------------------------------------------------------------------
# Context bookkeeping
# --------------------------------------------------------------------------------------------------


def test_find_updates_last_explicit_date_and_mentions_do_not_overlap():
    ctx = DateContext(DOC)
    t = "On 24 October this year, 24 October and 1 through 3 November 1963; the same day"
    ms = ctx.find(t)
    assert [m.surface for m in ms] == ["24 October this year", "24 October", "1 through 3 November 1963",
                                       "the same day"]
    assert ms[-1].when == "1963-10-24"  # ranges do not move the anchor
    assert ctx.last_date == date(1963, 10, 24)


def test_pathological_input_finishes_with_sane_mentions():
    """Inputs built to make regexes backtrack; `make bench` times them, this checks output."""
    text = "1 " * 5000 + "12." * 3000 + " the the " * 2000 + "May " * 2000
    ms = find_dates(text, DOC)
    assert all(m.surface == text[m.start:m.end] for m in ms)


# --------------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------------

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
dates_ = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@given(dates_, st.sampled_from(["title", "upper"]))
def test_property_day_month_year_round_trips(d, case):
    name = MONTH_NAMES[d.month - 1]
    name = name.upper() if case == "upper" else name
    text = f"{d.day} {name} {d.year}"
    m = only(text, None)
    assert (m.start, m.end, m.when, m.cert) == (0, len(text), d.isoformat(), "high")


@given(dates_, st.sampled_from(["On ", "Pyongyang, ", "(", "[stamp: ", ""]),
       st.sampled_from([".", ",", ")", " the talks", ""]))
def test_property_round_trip_in_context(d, before, after):
    text = f"{before}{d.day} {MONTH_NAMES[d.month - 1]} {d.year}{after}"
    m = only(text, None)
    assert (m.start, m.when) == (len(before), d.isoformat())


@given(dates_)
def test_property_month_first_and_numeric_round_trip(d):
    assert only(f"{MONTH_NAMES[d.month - 1]} {d.day:02d}, {d.year}", None).when == d.isoformat()
    assert only(f"{d.day:02d}.{d.month:02d}.{d.year}", None).when == d.isoformat()


@given(dates_)
def test_property_partial_date_uses_context_year(d):
    m = only(f"on {d.day} {MONTH_NAMES[d.month - 1]}", date(1960, 6, 1))
    assert m.when == date(1960, d.month, d.day).isoformat()  # 1960 is a leap year


TOKENS = st.sampled_from([
    "1", "2", "15", "31", "1957", "57", "1956-57", "2114/55", "10.10.55", "10", "X", "IX", "May", "may",
    "October", "Oct.", "JUNE", "this", "year", "last", "month", "today", "tomorrow", "the", "same", "day",
    "that", "middle", "of", "end", "early", "mid-", "to", "through", "and", "between", "from", "/", "-", "–",
    ",", ".", "No.", "Nº", "won", "on", "Monday", "next", "[", "]", "th", "5th", "\n", "1950s", "in", "since",
])


@given(st.lists(TOKENS, max_size=40), st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=40, max_size=40),
       st.one_of(st.none(), dates_))
@settings(max_examples=300)
def test_property_surfaces_offsets_no_overlap(tokens, seps, doc):
    text = "".join(t + s for t, s in zip(tokens, seps))
    ctx = DateContext(doc)
    ms = ctx.find(text)
    prev_end = -1
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert m.surface == text[m.start:m.end]
        assert m.surface == m.surface.strip()
        assert m.surface[-1] not in ".,;:"
        assert m.start >= prev_end
        prev_end = m.end
        assert m.cert in ("high", "medium", "low")
        for v in (m.when, m.from_, m.to):
            assert v is None or len(v) in (4, 7, 10)
        assert not (m.when and (m.from_ or m.to))


@given(st.text(max_size=300), st.one_of(st.none(), dates_))
@settings(max_examples=300)
def test_property_random_text_never_crashes(text, doc):
    ctx = DateContext(doc)
    ctx.set_entry_date(doc)
    for m in ctx.find(text):
        assert m.surface == text[m.start:m.end]
    parse_date_line(text)


@pytest.mark.parametrize("text, when", [
    ("the protocol signed last November", "1967-11"),
    ("they will come next March", "1969-03"),
    ("we expect it this June", "1968-06"),
    ("signed last March", "1967-03"),
])
def test_last_next_this_month_resolve_around_the_reference(text, when):
    ms = find_dates(text, date(1968, 3, 10))
    assert [m.when for m in ms] == [when]


@pytest.mark.parametrize("t, surface, day", [
    ("The Rodong Sinmun of the 24th called it a victory.", "24th", "24"),
    ("The note of the 12th, however, said no.", "12th", "12"),
    ("A meeting planned for the 6th was cancelled.", "6th", "06"),
    ("By the 15th their number had passed seven million.", "15th", "15"),
    ("Talks have been held in Hanoi since the 8th between the two ministers.", "8th", "08"),
    ("They must go before the rally of the 24th, so that nothing happens.", "24th", "24"),
    ("[Handwritten: For the session of the 27th.]", "27th", "27"),
    ("I pointed out that by the 15th Poland had received only a third.", "15th", "15"),
    ("They will meet in Bamako on the 29th if the other side agrees.", "29th", "29"),
    ("The fighting has spread since the 14th along the whole border.", "14th", "14"),
    ("They sent a joint message on the 14th asking for calm.", "14th", "14"),
    ("At the solemn meeting of the 8th Cde. Kim Il Sung spoke.", "8th", "08"),
    ("Granma of the 16th wrote that the islands are Argentine.", "16th", "16"),
    ("In the early hours of the 1st a passenger aircraft was shot down.", "1st", "01"),
    ("The agreement of the 27th will be hard to keep.", "27th", "27"),
    ("Since the 26th peasants loyal to him have marched on the capital.", "26th", "26"),
    ("The Rodong Sinmun of the 17th gave four pages to the arrival.", "17th", "17"),
    ("The statement of Premier Zhou Enlai of the 6th, which proposes talks, was welcomed.", "6th", "06"),
    ("It calls the decision of the Hungarian government of the 1st a \"betrayal\".", "1st", "01"),
    ("Neues Deutschland printed on the 14th only a short report.", "14th", "14"),
    ("1. On the 19th army units and crowds overthrew the prime minister.", "19th", "19"),
    ("The leaders of China sent on the 16th warm greetings to Cde. Brezhnev.", "16th", "16"),
    ("3. The statement of TASS of the 4th calls the decision a step back.", "4th", "04"),
    ("The congress, which on the 15th elected M. S. Gorbachev president, met.", "15th", "15"),
    ("The Red Cross, whose offer of the 12th the government has rejected, insists.", "12th", "12"),
])
def test_the_nth_after_a_document_or_for(t, surface, day):
    check(only(t), t, surface, when=f"1963-09-{day}", cert="medium", relative=True)


@pytest.mark.parametrize("t", ["He waited for the 3rd division.", "On the 15th Division attacked.",
                               "The resolution of the 3rd enlarged plenum was read.",
                               "On the 3rd Army front all was quiet.", "They spoke on the 13th World Festival of Youth."])
def test_the_nth_before_a_unit_or_an_event_is_no_date(t):
    assert find_dates(t, DOC) == [], find_dates(t, DOC)


def test_a_letter_spaced_place_before_a_date_makes_a_dateline():
    assert parse_date_line("P h e n y a n, 27 September 1976") == date(1976, 9, 27)


def test_the_same_day_skips_a_background_date_once_the_reports_own_days_are_named():
    text = ("On 3 April the Standing Committee decided not to extend the treaty signed in Moscow on "
            "14 February 1950. The same day the minister told the Soviet ambassador.")
    ms = find_dates(text, date(1979, 4, 10))
    assert [(m.surface, m.when) for m in ms] == [("3 April", "1979-04-03"), ("14 February 1950", "1950-02-14"),
                                                 ("The same day", "1979-04-03")], ms


def test_a_telegram_in_capitals_gives_its_days_listed_after_on_the_nth():
    t = "THE TALKS BEGAN ON THE 5TH, THE 11TH AND THE 19TH. ON THE 20TH HE LEFT."
    found = _found(t, DOC)
    assert found == [("5TH", "1963-09-05"), ("11TH", "1963-09-11"), ("19TH", "1963-09-19"), ("20TH", "1963-09-20")]


@pytest.mark.parametrize("text, expected", [
    ("CONFIDENTIAL\nO 181030Z SEP 75\nFM AMEMBASSY ANKARA", date(1975, 9, 18)),
    ("R 021545Z JUN 1973", date(1973, 6, 2)),
    ("P R 310900Z DEC 68\nFM AMEMBASSY SEOUL", date(1968, 12, 31)),
    ("O 311200Z SEP 75", None),  # no 31 September
    ("SEE 181030Z SEP 75 IN THE TEXT", None),  # not a line of its own
    ("1. ON 18 SEPTEMBER THE MINISTER CALLED.", None),
])
def test_a_telegrams_date_time_group_dates_it(text, expected):
    assert telegram_date(text) == expected


def test_a_clause_opening_on_the_nth_floor_is_no_date():
    assert DateContext(date(1968, 1, 27)).find("He said that on the 3rd floor there is a bar.") == []


@pytest.mark.parametrize("text, expected", [
    ("O 080845Z OCT 74\nFM AMEMBASSY TOKYO", [("080845Z OCT 74", "1974-10-08")]),
    ("R 021545Z JUN 1973", [("021545Z JUN 1973", "1973-06-02")]),
    ("R 311200Z SEP 75", []),  # no 31 September
])
def test_a_telegrams_date_time_group_is_a_date(text, expected):
    assert [(text[m.start:m.end], m.when) for m in DateContext(date(1974, 10, 8)).find(text)] == expected


@pytest.mark.parametrize("document_date, text, surface, when", [
    # a day before a preposition or a conjunction, or after an event
    (date(1948, 11, 5), "The air lift brought in 4,500 tons on the 4th despite the fog.", "4th", "1948-11-04"),
    (date(1948, 11, 5), "The Council has sat since September 1 under Konrad Adenauer.", "September 1", "1948-09-01"),
    (date(1948, 11, 5), "SEND A PERSONAL MESSAGE IN TIME FOR THE DEBATE OF THE 10TH.", "10TH", "1948-11-10"),
    (date(1955, 4, 30), "The chargé asked the department on the 26th whether we intended to go.", "26th", "1955-04-26"),
    (date(1955, 4, 30), "The crowds since his arrival on the 18th showed the feelings of all.", "18th", "1955-04-18"),
    (date(1956, 11, 20), 'Nhan Dan will print on the 18th an article on the "lessons".', "18th", "1956-11-18"),
    (date(1956, 11, 20), "The CPC CC had warned them as early as April against haste.", "April", "1956-04"),
    # a clause that opens with "on the Nth"; the events in a place of the Nth
    (date(1968, 1, 27), "1. I stated that on the 19th two patrol boats had stopped a seiner.", "19th", "1968-01-19"),
    (date(1968, 1, 27), "He has received no answer; on the 21st I informed the ambassador.", "21st", "1968-01-21"),
    (date(1968, 1, 27), 'He called the events in Seoul of the 21st "the affair of patriots".', "21st", "1968-01-21"),
    # a body's event of the Nth at a line's end; a shipment of the Nth
    (date(1984, 8, 25), "Information on the plenum of the MPRP CC of the 23rd\n\nIt met.", "23rd", "1984-08-23"),
    (date(1984, 8, 25), "The shipment of zinc and magnesite of the 4th was below the protocol.", "4th", "1984-08-04"),
    # a day before a verb in the past tense; a ruling of the Nth; a paper of the Nth before a quotation
    (date(1985, 7, 22), "THE EMERGENCY BOTHA PROCLAIMED ON THE 20TH TOOK EFFECT YESTERDAY.", "20TH", "1985-07-20"),
    (date(1985, 7, 22), "THE SHOOTINGS AT LANGA ON MARCH 21 MADE THE POLICE THE TARGET.", "MARCH 21", "1985-03-21"),
    (date(1971, 10, 12), "The ruling of the 11th that the companies owe nothing stands.", "11th", "1971-10-11"),
    (date(1975, 3, 12), "The Minister quoted Al-Thawra of the 8th:", "8th", "1975-03-08"),
    # the Nth of a thing; a reshuffle of the Nth
    (date(1976, 9, 22), "TASS spoke on the 14th of a forced landing.", "14th", "1976-09-14"),
    (date(1976, 9, 22), "His successor since the reshuffle of the 15th, Kosaka, keeps it.", "15th", "1976-09-15"),
    # a paper of the Nth before "which wrote", "had written", "devoted"; after "!" and "the paper X"
    (date(1966, 4, 20), "Mehlhorn quoted Neues Deutschland of the 10th, which wrote of the congress.", "10th",
     "1966-04-10"),
    (date(1963, 10, 25), "Revolución of the 12th had written on the same subject.", "12th", "1963-10-12"),
    (date(1958, 3, 10), "The paper Avanti! of the 2nd printed the memorandum in full.", "2nd", "1958-03-02"),
    (date(1977, 1, 10), "3. Nhan Dan of the 1st devoted its first page to the event.", "1st", "1977-01-01"),
    (date(1962, 1, 20), "According to the paper al-Bilad of the 5th, the output at Kirkuk fell.", "5th", "1962-01-05"),
    # "written on the Nth of" a subject, not of a month; the seizure, raids of the Nth
    (date(1958, 3, 10), "Il Tempo had written on the 4th of launching sites near Gioia del Colle.", "4th", "1958-03-04"),
    (date(1980, 10, 20), "2. The seizure of the 9th", "9th", "1980-10-09"),
    (date(1965, 2, 20), "Moskovsky recalled that the raids on Dong Hoi of the 7th had begun.", "7th", "1965-02-07"),
])
def test_days_and_months_in_running_prose(document_date, text, surface, when):
    found = [(text[m.start:m.end], m.when) for m in DateContext(document_date).find(text)]
    assert (surface, when) in found, found


def test_a_month_and_a_number_before_a_counted_participle_is_no_day():
    assert DateContext(date(1985, 7, 22)).find("In June 12 armed men crossed the border.") == []


@pytest.mark.parametrize("text, surface", [
    ("The five-year plan of 1957 to 1961 would be fulfilled a year early.", "1957 to 1961"),
    ("The state paid for the years 1954 to 1957.", "1954 to 1957"),
])
def test_two_years_joined_by_to_are_a_range(text, surface):
    found = [(text[m.start:m.end], m.from_, m.to) for m in DateContext(date(1960, 5, 10)).find(text)]
    assert (surface, surface[:4], surface[-4:]) in found, found


def test_years_far_apart_joined_by_to_need_from_to_be_a_range():
    text = "The statistics of 1900 to 1960 show it."
    assert [text[m.start:m.end] for m in DateContext(date(1960, 5, 10)).find(text)] == ["1900", "1960"]


@pytest.mark.parametrize("t, when", [
    # DOC is Friday 20 September 1963
    ("He said that the minister would discuss details on Monday.", "1963-09-23"),  # nearest: the 16th
    ("He will return on Thursday.", "1963-09-26"),
    ("The talks are to resume on Friday.", "1963-09-27"),
    ("He arrived on Monday from Paris.", "1963-09-16"),
    ("On Tuesday the delegation met the minister.", "1963-09-17"),
    ("on Sunday", "1963-09-22"),  # no verb: the nearest
])
def test_on_weekday_follows_the_tense_of_its_clause(t, when):
    a, = find_dates(t, DOC)
    assert a.when == when and a.cert == "low"


@pytest.mark.parametrize("t, surface, when", [
    ("[Stamp: Division of Communications and Records, Oct 28 1953]", "Oct 28 1953", "1953-10-28"),
    ("RECEIVED DEC 2 1971", "DEC 2 1971", "1971-12-02"),
    ("received Nov 3, 1965 by the desk", "Nov 3, 1965", "1965-11-03"),
])
def test_an_undotted_month_abbreviation_before_day_and_year_is_a_date(t, surface, when):
    check(only(t), t, surface, when=when)


@pytest.mark.parametrize("t, surface", [
    ("Handal began with the news of the 27th. In San Salvador", "27th"),
    ("Their bodies were found on the 28th outside the capital.", "28th"),
    ("The Philippines Free Press of the 17th put it thus:", "17th"),
    ("L'Humanité of the 16th wrote that the talks had failed.", "16th"),
    ("The party, through Kol HaAm of the 14th, has fully supported the steps.", "14th"),
])
def test_the_nth_after_news_before_outside_and_a_papers_day_before_its_verb(t, surface):
    assert only(t).surface == surface


@pytest.mark.parametrize("doc, t, when", [
    (date(1984, 1, 20), "The crosses were removed on 19 December.", "1983-12-19"),  # nine months on: last December
    (date(1984, 3, 2), "He spoke on 21 December.", "1983-12-21"),
    (date(1984, 3, 2), "The talks on 21 November went well.", "1984-11-21"),  # eight months on: this year
    (date(1984, 1, 20), "He will come on 19 December 1984.", "1984-12-19"),  # a year given is kept
])
def test_a_day_and_month_nine_months_after_the_document_is_last_year(doc, t, when):
    a, = find_dates(t, doc)
    assert a.when == when


@pytest.mark.parametrize("t, surface", [
    ("Ünen of the 13th gave the whole text.", "13th"),
    ("Zëri i Popullit of the 22nd had already written in the same spirit.", "22nd"),
    ("Coal comes irregularly, and on the 9th and the 10th two trains stood idle.", "10th"),
])
def test_a_papers_day_before_gave_or_already_and_a_day_before_a_number_word(t, surface):
    assert surface in [m.surface for m in find_dates(t, DOC)]


@pytest.mark.parametrize("t, surface, when, span", [
    ("On 22 Bahman 1357 [11 February 1979] the regime fell.", "22 Bahman 1357", "1979-02-11", None),
    ("30 Tir 1331", "30 Tir 1331", "1952-07-21", None),
    ("27 Esfand 1357", "27 Esfand 1357", "1979-03-18", None),
    ("On 8 Farvardin the delegation came.", "8 Farvardin", "1979-03-28", None),  # the year nearest the document's
    ("From 10 to 11 Farvardin 1358 there was fighting.", "10 to 11 Farvardin 1358", None, ("1979-03-30", "1979-03-31")),
])
def test_days_of_the_iranian_calendar_are_gregorian_dates(t, surface, when, span):
    a = find_dates(t, date(1979, 3, 28))[0]
    assert a.surface == surface and a.when == when and (span is None or (a.from_, a.to) == span)


@pytest.mark.parametrize("t, surface, when", [
    ("On 3 Hamal 1358 the council met.", "3 Hamal 1358", "1979-03-23"),
    ("The plot of 26 Asad 1357 failed.", "26 Asad 1357", "1978-08-17"),
    ("On 28 Jadi 1361 the truce began.", "28 Jadi 1361", "1983-01-18"),
    ("Since 7 Saur the party rules.", "7 Saur", "1978-04-27"),  # the year nearest the document's
])
def test_days_of_the_afghan_calendar_are_gregorian_dates(t, surface, when):
    a = find_dates(t, date(1978, 9, 1))[0]
    assert (a.surface, a.when) == (surface, when)


def test_afghan_month_names_without_a_day_are_no_dates():
    assert find_dates("Hafez al-Asad met the Saur revolutionaries at the Hut.", date(1978, 9, 1)) == []


@pytest.mark.parametrize("t, surfaces", [
    ("The markers were placed between the 4th and the 9th.", ["4th", "9th"]),
    ("Will they publish the report on the explosion of the 17th?", ["17th"]),
    ("Reference your telegram of 18 APR 83 and ours of 2 MAY 83.", ["18 APR 83", "2 MAY 83"]),
])
def test_days_between_ordinals_before_a_question_mark_and_telegram_days_with_two_digit_years(t, surfaces):
    assert [m.surface for m in find_dates(t, DOC)] == surfaces


@pytest.mark.parametrize("t, surfaces", [
    ("Sixty thousand seedlings were planted on the 19th alone.", ["19th"]),
    ("After the operation of the 13th had failed, and in his address of the 17th, he spoke.", ["13th", "17th"]),
    ("[Stamp: received 24/XI/1966, Nº 2291] [Handwritten: 28/XI]", ["24/XI/1966", "28/XI"]),
])
def test_a_day_alone_after_an_operation_or_an_address_and_roman_months_between_slashes(t, surfaces):
    assert [m.surface for m in find_dates(t, DOC)] == surfaces


@pytest.mark.parametrize("t, surfaces", [
    ("TEAM INCHON 12 AUG 55. CROWD OF 3000; team kunsan 2 Sep 54.", ["12 AUG 55", "2 Sep 54"]),
    ("Rodong Sinmun of the 22nd have published it; Mladá fronta of the 10th asked why.", ["22nd", "10th"]),
])
def test_military_days_in_any_capitals_and_a_papers_day_before_have_or_a_past_verb(t, surfaces):
    assert [m.surface for m in find_dates(t, DOC)] == surfaces


@pytest.mark.parametrize("t, surface, when", [
    ("The note dated Showa 35.9.22 was answered.", "Showa 35.9.22", "1960-09-22"),
    ("In Showa 36 the talks went on.", "Showa 36", "1961"),
    ("The Meiji 3 decree", "Meiji 3", "1870"),
])
def test_years_and_days_of_japanese_eras(t, surface, when):
    a = find_dates(t, DOC)[0]
    assert (a.surface, a.when) == (surface, when)


def test_a_japanese_eras_name_alone_is_no_date():
    assert find_dates("Showa Denko and the Meiji Restoration.", DOC) == []


def test_iranian_month_names_alone_are_no_dates():
    assert find_dates("Mehr is here, Azar Nafisi wrote, and Bahman agreed.", date(1979, 3, 28)) == []


@settings(max_examples=200, deadline=None)
@given(st.integers(1300, 1420), st.integers(1, 12), st.integers(1, 29))
def test_persian_to_gregorian_keeps_the_order_of_days(jy, jm, jd):
    from tei_kit.tagging.dates import persian_to_gregorian

    a = persian_to_gregorian(jy, jm, jd)
    b = persian_to_gregorian(jy, jm, jd + 1)
    assert a is not None and b is not None and (b - a).days == 1
    assert persian_to_gregorian(jy, 1, 1).month == 3  # Nowruz falls in March


@pytest.mark.parametrize("t, surface", [
    ("410 came in on December 8 alone, most of them young people.", "December 8"),
    ("Final results of December 7 elections to the House.", "December 7"),
])
def test_a_month_and_day_after_on_or_of_is_a_day_whatever_word_follows(t, surface):
    assert only(t).surface == surface


def test_a_month_and_number_before_a_noun_is_still_a_count():
    assert find_dates("In March 10 people were arrested.", DOC) == []


@pytest.mark.parametrize("t, surface, when", [
    ('The Front was founded, as its papers say, on "20-12-1960", in the forest.', "20-12-1960", "1960-12-20"),
    ("Made at Loc Ninh, 7-1-1975.", "7-1-1975", "1975-01-07"),
    ("[[C. B. Elbrick?]] 11/14/57]", "11/14/57", "1957-11-14"),  # an American memo: the month first
    ("He wrote on 14/11/1957 to us.", "14/11/1957", "1957-11-14"),
    ("Received 1/29/54.", "1/29/54", "1954-01-29"),
])
def test_days_in_figures_with_dashes_or_slashes_are_dates_in_the_order_that_makes_a_day(t, surface, when):
    a = find_dates(t, date(1975, 1, 8))[0]
    assert (a.surface, a.when) == (surface, when)


@pytest.mark.parametrize("t", ["Letter No. 12/3/57 of the ministry.", "They keep 1/2/3 of it.", "file 31-13-1960",
                               "on 1/2 of the land", "on 3/4 of the fields", "the ratio 2/3 of all votes"])
def test_numbers_with_slashes_that_are_no_days_are_no_dates(t):
    assert find_dates(t, date(1975, 1, 8)) == []


@pytest.mark.parametrize("t, surface, when", [
    ('The offensive began, as he put it, "on 30/3".', "30/3", "1972-03-30"),
    ("Giai Phong, South Vietnam, 7/1\nSTATEMENT", "7/1", "1972-01-07"),
    ("Hà Nội, ngày 10 tháng 3 năm 1972", "ngày 10 tháng 3 năm 1972", "1972-03-10"),
    ("the plan of tháng 3 năm 1972", "tháng 3 năm 1972", "1972-03"),
])
def test_vietnamese_day_and_month_in_figures_and_vietnamese_dates(t, surface, when):
    a = find_dates(t, date(1972, 4, 8))[-1]
    assert (a.surface, a.when) == (surface, when)


@pytest.mark.parametrize("t, surface, when", [
    ("Aden, 26 Sene 1970 [3 July 1978]", "26 Sene 1970", "1978-07-03"),
    ("On 17 Sene the Chairman was killed.", "17 Sene", "1978-06-24"),  # the year nearest the document's
    ("Addis Ababa, 1 Meskerem 1967", "1 Meskerem 1967", "1974-09-11"),
    ("on 6 Pagume 1967", "6 Pagume 1967", "1975-09-11"),  # the leap day of the 13th month
])
def test_days_of_the_ethiopian_calendar_are_gregorian_dates(t, surface, when):
    a = find_dates(t, date(1978, 7, 3))[0]
    assert (a.surface, a.when) == (surface, when)


def test_a_day_the_ethiopian_calendar_does_not_have_is_no_value():
    (a,) = find_dates("on 6 Pagume 1970", date(1978, 7, 3))
    assert a.when is None and a.cert == "low"


def test_shaaban_with_a_double_a_is_the_eighth_islamic_month():
    found = find_dates("proclaimed on 30 November 1967 [27 Shaaban 1387]", date(1967, 11, 30))
    assert [(m.surface, m.when) for m in found] == [("30 November 1967", "1967-11-30"),
                                                     ("27 Shaaban 1387", "1967-11-30")]


@pytest.mark.parametrize("t, surface, span", [
    ("The elections, held in Sunbula 1348 in two rounds, are over.", "Sunbula 1348", ("1969-08-23", "1969-09-22")),
    ("in Esfand 1358", "Esfand 1358", ("1980-02-20", "1980-03-20")),  # a leap year's 30 days
])
def test_a_month_of_the_iranian_or_afghan_calendar_with_its_year_is_its_days(t, surface, span):
    (a,) = find_dates(t, date(1969, 10, 1))
    assert (a.surface, a.from_, a.to) == (surface, *span)


@pytest.mark.parametrize("t, surface", [
    ("Cde. Ceaușescu repeated his reservations in Scînteia of the 15th. Trybuna Ludu published them.", "15th"),
    ("On the agenda of the Political Committee of the 20th. Kádár J.", "20th"),
    ("Kádár J. Havasi F. 15/VII", "15/VII"),  # a Hungarian initial, not a folio
    ("The plan began in the year 1335 1956 and ends in 1962.", "1956"),  # a year after another, not a digit group
])
def test_a_names_day_at_a_sentences_end_an_initial_before_a_stamp_and_a_year_after_a_year(t, surface):
    assert surface in [m.surface for m in find_dates(t, date(1976, 7, 13))]


@pytest.mark.parametrize("t", ["the men of the 5th. They", "the 2nd Army of the 5th. x", "see p. 15/VII",
                               "some 1 958 tons", "14 000 1957"])
def test_no_day_of_a_unit_no_folio_and_no_digit_group(t):
    assert find_dates(t, date(1976, 7, 13)) == [] or t == "14 000 1957" and \
        [m.surface for m in find_dates(t, date(1976, 7, 13))] == []


@pytest.mark.parametrize("t, surface, when", [
    ('posters with the words "Viva o 25 de Abril" are seen', "25 de Abril", "1975-04-25"),
    ("dated 1959.7.23, was read to cadres", "1959.7.23", "1959-07-23"),
    ("By [[R. T. Hollings?]] NARA, Date 6/12/05]", "6/12/05", "2005-06-12"),  # a declassification stamp
    ("Handwritten: Gen. Haig has seen. 3/20", "3/20", "1975-03-20"),  # an American note: the month first
    ("He added that the day before he had spoken with Kim Il Sung.", "the day before", "1975-03-19"),
    ("the decisions of the February plenum", "February", "1975-02"),
])
def test_romance_days_chinese_order_stamps_american_notes_the_day_before_and_a_months_plenum(t, surface, when):
    found = _found(t, date(1975, 3, 20))
    assert (surface, when) in found, found


@pytest.mark.parametrize("t", ["the day before the plenum he left", "version 1.2.3 of the file", "the October Revolution"])
def test_the_day_before_an_event_a_version_number_and_a_revolution_are_no_dates(t):
    assert find_dates(t, date(1975, 3, 20)) == []


@pytest.mark.parametrize("t, surface, when", [
    ("Lviv, 12 lypnia 1988 r.", "12 lypnia 1988", "1988-07-12"),  # Ukrainian; the "r." ("year") stays outside
    ("the events in Lviv of 7 lypnia", "7 lypnia", "1988-07-07"),  # a Slavic day and month: the reference year
    ('the last is dated in the Lithuanian manner "1973 m. rugsėjo 8 d."', "1973 m. rugsėjo 8 d.", "1973-09-08"),
    ("Its paper calls the workers to strike on the 10th of Dey.", "10th of Dey", "1988-12-31"),  # 10 Dey 1367
])
def test_ukrainian_lithuanian_and_persian_ordinal_days(t, surface, when):
    found = _found(t, date(1988, 7, 12))
    assert (surface, when) in found, found


def test_a_range_of_ordinal_days_gives_both_days():
    found = _found("From the 10th to the 15th they met in every town.", date(1959, 7, 20))
    assert found == [("10th", "1959-07-10"), ("15th", "1959-07-15")], found
    assert [m.surface for m in find_dates("On the 3rd to the 5th Army he went.", date(1959, 7, 20))] == ["3rd"]


def test_a_turkish_day_and_month_without_a_year():
    found = _found("the Shadow of 1 Mayis; the killings of 1 Mayıs", date(1977, 6, 9))
    assert found == [("1 Mayis", "1977-05-01"), ("1 Mayıs", "1977-05-01")], found


@pytest.mark.parametrize("t, surface, when", [
    ("On 25 January [24 Tevet 5709] the citizens voted.", "24 Tevet 5709", "1949-01-25"),
    ("Tel Aviv, 28 July 1964 [19 Av 5724]", "19 Av 5724", "1964-07-28"),
    ("dated 1 Sivan 5722 in the Hebrew calendar", "1 Sivan 5722", "1962-06-03"),
    ("on 14 Adar II 5744", "14 Adar II 5744", "1984-03-18"),
])
def test_a_day_of_the_hebrew_calendar_with_its_year(t, surface, when):
    assert (surface, when) in _found(t, date(1960, 1, 1))


@pytest.mark.parametrize("text, expected", [
    ("the vote of the 14th expressed the will of the people", [("14th", "1963-09-14")]),
    ("we demanded at the sessions of the 21st that they stop", [("21st", "1963-09-21")]),
    ("an officer killed on the 4th off the coast", [("4th", "1963-09-04")]),
    ("the delegation replied on Oct 14 that it would not", [("Oct 14", "1963-10-14")]),
    ("on Mar 3 the", []),  # "Mar" without its dot may be a word
])
def test_bare_days_after_more_nouns_and_an_undotted_month_after_a_preposition(text, expected):
    assert _found(text, DOC) == expected


def test_papers_from_a_city_of_a_day():
    assert _found("The papers from Cairo of the 25th, which came with the plane, print it.", DOC) == [
        ("25th", "1963-09-25")]


@pytest.mark.parametrize("text, day", [
    ("the prisoners should be freed on the 23rd whatever the Commission decided", "23rd"),
    ("The funeral on the 12th became the largest demonstration.", "12th"),
    ("Since your arrival on the 20th you have seen much.", "20th"),
    ("raids on the 12th did not affect the voting", "12th"),
    ("The pardon of the 25th shortens sentences.", "25th"),
])
def test_bare_days_before_more_words_and_after_more_nouns(text, day):
    assert _found(text, DOC) == [(day, f"1963-09-{day[:2]}")]


def test_a_bare_day_before_a_quotation_and_after_a_page():
    assert _found('The paper called the attack of the 22nd "a crime". Its front page of the 26th was black.', DOC) \
        == [("22nd", "1963-09-22"), ("26th", "1963-09-26")]


def test_a_bare_day_after_a_paper_before_a_comma_and_after_demonstrations():
    assert _found("The PKI warns, in Harian Rakjat of the 8th, against it; since the demonstrations of the 10th, "
                  "nothing. The 23rd Division of the 5th, which", DOC) == [("8th", "1963-09-08"), ("10th", "1963-09-10")]


def test_bare_days_after_a_talk_and_before_more_verbs():
    assert _found("He reported on his talk of the 8th with the Minister; Rabotnichesko Delo of the 14th has already "
                  "named it; the elections of the 15th surprised everyone.", DOC) == [
        ("8th", "1963-09-08"), ("14th", "1963-09-14"), ("15th", "1963-09-15")]
