"""The tokeniser: words, abbreviations with their period, possessives split off."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, chain
from operator import attrgetter, itemgetter
from typing import NamedTuple

from tomtat.memo import Memo
from tomtat.officials.data import both
from tomtat.officials.keys import word_key

TOKEN = re.compile(
    r"(?:[Tt]hen|[Ee]x|[Vv]ice)-(?=[^\W\d_])"  # then-President, ex-minister
    r"|(?:[^\W\d_]\.){2,}(?:[^\W\d_](?!\w))?"  # U.S., H.W., D.C.
    r"|\w+(?:[-'’]\w+)*"
    r"|[^\w\s]"
)
POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True, slots=True)
class Tok:
    """A token's text and what the matcher asks of it; one shared object per text.

    A slotted class rather than a NamedTuple: the matcher reads these fields a thousand
    times an article, and the interpreter reads a slot fast but a tuple's field through
    the generic attribute lookup."""

    text: str
    key: str
    cap: bool
    word: bool
    name: str  # key as a name word: "al-Assad" -> "assad", "Sen." ending a sentence -> "sen"


CAP = attrgetter("cap")  # a Tok's capital, for map() over a sentence's tokens


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


class Run(NamedTuple):
    """The tokens of a run of text without white space, and the steps from the start of
    each to its end and on to the next one's start: its length, then 0 (the next token
    follows it) or, for the last, 1 (the space that usually follows a run)."""

    toks: tuple[Tok, ...]
    steps: tuple[int, ...]


def split_run(run: str) -> Run:
    """The tokens of ``run`` (no white space in it).

    A run is tokenised on its own: no token holds white space and the tokens of a run
    follow each other with none between, so the text's tokens are its runs' tokens, and
    a period can only join the token just before it in the same run ("Sen.")."""
    texts = [run] if run.isalnum() else TOKEN.findall(run)  # isalnum: the regex's \w
    for k in range(len(texts) - 1, -1, -1):  # from the end: the indices before k stay valid
        tok = texts[k]
        if tok[-2:] in POSSESSIVE and len(tok) > 2 and tok[0].isalnum():
            texts[k : k + 1] = [tok[:-2], tok[-2:]]
    # "Sen" + "." -> "Sen.", "J" + "." -> "J." (a merged token never merges again)
    abbrev = abbreviations()
    for k in range(len(texts) - 1, 0, -1):
        prev = texts[k - 1]
        if texts[k] == "." and (prev.lower() in abbrev or (len(prev) == 1 and prev.isupper())):
            texts[k - 1 : k + 1] = [prev + "."]
    steps = [step for text in texts for step in (len(text), 0)]
    steps[-1] = 1
    return Run(tuple(map(make_tok, texts)), tuple(steps))


# each distinct run tokenised once (a dict hit is the fastest lookup), up to 65,536 runs
_RUNS = Memo(split_run, 1 << 16)
# Run.toks, Run.steps: an index is read faster than a field's name
_TOKS = itemgetter(0)
_STEPS = itemgetter(1)


class Sent:
    """A sentence's tokens and their character offsets in the sentence.

    The offsets are worked out on first use: most tokenised sentences name nobody and
    never need them, and adding up every token's steps costs more than looking up the
    tokens."""

    __slots__ = ("_offsets", "_parts", "_runs", "_text", "toks")

    def __init__(self, text: str, runs: list[str], parts: list[Run]) -> None:
        self.toks: list[Tok] = list(chain.from_iterable(map(_TOKS, parts)))
        self._text = text
        self._runs = runs
        self._parts = parts
        self._offsets: tuple[list[int], list[int]] | None = None

    @property
    def starts(self) -> list[int]:
        """Where each token starts."""
        return self.offsets()[0]

    @property
    def ends(self) -> list[int]:
        """Where each token ends."""
        return self.offsets()[1]

    def offsets(self) -> tuple[list[int], list[int]]:
        if self._offsets is None:
            self._offsets = _offsets(self._text, self._runs, self._parts)
        return self._offsets


def tokenize(text: str) -> Sent:
    """The tokens of ``text`` with their offsets ("Sen." and "U.S." one token, "'s" apart)."""
    # most runs were met before: a text is mostly dict lookups (the regex engine's cost per
    # character is a hundred times that of ``str.split``)
    runs = text.split()
    return Sent(text, runs, list(map(_RUNS.__getitem__, runs)))


def _offsets(text: str, runs: list[str], parts: list[Run]) -> tuple[list[int], list[int]]:
    """The start and end of each token of ``text``, given its runs and their tokens."""
    if len(text) == sum(map(len, runs)) + len(runs) - 1:  # one space between runs
        # start, end, next start, ...: the steps added up
        bounds = list(accumulate(chain.from_iterable(map(_STEPS, parts)), initial=0))
        return bounds[:-1:2], bounds[1::2]
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for run, part in zip(runs, parts, strict=True):
        pos = text.find(run, pos)
        for tok in part.toks:
            starts.append(pos)
            pos += len(tok.text)
            ends.append(pos)
    return starts, ends
