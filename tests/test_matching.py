"""The one phrase matcher: offsets, word boundaries, order, dispatch = reference."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.matching import (
    ASCII_FOLDS,
    PhraseMatcher,
    flex_spaces,
    phrase_pattern,
    prefixes,
    split_alternatives,
)

# --- the matcher's speed-up keeps the semantics ---------------------------------


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("illegal aliens?", {"ille"}),
        ("(?:pour|pours) in", {"pour"}),
        ("an illegal|anchor bab(?:y|ies)", {"an i", "anch"}),
        ("a?liens", {"alie", "lien"}),
        ("so[\\s\\-]+called", {"so "}),  # a flexible space ends the prefix
        ("so[\\s,]called", {"so"}),  # not only space: the prefix ends before it
        (r"ab(?:\S+ )+cd", {"ab"}),  # an unknown part ends the prefix
        (r"\w+ illegally", None),
        ("[a-z]lien", None),
    ],
)
def testprefixes(pattern, expected):
    assert prefixes(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("illegal aliens?", {"illegal "}),
        ("an illegal|anchor bab(?:y|ies)", {"an illeg", "anchor b"}),
        (
            "(?:a|b)(?:c|d)(?:e|f)",
            {"ace", "acf", "ade", "adf", "bce", "bcf", "bde", "bdf"},
        ),
    ],
)
def test_longerprefixes(pattern, expected):
    assert prefixes(pattern, 8) == expected


def test_ascii_folds_lists_every_character_that_folds_to_ascii():
    others = "".join(map(chr, range(0x80, 0xD800))) + "".join(
        map(chr, range(0xE000, 0x110000))
    )
    folding = set(re.findall("[a-z]", others, re.IGNORECASE))
    folding |= {
        c
        for c in others
        if not c.lower().isascii() and any(x.isascii() for x in c.lower())
    }
    assert folding == set(ASCII_FOLDS.pattern[1:-1])


# --- the matcher's contract ------------------------------------------------------

PHRASES = ["law", "law firm", "ICE", "immigra*", "green card*", "war on drugs", "war"]


def reference(matcher, text):
    """Non-overlapping matches of the matcher's one-pass alternation, no dispatch."""
    order = matcher._order
    plain = matcher._plain()
    return [(order[m.lastindex - 1], m.start(), m.end()) for m in plain.finditer(text)]


@pytest.fixture(scope="module")
def phrases():
    return PhraseMatcher(
        [phrase_pattern(p) for p in PHRASES], longest_first=True, compounds=True
    )


def test_word_boundaries_respect_compounds_and_names(phrases):
    text = "My mother-in-law, a lawyer, the Lawson family; law-abiding outlaws; law."
    found = [(a, text[a:b]) for _, a, b in phrases.finditer(text)]
    assert found == [(len(text) - 4, "law")]


def test_names_with_apostrophes_are_one_word_but_possessives_match():
    matcher = PhraseMatcher(
        [phrase_pattern(p) for p in ["Brien", "Trump"]], compounds=True
    )
    text = "O'Brien and O’Brien met Trump's aides; Brien came."
    assert [text[a:b] for _, a, b in matcher.finditer(text)] == ["Trump", "Brien"]


def test_a_document_is_searched_as_its_text(phrases):
    from framing.document import Document

    text = "The war on drugs."
    assert list(phrases.finditer(Document(text))) == list(phrases.finditer(text))


def test_without_compounds_a_hyphen_is_a_word_boundary():
    matcher = PhraseMatcher([phrase_pattern("law")])
    text = "mother-in-law, lawyer"
    assert [text[a:b] for _, a, b in matcher.finditer(text)] == ["law"]


def test_longest_phrase_wins_at_a_position(phrases):
    text = "The war on drugs, a law firm and a war."
    found = [(PHRASES[i], text[a:b]) for i, a, b in phrases.finditer(text)]
    assert found == [
        ("war on drugs", "war on drugs"),
        ("law firm", "law firm"),
        ("war", "war"),
    ]


def test_prefix_stars_and_capitals(phrases):
    text = "Immigrants and immigration; ICE agents, not ice cream; Green Cards."
    found = [text[a:b] for _, a, b in phrases.finditer(text)]
    assert found == ["Immigrants", "immigration", "ICE", "Green Cards"]


def test_a_space_matches_line_breaks_and_hyphens(phrases):
    text = "the war\non-drugs and a law\n\nfirm"
    found = [text[a:b] for _, a, b in phrases.finditer(text)]
    assert found == ["war\non-drugs", "law\n\nfirm"]


def test_candidates_overlap_but_finditer_does_not():
    matcher = PhraseMatcher(["illegal aliens?", "aliens?"])
    text = "illegal aliens"
    assert list(matcher.candidates(text)) == [(0, 0, 14), (1, 8, 14)]
    assert list(matcher.finditer(text)) == [(0, 0, 14)]


def test_given_order_wins_without_longest_first():
    matcher = PhraseMatcher(["war", "war on drugs"])
    assert list(matcher.finditer("war on drugs")) == [(0, 0, 3)]
    assert matcher.match(1, "war on drugs", 0) == 12
    assert matcher.match(1, "a war", 0) is None


@pytest.mark.parametrize("value", [None, float("nan"), 3, ""])
def test_anything_not_a_text_gives_nothing(phrases, value):
    assert list(phrases.finditer(value)) == []


def test_split_and_flex():
    assert split_alternatives("a|(?:b|c)|[|]") == ["a", "(?:b|c)", "[|]"]
    assert re.fullmatch(flex_spaces("a b"), "a \n- b")


pieces = st.sampled_from(
    [
        "law",
        "Law",
        " ",
        "-",
        "firm",
        "war",
        " on ",
        "drugs",
        "ICE",
        "ice",
        "İ",
        "ſ",
        "immigrants",
        "green",
        "card",
        "\n",
        "x",
        ".",
        "é",
        "lawyer",
        "$",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join), st.booleans(), st.booleans())
def test_dispatch_gives_the_reference_results(text, word_starts, compounds):
    matcher = PhraseMatcher(
        [phrase_pattern(p) for p in PHRASES],
        longest_first=True,
        word_starts=word_starts,
        compounds=compounds,
    )
    found = list(matcher.finditer(text))
    for _, a, b in found:
        assert 0 <= a < b <= len(text)
        assert not re.match(r"\w", text[b : b + 1])
        assert a == 0 or not re.match(r"\w", text[a - 1])
        if compounds:
            assert not re.match(r"-\w", text[b : b + 2])
            assert a < 2 or not re.match(r"\w[-'’]", text[a - 2 : a])
    if not word_starts:
        assert found == reference(matcher, text)
