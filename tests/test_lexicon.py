import dataclasses
import importlib.resources
import os
import re

import pytest
from conftest import BORDER_CRISIS, bundled_rows_plus

from framing import LexiconError, find_loaded_terms, find_terms, load_lexicon
from framing.lexicon import CATEGORIES, CONTEXT_RULES, Lexicon, LexiconEntry

HEADER = "term,variants,category,label,loaded,context,alternative,source,note\n"
GOOD = (
    "illegal alien,illegal aliens?,status label,alien,true,none,"
    "undocumented immigrant,AP Stylebook 2013,\n"
)


def write(tmp_path, body, name="my.csv", header=HEADER):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


# --- the shipped file ----------------------------------------------------------


def test_bundled_lexicon_validates_from_its_path():
    path = importlib.resources.files("framing") / "data" / "lexicon.csv"
    lexicon = load_lexicon(os.fspath(path))
    assert [e.term for e in lexicon] == [e.term for e in load_lexicon()]


def test_bundled_lexicon_has_the_required_entries():
    lexicon = load_lexicon()
    required = [
        "illegal immigrant",
        "illegal alien",
        "illegals",
        "an illegal",
        "criminal alien",
        "alien",
        "anchor baby",
        "chain migration",
        "amnesty",
        "catch and release",
        "Trumpocalypse",
        "Trumpageddon",
        "flood",
        "wave",
        "tide",
        "surge",
        "influx",
        "swarm",
        "horde",
        "invasion",
        "pouring in",
        "undocumented immigrant",
        "unauthorized immigrant",
        "in the country illegally",
    ]
    assert [term for term in required if term not in lexicon] == []
    neutral = {
        e.term
        for e in lexicon
        if not e.loaded and e.issue == "immigration" and e.category != "label choice"
    }
    assert neutral == {
        "undocumented immigrant",
        "unauthorized immigrant",
        "in the country illegally",
    }


def test_bundled_lexicon_rows_are_complete():
    lexicon = load_lexicon()
    for entry in lexicon:
        assert entry.source, entry.term
        assert entry.context in CONTEXT_RULES
        assert entry.category in {
            "status label",
            "epithet",
            "policy label",
            "portmanteau",
            "migration metaphor",
            "side label",
            "partisan epithet",
            "attribution verb",
            "label choice",
        }
        assert entry.leaning in {"left", "right", "none"}, entry.term
        if entry.issue != "immigration":
            assert entry.label == "", entry.term  # label columns stay immigration's
        if entry.loaded:
            assert entry.alternative, entry.term
        if entry.category == "status label":
            assert entry.label in {
                "illegal",
                "alien",
                "undocumented",
                "unauthorized",
                "illegally",
            }
    metaphors = [e.term for e in lexicon if e.category == "migration metaphor"]
    assert all(lexicon[t].context == "migration_subject" for t in metaphors)
    assert all("Santa Ana 1999" in lexicon[t].source for t in metaphors)


@pytest.mark.parametrize(
    "surface",
    [
        "illegal alien",
        "illegal aliens",
        "Illegal Aliens",
        "ILLEGAL ALIENS",
        "illegal-alien",
        "illegal-aliens",
        "illegal\naliens",
    ],
)
def test_variants_match_plural_hyphen_and_case(surface):
    assert [m.term for m in find_terms(f"They said {surface} again.")] == [
        "illegal alien"
    ]


def test_load_lexicon_is_cached():
    assert load_lexicon() is load_lexicon()


def test_lexicon_is_immutable():
    lexicon = load_lexicon()
    with pytest.raises(AttributeError, match="immutable"):
        lexicon.foo = 1
    with pytest.raises(AttributeError, match="immutable"):
        lexicon._entries = ()
    assert isinstance(lexicon.entries, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        lexicon.entries[0].loaded = False


def test_lexicon_lookup_and_repr():
    lexicon = load_lexicon()
    assert lexicon["  Chain   Migration "].term == "chain migration"
    assert 3 not in lexicon
    with pytest.raises(KeyError, match="no term 'sanctuary city'"):
        lexicon["sanctuary city"]
    assert repr(lexicon) == f"Lexicon('lexicon.csv', {len(lexicon)} entries)"


# --- user files ----------------------------------------------------------------


def test_user_file_round_trip(tmp_path):
    path = write(
        tmp_path,
        GOOD + "job killer,job killers?,epithet,,TRUE,,costly rule,my guide,\n",
    )
    lexicon = load_lexicon(path)
    assert [(e.term, e.loaded, e.context, e.line) for e in lexicon] == [
        ("illegal alien", True, "none", 2),
        ("job killer", True, "none", 3),
    ]


def test_user_file_cache_sees_edits(tmp_path):
    path = write(tmp_path, GOOD)
    first = load_lexicon(path)
    assert load_lexicon(path) is first
    path.write_text(HEADER + GOOD + GOOD.replace("illegal alien,", "alien,"), "utf-8")
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
    assert [e.term for e in load_lexicon(path)] == ["illegal alien", "alien"]


def test_columns_in_any_order_and_optional_columns_absent(tmp_path):
    path = write(
        tmp_path,
        "AP Stylebook 2013,false,status label,undocumented immigrants?,"
        "undocumented immigrant\n",
        header="source,loaded,category,variants,term\n",
    )
    (entry,) = load_lexicon(path)
    assert (entry.term, entry.loaded, entry.label, entry.context) == (
        "undocumented immigrant",
        False,
        "",
        "none",
    )


def test_empty_lexicon_matches_nothing():
    assert find_terms("illegal aliens", Lexicon([])) == []


def test_lexicon_rejects_non_entries():
    with pytest.raises(TypeError, match="LexiconEntry"):
        Lexicon(["illegal alien"])


def test_load_lexicon_rejects_non_paths():
    with pytest.raises(TypeError, match="path must be a str"):
        load_lexicon(12)


def test_missing_file_raises_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_lexicon(tmp_path / "nope.csv")


# --- the validator on deliberately broken rows -----------------------------------


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "alien,aliens?,status label,alien,yes,person,noncitizen,AP,\n",
            r"^my\.csv, line 3, column 'loaded': expected true or false, got 'yes'$",
        ),
        (
            "alien,aliens?,status label,alien,true,persn,noncitizen,AP,\n",
            r"line 3, column 'context': unknown context rule 'persn'",
        ),
        (
            "alien,(aliens?,status label,alien,true,person,noncitizen,AP,\n",
            r"line 3, column 'variants': bad regular expression '\(aliens\?'",
        ),
        (
            "alien,(alien)s?,status label,alien,true,person,noncitizen,AP,\n",
            r"line 3, column 'variants': .*capturing group; write \(\?:\.\.\.\)",
        ),
        (
            "alien,(?:aliens)?,status label,alien,true,person,noncitizen,AP,\n",
            r"line 3, column 'variants': .*matches the empty string",
        ),
        (
            "Illegal  Alien,illegal aliens?,status label,alien,true,none,x,AP,\n",
            r"line 3, column 'term': duplicate term 'Illegal  Alien' \(first on line 2",
        ),
        (
            "alien,aliens?,status label,alien,true,person,,AP,\n",
            r"line 3, column 'alternative': loaded term 'alien' needs a neutral",
        ),
        (
            "alien,aliens?,status label,alien,true,person,noncitizen,,\n",
            r"line 3, column 'source'",
        ),
        (
            "alien,aliens?,,alien,true,person,noncitizen,AP,\n",
            r"line 3, column 'category'",
        ),
        (
            "alien,aliens?,status label,alien,true,person,noncitizen,AP,note,extra\n",
            r"line 3: 10 fields but the header has 9",
        ),
    ],
    ids=[
        "loaded-yes",
        "unknown-context",
        "bad-regex",
        "capturing-group",
        "empty-match",
        "duplicate",
        "no-alternative",
        "no-source",
        "no-category",
        "extra-field",
    ],
)
def test_validator_names_file_line_and_column(tmp_path, row, message):
    path = write(tmp_path, GOOD + row)
    with pytest.raises(LexiconError, match=message):
        load_lexicon(path)


def test_validator_reports_missing_columns(tmp_path):
    path = write(
        tmp_path,
        "illegal alien,illegal aliens?,true\n",
        header="term,variants,loaded\n",
    )
    with pytest.raises(LexiconError, match=r"my\.csv, line 1, column 'category'"):
        load_lexicon(path)


def test_validator_reports_every_bad_row_in_one_error(tmp_path):
    bad = (
        "a,a,epithet,,maybe,,x,y,\n"
        "b,(b,epithet,,true,,x,y,\n"
        "c,c,slur,,true,,x,y,\n"
        "d,d,epithet,,true,weather,x,y,\n"
        "e,e,,,true,,x,y,\n"
        "illegal alien,x,epithet,,false,,,y,\n"
    )
    path = write(tmp_path, GOOD + bad)
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    message = str(info.value)
    assert message.startswith("my.csv: 6 problems\n")
    for where in [
        "line 3, column 'loaded'",
        "line 4, column 'variants'",
        "line 5, column 'category': unknown category 'slur'",
        "line 6, column 'context'",
        "line 7, column 'category': required",
        "line 8, column 'term': duplicate term 'illegal alien' (first on line 2)",
    ]:
        assert f"my.csv, {where}" in message
    assert len(message.splitlines()) == 7


def test_one_bad_row_is_one_line(tmp_path):
    path = write(tmp_path, GOOD + "a,a,epithet,,maybe,,x,y,\n")
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    assert str(info.value) == (
        "my.csv, line 3, column 'loaded': expected true or false, got 'maybe'"
    )


def test_categories_are_the_documented_ones():
    readme = (importlib.resources.files("framing") / "data" / "README.md").read_text(
        encoding="utf-8"
    )
    row = next(line for line in readme.splitlines() if line.startswith("| `category`"))
    documented = re.findall(r"`([a-z ]+)`", row.split("|")[4])
    assert tuple(documented) == CATEGORIES
    assert {e.category for e in load_lexicon()} <= set(CATEGORIES)


def test_validator_counts_lines_after_blank_and_multiline_rows(tmp_path):
    multiline = (
        'wave,waves?,migration metaphor,,true,migration_subject,x,"Santa\nAna",\n'
    )
    bad = "tide,tides?,migration metaphor,,true,weather,x,y,\n"
    path = write(tmp_path, GOOD + "\n" + multiline + bad)
    with pytest.raises(LexiconError, match=r"line 6, column 'context'"):
        load_lexicon(path)


def test_class_of_space_and_punctuation_still_matches(tmp_path):
    path = write(
        tmp_path, 'so-called,"so[\\s,]called",epithet,,false,,,judgement,\n' + GOOD
    )
    found = [m.text for m in find_terms("The so,called plan.", path)]
    assert found == ["so,called"]


def test_lexicon_without_known_prefixes_still_matches(tmp_path):
    path = write(
        tmp_path,
        r"illegally,\w+ illegally,status label,illegally,false,,,AP Stylebook 2013,"
        "\n" + GOOD,
    )
    found = [
        m.text for m in find_terms("They entered illegally, illegal aliens.", path)
    ]
    assert found == ["entered illegally", "illegal aliens"]


def test_entry_fields_are_parsed():
    entry = load_lexicon()["amnesty"]
    assert isinstance(entry, LexiconEntry)
    assert (entry.loaded, entry.context, entry.category) == (
        True,
        "immigration",
        "policy label",
    )


def test_a_dataframe_extends_the_bundled_lexicon():
    import pandas as pd

    lexicon = load_lexicon(bundled_rows_plus(BORDER_CRISIS))
    assert len(lexicon) == len(load_lexicon()) + 1
    text = "They called it a border crisis."
    assert [m.term for m in find_loaded_terms(text, lexicon=lexicon)] == [
        "border crisis"
    ]
    with pytest.raises(LexiconError, match=r"<DataFrame>, line \d+, column 'loaded'"):
        load_lexicon(pd.DataFrame([{**BORDER_CRISIS, "loaded": "yes"}]))


# --- issue and leaning (issue 13) ------------------------------------------------


def test_issue_and_leaning_are_read_and_checked(tmp_path):
    header = "term,variants,issue,category,leaning,loaded,alternative,source\n"
    row = "death tax,death tax(?:es)?,taxes,policy label,right,true,estate tax,Luntz\n"
    entry = load_lexicon(write(tmp_path, row, header=header))["death tax"]
    assert (entry.issue, entry.leaning) == ("taxes", "right")
    bad = row.replace(",right,", ",rightish,")
    with pytest.raises(LexiconError, match=r"line 2, column 'leaning'.*rightish"):
        load_lexicon(write(tmp_path, bad, name="bad.csv", header=header))
    bad = row.replace(",taxes,", ",Tax Policy,")
    with pytest.raises(LexiconError, match=r"line 2, column 'issue'"):
        load_lexicon(write(tmp_path, bad, name="bad2.csv", header=header))


def test_files_without_issue_or_leaning_are_generic(tmp_path):
    entry = load_lexicon(write(tmp_path, GOOD))["illegal alien"]
    assert (entry.issue, entry.leaning) == (None, "none")


def test_bundled_debates_and_both_sides():
    lexicon = load_lexicon()
    issues = {e.issue for e in lexicon}
    assert issues >= {
        None,
        "immigration",
        "abortion",
        "guns",
        "climate",
        "taxes",
        "health_care",
        "lgbt",
        "race",
        "coronavirus",
    }
    for issue in issues - {None, "race"}:
        sides = {e.leaning for e in lexicon if e.issue == issue and e.loaded}
        assert {"left", "right"} <= sides, issue
        assert any(not e.loaded for e in lexicon if e.issue == issue), issue


# --- context rules and debates as data ------------------------------------------


def test_every_rule_kind_is_implemented_once():
    from framing.lexicon import RULE_KINDS
    from framing.terms.rules import RULE_KINDS as IMPLEMENTED

    assert set(RULE_KINDS) == set(IMPLEMENTED)


def test_bundled_context_rules_name_their_source():
    from framing.lexicon import load_context_rules

    rules = load_context_rules()
    assert set(rules) == CONTEXT_RULES
    assert all(rule.source for rule in rules.values())
    assert rules["immigration"].get("window") == "800"
    assert "executive" in rules["immigration"].words("yes_before")


def test_context_rule_validator_reports_every_bad_row(tmp_path):
    from framing.lexicon import load_context_rules

    path = tmp_path / "rules.csv"
    path.write_text(
        "rule,kind,parameters,source\n"
        "a,sometimes,,x\n"
        "b,topic_nearby,,x\n"
        "c,not_beside,colour=red,x\n"
        "d,topic_nearby,pattern=(x; window=wide,x\n"
        "e,always,,\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as info:
        load_context_rules(path)
    message = str(info.value)
    for where in [
        "line 2, column 'kind': unknown kind 'sometimes'",
        "line 3, column 'parameters': topic_nearby needs pattern= or debate=",
        "line 4, column 'parameters': 'colour=red'",
        "line 5, column 'parameters': bad regular expression",
        "line 5, column 'parameters': window",
        "line 6, column 'source': required",
    ]:
        assert f"rules.csv, {where}" in message


def test_a_rule_of_a_user_file_is_used_by_its_lexicon(tmp_path):
    rules = tmp_path / "rules.csv"
    rules.write_text(
        "rule,kind,parameters,source\n"
        "not_sale,not_beside,after=sale|sales; joined=true,judgement\n",
        encoding="utf-8",
    )
    lexicon = write(
        tmp_path,
        "fire sale,fire sales?,epithet,,true,not_sale,a quick sale,judgement,\n",
    )
    loaded = load_lexicon(lexicon, rules=rules)
    assert loaded.rules["not_sale"].kind == "not_beside"
    found = find_terms("A fire sale, then a fire sale-sales event.", loaded)
    assert [m.start for m in found] == [2]
