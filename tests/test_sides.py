"""Sides that are not "unknown": party defaults, debates, actors per debate (#14)."""

import csv
import math
from collections import Counter
from importlib.resources import files

import pandas as pd
import pytest
from conftest import shared_data_dir
from hypothesis import given
from hypothesis import strategies as st

from framing import load_actors, sources, sources_from_quotes
from framing.errors import InputError, LexiconError
from framing.lexicon.debates import parse_debates
from framing.parties import (
    DEFAULT_ISSUE,
    find_parties,
    infer_issue,
    load_debates,
    party_in,
)


def sides_by_name(text, issue=None):
    table = sources(text, issue=issue).table
    return dict(zip(table["name"], table["side"], strict=True))


# ---------------------------------------------------------------------------
# Party tags and party words give a debate's default side


@pytest.mark.parametrize(
    ("issue", "text", "expected"),
    [
        (
            "guns",
            "“The bill saves lives,” said Sen. Ann Roe (D-Ohio). "
            "“It punishes hunters,” said Rep. Ben Cho, R-Texas, on Tuesday.",
            {"Ann Roe": "gun_control", "Ben Cho": "gun_rights"},
        ),
        (
            "abortion",
            "“The clinic law goes too far,” said Rep. Ann Roe (D-Ga.). "
            "“Life begins at conception,” said state Sen. Ben Cho (R-Ga.).",
            {"Ann Roe": "abortion_rights", "Ben Cho": "anti_abortion"},
        ),
        (
            "taxes",
            "“Working families deserve the break,” Rep. Ann Roe (R-Kan.) said.",
            {"Ann Roe": "tax_cuts"},
        ),
    ],
    ids=["guns", "abortion", "taxes"],
)
def test_party_tags_give_the_debates_default_side(issue, text, expected):
    assert sides_by_name(text, issue) == expected


def test_party_words_before_and_after_a_name():
    text = (
        "Republican Sen. Ben Cho said the mandate had failed. Ann Roe, a "
        "first-term Democrat from Ohio, disagreed. “Coverage is up,” Roe said. "
        "“Premiums are up too,” Cho said."
    )
    result = sources(text, issue="health_care")
    table = result.table.set_index("name")
    assert table.loc["Ann Roe", "side"] == "aca_support"
    assert table.loc["Ann Roe", "party"] == "D"
    assert table.loc["Ben Cho", "side"] == "aca_repeal"
    assert table.loc["Ben Cho", "actor"] == "party:R"


def test_unnamed_party_sources():
    text = (
        "Senate Republicans said the border bill was too weak. "
        "“We will not vote for amnesty,” a Republican aide said. "
        "A Democratic aide said the talks would go on."
    )
    sides = sources(text, issue="immigration").table["side"].tolist()
    assert sides == ["enforcement", "enforcement", "immigrant_rights"]


def test_a_critic_of_a_party_has_no_party():
    text = "“This is cruel,” said Ann Roe, a critic of Republican border plans."
    assert sides_by_name(text, "immigration") == {"Ann Roe": "unknown"}


def test_politicians_table_names_the_party():
    text = (
        "“If you like your plan, you can keep it,” Obama said. "
        "“Repeal it root and branch,” said Sen. Mitch McConnell."
    )
    assert sides_by_name(text, "health_care") == {
        "Obama": "aca_support",
        "Mitch McConnell": "aca_repeal",
    }


def test_another_given_name_before_a_politicians_surname_is_someone_else():
    # "Kelly" is Mark Kelly's surname and "Lee" Mike Lee's; neither is them here.
    text = (
        "“The deal is close,” Kelly Ayotte said. “We are not there,” said "
        "Carol E. Lee of the Journal."
    )
    # Kelly Ayotte is herself a Republican senator (framing/data/officials.csv):
    # the party default side is hers, not Mark Kelly's.
    assert sides_by_name(text, "taxes") == {
        "Kelly Ayotte": "tax_cuts",
        "Carol E. Lee": "unknown",
    }


def test_cross_pressured_politicians_are_left_unknown_in_their_debate():
    text = "“We need a path to citizenship,” Sen. Marco Rubio said on the floor."
    assert sides_by_name(text, "immigration") == {"Marco Rubio": "unknown"}
    text = "“Repeal it,” Sen. Marco Rubio said of the health law."
    assert sides_by_name(text, "health_care") == {"Marco Rubio": "aca_repeal"}


def test_a_table_row_beats_the_party_default():
    # Theodore Olson, a Republican, argued against Proposition 8.
    text = "“Marriage is a right,” said Theodore Olson (R), the plaintiffs' lawyer."
    assert sides_by_name(text, "lgbt_rights") == {"Theodore Olson": "lgbt_rights"}


def test_an_independent_takes_the_side_of_their_caucus():
    text = "“Medicare for all is the answer,” Bernie Sanders said."
    table = sources(text, issue="health_care").table
    assert table[["side", "party"]].values.tolist() == [["aca_support", "I"]]


def test_debates_without_sides_give_no_default():
    text = "“Masks work,” said Sen. Ann Roe (D-Ohio)."
    result = sources(text, issue="coronavirus")
    assert result.sides == ()
    assert result.table["side"].tolist() == ["unknown"]


def test_own_table_without_issue_gets_no_party_default():
    mine = pd.DataFrame(
        {
            "pattern": ["Sierra Club"],
            "kind": ["organisation"],
            "side": ["environment"],
            "source": ["mission statement"],
        }
    )
    text = "“Drill here,” said Sen. Ben Cho (R-Alaska)."
    table = sources(text, actors=mine).table
    assert table["side"].tolist() == ["unknown"]
    assert table["party"].tolist() == ["R-Alaska"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Republican Sen. Ben Cho spoke. Ann Roe, a Democrat from Ohio, did not.",
            {"ben cho": "R", "cho": "R", "ann roe": "D", "roe": "D"},
        ),
        ("Sen. Al Fox, R-N.H. He spoke.", {"al fox": "R", "fox": "R"}),
        ("Rep. Jo Kim (I-Vt.) voted.", {"jo kim": "I", "kim": "I"}),
        ("The Republican-led House. Ed Poe (R) spoke.", {"ed poe": "R", "poe": "R"}),
        ("Smith, I think, is right. Ann Roe, a critic of Republicans, said.", {}),
        ("Ann Roe (D-Ohio) and Ann Roe (R-Ohio) met.", {"ann roe": "", "roe": ""}),
    ],
    ids=["before-after", "tag-sentence-end", "independent", "sentence", "no", "both"],
)
def test_find_parties(text, expected):
    assert find_parties(text) == expected


@pytest.mark.parametrize(
    ("description", "party"),
    [
        ("Senate Republicans", "R"),
        ("a GOP strategist", "R"),
        ("House Democrats", "D"),
        ("the DNC", "D"),
        ("a critic of Republicans", None),
        ("Democrats and Republicans", None),
        ("the Democratic Republic of Congo", None),
        ("a Republican-led panel", None),
    ],
)
def test_party_in(description, party):
    assert party_in(description) == party


# ---------------------------------------------------------------------------
# Which debate an article is about


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Gun owners packed the hearing on the rifle ban. The NRA said the "
            "background checks bill went too far.",
            "guns",
        ),
        (
            "The clinic stopped providing abortions after the ruling; Planned "
            "Parenthood said abortion access in the state had ended.",
            "abortion",
        ),
        (
            "Insurers raised premiums on the exchanges as Obamacare enrolment "
            "closed and Medicaid expansion stalled.",
            "health_care",
        ),
        (
            "Same-sex couples lined up for licences after the ruling on gay "
            "marriage; a lesbian couple married first.",
            "lgbt_rights",
        ),
        (
            "The ice storm closed schools. The city council met on Tuesday.",
            "immigration",
        ),
        ("", DEFAULT_ISSUE),
    ],
    ids=["guns", "abortion", "health", "lgbt", "no-evidence", "empty"],
)
def test_infer_issue(text, issue):
    assert infer_issue(text) == issue


def test_sources_infers_the_debate_from_the_article():
    text = (
        "The gun bill failed. Gun owners and the NRA cheered as rifles and "
        "handguns stayed legal. “The Second Amendment won,” said Rep. Ben Cho "
        "(R-Texas)."
    )
    result = sources(text)
    assert result.sides == ("gun_rights", "gun_control")
    assert result.table["side"].tolist() == ["gun_rights"]


def test_an_unknown_debate_name_is_an_error_listing_the_known_ones():
    # issue 20: sources(t, issue="imigration") was silently accepted.
    text = "Sen. Ann Roe (D-Ohio) said the bill was dead."
    for call in (
        lambda: sources(text, issue="imigration"),
        lambda: sources_from_quotes([], issue="imigration", text=text),
        lambda: sources(text, issue=""),
        lambda: sources(text, issue=3),
    ):
        with pytest.raises(InputError, match=r"known debates are .*immigration"):
            call()


def test_no_debate_is_accepted_and_gives_no_sides():
    text = "Sen. Ann Roe (D-Ohio) said the bill was dead."
    result = sources(text, issue="none")
    assert result.sides == ()
    assert result.table["side"].tolist() == ["unknown"]


def test_own_table_may_name_its_own_debate():
    mine = pd.DataFrame(
        {
            "pattern": ["Tenants Union", "Landlord Association"],
            "kind": ["organisation", "organisation"],
            "side": ["tenants", "owners"],
            "source": ["mission statement", "mission statement"],
            "issue": ["housing", "housing"],
        }
    )
    text = "A Tenants Union lawyer said rents were too high."
    assert sources(text, mine, issue="housing").table["side"].tolist() == ["tenants"]
    with pytest.raises(InputError, match="known debates"):
        sources(text, mine, issue="husing")


@pytest.mark.parametrize(
    "text",
    [
        # A budget story: no debate's topic words, so no debate's sides.
        "The city council passed the budget on Tuesday. “We kept our promise,” "
        "said Rep. Ann Roe (D-Ohio). Republican Sen. Ben Cho said the plan "
        "would raise fees.",
        # A sports story quoting a Republican governor.
        "The Bengals won in overtime. “A great night for Ohio,” said Gov. Mike "
        "DeWine, a Republican.",
    ],
)
def test_without_a_detected_debate_sides_are_unknown(text):
    # issue 20: these got immigration sides ("immigrant_rights"/"enforcement").
    result = sources(text)
    assert result.sides == ()
    assert set(result.table["side"]) == {"unknown"}
    assert len(result.table) >= 1


# ---------------------------------------------------------------------------
# Actors of each debate


@pytest.mark.parametrize(
    ("issue", "speaker", "affiliation", "side"),
    [
        ("guns", "Wayne LaPierre", None, "gun_rights"),
        ("guns", "a spokeswoman", "Gun Owners of America", "gun_rights"),
        ("guns", "a spokesman", "Everytown for Gun Safety", "gun_control"),
        ("guns", "a spokeswoman", "Brady Campaign", "gun_control"),
        ("guns", "Giffords Law Center", None, "gun_control"),
        ("abortion", "Planned Parenthood", None, "abortion_rights"),
        (
            "abortion",
            "a spokeswoman",
            "Reproductive Freedom for All",
            "abortion_rights",
        ),
        ("abortion", "a lobbyist", "National Right to Life", "anti_abortion"),
        ("abortion", "Susan B. Anthony Pro-Life America", None, "anti_abortion"),
        ("climate", "a campaigner", "Sierra Club", "climate_action"),
        ("climate", "a spokesman", "American Petroleum Institute", "fossil_fuels"),
        ("health_care", "a spokesman", "Families USA", "aca_support"),
        ("health_care", "an analyst", "Cato Institute", "aca_repeal"),
        ("taxes", "Grover Norquist", None, "tax_cuts"),
        ("taxes", "a member", "Patriotic Millionaires", "tax_the_rich"),
        ("lgbt_rights", "a lawyer", "Lambda Legal", "lgbt_rights"),
        (
            "lgbt_rights",
            "a lawyer",
            "Alliance Defending Freedom",
            "religious_conservative",
        ),
        ("education", "Randi Weingarten", None, "public_schools"),
        (
            "education",
            "a spokesman",
            "American Federation for Children",
            "school_choice",
        ),
        ("immigration", "a spokeswoman", "United We Dream", "immigrant_rights"),
        ("immigration", "a lawyer", "RAICES", "immigrant_rights"),
        ("immigration", "Todd Schulte", "FWD.us", "immigrant_rights"),
        (
            "immigration",
            "a researcher",
            "Center for Immigration Studies",
            "enforcement",
        ),
        ("immigration", "Steven Camarota", None, "enforcement"),
    ],
)
def test_actors_of_each_debate(issue, speaker, affiliation, side):
    assert load_actors(issue=issue).side_of(speaker, affiliation) == side


def test_a_name_with_a_kelvin_sign_matches_as_with_a_k():
    # The matcher is case-insensitive, and "K" (U+212A) is an upper-case "k": the
    # lookahead on names' first letters must not skip it.
    table = load_actors(issue="immigration")
    assert table.side_of("\u212aris \u212aobach") == table.side_of("Kris Kobach")
    assert table.side_of("Kris Kobach") == "enforcement"


def test_an_actor_of_one_debate_codes_nothing_in_another():
    assert load_actors(issue="immigration").side_of("NRA") == "unknown"
    assert load_actors(issue="guns").side_of("ICE") == "unknown"
    # The Cato Institute argues for more immigration and against the ACA.
    assert load_actors(issue="immigration").side_of("Cato Institute") == (
        "immigrant_rights"
    )
    assert load_actors(issue="health_care").side_of("Cato Institute") == "aca_repeal"


def test_default_table_is_the_immigration_debate():
    assert load_actors().sides == ("enforcement", "immigrant_rights")
    assert load_actors(issue="guns").sides == ("gun_rights", "gun_control")
    assert load_actors(issue="race").sides == ()
    with pytest.raises(InputError, match="issue must be a lower-case debate name"):
        load_actors(issue="Guns!")


def _bundled_rows():
    with (files("framing") / "data" / "actors.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_debate_side_has_actors_and_coverage_is_symmetric():
    counts = Counter((r["issue"], r["side"]) for r in _bundled_rows())
    for debate in load_debates().values():
        if not debate.sides:
            continue
        per_side = [counts[(debate.issue, side)] for side in debate.sides]
        assert min(per_side) >= 15, (debate.issue, per_side)
        assert max(per_side) <= 2 * min(per_side), (debate.issue, per_side)


def test_every_actor_row_names_a_source_and_a_debate_side():
    debates = load_debates()
    for row in _bundled_rows():
        assert row["source"].strip(), row
        assert row["issue"] in debates, row
        assert row["side"] in (*debates[row["issue"]].sides, "unknown"), row


def test_debates_mark_party_defaults_as_judgement():
    for debate in load_debates().values():
        if debate.democratic or debate.republican:
            assert "judgement" in debate.note, debate.issue
            assert debate.democratic != debate.republican


def test_issue_column_is_validated(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "pattern,kind,side,issue,source\nNRA,organisation,gun_rights,Gun Policy,x\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"line 2, column 'issue'"):
        load_actors(path)


def test_same_pattern_in_two_debates_is_allowed_in_one_debate_not(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "pattern,kind,side,issue,source\n"
        "ACLU,organisation,immigrant_rights,immigration,x\n"
        "ACLU,organisation,abortion_rights,abortion,x\n",
        encoding="utf-8",
    )
    assert len(load_actors(path)) == 2
    assert load_actors(path, issue="abortion").side_of("ACLU") == "abortion_rights"
    path.write_text(
        path.read_text() + "ACLU,organisation,lgbt_rights,abortion,x\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"line 4, column 'pattern'"):
        load_actors(path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"issue": "Guns"}, r"line 2, column 'issue'"),
        ({"sides": "a|unknown"}, r"line 2, column 'sides'"),
        ({"democratic": "c"}, r"line 2, column 'democratic'"),
        ({"topic_words": ""}, r"line 2, column 'topic_words': required"),
    ],
    ids=["issue", "unknown-side", "default-not-a-side", "no-words"],
)
def test_debates_validator(row, message):
    good = {
        "issue": "guns",
        "sides": "a|b",
        "democratic": "b",
        "republican": "a",
        "topic_words": "gun",
        "source": "platforms",
    }
    with pytest.raises(LexiconError, match=message):
        parse_debates(pd.DataFrame([{**good, **row}]))


# ---------------------------------------------------------------------------
# The seed article stays exact


def test_seed_sides_unchanged(seed_text):
    table = sources(seed_text).table
    assert table[["name", "side", "direct", "indirect", "quoted_words"]].to_dict(
        "records"
    ) == [
        {
            "name": "federal law",
            "side": "unknown",
            "direct": 0,
            "indirect": 1,
            "quoted_words": 0,
        },
        {
            "name": "US Conference of Mayors",
            "side": "immigrant_rights",
            "direct": 0,
            "indirect": 1,
            "quoted_words": 0,
        },
        {
            "name": "Jeff Sessions",
            "side": "enforcement",
            "direct": 1,
            "indirect": 0,
            "quoted_words": 29,
        },
        {
            "name": "The president’s team",
            "side": "unknown",
            "direct": 0,
            "indirect": 1,
            "quoted_words": 0,
        },
        {
            "name": "Jessica Vaughan",
            "side": "enforcement",
            "direct": 2,
            "indirect": 0,
            "quoted_words": 46,
        },
    ]
    assert table["party"].isna().all()
    assert infer_issue(seed_text) == "immigration"


# ---------------------------------------------------------------------------
# Properties

pieces = st.sampled_from(
    [
        "Ann Roe",
        " (D-Ohio)",
        ", R-Texas,",
        " Republican",
        " Democrat",
        ", a ",
        "(I)",
        " Sen.",
        ",",
        ".",
        " ",
        "\n",
        "said",
        "“",
        "”",
    ]
)


@given(st.one_of(st.text(max_size=200), st.lists(pieces, max_size=20).map("".join)))
def test_party_functions_never_raise(text):
    parties = find_parties(text)
    assert set(parties.values()) <= {"D", "R", "I", ""}
    for key in parties:
        assert key == key.lower()
    assert party_in(text) in {"D", "R", None}
    assert infer_issue(text) in load_debates()


@given(st.lists(pieces, max_size=20).map("".join))
def test_sources_sides_are_the_tables(text):
    result = sources(text, issue="guns")
    assert set(result.table["side"]) <= {"gun_rights", "gun_control", "unknown"}
    total = sum(result.direct_share.values())
    assert math.isnan(total) or total == pytest.approx(1.0)


# ---------------------------------------------------------------------------
# On the AllSides corpora (skipped without them)


@pytest.mark.skipif(shared_data_dir() is None, reason="needs FRAMING_DATA")
def test_fewer_unknown_quoted_words_on_allsides_guns():
    from framing import extract_quotes, sources_from_quotes

    data = shared_data_dir() / "allsides" / "issues.csv.gz"
    if not data.exists():
        pytest.skip("needs allsides/issues.csv.gz")
    frame = pd.read_csv(data, keep_default_na=False)
    guns = frame[frame["topic"] == "gun_control_and_gun_rights"].head(150)
    words = Counter()
    for text in guns["content_original"]:
        quotes = extract_quotes(text)
        result = sources_from_quotes(quotes, issue="guns", text=text)
        words.update(result.quoted_words_per_side)
    total = sum(words.values())
    # 0.95 of quoted words were "unknown" before issue 14 (benchmarks/sides_eval.md).
    assert words["unknown"] / total < 0.7
    assert min(words["gun_rights"], words["gun_control"]) / total > 0.1
