"""Score quote extraction against hand annotations: precision, recall, speakers.

The criteria are those of the project's evaluation (``shared/eval/README.md``) and of
the Gender Gap Tracker's published evaluation: spans are compared after trimming
space, quotation marks and edge punctuation; gold and predicted quotes are paired one
to one, best overlap first; a pair counts at overlap ratio >= 0.8 (strict) or >= 0.3
(lenient). A speaker is right when the head word of the gold speaker is one of the
predicted speaker's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from framing.errors import InputError

__all__ = ["QuoteScores", "score_quotes", "speaker_head", "speaker_heads"]

STRICT = 0.8
LENIENT = 0.3

_EDGE = "\"'“”‘’«»‹›„‚`.,;:!?…—–-()[] \t\r\n\u00a0"
_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "theirs",
        "its",
        "our",
        "us",
        "me",
        "my",
        "who",
        "whom",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
    ]
)
_SUFFIX = frozenset({"jr", "sr", "ii", "iii", "iv"})
_TOKEN = re.compile(r"[\w’'-]+")
# Any parenthetical after a name, such as a party tag "(D-Mo.)", is not its head.
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)")
_AFTER_NAME = re.compile(r"\s+(?:of|from|at|for|who|with)\s+", re.IGNORECASE)
# "the spokesman, Ann Roe": a role, then the name it stands for.
_ROLE_OPENER = re.compile(r"(?:the|a|an|his|her|their|its)\b")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _norm_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'-_")


def _head(part: str) -> str | None:
    part = _AFTER_NAME.split(part, maxsplit=1)[0]
    words = [_norm_word(w) for w in _TOKEN.findall(part)]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in _SUFFIX:
        words.pop()
    return words[-1] if words else None


def speaker_heads(speaker: str | None) -> frozenset[str]:
    """Return every head word that names a gold speaker; empty for pronouns and blanks.

    The head is the last word of the name before any apposition (after a comma, or
    after "of/from/at/for/who/with"), skipping parentheticals such as a party tag
    "(D-Mo.)" and "Jr."-style suffixes, lowercased and without a possessive. When
    the speaker opens with a role and names the person after a comma ("the
    spokesman, Ann Roe"), the name's head counts as well. These are the rules of
    ``shared/eval/score_quotes.py``.

    Examples
    --------
    >>> sorted(speaker_heads("Sen. Claire McCaskill (D-Mo.)"))
    ['mccaskill']
    >>> sorted(speaker_heads("the spokesman, Ann Roe")), sorted(speaker_heads("she"))
    (['roe', 'spokesman'], [])
    """
    if not speaker or not speaker.strip():
        return frozenset()
    bare = _PARENTHETICAL.sub("", speaker).strip() or speaker
    parts = [p.strip() for p in bare.split(",")]
    first = _head(parts[0]) or _head(speaker)
    if first is None or first in _PRONOUNS:
        return frozenset()
    heads = {first}
    if len(parts) > 1 and _ROLE_OPENER.match(parts[0]) and parts[1][:1].isupper():
        second = _head(parts[1])
        if second:
            heads.add(second)
    return frozenset(heads)


def speaker_head(speaker: str | None) -> str | None:
    """Return the main head word of a speaker description, or None for pronouns.

    Examples
    --------
    >>> speaker_head("Jessica Vaughan, of the Center for Immigration Studies")
    'vaughan'
    >>> speaker_head("a Justice Department spokesman"), speaker_head("she")
    ('spokesman', None)
    """
    if not speaker or not speaker.strip():
        return None
    bare = _PARENTHETICAL.sub("", speaker).strip() or speaker
    head = _head(bare.split(",")[0]) or _head(speaker)
    return None if head is None or head in _PRONOUNS else head


@dataclass(frozen=True)
class QuoteScores:
    """Scores of one run of an extractor over annotated documents."""

    kind: str
    n_docs: int
    n_gold: int
    n_predicted: int
    strict: Mapping[str, float]  # precision, recall, f1
    lenient: Mapping[str, float]
    speaker_accuracy: float  # over strict pairs with a named gold speaker
    n_speaker_pairs: int
    errors: pd.DataFrame = field(repr=False)  # one row per miss, false alarm, speaker

    def to_frame(self) -> pd.DataFrame:
        """Precision, recall and F1 at both thresholds as a small table."""
        return pd.DataFrame({"strict": self.strict, "lenient": self.lenient}).T

    def __str__(self) -> str:
        """Give the one-line summary."""
        return (
            f"{self.kind} F1 {self.strict['f1']:.2f} (strict) "
            f"{self.lenient['f1']:.2f} (lenient) speaker "
            f"{self.speaker_accuracy:.2f} on {self.n_docs} docs"
        )


def _gold_quotes(doc: Mapping[str, Any], kind: str, merge: bool) -> list[dict]:
    text = doc["text"]
    quotes, cursor = [], 0
    for q in doc.get("quotes", []):
        start, end = q.get("start"), q.get("end")
        if start is None or end is None:
            start = text.find(q["quote"], cursor)
            if start < 0:
                start = text.find(q["quote"])
            if start < 0:
                raise InputError(
                    f"document {doc.get('id', '?')!r}: quote {q['quote']!r:.60} "
                    "is not in its text"
                )
            end = start + len(q["quote"])
        cursor = end
        quotes.append(
            {
                "start": start,
                "end": end,
                "speaker": q.get("speaker"),
                "kind": q.get("kind", "direct"),
                "group": q.get("attribution_id"),
            }
        )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    if merge:
        merged: list[dict] = []
        for q in quotes:
            last = merged[-1] if merged else None
            if (
                last is not None
                and q["group"] is not None
                and q["group"] == last["group"]
                and q["kind"] == last["kind"]
                and not text[last["end"] : q["start"]].strip()
            ):
                last["end"] = max(last["end"], q["end"])
            else:
                merged.append(dict(q))
        quotes = merged
    return [q for q in quotes if kind == "all" or q["kind"] == kind]


def _pairs(gold: list[tuple[int, int]], pred: list[tuple[int, int]]):
    candidates = []
    for i, (ga, gb) in enumerate(gold):
        for j, (pa, pb) in enumerate(pred):
            overlap = min(gb, pb) - max(ga, pa)
            longest = max(gb - ga, pb - pa)
            if overlap > 0 and longest > 0:
                candidates.append((overlap / longest, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, pairs = set(), set(), []
    for ratio, i, j in candidates:
        if ratio < LENIENT:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j, ratio))
    return pairs


def _prf(matched: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = matched / n_pred if n_pred else float("nan")
    r = matched / n_gold if n_gold else float("nan")
    f = 2 * matched / (n_gold + n_pred) if n_gold + n_pred else float("nan")
    return {"precision": p, "recall": r, "f1": f}


def score_quotes(
    documents: Iterable[Mapping[str, Any]],
    kind: str = "direct",
    *,
    extract: Callable[[str], list] | None = None,
    merge: bool = True,
) -> QuoteScores:
    """Score an extractor on annotated documents.

    Parameters
    ----------
    documents : iterable of dict
        Each with ``text`` and ``quotes``: dicts with ``quote`` (the words),
        ``speaker`` (as written, or None) and optionally ``start``/``end``,
        ``kind`` ("direct" by default) and ``attribution_id``, as in
        :func:`framing.datasets.load_polnear`. Without offsets a quote is found with
        ``str.find`` after the previous one.
    kind : {"direct", "indirect", "all"}, default="direct"
        Which gold and predicted quotes count.
    extract : callable, default=None
        ``text -> list of quotes`` with ``.start .end .kind .speaker``;
        :func:`framing.extract_quotes` when None.
    merge : bool, default=True
        Join consecutive fragments of one attribution separated only by space.

    Returns
    -------
    QuoteScores
        ``errors`` lists, under strict matching, every missed gold quote, every
        false alarm and every wrong speaker.

    Examples
    --------
    >>> doc = {"text": '"We will win," said Mayor Ann Lee. He left.',
    ...        "quotes": [{"quote": "We will win,", "speaker": "Mayor Ann Lee"}]}
    >>> scores = score_quotes([doc])
    >>> scores.strict["f1"], scores.speaker_accuracy
    (1.0, 1.0)
    """
    if kind not in ("direct", "indirect", "all"):
        raise InputError(f"kind must be 'direct', 'indirect' or 'all'; got {kind!r}")
    if extract is None:
        from framing.quotes import extract_quotes as extract
    n_docs = n_gold = n_pred = strict = lenient = sp_n = sp_ok = 0
    errors = []
    for doc in documents:
        text = doc["text"]
        n_docs += 1
        gold = _gold_quotes(doc, kind, merge)
        pred = [q for q in extract(text) if kind == "all" or q.kind == kind]
        gold_spans = [_trim(text, q["start"], q["end"]) for q in gold]
        pred_spans = [_trim(text, q.start, q.end) for q in pred]
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = _pairs(gold_spans, pred_spans)
        lenient += len(pairs)
        # Errors are listed under strict matching, as the summary's F1 is.
        matched_g = {i for i, _, r in pairs if r >= STRICT}
        matched_p = {j for _, j, r in pairs if r >= STRICT}
        doc_id = doc.get("id", n_docs - 1)
        for i, j, ratio in pairs:
            if ratio < STRICT:
                continue
            strict += 1
            heads = speaker_heads(gold[i]["speaker"])
            if not heads:
                continue
            sp_n += 1
            said = {_norm_word(w) for w in _TOKEN.findall(pred[j].speaker or "")}
            if heads & said:
                sp_ok += 1
            else:
                a, b = gold_spans[i]
                errors.append(
                    (
                        doc_id,
                        "wrong speaker",
                        text[a:b],
                        gold[i]["speaker"],
                        pred[j].speaker,
                    )
                )
        for i, (a, b) in enumerate(gold_spans):
            if i not in matched_g:
                errors.append((doc_id, "missed", text[a:b], gold[i]["speaker"], None))
        for j, (a, b) in enumerate(pred_spans):
            if j not in matched_p:
                errors.append((doc_id, "false alarm", text[a:b], None, pred[j].speaker))
    frame = pd.DataFrame(
        errors, columns=["doc", "error", "quote", "gold_speaker", "predicted_speaker"]
    )
    return QuoteScores(
        kind=kind,
        n_docs=n_docs,
        n_gold=n_gold,
        n_predicted=n_pred,
        strict=_prf(strict, n_gold, n_pred),
        lenient=_prf(lenient, n_gold, n_pred),
        speaker_accuracy=sp_ok / sp_n if sp_n else float("nan"),
        n_speaker_pairs=sp_n,
        errors=frame,
    )
