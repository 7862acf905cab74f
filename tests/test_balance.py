import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.balance import (
    ActorTable,
    Source,
    SourceBalance,
    load_actors,
    sources,
    sources_from_quotes,
)
from framing.errors import InputError, LexiconError
from framing.quotes import Quote


def make_quotes(*specs):
    """Build Quote objects laid end to end in one made-up article.

    Each spec is (text, kind, speaker[, affiliation[, unnamed]]).
    """
    quotes, pos = [], 0
    for spec in specs:
        text, kind, speaker, affiliation, unnamed = (*spec, None, False)[:5]
        quotes.append(
            Quote(
                text,
                pos,
                pos + len(text),
                kind,
                speaker,
                None,
                None,
                "said",
                affiliation,
                unnamed,
            )
        )
        pos += len(text) + 10
    return quotes


# Six words each.
ENFORCE = "We will enforce the law everywhere."
PROTECT = "These cities protect families from fear."


# ---------------------------------------------------------------------------
# Metrics on hand-built quotes


def test_one_sided_direct_voice_has_balance_zero():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "Jeff Sessions"),
            ("Sanctuary policies are dangerous.", "direct", "Jessica Vaughan"),
        )
    )
    assert result.balance_index == 0.0
    assert dict(result.sources_per_side) == {
        "enforcement": 2,
        "immigrant_rights": 0,
        "unknown": 0,
    }
    assert dict(result.quoted_words_per_side) == {
        "enforcement": 10,
        "immigrant_rights": 0,
        "unknown": 0,
    }
    assert dict(result.direct_share) == {
        "enforcement": 1.0,
        "immigrant_rights": 0.0,
        "unknown": 0.0,
    }
    assert result.paraphrase_only_sides == ()


def test_equal_direct_voice_has_balance_one():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "Thomas Homan"),
            (PROTECT, "direct", "Rahm Emanuel"),
        )
    )
    assert result.balance_index == 1.0
    assert result.direct_share["enforcement"] == 0.5
    assert result.direct_share["immigrant_rights"] == 0.5


def test_three_to_one_words_gives_one_half():
    result = sources_from_quotes(
        make_quotes(
            ("One two three four five six", "direct", "Kirstjen Nielsen"),
            ("Seven eight", "direct", "Lee Gelernt"),
        )
    )
    # 1 - |6 - 2| / (6 + 2)
    assert result.balance_index == 0.5
    assert result.direct_share["enforcement"] == 0.75


def test_unknown_sources_count_in_shares_but_not_in_balance():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "Jeff Sessions"),
            (PROTECT, "direct", "Rahm Emanuel"),
            ("It rained all day long today.", "direct", "Pat Doe"),
        )
    )
    assert result.balance_index == 1.0
    assert result.quoted_words_per_side["unknown"] == 6
    assert result.direct_share == {
        "enforcement": pytest.approx(6 / 18),
        "immigrant_rights": pytest.approx(6 / 18),
        "unknown": pytest.approx(6 / 18),
    }


def test_no_direct_voice_gives_nan():
    result = sources_from_quotes(
        make_quotes(
            ("the raids frightened families", "indirect", "Bill de Blasio"),
            ("the law must be obeyed", "indirect", "Jeff Sessions"),
        )
    )
    assert math.isnan(result.balance_index)
    assert all(math.isnan(v) for v in result.direct_share.values())
    assert result.paraphrase_only_sides == ("enforcement", "immigrant_rights")


def test_only_unknown_direct_voice_gives_nan_balance():
    result = sources_from_quotes(make_quotes((ENFORCE, "direct", "Pat Doe")))
    assert math.isnan(result.balance_index)
    assert result.direct_share["unknown"] == 1.0


@pytest.mark.parametrize("quotes", [[], None], ids=["empty", "none"])
def test_no_quotes(quotes):
    result = sources_from_quotes(quotes)
    assert result.n_sources == 0
    assert len(result.table) == 0
    assert math.isnan(result.balance_index)
    assert math.isnan(result.unnamed_share)
    assert result.to_dict()["sources_enforcement"] == 0


@pytest.mark.parametrize("text", [None, float("nan"), ""], ids=["none", "nan", "empty"])
def test_sources_of_missing_text_is_empty(text):
    result = sources(text)
    assert result.n_sources == 0
    assert result.to_dict()["paraphrase_only_sides"] == ""


def test_paraphrase_only_side():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "Jeff Sessions"),
            ("the report was inaccurate", "indirect", "US Conference of Mayors"),
            ("the law must be obeyed", "indirect", "Jeff Sessions"),
        )
    )
    assert result.paraphrase_only_sides == ("immigrant_rights",)
    assert result.balance_index == 0.0


def test_unnamed_share_and_unnamed_sources_kept_apart_by_description():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "a senior administration official", None, True),
            (
                "the policy works",
                "indirect",
                "a senior administration official",
                None,
                True,
            ),
            ("the policy is cruel", "indirect", "an immigration lawyer", None, True),
            (PROTECT, "direct", "Rahm Emanuel"),
        )
    )
    assert result.table["name"].tolist() == [
        "a senior administration official",
        "an immigration lawyer",
        "Rahm Emanuel",
    ]
    assert result.table["unnamed"].tolist() == [True, True, False]
    assert result.unnamed_share == pytest.approx(2 / 3)
    assert result.table["side"].tolist() == [
        "enforcement",
        "unknown",
        "immigrant_rights",
    ]


def test_same_speaker_merged_case_insensitively():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "Jessica Vaughan", "Center for Immigration Studies"),
            ("Two more", "direct", "jessica  vaughan"),
            ("the data were clear", "indirect", "JESSICA VAUGHAN"),
        )
    )
    assert result.table.to_dict("records") == [
        {
            "name": "Jessica Vaughan",
            "affiliation": "Center for Immigration Studies",
            "side": "enforcement",
            "type": "expert",
            "gender": "female",
            "direct": 2,
            "indirect": 1,
            "quoted_words": 8,
            "unnamed": False,
            "actor": "Jessica Vaughan",
            "party": None,
        }
    ]


def test_named_and_unnamed_with_same_words_are_two_sources():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "Border Patrol"),
            (ENFORCE, "direct", "Border Patrol", None, True),
        )
    )
    assert result.n_sources == 2


def test_table_follows_text_order_not_list_order():
    quotes = make_quotes(
        (ENFORCE, "direct", "Jeff Sessions"), (PROTECT, "direct", "Rahm Emanuel")
    )
    result = sources_from_quotes(list(reversed(quotes)))
    assert result.table["name"].tolist() == ["Jeff Sessions", "Rahm Emanuel"]


def test_quote_without_speaker_uses_affiliation_or_is_unattributed():
    result = sources_from_quotes(
        make_quotes(
            ("the detainers were lawful", "indirect", None, "ICE"),
            ("Nobody knows.", "direct", None, None),
        )
    )
    assert result.table[["name", "side"]].values.tolist() == [["ICE", "enforcement"]]
    assert result.unattributed_quotes == 1
    assert result.quoted_words_per_side["unknown"] == 0


def test_to_dict_is_flat_with_side_columns():
    result = sources_from_quotes(
        make_quotes(
            (ENFORCE, "direct", "Jeff Sessions"),
            ("the report was inaccurate", "indirect", "USCM"),
        )
    )
    assert result.to_dict() == {
        "n_sources": 2,
        "sources_enforcement": 1,
        "sources_immigrant_rights": 1,
        "sources_unknown": 0,
        "quoted_words_enforcement": 6,
        "quoted_words_immigrant_rights": 0,
        "quoted_words_unknown": 0,
        "direct_share_enforcement": 1.0,
        "direct_share_immigrant_rights": 0.0,
        "direct_share_unknown": 0.0,
        "balance_index": 0.0,
        "paraphrase_only_sides": "immigrant_rights",
        "unnamed_share": 0.0,
        "unattributed_quotes": 0,
    }


def test_table_columns_and_dtypes():
    table = sources_from_quotes(make_quotes((ENFORCE, "direct", "Jeff Sessions"))).table
    assert list(table.columns) == [
        "name",
        "affiliation",
        "side",
        "type",
        "gender",
        "direct",
        "indirect",
        "quoted_words",
        "unnamed",
        "actor",
        "party",
    ]
    assert [str(t) for t in table.dtypes] == [
        "object",
        "object",
        "object",
        "object",
        "object",
        "int64",
        "int64",
        "int64",
        "bool",
        "object",
        "object",
    ]
    assert table["affiliation"].tolist() == [None]


def test_result_is_frozen_and_sources_are_typed():
    result = sources_from_quotes(make_quotes((ENFORCE, "direct", "Jeff Sessions")))
    assert isinstance(result, SourceBalance)
    assert result.sources == (
        Source(
            "Jeff Sessions",
            None,
            "enforcement",
            1,
            0,
            6,
            False,
            "Jeff Sessions",
            type="politician",
            gender="male",
        ),
    )
    with pytest.raises(AttributeError):
        result.balance_index = 1.0
    with pytest.raises(TypeError):
        result.sources_per_side["enforcement"] = 5


def test_repr_and_html_escape_speaker():
    result = sources_from_quotes(
        make_quotes((ENFORCE, "direct", '<script>alert(1)</script>" onmouseover="x'))
    )
    assert repr(result).startswith("SourceBalance(n_sources=1, balance_index=nan,")
    html = result._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert '" onmouseover="x' not in html


@pytest.mark.parametrize(
    ("quotes", "message"),
    [
        (make_quotes((ENFORCE, "quoted", "Jeff Sessions")), r"quote 0: kind must be"),
        (["Jeff Sessions said so"], r"quote 0 has no attribute 'start'"),
        ("Jeff Sessions said so", r"quotes must be a list of Quote objects"),
        (42, r"got int"),
    ],
    ids=["kind", "str-item", "str", "int"],
)
def test_bad_quotes_raise_input_error(quotes, message):
    with pytest.raises(InputError, match=message):
        sources_from_quotes(quotes)


# ---------------------------------------------------------------------------
# Side coding


@pytest.mark.parametrize(
    ("speaker", "affiliation", "side", "actor"),
    [
        ("Jeff Sessions", None, "enforcement", "Jeff Sessions"),
        ("Sessions", None, "enforcement", "Jeff Sessions"),
        ("Attorney General Jeff Sessions", None, "enforcement", "Jeff Sessions"),
        ("Attorney General Sessions", None, "enforcement", "Jeff Sessions"),
        ("Mr. Sessions", None, "enforcement", "Jeff Sessions"),
        ("President Trump", None, "enforcement", "Donald Trump"),
        ("Donald J. Trump", None, "enforcement", "Donald Trump"),
        ("Ivanka Trump", None, "unknown", None),
        (
            "Jessica Vaughan",
            "Center for Immigration Studies",
            "enforcement",
            "Jessica Vaughan",
        ),
        (
            "Pat Doe",
            "Center for Immigration Studies",
            "enforcement",
            "Center for Immigration Studies",
        ),
        ("Pat Doe", "ACLU", "immigrant_rights", "ACLU"),
        ("Jessica Vaughan", "ACLU", "enforcement", "Jessica Vaughan"),
        ("Pat Doe", None, "unknown", None),
        ("an ICE spokeswoman", None, "enforcement", "ICE"),
        ("ICE", None, "enforcement", "ICE"),
        ("ice", None, "unknown", None),
        ("an ice cream vendor", None, "unknown", None),
        ("a fair-minded judge", None, "unknown", None),
        ("FAIR", None, "enforcement", "FAIR"),
        ("a USCM spokesman", None, "immigrant_rights", "USCM"),
        (
            "the U.S. Conference of Mayors",
            None,
            "immigrant_rights",
            "U.S. Conference of Mayors",
        ),
        (
            "US Conference of Mayors",
            None,
            "immigrant_rights",
            "US Conference of Mayors",
        ),
        ("a Justice Department spokesman", None, "enforcement", "Justice Department"),
        (
            "a senior administration official",
            None,
            "enforcement",
            "administration official",
        ),
        ("Obama administration officials", None, "unknown", "Obama administration"),
        (
            "immigrant-rights advocates",
            None,
            "immigrant_rights",
            "immigrant rights advocate",
        ),
        ("Mayor Bill de Blasio", None, "immigrant_rights", "Bill de Blasio"),
        ("De Blasio", None, "immigrant_rights", "Bill de Blasio"),
        ("Senator de León", None, "immigrant_rights", "Kevin de León"),
        ("Juan Ponce de León", None, "unknown", None),
        ("Mayor Ed Lee", None, "immigrant_rights", "Ed Lee"),
        ("Mike Lee", None, "unknown", "Mike Lee"),
        ("Lee", None, "unknown", None),
        ("Sen. Sanders", None, "unknown", None),
        ("Sarah Huckabee Sanders", None, "enforcement", "Sarah Huckabee Sanders"),
        ("Cotton", None, "enforcement", "Tom Cotton"),
        ("a cotton farmer", None, "unknown", None),
        ("America’s Voice", None, "immigrant_rights", "America's Voice"),
        (
            "the House Homeland Security Committee",
            None,
            "unknown",
            "Homeland Security Committee",
        ),
        (
            "Homeland Security Secretary Kirstjen Nielsen",
            None,
            "enforcement",
            "Kirstjen Nielsen",
        ),
        # A person named in the affiliation or before a possessive is someone else.
        ("Mark Sanford", "a Republican critic of Trump", "unknown", None),
        ("Pat Doe", "Jeff Sessions", "unknown", None),
        ("Trump's critics", None, "unknown", None),
        ("Sessions’ aides", None, "unknown", None),
        ("Sessions’s Justice Department", None, "enforcement", "Justice Department"),
        ("Trump officials", None, "enforcement", "Donald Trump"),
        ("Trump supporters", None, "unknown", None),
        ("some Sessions critics", None, "unknown", None),
        (
            "a spokeswoman",
            "Customs and Border Protection",
            "enforcement",
            "Customs and Border Protection",
        ),
    ],
)
def test_side_coding(speaker, affiliation, side, actor):
    table = load_actors()
    found = table.match(speaker, affiliation)
    assert (found.pattern if found else None) == actor
    assert table.side_of(speaker, affiliation) == side


def test_bundled_table():
    table = load_actors()
    assert table.sides == ("enforcement", "immigrant_rights")
    assert load_actors() is table  # parsed once
    frame = table.to_frame()
    assert list(frame.columns) == ["pattern", "kind", "side", "source", "note"]
    assert set(frame["kind"]) == {"person", "organisation", "role"}
    assert (frame["source"].str.len() > 0).all()
    assert {"Jeff Sessions", "ICE", "USCM", "ACLU", "NILC", "MALDEF", "LULAC"} <= set(
        frame["pattern"]
    )


# ---------------------------------------------------------------------------
# Validation and user tables

GOOD = (
    "pattern,kind,side,source,note\n"
    "Sierra Club,organisation,environment,mission statement,\n"
    "American Petroleum Institute,organisation,industry,mission statement,\n"
    "Jane Roe,person,industry,company press page,\n"
)


def write(tmp_path, content, name="my_actors.csv"):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "pattern,kind,side,source\nICE,organisation,enforcement,x\n"
            "ACLU,organisation,Immigrant Rights,y\n",
            r"my_actors.csv, line 3, column 'side': expected a lower-case name",
        ),
        (
            "pattern,kind,source\nICE,organisation,x\n",
            r"line 1, column 'side': missing from the header",
        ),
        (
            "pattern,kind,side,source\nICE,agency,enforcement,x\n",
            r"line 2, column 'kind': expected one of "
            r"\['person', 'organisation', 'role'\], got 'agency'",
        ),
        (
            "pattern,kind,side,source\nICE,organisation,enforcement,x\n"
            "ACLU,organisation,immigrant_rights,\n",
            r"line 3, column 'source': required",
        ),
        (
            "pattern,kind,side,source\nJeff Sessions,person,enforcement,x\n"
            "jeff  sessions,person,enforcement,y\n",
            r"line 3, column 'pattern': 'jeff  sessions' repeats line 2",
        ),
        (
            "pattern,kind,side,source\n---,organisation,enforcement,x\n",
            r"line 2, column 'pattern': needs a letter or digit",
        ),
        (
            "pattern,kind,side,source\nICE,organisation,enforcement,x,extra\n",
            r"line 2: 5 fields but the header has 4",
        ),
        ("", r"line 1: empty header"),
    ],
    ids=[
        "side",
        "missing",
        "kind",
        "source",
        "duplicate",
        "pattern",
        "fields",
        "empty",
    ],
)
def test_validator_errors(tmp_path, content, message):
    with pytest.raises(LexiconError, match=message):
        load_actors(write(tmp_path, content))


def test_validator_on_dataframe_names_csv_line():
    frame = pd.DataFrame(
        {
            "pattern": ["ICE", "ACLU"],
            "kind": ["organisation", "organisation"],
            "side": ["enforcement", "Pro-Immigrant"],
            "source": ["x", "y"],
        }
    )
    with pytest.raises(LexiconError, match=r"<DataFrame>, line 3, column 'side'"):
        load_actors(frame)


def test_user_table_from_path(tmp_path):
    table = load_actors(write(tmp_path, GOOD))
    assert isinstance(table, ActorTable)
    assert table.sides == ("environment", "industry")
    result = sources_from_quotes(
        make_quotes(
            ("Drilling endangers the coast.", "direct", "Pat Doe", "Sierra Club"),
            ("Drilling creates jobs.", "direct", "Roe"),
        ),
        actors=str(tmp_path / "my_actors.csv"),
    )
    assert result.to_dict() == {
        "n_sources": 2,
        "sources_environment": 1,
        "sources_industry": 1,
        "sources_unknown": 0,
        "quoted_words_environment": 4,
        "quoted_words_industry": 3,
        "quoted_words_unknown": 0,
        "direct_share_environment": pytest.approx(4 / 7),
        "direct_share_industry": pytest.approx(3 / 7),
        "direct_share_unknown": 0.0,
        "balance_index": pytest.approx(1 - 1 / 7),
        "paraphrase_only_sides": "",
        "unnamed_share": 0.0,
        "unattributed_quotes": 0,
    }


def test_user_table_reloaded_when_file_changes(tmp_path):
    path = write(tmp_path, GOOD)
    assert load_actors(path) is load_actors(path)
    write(tmp_path, GOOD + "Greenpeace,organisation,environment,mission statement,\n")
    assert load_actors(path).side_of("Greenpeace") == "environment"


def test_user_table_from_dataframe_and_table_passthrough():
    frame = pd.DataFrame(
        {
            "pattern": ["Sierra Club"],
            "kind": ["organisation"],
            "side": ["environment"],
            "source": ["mission statement"],
        }
    )
    table = load_actors(frame)
    assert load_actors(table) is table
    assert table.side_of("a Sierra Club lawyer") == "environment"


def test_three_sides_balance_index():
    frame = pd.DataFrame(
        {
            "pattern": ["Alpha Group", "Beta Group", "Gamma Group"],
            "kind": ["organisation"] * 3,
            "side": ["alpha", "beta", "gamma"],
            "source": ["test"] * 3,
        }
    )
    table = load_actors(frame)
    quotes = make_quotes(
        ("one two three four five six", "direct", "Alpha Group"),
        ("one two three", "direct", "Beta Group"),
        ("one two three", "direct", "Gamma Group"),
    )
    # shares (1/2, 1/4, 1/4): 1 - 3/4 * (1/6 + 1/12 + 1/12)
    assert sources_from_quotes(quotes, table).balance_index == pytest.approx(0.75)
    assert sources_from_quotes(quotes[:1], table).balance_index == 0.0


def test_single_side_table_has_nan_balance():
    frame = pd.DataFrame(
        {"pattern": ["Alpha Group"], "kind": ["organisation"], "side": ["alpha"]}
        | {"source": ["test"]}
    )
    result = sources_from_quotes(
        make_quotes(("one two", "direct", "Alpha Group")), load_actors(frame)
    )
    assert math.isnan(result.balance_index)
    assert result.direct_share["alpha"] == 1.0


def test_bad_actors_argument():
    with pytest.raises(InputError, match=r"actors must be None .* got int"):
        load_actors(42)


# ---------------------------------------------------------------------------
# Properties

names = st.sampled_from(
    ["Jeff Sessions", "Sessions", "Rahm Emanuel", "ICE", "ice", "Pat Doe", "", None]
)
quote_specs = st.tuples(
    st.text(max_size=30),
    st.sampled_from(["direct", "indirect"]),
    names,
    st.sampled_from([None, "ACLU", "FAIR", "fair"]),
    st.booleans(),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(quote_specs, max_size=8))
def test_metrics_are_consistent(specs):
    result = sources_from_quotes(make_quotes(*specs))
    assert result.n_sources + result.unattributed_quotes <= len(specs)
    assert sum(result.sources_per_side.values()) == result.n_sources
    assert 0.0 <= result.balance_index <= 1.0 or math.isnan(result.balance_index)
    total = sum(result.direct_share.values())
    assert math.isnan(total) or total == pytest.approx(1.0)
    assert sum(result.table["direct"]) + sum(result.table["indirect"]) == (
        len(specs) - result.unattributed_quotes
    )


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_sources_never_raises_on_any_text(text):
    result = sources(text)
    assert len(result.table) == result.n_sources


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_side_of_never_raises(speaker):
    assert load_actors().side_of(speaker, speaker) in {
        "enforcement",
        "immigrant_rights",
        "unknown",
    }


# ---------------------------------------------------------------------------
# The seed article


def test_seed_sources(seed_text):
    table = sources(seed_text).table.set_index("name")
    assert table.loc["Jeff Sessions", "side"] == "enforcement"
    assert table.loc["Jeff Sessions", "direct"] == 1
    assert table.loc["Jessica Vaughan", "side"] == "enforcement"
    assert table.loc["Jessica Vaughan", "direct"] == 2
    rights = table[table["side"] == "immigrant_rights"]
    assert len(rights) == 1
    assert "Conference of Mayors" in rights.index[0]
    assert rights["direct"].tolist() == [0]
    assert rights["indirect"].tolist() == [1]


def test_seed_balance(seed_text):
    result = sources(seed_text)
    assert result.balance_index == 0.0
    assert result.paraphrase_only_sides == ("immigrant_rights",)
    assert result.to_dict()["sources_immigrant_rights"] == 1
    assert result.to_dict()["direct_share_enforcement"] == 1.0


def test_role_rows_match_plurals():
    frame = pd.DataFrame(
        {
            "pattern": ["tribal spokesman", "park ranger"],
            "kind": ["role", "role"],
            "side": ["tribe", "agency"],
            "source": ["test", "test"],
        }
    )
    table = load_actors(frame)
    assert table.side_of("two tribal spokesmen") == "tribe"
    assert table.side_of("Park Rangers") == "agency"
    assert table.side_of("a park ranger station") == "agency"
    assert table.side_of("rangers") == "unknown"


def test_unnamed_sources_with_different_affiliations_are_two_sources():
    result = sources_from_quotes(
        make_quotes(
            ("the detainers were lawful", "indirect", "a spokesman", "ICE", True),
            ("the detainers were unlawful", "indirect", "a spokesman", "ACLU", True),
            ("We stand by them.", "direct", "A  spokesman", "ICE", True),
        )
    )
    assert result.table[
        ["name", "affiliation", "side", "direct", "indirect"]
    ].values.tolist() == [
        ["a spokesman", "ICE", "enforcement", 1, 1],
        ["a spokesman", "ACLU", "immigrant_rights", 0, 1],
    ]
    assert result.paraphrase_only_sides == ("immigrant_rights",)


def test_party_tags_of_legislators():
    text = (
        "Budget talks stalled. “We need a deal,” said Sen. Claire McCaskill "
        "(D-Mo.), who faces voters in 2018. Rep. Tom Cole, R-Okla., said the plan "
        "was dead. “It will pass,” Sen. Roy Blunt (R-Texas) told reporters. "
        "“Fine,” McCaskill said."
    )
    table = sources(text).table
    assert dict(zip(table["name"], table["party"], strict=True)) == {
        "Claire McCaskill": "D-Mo.",
        "Tom Cole": "R-Okla.",
        "Roy Blunt": "R-Texas",
    }


# --- issue 21, round 2: names in apposition, unnamed as the codebook codes it ---


def test_name_after_a_role_in_apposition_is_the_source():
    text = (
        "The chairwoman of the state party, Rep. Ann Whitfield of Ohio, said the "
        "bill would fail in the Senate."
    )
    table = sources(text).table
    assert table["name"].tolist() == ["Ann Whitfield"]
    assert table["unnamed"].tolist() == [False]


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("Some economists say the tax will slow hiring.", True),
        ("Critics say the tax will slow hiring.", True),
        ("Optimistic forecasters say the tax will not slow hiring.", True),
        ("The Heritage Foundation said the tax will slow hiring.", False),
        ("Mayor Ann Whitfield said the tax will slow hiring.", False),
    ],
)
def test_unnamed_as_described(text, unnamed):
    assert sources(text).table["unnamed"].tolist() == [unnamed]


@given(st.text(max_size=80))
@settings(max_examples=200, deadline=None)
def test_is_description_accepts_any_text(name):
    from framing.quotes.sourcehood import _is_description, is_source_phrase

    assert isinstance(_is_description(name), bool)
    assert isinstance(is_source_phrase(name), bool)


@pytest.mark.parametrize(
    ("phrase", "kind", "ok"),
    [
        ("Beyond", "name", False),
        ("History", "name", False),
        ("Times", "name", True),
        ("an idea some lawyers", "noun", False),
        ("one aspect they", "noun", False),
        ("the loss of value", "noun", False),
        ("a thorough", "noun", False),
        ("a senior administration official", "noun", True),
        ("the parents and doctors", "noun", True),
        ("a complaint filed by the federal agency", "noun", True),
    ],
)
def test_source_phrase_kinds(phrase, kind, ok):
    from framing.quotes.sourcehood import is_source_phrase

    assert is_source_phrase(phrase, kind) is ok


@pytest.mark.parametrize(
    "word", ["57%", "800", "Ninety", "He'll", "Nobody", "None", "Who", "Do you"]
)
def test_numbers_contractions_and_nobody_are_no_source(word):
    from framing.quotes.sourcehood import is_source_phrase

    assert not is_source_phrase(word, "name")


def test_definite_role_is_the_one_named_source_with_that_role():
    text = (
        "Magistrate Judge Rosa Delgado ruled that the ban was void. The judge "
        "said the law failed every test. Gov. Ned Barlow said he would appeal."
    )
    table = sources(text).table
    assert sorted(table["name"]) == ["Ned Barlow", "Rosa Delgado"]
    # Two named judges: "the judge" stays a source of its own.
    two = "Judge Ann Roe and Judge Bea Lee heard the case. The judge said it was moot."
    assert "The judge" in sources(two).table["name"].tolist()


def test_two_definite_roles_in_one_text_each_find_their_named_source():
    # One pass finds every role word; each role keeps to its own occurrences.
    text = (
        "Magistrate Judge Rosa Delgado ruled that the ban was void. The judge said "
        "the law failed every test. Ned Barlow, the governor of the state, called "
        "the ruling a mistake. The governor said he would appeal."
    )
    names = sorted(sources(text).table["name"])
    assert names == ["Ned Barlow", "Rosa Delgado"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Government Accountability Office (GAO) looked at 18 plans on "
            "Monday. GAO said the rules were clear.",
            "Government Accountability Office",
        ),
        (
            "The Congressional Budget Office said costs would rise. CBO said "
            "premiums would fall.",
            "Congressional Budget Office",
        ),
    ],
)
def test_an_acronym_source_is_the_organisation_the_article_spells_out(text, name):
    table = sources(text).table
    assert name in list(table.name)
    assert not any(n in ("GAO", "CBO") for n in table.name)


# --- issue 21, round 5: a source under the fullest name the article writes ---


def _names(text):
    from framing import sources

    return sorted(sources(text).table["name"])


def test_acronym_spelled_out_without_brackets_names_the_source():
    text = (
        "The American Civil Liberties Union filed the suit in May. "
        "The ACLU said the policy was unlawful."
    )
    assert "American Civil Liberties Union" in _names(text)
    assert "ACLU" not in _names(text)


def test_document_stands_for_its_author():
    text = (
        "A Congressional Budget Office report came out on Monday. "
        "Premiums would rise for older people, the CBO report said."
    )
    names = _names(text)
    assert "Congressional Budget Office" in names
    assert not any("report" in n for n in names)


def test_document_without_author_keeps_its_description():
    text = "Premiums would rise for older people, the latest annual report said."
    assert _names(text) == ["the latest annual report"]


def test_outlet_short_name_takes_the_name_the_article_writes():
    text = (
        'The plan is "a mistake," Ann Roe told Time magazine on Friday. '
        "Time reported that the vote would be delayed."
    )
    names = _names(text)
    assert "Time magazine" in names and "Time" not in names


def test_surname_alone_is_the_one_source_named_in_full():
    text = (
        "Gov. Gavin Walden warned that the state would reopen slowly. "
        "Walden this week announced that offices would stay closed."
    )
    assert _names(text) == ["Gavin Walden"]


def test_place_based_prefix_and_the_board_are_the_named_organisation():
    text = (
        "The New York-based College Board said tests would move online. "
        "The board said it would refund fees. "
        "The College Board couldn\u2019t say when scores would arrive."
    )
    names = _names(text)
    assert len(names) == 1 and names[0].endswith("College Board")
    assert "York" not in names[0]


def test_epithet_and_time_inside_a_document_source_are_left_out():
    text = (
        "The bill covers 8 million people, according to the nonpartisan "
        "Congressional Budget Office. A report last month from the Department "
        "of Agriculture found that raising a child costs more."
    )
    assert _names(text) == ["Congressional Budget Office", "Department of Agriculture"]


def test_the_report_is_its_author_named_with_it():
    text = (
        "In a report this week, the advocacy group Teacher Trust cited low "
        "expectations. Programs must be held to a high standard, the report stated."
    )
    assert _names(text) == ["Teacher Trust"]
    text = "Programs must be held to a high standard, the report stated."
    assert _names(text) == ["the report"]


def test_whole_word_search_of_a_long_text_matches_the_scan():
    # a long text is searched through an index of its words: same positions
    from framing.quotes import sourcehood

    text = (
        "Together, the crowd left. They worked together_again and Togetherness "
        "grew; Together’s end came. xTogether Together2 (Together) "
    ) * 600
    assert len(text) > sourcehood._INDEXED

    def scan(word):
        n, out, i = len(word), [], text.find(word)
        while i >= 0:
            if (i == 0 or not text[i - 1].isalnum()) and (
                i + n == len(text) or not text[i + n].isalnum()
            ):
                out.append(i)
            i = text.find(word, i + 1)
        return out

    for word in ("Together", "together", "grew", "They", "Smith"):
        assert list(sourcehood._whole(word, text)) == scan(word)
