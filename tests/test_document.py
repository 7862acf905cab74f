import collections
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import framing
import framing.document
import framing.text
from framing import Document
from framing.document import as_document
from framing.features import _show_progress, analyze

TEXT = "Sen. Ann Roe spoke. “We will win,” she said.\n\nThen she left."


def test_document_is_public_and_read_only():
    assert "Document" in framing.__all__
    doc = Document(TEXT)
    with pytest.raises(AttributeError, match="read-only"):
        doc.text = "other"
    with pytest.raises(AttributeError, match="read-only"):
        doc.words = ()
    assert doc.furniture == ()
    assert doc.title is None


def test_word_queries_give_exact_spans():
    doc = Document(TEXT)
    she = TEXT.index("she")
    assert [TEXT[a:b] for a, b in doc.words_before(she, 3)] == ["We", "will", "win"]
    assert [TEXT[a:b] for a, b in doc.words_after(she, 2)] == ["she", "said"]
    assert doc.words_before(0, 3) == ()
    assert doc.words_after(len(TEXT), 3) == ()
    assert doc.words_before(she, 0) == ()
    assert [TEXT[a:b] for a, b in doc.words_in(0, 12)] == ["Sen", "Ann", "Roe"]
    assert doc.count_words(0, len(TEXT)) == len(doc.words) == 12
    assert doc.n_words_quoted == 3
    assert TEXT[slice(*doc.sentence_of(she))] == "“We will win,” she said."
    assert TEXT[slice(*doc.paragraph_of(she))] == TEXT.split("\n\n")[0]
    between = TEXT.index("\n")
    assert doc.sentence_of(between) == (0, len(TEXT))
    assert TEXT[slice(*doc.sentence_at(between))] == "“We will win,” she said."
    assert [TEXT[q.open_start : q.close_end] for q in doc.double_quotations] == [
        "“We will win,”"
    ]
    assert doc.double_quoted.contains(TEXT.index("“"))
    assert not doc.quoted.contains(TEXT.index("“"))


def test_with_title_keeps_what_was_computed():
    doc = Document(TEXT)
    words = doc.words
    doc.cache["x"] = 1
    titled = doc.with_title("Roe wins?")
    assert titled.title.text == "Roe wins?"
    assert titled.words is words
    assert titled.cache is doc.cache
    assert doc.title is None


def test_as_document_is_the_one_check():
    doc = Document("It rained.")
    assert as_document(doc) is doc
    assert as_document(None).text == as_document(float("nan")).text == ""
    with pytest.raises(TypeError, match="text must be a str"):
        as_document(3)


pieces = st.sampled_from(
    ["Sen.", " Roe", " said", '"', "“", "”", "’", " ", "\n\n", "!"]
)


@given(st.one_of(st.text(), st.lists(pieces).map("".join)), st.integers(-2, 80))
def test_word_queries_on_any_text(text, pos):
    doc = Document(text)
    before = doc.words_before(pos, 2)
    after = doc.words_after(pos, 2)
    assert all(a < pos for a, _ in before)
    assert all(a >= pos for a, _ in after)
    assert set(before) | set(after) <= set(doc.words)
    start, end = doc.sentence_at(pos)
    assert 0 <= start <= end <= len(text)
    assert len(doc.words_in(0, len(text))) == len(doc.words)


def test_one_document_and_one_parse_per_text_in_analyze(monkeypatch, seed_text):
    # issue 19, "Done when": a trace of analyze() on one article with a title.
    counts = collections.Counter()
    init = Document.__init__
    as_text = framing.document.as_text
    word_spans = framing.text._word_spans
    span_index = framing.text.SpanIndex.__init__

    def counting_init(self, text, title=None):
        counts["Document", text] += 1
        init(self, text, title)

    def counting_as_text(value, name="text"):
        counts["as_text", value] += 1
        return as_text(value, name)

    def counting_word_spans(text):
        counts["word_spans", text] += 1
        return word_spans(text)

    def counting_index(self, spans):
        counts["SpanIndex", tuple(spans)] += 1
        span_index(self, spans)

    monkeypatch.setattr(Document, "__init__", counting_init)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("framing") and (
            getattr(module, "as_text", None) is as_text
        ):
            monkeypatch.setattr(module, "as_text", counting_as_text)
    monkeypatch.setattr(framing.document, "_word_spans", counting_word_spans)
    monkeypatch.setattr(framing.text.SpanIndex, "__init__", counting_index)
    title = "Will illegal aliens stay?"
    df = pd.DataFrame({"text": [seed_text], "title": [title]})
    out = analyze(df, title="title")
    assert out["title_loaded"].tolist() == [1]
    assert counts["Document", seed_text] == 1
    assert counts["Document", title] == 1
    assert sorted(k for k in counts if k[0] == "Document") == sorted(
        [("Document", title), ("Document", seed_text)]
    )
    assert counts["word_spans", seed_text] == 1
    assert counts["word_spans", title] <= 1
    assert counts["as_text", seed_text] <= 1
    # Quote texts and names are checked where sources read them (balance/).
    whole = (seed_text, title)
    repeated = [
        k for k, n in counts.items() if n > 1 and (k[0] != "as_text" or k[1] in whole)
    ]
    assert repeated == []


def test_import_framing_loads_no_plotting_or_modelling():
    code = (
        "import sys, framing; "
        "print(sorted(m for m in ('matplotlib', 'seaborn', 'sklearn', 'dask') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
    code = "import sys; from framing import plots; print('matplotlib' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "True"


def test_progress_defaults_to_a_bar_only_for_long_interactive_runs(monkeypatch):
    monkeypatch.setattr(framing.features, "_interactive", lambda: True)
    assert _show_progress(None, 301) is True
    assert _show_progress(None, 300) is False
    assert _show_progress(False, 10_000) is False
    assert _show_progress(True, 1) is True
    monkeypatch.setattr(framing.features, "_interactive", lambda: False)
    assert _show_progress(None, 10_000) is False


def test_analyze_shows_a_bar_when_asked(capsys):
    analyze(pd.DataFrame({"text": ["It rained."] * 3}), progress=True)
    assert "3/3" in capsys.readouterr().err
    analyze(pd.DataFrame({"text": ["It rained."] * 3}))
    assert capsys.readouterr().err == ""
