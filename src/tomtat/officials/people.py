"""People: hits grouped by name, short references merged, mentions counted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from tomtat.lang import stopwords
from tomtat.officials.grammar import Matcher, without_nickname
from tomtat.officials.keys import is_vi_syllable, strip_accents
from tomtat.officials.lexicon import Lexicon
from tomtat.officials.patterns import Hit
from tomtat.officials.screen import Body
from tomtat.officials.tokens import CAP, Sent, Tok, tokenize


@dataclass(slots=True)
class Person:
    """One person of the article: a name, its titles, aliases and mentions."""

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
        """Add titles not yet known (accents and case aside)."""
        for text in texts:
            tkey = title_key(text)
            if not tkey or tkey in self.title_keys:
                continue
            self.titles.append(text)
            self.title_keys.append(tkey)


_NAME = attrgetter("name")
_FORMER_VI = ("nguyen", "cuu")  # "nguyên", "cựu" without accents (title keys)


@lru_cache(maxsize=1 << 12)
def title_key(text: str) -> tuple[str, ...]:
    """A title's words without accents: one title however it is written."""
    return tuple(strip_accents(t.text).rstrip(".") for t in tokenize(text).toks if t.word)


def prune_titles(p: Person, lex: Lexicon | None = None) -> tuple[str, ...]:
    """Drop a title that is a prefix of a longer title of the same person, and (English,
    with ``lex``) one that names the same post as another, longer one: "President"
    beside "Zimbabwe President" or "former President", "Sen." beside "U.S. Senator",
    "Secretary" beside "Secretary of State" — not beside "Vice President"."""
    keep: list[str] = []
    for x, (text, tkey) in enumerate(zip(p.titles, p.title_keys, strict=True)):
        longer = any(
            other != tkey and len(other) > len(tkey) and other[: len(tkey)] == tkey
            for other in p.title_keys
        )
        if (
            lex is not None
            and not longer
            and len(p.titles) > 1
            and _distinction(lex, _post_words(lex, text))
        ):
            continue  # a record beside the posts, never a person's only title
        if lex is not None and not longer:
            words = _post_words(lex, text)
            keys = [t.key for t in words]
            longer = any(
                _same_post(lex, words, _post_words(lex, other))
                # "Senator" then "Sen.": the same post written twice, the first one kept
                or (y < x and [t.key for t in _post_words(lex, other)] == keys)
                for y, other in enumerate(p.titles)
                if y != x
            )
        # "phó Phòng nội vụ" beside "nguyên phó Phòng nội vụ": one former post
        former = any((w, *tkey) in p.title_keys for w in _FORMER_VI)
        if not longer and not former:
            keep.append(text)
    return tuple(keep)


@lru_cache(maxsize=1 << 12)
def _post_words(lex: Lexicon, text: str) -> tuple[Tok, ...]:
    """A title's words and possessives, abbreviations written out ("Sen." -> "senator")."""
    out = []
    for t in tokenize(text).toks:
        if not (t.word or t.key == "'s"):
            continue
        full = lex.title_abbreviations.get(t.key.rstrip("."))
        out.append(replace(t, key=full) if full else t)
    return tuple(out)


def _distinction(lex: Lexicon, words: tuple[Tok, ...]) -> bool:
    """ "first black general", "country's first indigenous president": a record the person
    set, not a post ("first vice president", "First Secretary" are posts)."""
    for x in range(len(words) - 2):
        t = words[x]
        if t.key == "first" and not t.cap:
            nxt = words[x + 1]
            return not (
                nxt.cap
                or nxt.key.endswith("ly")  # "first democratically elected president"
                or lex.premods.match(words, x + 1)
                or lex.heads.match(words, x + 1)
                or nxt.key in lex.left_lower
            )
    return False


def _same_post(lex: Lexicon, short: tuple[Tok, ...], long: tuple[Tok, ...]) -> bool:
    """``short`` names the post of ``long`` with fewer words: its words in order, ending
    where ``long`` ends ("President" in "Zimbabwe President", "acting Commissioner" in
    "acting IRS Commissioner") or, one word, its head ("Secretary" in "U.S. Secretary of
    State"); the words ``long`` adds are qualifiers (places, possessives, "former"), none
    making another post ("Vice", "Deputy") or starting a head ("Prime Minister")."""
    n, m = len(short), len(long)
    if not n or n >= m:
        return False
    keys = [t.key for t in short]
    added: list[int] = []
    i = n - 1
    if long[-1].key == keys[-1]:
        for x in range(m - 1, -1, -1):
            if i >= 0 and long[x].key == keys[i]:
                i -= 1
            else:
                added.append(x)
    if i >= 0:  # not its words in order: one word may still be its head
        at = next((x for x in range(m) if long[x].key == keys[0]), -1) if n == 1 else -1
        if at <= 0:
            return False
        added = list(range(at))
    for x in added:
        t = long[x]
        if t.key in lex.post_premods or lex.heads.match(long, x) > 1:
            return False
        if not (t.cap or t.key == "'s" or t.key in lex.left_lower or lex.premods.match(long, x)):
            return False  # "one-term president", "first American president": no qualifier
    return True


def _is_sub(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` is the start, the end or (one word) any word of ``full``."""
    if len(short) >= len(full):
        return False
    m = len(short)
    return full[:m] == short or full[-m:] == short or (m == 1 and short[0] in full)


def _alias_candidates(lex: Lexicon, p: Person) -> list[tuple[str, ...]]:
    """Short forms a person may be referred to by: last word, first word, last two words."""
    keys = p.keys
    out: list[tuple[str, ...]] = []
    if len(keys) >= 2:
        out.append(keys[-1:])
        out.append(keys[:1])
        if len(keys) >= 3:
            out.append(keys[-2:])
    return [a for a in out if a[-1] not in lex.weak_aliases]


def count_mentions(lex: Lexicon, persons: list[Person], sents: list[tuple[int, Sent]]) -> None:
    """Count name/alias occurrences in the body; record the aliases actually used."""
    full: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    short: dict[tuple[str, ...], list[int]] = {}
    for pi, p in enumerate(persons):
        full.setdefault(p.keys[0], []).append((p.keys, pi))
        if bare := bare_keys(p):  # "Pham Minh Chinh" for "Phạm Minh Chính"
            full.setdefault(bare[0], []).append((bare, pi))
        for ak in list(p.aliases):
            full.setdefault(ak[0], []).append((ak, pi))
        for ak in _alias_candidates(lex, p):
            short.setdefault(ak, []).append(pi)
    for lst in full.values():
        lst.sort(key=lambda x: len(x[0]), reverse=True)
    last_seen: dict[int, tuple[int, int]] = {}
    # a mention opens with one of these words; others are skipped in bulk
    openers = set(full) | {ak[0] for ak in short}
    for sidx, sent in sents:
        toks = sent.toks
        names = list(map(_NAME, toks))
        i = 0
        # the positions of openers, found by compress() without a Python step per token
        for c in compress(count(), map(openers.__contains__, names)):
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
                    if lex.lang == "vi" and _city_of(lex, toks, i, m):
                        break  # "TP Hồ Chí Minh" is the city, not the person
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
                if (
                    i > 0
                    and toks[i - 1].word
                    and toks[i - 1].cap
                    and not _title_end(lex, toks, i)
                    and not _capital_by_position(lex, toks, i - 1)
                ):
                    continue  # "John Paul": another name's last word
                if lex.lang == "vi" and any(
                    i >= b and lex.places.match(toks, i - b) > b for b in (1, 2)
                ):
                    continue  # "Chính" in "Bộ Chính trị"
                if (
                    lex.lang == "vi"
                    and not _prefixed(lex, toks, i)
                    and all(is_vi_syllable(toks[i + x].key) for x in range(m))
                ):
                    continue
                pi = _resolve(owners, last_seen, persons)
                _mention(persons[pi], pi, sidx, i, last_seen, ak, toks)
                i += m
                break


def _city_of(lex: Lexicon, toks: list[Tok], i: int, m: int) -> bool:
    """A name at ``i`` (``m`` words) that is a place after an administrative unit ("TP Hồ
    Chí Minh")."""
    return i > 0 and lex.admin_units.match(toks, i - 1) == 1 and lex.places.match(toks, i) == m


def attach_unnamed(lex: Lexicon, persons: list[Person], titles: list[tuple[int, str]]) -> None:
    """Give a title that names nobody to the one person whose title it completes ("Bộ
    trưởng Bộ GD-ĐT ..." -> the only person titled "Bộ trưởng"). Nobody gets it when
    another person holds a title opening the same way, when that person holds the same
    post with another complement ("lãnh đạo Triều Tiên" is no "lãnh đạo Trung Quốc"), or
    when the head names a group ("lãnh đạo tỉnh")."""
    for _, text in titles:
        tkey = title_key(text)
        if any(tkey[: len(c)] == c for c in lex.collective_heads):
            continue
        owners = []
        holders = 0  # people with a title opening on the same word(s)
        for p in persons:
            if any(k[:2] == tkey[:2] for k in p.title_keys):
                holders += 1
            if tkey in p.title_keys:
                owners.append(p)
                continue
            prefixes = [k for k in p.title_keys if len(k) < len(tkey) and tkey[: len(k)] == k]
            if not prefixes:
                continue
            shortest = min(prefixes, key=len)
            if any(k[: len(shortest)] == shortest and k not in prefixes for k in p.title_keys):
                continue  # the same post with another complement
            owners.append(p)
        if len(owners) == 1 and holders == 1:
            owners[0].add_titles([text])


def _continues(toks: list[Tok], j: int) -> bool:
    return j < len(toks) and toks[j].word and toks[j].cap


def _capital_by_position(lex: Lexicon, toks: list[Tok], j: int) -> bool:
    """English: the word at ``j`` opens its sentence (nothing but punctuation before it)
    and is a function word, capitalised by position only ("When Paul spoke", "In Paul's
    speech"), so it is no part of a name; a stopword that is also a given name ("Bill",
    "Will") may be one ("Bill Clinton said")."""
    key = toks[j].key
    return (
        lex.lang == "en"
        and key in stopwords("en")
        and key not in lex.first_names
        and not any(t.word for t in toks[:j])
    )


def _title_end(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    return toks[i - 1].key in lex.head_last or bool(lex.honorifics.match(toks, i - 1))


def _prefixed(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """A bare Vietnamese given name counts only after an honorific or a position word."""
    if i == 0:
        return False
    for back in (1, 2):
        if i - back >= 0 and lex.honorifics.match(toks, i - back) == back:
            return True
    return toks[i - 1].key in lex.head_last


def _resolve(
    owners: list[int], last_seen: dict[int, tuple[int, int]], persons: list[Person]
) -> int:
    if len(owners) == 1:
        return owners[0]
    seen = [(last_seen[o], o) for o in owners if o in last_seen]
    if seen:
        return max(seen)[1]
    return min(owners, key=lambda o: persons[o].first)


def _mention(
    p: Person,
    pi: int,
    sidx: int,
    i: int,
    last_seen: dict[int, tuple[int, int]],
    keys: tuple[str, ...],
    toks: list[Tok],
) -> None:
    p.mentions += 1
    last_seen[pi] = (sidx, i)
    if p.first_mention is None:
        p.first_mention = (sidx, i)
    if keys != p.keys and keys not in p.aliases:
        p.aliases[keys] = " ".join(t.text for t in toks[i : i + len(keys)])


def group_people(lex: Lexicon, hits: list[Hit], body: Body) -> list[Person]:
    """Group hits by name; merge short references into the full name they stand for."""
    groups: dict[tuple[str, ...], Person] = {}
    seen: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    by_keys: dict[tuple[str, ...], list[Hit]] = {}
    for h in hits:
        keys = h.name_keys()
        by_keys.setdefault(keys, []).append(h)
        p = groups.get(keys)
        if p is None:
            p = groups[keys] = Person(keys, h.name_text(), first=(h.sentence, h.name[0]))
            p.weak = h.weak
        p.weak = p.weak and h.weak
        p.add_titles(h.title_texts())
        seen.setdefault(keys, []).append((h.sentence, h.name[0]))
    texts: dict[tuple[str, ...], str] = {}
    singles = [k[0] for k in groups if len(k) == 1]
    if singles:
        # full names written without a title or honorific ("Barack Obama flew ...")
        for sidx, sent in body.with_words(singles, as_words=True):
            m = Matcher(lex, sent)
            toks = sent.toks
            resume = 0
            # a name opens on a capitalised token: compress() finds those, without a
            # Python step per token; a name found is scanned past
            for i in compress(count(), map(CAP, toks)):
                if i < resume or not m.runs_on(i):
                    continue  # inside the name just found, or no room for a full name
                ne = m.name_at(i, after_title=False)
                if ne - i >= 2:
                    idx = without_nickname(toks, i, ne)  # Jose "Pepe" Mujica
                    keys = tuple(toks[x].name for x in idx)
                    seen.setdefault(keys, []).append((sidx, i))
                    text = span_text(sent, i, ne) if len(idx) == ne - i else ""
                    texts.setdefault(keys, text or " ".join(toks[x].text for x in idx))
                    resume = ne
    fulls = [k for k in seen if len(k) >= 2]
    for keys in sorted(groups, key=len):
        p = groups[keys]
        cands = [
            f
            for f in fulls
            if _is_sub(keys, f)
            # "Barack Obama" is not "Barack Obama Sr.": a generational suffix is another man
            and not (f[: len(keys)] == keys and f[len(keys) :] and _generational(lex, f[-1]))
            # "King Abdullah" is not "Justice Minister Abdullah Bin Mohammad"
            and not (len(keys) == 1 and _regnal(lex, p) and not _regnal(lex, groups.get(f)))
        ]
        if not cands:
            continue

        def score(f: tuple[str, ...], p: Person = p) -> tuple[int, int, tuple[int, int]]:
            before = [pos for pos in seen[f] if pos < p.first]
            q = groups.get(f)
            return (len(seen[f]), int(bool(q and q.titles)), max(before) if before else (-1, -1))

        best = max(cands, key=score)
        if len(cands) >= 2 and len(keys) == 1:
            # "Clinton" after "Bill Clinton" and "Hillary Clinton": each mention goes to
            # the one holding its post already, else to the best overall
            short = groups.pop(keys)
            for h in by_keys[keys]:
                f = _referent(h, cands, groups) or best
                q = _full_person(groups, f, texts, seen)
                q.add_titles(h.title_texts())
                q.aliases[keys] = short.name
                q.first = min(q.first, (h.sentence, h.name[0]))
                q.weak = False
            continue
        q = _full_person(groups, best, texts, seen)
        _absorb(q, groups.pop(keys))
        q.weak = False
    _merge_unaccented(groups)
    if lex.lang == "en":
        _merge_spellings(groups)
    return [p for p in groups.values() if p.titles and not p.weak]


def _regnal(lex: Lexicon, p: Person | None) -> bool:
    """``p`` holds a monarch's title ("King", "Saudi King", "Pope")."""
    if p is None:
        return False
    return any(
        lex.regnal_heads.match(words, x)
        for text in p.titles
        for words in (_post_words(lex, text),)
        for x in range(len(words))
    )


def _generational(lex: Lexicon, key: str) -> bool:
    return key in lex.generational_suffixes or key.rstrip(".") + "." in lex.generational_suffixes


def _referent(
    h: Hit, cands: list[tuple[str, ...]], groups: dict[tuple[str, ...], Person]
) -> tuple[str, ...] | None:
    """Which of several full names a one-word mention with a title stands for: the one
    person already holding a post with the same head word ("President Clinton": the
    former President, not the Secretary of State); None when not exactly one does."""
    heads = {k[-1] for t in h.title_texts() if (k := title_key(t))}
    same = [
        f
        for f in cands
        if (q := groups.get(f)) is not None and heads & {k[-1] for k in q.title_keys if k}
    ]
    return same[0] if len(same) == 1 else None


def _full_person(
    groups: dict[tuple[str, ...], Person],
    keys: tuple[str, ...],
    texts: dict[tuple[str, ...], str],
    seen: dict[tuple[str, ...], list[tuple[int, int]]],
) -> Person:
    """The person of a full name, made from its first untitled mention when needed."""
    q = groups.get(keys)
    if q is None:
        q = groups[keys] = Person(keys, texts[keys], first=min(seen[keys]))
    return q


def _absorb(q: Person, p: Person) -> None:
    """Merge ``p`` into ``q``, the fuller form of the same person: titles, its name as an
    alias, its aliases, the earlier first appearance."""
    q.add_titles(p.titles)
    q.aliases[p.keys] = p.name
    q.aliases.update(p.aliases)
    q.first = min(q.first, p.first)


def _merge_spellings(groups: dict[tuple[str, ...], Person]) -> None:
    """One person spelt two ways inside a name ("Sharif Sheik Ahmed", "Sharif Sheikh
    Ahmed"): same first and last words, a middle word one letter apart (four letters or
    more, so "George H. Bush" stays apart from "George W. Bush")."""
    keys = sorted(groups, key=lambda k: groups[k].first)
    for a in keys:
        for b in keys:
            if a >= b or a not in groups or b not in groups or len(a) != len(b) or len(a) < 3:
                continue
            if a[0] != b[0] or a[-1] != b[-1]:
                continue
            diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
            if len(diff) == 1 and min(map(len, diff[0])) >= 4 and _one_edit(*diff[0]):
                first, second = sorted((a, b), key=lambda k: groups[k].first)
                _absorb(groups[first], groups.pop(second))


def _one_edit(x: str, y: str) -> bool:
    """``x`` and ``y`` differ by one inserted, deleted or replaced letter."""
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long = sorted((x, y), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def bare_keys(p: Person) -> tuple[str, ...] | None:
    """The full name written without diacritics ("pham", "minh", "chinh"), when that
    differs from its keys: mixed text writes one person both ways."""
    if p.name.isascii():
        return None
    bare = title_key(p.name)
    return bare if len(bare) >= 2 else None


def _merge_unaccented(groups: dict[tuple[str, ...], Person]) -> None:
    """Merge a full name written without any diacritics into the one accented full name
    it is ("Pham Minh Chinh" into "Phạm Minh Chính"). Two accented names that differ in a
    tone ("Hải", "Hài") are two people and stay apart."""
    accented: dict[tuple[str, ...], list[Person]] = {}
    for p in groups.values():
        if len(p.keys) >= 2 and not p.name.isascii():
            accented.setdefault(title_key(p.name), []).append(p)
    for keys, p in list(groups.items()):
        owners = accented.get(title_key(p.name), []) if p.name.isascii() else []
        if len(owners) != 1:
            continue
        q = owners[0]
        _absorb(q, groups.pop(keys))
        q.weak = q.weak and p.weak


def span_text(sent: Sent, s: int, e: int) -> str:
    """The text of tokens ``s:e`` with their original spacing."""
    toks, starts, ends = sent.toks, sent.starts, sent.ends
    out = toks[s].text
    for k in range(s + 1, e):
        out += " " * (starts[k] - ends[k - 1]) + toks[k].text
    return out
