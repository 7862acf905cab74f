"""Load the seed article and the development corpora, locally or by a one-time download.

Corpora are never package data. Each ``load_*`` looks in ``$FRAMING_DATA``, in the
development folder ``../shared/data``, then in a cache (:func:`get_data_home`); only
then does it download the source repository once (progress bar, checksum, atomic
move), and offline it raises :class:`~framing.errors.DataNotFoundError` naming every
place it looked and how to set ``FRAMING_DATA``.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gzip
import hashlib
import http.client
import io
import json
import os
import re
import sys
import tempfile
import urllib.request
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd

from framing._validation import as_text
from framing.errors import DataNotFoundError, InputError
from framing.text import SpanIndex, quotation_spans

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
    sha256: str | None  # checked when set; None skips the check


# Snapshot commits named in shared/data/README.md. The archives' sha256 cannot be
# computed without network access, so the constants start as None; every download
# prints the digest it got, and pasting that here turns the check on. GitHub builds
# these archives on request and has changed their bytes before (2023, a new
# compression), so a recorded digest may need renewing: the error says so.
_ALLSIDES_COMMIT = "ced8111a720948e6a410e52031ace99c4e53f096"
_POLNEAR_COMMIT = "c3eee833c035bf7b8c84f55b58c0bf7346cfae76"
_ALLSIDES = _RemoteArchive(
    name="Article-Bias-Prediction",
    url=(
        "https://github.com/ramybaly/Article-Bias-Prediction/archive/"
        f"{_ALLSIDES_COMMIT}.zip"
    ),
    sha256=None,
)
_POLNEAR = _RemoteArchive(
    name="PolNeAR",
    url=f"https://github.com/networkdynamics/PolNeAR/archive/{_POLNEAR_COMMIT}.zip",
    sha256=None,
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
        raise DataNotFoundError(
            f"the file downloaded from {remote.url} is not a zip archive ({exc}); "
            "call again later, or set FRAMING_DATA to a folder that holds "
            f"{relative}."
        ) from exc
    finally:
        archive.unlink(missing_ok=True)
    return cache_file


def _download(remote: _RemoteArchive, folder: Path) -> Path:
    """Download ``remote`` into a temporary file in ``folder`` and return its path.

    Shows a progress bar, prints the sha256 of what arrived, and checks it against
    ``remote.sha256`` when that is set. The caller deletes the file.
    """
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
    if remote.sha256 is not None and sha256 != remote.sha256:
        tmp.unlink(missing_ok=True)
        raise DataNotFoundError(
            f"checksum mismatch for {remote.url}: expected sha256 {remote.sha256}, "
            f"got {sha256}; the download was deleted. Call again (the transfer may "
            "have been cut); if it persists, the host may have rebuilt the archive: "
            "check its content and update the recorded digest, or set FRAMING_DATA."
        )
    return tmp


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
            record = json.loads(archive.read(info).decode("utf-8"))
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
                raise InputError(
                    f"{info.filename}: expected a 'bias' of 0, 1 or 2, "
                    f"got {record.get('bias')!r}"
                ) from None
            rows.append(row)
    if not topics:
        raise InputError(
            f"{archive_path.name}: no data/jsons/*.json in the archive; is it the "
            "Article-Bias-Prediction repository?"
        )
    if not rows:
        listing = ", ".join(f"{t} ({n})" for t, n in sorted(topics.items()))
        raise InputError(
            f"load_allsides(topic={topic!r}): no article has this topic. The "
            f"{len(topics)} topics in the corpus (articles) are: {listing}."
        )
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
    df = pd.read_csv(
        path,
        keep_default_na=False,
        dtype={c: str for c in _ALLSIDES_STR_COLUMNS},
    )
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
    Downloads are checked against a recorded sha256 when one is set in the
    module (``_ALLSIDES.sha256``); it is None until someone records the digest
    printed after a first download. The archive holds every topic, but only the
    requested one is cached: another topic downloads the archive again.

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


@dataclass(frozen=True, slots=True)
class _Entity:
    """A brat text-bound annotation (T line)."""

    kind: str  # Source, Cue, Content, Attribution, Discard, ...
    fragments: tuple[tuple[int, int], ...]


_PARTS = ("Source", "Cue", "Content")
# Characters that may follow a closing quotation mark and still belong to a direct
# quote's span ("win”." in styles that put the period outside).
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-… \t\n")


def _closed_doubles(text: str) -> tuple[list[Any], SpanIndex]:
    quotes = [q for q in quotation_spans(text) if q.double and q.closed]
    quotes.sort(key=lambda q: q.open_start)
    return quotes, SpanIndex([(q.open_start, q.close_end) for q in quotes])


def _quote_kind(
    text: str, start: int, end: int, quotes: list[Any], index: SpanIndex
) -> str:
    """Say "direct" if ``text[start:end]`` lies inside one closed double quotation.

    The annotated span may include the marks or stop just inside them, and may
    run on over punctuation after the closing mark; anything else (a partial
    quote inside paraphrase, a scare quote) is "indirect".
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    k = index.find(start)
    if k < 0:
        return "indirect"
    q = quotes[k]
    while end > q.close_end and text[end - 1] in _AFTER_CLOSE:
        end -= 1
    return "direct" if q.start < end <= q.close_end else "indirect"


def _ann_error(source: str, line: int, message: str) -> InputError:
    return InputError(f"{source}, line {line}: {message}")


def _brat_text(value: str) -> str:
    # brat writes a span's text on one line: line breaks and tabs become spaces.
    return re.sub(r"[\r\n\t]", " ", value)


def _parse_ann(
    text: str, ann: str, source: str
) -> tuple[dict[str, _Entity], list[tuple[str, list[tuple[str, str]]]]]:
    """Read T, E and R lines; check each T span against ``text``.

    Returns the entities by id and the links as (id, [(role, entity id), ...]).
    """
    entities: dict[str, _Entity] = {}
    links: list[tuple[str, list[tuple[str, str]]]] = []
    pending: list[tuple[int, str, str]] = []  # (line, link id, entity id) to check
    for n, raw in enumerate(ann.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        if not ident or ident[0] not in "TER" or not rest:
            continue  # attributes (A), notes (#), normalizations (N), equivalences
        if ident[0] == "T":
            spec, _, covered = rest.partition("\t")
            kind, _, offsets = spec.partition(" ")
            try:
                fragments = tuple(
                    (int(a), int(b))
                    for a, b in (pair.split() for pair in offsets.split(";"))
                )
            except ValueError:
                raise _ann_error(
                    source, n, f"expected 'Type start end[;start end]', got {spec!r}"
                ) from None
            for a, b in fragments:
                if not 0 <= a <= b <= len(text):
                    raise _ann_error(
                        source, n, f"span {a} {b} is outside the text (0-{len(text)})"
                    )
            found = " ".join(text[a:b] for a, b in fragments)
            if _brat_text(found) != _brat_text(covered):
                raise _ann_error(
                    source,
                    n,
                    f"{ident} spans {offsets} hold {found[:60]!r} in the text but "
                    f"{covered[:60]!r} in the annotation",
                )
            entities[ident] = _Entity(kind, fragments)
        else:
            # E: "Attribution:T4 Content:T3 ..." starts with the trigger; R: "Type
            # Arg1:T1 Arg2:T2" with the relation type. Neither is a part.
            roles = []
            for arg in rest.split()[1:]:
                role, sep, target = arg.partition(":")
                if not sep:
                    raise _ann_error(source, n, f"expected 'Role:Id', got {arg!r}")
                used = _base(role) in _PARTS if ident[0] == "E" else target[:1] == "T"
                if not used:
                    continue  # links to other events or notes are not parts
                pending.append((n, ident, target))
                roles.append((role, target))
            links.append((ident, roles))
    for n, ident, target in pending:
        if target not in entities:
            raise _ann_error(
                source, n, f"{ident} refers to {target}, which is not defined"
            )
    return entities, links


def _base(name: str) -> str:
    """Strip brat's numbering of repeated roles: Content2 -> Content."""
    return name.rstrip("0123456789")


def _attributions(
    entities: dict[str, _Entity], links: list[tuple[str, list[tuple[str, str]]]]
) -> list[tuple[str, dict[str, list[_Entity]]]]:
    """Group entities into attributions: one per E line, one per R-linked group."""
    out: list[tuple[str, dict[str, list[_Entity]]]] = []
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_relation: dict[str, str] = {}
    for ident, roles in links:
        if ident.startswith("E"):
            parts: dict[str, list[_Entity]] = {part: [] for part in _PARTS}
            for role, target in roles:
                parts[_base(role)].append(entities[target])
            out.append((ident, parts))
        else:
            # brat relations carry no role names for attribution parts, so the
            # parts come from each entity's type; a connected group is one
            # attribution, named after its first relation.
            targets = [t for _, t in roles]
            for t in targets[1:]:
                parent[root(t)] = root(targets[0])
            for t in targets:
                first_relation.setdefault(t, ident)
    groups: dict[str, list[str]] = {}
    for t in first_relation:
        groups.setdefault(root(t), []).append(t)
    for members in groups.values():
        parts = {part: [] for part in _PARTS}
        for t in members:
            if _base(entities[t].kind) in parts:
                parts[_base(entities[t].kind)].append(entities[t])
        ident = min((first_relation[t] for t in members), key=_id_number)
        out.append((ident, parts))
    return out


def _id_number(ident: str) -> tuple[int, str]:
    digits = ident[1:]
    return (int(digits) if digits.isdigit() else sys.maxsize, ident)


def parse_brat_attributions(
    text: str, ann: str, *, source: str = "annotation"
) -> list[dict[str, Any]]:
    r"""Convert brat standoff attributions (PolNeAR's ``.ann``) to quote entries.

    Reads ``T`` lines (``Source``, ``Cue``, ``Content`` spans, discontinuous ones
    written ``start end;start end``) and the ``E`` lines that link them into an
    attribution (``R`` lines are grouped by connected parts as a fallback). Each
    content fragment becomes one entry; ``kind`` is "direct" when the fragment lies
    inside one closed double quotation of :func:`framing.text.quotation_spans`
    (marks included or not, punctuation after the closing mark allowed), else
    "indirect".

    Parameters
    ----------
    text : str
        The annotated text, exactly as in the ``.txt`` file.
    ann : str
        The ``.ann`` file's content.
    source : str, default="annotation"
        A name for error messages, e.g. the ``.ann`` file name.

    Returns
    -------
    list of dict
        Entries sorted by ``(start, end)`` with keys ``quote``, ``start``, ``end``,
        ``speaker``, ``speaker_start``, ``speaker_end``, ``cue``, ``kind`` and
        ``attribution_id``, as in shared/data/README.md section 2:
        ``text[start:end] == quote``; a discontinuous source is given as its outer
        span; cue fragments are joined by one space; speaker fields are None for an
        attribution without a source. Events without a content span are dropped.

    Raises
    ------
    InputError
        When a span's offsets are not integers, fall outside ``text`` or do not
        hold the text the ``.ann`` line records, or a link names an undefined id.

    Examples
    --------
    >>> from framing.datasets import parse_brat_attributions
    >>> text = '“We will stay,” the mayor said. She said the plan works.'
    >>> ann = (
    ...     "T1\tContent 0 15\t“We will stay,”\n"
    ...     "T2\tSource 16 25\tthe mayor\n"
    ...     "T3\tCue 26 30\tsaid\n"
    ...     "T4\tAttribution 26 30\tsaid\n"
    ...     "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    ...     "T5\tSource 32 35\tShe\n"
    ...     "T6\tCue 36 40\tsaid\n"
    ...     "T7\tContent 41 55\tthe plan works\n"
    ...     "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5\n"
    ... )
    >>> for q in parse_brat_attributions(text, ann):
    ...     print(q["quote"], q["speaker"], q["cue"], q["kind"], sep=" | ")
    “We will stay,” | the mayor | said | direct
    the plan works | She | said | indirect
    """
    text = as_text(text)
    ann = as_text(ann, "ann")
    entities, links = _parse_ann(text, ann, source)
    quotes, index = _closed_doubles(text)
    entries: list[dict[str, Any]] = []
    for ident, parts in _attributions(entities, links):
        contents = sorted({f for e in parts["Content"] for f in e.fragments})
        if not contents:
            continue
        speaker = speaker_start = speaker_end = None
        source_fragments = [f for e in parts["Source"] for f in e.fragments]
        if source_fragments:
            speaker_start = min(a for a, _ in source_fragments)
            speaker_end = max(b for _, b in source_fragments)
            speaker = text[speaker_start:speaker_end]
        cue_fragments = sorted({f for e in parts["Cue"] for f in e.fragments})
        cue = " ".join(text[a:b] for a, b in cue_fragments) if cue_fragments else None
        for start, end in contents:
            entries.append(
                {
                    "quote": text[start:end],
                    "start": start,
                    "end": end,
                    "speaker": speaker,
                    "speaker_start": speaker_start,
                    "speaker_end": speaker_end,
                    "cue": cue,
                    "kind": _quote_kind(text, start, end, quotes, index),
                    "attribution_id": ident,
                }
            )
    entries.sort(key=lambda q: (q["start"], q["end"], _id_number(q["attribution_id"])))
    return entries


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
            raise InputError(
                f"{archive_path.name}: no data/{split}/text/*.txt in the archive; "
                "is it the PolNeAR repository?"
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
    return articles


def _write_polnear(archive_path: Path, cache_file: Path, split: str) -> None:
    articles = _polnear_from_archive(archive_path, split)

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            for article in articles:
                out.write(json.dumps(article, ensure_ascii=False) + "\n")

    _atomic_write(cache_file, write)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8", newline="") as lines:
        return [json.loads(line) for line in lines if line.strip()]


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
    articles without any annotation file are skipped. The archive's checksum is
    checked when ``_POLNEAR.sha256`` is set (None until recorded).

    Edward Newell, Drew Margolin, Derek Ruths. An Attribution Relations Corpus for
    Political News. LREC 2018.

    Examples
    --------
    >>> from framing.datasets import load_polnear
    >>> articles = load_polnear("dev")  # doctest: +SKIP
    >>> len(articles), sum(len(a["quotes"]) for a in articles)  # doctest: +SKIP
    (84, 2515)
    """
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
