"""Faster algorithms give what the ones they replaced give (no behaviour change)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.frames.blocks import _blocked_by_pass, blocked_spans

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
