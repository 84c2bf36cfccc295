"""Language detection and the shipped word lists each language needs."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

LANGS = ("vi", "en")

# Letters that only Vietnamese uses among Latin-script languages we meet in news:
# đ, ơ, ư, ă plus the tone-marked vowels that French/Spanish/Portuguese lack.
_VI_CHARS = re.compile(
    "[đĐơƠưƯăĂ"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)
_LETTERS = re.compile(r"[^\W\d_]")


def detect(text: str, sample: int = 4000) -> str:
    """Return ``"vi"`` when the text carries Vietnamese diacritics, else ``"en"``."""
    head = unicodedata.normalize("NFC", text[:sample])
    letters = len(_LETTERS.findall(head))
    if letters == 0:
        return "en"
    vi = len(_VI_CHARS.findall(head))
    # Vietnamese prose has one such letter every ~5-8 letters; English quoting a
    # Vietnamese name has a handful in thousands.
    return "vi" if vi / letters > 0.02 else "en"


def resolve(lang: str, text: str) -> str:
    """Turn ``"auto"`` into a concrete language for this text."""
    return detect(text) if lang == "auto" else lang


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Lower-cased stopwords for a language (multi-word Vietnamese entries kept as phrases)."""
    import stopwordsiso

    return frozenset(w.lower() for w in stopwordsiso.stopwords(lang))
