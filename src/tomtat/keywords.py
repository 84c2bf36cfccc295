"""Keywords: an article's key terms, as the article writes them.

Candidates are terms a reader recognises, never lone syllables of a longer word:

* Vietnamese: words of two syllables that co-occur far above chance in news (the
  shipped collocation table, ``tools/learn_collocations.py``), two or three such words that the
  article repeats side by side ("nền tảng tư tưởng"), and capitalised names ("Ban Chỉ
  đạo 35", "Thanh Hóa"), which may hold a lower-case word of the table and end in a
  number.
* English: content words (merged by stem, shown in the article's most frequent form),
  runs of content words the article repeats ("health care"), and capitalised names.

A candidate scores ``count * idf`` (``idf`` from :mod:`tomtat.docfreq`), more
when the headline uses it. Occurrences inside a longer candidate that the article
repeats, or inside a name, count for the longer one only; a one-word name that ends
exactly one longer name of the article ("ông Nguyên", "Trump") counts for that name.
Scores are relative to the best keyword (1.0). Pure and linear in the article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import Final

from tomtat import docfreq
from tomtat.lang import fold_tone, stopwords
from tomtat.models import Document, Keyword, SentenceKind

_TOKEN_OR_MARK = re.compile(r"([^\W_]+(?:['’][^\W_]+)?)|[^\w\s]+|_+")
_OPENS = re.compile(r"[.!?:;\"“”‘(\[–—]|--")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_UPPER_WORD = re.compile(r"\b[A-Z][\w'’-]*")
HEADLINE_BOOST = 1.5
MAX_WORDS = 6


@dataclass(slots=True)
class _Candidate:
    """A term and its occurrences ``(sentence, run, start, end, lower the first letter)``;
    forms and spans are worked out only for the terms that need them."""

    key: tuple[str, ...]
    name: bool = False
    in_title: bool = False
    count: int = 0
    occ: list[tuple[int, list[_Tok], int, int, bool]] = field(default_factory=list)

    def spans(self) -> Iterator[tuple[int, int, int]]:
        for sent, run, s, e, _ in self.occ:
            yield sent, run[s][START], run[e - 1][START] + len(run[e - 1][TEXT])

    def form(self) -> str:
        """The spelling the article uses most (a sentence's opening capital aside)."""
        forms: Counter[str] = Counter()
        for _, run, s, e, lower in self.occ:
            text = " ".join(t[TEXT] for t in run[s:e])
            forms[text[0].lower() + text[1:] if lower else text] += 1
        return forms.most_common(1)[0][0] if forms else " ".join(self.key)


# a token: (text, key, start, capitalised, digits, stopword); a plain tuple, one per word
_Tok = tuple[str, str, int, bool, bool, bool]
TEXT: Final = 0
KEY: Final = 1
START: Final = 2
CAP: Final = 3
DIGIT: Final = 4
STOP: Final = 5


def _chunks(
    text: str, lang: str, known: dict[str, tuple[str, bool, bool, bool]]
) -> Iterator[tuple[list[_Tok], bool]]:
    """Runs of tokens separated only by spaces (punctuation breaks a run), each with
    whether it opens a sentence or a quote (where any word may carry a capital).

    ``known`` caches each spelling's (key, capitalised, digits, stopword) for the article.
    """
    run: list[_Tok] = []
    opens = True
    vi = lang == "vi"
    for m in _TOKEN_OR_MARK.finditer(text):
        word = m.group(1)
        if word is None:  # punctuation
            if run:
                yield run, opens
                run = []
                opens = False
            opens = opens or bool(_OPENS.search(m.group()))
            continue
        if not vi and word.endswith(("'s", "’s")):
            word = word[:-2]
        info = known.get(word)
        if info is None:
            low = word.lower()
            key = fold_tone(low) if vi else low
            info = known[word] = (key, word[0].isupper(), word.isdigit(), key in _stop(lang))
        run.append((word, info[0], m.start(), info[1], info[2], info[3]))
    if run:
        yield run, opens


def _vi_pairs() -> dict[str, int]:
    return docfreq.collocations("vi")


@cache
def _stop(lang: str) -> frozenset[str]:
    if lang == "vi":
        return frozenset(" ".join(fold_tone(p) for p in w.split(" ")) for w in stopwords("vi"))
    return stopwords("en")


def _vi_words(run: list[_Tok]) -> list[tuple[int, int]]:
    """Greedy left-to-right words: a syllable pair of the table, else one syllable."""
    pairs = _vi_pairs()

    def pair(i: int) -> int:
        if i + 1 >= len(run) or run[i][DIGIT] or run[i + 1][DIGIT]:
            return 0
        return pairs.get(f"{run[i][KEY]} {run[i + 1][KEY]}", 0)

    out: list[tuple[int, int]] = []
    i = 0
    while i < len(run):
        here = pair(i)
        # "để củng cố": when the next pair is the more common word, this syllable stands alone
        if here and pair(i + 1) <= here:
            out.append((i, i + 2))
            i += 2
        else:
            out.append((i, i + 1))
            i += 1
    return out


class _Collector:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.stop = _stop(lang)
        self.found: dict[tuple[str, ...], _Candidate] = {}

    def add(
        self,
        run: list[_Tok],
        s: int,
        e: int,
        sent: int,
        title: bool,
        *,
        name: bool = False,
        opener: bool = False,
        key: tuple[str, ...] | None = None,
    ) -> None:
        if key is None:
            key = (run[s][KEY],) if e - s == 1 else tuple(t[KEY] for t in run[s:e])
        cand = self.found.get(key)
        if cand is None:
            cand = self.found[key] = _Candidate(key)
        if name:
            cand.name = True
        if title:
            cand.in_title = True
            return
        cand.occ.append((sent, run, s, e, opener and not name))

    def is_stop(self, run: list[_Tok], word: tuple[int, int]) -> bool:
        s, e = word
        if e - s == 1:
            return run[s][STOP]
        return " ".join(t[KEY] for t in run[s:e]) in self.stop


def _names(run: list[_Tok], words: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(start, end, words) of runs of words opening with a capital; a number may end one."""
    i = 0
    while i < len(words):
        s, _ = words[i]
        if not run[s][CAP] or run[s][DIGIT]:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and run[words[j + 1][0]][CAP] and not run[words[j + 1][0]][DIGIT]:
            j += 1
        end = words[j][1]
        if end < len(run) and run[end][DIGIT]:
            end += 1
        yield s, end, j - i + 1
        i = j + 1


def _heads_a_word(run: list[_Tok], end: int) -> bool:
    """A lower-case two-syllable word of the table follows at ``end``."""
    if end + 1 >= len(run) or run[end][CAP] or run[end][DIGIT]:
        return False
    pair = f"{run[end][KEY]} {run[end + 1][KEY]}"
    return pair in _vi_pairs() and pair not in _stop("vi")


@lru_cache(maxsize=50_000)  # bounded: an archive's vocabulary keeps growing
def _stem(word: str) -> str:
    from tomtat.tokens import terms

    found = terms(word, "en")
    return found[0] if found else word


def _candidates(doc: Document) -> _Collector:
    lang = doc.lang
    col = _Collector(lang)
    texts: list[tuple[int, str, bool]] = [(-1, doc.title, True)] if doc.title else []
    texts += [(x.index, x.text, False) for x in doc.sentences if x.kind is SentenceKind.BODY]
    # English words the article writes only capitalised are names even opening a sentence
    upper: set[str] = set()
    if lang == "en":
        lower = {w for _, t, _ in texts for w in _LOWER_WORD.findall(t)}
        upper = {w.lower() for _, t, _ in texts for w in _UPPER_WORD.findall(t)} - lower - col.stop
    known: dict[str, tuple[str, bool, bool, bool]] = {}
    seen: Counter[tuple[str, ...]] = Counter()
    phrases: list[tuple[tuple[str, ...], list[_Tok], int, int, int, bool, bool]] = []
    for sent, text, title in texts:
        for run, opening in _chunks(text, lang, known):
            words = _vi_words(run) if lang == "vi" else [(i, i + 1) for i in range(len(run))]
            # sentence-initial stopwords ("Theo", "The") are capitalised by position only
            first = 0
            while opening and first < len(words) and col.is_stop(run, words[first]):
                first += 1
            opener = words[first][0] if opening and first < len(words) else -1
            in_name: set[int] = set()
            for s, e, size in _names(run, words[first:]):
                while lang == "en" and size > 1 and col.is_stop(run, (s, s + 1)):
                    s, size = s + 1, size - 1  # "When Andrew Bynum", "The White House"
                if s == opener and size == 1 and not (lang == "en" and run[s][KEY] in upper):
                    continue  # one capitalised word opening a sentence: not a name
                if lang == "vi" and e - s == 1 and _heads_a_word(run, e):
                    continue  # "Phó chủ tịch", "Luật đất đai": the head of a common noun
                keys = tuple(t[KEY] for t in run[s:e])
                if " ".join(keys) in col.stop or size > MAX_WORDS:
                    continue
                col.add(run, s, e, sent, title, name=True)
                in_name.update(range(s, e))
            content = [
                w
                for w in words
                if w[0] not in in_name and not col.is_stop(run, w) and not run[w[0]][DIGIT]
            ]
            for s, e in content:
                if lang == "vi" and e - s < 2:
                    continue  # a lone syllable is a word only as a name
                key = (_stem(run[s][KEY]),) if lang == "en" else None
                col.add(run, s, e, sent, title, opener=s == opener, key=key)
            # phrases: two or three adjacent content words (Vietnamese: two-syllable ones)
            for n in (2, 3):
                for i in range(len(content) - n + 1):
                    group = content[i : i + n]
                    if all(a[1] == b[0] for a, b in pairwise(group)) and (
                        lang == "en" or all(e - s == 2 for s, e in group)
                    ):
                        s1, e1 = group[0][0], group[-1][1]
                        phrase = tuple(t[KEY] for t in run[s1:e1])
                        seen[phrase] += not title
                        phrases.append((phrase, run, s1, e1, sent, title, s1 == opener))
    # only a phrase the article repeats can be a keyword: record just those in full
    for phrase, run, s1, e1, sent, title, first_word in phrases:
        if seen[phrase] >= 2:
            col.add(run, s1, e1, sent, title, opener=first_word, key=phrase)
    return col


def _idf_terms(cand: _Candidate, lang: str) -> list[str]:
    """The document-frequency terms of a candidate (tokens.terms' vocabulary)."""
    if lang == "vi":
        if len(cand.key) == 1:
            return [cand.key[0]]
        return [f"{a} {b}" for a, b in pairwise(cand.key)]
    if len(cand.key) == 1 and not cand.name:
        return [cand.key[0]]  # already a stem
    from tomtat.tokens import terms

    return terms(" ".join(cand.key), "en")


class _Cover:
    """Spans of one sentence; does one of them strictly contain a given span?"""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [a for a, _ in spans]
        self.ends: list[int] = []  # the furthest end among the spans starting so far
        top = -1
        for _, b in spans:
            top = max(top, b)
            self.ends.append(top)

    def inside(self, a: int, b: int) -> bool:
        from bisect import bisect_left, bisect_right

        i = bisect_right(self.starts, a)  # spans starting at or before a
        if i and self.ends[i - 1] > b:
            return True
        j = bisect_left(self.starts, a)  # spans starting strictly before a
        return bool(j) and self.ends[j - 1] >= b


def _resolve(col: _Collector) -> list[_Candidate]:
    """Keep the candidates a reader would list, their counts net of longer ones."""
    found = col.found
    # a longer candidate counts when repeated, or when it is a name
    longer = [c for c in found.values() if len(c.key) > 1 and (len(c.occ) >= 2 or c.name)]
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c in longer:
        for sent, a, b in c.spans():
            spans[sent].append((a, b))
    covered = {sent: _Cover(found) for sent, found in spans.items()}
    names = [c for c in found.values() if c.name and len(c.key) > 1]
    out: list[_Candidate] = []
    for c in found.values():
        c.count = len(c.occ)
        if len(c.key) > 1 and c.count < 2 and not c.name:
            continue
        if c.count == 0:
            continue
        inside = sum(
            1 for sent, a, b in c.spans() if sent in covered and covered[sent].inside(a, b)
        )
        c.count -= inside
        if c.count <= 0:
            continue
        if c.name and len(c.key) == 1:
            fits = [n for n in names if n.key[-1] == c.key[0]]
            if len(fits) == 1:
                fits[0].count += c.count
                continue
        out.append(c)
    return out


def extract(doc: Document, k: int = 8) -> tuple[Keyword, ...]:
    """The ``k`` best keywords of ``doc``, best first."""
    if k <= 0:
        return ()
    lang = "vi" if doc.lang == "vi" else "en"
    col = _candidates(doc)
    table = docfreq.load(lang)
    scored: list[tuple[float, int, tuple[str, ...], _Candidate]] = []
    for cand in _resolve(col):
        idf = max((table.idf(t) for t in _idf_terms(cand, lang)), default=table.idf(""))
        value = _tf(cand.count) * idf
        if cand.in_title:
            value *= HEADLINE_BOOST
        scored.append((value, cand.occ[0][0], cand.key, cand))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    out: list[Keyword] = []
    seen: set[str] = set()
    for value, _, _, cand in scored:
        form = cand.form()
        folded = form.lower()
        if folded in seen:
            continue
        seen.add(folded)
        out.append(Keyword(form, value))
        if len(out) == k:
            break
    top = out[0].score if out else 1.0
    return tuple(Keyword(x.text, round(x.score / top, 3)) for x in out)


def _tf(count: int) -> float:
    """Raw counts: measured on the dev sets, they rank keywords closer to the human
    summaries than log counts, which let words used once but rare in news win."""
    return float(count)
