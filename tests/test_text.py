import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.text import (
    DASHES,
    SpanIndex,
    count_words,
    paragraph_spans,
    quotation_spans,
    sentence_spans,
    word_spans,
)


def quoted(text):
    return [text[q.start : q.end] for q in quotation_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said, "We will win." Then he left.', ["We will win."]),
        ("“A,” he said. “B.”", ["A,", "B."]),
        ("''We finally may,'' the economist said.", ["We finally may,"]),
        ("''I asked, 'Is it late?''' said Tom Lamb.", ["I asked, 'Is it late?'"]),
        ("“It’s over,” she said of Sessions’ plan.", ["It’s over,"]),
        ("The ‘Trumpocalypse’ headline ran.", ["Trumpocalypse"]),
        ("The 'Trumpocalypse' headline ran.", ["Trumpocalypse"]),
        ("“Nested ‘inner’ words,” he said.", ["Nested ‘inner’ words,"]),
        ("It was the ’90s, and the ’80s before.", []),
        ("It's the '90s and Sessions' plan.", []),
        ("He is 5'10\" tall.", []),
        ("rock 'n' roll", []),
        ("Stray close” here, then “a real one” after.", ["a real one"]),
        ("He wrote «bonjour» twice.", ["bonjour"]),
        # a mis-curled opener still pairs by its neighbours
        ("She said ”no way” loudly.", ["no way"]),
    ],
    ids=[
        "straight",
        "split-curly",
        "doubled-apostrophes",
        "single-closing-before-doubled",
        "contraction-possessive",
        "single-curly",
        "single-straight",
        "nested-single",
        "decade-elision",
        "straight-apostrophes",
        "inches",
        "one-letter-elision",
        "stray-closer",
        "guillemets",
        "miscurled",
    ],
)
def test_quotation_spans(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("dash", list(DASHES))
def test_straight_marks_next_to_any_dash(dash):
    text = f'Two answers:{dash}"Stay,"{dash}Ann Roe; "Go"{dash} Tim Lee.'
    assert quoted(text) == ["Stay,", "Go"]


def test_quotation_over_paragraphs_is_one_span():
    text = "“The first paragraph goes on.\n\n“The second one ends,” she said."
    (q,) = quotation_spans(text)
    assert (
        text[q.start : q.end] == "The first paragraph goes on.\n\n“The second one ends,"
    )
    assert (q.paragraphs, q.closed) == (2, True)


def test_lone_opener_stops_at_its_paragraph():
    text = "He said “this never closes.\n\nThe next paragraph is the author’s."
    (q,) = quotation_spans(text)
    assert text[q.start : q.end] == "this never closes."
    assert not q.closed


def test_lone_opener_before_a_real_pair_does_not_swallow_it():
    text = 'A lone "mark and then "a real quote" here.'
    spans = quotation_spans(text)
    assert [text[q.start : q.end] for q in spans if q.closed] == ["a real quote"]
    assert all(a.end <= b.open_start for a, b in itertools.pairwise(spans))


def test_seed_quotations(seed_text):
    spans = quotation_spans(seed_text)
    assert [seed_text[q.start : q.start + 20] for q in spans] == [
        "Failure to deport al",
        "It’s very refreshing",
        "The public now can h",
    ]
    assert all(q.closed and q.double for q in spans)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Mr. Smith met Sen. Jones and Gov. Brown. They talked.", 2),
        ("Sen. Dianne Feinstein (D-Calif.) spoke. Rep. Ted Poe (R-Texas) did too.", 2),
        ("On Jan. 20 the U.S. government shut down. Talks resumed.", 2),
        ("He said, “We will win.” Then he left.", 2),
        ("Headline Without Period\n\nBody starts here. And ends.", 3),
        ("A wrapped line goes\non in lower case.", 1),
    ],
)
def test_sentence_spans(text, n):
    spans = sentence_spans(text)
    assert len(spans) == n
    assert all(text[a:b] == text[a:b].strip() and a < b for a, b in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "R.J. Ortega said no. J. Lee agreed.",
            ["R.J. Ortega said no.", "J. Lee agreed."],
        ),
        (
            "It ends at 5 p.m. on Tuesday. Arizona’s S.B. 1070 passed.",
            ["It ends at 5 p.m. on Tuesday.", "Arizona’s S.B. 1070 passed."],
        ),
        (
            "He is the No. 2 official. He paused... Then he left. It was… odd.",
            [
                "He is the No. 2 official.",
                "He paused...",
                "Then he left.",
                "It was… odd.",
            ],
        ),
        (
            "Donors Charles G. and David H. Kerr paid. Lines grew.",
            ["Donors Charles G. and David H. Kerr paid.", "Lines grew."],
        ),
        (
            "“We will win.”“Your facts are wrong,” she said.",
            ["“We will win.”", "“Your facts are wrong,” she said."],
        ),
        ("Is it late? Yes! It is.", ["Is it late?", "Yes!", "It is."]),
    ],
    ids=[
        "initials",
        "abbreviations",
        "no-and-ellipsis",
        "mid-initials",
        "no-space",
        "question",
    ],
)
def test_sentence_rules(text, expected):
    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_a_five_megabyte_paragraph_splits_in_one_pass_issue_11():
    # No paragraph break at all: nltk's Punkt refused such a paragraph under its
    # regex time limit; the rule-based splitter has none. (50 MB is timed in
    # benchmarks/long_texts.py, not here.)
    text = "The council voted on the plan. Sen. Ana Ruiz (D-Ore.) objected. " * 80_000
    spans = sentence_spans(text)
    assert len(spans) == 160_000
    a, b = spans[-1]
    assert text[a:b] == "Sen. Ana Ruiz (D-Ore.) objected."


def test_seed_headline_is_its_own_sentence(seed_text):
    a, b = sentence_spans(seed_text)[0]
    assert seed_text[a:b] == "Team Trump’s Fight With Sanctuary Cities Heats Up"


def test_paragraph_spans_seed(seed_text):
    assert len(paragraph_spans(seed_text)) == 13


def test_initialisms_are_one_word():
    text = "The U.S.-Mexico border, Mr. Lee said at 9 a.m. in Washington, D.C."
    assert [text[a:b] for a, b in word_spans(text)] == [
        "The",
        "U.S.",
        "Mexico",
        "border",
        "Mr",
        "Lee",
        "said",
        "at",
        "9",
        "a.m.",
        "in",
        "Washington",
        "D.C.",
    ]
    assert count_words(text) == 13


def test_word_spans():
    text = "It’s Sessions’ anti-crime plan, 2017."
    assert [text[a:b] for a, b in word_spans(text)] == [
        "It’s",
        "Sessions",
        "anti-crime",
        "plan",
        "2017",
    ]


@pytest.mark.parametrize("empty", [None, math.nan, ""])
def test_empty_inputs_give_empty_lists(empty):
    assert quotation_spans(empty) == []
    assert sentence_spans(empty) == []
    assert word_spans(empty) == []
    assert paragraph_spans(empty) == []


def test_non_text_is_a_clear_type_error():
    with pytest.raises(TypeError, match=r"must be a str.*got int"):
        sentence_spans(42)


def test_span_index():
    index = SpanIndex([(10, 12), (2, 5)])
    assert [index.contains(i) for i in (1, 2, 4, 5, 10, 12)] == [
        False,
        True,
        True,
        False,
        True,
        False,
    ]
    assert index.overlaps(4, 6) and not index.overlaps(5, 10)


pieces = st.sampled_from(
    ["word", " ", "said", '"', "“", "”", "‘", "’", "'", "''", "\n", "\n\n", ".", "Mr."]
)
texts = st.one_of(st.text(), st.lists(pieces, max_size=60).map("".join))


@given(texts)
@settings(max_examples=300)
def test_spans_exact_and_ordered_on_any_text(text):
    for fn in (paragraph_spans, sentence_spans, word_spans):
        spans = fn(text)
        assert all(0 <= a < b <= len(text) for a, b in spans)
        assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans))
    quotes = quotation_spans(text)
    for q in quotes:
        assert 0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(text)
    assert all(a.close_end <= b.open_start for a, b in itertools.pairwise(quotes))


def test_one_megabyte_of_marks_does_not_raise():
    text = ("“unclosed " * 50_000) + ("’ " * 50_000) + ('"' * 100_000)
    spans = quotation_spans(text)
    assert all(q.close_end <= len(text) for q in spans)
