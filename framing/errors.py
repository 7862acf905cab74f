"""Exceptions raised by framing; each message names what was received and what to do."""


class FramingError(Exception):
    """Base class for every error framing raises on purpose."""


class LexiconError(FramingError, ValueError):
    """A lexicon or word-list file is malformed; names file, line and column."""


class DataNotFoundError(FramingError, FileNotFoundError):
    """A corpus is not available locally and could not be downloaded."""


class InputError(FramingError, ValueError):
    """A function or the command line got input it cannot use (column, format)."""
