"""The Vietnamese title grammar: how a title runs on past its head, and lists of holders."""

from __future__ import annotations

from tomtat.officials.grammar import JOINERS, Matcher, Title


def place_split(m: Matcher, j: int) -> int:
    """After "tỉnh"/"xã"/"TP": how many capitalised tokens from ``j`` are the place name."""
    p = m.is_place(j)
    if p:
        return p
    run = m.cap_run(j)
    length = run - j
    if m.toks[j].key in m.lex.first_names:
        return 0  # "Hạ viện Paul Ryan": a person, not the organisation's name
    if length <= 2:
        return length
    sur = m.lex.surnames
    if m.toks[j].key in sur and length <= 4:
        return 0
    for k in (2, 3, 1):
        rest = length - k
        if 2 <= rest <= 4 and (k > 1 or rest >= 3) and m.toks[j + k].key in sur:
            return k
    return length


def extend_vi(m: Matcher, j: int, start: int) -> tuple[int, int, int]:
    """Extend a title whose head ends at ``j``: (title_end, name_start, name_end)."""
    toks, n, lex = m.toks, m.n, m.lex
    lower_run = 0
    limit = start + 18
    end = j
    while j < n and j < limit:
        t = toks[j]
        if not t.word:
            if t.text in JOINERS | {"&", "/"} and j + 1 < n and toks[j + 1].word:
                if m.head(j + 1)[1] > j + 1:  # "Thứ trưởng ... - Chủ tịch ..."
                    break
                if toks[j + 1].cap or toks[j + 1].text[0].isdigit():
                    j += 1
                    continue
            if t.text == "(":
                close = paren_org(m, j)
                if close:
                    j = end = close
                    continue
            break
        if m.honorific(j):
            break
        if t.cap and j > start and (after_admin(m, j) or after_org(m, j)):
            k = place_split(m, j)
            if k:
                j = end = j + k
                lower_run = 0
                continue
        if t.cap or t.text[0].isdigit():
            if m.is_degree(j):
                j = m.skip_degrees(j)
                continue
            name_end = m.name_at(j, after_title=True)
            if name_end:
                return end, j, name_end
            p = m.is_place(j)
            j = end = j + (p or 1)
            lower_run = 0
            continue
        if t.key in lex.any_title_joiners:  # "X kiêm Y": a second title
            break
        if (
            t.key in lex.conjunctions
            and j + 1 < n
            and toks[j + 1].cap
            and not m.honorific(j + 1)
            and not m.name_at(j + 1, after_title=True)
            and not m.head(j + 1)[1] > j + 1
        ):
            j += 1
            continue
        prep = lex.place_preps.match(toks, j)
        if prep and j + prep < n and m.is_place(j + prep):
            j = end = j + prep + m.is_place(j + prep)
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
    return end, 0, 0


def after_admin(m: Matcher, j: int) -> bool:
    toks = m.toks
    for back in (1, 2, 3):
        k = j - back
        if k >= 0 and m.lex.admin_units.match(toks, k) == back:
            # "bản"/"xã" are admin words only in lower case; "TP"/"TX" are abbreviations
            return not toks[k].cap or toks[k].text.rstrip(".").isupper()
    return False


def after_org(m: Matcher, j: int) -> bool:
    for back in (1, 2, 3):
        if j - back >= 0 and m.lex.org_names_after.match(m.toks, j - back) == back:
            return True
    return False


def paren_org(m: Matcher, j: int) -> int:
    toks = m.toks
    for k in range(j + 1, min(m.n, j + 8)):
        if toks[k].text == ")":
            inner = toks[j + 1 : k]
            if (
                inner
                and inner[0].cap
                and not any(m.lex.stop.match(toks, x) for x in range(j + 1, k))
                and not any(m.name_at(x, after_title=True) for x in range(j + 1, k))
            ):
                return k + 1
            return 0
    return 0


def title_at_vi(m: Matcher, i: int) -> Title:
    """A title starting at ``i`` and the name right after it, if one follows."""
    s, h = m.head(i)
    if h == s:
        return Title(i, i, 0, 0)
    end, name_start, name_end = extend_vi(m, h, s)
    return Title(s, end, name_start, name_end)


def title_then_name_vi(m: Matcher, i: int) -> Title:
    """A title at ``i`` and the name it introduces (its end 0 when none)."""
    toks, n = m.toks, m.n
    s, e, name_start, name_end = title_at_vi(m, i)
    if e <= s:
        return Title(i, i, 0, 0)
    if name_end:
        return Title(s, e, name_start, name_end)
    # "2 Phó Chủ tịch gồm các ông Lê Thanh Liêm, Trần Vĩnh Tuyến" (the list: coordinated)
    if e + 1 < n and toks[e].key in m.lex.list_openers and plural_near(m, s):
        k = e + 1
        k += m.honorific(k)
        name_end = m.name_at(k, after_title=True)
        if name_end:
            return Title(s, e, k, name_end)
    # "Chủ tịch UBND TP, ông Nguyễn Thành Phong"
    k = e + 1 if e < n and toks[e].text == "," else e
    hon = m.honorific(k)
    if hon and k > e and not object_before(m, s) and not plural_before(m, s):
        return Title(s, e, k + hon, m.cap_run(k + hon, 5))
    return Title(s, e, 0, 0)


def plural_before(m: Matcher, s: int) -> bool:
    """ "bầu 2 Phó Chủ tịch", "các Trưởng ban": several unnamed holders."""
    if s == 0:
        return False
    prev = m.toks[s - 1]
    return prev.text.isdigit() or prev.key in m.lex.quantifiers


def plural_near(m: Matcher, s: int) -> bool:
    """A number or quantifier one or two words before a title: "3 nữ nghị sĩ", "các ông"."""
    return plural_before(m, s) or (s > 1 and plural_before(m, s - 1))


def object_before(m: Matcher, s: int) -> bool:
    """A title that is the object of the clause ("Nói với Bí thư ..."): nobody apposed."""
    for back in (1, 2):
        if s - back >= 0 and m.lex.object_markers.match(m.toks, s - back) == back:
            return True
    return False
