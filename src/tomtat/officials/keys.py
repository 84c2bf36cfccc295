"""Matching keys: one form for a word however its case and tone marks are written."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """Lower-case ``word`` with its tone mark moved to the end ("uỷ" == "ủy" -> "uy3")."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = ""
    kept = []
    for ch in decomposed:
        mark = _TONES.get(ch)
        if mark is None:
            kept.append(ch)
        else:
            tone = mark
    return unicodedata.normalize("NFC", "".join(kept)) + tone


_TONE_DEL = {ord(c): None for c in _TONES}
WORDS = re.compile(r"[^\W\d_]+")


def toneless(text: str) -> str:
    """Lower-case ``text`` without tone marks (a fast whole-sentence form of :func:`word_key`)."""
    return unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", text.lower()).translate(_TONE_DEL)
    )


# Fast folding. In "safe" text (NFC, no free-standing combining marks, no "İ") folding
# is a per-character map: a ``str.translate`` over the lower-cased text.
_FOLD_RANGES = ((0x0000, 0x0500), (0x1E00, 0x2000), (0x2100, 0x2150))
UNSAFE = re.compile(
    "[\u0130\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u1e38\u1e39\u1e5c\u1e5d]"
)


@cache
def fold_table() -> dict[int, str]:
    """Lower-case character -> its folded form, where the two differ."""
    table: dict[int, str] = {}
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi):
            low = chr(cp).lower()
            if len(low) == 1 and not UNSAFE.match(low):
                folded = toneless(low)
                if folded != low and len(folded) == 1:
                    table[ord(low)] = folded
    return table


@cache
def fold_leads() -> tuple[bytes, ...]:
    """UTF-8 openings of every character :func:`fold_table` changes (absent: no folding)."""
    leads = set()
    for cp in fold_table():
        raw = chr(cp).encode("utf-8")
        leads.add(raw[:1] if len(raw) == 2 else raw[:2])
    return tuple(sorted(leads))


@lru_cache(maxsize=1 << 16)
def strip_accents(text: str) -> str:
    """Lower-case ``text`` without any diacritic ("Phạm" -> "pham")."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Vietnamese syllable shape (tones already removed by word_key): tells a Vietnamese or
# Sino-Vietnamese name ("Tập Cận Bình") from a foreign one ("Donald Trump").
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?[1-5]?"
)


@lru_cache(maxsize=1 << 16)  # the regex costs thousands of instructions; keys recur
def is_vi_syllable(key: str) -> bool:
    """Whether a folded word has the shape of a Vietnamese syllable."""
    return _VI_SYLLABLE.fullmatch(key) is not None
