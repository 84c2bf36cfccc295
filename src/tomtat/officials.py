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
* copula: ``ông A là Chủ tịch ...``, ``Sink was Florida's chief financial officer``,
  and the other way round when the title opens the sentence: ``The commander of this
  area and head of ... is Masrour Barzani``;
* a title in parentheses: ``(Sen.) Marco Rubio``;
* a title that opens a clause without a name, for the person named as the subject of
  the next sentence: ``Turkey's foreign minister called ... . ... Ahmet Davutoglu
  says``;
* plural titles over a list: ``Sens. Tom Coburn of Oklahoma and Mike Enzi``, ``Reps.
  Joe Barton, R-Texas; Gene Green, D-Texas; ... and John Sullivan``, ``2 Phó Chủ tịch
  gồm các ông Lê Thanh Liêm, Trần Vĩnh Tuyến``, ``ba nữ nghị sĩ Tlaib, ... và Pressley``.

Short references ("ông Chung", "Chủ tịch Chung", "Obama") are merged into the full
name they stand for and kept as aliases; every occurrence of the name or an alias in
the body counts as a mention. Matching is case- and tone-placement-insensitive
("Tỉnh uỷ" = "Tỉnh ủy"); output text is always sliced from the article as written.

Speed: most sentences are never tokenised. The lower-cased article is cut into byte
chunks once; each distinct chunk is folded and classified once per process
(:class:`_Screen`), so a sentence is tokenised only when it holds the first word(s)
of a position and the first word of a position or honorific. Tokens are shared
objects per text (:class:`_Tok`, offsets kept apart in :class:`_Sent`), and names
are looked up by whole folded words rather than by tokenising every sentence.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, pairwise
from operator import attrgetter
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


# Fast folding. In "safe" text (NFC, no free-standing combining marks, no "İ") folding
# is a per-character map: a ``str.translate`` over the lower-cased text.
_FOLD_RANGES = ((0x0000, 0x0500), (0x1E00, 0x2000), (0x2100, 0x2150))
_UNSAFE = re.compile(
    "[\u0130\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u1e38\u1e39\u1e5c\u1e5d]"
)


@cache
def _fold_table() -> dict[int, str]:
    """Lower-case character -> its folded form, where the two differ."""
    table: dict[int, str] = {}
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi):
            low = chr(cp).lower()
            if len(low) == 1 and not _UNSAFE.match(low):
                folded = _toneless(low)
                if folded != low and len(folded) == 1:
                    table[ord(low)] = folded
    return table


@cache
def _fold_leads() -> tuple[bytes, ...]:
    """UTF-8 openings of every character :func:`_fold_table` changes (absent: no folding)."""
    leads = set()
    for cp in _fold_table():
        raw = chr(cp).encode("utf-8")
        leads.add(raw[:1] if len(raw) == 2 else raw[:2])
    return tuple(sorted(leads))


@lru_cache(maxsize=1 << 16)
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
    """A token's text and what the matcher asks of it; one shared object per text."""

    text: str
    key: str
    cap: bool
    word: bool
    name: str  # key as a name word: "al-Assad" -> "assad"


class _Sent(NamedTuple):
    """A sentence's tokens and their character offsets in the sentence."""

    toks: list[_Tok]
    starts: list[int]
    ends: list[int]


def _make_tok(text: str) -> _Tok:
    if text in _POSSESSIVE:  # only ever split off a word ("Obama's")
        return _Tok(text, "'s", False, False, "'s")
    first = text[0]
    key = _key(text)
    head, sep, rest = key.partition("-")
    name = rest if sep and rest and head + "-" in _PARTICLES else key
    return _Tok(text, key, first.isupper(), first.isalnum() or text[-1].isalnum(), name)


class _Interned(dict[str, _Tok]):
    def __missing__(self, text: str) -> _Tok:
        if len(self) >= 1 << 16:
            self.clear()
        tok = self[text] = _make_tok(text)
        return tok


_INTERNED = _Interned()
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


def _tokens(text: str) -> _Sent:
    pieces = _TOKEN_SPLIT.split(text)  # white space, token, white space, ..., white space
    texts = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))
    starts = bounds[:-1:2]
    ends = bounds[1::2]
    if "'s" in text or "’s" in text:
        for k in range(len(texts) - 1, -1, -1):
            tok = texts[k]
            if len(tok) > 2 and tok[-2:] in _POSSESSIVE and tok[0].isalnum():
                texts[k : k + 1] = [tok[:-2], tok[-2:]]
                starts.insert(k + 1, ends[k] - 2)
                ends.insert(k, ends[k] - 2)
    if "." in texts:
        # "Sen" + "." -> "Sen.", "J" + "." -> "J." (a merged token never merges again)
        dots: list[int] = []
        k = 0
        try:
            while True:
                k = texts.index(".", k + 1)
                dots.append(k)
        except ValueError:
            pass
        for k in reversed(dots):
            prev = texts[k - 1]
            if ends[k - 1] == starts[k] and (
                prev.lower() in _ABBREV or (len(prev) == 1 and prev.isupper())
            ):
                texts[k - 1 : k + 1] = [prev + "."]
                ends[k - 1 : k + 1] = [ends[k]]
                del starts[k]
    return _Sent(list(map(_INTERNED.__getitem__, texts)), starts, ends)


# ----------------------------------------------------------------------- lexicon

Phrase = tuple[str, ...]


class _Phrases:
    """Multi-word phrases looked up by their first token's key, longest first."""

    __slots__ = ("_by_first",)

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[Phrase]] = {}
        for text in phrases:
            keys = tuple(t.key for t in _tokens(text).toks)
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
            if i + m > n:
                continue
            k = 1
            while k < m and toks[i + k].key == phrase[k]:
                k += 1
            if k == m:
                return m
        return 0

    def firsts(self) -> frozenset[str]:
        return frozenset(self._by_first)

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
    head_starts: frozenset[str] = field(default_factory=frozenset)  # first keys: heads, premods
    degree_cache: dict[str, bool] = field(default_factory=dict)
    hit_starts: frozenset[str] = field(default_factory=frozenset)  # first keys: heads, honorifics


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
    head_words = frozenset(" ".join(_WORDS.findall(_toneless(h))[:2]) for h in heads)
    head_last = frozenset(_tokens(h).toks[-1].key for h in heads if _tokens(h).toks)
    heads_phrases = _Phrases(heads)
    premods = _Phrases(raw.get("premods", []))
    honorifics = _Phrases(raw.get("honorifics", []))
    return _Lex(
        lang=lang,
        heads=heads_phrases,
        heads_lower=_Phrases(h for h in heads if lang == "vi" or not h[:1].isupper()),
        strong_heads=_Phrases(raw.get("strong_heads", [])),
        premods=premods,
        honorifics=honorifics,
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
        head_first=frozenset(_tokens(h).toks[0].key for h in heads if _tokens(h).toks),
        head_words=head_words,
        head_starts=heads_phrases.firsts() | premods.firsts(),
        hit_starts=heads_phrases.firsts() | honorifics.firsts(),
        triggers=frozenset(
            _tokens(w).toks[0].key
            for w in [*heads, *raw.get("premods", []), *raw.get("honorifics", [])]
            if _tokens(w).toks
        ),
    )


# ---------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Hit:
    """A named person found in one sentence, with the titles given there."""

    name: tuple[int, int]  # token span in the sentence
    titles: list[tuple[int, int]]
    sentence: int
    sent: _Sent
    text: str
    weak: bool = False
    extra: tuple[str, ...] = ()  # titles given in another sentence

    def name_text(self) -> str:
        s, e = self.name
        return self.text[self.sent.starts[s] : self.sent.ends[e - 1]]

    def name_keys(self) -> tuple[str, ...]:
        s, e = self.name
        return tuple(t.name for t in self.sent.toks[s:e])

    def title_texts(self) -> list[str]:
        starts, ends = self.sent.starts, self.sent.ends
        return [self.text[starts[s] : ends[e - 1]] for s, e in self.titles] + list(self.extra)


_JOINERS = frozenset({"-", "–"})
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|La|Le|Du|Van|Von|O'|D')[^\W\d_]*[a-zà-ỹ][A-ZĐ]")
_VI_ONLY = re.compile(
    "[đĐơƠưƯăĂạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)
_VA = _key("và")
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

    def __init__(self, lex: _Lex, sent: _Sent) -> None:
        self.lex = lex
        self.sent = sent
        self.toks = toks = sent.toks
        self.starts = sent.starts
        self.ends = sent.ends
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
                and self.starts[e] == self.ends[e - 1] + 1
                and not _is_vi_syllable(toks[e + 1].key)
                and self.starts[e + 1] == self.ends[e] + 1
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
        key = self.toks[j].key
        known = self.lex.degree_cache.get(key)
        if known is None:
            parts = [p for p in key.split(".") if p]
            known = bool(parts) and all(p in self.lex.degrees for p in parts)
            if len(self.lex.degree_cache) > 1 << 16:
                self.lex.degree_cache.clear()
            self.lex.degree_cache[key] = known
        return known

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
            if 2 <= rest <= 4 and (k > 1 or rest >= 3) and self.toks[j + k].key in sur:
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
        if i >= self.n or self.toks[i].key not in self.lex.head_starts:
            return (i, i)
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


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", '"', "“"})
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")
_APPOSITION_OPENERS = frozenset({",", "-", "–", "("})
_KEY_OF = attrgetter("key")


def _find_hits(
    lex: _Lex,
    sent: _Sent,
    sentence: str,
    index: int,
    orphans: list[tuple[int, str]] | None = None,
) -> list[_Hit]:
    toks = sent.toks
    # every pattern needs a position word or an honorific somewhere in the sentence
    if lex.hit_starts.isdisjoint(map(_KEY_OF, toks)):
        return []
    m = _Matcher(lex, sent)
    hits: list[_Hit] = []
    n = len(toks)
    # titles chained before a name: "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh"
    pending: list[tuple[int, int]] = []
    pending_next = -1
    i = 0
    triggers = lex.triggers
    head_starts = lex.head_starts
    honorifics = lex.honorifics
    while i < n:
        t = toks[i]
        if not (t.cap or t.key in triggers):
            i += 1
            continue
        if pending and i > pending_next:
            pending = []
        # pattern A: title then name
        if t.word and t.key in head_starts:
            s, e, ns, ne = _title_then_name(m, i)
            if e > s:
                chain = pending if pending and s == pending_next else []
                if ne:
                    titles, after = m.appositions(ne)
                    hits.append(_Hit((ns, ne), [*chain, (s, e), *titles], index, sent, sentence))
                    hits.extend(_coordinated(m, after, (s, e), index, sentence))
                    pending = []
                    i = after
                    continue
                # "The commander of this area and head of ... is Masrour Barzani"
                cop = 0 if m.vi or e >= n else lex.copulas.match(toks, e)
                opening = chain[0][0] if chain else s
                if cop and not any(
                    (x.cap and x.word) or x.text in _CLAUSE_MARKS for x in toks[1:opening]
                ):  # the title opens the sentence: no name and no comma before it
                    ne = m.name_at(e + cop, after_title=False)
                    if ne:
                        hits.append(_Hit((e + cop, ne), [*chain, (s, e)], index, sent, sentence))
                        pending = []
                        i = ne
                        continue
                if (
                    orphans is not None
                    and not m.vi
                    and (
                        (s > 0 and toks[s - 1].key in {"the", "'s"})
                        or any(toks[x].key == "'s" for x in range(s, e))
                    )
                    and _verb_like(lex, toks, e)
                ):  # "Turkey's foreign minister called ..." -- named in the next sentence?
                    orphans.append((index, sentence[sent.starts[s] : sent.ends[e - 1]]))
                nxt = _chain_next(m, e)
                if nxt and not (m.vi and not chain and _object_before(m, s)):
                    pending = [*chain, (s, e)]
                    pending_next = nxt
                if lex.lang == "vi":
                    i = max(i + 1, e)
                    continue
        # honorific + name (+ apposition)
        hon = m.honorific(i) if t.key in honorifics else 0
        if hon:
            ns = m.skip_degrees(i + hon)
            if m.head(ns)[1] > ns:  # "đồng chí Phó Bí thư ... Lại Thế Nguyên"
                i = ns
                continue
            ne = m.cap_run(ns, 5) if ns < n and toks[ns].cap else ns
            if ne > ns:
                titles, after = m.appositions(ne)
                hits.append(_Hit((ns, ne), titles, index, sent, sentence))
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
            # a name found here always ends where the capitalised run does: look there first
            and (r := m.cap_run(i)) < n
            and (toks[r].text in _APPOSITION_OPENERS or lex.copulas.match(toks, r))
        ):
            ne = m.name_at(i, after_title=False)
            if not ne and not m.vi and t.key not in lex.not_names and not m.head(i)[1] > i:
                ne = i + 1 if r == i + 1 else 0
            if ne:
                titles, after = m.appositions(ne)
                if titles:
                    # a one-word name without an honorific ("Volodin, Chủ tịch Duma") only
                    # counts when the article names that person in full elsewhere
                    hits.append(_Hit((i, ne), titles, index, sent, sentence, weak=ne - i < 2))
                    i = after
                    continue
        i += 1
    return hits


def _verb_like(lex: _Lex, toks: list[_Tok], k: int) -> bool:
    """A lower-case verb form at ``k`` ("said", "called", "says", "is")."""
    if k >= len(toks):
        return False
    t = toks[k]
    if not t.word or t.cap or t.key in _EN_SOFT or t.key in {"who", "whose", "which", "that"}:
        return False
    return (
        t.key in lex.speech_verbs
        or bool(lex.copulas.match(toks, k))
        or t.key.endswith("ed")
        or (t.key.endswith("s") and not t.key.endswith("ss"))
    )


def _named_next(lex: _Lex, body: _Body, index: int, title: str, hits: list[_Hit]) -> _Hit | None:
    """A title that opens a clause and names nobody ("Turkey's foreign minister called
    ...") goes to the first person named as a subject in the next sentence ("Ahmet
    Davutoglu says ..."), unless a title is given to that name there."""
    pos = next((k for k, item in enumerate(body.items) if item[0] == index), None)
    if pos is None or pos + 1 >= len(body.items):
        return None
    nidx, text = body.items[pos + 1]
    sent = body.tokens(nidx, text)
    taken = {h.name[0] for h in hits if h.sentence == nidx}
    m = _Matcher(lex, sent)
    i = 0
    while i < m.n:
        ne = m.name_at(i, after_title=False) if sent.toks[i].cap else 0
        if ne - i >= 2:
            if i not in taken and _verb_like(lex, sent.toks, ne):
                return _Hit((i, ne), [], nidx, sent, text, extra=(title,))
            i = ne
            continue
        i += 1
    return None


def _title_then_name(m: _Matcher, i: int) -> tuple[int, int, int, int]:
    """A title at ``i`` and the name right after it: (title start, end, name start, end)."""
    toks, n = m.toks, m.n
    if m.vi:
        s, e, name_end = m.title_at(i, apposition=False)
        if e <= s:
            return (i, i, 0, 0)
        if name_end:
            return (s, e, m.name_start, name_end)
        # "2 Phó Chủ tịch gồm các ông Lê Thanh Liêm, Trần Vĩnh Tuyến" (the list: _coordinated)
        if e + 1 < n and toks[e].key in _VI_LIST_OPENERS and _plural_near(m, s):
            k = e + 1
            k += m.honorific(k)
            name_end = m.name_at(k, after_title=True)
            if name_end:
                return (s, e, k, name_end)
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
    if k == end < n and toks[end].text == ")" and s > 0 and toks[s - 1].text == "(":
        k += 1  # "(Sen.) Marco Rubio"
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


def _plural_near(m: _Matcher, s: int) -> bool:
    """A number or quantifier one or two words before a title: "3 nữ nghị sĩ", "các ông"."""
    return _plural_before(m, s) or (s > 1 and _plural_before(m, s - 1))


_VI_LIST_OPENERS = frozenset({_key("gồm"), _key("là"), ":"})


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
    if not (last.endswith("s") and not last.endswith("ss")) and not (m.vi and _plural_near(m, s)):
        return []
    out: list[_Hit] = []
    n = m.n
    while k < n:
        if toks[k].key in {"of", "from"} and k + 1 < n and toks[k + 1].cap:
            k = m.cap_run(k + 1)
            continue
        if toks[k].text == "," and k + 1 < n and _PARTY_STATE.fullmatch(toks[k + 1].text):
            k += 2  # "Joe Barton, R-Texas; Gene Green, D-Texas"
            continue
        if toks[k].key in {",", ";", "and", _VA} and k + 1 < n:
            j = k + 1
            if j < n and toks[j].key == "and":
                j += 1
            if m.vi:
                j += m.honorific(j)  # "các ông A, ông B và bà C"
            ne = m.name_at(j, after_title=False)
            if ne:
                out.append(_Hit((j, ne), [title], index, m.sent, sentence))
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
            tkey = _title_key(text)
            if not tkey or tkey in self.title_keys:
                continue
            self.titles.append(text)
            self.title_keys.append(tkey)


@lru_cache(maxsize=1 << 12)
def _title_key(text: str) -> tuple[str, ...]:
    """A title's words without accents: one title however it is written."""
    return tuple(_strip_accents(t.text).rstrip(".") for t in _tokens(text).toks if t.word)


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


def _count_mentions(lex: _Lex, persons: list[_Person], sents: list[tuple[int, _Sent]]) -> None:
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
    # a mention opens with one of these words; others are skipped in bulk
    openers = set(full) | {ak[0] for ak in short}
    for sidx, sent in sents:
        toks = sent.toks
        names = [t.name for t in toks]
        i = 0
        for c in [c for c, name in enumerate(names) if name in openers]:
            if c < i:
                continue  # inside the mention just counted
            i = c
            tok = toks[i]
            if not (tok.word and (tok.cap or names[i] != tok.key)):
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
                break


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
        for sidx, sent in body.with_words(singles, as_words=True):
            m = _Matcher(lex, sent)
            toks = sent.toks
            i = 0
            while i < len(toks):
                ne = m.name_at(i, after_title=False) if toks[i].cap else 0
                if ne - i >= 2:
                    keys = tuple(t.name for t in toks[i:ne])
                    seen.setdefault(keys, []).append((sidx, i))
                    texts.setdefault(keys, _span_text(sent, i, ne))
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


def _span_text(sent: _Sent, s: int, e: int) -> str:
    """The text of tokens ``s:e`` with their original spacing."""
    toks, starts, ends = sent
    out = toks[s].text
    for k in range(s + 1, e):
        out += " " * (starts[k] - ends[k - 1]) + toks[k].text
    return out


# ---------------------------------------------------------------------- document


# ASCII that is no letter -> space, but newline (it joins sentences) -> NUL; others kept
_CHUNK_BYTES = bytes(
    b if (97 <= b <= 122 or b >= 128) else 0 if b == 10 else 32 for b in range(256)
)


class _Screen:
    """The sentences that hold a position word, found by lexicon-word lookups.

    Exactly :func:`_may_hold_title` on safe text, without folding every sentence: the
    lower-cased article is cut at ASCII non-letters into chunks (UTF-8 bytes); each
    distinct chunk's letter runs are folded once and remembered, with whether a run is a
    position word by itself, opens a two-word one (last run) or closes one (first run).

    Besides, a sentence passes only if a chunk holds the first letter run of a position
    word or an honorific (``triggers``): :func:`_find_hits` finds nothing without one, so
    such sentences need no tokens either.
    """

    def __init__(self, head_words: frozenset[str], triggers: frozenset[str] | None) -> None:
        self.singles = frozenset(w for w in head_words if w and " " not in w)
        self.pairs = frozenset(w for w in head_words if " " in w)
        self.firsts = frozenset(w.split(" ")[0] for w in self.pairs)
        self.seconds = frozenset(w.split(" ")[1] for w in self.pairs)
        self.opened_by: dict[str, list[str]] = {}  # second word -> the first words before it
        for w in sorted(self.pairs):
            a, b = w.split(" ")
            self.opened_by.setdefault(b, []).append(a)
        self.triggers = triggers  # None: every sentence may hold one
        self.reset()

    def reset(self) -> None:
        self.runs: dict[bytes, tuple[str, ...]] = {}
        self.hit: set[bytes] = set()
        self.first: set[bytes] = set()
        self.second: set[bytes] = set()
        self.known: set[bytes] = set()
        self.trigger: set[bytes] = set()
        self.by_run: dict[str, set[bytes]] = {}  # letter run -> the chunks that hold it
        self.closers: dict[str, set[bytes]] = {}  # first word -> chunks that can follow it

    def learn(self, chunk: bytes) -> None:
        runs = tuple(_WORDS.findall(_toneless(chunk.decode("utf-8"))))
        self.runs[chunk] = runs
        for run in runs:
            self.by_run.setdefault(run, set()).add(chunk)
        if runs:
            pairs = self.pairs
            if not self.singles.isdisjoint(runs) or any(
                f"{a} {b}" in pairs for a, b in pairwise(runs)
            ):
                self.hit.add(chunk)
            if runs[-1] in self.firsts:
                self.first.add(chunk)
            if runs[0] in self.seconds:
                self.second.add(chunk)
                for a in self.opened_by[runs[0]]:
                    self.closers.setdefault(a, set()).add(chunk)
            if self.triggers is None or not self.triggers.isdisjoint(runs):
                self.trigger.add(chunk)
        self.known.add(chunk)

    def check(self, text: bytes, count: int) -> tuple[list[bool], list[list[bytes]]]:
        """``text``: the article lower-cased, in UTF-8, mapped by _CHUNK_BYTES (sentences end
        at NUL). For each of its ``count`` sentences: whether it may hold a position word,
        and its chunks (all of them learnt)."""
        if len(self.known) > 1 << 17:
            self.reset()
        chunks = text.replace(b"\0", b" \0 ").split()
        new = set(chunks) - self.known  # each chunk object hashed once, here
        for chunk in new:
            self.learn(chunk)
        hit, first, second, trigger = self.hit, self.first, self.second, self.trigger
        out = []
        chunked = []
        start = 0
        for _ in range(count - 1):
            end = chunks.index(b"\0", start)
            chunked.append(chunks[start:end])
            start = end + 1
        chunked.append(chunks[start:])
        for part in chunked:
            if trigger.isdisjoint(part):
                out.append(False)
            elif not hit.isdisjoint(part):
                out.append(True)
            elif first.isdisjoint(part) or second.isdisjoint(part):
                out.append(False)
            else:
                out.append(self._pair_across(part))
        return out, chunked

    def _pair_across(self, chunks: list[bytes]) -> bool:
        """A two-word position whose words are in different chunks ("chủ tịch")."""
        runs, pairs, closers = self.runs, self.pairs, self.closers
        n = len(chunks)
        for chunk in self.first.intersection(chunks):
            closing = closers.get(runs[chunk][-1])
            if closing is None or closing.isdisjoint(chunks):
                continue  # nothing here can close the position this chunk opens
            opening = runs[chunk][-1] + " "
            i = -1
            while True:
                try:
                    i = chunks.index(chunk, i + 1)
                except ValueError:
                    break
                j = i + 1
                while j < n and not runs[chunks[j]]:
                    j += 1
                if j < n and opening + runs[chunks[j]][0] in pairs:
                    return True
        return False


@cache
def _screen(lang: str) -> _Screen:
    raw = _raw(lang)
    firsts = [_tokens(p).toks[:1] for p in [*raw["heads"], *raw.get("honorifics", [])]]
    runs = [_WORDS.findall(_toneless(t[0].text))[:1] if t else [] for t in firsts]
    # a phrase opening without a letter would make every sentence a candidate
    triggers = frozenset(r[0] for r in runs) if all(runs) else None
    return _Screen(_lexicon(lang).head_words, triggers)


class _Body:
    """The body sentences, tokenised lazily (most sentences never need tokens)."""

    def __init__(self, sentences: Iterable[Sentence]) -> None:
        self.items = [(s.index, s.text) for s in sentences]
        self._tokens: dict[int, _Sent] = {}
        self._joined = "\n".join(text for _, text in self.items)
        self._lower = self._joined.lower()
        try:
            self._utf8 = self._lower.encode("utf-8")
        except UnicodeEncodeError:
            self._utf8 = b""
        # safe: folding is a per-character map (see _UNSAFE); one line per sentence
        self.safe = (
            bool(self._utf8)
            and _UNSAFE.search(self._joined) is None
            and unicodedata.is_normalized("NFC", self._joined)
            and self._utf8.count(b"\n") == len(self.items) - 1
        )
        self._folded: tuple[str, list[int]] | None = None
        self._chunked: tuple[_Screen, list[list[bytes]]] | None = None

    def screen(self, lex: _Lex) -> list[bool]:
        """Whether each sentence may name an official (see :func:`_may_hold_title`)."""
        if not self.items:
            return []
        if self.safe:
            screen = _screen(lex.lang)
            flags, chunked = screen.check(self._utf8.translate(_CHUNK_BYTES), len(self.items))
            self._chunked = (screen, chunked)
            return flags
        folded, starts = self._fold()
        ends = [s - 1 for s in starts[1:]] + [len(folded)]
        return [_may_hold_title(lex, folded[s:e]) for s, e in zip(starts, ends, strict=True)]

    def tokens(self, index: int, text: str) -> _Sent:
        toks = self._tokens.get(index)
        if toks is None:
            toks = self._tokens[index] = _tokens(text)
        return toks

    def _fold(self) -> tuple[str, list[int]]:
        """All sentences folded (:func:`_toneless`), joined by newlines; their offsets."""
        if self._folded is None:
            if self.safe:  # a per-character map: offsets are the text's own
                parts = [text for _, text in self.items]
                utf8 = self._utf8
                if any(lead in utf8 for lead in _fold_leads()):
                    folded = self._lower.translate(_fold_table())
                else:
                    folded = self._lower
            else:
                parts = [_toneless(text) for _, text in self.items]
                folded = "\n".join(parts)
            starts: list[int] = []
            pos = 0
            for part in parts:
                starts.append(pos)
                pos += len(part) + 1
            self._folded = (folded, starts)
        return self._folded

    def _with_runs(self, words: set[str]) -> set[int]:
        """The sentences with a letter run (see _WORDS) in ``words``."""
        if self._chunked is not None:
            screen, chunked = self._chunked
            by_run = screen.by_run
            chunks = set().union(*(by_run.get(w, ()) for w in words))
            return {k for k, part in enumerate(chunked) if not chunks.isdisjoint(part)}
        folded, starts = self._fold()
        ends = [s - 1 for s in starts[1:]] + [len(folded)]
        return {
            k
            for k, (s, e) in enumerate(zip(starts, ends, strict=True))
            if not words.isdisjoint(_WORDS.findall(folded[s:e]))
        }

    def with_words(self, keys: Iterable[str], *, as_words: bool) -> list[tuple[int, _Sent]]:
        """Tokens of the sentences that hold one of the word ``keys`` (tone marks aside).

        With ``as_words``, a key made of letters (the usual case) is looked up among the
        sentence's letter runs; any other key ("o'neill"), or every key without
        ``as_words``, is searched as a substring of the folded text ("an" in "ban").
        """
        words = {k.rstrip("0123456789") for k in keys}
        words.discard("")
        letters = {w for w in words if w.isalpha()} if as_words else set()
        words -= letters
        found: set[int] = set()
        if letters:
            found = self._with_runs(letters)
        if not words:
            items = self.items
            return [(items[k][0], self.tokens(items[k][0], items[k][1])) for k in sorted(found)]
        folded, starts = self._fold()
        last = len(starts) - 1
        for w in words:
            pos = folded.find(w)
            while pos >= 0:
                k = bisect_right(starts, pos) - 1
                found.add(k)
                if k >= last:
                    break
                pos = folded.find(w, starts[k + 1])
        items = self.items
        return [(items[k][0], self.tokens(items[k][0], items[k][1])) for k in sorted(found)]


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
    # cheap pre-check: only sentences with a position word can name an official
    orphans: list[tuple[int, str]] = []
    for (index, text), ok in zip(body.items, body.screen(lex), strict=True):
        if ok:
            hits.extend(_find_hits(lex, body.tokens(index, text), text, index, orphans))
    for index, title in orphans:
        hit = _named_next(lex, body, index, title, hits)
        if hit is not None:
            hits.append(hit)
    if not hits:
        return ()
    persons = _build(lex, hits, body)
    if not persons:
        return ()
    words = {k for p in persons for keys in (p.keys, *p.aliases) for k in keys}
    # a mention is a token: sentences without the word need no tokens
    _count_mentions(lex, persons, body.with_words(words, as_words=True))
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
