"""Frames from shapes rather than words (issue 22, third round): sentences written here.

A vote count and partisan control are political; a verbal attack on a politician or a
law is not a security threat. Ties below the threshold go by ``TIE_ORDER``.
Real-sentence figures: ``docs/validity_language.md``.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing import find_frames, frame_profile
from framing.frames import FRAMES, TIE_ORDER


def primary(text):
    return frame_profile(text).primary


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # political: vote counts and partisan control
        ("The plan cleared the chamber by a vote of 52 to 48.", "political"),
        ("The GOP-led chamber adjourned early.", "political"),
        ("Both parties are looking ahead to the midterms.", "political"),
        ("The Democratic-controlled panel met on Monday.", "political"),
    ],
)
def test_shape_gives_the_frame(sentence, frame):
    assert primary(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # "will give" is an ordinary verb after a modal, not what a measure does
        ("I will give credit where it is due.", "policy"),
        ("The judge will give the lawyers two more weeks.", "policy"),
        # a verbal attack on a politician, a party or a law is no security threat
        ("The group attacked former Utah Gov. Smith in its ads.", "security_defense"),
        ("They launched misleading attacks about the law.", "security_defense"),
        ("The senator faced relentless attacks from the left.", "security_defense"),
    ],
)
def test_ordinary_verb_or_verbal_attack_is_not_the_frame(sentence, frame):
    assert frame not in {m.frame for m in find_frames(sentence)}


def test_armed_attack_and_court_decision_keep_their_frames():
    # the block is for verbal attacks only; a count of justices is a court's
    assert primary("Gunmen attacked the army base at dawn.") == "security_defense"
    assert primary("The justices ruled 5-4 in the case.") == "legality"


def test_tie_order_covers_the_codebook_once():
    assert sorted(TIE_ORDER) == sorted(FRAMES)
    assert TIE_ORDER[:2] == ("political", "policy")


@given(st.text(max_size=200))
def test_tie_rule_never_raises_and_gives_a_known_frame(text):
    frame = primary(text)
    assert frame is None or frame in FRAMES
