"""The telegram conventions shared by ingest and tagging (tei_kit.telegram)."""

import pytest

from tei_kit import telegram


@pytest.mark.parametrize("line, routing", [
    ("O 181030Z SEP 75", True),
    ("P R 310900Z DEC 68", True),
    ("021545Z JUN 1973", True),
    ("FM AMEMBASSY SEOUL", True),
    ("O 181030Z SEPT 75", False),  # no such month abbreviation
    ("O 321030Z SEP 75", False),  # no 32nd day
    ("SEE 181030Z SEP 75", False),  # a group inside a sentence
    ("FROM THE EMBASSY", False),
])
def test_routing_lines_are_the_date_time_group_and_the_fm_line(line, routing):
    assert telegram.is_routing_line(line) is routing


@pytest.mark.parametrize("text, subject", [
    ("TAGS: PFOR, TU\nSUBJECT: DEMIREL ON CYPRUS\nREF: STATE 201455", "DEMIREL ON CYPRUS"),
    ("SUBJ:  MALIK ON CONFRONTATION TALKS", "MALIK ON CONFRONTATION TALKS"),
    ("  SUBJECT : KAUNDA ON RHODESIA", "KAUNDA ON RHODESIA"),
    ("THE SUBJECT: OF THE TALKS", None),  # not the label at the start of a line
    ("SUBJECT: OK", None),  # too short to be a subject
])
def test_the_subject_line_gives_what_follows_its_label(text, subject):
    match = telegram.SUBJECT_LINE.search(text)
    assert (match.group("subject") if match else None) == subject
