"""The speed pre-filter: which sentences may name an official, before any tokenising."""

from __future__ import annotations

import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from itertools import chain, pairwise
from typing import NamedTuple

from tomtat.models import Sentence
from tomtat.officials.data import raw
from tomtat.officials.keys import UNSAFE, WORDS, fold_leads, fold_table, toneless
from tomtat.officials.lexicon import Lexicon, head_phrases, lexicon
from tomtat.officials.tokens import Sent, tokenize

# ASCII that is no letter -> space, but newline (it joins sentences) -> NUL; others kept
CHUNK_BYTES = bytes(b if (97 <= b <= 122 or b >= 128) else 0 if b == 10 else 32 for b in range(256))


class Memo:
    """What the screen learnt of the chunks it has seen; entries are only ever added.

    Every entry is a pure function of its chunk, so a reader never sees a wrong one;
    a full memo is replaced by a fresh one, never cleared, so a call that holds the old
    one keeps a consistent view. Learning takes a lock; reading needs none.
    """

    __slots__ = ("by_run", "closers", "first", "hit", "known", "runs", "second", "trigger")

    def __init__(self) -> None:
        self.runs: dict[bytes, tuple[str, ...]] = {}
        self.hit: set[bytes] = set()
        self.first: set[bytes] = set()
        self.second: set[bytes] = set()
        self.known: set[bytes] = set()
        self.trigger: set[bytes] = set()
        self.by_run: dict[str, set[bytes]] = {}  # letter run -> the chunks that hold it
        self.closers: dict[str, set[bytes]] = {}  # first word -> chunks that can follow it


class Chunked(NamedTuple):
    """An article's sentences as chunks, and the memo that knows every one of them."""

    sentences: list[list[bytes]]
    memo: Memo


class Screen:
    """The sentences that hold a position word, found by lexicon-word lookups.

    Exactly :func:`may_hold_title` on safe text, without folding every sentence: the
    lower-cased article is cut at ASCII non-letters into chunks (UTF-8 bytes); each
    distinct chunk's letter runs are folded once and remembered (:class:`Memo`), with
    whether a run is a position word by itself, opens a two-word one (last run) or
    closes one (first run).

    Besides, a sentence passes only if a chunk holds the first letter run of a position
    word or an honorific (``triggers``): :func:`find_hits` finds nothing without one, so
    such sentences need no tokens either.
    """

    def __init__(self, head_words: frozenset[str], triggers: frozenset[str] | None) -> None:
        self.singles = frozenset(w for w in head_words if w and " " not in w)
        self.pairs = frozenset(w for w in head_words if " " in w)
        self.firsts = frozenset(w.split(" ")[0] for w in self.pairs)
        self.seconds = frozenset(w.split(" ")[1] for w in self.pairs)
        self.opened_by: dict[str, list[str]] = {}  # second word -> the first words before it
        for w in sorted(self.pairs):
            a, b = w.split(" ")
            self.opened_by.setdefault(b, []).append(a)
        self.triggers = triggers  # None: every sentence may hold one
        self._memo = Memo()
        self._learning = threading.Lock()

    def _learn(self, memo: Memo, chunk: bytes, folded: str) -> None:
        """Learn ``chunk``, given as :func:`toneless` folds it."""
        runs = tuple(WORDS.findall(folded))
        memo.runs[chunk] = runs
        for run in runs:
            memo.by_run.setdefault(run, set()).add(chunk)
        if runs:
            pairs = self.pairs
            if not self.singles.isdisjoint(runs) or (
                len(runs) > 1 and any(f"{a} {b}" in pairs for a, b in pairwise(runs))
            ):
                memo.hit.add(chunk)
            if runs[-1] in self.firsts:
                memo.first.add(chunk)
            if runs[0] in self.seconds:
                memo.second.add(chunk)
                for a in self.opened_by[runs[0]]:
                    memo.closers.setdefault(a, set()).add(chunk)
            if self.triggers is None or not self.triggers.isdisjoint(runs):
                memo.trigger.add(chunk)
        memo.known.add(chunk)  # last: a known chunk is fully learnt

    def _memo_for(self, chunks: list[bytes]) -> Memo:
        """A memo that knows every chunk of ``chunks``."""
        memo = self._memo
        if memo.known.issuperset(chunks):
            return memo
        with self._learning:
            memo = self._memo
            if len(memo.known) > 1 << 17:
                memo = self._memo = Memo()
            new = list(set(chunks) - memo.known)  # each chunk object hashed once, here
            # one call folds them all: folding maps each character on its own (the text is
            # safe) and never makes or moves a space, which no chunk holds
            folded = toneless(b" ".join(new).decode("utf-8")).split(" ")
            for chunk, text in zip(new, folded, strict=True):
                self._learn(memo, chunk, text)
        return memo

    def check(self, text: bytes, count: int) -> tuple[list[bool], Chunked]:
        """``text``: the article lower-cased, in UTF-8, mapped by CHUNK_BYTES (sentences end
        at NUL). For each of its ``count`` sentences: whether it may hold a position word;
        and the article's chunks."""
        chunked = [sentence.split() for sentence in text.split(b"\0", count - 1)]
        memo = self._memo_for(list(chain.from_iterable(chunked)))
        hit, first, second, trigger = memo.hit, memo.first, memo.second, memo.trigger
        out = []
        for part in chunked:
            if trigger.isdisjoint(part):
                out.append(False)
            elif not hit.isdisjoint(part):
                out.append(True)
            elif first.isdisjoint(part) or second.isdisjoint(part):
                out.append(False)
            else:
                out.append(self._pair_across(part, memo))
        return out, Chunked(chunked, memo)

    def _pair_across(self, chunks: list[bytes], memo: Memo) -> bool:
        """A two-word position whose words are in different chunks ("chủ tịch")."""
        runs, pairs, closers = memo.runs, self.pairs, memo.closers
        n = len(chunks)
        for chunk in memo.first.intersection(chunks):
            closing = closers.get(runs[chunk][-1])
            if closing is None or closing.isdisjoint(chunks):
                continue  # nothing here can close the position this chunk opens
            opening = runs[chunk][-1] + " "
            i = -1
            while True:
                try:
                    i = chunks.index(chunk, i + 1)
                except ValueError:
                    break
                j = i + 1
                while j < n and not runs[chunks[j]]:
                    j += 1
                if j < n and opening + runs[chunks[j]][0] in pairs:
                    return True
        return False


@cache
def screen_for(lang: str) -> Screen:
    """The screen of one language's lexicon."""
    words = raw(lang)
    phrases = [
        *head_phrases(lang),
        *words.get("heads_cap", []),
        *words.get("honorifics", []),
        *words.get("lead_verbs", []),
    ]
    firsts = [tokenize(p).toks[:1] for p in phrases]
    runs = [WORDS.findall(toneless(t[0].text))[:1] if t else [] for t in firsts]
    # a phrase opening without a letter would make every sentence a candidate
    triggers = frozenset(r[0] for r in runs) if all(runs) else None
    return Screen(lexicon(lang).head_words, triggers)


class Body:
    """The body sentences, tokenised lazily (most sentences never need tokens)."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.items = [(s.index, s.text) for s in sentences]
        self._tokens: dict[int, Sent] = {}
        texts = [text for _, text in self.items]
        self._joined = "\n".join(texts)
        self._lower = self._joined.lower()
        try:
            self._utf8 = self._lower.encode("utf-8")
        except UnicodeEncodeError:
            self._utf8 = b""
        # safe: folding is a per-character map (see UNSAFE); one line per sentence ("in"
        # finds a newline with memchr, faster than counting them)
        self.safe = (
            bool(self._utf8)
            and (
                latin1(self._joined)
                or (
                    UNSAFE.search(self._joined) is None
                    and unicodedata.is_normalized("NFC", self._joined)
                )
            )
            and "\n" not in "".join(texts)
        )
        self._folded: tuple[str, list[int]] | None = None
        self._chunked: Chunked | None = None

    def screen(self, lex: Lexicon) -> list[bool]:
        """Whether each sentence may name an official (see :func:`may_hold_title`)."""
        if not self.items:
            return []
        if self.safe:
            screen = screen_for(lex.lang)
            flags, self._chunked = screen.check(self._utf8.translate(CHUNK_BYTES), len(self.items))
            return flags
        folded, starts = self._fold()
        ends = [s - 1 for s in starts[1:]] + [len(folded)]
        return [may_hold_title(lex, folded[s:e]) for s, e in zip(starts, ends, strict=True)]

    def tokens(self, index: int, text: str) -> Sent:
        toks = self._tokens.get(index)
        if toks is None:
            toks = self._tokens[index] = tokenize(text)
        return toks

    def _fold(self) -> tuple[str, list[int]]:
        """All sentences folded (:func:`toneless`), joined by newlines; their offsets."""
        if self._folded is None:
            if self.safe:  # a per-character map: offsets are the text's own
                parts = [text for _, text in self.items]
                utf8 = self._utf8
                if any(lead in utf8 for lead in fold_leads()):
                    folded = self._lower.translate(fold_table())
                else:
                    folded = self._lower
            else:
                parts = [toneless(text) for _, text in self.items]
                folded = "\n".join(parts)
            starts: list[int] = []
            pos = 0
            for part in parts:
                starts.append(pos)
                pos += len(part) + 1
            self._folded = (folded, starts)
        return self._folded

    def _with_runs(self, words: set[str]) -> set[int]:
        """The sentences with a letter run (see WORDS) in ``words``."""
        if self._chunked is not None:
            chunked, memo = self._chunked
            by_run = memo.by_run
            chunks = set().union(*(by_run.get(w, ()) for w in words))
            return {k for k, part in enumerate(chunked) if not chunks.isdisjoint(part)}
        folded, starts = self._fold()
        ends = [s - 1 for s in starts[1:]] + [len(folded)]
        return {
            k
            for k, (s, e) in enumerate(zip(starts, ends, strict=True))
            if not words.isdisjoint(WORDS.findall(folded[s:e]))
        }

    def with_words(self, keys: Iterable[str], *, as_words: bool) -> list[tuple[int, Sent]]:
        """Tokens of the sentences that hold one of the word ``keys`` (tone marks aside).

        With ``as_words``, a key made of letters (the usual case) is looked up among the
        sentence's letter runs; any other key ("o'neill"), or every key without
        ``as_words``, is searched as a substring of the folded text ("an" in "ban").
        """
        words = {k.rstrip("0123456789") for k in keys}
        words.discard("")
        letters = {w for w in words if w.isalpha()} if as_words else set()
        words -= letters
        found: set[int] = set()
        if letters:
            found = self._with_runs(letters)
        if not words:
            items = self.items
            return [(items[k][0], self.tokens(items[k][0], items[k][1])) for k in sorted(found)]
        folded, starts = self._fold()
        last = len(starts) - 1
        for w in words:
            pos = folded.find(w)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                found.add(k)
                if k >= last:
                    break
                pos = folded.find(w, starts[k + 1])
        items = self.items
        return [(items[k][0], self.tokens(items[k][0], items[k][1])) for k in sorted(found)]


def latin1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100. Such text holds no UNSAFE
    character and is NFC (a test checks both), so it skips those two scans: encoding it
    is a copy, while the regex's character class costs hundreds of instructions a
    character of it."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def may_hold_title(lex: Lexicon, toneless: str) -> bool:
    """Cheap test: does a sentence contain the first one or two words of a position?"""
    words = WORDS.findall(toneless)
    heads = lex.head_words
    if not heads.isdisjoint(words):
        return True
    return any(f"{a} {b}" in heads for a, b in pairwise(words))
