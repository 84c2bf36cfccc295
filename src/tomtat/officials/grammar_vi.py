"""The Vietnamese title grammar: how a title runs on past its head, and lists of holders."""

from __future__ import annotations

from tomtat.officials.grammar import JOINERS, Matcher, Title, is_acronym, vi_only
from tomtat.officials.keys import is_vi_syllable, word_key

_NAY = word_key("này")
_LA = word_key("là")
_CUA = word_key("của")
_TUOI = word_key("tuổi")
_SINH = word_key("sinh")
_THEO = word_key("theo")
CLAUSE_MARKS = frozenset({",", ";", ":", "(", '"', "“"})
_NAME_OPENERS = frozenset({",", "-", "–"})  # between a title and "ông X"

_LINKS = JOINERS | {"&", "/"}  # between two titles: "Thứ trưởng ... - Chủ tịch ..."


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


def extend_vi(m: Matcher, j: int, start: int, *, short: bool = False) -> tuple[int, int, int]:
    """Extend a title whose head ends at ``j``: (title_end, name_start, name_end). With
    ``short``, a lone given name right after the head ends it ("Bộ trưởng Nhạ")."""
    toks, n, lex = m.toks, m.n, m.lex
    if j < n and toks[j].cap and j > start:
        name_end = name_after_head(m, j, start, short=short)
        if name_end:
            return j, j, name_end
    # after "của" and a position, the next name owns the post ("người phát ngôn của Thủ tướng
    # May"); after "của" and an organisation, the holder follows ("... của Quốc hội Nguyễn A")
    owner = False
    cua = -2
    lower_run = 0
    limit = start + 18
    end = j
    while j < n and j < limit:
        t = toks[j]
        if not t.word:
            if t.text in _LINKS and j + 1 < n and toks[j + 1].word:
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
            if t.text == "," and j > start:
                close = comma_org(m, j)
                if close:  # "Phó phòng tổng hợp, Chi cục Bảo vệ môi trường Hà Nội"
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
            if owner and m.head(j)[1] > j:  # "của Tổng thư ký ...": the owner's post, whole
                j = end = m.head(j)[1]
                lower_run = 0
                continue
            org = 0 if m.is_place(j) else lex.org_names_after.match(toks, j)
            if org > 1 and not toks[j + 1].cap:  # "Chương trình ...", "Trung tâm dự báo"
                j = end = j + org
                lower_run = 0
                continue
            name_end = m.name_at(j, after_title=True)
            if name_end and (
                owner or (name_end == j + 1 and (j == cua + 1 or _honorific_next(m, name_end)))
            ):
                # "người phát ngôn của Thủ tướng May": the post's owner, not its holder;
                # "giám đốc điều hành của Apple", "Chủ tịch Vinafood, ông X": a company
                j = end = name_end
                owner = False
                lower_run = 0
                continue
            if (
                name_end == j + 1
                and j > start
                and toks[j - 1].cap
                and toks[j - 1].word
                and not toks[j - 1].text.isupper()  # "Chủ tịch FIFA Infantino"
                and not m.head(j - 1)[1] > j - 1
                and not any(m.is_place(x) == j - x for x in range(max(start, j - 4), j))
                and not is_vi_syllable(toks[j].key)
            ):
                name_end = 0  # "Huyện uỷ Ia Grai": the unit's name goes on, no person
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
        if t.key == _CUA:
            cua = j
            owner = m.head(j + 1)[1] > j + 1
        stop = lex.stop.match(toks, j)
        if stop and j > start and demonstrative(m, j):  # "Bộ trưởng Quốc phòng nước này"
            j = end = j + 1
            continue
        if stop and t.key in lex.title_adjectives and m.name_at(j + 1, after_title=True):
            j = end = j + 1  # "Thủ tướng mới Giuseppe Conte"
            continue
        cont = lex.title_continuers.match(toks, j)
        if cont:  # "Ủy viên dự khuyết", "Trưởng ban chỉ huy ...": a stop word's compound
            j = end = j + cont
            continue
        if stop:
            keep = lex.keep_after_org.match(toks, j)
            if not (keep and org_before(m, j)):
                break
            j = end = j + keep
            continue
        lower_run += 1
        if lower_run > 4:
            break
        j += 1
        end = j
    return end, 0, 0


def _honorific_next(m: Matcher, k: int) -> bool:
    """An honorific and a name at ``k``, or after a comma there: the holder still to come."""
    if k < m.n and m.toks[k].text in _NAME_OPENERS:
        k += 1
    return k < m.n and m.honorific(k) > 0


def name_after_head(m: Matcher, j: int, start: int, *, short: bool) -> int:
    """A name right after a head that the usual name shapes miss: a reign name after a
    monarch's title ("vua Gia Long", "Hoàng đế Quang Trung"), a place named after a person
    ("Chủ tịch Hồ Chí Minh", never "Chủ tịch UBND TP Hồ Chí Minh"), and with ``short`` a
    lone Vietnamese given name ("Bộ trưởng Nhạ", "Thủ tướng May"; kept only as the end of
    a full name in the article)."""
    toks, lex = m.toks, m.lex
    run = m.cap_run(j)
    if run < m.n and toks[run].cap:
        return 0
    if run - j == 1:
        t = toks[j]
        lone = (
            short
            and is_vi_syllable(t.key)
            and t.key not in lex.not_names
            and not is_acronym(t.text)
            and not m.is_place(j)
            and not lex.org_names_after.match(toks, j)
            and not lex.heads.match(toks, j)
            and not (run < m.n and toks[run].text in JOINERS)
        )
        return run if lone else 0
    if not 2 <= run - j <= 3:
        return 0
    p = m.is_place(j)
    if p:
        person = p == run - j == 3 and toks[j].key in lex.surnames
        return run if person and all(is_vi_syllable(t.key) for t in toks[j:run]) else 0
    regnal = any(lex.regnal_heads.match(toks, x) == j - x for x in range(start, j))
    if (
        regnal
        and toks[j].key not in lex.not_names
        and not any(lex.heads.match(toks, x) for x in range(j, run))
    ):
        return run
    return 0


def demonstrative(m: Matcher, j: int) -> bool:
    """ "này" closing a unit or organisation word: "nước này", "tỉnh này", "công ty này"."""
    toks = m.toks
    if toks[j].key != _NAY or toks[j - 1].cap:
        return False
    return toks[j - 1].key in m.lex.org_words or any(
        j - back >= 0 and m.lex.admin_units.match(toks, j - back) == back for back in (1, 2)
    )


def org_before(m: Matcher, j: int) -> bool:
    """An organisation word ("ban", "ban quản lý", "sở") ends right before ``j``."""
    toks = m.toks
    return any(
        j >= b and " ".join(t.key for t in toks[j - b : j]) in m.lex.org_phrases for b in (1, 2, 3)
    )


def comma_org(m: Matcher, j: int) -> int:
    """After a comma at ``j``, the organisation the post belongs to ("..., Chi cục Bảo vệ
    môi trường Hà Nội", "..., Bộ Ngoại giao Nhật Bản"): where it ends, 0 when none. It
    must open on a capitalised organisation word and end the clause (no name, no list)."""
    toks, n, lex = m.toks, m.n, m.lex
    k = j + 1
    if k >= n or not toks[k].cap or m.head(k)[1] > k:
        return 0
    org = lex.org_names_after.match(toks, k)
    if not org:
        return 0
    end = k + org
    while end < n and end - k < 10:
        t = toks[end]
        if t.word and t.cap:
            if m.name_at(end, after_title=True) and not m.is_place(end):
                return 0  # "..., Công ty X ông Y": the title of someone else
            end += m.is_place(end) or 1
            continue
        if t.word and not lex.stop.match(toks, end) and not m.honorific(end):
            end += 1
            continue
        break
    if end < n and (toks[end].key in lex.conjunctions or toks[end].text == "-"):
        return 0
    # the clause ends here: punctuation, or a verb (a stop word) after the organisation
    if end < n and toks[end].word and not lex.stop.match(toks, end):
        return 0
    return end


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


def title_at_vi(m: Matcher, i: int, *, short: bool = False) -> Title:
    """A title starting at ``i`` and the name right after it, if one follows (with
    ``short``, a lone given name: see :func:`extend_vi`)."""
    s, h = m.head(i)
    if h == s:
        return Title(i, i, 0, 0)
    end, name_start, name_end = extend_vi(m, h, s, short=short)
    return Title(s, end, name_start, name_end)


def title_then_name_vi(m: Matcher, i: int) -> Title:
    """A title at ``i`` and the name it introduces (its end 0 when none)."""
    s, e, name_start, name_end = title_at_vi(m, i, short=True)
    if e <= s:
        return Title(i, i, 0, 0)
    if name_end == e + 1 and is_vi_syllable(m.toks[e].key):
        # "Bộ trưởng Năng lượng Mỹ Rick Perry", "Người đứng đầu Tổ chức ..., ông X": a lone
        # "given name" may open the organisation; a name found otherwise wins
        full = title_at_vi(m, i)
        if full.name_end:
            return full
        named = named_after(m, full.start, full.end)
        return named if named.name_end else Title(s, e, e, name_end)
    if name_end:
        return Title(s, e, name_start, name_end)
    named = named_after(m, s, e)
    return named if named.name_end else Title(s, e, 0, 0)


def named_after(m: Matcher, s: int, e: int) -> Title:
    """The name a title ``s:e`` gives its post to when something stands between them (the
    title may grow by a time word; name end 0 when none)."""
    toks, n, lex = m.toks, m.n, m.lex
    # "2 Phó Chủ tịch gồm các ông Lê Thanh Liêm, Trần Vĩnh Tuyến" (the list: coordinated)
    if e + 1 < n and toks[e].key in lex.list_openers and plural_near(m, s):
        k = e + 1
        k += lex.honorifics.match(toks, k) if k < n else 0  # "gồm các ông", "là bà"
        if k < n and toks[k].text == ":":  # "là các ông: A, B", "gồm: A, B"
            k += 1
        name_end = m.name_at(k, after_title=True)
        if name_end:
            return Title(s, e, k, name_end)
    # "Phó ban là bà Trần Thị Tiên", "Thủ tướng lúc bấy giờ là ông X": the one holder (a
    # time word belongs to the title: "then Prime Minister")
    k = e + lex.copula_fillers.match(toks, e) if e < n else e
    if k + 2 < n and toks[k].key == _LA:
        hon = m.honorific(k + 1)
        name_end = m.name_at(k + 1 + hon, after_title=True) if hon else 0
        if name_end:
            then = lex.time_words.match(toks, e) if e < n else 0
            return Title(s, e + then, k + 1 + hon, name_end)
    # "Chủ tịch UBND TP, ông Nguyễn Thành Phong", "Chủ tịch UBND huyện - ông X -";
    # "Phó chủ tịch UBND huyện ông Lương Văn Đức"
    k = e + 1 if e < n and toks[e].text in _NAME_OPENERS else e
    hon = m.honorific(k)
    if (
        hon
        and (k > e or closed_title(m, s, e))
        and not object_before(m, s)
        and not plural_before(m, s)
    ):
        return Title(s, e, k + hon, m.cap_run(k + hon, 5))
    # "Bộ trưởng Ngoại giao Mexico, Luis Videgaray cho rằng": the title opens the clause
    if k > e and not hon and toks[e].text == "," and opens_clause(m, s):
        name_end = m.name_at(k, after_title=True)
        if name_end - k >= 2 and (name_end >= n or not toks[name_end].cap):
            return Title(s, e, k, name_end)
    return Title(s, e, 0, 0)


def closed_title(m: Matcher, s: int, e: int) -> bool:
    """A title that can take a name without a comma ("Phó chủ tịch UBND huyện ông A"): not
    one that holds a preposition or marker of someone else's post ("người phát ngôn của ông
    A", "Bộ trưởng Tư pháp dưới thời ông A") or ends on a verb."""
    toks = m.toks
    return not any(m.lex.object_markers.match(toks, x) for x in range(s + 1, e)) and not (
        toks[e - 1].key in m.lex.speech_verbs or m.lex.stop.match(toks, e - 1)
    )


def opens_clause(m: Matcher, s: int) -> bool:
    """A title at ``s`` opens the sentence or a clause ("Tuy nhiên, Bộ trưởng ...")."""
    return s == 0 or m.toks[s - 1].text in CLAUSE_MARKS or m.toks[s - 1].key == _THEO


def unnamed_subject(m: Matcher, s: int, e: int) -> bool:
    """A title naming nobody that opens a clause and names an institution ("Bộ trưởng Bộ
    GD-ĐT cho biết"): it may complete the title of the one person who holds that head.
    Not a country's post ("Thủ tướng Campuchia": maybe someone nobody named), not one
    that holds a person's name."""
    h = m.head(s)[1]
    if not (h < e and opens_clause(m, s)) or plural_near(m, s) or object_before(m, s):
        return False
    toks, lex = m.toks, m.lex
    first, last = toks[h], toks[e - 1]
    institution = (
        first.key in lex.org_words or lex.admin_units.match(toks, h) > 0 or is_acronym(first.text)
    )
    return (
        institution
        and (last.cap or last.text.isdigit() or m.is_place(e - 1) > 0 or last.key in lex.org_words)
        and not any(
            toks[x].cap and not m.is_place(x) and m.name_at(x, after_title=False)
            for x in range(h, e)
        )
    )


# -- between a name and its apposition ----------------------------------------------


def birth_or_age(m: Matcher, j: int, *, year_alone: bool) -> int:
    """Length of an age or birth date at ``j``: "58 tuổi", "SN 1975", "sinh năm 1964 tại
    Malaysia", "sinh ngày 2/9/1950"; a bare year only where ``year_alone`` ("(1975)")."""
    toks, n = m.toks, m.n
    if j >= n:
        return 0
    t = toks[j]
    k = j
    if t.text.isdigit():
        if j + 1 < n and toks[j + 1].key == _TUOI:
            return 2
        return 1 if year_alone and len(t.text) == 4 else 0
    if t.key.rstrip(".") == "sn":
        k = j + 1
    elif t.key == _SINH:
        k = j + 1
        while k < n and toks[k].key in m.lex.date_words:
            k += 1
    else:
        return 0
    first = k
    while k < n and (toks[k].text.isdigit() or (k > first and toks[k].text in "/-.")):
        k += 1
    if k == first or not toks[k - 1].text.isdigit():
        return 0
    # "... tại Malaysia", "..., tại Singapore"
    at = k + 1 if k + 1 < n and toks[k].text == "," else k
    if at + 1 < n and m.lex.place_preps.match(toks, at) and toks[at + 1].cap:
        k = m.cap_run(at + 1)
    return k - j


def aside(m: Matcher, k: int) -> tuple[int, bool]:
    """Skip what may stand between a name and its apposition: an age or birth date ("(58
    tuổi)", ", 72 tuổi,", "(SN 1960, ...", ", sinh năm 1964 tại X,") or the name in Latin
    script ("(Li Qiang)"). Returns where the apposition may start and whether that is
    inside the parenthesis."""
    toks, n = m.toks, m.n
    if k + 1 >= n or toks[k].text not in {"(", ","}:
        return k, False
    paren = toks[k].text == "("
    b = birth_or_age(m, k + 1, year_alone=paren)
    if b:
        j = k + 1 + b
        if j < n and toks[j].text == ")" and paren:
            return j + 1, False
        if j < n and toks[j].text == ",":
            if paren and not m.head(j + 1)[1] > j + 1:
                # "(50 tuổi, quê Hà Nội) giữ chức ...": more about the person, then the post
                close = next((x for x in range(j, min(n, j + 16)) if toks[x].text == ")"), 0)
                return (close + 1, False) if close else (k, False)
            return j, paren
        return k, False
    if paren:
        close = next((x for x in range(k + 2, min(n, k + 6)) if toks[x].text == ")"), 0)
        inner = toks[k + 1 : close]
        if (
            close
            and len(inner) >= 2
            and all(x.word and x.cap and not vi_only(x.text) for x in inner)
            and not any(is_acronym(x.text) for x in inner)
            and not any(m.is_place(x) or m.lex.heads.match(toks, x) for x in range(k + 1, close))
        ):
            return close + 1, False
    return k, False


def copula_at(m: Matcher, k: int) -> int:
    """Length of a copula at ``k``, after time words if any ("lúc đó là", "khi ấy là")."""
    lex, toks, n = m.lex, m.toks, m.n
    if k >= n:
        return 0
    cop = lex.copulas.match(toks, k)
    if not cop and k < n:
        fill = lex.copula_fillers.match(toks, k)
        if fill and k + fill < n:
            cop = lex.copulas.match(toks, k + fill)
            cop = fill + cop if cop else 0
    if cop and k + cop < n and toks[k + cop].text == ":":  # "giữ các chức vụ: ..."
        cop += 1
    return cop


def appositions_vi(m: Matcher, k: int) -> tuple[list[tuple[int, int]], int]:
    """Titles after a name ending at ``k``: ", title, title", " - title", "(title)", "là
    title", "lúc đó là title", "title đồng thời là title", a capitalised position without
    a comma ("ông A Bí thư Đảng ủy xã"), with an age or birth date between (:func:`aside`)."""
    toks, n, lex = m.toks, m.n, m.lex
    titles: list[tuple[int, int]] = []
    k, in_paren = aside(m, k)
    while k < n:
        t = toks[k]
        if not titles and t.cap and m.head(k)[1] - k >= 2:
            # "ông Trần Văn Đồng Bí thư Đảng ủy xã": a position without a comma
            s, e, _, name_end = title_at_vi(m, k)
            if e <= s or name_end:
                break
            titles.append((s, e))
            k = e
            continue
        step = 0 if titles else copula_at(m, k)
        if not step and titles:
            step = lex.copula_joiners.match(toks, k)  # "đồng thời là", "và là"
        if not step and (
            t.text in {",", "-", "–", "("}
            or t.key in lex.any_title_joiners
            or (t.key in lex.any_conjunctions and titles)
        ):
            step = 1
            if t.text == "," and not titles:
                step += copula_at(m, k + 1)  # "..., hiện là Giám đốc"
        if not step:
            break
        s, e, _, name_end = title_at_vi(m, k + step)
        if e <= s or name_end:
            break
        if e + 1 < n and toks[e].key == _LA and m.honorific(e + 1):
            break  # "... và Phó ban là bà Y": that post is Y's
        titles.append((s, e))
        k = e
        if t.text == "(" and k < n and toks[k].text == ")":
            k += 1
    if in_paren and titles and k < n and toks[k].text == ")":
        k += 1
    return titles, k


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
