"""Source type and gender: framing.voices and the columns it adds to sources()."""

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import sources
from framing.balance import sources_from_quotes, voice_columns, voice_features
from framing.compare import voice_shares
from framing.errors import InputError, LexiconError
from framing.voices import (
    GENDERS,
    SOURCE_TYPES,
    load_first_names,
    source_gender,
    source_type,
)


def table_of(text, **kwargs):
    table = sources(text, **kwargs).table
    return {row.name: (row.type, row.gender) for row in table.itertuples()}


# ---------------------------------------------------------------------------
# Types from titles, role nouns and organisations


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Sen. Ruth Vance (D-Ore.) said the bill would pass.",
            "Ruth Vance",
            ("politician", "female"),
        ),
        (
            '"We will not hold anyone without a warrant," said the county '
            "sheriff, Dolores Mendez.",
            "Dolores Mendez",
            ("law_enforcement", "female"),
        ),
        (
            "Owen Price, a professor of law at Georgetown University, said the "
            "order would not survive review.",
            "Owen Price",
            ("expert", "male"),
        ),
        (
            '"This changes nothing," said a spokeswoman for the ACLU.',
            "a spokeswoman for the ACLU",
            ("advocacy", "female"),
        ),
        (
            "The company's chief executive, Irene Falk, said orders had fallen.",
            "Irene Falk",
            ("business", "female"),
        ),
        (
            '"We are terrified," said Marisol Vega, a mother of three who lives '
            "in Yuma.",
            "Marisol Vega",
            ("citizen", "female"),
        ),
        (
            "The Rev. Amos Lindqvist said the congregation would shelter the family.",
            "Amos Lindqvist",
            ("religious", "male"),
        ),
        (
            "U.S. District Judge Nora Haddad wrote that the rule was arbitrary.",
            "Nora Haddad",
            ("legal", "female"),
        ),
    ],
    ids=[
        "senator",
        "role-then-name",
        "name-then-role",
        "unnamed-spokeswoman",
        "chief-executive",
        "mother-of-three",
        "reverend",
        "judge",
    ],
)
def test_type_and_gender_from_the_text(text, name, expected):
    assert table_of(text)[name] == expected


def test_organisation_quoted_as_itself_has_a_type_and_no_gender():
    text = (
        "The American Federation of Teachers said schools should stay closed. "
        "The National Mining Association said the rules would cost jobs."
    )
    found = table_of(text)
    assert found["American Federation of Teachers"] == ("advocacy", "none")
    assert found["National Mining Association"] == ("business", "none")


def test_named_organisation_is_not_a_first_name():
    # "Sierra" is a given name in the SSA counts; "Sierra Club" is a group.
    text = "The Sierra Club said the ruling was a victory for the river."
    assert table_of(text) == {"Sierra Club": ("advocacy", "none")}


def test_first_role_noun_decides():
    text = (
        '"I was brought here when I was two," said Daniela Ruiz, a DACA recipient '
        "who works as a nurse in Phoenix."
    )
    assert table_of(text)["Daniela Ruiz"] == ("citizen", "female")


def test_group_of_officials_is_not_one_person():
    text = "State health officials said the rules would help people find work."
    assert table_of(text) == {"State health officials": ("government", "none")}


def test_anonymous_official_is_a_person_of_unknown_gender():
    text = "A senior administration official said the policy would stand."
    assert table_of(text) == {
        "A senior administration official": ("government", "unknown")
    }


def test_type_is_unknown_when_nothing_says():
    assert source_type("Dana Whitcombe") == "unknown"
    assert source_type(None) == "unknown"


def test_source_type_rules():
    assert source_type("Tom Baker", "a professor of economics at Ohio State") == (
        "expert"
    )
    # A named organisation beats a generic organisation noun.
    assert source_type("Texas Association of Realtors") == "business"
    # A lawyer for an advocacy group is a lawyer (GMMP occupation).
    assert source_type("Marcus Bell", "an attorney with the ACLU") == "legal"
    # "president of" takes the organisation's type; "President" before a name
    # is a head of state.
    assert source_type("Abe Fox", "president of the NAACP") == "advocacy"
    assert source_type("Abe Fox", title="President") == "politician"
    assert source_type("Abe Fox", party="R-Texas") == "politician"


# ---------------------------------------------------------------------------
# Gender: courtesy titles, gendered nouns, pronouns, first names


def test_pronoun_decides_an_ambiguous_first_name():
    text = (
        "Jordan Reyes, the schools superintendent, said classes would resume. "
        "She said 300 teachers were out sick."
    )
    assert table_of(text)["Jordan Reyes"] == ("government", "female")


def test_courtesy_title_decides():
    text = (
        "Kim Osei studies farm labor. Ms. Osei said wages had risen. "
        '"The gap is real," Ms. Osei said.'
    )
    assert table_of(text)["Kim Osei"][1] == "female"


def test_relative_in_a_relative_clause_is_not_the_speaker():
    text = (
        '"It is too late for my boy," said Robin Marsh, whose son was killed in '
        "a shooting in 2019."
    )
    assert table_of(text)["Robin Marsh"] == ("citizen", "unknown")


def test_never_guess_from_surname_role_or_initial():
    assert source_gender("Vaughan") == "unknown"
    assert source_gender("J. Vaughan") == "unknown"
    assert source_gender("Sen. Vaughan") == "unknown"
    # A middle name after an initial is a given name.
    assert source_gender("J. Michael Vaughan") == "male"


def test_first_name_needs_a_clear_majority():
    names = load_first_names()
    assert names["jessica"][0] >= 0.9
    assert 0.1 < names["taylor"][0] < 0.9
    assert source_gender("Jessica Vaughan") == "female"
    assert source_gender("Taylor Brooks") == "unknown"


def test_user_overrides_come_first():
    text = "Taylor Brooks, a 17-year-old senior, said the march was peaceful."
    assert table_of(text)["Taylor Brooks"] == ("citizen", "unknown")
    found = table_of(text, genders={"Taylor Brooks": "female"})
    assert found["Taylor Brooks"] == ("citizen", "female")
    frame = pd.DataFrame({"name": ["taylor"], "gender": ["male"]})
    assert table_of(text, genders=frame)["Taylor Brooks"][1] == "male"


def test_bad_overrides_are_refused():
    with pytest.raises(InputError, match="'female', 'male' or 'unknown'"):
        sources("Ann Roe said so.", genders={"Ann Roe": "woman"})
    with pytest.raises(InputError, match="columns 'name' and 'gender'"):
        sources("Ann Roe said so.", genders=pd.DataFrame({"who": ["Ann"]}))


def test_first_name_table_validator_names_line_and_column(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("name,p_female,count,source\nann,0.99,5000,SSA\nbo,1.7,9,SSA\n")
    with pytest.raises(LexiconError, match=r"names.csv, line 3, column 'p_female'"):
        load_first_names(path)
    path.write_text("name,p_female,count,source\nann,0.99,many,SSA\n")
    with pytest.raises(LexiconError, match=r"line 2, column 'count'"):
        load_first_names(path)


def test_bundled_first_name_table_is_compact_and_complete():
    names = load_first_names()
    assert 5000 < len(names) < 20000
    assert all(0 <= share <= 1 and count >= 1000 for share, count in names.values())


# ---------------------------------------------------------------------------
# The seed article


def test_seed_sources_have_type_and_gender(seed_text):
    table = sources(seed_text).table.set_index("name")
    assert table.loc["Jeff Sessions", ["type", "gender"]].tolist() == [
        "politician",
        "male",
    ]
    assert table.loc["Jessica Vaughan", ["type", "gender"]].tolist() == [
        "expert",
        "female",
    ]
    assert table.loc["US Conference of Mayors", "gender"] == "none"


# ---------------------------------------------------------------------------
# Balance and analyze() columns


def test_balance_counts_people_by_gender_and_type():
    text = (
        'Sen. Ann Roe said, "We will win this vote." '
        '"We are scared," said Jordan Ellis, a mother of three. '
        '"Nobody asked us," said Pat Lowry, 52, a retired welder.'
    )
    result = sources(text)
    assert dict(result.sources_per_gender) == {
        "female": 2,
        "male": 0,
        "unknown": 1,
        "none": 0,
    }
    assert result.sources_per_type["citizen"] == 2
    assert result.quoted_words_per_type["politician"] == 5
    assert result.women_share == pytest.approx(2 / 3)
    assert result.gender_unknown_share == pytest.approx(1 / 3)
    row = voice_features(text)
    assert row["official_sources"] == 1
    assert row["official_share"] == pytest.approx(1 / 3)
    assert row["quoted_words_female"] == 8


def test_nonneutral_cues_are_counted_per_type_and_side():
    class Quote:
        def __init__(self, text, speaker, neutral):
            self.text, self.start, self.end = text, 0, len(text)
            self.kind, self.speaker, self.affiliation = "direct", speaker, None
            self.unnamed, self.neutral_cue = False, neutral

    result = sources_from_quotes(
        [
            Quote("We will win.", "Jeff Sessions", False),
            Quote("We will see.", "Jeff Sessions", True),
        ]
    )
    assert result.nonneutral_per_type["politician"] == 1
    assert result.nonneutral_per_side["enforcement"] == 1
    assert result.voice_dict()["nonneutral_cues"] == 1


def test_voice_columns_match_voice_features():
    columns = voice_columns()
    row = voice_features(None)
    assert list(row) == list(columns)
    assert row["people_quoted"] == 0
    assert math.isnan(row["women_share"])
    assert set(columns.values()) == {"int64", "float64"}


def test_voice_shares_pool_people_and_resample_outlets():
    features = pd.DataFrame(
        {
            "women_quoted": [1, 0, 2, 3],
            "men_quoted": [1, 2, 1, 1],
            "gender_unknown_quoted": [0, 1, 1, 0],
            "people_quoted": [2, 3, 4, 4],
            "official_sources": [1, 2, 0, 1],
            "sources_type_unknown": [0, 1, 1, 0],
            "n_sources": [3, 3, 4, 4],
            "bias": ["left", "left", "right", "right"],
            "outlet": ["A", "B", "C", "C"],
        }
    )
    out = voice_shares(features, "bias", cluster="outlet", n_boot=300)
    women = out[out["share"] == "women_share"].set_index("group")
    assert women.loc["left", "estimate"] == pytest.approx(1 / 5)
    assert women.loc["right", "estimate"] == pytest.approx(5 / 8)
    assert women.loc["right", ["low", "high"]].tolist() == [5 / 8, 5 / 8]
    assert women.loc["left", "n_clusters"] == 2
    assert women.loc["left", "low"] <= 0.2 <= women.loc["left", "high"]
    with pytest.raises(InputError, match="people_quoted"):
        voice_shares(features.drop(columns="people_quoted"), "bias")


# ---------------------------------------------------------------------------
# Properties

pieces = st.sampled_from(
    [
        "Sen.",
        " Ann",
        " Roe",
        " said",
        ", a mother of three,",
        '"',
        "“",
        "”",
        " she",
        " the ACLU",
        " officials",
        ".",
        "\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.lists(pieces).map("".join)))
def test_types_and_genders_are_always_from_the_lists(text):
    table = sources(text).table
    assert set(table["type"]) <= set(SOURCE_TYPES)
    assert set(table["gender"]) <= set(GENDERS)


@given(st.text(), st.text(), st.text())
def test_source_type_and_gender_accept_any_text(name, affiliation, description):
    assert source_type(name, affiliation, description=description) in SOURCE_TYPES
    assert source_gender(name, description=description) in GENDERS


def test_analyze_gives_the_voice_columns_for_the_seed(seed_text):
    from framing import analyze

    row = analyze(pd.DataFrame({"text": [seed_text]})).iloc[0]
    assert (row["people_quoted"], row["women_quoted"], row["men_quoted"]) == (2, 1, 1)
    assert row["women_share"] == 0.5
    assert row["quoted_words_female"] == 46
    assert row["official_sources"] == 3  # Sessions, the mayors, the president's team
    assert row["sources_type_expert"] == 1


# ---------------------------------------------------------------------------
# Issue 20: nothing per source searches the whole text


def _many_sources(n_chars):
    """One unbroken line quoting a new invented person every ~65 characters."""
    syllables = ["ba", "ko", "ri", "ma", "te", "lu", "no", "si"]
    parts, k, size = [], 0, 0
    while size < n_chars:
        surname = "".join(syllables[(k >> s) & 7] for s in (12, 9, 6, 3, 0))
        role = ("a farmer", "a spokeswoman for the union")[k % 2]
        parts.append(f"“We were not asked,” said Ann {surname.capitalize()}, {role}. ")
        size += len(parts[-1])
        k += 1
    return "".join(parts)


@given(
    st.lists(
        st.sampled_from(["Roe", "Roe's", "Ann Roe", "O'Roe", "x", " ", ",", "-", "é"]),
        max_size=30,
    ).map("".join),
    st.sampled_from(["Ann Roe", "Roe", "Ann O'Roe", "Ann Roe-x"]),
)
def test_indexed_mentions_are_the_searched_ones(text, name):
    from framing.mentions import _mentions, word_index

    surname = name.split()[-1]
    assert _mentions(text, name, surname, word_index(text)) == _mentions(
        text, name, surname
    )


def test_a_long_text_finds_each_name_without_a_whole_text_search(monkeypatch):
    # Before: every source searched the whole text (quadratic in sources x length).
    from framing import mentions

    text = _many_sources(120_000)

    def whole_text_search(*args):
        raise AssertionError("a whole-text search for one source")

    monkeypatch.setattr(mentions, "_found", whole_text_search)
    table = sources(text, issue="none").table
    assert len(table) > 900
    assert set(table["gender"]) == {"female"}  # "a spokeswoman", "Ann": evidence read


def test_a_one_line_text_of_many_sources_completes_in_analyze():
    # Half a megabyte of 7,700 sources on one line: the size where the blow-up
    # began (1 MB / 100 kB took 22x before the index, 2 MB 31 s); 2 to 20 MB
    # are timed in benchmarks/long_texts.md, not here.
    from framing import analyze

    text = _many_sources(500_000)
    row = analyze(pd.DataFrame({"text": [text]}), progress=False).iloc[0]
    assert row["people_quoted"] > 7000
    assert row["women_quoted"] == row["people_quoted"]
