"""The pattern families, one function each, and the loop that tries them in order.

Each family looks at one position of a sentence and returns the people it names
there and where scanning continues (:class:`Step`), or ``None`` when it does not
apply. :func:`find_hits` tries them in order: a title then its name (with the
titles chained before it and the list a plural title covers), a title opening the
sentence then a copula, an honorific then a name, a bare name then an apposition.
A title that names nobody may be given to the subject of the next sentence
(:func:`orphan_title`, resolved by :func:`named_next`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count
from operator import attrgetter, or_
from typing import NamedTuple

from tomtat.officials.grammar import Matcher, Title, without_nickname
from tomtat.officials.grammar_en import (
    PARTY_STATE,
    outer_named,
    split_rank,
    tenure_as,
    verb_like,
)
from tomtat.officials.grammar_vi import (
    appositions_vi,
    copula_at,
    object_before,
    plural_near,
    unnamed_subject,
)
from tomtat.officials.keys import is_vi_syllable
from tomtat.officials.lexicon import Lexicon
from tomtat.officials.screen import Body
from tomtat.officials.titles import (
    appositions,
    chain_next,
    time_phrase,
    title_at,
    title_then_name,
)
from tomtat.officials.tokens import CAP, Sent


@dataclass(slots=True)
class Hit:
    """A named person found in one sentence, with the titles given there."""

    name: tuple[int, int]  # token span in the sentence
    titles: list[tuple[int, int]]
    sentence: int
    sent: Sent
    text: str
    weak: bool = False
    extra: tuple[str, ...] = ()  # titles given in another sentence

    def name_text(self) -> str:
        s, e = self.name
        starts, ends = self.sent.starts, self.sent.ends
        idx = without_nickname(self.sent.toks, s, e)
        if len(idx) == e - s:
            text = self.text[starts[s] : ends[e - 1]]
        else:  # Jose "Pepe" Mujica: the name without its quoted nickname
            text = " ".join(self.text[starts[x] : ends[x]] for x in idx)
        return text[:-1] if self._final_period(idx[-1]) else text

    def name_keys(self) -> tuple[str, ...]:
        s, e = self.name
        toks = self.sent.toks
        return tuple(toks[x].name for x in without_nickname(toks, s, e))

    def _final_period(self, x: int) -> bool:
        """The name's last token keeps a period that ends the sentence ("... Hun Sen."
        where "Sen." is an abbreviation elsewhere): not an initial ("J."), "Jr." or "Sr."
        (see :func:`tomtat.officials.tokens.name_of`)."""
        tok = self.sent.toks[x]
        return tok.text.endswith(".") and tok.name == tok.key[:-1]

    def title_texts(self) -> list[str]:
        starts, ends = self.sent.starts, self.sent.ends
        return [self.text[starts[s] : ends[e - 1]] for s, e in self.titles] + list(self.extra)


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", '"', "“"})
_APPOSITION_OPENERS = frozenset({",", "-", "–", "("})
_LIST_MARKS = frozenset({",", ";"})
_KEY_OF = attrgetter("key")
_SUBJECT_REACH = 8  # tokens: where a sentence's subject may start ("Chuẩn Đô đốc X, ...")


@dataclass(frozen=True, slots=True)
class At:
    """The sentence a family looks at: its matcher, index and text."""

    m: Matcher
    index: int
    text: str

    def hit(
        self, name: tuple[int, int], titles: list[tuple[int, int]], *, weak: bool = False
    ) -> Hit:
        return Hit(name, titles, self.index, self.m.sent, self.text, weak=weak)


class Step(NamedTuple):
    """What a family found at a position: its hits and where scanning continues."""

    hits: list[Hit]
    next: int


class Chain(NamedTuple):
    """Titles chained before a name not yet seen, and where the next one must start."""

    titles: tuple[tuple[int, int], ...]
    next: int


_NO_CHAIN = Chain((), -1)
# English: the next title of a chain starts at ``Chain.next`` but is found at its head,
# up to four words on ("Deputy Prime Minister and Foreign Affairs Minister X")
_EN_CHAIN_REACH = 4


def find_hits(
    lex: Lexicon,
    sent: Sent,
    sentence: str,
    index: int,
    orphans: list[tuple[int, str]] | None = None,
    referred: list[tuple[int, tuple[str, ...]]] | None = None,
) -> list[Hit]:
    """The people named with a title in one sentence; ``orphans`` collects unnamed titles,
    ``referred`` the titles a Vietnamese sentence gives by pronoun ("Ông từng là ...")."""
    toks = sent.toks
    keys = list(map(_KEY_OF, toks))
    # every pattern needs a position word or an honorific somewhere in the sentence
    if lex.hit_starts.isdisjoint(keys):
        return []
    m = Matcher(lex, sent)
    at = At(m, index, sentence)
    if referred is not None and (given := pronoun_titles(at)):
        referred.append((index, given))
    hits: list[Hit] = []
    chain = _NO_CHAIN
    head_starts = lex.head_starts
    honorifics = lex.honorifics
    # only a capitalised word or a trigger can start a pattern: those positions are found
    # by map() and compress() (no Python step for the other tokens, most of them); every
    # step moves past its position, so going on from ``resume`` skips the ones passed
    looks = map(or_, map(CAP, toks), map(lex.triggers.__contains__, keys))
    resume = 0
    for i in compress(count(), looks):
        if i < resume:
            continue
        t = toks[i]
        if chain.titles and i > chain.next + (0 if m.vi else _EN_CHAIN_REACH):
            chain = _NO_CHAIN
        step = None
        # a title opens on a head (both languages' title_then_name give none without one)
        if t.word and t.key in head_starts and m.head(i)[1] > i:
            title = title_then_name(m, i)
            if title.end > title.start:
                before = chain.titles if chain.titles and title.start == chain.next else ()
                step = title_then_name_hits(at, title, before) or title_then_copula(
                    at, title, before
                )
                if step is not None:
                    chain = _NO_CHAIN
                else:
                    if orphans is not None and (orphan := orphan_title(at, title, before)):
                        orphans.append((index, orphan))
                    chain = chained(m, title, before) or chain
                    if m.vi:
                        resume = title.end
                        continue
        if step is None and t.key in honorifics:
            step = honorific_name(at, i)
        if step is None and t.word and t.cap and not m.vi and i > 0:
            step = appointed_as(at, i)
        if step is None and t.word and t.cap:
            step = bare_name(at, i)
        if step is None:
            continue
        hits.extend(step.hits)
        if not m.vi and step.hits:
            hits.extend(skipped_names(at, step))
        resume = step.next
    return hits


def skipped_names(at: At, step: Step) -> list[Hit]:
    """Officials named inside what a step skipped without taking it as a title: "Liz Lee,
    the daughter of former Vice President Dick Lee and a State Department official"
    (English; the apposition's second conjunct is hers, the first names him)."""
    m = at.m
    toks = m.toks
    taken = [span for h in step.hits for span in (h.name, *h.titles)]
    lo = max(h.name[1] for h in step.hits)
    out: list[Hit] = []
    x = lo
    while x < step.next:
        if any(s <= x < e for s, e in taken) or not (
            toks[x].word and toks[x].key in m.lex.head_starts
        ):
            x += 1
            continue
        title = title_then_name(m, x)
        if title.name_end and title.end > title.start and title.name_end <= step.next:
            found = title_then_name_hits(at, title, ())
            if found is not None and found.hits:
                out.extend(found.hits)
                x = max(x + 1, found.next)
                continue
        x += 1
    return out


def title_then_name_hits(at: At, title: Title, before: tuple[tuple[int, int], ...]) -> Step | None:
    """A title then its name ("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến"), with the titles
    chained before it, those apposed after the name and the list a plural title covers."""
    s, e, ns, ne = title
    if not ne:
        return None
    m = at.m
    if m.vi:
        # a lone given name ("Bộ trưởng Nhạ") counts only as part of a full name; a comma
        # after it rather opens another person ("thay cho Chủ tịch Thái, Phó chủ tịch ... X")
        weak = ne - ns == 1 and is_vi_syllable(m.toks[ns].key)
    else:
        # a surname after a head that is no strong title: only a short reference
        weak = ne - ns == 1 and not any(m.lex.strong_heads.match(m.toks, x) for x in range(s, e))
    titles, after = appositions(m, ne) if not (m.vi and weak) else ([], ne)
    spans = [*before, *split_rank(m, s, e), *titles]  # "Chairman Adm.": post, rank
    hits = [at.hit((ns, ne), spans, weak=weak), *coordinated(at, after, (s, e))]
    if not m.vi and after == ne:
        outer = outer_named(m, s, ne)  # "a spokesman for Chancellor Merkel, Steffen Seibert,"
        if outer.name_end:
            hits.append(at.hit((outer.name_start, outer.name_end), [(outer.start, outer.end)]))
            after = outer.name_end
    return Step(hits, after)


def title_then_copula(at: At, title: Title, before: tuple[tuple[int, int], ...]) -> Step | None:
    """A title opening the sentence, a copula, a name: "The commander of this area and
    head of ... is Masrour Barzani" (English)."""
    m = at.m
    toks, n = m.toks, m.n
    s, e = title.start, title.end
    cop = 0 if m.vi or e >= n else m.lex.copulas.match(toks, e)
    if not cop:
        return None
    opening = before[0][0] if before else s
    if any((x.cap and x.word) or x.text in _CLAUSE_MARKS for x in toks[1:opening]):
        return None  # the title must open the sentence: no name and no comma before it
    ne = m.name_at(e + cop, after_title=False)
    if not ne:
        return None
    return Step([at.hit((e + cop, ne), [*before, (s, e)])], ne)


def orphan_title(at: At, title: Title, before: tuple[tuple[int, int], ...] = ()) -> str | None:
    """A title that opens a clause without a name ("Turkey's foreign minister called
    ..."): its text, for the person named in the next sentence (:func:`named_next`); in
    Vietnamese ("Bộ trưởng Bộ GD-ĐT cho biết") for the one person who holds its head
    (:func:`tomtat.officials.people.attach_unnamed`)."""
    m = at.m
    toks = m.toks
    s, e = title.start, title.end
    if m.vi:
        named = not before and unnamed_subject(m, s, e)
        return at.text[m.starts[s] : m.ends[e - 1]] if named else None
    if not (
        (
            s > 0
            and (
                toks[s - 1].key in m.lex.definite_articles
                or toks[s - 1].key in m.lex.possessive_markers
            )
        )
        or any(toks[x].key == "'s" for x in range(s, e))
    ):
        return None
    if not verb_like(m.lex, toks, e):
        return None
    if m.plural(s, e):
        return None  # "the party's leaders said": many people, not the next one named
    return at.text[m.starts[s] : m.ends[e - 1]]


def chained(m: Matcher, title: Title, before: tuple[tuple[int, int], ...]) -> Chain | None:
    """A title followed by "," or "kiêm" and another title: "Phó Thủ tướng, Bộ trưởng ..."."""
    s, e = title.start, title.end
    nxt = chain_next(m, e)
    if not nxt or (m.vi and not before and object_before(m, s)):
        return None
    if not m.vi and (
        (s > 0 and m.toks[s - 1].key == "as" and m.toks[e].text == ",")
        or any(m.plural(a, b) for a, b in (*before, (s, e)))
    ):
        return None  # "his nomination as Ambassador to Hungary, spokesman X": another's post
    return Chain((*before, (s, e)), nxt)


def honorific_name(at: At, i: int) -> Step | None:
    """An honorific, a name and its appositions: "ông Lê Văn A, Chủ tịch UBND xã"."""
    m = at.m
    toks, n = m.toks, m.n
    hon = m.honorific(i) if toks[i].key in m.lex.honorifics else 0
    if not hon:
        return None
    ns = m.skip_degrees(i + hon)
    if m.head(ns)[1] > ns:  # "đồng chí Phó Bí thư ... Lại Thế Nguyên"
        return Step([], ns)
    ne = m.cap_run(ns, 5) if ns < n and toks[ns].cap else ns
    if m.vi:  # "ông Trần Văn Đồng Bí thư Đảng ủy xã": a position without a comma
        ne = next((x for x in range(ns + 1, ne) if m.lex.heads.match(toks, x) >= 2), ne)
    if ne <= ns:
        return None
    if (
        m.vi
        and ne + 1 < n
        and (toks[ne].key in m.lex.any_conjunctions or toks[ne].text == ",")
        and m.honorific(ne + 1)
    ):
        shared = shared_title(at, (ns, ne))
        if shared is not None:
            return shared
    titles, after = appositions(m, ne)
    return Step([at.hit((ns, ne), titles)], after)


def appointed_as(at: At, i: int) -> Step | None:
    """ "The president named Ann Lee as the new prime minister", "the nomination of Ann
    Lee as attorney general": the title after "as" is the appointed person's (English)."""
    m = at.m
    toks, n, lex = m.toks, m.n, m.lex
    prev = toks[i - 1]
    if not (
        (prev.key in lex.appoint_words and not prev.cap)
        or (prev.key == "of" and i >= 2 and toks[i - 2].key in lex.appoint_words)
    ):
        return None
    ne = m.name_at(i, after_title=False)
    if not ne and m.cap_run(i) == i + 1 and not toks[i].text.isupper():
        ne = i + 1  # "voted to install Micheletti as interim president": a surname
    if not ne or ne + 1 >= n or toks[ne].key != "as":
        return None
    title = title_at(m, ne + 1, apposition=True)
    if title.end <= title.start:
        return None
    # a one-word name counts only when the article names that person in full elsewhere
    return Step([at.hit((i, ne), [(title.start, title.end)], weak=ne - i < 2)], title.end)


def shared_title(at: At, first: tuple[int, int]) -> Step | None:
    """Names coordinated before one plural title, each with an honorific: "ông A và ông B,
    hai Phó Chủ tịch UBND tỉnh" (a number or quantifier says the title is theirs)."""
    m = at.m
    toks, n, lex = m.toks, m.n, m.lex
    names = [first]
    k = first[1]
    while k < n and (toks[k].key in lex.any_conjunctions or toks[k].text == ","):
        j = k + 1 + (m.honorific(k + 1) if k + 1 < n else 0)
        if j == k + 1:
            break  # each name is introduced like the first one
        ne = m.cap_run(j, 5) if j < n and toks[j].cap else j
        if ne <= j or m.head(j)[1] > j:
            return None
        names.append((j, ne))
        k = ne
    if len(names) < 2 or k + 2 >= n or toks[k].text != ",":
        return None
    q = k + 1
    if not (toks[q].text.isdigit() or toks[q].key in lex.quantifiers):
        return None
    title = title_at(m, q + 1, apposition=True)
    if title.end <= title.start or title.name_end:
        return None
    span = (title.start, title.end)
    return Step([at.hit(name, [span]) for name in names], title.end)


def bare_name(at: At, i: int) -> Step | None:
    """A name without an honorific, then an apposition: "Lê Văn A, Chủ tịch UBND tỉnh"."""
    m = at.m
    toks, n, lex = m.toks, m.n, m.lex
    t = toks[i]
    if not (
        t.word
        and t.cap
        and (
            i == 0
            or not (toks[i - 1].word and toks[i - 1].cap)
            or m.is_degree(i - 1)
            or toks[i - 1].key in lex.not_names
            # "Should Ann Lee, ...", "(CNN) -- Should Ann Lee, ...": a clause opener
            or (not m.vi and (i == 1 or not toks[i - 2].word) and lex.stop.match(toks, i - 1))
        )
        # a name found here always ends where the capitalised run does: look there first
        and (r := m.cap_run(i)) < n
        and (
            toks[r].text in _APPOSITION_OPENERS
            or lex.copulas.match(toks, r)
            or (toks[r].key == "'s" and not m.vi and tenure_as(m, r))
            or (not m.vi and (w := time_phrase(m, r)) and lex.copulas.match(toks, r + w))
        )
    ):
        return None
    ne = m.name_at(i, after_title=False)
    if not ne and not m.vi and t.key not in lex.not_names and not m.head(i)[1] > i:
        # "Last May, ...", "the PDRC, Deputy Prime Minister ...": a date, an organisation
        ne = i + 1 if r == i + 1 and not _date_month(m, i) and not t.text.isupper() else 0
    if not ne:
        return None
    titles, after = appositions(m, ne)
    if not titles:
        return None
    if (
        not m.vi
        and ne - i < 2
        and after + 1 < n
        and toks[after].text == ","
        and m.name_at(after + 1, after_title=False) - after > 2
    ):
        return None  # "in Florida, a spokesman for the group, Rick Tyler,": his title
    # a one-word name without an honorific ("Volodin, Chủ tịch Duma") only counts when
    # the article names that person in full elsewhere
    return Step([at.hit((i, ne), titles, weak=ne - i < 2)], after)


def _date_month(m: Matcher, i: int) -> bool:
    """ "Last May, ...", "in June, ...": a month, not the one-word name May or June."""
    return i > 0 and m.toks[i].key in m.lex.months and m.toks[i - 1].key in m.lex.before_date


def coordinated(at: At, k: int, title: tuple[int, int]) -> list[Hit]:
    """Plural titles cover a list: "Sens. Tom Coburn of Oklahoma and Mike Enzi"."""
    m = at.m
    toks = m.toks
    s, e = title
    last = toks[e - 1].text.rstrip(".")
    if (
        not (last.endswith("s") and not last.endswith("ss"))
        and not (m.vi and plural_near(m, s))
        and not m.plural(s, e)
    ):
        return []
    out: list[Hit] = []
    n = m.n
    strong = not m.vi and m.lex.strong_heads.match(toks, e - 1) == 1 and m.plural(e - 1, e)
    while k < n:
        if m.vi and toks[k].text == "(":  # "ông A (đã bị bắt) và ông B"
            close = next((x for x in range(k + 1, min(n, k + 12)) if toks[x].text == ")"), 0)
            if close:
                k = close + 1
                continue
        if toks[k].key in m.lex.origin_preps and k + 1 < n and toks[k + 1].cap:
            k = m.cap_run(k + 1)
            continue
        if toks[k].text == "," and k + 1 < n and PARTY_STATE.fullmatch(toks[k + 1].text):
            k += 2  # "Joe Barton, R-Texas; Gene Green, D-Texas"
            continue
        if (toks[k].key in _LIST_MARKS or toks[k].key in m.lex.any_conjunctions) and k + 1 < n:
            j = k + 1
            if j < n and toks[j].key == "and":
                j += 1
            if m.vi:
                j += m.honorific(j)  # "các ông A, ông B và bà C"
            # "Presidents Bush and Clinton": surnames after a plural strong title
            ne = m.name_at(j, after_title=strong, cap_head=strong)
            if ne:
                out.append(at.hit((j, ne), [title]))
                k = ne
                continue
        break
    return out


def pronoun_titles(at: At) -> tuple[str, ...]:
    """Titles a sentence gives by pronoun: "Ông từng là Trưởng phòng Tác chiến, Phó Tham mưu
    trưởng Quân chủng Hải quân" (for :func:`named_before`)."""
    m = at.m
    toks = m.toks
    if m.n < 4 or not (toks[0].cap and toks[0].key in m.lex.pronoun_openers) or toks[1].cap:
        return ()
    cop = copula_at(m, 1)
    if not cop:
        return ()
    if not m.vi:  # "She is also chairwoman of the Palmetto Institute."
        title = title_at(m, 1 + cop, apposition=True)
        if title.end <= title.start or title.name_end or m.plural(title.start, title.end):
            return ()
        return (at.text[m.starts[title.start] : m.ends[title.end - 1]],)
    titles, _ = appositions_vi(m, 1)
    return tuple(at.text[m.starts[s] : m.ends[e - 1]] for s, e in titles)


def named_before(
    lex: Lexicon, body: Body, index: int, titles: tuple[str, ...], hits: list[Hit]
) -> Hit | None:
    """The one person a pronoun sentence ("Ông từng là ...") refers to: the only person
    named in the sentence before it (by a title, an honorific or in full), as its subject
    (near its start); nobody when two are named."""
    pos = next((k for k, item in enumerate(body.items) if item[0] == index), None)
    if not pos:
        return None
    pidx, text = body.items[pos - 1]
    sent = body.tokens(pidx, text)
    m = Matcher(lex, sent)
    spans = {h.name_keys(): h.name for h in hits if h.sentence == pidx}
    i = 0
    while i < m.n:
        hon = m.honorific(i) if sent.toks[i].key in lex.honorifics else 0
        ne = m.name_at(i + hon, after_title=False) if hon or sent.toks[i].cap else 0
        if ne and (hon or ne - i >= 2):  # with an honorific, or a full name
            spans.setdefault(tuple(t.name for t in sent.toks[i + hon : ne]), (i + hon, ne))
            i = ne
            continue
        i += 1
    if len(spans) != 1:
        return None
    (span,) = spans.values()
    if span[0] > _SUBJECT_REACH:
        return None  # named late in the sentence: rather an object than its subject
    return Hit(span, [], pidx, sent, text, extra=titles)


def named_next(lex: Lexicon, body: Body, index: int, title: str, hits: list[Hit]) -> Hit | None:
    """A title that opens a clause and names nobody ("Turkey's foreign minister called
    ...") goes to the first person named as a subject in the next sentence ("Ahmet
    Davutoglu says ..."), unless a title is given to that name there."""
    pos = next((k for k, item in enumerate(body.items) if item[0] == index), None)
    if pos is None or pos + 1 >= len(body.items):
        return None
    nidx, text = body.items[pos + 1]
    sent = body.tokens(nidx, text)
    taken = {h.name[0] for h in hits if h.sentence == nidx}
    m = Matcher(lex, sent)
    i = 0
    while i < m.n:
        ne = m.name_at(i, after_title=False) if sent.toks[i].cap else 0
        if ne - i >= 2:
            if i not in taken and verb_like(lex, sent.toks, ne):
                return Hit((i, ne), [], nidx, sent, text, extra=(title,))
            i = ne
            continue
        i += 1
    return None
