import collections

import pandas as pd
import pytest

import framing
import framing.components as registry
from framing.balance import all_actors
from framing.components import Component, FeatureConfig, register, resolve, unregister
from framing.document import Document
from framing.errors import InputError
from framing.features import analyze, article_features, feature_columns

GUNS = (
    "Rep. Ann Roe (D-Ohio) said the gun bill would save lives. "
    '"Guns kill," she said. The NRA and gun owners opposed the rifle ban, and '
    "Sen. Bob Lee, a Republican, said the firearms bill was wrong."
)
BRIDGE = (
    "Rep. Ann Roe (D-Ohio) said the bridge would open in May. "
    '"It is ready," she said. Sen. Bob Lee, a Republican, said it cost too much.'
)


@pytest.fixture
def shouting():
    component = Component(
        "shouting",
        columns=lambda config: {"exclamations": "int64", "shouted_words": "int64"},
        features=lambda doc, config: {
            "exclamations": doc.text.count("!"),
            "shouted_words": sum(
                doc.text[a:b].isupper() and b - a > 1 for a, b in doc.words
            ),
        },
        requires=("words",),
    )
    register(component)
    yield component
    unregister("shouting")


def test_the_default_columns_are_the_registry_in_order():
    columns = feature_columns(title=True)
    config = FeatureConfig(
        lexicon=framing.load_lexicon(), actors=all_actors(), title=True
    )
    expected = {}
    for component in registry.components().values():
        expected.update(component.columns(config))
    assert list(columns) == list(expected)
    assert list(columns)[:3] == ["n_words", "n_words_author", "n_words_quoted"]
    assert list(columns)[-3:] == [
        "title_question",
        "title_loaded",
        "title_loaded_terms",
    ]
    assert len(columns) == 203  # the sides of every debate (issue 20); issue 22: 9


def test_a_registered_component_adds_its_columns(shouting):
    df = pd.DataFrame({"text": ["STOP the bill! Now!", None]})
    out = analyze(df, features=["shouting", "loaded"])
    assert list(out.columns) == [
        "loaded_author",
        "loaded_quoted",
        "loaded_author_per_1k",
        "loaded_quoted_per_1k",
        "loaded_terms_author",
        "loaded_terms_quoted",
        "exclamations",
        "shouted_words",
    ]
    assert out["exclamations"].tolist() == [2, 0]
    assert out["shouted_words"].tolist() == [1, 0]
    assert list(analyze(df).columns)[-2:] == ["exclamations", "shouted_words"]
    assert "shouting" in registry.components()


def test_register_refuses_taken_names_and_unknown_requirements(shouting):
    with pytest.raises(InputError, match="already registered"):
        register(shouting)
    with pytest.raises(InputError, match="built-in"):
        register(Component("loaded", dict, dict), replace=True)
    with pytest.raises(InputError, match=r"requires \['nothing'\]"):
        register(Component("late", dict, dict, requires=("nothing",)))
    with pytest.raises(InputError, match="lower-case"):
        register(Component("Bad Name", dict, dict))
    with pytest.raises(InputError, match="built-in"):
        unregister("tone")


def test_an_unknown_feature_lists_the_known_ones():
    df = pd.DataFrame({"text": ["It rained."]})
    with pytest.raises(
        InputError, match=r"\['lodaed'\].*known features are .*'loaded'"
    ):
        analyze(df, features=["lodaed"])
    with pytest.raises(InputError, match="known features"):
        article_features("It rained.", features=["nope"])
    with pytest.raises(InputError, match="empty list"):
        feature_columns(features=[])


def test_requirements_run_but_only_the_asked_columns_are_output():
    run, out = resolve(["voices"])
    assert [c.name for c in run] == ["quotes", "issue", "sources", "voices"]
    assert [c.name for c in out] == ["voices"]
    row = article_features('"We stay," said Mayor Ann Lee.', features=["voices"])
    assert row["women_quoted"] == 1
    assert "n_sources" not in row


def test_loaded_alone_computes_no_quotes_tone_or_frames(monkeypatch):
    import framing.frames
    import framing.quotes
    import framing.tone

    calls = collections.Counter()

    def spy(name):
        def fail(*args, **kwargs):
            calls[name] += 1
            raise AssertionError(name)

        return fail

    for module, name in (
        (framing.quotes, "extract_quotes"),
        (framing.tone, "tone_by_voice"),
        (framing.frames, "frame_features"),
    ):
        monkeypatch.setattr(module, name, spy(name))
    df = pd.DataFrame({"text": ['The illegals left. "Aliens," he said.']})
    out = analyze(df, features=["loaded"])
    assert out["loaded_author"].tolist() == [1]
    assert out["loaded_quoted"].tolist() == [1]
    assert calls == {}
    with pytest.raises(AssertionError, match="extract_quotes"):
        analyze(df, features=["quotes"])


def test_components_share_one_term_search(monkeypatch):
    import framing.terms

    calls = []
    find = framing.terms.find_terms

    def counting(doc, **kwargs):
        calls.append(doc)
        return find(doc, **kwargs)

    monkeypatch.setattr(framing.terms, "find_terms", counting)
    article_features("The illegal aliens left.", features=["loaded", "labels"])
    assert len(calls) == 1
    assert isinstance(calls[0], Document)


# issue 20 item 1: the debate is detected per article; no debate, no sides.


def test_the_seed_keeps_its_immigration_sides(seed_text):
    row = article_features(seed_text)
    assert row["issue"] == "immigration"
    assert row["sources_enforcement"] == 2
    assert row["paraphrase_only_sides"] == "immigrant_rights"


def test_a_gun_story_gets_gun_sides_not_immigration_sides():
    row = article_features(GUNS)
    assert (row["issue"], row["issue_evidence"]) == ("guns", 6)
    assert row["sources_enforcement"] == row["sources_immigrant_rights"] == 0
    assert row["nonneutral_side_enforcement"] == 0
    assert row["paraphrase_only_sides"] == "gun_rights"
    assert row["balance_index"] == 0.0


def test_no_debate_gives_unknown_sides():
    row = article_features(BRIDGE)
    assert row["issue"] == ""
    assert row["n_sources"] == row["sources_unknown"] == 2
    assert row["sources_enforcement"] == row["sources_immigrant_rights"] == 0
    assert row["paraphrase_only_sides"] == ""
    forced = article_features(BRIDGE, issue="immigration")
    assert forced["issue"] == "immigration"
    assert (forced["sources_enforcement"], forced["sources_immigrant_rights"]) == (1, 1)


def test_analyze_takes_a_debate_or_a_column_of_debates():
    df = pd.DataFrame(
        {"text": [BRIDGE, BRIDGE, GUNS], "debate": ["immigration", None, "none"]}
    )
    out = analyze(df, issue="debate")
    assert out["issue"].tolist() == ["immigration", "", ""]
    assert out["sources_immigrant_rights"].tolist() == [1, 0, 0]
    assert out["issue_evidence"].dtype == "int64"
    everywhere = analyze(df, issue="immigration")
    assert everywhere["sources_immigrant_rights"].tolist() == [1, 1, 1]
    with pytest.raises(InputError, match="unknown debate 'imigration'; known"):
        analyze(df, issue="imigration")
    bad = df.assign(debate=["immigration", "gnus", None])
    with pytest.raises(InputError, match="unknown debate 'gnus'"):
        analyze(bad, issue="debate")


def test_the_documented_example_runs():
    import pathlib
    import re

    doc = pathlib.Path(__file__).resolve().parents[1] / "docs" / "components.md"
    blocks = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    for block in blocks:
        exec(compile(block, str(doc), "exec"), {})
    assert "hedges" not in registry.components()
