"""Checks for notebook 08: ``check("08.1", answer)`` prints a tick or a hint.

Same contract as :func:`framing.exercises.check` (never raises); the answers are
recomputed from the shipped coded example, so they hold for any correct method.
"""

from __future__ import annotations

from typing import Any

from framing.exercises import _check, _close, _Exercise, _names

__all__ = ["EXERCISES", "check"]


def _alpha_of_example() -> float:
    from framing.coding.agreement import krippendorff_alpha
    from framing.coding.sampling import load_coded_example, reliability_data

    return krippendorff_alpha(reliability_data(load_coded_example()), n_boot=0).alpha


def _kappa_answer(answer: Any) -> bool:
    from framing.coding.agreement import cohen_kappa
    from framing.coding.sampling import load_coded_example

    coded = load_coded_example()
    return _close(answer, cohen_kappa(coded["code_coder_1"], coded["code_coder_2"]))


def _least_reliable(answer: Any) -> bool:
    from framing.coding.agreement import category_agreement
    from framing.coding.sampling import load_coded_example, reliability_data

    table = category_agreement(reliability_data(load_coded_example()))
    worst = table[table["n_values"] >= 4]["agreement"]
    allowed = set(worst[worst == worst.min()].index)
    names = _names(answer)
    return bool(names) and len(names) == 1 and names[0] in allowed


EXERCISES = {
    "08.1": _Exercise(
        "Cohen's kappa of coder_1 and coder_2 in the coded example.",
        _kappa_answer,
        "cohen_kappa(coded['code_coder_1'], coded['code_coder_2']); a unit one coder "
        "left empty is not counted. Kappa is below the raw share of agreement.",
    ),
    "08.2": _Exercise(
        "The frame (coded at least 4 times) the coders agree on least.",
        _least_reliable,
        "category_agreement(reliability_data(coded)): keep rows with n_values >= 4 "
        "and take the category with the lowest 'agreement'.",
    ),
}


def check(exercise: str, answer: Any) -> bool:
    """Print whether ``answer`` solves ``exercise`` and return True if it does.

    Examples
    --------
    >>> check("08.2", None)
    … 08.2 not answered yet: replace None with your answer.
    False
    """
    return _check(EXERCISES, exercise, answer)
