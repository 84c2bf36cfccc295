"""A bounded memo table for the per-word work of the hot paths (tokens, keywords, officials)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """A pure function's results, kept for the first ``limit`` distinct arguments met;
    later arguments are computed each time, so an archive's growing vocabulary cannot
    grow the table without bound.

    A dict hit is Python's fastest look-up, and ``map(memo.__getitem__, words)`` runs in C
    for every word met before: only a new one takes a Python step. Entries are only ever
    added, each a pure function of its key, so threads may share a table (a reader never
    sees a wrong or a vanishing entry).
    """

    __slots__ = ("compute", "limit")

    def __init__(self, compute: Callable[[K], V], limit: int) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: K) -> V:
        value = self.compute(key)
        if len(self) < self.limit:
            self[key] = value
        return value
