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


def test_nox_fails_rather_than_skips_a_missing_interpreter():
    # `make test-all` runs nox: a missing python3.10 must fail the run (issue 20).
    import ast

    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    options = {
        node.targets[0].attr: ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Attribute)
        and ast.unparse(node.targets[0]).startswith("nox.options.")
    }
    assert options.get("error_on_missing_interpreters") is True
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "-m nox" in makefile.split("test-all:", 1)[1].split("\n\n", 1)[0]
