"""Vietnamese legacy encodings: VISCII decoding and picking the likeliest 8-bit decoding.

Python has no VISCII codec; the table below is RFC 1456's VISCII, generated
once from glibc's iconv (``iconv -f VISCII -t UTF-8`` over bytes 0..255).
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata

VISCII_TABLE = (
    "\u0000\u0001\u1eb2\u0003\u0004\u1eb4\u1eaa\u0007\u0008\u0009\u000a\u000b"
    "\u000c\u000d\u000e\u000f\u0010\u0011\u0012\u0013\u1ef6\u0015\u0016\u0017"
    "\u0018\u1ef8\u001a\u001b\u001c\u001d\u1ef4\u001f !\u0022#"
    "$%&'()*+,-./"
    "0123456789:;"
    "<=>?@ABCDEFG"
    "HIJKLMNOPQRS"
    "TUVWXYZ[\u005c]^_"
    "`abcdefghijk"
    "lmnopqrstuvw"
    "xyz{|}~\u007f\u1ea0\u1eae\u1eb0\u1eb6"
    "\u1ea4\u1ea6\u1ea8\u1eac\u1ebc\u1eb8\u1ebe\u1ec0\u1ec2\u1ec4\u1ec6\u1ed0"
    "\u1ed2\u1ed4\u1ed6\u1ed8\u1ee2\u1eda\u1edc\u1ede\u1eca\u1ece\u1ecc\u1ec8"
    "\u1ee6\u0168\u1ee4\u1ef2\u00d5\u1eaf\u1eb1\u1eb7\u1ea5\u1ea7\u1ea9\u1ead"
    "\u1ebd\u1eb9\u1ebf\u1ec1\u1ec3\u1ec5\u1ec7\u1ed1\u1ed3\u1ed5\u1ed7\u1ee0"
    "\u01a0\u1ed9\u1edd\u1edf\u1ecb\u1ef0\u1ee8\u1eea\u1eec\u01a1\u1edb\u01af"
    "\u00c0\u00c1\u00c2\u00c3\u1ea2\u0102\u1eb3\u1eb5\u00c8\u00c9\u00ca\u1eba"
    "\u00cc\u00cd\u0128\u1ef3\u0110\u1ee9\u00d2\u00d3\u00d4\u1ea1\u1ef7\u1eeb"
    "\u1eed\u00d9\u00da\u1ef9\u1ef5\u00dd\u1ee1\u01b0\u00e0\u00e1\u00e2\u00e3"
    "\u1ea3\u0103\u1eef\u1eab\u00e8\u00e9\u00ea\u1ebb\u00ec\u00ed\u0129\u1ec9"
    "\u0111\u1ef1\u00f2\u00f3\u00f4\u00f5\u1ecf\u1ecd\u1ee5\u00f9\u00fa\u0169"
    "\u1ee7\u00fd\u1ee3\u1eee"
)
assert len(VISCII_TABLE) == 256

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# every non-ASCII lower-case letter of the Vietnamese alphabet
_VI_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưy"
    for tone in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
) | {"đ"}
_WORD = re.compile(r"[^\W\d_]+")


def decode_viscii(data: bytes) -> str:
    """Decode VISCII bytes."""
    return codecs.charmap_decode(data, "strict", VISCII_TABLE)[0]


def _tones(word: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONES)


def _vietnamese_letter(ch: str) -> bool:
    return ch.isascii() or ch.lower() in _VI_LETTERS


def plausibility(text: str) -> float:
    """Share of non-ASCII words that could be Vietnamese syllables.

    A syllable is written in the Vietnamese alphabet, carries at most one tone
    mark and has no capital after its first letter; a wrong 8-bit decoding
    breaks one of those in most words.
    """
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0
    ok = sum(
        1
        for w in words
        if _tones(w) <= 1
        and all(_vietnamese_letter(c) for c in w)
        and not any(c.isupper() for c in w[1:])
    )
    return ok / len(words)


def best_legacy_decoding(data: bytes) -> str | None:
    """Windows-1258 or VISCII, whichever reads as Vietnamese; None if neither does."""
    candidates: list[tuple[float, str]] = []
    with contextlib.suppress(UnicodeDecodeError):
        candidates.append(
            (plausibility(t := unicodedata.normalize("NFC", data.decode("cp1258"))), t)
        )
    t = unicodedata.normalize("NFC", decode_viscii(data))
    candidates.append((plausibility(t), t))
    score, text = max(candidates, key=lambda c: c[0])
    return text if score >= 0.9 else None
