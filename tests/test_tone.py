import importlib
import json
import math
import random

import pytest
from conftest import shared_data_dir
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment import vaderSentiment as vs

from framing.document import Document
from framing.errors import LexiconError
from framing.text import sentence_spans
from framing.tone import Tone, polarity_scores, tone_by_voice

# The module itself, even if framing/__init__.py exports the function ``tone``
# (then the attribute framing.tone is that function, not this module).
tone_module = importlib.import_module("framing.tone")
VADER = vs.SentimentIntensityAnalyzer()


def mismatches(sentences):
    """Sentences whose scores differ from vaderSentiment's, with both scores."""
    out = []
    for sentence in sentences:
        expected = VADER.polarity_scores(sentence)
        got = polarity_scores(sentence)
        if got != expected:
            out.append((sentence, expected, got))
    return out


# ---------------------------------------------------------------- same as VADER


def test_rule_words_are_vaders():
    boosters = tone_module._BOOSTERS | {
        " ".join(k): v for k, v in tone_module._BOOSTER_PHRASES.items()
    }
    assert boosters == vs.BOOSTER_DICT
    assert set(vs.NEGATE) == tone_module._NEGATIONS
    # VADER's one-word special case "badass" can never match (it only looks up
    # phrases of two or three words), so it is not kept.
    special = {k: v for k, v in vs.SPECIAL_CASES.items() if " " in k}
    assert {" ".join(k): v for k, v in tone_module._SPECIAL_CASES.items()} == special
    assert (tone_module._B_INCR, tone_module._C_INCR, tone_module._N_SCALAR) == (
        vs.B_INCR,
        vs.C_INCR,
        vs.N_SCALAR,
    )


def test_lexicon_is_the_one_vader_ships():
    assert tone_module._lexicon() == VADER.lexicon
    singles = {k: v for k, v in VADER.emojis.items() if len(k) == 1}
    assert tone_module._emojis()[0] == singles


# One sentence per rule (and per quirk) of vaderSentiment 3.3.2, written for this test.
OWN_SENTENCES = [
    "The plan is good.",
    "The plan is very good.",
    "The plan is VERY GOOD, and the staff is happy.",
    "The plan is GOOD!!!",
    "The plan is good?? Really??",
    "Is the plan good????",
    "The plan is not good.",
    "The plan isn't good, and it never was.",
    "The plan is not very good.",
    "The plan is no good.",
    "No, the plan is good.",
    "There is no hope or joy here.",
    "The plan is kind of good.",
    "The plan is sort of a failure.",
    "It is just enough good news.",
    "The plan was good, but the rollout was a disaster.",
    "The rollout was a disaster but the plan was good but late.",
    "Good good good, but bad bad.",
    "It is at least a good start.",
    "It is the least good option.",
    "This is the very least helpful thing.",
    "It has never been so good.",
    "It has never been this bad.",
    "I like this good plan.",
    "Without a doubt, an excellent idea.",
    "Without doubt an excellent idea.",
    "The senator said the bill is the shit.",
    "The new policy is the bomb, he said.",
    "That is a bad ass idea.",
    "He waited at the bus stop.",
    "Oh yeah right, that will work.",
    "It was the kiss of death for the bill.",
    "The tacos were to die for.",
    "The crowd felt a beating heart of hope.",
    "The plan is GOOD and the rollout is BAD.",
    "THE PLAN IS GOOD.",
    "NO the plan is fine.",
    "The plan is EXTREMELY bad.",
    "The plan is barely acceptable, hardly a success.",
    "Voters were kinda happy :) with the result :(",
    "Voters were happy 😁 and the crowd cheered🎉!",
    "😡 The vote failed 👎👎",
    "Officials despite the delays praised the deal.",
    "Nobody was hurt; nothing was damaged; none died.",
    "The mayor ain't happy and won't cooperate.",
    "The reform is a total and utter failure.",
    "“The reform is a failure,” she said.",
    "",
    "   ",
    "!!!",
    "Kind of",
    "no",
    "no no no",
]


@pytest.mark.parametrize("sentence", OWN_SENTENCES)
def test_same_scores_as_vader_on_own_sentences(sentence):
    assert polarity_scores(sentence) == VADER.polarity_scores(sentence)


def generated_sentences(n, seed):
    """Sentences mixing every rule word with lexicon words, caps, marks, emoji."""
    rng = random.Random(seed)
    lexicon = sorted(VADER.lexicon)
    emojis = sorted(tone_module._emojis()[0])
    rule_words = sorted(
        {w for key in [*vs.BOOSTER_DICT, *vs.SPECIAL_CASES] for w in key.split()}
        | set(vs.NEGATE)
        | {"no", "or", "nor", "never", "so", "this", "without", "doubt", "least"}
        | {"at", "very", "but", "kind", "of", "n't"}
    )
    plain = ["the", "plan", "officials", "said", "border", "it", "was", "I", "A"]
    odd = ["İx.", "ΣΑΣ", "ß", "x'", "''", ":-)", "<3", "--", "’s"]
    before = ["", "", "", "", "(", '"', "“", "'", "*"]
    after = ["", "", "", ",", ".", "!", "?", "!!", "??", "???", "!!!!!", "?!", '"']
    after += ["”", ")", "...", ":"]
    spaces = [" ", " ", " ", " ", "  ", "\n", "\t", ""]
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(0, 25)):
            pick = rng.random()
            if pick < 0.35:
                word = rng.choice(lexicon)
            elif pick < 0.75:
                word = rng.choice(rule_words)
            elif pick < 0.9:
                word = rng.choice(plain)
            elif pick < 0.95:
                word = rng.choice(odd)
            else:
                word = rng.choice(emojis)
            shape = rng.random()
            if shape < 0.12:
                word = word.upper()
            elif shape < 0.2:
                word = word.capitalize()
            words.append(rng.choice(before) + word + rng.choice(after))
            words.append(rng.choice(spaces))
        out.append("".join(words))
    return out


def test_same_scores_as_vader_on_generated_sentences():
    sentences = generated_sentences(4000, seed=20141)
    assert len(set(sentences)) > 3800  # a few short ones repeat
    assert mismatches(sentences)[:3] == []


vader_words = st.sampled_from(
    [
        "good",
        "bad",
        "not",
        "no",
        "very",
        "but",
        "least",
        "kind",
        "of",
        "the",
        "shit",
        "never",
        "so",
        "this",
        "without",
        "doubt",
        "GOOD",
        "Not",
        "isn't",
        ":)",
        "😁",
    ]
)
vader_text = st.lists(
    st.tuples(vader_words, st.sampled_from([" ", "! ", "? ", ", ", "", "\n"]))
).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), vader_text))
def test_same_scores_as_vader_on_any_text(text):
    assert polarity_scores(text) == VADER.polarity_scores(text)


def test_same_scores_as_vader_on_corpus_sentences():
    data = shared_data_dir()
    path = data / "polnear" / "dev.jsonl" if data else None
    if path is None or not path.is_file():
        pytest.skip("development corpus not available (set FRAMING_DATA)")
    sentences = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            sentences += [text[a:b] for a, b in sentence_spans(text)]
            if len(sentences) >= 3000:
                break
    assert len(sentences) >= 1000
    assert [s for s, _, _ in mismatches(sentences)][:3] == []


# ------------------------------------------------------------------ own values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}),
        (None, {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}),
        (
            "The plan is good.",
            {"neg": 0.0, "neu": 0.508, "pos": 0.492, "compound": 0.4404},
        ),
        (
            "The plan is not good.",
            {"neg": 0.376, "neu": 0.624, "pos": 0.0, "compound": -0.3412},
        ),
    ],
    ids=["empty", "none", "good", "not-good"],
)
def test_polarity_scores_values(text, expected):
    assert polarity_scores(text) == expected


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("This is a wonderful, happy day.", 0.5, 1.0),
        ("The crash was a horrible, deadly disaster.", -1.0, -0.5),
        ("The hearing is scheduled for Tuesday.", 0.0, 0.0),
        ("The reform is not a failure.", 0.05, 1.0),
    ],
    ids=["positive", "negative", "neutral", "negated-negative"],
)
def test_sign_of_clear_sentences(sentence, low, high):
    assert low <= polarity_scores(sentence)["compound"] <= high
    assert low <= tone_by_voice(sentence).author <= high


def test_polarity_scores_rejects_non_text():
    with pytest.raises(TypeError, match="text must be a str"):
        polarity_scores(3)


# ----------------------------------------------------------------------- tone


def test_author_and_quoted_voice_are_split():
    text = '"The plan is good," she said, "but the rollout is a disaster."'
    result = tone_by_voice(text)
    good = 0.4404  # "The plan is good,"
    disaster = -0.7684  # "but the rollout is a disaster." ("but" raises the rest)
    assert VADER.polarity_scores("but the rollout is a disaster.")["compound"] == (
        disaster
    )
    assert (result.n_author, result.n_quoted) == (1, 2)
    assert result.author == 0.0  # "she said,"
    assert result.quoted == pytest.approx((good + disaster) / 2, abs=1e-12)
    assert (result.quoted_pos, result.quoted_neg) == (0.5, 0.5)
    assert (result.author_pos, result.author_neg) == (0.0, 0.0)


@pytest.mark.parametrize(
    ("text", "authored", "quoted"),
    [
        (
            "“The plan is good,” she said, “but the rollout is a disaster.”",
            [" she said, "],
            ["The plan is good,", "but the rollout is a disaster."],
        ),
        (
            "He called the ‘reform’ a “disaster” on Monday.",
            ["He called the   a   on Monday."],
            ["reform", "disaster"],
        ),
        (
            "“We lost. It is a terrible day,” he said.\n\nThe crowd cheered.",
            [" he said.", "The crowd cheered."],
            ["We lost.", "It is a terrible day,"],
        ),
        ("“It’s over.”", [], ["It’s over."]),
        ("“ … ”", [], []),
        (
            "No quotes in this one. Nor here.",
            ["No quotes in this one.", "Nor here."],
            [],
        ),
    ],
    ids=[
        "split-quote",
        "scare-quotes",
        "two-sentence-quote",
        "all-quoted",
        "no-words",
        "no-quotes",
    ],
)
def test_voices_cut_sentences_at_quotation_marks(text, authored, quoted):
    assert tone_module._voices(Document(text)) == (authored, quoted)


def test_author_voice_keeps_the_words_around_a_quote():
    text = 'The brave rescuers saved everyone, though the mayor called it "a tragedy."'
    result = tone_by_voice(text)
    author = "The brave rescuers saved everyone, though the mayor called it "
    assert result.author == VADER.polarity_scores(author)["compound"] == 0.7351
    assert result.quoted == VADER.polarity_scores("a tragedy.")["compound"] == -0.6597
    assert (result.n_author, result.n_quoted) == (1, 1)


def test_quotation_over_two_sentences_gives_two_segments():
    text = '"We lost. It is a terrible day," he said. Then the crowd cheered happily.'
    result = tone_by_voice(text)
    assert (result.n_author, result.n_quoted) == (2, 2)
    # "We lost." -0.3182, "It is a terrible day," -0.4767
    assert result.quoted == pytest.approx((-0.3182 - 0.4767) / 2, abs=1e-12)
    # "he said." 0.0, "Then the crowd cheered happily." 0.7845
    assert result.author == pytest.approx(0.7845 / 2, abs=1e-12)


def test_sentence_all_in_quotes_has_no_author_part():
    result = tone_by_voice("“What a wonderful result.”")
    assert (result.n_author, result.n_quoted) == (0, 1)
    assert math.isnan(result.author)
    assert result.quoted == 0.5719


@pytest.mark.parametrize(
    ("curly", "straight", "voice"),
    [
        ("The plan isn’t good.", "The plan isn't good.", "author"),
        ("“It ‘isn’t’ good,” he said.", "\"It 'isn't' good,\" he said.", "quoted"),
    ],
    ids=["apostrophe", "nested-marks"],
)
def test_tone_reads_typographic_marks_as_ascii(curly, straight, voice):
    # VADER itself does not negate "isn’t" (curly): only "n't" is a negation.
    assert VADER.polarity_scores("The plan isn’t good.")["compound"] == 0.4404
    assert (
        getattr(tone_by_voice(curly), voice)
        == getattr(tone_by_voice(straight), voice)
        == -0.3412
    )


def test_shares_use_vader_thresholds_inclusive():
    # Hutto & Gilbert's cut-offs: compound >= 0.05 positive, <= -0.05 negative.
    scores = [0.05, -0.05, 0.0499, -0.0499, 0.9, -0.3, 0.0, 0.2]
    mean, positive, negative = tone_module._summary(scores)
    assert mean == pytest.approx(0.8 / 8, abs=1e-12)
    assert (positive, negative) == (3 / 8, 2 / 8)
    assert all(math.isnan(x) for x in tone_module._summary([]))


def test_seed_tone(seed_text):
    result = tone_by_voice(seed_text)
    assert (result.n_author, result.n_quoted) == (17, 3)
    assert result.author == pytest.approx(-0.0964352941, abs=1e-6)
    assert result.quoted == pytest.approx(-0.1418, abs=1e-6)
    assert result.author_pos == pytest.approx(4 / 17, abs=1e-9)
    assert result.author_neg == pytest.approx(10 / 17, abs=1e-9)
    assert (result.quoted_pos, result.quoted_neg) == (pytest.approx(1 / 3),) * 2


@pytest.mark.parametrize("text", [None, float("nan"), "", "   \n ", '"" ...'])
def test_empty_text_gives_nan_tone(text):
    result = tone_by_voice(text)
    assert (result.n_author, result.n_quoted) == (0, 0)
    assert all(math.isnan(getattr(result, f)) for f in Tone.__slots__ if "n_" not in f)


def test_tone_rejects_non_text():
    with pytest.raises(TypeError, match="text must be a str"):
        tone_by_voice(["a list"])


pieces = st.sampled_from(
    ['"', "“", "”", "‘", "’", "'", "Good", " bad", " said", ". ", "\n\n", "😁", "!"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(pieces).map("".join)))
def test_tone_never_raises_and_counts_add_up(text):
    result = tone_by_voice(text)
    assert result.n_author <= len(sentence_spans(text))
    for mean, n in ((result.author, result.n_author), (result.quoted, result.n_quoted)):
        assert (n == 0) == math.isnan(mean)
        assert n == 0 or -1.0 <= mean <= 1.0


# -------------------------------------------------------------- lexicon errors


@pytest.fixture
def fake_vader_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tone_module.resources, "files", lambda package: tmp_path)
    tone_module._lexicon.cache_clear()
    yield tmp_path
    tone_module._lexicon.cache_clear()


def test_broken_lexicon_line_names_file_and_line(fake_vader_folder):
    (fake_vader_folder / "vader_lexicon.txt").write_text("good\t1.9\t0.9\nbad -2.5\n")
    with pytest.raises(LexiconError, match=r"vader_lexicon.txt, line 2: expected"):
        tone_module._lexicon()


def test_non_numeric_valence_is_a_lexicon_error(fake_vader_folder):
    (fake_vader_folder / "vader_lexicon.txt").write_text("good\tvery\t0.9\n")
    with pytest.raises(LexiconError, match=r"entry 'good': expected a number"):
        tone_module._lexicon()


def test_missing_lexicon_is_a_lexicon_error(fake_vader_folder):
    with pytest.raises(LexiconError, match="reinstall"):
        tone_module._lexicon()
