"""Main text and title of an HTML page, via trafilatura (imported only for HTML)."""

from __future__ import annotations

import re

from tomtat.errors import EmptyInputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, if any (and if Python knows it)."""
    import codecs

    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def extract(markup: str, name: str) -> tuple[str, str | None]:
    """Return (text, title): paragraphs separated by blank lines; boilerplate and captions out."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_tables=False,
        favor_precision=True,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise EmptyInputError(f"{name}: no article text found in the HTML")
    title = getattr(doc, "title", None) or None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if title and lines and lines[0].casefold() == title.strip().casefold():
        lines = lines[1:]  # the <h1> repeats the title
    if not lines:
        raise EmptyInputError(f"{name}: no article text found in the HTML")
    return "\n\n".join(lines), title.strip() if title else None
