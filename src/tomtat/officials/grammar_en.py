"""The English title grammar: modifiers to the left, complements to the right, apposition."""

from __future__ import annotations

from tomtat.officials.grammar import Matcher, Title
from tomtat.officials.lexicon import Lexicon
from tomtat.officials.tokens import Tok


def left_en(m: Matcher, s: int) -> int:
    """Extend a title leftwards over modifiers ("Arizona", "former", "Israeli")."""
    toks, lex = m.toks, m.lex
    while s > 0:
        t = toks[s - 1]
        if t.key == "'s" and s >= 2 and toks[s - 2].cap:
            s -= 2
            continue
        if t.word and t.cap:
            if t.key in lex.left_block or m.honorific(s - 1):
                break
            if s - 1 == 0 or not toks[s - 2].word or toks[s - 2].key in lex.function_words:
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
        if t.key == "of" and s >= 2 and toks[s - 2].cap and s < m.n and toks[s].cap:
            s -= 1
            continue
        break
    # do not start on "of"/possessive
    while s < m.n and (toks[s].key in {"of", "'s", "and"}):
        s += 1
    return s


def extend_en(m: Matcher, j: int) -> int:
    """Extend an English title rightwards over an ``of``/``for`` complement."""
    toks, n, lex = m.toks, m.n, m.lex
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
                if t.key in lex.first_names and m.name_at(k, after_title=False):
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


def title_at_en(m: Matcher, i: int, *, apposition: bool) -> Title:
    """A title starting at ``i`` (never followed by its name here; name_end 0)."""
    # English apposition: "(the|a|an) <mods> head <complement>"
    k = i
    if apposition and k < m.n and m.toks[k].key in {"the", "a", "an"}:
        k += 1
    s = k
    for j in range(k, min(m.n, k + 7)):
        hs, he = m.head(j)
        if he > hs:
            # everything between s and j must be modifiers
            for x in range(s, j):
                t = m.toks[x]
                if not (
                    t.cap
                    or t.key == "'s"
                    or (x + 1 < j and m.toks[x + 1].key == "'s")
                    or t.key in m.lex.left_lower
                    or t.key.endswith("-")
                    or m.lex.premods.match(m.toks, x)
                ):
                    return Title(i, i, 0, 0)
            while he < m.n and m.head(he)[1] > he:
                he = m.head(he)[1]
            if he < m.n and m.toks[he].key == "'s":  # "the president's adviser"
                continue
            end = extend_en(m, he)
            if apposition and m.name_at(end, after_title=True):
                return Title(i, i, 0, 0)  # "..., spokeswoman Victoria Nuland": her title
            if apposition and end < m.n and m.toks[end].key in m.lex.speech_verbs:
                return Title(i, i, 0, 0)  # "..., a spokeswoman for the family said."
            return Title(s, end, 0, 0)
        t = m.toks[j]
        if not t.word and t.key != "'s":
            break
    return Title(i, i, 0, 0)


def title_then_name_en(m: Matcher, i: int) -> Title:
    """A title at ``i`` and the name it introduces (its end 0 when none)."""
    toks, n = m.toks, m.n
    hs, he = m.head(i)
    if he <= hs:
        return Title(i, i, 0, 0)
    while he < n and m.head(he)[1] > he:
        he = m.head(he)[1]
    end = extend_en(m, he)
    s = left_en(m, hs)
    comma_ok = end > he or any(toks[x].key in {"the", "a", "an"} for x in range(max(0, s - 3), s))
    k = end + 1 if end < n and toks[end].text == "," and comma_ok else end
    if k == end < n and toks[end].text == ")" and s > 0 and toks[s - 1].text == "(":
        k += 1  # "(Sen.) Marco Rubio"
    strong = any(m.lex.strong_heads.match(toks, x) == he - x for x in range(hs, he))
    k += m.honorific_skip(k)
    name_end = m.name_at(k, after_title=True, cap_head=strong) if k < n else 0
    return Title(s, end, k, name_end) if name_end else Title(s, end, 0, 0)


def verb_like(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """A lower-case verb form at ``k`` ("said", "called", "says", "is")."""
    if k >= len(toks):
        return False
    t = toks[k]
    if (
        not t.word
        or t.cap
        or t.key in lex.function_words
        or t.key in {"who", "whose", "which", "that"}
    ):
        return False
    return (
        t.key in lex.speech_verbs
        or bool(lex.copulas.match(toks, k))
        or t.key.endswith("ed")
        or (t.key.endswith("s") and not t.key.endswith("ss"))
    )
