"""The shipped word lists ``data/officials-{vi,en}.json``, read once, as written."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def raw(lang: str) -> dict[str, list[str]]:
    """The lists of one language's file (its ``_doc`` aside)."""
    name = "officials-vi.json" if lang == "vi" else "officials-en.json"
    data = json.loads(resources.files("tomtat").joinpath("data", name).read_text("utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, list)}


def both(key: str) -> list[str]:
    """The entries of ``key`` in both files: lists that apply whatever the article's language."""
    return [*raw("en").get(key, []), *raw("vi").get(key, [])]
