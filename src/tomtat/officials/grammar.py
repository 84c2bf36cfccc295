"""The shared grammar: names, title heads, honorifics, degrees, capitalised runs."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from tomtat.officials.keys import is_vi_syllable, word_key
from tomtat.officials.lexicon import Lexicon
from tomtat.officials.tokens import Sent, Tok, particles

JOINERS = frozenset({"-", "–"})
NICK_OPEN = frozenset({'"', "“"})
NICK_CLOSE = frozenset({'"', "”"})
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|La|Le|Du|Van|Von|O'|D')[^\W\d_]*[a-zà-ỹ][A-ZĐ]")
VI_ONLY = re.compile(
    "[đĐơƠưƯăĂạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)
# a Korean given name: two syllables joined by a hyphen ("Geun-hye", "Jae-in", "Ki-moon")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
ACRONYM = re.compile(r"[^\W\d_]*[A-ZĐ][A-ZĐ]+[^\W\d_]*\.?|[IVXLC]+\.?")


# the shape tests below cost thousands of instructions a call in the regex engine and
# the same token texts recur in every article: cached (bounded), a hit is a dict lookup
@lru_cache(maxsize=1 << 16)
def is_acronym(text: str) -> bool:
    """An acronym or a Roman numeral ("UBND", "TP.", "XII")."""
    return ACRONYM.fullmatch(text) is not None


@lru_cache(maxsize=1 << 16)
def is_brand(text: str) -> bool:
    """A camel-case brand ("OceanBank", "iPhone"), not "McCain"."""
    return _CAMEL.search(text) is not None


@lru_cache(maxsize=1 << 16)
def vi_only(text: str) -> bool:
    """``text`` holds a letter only Vietnamese writes ("đ", "ơ", "ạ")."""
    return VI_ONLY.search(text) is not None


def without_nickname(toks: list[Tok], s: int, e: int) -> list[int]:
    """Indices of the tokens ``s:e`` of a name outside a quoted nickname (Jose "Pepe"
    Mujica -> Jose, Mujica)."""
    out: list[int] = []
    x = s
    while x < e:
        if toks[x].text in NICK_OPEN and x + 2 < e and toks[x + 2].text in NICK_CLOSE:
            x += 3
            continue
        out.append(x)
        x += 1
    return out


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _participle_compound(key: str) -> bool:
    """ "self-declared", "second-highest-ranked", "long-serving" (not "left-wing")."""
    head, _, last = key.rpartition("-")
    return bool(head) and len(last) > 4 and last.endswith(("ed", "ing"))


class Title(NamedTuple):
    """A title's token span and the span of the name it introduces (0, 0: none)."""

    start: int
    end: int
    name_start: int
    name_end: int


def is_particle(key: str) -> bool:
    """A lower-case word inside a name ("al", "al-Assad", "de")."""
    parts = particles()
    return key in parts or key.split("-", 1)[0] + "-" in parts


class Matcher:
    """Pattern matching over one sentence's tokens."""

    def __init__(self, lex: Lexicon, sent: Sent) -> None:
        self.lex = lex
        self.sent = sent
        self.toks = toks = sent.toks
        self.n = len(toks)
        self.vi = lex.lang == "vi"
        self._heads: dict[int, tuple[int, int]] = {}  # head(i), asked many times a sentence

    @property
    def starts(self) -> list[int]:
        """Where each token starts (worked out on first use: see :class:`Sent`)."""
        return self.sent.starts

    @property
    def ends(self) -> list[int]:
        """Where each token ends."""
        return self.sent.ends

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
        parts = particles()
        e = j
        stop = j + limit if j + limit < n else n  # the limit and the end in one test
        while e < stop:
            t = toks[e]
            if t.word and (t.cap or (e > j and is_particle(t.key))):
                if (
                    e > j
                    and not self.vi
                    and t.cap
                    and (
                        t.key.endswith("-")  # "Then-Sen.", "Ex-": a prefix of a title
                        or (
                            t.key in self.lex.not_names_inside
                            and not self.family_title(e, j)
                            and not self._particle_inside(e)
                        )
                        or self.lex.heads.match(toks, e) >= 2
                        or self.title_inside(e)
                    )
                ):
                    break  # "Zimbabwe Prime Minister", "Florida Gov. Jeb Bush" are no names
                e += 1
                continue
            if t.text in NICK_OPEN and e > j and not self.vi and self.nickname(e):
                e += 3  # Jose "Pepe" Mujica: the nickname is left out of the name's text
                continue
            if (
                t.text in JOINERS
                and e > j
                and e + 1 < n
                and toks[e + 1].word
                and self.starts[e] == self.ends[e - 1] + 1
                and self.starts[e + 1] == self.ends[e] + 1
                and not self.lex.places.match(toks, e + 1)
                and (
                    not (is_vi_syllable(toks[e + 1].key) or is_vi_syllable(toks[e - 1].key))
                    or (self.vi and self._name_syllable(j, e, e + 1))
                )
            ):
                e += 2
                continue
            break
        # never end on a particle ("... Bin Khalifa Al" cut by the limit)
        while (
            e > j
            and toks[e - 1].key in parts
            and (not toks[e - 1].cap or (not self.vi and e > j + 1))
        ):
            e -= 1
        return e

    def runs_on(self, j: int) -> bool:
        """Whether the run :meth:`cap_run` finds at ``j`` may go past its first token: the
        next one could continue it (a capitalised word, a particle, a nickname's quote, a
        hyphen). When not, that run, and any name starting at ``j``, is one word long.
        A necessary condition of cap_run's loop going on: keep the two in step."""
        if j + 1 >= self.n:
            return False
        t = self.toks[j + 1]
        return (
            (t.word and (t.cap or is_particle(t.key))) or t.text in NICK_OPEN or t.text in JOINERS
        )

    def _particle_inside(self, e: int) -> bool:
        """ "Osama Al Asfoor", "Tamim bin Hamad Al Thani": a capitalised name particle
        inside a name, before a family name that is no institution word."""
        toks = self.toks
        return (
            is_particle(toks[e].key)
            and e + 1 < self.n
            and toks[e + 1].cap
            and toks[e + 1].word
            and toks[e + 1].key not in self.lex.not_names
            and not self.lex.heads.match(toks, e + 1)
        )

    def _name_syllable(self, j: int, e: int, k: int) -> bool:
        """A lower-case syllable after a spaced hyphen that ends a foreign name ``j:e``
        ("Moon Jae - in", "Prayuth Chan - ocha", "Song Young - moo"): unaccented, short, no
        Vietnamese word; the name has a non-Vietnamese word or no tone mark at all."""
        t = self.toks[k]
        return (
            not t.cap
            and t.text.isascii()
            and len(t.text) <= 6
            and not self.lex.stop.match(self.toks, k)
            and t.key not in self.lex.head_starts
            and (
                any(not is_vi_syllable(x.key) for x in self.toks[j:e])
                or all(x.text.isascii() for x in self.toks[j:e])
            )
        )

    def in_place(self, j: int) -> bool:
        """Whether token ``j`` continues a place or organisation phrase begun before it."""
        return any(j >= b and self.is_place(j - b) > b for b in (1, 2, 3))

    def _unaccented_foreign(self, j: int, run: int) -> bool:
        """Right after a title that ends on a country abroad, two or three capitalised words
        without any diacritic in Vietnamese text (Khmer, Lao, Thai names: "Thủ tướng
        Campuchia Hun Sen"), none a place, a position word or a degree."""
        toks = self.toks
        if not 2 <= run - j <= 3:
            return False
        # the title ends on a country or city ("Thủ tướng Campuchia"), not on a unit whose
        # own name this would be ("Đồn Biên phòng Na Ngoi", "huyện Ia Grai")
        places = self.lex.foreign_places
        if not any(places.match(toks, x) == j - x for x in range(max(0, j - 3), j)):
            return False
        return all(
            toks[x].text.isascii()
            and toks[x].text[:1].isupper()
            and toks[x].text[1:].islower()
            and not self.is_place(x)
            and not self.lex.heads.match(toks, x)
            and not self.is_degree(x)
            for x in range(j, run)
        )

    def _korean_like(self, j: int, run: int) -> bool:
        """A foreign name whose first word looks Vietnamese ("Moon Jae - in", "Song Young -
        moo"): its second word does not (or the hyphenated name has no tone mark at all), it
        is hyphenated or three words long, and holds no Vietnamese-only letter, place or
        position word."""
        toks = self.toks
        if run - j < 2 or len(toks[j].text) > 5:
            return False
        if self.in_place(j):
            return False  # "Tây Ban Nha Mariano Rajoy", "Na Uy Erna Solberg"
        hyphen = "-" in toks[j + 1].text or any(t.text in JOINERS for t in toks[j:run])
        if is_vi_syllable(toks[j + 1].key) and not (
            hyphen and all(t.text.isascii() for t in toks[j:run])
        ):
            return False
        return (
            (hyphen or run - j >= 3)
            and not any(vi_only(t.text) for t in toks[j:run])
            and not any(self.is_place(x) or self.lex.heads.match(toks, x) for x in range(j, run))
        )

    def is_degree(self, j: int) -> bool:
        return self.lex.is_degree(self.toks[j].key)

    def is_degree_text(self, text: str) -> bool:
        """``text`` (several tokens joined: "Ph.D.") is an academic degree."""
        return word_key(text).rstrip(".") in self.lex.degrees

    def skip_degrees(self, j: int) -> int:
        while j < self.n and (self.is_degree(j) or self.toks[j].text == "."):
            j += 1
        return j

    def is_place(self, j: int) -> int:
        return self.lex.places.match(self.toks, j)

    def name_at(self, j: int, *, after_title: bool, cap_head: bool = True) -> int:
        """End of a person name starting at ``j`` (0 when none).

        ``cap_head``: whether the title just before it was a strong (capitalised) head,
        after which a one-word English name is a surname ("President Obama").
        """
        if j >= self.n:
            return 0
        t = self.toks[j]
        if not (t.word and (t.cap or self.particle_name(j, after_title))) or self.is_degree(j):
            return 0
        if t.key in self.lex.not_names and not (
            self.korean_name(j)
            or self.given_after(j, after_title)
            or self.honour_name(j, after_title)
        ):
            return 0
        if self.vi and (is_acronym(t.text) or any(map(str.isdigit, t.text))):
            return 0
        if is_brand(t.text):  # OceanBank, iPhone: brands
            return 0
        if self.is_place(j) or (self.lex.heads.match(self.toks, j) and not self.given_name(j)):
            return 0
        run = self.cap_run(j) if t.cap else j + 1  # "al-Assad": the particle word alone
        length = run - j
        if self.vi:
            if j and self.toks[j - 1].cap and self.in_place(j):
                return 0  # "Saudi" in "Arab Saudi Salman"
            if t.key in self.lex.surnames and is_vi_syllable(t.key):
                # "Đoàn TNCS", "Đoàn TP. HCM": an acronym ends the run, and so does a
                # position written without a comma ("ông Trần Văn Đồng Bí thư Đảng ủy")
                for x in range(j + 1, run):
                    if is_acronym(self.toks[x].text) or self.lex.heads.match(self.toks, x) >= 2:
                        run = x
                        break
                length = run - j
                if 2 <= length <= 4:
                    return run
                if length == 1 and j + 1 < self.n and self.toks[j + 1].text.endswith("."):
                    return run
                return 0
            if t.key in self.lex.first_names or (not is_vi_syllable(t.key) and len(t.text) > 1):
                # a foreign name: no Vietnamese-only letters ("Vicem Bút Sơn" is a company)
                if any(vi_only(x.text) for x in self.toks[j:run]):
                    return 0
                return run
            if self._korean_like(j, run):
                return run
            if after_title and self._unaccented_foreign(j, run):
                return run  # "Thủ tướng Campuchia Hun Sen"
            return 0
        # English
        if length >= 2:
            if self.lex.honorifics.match(self.toks, j) or self.inside_head(j):
                return 0  # "Sheikh Hamad ...", "(Chief of) Staff Bill Daley": not from here
            last = self.toks[run - 1]
            if (
                t.key in self.lex.stop
                and t.key not in self.lex.first_names
                and t.key not in self.lex.stop_names
            ) or (last.text.isupper() and last.key in self.lex.not_names):
                return 0  # "Is Chris Christie ...?", "California GOP"
            return run
        if (
            after_title
            and cap_head
            and not t.text.isupper()
            and t.key not in self.lex.weak_aliases
            and t.key not in self.lex.months
            and not (run < self.n and self.toks[run].key == "of")
        ):
            return run
        return 0

    def head(self, i: int) -> tuple[int, int]:
        """``(start, end)`` of [premods] head at ``i``; ``(i, i)`` when none."""
        if i >= self.n or self.toks[i].key not in self.lex.head_starts:
            return (i, i)
        found = self._heads.get(i)
        if found is None:
            found = self._heads[i] = self._head(i)
        return found

    def _head(self, i: int) -> tuple[int, int]:
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
            if not m and self.toks[j].cap:
                m = self.lex.premods_cap.match(self.toks, j)
            if not m:
                if not self.vi and j > i and not self.toks[j].cap:
                    best = max(best, self.head_after_mods(j))
                break
            j += m
        if best > i and best < self.n and self.lex.not_after_head.match(self.toks, best):
            return (i, i)  # "Đại sứ quán", "Phó giáo sư": a building or a degree, not a post
        return (i, best)

    # -- English only: one-word titles inside names, open modifiers before a head --

    def title_inside(self, e: int) -> bool:
        """A one-word title inside a capitalised run, before a name ("Florida Gov. Jeb
        Bush"); not one that is also a surname ("Martin Luther King Jr.")."""
        toks, lex = self.toks, self.lex
        # an honorific only when abbreviated: "Sheikh" is also part of Arabic names
        if not (
            lex.heads.match(toks, e) == 1
            or (lex.honorifics.match(toks, e) == 1 and toks[e].text.endswith("."))
        ):
            return False
        if toks[e].key in lex.surname_heads or e + 1 >= self.n:
            return False
        nxt = toks[e + 1]
        return (
            nxt.cap
            and nxt.word
            and nxt.key not in lex.weak_aliases
            and nxt.key not in lex.generational_suffixes
        )

    def plural(self, s: int, e: int) -> bool:
        """The title ``toks[s:e]`` has a plural head ("top leaders", "Congressmen")."""
        return any(self.toks[x].key in self.lex.plurals for x in range(s, e))

    def particle_name(self, j: int, after_title: bool) -> bool:
        """A surname opening with a particle, after a title ("President al-Assad")."""
        t = self.toks[j]
        return (
            after_title
            and not self.vi
            and t.name != t.key
            and t.text.partition("-")[2][:1].isupper()
        )

    def given_name(self, k: int) -> bool:
        """A one-word title that is a given name before a one-word family name ("Sen.
        Dean Heller"); English only."""
        toks = self.toks
        if (
            not self.vi
            and k + 2 < self.n
            and toks[k].cap
            and toks[k + 1].key in self.lex.patronymics
            and toks[k + 2].cap
        ):
            return True  # "Crown Prince Sultan bin Abdul Aziz": a patronymic follows
        return (
            not self.vi
            and k + 1 < self.n
            and toks[k].key in self.lex.surname_heads
            and toks[k].key in self.lex.first_names
            and toks[k + 1].cap
            and toks[k + 1].word
            and not self.lex.heads.match(toks, k + 1)
            # "Dean Martha Minow": a title before a full name
            and not (k + 2 < self.n and toks[k + 2].cap and toks[k + 2].word)
        )

    def family_title(self, e: int, j: int) -> bool:
        """A word that is no name elsewhere (a title, an organisation word) used as a
        family name after a given name, ending the run ("Robert King", "Dave Camp")."""
        toks = self.toks
        return (
            e == j + 1
            and toks[j].key in self.lex.first_names
            and not toks[e].text.isupper()
            # "King Abdullah University", "Hussein Monday": an institution, a date
            and toks[e].key not in self.lex.institutions
            and toks[e].key not in self.lex.left_block
            and toks[e].key not in self.lex.months
            and not (e + 1 < self.n and toks[e + 1].cap and toks[e + 1].word)
        )

    def nickname(self, e: int) -> bool:
        """A quoted capitalised word between a given name and a family name: Jose "Pepe"
        Mujica (English)."""
        toks = self.toks
        return (
            e + 3 < self.n
            and toks[e].text in NICK_OPEN
            and toks[e + 1].cap
            and toks[e + 1].word
            and toks[e + 2].text in NICK_CLOSE
            and toks[e + 3].cap
            and toks[e + 3].word
            and toks[e - 1].cap
            and toks[e - 1].word
        )

    def given_after(self, j: int, after_title: bool) -> bool:
        """A given name that is also a common word, after a title and before a family
        name ("President Christian Wulff", "Mayor Jesus Manuel Lara"); English only."""
        toks = self.toks
        return (
            after_title
            and not self.vi
            and toks[j].key in self.lex.first_names
            and j + 1 < self.n
            and toks[j + 1].cap
            and toks[j + 1].word
            and toks[j + 1].key not in self.lex.not_names
        )

    def honour_name(self, j: int, after_title: bool) -> bool:
        """ "Coal Minister Sri Prakash Jaiswal": after a title, a word that is no name on
        its own ("Sri", "Al") opens one when two name words follow it (English)."""
        toks = self.toks
        return (
            after_title
            and not self.vi
            and len(toks[j].text) <= 3  # a particle or honour word, not "National ..."
            and j + 2 < self.n
            and all(
                toks[x].cap
                and toks[x].word
                and toks[x].key not in self.lex.not_names
                and not self.lex.heads.match(toks, x)
                and not self.is_place(x)
                for x in (j + 1, j + 2)
            )
        )

    def korean_name(self, j: int) -> bool:
        """A Korean family name that is also an English word, before a hyphenated given
        name ("Park Geun-hye", "Moon Jae-in")."""
        return (
            not self.vi
            and j + 1 < self.n
            and len(self.toks[j].text) <= 4
            and _KOREAN_GIVEN.fullmatch(self.toks[j + 1].text) is not None
            and self.starts[j + 1] == self.ends[j] + 1
        )

    def inside_head(self, j: int) -> bool:
        """``toks[j]`` ends a position phrase that started before it ("Chief of Staff")."""
        if j == 0 or self.toks[j].key not in self.lex.head_last:
            return False
        return any(self.lex.heads.match(self.toks, x) == j + 1 - x for x in range(max(0, j - 4), j))

    def open_mod(self, x: int) -> bool:
        """A lower-case word that may modify a title head ("social", "human", "rights")."""
        t = self.toks[x]
        if t.key in self.lex.participles:
            return True  # "ousted leader", "elected president"
        if _ORDINAL.fullmatch(t.key):
            return True  # "the 18th president of the United States"
        return (
            t.word
            and not t.cap
            and t.key.replace("-", "").isalpha()
            and t.key not in self.lex.not_mods
            and not self.lex.stop.match(self.toks, x)
            and (
                not t.key.endswith(("ly", "ing", "ed", "est"))
                # a compound ending in a participle: "self-declared", "high-ranking"
                or _participle_compound(t.key)
                # "democratically elected", "newly appointed"
                or (
                    t.key.endswith("ly")
                    and x + 1 < self.n
                    and self.toks[x + 1].key in self.lex.participles
                )
            )
        )

    def head_after_mods(self, j: int) -> int:
        """After a premodifier: one or two open lower-case words, then a lower-case head
        ("chief medical officer", "top human rights official"); 0 when none."""
        for k in (j + 1, j + 2):
            if not self.open_mod(k - 1) or k >= self.n or self.toks[k].cap:
                return 0
            h = self.lex.heads_lower.match(self.toks, k)
            if h:
                return k + h
        return 0
