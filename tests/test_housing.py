"""A new debate and a new frame from data alone: "housing", in a temporary folder.

Nothing here edits Python: lexicon rows with a context rule of their own, a debates
row with two sides and topic words, actors rows, and a frame-cue file with a frame
the codebook lacks are loaded through the public loaders (by argument and by the
``FRAMING_TABLES`` folder), and give loaded terms, sides and frames.
"""

import re

import pytest

import framing
from framing import find_terms, highlight, load_lexicon
from framing.balance import load_actors
from framing.frames import frame_columns, frame_profile, load_frame_lexicon
from framing.lexicon import TABLES_ENV, load_context_rules, load_debates
from framing.terms import issue_labels

LEXICON = (
    "term,variants,issue,category,leaning,label,loaded,context,alternative,source\n"
    "nimby,nimbys?,housing,epithet,none,,true,housing_nearby,"
    "residents who oppose the project,judgement (test row)\n"
    "slumlord,slumlords?,housing,epithet,left,,true,none,landlord,judgement\n"
    "missing middle,missing middle,housing,policy label,none,,false,none,,judgement\n"
)
RULES = (
    "rule,kind,parameters,source,note\n"
    "housing_nearby,topic_nearby,debate=housing; window=0,judgement (test row),"
    "a housing word in the paragraph\n"
)
DEBATES = (
    "issue,sides,democratic,republican,topic_words,source,note\n"
    "housing,more_housing|neighborhood_control,,,"
    "housing|zoning|rent*|apartment*|tenant*,judgement (test row),\n"
)
ACTORS = (
    "pattern,kind,side,source,issue\n"
    "YIMBY Action,organisation,more_housing,mission statement,housing\n"
    "Neighbors for Preservation,organisation,neighborhood_control,mission,housing\n"
)
FRAMES = """\
frame,cue,variants,weight,source
affordability,rent burden,rent burdens?|cost burdens?,2,judgement (test row)
affordability,affordable,affordab\\w*,1,judgement (test row)
economic,cost,costs?,1,judgement (test row)
"""

TEXT = (
    "The NIMBYs on the council blocked the zoning change again.\n\n"
    "NIMBYs, he wrote, are a state of mind.\n\n"
    '"We need apartments everyone can afford," said Ann Lee of YIMBY Action. '
    '"The rent burden is crushing," said Bo Park of Neighbors for Preservation.'
)


@pytest.fixture
def tables(tmp_path):
    for name, body in [
        ("lexicon.csv", LEXICON),
        ("context_rules.csv", RULES),
        ("debates.csv", DEBATES),
        ("actors.csv", ACTORS),
        ("frames.csv", FRAMES),
    ]:
        (tmp_path / name).write_text(body, encoding="utf-8")
    return tmp_path


def test_loaded_terms_of_a_new_debate_by_argument(tables):
    lexicon = load_lexicon(
        tables / "lexicon.csv",
        rules=tables / "context_rules.csv",
        debates=tables / "debates.csv",
    )
    found = [(m.text, m.term, m.issue) for m in find_terms(TEXT, lexicon=lexicon)]
    # The second "NIMBYs" has no housing word in its paragraph: the rule says no.
    assert found == [("NIMBYs", "nimby", "housing")]
    assert issue_labels(TEXT, "housing", lexicon=lexicon)["loaded_none"] == 1


def test_loaded_terms_of_a_new_debate_from_the_tables_folder(tables, monkeypatch):
    monkeypatch.setenv(TABLES_ENV, str(tables))
    lexicon = load_lexicon(tables / "lexicon.csv")
    assert "housing_nearby" in lexicon.rules
    assert lexicon.topics["housing"][:2] == ("housing", "zoning")
    assert [m.text for m in find_terms(TEXT, lexicon=lexicon)] == ["NIMBYs"]


def test_without_its_rules_the_new_lexicon_is_refused(tables, monkeypatch):
    monkeypatch.delenv(TABLES_ENV, raising=False)
    with pytest.raises(framing.LexiconError, match="unknown context rule"):
        load_lexicon(tables / "lexicon.csv")


def test_the_new_debate_s_rules_and_sides(tables):
    rules = load_context_rules(tables / "context_rules.csv")
    assert rules["housing_nearby"].kind == "topic_nearby"
    assert "guns" in rules  # the bundled rules stay
    debates = load_debates(tables / "debates.csv")
    assert debates["housing"].sides == ("more_housing", "neighborhood_control")
    assert "immigration" in debates
    actors = load_actors(tables / "actors.csv", issue="housing")
    assert actors.sides == ("more_housing", "neighborhood_control")
    table = framing.sources(TEXT, actors=actors, issue="housing").table
    assert dict(zip(table["name"], table["side"], strict=True)) == {
        "Ann Lee": "more_housing",
        "YIMBY Action": "more_housing",
        "Bo Park": "neighborhood_control",
        "Neighbors for Preservation": "neighborhood_control",
    }


def test_a_new_frame_from_rows_of_a_cue_file(tables):
    cues = load_frame_lexicon(tables / "frames.csv")
    assert cues.frames[-1] == "affordability"
    assert cues.frames[: len(framing.frames.FRAMES)] == framing.frames.FRAMES
    profile = frame_profile("The rent burden grew. Costs rose.", lexicon=cues)
    assert [s.frame for s in profile.sentences] == ["affordability", None]
    assert profile.primary == "affordability"
    assert profile.scores["affordability"] == 0.5
    columns = frame_columns(cues)
    assert "frame_affordability_author" in columns
    assert "frame_affordability_author" not in frame_columns()


def test_a_misspelt_codebook_frame_is_not_a_new_frame(tables):
    path = tables / "typo.csv"
    path.write_text(
        "frame,cue,variants,weight,source\neconomc,tax,tax,1,judgement\n",
        encoding="utf-8",
    )
    with pytest.raises(framing.LexiconError, match="did you mean 'economic'"):
        load_frame_lexicon(path)


def test_highlight_colours_the_new_debate_s_sides(tables):
    view = highlight(TEXT, actors=tables / "actors.csv")
    legend = re.findall(r'class="quote direct side-(\w+)">([^<]*)<', view.legend)
    assert legend[:2] == [
        ("more_housing", "quote: more-housing side"),
        ("neighborhood_control", "quote: neighborhood-control side"),
    ]
    for side, _ in legend:
        assert re.search(
            rf"\.side-{side} {{ --side-bg: #\w+; --side-line: #\w+;", view.css
        )
    frames = highlight(
        "The rent burden grew.",
        marks=True,
        layers=[
            framing.view.frame_layer("The rent burden grew.", tables / "frames.csv")
        ],
    )
    assert "frame-affordability { text-decoration: underline 3px #" in frames.css
