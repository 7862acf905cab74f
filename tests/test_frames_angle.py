"""Frames from the angle, not the word (issue 22, items 4-5): sentences written here.

Political = who is manoeuvring (votes, stances, getting a bill through or stopping
it); policy = what a measure does or whether it works; topic words and idioms do not
decide a frame. The real-sentence figures are in ``docs/validity_language.md``.
"""

import csv

import pytest
from conftest import shared_data_dir

from framing import find_frames, frame_profile
from framing.frames import FRAMES


def primary(text):
    return frame_profile(text).primary


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # political: players, votes, stances, manoeuvres
        ("Senate Republicans blocked the measure on Thursday.", "political"),
        ("The speaker pulled the immigration bill hours before the vote.", "political"),
        (
            "The governor shifted his position on the tax after the primary.",
            "political",
        ),
        ("The mayor defended his stance at the town meeting.", "political"),
        (
            "Democrats on Capitol Hill hope to pass the plan before the recess.",
            "political",
        ),
        ("The senator attacked her rival for his record on trade.", "political"),
        # policy: what a measure would do, its mechanics
        ("The new rule could prevent thousands of evictions.", "policy"),
        ("The bill would require insurers to cover birth control.", "policy"),
        ("Applicants may ask for exemptions from the requirements.", "policy"),
        # the other frames' new cues
        ("A judge dismissed the case against the company.", "legality"),
        ("Two nurses tested positive after the shift.", "health_safety"),
        ("Wildfires forced thousands to flee their homes.", "health_safety"),
        ("Many on social media mocked the advertisement.", "public_opinion"),
        ("A viral video of the march spread overnight.", "public_opinion"),
        ("The mandate drove up premiums for young buyers.", "economic"),
        ("Native Americans gathered at the monument.", "cultural_identity"),
    ],
)
def test_sentence_frame_from_its_angle(sentence, frame):
    assert primary(sentence) == frame


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # "to give", "to end" are ordinary verbs (so is "will give": test_frames_shapes)
        ("They are not going to give us anything, she said.", "policy"),
        # time spent is not money, nor is a moment earned
        ("She spent years in the classroom before she ran.", "economic"),
        ("The graduates earned this moment.", "economic"),
        # a tax penalty is a levy, not a punishment for a crime
        ("The tax penalty was eliminated in 2017.", "crime_punishment"),
        # a viral post is no disease
        ("A viral video of the march spread overnight.", "health_safety"),
    ],
)
def test_idiom_or_ordinary_word_is_not_the_frame(sentence, frame):
    assert frame not in {m.frame for m in find_frames(sentence)}


def test_committee_title_is_a_weak_political_cue_only():
    found = {
        m.cue for m in find_frames("The top Democrat on the Finance Committee spoke.")
    }
    assert "legislative manoeuvre" not in found


def test_manoeuvre_and_what_the_measure_does_in_one_sentence():
    # Passing a bill and fighting over it is politics; what it would do is policy.
    assert primary("House Democrats passed the bill after blocking a GOP push.") == (
        "political"
    )
    assert primary("Under the bill, employers would have to offer paid leave.") == (
        "policy"
    )


def test_cues_keep_exact_offsets():
    text = "Many on social media said the rule could prevent fraud."
    for m in find_frames(text):
        assert text[m.start : m.end] == m.text


# --- the shared gold (real AllSides sentences coded by hand) ----------------------

MFC15 = {frame: str(i) for i, frame in enumerate(FRAMES, 1)}


def _agreement(path):
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    hit1 = hit2 = 0
    for r in rows:
        code = MFC15[primary(r["sentence"]) or "other"]
        hit1 += code == r["label"]
        hit2 += code in (r["label"], r.get("secondary") or "")
    return hit1 / len(rows), hit2 / len(rows)


def test_shared_gold_agreement_holds():
    data = shared_data_dir()
    path = data / "allsides_gold" / "frames_dev.csv" if data else None
    if path is None or not path.exists():
        pytest.skip("shared AllSides gold not available (set FRAMING_DATA)")
    first, either = _agreement(path)
    # 0.46 / 0.57 before this round of cues (docs/validity_language.md).
    assert first >= 0.55
    assert either >= 0.66


def test_fallback_one_usual_cue_below_the_threshold():
    from framing.frames import FALLBACK, THRESHOLD

    assert FALLBACK < THRESHOLD
    # One usual cue (weight 1) and nothing against it: its frame.
    assert primary("The senator spoke on Monday.") == "political"
    assert primary("The program starts in May.") == "policy"
    # A name alone is who or what, not the angle.
    assert primary("Trump spoke on Monday.") is None
    # Two frames tied below the threshold: the one coders chose more often
    # (framing.frames.TIE_ORDER: political before economic, policy before crime).
    assert primary("The senator met the company.") == "political"
    assert primary("The program hired a police officer.") == "policy"
    # A tie of names alone is still none.
    assert primary("Trump met Obama.") is None
    # The voices follow the same rule.
    sentence = frame_profile('"The senator lied," she said.').sentences[0]
    assert (sentence.frame, sentence.author, sentence.quoted) == (
        "political",
        None,
        "political",
    )
