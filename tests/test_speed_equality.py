"""Faster algorithms give what the ones they replaced give (no behaviour change)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from framing import furniture
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


def test_detect_issue_phrases_real_sentences():
    from framing.parties import detect_issue

    for text in [
        "Health care costs rose; the health insurance bill and health care plans.",
        "A tax cut, tax cuts and the tax code: tax reform in the House.",
        "Green card holders and green cards; the pro-life march; pro life.",
        "ICE agents and the border; same-sex marriage and same sex couples.",
    ]:
        assert detect_issue(text) == _detect_issue_every_phrase(text)
