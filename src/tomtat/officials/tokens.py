"""The tokeniser: words, abbreviations with their period, possessives split off."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

from tomtat.officials.data import both
from tomtat.officials.keys import word_key

TOKEN = re.compile(
    r"(?:[Tt]hen|[Ee]x|[Vv]ice)-(?=[^\W\d_])"  # then-President, ex-minister
    r"|(?:[^\W\d_]\.){2,}(?:[^\W\d_](?!\w))?"  # U.S., H.W., D.C.
    r"|\w+(?:[-'’]\w+)*"
    r"|[^\w\s]"
)
POSSESSIVE = ("'s", "’s")


class Tok(NamedTuple):
    """A token's text and what the matcher asks of it; one shared object per text."""

    text: str
    key: str
    cap: bool
    word: bool
    name: str  # key as a name word: "al-Assad" -> "assad", "Sen." ending a sentence -> "sen"


class Sent(NamedTuple):
    """A sentence's tokens and their character offsets in the sentence."""

    toks: list[Tok]
    starts: list[int]
    ends: list[int]


@cache
def abbreviations() -> frozenset[str]:
    """Words whose trailing period belongs to them ("Sen.", "TP."), lower-cased."""
    return frozenset(w.lower() for w in both("abbreviations"))


@cache
def particles() -> frozenset[str]:
    """Lower-case words inside a name ("Bashar al-Assad", "Vicente Diaz de Villegas")."""
    return frozenset(word_key(w) for w in both("name_particles"))


@lru_cache(maxsize=1 << 16)
def make_tok(text: str) -> Tok:
    """The token for ``text``; one shared object per text while it stays cached."""
    if text in POSSESSIVE:  # only ever split off a word ("Obama's")
        return Tok(text, "'s", False, False, "'s")
    first = text[0]
    key = word_key(text)
    head, sep, rest = key.partition("-")
    name = rest if sep and rest and head + "-" in particles() else key
    if len(text) > 3 and text[-1] == "." and text[:-1].isalpha():
        name = name[:-1]  # "Sen." ending "Hun Sen.": the sentence's period, not the name's
    return Tok(text, key, first.isupper(), first.isalnum() or text[-1].isalnum(), name)


class _TokenTable(dict[str, Tok]):
    """The first ``limit`` distinct token texts met, interned for good (a dict hit is the
    fastest lookup); later ones go through :func:`make_tok`'s LRU cache.

    Entries are only ever added, each a pure function of its text, so threads may share
    the table: a reader never sees a wrong or a vanishing entry.
    """

    limit = 1 << 16

    def __missing__(self, text: str) -> Tok:
        tok = make_tok(text)
        if len(self) < self.limit:
            self[text] = tok
        return tok


_TABLE = _TokenTable()
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
# TOKEN without its first two branches, and what any text they match holds ("then-",
# "ex-", "vice-"; ".X." of "U.S."): most sentences hold neither, and the plain pattern
# splits them in a third less time (its possessive quantifiers and lookahead change no
# match: they spare the regex engine backtracking states and tries at white space)
_PLAIN_SPLIT = re.compile(r"((?=\S)(?:\w++(?:[-'’]\w++)*+|[^\w\s]))")
_PREFIXED = re.compile(r"(?:[Tt]hen|[Ee]x|[Vv]ice)-")
_INITIALS = re.compile(r"\.[^\W\d_]\.")


def tokenize(text: str) -> Sent:
    """The tokens of ``text`` with their offsets ("Sen." and "U.S." one token, "'s" apart)."""
    special = _INITIALS.search(text) or ("-" in text and _PREFIXED.search(text))
    # white space, token, white space, ..., white space
    pieces = (_TOKEN_SPLIT if special else _PLAIN_SPLIT).split(text)
    texts = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))
    starts = bounds[:-1:2]
    ends = bounds[1::2]
    if "'s" in text or "’s" in text:
        owners = [
            k
            for k, tok in enumerate(texts)
            if tok[-2:] in POSSESSIVE and len(tok) > 2 and tok[0].isalnum()
        ]
        for k in reversed(owners):  # from the end: the indices before k stay valid
            tok = texts[k]
            texts[k : k + 1] = [tok[:-2], tok[-2:]]
            starts.insert(k + 1, ends[k] - 2)
            ends.insert(k, ends[k] - 2)
    if "." in texts:
        # "Sen" + "." -> "Sen.", "J" + "." -> "J." (a merged token never merges again)
        dots: list[int] = []
        k = 0
        for _ in range(texts.count(".") - (texts[0] == ".")):  # a period opening the text stays
            k = texts.index(".", k + 1)
            dots.append(k)
        abbrev = abbreviations()
        for k in reversed(dots):
            prev = texts[k - 1]
            if ends[k - 1] == starts[k] and (
                prev.lower() in abbrev or (len(prev) == 1 and prev.isupper())
            ):
                texts[k - 1 : k + 1] = [prev + "."]
                ends[k - 1 : k + 1] = [ends[k]]
                del starts[k]
    return Sent(list(map(_TABLE.__getitem__, texts)), starts, ends)
