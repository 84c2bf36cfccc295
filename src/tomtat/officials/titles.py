"""Titles in either language: a title at a position, the titles apposed to a name."""

from __future__ import annotations

from tomtat.officials.grammar import Matcher, Title
from tomtat.officials.grammar_en import (
    inner_title,
    relative_copula,
    relative_lead,
    second_conjunct,
    skip_parenthetical,
    tenure_as,
    title_at_en,
    title_then_name_en,
    verb_like,
)
from tomtat.officials.grammar_vi import appositions_vi, copula_at, title_at_vi, title_then_name_vi


def title_at(m: Matcher, i: int, *, apposition: bool, named: bool = False) -> Title:
    """A title starting at ``i``; its name's span when a name follows (Vietnamese)."""
    return title_at_vi(m, i) if m.vi else title_at_en(m, i, apposition=apposition, named=named)


def title_then_name(m: Matcher, i: int) -> Title:
    """A title at ``i`` and the name right after it (name end 0 when none)."""
    return title_then_name_vi(m, i) if m.vi else title_then_name_en(m, i)


def between_commas(m: Matcher, k: int) -> bool:
    """The name ending at ``k`` has two or more capitalised words and a comma before it."""
    toks = m.toks
    r = k
    while r > 0 and toks[r - 1].word and toks[r - 1].cap:
        r -= 1
    return k - r >= 2 and r > 0 and toks[r - 1].text == ","


def appositions(m: Matcher, k: int) -> tuple[list[tuple[int, int]], int]:
    """Titles following a name that ends at ``k``: ", title, title", " - title", "(title)"."""
    if m.vi:
        return appositions_vi(m, k)
    toks, n, lex = m.toks, m.n, m.lex
    titles: list[tuple[int, int]] = []
    named_at = k
    if not m.vi:
        k = skip_parenthetical(m, k)  # "X, R-Texas, ...", "X, 61, ..."
    aside = k > named_at  # past an age or a party-state between commas
    while k < n:
        t = toks[k]
        cop = 0 if titles else lex.copulas.match(toks, k)
        if not (cop or m.vi or titles) and k == named_at and (when := time_phrase(m, k)):
            cop = lex.copulas.match(toks, k + when)  # "X on Thursday became the ..."
            cop = when + cop if cop else 0
        if not (cop or m.vi or titles) and (k == named_at or aside) and t.text == "," and k + 1 < n:
            # "X's father, Carlos Caballero, was a former senator": a full name in apposition
            # to the subject, between commas, then the clause's copula; "Xi, 59, became ..."
            cop = lex.copulas.match(toks, k + 1)
            cop = cop + 1 if cop and (aside or between_commas(m, k)) else 0
        if not cop and not m.vi and not titles:
            cop = relative_copula(m, k) or tenure_as(m, k)
            lead = (k, k) if cop else relative_lead(m, k)
            if lead[1] > lead[0]:  # "X, who chairs the Republican Governors Association"
                titles.append(lead)
                k = lead[1]
                break
        if not m.vi and t.text == "-" and k + 1 < n and toks[k + 1].text == "-":
            k += 1  # "X -- the committee chairman --": a dash written as two hyphens
            t = toks[k]
        if (
            cop
            or t.text in {",", "-", "–", "("}
            or (
                not m.vi
                and (t.text == "—" or (t.key in m.lex.now_words and toks[k - 1].text == ","))
            )
            or t.key in lex.any_title_joiners
            or (t.key in lex.any_conjunctions and (titles or k > named_at))
        ):
            # after a full name ("Ann Lee, the ..."), not one word that may be a place, and
            # not "a ...": "..., a spokesman for the family said" reports someone else
            named = (
                not titles
                and k >= 2
                and toks[k - 1].cap
                and toks[k - 2].cap
                and not (k + 1 < n and toks[k + 1].key in m.lex.indefinite_articles)
            )
            s, e, _, name_end = title_at(m, k + max(cop, 1), apposition=True, named=named)
            if e <= s and not m.vi and not titles and not cop:
                s, e, _, name_end = second_conjunct(m, k)  # ", a lawyer and former mayor"
            if e <= s and not m.vi and not titles and not cop and k == named_at:
                gap = copula_after_aside(m, k)  # "X, a contemporary of Y, had served as"
                if gap:
                    s, e, _, name_end = title_at(m, k + gap, apposition=True)
            if e <= s or name_end:
                break
            if not m.vi and titles and t.key not in m.lex.conjunctions and t.key != ",":
                break
            titles.append((s, e))
            k = e
            if not m.vi and (inner := inner_title(m, s + 1, e)) and m.name_at(e, after_title=True):
                k = inner  # "X, spokesman for Prime Minister Y": Y's title is read next
                break
            if t.text == "(" and k < n and toks[k].text == ")":
                k += 1
            if not m.vi and (gap := who_serves(m, k)):
                # "X, the former mayor who currently serves as the Vice-Premier"
                s, e, _, name_end = title_at(m, k + gap, apposition=True)
                if e > s and not name_end:
                    titles.append((s, e))
                    k = e
                break
            if not m.vi and not (k < n and toks[k].key == "and"):
                break  # English: "X, the mayor of A and chairman of B" goes on
            continue
        break
    if not m.vi and len(titles) == 1 and k + 1 < n and toks[k].text == ",":
        # "X, the ousted leader, was elected president": the clause's copula after it
        cop = lex.copulas.match(toks, k + 1)
        s, e, _, name_end = title_at(m, k + 1 + cop, apposition=True) if cop else (k, k, 0, 0)
        if e > s and not name_end:
            titles.append((s, e))
            k = e
    return titles, k


_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_SPANS = frozenset({"week", "month", "year", "weekend"})


def time_phrase(m: Matcher, k: int) -> int:
    """ "on Thursday", "last week", "in 2008", "on March 3": the length of a time phrase
    at ``k`` (0: none)."""
    toks, n, lex = m.toks, m.n, m.lex
    if k + 1 >= n or (toks[k].key not in lex.date_preps and toks[k].key not in lex.before_date):
        return 0
    nxt = toks[k + 1]
    if nxt.key in _DAYS or nxt.key in _SPANS or (nxt.text.isdigit() and len(nxt.text) == 4):
        return 2
    if nxt.key in lex.months:
        return 3 if k + 2 < n and toks[k + 2].text.isdigit() else 2
    return 0


def who_serves(m: Matcher, k: int) -> int:
    """ "who is now", "who currently serves as", "who was also": a relative clause with a
    copula right after an apposed title; the length up to the next title (0: none)."""
    if not (k + 2 < m.n and m.toks[k].key == "who"):
        return 0
    cop = copula_at(m, k + 1)  # after an adverb of the lexicon's copula_fillers, if any
    return 1 + cop if cop else 0


def copula_after_aside(m: Matcher, k: int) -> int:
    """ "X, a contemporary of Deng Xiaoping, had served as governor": after a full name, an
    aside between commas that holds no verb and no title, then the clause's copula; the
    length from ``k`` to the title (0: none)."""
    toks, n, lex = m.toks, m.n, m.lex
    if not (k + 2 < n and toks[k].text == "," and toks[k - 1].cap and k >= 2 and toks[k - 2].cap):
        return 0
    for c in range(k + 1, min(n - 1, k + 12)):
        t = toks[c]
        if t.text == ",":
            cop = lex.copulas.match(toks, c + 1)
            return c + 1 + cop - k if cop else 0
        if not (t.word or t.key == "'s") or verb_like(lex, toks, c) or m.head(c)[1] > c:
            return 0
        if t.key in lex.relative_pronouns or t.key in lex.relatives:
            return 0
    return 0


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
