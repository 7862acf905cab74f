"""Sources by side and an article's quote balance (placeholder: being written)."""

__all__ = ["sources"]


def sources(text, actors=None):
    """Return the sources of ``text`` (not implemented yet)."""
    raise NotImplementedError
