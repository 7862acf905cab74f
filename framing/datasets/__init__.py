"""Load the seed article and the development corpora, locally or by a one-time download.

Corpora are never package data. Each ``load_*`` looks in ``$FRAMING_DATA``, in the
development folder ``../shared/data``, then in a cache (:func:`get_data_home`); only
then does it download the source repository once (progress bar, atomic move), and
offline it raises :class:`~framing.errors.DataNotFoundError` naming every place it
looked and how to set ``FRAMING_DATA``.

Downloads are not checked against recorded checksums: the archives are built by
the hosting site on request and their bytes change. Instead the loaders check what
they read (the expected files, fields and at least one article) and print the
sha256 and size of the archive and how many articles they kept, so a user can pin
what they used. Faults have one error each: a wrong argument type is a
``TypeError``, a wrong argument value an ``InputError``; a local corpus file that
cannot be read as documented is an ``InputError`` naming file and line; no copy
and no download is a ``DataNotFoundError``, as is a download that is not the
expected archive.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gzip
import hashlib
import io
import json
import os
import re
import sys
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd

from framing.datasets._brat import parse_brat_attributions
from framing.errors import DataNotFoundError, InputError

__all__ = [
    "get_data_home",
    "load_allsides",
    "load_polnear",
    "load_seed",
    "parse_brat_attributions",
]


@dataclass(frozen=True, slots=True)
class _RemoteArchive:
    """A source repository snapshot, downloaded as GitHub's zip archive."""

    name: str
    url: str


# Snapshot commits named in shared/data/README.md.
_ALLSIDES_COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
_POLNEAR_COMMIT = "c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
_ALLSIDES = _RemoteArchive(
    name="Article-Bias-Prediction",
    url=(
        "https://github.com/ramybaly/Article-Bias-Prediction/archive/"
        f"{_ALLSIDES_COMMIT}.zip"
    ),
)
_POLNEAR = _RemoteArchive(
    name="PolNeAR",
    url=f"https://github.com/networkdynamics/PolNeAR/archive/{_POLNEAR_COMMIT}.zip",
)

_SEED_ID = "000_5742304cf4503c0a"
_ALLSIDES_COLUMNS = [
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
# The fields every article of the archive has (data/jsons/<ID>.json).
_ALLSIDES_FIELDS = ("ID", "topic", "source", "bias", "content_original")
_ALLSIDES_STR_COLUMNS = [c for c in _ALLSIDES_COLUMNS if c != "bias"]
# Earliest plausible publication date; the corpus holds one "0001-11-30".
_FIRST_DATE = pd.Timestamp("1900-01-01")
_TOPIC = re.compile(r"[A-Za-z0-9_\-]+")
_POLNEAR_SPLITS = ("train", "dev", "test")


# --------------------------------------------------------------------------- seed


@functools.cache
def _seed_text() -> str:
    return (files("framing") / "data" / "seed.txt").read_text(encoding="utf-8")


def load_seed(as_frame: bool = False) -> str | pd.DataFrame:
    """Return the seed article, the running example of every notebook.

    Parameters
    ----------
    as_frame : bool, default=False
        If True, return a one-row DataFrame with columns ``id``, ``title`` (the
        first line) and ``text``, the shape :func:`load_allsides` gives a corpus.

    Returns
    -------
    str or pandas.DataFrame
        The article text exactly as stored (headline on the first line).

    Examples
    --------
    >>> from framing.datasets import load_seed
    >>> load_seed().splitlines()[0]
    'Team Trump’s Fight With Sanctuary Cities Heats Up'
    >>> load_seed(as_frame=True).columns.tolist()
    ['id', 'title', 'text']
    """
    text = _seed_text()
    if not as_frame:
        return text
    title = text.split("\n", 1)[0].strip()
    return pd.DataFrame({"id": [_SEED_ID], "title": [title], "text": [text]})


# -------------------------------------------------------------------------- paths


def get_data_home(data_home: str | os.PathLike[str] | None = None) -> Path:
    """Return the folder where downloaded corpora are cached, creating it if needed.

    Parameters
    ----------
    data_home : str or path-like, default=None
        The folder to use. When None: ``$FRAMING_CACHE`` if set, else
        ``$XDG_CACHE_HOME/framing`` if ``XDG_CACHE_HOME`` is set, else
        ``~/.cache/framing``.

    Returns
    -------
    pathlib.Path
        An existing folder.

    Examples
    --------
    >>> import tempfile
    >>> from framing.datasets import get_data_home
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     home = get_data_home(f"{tmp}/corpora")
    ...     (home.name, home.is_dir())
    ('corpora', True)
    """
    if data_home is not None and not isinstance(data_home, (str, os.PathLike)):
        raise TypeError(
            "data_home must be a str, a path or None; "
            f"got {type(data_home).__name__}: {data_home!r:.60}"
        )
    if data_home is None:
        data_home = os.environ.get("FRAMING_CACHE") or None
    if data_home is None:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
        path = base / "framing"
    else:
        path = Path(data_home).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def _development_dirs() -> list[Path]:
    """Return the candidate ``shared/data`` folders of a development checkout.

    ``../shared/data`` next to the repository holding this package, and relative
    to the current directory and its parent (notebooks run with cwd=notebooks/).
    """
    repo = Path(__file__).resolve().parents[1]
    cwd = Path.cwd()
    out: list[Path] = []
    for base in (repo.parent, cwd.parent, cwd.parent.parent):
        folder = (base / "shared" / "data").resolve()
        if folder not in out:
            out.append(folder)
    return out


def _places(relative: str, cache_file: Path) -> list[tuple[Path | None, str]]:
    """Return where to look for ``relative``, in order, each with a label."""
    places: list[tuple[Path | None, str]] = []
    env = os.environ.get("FRAMING_DATA")
    if env:
        places.append((Path(env).expanduser() / relative, "FRAMING_DATA"))
    else:
        places.append((None, "FRAMING_DATA is not set"))
    for folder in _development_dirs():
        places.append((folder / relative, "development folder"))
    places.append((cache_file, "cache"))
    return places


def _not_found(
    what: str, relative: str, places: list[tuple[Path | None, str]], why: str
) -> DataNotFoundError:
    looked = "\n".join(
        f"  - {label}" if path is None else f"  - {path} ({label})"
        for path, label in places
    )
    return DataNotFoundError(
        f"{what} not found. Looked in:\n{looked}\n"
        f"and did not download it: {why}.\n"
        f"Set FRAMING_DATA to a folder that holds {relative} (for example "
        "`export FRAMING_DATA=/path/to/shared/data`, or "
        "`os.environ['FRAMING_DATA'] = ...` before loading), or connect to the "
        "internet and call again."
    )


def _locate(
    relative: str,
    *,
    what: str,
    data_home: str | os.PathLike[str] | None,
    download_if_missing: bool,
    remote: _RemoteArchive,
    build: Callable[[Path, Path], None],
) -> Path:
    """Return the first local copy of ``relative``, downloading into the cache if none.

    ``build(archive, cache_file)`` turns the downloaded archive into the cache file.
    """
    cache_file = get_data_home(data_home) / relative
    places = _places(relative, cache_file)
    for path, label in places:
        if path is not None and path.is_file():
            if label != "FRAMING_DATA" and os.environ.get("FRAMING_DATA"):
                warnings.warn(
                    f"FRAMING_DATA is set to {os.environ['FRAMING_DATA']!r} but it "
                    f"holds no {relative}; using {path} ({label}).",
                    stacklevel=3,
                )
            return path
    if not download_if_missing:
        raise _not_found(what, relative, places, "download_if_missing=False")
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    # Imported here: the network modules add ~0.1 s to `import framing`.
    import http.client

    try:
        archive = _download(remote, cache_file.parent)
    except DataNotFoundError:
        raise
    except (OSError, http.client.HTTPException) as exc:
        why = f"downloading {remote.url} failed ({type(exc).__name__}: {exc})"
        raise _not_found(what, relative, places, why) from exc
    try:
        build(archive, cache_file)
    except zipfile.BadZipFile as exc:
        error = _archive_error(f"it is not a zip archive ({exc})")
        raise DataNotFoundError(f"{remote.url}: {error}") from exc
    except DataNotFoundError as exc:
        raise DataNotFoundError(f"{remote.url}: {exc}") from None
    finally:
        archive.unlink(missing_ok=True)
    return cache_file


def _download(remote: _RemoteArchive, folder: Path) -> Path:
    """Download ``remote`` into a temporary file in ``folder`` and return its path.

    Shows a progress bar and prints the size and sha256 of what arrived (on
    stderr), so a user can record what they used. The caller deletes the file.
    """
    import urllib.request

    from tqdm import tqdm

    fd, name = tempfile.mkstemp(
        prefix=f".{remote.name}-", suffix=".zip.part", dir=folder
    )
    tmp = Path(name)
    digest = hashlib.sha256()
    size = 0
    try:
        with (
            os.fdopen(fd, "wb") as out,
            urllib.request.urlopen(remote.url, timeout=60) as response,
        ):
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            with tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc=f"Downloading {remote.name}",
            ) as bar:
                while chunk := response.read(1 << 16):
                    out.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
                    bar.update(len(chunk))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sha256 = digest.hexdigest()
    print(
        f"framing: downloaded {remote.url} ({size:,} bytes), sha256 {sha256}",
        file=sys.stderr,
    )
    return tmp


def _archive_error(message: str) -> DataNotFoundError:
    """Return the one error for a download that is not the expected archive."""
    return DataNotFoundError(
        f"{message}; the download was not the expected archive. Call again later, "
        "or set FRAMING_DATA to a folder holding the corpus."
    )


def _report(what: str, n: int, n_files: int) -> None:
    print(f"framing: {what}: kept {n:,} of {n_files:,} articles", file=sys.stderr)


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary file next to ``path``, then move it there.

    ``os.replace`` is atomic on one file system, so a reader sees either no file
    or the whole file, never a half-written one; on error the temporary goes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(name))
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
        raise


def _archive_members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Map ``data/...`` paths to members, dropping GitHub's top folder."""
    out: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        parts = info.filename.split("/")
        if "data" in parts:
            k = parts.index("data")
            out["/".join(parts[k:])] = info
    return out


# ----------------------------------------------------------------------- AllSides


def _check_topic(topic: Any) -> str:
    if not isinstance(topic, str):
        raise TypeError(
            f"topic must be a str such as 'immigration'; got {type(topic).__name__}: "
            f"{topic!r:.60}"
        )
    if not _TOPIC.fullmatch(topic):
        raise InputError(
            f"load_allsides(topic={topic!r}): a topic is letters, digits, '_' or '-' "
            "as in the corpus's `topic` field, e.g. 'immigration'."
        )
    return topic


def _allsides_from_archive(archive_path: Path, topic: str) -> pd.DataFrame:
    """Return the articles of ``topic`` in the archive, in the shared-file schema."""
    rows: list[dict[str, Any]] = []
    topics: Counter[str] = Counter()
    with zipfile.ZipFile(archive_path) as archive:
        for key, info in _archive_members(archive).items():
            if not (key.startswith("data/jsons/") and key.endswith(".json")):
                continue
            try:
                record = json.loads(archive.read(info).decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise _archive_error(f"{info.filename} is not JSON ({exc})") from None
            if not isinstance(record, dict):
                record = {}
            missing = [k for k in _ALLSIDES_FIELDS if k not in record]
            if missing:
                raise _archive_error(f"{info.filename} has no field(s) {missing}")
            found = str(record.get("topic") or "")
            topics[found] += 1
            if found != topic:
                continue
            row = {c: str(record.get(c) or "") for c in _ALLSIDES_COLUMNS}
            row["id"] = str(record.get("ID") or "")
            row["outlet"] = str(record.get("source") or "")
            try:
                row["bias"] = int(record["bias"])
            except (KeyError, TypeError, ValueError):
                raise _archive_error(
                    f"{info.filename}: expected a 'bias' of 0, 1 or 2, "
                    f"got {record.get('bias')!r}",
                ) from None
            rows.append(row)
    if not topics:
        raise _archive_error(
            "no data/jsons/*.json in it; is it the Article-Bias-Prediction repository?",
        )
    if not rows:
        listing = ", ".join(f"{t} ({n})" for t, n in sorted(topics.items()))
        raise InputError(
            f"load_allsides(topic={topic!r}): no article has this topic. The "
            f"{len(topics)} topics in the corpus (articles) are: {listing}."
        )
    _report(f"AllSides topic {topic!r}", len(rows), sum(topics.values()))
    df = pd.DataFrame(rows, columns=_ALLSIDES_COLUMNS)
    return df.sort_values("id", kind="stable").reset_index(drop=True)


def _write_allsides(archive_path: Path, cache_file: Path, topic: str) -> None:
    df = _allsides_from_archive(archive_path, topic)

    def write(tmp: Path) -> None:
        # No file name or time in the gzip header: the same articles give the same
        # bytes, whatever the temporary file was called.
        with (
            tmp.open("wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as packed,
        ):
            df.to_csv(packed, index=False, encoding="utf-8")

    _atomic_write(cache_file, write)


def _parse_dates(values: pd.Series) -> pd.Series:
    dates = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    return dates.where(dates >= _FIRST_DATE)


def _read_allsides(path: Path, topic: str | None = None) -> pd.DataFrame:
    try:
        df = pd.read_csv(
            path,
            keep_default_na=False,
            dtype={c: str for c in _ALLSIDES_STR_COLUMNS},
        )
    except (pd.errors.ParserError, UnicodeDecodeError, EOFError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise InputError(
            f"{path}: not a readable CSV ({type(exc).__name__}: {exc}); expected "
            f"the columns {_ALLSIDES_COLUMNS} (see shared/data/README.md)."
        ) from exc
    if topic is not None and "topic" in df.columns:
        # The nine-issue file (allsides/issues.csv.gz) holds several topics.
        df = df[df["topic"] == topic].sort_values("id").reset_index(drop=True)
    missing = [c for c in _ALLSIDES_COLUMNS if c not in df.columns]
    if missing:
        raise InputError(
            f"{path}: no column(s) {missing}; columns are {list(df.columns)}; "
            f"expected {_ALLSIDES_COLUMNS} (see shared/data/README.md)."
        )
    try:
        bias = df["bias"].astype("int64")
    except (TypeError, ValueError) as exc:
        raise InputError(f"{path}, column 'bias': expected 0, 1 or 2 ({exc}).") from exc
    return pd.DataFrame(
        {
            "id": df["id"],
            "outlet": df["outlet"],
            "bias": bias,
            "bias_text": df["bias_text"],
            "date": _parse_dates(df["date"]),
            "title": df["title"],
            "url": df["url"],
            "text": df["content_original"],
        }
    )


def _local(relative: str, data_home: Any) -> Path | None:
    for path, _ in _places(relative, get_data_home(data_home) / relative):
        if path is not None and path.is_file():
            return path
    return None


def _from_issues_file(topic: str, relative: str, data_home: Any) -> pd.DataFrame | None:
    """Read ``topic`` from the nine-issue file when no file of its own is local."""
    issues = _local("allsides/issues.csv.gz", data_home)
    if issues is None or _local(relative, data_home) is not None:
        return None
    found = _read_allsides(issues, topic)
    return found if len(found) else None


def load_allsides(
    topic: str = "immigration",
    *,
    data_home: str | os.PathLike[str] | None = None,
    download_if_missing: bool = True,
) -> pd.DataFrame:
    """Load AllSides-rated news articles on one topic (Baly et al. 2020).

    Looks for ``allsides/<topic>.csv.gz`` in ``$FRAMING_DATA``, then in the
    development folder ``../shared/data`` (next to the repository holding this
    package, the current directory, or its parent), then in the cache
    (``<data_home>/allsides/<topic>.csv.gz``). If none holds it, downloads the
    Article-Bias-Prediction repository archive (snapshot
    ``ced8111a720948e6a410e52031ace99c4e53f096``) once, keeps the articles whose
    ``topic`` field is exactly ``topic``, and writes them to the cache.

    Parameters
    ----------
    topic : str, default="immigration"
        The corpus's ``topic`` field, e.g. ``"immigration"`` (related topics such
        as ``"homeland_security"`` are separate). An unknown topic raises an
        :class:`~framing.errors.InputError` listing the corpus's topics.
    data_home : str or path-like, default=None
        The cache folder; see :func:`get_data_home`.
    download_if_missing : bool, default=True
        If False, raise instead of downloading.

    Returns
    -------
    pandas.DataFrame
        One row per article, sorted by ``id``, columns ``id``, ``outlet`` (as
        AllSides spells it), ``bias`` (0 left, 1 center, 2 right: the outlet's
        rating), ``bias_text``, ``date`` (datetime; NaT when empty or bogus, i.e.
        before 1900), ``title``, ``url`` and ``text`` (the untokenized body,
        ``content_original``). The authors' tokenized ``content`` is left out:
        its offsets match nothing; read the CSV itself if you need it.

    Raises
    ------
    DataNotFoundError
        When no local copy exists and the download is off or fails; the message
        names every place looked and how to set ``FRAMING_DATA``.

    Notes
    -----
    A download prints the archive's size and sha256 and how many articles it
    kept (on stderr), so you can record what you used; there is no recorded
    checksum to compare with, since the host builds the archive on request and
    its bytes change. What is read is checked instead: every article file must
    be JSON with the fields ``ID``, ``topic``, ``source``, ``bias`` (0, 1 or 2)
    and ``content_original``, and at least one must have the topic; otherwise a
    :class:`~framing.errors.DataNotFoundError` names the file. The archive holds
    every topic, but only the requested one is cached: another topic downloads
    the archive again.

    Ramy Baly, Giovanni Da San Martino, James Glass, Preslav Nakov. We Can Detect
    Your Bias: Predicting the Political Ideology of News Articles. EMNLP 2020.

    Examples
    --------
    >>> from framing.datasets import load_allsides
    >>> df = load_allsides()  # doctest: +SKIP
    >>> df["bias_text"].value_counts().to_dict()  # doctest: +SKIP
    {'right': 650, 'left': 486, 'center': 411}
    """
    topic = _check_topic(topic)
    relative = f"allsides/{topic}.csv.gz"
    if topic != "immigration":
        found = _from_issues_file(topic, relative, data_home)
        if found is not None:
            return found
    path = _locate(
        relative,
        what=f"The AllSides '{topic}' corpus",
        data_home=data_home,
        download_if_missing=download_if_missing,
        remote=_ALLSIDES,
        build=lambda archive, cache: _write_allsides(archive, cache, topic),
    )
    return _read_allsides(path)


# ------------------------------------------------------------------------ PolNeAR


def _polnear_from_archive(archive_path: Path, split: str) -> list[dict[str, Any]]:
    """Convert one split of the PolNeAR archive to the shared JSON-lines records."""
    with zipfile.ZipFile(archive_path) as archive:
        members = _archive_members(archive)
        metadata: dict[str, dict[str, str]] = {}
        if "data/metadata.tsv" in members:
            raw = archive.read(members["data/metadata.tsv"]).decode("utf-8")
            # Titles hold bare quotation marks: no CSV quoting in this file.
            reader = csv.DictReader(
                io.StringIO(raw), delimiter="\t", quoting=csv.QUOTE_NONE
            )
            metadata = {row["filename"]: row for row in reader if row.get("filename")}
        texts: dict[str, str] = {}
        annotations: dict[str, list[str]] = {}
        text_dir = f"data/{split}/text/"
        ann_dir = f"data/{split}/attributions/"
        for key in members:
            if key.startswith(text_dir) and key.endswith(".txt"):
                texts[key[len(text_dir) : -len(".txt")]] = key
            elif key.startswith(ann_dir) and key.endswith(".ann"):
                name, _, annotator = key[len(ann_dir) : -len(".ann")].rpartition("_")
                annotations.setdefault(name, []).append(annotator)
        if not texts:
            raise _archive_error(
                f"no data/{split}/text/*.txt in it; is it the PolNeAR repository?",
            )
        articles = []
        for name in sorted(texts):
            if name not in annotations:
                continue  # not annotated: no basis for "no attributions here"
            # Agreement articles carry several annotations; use the lowest id's.
            annotator = min(annotations[name])
            ann_key = f"{ann_dir}{name}_{annotator}.ann"
            text = archive.read(members[texts[name]]).decode("utf-8")
            ann = archive.read(members[ann_key]).decode("utf-8")
            meta = metadata.get(name, {})
            articles.append(
                {
                    "id": name,
                    "outlet": meta.get("publisher") or name.split("_", 1)[0],
                    "text": text,
                    "quotes": parse_brat_attributions(
                        text, ann, source=Path(ann_key).name
                    ),
                    "annotator": annotator,
                    "title": meta.get("title", ""),
                    "date": meta.get("publication_date", ""),
                }
            )
    if not articles:
        raise _archive_error(f"no data/{split}/attributions/*.ann for its texts")
    _report(f"PolNeAR {split!r}", len(articles), len(texts))
    return articles


def _write_polnear(archive_path: Path, cache_file: Path, split: str) -> None:
    articles = _polnear_from_archive(archive_path, split)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            for article in articles:
                out.write(json.dumps(article, ensure_ascii=False) + "\n")

    _atomic_write(cache_file, write)


_POLNEAR_KEYS = ("id", "text", "quotes")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read a PolNeAR JSON-lines file; a bad line is an InputError naming it."""
    out = []
    with path.open(encoding="utf-8", newline="") as lines:
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}, line {n}: not JSON ({exc})") from None
            if not isinstance(record, dict):
                record = {}
            missing = [k for k in _POLNEAR_KEYS if k not in record]
            if missing:
                raise InputError(
                    f"{path}, line {n}: no key(s) {missing}; expected "
                    f"{list(_POLNEAR_KEYS)} (see shared/data/README.md)"
                )
            out.append(record)
    return out


def load_polnear(
    split: str = "dev",
    *,
    data_home: str | os.PathLike[str] | None = None,
    download_if_missing: bool = True,
) -> list[dict[str, Any]]:
    """Load PolNeAR news articles with hand-annotated attributions (Newell et al. 2018).

    Looks for ``polnear/<split>.jsonl`` in ``$FRAMING_DATA``, the development
    folder ``../shared/data`` and the cache, in that order (as
    :func:`load_allsides`). If none holds it, downloads the PolNeAR repository
    archive (snapshot ``c3eee833c035bf7b8c84f55b58c0bf7346cfae76``) once, converts
    the split's brat files with :func:`parse_brat_attributions`, and caches the
    result as JSON lines.

    Parameters
    ----------
    split : {"dev", "train", "test"}, default="dev"
        The corpus's split. The shared development copy has train and dev only;
        the corpus's authors ask that the test split be used once, at the end.
    data_home : str or path-like, default=None
        The cache folder; see :func:`get_data_home`.
    download_if_missing : bool, default=True
        If False, raise instead of downloading.

    Returns
    -------
    list of dict
        One dict per article, sorted by ``id``, with keys ``id``, ``outlet``,
        ``text``, ``quotes`` (see :func:`parse_brat_attributions`), ``annotator``,
        ``title`` and ``date``, as in shared/data/README.md section 2.

    Raises
    ------
    DataNotFoundError
        When no local copy exists and the download is off or fails.

    Notes
    -----
    The download's conversion follows the shared files' rules (one entry per
    content fragment, outer span for a discontinuous source, the lowest
    annotator id for articles annotated several times, events without content
    dropped) but does not reproduce them exactly: ``kind`` comes from
    :func:`framing.text.quotation_spans`, whose pairing of quotation marks
    differs from the one used to build the shared files in edge cases, and
    articles without any annotation file are skipped. A download prints the
    archive's size and sha256 and how many articles it kept, so you can record
    what you used; the split's texts and annotation files must be in it, or a
    :class:`~framing.errors.DataNotFoundError` says what was missing. A local
    file whose line is not JSON or lacks ``id``, ``text`` or ``quotes`` raises an
    :class:`~framing.errors.InputError` naming file and line.

    Edward Newell, Drew Margolin, Derek Ruths. An Attribution Relations Corpus for
    Political News. LREC 2018.

    Examples
    --------
    >>> from framing.datasets import load_polnear
    >>> articles = load_polnear("dev")  # doctest: +SKIP
    >>> len(articles), sum(len(a["quotes"]) for a in articles)  # doctest: +SKIP
    (84, 2515)
    """
    if not isinstance(split, str):
        raise TypeError(
            f"split must be a str such as 'dev'; got {type(split).__name__}: "
            f"{split!r:.60}"
        )
    if split not in _POLNEAR_SPLITS:
        raise InputError(
            f"load_polnear(split={split!r}): split must be one of "
            f"{list(_POLNEAR_SPLITS)}."
        )
    path = _locate(
        f"polnear/{split}.jsonl",
        what=f"The PolNeAR '{split}' split",
        data_home=data_home,
        download_if_missing=download_if_missing,
        remote=_POLNEAR,
        build=lambda archive, cache: _write_polnear(archive, cache, split),
    )
    return _read_jsonl(path)
