import collections
import gzip
import hashlib
import io
import json
import os
import urllib.error
import urllib.request
import zipfile
from importlib.resources import files

import pandas as pd
import pytest
from conftest import SEED, shared_data_dir
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import datasets
from framing.datasets import (
    get_data_home,
    load_allsides,
    load_polnear,
    load_seed,
    parse_brat_attributions,
)
from framing.errors import DataNotFoundError, InputError

# --------------------------------------------------------------------- fixtures


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Any attempt to reach the network fails, as it does offline."""
    calls = []

    def refuse(url, *args, **kwargs):
        calls.append(url)
        raise urllib.error.URLError("network disabled in tests")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return calls


@pytest.fixture
def isolated(monkeypatch, tmp_path):
    """No FRAMING_DATA, no development folder, a cache under tmp_path."""
    monkeypatch.delenv("FRAMING_DATA", raising=False)
    monkeypatch.delenv("FRAMING_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(datasets, "_development_dirs", lambda: [])
    monkeypatch.chdir(tmp_path)
    return tmp_path


class FakeResponse(io.BytesIO):
    def __init__(self, payload):
        super().__init__(payload)
        self.headers = {"Content-Length": str(len(payload))}


def serve(monkeypatch, url, payload):
    """Answer urlopen(url) with payload; record each request."""
    requested = []

    def fake_urlopen(requested_url, *args, **kwargs):
        requested.append(requested_url)
        if requested_url != url:
            raise urllib.error.URLError(f"unexpected URL {requested_url}")
        return FakeResponse(payload)

    monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
    return requested


def article(ident, topic, bias, date, body):
    bias_text = ["left", "center", "right"][bias]
    return {
        "topic": topic,
        "source": f"Outlet {bias_text.title()}",
        "bias": bias,
        "url": f"https://example.org/{ident}",
        "title": f"Headline {ident}",
        "date": date,
        "authors": "A. Writer",
        "content": body.replace(",", " ,").replace(".", " ."),
        "content_original": body,
        "source_url": "example.org",
        "bias_text": bias_text,
        "ID": ident,
    }


ARTICLES = [
    article("c3", "immigration", 2, "2019-03-04", "The council voted, “We stay open.”"),
    article("a1", "immigration", 0, "", "Border towns waited for the ruling."),
    article("b2", "immigration", 1, "0001-11-30", "Shelters asked for volunteers."),
    article("d4", "elections", 0, "2020-07-13", "Turnout rose in the suburbs."),
]


def allsides_zip(articles=ARTICLES):
    buffer = io.BytesIO()
    top = f"Article-Bias-Prediction-{datasets._ALLSIDES_COMMIT}"
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{top}/README.md", "fixture")
        archive.writestr(f"{top}/data/splits/random/train.tsv", "ID\tbias\n")
        for record in articles:
            archive.writestr(
                f"{top}/data/jsons/{record['ID']}.json", json.dumps(record, indent=4)
            )
    return buffer.getvalue()


def write_allsides_csv(path, ident):
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame(
        [
            {
                "id": ident,
                "outlet": "Outlet",
                "bias": 1,
                "bias_text": "center",
                "date": "2016-09-20",
                "title": "T",
                "url": "u",
                "content": "Body .",
                "content_original": "Body.",
            }
        ]
    )
    frame.to_csv(path, index=False, compression="gzip")


# ------------------------------------------------------------------------- seed


def test_load_seed_is_the_seed_file(seed_text):
    assert load_seed() == seed_text


def test_packaged_seed_is_byte_identical_to_seeds_folder():
    packaged = (files("framing") / "data" / "seed.txt").read_bytes()
    assert packaged == SEED.read_bytes()


def test_load_seed_as_frame(seed_text):
    df = load_seed(as_frame=True)
    assert df.shape == (1, 3)
    assert df.columns.tolist() == ["id", "title", "text"]
    assert df.loc[0, "id"] == "000_5742304cf4503c0a"
    assert df.loc[0, "title"] == "Team Trump’s Fight With Sanctuary Cities Heats Up"
    assert df.loc[0, "text"] == seed_text


# ---------------------------------------------------------------- get_data_home


def test_data_home_argument_beats_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "env"))
    home = get_data_home(tmp_path / "arg" / "nested")
    assert home == tmp_path / "arg" / "nested"
    assert home.is_dir()
    assert not (tmp_path / "env").exists()


def test_data_home_from_framing_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("FRAMING_CACHE", str(tmp_path / "env"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert get_data_home() == tmp_path / "env"


def test_data_home_respects_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.delenv("FRAMING_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert get_data_home() == tmp_path / "xdg" / "framing"
    assert (tmp_path / "xdg" / "framing").is_dir()


def test_data_home_defaults_to_home_cache(monkeypatch, tmp_path):
    monkeypatch.delenv("FRAMING_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert get_data_home() == tmp_path / ".cache" / "framing"


def test_data_home_rejects_non_path():
    with pytest.raises(TypeError, match="data_home must be a str, a path or None"):
        get_data_home(3)


# --------------------------------------------------------------- AllSides load


def test_download_builds_cache_once(isolated, monkeypatch, capsys):
    payload = allsides_zip()
    requested = serve(monkeypatch, datasets._ALLSIDES.url, payload)
    df = load_allsides()
    assert requested == [datasets._ALLSIDES.url]
    assert df.columns.tolist() == [
        "id",
        "outlet",
        "bias",
        "bias_text",
        "date",
        "title",
        "url",
        "text",
    ]
    assert df["id"].tolist() == ["a1", "b2", "c3"]
    assert df["bias"].tolist() == [0, 1, 2]
    assert df["bias_text"].tolist() == ["left", "center", "right"]
    assert df["outlet"].tolist() == ["Outlet Left", "Outlet Center", "Outlet Right"]
    assert df.loc[2, "text"] == "The council voted, “We stay open.”"
    cache = isolated / "xdg" / "framing" / "allsides" / "immigration.csv.gz"
    assert cache.is_file()
    # Only the cache file stays: the downloaded archive was temporary.
    assert sorted(p.name for p in cache.parent.iterdir()) == ["immigration.csv.gz"]
    assert hashlib.sha256(payload).hexdigest() in capsys.readouterr().err
    # A second call reads the cache: the network is refused again and unused.
    monkeypatch.setattr(urllib.request, "urlopen", pytest.fail)
    assert load_allsides()["id"].tolist() == ["a1", "b2", "c3"]


def test_cache_file_keeps_the_shared_schema(isolated, monkeypatch):
    serve(monkeypatch, datasets._ALLSIDES.url, allsides_zip())
    load_allsides(data_home=isolated / "cache")
    cache = isolated / "cache" / "allsides" / "immigration.csv.gz"
    raw = pd.read_csv(cache, keep_default_na=False)
    assert raw.columns.tolist() == [
        "id",
        "outlet",
        "bias",
        "bias_text",
        "date",
        "title",
        "url",
        "content",
        "content_original",
    ]
    assert raw["date"].tolist() == ["", "0001-11-30", "2019-03-04"]
    assert raw.loc[2, "content"] == "The council voted , “We stay open .”"


def test_dates_parse_with_nat_for_empty_and_bogus(isolated, monkeypatch):
    serve(monkeypatch, datasets._ALLSIDES.url, allsides_zip())
    dates = load_allsides()["date"]
    assert pd.api.types.is_datetime64_any_dtype(dates)
    assert dates.isna().tolist() == [True, True, False]
    assert dates[2] == pd.Timestamp("2019-03-04")


def test_topic_filter_keeps_only_that_topic(isolated, monkeypatch):
    serve(monkeypatch, datasets._ALLSIDES.url, allsides_zip())
    df = load_allsides("elections")
    assert df["id"].tolist() == ["d4"]
    assert df.loc[0, "date"] == pd.Timestamp("2020-07-13")
    cache = isolated / "xdg" / "framing" / "allsides"
    assert sorted(p.name for p in cache.iterdir()) == ["elections.csv.gz"]


def test_unknown_topic_lists_the_corpus_topics(isolated, monkeypatch):
    serve(monkeypatch, datasets._ALLSIDES.url, allsides_zip())
    with pytest.raises(InputError, match=r"no article has this topic") as info:
        load_allsides("sports")
    assert "elections (1), immigration (3)" in str(info.value)
    cache = isolated / "xdg" / "framing" / "allsides"
    assert list(cache.iterdir()) == []


@pytest.mark.parametrize("topic", ["../etc", "", "immigration.csv"])
def test_malformed_topic_fails_before_any_download(isolated, no_network, topic):
    with pytest.raises(InputError, match=r"a topic is letters, digits"):
        load_allsides(topic)
    assert no_network == []


def test_topic_must_be_a_str(isolated):
    with pytest.raises(
        TypeError, match=r"topic must be a str such as .immigration.; got int: 3"
    ):
        load_allsides(3)


def test_framing_data_beats_development_folder_and_cache(isolated, monkeypatch):
    env = isolated / "env"
    dev = isolated / "dev"
    cache = isolated / "cache"
    write_allsides_csv(env / "allsides" / "immigration.csv.gz", "from-env")
    write_allsides_csv(dev / "allsides" / "immigration.csv.gz", "from-dev")
    write_allsides_csv(cache / "allsides" / "immigration.csv.gz", "from-cache")
    monkeypatch.setattr(datasets, "_development_dirs", lambda: [dev])
    monkeypatch.setenv("FRAMING_DATA", str(env))
    assert load_allsides(data_home=cache)["id"].tolist() == ["from-env"]
    monkeypatch.delenv("FRAMING_DATA")
    assert load_allsides(data_home=cache)["id"].tolist() == ["from-dev"]
    monkeypatch.setattr(datasets, "_development_dirs", lambda: [])
    assert load_allsides(data_home=cache)["id"].tolist() == ["from-cache"]


def test_framing_data_without_the_file_falls_through_with_a_warning(
    isolated, monkeypatch
):
    monkeypatch.setenv("FRAMING_DATA", str(isolated / "empty"))
    write_allsides_csv(isolated / "c" / "allsides" / "immigration.csv.gz", "cached")
    with pytest.warns(
        UserWarning, match=r"holds no allsides/immigration\.csv\.gz"
    ) as w:
        df = load_allsides(data_home=isolated / "c")
    assert df["id"].tolist() == ["cached"]
    assert w[0].filename == __file__  # points at the caller, not at framing


def test_development_dirs_cover_repository_and_notebook_cwd(monkeypatch, tmp_path):
    notebooks = tmp_path / "repo" / "notebooks"
    notebooks.mkdir(parents=True)
    monkeypatch.chdir(notebooks)
    dirs = datasets._development_dirs()
    repo_parent = datasets.Path(datasets.__file__).resolve().parents[1].parent
    assert dirs[0] == (repo_parent / "shared" / "data").resolve()
    assert (tmp_path / "shared" / "data").resolve() in dirs
    assert (tmp_path / "repo" / "shared" / "data").resolve() in dirs


def test_offline_error_names_every_place_and_framing_data(isolated, monkeypatch):
    dev = isolated / "nowhere" / "shared" / "data"
    monkeypatch.setattr(datasets, "_development_dirs", lambda: [dev])
    with pytest.raises(DataNotFoundError) as info:
        load_allsides()
    message = str(info.value)
    assert "FRAMING_DATA is not set" in message
    assert str(dev / "allsides" / "immigration.csv.gz") in message
    cache = isolated / "xdg" / "framing" / "allsides" / "immigration.csv.gz"
    assert f"{cache} (cache)" in message
    assert datasets._ALLSIDES.url in message
    assert "network disabled in tests" in message
    assert "Set FRAMING_DATA to a folder that holds allsides/immigration.csv.gz" in (
        message
    )
    assert list(cache.parent.iterdir()) == []


def test_offline_error_names_framing_data_when_set(isolated, monkeypatch):
    monkeypatch.setenv("FRAMING_DATA", str(isolated / "mine"))
    with pytest.raises(DataNotFoundError) as info:
        load_allsides()
    where = isolated / "mine" / "allsides" / "immigration.csv.gz"
    assert f"{where} (FRAMING_DATA)" in str(info.value)


def test_download_if_missing_false_never_downloads(isolated, no_network):
    with pytest.raises(DataNotFoundError, match="download_if_missing=False"):
        load_allsides(download_if_missing=False)
    assert no_network == []


def test_download_prints_its_sha256_and_what_was_kept(isolated, monkeypatch, capsys):
    # issue 19 item 7: no recorded checksum; the digest is printed to be pinned.
    assert not hasattr(datasets._ALLSIDES, "sha256")
    payload = allsides_zip()
    serve(monkeypatch, datasets._ALLSIDES.url, payload)
    assert load_allsides()["id"].tolist() == ["a1", "b2", "c3"]
    err = capsys.readouterr().err
    assert f"sha256 {hashlib.sha256(payload).hexdigest()}" in err
    assert "AllSides topic 'immigration': kept 3 of 4 articles" in err


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({k: v for k, v in ARTICLES[0].items() if k != "content_original"}, "field"),
        ({**ARTICLES[0], "bias": "left"}, "expected a 'bias' of 0, 1 or 2"),
    ],
    ids=["missing-field", "bad-bias"],
)
def test_a_download_with_wrong_content_is_one_error(
    isolated, monkeypatch, record, message
):
    serve(monkeypatch, datasets._ALLSIDES.url, allsides_zip([record, *ARTICLES[1:]]))
    with pytest.raises(DataNotFoundError, match=message) as info:
        load_allsides()
    assert "c3.json" in str(info.value)
    assert "not the expected archive" in str(info.value)
    assert list((isolated / "xdg" / "framing" / "allsides").iterdir()) == []


def test_a_download_that_is_not_json_is_reported(isolated, monkeypatch):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("top/data/jsons/x1.json", "<html>")
    serve(monkeypatch, datasets._ALLSIDES.url, buffer.getvalue())
    with pytest.raises(DataNotFoundError, match=r"x1.json is not JSON"):
        load_allsides()


def test_a_broken_local_jsonl_names_file_and_line(monkeypatch, tmp_path):
    folder = tmp_path / "data" / "polnear"
    folder.mkdir(parents=True)
    good = json.dumps({"id": "a", "text": "T.", "quotes": []})
    (folder / "dev.jsonl").write_text(good + "\n{oops\n", encoding="utf-8")
    monkeypatch.setenv("FRAMING_DATA", str(tmp_path / "data"))
    with pytest.raises(InputError, match=r"dev.jsonl, line 2: not JSON"):
        load_polnear("dev", data_home=tmp_path, download_if_missing=False)
    (folder / "dev.jsonl").write_text(good + '\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: no key\(s\) \['text', 'quotes'\]"):
        load_polnear("dev", data_home=tmp_path, download_if_missing=False)


def test_a_wrong_argument_type_is_the_same_error_in_every_loader():
    with pytest.raises(TypeError, match=r"split must be a str such as 'dev'; got int"):
        load_polnear(3)
    with pytest.raises(TypeError, match=r"topic must be a str such as 'immigration'"):
        load_allsides(3)


def test_download_that_is_not_a_zip_is_reported(isolated, monkeypatch):
    serve(monkeypatch, datasets._ALLSIDES.url, b"<html>rate limited</html>")
    with pytest.raises(
        DataNotFoundError, match=r"github.com.*: it is not a zip archive"
    ):
        load_allsides()
    assert list((isolated / "xdg" / "framing" / "allsides").iterdir()) == []


def test_cache_write_is_atomic(isolated, monkeypatch):
    serve(monkeypatch, datasets._ALLSIDES.url, allsides_zip())
    original = pd.DataFrame.to_csv

    def half_write(self, handle, *args, **kwargs):
        handle.write(b"id,outl")
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_write)
    with pytest.raises(OSError, match="disk full"):
        load_allsides()
    cache = isolated / "xdg" / "framing" / "allsides"
    assert list(cache.iterdir()) == []  # no partial CSV, no temporary files

    monkeypatch.setattr(pd.DataFrame, "to_csv", original)
    moves = []
    real_replace = os.replace

    def spy(src, dst):
        moves.append((os.path.dirname(src), os.path.basename(str(dst))))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    load_allsides()
    assert moves == [(str(cache), "immigration.csv.gz")]


# ------------------------------------------------------------------ real data


def test_real_allsides_immigration(monkeypatch, tmp_path):
    folder = shared_data_dir()
    if folder is None or not (folder / "allsides" / "immigration.csv.gz").is_file():
        pytest.skip("shared data not available (set FRAMING_DATA)")
    monkeypatch.setenv("FRAMING_DATA", str(folder))
    df = load_allsides(data_home=tmp_path, download_if_missing=False)
    assert df.shape == (1547, 8)
    assert df["bias_text"].value_counts().to_dict() == {
        "right": 650,
        "left": 486,
        "center": 411,
    }
    assert df["bias"].value_counts().sort_index().tolist() == [486, 411, 650]
    # 193 empty dates and one bogus 0001-11-30 (shared/data/README.md).
    assert int(df["date"].isna().sum()) == 194
    assert df["date"].min() == pd.Timestamp("2001-10-23")
    assert df["date"].max() == pd.Timestamp("2020-07-13")
    assert df["id"].is_monotonic_increasing


def test_real_polnear_dev(monkeypatch, tmp_path):
    folder = shared_data_dir()
    if folder is None or not (folder / "polnear" / "dev.jsonl").is_file():
        pytest.skip("shared data not available (set FRAMING_DATA)")
    monkeypatch.setenv("FRAMING_DATA", str(folder))
    articles = load_polnear("dev", data_home=tmp_path, download_if_missing=False)
    assert len(articles) == 84
    kinds = collections.Counter(q["kind"] for a in articles for q in a["quotes"])
    assert kinds == {"direct": 607, "indirect": 1908}


def test_real_polnear_kind_agrees_with_quotation_spans(monkeypatch, tmp_path):
    """The download's kind rule, replayed on the shared dev split's spans."""
    folder = shared_data_dir()
    if folder is None or not (folder / "polnear" / "dev.jsonl").is_file():
        pytest.skip("shared data not available (set FRAMING_DATA)")
    monkeypatch.setenv("FRAMING_DATA", str(folder))
    outcome = collections.Counter()
    for a in load_polnear("dev", data_home=tmp_path, download_if_missing=False):
        quotes, index = datasets._brat._closed_doubles(a["text"])
        for q in a["quotes"]:
            mine = datasets._brat._quote_kind(
                a["text"], q["start"], q["end"], quotes, index
            )
            outcome[(q["kind"], mine)] += 1
    # 3 entries differ: paragraphs of a transcript, each opened and never closed.
    assert outcome == {
        ("direct", "direct"): 604,
        ("indirect", "indirect"): 1908,
        ("direct", "indirect"): 3,
    }


# ---------------------------------------------------------------- brat to quotes


def span(text, part, start=0):
    """(start, end) of part in text, searching from start."""
    a = text.index(part, start)
    return a, a + len(part)


def t_line(ident, kind, text, *parts):
    """A brat T line for the given (start, end) fragments of text."""
    offsets = ";".join(f"{a} {b}" for a, b in parts)
    covered = " ".join(text[a:b] for a, b in parts)
    return f"{ident}\t{kind} {offsets}\t{covered}"


def entry(text, quote_span, speaker_span, cue, kind, attribution_id):
    start, end = quote_span
    speaker_start, speaker_end = speaker_span if speaker_span else (None, None)
    return {
        "quote": text[start:end],
        "start": start,
        "end": end,
        "speaker": text[speaker_start:speaker_end] if speaker_span else None,
        "speaker_start": speaker_start,
        "speaker_end": speaker_end,
        "cue": cue,
        "kind": kind,
        "attribution_id": attribution_id,
    }


def one_attribution(text, content, source, cue):
    """An .ann with one Source/Cue/Content event; each part a list of spans."""
    lines = [t_line("T1", "Content", text, *content)]
    args = "Attribution:T4 Content:T1"
    if source:
        lines.append(t_line("T2", "Source", text, *source))
        args += " Source:T2"
    lines.append(t_line("T3", "Cue", text, *cue))
    lines.append(t_line("T4", "Attribution", text, cue[0]))
    lines.append(f"E1\t{args} Cue:T3")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        ("“We will stay open,” Ruiz said.", "“We will stay open,”", "direct"),
        ("“We will stay open,” Ruiz said.", "We will stay open,", "direct"),
        ("Ruiz said, “we will stay open”.", "“we will stay open”.", "direct"),
        ('Ruiz said: "The shelter stays open."', '"The shelter stays open."', "direct"),
        (
            "Ruiz said ''the shelter stays open.''",
            "''the shelter stays open.''",
            "direct",
        ),
        (
            "Ruiz said, “We will stay open. Nobody sleeps outside.”",
            "Nobody sleeps outside.",
            "direct",
        ),
        (
            "Ruiz said that the city was “not ready yet.”",
            "that the city was “not ready yet.”",
            "indirect",
        ),
        (
            "Ruiz said the “temporary” shelter would close.",
            "the “temporary” shelter would close",
            "indirect",
        ),
        ("Ruiz said the shelter would close.", "the shelter would close", "indirect"),
        ("Ruiz said ‘we stay open’ twice.", "‘we stay open’", "indirect"),
        ("Ruiz said, “We will stay open.", "“We will stay open.", "indirect"),
    ],
    ids=[
        "marks-inside",
        "marks-outside",
        "period-after-close",
        "straight",
        "nyt-doubled-apostrophes",
        "sentence-of-longer-quote",
        "partial-quote",
        "scare-quote",
        "paraphrase",
        "single-marks",
        "never-closed",
    ],
)
def test_kind_from_quotation_spans(text, content, kind):
    ann = one_attribution(
        text, [span(text, content)], [span(text, "Ruiz")], [span(text, "said")]
    )
    [got] = parse_brat_attributions(text, ann)
    assert (got["quote"], got["kind"]) == (content, kind)


def test_full_entry_fields():
    text = "“We will stay open,” Mayor Ana Ruiz said."
    ann = one_attribution(
        text,
        [span(text, "“We will stay open,”")],
        [span(text, "Mayor Ana Ruiz")],
        [span(text, "said")],
    )
    assert parse_brat_attributions(text, ann) == [
        {
            "quote": "“We will stay open,”",
            "start": 0,
            "end": 20,
            "speaker": "Mayor Ana Ruiz",
            "speaker_start": 21,
            "speaker_end": 35,
            "cue": "said",
            "kind": "direct",
            "attribution_id": "E1",
        }
    ]


def test_discontinuous_content_gives_one_entry_per_fragment():
    text = "“We stay,” Ruiz said. “Nobody sleeps outside.”"
    first, second = span(text, "“We stay,”"), span(text, "“Nobody sleeps outside.”")
    ann = one_attribution(
        text, [first, second], [span(text, "Ruiz")], [span(text, "said")]
    )
    assert parse_brat_attributions(text, ann) == [
        entry(text, first, span(text, "Ruiz"), "said", "direct", "E1"),
        entry(text, second, span(text, "Ruiz"), "said", "direct", "E1"),
    ]


def test_content2_role_adds_fragments():
    text = "“We stay,” Ruiz said. “Nobody sleeps outside.”"
    ann = "\n".join(
        [
            t_line("T1", "Content", text, span(text, "“We stay,”")),
            t_line("T2", "Source", text, span(text, "Ruiz")),
            t_line("T3", "Cue", text, span(text, "said")),
            t_line("T5", "Content", text, span(text, "“Nobody sleeps outside.”")),
            "E1\tAttribution:T3 Content:T1 Content2:T5 Cue:T3 Source:T2",
        ]
    )
    got = parse_brat_attributions(text, ann)
    assert [q["quote"] for q in got] == ["“We stay,”", "“Nobody sleeps outside.”"]
    assert {q["attribution_id"] for q in got} == {"E1"}


def test_discontinuous_source_is_its_outer_span_and_cue_fragments_join():
    text = "Ruiz, who runs the city, told reporters on Tuesday the shelter stays."
    ann = one_attribution(
        text,
        [span(text, "the shelter stays")],
        [span(text, "Ruiz"), span(text, "who runs the city")],
        [span(text, "told"), span(text, "on Tuesday")],
    )
    [got] = parse_brat_attributions(text, ann)
    assert (got["speaker"], got["speaker_start"], got["speaker_end"]) == (
        "Ruiz, who runs the city",
        0,
        23,
    )
    assert got["cue"] == "told on Tuesday"


def test_attribution_without_source_has_null_speaker():
    text = "The plan, according to a memo, covers two sites."
    ann = "\n".join(
        [
            t_line("T1", "Cue", text, span(text, "according to")),
            t_line("T2", "Content", text, span(text, "The plan")),
            t_line("T3", "Attribution-no-source", text, span(text, "according to")),
            "E1\tAttribution-no-source:T3 Content:T2 Cue:T1",
        ]
    )
    assert parse_brat_attributions(text, ann) == [
        entry(text, span(text, "The plan"), None, "according to", "indirect", "E1")
    ]


def test_events_without_content_and_discard_spans_are_dropped():
    text = "ABSTRACT. Ruiz said so. Lee argued the site was small."
    ann = "\n".join(
        [
            t_line("T1", "Discard", text, span(text, "ABSTRACT.")),
            t_line("T2", "Source", text, span(text, "Ruiz")),
            t_line("T3", "Cue", text, span(text, "said so")),
            "E1\tAttribution:T3 Cue:T3 Source:T2",
            t_line("T4", "Source", text, span(text, "Lee")),
            t_line("T5", "Cue", text, span(text, "argued")),
            t_line("T6", "Content", text, span(text, "the site was small")),
            "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
            "#1\tAnnotatorNotes T4\tchecked",
        ]
    )
    got = parse_brat_attributions(text, ann)
    assert [(q["quote"], q["attribution_id"]) for q in got] == [
        ("the site was small", "E2")
    ]


def test_entries_are_sorted_by_offset_not_by_event_id():
    text = "Lee said the site was small. Ruiz said the budget was tight."
    ann = "\n".join(
        [
            t_line("T1", "Source", text, span(text, "Ruiz")),
            t_line("T2", "Cue", text, span(text, "said", 29)),
            t_line("T3", "Content", text, span(text, "the budget was tight")),
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            t_line("T4", "Source", text, span(text, "Lee")),
            t_line("T5", "Cue", text, span(text, "said")),
            t_line("T6", "Content", text, span(text, "the site was small")),
            "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        ]
    )
    got = parse_brat_attributions(text, ann)
    assert [(q["speaker"], q["attribution_id"]) for q in got] == [
        ("Lee", "E2"),
        ("Ruiz", "E1"),
    ]


def test_relations_are_grouped_by_connected_parts():
    text = "Lee said the site was small."
    ann = "\n".join(
        [
            t_line("T1", "Source", text, span(text, "Lee")),
            t_line("T2", "Cue", text, span(text, "said")),
            t_line("T3", "Content", text, span(text, "the site was small")),
            "R2\tHasContent Arg1:T2 Arg2:T3",
            "R1\tHasSource Arg1:T2 Arg2:T1",
        ]
    )
    assert parse_brat_attributions(text, ann) == [
        entry(text, span(text, "the site was small"), (0, 3), "said", "indirect", "R1")
    ]


def test_line_breaks_inside_a_span_match_brat_spaces():
    text = "Ruiz said the shelter\nstays open."
    ann = one_attribution(
        text,
        [span(text, "the shelter\nstays open")],
        [span(text, "Ruiz")],
        [span(text, "said")],
    ).replace("shelter\nstays", "shelter stays")
    [got] = parse_brat_attributions(text, ann)
    assert got["quote"] == "the shelter\nstays open"


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tSource 0 4\tRuiz\nT2\tCue 5 9\tsaud\n", r"demo\.ann, line 2: T2 spans"),
        ("T1\tSource 0 400\tRuiz\n", r"demo\.ann, line 1: span 0 400 is outside"),
        ("T1\tSource zero 4\tRuiz\n", r"line 1: expected 'Type start end"),
        (
            "T1\tSource 0 4\tRuiz\nE1\tAttribution:T1 Source:T1 Content:T9\n",
            r"demo\.ann, line 2: E1 refers to T9, which is not defined",
        ),
        ("E1\tAttribution:T1 Source\n", r"line 1: expected 'Role:Id', got 'Source'"),
    ],
    ids=["text-mismatch", "out-of-range", "not-integer", "undefined-id", "no-colon"],
)
def test_malformed_annotation_names_file_and_line(ann, message):
    with pytest.raises(InputError, match=message):
        parse_brat_attributions("Ruiz said so.", ann, source="demo.ann")


def test_lines_without_an_id_are_ignored():
    assert parse_brat_attributions("Ruiz said so.", "\tContent 0 4\tRuiz\n") == []


def test_empty_inputs_give_empty_list():
    assert parse_brat_attributions(None, "") == []
    assert parse_brat_attributions(float("nan"), None) == []
    assert parse_brat_attributions("Ruiz said so.", "") == []


pieces = st.sampled_from(
    ["Ruiz", " said", " ", "“", "”", '"', "''", "'", "’", ".", ",", "\n", "\n\n", "we"]
)


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(st.text(max_size=60), st.lists(pieces, max_size=25).map("".join)),
    cuts=st.lists(st.integers(min_value=0, max_value=80), min_size=6, max_size=6),
)
def test_any_text_and_valid_spans_give_exact_sorted_entries(text, cuts):
    n = len(text)
    a, b, c, d, e, f = sorted(min(x, n) for x in cuts)
    lines = [
        t_line("T1", "Source", text, (a, b)),
        t_line("T2", "Cue", text, (b, c)),
        t_line("T3", "Content", text, (c, d), (e, f)),
    ]
    # brat keeps each span's text on its one line.
    ann = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    ann += "\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
    got = parse_brat_attributions(text, ann)
    assert [(q["start"], q["end"]) for q in got] == sorted({(c, d), (e, f)})
    for q in got:
        assert text[q["start"] : q["end"]] == q["quote"]
        assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker"]
        assert q["kind"] in {"direct", "indirect"}


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_without_annotation_gives_nothing(text):
    assert parse_brat_attributions(text, "") == []


# --------------------------------------------------------------- PolNeAR load

POLNEAR_TEXT = (
    "Mayor keeps shelters open.\n\n"
    "“We will stay open,” Mayor Ana Ruiz said Tuesday. “Nobody sleeps outside.”\n\n"
    "Council members said the budget could not cover a second site.\n"
)
TRAIN_TEXT = "Turnout rose.\n\nOfficials said turnout rose in the suburbs.\n"
DEV_ID = "politico_2016-09-20_mayor-keeps-shelters-open"
TRAIN_ID = "usa-today_2016-03-01_turnout-rose"
UNANNOTATED_ID = "nyt_2016-09-21_no-annotation-here"


def polnear_ann(text):
    t = text
    return (
        "\n".join(
            [
                t_line("T1", "Discard", t, span(t, "Mayor keeps shelters open.")),
                t_line(
                    "T2",
                    "Content",
                    t,
                    span(t, "“We will stay open,”"),
                    span(t, "“Nobody sleeps outside.”"),
                ),
                t_line("T3", "Source", t, span(t, "Mayor Ana Ruiz")),
                t_line("T4", "Cue", t, span(t, "said Tuesday")),
                t_line("T5", "Attribution", t, span(t, "said Tuesday")),
                "E1\tAttribution:T5 Content:T2 Cue:T4 Source:T3",
                t_line("T6", "Source", t, span(t, "Council members")),
                t_line("T7", "Cue", t, span(t, "said", 100)),
                t_line(
                    "T8",
                    "Content",
                    t,
                    span(t, "the budget could not cover a second site"),
                ),
                t_line("T9", "Attribution", t, span(t, "said", 100)),
                "E2\tAttribution:T9 Content:T8 Cue:T7 Source:T6",
            ]
        )
        + "\n"
    )


def polnear_zip():
    top = f"PolNeAR-{datasets._POLNEAR_COMMIT}"
    header = (
        "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\t"
        "author\ttitle\ttrump_count\tclinton_count\tcredit\twire"
    )
    metadata = "\n".join(
        [
            header,
            f"dev\t{DEV_ID}\t3\t9f00|4b22\tpolitico\t2016-09-20\tA. Writer\t"
            'Mayor says "we stay"\t0\t0\tNone\tNone',
            f"train\t{TRAIN_ID}\t1\t5fec\tusa-today\t2016-03-01\t\tTurnout rose\t1\t1\t"
            "None\tNone",
        ]
    )
    other = "\n".join(
        [
            t_line("T1", "Source", POLNEAR_TEXT, span(POLNEAR_TEXT, "Council members")),
            t_line("T2", "Cue", POLNEAR_TEXT, span(POLNEAR_TEXT, "said", 100)),
            t_line("T3", "Content", POLNEAR_TEXT, span(POLNEAR_TEXT, "a second site")),
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        ]
    )
    train_ann = "\n".join(
        [
            t_line("T1", "Source", TRAIN_TEXT, span(TRAIN_TEXT, "Officials")),
            t_line("T2", "Cue", TRAIN_TEXT, span(TRAIN_TEXT, "said")),
            t_line("T3", "Content", TRAIN_TEXT, span(TRAIN_TEXT, "turnout rose in")),
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        ]
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{top}/README.md", "fixture")
        archive.writestr(f"{top}/data/metadata.tsv", metadata + "\n")
        archive.writestr(f"{top}/data/dev/text/{DEV_ID}.txt", POLNEAR_TEXT)
        archive.writestr(
            f"{top}/data/dev/attributions/{DEV_ID}_4b22.ann", polnear_ann(POLNEAR_TEXT)
        )
        archive.writestr(f"{top}/data/dev/attributions/{DEV_ID}_9f00.ann", other)
        archive.writestr(f"{top}/data/dev/text/{UNANNOTATED_ID}.txt", "Nothing.\n")
        archive.writestr(f"{top}/data/dev/corenlp/{DEV_ID}.txt.xml", "<root/>")
        archive.writestr(f"{top}/data/train/text/{TRAIN_ID}.txt", TRAIN_TEXT)
        archive.writestr(
            f"{top}/data/train/attributions/{TRAIN_ID}_5fec.ann", train_ann
        )
    return buffer.getvalue()


def test_polnear_download_converts_the_split(isolated, monkeypatch):
    serve(monkeypatch, datasets._POLNEAR.url, polnear_zip())
    articles = load_polnear("dev")
    t = POLNEAR_TEXT
    speaker = span(t, "Mayor Ana Ruiz")
    assert articles == [
        {
            "id": DEV_ID,
            "outlet": "politico",
            "text": POLNEAR_TEXT,
            "quotes": [
                entry(
                    t,
                    span(t, "“We will stay open,”"),
                    speaker,
                    "said Tuesday",
                    "direct",
                    "E1",
                ),
                entry(
                    t,
                    span(t, "“Nobody sleeps outside.”"),
                    speaker,
                    "said Tuesday",
                    "direct",
                    "E1",
                ),
                entry(
                    t,
                    span(t, "the budget could not cover a second site"),
                    span(t, "Council members"),
                    "said",
                    "indirect",
                    "E2",
                ),
            ],
            "annotator": "4b22",
            "title": 'Mayor says "we stay"',
            "date": "2016-09-20",
        }
    ]
    cache = isolated / "xdg" / "framing" / "polnear"
    assert sorted(p.name for p in cache.iterdir()) == ["dev.jsonl"]
    monkeypatch.setattr(urllib.request, "urlopen", pytest.fail)
    assert load_polnear("dev") == articles


def test_polnear_train_split_from_same_archive(isolated, monkeypatch):
    serve(monkeypatch, datasets._POLNEAR.url, polnear_zip())
    [got] = load_polnear("train")
    assert (got["id"], got["outlet"], got["annotator"], got["title"]) == (
        TRAIN_ID,
        "usa-today",
        "5fec",
        "Turnout rose",
    )
    assert [(q["quote"], q["speaker"]) for q in got["quotes"]] == [
        ("turnout rose in", "Officials")
    ]


def test_polnear_unknown_split(isolated, no_network):
    with pytest.raises(InputError, match=r"split must be one of \['train', 'dev'"):
        load_polnear("validation")
    assert no_network == []


def test_polnear_offline_error_names_places(isolated):
    with pytest.raises(DataNotFoundError) as info:
        load_polnear("dev")
    message = str(info.value)
    assert "polnear/dev.jsonl (cache)" in message
    assert "FRAMING_DATA" in message
    assert datasets._POLNEAR.url in message


def test_polnear_reads_framing_data_jsonl(isolated, monkeypatch):
    folder = isolated / "data" / "polnear"
    folder.mkdir(parents=True)
    record = {
        "id": "x",
        "outlet": "nyt",
        "text": "Hi.",
        "quotes": [],
        "annotator": "4b22",
        "title": "",
        "date": "",
    }
    (folder / "dev.jsonl").write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    monkeypatch.setenv("FRAMING_DATA", str(isolated / "data"))
    assert load_polnear("dev") == [record]


def test_gzip_cache_is_deterministic(isolated, monkeypatch):
    serve(monkeypatch, datasets._ALLSIDES.url, allsides_zip())
    load_allsides(data_home=isolated / "one")
    load_allsides(data_home=isolated / "two")
    one = (isolated / "one" / "allsides" / "immigration.csv.gz").read_bytes()
    two = (isolated / "two" / "allsides" / "immigration.csv.gz").read_bytes()
    assert one == two
    assert gzip.decompress(one).startswith(b"id,outlet,bias,bias_text,date,")
