"""Language detection and the shipped word lists each language needs."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

LANGS = ("vi", "en")

# Letters that only Vietnamese uses among Latin-script languages we meet in news:
# đ, ơ, ư, ă plus the tone-marked vowels that French/Spanish/Portuguese lack.
_VI_CHARS = re.compile(
    "[đĐơƠưƯăĂ"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)
# Everything but letters ([^\W\d_]): what is left after removing it is the letters.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
# Above this share of letters only Vietnamese uses, the text is Vietnamese: its prose has
# one every ~5-8 letters; English quoting a Vietnamese name has a handful in thousands.
VI_SHARE = 0.02


def _head(text: str, sample: int) -> str:
    head = text[:sample]
    if not unicodedata.is_normalized("NFC", head):
        head = unicodedata.normalize("NFC", head)
    return head


def detect(text: str, sample: int = 2000) -> str:
    """Return ``"vi"`` when the text carries Vietnamese diacritics, else ``"en"``."""
    return _detect(_head(text, sample))


# a batch record is identified when read, then detected again once cleaned, after the
# rest of its chunk (batch.STAGE_CHUNK records) has been read too
@lru_cache(maxsize=512)
def _detect(head: str) -> str:
    """The language of a normalised head of text: Vietnamese when more than VI_SHARE of
    its letters are letters only Vietnamese uses."""
    vi = len(_VI_CHARS.findall(head))
    if not vi:
        return "en"
    # Counting the letters costs five times the search above: a share of every
    # character above VI_SHARE is a share of the letters above it too (letters <= len)
    if vi / len(head) > VI_SHARE:
        return "vi"
    return "vi" if vi / _letters(head) > VI_SHARE else "en"


def _letters(head: str) -> int:
    return len(_NOT_LETTERS.sub("", head))


# Letters of the Latin script (Basic Latin, Latin-1, Extended-A/B, IPA, Extended
# Additional where Vietnamese lives), and letters outside it.
_LATIN_RANGES = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_NOT_LATIN = re.compile(f"[^{_LATIN_RANGES}]+")
_OTHER_LETTER = re.compile(f"[^\\W\\d_{_LATIN_RANGES}]")
# English prose: these words are about a quarter of all words; French, Spanish or
# German news has almost none of them.
_EN_FUNCTION = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "that",
        "for",
        "on",
        "with",
        "was",
        "as",
        "by",
        "at",
        "it",
        "he",
        "his",
        "are",
        "from",
        "be",
        "has",
        "have",
        "this",
        "said",
        "not",
        "an",
        "or",
        "but",
        "were",
        "its",
        "which",
        "will",
        "their",
        "they",
        "been",
        "who",
        "had",
        "after",
        "would",
        "i",
        "we",
        "you",
        "she",
        "her",
        "more",
        "than",
        "there",
    ]
)
_WORDS = re.compile(r"[^\W\d_]+")
MIN_WORDS_TO_JUDGE = 30
JUDGE_CHARS = 600  # of the head: about a hundred words of English prose
MIN_EN_FUNCTION_SHARE = 0.08
MIN_LATIN_SHARE = 0.5


def identify(text: str, sample: int = 2000) -> str:
    """``"vi"``, ``"en"``, or ``"und"`` for text that is clearly neither.

    Neither: most letters outside the Latin script (Chinese, Russian, Thai, ...), or
    at least MIN_WORDS_TO_JUDGE Latin-script words without Vietnamese diacritics among
    which English function words are rare (French, Spanish, German, ...). Short or
    letterless text is given the benefit of the doubt (English).
    """
    head = _head(text, sample)
    if _other_script(head):
        return "und"
    lang = _detect(head)
    if lang == "vi":
        return lang
    # the function words are judged on the first hundred words or so: enough to tell
    # English (a quarter of its words) from French or German (a few in a hundred), at a
    # third of the cost of the whole head. The head lower-cased has the same words
    # lower-cased but for "İ", whose lower case is two characters, the second no letter
    start = head[:JUDGE_CHARS]
    if "İ" in start:
        words = [w.lower() for w in _WORDS.findall(start)]
    else:
        words = _WORDS.findall(start.lower())
    if len(words) >= MIN_WORDS_TO_JUDGE:
        share = sum(map(_EN_FUNCTION.__contains__, words)) / len(words)
        if share < MIN_EN_FUNCTION_SHARE:
            return "und"
    return lang


def _other_script(head: str) -> bool:
    """Are most of the head's letters (of at least 10) outside the Latin script?"""
    # a letter outside it is rare in Latin-script text, and finding one is cheap: only
    # then count (every letter of a head without one is Latin)
    if head.isascii() or not _OTHER_LETTER.search(head):
        return False
    letters = _letters(head)
    return letters >= 10 and len(_NOT_LATIN.sub("", head)) < MIN_LATIN_SHARE * letters


def resolve(lang: str, text: str) -> str:
    """Turn ``"auto"`` into a concrete language for this text (``"vi"`` or ``"en"``)."""
    return detect(text) if lang == "auto" else lang


def require_supported(lang: str, text: str) -> None:
    """The CLI's check before summarising with ``--lang auto``.

    The library summarises any text (as English when it is not Vietnamese); the
    command line refuses text that is clearly neither language instead of printing
    a meaningless summary.

    Raises:
        UnsupportedLanguageError: ``lang`` is ``"auto"`` and the text is neither.
    """
    if lang == "auto" and identify(text) == "und":
        from tomtat.errors import UnsupportedLanguageError

        raise UnsupportedLanguageError(
            "the text is neither Vietnamese nor English; --lang vi or --lang en"
            " summarises it anyway"
        )


@cache
def stopwords(lang: str) -> frozenset[str]:
    """Lower-cased stopwords for a language (multi-word Vietnamese entries kept as phrases).

    stopwordsiso's lists, shipped as ``data/stopwords-LANG.txt`` (tools/ship_stopwords.py):
    importing stopwordsiso reads every language it has. Other languages come from it.
    """
    from importlib.resources import files

    resource = files("tomtat").joinpath(f"data/stopwords-{lang}.txt")
    if resource.is_file():
        lines = resource.read_text(encoding="utf-8").splitlines()
        return frozenset(w for w in lines if w and not w.startswith("#"))
    import stopwordsiso

    return frozenset(w.lower() for w in stopwordsiso.stopwords(lang))


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# oa, oe, uy closing a syllable (not the u of "qu"): the only places where old and
# new orthography put the tone on different letters (hòa/hoà, thủy/thuỷ)
_MOVABLE = re.compile(r"(?<![qQ])(?:[oO][aAeE]|[uU][yY])$")


@lru_cache(maxsize=100_000)
def fold_tone(syllable: str) -> str:
    """One spelling for a syllable whose tone mark may sit on either of two vowels.

    Old and new orthography differ only for a final "oa", "oe" or "uy" ("hòa"/"hoà",
    "ủy"/"uỷ"); this puts the tone on the first of the two, as most Vietnamese
    news does, and leaves every other syllable as it is.
    """
    if syllable.isascii():
        return syllable
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in _TONE_MARKS]
    if len(tones) != 1:
        return syllable
    bare = unicodedata.normalize("NFC", decomposed.replace(tones[0], ""))
    m = _MOVABLE.search(bare)
    if m is None:
        return syllable
    at = m.start()
    return unicodedata.normalize("NFC", bare[: at + 1] + tones[0] + bare[at + 1 :])
