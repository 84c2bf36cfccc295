"""Key officials: named people the article gives a position, with their titles.

Rule-based and lexicon-driven (no statistical tagger, no per-article rules). The
shipped lexicons ``data/officials-{vi,en}.json`` list position words ("Phó Bí thư",
"Sen."), organisation and place phrases that belong to a title, family and given
names, honorifics, academic degrees and the words that end a title. Pattern
families, per sentence (bylines are skipped):

* title before name: ``Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến``, ``Arizona Gov. Jan
  Brewer``, ``Tổng thống Mỹ Donald Trump``, ``the Afghan President, Ashraf Ghani``;
* chained titles: ``Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh``;
* apposition after a name (with or without an honorific), split into titles at
  commas and "kiêm": ``Đồng chí Lại Thế Nguyên, Phó Bí thư ..., Trưởng đoàn ...``,
  ``ông Lê Văn A - Chủ tịch UBND xã``, ``John Smith, the mayor of Springfield``;
* copula: ``ông A là Chủ tịch ...``, ``Sink was Florida's chief financial officer``;
* plural titles over a list: ``Sens. Tom Coburn of Oklahoma and Mike Enzi``.

Short references ("ông Chung", "Chủ tịch Chung", "Obama") are merged into the full
name they stand for and kept as aliases; every occurrence of the name or an alias in
the body counts as a mention. Matching is case- and tone-placement-insensitive
("Tỉnh uỷ" = "Tỉnh ủy"); output text is always sliced from the article as written.
Sentences without a position word are never tokenised for matching, so articles
without officials cost little.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import NamedTuple

from tomtat.models import Document, Official, Sentence, SentenceKind

__all__ = ["extract"]

# --------------------------------------------------------------------------- keys

_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
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
_WORDS = re.compile(r"[^\W\d_]+")


def _toneless(text: str) -> str:
    """Lower-case ``text`` without tone marks (a fast whole-sentence form of :func:`_key`)."""
    return unicodedata.normalize(
        "NFC", unicodedata.normalize("NFD", text.lower()).translate(_TONE_DEL)
    )


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Vietnamese syllable shape (tones already removed by _key): tells a Vietnamese or
# Sino-Vietnamese name ("Tập Cận Bình") from a foreign one ("Donald Trump").
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?[1-5]?"
)


def _is_vi_syllable(key: str) -> bool:
    return _VI_SYLLABLE.fullmatch(key) is not None


# ------------------------------------------------------------------------ tokens

_TOKEN = re.compile(
    r"(?:[Tt]hen|[Ee]x|[Vv]ice)-(?=[^\W\d_])"  # then-President, ex-minister
    r"|(?:[^\W\d_]\.){2,}(?:[^\W\d_](?!\w))?"  # U.S., H.W., D.C.
    r"|\w+(?:[-'’]\w+)*"
    r"|[^\w\s]"
)
# words whose trailing period belongs to them ("Sen.", "TP.")
_ABBREV_WORDS = """
    sen sens rep reps gov govs lt gen gens col maj brig capt sgt cpl adm cmdr mr mrs ms dr
    st jr sr prof rev hon supt det insp pres sec dept inc ltd co corp no vs mt ft tp q p
    tx ts ths pgs gs bs
"""
_ABBREV = frozenset(_ABBREV_WORDS.split())
_POSSESSIVE = ("'s", "’s")


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    key: str
    cap: bool
    word: bool


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    key = _key
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        tok = m.group()
        if tok == "." and out and out[-1].end == s and out[-1].word:
            prev = out[-1]
            low = prev.text.lower()
            if low in _ABBREV or (len(prev.text) == 1 and prev.cap):
                out[-1] = _Tok(
                    prev.text + ".", prev.start, e, _key(prev.text + "."), prev.cap, True
                )
                continue
        if len(tok) > 2 and tok[-2:] in _POSSESSIVE and tok[0].isalnum():
            head = tok[:-2]
            out.append(_Tok(head, s, e - 2, _key(head), head[0].isupper(), True))
            out.append(_Tok(tok[-2:], e - 2, e, "'s", False, False))
            continue
        first = tok[0]
        word = first.isalnum() or (len(tok) > 1 and tok[-1].isalnum())
        out.append(_Tok(tok, s, e, key(tok), first.isupper(), word))
    return out


# ----------------------------------------------------------------------- lexicon

Phrase = tuple[str, ...]


class _Phrases:
    """Multi-word phrases looked up by their first token's key, longest first."""

    __slots__ = ("_by_first",)

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[Phrase]] = {}
        for text in phrases:
            keys = tuple(t.key for t in _tokens(text))
            if keys:
                by_first.setdefault(keys[0], []).append(keys)
        self._by_first = {
            k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in by_first.items()
        }

    def match(self, toks: Sequence[_Tok], i: int) -> int:
        """Length of the longest phrase starting at ``toks[i]`` (0 when none)."""
        cands = self._by_first.get(toks[i].key)
        if not cands:
            return 0
        n = len(toks)
        for phrase in cands:
            m = len(phrase)
            if i + m <= n and all(toks[i + k].key == phrase[k] for k in range(1, m)):
                return m
        return 0

    def __contains__(self, key: object) -> bool:
        return key in self._by_first


@dataclass(frozen=True, slots=True)
class _Lex:
    lang: str
    heads: _Phrases
    heads_lower: _Phrases
    strong_heads: _Phrases
    premods: _Phrases
    honorifics: _Phrases
    places: _Phrases
    stop: _Phrases
    keep_after_org: _Phrases
    surnames: frozenset[str]
    org_words: frozenset[str]
    not_names: frozenset[str]
    not_names_inside: frozenset[str]
    left_lower: frozenset[str]
    admin_units: _Phrases
    degrees: frozenset[str]
    object_markers: _Phrases
    first_names: frozenset[str]
    copulas: _Phrases
    months: frozenset[str]
    quantifiers: frozenset[str]
    speech_verbs: frozenset[str]
    org_names_after: _Phrases
    place_preps: _Phrases
    head_last: frozenset[str] = field(default_factory=frozenset)
    triggers: frozenset[str] = field(default_factory=frozenset)
    head_first: frozenset[str] = field(default_factory=frozenset)
    head_words: frozenset[str] = field(default_factory=frozenset)


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_key(w) for w in words)


@cache
def _raw(lang: str) -> dict[str, list[str]]:
    name = "officials-vi.json" if lang == "vi" else "officials-en.json"
    data = json.loads(resources.files("tomtat").joinpath("data", name).read_text("utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, list)}


@cache
def _lexicon(lang: str) -> _Lex:
    raw = _raw(lang)
    heads = [str(h) for h in raw["heads"]]
    head_last = frozenset(_tokens(h)[-1].key for h in heads if _tokens(h))
    return _Lex(
        lang=lang,
        heads=_Phrases(heads),
        heads_lower=_Phrases(h for h in heads if lang == "vi" or not h[:1].isupper()),
        strong_heads=_Phrases(raw.get("strong_heads", [])),
        premods=_Phrases(raw.get("premods", [])),
        honorifics=_Phrases(raw.get("honorifics", [])),
        places=_Phrases(raw.get("places", [])),
        stop=_Phrases(raw.get("stop", [])),
        keep_after_org=_Phrases(raw.get("keep_after_org", [])),
        surnames=_keys(raw.get("surnames", [])),
        org_words=_keys(raw.get("org_words", [])),
        not_names=_keys(raw.get("not_names", [])),
        # "UN" ends a name run, but "Kim Jong Un" is a name: acronyms only at the start
        not_names_inside=_keys(
            w for w in raw.get("not_names", []) if not (w.isupper() and len(w) > 1)
        ),
        left_lower=_keys(raw.get("left_lower", [])),
        admin_units=_Phrases(raw.get("admin_units", [])),
        degrees=frozenset(_key(w).rstrip(".") for w in raw.get("degrees", [])),
        object_markers=_Phrases(raw.get("object_markers", [])),
        first_names=_keys(raw.get("first_names", []) or _raw("en").get("first_names", [])),
        copulas=_Phrases(raw.get("copulas", [])),
        months=_keys(raw.get("months", [])),
        quantifiers=_keys(raw.get("quantifiers", [])),
        speech_verbs=_keys(raw.get("speech_verbs", [])),
        org_names_after=_Phrases(raw.get("org_names_after", [])),
        place_preps=_Phrases(raw.get("place_preps", [])),
        head_last=head_last,
        head_first=frozenset(_tokens(h)[0].key for h in heads if _tokens(h)),
        head_words=frozenset(" ".join(_WORDS.findall(_toneless(h))[:2]) for h in heads),
        triggers=frozenset(
            _tokens(w)[0].key
            for w in [*heads, *raw.get("premods", []), *raw.get("honorifics", [])]
            if _tokens(w)
        ),
    )


# ---------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Hit:
    """A named person found in one sentence, with the titles given there."""

    name: tuple[int, int]  # token span in the sentence
    titles: list[tuple[int, int]]
    sentence: int
    toks: list[_Tok]
    text: str
    weak: bool = False

    def name_text(self) -> str:
        s, e = self.name
        return self.text[self.toks[s].start : self.toks[e - 1].end]

    def name_keys(self) -> tuple[str, ...]:
        s, e = self.name
        return tuple(_name_key(t) for t in self.toks[s:e])

    def title_texts(self) -> list[str]:
        return [self.text[self.toks[s].start : self.toks[e - 1].end] for s, e in self.titles]


def _name_key(tok: _Tok) -> str:
    """Key of a name token; "al-Assad" and "Assad" are the same name."""
    head, sep, rest = tok.key.partition("-")
    if sep and rest and head + "-" in _PARTICLES:
        return rest
    return tok.key


_JOINERS = frozenset({"-", "–"})
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|La|Le|Du|Van|Von|O'|D')[^\W\d_]*[a-zà-ỹ][A-ZĐ]")
_VI_ONLY = re.compile(
    "[đĐơƠưƯăĂạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)
_VA = _key("và")
_CAC = _key("các")
_ACRONYM = re.compile(r"[^\W\d_]*[A-ZĐ][A-ZĐ]+[^\W\d_]*\.?|[IVXLC]+\.?")


def _is_particle(key: str) -> bool:
    return key in _PARTICLES or key.split("-", 1)[0] + "-" in _PARTICLES


# lower-case words inside a name ("Bashar al-Assad", "Vicente Diaz de Villegas")
_PARTICLE_WORDS = """
    al al- el- bin ibn bint de del della der di da dos van von le la du wa y el abu ben
    mac st.
"""
_PARTICLES = frozenset(_PARTICLE_WORDS.split())


class _Matcher:
    """Pattern matching over one sentence's tokens."""

    def __init__(self, lex: _Lex, toks: list[_Tok]) -> None:
        self.lex = lex
        self.toks = toks
        self.n = len(toks)
        self.vi = lex.lang == "vi"
        self.name_start = 0
        self.cap_head = True  # whether the title just before a name was capitalised

    # -- helpers ------------------------------------------------------------

    def honorific(self, i: int) -> int:
        if i >= self.n:
            return 0
        m = self.lex.honorifics.match(self.toks, i)
        if not m:
            return 0
        tok = self.toks[i]
        # "Anh" mid-sentence is England, not "anh"; capitalised honorifics only open a clause.
        if self.vi and tok.cap and i > 0 and self.toks[i - 1].word and tok.key != "đồng":
            return 0
        if i + m < self.n and self.toks[i + m].cap and self.toks[i + m].word:
            return m
        return 0

    def honorific_skip(self, k: int) -> int:
        """Length of an honorific at ``k`` in front of a name ("Sheikh Hamad")."""
        if self.vi or k >= self.n:
            return 0
        return self.honorific(k)

    def cap_run(self, j: int, limit: int = 6) -> int:
        """End of the run of capitalised words starting at ``j`` (names join on hyphens)."""
        toks, n = self.toks, self.n
        e = j
        while e < n and e - j < limit:
            t = toks[e]
            if t.word and (t.cap or (e > j and _is_particle(t.key))):
                if (
                    e > j
                    and not self.vi
                    and t.cap
                    and (t.key in self.lex.not_names_inside or self.lex.heads.match(toks, e) >= 2)
                ):
                    break  # "Zimbabwe Prime Minister" is no name
                e += 1
                continue
            if (
                t.text in _JOINERS
                and e > j
                and e + 1 < n
                and toks[e + 1].word
                and toks[e].start == toks[e - 1].end + 1
                and not _is_vi_syllable(toks[e + 1].key)
                and toks[e + 1].start == t.end + 1
                and not self.lex.places.match(toks, e + 1)
                and not _is_vi_syllable(toks[e - 1].key)
            ):
                e += 2
                continue
            break
        # never end on a particle
        while e > j and not toks[e - 1].cap and toks[e - 1].key in _PARTICLES:
            e -= 1
        return e

    def is_degree(self, j: int) -> bool:
        parts = [p for p in self.toks[j].key.split(".") if p]
        return bool(parts) and all(p in self.lex.degrees for p in parts)

    def skip_degrees(self, j: int) -> int:
        while j < self.n and (self.is_degree(j) or self.toks[j].text == "."):
            j += 1
        return j

    def place_split(self, j: int) -> int:
        """After "tỉnh"/"xã"/"TP": how many capitalised tokens from ``j`` are the place name."""
        p = self.is_place(j)
        if p:
            return p
        run = self.cap_run(j)
        length = run - j
        if self.toks[j].key in self.lex.first_names:
            return 0  # "Hạ viện Paul Ryan": a person, not the organisation's name
        if length <= 2:
            return length
        sur = self.lex.surnames
        if self.toks[j].key in sur and length <= 4:
            return 0
        for k in (2, 3, 1):
            rest = length - k
            if self.toks[j + k].key in sur and 2 <= rest <= 4 and (k > 1 or rest >= 3):
                return k
        return length

    def is_place(self, j: int) -> int:
        return self.lex.places.match(self.toks, j)

    def name_at(self, j: int, *, after_title: bool) -> int:
        """End of a person name starting at ``j`` (0 when none)."""
        if j >= self.n:
            return 0
        t = self.toks[j]
        if not (t.word and t.cap) or t.key in self.lex.not_names or self.is_degree(j):
            return 0
        if self.vi and (_ACRONYM.fullmatch(t.text) or any(c.isdigit() for c in t.text)):
            return 0
        if _CAMEL.search(t.text):  # OceanBank, iPhone: brands
            return 0
        if self.is_place(j) or self.lex.heads.match(self.toks, j):
            return 0
        run = self.cap_run(j)
        length = run - j
        if self.vi:
            if t.key in self.lex.surnames and _is_vi_syllable(t.key):
                if 2 <= length <= 4:
                    return run
                if length == 1 and j + 1 < self.n and self.toks[j + 1].text.endswith("."):
                    return run
                return 0
            if t.key in self.lex.first_names or (not _is_vi_syllable(t.key) and len(t.text) > 1):
                # a foreign name: no Vietnamese-only letters ("Vicem Bút Sơn" is a company)
                if any(_VI_ONLY.search(x.text) for x in self.toks[j:run]):
                    return 0
                return run
            return 0
        # English
        if length >= 2:
            return run
        if (
            after_title
            and self.cap_head
            and not t.text.isupper()
            and t.key not in self.lex.months
            and not (run < self.n and self.toks[run].key == "of")
        ):
            return run
        return 0

    def head(self, i: int) -> tuple[int, int]:
        """``(start, end)`` of [premods] head at ``i``; ``(i, i)`` when none."""
        best = i
        j = i
        for _ in range(4):
            if j >= self.n:
                break
            heads = self.lex.heads if self.toks[j].cap else self.lex.heads_lower
            h = heads.match(self.toks, j)
            if h:
                best = max(best, j + h)
            m = self.lex.premods.match(self.toks, j)
            if not m:
                break
            j += m
        return (i, best)

    # -- Vietnamese title extension ---------------------------------------------

    def extend_vi(self, j: int, start: int) -> tuple[int, int]:
        """Extend a title whose head ends at ``j``; returns (title_end, name_end)."""
        toks, n, lex = self.toks, self.n, self.lex
        lower_run = 0
        limit = start + 18
        end = j
        while j < n and j < limit:
            t = toks[j]
            if not t.word:
                if t.text in _JOINERS | {"&", "/"} and j + 1 < n and toks[j + 1].word:
                    if self.head(j + 1)[1] > j + 1:  # "Thứ trưởng ... - Chủ tịch ..."
                        break
                    if toks[j + 1].cap or toks[j + 1].text[0].isdigit():
                        j += 1
                        continue
                if t.text == "(":
                    close = self._paren_org(j)
                    if close:
                        j = end = close
                        continue
                break
            if self.honorific(j):
                break
            if t.cap and j > start and (self._after_admin(j) or self._after_org(j)):
                k = self.place_split(j)
                if k:
                    j = end = j + k
                    lower_run = 0
                    continue
            if t.cap or t.text[0].isdigit():
                if self.is_degree(j):
                    j = self.skip_degrees(j)
                    continue
                name_end = self.name_at(j, after_title=True)
                if name_end:
                    self.name_start = j
                    return end, name_end
                p = self.is_place(j)
                j = end = j + (p or 1)
                lower_run = 0
                continue
            if t.key == "kiêm":  # "X kiêm Y": a second title
                break
            if (
                t.key == _VA
                and j + 1 < n
                and toks[j + 1].cap
                and not self.honorific(j + 1)
                and not self.name_at(j + 1, after_title=True)
                and not self.head(j + 1)[1] > j + 1
            ):
                j += 1
                continue
            prep = lex.place_preps.match(toks, j)
            if prep and j + prep < n and self.is_place(j + prep):
                j = end = j + prep + self.is_place(j + prep)
                continue
            stop = lex.stop.match(toks, j)
            if stop:
                prev = toks[j - 1].key if j > 0 else ""
                keep = lex.keep_after_org.match(toks, j)
                if not (keep and prev in lex.org_words):
                    break
                j = end = j + keep
                continue
            lower_run += 1
            if lower_run > 4:
                break
            j += 1
            end = j
        return end, 0

    def _after_admin(self, j: int) -> bool:
        toks = self.toks
        for back in (1, 2, 3):
            k = j - back
            if k >= 0 and self.lex.admin_units.match(toks, k) == back:
                # "bản"/"xã" are admin words only in lower case; "TP"/"TX" are abbreviations
                return not toks[k].cap or toks[k].text.rstrip(".").isupper()
        return False

    def _after_org(self, j: int) -> bool:
        for back in (1, 2, 3):
            if j - back >= 0 and self.lex.org_names_after.match(self.toks, j - back) == back:
                return True
        return False

    def _paren_org(self, j: int) -> int:
        toks = self.toks
        for k in range(j + 1, min(self.n, j + 8)):
            if toks[k].text == ")":
                inner = toks[j + 1 : k]
                if (
                    inner
                    and inner[0].cap
                    and not any(self.lex.stop.match(toks, x) for x in range(j + 1, k))
                    and not any(self.name_at(x, after_title=True) for x in range(j + 1, k))
                ):
                    return k + 1
                return 0
        return 0

    # -- English title extension ------------------------------------------------

    def left_en(self, s: int) -> int:
        """Extend a title leftwards over modifiers ("Arizona", "former", "Israeli")."""
        toks, lex = self.toks, self.lex
        while s > 0:
            t = toks[s - 1]
            if t.key == "'s" and s >= 2 and toks[s - 2].cap:
                s -= 2
                continue
            if t.word and t.cap:
                if t.key in _EN_LEFT_BLOCK or self.honorific(s - 1):
                    break
                if s - 1 == 0 or not toks[s - 2].word or toks[s - 2].key in _EN_SOFT:
                    s -= 1
                    continue
                # a capitalised word mid-sentence: keep unless it ends someone's name
                if toks[s - 2].cap and toks[s - 2].key not in lex.not_names:
                    break
                s -= 1
                continue
            if t.word and (t.key in lex.left_lower or t.key.endswith("-")):
                s -= 1
                continue
            if t.key == "of" and s >= 2 and toks[s - 2].cap and s < self.n and toks[s].cap:
                s -= 1
                continue
            break
        # do not start on "of"/possessive
        while s < self.n and (toks[s].key in {"of", "'s", "and"}):
            s += 1
        return s

    def extend_en(self, j: int) -> int:
        """Extend an English title rightwards over an ``of``/``for`` complement."""
        toks, n, lex = self.toks, self.n, self.lex
        end = j
        k = j
        if k < n and toks[k].key in {"of", "for", "at", "to", "in"}:
            k += 1
            if k < n and toks[k].key == "the":
                k += 1
            start = k
            lower = 0
            while k < n and k - start < 7:
                t = toks[k]
                if t.word and not t.cap and not lex.stop.match(toks, k) and lower < 2:
                    # "spokesman for the group", "envoy for Middle East peace"
                    if t.key not in lex.left_lower:
                        lower += 1
                    k += 1
                    end = k
                    continue
                if t.word and (t.cap or t.key in lex.left_lower) and not lex.stop.match(toks, k):
                    if t.key in lex.first_names and self.name_at(k, after_title=False):
                        break
                    k += 1
                    end = k
                    continue
                if t.key == "'s":
                    k += 1
                    continue
                if t.key in {"of", "and", "for", "the"} and k + 1 < n and toks[k + 1].cap:
                    k += 1
                    continue
                break
        return end

    # -- patterns ---------------------------------------------------------------

    def title_at(self, i: int, *, apposition: bool) -> tuple[int, int, int]:
        """A title starting at ``i``: (start, end, name_end) -- name_end when a name follows."""
        if self.vi:
            s, h = self.head(i)
            if h == s:
                return (i, i, 0)
            end, name_end = self.extend_vi(h, s)
            return (s, end, name_end)
        # English apposition: "(the|a|an) <mods> head <complement>"
        k = i
        if apposition and k < self.n and self.toks[k].key in {"the", "a", "an"}:
            k += 1
        s = k
        for j in range(k, min(self.n, k + 7)):
            hs, he = self.head(j)
            if he > hs:
                # everything between s and j must be modifiers
                for x in range(s, j):
                    t = self.toks[x]
                    if not (
                        t.cap
                        or t.key == "'s"
                        or (x + 1 < j and self.toks[x + 1].key == "'s")
                        or t.key in self.lex.left_lower
                        or t.key.endswith("-")
                        or self.lex.premods.match(self.toks, x)
                    ):
                        return (i, i, 0)
                while he < self.n and self.head(he)[1] > he:
                    he = self.head(he)[1]
                if he < self.n and self.toks[he].key == "'s":  # "the president's adviser"
                    continue
                end = self.extend_en(he)
                if apposition and self.name_at(end, after_title=True):
                    return (i, i, 0)  # "..., spokeswoman Victoria Nuland": her title
                if apposition and end < self.n and self.toks[end].key in self.lex.speech_verbs:
                    return (i, i, 0)  # "..., a spokeswoman for the family said."
                return (s, end, 0)
            t = self.toks[j]
            if not t.word and t.key != "'s":
                break
        return (i, i, 0)

    def appositions(self, k: int) -> tuple[list[tuple[int, int]], int]:
        """Titles following a name that ends at ``k``: ", title, title", " - title", "(title)"."""
        toks, n = self.toks, self.n
        titles: list[tuple[int, int]] = []
        while k < n:
            t = toks[k]
            cop = 0 if titles else self.lex.copulas.match(toks, k)
            if (
                cop
                or t.text in {",", "-", "–", "("}
                or t.key == "kiêm"
                or (t.key in {_VA, "and"} and titles)
            ):
                s, e, name_end = self.title_at(k + max(cop, 1), apposition=True)
                if e <= s or name_end:
                    break
                if not self.vi and titles and t.key not in {"and", ","}:
                    break
                titles.append((s, e))
                k = e
                if t.text == "(" and k < n and toks[k].text == ")":
                    k += 1
                if not self.vi:
                    break
                continue
            break
        return titles, k


_EN_LEFT_BLOCK = frozenset(
    _key(w)
    for w in [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "As",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "There",
        "Here",
        "What",
        "Who",
        "Democratic",
        "Republican",
        "Democrat",
        "Republicans",
        "Democrats",
        "GOP",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "CNN",
        "Meanwhile",
        "However",
        "Then",
        "Now",
        "Also",
        "Last",
        "Earlier",
        "Later",
        "Both",
    ]
)
_EN_SOFT = frozenset(_key(w) for w in ("the", "a", "an", "and", "by", "with", "of", "to", "for"))


def _find_hits(lex: _Lex, toks: list[_Tok], sentence: str, index: int) -> list[_Hit]:
    m = _Matcher(lex, toks)
    hits: list[_Hit] = []
    n = len(toks)
    # titles chained before a name: "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh"
    pending: list[tuple[int, int]] = []
    pending_next = -1
    i = 0
    triggers = lex.triggers
    while i < n:
        t = toks[i]
        if not (t.cap or t.key in triggers):
            i += 1
            continue
        if pending and i > pending_next:
            pending = []
        # pattern A: title then name
        if t.word:
            s, e, ns, ne = _title_then_name(m, i)
            if e > s:
                chain = pending if pending and s == pending_next else []
                if ne:
                    titles, after = m.appositions(ne)
                    hits.append(_Hit((ns, ne), [*chain, (s, e), *titles], index, toks, sentence))
                    hits.extend(_coordinated(m, after, (s, e), index, sentence))
                    pending = []
                    i = after
                    continue
                nxt = _chain_next(m, e)
                if nxt and not (m.vi and not chain and _object_before(m, s)):
                    pending = [*chain, (s, e)]
                    pending_next = nxt
                if lex.lang == "vi":
                    i = max(i + 1, e)
                    continue
        # honorific + name (+ apposition)
        hon = m.honorific(i)
        if hon:
            ns = m.skip_degrees(i + hon)
            if m.head(ns)[1] > ns:  # "đồng chí Phó Bí thư ... Lại Thế Nguyên"
                i = ns
                continue
            ne = m.cap_run(ns, 5) if ns < n and toks[ns].cap else ns
            if ne > ns:
                titles, after = m.appositions(ne)
                hits.append(_Hit((ns, ne), titles, index, toks, sentence))
                i = after
                continue
        # bare name + apposition: "Lê Văn A, Chủ tịch UBND tỉnh, cho biết"
        if (
            t.word
            and t.cap
            and (
                i == 0
                or not (toks[i - 1].word and toks[i - 1].cap)
                or m.is_degree(i - 1)
                or toks[i - 1].key in lex.not_names
            )
        ):
            ne = m.name_at(i, after_title=False)
            if not ne and not m.vi and t.key not in lex.not_names and not m.head(i)[1] > i:
                ne = i + 1 if m.cap_run(i) == i + 1 else 0
            if (
                ne
                and ne < n
                and (toks[ne].text in {",", "-", "–", "("} or lex.copulas.match(toks, ne))
            ):
                titles, after = m.appositions(ne)
                if titles:
                    # a one-word name without an honorific ("Volodin, Chủ tịch Duma") only
                    # counts when the article names that person in full elsewhere
                    hits.append(_Hit((i, ne), titles, index, toks, sentence, weak=ne - i < 2))
                    i = after
                    continue
        i += 1
    return hits


def _title_then_name(m: _Matcher, i: int) -> tuple[int, int, int, int]:
    """A title at ``i`` and the name right after it: (title start, end, name start, end)."""
    toks, n = m.toks, m.n
    if m.vi:
        s, e, name_end = m.title_at(i, apposition=False)
        if e <= s:
            return (i, i, 0, 0)
        if name_end:
            return (s, e, m.name_start, name_end)
        # "Chủ tịch UBND TP, ông Nguyễn Thành Phong"
        k = e + 1 if e < n and toks[e].text == "," else e
        hon = m.honorific(k)
        if hon and k > e and not _object_before(m, s) and not _plural_before(m, s):
            return (s, e, k + hon, m.cap_run(k + hon, 5))
        return (s, e, 0, 0)
    hs, he = m.head(i)
    if he <= hs:
        return (i, i, 0, 0)
    while he < n and m.head(he)[1] > he:
        he = m.head(he)[1]
    end = m.extend_en(he)
    s = m.left_en(hs)
    comma_ok = end > he or any(toks[x].key in {"the", "a", "an"} for x in range(max(0, s - 3), s))
    k = end + 1 if end < n and toks[end].text == "," and comma_ok else end
    m.cap_head = any(m.lex.strong_heads.match(toks, x) == he - x for x in range(hs, he))
    k += m.honorific_skip(k)
    name_end = m.name_at(k, after_title=True) if k < n else 0
    m.cap_head = True
    return (s, end, k, name_end) if name_end else (s, end, 0, 0)


def _chain_next(m: _Matcher, e: int) -> int:
    """Where the next title of a chain starts after a title ending at ``e`` (0: no chain)."""
    toks, n = m.toks, m.n
    if e >= n or toks[e].key not in ({",", "kiêm"} if m.vi else {",", "and"}):
        return 0
    j = e + 1
    if m.vi:
        return j if j < n and m.head(j)[1] > j else 0
    for k in range(j, min(n, j + 4)):
        if m.head(k)[1] > k:
            return j
        if not toks[k].cap:
            return 0
    return 0


def _plural_before(m: _Matcher, s: int) -> bool:
    """ "bầu 2 Phó Chủ tịch", "các Trưởng ban": several unnamed holders."""
    if s == 0:
        return False
    prev = m.toks[s - 1]
    return prev.text.isdigit() or prev.key in m.lex.quantifiers


def _object_before(m: _Matcher, s: int) -> bool:
    for back in (1, 2):
        if s - back >= 0 and m.lex.object_markers.match(m.toks, s - back) == back:
            return True
    return False


def _coordinated(
    m: _Matcher, k: int, title: tuple[int, int], index: int, sentence: str
) -> list[_Hit]:
    """Plural titles cover a list: "Sens. Tom Coburn of Oklahoma and Mike Enzi"."""
    toks = m.toks
    s, e = title
    last = toks[e - 1].text.rstrip(".")
    if not (last.endswith("s") and not last.endswith("ss")) and not (
        m.vi and s > 0 and toks[s - 1].key == _CAC
    ):
        return []
    out: list[_Hit] = []
    n = m.n
    while k < n:
        if toks[k].key in {"of", "from"} and k + 1 < n and toks[k + 1].cap:
            k = m.cap_run(k + 1)
            continue
        if toks[k].key in {",", "and", _VA} and k + 1 < n:
            j = k + 1
            if j < n and toks[j].key == "and":
                j += 1
            ne = m.name_at(j, after_title=False)
            if ne:
                out.append(_Hit((j, ne), [title], index, toks, sentence))
                k = ne
                continue
        break
    return out


# ----------------------------------------------------------------------- persons


@dataclass(slots=True)
class _Person:
    keys: tuple[str, ...]
    name: str
    titles: list[str] = field(default_factory=list)
    title_keys: list[tuple[str, ...]] = field(default_factory=list)
    aliases: dict[tuple[str, ...], str] = field(default_factory=dict)
    first: tuple[int, int] = (0, 0)
    mentions: int = 0
    first_mention: tuple[int, int] | None = None
    weak: bool = False

    def add_titles(self, texts: Iterable[str]) -> None:
        for text in texts:
            tkey = tuple(_strip_accents(t.text).rstrip(".") for t in _tokens(text) if t.word)
            if not tkey or tkey in self.title_keys:
                continue
            self.titles.append(text)
            self.title_keys.append(tkey)


def _prune_titles(p: _Person) -> tuple[str, ...]:
    """Drop a title that is a prefix of a longer title of the same person."""
    keep: list[str] = []
    for text, tkey in zip(p.titles, p.title_keys, strict=True):
        longer = any(
            other != tkey and len(other) > len(tkey) and other[: len(tkey)] == tkey
            for other in p.title_keys
        )
        if not longer:
            keep.append(text)
    return tuple(keep)


def _is_sub(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` is the start, the end or (one word) any word of ``full``."""
    if len(short) >= len(full):
        return False
    m = len(short)
    return full[:m] == short or full[-m:] == short or (m == 1 and short[0] in full)


def _alias_candidates(p: _Person) -> list[tuple[str, ...]]:
    """Short forms a person may be referred to by: last word, first word, last two words."""
    keys = p.keys
    out: list[tuple[str, ...]] = []
    if len(keys) >= 2:
        out.append(keys[-1:])
        out.append(keys[:1])
        if len(keys) >= 3:
            out.append(keys[-2:])
    return [a for a in out if a[-1] not in _WEAK_ALIAS]


_WEAK_ALIAS = frozenset({"jr.", "sr.", "ii", "iii", "iv", "van", "de", "al", "bin"})


def _count_mentions(lex: _Lex, persons: list[_Person], sents: list[tuple[int, list[_Tok]]]) -> None:
    """Count name/alias occurrences in the body; record the aliases actually used."""
    full: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    short: dict[tuple[str, ...], list[int]] = {}
    for pi, p in enumerate(persons):
        full.setdefault(p.keys[0], []).append((p.keys, pi))
        for ak in list(p.aliases):
            full.setdefault(ak[0], []).append((ak, pi))
        for ak in _alias_candidates(p):
            short.setdefault(ak, []).append(pi)
    for lst in full.values():
        lst.sort(key=lambda x: len(x[0]), reverse=True)
    last_seen: dict[int, tuple[int, int]] = {}
    for sidx, toks in sents:
        names = [_name_key(t) for t in toks]
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if not (tok.word and (tok.cap or names[i] != tok.key)):
                i += 1
                continue
            matched = False
            for keys, pi in full.get(names[i], ()):
                m = len(keys)
                if tuple(names[i : i + m]) == keys and not _continues(toks, i + m):
                    _mention(persons[pi], pi, sidx, i, last_seen, keys, toks)
                    i += m
                    matched = True
                    break
            if matched:
                continue
            for m in (2, 1):
                ak = tuple(names[i : i + m])
                owners = short.get(ak)
                if not owners or len(ak) < m or _continues(toks, i + m):
                    continue
                if i > 0 and toks[i - 1].word and toks[i - 1].cap and not _title_end(lex, toks, i):
                    continue
                if (
                    lex.lang == "vi"
                    and not _prefixed(lex, toks, i)
                    and all(_is_vi_syllable(toks[i + x].key) for x in range(m))
                ):
                    continue
                pi = _resolve(owners, last_seen, persons)
                _mention(persons[pi], pi, sidx, i, last_seen, ak, toks)
                i += m
                matched = True
                break
            if not matched:
                i += 1


def _continues(toks: list[_Tok], j: int) -> bool:
    return j < len(toks) and toks[j].word and toks[j].cap


def _title_end(lex: _Lex, toks: list[_Tok], i: int) -> bool:
    return toks[i - 1].key in lex.head_last or bool(lex.honorifics.match(toks, i - 1))


def _prefixed(lex: _Lex, toks: list[_Tok], i: int) -> bool:
    """A bare Vietnamese given name counts only after an honorific or a position word."""
    if i == 0:
        return False
    for back in (1, 2):
        if i - back >= 0 and lex.honorifics.match(toks, i - back) == back:
            return True
    return toks[i - 1].key in lex.head_last


def _resolve(
    owners: list[int], last_seen: dict[int, tuple[int, int]], persons: list[_Person]
) -> int:
    if len(owners) == 1:
        return owners[0]
    seen = [(last_seen[o], o) for o in owners if o in last_seen]
    if seen:
        return max(seen)[1]
    return min(owners, key=lambda o: persons[o].first)


def _mention(
    p: _Person,
    pi: int,
    sidx: int,
    i: int,
    last_seen: dict[int, tuple[int, int]],
    keys: tuple[str, ...],
    toks: list[_Tok],
) -> None:
    p.mentions += 1
    last_seen[pi] = (sidx, i)
    if p.first_mention is None:
        p.first_mention = (sidx, i)
    if keys != p.keys and keys not in p.aliases:
        p.aliases[keys] = " ".join(t.text for t in toks[i : i + len(keys)])


def _build(lex: _Lex, hits: list[_Hit], body: _Body) -> list[_Person]:
    """Group hits by name; merge short references into the full name they stand for."""
    groups: dict[tuple[str, ...], _Person] = {}
    seen: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for h in hits:
        keys = h.name_keys()
        p = groups.get(keys)
        if p is None:
            p = groups[keys] = _Person(keys, h.name_text(), first=(h.sentence, h.name[0]))
            p.weak = h.weak
        p.weak = p.weak and h.weak
        p.add_titles(h.title_texts())
        seen.setdefault(keys, []).append((h.sentence, h.name[0]))
    texts: dict[tuple[str, ...], str] = {}
    singles = [k[0] for k in groups if len(k) == 1]
    if singles:
        # full names written without a title or honorific ("Barack Obama flew ...")
        for sidx, toks in body.with_words(singles):
            m = _Matcher(lex, toks)
            i = 0
            while i < len(toks):
                ne = m.name_at(i, after_title=False) if toks[i].cap else 0
                if ne - i >= 2:
                    keys = tuple(_name_key(t) for t in toks[i:ne])
                    seen.setdefault(keys, []).append((sidx, i))
                    texts.setdefault(keys, _span_text(toks, i, ne))
                    i = ne
                    continue
                i += 1
    fulls = [k for k in seen if len(k) >= 2]
    for keys in sorted(groups, key=len):
        p = groups[keys]
        cands = [f for f in fulls if _is_sub(keys, f)]
        if not cands:
            continue

        def score(f: tuple[str, ...], p: _Person = p) -> tuple[int, int, tuple[int, int]]:
            before = [pos for pos in seen[f] if pos < p.first]
            q = groups.get(f)
            return (len(seen[f]), int(bool(q and q.titles)), max(before) if before else (-1, -1))

        best = max(cands, key=score)
        q = groups.get(best)
        if q is None:
            q = groups[best] = _Person(best, texts[best], first=min(seen[best]))
        q.add_titles(p.titles)
        q.aliases[keys] = p.name
        q.aliases.update(p.aliases)
        q.first = min(q.first, p.first)
        q.weak = False
        del groups[keys]
    return [p for p in groups.values() if p.titles and not p.weak]


def _span_text(toks: list[_Tok], s: int, e: int) -> str:
    """The text of tokens ``s:e`` with their original spacing."""
    out = toks[s].text
    for a, b in zip(toks[s:e], toks[s + 1 : e], strict=False):
        out += " " * (b.start - a.end) + b.text
    return out


# ---------------------------------------------------------------------- document


class _Body:
    """The body sentences, tokenised lazily (most sentences never need tokens)."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.items = [(s.index, s.text, _toneless(s.text)) for s in sentences]
        self._tokens: dict[int, list[_Tok]] = {}

    def tokens(self, index: int, text: str) -> list[_Tok]:
        toks = self._tokens.get(index)
        if toks is None:
            toks = self._tokens[index] = _tokens(text)
        return toks

    def with_words(self, keys: Iterable[str]) -> list[tuple[int, list[_Tok]]]:
        """Tokens of the sentences that may contain one of the word ``keys``."""
        words = {k.rstrip("0123456789") for k in keys}
        words.discard("")
        return [
            (index, self.tokens(index, text))
            for index, text, toneless in self.items
            if any(w in toneless for w in words)
        ]


def _may_hold_title(lex: _Lex, toneless: str) -> bool:
    """Cheap test: does a sentence contain the first one or two words of a position?"""
    words = _WORDS.findall(toneless)
    heads = lex.head_words
    if not heads.isdisjoint(words):
        return True
    return any(f"{a} {b}" in heads for a, b in pairwise(words))


# --------------------------------------------------------------------------- API


def extract(doc: Document) -> tuple[Official, ...]:
    """The key officials of ``doc``, most mentioned first (ties: first appearance)."""
    lang = "vi" if doc.lang == "vi" else "en"
    lex = _lexicon(lang)
    hits: list[_Hit] = []
    body = _Body(s for s in doc.sentences if s.kind is not SentenceKind.BYLINE)
    for index, text, toneless in body.items:
        # cheap pre-check: only sentences with a position word can name an official
        if _may_hold_title(lex, toneless):
            hits.extend(_find_hits(lex, body.tokens(index, text), text, index))
    if not hits:
        return ()
    persons = _build(lex, hits, body)
    if not persons:
        return ()
    words = {k for p in persons for keys in (p.keys, *p.aliases) for k in keys}
    _count_mentions(lex, persons, body.with_words(words))
    persons.sort(key=lambda p: (-p.mentions, p.first_mention or p.first))
    return tuple(
        Official(
            name=p.name,
            titles=_prune_titles(p),
            mentions=max(p.mentions, 1),
            aliases=tuple(dict.fromkeys(v for k, v in p.aliases.items())),
            first_sentence=(p.first_mention or p.first)[0],
        )
        for p in persons
    )
