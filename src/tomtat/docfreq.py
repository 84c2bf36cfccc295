"""Corpus statistics the keywords read: document frequencies and the collocation table.

One loader for both shipped formats:

* ``data/df-LANG.json``, the scorer's document frequencies (``tools/learn_df.py``):
  ``{"lang", "documents", "min_df", "df": [[count, "term\\tterm..."], ...]}`` over
  ``tokens.terms`` (Vietnamese tone-folded syllables and syllable pairs, English stems);
* ``data/colloc-vi.json``, the Vietnamese collocation table
  (``tools/learn_collocations.py``): ``{"lang", "documents", "pairs": [[df, "a b"], ...]}``.

When no ``df-LANG.json`` is shipped, the collocation table's pair frequencies stand in
(Vietnamese), or every term weighs the same (English): the hook is :func:`load`.
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib.resources import files
from typing import Any


class DocFreq:
    """``idf(term) = log((N + 1) / (df + 1))``; unknown terms count as rare (``min_df``)."""

    __slots__ = ("documents", "min_df", "table")

    def __init__(self, documents: int, min_df: int, table: dict[str, int]) -> None:
        self.documents = documents
        self.min_df = min_df
        self.table = table

    def idf(self, term: str) -> float:
        """Inverse document frequency of a term."""
        return self.idf_of(self.table.get(term, self.min_df))

    def idf_of(self, df: int) -> float:
        """Inverse document frequency of a term found in ``df`` documents."""
        return math.log((self.documents + 1) / (df + 1))


def _read(name: str) -> Any:
    resource = files("tomtat") / "data" / name
    if not resource.is_file():
        return None
    return json.loads(resource.read_text(encoding="utf-8"))


@cache
def collocations(lang: str) -> dict[str, int]:
    """Two-syllable words (``"a b"``, tone-folded) -> the number of articles using them."""
    raw = _read(f"colloc-{lang}.json")
    if raw is None:
        return {}
    return {pair: df for df, pair in raw["pairs"]}


@cache
def counts(lang: str) -> tuple[int, int, dict[str, int]] | None:
    """``(documents, min_df, term -> document frequency)`` of ``data/df-LANG.json``, read
    once for the scorer and the keywords (``None`` when not shipped). Not to be mutated."""
    raw = _read(f"df-{lang}.json")
    if raw is None:
        return None
    table: dict[str, int] = {}
    for count, terms in raw["df"]:  # terms come grouped by their document frequency
        table.update(dict.fromkeys(terms.split("\t"), count))
    return int(raw["documents"]), int(raw.get("min_df", 1)), table


@cache
def load(lang: str) -> DocFreq:
    """The shipped document frequencies for ``lang``, else the best stand-in."""
    shipped = counts(lang)
    if shipped is not None:
        return DocFreq(*shipped)
    pairs = collocations(lang)
    raw_pairs = _read(f"colloc-{lang}.json") if pairs else None
    if raw_pairs is not None:
        # the table holds only frequent pairs: anything else is rarer than its rarest
        return DocFreq(int(raw_pairs["documents"]), min(pairs.values()), pairs)
    return DocFreq(1, 0, {})
