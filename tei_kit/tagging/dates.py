"""Date grammar: find date expressions in English-translated archival text and normalise them.

Pure Python (``re`` + ``datetime``).  The public API:

* :class:`DateMention` -- one tagged date (character offsets, surface, ISO value(s), certainty);
* :class:`DateContext` -- resolution state for one document, fed blocks of text in reading order;
* :func:`find_dates` -- one-shot convenience wrapper;
* :func:`parse_date_line` -- the date of a dateline / heading such as ``"Pyongyang, 1 September, 1975"``.

Conventions (see ENCODING.md section 3, "Conventions decided on real documents"):

* A surface starts at the first number or word of the date expression and never ends in punctuation:
  ``"for the period 1 through 15 August 1957"`` -> ``"1 through 15 August 1957"``; ``"on 7 Oct."`` ->
  ``"7 Oct"``.  Prepositions ("on", "in", "since", "between", "from") stay outside.  Phrases whose head is a
  word keep their article: ``"the same day"``, ``"the middle of June"``, ``"the day after tomorrow"``.
  A weekday written before a full date is part of it (``"Monday, 7 October 1957"``).  A bracket that supplies
  part of a date is inside it (``"22 [November]"``).
* Values are ISO 8601 (``1957-10-07``, ``1957-10``, ``1957``).  Ranges fill ``from_``/``to`` and leave
  ``when`` empty.  Impossible dates (``31 February 1957``, ``30.02.55``) are tagged with no value and
  ``cert="low"``.
* ``cert``: ``"high"`` for explicit values; ``"medium"`` for values completed or computed from context
  (partial dates, today/tomorrow/this year, "the same day", "the middle of June", "last Monday");
  ``"low"`` for guesses (a bare weekday, a fallback reference, impossible dates).

Resolution decisions (kept deliberately simple):

* The reference date for deictic words ("today", "tomorrow", "this year", "last month", weekdays) and the
  year of partial dates ("2 October", "June", "10 X") is the current journal entry's date if one was set
  with :meth:`DateContext.set_entry_date`, else the document date.  Partial dates take the reference year,
  even when that puts them months after the entry date, with one exception: a day and month, or a month,
  nine months or more after it are last year's ("28 December" or "in December" in a January entry), but for
  a bare month in a clause that speaks of the future ("are to be elected in November"); reading every
  bare month by the tense of its clause lost more values on the gold sets than it won.  Without any
  reference date, the year of the last explicit date in the document is used (``cert="low"``); without that
  the mention is tagged with no value.
* Anaphoric expressions ("the same day", "that day", "the next/following/previous day") resolve against
  the last day-precision date tagged before them (explicit or partial day+month dates, numeric and stamp
  dates; not ranges, not deictic words); "the same/previous/following year" against the last year named.
* Lists: ``"3, 4 and 5 March 1957"`` gives one mention per day (``"3"``, ``"4"``, ``"5 March 1957"``), all
  with the shared month and year.  ``"between 25 and 27 April 1989"`` is a range (surface
  ``"25 and 27 April 1989"``); "and" without "between" is a list.  ``"X to Y"`` between two dates is a range
  even when both ends are complete (``"24 May 1956 to 11 June 1956"``).
* Month ranges: ``"June-August 1957"``, ``"between June and August 1957"``, ``"from June to August"``
  (``from_``/``to`` are ``YYYY-MM``; "November to February 1958" starts in 1957).
* A month-first date without a year followed by an ordinary lower-case word is a count, not a day
  ("in March 10 people were arrested").
* Bare months are tagged only when capitalised and introduced by a preposition ("in June", "since March");
  lower-case "may"/"march" are only months when a year is attached.  Seasons ("in the spring") are vague
  and not tagged (the year in "the spring of 1958" is).  Decades ("the 1950s") are tagged as ranges
  (``1950``-``1959``, surface ``"1950s"``).
* Weekdays are tagged after a preposition or with last/next/this/coming/past: "last Monday" is the
  previous one, "next Monday" the following one (``cert="medium"``); "on Monday" the coming one when its clause
  speaks of the future ("will", "would", "is to"), the last one (or the reference date) when it speaks of the
  past ("had", "met", "called"), else the nearest one (up to three days ahead or back; the reference date
  itself if it is a Monday); ``cert="low"``.
* "on the 5th" is the 5th of the reference month (``cert="medium"``, surface ``"5th"``); so are "by",
  "until", "since", "from", "before", "after the 5th" and "the afternoon (morning, evening, night) of
  the 5th", when a word that cannot be counted follows.
* Numeric dates are day.month.year only (``10.10.55``, ``10.10.1955``, ``10. 10. 1955``); two-digit years
  are 19xx, 30-99 only ("1.5.10" is a section number).  Slashed and dashed numbers are never single dates
  (registration numbers: ``2114/55``); only ISO ``1957-10-07`` and year ranges (``1956-1957``, ``1956-57``,
  ``1956/57`` for consecutive years) are.
* Roman-numeral months (stamps) are upper case: ``10 X``, ``10.X.1955``, ``10 XI 57``.  Without a year the
  form must be followed by the end of the line or punctuation, and ``I`` needs a dot (``1.I``).
* Not dates: durations ("2 to 3 weeks", "for 10 days"), times ("10:30"), anniversaries ("the 40th
  anniversary"), vague expressions ("these days", "at the present time", "in the future", "annually",
  "the end of the year"), numbers after No./Nº/#/F./Op./Delo/Listy/p./Protocol/..., numbers with units or
  currencies ("1958 won", "1960 tons").
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable

from ..telegram import DATE_TIME_GROUP, DATE_TIME_GROUP_LINE
from .lexicon import DATED_BODY_HEADS_AFTER, DATED_BODY_HEADS_BEFORE, is_english

__all__ = ["DateMention", "DateContext", "find_dates", "parse_date_line"]


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the text given
    end: int
    surface: str  # text[start:end]
    when: str | None = None  # ISO 8601: "1957-10-07", "1957-10", "1957"
    from_: str | None = None  # ranges
    to: str | None = None
    cert: str = "high"  # "high" explicit, "medium" relative/partial resolved, "low" guessed
    relative: bool = False  # resolved against context (today, tomorrow, this year, 2 October...)


# --------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_ROMAN = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# lower-case words that are also ordinary English words: months only with a year attached
_AMBIGUOUS_MONTHS = {"may", "march", "mar"}
# two-digit years in numeric/stamp dates are 19xx and must be >= 30 ("1.5.10" is a section number)
_MIN_YY = 30

_MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])"
)
_MONTH_ABBR_DOT = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\."
_MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|(?![a-z]))(?!-(?-i:[A-Z]))"  # not "Jan-Erik"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
# a bracket may supply the month ("22 [November]")
_MON = rf"(?:\[{_MONTH_ANY}\]|{_MONTH_ANY})"
_MON_MF = rf"(?:\[(?:{_MONTH_FULL}|{_MONTH_ABBR_DOT})\]|{_MONTH_FULL}|{_MONTH_ABBR_DOT})"  # month-first
_MON_FULL = rf"(?:\[{_MONTH_FULL}\]|{_MONTH_FULL})"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_ORD_RE = re.compile(_ORD, re.I)  # "ON THE 5TH" in a telegram in capitals
#: Nouns after which "of the 24th" names a day: "the note of the 24th", "the Rodong Sinmun of the 24th",
#: "the rally of the 24th", "the session of the 27th".
_DATED_NOUNS = (r"statement|letter|note|telegram|compromise|cable|ciphergram|issue|edition|article|editorial|report|speech|news|"
                r"amendment|voting|polling|poll|noise|sermon|homily|prayers?|"
                r"decision|decree|resolution|communiqu[ée]|declaration|message|conversation|Sinmun|Sinbo|Inminbo|Shimbun|"
                r"Uutiset|Sanomat|Obrero|Ribao|Pravda|"
                r"Izvestia|Izvestiya|Times|Daily|Post|Tribune|Dong-a Ilbo|Ilbo|session|meeting|rally|talks|"
                r"conference|plenum|visit|demonstration|reception|events|agreement|treaty|accord|ceasefire|"
                r"cease-fire|armistice|coup|elections?|attack|strike|landing|invasion|proclamation|appeal|broadcast|"
                r"offer|proposal|request|reply|answer|protest|order|instruction|fight|battle|clash|raid|incident|"
                r"bombing|shooting|uprising|explosion|bombardment|banquet|dinner|luncheon|lunch|celebrations?|operation|address|"
                r"festivities|parade|ceremony|measures|debate|vote|hearing|trial|funeral|inauguration|shipment|"
                r"delivery|deliveries|consignment|ruling|verdict|judgment|judgement|reshuffle|arrest|arrests|"
                r"accident|crash|murder|assassination|death|resignation|announcement|interview|seizure|capture|"
                r"detention|sinking|collision|kidnapping|hijacking|raids|attacks|bombings|clashes|incidents|landings|"
                r"sessions|meetings|votes|decisions|statements|letters|notes|telegrams|cables|papers|newspapers|"
                r"demonstrations|protests|riots|disorders|strikes|"
                r"pardon|amnesty|arrival|departure|return|page|talk|referendum|plebiscite|by-election|consultation|"
                r"aircraft|plane|flight|train|steamer|courier|pouch|"
                r"explosions|proposals|offers|requests|orders|reports|articles|editorials|speeches|ceremonies|those|"
                r"tremor|earthquake|quake|flood|fire|eruption|"
                r"fronta|noviny|listy|právo|Borba|Politika|Ludu|Deutschland")
_LISTED_DAY = re.compile(rf"(?:the\s+)?\b({_DAY}){_ORD}", re.I)  # "..., the 11th and the 19th", "THE 19TH"
_YEAR = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])(?![0-9])"  # in full dates
_YEAR_B = rf"(?:\[{_YEAR}\]|{_YEAR})"
_BARE_YEAR = r"(?:19[0-9][0-9]|20[0-9][0-9])"  # standing alone
_RELYEAR = (
    r"(?:this|last|next|current|the\s+current|the\s+same|the\s+previous|the\s+following)\s+year(?![a-z])"
)
_RELMONTH = r"(?:this|last|next|the\s+current|the\s+same|the\s+previous|the\s+following)\s+month(?![a-z])"
_ROMAN_RE = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])"
_WS = r"[^\S\n]*\n?[^\S\n]*"  # any blanks, at most one line break
# the start of a number: not glued to a word, another number, a slash or a dash
_NUM_START = r"(?<![\w.,/\-\u2013:])"
_NUM_END = r"(?![\w/\-\u2013]|[.,:][0-9])"
_YEAR_START = r"(?<![\w$£€¥/\-\u2013#.,:])"

# a word before a bare number that makes it an identifier, not a year
_NUMBER_CUE = re.compile(
    r"(?:\b(?:number|numbers|page|pages|listy|list|delo|fond|opis|file|folder|box|"
    r"article|point|paragraph|section|item|protocol|resolution|decree|directive|telegram|cable|proclamation|"
    r"code|room|volume|reel|frame|inventory|registration|chapter|part|annex|appendix|"
    r"table|figure)"
    r"|\b(?:no|nos|nr|num|pp|art|para|vol|inv|ref|reg|fig|tab|doc)\.?"
    r"|\b(?-i:[pfdls]|op|ch|ll|P|Op|Ch)\."  # "p. 15", "f. 2"; not the initial of "Havasi F. 15/VII"
    r"|N[º°o]\.?|№|#|\$|£|€|¥)\s*$",
    re.IGNORECASE,
)
# a unit or currency after a bare number: an amount, not a year
_UNIT_AFTER = re.compile(
    r"[^\S\n]*(?:%|(?:won|wons|rubles?|roubles?|dollars?|yuan|yen|renminbi|dm|forints?|zlotys?|zloty|"
    r"lei|leu|leva|lev|korunas?|crowns?|pounds?|francs?|tons?|tonnes?|kg|kilos?|kilograms?|grams?|km|"
    r"kilomet(?:er|re)s?|met(?:er|re)s?|miles?|hectares?|ha|liters?|litres?|people|persons?|men|women|"
    r"children|soldiers|troops|officers|workers|students|delegates|members|specialists|units|pieces|"
    r"copies|pages|sheets|cars|trucks|tractors|machines|houses|apartments|hours|hrs|minutes|seconds|"
    r"per\s*cent|percent|times|votes)(?![a-z]))",
    re.IGNORECASE,
)
# a number right after a month name belongs to it ("April 4 and 7 May": "4" is not a list head)
_MONTH_BEFORE = re.compile(rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})[^\S\n]*$", re.IGNORECASE)
_WD_BEFORE = re.compile(rf"\b{_WEEKDAY},?[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z]+)")
_FUNCTION_WORDS = frozenset(
    "a an and as at after before but by during for from had has have he her his i in is it its of on or our "
    "she that the their there they this to was we were when while will with would"
    # prepositions and conjunctions after a day: "since September 1 under Adenauer"
    " under despite since until through against without among amid upon within toward towards behind beyond"
    " because although though whereas unless except not no so yet nor than via across near".split()
)
#: A verb in the past tense after a day, which a count of things would not have: "on March 21 made", "July 11 left".
_PAST_VERB = re.compile(r"[a-z]{2,}ed|made|took|gave|left|came|went|saw|brought|began|became|met|sent|said|told|held")
#: Participles that, after a number, describe what is counted: "12 armed men", "30 wounded soldiers".
_COUNTED_PARTICIPLES = frozenset("armed wounded trained skilled qualified selected injured detained arrested unarmed"
                                 " uniformed organised organized".split())
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_AMOUNT_AROUND = re.compile(r"(?<![0-9])[0-9]{1,3}[^\S\n]$")  # "1 958", "14 000"; not "the year 1335 [1956]"
_DIGIT_GROUP_AFTER = re.compile(r"[^\S\n][0-9]{3}(?![0-9])")
_ROMAN_TAIL = re.compile(r"[^\S\n]*(?:$|\n|[.,;:)\]])")
_INITIAL_AFTER = re.compile(r"\.[^\S\n]+[A-Z]")  # after "4. V": ". V. Kuznetsov", ". Kuznetsov"


def _month_num(token: str) -> int:
    return _MONTHS[token.strip("[]. ").lower()[:3]]


def _strip_brackets(token: str) -> str:
    return token.strip("[]")


def _is_lower(token: str) -> bool:
    t = _strip_brackets(token).rstrip(".")
    return t.islower()


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


# --------------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------------


class DateContext:
    """Resolution state for one document, fed text in reading order.

    ``document_date`` anchors relative expressions; :meth:`set_entry_date` switches the anchor to a
    journal entry's dateline.  :meth:`find` tags one block of text and remembers the last explicit
    day-precision date and the last year named, so that "the same day" in a later block still resolves.
    """

    def __init__(self, document_date: datetime.date | None = None):
        self.document_date = document_date
        self.entry_date: date | None = None
        self.last_date: date | None = None  # last explicit day-precision date tagged
        self.last_recent_date: date | None = None  # the same, within the year before the reference
        self.last_year: int | None = None  # last year named (explicit)

    def set_entry_date(self, d: datetime.date | None) -> None:
        """A journal entry's dateline: from now on "today" means ``d`` (``None`` falls back to the document date)."""
        self.entry_date = d

    # -- reference helpers ------------------------------------------------------------------------
    @property
    def reference(self) -> date | None:
        return self.entry_date or self.document_date

    def _ref_year(self) -> tuple[int | None, str]:
        ref = self.reference
        if ref is not None:
            return ref.year, "medium"
        if self.last_date is not None:
            return self.last_date.year, "low"
        if self.last_year is not None:
            return self.last_year, "low"
        return None, "low"

    def _anaphor_date(self) -> tuple[date | None, str]:
        """The day "the same day" means: the last date named, but not a date of the background
        (a treaty "signed on 14 February 1950" in a report of 1979) when the report's own days
        have been named."""
        if self.last_recent_date is not None:
            return self.last_recent_date, "medium"
        if self.last_date is not None:
            return self.last_date, "medium"
        if self.reference is not None:
            return self.reference, "low"
        return None, "low"

    def _anaphor_year(self) -> tuple[int | None, str]:
        if self.last_year is not None:
            return self.last_year, "medium"
        if self.reference is not None:
            return self.reference.year, "low"
        return None, "low"

    def _rel_year(self, phrase: str) -> tuple[int | None, str]:
        """Year of "this year", "last year", "the same year", "the following year"..."""
        w = phrase.lower().split()
        key = w[-2]
        if key in ("this", "current", "last", "next"):
            y, cert = self._ref_year()
            if y is None:
                return None, "low"
            return y + {"this": 0, "current": 0, "last": -1, "next": 1}[key], cert
        y, cert = self._anaphor_year()
        if y is None:
            return None, "low"
        return y + {"same": 0, "previous": -1, "following": 1}[key], cert

    def _note_date(self, d: date | None) -> None:
        if d is not None:
            self.last_date = d
            self.last_year = d.year
            ref = self.reference
            if ref is not None and ref - d <= timedelta(days=366):
                self.last_recent_date = d

    def _note_year(self, y: int | None) -> None:
        if y is not None:
            self.last_year = y

    # -- tagging ----------------------------------------------------------------------------------
    def find(self, text: str) -> list[DateMention]:
        """Tag one block of text; mentions are non-overlapping and in reading order."""
        cands = _collect(text)
        if not cands:
            return []
        chosen = _select(cands, len(text))
        out: list[DateMention] = []
        for c in chosen:
            out.extend(c.resolve(self, text))
        return out


def find_dates(text: str, document_date: date | None = None) -> list[DateMention]:
    """Tag the dates of ``text`` with a fresh :class:`DateContext`."""
    return DateContext(document_date).find(text)


# --------------------------------------------------------------------------------------------------
# Candidates
# --------------------------------------------------------------------------------------------------


class _Cand:
    __slots__ = ("start", "end", "prio", "resolve")

    def __init__(self, start: int, end: int, prio: int, resolve: Callable[[DateContext, str], list[DateMention]]):
        self.start = start
        self.end = end
        self.prio = prio
        self.resolve = resolve


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop blanks and trailing punctuation (the dot of "Oct.", a comma) from a span."""
    while e > s and text[e - 1] in " \t\n\r\u00a0.,;:":
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _mention(text: str, s: int, e: int, **kw) -> DateMention:
    s, e = _trim(text, s, e)
    return DateMention(start=s, end=e, surface=text[s:e], **kw)


def _day_mention(ctx: DateContext, text: str, s: int, e: int, y: int | None, m: int, d: int,
                 cert: str, relative: bool, note: bool = True) -> DateMention:
    if y is None:
        return _mention(text, s, e, when=None, cert="low", relative=relative)
    dt = _mk(y, m, d)
    if dt is None:
        return _mention(text, s, e, when=None, cert="low", relative=relative)
    if note:
        ctx._note_date(dt)
    return _mention(text, s, e, when=dt.isoformat(), cert=cert, relative=relative)


def _year_of(ctx: DateContext, y_tok: str | None, ry_tok: str | None) -> tuple[int | None, str, bool]:
    """Year from an explicit year token, a relative-year phrase or the context: (year, cert, relative)."""
    if y_tok:
        return int(_strip_brackets(y_tok)), "high", False
    if ry_tok:
        y, cert = ctx._rel_year(ry_tok)
        return y, cert, True
    y, cert = ctx._ref_year()
    return y, cert, True


def _with_weekday(text: str, s: int) -> int:
    """Extend a full date's start over a weekday written before it ("Monday, 7 October 1957")."""
    w = _WD_BEFORE.search(text, max(0, s - 24), s)
    return w.start() if w else s


# ---- handlers: each takes (match, text) and returns a _Cand or None ------------------------------


#: What makes a day and month the name of a body, after it or before it (see names._dated_bodies).
_DATED_BODY_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][a-z]+){0,2}?[^\S\n]+(?:"
                               + "|".join(sorted(h.capitalize() for h in DATED_BODY_HEADS_AFTER)) + r")\b")
_DATED_BODY_BEFORE = re.compile(r"(?:(?:" + "|".join(sorted(h.capitalize() for h in DATED_BODY_HEADS_BEFORE))
                                + r")[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
                                r"|\b(?:newspaper|paper|daily|weekly)[^\S\n]+)$")  # "the newspaper 14 October"


_NUMBER_SIGN_BEFORE = re.compile(r"(?:\bN[º°o]\.?|\bNr\.?|№)[^\S\n]*$")


def _h_dmy(m: re.Match, text: str) -> _Cand | None:
    """7 October 1957, 1 September, 1975, 4th of April 1972, 2 October, 24 October this year."""
    mon_tok, y_tok, ry_tok = m.group("m"), m.group("y"), m.group("ry")
    if not y_tok and _strip_brackets(mon_tok).lower().rstrip(".") in _AMBIGUOUS_MONTHS and _is_lower(mon_tok):
        return None
    if not y_tok and (_DATED_BODY_AFTER.match(text, m.end())
                      or _DATED_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        return None  # a body named after a day: "the 26th of July Movement", "the Directorate of 13 March"
    if m.group(0).lstrip()[:1].isdigit() and _NUMBER_SIGN_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # a number, not a day: "the Institutional Act Nº 5 of December 1968"
    day, mon = int(m.group("d")), _month_num(mon_tok)
    s, e = _with_weekday(text, m.start()), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert, rel = _year_of(ctx, y_tok, ry_tok)
        ref = ctx.reference
        if rel and not ry_tok and y is not None and ref is not None and y == ref.year and mon - ref.month >= 9:
            y -= 1  # "19 December" in a January report: last December
        return [_day_mention(ctx, text, s, e, y, mon, day, cert, rel)]

    return _Cand(s, e, 0, resolve)


#: Prepositions after which a month and a number are a day, whatever word follows ("on December 8 alone").
_DAY_PREPOSITION = re.compile(r"\b(?:on|of|since|until|till)[^\S\n]+$", re.IGNORECASE)


def _h_mdy(m: re.Match, text: str) -> _Cand | None:
    """October 7, 1957; October 07, 1957; October 2."""
    mon_tok, y_tok, ry_tok = m.group("m"), m.group("y"), m.group("ry")
    if _strip_brackets(mon_tok).lower().rstrip(".") in _AMBIGUOUS_MONTHS and _is_lower(mon_tok):
        return None
    if not (y_tok or ry_tok) and not _DAY_PREPOSITION.search(text, max(0, m.start() - 8), m.start()):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt and nxt.group(1).islower() and nxt.group(1) not in _FUNCTION_WORDS \
                and not _PAST_VERB.fullmatch(nxt.group(1)):
            return None  # "in March 10 people were arrested": a count, not a day; but "on March 21 made",
            # "on December 8 alone", "of December 7 elections"
        if nxt and nxt.group(1) in _COUNTED_PARTICIPLES:
            return None  # "in June 12 armed men crossed": a count
    day, mon = int(m.group("d")), _month_num(mon_tok)
    s, e = _with_weekday(text, m.start()), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert, rel = _year_of(ctx, y_tok, ry_tok)
        return [_day_mention(ctx, text, s, e, y, mon, day, cert, rel)]

    return _Cand(s, e, 1, resolve)


def _h_ymd(m: re.Match, text: str) -> _Cand | None:
    """1972 April 4; ISO 1957-10-07."""
    y, mon, day = int(m.group("y")), m.group("m"), int(m.group("d"))
    mon = int(mon) if mon.isdigit() else _month_num(mon)
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_day_mention(ctx, text, s, e, y, mon, day, "high", False)]

    return _Cand(s, e, 0, resolve)


def _dtg_date(m: re.Match) -> date | None:
    """The day a date-time group names (a two-digit year is 19YY), or None for no such day ("311200Z SEP 75")."""
    y_tok = m.group("y")
    try:
        return date(int(y_tok) + (1900 if len(y_tok) == 2 else 0), _MONTHS[m.group("m").lower()], int(m.group("d")))
    except ValueError:
        return None


def _h_date_time_group(m: re.Match, text: str) -> _Cand | None:
    """A telegram's date-time group: 080845Z OCT 74."""
    day = _dtg_date(m)
    if day is None:
        return None
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_day_mention(ctx, text, s, e, day.year, day.month, day.day, "high", False)]

    return _Cand(s, e, 0, resolve)


def _h_numeric(m: re.Match, text: str) -> _Cand | None:
    """10.10.55, 10.10.1955, 10. 10. 1955 (day.month.year)."""
    y_tok = m.group("y")
    if len(y_tok) == 2:
        if m.group("sp1") or m.group("sp2") or int(y_tok) < _MIN_YY:
            return None
        y = 1900 + int(y_tok)
    else:
        y = int(y_tok)
        if not 1800 <= y <= 2099:
            return None
    day, mon = int(m.group("d")), int(m.group("m"))
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_day_mention(ctx, text, s, e, y, mon, day, "high", False)]

    return _Cand(s, e, 2, resolve)


#: A telegram's declassification code before a day in figures: "E.O. 12065: GDS 8/14/86" (no date of the text).
_DECLASSIFICATION_CUE = re.compile(r"\b(?:X?GDS|DECL|RDS|OADR|XDS)(?:-[0-9]+)?:?[^\S\n]*$")


def _h_numeric_separated(m: re.Match, text: str) -> _Cand | None:
    """20-12-1960, 17-9-1970 (day first, as in Vietnamese and Central European texts), 11/14/57,
    1/29/54 (an American memo's month first); the order is the one that makes a real day, and with
    slashes and a day and month both up to 12, the month first after a two-digit year."""
    s, e = m.start(), m.end()
    if _NUMBER_CUE.search(text, max(0, s - 16), s) or _DECLASSIFICATION_CUE.search(text, max(0, s - 16), s):
        return None
    a, b, y_tok = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(y_tok) == 2:
        if int(y_tok) < _MIN_YY and not _DATE_LABEL_BEFORE.search(text, max(0, s - 8), s):
            return None
        y = (2000 if int(y_tok) < _MIN_YY else 1900) + int(y_tok)  # "NARA, Date 6/12/05": a declassification
    else:
        y = int(y_tok)
        if not 1800 <= y <= 2099:
            return None
    slash, cert = m.group("sep") == "/", "high"
    if a > 12 or b > 12:
        day, mon = (a, b) if a > 12 else (b, a)
    else:
        day, mon = (b, a) if slash and len(y_tok) == 2 else (a, b)
        cert = "high" if a == b or not slash else "medium"

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_day_mention(ctx, text, s, e, y, mon, day, cert, False)]

    return _Cand(s, e, 2, resolve) if _mk(y, mon, day) else None


#: "Date" right before a day in figures: a stamp's date, which may be of this century ("Date 6/12/05").
_DATE_LABEL_BEFORE = re.compile(r"\bDate:?[^\S\n]*$")


def _h_month_day_at_end(m: re.Match, text: str) -> _Cand | None:
    """A month and day in figures at the end of a handwritten note, as Americans write them: "Gen.
    Haig has seen. 3/20", "copy to HAK in Peking. 11/28" (the day first only where the month cannot be)."""
    if _NUMBER_CUE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "Ref. 1/14": a file's number
    a, b = int(m.group("a")), int(m.group("b"))
    mon, day = (b, a) if a > 12 else (a, b)
    return _day_in_figures(m.start("a"), m.end("b"), mon, day)


def _h_numeric_day_month(m: re.Match, text: str) -> _Cand | None:
    """A day and month in figures without a year, as Vietnamese texts write them: 'on "30/3"', and
    a dateline's 'Giai Phong, South Vietnam, 7/1'."""
    return _day_in_figures(m.start("d"), m.end("m"), int(m.group("m")), int(m.group("d")))


def _day_in_figures(s: int, e: int, mon: int, day: int) -> _Cand | None:
    """A day and month in figures at ``text[s:e]``, of the reference year; None if no year has that day."""
    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        yy, cert = ctx._ref_year()
        return [_day_mention(ctx, text, s, e, yy, mon, day, cert, True)]

    return _Cand(s, e, 2, resolve) if _mk(2000, mon, day) else None


def _h_vietnamese(m: re.Match, text: str) -> _Cand | None:
    """A date in Vietnamese: "ngày 10 tháng 3 năm 1965", "tháng 3 năm 1965"."""
    y, mon = int(m.group("y")), int(m.group("m"))
    s, e = m.start(), m.end()
    if m.group("d"):
        return _full_day(s, e, y, mon, int(m.group("d")))
    return _fixed_value(s, e, _ym(y, mon)) if 1 <= mon <= 12 else None


#: The months of the Ethiopian calendar, as translations spell them (Tir, also an Iranian month, left out).
_ETHIOPIAN_MONTHS = {**dict.fromkeys(("meskerem", "maskaram"), 1), **dict.fromkeys(("tikimt", "tikemt", "tekemt", "tiqimt"), 2),
                     **dict.fromkeys(("hidar", "hedar", "khidar"), 3), **dict.fromkeys(("tahsas", "tahesas", "tahisas"), 4),
                     **dict.fromkeys(("yekatit", "yakatit"), 6), **dict.fromkeys(("megabit", "maggabit"), 7),
                     **dict.fromkeys(("miyazya", "miazia", "miyazia"), 8), **dict.fromkeys(("ginbot", "genbot"), 9),
                     **dict.fromkeys(("sene", "sane"), 10), **dict.fromkeys(("hamle", "hamley"), 11),
                     **dict.fromkeys(("nehase", "nehasse", "nahase"), 12), **dict.fromkeys(("pagume", "pagumen"), 13)}
_ETHIOPIAN_MONTH = "(?:" + "|".join(m.capitalize() for m in sorted(_ETHIOPIAN_MONTHS, key=len, reverse=True)) + ")"
_ETHIOPIAN_EPOCH = date(8, 8, 27).toordinal()  # 1 Meskerem of year 1: 29 August 8 (Julian)


def ethiopian_to_gregorian(ey: int, em: int, ed: int) -> date | None:
    """The Gregorian date of day ``ed`` of month ``em`` of Ethiopian year ``ey`` ("26 Sene 1970" is
    1978-07-03); None for a day that does not exist (the 13th month, Pagume, has 5 or 6 days)."""
    if not (1 <= em <= 13 and 1 <= ed <= (30 if em < 13 else 5 + (ey % 4 == 3)) and ey >= 1):
        return None
    return date.fromordinal(_ETHIOPIAN_EPOCH - 1 + 365 * (ey - 1) + ey // 4 + 30 * (em - 1) + ed)


def _h_ethiopian(m: re.Match, text: str) -> _Cand | None:
    """A day of the Ethiopian calendar: "26 Sene 1970", "17 Sene" (the Ethiopian year that puts the
    day nearest the reference date)."""
    return _day_of_calendar(m, _ETHIOPIAN_MONTHS[m.group("m").lower()], ethiopian_to_gregorian,
                            lambda ref: (ref.year - 8, ref.year - 7))


def _h_roman(m: re.Match, text: str) -> _Cand | None:
    """Stamps: 10 X, 10.X.1955, 10 XI 57; in the Buddhist era, 24.VIII.2508."""
    rom, y_tok, s1 = m.group("m"), m.group("y"), m.group("s1")
    s, e = m.start(), m.end()
    if y_tok is None:
        if rom == "I" and not s1.startswith(".") and not re.match(r"[^\S\n]*(?:$|\n)", text[e:]):
            return None  # "10 I" only as a stamp at the end of its line
        if not _ROMAN_TAIL.match(text, e) or _NUMBER_CUE.search(text, max(0, s - 16), s):
            return None
        if _INITIAL_AFTER.match(text, e) and not text[text.rfind("\n", 0, s) + 1:s].strip():
            return None  # a paragraph's number and a man's initial: "4. V. V. Kuznetsov said"
    y = None
    early = y_tok is not None and len(y_tok) == 2 and int(y_tok) < _MIN_YY  # "2.IV.21": of the 1920s, in a text of then
    if y_tok is not None:
        y = int(y_tok) if len(y_tok) == 4 else 1900 + int(y_tok)
        if y >= 2400:
            y -= _BUDDHIST_ERA_OFFSET  # a Thai stamp: 24.VIII.2508
    day, mon = int(m.group("d")), _ROMAN[rom]

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        if early:
            ref = ctx.reference
            if ref is None or not 1900 <= ref.year < 1900 + _MIN_YY:
                return []
            return [_day_mention(ctx, text, s, e, y, mon, day, "medium", False)]
        if y is not None:
            return [_day_mention(ctx, text, s, e, y, mon, day, "high", False)]
        yy, cert = ctx._ref_year()
        return [_day_mention(ctx, text, s, e, yy, mon, day, cert, True)]

    return _Cand(s, e, 2, resolve)


def _h_month_year(m: re.Match, text: str) -> _Cand | None:
    """October 1957, Oct. 1957, October of 1957, June this year, June of last year."""
    mon_tok, y_tok, ry_tok = m.group("m"), m.group("y"), m.group("ry")
    if not y_tok and _is_lower(mon_tok) and _strip_brackets(mon_tok).lower() in _AMBIGUOUS_MONTHS:
        return None
    mon = _month_num(mon_tok)
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert, rel = _year_of(ctx, y_tok, ry_tok)
        if y is None:
            return [_mention(text, s, e, cert="low", relative=rel)]
        if y_tok:
            ctx._note_year(y)
        return [_mention(text, s, e, when=_ym(y, mon), cert=cert, relative=rel)]

    return _Cand(s, e, 3, resolve)


def _h_modifier(m: re.Match, text: str) -> _Cand | None:
    """the middle of June, mid-June 1957, early June, the end of 1957, the beginning of next year."""
    mon_tok = m.group("m")
    y_tok, ry_tok = m.group("y"), m.group("ry")
    y2_tok, ry2_tok = m.group("y2"), m.group("ry2")
    s, e = m.start(), m.end()
    if mon_tok is not None:
        if not y_tok and _is_lower(mon_tok):
            return None
        mon = _month_num(mon_tok)

        def resolve(ctx: DateContext, text: str) -> list[DateMention]:
            y, cert, rel = _year_of(ctx, y_tok, ry_tok)
            if y is None:
                return [_mention(text, s, e, cert="low", relative=rel)]
            if y_tok:
                ctx._note_year(y)
            return [_mention(text, s, e, when=_ym(y, mon), cert="medium" if cert == "high" else cert,
                             relative=rel)]
    else:
        if y2_tok and not _bare_year_ok(text, m.start("y2"), m.end("y2")):
            return None

        def resolve(ctx: DateContext, text: str) -> list[DateMention]:
            y, cert, rel = _year_of(ctx, y2_tok, ry2_tok)
            if y is None:
                return [_mention(text, s, e, cert="low", relative=rel)]
            if y2_tok:
                ctx._note_year(y)
            return [_mention(text, s, e, when=f"{y:04d}", cert="medium" if cert == "high" else cert,
                             relative=rel)]

    return _Cand(s, e, 4, resolve)


def _h_month_alone(m: re.Match, text: str) -> _Cand | None:
    """in June, since March (capitalised month after a preposition) -> reference year."""
    mon_tok = m.group("m")
    if _is_lower(mon_tok):
        return None
    mon = _month_num(mon_tok)
    s, e = m.start("m"), m.end("m")
    if _DATED_BODY_AFTER.match(text, e):
        return None  # "the 26th of July Movement"
    clause = _clause(text, s, e)  # a future without a past in it: not "had spoken ... and intends to"
    future = bool(_FUTURE_WORDS.search(clause)) and not _PAST_WORDS.search(_TO_BE_DONE.sub("", clause))

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert = ctx._ref_year()
        if y is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        ref = ctx.reference
        if ref is not None and y == ref.year and mon - ref.month >= 9 and not future:
            y -= 1  # "in December" in a January report: last December (not "are to be elected in November")
        return [_mention(text, s, e, when=_ym(y, mon), cert=cert, relative=True)]

    return _Cand(s, e, 8, resolve)


def _h_relative_month(m: re.Match, text: str) -> _Cand | None:
    """last November, next March, this June -> the month before/after/of the reference."""
    mon_tok = m.group("m")
    if _is_lower(mon_tok):
        return None
    mon, rel = _month_num(mon_tok), m.group("rel").lower()
    s, e = m.start(), m.end("m")

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        ref = ctx.reference
        if ref is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        y = ref.year
        if rel == "last" and mon >= ref.month:
            y -= 1
        elif rel == "next" and mon <= ref.month:
            y += 1
        return [_mention(text, s, e, when=_ym(y, mon), cert="medium", relative=True)]

    return _Cand(s, e, 7, resolve)


def _range_or_list(text: str, start: int, sep: str) -> str:
    sep = sep.strip().lower()
    if sep == "and":
        return "range" if _BETWEEN_BEFORE.search(text, max(0, start - 12), start) else "list"
    return "range"


def _h_month_range(m: re.Match, text: str) -> _Cand | None:
    """June-August 1957, from June to August, between June and August 1957, November 1956 to March 1957."""
    m1_tok, y1_tok, m2_tok, y_tok, ry_tok = m.group("m1"), m.group("y1"), m.group("m2"), m.group("y"), m.group("ry")
    sep = m.group("sep").strip().lower()
    before = max(0, m.start() - 12)
    if sep == "and" and not _BETWEEN_BEFORE.search(text, before, m.start()):
        return None
    if not (y_tok or ry_tok):
        if sep not in ("and", "-", "\u2013", "\u2014") and not _FROM_BEFORE.search(text, before, m.start()):
            return None
        if _is_lower(m1_tok) or _is_lower(m2_tok):
            return None
    mon1, mon2 = _month_num(m1_tok), _month_num(m2_tok)
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y2, cert, rel = _year_of(ctx, y_tok, ry_tok)
        if y2 is None:
            return [_mention(text, s, e, cert="low", relative=rel)]
        y1 = int(_strip_brackets(y1_tok)) if y1_tok else (y2 - 1 if mon1 > mon2 else y2)
        if (y1, mon1) > (y2, mon2):
            return [_mention(text, s, e, cert="low", relative=rel)]
        if y_tok:
            ctx._note_year(y2)
        return [_mention(text, s, e, from_=_ym(y1, mon1), to=_ym(y2, mon2), cert=cert, relative=rel)]

    return _Cand(s, e, 3, resolve)


def _h_day_range(m: re.Match, text: str) -> _Cand | None:
    """16/17 August 1957, 1 through 15 August 1957, 24 May to 11 June 1956, 25 and 27 April 1989."""
    m1_tok, y1_tok = m.group("m1"), m.group("y1")
    m2_tok, y2_tok, ry_tok = m.group("m2"), m.group("y2"), m.group("ry")
    if not (y2_tok or ry_tok):
        for tok in (m1_tok, m2_tok):
            if tok and _strip_brackets(tok).lower().rstrip(".") in _AMBIGUOUS_MONTHS and _is_lower(tok):
                return None
    if not m1_tok and _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    mon2 = _month_num(m2_tok)
    mon1 = _month_num(m1_tok) if m1_tok else mon2
    kind = _range_or_list(text, m.start(), m.group("sep"))
    s, e = m.start(), m.end()
    e1 = m.end("d1") if not m1_tok else m.end("y1") if y1_tok else m.end("m1")
    s2 = m.start("d2")

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y2, cert, rel = _year_of(ctx, y2_tok, ry_tok)
        y1 = int(_strip_brackets(y1_tok)) if y1_tok else y2
        if kind == "list":
            c1 = "high" if y1_tok else cert
            return [
                _day_mention(ctx, text, s, e1, y1, mon1, d1, c1, rel and not y1_tok),
                _day_mention(ctx, text, s2, e, y2, mon2, d2, cert, rel),
            ]
        if y2 is None:
            return [_mention(text, s, e, cert="low", relative=rel)]
        a, b = _mk(y1, mon1, d1), _mk(y2, mon2, d2)
        if a is not None and b is not None and a > b and not y1_tok and mon1 > mon2:
            a = _mk(y2 - 1, mon1, d1)  # "24 December to 5 January 1957"
        if a is None or b is None or a > b:
            return [_mention(text, s, e, cert="low", relative=rel)]
        if y2_tok:
            ctx._note_year(y2)
        return [_mention(text, s, e, from_=a.isoformat(), to=b.isoformat(), cert=cert, relative=rel)]

    return _Cand(s, e, 0, resolve)


def _h_day_list(m: re.Match, text: str) -> _Cand | None:
    """3, 4 and 5 March 1957 -> one mention per day."""
    mon_tok, y_tok, ry_tok = m.group("m"), m.group("y"), m.group("ry")
    if not (y_tok or ry_tok) and _strip_brackets(mon_tok).lower().rstrip(".") in _AMBIGUOUS_MONTHS \
            and _is_lower(mon_tok):
        return None
    if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    mon = _month_num(mon_tok)
    s, e = m.start(), m.end()
    heads = [(s + x.start(), s + x.end(), int(x.group(1)))
             for x in re.finditer(r"([0-9]+)(?:st|nd|rd|th)?", text[s:m.start("dl")], re.IGNORECASE)]
    last = (m.start("dl"), e, int(m.group("dl")))

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert, rel = _year_of(ctx, y_tok, ry_tok)
        out = [_day_mention(ctx, text, a, b, y, mon, d, cert, rel) for a, b, d in heads]
        out.append(_day_mention(ctx, text, last[0], last[1], y, mon, last[2], cert, rel))
        return out

    return _Cand(s, e, 0, resolve)


def _h_mdy_range(m: re.Match, text: str) -> _Cand | None:
    """August 1-15, 1957; August 16/17, 1957; May 24 to June 11, 1956."""
    m1_tok, m2_tok, y_tok = m.group("m"), m.group("m2"), m.group("y")
    if not y_tok:
        for tok in (m1_tok, m2_tok):
            if tok and _strip_brackets(tok).lower().rstrip(".") in _AMBIGUOUS_MONTHS and _is_lower(tok):
                return None
    mon1 = _month_num(m1_tok)
    mon2 = _month_num(m2_tok) if m2_tok else mon1
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    kind = _range_or_list(text, m.start(), m.group("sep"))
    s, e = m.start(), m.end()
    e1, s2 = m.end("d1"), (m.start("m2") if m2_tok else m.start("d2"))

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert, rel = _year_of(ctx, y_tok, None)
        if kind == "list":
            return [_day_mention(ctx, text, s, e1, y, mon1, d1, cert, rel),
                    _day_mention(ctx, text, s2, e, y, mon2, d2, cert, rel)]
        if y is None:
            return [_mention(text, s, e, cert="low", relative=rel)]
        a, b = _mk(y, mon1, d1), _mk(y, mon2, d2)
        if a is None or b is None or a > b:
            return [_mention(text, s, e, cert="low", relative=rel)]
        if y_tok:
            ctx._note_year(y)
        return [_mention(text, s, e, from_=a.isoformat(), to=b.isoformat(), cert=cert, relative=rel)]

    return _Cand(s, e, 1, resolve)


def _bare_year_ok(text: str, s: int, e: int) -> bool:
    """A 4-digit number reads as a year unless an identifier cue precedes or a unit follows it."""
    if _NUMBER_CUE.search(text, max(0, s - 16), s):
        return False
    if _UNIT_AFTER.match(text, e):
        return False
    if _AMOUNT_AROUND.search(text, max(0, s - 5), s):  # "1 958" (digit groups)
        return False
    if _DIGIT_GROUP_AFTER.match(text, e):
        return False
    return True


def _h_year_range(m: re.Match, text: str) -> _Cand | None:
    """1956-1957, 1956–57, 1956/57 (consecutive), from 1956 to 1958, 1957 to 1961, between 1956 and 1958."""
    y1 = int(m.group("y1"))
    y2_tok = m.group("y2")
    y2 = int(y2_tok) if len(y2_tok) == 4 else (y1 // 100) * 100 + int(y2_tok)
    sep = m.group("sep").strip().lower()
    if y2 <= y1 or y2 - y1 > 100:
        return None
    if sep == "/" and y2 != y1 + 1:
        return None
    if sep == "and" and not _BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if sep == "to" and not _FROM_BEFORE.search(text, max(0, m.start() - 12), m.start()) and y2 - y1 > 30:
        return None  # "the plan of 1957 to 1961", "the years 1954 to 1957"; a longer span needs "from"
    s, e = m.start(), m.end()
    if not _bare_year_ok(text, s, e):
        return None

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        ctx._note_year(y2)
        return [_mention(text, s, e, from_=f"{y1:04d}", to=f"{y2:04d}", cert="high")]

    return _Cand(s, e, 5, resolve)


def _h_decade(m: re.Match, text: str) -> _Cand | None:
    """the 1950s -> 1950..1959."""
    y = int(m.group("y"))
    s, e = m.start(), m.end()
    if _NUMBER_CUE.search(text, max(0, s - 16), s):
        return None

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_mention(text, s, e, from_=f"{y:04d}", to=f"{y + 9:04d}", cert="high")]

    return _Cand(s, e, 6, resolve)


def _h_historical_year(m: re.Match, text: str) -> _Cand | None:
    """in 1855, the conventions of 1887 and 1895: a year of the past that does not become the
    reference year of the dates after it."""
    s, e = m.start("y"), m.end("y")
    if not _bare_year_ok(text, s, e):
        return None
    y = int(m.group("y"))

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_mention(text, s, e, when=f"{y:04d}", cert="high")]

    return _Cand(s, e, 7, resolve)


def _h_bare_year(m: re.Match, text: str) -> _Cand | None:
    """in 1958, since 1954 (1900-2099, not identifiers or amounts)."""
    s, e = m.start(), m.end()
    if not _bare_year_ok(text, s, e):
        return None
    y = int(m.group("y"))

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        ctx._note_year(y)
        return [_mention(text, s, e, when=f"{y:04d}", cert="high")]

    return _Cand(s, e, 7, resolve)


#: A capitalised word right before "Today" in mid-sentence: the two are a title.
_TITLE_WORD_BEFORE = re.compile(r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )"
                                r"(?:[A-Z][a-z]+|[A-Z]{2,}) $")
_DEICTIC_DAY = {
    "today": 0, "to-day": 0, "tonight": 0, "to-night": 0,
    "tomorrow": 1, "to-morrow": 1, "yesterday": -1,
}


def _h_deictic_day(m: re.Match, text: str) -> _Cand | None:
    """today, tomorrow, yesterday, the day after tomorrow, the day before yesterday, the day before."""
    w = " ".join(m.group(0).lower().split())
    if w == "the day before":
        off = -1  # alone: the day before the day of the text ("He added that the day before he had spoken")
    elif w.startswith("the day after"):
        off = 2
    elif w.startswith("the day before"):
        off = -2
    else:
        off = _DEICTIC_DAY[w]
    if m.group(0) == "Today" and _TITLE_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # a paper's or a programme's name: "Bulletin Today", "USA Today"
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        ref = ctx.reference
        if ref is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        return [_mention(text, s, e, when=(ref + timedelta(days=off)).isoformat(), cert="medium", relative=True)]

    return _Cand(s, e, 9, resolve)


def _h_anaphor_day(m: re.Match, text: str) -> _Cand | None:
    """the same day, that day, that same day, the next/following/previous day."""
    w = m.group(0).lower()
    off = 1 if ("next" in w or "following" in w) else -1 if "previous" in w else 0
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        d, cert = ctx._anaphor_date()
        if d is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        return [_mention(text, s, e, when=(d + timedelta(days=off)).isoformat(), cert=cert, relative=True)]

    return _Cand(s, e, 9, resolve)


def _h_rel_year(m: re.Match, text: str) -> _Cand | None:
    """this year, last year, next year, the current year, the same/previous/following year."""
    w = m.group(0)
    first = w.split()[0].lower()
    if first in ("last", "next") and _THE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None  # "the last year" / "the next year" are durations
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert = ctx._rel_year(w)
        if y is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        return [_mention(text, s, e, when=f"{y:04d}", cert=cert, relative=True)]

    return _Cand(s, e, 9, resolve)


def _h_rel_month(m: re.Match, text: str) -> _Cand | None:
    """this month, last month, next month, the same/previous/following month."""
    w = m.group(0)
    words = w.lower().split()
    key = words[-2]
    if key in ("last", "next") and _THE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None
    off = {"this": 0, "current": 0, "same": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[key]
    anaphoric = key in ("same", "previous", "following")
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        base, cert = (ctx._anaphor_date() if anaphoric else (ctx.reference, "medium"))
        if base is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        y, mo = _shift_month(base.year, base.month, off)
        return [_mention(text, s, e, when=_ym(y, mo), cert=cert, relative=True)]

    return _Cand(s, e, 9, resolve)


def _h_day_of_relmonth(m: re.Match, text: str) -> _Cand | None:
    """the 5th of this month."""
    day = int(m.group("d"))
    key = m.group("rm").lower().split()[-2]
    off = {"this": 0, "current": 0, "same": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[key]
    anaphoric = key in ("same", "previous", "following")
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        base, cert = (ctx._anaphor_date() if anaphoric else (ctx.reference, "medium"))
        if base is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        y, mo = _shift_month(base.year, base.month, off)
        return [_day_mention(ctx, text, s, e, y, mo, day, cert, True)]

    return _Cand(s, e, 1, resolve)


def _h_telegram_of_the_nth(m: re.Match, text: str) -> _Cand | None:
    """A telegram named by its seat and number: "Monrovia 2688 of the 23rd" (not "Article 12 of the 5th")."""
    return None if is_english(m.group("seat")) else _h_on_the_nth(m, text)


def _h_on_the_nth(m: re.Match, text: str) -> _Cand | None:
    """on (by, until, since, from, the afternoon of) the 5th -> the 5th of the reference month;
    so are the days listed after it ("on the 6th, the 11th and the 19th")."""
    days = [(int(m.group("d")), m.start("d"), m.end("d") + len(_ORD_RE.match(text, m.end("d")).group()))]
    more = m.groupdict().get("more")
    if more:
        base = m.start("more")
        days += [(int(x.group(1)), base + x.start(1), base + x.end()) for x in _LISTED_DAY.finditer(more)]

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        ref = ctx.reference
        if ref is None:
            return [_mention(text, s, e, cert="low", relative=True) for _, s, e in days]
        out = []
        for day, s, e in days:
            year, month = ref.year, ref.month
            last = ctx.last_date  # "On 29 May ... a strike for the 31st" in a report of 14 June: no 31 June, so May
            if _mk(year, month, day) is None and last is not None and last < ref and (ref - last).days <= 45 \
                    and day > last.day and _mk(last.year, last.month, day) is not None:
                year, month = last.year, last.month
            out.append(_day_mention(ctx, text, s, e, year, month, day, "medium", True))
        return out

    return _Cand(days[0][1], m.end(), 10, resolve)


_UNIT_WORD_BEFORE = re.compile(r"(?:Division|Army|Corps|Regiment|Brigade|Fleet|Battalion|Squadron|Century|Anniversary"
                               r"|Congress|Floor|Round|Games|Festival)[^\S\n]+$")


def _h_named_text_of_the_nth(m: re.Match, text: str) -> _Cand | None:
    """A name's "of the 15th" at the end of a sentence: "his reservations in Scînteia of the 15th.",
    "the agenda of the Political Committee of the 20th." (not "the Division of the 5th.")."""
    word = re.search(r"(\S+)[^\S\n]+of[^\S\n]+the[^\S\n]+$", text[max(0, m.start() - 40):m.start("d")])
    if word is None or not word.group(1)[:1].isupper() or _UNIT_WORD_BEFORE.search(text, 0, m.start() + 1):
        return None
    return _h_on_the_nth(m, text)


#: Words that put a clause in the future ("he will come on Sunday", "would call on Monday")
#: or in the past ("he called on Wednesday", "had arrived on Monday").
_FUTURE_WORDS = re.compile(r"\b(?:will|would|shall|'ll|going to|is to|are to|plans? to|intends? to"
                           r"|expects? to|(?:is|are) expected|scheduled)\b", re.IGNORECASE)
_PAST_WORDS = re.compile(r"\b(?:had|was|were|did|came|went|said|told|met|left|gave|took|saw|spoke|sent|held"
                         r"|began|brought|made|wrote|paid|[a-z]{2,}[^e\W]ed)\b", re.IGNORECASE)


#: A passive infinitive, whose participle is no past tense: "are to be elected".
_TO_BE_DONE = re.compile(r"\bto\s+be\s+\w+", re.IGNORECASE)


def _clause(text: str, s: int, e: int) -> str:
    """The clause around ``text[s:e]`` (between commas, stops and line ends), without it."""
    a = max(text.rfind(c, 0, s) for c in ".;!?,\n") + 1
    b = min((i for i in (text.find(c, e) for c in ".;!?,\n") if i >= 0), default=len(text))
    return text[a:s] + " " + text[e:b]


def _clause_tense(text: str, s: int, e: int) -> str | None:
    """"future" or "past" for the clause around ``text[s:e]`` when its verbs say so, else None."""
    clause = _clause(text, s, e)
    if _FUTURE_WORDS.search(clause):
        return "future"
    return "past" if _PAST_WORDS.search(clause) else None


def _h_weekday(m: re.Match, text: str) -> _Cand | None:
    """on Monday (nearest), last Monday, next Monday."""
    mod = (m.group("mod") or "").lower()
    wd = _WEEKDAYS[m.group("wd").lower()[:3]]
    s = m.start() if mod in ("last", "next", "this", "coming", "past") else m.start("wd")
    e = m.end()
    tense = _clause_tense(text, s, e)

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        ref = ctx.reference
        if ref is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        fwd = (wd - ref.weekday()) % 7
        if mod in ("last", "past"):
            delta, cert = (fwd - 7 if fwd else -7), "medium"
        elif mod in ("next", "coming"):
            delta, cert = (fwd if fwd else 7), "medium"
        elif tense == "future":
            delta, cert = (fwd if fwd else 7), "low"
        elif tense == "past":
            delta, cert = (fwd - 7 if fwd else 0), "low"
        else:
            delta, cert = (fwd if fwd <= 3 else fwd - 7), "low"
        return [_mention(text, s, e, when=(ref + timedelta(days=delta)).isoformat(), cert=cert, relative=True)]

    return _Cand(s, e, 11, resolve)


# --------------------------------------------------------------------------------------------------
# Patterns (compiled once)
# --------------------------------------------------------------------------------------------------

#: The months of the Iranian (Solar Hijri) calendar, as Persian documents' translations write them, and
#: the Afghan (Dari) names of the same months, the signs of the zodiac ("7 Saur", "26 Dalw 1367").
_PERSIAN_MONTHS = {"farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
                   "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "dei": 10, "bahman": 11,
                   "esfand": 12, "isfand": 12,
                   "hamal": 1, "saur": 2, "sawr": 2, "jawza": 3, "jauza": 3, "saratan": 4, "asad": 5,
                   "sunbula": 6, "sonbola": 6, "mizan": 7, "aqrab": 8, "qaws": 9, "qaus": 9, "jadi": 10,
                   "jaddi": 10, "dalw": 11, "dalv": 11, "hut": 12, "hoot": 12}
_PERSIAN_MONTH = "(?:" + "|".join(m.capitalize() for m in sorted(_PERSIAN_MONTHS, key=len, reverse=True)) + ")"


def persian_to_gregorian(jy: int, jm: int, jd: int) -> date | None:
    """The Gregorian date of day ``jd`` of month ``jm`` of Solar Hijri year ``jy`` ("22 Bahman 1357" is
    1979-02-11), by the arithmetic of the 33-year cycle; None for a day that does not exist."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        return None
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd \
        + ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186)
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    return date(gy, 1, 1) + timedelta(days=days)


def _year_nearest(ref: date, years, to_gregorian, month: int, day: int) -> int | None:
    """Of ``years`` of another calendar, the one whose ``day`` of ``month`` (in the Gregorian calendar by
    ``to_gregorian``) falls nearest the reference date ``ref``; None if the day is in none of them."""
    options = [(abs((g - ref).days), y) for y in years if (g := to_gregorian(y, month, day)) is not None]
    return min(options)[1] if options else None


def _h_persian(m: re.Match, text: str) -> _Cand | None:
    """A day (or days) of the Iranian calendar: "22 Bahman 1357", "8 Farvardin", "10 to 11 Farvardin 1358";
    without a year, the Solar Hijri year that puts the day nearest the reference date."""
    mon = _PERSIAN_MONTHS[m.group("m").lower()]
    d1, d2 = int(m.group("d1")), int(m.group("d2") or 0)
    jy = int(m.group("y")) if m.group("y") else None
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        year, cert = jy, "high"
        if year is None:
            ref = ctx.reference
            if ref is None:
                return [_mention(text, s, e, cert="low", relative=True)]
            year, cert = _year_nearest(ref, (ref.year - 622, ref.year - 621), persian_to_gregorian, mon, d1), "medium"
            if year is None:
                return [_mention(text, s, e, cert="low", relative=True)]
        a = persian_to_gregorian(year, mon, d1)
        b = persian_to_gregorian(year, mon, d2) if d2 else None
        if a is None or d2 and (b is None or b < a):
            return [_mention(text, s, e, cert="low", relative=jy is None)]
        if b is not None:
            return [_mention(text, s, e, from_=a.isoformat(), to=b.isoformat(), cert=cert, relative=jy is None)]
        return [_mention(text, s, e, when=a.isoformat(), cert=cert, relative=jy is None)]

    return _Cand(s, e, 0, resolve)


def _h_persian_month_year(m: re.Match, text: str) -> _Cand | None:
    """A month of the Iranian or Afghan calendar with its year: "Sunbula 1348", "Bahman 1357" (its days)."""
    mon, jy = _PERSIAN_MONTHS[m.group("m").lower()], int(m.group("y"))
    first = persian_to_gregorian(jy, mon, 1)
    after = persian_to_gregorian(jy + (mon == 12), mon % 12 + 1, 1)
    if first is None or after is None:
        return None
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_mention(text, s, e, from_=first.isoformat(), to=(after - timedelta(days=1)).isoformat(), cert="high",
                         relative=False)]

    return _Cand(s, e, 1, resolve)


#: The months of the Islamic (Hijri) calendar in the spellings translations use ("3 Sha'ban 1407",
#: "14 Dhu al-Qa'da 1408", "11 Rabi' al-Awwal 1405"), compared without apostrophes, hyphens and case.
_HIJRI_MONTHS = {
    **dict.fromkeys(("muharram",), 1), **dict.fromkeys(("safar",), 2),
    **dict.fromkeys(("rabi al awwal", "rabi al-awwal", "rabi ul awwal", "rabi i", "rabi al-awal", "rabia al awwal"), 3),
    **dict.fromkeys(("rabi al thani", "rabi al akhir", "rabi ul akhir", "rabi ii", "rabi al-thani", "rabia al thani"), 4),
    **dict.fromkeys(("jumada al ula", "jumada al awwal", "jumada i", "jumada al-ula", "jumada al-awwal"), 5),
    **dict.fromkeys(("jumada al akhira", "jumada al thani", "jumada ii", "jumada al-akhira", "jumada al-thani"), 6),
    **dict.fromkeys(("rajab",), 7), **dict.fromkeys(("shaban", "shaaban"), 8), **dict.fromkeys(("ramadan", "ramazan"), 9),
    **dict.fromkeys(("shawwal",), 10),
    **dict.fromkeys(("dhu al qada", "dhul qada", "dhu al qida", "dhul qadah", "dhu al qadah", "zul qada"), 11),
    **dict.fromkeys(("dhu al hijja", "dhul hijja", "dhu al hijjah", "dhul hijjah", "zul hijja"), 12),
}
_APOSTROPHES = "'’ʿʾ`"
_HIJRI_MONTH = (r"(?:Muharram|Safar|Rabi[" + _APOSTROPHES + r"]?a?[ -](?:al|ul)[ -](?:Awwal|Awal|Thani|Akhir)|Rabi[ ](?:I|II)"
                r"|Jumada[ -](?:al|ul)[ -](?:Ula|Awwal|Akhira|Thani)|Jumada[ ](?:I|II)|Rajab|Sha[a" + _APOSTROPHES
                + r"]?ban|Rama[dz]an|Shawwal|Dhu[ -]?(?:al|l)?[ -]?Q[ai][" + _APOSTROPHES + r"]?dah?"
                r"|Dhu[ -]?(?:al|l)?[ -]?Hijjah?|Zul[ -](?:Qada|Hijja))")


def _hijri_month(name: str) -> int | None:
    key = " ".join(name.translate({ord(c): None for c in _APOSTROPHES}).replace("-", " ").lower().split())
    return _HIJRI_MONTHS.get(key) or _HIJRI_MONTHS.get(key.replace("dhu l ", "dhul ").replace("dhu al ", "dhul "))


def hijri_to_gregorian(hy: int, hm: int, hd: int) -> date | None:
    """The Gregorian date of day ``hd`` of month ``hm`` of Hijri year ``hy`` by the arithmetical
    (tabular) Islamic calendar ("3 Sha'ban 1407" is 1987-04-03); an office's calendar, set by the
    moon, may differ by a day. None for a day that does not exist."""
    if not (1 <= hm <= 12 and 1 <= hd <= 30 and hy >= 1):
        return None
    days = hd + -(-(295 * (hm - 1)) // 10) + (hy - 1) * 354 + (3 + 11 * hy) // 30  # ceil(29.5 * (hm - 1))
    return date(622, 7, 19) + timedelta(days=days - 1)  # day 1 of Muharram of year 1, Gregorian proleptic


def _h_hijri(m: re.Match, text: str) -> _Cand | None:
    """A day of the Islamic calendar: "3 Sha'ban 1407", "the 10th of Dhu al-Qa'da", "7 Rajab"; without a
    year, the Hijri year that puts the day nearest the reference date."""
    mon = _hijri_month(m.group("m"))
    if mon is None:
        return None
    return _day_of_calendar(m, mon, hijri_to_gregorian, _hijri_years_near)


def _hijri_years_near(ref: date) -> range:
    """The Hijri years one of which holds a given day of the year around ``ref``."""
    guess = round((ref.year - 622) * 33 / 32)
    return range(guess - 1, guess + 3)


def _day_of_calendar(m: re.Match, month: int, to_gregorian, years) -> _Cand:
    """A day of another calendar, groups "d" and (perhaps) "y" of ``m`` in month ``month``: its Gregorian
    day by ``to_gregorian``; without a year, of the one of ``years(reference)`` that puts the day nearest
    the reference date (see :func:`_year_nearest`)."""
    day = int(m.group("d"))
    given = int(m.group("y")) if m.group("y") else None
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        year, cert = given, "high"
        if year is None:
            ref = ctx.reference
            if ref is None:
                return [_mention(text, s, e, cert="low", relative=True)]
            year, cert = _year_nearest(ref, years(ref), to_gregorian, month, day), "medium"
            if year is None:
                return [_mention(text, s, e, cert="low", relative=True)]
        g = to_gregorian(year, month, day)
        if g is None:
            return [_mention(text, s, e, cert="low", relative=given is None)]
        return [_mention(text, s, e, when=g.isoformat(), cert=cert, relative=given is None)]

    return _Cand(s, e, 0, resolve)


#: The first year of each Japanese era, less one: "Showa 35" is 1925 + 35 = 1960.
_JAPANESE_ERAS = {"meiji": 1867, "taisho": 1911, "taishō": 1911, "showa": 1925, "shōwa": 1925, "heisei": 1988}


def _full_day(s: int, e: int, y: int, m: int, d: int, keep_end: bool = False) -> _Cand | None:
    """A span that names one day in full, year, month and day known (an era's, a calendar's, another
    language's); None if there is no such day. ``keep_end``: the span's last character (a dot) stays."""
    try:
        day = date(y, m, d)
    except (TypeError, ValueError):
        return None

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        found = _day_mention(ctx, text, s, e, day.year, day.month, day.day, "high", False)
        return [replace(found, end=e, surface=text[found.start:e]) if keep_end else found]

    return _Cand(s, e, 0, resolve)


def _fixed_value(s: int, e: int, when: str) -> _Cand:
    """A span whose value is known without the document's date: a year, a month of a year."""
    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        return [_mention(text, s, e, when=when, cert="high")]

    return _Cand(s, e, 0, resolve)


def _h_japanese_era(m: re.Match, text: str) -> _Cand | None:
    """A year (or day) of a Japanese era: "Showa 36", "Showa 35.9.22" (year.month.day)."""
    year = _JAPANESE_ERAS[m.group("era").lower()] + int(m.group("y"))
    if m.group("d"):
        return _full_day(m.start(), m.end(), year, int(m.group("m")), int(m.group("d")))
    return _fixed_value(m.start(), m.end(), str(year))


#: Ukrainian month names in the genitive, transliterated and in Cyrillic: "12 lypnia 1988 r.", "7 lypnia".
_UKRAINIAN_MONTHS = {
    **dict.fromkeys(("sichnia", "sichnya", "січня"), 1), **dict.fromkeys(("liutoho", "lyutoho", "лютого"), 2),
    **dict.fromkeys(("bereznia", "bereznya", "березня"), 3), **dict.fromkeys(("kvitnia", "kvitnya", "квітня"), 4),
    **dict.fromkeys(("travnia", "travnya", "травня"), 5), **dict.fromkeys(("chervnia", "chervnya", "червня"), 6),
    **dict.fromkeys(("lypnia", "lypnya", "липня"), 7), **dict.fromkeys(("serpnia", "serpnya", "серпня"), 8),
    **dict.fromkeys(("veresnia", "veresnya", "вересня"), 9), **dict.fromkeys(("zhovtnia", "zhovtnya", "жовтня"), 10),
    **dict.fromkeys(("lystopada", "листопада"), 11), **dict.fromkeys(("hrudnia", "hrudnya", "грудня"), 12),
}
#: Month names that say a date after a day even without a year: Slavic genitives ("7 lypnia", "22 lipca") and
#: Turkish months ("1 Mayıs", "1 Mayis", May Day in Istanbul).
_DAY_MONTH_NAMES = "|".join(sorted(
    [*_UKRAINIAN_MONTHS, "stycznia", "lutego", "kwietnia", "czerwca", "lipca", "sierpnia", "września", "wrzesnia",
     "października", "pazdziernika", "listopada", "grudnia", "yanvarya", "fevralya", "aprelya", "iyunya", "iyulya",
     "avgusta", "sentyabrya", "oktyabrya", "noyabrya", "dekabrya",
     "ocak", "şubat", "subat", "nisan", "mayıs", "mayis", "haziran", "temmuz", "ağustos", "agustos", "eylül", "eylul",
     "ekim", "kasım", "kasim", "aralık", "aralik"], key=len, reverse=True))
#: Lithuanian month names in the genitive, in the Lithuanian order: "1973 m. rugsėjo 8 d." (year, month, day).
_LITHUANIAN_MONTHS = {"sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
                      "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12}


#: Months of the Hebrew calendar as translations write them, by pyluach's numbers (Nisan 1 ... Adar 12, Adar II 13).
_HEBREW_MONTHS = {"nisan": 1, "iyar": 2, "iyyar": 2, "sivan": 3, "tammuz": 4, "tamuz": 4, "av": 5, "ab": 5, "elul": 6,
                  "tishrei": 7, "tishri": 7, "heshvan": 8, "cheshvan": 8, "marheshvan": 8, "marcheshvan": 8,
                  "kislev": 9, "tevet": 10, "teveth": 10, "shevat": 11, "shvat": 11, "adar": 12, "adar i": 12,
                  "adar ii": 13}


def _h_hebrew(m: re.Match, text: str) -> _Cand | None:
    """A day of the Hebrew calendar with its year: "24 Tevet 5709" (25 January 1949), "19 Av 5724"; converted
    by pyluach, the calendar's arithmetic (molad and postponements) being a library's job."""
    from pyluach import dates as hebrew

    try:
        day = hebrew.HebrewDate(int(m.group("y")), _HEBREW_MONTHS[" ".join(m.group("m").lower().split())],
                                int(m.group("d"))).to_pydate()
    except ValueError:
        return None
    return _full_day(m.start(), m.end(), day.year, day.month, day.day)


def _h_lithuanian_ymd(m: re.Match, text: str) -> _Cand | None:
    """A Lithuanian date, year first: "1973 m. rugsėjo 8 d." (metai, month, diena, with their dots)."""
    return _full_day(m.start(), m.end(), int(m.group("y")), _LITHUANIAN_MONTHS[m.group("m").lower()],
                     int(m.group("d")), keep_end=True)


#: Month names of the languages archive translations quote dates in, with a day and a year: Spanish and
#: Portuguese ("5 de abril de 1976"), French ("le 19 mars 1962"), Italian, German ("17. Juni 1953")
#: and Turkish ("27 Mayıs 1960"), and Slavic genitives below. Names spelt as in English are left to the English
#: patterns. ("listopada" is November, as in Polish; in Croatian it is October.)
_FOREIGN_MONTHS = {
    **dict.fromkeys(("enero", "janeiro", "janvier", "gennaio", "januar", "jänner", "ocak"), 1),
    **dict.fromkeys(("febrero", "fevereiro", "février", "fevrier", "febbraio", "februar", "şubat", "subat"), 2),
    **dict.fromkeys(("marzo", "março", "marco", "mars", "märz", "maerz", "mart"), 3),
    **dict.fromkeys(("abril", "avril", "aprile", "nisan"), 4),
    **dict.fromkeys(("mayo", "maio", "mai", "maggio", "mayıs", "mayis"), 5),
    **dict.fromkeys(("junio", "junho", "juin", "giugno", "juni", "haziran"), 6),
    **dict.fromkeys(("julio", "julho", "juillet", "luglio", "juli", "temmuz"), 7),
    **dict.fromkeys(("agosto", "août", "aout", "ağustos", "agustos"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "septembre", "settembre", "eylül", "eylul"), 9),
    **dict.fromkeys(("octubre", "outubro", "octobre", "ottobre", "oktober", "ekim"), 10),
    **dict.fromkeys(("noviembre", "novembro", "novembre", "kasım", "kasim"), 11),
    **dict.fromkeys(("diciembre", "dezembro", "décembre", "decembre", "dicembre", "dezember", "aralık", "aralik"), 12),
    # Polish, Czech and Russian (transliterated) in the genitive: "22 lipca 1944", "9 května 1945", "7 noyabrya 1917"
    **dict.fromkeys(("stycznia", "ledna", "yanvarya", "января"), 1),
    **dict.fromkeys(("lutego", "února", "unora", "fevralya", "февраля"), 2),
    **dict.fromkeys(("marca", "března", "brezna", "marta", "марта"), 3),
    **dict.fromkeys(("kwietnia", "dubna", "aprelya", "апреля"), 4),
    **dict.fromkeys(("maja", "května", "kvetna", "maya", "мая"), 5),
    **dict.fromkeys(("czerwca", "června", "cervna", "iyunya", "июня"), 6),
    **dict.fromkeys(("lipca", "července", "cervence", "iyulya", "июля"), 7),
    **dict.fromkeys(("sierpnia", "srpna", "avgusta", "августа"), 8),
    **dict.fromkeys(("września", "wrzesnia", "září", "zari", "sentyabrya", "сентября"), 9),
    **dict.fromkeys(("października", "pazdziernika", "října", "rijna", "oktyabrya", "октября"), 10),
    **dict.fromkeys(("listopada", "listopadu", "noyabrya", "ноября"), 11),
    **dict.fromkeys(("grudnia", "prosince", "dekabrya", "декабря"), 12),
    **_UKRAINIAN_MONTHS,
}
_FOREIGN_MONTH = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))


def _h_foreign_dmy(m: re.Match, text: str) -> _Cand | None:
    """A day, a month and a year in another language: "5 de abril de 1976", "17. Juni 1953"."""
    month = _FOREIGN_MONTHS.get(m.group("m").lower()) or _month_num(m.group("m"))  # "13. August 1961"
    return _full_day(m.start(), m.end(), int(m.group("y")), month, int(m.group("d")))


def _h_ymd_dots(m: re.Match, text: str) -> _Cand | None:
    """A day in the Chinese order with dots: "1959.7.23", "received 1960.12.6"."""
    return _full_day(m.start(), m.end(), int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _h_german_dm(m: re.Match, text: str) -> _Cand | None:
    """A day and a month in German, the day with its dot and no year: "20. Oktober"; in Spanish or
    Portuguese: "25 de Abril"."""
    month = _FOREIGN_MONTHS.get(m.group("m").lower()) or _month_num(m.group("m"))
    day = int(m.group("d"))
    s, e = m.start(), m.end()

    def resolve(ctx: DateContext, text: str) -> list[DateMention]:
        y, cert = ctx._ref_year()
        if y is None:
            return [_mention(text, s, e, cert="low", relative=True)]
        return [_day_mention(ctx, text, s, e, y, month, day, cert, True)]

    return _Cand(s, e, 0, resolve)


#: Hungarian month names, in the Hungarian order: year, month, day ("1956. október 23.").
_HUNGARIAN_MONTHS = {"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
                     "augusztus": 8, "szeptember": 9, "október": 10, "november": 11, "december": 12}


def _h_hungarian_ymd(m: re.Match, text: str) -> _Cand | None:
    """A Hungarian date, year first, with its dots: "1956. október 23.", "1949. IX. 29." (a stamp)."""
    mon = m.group("m")
    month = _ROMAN.get(mon) if mon.isupper() else _HUNGARIAN_MONTHS.get(mon.lower())
    # the day's dot is the date's
    return _full_day(m.start(), m.end(), int(m.group("y")), month, int(m.group("d")), keep_end=True)


#: Thai documents count years of the Buddhist era (B.E.): B.E. 2508 is 1965.
_BUDDHIST_ERA_OFFSET = 543
#: The Republic of China counts years from 1912: its 44th year is 1955.
_ROC_FIRST_YEAR = 1911


def _h_buddhist_era(m: re.Match, text: str) -> _Cand | None:
    """A year of the Buddhist era, alone or after a day and month: "B.E. 2508", "20 August B.E. 2508"."""
    year = int(m.group("y")) - _BUDDHIST_ERA_OFFSET
    if m.group("m"):
        return _full_day(m.start(), m.end(), year, _month_num(m.group("m")), int(m.group("d")))
    return _fixed_value(m.start(), m.end(), str(year))


def _h_era_year(m: re.Match, text: str) -> _Cand | None:
    """A year counted from the Republic of China or a Japanese era, written out, perhaps after a day
    and a month: "the 44th year of the Republic" (1955), "4 August of the 42nd year of Showa"
    (1967-08-04), "September of the 20th year of Showa" (1945-09); without the leading "the"."""
    era = (m.group("era") or m.group("era2")).lower()
    year = (_ROC_FIRST_YEAR if era == "republic" else _JAPANESE_ERAS[era]) + int(m.group("y"))
    if m.group("d"):
        return _full_day(m.start("d"), m.end(), year, _month_num(m.group("m")), int(m.group("d")))
    if m.group("m"):
        return _fixed_value(m.start("m"), m.end(), f"{year}-{_month_num(m.group('m')):02d}")
    return _fixed_value(m.start("n"), m.end(), str(year))


_F = re.IGNORECASE
#: An undotted month's abbreviation, capitalised as a month is (not "Mar"), after a preposition that
#: makes it one: "on Oct 14", "the elections of Dec 7".
_ABBR_AFTER_PREPOSITION = (r"(?:(?<=\bon )|(?<=\bby )|(?<=\bsince )|(?<=\buntil )|(?<=\btill )|(?<=\bfrom )"
                           r"|(?<=\bbefore )|(?<=\bafter )|(?<=\bof )|(?<=\bthrough ))"
                           r"(?P<m>(?-i:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))")
_MONTH_LEAD = r"(?=[adfjmnos\[])"  # cheap first-character filter for patterns that start with a month
_Y_OR_REL = rf"(?:,?{_WS}(?P<y>{_YEAR_B})|,?\s+(?:of\s+)?(?P<ry>{_RELYEAR}))"
_SEP = r"(?P<sep>[^\S\n]*[/\-\u2013\u2014][^\S\n]*|\s+(?:through|thru|to|till|until|and)\s+)"

_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match, str], _Cand | None]]] = [
    # the Iranian calendar: 22 Bahman 1357, 10 to 11 Farvardin 1358 (the month capitalised)
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d1>{_DAY})(?:{_ORD})?(?:(?:[^\S\n]*[\-\u2013][^\S\n]*|\s+(?:to|and)\s+)"
                rf"(?P<d2>{_DAY})(?:{_ORD})?)?(?:(?<=st|nd|rd|th)[^\S\n]+of)?\s+(?P<m>{_PERSIAN_MONTH})(?![\w])(?:,?[^\S\n]+(?P<y>1[23][0-9]{{2}})(?![0-9]))?"),
     _h_persian),
    # day-first: 7 October 1957 / 4th of April 1972 / 22 [November] / 24 October this year
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})(?:{_ORD})?(?:\s+of)?\s+(?P<m>{_MON}){_Y_OR_REL}?", _F),
     _h_dmy),
    # month-first: October 7, 1957
    (re.compile(
        rf"{_MONTH_LEAD}(?<![\w\[])(?P<m>{_MON_MF})\s+(?P<d>{_DAY})(?:{_ORD})?(?![0-9]|[.:,][0-9]|[a-z])"
        rf"(?:,?\s+(?P<y>{_YEAR_B})|,?\s+(?:of\s+)?(?P<ry>{_RELYEAR}))?", _F),
     _h_mdy),
    # month-first with an undotted abbreviation, only with a year: "Oct 28 1953", "DEC 2, 1971" (stamps)
    (re.compile(rf"{_MONTH_LEAD}(?<![\w\[])(?P<m>{_MONTH_ABBR})[^\S\n]+(?P<d>{_DAY})(?:{_ORD})?,?[^\S\n]+"
                rf"(?P<y>{_YEAR_B})(?P<ry>(?!))?", _F),
     _h_mdy),
    # without a year after a preposition, capitalised as a month is: "replied on Oct 14 that", "the elections
    # of Dec 7" (not "Mar")
    (re.compile(rf"{_ABBR_AFTER_PREPOSITION}[^\S\n]+(?P<d>{_DAY})(?:{_ORD})?(?![0-9]|[.:,\-\u2013][0-9]|[a-z])"
                r"(?P<y>(?!))?(?P<ry>(?!))?", _F),
     _h_mdy),
    # the same with a range of days: "the events of Jan 10-11"
    (re.compile(rf"{_ABBR_AFTER_PREPOSITION}[^\S\n]+(?P<d1>{_DAY})(?:{_ORD})?(?P<sep>[\-\u2013])(?P<m2>(?!))?(?P<d2>{_DAY})"
                rf"(?:{_ORD})?(?![0-9]|[.:,][0-9]|[a-z])(?P<y>(?!))?", _F),
     _h_mdy_range),
    # a chronology's entry opening its line with an abbreviated month and a day: "-- Sept 3: Ecevit tells ..."
    (re.compile(r"(?:^|(?<=\n)|(?<=\n-- )|(?<=\n- )|(?<=\n\u2013 )|(?<=\n\u2014 )|(?<=\n\u2022 )|(?<=^-- )|(?<=^- )"
                r"|(?<=^\u2013 )|(?<=^\u2014 )|(?<=^\u2022 ))(?P<m>(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov"
                rf"|Dec))\.?[^\S\n]+(?P<d>{_DAY})(?:{_ORD})?(?=[^\S\n]*(?::|--|\u2013|\u2014))(?P<y>(?!))?(?P<ry>(?!))?"),
     _h_mdy),
    # 1972 April 4
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y>{_YEAR}),?\s+(?P<m>{_MONTH_ANY})\s+(?P<d>{_DAY})(?:{_ORD})?"
                rf"(?![0-9]|[.:,][0-9]|[a-z])", _F),
     _h_ymd),
    # ISO 1957-10-07
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y>1[5-9][0-9][0-9]|20[0-9][0-9])-(?P<m>0[1-9]|1[0-2])"
                rf"-(?P<d>0[1-9]|[12][0-9]|3[01])"
                rf"{_NUM_END}", _F),
     _h_ymd),
    # a day of the Islamic calendar: 3 Sha'ban 1407, the 10th of Dhu al-Qa'da, 7 Rajab (a month's name
    # that is also a man's, Ramadan, only with its year)
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})(?:{_ORD})?(?:[^\S\n]+of)?[^\S\n]+(?P<m>{_HIJRI_MONTH})(?![\w'’])"
                rf"(?:,?[^\S\n]+(?P<y>1[2-4][0-9]{{2}})(?![0-9]))?(?<!Ramadan)(?<!Ramazan)"), _h_hijri),
    # Hungarian, year first: 1956. október 23., 1949. IX. 29.
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y>{_YEAR})\.[^\S\n]?(?P<m>{_ROMAN_RE}|(?i:"
                + "|".join(_HUNGARIAN_MONTHS) + rf"))\.?[^\S\n]?(?P<d>{_DAY})\.(?![0-9])"), _h_hungarian_ymd),
    # a German day with its dot and a year: "Maßnahmen vom 13. August 1961"
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})\.[^\S\n]+(?P<m>Januar|Februar|März|Maerz|April|Mai|Juni|Juli"
                rf"|August|September|Oktober|November|Dezember)[^\S\n]+(?P<y>{_YEAR})"), _h_foreign_dmy),
    # a German day with its dot, without a year: "Am 20. Oktober" (the reference year)
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})\.[^\S\n]+(?P<m>Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August"
                rf"|September|Oktober|November|Dezember)(?![\w])(?![^\S\n]+[0-9])"), _h_german_dm),
    # a day, month and year in Spanish, Portuguese, French, Italian, German, Turkish or a Slavic language ("12
    # lypnia 1988", "22 lipca 1944"; the Slavic "r." for "year" after it is left out, as the annotation guide says)
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})(?:\.|º|°)?[^\S\n]+(?:de[^\S\n]+)?(?P<m>{_FOREIGN_MONTH})"
                rf"[^\S\n]+(?:del?[^\S\n]+)?(?P<y>{_YEAR})", _F), _h_foreign_dmy),
    # a Slavic or Turkish day and month without a year: "7 lypnia", "1 Mayıs" (the reference year)
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})[^\S\n]+(?P<m>{_DAY_MONTH_NAMES})(?![\w])"
                rf"(?![^\S\n]+[0-9])", _F), _h_german_dm),
    # the Hebrew calendar, with a year of the era: 24 Tevet 5709, 19 Av 5724
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})[^\S\n]+(?P<m>Adar[^\S\n]+II?|"
                + "|".join(k.capitalize() for k in sorted(_HEBREW_MONTHS, key=len, reverse=True) if " " not in k)
                + r")[^\S\n]+(?P<y>5[6-8][0-9]{2})(?![0-9])"), _h_hebrew),
    # Lithuanian, year first: 1973 m. rugsėjo 8 d.
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y>{_YEAR})[^\S\n]+m\.[^\S\n]+(?P<m>"
                + "|".join(_LITHUANIAN_MONTHS) + rf")[^\S\n]+(?P<d>{_DAY})[^\S\n]+d\.", _F), _h_lithuanian_ymd),
    # a day and month in Spanish or Portuguese without a year: "25 de Abril", "11 de Março" (the reference year)
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})[^\S\n]+de[^\S\n]+(?P<m>{_FOREIGN_MONTH})(?![\w])"
                rf"(?![^\S\n]+(?:del?[^\S\n]+)?[0-9])(?![^\S\n]+(?:street|avenue|square|boulevard|road|bridge|park"
                r"|stadium|district|quarter|barracks)\b)", _F), _h_german_dm),  # not "the 5 de Mayo street"
    # a day in the Chinese order, year first, with dots: 1959.7.23
    (re.compile(r"(?=[0-9])(?<![\w.,/\-])(?P<y>19[0-9]{2}|20[0-9]{2})\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12][0-9]|0?[1-9])"
                r"(?![\w]|[.,/\-][0-9])"), _h_ymd_dots),
    # a year of the Buddhist era, perhaps after a day and month: B.E. 2508, 20 August B.E. 2508
    (re.compile(rf"(?=[0-9B])(?:{_NUM_START}(?P<d>{_DAY})\s+(?P<m>{_MONTH_FULL})[^\S\n]+)?\bB\.[^\S\n]?E\.[^\S\n]+"
                r"(?P<y>2[45][0-9]{2})(?![0-9])", _F), _h_buddhist_era),
    # a year of the Republic of China or of a Japanese era, written out: the 44th year of the Republic,
    # 4 August of the 42nd year of Showa
    (re.compile(rf"(?=[0-9A-Za-z]){_NUM_START}(?:(?:(?P<d>{_DAY})[^\S\n]+)?(?P<m>{_MONTH_FULL})[^\S\n]+of[^\S\n]+the[^\S\n]+)?"
                r"\b(?P<n>(?P<y>[1-9][0-9]?)(?:st|nd|rd|th)[^\S\n]+year[^\S\n]+of[^\S\n]+"
                r"(?:the[^\S\n]+(?P<era>Republic)|(?P<era2>Meiji|Taish[oō]|Sh[oō]wa|Heisei))(?![\w-]))"
                r"(?![^\S\n]+of[^\S\n]+(?!China)[A-Z])", _F), _h_era_year),
    # a year or day of a Japanese era: Showa 36, Showa 35.9.22
    (re.compile(r"(?=[MTSH])\b(?P<era>Meiji|Taish[oō]|Sh[oō]wa|Heisei)[^\S\n]+(?P<y>[1-9][0-9]?)"
                r"(?:\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12][0-9]|0?[1-9]))?(?![0-9]|\.[0-9])"), _h_japanese_era),
    # a telegram's date-time group: 080845Z OCT 74; and its day alone, the month abbreviated: 18 MAR 83, 18 Mar 83
    (re.compile(rf"(?=[0-9])\b{DATE_TIME_GROUP}"), _h_date_time_group),
    (re.compile(r"(?=[0-9])\b(?P<d>[1-9]|0[1-9]|[12][0-9]|3[01])[^\S\n]+"
                r"(?P<m>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?<![a-z]{3}))[^\S\n]+(?P<y>[0-9]{2})"
                r"(?![0-9:.,]?[0-9])"),
     _h_date_time_group),
    # numeric with dashes or slashes: 20-12-1960, 11/14/57
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<a>{_DAY})(?P<sep>[/-])(?P<b>[0-3]?[0-9])(?P=sep)"
                rf"(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![\w]|[.,/\-][0-9])"), _h_numeric_separated),
    # a day and month in figures: on "30/3" (not a share: "on 1/2 of the land"), a dateline's "South Vietnam, 7/1"
    (re.compile(rf"(?=[Oo])\b[Oo]n[^\S\n]+[\"“]?(?P<d>{_DAY})/(?P<m>1[0-2]|0?[1-9])(?![\w/]|[.,:\-][0-9])"
                r"(?![\"”]?[^\S\n]+of\b)"), _h_numeric_day_month),
    (re.compile(rf"(?<=[^\W\d_], )(?P<d>{_DAY})/(?P<m>1[0-2]|0?[1-9])(?=[^\S\n]*(?:\n|$))"), _h_numeric_day_month),
    # a month and day in figures ending a note, after its last sentence: "Gen. Haig has seen. 3/20"
    (re.compile(r"(?<=[.!?][^\S\n])(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])(?=[^\S\n]*(?:\n|$))"), _h_month_day_at_end),
    # Vietnamese: ngày 10 tháng 3 năm 1965
    (re.compile(rf"(?=[nt])\b(?:ngày[^\S\n]+(?P<d>{_DAY})[^\S\n]+)?tháng[^\S\n]+(?P<m>1[0-2]|0?[1-9])[^\S\n]+năm[^\S\n]+"
                rf"(?P<y>{_YEAR})"), _h_vietnamese),
    # a month of the Iranian or Afghan calendar and its year: Sunbula 1348
    (re.compile(rf"(?<![0-9][^\S\n])(?<![\w-])(?P<m>{_PERSIAN_MONTH})[^\S\n]+(?P<y>1[23][0-9]{{2}})(?![0-9])"),
     _h_persian_month_year),
    # a day of the Ethiopian calendar: 26 Sene 1970, 17 Sene
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})[^\S\n]+(?P<m>{_ETHIOPIAN_MONTH})(?![\w'’])"
                rf"(?:,?[^\S\n]+(?P<y>19[0-9]{{2}}|20[0-9]{{2}})(?![0-9]))?"), _h_ethiopian),
    # numeric 10.10.55 / 10.10.1955 / 10. 10. 1955
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})\.(?P<sp1>[^\S\n]?)(?P<m>1[0-2]|0?[1-9])\.(?P<sp2>[^\S\n]?)"
                rf"(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![\w]|[.,/\-][0-9])", _F),
     _h_numeric),
    # Roman months: 10 X, 10.X.1955, 10 XI 57, 24/XI/1966
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})(?P<s1>\.[^\S\n]?|[^\S\n]+|-|/)(?P<m>{_ROMAN_RE})"
                rf"(?:(?:\.[^\S\n]?|[^\S\n]+|-|/)(?P<y>{_YEAR}|2[45][0-9]{{2}}|[0-9]{{2}})(?![\w]|[.,/\-][0-9]))?", _F),
     _h_roman),
    # month + year: October 1957, June this year
    (re.compile(rf"{_MONTH_LEAD}(?<![\w\[])(?P<m>{_MON_FULL}|{_MONTH_ABBR})(?:(?:,?{_WS}|\s+of\s+)(?P<y>{_YEAR_B})"
                rf"|\s+(?:of\s+)?(?P<ry>{_RELYEAR}))", _F),
     _h_month_year),
    # modifiers: the middle of June, mid-June, early 1958, the end of this year
    (re.compile(
        r"(?=[tvbsmeflTVBSMEFL])\b(?:(?:the\s+)?(?:very\s+)?"
        r"(?:beginning|start|middle|end|first\s+half|second\s+half|first\s+days|"
        r"last\s+days|first\s+part|second\s+part|latter\s+part|early\s+part|first\s+week|last\s+week)\s+of\s+"
        r"(?:the\s+month\s+of\s+)?|(?:early|late|mid)(?:[^\S\n]*-[^\S\n]*|[^\S\n]+))"
        rf"(?:(?P<m>{_MONTH_FULL})(?:(?:,?{_WS}|\s+of\s+)(?P<y>{_YEAR})|\s+(?:of\s+)?(?P<ry>{_RELYEAR}))?"
        rf"|(?P<y2>{_BARE_YEAR})(?![\w/\-\u2013]|[.,:][0-9])|(?P<ry2>{_RELYEAR}))", _F),
     _h_modifier),
    # bare month after a preposition: in June
    (re.compile(rf"(?=[istubdafoIASTUBDFO])\b(?:in|since|until|till|by|during|before|after|from|of|for|"
                rf"through|throughout|to|into|"
                rf"between|and|or|spent|as\s+of|as\s+(?:early|late|far\s+back)\s+as)\s+(?:the\s+month\s+of\s+)?(?P<m>{_MONTH_FULL})"
                rf"(?!\s*[0-9])", _F),
     _h_month_alone),
    # a month that names a meeting or an event of that month: "the August plenum", "the September session"
    (re.compile(rf"(?=[tT])\bthe\s+(?P<m>{_MONTH_FULL})(?=[^\S\n]+(?i:plenum|plenary|session|meeting|events|crisis|strike"
                r"|offensive|uprising|elections|talks|visit|resolution|decisions)\b)", _F),
     _h_month_alone),
    # last November, next March, this June
    (re.compile(rf"(?=[ltnLTN])\b(?P<rel>last|next|this)\s+(?P<m>{_MONTH_FULL})(?!\s*[0-9])", _F),
     _h_relative_month),
    # day ranges and pairs: 16/17 August 1957, 1 through 15 August, 24 May to 11 June 1956, 25 and 27 April
    (re.compile(
        rf"(?=[0-9]){_NUM_START}(?P<d1>{_DAY})(?:{_ORD})?"
        rf"(?:\s+(?:of\s+)?(?P<m1>{_MON})(?:,?[^\S\n]*(?P<y1>{_YEAR_B}))?)?"
        rf"{_SEP}(?P<d2>{_DAY})(?:{_ORD})?(?:\s+of)?\s+(?P<m2>{_MON})"
        rf"(?:,?{_WS}(?P<y2>{_YEAR_B})|,?\s+(?:of\s+)?(?P<ry>{_RELYEAR}))?", _F),
     _h_day_range),
    # month ranges: June-August 1957, from June to August, between June and August 1957
    (re.compile(
        rf"{_MONTH_LEAD}(?<![\w\[])(?P<m1>{_MON_FULL})(?:,?[^\S\n]*(?P<y1>{_YEAR_B}))?{_SEP}(?P<m2>{_MON_FULL})"
        rf"(?:(?:,?{_WS}|\s+of\s+)(?P<y>{_YEAR_B})|\s+(?:of\s+)?(?P<ry>{_RELYEAR}))?(?!\s*[0-9])", _F),
     _h_month_range),
    # lists: 3, 4 and 5 March 1957
    (re.compile(
        rf"(?=[0-9]){_NUM_START}(?:{_DAY})(?:{_ORD})?(?:[^\S\n]*,[^\S\n]*{_DAY}(?:{_ORD})?)+,?\s+and\s+"
        rf"(?P<dl>{_DAY})(?:{_ORD})?(?:\s+of)?\s+(?P<m>{_MON})"
        rf"(?:,?{_WS}(?P<y>{_YEAR_B})|,?\s+(?:of\s+)?(?P<ry>{_RELYEAR}))?", _F),
     _h_day_list),
    # month-first ranges: August 1-15, 1957; May 24 to June 11, 1956
    (re.compile(
        rf"{_MONTH_LEAD}(?<![\w\[])(?P<m>{_MON_MF})\s+(?P<d1>{_DAY})(?:{_ORD})?{_SEP}(?:(?P<m2>{_MON_MF})\s+)?"
        rf"(?P<d2>{_DAY})(?:{_ORD})?(?![0-9]|[.:,][0-9]|[a-z])(?!\s+(?:of\s+)?{_MON})"
        rf"(?:,?\s+(?P<y>{_YEAR_B}))?", _F),
     _h_mdy_range),
    # year ranges: 1956-1957, 1956–57, 1956/57
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y1>{_BARE_YEAR})(?P<sep>[^\S\n]*[/\-\u2013\u2014][^\S\n]*)"
                rf"(?P<y2>{_BARE_YEAR}|[0-9]{{2}})(?![\w/\-\u2013]|[.,:][0-9])", _F),
     _h_year_range),
    # from 1956 to 1958, between 1956 and 1958, 1956 through 1958
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y1>{_BARE_YEAR})\s+(?P<sep>to|through|thru|till|until|and)\s+"
                rf"(?P<y2>{_BARE_YEAR})(?![\w/\-\u2013]|[.,:][0-9])", _F),
     _h_year_range),
    # decades: the 1950s
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y>1[89][0-9]0|20[0-9]0)'?s(?![\w])", _F), _h_decade),
    # bare years: 1958
    (re.compile(rf"(?=[0-9]){_YEAR_START}(?P<y>{_BARE_YEAR})(?![\w/\-\u2013%]|[.,:][0-9])", _F), _h_bare_year),
    # a year of the 19th century after a preposition: "the treaty signed at Shimoda in 1855"
    (re.compile(r"(?=[iosfutbIOSFUTB]|18)(?:\b(?:in|of|since|from|until|till|by)\s|(?<=18[0-9][0-9]\sand\s)"
                r"|(?<=18[0-9][0-9],\s))"
                r"(?P<y>18[0-9][0-9])"
                r"(?![\w/\-\u2013%]|[.,:][0-9])", _F), _h_historical_year),
    # today, tomorrow, yesterday, the day after tomorrow
    (re.compile(r"(?=[tyTY])\b(?:the\s+day\s+after\s+to-?morrow|the\s+day\s+before\s+yesterday|to-?day|to-?morrow|"
                r"yesterday|to-?night)(?![\w-])", _F),
     _h_deictic_day),
    # the same day, that day, the next day
    (re.compile(r"(?=[tT])\b(?:(?:the|that)\s+(?:very\s+)?same\s+day|that\s+(?:very\s+)?day|"
                r"the\s+(?:next|following|previous)\s+day)(?![\w-])", _F),
     _h_anaphor_day),
    # "the day before" alone, not before what it is the day before ("the day before the plenum")
    (re.compile(r"(?=[tT])\bthe\s+day\s+before(?:(?![^\S\n]*[\w-])"
                r"|(?=[^\S\n]+(?:he|she|it|we|they|I|you|that|there|had|was|were)\b))", _F),
     _h_deictic_day),
    # this year, last year, next year
    (re.compile(rf"(?=[tlncTLNC])\b{_RELYEAR}", _F), _h_rel_year),
    # this month, last month
    (re.compile(rf"(?=[tlncTLNC])\b{_RELMONTH}", _F), _h_rel_month),
    # the 5th of this month
    (re.compile(rf"(?=[0-9]){_NUM_START}(?P<d>{_DAY})(?:{_ORD})?\s+of\s+(?P<rm>{_RELMONTH})", _F), _h_day_of_relmonth),
    # on the 5th, by the 5th, the afternoon of the 5th, our telegram Nº 2206 of the 22nd
    (re.compile(rf"(?=[obustfmaenrpldcihvwgjkOBUSTFMAENRPLDCIHVWGJK])\b(?:on|by|until|till|since|from|before|after|for|dated|between"
                rf"|spent|as\s+(?:early|late)\s+as|(?:morning|afternoon|hours"
                rf"|evening|night|{_DATED_NOUNS})s?(?:\s+(?:N[ºo°]|No\.)\s?[0-9][\w/-]*)?\s+of)\s+the\s+(?P<d>{_DAY}){_ORD}(?![\w])"
                rf"(?P<more>(?:(?:[^\S\n]*,[^\S\n]*(?:and[^\S\n]+|or[^\S\n]+)?|[^\S\n]+(?:and|or|to|till|until)[^\S\n]+)"
                rf"(?:the[^\S\n]+)?{_DAY}{_ORD}(?![\w]))*)"  # "on the 11th and 12th"
                r"(?=[^\S\n]*(?:$|\n|[,.;:?!)\]\"“”]|(?:and|at|in|I|we|he|she|they|there|it|the|a|an|when|during|with"
                r"|before|after|that|to|for|from|until|on|through|via|by|was|were|is|are|will|would|had|has|have|called"
                r"|wrote|said|reported|published|carried|between|their|his|her|its|our|all|some|most|many|nearly"
                r"|about|over|more|such|these|those|both|several|every|cde|comrade|along|across|near|around|outside|inside"
                r"|against|under|without|into|if|unless|but|or|as|alone|off|whatever|you|did|does|became|becomes"
                r"|show|prove|confirm|suggest|demonstrate|mean|remain|cannot|found"  # "the events of the 30th show"
                r"|[a-z]+ing|[a-z]{2,}[^s]s"
                r"|[a-z]{3,}ed[^\S\n]+(?:the|a|an|that|to|his|her|its|their|him|them|it|us|me|for|in|on|at|by|with|why|how|whether"
                r"|everyone|everybody|many|most|all|dozens|hundreds|thousands|scores)\b"
                r"|gave|printed|devoted|described|ran|brought|stated|noted|stressed|accused|claimed|announced"
                r"|declared|quoted|featured|welcomed|condemned|criticised|criticized|praised|attacked|argued"
                r"|asserted|reprinted|commented|only|just|also|again|once|already|elected|appointed|approved"
                r"|accepted|rejected|decided|adopted|signed|sent|received|met|arrived|left|returned|opened|began"
                r"|another|together|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
                r"|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores?"
                r"|must|should|could|can|shall|might|of[^\S\n]+[\"“]"
                r"|ended|died|issued|visited|agreed|proposed|informed|told|gave"
                r"|despite|because|although|though|whereas|while|since|unless|except|amid|upon|within|among"
                r"|toward|towards|behind|beyond|following|not|no|so|yet|than|whether|showed|shows|proved|marked"
                r"|saw|took|made|caused|brought|led|of[^\S\n]+(?:a|an|his|her|its|their))\b"
                # or a name ("by the 15th Poland had ..."), not a unit or a meeting ("the 15th Division")
                r"|(?-i:(?!(?:Division|Army|Corps|Congress|Plenum|Party|Regiment|Brigade|Fleet|Century|Anniversary"
                r"|Battalion|Infantry|Marine|Marines|Rifle|Tank|Artillery|Squadron|Company|Platoon|Airborne|Armoured"
                r"|Session|Conference|Round|Floor|Department|Directorate|Bureau|Section|Group|World|Festival|Games"
                r"|Olympic|Olympics|Plenary|Assembly|Meeting|Summit|Regional|International|National|Central"
                r"|Party's|Army's)\b)[A-Z][a-z])))", _F),
     _h_on_the_nth),
    # a cable's day without its article: "ON 12TH", "GLOBE AND MAIL OF 13TH CALLED" (not "on 5th Avenue"; a
    # capitalised word after it, "of 3rd Guards", only in a text in capitals, where the rules have cased the names)
    (re.compile(rf"(?=[obustfaOBUSTFA])\b(?:on|of|by|until|till|since|from|before|after)\s+(?P<d>{_DAY})"
                r"(?:(?-i:ST|ND|RD|TH)|(?-i:st|nd|rd|th)(?![^\S\n]+(?-i:[A-Z][a-z])))(?![\w])"
                r"(?![^\S\n]+(?:anniversary|floor|congress|session|plenum|army|division|regiment|brigade|fleet|corps"
                r"|battalion|squadron|infantry|century|party|conference|round|day|world|festival|games|olympics?"
                r"|summit|assembly|street|avenue|st|ave|birthday|parallel|district|grade|place|precinct|ward|of"
                r"|marines|cavalry|armou?red|airborne|guards|reading|edition|class)\b)", _F),
     _h_on_the_nth),
    # a telegram quoted by its seat and number: "Ref: Monrovia 2688 of the 23rd"
    (re.compile(rf"(?<![\w-])(?P<seat>(?-i:[A-Z][a-z]+))\s+[0-9]{{2,5}}\s+of\s+the\s+(?P<d>{_DAY}){_ORD}(?![\w])",
                _F),
     _h_telegram_of_the_nth),
    # a day stated as what a date is, at the end of its clause: "The last day for the filing of candidacies is the 11th."
    (re.compile(rf"(?=[iwIW])\b(?:is|was|will\s+be)\s+the\s+(?P<d>{_DAY}){_ORD}(?=[^\S\n]*(?:$|\n|[.;,]))", _F),
     _h_on_the_nth),
    # a paper's or a person's text "of the 16th" before a verb of saying: "Granma of the 16th wrote",
    # "Neues Deutschland of the 10th, which wrote", "Revolución of the 12th had written", "Avanti! of the 2nd printed",
    # "L'Humanité of the 16th wrote", "Kol HaAm of the 14th, has fully supported", "the Free Press of the 17th put it",
    # "in the Voice of Uganda of the 12th he has accused"
    (re.compile(rf"(?:(?<=[^\W\d_])|(?<=!)|(?<=[^\W\d_],))\s+of\s+the\s+(?P<d>{_DAY}){_ORD}(?![\w])"
                rf"(?=[^\S\n]*:|[^\S\n]*,?[^\S\n]*"
                rf"(?:(?:which|he|she|it|they)[^\S\n]+)?(?:ha[sd][^\S\n]+)?(?:(?:[a-z]+ly|already|also|again|even)[^\S\n]+)?"
                r"(?:wrote|writes|write|put|puts|supported|gave|gives|ran|runs|prints|print|publishes|publish|carries"
                r"|carry|quotes|quote|reprinted|report"
                r"|said|says|reported|reports|published|carried|stated|declared|printed|broadcast|called|calls"
                r"|described|quoted|noted|stressed|accused|condemned|praised|attacked|commented|demanded|warned"
                r"|claimed|announced|denounced|welcomed|hailed|criticised|criticized|urged|insisted|argued"
                r"|devoted|featured|headlined|written|named|mentioned|listed|speaks|spoke|asks|asked|sees|saw|refers"
                r"|referred|talks|talked|admitted|explained|denied|confirmed|revealed|recalled|repeated|complained"
                r"|suggested|estimated|predicted|attributed|expressed|observed|pointed|summed|appeared|told"
                r"|was|is|seemed|seems)\b)"),  # "the Irish Independent of the 16th was warm"
     _h_on_the_nth),
    # a name's "of the 15th" at the end of a sentence or clause: "his reservations in Scînteia of the 15th.",
    # "warns, in Harian Rakjat of the 8th, against"
    (re.compile(rf"(?<=[^\W\d_])\s+of\s+the\s+(?P<d>{_DAY}){_ORD}(?=[^\S\n]*[.;,](?:[^\S\n]|$))"),
     _h_named_text_of_the_nth),
    # a periodical named after its kind, and its day: "according to the paper al-Bilad of the 5th, ..."
    (re.compile(rf"(?=[pnwdjmo])\b(?:paper|newspaper|weekly|daily|journal|magazine|organ)\s+(?:(?:a[lnrs]|el)-)?"
                rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}\s+of\s+the\s+(?P<d>{_DAY}){_ORD}(?![\w])"),
     _h_on_the_nth),
    # a dated text's author between it and its day, before a comma or the end of the clause: "the
    # statement of Premier Zhou Enlai of the 6th, which ...", "the letter of N. S. Khrushchev to
    # President Eisenhower of the 7th, which ...", "the article for l'Unità of the 25th and the report"
    (re.compile(rf"(?=[a-zA-Z])\b(?:{_DATED_NOUNS})\s+(?:of|in|on|at|against|from|for)\s+(?:the\s+)?(?:[lL]['’])?[A-Z][^\n,;:]{{0,80}}?\s+of\s+the\s+"
                rf"(?P<d>{_DAY}){_ORD}(?![\w])(?=[^\S\n]*(?:$|\n|[,;:.)\"“]|(?-i:[a-z])))", _F),
     _h_on_the_nth),
    # a verb of an event before "on the 16th" names a day whatever follows, but for a few nouns
    # ("sent on the 16th warm greetings"; not "held on the 3rd floor")
    (re.compile(rf"(?=[shrmalpuobdeivwcfk])\b(?:sent|held|signed|received|met|arrived|left|returned|published|announced"
                rf"|adopted|opened|began|ended|died|issued|visited|exploded|launched|printed|carried|broadcast|reported"
                rf"|wrote|written|flown|captured|killed|attacked|bombed|shelled|evacuated|released|arrested)"
                rf"\s+on\s+the\s+(?P<d>{_DAY}){_ORD}"
                r"(?![\w])(?![^\S\n]+(?i:anniversary|floor|congress|session|plenum|army|division|regiment|brigade"
                r"|century|party|conference|round|day|world|festival|games|olympic|olympics|summit|assembly)\b)"
                rf"(?![^\S\n]+of[^\S\n]+(?:the\b|{_MONTH_FULL}))"  # "wrote on the 4th of launching sites"
                r"(?![^\S\n]+(?-i:[A-Z][a-z]))"),
     _h_on_the_nth),
    # a sentence or clause that opens with "On the 13th" names a day whatever follows, but for a few nouns
    # ("I stated that on the 19th two patrol boats had stopped ...")
    (re.compile(rf"(?=[Oo]n\s)(?:(?<![\w,;] )\bOn|(?:(?<=\bthat )|(?<=\band )|(?<=\bbut )|(?<=[,;:] ))on)"
                rf"\s+the\s+(?P<d>{_DAY}){_ORD}(?![\w])(?![^\S\n]+(?i:anniversary|floor|congress|"
                r"session|plenum|army(?![^\S\n]+(?:units|troops|officers|patrols|commanders))|division|regiment|brigade"
                r"|century|party|conference|round|day|of|world|festival"
                r"|games|olympic|olympics|summit|assembly)\b)"),
     _h_on_the_nth),
    # weekdays: on Monday, last Monday
    (re.compile(rf"(?=[lntcpobusfLNTCPOBUSF])\b(?P<mod>last|next|this|coming|past|on|by|until|till|since|from)"
                rf"\s+(?P<wd>{_WEEKDAY})", _F),
     _h_weekday),
]


#: Whether a text has a bare ordinal at all: the patterns for "on the 5th" are not run without one.
_ORDINAL_HINT = re.compile(rf"[0-9]{_ORD}(?![\w])", _F)


def _collect(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    ordinal = _ORDINAL_HINT.search(text) is not None
    for pat, handler in _PATTERNS:
        if handler is _h_on_the_nth and not ordinal:
            continue
        for m in pat.finditer(text):
            c = handler(m, text)
            if c is not None and c.end > c.start:
                out.append(c)
    return out


def _select(cands: list[_Cand], n: int) -> list[_Cand]:
    """Longest candidates first (then pattern priority, then position); no overlaps; reading order."""
    cands.sort(key=lambda c: (c.start - c.end, c.prio, c.start))
    occ = bytearray(n)
    chosen: list[_Cand] = []
    for c in cands:
        if occ.find(1, c.start, c.end) != -1:
            continue
        occ[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


# --------------------------------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------------------------------

_PLACE_WORD = r"(?:[^\W\d_][\w'’.\-]*)"
_PLACE_PREFIX = re.compile(
    rf"^(?:{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}}(?:,[ \t]*|[ \t]+)){{1,3}}$"
)
_LINE_SUFFIX = re.compile(r"^[\s.,;:]*(?:(?:at\s+)?[0-2]?[0-9][.:h][0-5][0-9](?:\s*(?:hours|hrs|h)\.?)?[\s.]*)?"
                          r"(?:(?:\([0-9]{1,3}\)|\[[0-9]{1,3}\])[\s.]*)?$")  # a time of day: ", 14.20"
_PARTICLES = {"am", "an", "de", "del", "di", "na", "nad", "on", "upon", "the", "den", "le", "la", "im", "in"}


_LETTER_GAP = re.compile(r"(?<=\b[^\W\d_]) (?=[^\W\d_]\b)")


def _place_prefix_ok(prefix: str) -> bool:
    if not prefix.strip():
        return True
    prefix = _LETTER_GAP.sub("", prefix)  # a letter-spaced place: "P h e n y a n, 27 September 1976"
    if not _PLACE_PREFIX.match(prefix):
        return False
    words = re.findall(r"[^\W\d_][\w'’.\-]*", prefix)
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() or w.lower() in _PARTICLES for w in words)


def telegram_date(text: str) -> date | None:
    """The date of a telegram's first date-time group on a line of its own in ``text`` ("O
    181030Z SEP 75": 18 September 1975), or ``None``."""
    return next(filter(None, map(_dtg_date, DATE_TIME_GROUP_LINE.finditer(text))), None)


def parse_date_line(text: str) -> date | None:
    """The date of a dateline / heading ("7 October 1957", "Pyongyang, 1 September, 1975",
    "October 07, 1957", "Monday, 7 October 1957", "10.10.1955"); ``None`` unless the line is just an
    optional place and one complete, valid date."""
    if not text or "\n" in text.strip() or len(text) > 200:
        return None
    s = text.strip()
    mentions = find_dates(s)
    full = [m for m in mentions if m.when is not None and len(m.when) == 10 and m.cert == "high"]
    if len(mentions) != 1 or len(full) != 1:
        return None
    m = full[0]
    if not _place_prefix_ok(s[:m.start]) or not _LINE_SUFFIX.match(s[m.end:]):
        return None
    return date.fromisoformat(m.when)




def _place_before_day(prefix: str, day: str) -> bool:
    """Whether ``prefix`` is a place of a few words and a comma before a day with its month's name:
    "Mount Hagen, " of "Mount Hagen, 10 July" (not "Giải Phóng, South Vietnam, " before "7/1")."""
    return prefix.rstrip().endswith(",") and len(prefix.split()) <= 4 and _place_prefix_ok(prefix) \
        and re.search(r"[^\W\d_]", day) is not None


def entry_heading_date(text: str, reference: date | None) -> date | None:
    """The day a line names when it is nothing but a day without its year, perhaps after a place: a
    diary's entry ("25 October", "Mount Hagen, 10 July" above that day's paragraph). Its year is the
    reference's, or the next when the day would fall half a year before it (an entry of "2 January" after
    one of 30 December)."""
    s = text.strip()
    if "\n" in s or len(s) > 40 or reference is None:
        return None
    mentions = find_dates(s, reference)
    if len(mentions) != 1 or mentions[0].when is None or len(mentions[0].when) != 10 \
            or not (mentions[0].start == 0 or _place_before_day(s[:mentions[0].start], mentions[0].surface)) \
            or not _LINE_SUFFIX.match(s[mentions[0].end:]):
        return None
    day = date.fromisoformat(mentions[0].when)
    if (reference - day).days > 183:
        day = _mk(day.year + 1, day.month, day.day) or day
    return day
