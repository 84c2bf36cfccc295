"""Turn a sentence into the normalised terms the scorer counts."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from tomtat.lang import fold_tone, stopwords
from tomtat.memo import Memo

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A wire-style dateline opening an article: "WASHINGTON (CNN) --", "London, England
# (Reuters) -", "(AP) --": an optional place, the agency in parentheses, then a dash.
_DATELINE = re.compile(r"^(?:[^\W\d_][^()\n]{0,60}?\s)?\([^\W\d_][^()\n]{0,25}\)\s*(?:--|[-–—])\s+")


@cache
def _vi_stop() -> tuple[frozenset[str], frozenset[str]]:
    # Stopwords and text are compared on tone-folded syllables ("uỷ" = "ủy").
    words = [" ".join(fold_tone(p) for p in w.split(" ")) for w in stopwords("vi")]
    single = frozenset(w for w in words if " " not in w)
    double = frozenset(w for w in words if w.count(" ") == 1)
    return single, double


_NUMBER = ("", False)  # a token of digits: neither a term nor part of a pair


def _vi_syllable(tok: str) -> tuple[str, bool]:
    """A syllable's tone-folded form and whether it is a content syllable (_NUMBER for a
    number)."""
    if tok.isdigit():
        return _NUMBER
    folded = fold_tone(tok)
    return folded, folded not in _vi_stop()[0]


# a few tens of thousands of syllables and the numbers met
_VI_SYLLABLES = Memo(_vi_syllable, 200_000)


@cache
def _en_stop() -> frozenset[str]:
    return stopwords("en")


@lru_cache(maxsize=100_000)  # bounded: an archive's vocabulary keeps growing
def _stem(word: str) -> str:
    return _porter().stem(word) if len(word) > 3 else word


@cache
def _porter() -> PorterStemmer:
    from tomtat.nltk_lean import porter

    stemmer: PorterStemmer = porter().PorterStemmer()
    return stemmer


def strip_dateline(text: str) -> str:
    """``text`` without a leading wire-style dateline ("NEW YORK (CNN) -- ")."""
    return _DATELINE.sub("", text, count=1)


def _piece_words(piece: str) -> tuple[str, ...]:
    """The words of a lower-cased token (text between spaces): most are one word
    (``isalnum`` is exactly ``[^\\W_]+``); only the others need the regex."""
    return (piece,) if piece.isalnum() else tuple(_WORD.findall(piece))


_PIECES = Memo(_piece_words, 200_000)


def _vi_piece(piece: str) -> tuple[tuple[str, bool], ...]:
    """:func:`_vi_syllable` of each word of a lower-cased piece (see :func:`words`).

    Its words are split here, not looked up in _PIECES: this memo holds the result, and
    going through _PIECES would keep every Vietnamese piece in two memos."""
    return tuple(map(_VI_SYLLABLES.__getitem__, _piece_words(piece)))


_VI_PIECES = Memo(_vi_piece, 200_000)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits, apostrophes kept inside words)."""
    # No token spans a space, so the text can be cut at spaces first and each piece's
    # words looked up (in C: map and chain, no Python step per piece met before)
    return list(chain.from_iterable(map(_PIECES.__getitem__, text.lower().split())))


def terms(text: str, lang: str) -> list[str]:
    """Content terms of ``text``: stopwords and numbers out.

    Vietnamese writes one syllable per token, so besides content syllables the
    terms include adjacent-syllable bigrams ("bảo vệ", "nền tảng"), which stand in
    for multi-syllable words without a segmentation model.
    """
    return analyse(text, lang)[0]


def analyse(text: str, lang: str) -> tuple[list[str], int]:
    """``(terms(text, lang), len(words(text)))`` from a single pass over the text."""
    if lang == "vi":
        double = _vi_stop()[1]
        # each piece's syllables looked up at once (in C), as words() looks its words up
        syllables = list(chain.from_iterable(map(_VI_PIECES.__getitem__, text.lower().split())))
        out: list[str] = []
        prev: str | None = None
        prev_content = False
        for folded, content in syllables:
            if not folded:  # a number
                prev = None
                continue
            if content:
                out.append(folded)
            if prev is not None and (content or prev_content):
                pair = f"{prev} {folded}"
                if pair not in double:
                    out.append(pair)
            prev, prev_content = folded, content
        return out, len(syllables)
    toks = words(text)
    # looked up in C (map); only tokens not met before take a Python step
    return list(filter(None, map(_EN_TERMS.__getitem__, toks))), len(toks)


def _en_term(tok: str) -> str | None:
    """An English token's term, its stem (None: a stopword, a number or one letter)."""
    word = tok[:-2] if tok.endswith(("'s", "’s")) else tok
    if word not in _en_stop() and not word.isdigit() and len(word) > 1:
        return _stem(word)
    return None


_EN_TERMS = Memo(_en_term, 200_000)
