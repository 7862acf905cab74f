import contextlib
import io
import re

from conftest import ROOT


def test_readme_seed_example_prints_what_it_shows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## On the seed article", 1)[1]
    code, shown = re.findall(r"```(?:python)?\n(.*?)```", section, flags=re.S)[:2]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue() == shown
