"""Known officials decide gender, party and type before any guess from the text."""

import pandas as pd
import pytest

from framing import sources
from framing.errors import LexiconError
from framing.officials import load_officials


def test_bundled_table_loads_and_knows_lindsey_graham():
    table = load_officials()
    graham = table.find("Lindsey Graham")
    assert (graham.gender, graham.party, graham.type) == ("male", "R", "politician")
    assert table.find("Sen. Lindsey O. Graham").first == "Lindsey"


def test_a_nickname_and_a_suffix_match():
    table = load_officials()
    assert table.find("Chuck Schumer").last == "Schumer"
    assert table.find("Joe Biden").head
    assert table.find("Joseph R. Biden Jr.").head


def test_another_given_name_never_matches():
    table = load_officials()
    assert table.find("Kelly Graham") is None
    assert table.find("J. Graham") is None
    assert table.find("") is None and table.find(None) is None


def test_a_surname_alone_needs_the_full_name_in_the_article_or_a_head_of_state():
    table = load_officials()
    assert table.find("Graham") is None  # two Grahams, of two genders
    text = "Gwen Graham, a Democrat, spoke first. Graham said she would run."
    assert table.find("Graham", text).first == "Gwen"
    assert table.find("Trump").office == "president"
    assert table.find("President Obama").party == "D"


def test_graham_is_a_male_politician_in_sources():
    text = (
        "Sen. Lindsey Graham spoke on Monday. “We are not done,” Graham said. "
        "“The bill will pass.”"
    )
    row = sources(text).table.iloc[0]
    assert (row["name"], row["gender"], row["type"]) == (
        "Lindsey Graham",
        "male",
        "politician",
    )


def test_a_politician_quoted_without_a_title_is_a_politician():
    text = "“We will fight this in court,” said Lisa Murkowski."
    row = sources(text).table.iloc[0]
    assert (row["type"], row["gender"], row["party"]) == ("politician", "female", "R")


def test_the_users_overrides_still_come_first():
    text = "“We will fight this in court,” said Lisa Murkowski."
    row = sources(text, genders={"Lisa Murkowski": "unknown"}).table.iloc[0]
    assert row["gender"] == "unknown"


def test_users_pass_their_own_table():
    own = pd.DataFrame(
        {
            "first": ["Robin"],
            "last": ["Okafor"],
            "gender": ["male"],
            "party": ["Labour"],
            "office": ["MP"],
            "source": ["my list"],
        }
    )
    text = "“The plan is a disgrace,” said Robin Okafor."
    row = sources(text, officials=own).table.iloc[0]
    assert (row["gender"], row["type"], row["party"]) == (
        "male",
        "politician",
        "Labour",
    )
    # Without it, the name alone says nothing of gender.
    assert sources(text).table.iloc[0]["gender"] == "unknown"


def test_a_bad_row_names_file_line_and_column(tmp_path):
    path = tmp_path / "officials.csv"
    path.write_text(
        "first,last,gender,party,office,source\nAnn,Lee,femme,D,mayor,me\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"officials.csv, line 2, column 'gender'"):
        load_officials(path)
