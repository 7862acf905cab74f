"""A frame classifier trained on your own codes: cue features plus word n-grams.

:class:`FrameClassifier` is a scikit-learn estimator. Its features are the frame
cues of ``framing/data/frames.csv`` (summed weight per frame in the author's voice
and in quoted voice, strongest cue per frame, and the cue lexicon's own frame) next
to TF-IDF word n-grams; a class-weighted logistic regression learns from the coded
sentences. :func:`cross_validate_frames` and :func:`learning_curve` say how well it
does and how many sentences to code; :func:`save_model` and :func:`load_model`
use skops, not pickle. scikit-learn and skops are imported here only.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.utils.validation import check_is_fitted

from framing._validation import as_text
from framing.errors import InputError
from framing.frames import FRAMES, THRESHOLD, find_frames, load_frame_lexicon

__all__ = [
    "FrameClassifier",
    "cross_validate_frames",
    "cue_features",
    "learning_curve",
    "load_model",
    "profile_with_model",
    "save_model",
]

_INDEX = {frame: i for i, frame in enumerate(FRAMES)}
_N = len(FRAMES)
# author weight, quoted weight, strongest cue, lexicon frame (+ "no frame")
_N_CUE_FEATURES = 3 * _N + _N + 1


def _sentence_cues(text: str, lexicon) -> np.ndarray:
    row = np.zeros(_N_CUE_FEATURES)
    evidence: dict[str, list[float]] = {}
    seen: set[str] = set()
    for match in find_frames(text, lexicon=lexicon):
        i = _INDEX[match.frame]
        row[_N * match.in_quote + i] += match.weight
        row[2 * _N + i] = max(row[2 * _N + i], match.weight)
        if match.cue not in seen:
            seen.add(match.cue)
            evidence.setdefault(match.frame, []).append(match.weight)
    # The lexicon's own call, as frame_profile makes it: the strongest cue of a
    # frame counts fully and each further one half (framing.frames, "Scoring").
    best, best_value = None, 0.0
    for frame, weights in evidence.items():
        weights.sort(reverse=True)
        value = weights[0] + 0.5 * sum(weights[1:])
        if value > best_value:
            best, best_value = frame, value
    chosen = _INDEX[best] if best is not None and best_value >= THRESHOLD else _N
    row[3 * _N + chosen] = 1.0
    return row


def cue_features(sentences: Sequence, lexicon=None) -> np.ndarray:
    """Return the frame-cue features of each sentence as a dense array.

    Columns: for each frame in :data:`framing.frames.FRAMES`, the summed cue weight
    in the author's voice, then in quoted voice, then the strongest cue's weight;
    then the cue lexicon's frame as a one-hot column per frame plus one for "no
    frame". Repeated sentences are scored once. None or NaN gives a row of zeros
    with "no frame".

    Examples
    --------
    >>> from framing.frames import FRAMES
    >>> row = cue_features(['Taxes rose. "It is unfair," she said.'])[0]
    >>> economic = FRAMES.index("economic")
    >>> unfair_quoted = 15 + FRAMES.index("fairness_equality")
    >>> float(row[economic]), float(row[unfair_quoted]), float(row[45 + 15])
    (1.5, 2.5, 0.0)
    """
    lexicon = load_frame_lexicon(lexicon)
    texts = [as_text(s, name="sentence") for s in sentences]
    out = np.zeros((len(texts), _N_CUE_FEATURES))
    done: dict[str, np.ndarray] = {}
    for i, text in enumerate(texts):
        row = done.get(text)
        if row is None:
            row = done[text] = _sentence_cues(text, lexicon)
        out[i] = row
    return out


class FrameClassifier(ClassifierMixin, BaseEstimator):
    """Learn frames (or your own categories) from coded sentences.

    Parameters
    ----------
    cue_weight : float, default=0.1
        Scale of the cue features next to the unit-length TF-IDF vector: larger
        trusts the frame lexicon more, smaller the words of your corpus. 0.1 was
        chosen by cross-validation: FrAC dev macro-F1 0.790 (0.785 at 0.3) and
        real AllSides sentences, grouped by article, accuracy 0.461 (0.463 at 0.3;
        0.443 at 0.05) -- ``benchmarks/coding.md``.
    C : float, default=10.0
        Inverse regularisation strength of the logistic regression.
    ngram_range : tuple of int, default=(1, 2)
        Word n-grams of the TF-IDF part.
    min_df : int, default=1
        Least number of training sentences an n-gram must appear in.
    class_weight : "balanced", dict or None, default="balanced"
        "balanced" weighs each frame inversely to its frequency, so rare frames
        are not swamped by common ones.
    lexicon : str or None, default=None
        Path of a frame-cue CSV (the bundled ``frames.csv`` when None).
    max_iter : int, default=2000
        Iterations of the solver.

    Attributes
    ----------
    classes_ : ndarray
        The labels seen in ``fit``, sorted.
    vectorizer_ : TfidfVectorizer
    model_ : OneVsRestClassifier
        One class-weighted logistic regression per label.

    Notes
    -----
    Supervised frame classification from hand codes follows Burscher, Odijk,
    Vliegenthart, de Rijke & de Vreese (2014), "Teaching the computer to code
    frames in news"; the cue features carry the small-data case, where word
    n-grams alone have too few examples per frame.

    Examples
    --------
    >>> from framing import classifier
    >>> sentences = [
    ...     "The plan costs taxpayers billions.", "Wages fell and jobs left town.",
    ...     "Voters punished the party at the polls.", "The senator won the primary.",
    ... ]
    >>> model = classifier.FrameClassifier().fit(
    ...     sentences, ["economic", "economic", "political", "political"]
    ... )
    >>> unseen = ["Jobs and wages matter.", "The party lost the election."]
    >>> model.predict(unseen).tolist()
    ['economic', 'political']
    """

    def __init__(
        self,
        cue_weight: float = 0.1,
        C: float = 10.0,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 1,
        class_weight: Any = "balanced",
        lexicon: str | None = None,
        max_iter: int = 2000,
    ) -> None:
        self.cue_weight = cue_weight
        self.C = C
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.class_weight = class_weight
        self.lexicon = lexicon
        self.max_iter = max_iter

    def _features(self, sentences: Sequence, fit: bool = False):
        from scipy import sparse

        texts = [as_text(s, name="sentence") for s in sentences]
        if fit:
            self.vectorizer_ = TfidfVectorizer(
                ngram_range=tuple(self.ngram_range),
                min_df=self.min_df,
                sublinear_tf=True,
                dtype=np.float64,
            )
            words = self.vectorizer_.fit_transform(texts)
        else:
            words = self.vectorizer_.transform(texts)
        cues = sparse.csr_matrix(cue_features(texts, self.lexicon) * self.cue_weight)
        return sparse.hstack([words, cues], format="csr")

    def fit(self, sentences: Sequence, labels: Sequence) -> FrameClassifier:
        """Fit on coded sentences; ``labels`` are frame ids or your own categories."""
        sentences, labels = _checked(sentences, labels)
        if len(set(labels)) < 2:
            raise InputError(
                f"fit needs at least two different labels; got {sorted(set(labels))}"
            )
        features = self._features(sentences, fit=True)
        # One-vs-rest liblinear: 10-30x faster to fit than the multinomial lbfgs
        # solver on sparse n-grams, at the same cross-validated F1 (FrAC dev 0.780
        # vs 0.789, benchmarks/coding.md).
        self.model_ = OneVsRestClassifier(
            LogisticRegression(
                C=self.C,
                class_weight=self.class_weight,
                solver="liblinear",
                max_iter=self.max_iter,
            )
        )
        self.model_.fit(features, np.asarray(labels, dtype=object))
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, sentences: Sequence) -> np.ndarray:
        """Return one row per sentence of probabilities, columns in ``classes_``."""
        check_is_fitted(self, "model_")
        return self.model_.predict_proba(self._features(list(sentences)))

    def decision_function(self, sentences: Sequence) -> np.ndarray:
        """Return the one-vs-rest scores, columns in ``classes_``."""
        check_is_fitted(self, "model_")
        return self.model_.decision_function(self._features(list(sentences)))

    def predict(self, sentences: Sequence) -> np.ndarray:
        """Return the most probable label of each sentence."""
        check_is_fitted(self, "model_")
        return self.model_.predict(self._features(list(sentences)))

    def predict_frame(self, text) -> str | None:
        """Return the label of one text (None for None, NaN or empty text)."""
        text = as_text(text)
        return None if not text.strip() else str(self.predict([text])[0])


def _checked(sentences: Sequence, labels: Sequence) -> tuple[list, list]:
    sentences = list(sentences)
    labels = [None if _missing(v) else v for v in labels]
    if len(sentences) != len(labels):
        raise InputError(
            f"one label per sentence: got {len(sentences)} sentences and "
            f"{len(labels)} labels"
        )
    keep = [i for i, label in enumerate(labels) if label is not None]
    return [sentences[i] for i in keep], [labels[i] for i in keep]


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and math.isnan(value)


def _splits(labels, groups, n_splits: int, seed: int):
    import warnings

    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    if groups is None:
        counts = pd.Series(labels).value_counts()
        folds = min(n_splits, max(2, int(counts.min())))
        splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
        return list(splitter.split(np.zeros(len(labels)), labels))
    splitter = StratifiedGroupKFold(n_splits, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        # Hand-coded samples have rare frames with fewer codes than folds; the
        # split is still grouped, only less stratified, which is what we want.
        warnings.filterwarnings("ignore", "The least populated class", UserWarning)
        return list(splitter.split(np.zeros(len(labels)), labels, groups))


def cross_validate_frames(
    sentences: Sequence,
    labels: Sequence,
    *,
    groups: Sequence | None = None,
    estimator: FrameClassifier | None = None,
    baseline: Sequence | None = None,
    n_splits: int = 5,
    n_repeats: int = 3,
    seed: int = 0,
    n_boot: int = 1000,
) -> dict[str, Any]:
    """Cross-validate a frame classifier, grouped by article or outlet, with CIs.

    Parameters
    ----------
    sentences, labels : sequence
        The coded sentences and their labels (units without a label are left out).
    groups : sequence, optional
        Article (or outlet) of each sentence: no group is split across folds, and
        the bootstrap resamples groups. Each sentence is its own group when None.
    estimator : FrameClassifier, optional
        Cloned for every fold (default settings when None).
    baseline : sequence, optional
        Another measure's label for the same sentences (the cue lexicon's frame,
        say), scored on the same held-out sentences.
    n_splits, n_repeats, seed
        Folds, repetitions with other shuffles, and the seed.
    n_boot : int, default=1000
        Bootstrap resamples for the CIs of the first repetition's held-out
        predictions.

    Returns
    -------
    dict
        ``macro_f1`` and ``accuracy`` (means over repetitions of the pooled
        held-out predictions), ``macro_f1_ci`` and ``accuracy_ci`` (clustered
        bootstrap), ``repeats`` (one row per repetition, with the baseline's
        figures when given), ``report`` (a :class:`~framing.coding.ValidityReport`
        of the first repetition) and ``predictions`` (its held-out labels).
    """
    from sklearn.base import clone

    from framing.coding.validity import validity_report

    sentences, labels = list(sentences), list(labels)
    keep = [i for i, label in enumerate(labels) if not _missing(label)]
    sentences = [sentences[i] for i in keep]
    labels = np.array([labels[i] for i in keep], dtype=object)
    groups_kept = None if groups is None else np.array([list(groups)[i] for i in keep])
    base = None if baseline is None else np.array([list(baseline)[i] for i in keep])
    estimator = FrameClassifier() if estimator is None else estimator
    rows, first = [], None
    for repeat in range(n_repeats):
        predicted = np.empty(len(labels), dtype=object)
        for train, test in _splits(labels, groups_kept, n_splits, seed + repeat):
            model = clone(estimator).fit([sentences[i] for i in train], labels[train])
            predicted[test] = model.predict([sentences[i] for i in test])
        report = validity_report(labels, predicted, n_boot=0)
        row = {
            "repeat": repeat,
            "macro_f1": report.macro_f1,
            "accuracy": report.accuracy,
        }
        if base is not None:
            other = validity_report(labels, base, n_boot=0)
            row |= {
                "baseline_macro_f1": other.macro_f1,
                "baseline_accuracy": other.accuracy,
            }
        rows.append(row)
        if first is None:
            first = predicted
    report = validity_report(
        labels,
        first,
        groups=None if groups_kept is None else list(groups_kept),
        n_boot=n_boot,
        seed=seed,
    )
    repeats = pd.DataFrame(rows)
    return {
        "macro_f1": float(repeats["macro_f1"].mean()),
        "accuracy": float(repeats["accuracy"].mean()),
        "macro_f1_ci": report.macro_f1_ci,
        "accuracy_ci": report.accuracy_ci,
        "repeats": repeats,
        "report": report,
        "predictions": list(first),
    }


def learning_curve(
    sentences: Sequence,
    labels: Sequence,
    *,
    groups: Sequence | None = None,
    sizes: Sequence[int] | None = None,
    estimator: FrameClassifier | None = None,
    test_size: float = 0.25,
    n_repeats: int = 5,
    confidence: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Return held-out macro-F1 and accuracy against the number of coded sentences.

    Each repetition holds out ``test_size`` of the groups (articles), then trains
    on random subsets of the rest of each size in ``sizes``; the interval is the
    spread over repetitions (percentiles). It answers "how many must I code?":
    where the curve flattens, more coding buys little.

    Returns
    -------
    pandas.DataFrame
        One row per size: ``n_sentences``, ``macro_f1``, ``macro_f1_low``,
        ``macro_f1_high``, ``accuracy``, ``accuracy_low``, ``accuracy_high``,
        ``n_repeats``.
    """
    from sklearn.base import clone
    from sklearn.model_selection import GroupShuffleSplit

    from framing.coding.validity import validity_report

    sentences, labels = _checked(sentences, labels)
    labels = np.array(labels, dtype=object)
    if groups is None:
        groups = np.arange(len(labels))
    else:
        groups = np.array(list(groups))
        if len(groups) != len(labels):
            raise InputError("groups must have one entry per labelled sentence")
    estimator = FrameClassifier() if estimator is None else estimator
    splitter = GroupShuffleSplit(n_repeats, test_size=test_size, random_state=seed)
    rng = np.random.default_rng(seed)
    scores: dict[int, list[tuple[float, float]]] = {}
    for train, test in splitter.split(np.zeros(len(labels)), labels, groups):
        pool = rng.permutation(train)
        grid = sizes or _default_sizes(len(pool))
        for size in grid:
            picked = pool[: min(size, len(pool))]
            if len(set(labels[picked])) < 2:
                continue
            model = clone(estimator).fit([sentences[i] for i in picked], labels[picked])
            predicted = model.predict([sentences[i] for i in test])
            report = validity_report(labels[test], predicted, n_boot=0)
            scores.setdefault(min(size, len(pool)), []).append(
                (report.macro_f1, report.accuracy)
            )
    tail = (1 - confidence) / 2 * 100
    rows = []
    for size in sorted(scores):
        values = np.array(scores[size])
        row = {"n_sentences": size}
        for j, name in enumerate(("macro_f1", "accuracy")):
            row[name] = float(values[:, j].mean())
            row[f"{name}_low"] = float(np.percentile(values[:, j], tail))
            row[f"{name}_high"] = float(np.percentile(values[:, j], 100 - tail))
        row["n_repeats"] = len(values)
        rows.append(row)
    return pd.DataFrame(rows)


def _default_sizes(n: int) -> list[int]:
    sizes = [s for s in (25, 50, 100, 200, 400, 800, 1600, 3200) if s < n]
    return [*sizes, n]


def profile_with_model(text, model: FrameClassifier):
    """Return a text's :class:`~framing.frames.FrameProfile` with a trained model.

    The same structure as :func:`framing.frames.frame_profile`, so article shares
    and ``primary`` work the same way: each sentence's frame is the model's label
    for it; its author-voice frame the label of its words outside quotation marks,
    its quoted-voice frame that of the words inside them. A label ``"other"``
    counts as no frame (None), as the lexicon's no-frame does. ``evidence`` holds
    the summed probability of each label over the sentences.

    Parameters
    ----------
    text : str or Document
        Any text; None or NaN gives an empty profile.
    model : FrameClassifier
        A fitted classifier. Labels outside the codebook's frame ids (your own
        categories) appear as keys of ``scores`` next to them.

    Examples
    --------
    >>> model = FrameClassifier().fit(
    ...     ["Taxes rose.", "Jobs were lost.", "Voters went to the polls.",
    ...      "The senator campaigned."],
    ...     ["economic", "economic", "political", "political"],
    ... )
    >>> profile = profile_with_model('Wages fell. "We will win," the senator said.', model)
    >>> [s.frame for s in profile.sentences]
    ['economic', 'political']
    >>> profile.scores["economic"], profile.scores["political"]
    (0.5, 0.5)
    """  # noqa: E501
    from framing.document import as_document
    from framing.frames import FrameProfile, SentenceFrame

    check_is_fitted(model, "model_")
    doc = as_document(text)
    body = doc.text
    spans = list(doc.sentences)
    quotations = [(q.start, q.end) for q in doc.quotations]
    units: list[str] = []
    index: list[tuple[int, int, int]] = []  # per sentence: all, author, quoted
    for start, end in spans:
        inside = [
            (max(a, start), min(b, end)) for a, b in quotations if a < end and b > start
        ]
        quoted = " ".join(body[a:b] for a, b in inside)
        outside, last = [], start
        for a, b in inside:
            outside.append(body[last:a])
            last = b
        outside.append(body[last:end])
        author = " ".join(outside)
        ids = []
        for part in (body[start:end], author, quoted):
            if part.split():
                ids.append(len(units))
                units.append(part)
            else:
                ids.append(-1)
        index.append(tuple(ids))
    labels = list(model.classes_)
    proba = model.predict_proba(units) if units else np.zeros((0, len(labels)))
    predicted = [labels[i] for i in proba.argmax(axis=1)] if units else []

    def label(i: int) -> str | None:
        if i < 0:
            return None
        value = str(predicted[i])
        return None if value == "other" else value

    sentences = []
    counts: dict[str, dict[str, int]] = {"all": {}, "author": {}, "quoted": {}}
    n_voice = {"author": 0, "quoted": 0}
    evidence: dict[str, float] = {}
    for (start, end), (whole, author, quoted) in zip(spans, index, strict=True):
        frames = (label(whole), label(author), label(quoted))
        ranked: tuple[tuple[str, float], ...] = ()
        if whole >= 0:
            order = np.argsort(-proba[whole], kind="stable")
            ranked = tuple((str(labels[j]), float(proba[whole, j])) for j in order)
            for name, p in ranked:
                evidence[name] = evidence.get(name, 0.0) + p
        sentences.append(SentenceFrame(start, end, *frames, ranked))
        for key, frame in zip(("all", "author", "quoted"), frames, strict=True):
            if frame is not None:
                counts[key][frame] = counts[key].get(frame, 0) + 1
        n_voice["author"] += author >= 0
        n_voice["quoted"] += quoted >= 0
    names = list(FRAMES) + [str(c) for c in labels if str(c) not in FRAMES]

    def shares(count: dict[str, int], total: int) -> dict[str, float]:
        return {f: (count.get(f, 0) / total if total else math.nan) for f in names}

    def primary(count: dict[str, int]) -> str | None:
        if not count:
            return None
        return max(count, key=lambda f: (count[f], evidence.get(f, 0.0)))

    return FrameProfile(
        sentences=tuple(sentences),
        scores=shares(counts["all"], len(spans)),
        author=shares(counts["author"], n_voice["author"]),
        quoted=shares(counts["quoted"], n_voice["quoted"]),
        evidence={f: evidence.get(f, 0.0) for f in names},
        primary=primary(counts["all"]),
        primary_author=primary(counts["author"]),
        primary_quoted=primary(counts["quoted"]),
    )


# Types a saved FrameClassifier may contain; anything else makes load_model refuse.
_TRUSTED = [
    "framing.classifier.FrameClassifier",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.preprocessing._label.LabelBinarizer",
    "numpy.float64",
    "numpy.int64",
    "builtins.object",
]


def save_model(model: FrameClassifier, path: str | os.PathLike) -> None:
    """Save a fitted classifier with skops (a safe format: loading runs no code)."""
    import skops.io as sio

    check_is_fitted(model, "model_")
    sio.dump(model, os.fspath(path))


def load_model(path: str | os.PathLike) -> FrameClassifier:
    """Load a classifier saved by :func:`save_model`; refuses unexpected types."""
    import skops.io as sio

    path = os.fspath(path)
    untrusted = sio.get_untrusted_types(file=path)
    unexpected = sorted(set(untrusted) - set(_TRUSTED))
    if unexpected:
        raise InputError(
            f"{path}: not a framing FrameClassifier file; it contains the types "
            f"{unexpected}. Load it with skops.io.load only if you trust its source."
        )
    model = sio.load(path, trusted=untrusted)
    if not isinstance(model, FrameClassifier):
        raise InputError(
            f"{path}: not a framing FrameClassifier file; it holds a "
            f"{type(model).__name__}"
        )
    return model
