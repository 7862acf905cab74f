"""Faster algorithms give what the ones they replaced give (no behaviour change)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from framing import furniture
from framing.document import Document
from framing.frames.blocks import _blocked_by_pass, blocked_spans
from framing.text import _WORD, count_words, word_spans

# Words that start or make up block expressions, with noise around them, so random
# texts hit the blocks, their near misses and overlaps between frames.
_BLOCK_WORDS = [
    "mother",
    "in",
    "law",
    "laws",
    "pay",
    "pays",
    "attention",
    "good",
    "faith",
    "charge",
    "in charge",
    "assault",
    "weapons",
    "war",
    "chest",
    "rule",
    "as a rule",
    "new",
    "generation",
    "Generation",
    "God",
    "thank",
    "court",
    "tennis",
    "the",
    "jury is out",
    "ſon",
    "İn",
]
_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_BLOCK_WORDS),
        st.text(alphabet=" -\n'’.,AaGgIiNn", max_size=3),
    ),
    max_size=40,
).map(lambda parts: "".join(p if i % 2 else p + " " for i, p in enumerate(parts)))


@settings(max_examples=300)
@given(_TEXT)
def test_blocked_spans_equal_one_pass_per_frame(text):
    assert blocked_spans(text) == _blocked_by_pass(text)


@given(st.text())
def test_blocked_spans_equal_one_pass_per_frame_any_text(text):
    assert blocked_spans(text) == _blocked_by_pass(text)


def test_blocked_spans_overlapping_frames():
    text = "Pay attention: in charge of the war chest, as a rule, in good faith."
    assert blocked_spans(text) == _blocked_by_pass(text)
    assert set(blocked_spans(text)) == {
        "economic",
        "crime_punishment",
        "security_defense",
        "policy",
        "morality",
    }


# Page furniture: a line the cheap checks reject has no match of the regex they guard.
_LINE_PIECES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Photo: ",
                "Enlarge this image ",
                "Ann Lee",
                "AP",
                "/",
                "(",
                ")",
                " for ",
                " via ",
                "Reuters",
                "Getty Images",
                " VPC",
                " © ",
                "(@ann)",
                "can be reached at ",
                "TrumpFederal",
                "Donald John ",
                "RELATED: ",
                "pic.twitter.com/x1",
                "https://t.co/abc",
                "October 30, 2014",
                "— ",
                "(Photo: ",
                "site.com)",
                "Photo credit ",
                "Copyright ",
                "All Rights Reserved",
                "Write to ",
                "Contact the author ",
                " at ",
                " contributed to this report",
                "This story includes reporting from ",
                "Reporting by ",
                "By ",
                "Via ",
                "H/T ",
                "The Associated Press receives support",
                " is supported by the ",
                " Foundation",
                "Vote Now",
                "Reprinted from ",
                "Newsletter Sign Up",
                "Friday, March 13, 2020, in ",
                "Facebook Twitter Pinterest ",
                "(Harbor Wire, Aug. 17, 2019)",
                "Full list here.",
                "You can watch ",
                " below",
            ]
        ),
        st.text(alphabet="aAbB .,:-'@/", max_size=12),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1000)
@given(_LINE_PIECES)
def test_furniture_prefilters_only_skip_lines_without_matches(line):
    rules = dict(furniture._LINES)
    for kind, may in furniture._MAY_BE.items():
        if not may(line):
            assert rules[kind].fullmatch(line) is None, kind
    if not furniture._may_have_aside(line, 0, len(line), line):
        assert furniture._INLINE_LINK.search(line) is None
    if "(@" not in line:
        assert furniture._TWEET_SIGNATURE.search(line) is None
    if "pic.twitter.com/" not in line and "t.co/" not in line:
        assert furniture._PIC.search(line) is None


@settings(max_examples=1000)
@given(_LINE_PIECES)
def test_furniture_line_filter_skips_only_lines_no_rule_matches(line):
    # _line_kind rejects most lines with one match and one search; the rules in
    # order (_rules_kind, the loop it replaced) give the same kind.
    assert furniture._line_kind(line) == furniture._rules_kind(line)
    glued = any(
        a.islower()
        and a.isascii()
        and b.isupper()
        and b.isascii()
        and c.islower()
        and c.isascii()
        for a, b, c in zip(line, line[1:], line[2:], strict=False)
    )
    assert (furniture._GLUED.search(line) is not None) == glued


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_furniture_line_filter_any_text(line):
    assert furniture._line_kind(line) == furniture._rules_kind(line)


def test_furniture_line_filter_real_lines():
    for line, kind in [
        ("ADVERTISEMENT", "advertisement"),
        ("Story continued below", "continued"),
        ("Sign up for our newsletter", "newsletter"),
        ("Copyright 2019 The Herald. All rights reserved.", "copyright"),
        ("Write to Ann Lee at ann@example.com", "write_to"),
        ("Ann Lee contributed to this report.", "byline"),
        ("Editor's note: This story was updated.", "correction"),
        ("Migrants wait at the border. (Ann Lee/AP)", "caption"),
        ("RELATED: What the bill does", "link"),
        ("October 30, 2014", "timestamp"),
        ("HOUSE OKS BORDER BILL", "link"),
        ("The Senate passed the bill on Tuesday after a long debate.", None),
    ]:
        assert furniture._line_kind(line) == furniture._rules_kind(line) == kind


def test_furniture_prefilters_keep_real_furniture():
    line = "Migrants wait at the border. (Ann Lee/AP)"
    assert furniture._may_be_caption(line)
    assert furniture.furniture_spans(line) == [(0, len(line), "caption")]
    text = "The bill passed. ( Also on POLITICO: What comes next) Then it stalled."
    assert furniture.furniture_spans(text) == [(17, 53, "link")]


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_count_words_counts_the_word_spans(text):
    assert count_words(text) == len(word_spans(text))
    assert count_words(text) == sum(1 for _ in _WORD.finditer(text))


# detect_issue counts a topic phrase only when its whole words are tokens.
def _detect_issue_every_phrase(text):
    from collections import Counter

    from framing import parties

    tokens = parties._TOKEN.findall(text)
    counts = Counter()
    has_phrase = False
    for token, n in Counter(tokens).items():
        for entry in parties._entries_of(token.lower()):
            if entry.capitals and not token.isupper():
                continue
            if entry.rest:
                has_phrase = True
            else:
                counts[entry.issue] += n
    if has_phrase:
        joined = " " + " ".join(tokens).lower() + " "
        for phrase, issue in parties._phrases():
            counts[issue] += joined.count(phrase)
    if not counts:
        return None, 0
    issue, n = max(counts.items(), key=lambda item: item[1])
    return (issue if n >= parties._MIN_TOPIC_WORDS else None), n


_TOPIC_TEXT = st.lists(
    st.sampled_from(
        [
            "health",
            "care",
            "Health Care",
            "tax",
            "cuts",
            "green",
            "cards",
            "pro-life",
            "Pro",
            "choice",
            "guns",
            "ICE",
            "ice",
            "border",
            "same",
            "sex",
            "the",
            ",",
            ".",
            "immigrants",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300)
@given(_TOPIC_TEXT)
def test_detect_issue_skips_only_absent_phrases(text):
    from framing.parties import detect_issue

    assert detect_issue(text) == _detect_issue_every_phrase(text)


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            _TOPIC_TEXT,
            st.sampled_from(["HEALTΣ", "İmmigrants", "ΣΑΣ", "caſe", "K", "_"]),
            st.text(max_size=4),
        ),
        max_size=12,
    ).map(" ".join)
)
def test_detect_issue_skips_only_absent_phrases_any_text(text):
    from framing.parties import detect_issue

    assert detect_issue(text) == _detect_issue_every_phrase(text)


def test_detect_issue_phrases_real_sentences():
    from framing.parties import detect_issue

    for text in [
        "Health care costs rose; the health insurance bill and health care plans.",
        "A tax cut, tax cuts and the tax code: tax reform in the House.",
        "Green card holders and green cards; the pro-life march; pro life.",
        "ICE agents and the border; same-sex marriage and same sex couples.",
    ]:
        assert detect_issue(text) == _detect_issue_every_phrase(text)


# A Document counts its words, and the quoted ones, without their spans when
# nothing asked for them.
_QUOTED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                "‘",
                "’",
                "'",
                "''",
                "``",
                "«",
                "»",
                "U.S.",
                "D.C",
                "it’s",
                "rock’n’roll",
                "anti-crime",
                "O'Brien",
                "\n\n",
                "\n",
                " ",
                ", ",
                ". ",
                "x",
                "Sessions’",
                "-",
            ]
        ),
        st.text(alphabet="aZ1 .’'-_\"", max_size=4),
    ),
    max_size=40,
).map("".join)


def _counts_from_spans(text):
    doc = Document(text)
    doc.words  # noqa: B018 - the spans first: counted from them
    return doc.n_words, doc.n_words_quoted


def _counts_without_spans(text):
    doc = Document(text)
    counts = doc.n_words, doc.n_words_quoted
    assert "words" not in doc.__dict__
    return counts


@settings(max_examples=1000)
@given(_QUOTED_TEXT)
def test_word_counts_without_spans(text):
    assert _counts_without_spans(text) == _counts_from_spans(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_word_counts_without_spans_any_text(text):
    assert _counts_without_spans(text) == _counts_from_spans(text)


def test_word_counts_without_spans_real_sentences():
    for text in [
        "He said, “It’s over in the U.S.” The ‘Trumpocalypse’ was Sessions’ word.",
        "“We’ll see,” said O'Brien. ''Rock’n’roll,'' she said, ``in D.C.''",
        '"An unclosed quotation\n\nruns to its paragraph\'s end. "Then',
    ]:
        assert _counts_without_spans(text) == _counts_from_spans(text)


# find_terms tries, after a rejected match, only the later entries that can start
# with the character there (PhraseMatcher.may_start); trying every later entry
# gives the same terms.
_TERM_TEXT = st.lists(
    st.sampled_from(
        [
            "illegal",
            "Illegal",
            "aliens",
            "alien",
            "immigrants",
            "so-called",
            "pro-life",
            "Pro-Life",
            "America",
            "Act",
            "the",
            "The",
            "Dreamers",
            "amnesty",
            "radical",
            "left",
            "death",
            "tax",
            "invasion",
            "“",
            "”",
            '"',
            ",",
            ".",
            "\n",
            "@",
            "said",
        ]
    ),
    max_size=30,
).map(" ".join)


def _terms_trying_every_entry(text, lexicon=None):
    from unittest import mock

    from framing.matching import PhraseMatcher
    from framing.terms import find_terms

    with mock.patch.object(PhraseMatcher, "may_start", lambda self, char: None):
        return find_terms(text, lexicon=lexicon)


@settings(max_examples=300)
@given(_TERM_TEXT)
def test_find_terms_tries_only_entries_that_may_start(text):
    from framing.terms import find_terms, load_emotive

    assert find_terms(text) == _terms_trying_every_entry(text)
    emotive = load_emotive()
    assert find_terms(text, lexicon=emotive) == _terms_trying_every_entry(text, emotive)


def test_find_terms_tries_later_entries_real_sentences():
    from framing.terms import find_terms

    for text in [
        "The Illegal Immigration Reform Act passed; illegal aliens were named.",
        "NARAL Pro-Choice America said the so-called pro-life bills fail.",
        "He called them illegals. The Dreamers Act and Dreamers met.",
    ]:
        assert find_terms(text) == _terms_trying_every_entry(text)


def test_may_start_lists_the_patterns_that_start_there():
    from framing.matching import PhraseMatcher

    m = PhraseMatcher(["illegal aliens?", "aliens?", "(?-i:ICE)"])
    assert m.may_start("i") == m.may_start("I") == (0, 2)
    assert m.may_start("a") == (1,)
    assert m.may_start("k") == ()
    assert m.may_start("-") is None  # not a letter or digit
    assert PhraseMatcher([r"\w+ migrants"]).may_start("a") is None  # start unknown


# Document.in_furniture finds the furniture of the text only when the line holding
# the position may hold some; it answers as the index over all furniture does.
_FURNITURE_TEXT = st.lists(
    st.one_of(_LINE_PIECES, st.sampled_from(["\n", "\n\n", "  \n", "illegals "])),
    max_size=8,
).map("".join)


@settings(max_examples=500)
@given(_FURNITURE_TEXT)
def test_in_furniture_answers_as_the_index(text):
    index = Document(text).furniture_index
    for pos in range(-1, len(text) + 1):
        assert Document(text).in_furniture(pos) == index.contains(pos), pos


def test_in_furniture_real_lines():
    text = (
        "Senate Passes Border Bill\n\nThe Senate passed the bill on Tuesday, "
        "officials said.\n\nRELATED: What the bill does\n\nAnn Lee contributed "
        "to this report.\n\nStory continued below\n\nThe vote was 60-40."
    )
    index = Document(text).furniture_index
    for pos in range(len(text)):
        doc = Document(text)
        assert doc.in_furniture(pos) == index.contains(pos)
    doc = Document(text)
    assert not doc.in_furniture(text.index("officials"))
    assert "furniture_index" not in doc.__dict__  # an article line: not needed
    assert doc.in_furniture(text.index("What the bill"))


# --- one scan for the loaded-terms and emotive lexicons ---------------------------
# Words that start entries of the two bundled lexicons (and near misses), so random
# texts put candidates of both, and of one only, side by side.
_TERM_WORDS = [
    "illegal",
    "aliens",
    "alien",
    "illegals",
    "amnesty",
    "outrage",
    "outrageous",
    "shocking",
    "slams",
    "radical",
    "left",
    "far-left",
    "pro-life",
    "undocumented",
    "immigrants",
    "invasion",
    "chaos",
    "ſlams",
    "İllegal",
    "K",
    "the",
    "a",
]
_TERM_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_TERM_WORDS),
        st.text(alphabet=" -\n'’\".,“”(", max_size=3),
    ),
    max_size=30,
).map("".join)


def _separately(text):
    from framing.terms import load_emotive, load_lexicon

    return [
        list(lexicon.matcher.candidates(text, exact=False))
        for lexicon in (load_lexicon(), load_emotive())
    ]


def _together(text):
    from framing.matching import candidates_together
    from framing.terms import load_emotive, load_lexicon

    matchers = [lexicon.matcher for lexicon in (load_lexicon(), load_emotive())]
    return candidates_together(matchers, text)


@settings(max_examples=300)
@given(_TERM_TEXT)
def test_one_scan_gives_each_lexicons_candidates(text):
    assert _together(text) == _separately(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_one_scan_gives_each_lexicons_candidates_any_text(text):
    assert _together(text) == _separately(text)


def test_one_scan_on_written_sentences():
    texts = [
        "Outrageous! The radical left slams amnesty for illegal aliens.",
        "Shocking chaos: an “invasion” of undocumented immigrants, he said.",
        "ILLEGAL ALIENS and Outrage; far-left mayors, pro-life groups.",
        "The ſhocking news: İllegal aliens (so-called) crossed.",
        "",
    ]
    for text in texts:
        assert _together(text) == _separately(text)
    found = _together(texts[0])
    assert found[0] and found[1]  # both lexicons have candidates there


def test_one_scan_with_a_matcher_without_dispatch():
    from framing.matching import PhraseMatcher, candidates_together

    plain = PhraseMatcher([r"\w+ess"])  # its start is unknown: scans on its own
    first = PhraseMatcher(["illegal aliens?", "aliens?"])
    text = "Illegal aliens, a mess: aliens, less."
    assert candidates_together([first, plain], text) == [
        list(first.candidates(text, exact=False)),
        list(plain.candidates(text, exact=False)),
    ]


def test_analyze_loaded_and_emotive_as_each_alone():
    import pandas as pd

    from framing import analyze

    texts = [
        "The shocking outrage: the radical left slams amnesty for illegal aliens.",
        '"Illegals are an invasion," the far-left mayor claimed, outraged.',
        "Chaos. ADVERTISEMENT\n\nRELATED: Illegal aliens",
        "",
    ]
    df = pd.DataFrame({"text": texts})
    both = analyze(df, features=["loaded", "emotive"])
    loaded = analyze(df, features=["loaded"])
    emotive = analyze(df, features=["emotive"])
    pd.testing.assert_frame_equal(both[loaded.columns], loaded)
    pd.testing.assert_frame_equal(both[emotive.columns], emotive)
    assert both["loaded_author"].iloc[0] > 0 and both["emotive_author"].iloc[0] > 0


@given(
    st.lists(
        st.sampled_from(["aliens", "alıens", "al", "sky", "ſky", "k", "K", "ok", " "]),
        max_size=12,
    ).map(" ".join)
)
def test_one_scan_keeps_each_matchers_own_positions(text):
    # "alıens" matches "aliens" (a case fold) where the lookahead of "aliens" does
    # not hold, but the lookahead of "al" does: the first matcher's own scan
    # misses it, and so must the joint scan.
    from framing.matching import PhraseMatcher, candidates_together

    matchers = [PhraseMatcher(["aliens", "sky"]), PhraseMatcher(["al", "ok"])]
    assert candidates_together(matchers, text) == [
        list(m.candidates(text, exact=False)) for m in matchers
    ]


# The word-start dispatch looks each start's bucket up by its characters as
# written (remembered), not by lowercasing them at every start.
def _bucket_candidates_lowering_every_start(matcher, text):
    import itertools

    from framing import matching

    if matching.ASCII_FOLDS.search(text) is None:
        starts, gaps = matcher._starts, matcher._gaps
    else:
        starts, gaps = matching._WORD_STARTS, matching._WORD_GAPS
    positions = (m.end() for m in gaps.finditer(text))
    if starts.match(text) is not None:
        positions = itertools.chain((0,), positions)
    out = []
    for start in positions:
        if matcher._compounds and matching._in_compound(text, start):
            continue
        head = text[start : start + 3].lower()
        bucket = matcher._buckets.get(head) or matcher._buckets.get(head[:2])
        if bucket is None:
            continue
        m = bucket[0].match(text, start)
        if m is not None:
            out.append((bucket[1][m.lastindex - 1], start, m.end()))
    return out


_FRAME_WORDS = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "the",
                "The",
                "THE",
                "public",
                "Public health",
                "economy",
                "ECONOMIC",
                "tax",
                "Taxpayer",
                "taxpayers' money",
                "$5",
                "10%",
                "5 percent",
                "war on drugs",
                "İn",
                "ſafety",
                "Kelvin",
                "é",
                "-",
                "'",
                "\n",
            ]
        ),
        st.text(alphabet="aeIKtxé$%.,- '’İſ", max_size=3),
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_FRAME_WORDS, st.booleans())
def test_bucket_candidates_equal_lowering_every_start(text, compounds):
    from framing.frames.cues import load_frame_lexicon
    from framing.matching import PhraseMatcher

    frames = load_frame_lexicon()._phrases
    assert frames.candidates(text) is not None
    assert list(frames.candidates(text)) == _bucket_candidates_lowering_every_start(
        frames, text
    )
    small = PhraseMatcher(
        [
            "the public",
            "tax(?:es|payers?)?",
            r"\$\d+",
            "(?:war|wars) on drugs",
            "é\\w*",
        ],
        longest_first=True,
        word_starts=True,
        compounds=compounds,
    )
    assert list(small.candidates(text)) == _bucket_candidates_lowering_every_start(
        small, text
    )


def test_bucket_candidates_real_sentences():
    from framing.frames.cues import load_frame_lexicon

    frames = load_frame_lexicon()._phrases
    for text in [
        "The Public Health emergency cost taxpayers' money, the economy said.",
        "THE WAR ON DRUGS: a 5 percent tax, $10 billion and 10% more.",
        "İllegal ſafety rules; the KELVIN scale; état d'urgence.",
    ]:
        got = list(frames.candidates(text))
        assert got == _bucket_candidates_lowering_every_start(frames, text)
        assert got  # the sentences hold frame cues


# The first-character dispatch finds its positions with a lookahead on the first
# eight characters of every entry (four before): the same candidates.
def _candidates_four_character_lookahead(matcher, text):
    import itertools

    from framing import matching

    start, scan = matcher._start, matcher._scan
    positions = (m.end() for m in scan.finditer(text))
    if start.match(text):
        positions = itertools.chain((0,), positions)
    out = []
    for at in positions:
        if matcher._compounds and matching._in_compound(text, at):
            continue
        pattern, indices = matcher._by_char[text[at]]
        m = pattern.match(text, at)
        if m is not None:
            out.append((indices[m.lastindex - 1], at, m.end()))
    return out


_LONG_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "in the",
                "in the shadows",
                "In The Dark",
                "illegal",
                "Illegal aliens",
                "ILLEGALS",
                "café au lait",
                "CAFÉ AU LAIT",
                "naïveté",
                "NAÏVE",
                "naive",
                "illegal-alien",
                "illegaL\naliens",
                "Trump",
                "trumped",
                "outraged",
            ]
        ),
        st.text(alphabet="aeilnKſİıÉé -'’\n", max_size=3),
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_LONG_TEXT, st.booleans())
def test_long_lookahead_gives_the_same_candidates(text, compounds):
    from framing.lexicon import load_lexicon
    from framing.matching import PhraseMatcher, candidates_together, phrase_pattern
    from framing.terms import load_emotive

    small = PhraseMatcher(
        [
            phrase_pattern(p)
            for p in ["in the shadows", "café au lait", "naïve", "illegal aliens"]
        ]
        + ["naïvet(?:é|e)", "in the (?:dark|shadows)"],
        compounds=compounds,
    )
    matchers = [load_lexicon().matcher, load_emotive().matcher, small]
    expected = [_candidates_four_character_lookahead(m, text) for m in matchers]
    assert [list(m.candidates(text, exact=False)) for m in matchers] == expected
    assert candidates_together(matchers, text) == expected
    for m, found in zip(matchers, expected, strict=True):
        if _has_folds(text):
            continue  # candidates() searches the reference there
        assert list(m.candidates(text)) == found


def _has_folds(text):
    from framing.matching import ASCII_FOLDS

    return ASCII_FOLDS.search(text) is not None


def test_long_lookahead_real_sentences():
    from framing.lexicon import load_lexicon
    from framing.matching import candidates_together
    from framing.terms import load_emotive

    matchers = [load_lexicon().matcher, load_emotive().matcher]
    for text in [
        "In the end, illegal aliens and undocumented immigrants were in the news.",
        "Trump's outrage: the invasion of illegals, he said, in the Senate.",
        "Anchor babies? Chain migration and amnesty were in the bill.",
    ]:
        expected = [_candidates_four_character_lookahead(m, text) for m in matchers]
        assert candidates_together(matchers, text) == expected
        assert [list(m.candidates(text)) for m in matchers] == expected
        assert any(expected)
