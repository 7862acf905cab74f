"""Sphinx configuration for the API reference: ``make docs`` (warnings are errors).

Sphinx with numpydoc rather than mkdocs with mkdocstrings, because the docstrings are
already written for it: numpydoc sections (STYLE.md section 6) and Sphinx roles such
as :func:`load_allsides` and :class:`~framing.errors.DataNotFoundError`, which
Sphinx turns into links and mkdocstrings would print as raw text. Markdown pages
(columns.md, instructors.md) come in through myst-parser. No intersphinx: the build
runs offline.
"""

import sys
from pathlib import Path

# Document the checkout this file belongs to, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import framing

project = "framing"
author = "framing contributors"
copyright = "framing contributors, MIT licence"
release = version = framing.__version__

extensions = ["sphinx.ext.autodoc", "numpydoc", "myst_parser"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

autodoc_member_order = "bysource"
autodoc_typehints = "none"  # numpydoc's Parameters section already gives the types
numpydoc_show_class_members = False  # the class docstrings list their attributes
numpydoc_class_members_toctree = False
myst_heading_anchors = 3

html_theme = "alabaster"
html_title = f"framing {release}"
html_theme_options = {"description": "How news coverage frames a political issue"}
