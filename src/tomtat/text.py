"""The one normal form of article text: NFC, without invisible zero-width characters,
punctuation mojibake repaired.

Web and CMS text carries zero-width spaces and joiners (U+200B-U+200D, U+2060, U+FEFF)
inside words and names ("Nguyễn\\u200b Văn An"); they are invisible to a reader but
split words for a tokenizer. Pages and archives also carry UTF-8 punctuation that was
once read as Windows-1252: "claimedâ€”in" for "claimed—in", "â€™" for "’" (41 of the
3,344 English train articles). Every stage sees text in this form, so what tomtat quotes is
the article as a reader sees it.
"""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH_CHARS))


# The three bytes of a UTF-8 general punctuation mark (U+2000-U+203F: dashes, quotes,
# bullet, ellipsis, primes) read as Windows-1252: "â€" and the character of the last
# byte. Nothing else writes "â€" (a circumflex a before a euro sign), so it is repaired
# wherever it decodes; other mojibake ("Ã©" for "é") is left: "Ã" and "Â" followed by
# such a character also occur in correct Vietnamese ("NGÃ" before a no-break space).
_PUNCTUATION_MOJIBAKE = re.compile("â€(.)", re.DOTALL)


def _punctuation(found: re.Match[str]) -> str:
    last = found.group(1)
    try:  # Windows-1252 gives 0x80-0x9F other characters; above, it is Latin-1
        byte = last.encode("cp1252") if ord(last) > 0xFF else bytes([ord(last)])
        return (b"\xe2\x80" + byte).decode("utf-8")
    except (UnicodeError, ValueError):  # no byte, or not a continuation byte
        return found.group()


def clean(text: str) -> str:
    """``text`` in NFC with zero-width characters removed and punctuation mojibake
    repaired."""
    if not text.isascii():
        if "â€" in text:
            text = _PUNCTUATION_MOJIBAKE.sub(_punctuation, text)
        text = unicodedata.normalize("NFC", text)
        # str.translate looks every character up: only when there is one to remove
        if any(c in text for c in _ZERO_WIDTH_CHARS):
            text = text.translate(_ZERO_WIDTH)
    return text
