"""Keywords: an article's key terms, as the article writes them.

Candidates are terms a reader recognises, never lone syllables of a longer word:

* Vietnamese: words of two syllables that co-occur far above chance in news (the
  shipped collocation table, ``tools/learn_collocations.py``), two such words that the
  article repeats side by side ("nền tảng tư tưởng"), and capitalised names ("Ban Chỉ
  đạo 35", "Thanh Hóa"), which may hold a lower-case word of the table and end in a
  number.
* English: content words (merged by stem, shown in the article's most frequent form),
  runs of content words the article repeats ("health care"), and capitalised names.

A candidate scores ``(1 + log count) * idf`` (``idf`` from :mod:`tomtat.docfreq`), more
when the headline uses it. Occurrences inside a longer candidate that the article
repeats, or inside a name, count for the longer one only; a one-word name that ends
exactly one longer name of the article ("ông Nguyên", "Trump") counts for that name.
Scores are relative to the best keyword (1.0). Pure and linear in the article.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from tomtat import docfreq
from tomtat.lang import fold_tone, stopwords
from tomtat.models import Document, Keyword, SentenceKind

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_GAP_OK = re.compile(r"^[ \t\u00a0]*$")
_OPENS = re.compile(r"[.!?:;\"“”‘(\[–—]|--")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_UPPER_WORD = re.compile(r"\b[A-Z][\w'’-]*")
HEADLINE_BOOST = 1.5
MAX_WORDS = 6


@dataclass(slots=True)
class _Candidate:
    key: tuple[str, ...]
    name: bool = False
    count: int = 0
    first: int = 0
    in_title: bool = False
    forms: Counter[str] = field(default_factory=Counter)
    spans: list[tuple[int, int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    key: str
    start: int
    cap: bool
    digit: bool


def _chunks(text: str, lang: str) -> Iterator[tuple[list[_Tok], bool]]:
    """Runs of tokens separated only by spaces (punctuation breaks a run), each with
    whether it opens a sentence or a quote (where any word may carry a capital)."""
    run: list[_Tok] = []
    end = 0
    opens = True
    for m in _TOKEN.finditer(text):
        gap = text[end : m.start()]
        if run and not _GAP_OK.match(gap):
            yield run, opens
            run = []
            opens = bool(_OPENS.search(gap))
        word = m.group()
        if lang == "en" and word.endswith(("'s", "’s")):
            word = word[:-2]
        low = word.lower()
        key = fold_tone(low) if lang == "vi" else low
        run.append(_Tok(word, key, m.start(), word[0].isupper(), word.isdigit()))
        end = m.end()
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
        if i + 1 >= len(run) or run[i].digit or run[i + 1].digit:
            return 0
        return pairs.get(f"{run[i].key} {run[i + 1].key}", 0)

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
        key = key or tuple(t.key for t in run[s:e])
        cand = self.found.get(key)
        if cand is None:
            cand = self.found[key] = _Candidate(key, first=sent)
        cand.name = cand.name or name
        if title:
            cand.in_title = True
            return
        cand.count += 1
        cand.first = min(cand.first, sent)
        text = " ".join(t.text for t in run[s:e])
        if opener and not name:  # the capital a sentence opens with says nothing
            text = text[0].lower() + text[1:]
        cand.forms[text] += 1
        cand.spans.append((sent, run[s].start, run[e - 1].start + len(run[e - 1].text)))

    def is_stop(self, run: list[_Tok], word: tuple[int, int]) -> bool:
        return " ".join(t.key for t in run[word[0] : word[1]]) in self.stop


def _names(run: list[_Tok], words: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(start, end, words) of runs of words opening with a capital; a number may end one."""
    i = 0
    while i < len(words):
        s, _ = words[i]
        if not run[s].cap or run[s].digit:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and run[words[j + 1][0]].cap and not run[words[j + 1][0]].digit:
            j += 1
        end = words[j][1]
        if end < len(run) and run[end].digit:
            end += 1
        yield s, end, j - i + 1
        i = j + 1


def _heads_a_word(run: list[_Tok], end: int) -> bool:
    """A lower-case two-syllable word of the table follows at ``end``."""
    if end + 1 >= len(run) or run[end].cap or run[end].digit:
        return False
    pair = f"{run[end].key} {run[end + 1].key}"
    return pair in _vi_pairs() and pair not in _stop("vi")


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
    for sent, text, title in texts:
        for run, opening in _chunks(text, lang):
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
                if s == opener and size == 1 and not (lang == "en" and run[s].key in upper):
                    continue  # one capitalised word opening a sentence: not a name
                if lang == "vi" and e - s == 1 and _heads_a_word(run, e):
                    continue  # "Phó chủ tịch", "Luật đất đai": the head of a common noun
                keys = tuple(t.key for t in run[s:e])
                if " ".join(keys) in col.stop or size > MAX_WORDS:
                    continue
                col.add(run, s, e, sent, title, name=True)
                in_name.update(range(s, e))
            content = [
                w
                for w in words
                if w[0] not in in_name and not col.is_stop(run, w) and not run[w[0]].digit
            ]
            for s, e in content:
                if lang == "vi" and e - s < 2:
                    continue  # a lone syllable is a word only as a name
                key = (_stem(run[s].key),) if lang == "en" else None
                col.add(run, s, e, sent, title, opener=s == opener, key=key)
            # phrases: two or three adjacent content words (Vietnamese: two-syllable ones)
            for n in (2, 3):
                for i in range(len(content) - n + 1):
                    group = content[i : i + n]
                    if all(a[1] == b[0] for a, b in pairwise(group)) and (
                        lang == "en" or all(e - s == 2 for s, e in group)
                    ):
                        s1 = group[0][0]
                        col.add(run, s1, group[-1][1], sent, title, opener=s1 == opener)
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


def _resolve(col: _Collector) -> list[_Candidate]:
    """Keep the candidates a reader would list, their counts net of longer ones."""
    found = col.found
    # a longer candidate counts when repeated, or when it is a name
    longer = [c for c in found.values() if len(c.key) > 1 and (c.count >= 2 or c.name)]
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c in longer:
        for sent, a, b in c.spans:
            covered[sent].append((a, b))
    names = [c for c in found.values() if c.name and len(c.key) > 1]
    out: list[_Candidate] = []
    for c in found.values():
        if len(c.key) > 1 and c.count < 2 and not c.name:
            continue
        if c.count == 0:
            continue
        inside = sum(
            1
            for sent, a, b in c.spans
            if any(x <= a and b <= y and (y - x) > (b - a) for x, y in covered.get(sent, ()))
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
    scored: list[tuple[float, int, str]] = []
    for cand in _resolve(col):
        idf = max((table.idf(t) for t in _idf_terms(cand, lang)), default=table.idf(""))
        value = (1.0 + math.log(cand.count)) * idf
        if cand.in_title:
            value *= HEADLINE_BOOST
        form = cand.forms.most_common(1)[0][0] if cand.forms else " ".join(cand.key)
        scored.append((value, cand.first, form))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    out: list[Keyword] = []
    seen: set[str] = set()
    for value, _, form in scored:
        folded = form.lower()
        if folded in seen:
            continue
        seen.add(folded)
        out.append(Keyword(form, value))
        if len(out) == k:
            break
    top = out[0].score if out else 1.0
    return tuple(Keyword(x.text, round(x.score / top, 3)) for x in out)
