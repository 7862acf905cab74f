"""Titles named as what someone spoke on or to are not quotations."""

import pytest

from framing import extract_quotes


def _direct(text):
    return [text[q.start : q.end] for q in extract_quotes(text) if q.kind == "direct"]


@pytest.mark.parametrize(
    "text",
    [
        "Lee told “Harbor Morning Report.” She said the vote would go ahead.",
        "In an interview with “Meet the Voters,” Lee said the vote would go ahead.",
        "Lee told “The Harbor Gazette” that the vote would go ahead.",
        "Lee said on KXRB’s “Face the County” that the vote would go ahead.",
    ],
)
def test_a_named_title_is_no_direct_quote(text):
    assert _direct(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # capitalised words without "on", "told", "with" ... before them: a slogan
        ("The crowd chanted “Yes We Can.”", "Yes We Can."),
        # a quotation after "told" that is a sentence, not a title
        ("Lee told reporters, “We will vote in May.”", "We will vote in May."),
        ("Lee told the board: “Not this year, not next year.”", None),
    ],
)
def test_quotations_that_are_not_titles_stay(text, quote):
    found = _direct(text)
    assert found and (quote is None or found == [quote])
