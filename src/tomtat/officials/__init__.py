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
(:class:`~tomtat.officials.screen.Screen`, an LRU cache of a pure function), so a
sentence is tokenised only when it holds the first word(s) of a position and the first
word of a position or honorific. Tokens are shared objects per text
(:class:`~tomtat.officials.tokens.Tok`, offsets kept apart); each distinct run of text
between spaces is tokenised once per process (a bounded table), so tokenising a sentence
is mostly dict lookups; and names are looked up by whole folded words rather than by
tokenising every sentence.

Modules, one idea each: ``keys`` (folding), ``tokens`` (the tokeniser), ``data`` and
``lexicon`` (the word lists), ``grammar`` (names, heads, honorifics), ``grammar_vi`` and
``grammar_en`` (how a title runs on in each language), ``titles`` (a title at a
position, appositions), ``patterns`` (the families above), ``people`` (grouping,
short references, mentions) and ``screen`` (the pre-filter). Nothing here keeps state
between calls but pure-function caches: :func:`extract` is safe to call from threads.
"""

from __future__ import annotations

from tomtat.models import Document, Official, SentenceKind
from tomtat.officials.lexicon import lexicon as _lexicon
from tomtat.officials.patterns import Hit, find_hits, named_before, named_next
from tomtat.officials.people import (
    attach_unnamed,
    bare_keys,
    count_mentions,
    group_people,
    prune_titles,
)
from tomtat.officials.screen import Body

__all__ = ["extract"]


def extract(doc: Document) -> tuple[Official, ...]:
    """The key officials of ``doc``, most mentioned first (ties: first appearance)."""
    lang = "vi" if doc.lang == "vi" else "en"
    lex = _lexicon(lang)
    hits: list[Hit] = []
    body = Body(s for s in doc.sentences if s.kind is not SentenceKind.BYLINE)
    # cheap pre-check: only sentences with a position word can name an official
    orphans: list[tuple[int, str]] = []
    referred: list[tuple[int, tuple[str, ...]]] = []
    for (index, text), ok in zip(body.items, body.screen(lex), strict=True):
        if ok:
            sent = body.tokens(index, text)
            hits.extend(find_hits(lex, sent, text, index, orphans, referred))
    for index, titles in referred:  # "Ông từng là ..." after the sentence naming him
        hit = named_before(lex, body, index, titles, hits)
        if hit is not None:
            hits.append(hit)
    if lang == "en":
        for index, title in orphans:
            hit = named_next(lex, body, index, title, hits)
            if hit is not None:
                hits.append(hit)
    if not hits:
        return ()
    persons = group_people(lex, hits, body)
    if not persons:
        return ()
    if lang == "vi":
        attach_unnamed(lex, persons, orphans)
    words = {k for p in persons for keys in (p.keys, *p.aliases) for k in keys}
    words.update(k for p in persons for k in bare_keys(p) or ())
    # a mention is a token: sentences without the word need no tokens
    count_mentions(lex, persons, body.with_words(words, as_words=True))
    persons.sort(key=lambda p: (-p.mentions, p.first_mention or p.first))
    return tuple(
        Official(
            name=p.name,
            titles=prune_titles(p, lex if lang == "en" else None),
            mentions=max(p.mentions, 1),
            aliases=tuple(dict.fromkeys(v for k, v in p.aliases.items())),
            first_sentence=(p.first_mention or p.first)[0],
        )
        for p in persons
    )
