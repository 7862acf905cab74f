"""Distribution metadata, citation, changelog and the help(framing) tour (issue #11).

Building and installing the wheel is scripts/check_dist.sh (run by .ci/run); these
tests check the files it depends on without a build.
"""

import re
from pathlib import Path

import pytest

import framing

try:
    import tomllib
except ImportError:  # Python 3.10: pytest itself depends on tomli there
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_distribution_is_newsframing_and_extras_refer_to_it():
    project = PYPROJECT["project"]
    assert project["name"] == "newsframing"  # "framing" on PyPI is another package
    refs = [
        req
        for reqs in project["optional-dependencies"].values()
        for req in reqs
        if re.match(r"(news)?framing\[", req)
    ]
    assert refs == ["newsframing[dask,notebooks]"]


def test_supported_pythons_agree():
    project = PYPROJECT["project"]
    assert project["requires-python"] == ">=3.10"
    classified = [
        c.rsplit(" ", 1)[1]
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    oldest, newest = re.search(r'OLDEST, NEWEST = "(.+?)", "(.+?)"', noxfile).groups()
    assert (classified[0], classified[-1]) == (oldest, newest) == ("3.10", "3.13")


def test_every_data_file_is_package_data():
    # setuptools expands package-data globs as pathlib does, "**" included
    package = ROOT / "framing"
    globs = PYPROJECT["tool"]["setuptools"]["package-data"]["framing"]
    shipped = {p for g in globs for p in package.glob(g) if p.is_file()}
    files = {p for p in (package / "data").rglob("*") if p.is_file()}
    files = {p for p in files if "__pycache__" not in p.parts}
    names = {p.relative_to(package).as_posix() for p in files}
    assert {"data/lexicon.csv", "data/README.md", "data/seed.txt"} <= names
    assert sorted(files - shipped) == []


def _cff_fields():
    text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    return dict(re.findall(r'^([a-z-]+): "?([^"\n]*)"?$', text, flags=re.M)), text


def test_citation_file_names_this_version():
    fields, text = _cff_fields()
    assert fields["cff-version"] == "1.2.0"
    assert fields["type"] == "software"
    assert fields["license"] == "MIT"
    assert fields["version"] == framing.__version__
    assert re.search(r'^authors:\n  - name: "framing contributors"$', text, re.M)


def test_changelog_has_an_unreleased_line_per_issue():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    unreleased = text.split("## [Unreleased]", 1)[1].split("\n## ", 1)[0]
    issues = re.findall(r"^- .*\(#(\d+)\)", unreleased, flags=re.M)
    assert issues == ["19", "20", "21", "22", "23", "11", "12", "13", "14"]
    assert f"## [{framing.__version__}]" in text


def test_help_is_a_one_screen_tour_of_the_public_api():
    doc = framing.__doc__
    lines = doc.splitlines()
    assert len(lines) <= 40
    assert max(len(line) for line in lines) <= 88
    public = [n for n in framing.__all__ if n not in {"text"}]
    assert [n for n in public if not re.search(rf"\b{n}\b", doc)] == []


@pytest.mark.parametrize(
    "name", sorted(set(re.findall(r"^    (\w+)\(", framing.__doc__, flags=re.M)))
)
def test_every_call_in_the_tour_exists(name):
    assert name in framing.__all__


def test_no_module_is_over_800_lines():
    # the project's guideline (issue 19): a module a newcomer can read whole
    package = Path(framing.__file__).parent
    long = {
        str(path.relative_to(package)): n
        for path in package.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 800
    }
    assert long == {}
