import math

import pytest

from framing.errors import InputError
from framing.evaluation import score_quotes, speaker_head
from framing.quotes import Quote


def q(text, part, speaker, kind="direct"):
    start = text.index(part)
    return Quote(
        part, start, start + len(part), kind, speaker, None, None, "said", None, False
    )


TEXT = '"We will win," said Mayor Ann Lee. Critics said the plan would fail.'


def fixed(*quotes):
    return lambda _text: list(quotes)


@pytest.mark.parametrize(
    ("speaker", "head"),
    [
        ("Jessica Vaughan, of the Center for Immigration Studies", "vaughan"),
        ("Martin Luther King Jr.", "king"),
        ("the mayor's office", "office"),
        ("Trump’s", "trump"),
        ("they", None),
        ("each one", None),  # a pronoun head is left out, as the shared scorer does
        ("", None),
        (None, None),
    ],
)
def test_speaker_head(speaker, head):
    assert speaker_head(speaker) == head


def test_perfect_extractor_scores_one():
    doc = {
        "text": TEXT,
        "quotes": [{"quote": "We will win,", "speaker": "Mayor Ann Lee"}],
    }
    scores = score_quotes([doc], extract=fixed(q(TEXT, "We will win", "Ann Lee")))
    assert scores.strict == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores.speaker_accuracy == 1.0
    assert scores.errors.empty


def test_partial_overlap_is_lenient_only_and_listed_as_errors():
    doc = {
        "text": TEXT,
        "quotes": [
            {"quote": "the plan would fail", "speaker": "Critics", "kind": "indirect"}
        ],
    }
    # predicted "the plan" covers 8 of 19 characters: ratio 0.42, lenient not strict
    pred = q(TEXT, "the plan", "Ann Lee", kind="indirect")
    scores = score_quotes([doc], kind="indirect", extract=fixed(pred))
    assert scores.strict["f1"] == 0.0
    assert scores.lenient["f1"] == 1.0
    assert math.isnan(scores.speaker_accuracy)  # speakers are judged on strict pairs
    assert scores.errors["error"].tolist() == ["missed", "false alarm"]


def test_wrong_speaker_and_false_alarm_on_one_document():
    doc = {
        "text": TEXT,
        "quotes": [{"quote": "We will win,", "speaker": "Mayor Ann Lee"}],
    }
    preds = fixed(q(TEXT, "We will win", "Critics"), q(TEXT, "Critics said", None))
    scores = score_quotes([doc], extract=preds)
    assert scores.strict["precision"] == 0.5 and scores.strict["recall"] == 1.0
    assert scores.speaker_accuracy == 0.0
    assert sorted(scores.errors["error"]) == ["false alarm", "wrong speaker"]


def test_fragments_of_one_attribution_are_merged():
    text = '"First sentence. Second sentence," she said.'
    doc = {
        "text": text,
        "quotes": [
            {"quote": "First sentence.", "speaker": "she", "attribution_id": "E1"},
            {"quote": "Second sentence,", "speaker": "she", "attribution_id": "E1"},
        ],
    }
    whole = q(text, "First sentence. Second sentence", "Ann Lee")
    assert score_quotes([doc], extract=fixed(whole)).strict["f1"] == 1.0
    split = score_quotes([doc], extract=fixed(whole), merge=False)
    assert split.n_gold == 2 and split.strict["f1"] == 0.0


def test_default_extractor_on_a_written_example():
    text = 'The storm passed. "It was frightening," said Maria Lopez, a nurse.'
    doc = {
        "text": text,
        "quotes": [{"quote": "It was frightening,", "speaker": "Maria Lopez"}],
    }
    scores = score_quotes([doc])
    assert (scores.strict["f1"], scores.speaker_accuracy) == (1.0, 1.0)
    assert (
        str(scores) == "direct F1 1.00 (strict) 1.00 (lenient) speaker 1.00 on 1 docs"
    )


def test_bad_input_is_named():
    with pytest.raises(InputError, match="is not in its text"):
        score_quotes([{"id": "d1", "text": "abc", "quotes": [{"quote": "xyz"}]}])
    with pytest.raises(InputError, match="kind must be"):
        score_quotes([], kind="both")


def test_party_tag_is_not_the_speaker_head_issue_11():
    doc = {
        "text": "“We will win,” said Sen. Ann Roe (D-Ore.) on Monday.",
        "quotes": [{"quote": "We will win,", "speaker": "Sen. Ann Roe (D-Ore.)"}],
    }
    assert score_quotes([doc]).speaker_accuracy == 1.0


def test_role_then_name_accepts_the_name_issue_11():
    doc = {
        "text": "“We will win,” the spokesman, Ann Roe, said.",
        "quotes": [{"quote": "We will win,", "speaker": "the spokesman, Ann Roe"}],
    }
    assert score_quotes([doc], extract=_fixed("Ann Roe")).speaker_accuracy == 1.0
    assert score_quotes([doc], extract=_fixed("Bo Li")).speaker_accuracy == 0.0


def _fixed(speaker):
    from types import SimpleNamespace

    def extract(text):
        start = text.index("We")
        end = text.index(",”") + 1
        return [SimpleNamespace(start=start, end=end, kind="direct", speaker=speaker)]

    return extract
