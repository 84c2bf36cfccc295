"""The one normal form of article text: NFC, without invisible zero-width characters.

Web and CMS text carries zero-width spaces and joiners (U+200B-U+200D, U+2060, U+FEFF)
inside words and names ("Nguyễn\\u200b Văn An"); they are invisible to a reader but
split words for a tokenizer. Every stage sees text in this form, so what tomtat quotes
is the article as a reader sees it.
"""

from __future__ import annotations

import unicodedata

_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH_CHARS))


def clean(text: str) -> str:
    """``text`` in NFC with zero-width characters removed."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        # str.translate looks every character up: only when there is one to remove
        if any(c in text for c in _ZERO_WIDTH_CHARS):
            text = text.translate(_ZERO_WIDTH)
    return text
