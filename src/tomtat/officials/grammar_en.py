"""The English title grammar: modifiers to the left, complements to the right, apposition."""

from __future__ import annotations

import re

from tomtat.officials.grammar import JOINERS, Matcher, Title, is_particle
from tomtat.officials.lexicon import Lexicon
from tomtat.officials.tokens import Tok

# "director of ...", "spokesman for ...", "official with ...", "top Republican on ..."
_APOSTROPHES = frozenset({"'", "’"})  # "the Red Cross' head of operations"
PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")  # "R-Texas", "D-N.Y."


def left_en(m: Matcher, s: int) -> int:
    """Extend a title leftwards over modifiers ("Arizona", "former", "Israeli")."""
    toks, lex = m.toks, m.lex
    took_cap = False
    while s > 0:
        t = toks[s - 1]
        if t.key == "'s" and s >= 2 and toks[s - 2].cap:
            s -= 2
            continue
        if t.key == "'s" and s >= 2 and toks[s - 2].key in lex.institutions:
            s -= 2  # "the ministry's spokesman": the organisation next to the post
            continue
        if t.word and t.key.endswith("-") and lex.premods.match(toks, s - 1):
            s -= 1  # "Then-Sen.", "Ex-President": the prefix belongs to the title
            continue
        if t.word and t.cap:
            party = s >= 2 and toks[s - 2].key in lex.chambers and t.key in lex.left_block
            if (t.key in lex.left_block and not party) or m.honorific(s - 1):
                break  # "House Democratic Leader": a party word after a chamber is kept
            if s - 1 == 0 and lex.stop.match(toks, 0):
                break  # "So U.S. Joint Chiefs Chairman": a function word, capitalised
            took_cap = True
            if s - 1 == 0 or not toks[s - 2].word or toks[s - 2].key in lex.function_words:
                s -= 1
                continue
            # a capitalised word mid-sentence: keep unless it ends someone's name
            if toks[s - 2].cap and ends_person(m, s - 1):
                break
            s -= 1
            continue
        if t.word and (t.key in lex.left_lower or t.key.endswith("-")):
            if t.key.endswith("ed") and s >= 2 and _subject_before(m, s - 2):
                break  # "party leaders elected serving minister X": a verb, not "newly elected"
            s -= 1
            continue
        if t.word and not took_cap and (back := open_mods_left(m, s)):
            s = back  # "Turkey's family and social policies minister"
            continue
        if t.key == "of" and s >= 2 and toks[s - 2].cap and s < m.n and toks[s].cap:
            s -= 1
            continue
        break
    # do not start on "of"/possessive
    while s < m.n and (toks[s].key in m.lex.left_skips):
        s += 1
    return s


def _subject_before(m: Matcher, k: int) -> bool:
    """A lower-case plural noun at ``k`` ("leaders"; no determiner, modifier or adverb):
    a past form after it is its verb ("leaders elected"), not "retired" after "arrested"."""
    t, lex = m.toks[k], m.lex
    return (
        t.word
        and not t.cap
        and t.key.endswith("s")
        and not t.key.endswith(("ss", "us", "is"))
        and not t.key.endswith("ly")
        and t.key not in lex.determiners
        and t.key not in lex.function_words
        and t.key not in lex.left_lower
        and not lex.premods.match(m.toks, k)
        and not lex.stop.match(m.toks, k)
    )


def ends_person(m: Matcher, k: int) -> bool:
    """The capitalised run ending at ``k`` reads as a person's name ("John Smith"), not
    as an organisation or place before a title ("New York Police", "PGA Tour")."""
    toks, lex = m.toks, m.lex
    r = k
    while r > 0 and toks[r - 1].word and toks[r - 1].cap and toks[r - 1].key != "'s":
        if lex.honorifics.match(toks, r - 1):
            break  # "the Rev. Martin Luther King": the name starts after it
        r -= 1
    if any(toks[x].key in lex.not_names for x in range(r, k + 1)):
        return False
    return toks[r].key in lex.first_names and k > r


def open_mods_left(m: Matcher, s: int) -> int:
    """Start of up to three open modifiers (and "and") before ``s``, kept only when a
    possessive or a determiner comes first: "Turkey's family and social policies"."""
    toks = m.toks
    k = s
    words = 0
    while k > 0 and words < 4 and (m.open_mod(k - 1) or toks[k - 1].key == "and"):
        k -= 1
        words += 1
    while k < s and toks[k].key == "and":
        k += 1
    if k == s or k == 0:
        return 0
    before = toks[k - 1].key
    # "the list names Reps. ...": before a capitalised head only a possessive anchors
    if before == "'s" or (before in m.lex.determiners and not toks[s].cap):
        return k
    return 0


def extend_en(m: Matcher, j: int, *, again: bool = True) -> int:
    """Extend an English title rightwards over an ``of``/``for`` complement, and a second
    one that names an organisation ("vice president of communications at the Human
    Rights Campaign")."""
    toks, n, lex = m.toks, m.n, m.lex
    end = j
    k = j
    if k < n and toks[k].key in m.lex.complements:
        k += 1
        if (
            toks[k - 1].key == "to"
            and k < n
            and toks[k].word
            and not toks[k].cap
            and toks[k].key not in lex.determiners
            and toks[k].key not in lex.left_lower
            and not is_particle(toks[k].key)  # "adviser to al-Maliki"
        ):
            return end  # "the first official to apologize": an infinitive, no complement
        if k < n and toks[k].key == "the":
            k += 1
        start = k
        lower = 0
        while k < n and k - start < 7:
            t = toks[k]
            if (t.text[:1].isdigit() or t.key in lex.months) and toks[
                k - 1
            ].key in m.lex.date_preps:
                if k - 1 >= start:
                    end = k - 1  # "ambassador to France in 2010": the date is no part
                break
            if t.word and not t.cap and not lex.stop.match(toks, k) and lower < 2:
                # "spokesman for the group", "envoy for Middle East peace"
                if t.key not in lex.left_lower:
                    lower += 1
                k += 1
                end = k
                continue
            if t.word and (t.cap or t.key in lex.left_lower) and not lex.stop.match(toks, k):
                ne = m.name_at(k, after_title=False) if t.key in lex.first_names else 0
                if ne and not (ne < n and toks[ne].key == "'s"):
                    break  # but "spokesman for Hillary Clinton's campaign": her campaign
                if k > start and toks[j - 1].cap and name_after_portfolio(m, k):
                    break  # "Secretary of Labor Hilda Solis": the name is no portfolio
                strong = lex.strong_heads.match(toks, k)
                ne = m.name_at(k + strong, after_title=True) if strong else 0
                if ne and not (ne < n and toks[ne].key == "'s"):  # "President Karzai's ..."
                    end = k + strong  # "adviser to President Putin": up to his name
                    break
                k += 1
                end = k
                continue
            if t.key == "'s":
                k += 1
                continue
            if (
                (t.key in m.lex.name_links or t.key in m.lex.definite_articles)
                and k + 1 < n
                and toks[k + 1].cap
            ):
                if t.key == "and" and post_after_and(m, k + 1):
                    break  # "Head of Mission and Force Commander": a chain of two posts
                k += 1
                continue
            break
    # never end on a preposition or article ("president to the applause of")
    while end > j and (
        (key := toks[end - 1].key) in m.lex.complements
        or key in m.lex.definite_articles
        or key in m.lex.conjunctions
    ):
        end -= 1
    if again and end > j and end + 1 < n and toks[end].key in m.lex.second_complements:
        x = end + 2 if toks[end + 1].key == "the" else end + 1
        if x < n and toks[x].cap and toks[x].word:
            return extend_en(m, end, again=False)
    return end


def post_after_and(m: Matcher, k: int) -> bool:
    """A capitalised post starts at ``k``, its head within three capitalised words and a
    capitalised word after it ("Force Commander Luca Porta"): "and" there joins two posts,
    not two parts of a name ("the Center for Nonviolence and Social Justice at ...")."""
    toks = m.toks
    for r in range(k, min(m.n, k + 3)):
        if not (toks[r].cap and toks[r].word):
            return False
        h = m.lex.heads.match(toks, r)
        if h:  # the post leads on to its holder ("... Force Commander Luca Porta")
            return r + h < m.n and toks[r + h].cap and toks[r + h].word
    return False


def name_after_portfolio(m: Matcher, k: int) -> bool:
    """A full name closing the capitalised portfolio of a complement at ``k``: two or
    three words after a capitalised word, none of them an institution,
    portfolio, place or title word ("Minister of Human Rights Hooria Mashhour"). Only
    after a capitalised head: a title is capitalised before a name, not in "the head of
    the Boston Red Sox"."""
    toks, n, lex = m.toks, m.n, m.lex
    if not (toks[k - 1].cap and toks[k - 1].word) or toks[k - 1].key == "'s":
        return False
    e = k
    while e < n and e - k < 4 and toks[e].word and toks[e].cap:
        e += 1
    size = e - k
    if size not in (2, 3):
        return False  # "Fernando Gomez Mont", "Janet A. Napolitano"
    for x in range(k, e):
        t = toks[x]
        if (
            t.key in lex.not_names
            or t.key in lex.institutions
            or t.key in lex.left_block
            or t.text.isupper()
            or m.is_place(x)
            or lex.heads.match(toks, x)
        ):
            return False
    return m.name_at(k, after_title=False) == e


def title_at_en(m: Matcher, i: int, *, apposition: bool, named: bool = False) -> Title:
    """A title starting at ``i`` (never followed by its name here; name_end 0).

    ``named``: the apposition follows a full name, so a reporting verb right after the
    title is that person's ("Ann Lee, the police chief of Wardak told CNN")."""
    # English apposition: "(the|a|an) <mods> head <complement>"
    k = i
    if apposition and k < m.n and m.toks[k].key in m.lex.apposition_determiners:
        k += 1  # "the", "a", "his former attorney general"
    s = k
    for j in range(k, min(m.n, k + 9)):
        hs, he = m.head(j)
        if he > hs:
            # everything between s and j must be modifiers
            for x in range(s, j):
                t = m.toks[x]
                if not (
                    t.cap
                    or t.key == "'s"
                    or (x + 1 < j and m.toks[x + 1].key == "'s")
                    or (t.text in _APOSTROPHES and x > s and m.toks[x - 1].key[-1:] == "s")
                    or (x + 1 < j and m.toks[x + 1].text in _APOSTROPHES)
                    or t.key in m.lex.left_lower
                    or t.key.endswith("-")
                    or m.lex.premods.match(m.toks, x)
                    or (apposition and m.open_mod(x))
                    or (
                        apposition
                        and t.key == "and"
                        and x > s
                        and m.open_mod(x - 1)
                        and m.open_mod(x + 1)
                    )
                    # "Europe and Central Asia deputy director", "the Department of
                    # Transportation's director": "and"/"of" inside a capitalised name
                    or (
                        apposition
                        and t.key in m.lex.name_links
                        and x > s
                        and m.toks[x - 1].cap
                        and m.toks[x + 1].cap
                    )
                ):
                    return Title(i, i, 0, 0)
            last = m.toks[he - 1].key
            if apposition and last.endswith("s") and not last.endswith(("ss", "'s")):
                if m.toks[j].cap and he < m.n and m.toks[he].word:
                    continue  # "the Conference of Catholic Bishops associate director"
                return Title(i, i, 0, 0)  # "Toyota, former employees and current lawmakers"
            if (
                j > s
                and m.toks[j].key in m.lex.surname_heads
                and m.toks[j - 1].key in m.lex.first_names
            ):
                return Title(i, i, 0, 0)  # "Jessica King": a family name
            while he < m.n and m.head(he)[1] > he:
                he = m.head(he)[1]
            he = max(he, region_head(m, hs, he))
            if he < m.n and m.toks[he].key == "'s":  # "the president's adviser"
                continue
            end = extend_en(m, he)
            if (
                apposition
                and m.name_at(end, after_title=True)
                and not (end > he and inner_title(m, he, end))
            ):
                return Title(i, i, 0, 0)  # "..., spokeswoman Victoria Nuland": her title
            if apposition and not named and end < m.n and m.toks[end].key in m.lex.speech_verbs:
                return Title(i, i, 0, 0)  # "..., a spokeswoman for the family said."
            return Title(s, end, 0, 0)
        t = m.toks[j]
        if not t.word and t.key != "'s" and t.text not in _APOSTROPHES:
            break
    return Title(i, i, 0, 0)


def region_head(m: Matcher, hs: int, he: int) -> int:
    """After a lower-case "deputy"/"assistant": a capitalised region or office and a
    lower-case head ("deputy Middle East director"); the new end, 0 when none."""
    toks, n = m.toks, m.n
    if he - hs != 1 or toks[hs].cap:
        return 0
    r = he
    while r < n and r - he < 3 and toks[r].cap and toks[r].word and not m.head(r)[1] > r:
        r += 1
    if r == he or r >= n or toks[r].cap:
        return 0
    h = m.lex.heads_lower.match(toks, r)
    return r + h if h else 0


def inner_title(m: Matcher, s: int, e: int) -> int:
    """Where a title ending at ``e`` inside a complement starts ("spokesman for (Israeli
    Prime Minister) Ehud Olmert"): the name after ``e`` is that title's; 0 when none."""
    for x in range(s, e):
        if m.lex.strong_heads.match(m.toks, x) == e - x:
            return max(s, left_en(m, x))
    return 0


def title_then_name_en(m: Matcher, i: int) -> Title:
    """A title at ``i`` and the name it introduces (its end 0 when none)."""
    toks, n = m.toks, m.n
    hs, he = m.head(i)
    if (
        he <= hs
        or (he == hs + 1 and m.given_name(hs))
        or (
            hs > 0
            and toks[hs].key in m.lex.surname_heads
            and toks[hs - 1].cap
            and toks[hs - 1].key in m.lex.first_names
        )
    ):
        return Title(i, i, 0, 0)  # "CNN's Larry King": a family name
    while he < n and m.head(he)[1] > he and not m.given_name(he) and not m.plural(hs, he):
        he = m.head(he)[1]
    if (
        hs > 0
        and toks[hs].key.endswith("ed")
        and _subject_before(m, hs - 1)
        and m.head(hs + 1)[1] > hs + 1
    ):
        return Title(i, i, 0, 0)  # "leaders elected interior minister X": the verb
    end = extend_en(m, he)
    s = left_en(m, hs)
    # "the spokesman for X, Name" / "Russia's foreign minister, Name": a full noun phrase
    opened = 0
    comma_ok = (
        end > he
        or any(toks[x].key in m.lex.determiners for x in range(max(0, s - 3), s))
        or (opened := determiner_before(m, s))  # "a former Tony Blair spokesman, Ann Lee"
        or any(toks[x].key == "'s" for x in range(s - 1 if s else 0, hs))
    ) and not m.plural(hs, he)  # "one of the new owners, X"
    k = end + 1 if end < n and toks[end].text == "," and comma_ok else end
    if k == end + 1 and opened and opened < s:
        s = opened  # the whole noun phrase is the title, a person's name in it too
    if (
        k == end < n - 1
        and toks[end].key == "named"
        and s > 0
        and toks[s - 1].key in m.lex.indefinite_articles
    ):
        k += 1  # "a small-town mayor named Jose Luis Abarca"
    if (
        k == end + 1
        and k + 2 < n
        and toks[k].cap
        and toks[k + 1].key == "'s"
        and m.name_at(k + 2, after_title=False) - k > 3
    ):
        k += 2  # "the head of the IMF, France's Christine Lagarde"
    if k == end < n and toks[end].text == ")" and s > 0 and toks[s - 1].text == "(":
        k += 1  # "(Sen.) Marco Rubio"
    if k == end and m.plural(hs, he):
        k = list_opener(m, k)  # "senators -- Rand Paul of Kentucky, ...", "leaders like X"
        if k == end and comma_list(m, end):
            k = end + 1  # "Al Qaeda's top leaders, Osama bin Laden and Ayman al-Zawahiri,"
    strong = any(m.lex.strong_heads.match(toks, x) == he - x for x in range(hs, he))
    if k == end and k + 1 < n and toks[k].key == "the" and m.honorific_skip(k + 1):
        k += 1  # "Vatican spokesman the Rev. Thomas Rosica" (AP: "the Rev.")
    k += m.honorific_skip(k)
    name_end = m.name_at(k, after_title=True, cap_head=strong) if k < n else 0
    if (
        not name_end
        and k == end < n
        and toks[he - 1].cap
        # "Harmeet Shah Singh": a title word that is a family name inside a name
        and not (toks[hs].key in m.lex.surname_heads and hs > 0 and toks[hs - 1].cap)
    ):
        # "Chairman Issa", "Secretary Clinton": a surname after a capitalised head, kept when
        # the article names that person in full (the hit is weak, see patterns)
        name_end = m.name_at(k, after_title=True, cap_head=True)
    if name_end and k == end > he and inner_title(m, he, end):
        return Title(s, end, 0, 0)  # "spokesman for President X": X is the president
    if not name_end and k == end and (x := descriptor_then_name(m, end)):
        k, name_end = x, m.name_at(x, after_title=False)  # "leader and Neo-Nazi David Duke"
    return Title(s, end, k, name_end) if name_end else Title(s, end, 0, 0)


def determiner_before(m: Matcher, s: int) -> int:
    """Where the words after a determiner start, when the determiner opens the noun phrase
    of a title starting at ``s`` past up to five capitalised or modifier words ("a former
    Tony Blair spokesman"); 0 when none."""
    toks, lex = m.toks, m.lex
    for x in range(s - 1, max(-1, s - 6), -1):
        t = toks[x]
        if t.key in lex.determiners:
            return x + 1
        if not (t.word and (t.cap or t.key in lex.left_lower)):
            return 0
    return 0


def descriptor_then_name(m: Matcher, e: int) -> int:
    """ "former Klan leader and Neo-Nazi David Duke": after a title and "and", one or two
    words that describe (no post, no determiner) then a full name from a given name: the
    start of that name (0: none)."""
    toks, n, lex = m.toks, m.n, m.lex
    if not (e + 3 < n and toks[e].key == "and"):
        return 0
    for x in (e + 2, e + 3):
        if x >= n or toks[x].key not in lex.first_names or not toks[x].cap:
            continue
        mid = toks[e + 1 : x]
        if any(
            not t.word
            or t.key in lex.function_words
            or t.key in m.lex.determiners
            or m.head(y)[1] > y
            for y, t in zip(range(e + 1, x), mid, strict=True)
        ):
            return 0
        if m.name_at(x, after_title=False) - x >= 2:
            return x
    return 0


def outer_named(m: Matcher, s: int, ne: int) -> Title:
    """ "a spokesman for Chancellor Angela Merkel, Steffen Seibert, said": a title whose
    complement names another official (``s``..``ne``), then a full name between commas
    or before a reporting verb: the outer title's own name. None: ``Title(s, s, 0, 0)``."""
    toks, n, lex = m.toks, m.n, m.lex
    none = Title(s, s, 0, 0)
    if not (2 <= s < n and toks[s - 1].key in m.lex.post_preps and ne + 2 < n):
        return none
    if toks[ne].text != ",":
        return none
    hs = next((y for y in range(max(0, s - 5), s - 1) if m.head(y)[1] == s - 1), -1)
    if hs < 0 or m.plural(hs, s - 1):
        return none
    e2 = m.name_at(ne + 1, after_title=False)
    if e2 - (ne + 1) < 2 or m.title_inside(ne + 1):
        return none
    if e2 < n and toks[e2].text != "," and toks[e2].key not in lex.speech_verbs:
        return none  # "... Merkel, Francois Hollande and ...": a list
    return Title(left_en(m, hs), ne, ne + 1, e2)


def list_opener(m: Matcher, k: int) -> int:
    """After a plural title: past a dash or colon, "like", "including", "such as" and a
    plural party word before the list of names it covers ("two senators -- Democrats
    Chuck Schumer of New York and ..."); ``k`` when none."""
    toks, n = m.toks, m.n
    j = k
    while j < n and toks[j].text in {"-", "—", "–", ":"} and j - k < 2:
        j += 1
    if j < n and toks[j].key in m.lex.example_openers:
        j += 1
    elif j + 1 < n and toks[j].key == "such" and toks[j + 1].key == "as":
        j += 2
    if j == k:
        return k
    dash = toks[j - 1].text in {"-", "—", "–", ":"}
    if j < n and toks[j].key in m.lex.party_plurals:
        j += 1
    # a full name must follow: "leaders like Ann Lee", not "leaders like him"; after a
    # dash a list ("-- Ann Lee of Ohio, ..."), not an aside ("- Ann Lee said -")
    ne = m.name_at(j, after_title=False)
    if ne - j < 2 or (
        dash
        and not (ne < n and toks[ne].key in m.lex.conjunctions | m.lex.origin_preps | {",", ";"})
    ):
        return k
    return j


def comma_list(m: Matcher, k: int) -> bool:
    """After a plural title at ``k``: a comma, then full names joined by commas and a last
    "and", closed by a comma, a verb or the end of the sentence ("leaders, Ann Lee and Tom
    Ruiz, remain"); not one name ("one of the owners, Ann Lee")."""
    toks, n = m.toks, m.n
    if not (k < n and toks[k].text == ","):
        return False
    j = k + 1
    names = 0
    while j < n:
        ne = m.name_at(j, after_title=False)
        if ne - j < 2:
            return False
        names += 1
        if ne >= n:
            return False
        nxt = toks[ne]
        if nxt.key == "and" and names >= 1:
            last = m.name_at(ne + 1, after_title=False)
            if last - (ne + 1) < 2:
                return False
            return last >= n or toks[last].text in {",", ".", ";"} or verb_like(m.lex, toks, last)
        if nxt.text != ",":
            return False
        j = ne + 1
    return False


def verb_like(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """A lower-case verb form at ``k`` ("said", "called", "says", "is")."""
    if k >= len(toks):
        return False
    t = toks[k]
    if not t.word or t.cap or t.key in lex.function_words or t.key in lex.relative_pronouns:
        return False
    return (
        t.key in lex.speech_verbs
        or bool(lex.copulas.match(toks, k))
        or t.key.endswith("ed")
        or (t.key.endswith("s") and not t.key.endswith("ss"))
    )


def skip_parenthetical(m: Matcher, k: int) -> int:
    """Past ", R-Texas," / ", 61," / "(D-Ohio)" after a name, when a comma follows; past
    "now"/"currently" after its comma ("X, now the chairman of ...")."""
    toks, n = m.toks, m.n
    if k + 1 < n and toks[k].text == "," and toks[k + 1].key in m.lex.now_words:
        return k + 1  # at the adverb, which opens the title as a comma would
    if k + 2 < n and toks[k].text == "," and m.lex.degrees:
        for e in range(k + 2, min(n, k + 6)):
            if toks[e].text == ",":
                if m.is_degree_text("".join(t.text for t in toks[k + 1 : e])):
                    return e  # "Arthur Caplan, Ph.D., the chair of ..."
                break
    if (
        k + 2 < n
        and toks[k].text == ","
        and (toks[k + 2].key in m.lex.conjunctions or toks[k + 2].key == ",")
    ):
        mid = toks[k + 1].text
        if PARTY_STATE.fullmatch(mid) or (mid.isdigit() and len(mid) <= 3):
            return k + 2  # at the comma or "and" that opens the title
    if k + 3 < n and toks[k].text == "(" and toks[k + 2].text == ")":
        mid = toks[k + 1].text
        if (PARTY_STATE.fullmatch(mid) or mid.isdigit()) and toks[k + 3].text == ",":
            return k + 3
    return k


def relative_lead(m: Matcher, k: int) -> tuple[int, int]:
    """ ", who heads the United Nations Development Programme", ", a Democrat who chairs
    the ...", ", who runs the company": the span of that title (a verb of leading and an
    organisation, named or an institution noun); (k, k) when none."""
    toks, n = m.toks, m.n
    none = (k, k)
    if not (k + 1 < n and toks[k].text == ","):
        return none
    w = k + 1
    if (
        toks[w].key in m.lex.indefinite_articles or toks[w].key in m.lex.definite_articles
    ):  # ", a Democrat who ...", ", the senator who"
        w = next((x for x in range(w + 1, min(n, w + 4)) if toks[x].key == "who"), n)
    if not (
        w + 3 < n
        and toks[w].key == "who"
        and toks[w + 1].key in m.lex.lead_verbs
        and toks[w + 2].key == "the"
        and toks[w + 3].word
    ):
        return none
    if not toks[w + 3].cap:
        if toks[w + 3].key not in m.lex.institutions:
            return none
        return (w + 1, w + 4)  # "who runs the company"
    if any(not t.word or t.key in m.lex.not_mods for t in toks[k + 2 : w]):
        return none  # ", the son who runs the ...": a relation, no post
    k = w - 1
    e = k + 4
    while e < n and e - k < 14:
        t = toks[e]
        if (t.word and (t.cap or t.key in m.lex.name_links)) or (
            t.text in JOINERS or t.key == "'s"
        ):
            e += 1
        else:
            break
    while toks[e - 1].key in m.lex.name_links or toks[e - 1].text in JOINERS:
        e -= 1
    for x in (e, e + 1):  # "the Senate ethics subcommittee"
        if x < n and toks[x].key in m.lex.institutions and not toks[e].cap:
            return (w + 1, x + 1)
    return (w + 1, e)


def tenure_as(m: Matcher, k: int) -> int:
    """ "X's stint as New Delhi's chief minister", "X's nomination as ambassador": the
    length up to the title (0: none)."""
    toks, n = m.toks, m.n
    if (
        k + 3 < n
        and toks[k].key == "'s"
        and toks[k + 1].key in m.lex.tenure_words
        and toks[k + 2].key == "as"
    ):
        return 3
    return 0


def relative_copula(m: Matcher, k: int) -> int:
    """ ", who is (the) ..." / ", who serves as ...": length up to the title (0: none)."""
    toks, n = m.toks, m.n
    if k + 2 < n and toks[k].text == "," and toks[k + 1].key == "who":
        cop = m.lex.copulas.match(toks, k + 2)
        if cop:
            return 2 + cop
    return 0


def split_rank(m: Matcher, s: int, e: int) -> list[tuple[int, int]]:
    """A post then a rank are two titles: "Joint Chiefs Chairman Adm.", "Spokesman Col.",
    "Force Commander Major-General" (a rank alone: "Lt. Col." stays one)."""
    toks = m.toks
    if m.vi or e - s < 2:
        return [(s, e)]
    abbreviated = toks[e - 1].text.endswith(".")
    for x in range(s + 1, e):
        if (
            toks[x - 1].key in m.lex.head_last
            and not toks[x - 1].text.endswith(".")
            and (
                m.lex.strong_heads.match(toks, x) == e - x
                if abbreviated
                else toks[x].cap and m.lex.ranks.match(toks, x) == e - x  # "Leader Ayatollah"
            )
            and any(m.head(y)[1] == x for y in range(s, x))  # a whole post before it
            and not any(m.head(y)[1] >= e for y in range(s, x))  # "Attorney General"
        ):
            return [(s, x), (x, e)]
    return [(s, e)]


def second_conjunct(m: Matcher, k: int) -> Title:
    """ ", a former lawyer and senior staff member for X": the title that follows "and"
    in an apposition whose first noun phrase holds no title (none: ``Title(k, k, 0, 0)``)."""
    toks, n, lex = m.toks, m.n, m.lex
    none = Title(k, k, 0, 0)
    j = k + 1
    if not (
        j < n
        and toks[k].text == ","
        and toks[j].word
        and (
            toks[j].key in m.lex.determiners
            or lex.premods.match(toks, j)
            or m.open_mod(j)
            # ", author and chairman of ...", ", Beijing-based author and ...": a profession
            or (not toks[j].cap and toks[j].key in lex.not_mods)
            or (toks[j].cap and "-" in toks[j].key.strip("-"))
        )
        and not verb_like(lex, toks, j)
        and toks[j].key not in m.lex.relatives
    ):
        return none
    common = False  # the first noun phrase has a common noun ("the Hashed and ..." has not)
    for a in range(j, min(n - 1, j + 14)):
        t = toks[a]
        if t.key == "and" and a > j:
            if not common:
                return none
            title = title_at_en(m, a + 1, apposition=True)
            if title.end > title.start:
                return title
            continue  # "a professor at the School of International and Public Affairs and"
        if not (t.word or t.key == "'s") or verb_like(lex, toks, a) or t.key in m.lex.relatives:
            return none
        common = common or (t.word and not t.cap and t.key not in lex.function_words)
    return none
