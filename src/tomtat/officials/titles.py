"""Titles in either language: a title at a position, the titles apposed to a name."""

from __future__ import annotations

from tomtat.officials.grammar import Matcher, Title
from tomtat.officials.grammar_en import title_at_en, title_then_name_en
from tomtat.officials.grammar_vi import appositions_vi, title_at_vi, title_then_name_vi


def title_at(m: Matcher, i: int, *, apposition: bool) -> Title:
    """A title starting at ``i``; its name's span when a name follows (Vietnamese)."""
    return title_at_vi(m, i) if m.vi else title_at_en(m, i, apposition=apposition)


def title_then_name(m: Matcher, i: int) -> Title:
    """A title at ``i`` and the name right after it (name end 0 when none)."""
    return title_then_name_vi(m, i) if m.vi else title_then_name_en(m, i)


def appositions(m: Matcher, k: int) -> tuple[list[tuple[int, int]], int]:
    """Titles following a name that ends at ``k``: ", title, title", " - title", "(title)"."""
    if m.vi:
        return appositions_vi(m, k)
    toks, n, lex = m.toks, m.n, m.lex
    titles: list[tuple[int, int]] = []
    while k < n:
        t = toks[k]
        cop = 0 if titles else lex.copulas.match(toks, k)
        if (
            cop
            or t.text in {",", "-", "–", "("}
            or t.key in lex.any_title_joiners
            or (t.key in lex.any_conjunctions and titles)
        ):
            s, e, _, name_end = title_at(m, k + max(cop, 1), apposition=True)
            if e <= s or name_end:
                break
            if not m.vi and titles and t.key not in {"and", ","}:
                break
            titles.append((s, e))
            k = e
            if t.text == "(" and k < n and toks[k].text == ")":
                k += 1
            if not m.vi:
                break
            continue
        break
    return titles, k


def chain_next(m: Matcher, e: int) -> int:
    """Where the next title of a chain starts after a title ending at ``e`` (0: no chain)."""
    toks, n = m.toks, m.n
    if e >= n or toks[e].key not in m.lex.chain_links:
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
