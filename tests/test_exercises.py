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
    "06.1": ("crime_punishment", "political"),
    "06.2": (
        "The police chief called for more law enforcement downtown.",
        "The new law takes effect in June.",
    ),
    "07.1": (
        'Casey Moreau said the rally was peaceful. "We came to be heard," she said.',
        "Jessica Vaughan said the rally was peaceful.",
    ),
    "07.2": ((0.2, 0.4), (0.4, 0.2)),
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


# Natural answers: what a student's code arrives at, and every answer a hint allows
# (issue #11 item 8).
def _natural_answers():
    from fractions import Fraction

    import numpy as np
    import pandas as pd

    return [
        ("01.1", np.int64(6)),
        ("01.1", 6.0),
        ("01.1", pd.Series([6])),
        ("01.2", "U.S. Conference of Mayors"),
        ("01.2", "the US conference of mayors "),
        ("01.2", "USCM"),
        ("01.2", pd.Series(["US Conference of Mayors"], index=[1])),
        # the hint asks for the rows with direct == 0: all three are paraphrase-only
        ("01.2", "The president’s team"),
        ("01.2", "federal law"),
        ("01.2", ["federal law", "US Conference of Mayors", "The president's team"]),
        ("02.1", "Crossing the border illegally is a misdemeanor."),
        ("02.2", "“Illegal aliens are taking our jobs,” the caller said."),
        ("03.2", "rahm emanuel"),
        ("03.2", " Rahm  Emanuel."),
        ("04.1", np.float64(0.75)),
        ("04.1", Fraction(3, 4)),
        ("04.1", np.array([0.75])),
        ("04.2", 0.32),
        ("04.2", np.float64(211) / 650),
        ("04.2", pd.Series([211 / 650], index=["Washington Times"])),
        ("05.2", [0.42, 0.197]),
        ("05.2", np.array([650 / 1547, 0.197])),
        ("05.2", (np.float64(0.4202), np.float64(0.1972))),
    ]


@pytest.mark.parametrize(
    ("exercise", "answer"),
    _natural_answers(),
    ids=[f"{e}-{i}" for i, (e, _) in enumerate(_natural_answers())],
)
def test_natural_answers_pass(exercise, answer, capsys):
    assert exercises.check(exercise, answer) is True, capsys.readouterr().out


@pytest.mark.parametrize(
    ("exercise", "answer"),
    [
        ("01.1", 6.5),
        ("01.1", "6"),
        ("01.1", float("nan")),
        ("01.1", [6, 7]),
        ("01.2", "Jessica Vaughan"),
        ("01.2", ["US Conference of Mayors", "Jeff Sessions"]),
        ("01.2", []),
        ("03.2", "Mayor Rahm Emanuel"),
        ("04.1", 75),
        ("04.2", 0.3),
        ("05.2", (0.42,)),
        ("05.2", [0.42, 0.592]),
    ],
    ids=[
        "half",
        "str",
        "nan",
        "two",
        "direct-source",
        "with-direct",
        "empty",
        "title",
        "percent",
        "coarse",
        "one-score",
        "f1-of-right",
    ],
)
def test_near_misses_still_fail(exercise, answer, capsys):
    import numpy as np

    assert exercises.check(exercise, answer) is False
    assert exercises.check(exercise, np.bool_(True)) is False
    assert "Hint" in capsys.readouterr().out


def test_extracted_quote_answers_03_2():
    toy = "The council met. “We will not back down,” said Mayor Rahm Emanuel."
    assert exercises.check("03.2", framing.extract_quotes(toy)[0]) is True


def test_every_grouped_splitter_the_hint_allows():
    from sklearn.model_selection import (
        GroupKFold,
        LeavePGroupsOut,
        StratifiedGroupKFold,
    )

    for splitter in (
        GroupKFold(),
        GroupKFold(n_splits=10),
        StratifiedGroupKFold(n_splits=3),
        LeavePGroupsOut(n_groups=2),
    ):
        assert exercises.check("05.1", splitter) is True, splitter


def test_lexicon_rows_are_accepted_before_loading():
    frame = bundled_rows_plus(BORDER_CRISIS)
    assert exercises.check("02.3", frame) is True
    assert (
        exercises.check(
            "02.3", bundled_rows_plus({**BORDER_CRISIS, "variants": "border"})
        )
        is False
    )


def test_annotations_as_tuples():
    right = SOLUTIONS["03.1"][0]
    assert exercises.check("03.1", tuple(right)) is True


def test_no_notebook_prints_a_stray_false_under_an_exercise():
    # issue 20: notebooks 06 and 07 printed `False` under every unanswered check.
    import json

    from conftest import ROOT

    bare = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"]).rstrip()
            last = source.rsplit("\n", 1)[-1]
            call = cell["cell_type"] == "code" and last.startswith("exercises.check(")
            if call and not last.endswith(";"):
                bare.append(f"{path.name}: {last}")
    assert bare == []
