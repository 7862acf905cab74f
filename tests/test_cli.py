import gzip
import json

import pandas as pd
import pytest

from framing.cli import main

ARTICLES = [
    "The illegal immigrants were detained, officials said.",
    "",
    'The mayor said, "We will protect undocumented immigrants."',
    "NA",
]


@pytest.fixture
def csv_in(tmp_path):
    path = tmp_path / "in.csv"
    pd.DataFrame({"id": ["a", "b", "c", "d"], "text": ARTICLES}).to_csv(
        path, index=False
    )
    return path


@pytest.mark.parametrize(
    "out_name", ["out.csv", "out.csv.gz", "out.jsonl", "out.jsonl.gz", "out.parquet"]
)
def test_analyze_writes_one_row_per_article(csv_in, tmp_path, out_name):
    out = tmp_path / out_name
    assert main(["analyze", str(csv_in), "-o", str(out), "--quiet"]) == 0
    if out_name.endswith(".parquet"):
        frame = pd.read_parquet(out)
    elif ".jsonl" in out_name:
        frame = pd.read_json(out, lines=True, dtype=False)
    else:
        frame = pd.read_csv(out, keep_default_na=False, dtype={"id": str})
    assert frame["id"].tolist() == ["a", "b", "c", "d"]
    assert "text" not in frame.columns
    assert frame["loaded_author"].astype(int).tolist() == [1, 0, 0, 0]
    assert not list(tmp_path.glob("*.partial"))


def test_analyze_reads_jsonl_gz_and_parquet(tmp_path):
    rows = [{"id": i, "body": t} for i, t in enumerate(ARTICLES)]
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows))
    out = tmp_path / "out.parquet"
    assert (
        main(["analyze", str(src), "-o", str(out), "--text-column", "body", "--quiet"])
        == 0
    )
    frame = pd.read_parquet(out)
    assert frame["id"].tolist() == [0, 1, 2, 3]
    src2 = tmp_path / "again.parquet"
    pd.DataFrame(rows).to_parquet(src2)
    out2 = tmp_path / "out2.csv"
    assert (
        main(
            ["analyze", str(src2), "-o", str(out2), "--text-column", "body", "--quiet"]
        )
        == 0
    )
    assert len(pd.read_csv(out2)) == 4


def test_jobs_and_chunks_give_identical_rows(csv_in, tmp_path):
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["analyze", str(csv_in), "-o", str(one), "--quiet"]) == 0
    argv = ["analyze", str(csv_in), "-o", str(two), "--jobs", "2", "--chunksize", "1"]
    assert main([*argv, "--quiet"]) == 0
    assert one.read_text() == two.read_text()


def test_missing_column_is_one_line_and_exit_2(csv_in, tmp_path, capsys):
    code = main(
        ["analyze", str(csv_in), "-o", str(tmp_path / "o.csv"), "--text-column", "body"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "no column 'body'" in err and "['id', 'text']" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o.csv").exists()


def test_bad_encoding_and_missing_file(tmp_path, capsys):
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("text\ncaf\xe9 ol\xe9\n".encode("latin-1"))
    assert main(["analyze", str(bad), "-o", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "latin1.csv, line 2, byte 4 of the line: not UTF-8" in err
    assert (
        main(["analyze", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "o.csv")])
        == 2
    )
    assert "nope.csv" in capsys.readouterr().err


def test_unknown_output_format(csv_in, tmp_path, capsys):
    assert main(["analyze", str(csv_in), "-o", str(tmp_path / "out.xlsx")]) == 2
    assert "cannot tell the format" in capsys.readouterr().err


def test_highlight_defaults_to_the_seed(tmp_path):
    out = tmp_path / "seed.html"
    assert main(["highlight", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Jessica Vaughan" in page


def test_lexicon_validate(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("term,category\nillegal alien,status label\n", encoding="utf-8")
    assert main(["lexicon", "--validate", str(bad)]) == 2
    assert "bad.csv" in capsys.readouterr().err


BAD_INPUTS = {
    "ragged.csv": (
        'id,text,bias\n1,"Rain fell.",0\n2,"The mayor spoke.","x",1\n',
        "ragged.csv, line 3: 4 fields where the header has 3",
    ),
    "short.csv": (
        'id,text,bias\n1,"Rain fell.",0\n2,"Sun."\n',
        "short.csv, line 3: 2 fields",
    ),
    "bad.jsonl": (
        '{"id": 1, "text": "Rain."}\n\n{"id": 2, "text": "Sun." "bias": 1}\n',
        "bad.jsonl, line 3: not valid JSON",
    ),
    "list.jsonl": ('{"id": 1, "text": "Rain."}\n[1, 2]\n', "list.jsonl, line 2"),
    "broken.parquet": ("PAR1 not really parquet", "broken.parquet: not a readable"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
@pytest.mark.parametrize("out_name", ["out.csv", "out.parquet"])
def test_a_bad_row_names_file_and_line_and_leaves_no_output_issue_11(
    tmp_path, capsys, name, out_name
):
    content, message = BAD_INPUTS[name]
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    out = tmp_path / out_name
    assert main(["analyze", str(src), "-o", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == [src]


def test_cells_that_are_not_text_keep_their_rows_and_are_counted_issue_11(
    tmp_path, capsys
):
    rows = [
        {"id": 1, "text": "The illegal aliens left.", "bias": 0},
        {"id": 2, "text": 42, "bias": 1},
        {"id": 3, "text": None, "bias": 2},
        {"id": 4, "text": ["The illegal aliens left."], "bias": 2},
        {"id": 5, "text": "Rain fell on the capital.", "bias": 1},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert main(["analyze", str(src), "-o", str(out), "--quiet"]) == 0
    frame = pd.read_parquet(out)
    assert frame["id"].tolist() == [1, 2, 3, 4, 5]
    assert frame["loaded_author"].tolist() == [1, 0, 0, 0, 0]
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "framing: 3 of 5 rows had no text in column 'text' (missing, a number or "
        "another non-string value) and got empty features: rows 2, 3, 4 "
        "(data rows, from 1)"
    ]


def test_input_columns_keep_their_dtypes_issue_11(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(
        "id,text,bias,share,zip,flag\n"
        '1,"Rain fell.",0,0.5,02134,true\n'
        '2,"NA",2,1,10001,false\n'
        '3,"Sun.",,2.5,94110,True\n',
        encoding="utf-8",
    )
    for out_name in ("out.parquet", "out.jsonl"):
        out = tmp_path / out_name
        assert main(["analyze", str(src), "-o", str(out), "--quiet"]) == 0
    frame = pd.read_parquet(tmp_path / "out.parquet")
    assert frame["id"].dtype == "int64"
    assert frame["bias"].tolist()[:2] == [0, 2] and pd.isna(frame["bias"][2])
    assert str(frame["bias"].dtype) == "Int64"
    assert frame["share"].dtype == "float64"
    assert frame["zip"].tolist() == ["02134", "10001", "94110"]
    assert frame["flag"].tolist() == [True, False, True]
    assert frame["n_words"].tolist() == [2, 1, 1]  # "NA" is text, not missing


@pytest.mark.parametrize("content", ["", "id,text,bias\n"])
@pytest.mark.parametrize("out_name", ["out.csv", "out.parquet", "out.jsonl"])
def test_empty_input_writes_a_valid_empty_output_issue_11(tmp_path, content, out_name):
    src = tmp_path / "in.csv"
    src.write_text(content, encoding="utf-8")
    out = tmp_path / out_name
    assert main(["analyze", str(src), "-o", str(out), "--quiet"]) == 0
    if out_name.endswith(".parquet"):
        frame = pd.read_parquet(out)
        assert "n_words" in frame.columns and len(frame) == 0
        assert ("bias" in frame.columns) == bool(content)
    elif out_name.endswith(".csv"):
        assert out.read_text().startswith("id,bias,n_words" if content else "n_words")
    else:
        assert out.read_text() == ""


def test_a_missing_output_folder_is_reported_before_any_work(csv_in, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "out.csv"
    assert main(["analyze", str(csv_in), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        f"framing: error: {out}: the output folder {out.parent} does not exist"
    )


@pytest.mark.parametrize("command", ["quotes", "sources"])
@pytest.mark.parametrize("out_name", ["out.csv", "out.parquet"])
def test_quote_and_source_tables_stream_with_ids_issue_14(tmp_path, command, out_name):
    articles = [
        "Rain fell on the capital all day.",
        '"We will enforce the law," Attorney General Jeff Sessions said.',
        None,
        "Mayor Ann Roe said the city would not cooperate.",
    ]
    src = tmp_path / "in.jsonl"
    rows = [{"id": f"a{i}", "text": t} for i, t in enumerate(articles)]
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / out_name
    argv = [command, str(src), "-o", str(out), "--chunksize", "1", "--quiet"]
    assert main(argv) == 0
    read = pd.read_csv if out_name.endswith(".csv") else pd.read_parquet
    frame = read(out)
    assert frame["id"].tolist() == ["a1", "a3"]
    names = frame["speaker" if command == "quotes" else "name"].tolist()
    assert names == ["Jeff Sessions", "Ann Roe"]
    if command == "quotes":
        assert frame["kind"].tolist() == ["direct", "indirect"]
        text = articles[1]
        assert text[frame["start"][0] : frame["end"][0]] == frame["quote"][0]


# ---------------------------------------------------------------------------
# Issue 20: the debate on every command, no silent wrong output


def test_an_id_that_changes_type_is_one_error_before_any_work(tmp_path, capsys):
    # Before: a raw pyarrow error after the first chunks were written.
    rows = [{"id": i, "text": "Rain fell."} for i in range(5)]
    rows += [{"id": f"x{i}", "text": "Sun."} for i in range(3)]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out.parquet"
    argv = ["analyze", str(src), "-o", str(out), "--chunksize", "2", "--quiet"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        f"framing: error: {src}, line 6: column 'id' is a string here but a "
        "number on line 1; give the column one type in every line (e.g. write "
        'every id as a string, "17")'
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_nulls_and_mixed_numbers_are_one_type(tmp_path):
    rows = [
        {"id": 1, "text": "Rain fell.", "score": 1},
        {"id": None, "text": None, "score": 2.5},
        {"id": 3, "text": 7, "score": None},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = tmp_path / "out.parquet"
    assert main(["analyze", str(src), "-o", str(out), "--quiet"]) == 0
    assert len(pd.read_parquet(out)) == 3


def test_a_csv_id_column_that_changes_type_is_text_in_every_chunk(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(
        "id,text\n1,Rain fell.\n2,Sun.\n3,Snow.\nx4,Fog.\n", encoding="utf-8"
    )
    out = tmp_path / "out.parquet"
    argv = ["analyze", str(src), "-o", str(out), "--chunksize", "2", "--quiet"]
    assert main(argv) == 0
    assert pd.read_parquet(out)["id"].tolist() == ["1", "2", "3", "x4"]


@pytest.mark.parametrize("command", ["analyze", "quotes", "sources"])
def test_output_equal_to_input_is_refused_before_any_work(
    csv_in, tmp_path, capsys, command
):
    before = csv_in.read_bytes()
    for out in (csv_in, tmp_path / "." / "in.csv"):
        assert main([command, str(csv_in), "-o", str(out), "--quiet"]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"framing: error: {out}: is the input file too")
        assert csv_in.read_bytes() == before


def test_highlight_refuses_to_overwrite_its_input(tmp_path, capsys):
    src = tmp_path / "article.txt"
    src.write_text("Rain fell.", encoding="utf-8")
    assert main(["highlight", str(src), "-o", str(src)]) == 2
    assert "is the input file too" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == "Rain fell."


@pytest.mark.parametrize("command", ["analyze", "quotes", "sources", "highlight"])
def test_an_unknown_issue_is_refused_before_any_work(csv_in, tmp_path, capsys, command):
    out = tmp_path / ("out.html" if command == "highlight" else "out.csv")
    argv = [command, *([] if command == "highlight" else [str(csv_in)])]
    assert main([*argv, "-o", str(out), "--issue", "imigration"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("framing: error: unknown debate 'imigration'; known ")
    assert "immigration" in err and "guns" in err
    assert not out.exists()


GUN_STORY = (
    "Sen. Ann Roe (D-Ohio) said the budget vote was a disgrace. "
    "“We will keep fighting,” Roe said."
)


@pytest.mark.parametrize(
    ("issue", "side"), [(None, "unknown"), ("guns", "gun_control"), ("none", "unknown")]
)
def test_sources_command_takes_the_debate(tmp_path, issue, side):
    # Before: the CLI coded every article's Democrats as immigrant_rights.
    src = tmp_path / "in.csv"
    pd.DataFrame({"id": ["a"], "text": [GUN_STORY]}).to_csv(src, index=False)
    out = tmp_path / "out.csv"
    argv = ["sources", str(src), "-o", str(out), "--quiet"]
    assert main(argv + (["--issue", issue] if issue else [])) == 0
    frame = pd.read_csv(out)
    assert frame["name"].tolist() == ["Ann Roe"]
    assert frame["side"].tolist() == [side]


def _takes_issue(fn):
    import inspect

    return "issue" in inspect.signature(fn).parameters


def _analyze():
    from framing.features import analyze

    return analyze


def _highlight():
    from framing.view import highlight

    return highlight


@pytest.mark.skipif(
    not _takes_issue(_analyze()), reason="analyze(issue=...) lands with arch-doc"
)
def test_analyze_command_takes_the_debate(tmp_path):
    src = tmp_path / "in.csv"
    pd.DataFrame({"id": ["a"], "text": [GUN_STORY]}).to_csv(src, index=False)
    frames = {}
    for issue in ("guns", "immigration"):
        out = tmp_path / f"{issue}.csv"
        argv = ["analyze", str(src), "-o", str(out), "--quiet", "--issue", issue]
        assert main(argv) == 0
        frames[issue] = pd.read_csv(out)
    assert "sources_gun_control" in frames["guns"].columns
    assert frames["guns"]["sources_gun_control"].tolist() == [1]
    assert "sources_gun_control" not in frames["immigration"].columns


@pytest.mark.skipif(
    not _takes_issue(_highlight()), reason="highlight(issue=...) lands with arch-data"
)
def test_highlight_command_takes_the_debate(tmp_path):
    src = tmp_path / "article.txt"
    src.write_text(GUN_STORY, encoding="utf-8")
    out = tmp_path / "out.html"
    assert main(["highlight", str(src), "-o", str(out), "--issue", "guns"]) == 0
    assert "gun_control" in out.read_text(encoding="utf-8").replace("-", "_")


def test_every_option_has_help_text():
    from framing.cli import _parser

    parser = _parser()
    commands = next(
        a
        for a in parser._actions
        if isinstance(a, type(parser._subparsers._actions[-1]))
    )
    missing = []
    for name, sub in [("framing", parser), *commands.choices.items()]:
        for action in sub._actions:
            if not action.help:
                missing.append(
                    f"{name} {'/'.join(action.option_strings) or action.dest}"
                )
    assert missing == []


@pytest.mark.parametrize(
    ("name", "content", "rows"),
    [
        ("in.csv", 'id,text\n1,"two\nlines"\n\n2,b\n3,c\n', 3),
        ("in.jsonl", '{"id": 1}\n\n{"id": 2}\n', 2),
    ],
)
def test_the_check_counts_rows_so_the_bar_has_an_eta(tmp_path, name, content, rows):
    from framing import _io

    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    counts = {}
    chunks = _io.read_chunks(src, 1, ["text"], counts)
    first = next(chunks)
    assert counts == {"rows": rows}
    assert len(first) + sum(len(c) for c in chunks) == rows


AGREE_STORIES = {
    "guns": (
        "Sen. Ann Roe (D-Ohio) said the gun bill would save lives. "
        "“Background checks work,” Roe said. The NRA said the rifle ban was wrong, "
        "and gun owners rallied against the background check law."
    ),
    "": GUN_STORY,  # no topic words: no debate, no sides
}


def test_sources_analyze_cli_and_highlight_agree_on_sides(tmp_path, seed_text):
    # issue 20: one place decides the debate; the four entry points agree.
    import re

    import framing

    stories = {**AGREE_STORIES, "immigration": seed_text}
    df = pd.DataFrame({"id": list(stories), "text": list(stories.values())})
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    df.to_csv(src, index=False)
    assert main(["sources", str(src), "-o", str(out), "--quiet"]) == 0
    cli = pd.read_csv(out, keep_default_na=False)
    features = framing.analyze(df, progress=False)
    for i, (issue, text) in enumerate(stories.items()):
        table = framing.sources(text).table
        sides = dict(zip(table["name"], table["side"], strict=True))
        assert features["issue"].iloc[i] == issue
        rows = cli[cli["id"] == issue]
        assert dict(zip(rows["name"], rows["side"], strict=True)) == sides
        for side in set(sides.values()) - {"unknown"}:
            expected = sum(s == side for s in sides.values())
            assert features[f"sources_{side}"].iloc[i] == expected
        if not issue:
            assert set(sides.values()) == {"unknown"}
        marked = set(
            re.findall(r'class="quote \w+ side-(\w+)"', framing.highlight(text).body)
        )
        # every source has a quote, so the sides marked are the sources' sides
        assert marked - {"unknown"} == set(sides.values()) - {"unknown"}
