"""Frames, fourth pass of issue 22 (frames4): sentences written here.

A measure named by its domain ("the health care law") is not a health story by that
name alone; a frame whose first cue is a name and whose repeat is in lower case has a
plain cue. Real-sentence figures: ``docs/validity_language.md``.
"""

import pytest

from framing import find_frames, frame_profile


def primary(text):
    return frame_profile(text).primary


@pytest.mark.parametrize(
    "sentence",
    [
        "The judges heard the health care case on Monday.",
        "Critics of the governor's healthcare plan spoke first.",
        "She voted for the health care bill last year.",
    ],
)
def test_a_measure_named_by_its_domain_is_no_health_cue(sentence):
    assert "health_safety" not in {m.frame for m in find_frames(sentence)}


def test_health_care_itself_keeps_its_frame():
    assert primary("Millions of people lost access to health care.") == "health_safety"
    assert primary("The health care system is short of nurses.") in {
        "health_safety",
        "capacity_resources",
    }


def test_a_repeated_cue_in_lower_case_counts_as_plain():
    # "White House" (a name) then "administration" (the same row, in lower case)
    text = "The White House denied it, and the administration stayed silent."
    assert primary(text) == "political"
    # a name alone still gives no frame below the threshold
    assert primary("The White House stayed silent.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The measure also would have allowed farmers to sell the seeds.",
        "The county imposed strict limits on outdoor burning.",
        "The agency is expected to propose new rules for lenders.",
        "Ohio issued stay-at-home orders in the spring.",
    ],
)
def test_what_a_measure_does_or_did_is_policy(sentence):
    assert primary(sentence) == "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Republicans pushed the repeal of the health law for years.",
        "Democrats complained about the rates being temporary.",
        "The mayor said she strongly supports the bill.",
        "He began his presidential campaign in a small town.",
    ],
)
def test_sides_in_conflict_and_stances_are_political(sentence):
    assert primary(sentence) == "political"


def test_a_supporting_wall_is_no_stance():
    assert primary("The beams support the roof of the old barn.") is None


def test_signing_a_bill_is_a_political_act():
    assert primary("The governor signed the bill at a rally on Friday.") == "political"
    # what the bill does stays policy
    assert primary("The bill would require insurers to cover the test.") == "policy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators searched the warehouse on Monday.",
        "Two men were seen committing acts of vandalism downtown.",
        "Looting spread to three more blocks overnight.",
    ],
)
def test_crimes_against_property_and_investigators_are_crime(sentence):
    assert primary(sentence) == "crime_punishment"


def test_a_court_acting_on_a_measure_is_legality():
    text = "Federal judges have blocked the rule barring some workers from the program."
    assert primary(text) == "legality"
