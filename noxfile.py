"""The test suite on every supported Python: ``nox`` (or ``make test-all``).

Supported: CPython 3.10 to 3.13. The sessions test the oldest and the newest; each
installs ``newsframing[dev]`` into a fresh virtualenv, so it gets the pandas and numpy
that pip resolves for that Python (pandas 2 on 3.10, pandas 3 on 3.13 today), prints
them, and runs what ``make test`` runs: the tests, the doctests and the notebooks.

    nox                      # tests-3.10 and tests-3.13
    nox -s tests-3.13        # one of them
    nox -s tests-3.10 -- -k quotes   # arguments after -- go to pytest
    nox -s docs dist         # the API reference (-W) and the wheel/sdist check

nox finds each interpreter as ``python3.10`` / ``python3.13`` on ``PATH``
(pyenv, deadsnakes, python.org installers and ``uv python install`` all provide them;
with pyenv, make both active, ``pyenv global 3.13.0 3.10.13``, or put their ``bin/``
folders on ``PATH``). A missing interpreter is an error, not a skipped session:
``nox`` (and so ``make test-all``) exits non-zero when ``python3.10`` or
``python3.13`` cannot be found, so a green run means both versions ran.
"""

import tempfile

import nox

OLDEST, NEWEST = "3.10", "3.13"
nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True
# An inactive pyenv shim or an absent python3.X must fail the run, not skip it.
nox.options.error_on_missing_interpreters = True

_VERSIONS = (
    "import sys, numpy, pandas; "
    "print(f'python {sys.version.split()[0]}, pandas {pandas.__version__}, "
    "numpy {numpy.__version__}')"
)


@nox.session(python=[OLDEST, NEWEST])
def tests(session):
    """Run the tests, doctests and notebooks as ``make test`` does."""
    session.install("-e", ".[dev]")
    session.run("python", "-c", _VERSIONS)
    # notebooks under pytest write figures to a scratch folder, not figures/
    figures = tempfile.mkdtemp(prefix="framing-figures-")
    session.run(
        "python",
        "-m",
        "pytest",
        "--nbmake",
        "tests",
        "framing",
        "notebooks",
        *session.posargs,
        env={"FRAMING_FIGURES": figures},
    )


@nox.session(python=NEWEST)
def docs(session):
    """Build the API reference with warnings as errors (``make docs``)."""
    session.install("-e", ".[docs]")
    session.run(
        "sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html"
    )


@nox.session(python=NEWEST)
def dist(session):
    """Build the wheel and sdist and run the seed example from a clean venv."""
    session.run("bash", "scripts/check_dist.sh", external=True)
