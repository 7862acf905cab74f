"""Tone: VADER sentiment, computed fast, in the author's voice and in quoted voice.

``polarity_scores`` gives exactly the scores of vaderSentiment 3.3.2 (Hutto & Gilbert
2014), read from the lexicon that package ships, at several times its speed. ``tone``
scores each sentence's author-voice part and each quoted segment apart and averages.
"""

from __future__ import annotations

import functools
import math
import re
import string
from dataclasses import dataclass
from importlib import resources

from framing._validation import as_text
from framing.document import Document, as_document
from framing.errors import LexiconError

__all__ = ["Tone", "polarity_scores", "tone_by_voice"]

# Rule constants of VADER (Hutto & Gilbert 2014, and vaderSentiment 3.3.2, whose
# scores ``polarity_scores`` reproduces): a booster adds +-0.293 to the word it
# modifies, an ALL-CAPS word among mixed-case words +-0.733, a negation multiplies
# by -0.74; "!" adds 0.292 each (at most 4), "?" 0.18 each from two on (0.96 for 4+).
_B_INCR = 0.293
_B_DECR = -0.293
_C_INCR = 0.733
_N_SCALAR = -0.74
_EXCLAIM = 0.292
_QUESTION = 0.18
_QUESTION_MAX = 0.96
_ALPHA = 15  # compound = sum / sqrt(sum**2 + alpha)

# Degree adverbs that raise (+) or lower (-) the next sentiment word's intensity.
_BOOSTERS: dict[str, float] = dict.fromkeys(
    [
        "absolutely",
        "amazingly",
        "awfully",
        "completely",
        "considerable",
        "considerably",
        "decidedly",
        "deeply",
        "effing",
        "enormous",
        "enormously",
        "entirely",
        "especially",
        "exceptional",
        "exceptionally",
        "extreme",
        "extremely",
        "fabulously",
        "flipping",
        "flippin",
        "frackin",
        "fracking",
        "fricking",
        "frickin",
        "frigging",
        "friggin",
        "fully",
        "fuckin",
        "fucking",
        "fuggin",
        "fugging",
        "greatly",
        "hella",
        "highly",
        "hugely",
        "incredible",
        "incredibly",
        "intensely",
        "major",
        "majorly",
        "more",
        "most",
        "particularly",
        "purely",
        "quite",
        "really",
        "remarkably",
        "so",
        "substantially",
        "thoroughly",
        "total",
        "totally",
        "tremendous",
        "tremendously",
        "uber",
        "unbelievably",
        "unusually",
        "utter",
        "utterly",
        "very",
    ],
    _B_INCR,
) | dict.fromkeys(
    [
        "almost",
        "barely",
        "hardly",
        "kinda",
        "kindof",
        "kind-of",
        "less",
        "little",
        "marginal",
        "marginally",
        "occasional",
        "occasionally",
        "partly",
        "scarce",
        "scarcely",
        "slight",
        "slightly",
        "somewhat",
        "sorta",
        "sortof",
        "sort-of",
    ],
    _B_DECR,
)
# Two-word dampeners: tokens never hold a space, so VADER only meets these when it
# looks at the two or three words before a sentiment word.
_BOOSTER_PHRASES: dict[tuple[str, ...], float] = {
    ("just", "enough"): _B_DECR,
    ("kind", "of"): _B_DECR,
    ("sort", "of"): _B_DECR,
}
_NEGATIONS = frozenset(
    [
        "aint",
        "arent",
        "cannot",
        "cant",
        "couldnt",
        "darent",
        "didnt",
        "doesnt",
        "ain't",
        "aren't",
        "can't",
        "couldn't",
        "daren't",
        "didn't",
        "doesn't",
        "dont",
        "hadnt",
        "hasnt",
        "havent",
        "isnt",
        "mightnt",
        "mustnt",
        "neither",
        "don't",
        "hadn't",
        "hasn't",
        "haven't",
        "isn't",
        "mightn't",
        "mustn't",
        "neednt",
        "needn't",
        "never",
        "none",
        "nope",
        "nor",
        "not",
        "nothing",
        "nowhere",
        "oughtnt",
        "shant",
        "shouldnt",
        "uhuh",
        "wasnt",
        "werent",
        "oughtn't",
        "shan't",
        "shouldn't",
        "uh-uh",
        "wasn't",
        "weren't",
        "without",
        "wont",
        "wouldnt",
        "won't",
        "wouldn't",
        "rarely",
        "seldom",
        "despite",
    ]
)
# Phrases holding a lexicon word whose valence VADER replaces outright.
_SPECIAL_CASES: dict[tuple[str, ...], float] = {
    ("the", "shit"): 3.0,
    ("the", "bomb"): 3.0,
    ("bad", "ass"): 1.5,
    ("bus", "stop"): 0.0,
    ("yeah", "right"): -2.0,
    ("kiss", "of", "death"): -1.5,
    ("to", "die", "for"): 3.0,
    ("beating", "heart"): 3.5,
}
# A phrase changes a valence only if its first two words stand together within
# three words before a lexicon word, or at it; checking these pairs first spares
# building every phrase around almost every word.
_PHRASE_PAIRS = frozenset(key[:2] for key in (*_SPECIAL_CASES, *_BOOSTER_PHRASES))
_PHRASE_FIRST = frozenset(first for first, _ in _PHRASE_PAIRS)
# Words that, within three words before a lexicon word, may change its valence
# by a rule other than a phrase. Without them, phrases and "n't", a lexicon word
# keeps its lexicon valence (but for capitals).
_CONTEXT_WORDS = frozenset(
    [*_BOOSTERS, *_NEGATIONS, "no", "least", "never", "so", "this"]
)
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
_AT_VERY = ("at", "very")

# Compound thresholds for a positive or negative text (Hutto & Gilbert 2014; the
# vaderSentiment README recommends >= 0.05 and <= -0.05).
_POSITIVE = 0.05
_NEGATIVE = -0.05

_PUNCTUATION = string.punctuation
# tone() reads typographic apostrophes and quotation marks as ASCII ones: VADER
# knows only "n't" and strips only ASCII punctuation, so "isn’t good" would score
# as "good", and outlets differ in typography (in the AllSides immigration set,
# the Washington Times writes "n’t" 654 times and "n't" 3 times).
_ASCII_MARKS = (*((mark, "'") for mark in "‘’‛ʼ"), *((mark, '"') for mark in "“”„‟"))
_WORD_CHAR = re.compile(r"\w")
# Finds every text with a token that lowercases to hold "n't" (and a few more).
_NT = re.compile("n't", re.IGNORECASE)


def _read_vader_table(name: str) -> dict[str, str]:
    """Read a tab-separated file bundled with vaderSentiment: first field -> second.

    Lines are split at line feeds and stripped as vaderSentiment does (its files
    use CRLF line ends); a later duplicate entry wins, as there.
    """
    path = resources.files("vaderSentiment") / name
    try:
        content = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise LexiconError(
            f"{path}: cannot read the lexicon bundled with vaderSentiment ({err}); "
            "reinstall it with `pip install --force-reinstall vaderSentiment`"
        ) from err
    table: dict[str, str] = {}
    for number, line in enumerate(content.rstrip("\n").split("\n"), start=1):
        if not line:
            continue
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise LexiconError(
                f"{path}, line {number}: expected an entry and a value separated "
                f"by a tab, got {line!r:.60}"
            )
        table[fields[0]] = fields[1]
    return table


@functools.cache
def _lexicon() -> dict[str, float]:
    """Return VADER's word -> mean valence, from ``vader_lexicon.txt``."""
    lexicon: dict[str, float] = {}
    for word, value in _read_vader_table("vader_lexicon.txt").items():
        try:
            lexicon[word] = float(value)
        except ValueError:
            raise LexiconError(
                f"vader_lexicon.txt, entry {word!r}: expected a number as the "
                f"mean valence, got {value!r:.40}"
            ) from None
    return lexicon


@functools.cache
def _emojis() -> tuple[dict[str, str], re.Pattern[str], bool]:
    """Return emoji -> description, a finder of possible emojis, and an ASCII flag.

    VADER compares the text character by character with the emoji lexicon, so
    only its one-character entries can ever match. The finder matches every
    character from the lowest emoji code point up: one simple range is much
    faster to search than a class of a thousand emojis, and news text rarely
    has such characters besides curly quotes and dashes. The flag says every
    emoji lies outside ASCII, so ASCII text needs no search at all.
    """
    table = _read_vader_table("emoji_utf8_lexicon.txt")
    single = {key: value for key, value in table.items() if len(key) == 1}
    lowest = min(map(ord, single), default=0x110000)
    pattern = re.compile(
        f"[^\\x00-{re.escape(chr(lowest - 1))}]" if lowest else "(?s)."
    )
    return single, pattern, lowest > 0x7F


def _replace_emoji(match: re.Match[str]) -> str:
    # VADER writes the description in place of the emoji, after a space unless
    # the character before was a plain space (or the emoji opens the text).
    char = match.group()
    description = _emojis()[0].get(char)
    if description is None:
        return char
    start = match.start()
    if start == 0 or match.string[start - 1] == " ":
        return description
    return " " + description


def _tokens(text: str) -> tuple[str, list[str]]:
    """Return VADER's text (emojis spelled out) and its lowercase tokens.

    VADER's tokens are the white-space words with punctuation stripped from each
    end, unless that leaves two characters or fewer, which keeps emoticons such
    as ":)" whole. Besides their lowercase form, only their number and which of
    them are in capitals matter; stripping ASCII punctuation changes neither, so
    the rules read capitals from the words themselves (``text.split()``).
    """
    emojis, candidates, ascii_free = _emojis()
    if not (ascii_free and text.isascii()):
        found = candidates.findall(text)
        if found and not emojis.keys().isdisjoint(found):
            text = candidates.sub(_replace_emoji, text)
    lowered = text.lower()
    if len(lowered) != len(text) or "\u03a3" in text:
        # "İ" lowercases to two characters and "Σ" by its context (final sigma):
        # only then may the lowercase text's words differ from the lowercase
        # words, so lowercase each token.
        return text, [_token(word).lower() for word in text.split()]
    # Otherwise every character lowercases to one, white space stays white space
    # and ASCII punctuation stays itself: stripping the lowercase text's words
    # gives the lowercase tokens, with one call of str.lower per text.
    return text, [
        s if len(s := word.strip(_PUNCTUATION)) > 2 else word
        for word in lowered.split()
    ]


def _token(word: str) -> str:
    stripped = word.strip(_PUNCTUATION)
    return stripped if len(stripped) > 2 else word


def _negated(word: str) -> bool:
    return word in _NEGATIONS or "n't" in word


def _cap_diff(tokens: list[str]) -> bool:
    """Return True if some but not all tokens are in capitals (VADER's emphasis)."""
    upper = sum(t.isupper() for t in tokens)
    return 0 < upper < len(tokens)


def _valences(text: str, lowered: list[str]) -> tuple[list[float], list[int]]:
    """Return VADER's valence of each token after all its rules, in token order.

    Also returns the positions of the lexicon words scored, in order; every other
    valence is 0.
    """
    lexicon = _lexicon()
    n = len(lowered)
    valences: list[float] = [0] * n
    hits: list[int] = []
    found = [i for i, word in enumerate(lowered) if word in lexicon]
    if not found:
        return valences, hits
    # The white-space words, for capitals (see _tokens): only texts with a
    # lexicon word need them.
    tokens = text.split()
    # A token holding "n't" negates; most sentences have none, so look once.
    maybe_nt = "'" in text and _NT.search(text) is not None
    for i in found:
        word = lowered[i]
        if word in _BOOSTERS:
            continue
        if word == "kind" and i + 1 < n and lowered[i + 1] == "of":
            continue  # "kind of" is a dampener, not the lexicon's "kind"
        valence = lexicon[word]
        if tokens[i].isupper() and _cap_diff(tokens):
            valence += _C_INCR if valence > 0 else -_C_INCR
        start = i - 3 if i > 3 else 0
        before = lowered[start:i]
        if (
            word == "no"
            or not _CONTEXT_WORDS.isdisjoint(before)
            # tokens hold no space, so "n't" in the joined words is in one word
            or (maybe_nt and "n't" in " ".join(before))
            # (the second slice is one shorter at the end of the sentence)
            or not _PHRASE_PAIRS.isdisjoint(
                zip(lowered[start : i + 1], lowered[start + 1 : i + 2], strict=False)
            )
        ):
            # Some rule may apply: redo this word with all of them, in VADER's
            # order. Otherwise none does and the valence is final (no rule
            # but the capitals one changes a word with plain words before it).
            valence = _rules(i, tokens, lowered, lexicon)
        valences[i] = valence
        hits.append(i)
    if hits and "but" in lowered:
        _but_rule(valences, lowered.index("but"), hits)
    return valences, hits


def _rules(i: int, tokens: list[str], lowered: list[str], lexicon: dict) -> float:
    """Return the valence of lexicon word ``i`` after all of VADER's word rules."""
    n = len(tokens)
    word = lowered[i]
    valence = lexicon[word]
    # "no" before a lexicon word negates it rather than counting itself.
    if word == "no" and i != n - 1 and lowered[i + 1] in lexicon:
        valence = 0.0
    if (
        (i > 0 and lowered[i - 1] == "no")
        or (i > 1 and lowered[i - 2] == "no")
        or (i > 2 and lowered[i - 3] == "no" and lowered[i - 1] in _OR_NOR)
    ):
        valence = lexicon[word] * _N_SCALAR
    if tokens[i].isupper() and _cap_diff(tokens):
        # As in VADER, a zero valence counts as negative here.
        valence = valence + _C_INCR if valence > 0 else valence - _C_INCR
    # The three words before: boosters (weaker with distance), negations, and
    # at distance three, the idiom and two-word-dampener checks.
    for distance in (1, 2, 3):
        if i < distance:
            break
        j = i - distance
        before = lowered[j]
        if before in lexicon:
            continue
        scalar = 0.0
        if before in _BOOSTERS:
            scalar = _BOOSTERS[before]
            if valence < 0:
                scalar *= -1
            if tokens[j].isupper() and _cap_diff(tokens):
                scalar = scalar + _C_INCR if valence > 0 else scalar - _C_INCR
            if distance == 2 and scalar != 0:
                scalar *= 0.95
            elif distance == 3 and scalar != 0:
                scalar *= 0.9
        valence = valence + scalar
        if distance == 1:
            if _negated(before):
                valence = valence * _N_SCALAR
        elif distance == 2:
            if lowered[i - 2] == "never" and lowered[i - 1] in _SO_THIS:
                valence = valence * 1.25
            elif lowered[i - 2] == "without" and lowered[i - 1] == "doubt":
                pass
            elif _negated(before):
                valence = valence * _N_SCALAR
        else:
            valence = _distance_three(valence, lowered, i, n)
    # "least" negates ("the least good") except in "at least", "very least".
    if (
        i > 0
        and lowered[i - 1] == "least"
        and "least" not in lexicon
        and (i == 1 or lowered[i - 2] not in _AT_VERY)
    ):
        valence = valence * _N_SCALAR
    return valence


def _distance_three(valence: float, lowered: list[str], i: int, n: int) -> float:
    """Apply VADER's checks made when the word three before is not in the lexicon."""
    w3, w2, w1, w0 = lowered[i - 3], lowered[i - 2], lowered[i - 1], lowered[i]
    # VADER's operator precedence: "this"/"so" just before always intensifies.
    if (w3 == "never" and w2 in _SO_THIS) or w1 in _SO_THIS:
        valence = valence * 1.25
    elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
        pass
    elif _negated(w3):
        valence = valence * _N_SCALAR
    if not _PHRASE_FIRST.isdisjoint((w3, w2, w1, w0)):
        for key in ((w1, w0), (w2, w1, w0), (w2, w1), (w3, w2, w1), (w3, w2)):
            if key in _SPECIAL_CASES:
                valence = _SPECIAL_CASES[key]
                break
        if n - 1 > i and (w0, lowered[i + 1]) in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[w0, lowered[i + 1]]
        if n - 1 > i + 1 and (w0, lowered[i + 1], lowered[i + 2]) in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[w0, lowered[i + 1], lowered[i + 2]]
        for key in ((w3, w2), (w2, w1)):
            if key in _BOOSTER_PHRASES:
                valence = valence + _BOOSTER_PHRASES[key]
    return valence


def _but_rule(valences: list[float], but: int, hits: list[int]) -> None:
    """Halve valences before the first "but" and raise those after by half.

    VADER finds each value's position with ``list.index``, i.e. the first equal
    value, so a repeated valence may be scaled twice and a later copy not at all;
    this reproduces that. Zero valences stay zero, so only ``hits`` are visited.
    """
    for k in hits:
        value = valences[k]
        first = valences.index(value)
        if first < but:
            valences[first] = value * 0.5
        elif first > but:
            valences[first] = value * 1.5


def _emphasis(text: str) -> float:
    exclaim = min(text.count("!"), 4) * _EXCLAIM
    questions = text.count("?")
    if questions <= 1:
        return exclaim + 0
    return exclaim + (questions * _QUESTION if questions <= 3 else _QUESTION_MAX)


def _normalize(score: float) -> float:
    norm = score / math.sqrt(score * score + _ALPHA)
    return -1.0 if norm < -1.0 else 1.0 if norm > 1.0 else norm


def _compound(total: float, emphasis: float) -> float:
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    return _normalize(total)


def polarity_scores(text: str) -> dict[str, float]:
    """Return VADER's neg, neu, pos and compound scores of ``text``.

    The same numbers as ``vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer
    ().polarity_scores(text)`` (version 3.3.2), rounded as VADER rounds them,
    computed several times faster; the lexicon is the one vaderSentiment ships,
    read once. VADER is meant for one sentence at a time: its cost grows faster
    than the length of the text.

    Parameters
    ----------
    text : str
        Any text. None or NaN scores as the empty string (all zeros).

    Returns
    -------
    dict
        ``{"neg": float, "neu": float, "pos": float, "compound": float}``:
        shares of negative, neutral and positive weight (3 decimals) and the
        normalised sum of valences in [-1, 1] (4 decimals).

    Raises
    ------
    TypeError
        If ``text`` is neither a str, None nor NaN.
    LexiconError
        If vaderSentiment's bundled lexicon is missing or malformed.

    Notes
    -----
    Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for
    Sentiment Analysis of Social Media Text. ICWSM-14. Every rule of
    vaderSentiment 3.3.2 is kept, including its quirks: an ALL-CAPS "NO" before a
    lexicon word, whose valence is set to 0, gets -0.733; "this" or "so" just
    before a sentiment word multiplies it by 1.25 once three words precede it;
    the "but" rule finds each value by equality, so repeated values are scaled
    unevenly.

    Examples
    --------
    >>> from framing.tone import polarity_scores
    >>> polarity_scores("The plan is good.")
    {'neg': 0.0, 'neu': 0.508, 'pos': 0.492, 'compound': 0.4404}
    >>> polarity_scores("The plan is not good, but it is NOT a disaster!")["compound"]
    0.6162
    """
    text, lowered = _tokens(as_text(text))
    if not lowered:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    valences, hits = _valences(text, lowered)
    emphasis = _emphasis(text)
    compound = _compound(float(sum(valences)), emphasis)
    pos_sum = 0.0
    neg_sum = 0.0
    neu_count = len(lowered)
    for i in hits:  # the other valences are 0, neutral
        value = valences[i]
        if value > 0:
            pos_sum += value + 1  # + 1 so a weak word outweighs a neutral one
            neu_count -= 1
        elif value < 0:
            neg_sum += value - 1
            neu_count -= 1
    if pos_sum > -neg_sum:
        pos_sum += emphasis
    elif pos_sum < -neg_sum:
        neg_sum -= emphasis
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {
        "neg": round(math.fabs(neg_sum / total), 3),
        "neu": round(math.fabs(neu_count / total), 3),
        "pos": round(math.fabs(pos_sum / total), 3),
        "compound": round(compound, 4),
    }


def _compound_score(text: str) -> float:
    """Return VADER's compound score (4 decimals) of a str, skipping pos/neu/neg."""
    text, lowered = _tokens(text)
    valences, hits = _valences(text, lowered)
    if not hits:  # every valence is 0, and so is the compound
        return 0.0
    return round(_compound(float(sum(valences)), _emphasis(text)), 4)


@dataclass(frozen=True, slots=True)
class Tone:
    """Mean VADER compound score of a text in the author's voice and in quoted voice.

    ``author`` averages over sentences (the part of each outside quotation marks),
    ``quoted`` over quoted segments (the part of each quotation inside one
    sentence); NaN when there is none. The shares count segments with compound
    >= 0.05 (positive) or <= -0.05 (negative), VADER's usual thresholds.
    """

    author: float  # mean compound of author-voice sentence parts, in [-1, 1]
    quoted: float  # mean compound of quoted segments, in [-1, 1]
    n_author: int  # sentences with author-voice words
    n_quoted: int  # quoted segments with words
    author_pos: float = math.nan  # share of author-voice parts with compound >= 0.05
    author_neg: float = math.nan  # share with compound <= -0.05
    quoted_pos: float = math.nan
    quoted_neg: float = math.nan


def _summary(scores: list[float]) -> tuple[float, float, float]:
    if not scores:
        return math.nan, math.nan, math.nan
    n = len(scores)
    return (
        math.fsum(scores) / n,
        sum(s >= _POSITIVE for s in scores) / n,
        sum(s <= _NEGATIVE for s in scores) / n,
    )


def tone_by_voice(text: str | Document) -> Tone:
    """Score the tone of ``text`` in the author's voice and in quoted voice.

    Each sentence (``framing.text.sentence_spans``) is cut at its quotation
    spans (``framing.text.quotation_spans``, marks excluded): the words outside
    make one author-voice part, scored with VADER; each quoted segment inside the
    sentence is scored on its own. A part counts when it holds a word character
    (a letter, digit or underscore). Scare quotes (‘reform’) count as quoted
    voice, as every span of ``quotation_spans`` does. Typographic apostrophes and
    quotation marks are read as ASCII ones first, so "isn’t good" is negated as
    "isn't good" is (``polarity_scores`` alone keeps VADER's behaviour, which
    does not negate it).

    Parameters
    ----------
    text : str or Document
        Any text. None, NaN or "" gives ``Tone(nan, nan, 0, 0)``. A
        :class:`~framing.document.Document` reuses its sentences and quotations.

    Returns
    -------
    Tone
        Mean compound scores by voice, their counts and positive/negative shares.

    Raises
    ------
    TypeError
        If ``text`` is neither a str, None nor NaN.

    Examples
    --------
    >>> from framing.tone import tone_by_voice
    >>> text = '"The plan is good," she said, "but the rollout is a disaster."'
    >>> t = tone_by_voice(text)
    >>> t.author, round(t.quoted, 4), t.n_author, t.n_quoted
    (0.0, -0.164, 1, 2)
    >>> text = 'The rescue was a success. "It is a tragedy," the mayor said.'
    >>> t = tone_by_voice(text)
    >>> t.author, t.quoted
    (0.3953, -0.6597)
    """
    authored, quoted = _voices(as_document(text))
    author = [_compound_score(_ascii_marks(part)) for part in authored]
    quote = [_compound_score(_ascii_marks(part)) for part in quoted]
    a_mean, a_pos, a_neg = _summary(author)
    q_mean, q_pos, q_neg = _summary(quote)
    return Tone(a_mean, q_mean, len(author), len(quote), a_pos, a_neg, q_pos, q_neg)


def _ascii_marks(text: str) -> str:
    # str.replace per mark present is several times faster than str.translate,
    # which looks up every character of a non-ASCII text.
    if text.isascii():
        return text
    for mark, ascii_mark in _ASCII_MARKS:
        if mark in text:
            text = text.replace(mark, ascii_mark)
    return text


def _voices(doc: Document) -> tuple[list[str], list[str]]:
    """Return the author-voice part of each sentence and the quoted segments.

    Quotation marks belong to neither. The pieces of a sentence outside its
    quotations are joined with a space; parts without a word character are left
    out.
    """
    authored: list[str] = []
    quoted: list[str] = []
    text = doc.text
    quotes = doc.quotations
    n_quotes = len(quotes)
    first = 0  # the first quotation that may reach into the current sentence
    for start, end in doc.sentences:
        while first < n_quotes and quotes[first].close_end <= start:
            first += 1
        pieces: list[str] = []
        pos = start
        k = first
        while k < n_quotes and quotes[k].open_start < end:
            quote = quotes[k]
            if quote.open_start > pos:
                pieces.append(text[pos : quote.open_start])
            inner = text[max(quote.start, start) : min(quote.end, end)]
            if _WORD_CHAR.search(inner):
                quoted.append(inner)
            pos = max(pos, quote.close_end)
            k += 1
        if pos < end:
            pieces.append(text[pos:end])
        own = pieces[0] if len(pieces) == 1 else " ".join(pieces)
        if _WORD_CHAR.search(own):
            authored.append(own)
    return authored, quoted
