import pytest
from conftest import BORDER_CRISIS, bundled_rows_plus
from sklearn.model_selection import GroupKFold, StratifiedKFold

import framing
from framing import exercises


def _extended_lexicon(variants):
    return framing.load_lexicon(
        bundled_rows_plus({**BORDER_CRISIS, "variants": variants})
    )


# The solutions of docs/instructors.md, and a wrong answer for each.
SOLUTIONS = {
    "02.4": (
        "The rookie claimed the trophy after the final.",
        "The rookie claimed that the trophy was rigged.",
    ),
    "01.1": (6, 7),
    "01.2": ("US Conference of Mayors", "Jessica Vaughan"),
    "02.1": ("Police ticketed him for illegal parking.", "The illegals left."),
    "02.2": (
        '"Illegal aliens must go," the senator said.',
        "The illegal aliens must go, the senator said.",
    ),
    "03.1": (
        [
            {
                "text": '"We won," she said.',
                "quotes": [{"quote": "We won,", "speaker": "she", "kind": "direct"}],
            },
            {
                "text": "The mayor said the budget would pass.",
                "quotes": [
                    {
                        "quote": "the budget would pass",
                        "speaker": "The mayor",
                        "kind": "indirect",
                    }
                ],
            },
            {"text": "It rained all day.", "quotes": []},
        ],
        [{"text": "It rained.", "quotes": [{"quote": "snowed", "speaker": "he"}]}] * 3,
    ),
    "03.2": ("Rahm Emanuel", "Mayor"),
    "04.1": (0.75, 5 / 6),
    "04.2": (211 / 650, 211),
    "05.1": (GroupKFold(n_splits=5), StratifiedKFold(n_splits=3)),
    "05.2": ((650 / 1547, 0.197), (0.42, 0.42)),
}


@pytest.mark.parametrize("exercise", sorted(SOLUTIONS))
def test_solution_passes_and_wrong_answer_fails(exercise, capsys):
    right, wrong = SOLUTIONS[exercise]
    assert exercises.check(exercise, right) is True
    assert "✓" in capsys.readouterr().out
    assert exercises.check(exercise, wrong) is False
    assert "Hint" in capsys.readouterr().out


def test_new_lexicon_entry_exercise():
    assert exercises.check("02.3", _extended_lexicon("border crisis")) is True
    # "border" alone fires on an ordinary sentence about counties
    assert exercises.check("02.3", _extended_lexicon("border")) is False
    assert exercises.check("02.3", framing.load_lexicon()) is False


def test_every_exercise_is_tested():
    assert set(exercises.exercise_ids()) == {*SOLUTIONS, "02.3"}


def test_check_never_raises(capsys):
    assert exercises.check("99.9", 1) is False
    assert exercises.check("01.1", None) is False
    assert exercises.check("02.1", 42) is False
    out = capsys.readouterr().out
    assert "no exercise '99.9'" in out and "not answered yet" in out


def test_number_answers_reject_bools_and_strings():
    assert exercises.check("04.1", True) is False
    assert exercises.check("04.1", "0.75") is False
    assert exercises.check("04.1", 3 / 4) is True


def test_grouped_splitters_pass_and_leaky_ones_fail():
    from sklearn.model_selection import GroupShuffleSplit, KFold, LeaveOneGroupOut

    assert exercises.check("05.1", LeaveOneGroupOut()) is True
    assert exercises.check("05.1", GroupShuffleSplit(n_splits=3, random_state=0))
    assert exercises.check("05.1", KFold(n_splits=5)) is False
    # A class is not a splitter: split() needs an instance.
    assert exercises.check("05.1", GroupKFold) is False
