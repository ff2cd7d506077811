"""Conventions of diplomatic telegrams that more than one stage reads.

A telegram's head carries its precedence and date-time group on a line of their own
("O 181030Z SEP 75"), routing lines ("FM AMEMBASSY SEOUL") and a subject line
("SUBJECT: KAUNDA ON RHODESIA AND ANGOLA"). :mod:`tei_kit.ingest` titles a bare telegram by
its subject line; :mod:`tei_kit.tagging` dates it by its date-time group and reads its subject
line, written in capitals, as prose.
"""

from __future__ import annotations

import re

#: A date-time group: day, hour and minute in Zulu time, month, year ("080845Z OCT 74");
#: groups ``d``, ``m`` (JAN ... DEC) and ``y`` (two or four digits).
DATE_TIME_GROUP = (r"(?P<d>0[1-9]|[12][0-9]|3[01])[0-2][0-9][0-5][0-9]Z[^\S\n]+"
                   r"(?P<m>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[^\S\n]+(?P<y>[0-9]{4}|[0-9]{2})\b")

#: A date-time group on a line of its own, after up to two precedence letters ("O 181030Z SEP 75").
DATE_TIME_GROUP_LINE = re.compile(rf"^[^\S\n]*(?:[ZOPR]{{1,2}}[^\S\n]+){{0,2}}{DATE_TIME_GROUP}[^\S\n]*$", re.M)

#: The label that opens a subject line: "SUBJECT:", "SUBJ:".
SUBJECT_LABEL = re.compile(r"[^\S\n]*SUBJ(?:ECT)?[^\S\n]*:")

#: A subject line; group ``subject`` is what follows the label (3 to 200 characters).
SUBJECT_LINE = re.compile(rf"^{SUBJECT_LABEL.pattern}[^\S\n]*(?P<subject>\S[^\n]{{2,199}})$", re.M)


def is_routing_line(line: str) -> bool:
    """Whether a (stripped) line of a telegram's head is its date-time group or its "FM" line."""
    return bool(DATE_TIME_GROUP_LINE.fullmatch(line)) or line.startswith("FM ")
