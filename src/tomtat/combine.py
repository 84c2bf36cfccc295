"""Who's who across many articles: merge each article's officials into one row a person.

Pure and streaming: :class:`Combiner` takes one article's officials at a time and keeps
one record per person (memory grows with people, not with articles).

Merging rules:

* the same person is the same *folded* full name: case, accents, tone placement and
  honorifics ("ông", "Mr.") are ignored, so "Lại Thế Nguyên" and "LẠI THẾ NGUYÊN" merge;
* a short form ("Phúc", "Trump", "Xuân Phúc": the last words of longer names) joins a
  longer name only when exactly one longer name of the whole input ends with it;
* two different full names never merge.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from tomtat.models import Keyword, Official

HONORIFICS = frozenset(
    [
        "ông",
        "bà",
        "anh",
        "chị",
        "cô",
        "chú",
        "bác",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "madam",
        "mister",
    ]
)
_NOT_NAME = re.compile(r"[^\w\s]")
KEYWORD_TABLE = 20_000  # distinct keywords tracked at most (the weakest are dropped)


def fold(text: str) -> str:
    """Lower case, no accents or tone marks (đ -> d), single spaces, no punctuation."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_NAME.sub(" ", bare).split())


_HONORIFIC_KEYS = frozenset(fold(h) for h in HONORIFICS)


def name_key(name: str) -> tuple[str, ...]:
    """A name's folded words without leading honorifics."""
    words = fold(name).split()
    while len(words) > 1 and words[0] in _HONORIFIC_KEYS:
        words = words[1:]
    return tuple(words)


@dataclass(frozen=True, slots=True)
class Person:
    """One person across the input.

    ``titles`` are ``(title, articles)`` pairs, most frequent first; ``first`` and
    ``last`` are the first and last article (source or id) naming the person.
    """

    name: str
    titles: tuple[tuple[str, int], ...]
    articles: int
    mentions: int
    first: str
    last: str
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class _Record:
    forms: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    title_forms: dict[str, Counter[str]] = field(default_factory=dict)
    articles: int = 0
    mentions: int = 0
    first: tuple[int, str] = (0, "")
    last: tuple[int, str] = (0, "")

    def merge(self, other: _Record) -> None:
        self.forms.update(other.forms)
        self.titles.update(other.titles)
        for key, forms in other.title_forms.items():
            self.title_forms.setdefault(key, Counter()).update(forms)
        self.articles += other.articles
        self.mentions += other.mentions
        self.first = min(self.first, other.first)
        self.last = max(self.last, other.last)


class Combiner:
    """Accumulates officials (and keywords) article by article."""

    def __init__(self) -> None:
        self._people: dict[tuple[str, ...], _Record] = {}
        self._keywords: dict[str, list[float]] = {}
        self._keyword_forms: dict[str, Counter[str]] = {}
        self.articles = 0

    def add(
        self, ref: str, officials: Iterable[Official], keywords: Iterable[Keyword] = ()
    ) -> None:
        """One article's officials and keywords; ``ref`` names the article."""
        order = self.articles
        self.articles += 1
        seen: dict[tuple[str, ...], _Record] = {}
        for o in officials:
            key = name_key(o.name)
            if not key:
                continue
            rec = seen.get(key)
            if rec is None:
                rec = seen[key] = _Record(first=(order, ref), last=(order, ref), articles=1)
            rec.forms[o.name] += 1
            rec.mentions += o.mentions
            for title in o.titles:
                tkey = fold(title)
                if tkey in rec.title_forms:
                    rec.title_forms[tkey][title] += 1
                    continue
                rec.titles[tkey] += 1
                rec.title_forms[tkey] = Counter({title: 1})
        for key, rec in seen.items():
            known = self._people.get(key)
            if known is None:
                self._people[key] = rec
            else:
                known.merge(rec)
        for kw in keywords:
            k = fold(kw.text)
            entry = self._keywords.setdefault(k, [0.0, 0])
            entry[0] += kw.score
            entry[1] += 1
            self._keyword_forms.setdefault(k, Counter())[kw.text] += 1
        if len(self._keywords) > 2 * KEYWORD_TABLE:
            keep = sorted(self._keywords, key=lambda x: -self._keywords[x][0])[:KEYWORD_TABLE]
            self._keywords = {k: self._keywords[k] for k in keep}
            self._keyword_forms = {k: self._keyword_forms[k] for k in keep}

    def people(self, min_articles: int = 1) -> list[Person]:
        """Everyone, short forms resolved, ranked by articles, then mentions."""
        merged = dict(self._people)
        keys = sorted(merged, key=len)
        longest = {k for k in keys if not any(_ends(other, k) for other in keys)}
        for key in keys:
            if key in longest:
                continue
            fits = [other for other in longest if _ends(other, key)]
            if len(fits) == 1:
                merged[fits[0]].merge(merged.pop(key))
        out = [_person(rec) for rec in merged.values() if rec.articles >= min_articles]
        out.sort(key=lambda p: (-p.articles, -p.mentions, fold(p.name), p.name))
        return out

    def keywords(self, k: int) -> tuple[Keyword, ...]:
        """The keywords of the whole input: summed per-article scores, best first."""
        ranked = sorted(self._keywords.items(), key=lambda x: (-x[1][0], x[0]))[:k]
        if not ranked:
            return ()
        top = ranked[0][1][0] or 1.0
        return tuple(
            Keyword(self._keyword_forms[key].most_common(1)[0][0], round(v[0] / top, 3))
            for key, v in ranked
        )


def _ends(longer: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return len(longer) > len(short) and longer[-len(short) :] == short


def _person(rec: _Record) -> Person:
    # the fullest form: most words, then the most frequent spelling
    forms = sorted(rec.forms.items(), key=lambda x: (-len(x[0].split()), -x[1], x[0]))
    name = forms[0][0]
    titles = sorted(rec.titles.items(), key=lambda x: (-x[1], x[0]))
    return Person(
        name=name,
        titles=tuple((rec.title_forms[t].most_common(1)[0][0], n) for t, n in titles),
        articles=rec.articles,
        mentions=rec.mentions,
        first=rec.first[1],
        last=rec.last[1],
        aliases=tuple(f for f, _ in forms[1:]),
    )
