"""Turn a sentence into the normalised terms the scorer counts."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from tomtat.lang import stopwords

if TYPE_CHECKING:
    from nltk.stem.porter import PorterStemmer

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@cache
def _vi_stop() -> tuple[frozenset[str], frozenset[str]]:
    words = stopwords("vi")
    single = frozenset(w for w in words if " " not in w)
    double = frozenset(w for w in words if w.count(" ") == 1)
    return single, double


@cache
def _en_stop() -> frozenset[str]:
    return stopwords("en")


@cache
def _stem(word: str) -> str:
    return _porter().stem(word) if len(word) > 3 else word


@cache
def _porter() -> PorterStemmer:
    from tomtat.nltk_lean import porter

    stemmer: PorterStemmer = porter().PorterStemmer()
    return stemmer


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits, apostrophes kept inside words)."""
    return _WORD.findall(text.lower())


def terms(text: str, lang: str) -> list[str]:
    """Content terms of ``text``: stopwords and numbers out.

    Vietnamese writes one syllable per token, so besides content syllables the
    terms include adjacent-syllable bigrams ("bảo vệ", "nền tảng"), which stand in
    for multi-syllable words without a segmentation model.
    """
    toks = words(text)
    if lang == "vi":
        single, double = _vi_stop()
        out: list[str] = []
        prev: str | None = None
        for tok in toks:
            if tok.isdigit():
                prev = None
                continue
            content = tok not in single
            if content:
                out.append(tok)
            if prev is not None:
                pair = f"{prev} {tok}"
                if pair not in double and (content or prev not in single):
                    out.append(pair)
            prev = tok
        return out
    stop = _en_stop()
    out = []
    for tok in toks:
        if tok.endswith(("'s", "’s")):
            tok = tok[:-2]
        if tok not in stop and not tok.isdigit() and len(tok) > 1:
            out.append(_stem(tok))
    return out
