"""The lexicon's attribution verbs and the quote cues' neutral flag agree."""

import csv
from importlib.resources import files

import pytest

from framing import extract_quotes, find_loaded_terms, sources
from framing.terms import attribution_verb


def _speech_verbs():
    path = files("framing") / "data" / "speech_verbs.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_loaded_attribution_verb_is_a_non_neutral_cue():
    flagged = {
        form
        for row in _speech_verbs()
        for form in row["forms"].split("|")
        if attribution_verb(form)
    }
    assert {"claimed", "admitted", "insisted", "slammed", "touted"} <= flagged
    neutral = {
        form
        for row in _speech_verbs()
        if row["neutral"] == "true"
        for form in row["forms"].split("|")
    }
    assert flagged.isdisjoint(neutral)


@pytest.mark.parametrize(
    ("sentence", "neutral", "flag"),
    [
        ('"The plan will fail," Sen. Ann Roe claimed on Tuesday.', False, "claimed"),
        ('"The plan will fail," Sen. Ann Roe said on Tuesday.', True, None),
        ("Mayor Dan Ortiz insisted that the budget was balanced.", False, "insisted"),
        ("Mayor Dan Ortiz told reporters that the budget was balanced.", True, None),
    ],
)
def test_quote_cue_and_lexicon_flag_agree(sentence, neutral, flag):
    quotes = extract_quotes(sentence)
    assert [q.neutral_cue for q in quotes] == [neutral]
    found = [m.text for m in find_loaded_terms(sentence)]
    assert found == ([flag] if flag else [])


def test_claimed_versus_said_is_counted_per_side():
    text = (
        '"We will enforce the law," Attorney General Jeff Sessions claimed. '
        '"Cities are safer when immigrants trust the police," the US Conference of '
        "Mayors said in a statement."
    )
    balance = sources(text, issue="immigration").voice_dict()
    assert balance["nonneutral_cues"] == 1
    assert balance["nonneutral_side_enforcement"] == 1
    assert balance["nonneutral_side_immigrant_rights"] == 0
