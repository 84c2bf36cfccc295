"""Test helper: write Vietnamese text the way Windows-1258 files hold it."""

from __future__ import annotations

import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258: base letters precomposed, tone marks combining after them."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            tones = [m for m in marks if m in _TONES]
            rest = [m for m in marks if m not in tones]
            out += unicodedata.normalize("NFC", base + "".join(rest)).encode("cp1258")
            out += "".join(tones).encode("cp1258")
    return bytes(out)
