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

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import Final

from tomtat import docfreq
from tomtat.lang import fold_tone, stopwords
from tomtat.models import Document, Keyword, SentenceKind

# A word; an article is words, punctuation ([^\w\s]+ or _+) and spaces. A run: words
# separated only by spaces.
_WORD = r"[^\W_]+(?:['’][^\W_]+)?"
_RUN = re.compile(rf"{_WORD}(?:\s+{_WORD})*")
_OPENS = re.compile(r"[.!?:;\"“”‘(\[–—]|--")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_UPPER_WORD = re.compile(r"\b[A-Z][\w'’-]*")
HEADLINE_BOOST = 1.5
MAX_WORDS = 6


# a word's (key, capitalised, digits, stopword): the same for every occurrence of a spelling
_Info = tuple[str, bool, bool, bool]
KEY: Final = 0
CAP: Final = 1
DIGIT: Final = 2
STOP: Final = 3
_KEY_OF = itemgetter(KEY)
_DIGIT_OF = itemgetter(DIGIT)


class _Run:
    """Words separated only by spaces (punctuation breaks a run): their spellings, their
    :data:`_Info` and the number of words before the run in its sentence (``base``:
    an occurrence's span is its word numbers in the sentence)."""

    __slots__ = ("base", "digits", "infos", "keys", "texts")

    def __init__(self, texts: list[str], infos: list[_Info], base: int) -> None:
        self.texts = texts
        self.infos = infos
        self.keys: list[str] = list(map(_KEY_OF, infos))
        self.digits = any(map(_DIGIT_OF, infos))  # a word of digits in the run
        self.base = base


@dataclass(slots=True)
class _Candidate:
    """A term and its occurrences ``(sentence, run, start, end, lower the first letter)``;
    forms and spans are worked out only for the terms that need them."""

    key: tuple[str, ...]
    name: bool = False
    in_title: bool = False
    count: int = 0
    occ: list[tuple[int, _Run, int, int, bool]] = field(default_factory=list)

    def spans(self) -> Iterator[tuple[int, int, int]]:
        """``(sentence, first word, end word)``: words are numbered within the sentence,
        so one span holds another exactly when its text does."""
        for sent, run, s, e, _ in self.occ:
            yield sent, run.base + s, run.base + e

    def form(self) -> str:
        """The spelling the article uses most (a sentence's opening capital aside)."""
        forms: Counter[str] = Counter()
        for _, run, s, e, lower in self.occ:
            text = " ".join(run.texts[s:e])
            forms[text[0].lower() + text[1:] if lower else text] += 1
        return forms.most_common(1)[0][0] if forms else " ".join(self.key)


# spelling -> _Info, per language; filled lazily, bounded by the vocabulary
_INFOS: dict[str, dict[str, _Info]] = {}
MAX_CACHED_SPELLINGS = 200_000


def _info(word: str, lang: str) -> _Info:
    low = word.lower()
    key = fold_tone(low) if lang == "vi" else low
    info = (key, word[0].isupper(), word.isdigit(), key in _stop(lang))
    cache = _INFOS.setdefault(lang, {})
    if len(cache) < MAX_CACHED_SPELLINGS:
        cache[word] = info
    return info


def _chunks(text: str, lang: str) -> list[tuple[_Run, bool]]:
    """The runs of a sentence, each with whether it opens the sentence or a quote
    (where any word may carry a capital)."""
    out: list[tuple[_Run, bool]] = []
    base = 0
    end = 0
    en = lang != "vi"
    for m in _RUN.finditer(text):
        start = m.start()
        # the first run opens the sentence; a later one follows punctuation, which
        # opens a quote or a sentence when it holds one of _OPENS
        opens = not out or _OPENS.search(text, end, start) is not None
        end = m.end()
        words = m.group().split()  # a run holds only words and spaces
        if en and ("'s" in m.group() or "’s" in m.group()):
            words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
        out.append((_run(words, lang, base), opens))
        base += len(words)
    return out


def _run(words: list[str], lang: str, base: int) -> _Run:
    infos = list(map(_INFOS.setdefault(lang, {}).get, words))
    if None in infos:
        infos = [info or _info(w, lang) for w, info in zip(words, infos, strict=True)]
    return _Run(words, infos, base)  # type: ignore[arg-type]


def _vi_pairs() -> dict[str, int]:
    return docfreq.collocations("vi")


@cache
def _stop(lang: str) -> frozenset[str]:
    if lang == "vi":
        return frozenset(" ".join(fold_tone(p) for p in w.split(" ")) for w in stopwords("vi"))
    return stopwords("en")


def _vi_words(run: _Run) -> list[tuple[int, int]]:
    """Greedy left-to-right words: a syllable pair of the table, else one syllable."""
    keys, infos = run.keys, run.infos
    n = len(keys)
    get = _vi_pairs().get
    # pair[i]: the table's count for syllables i and i + 1 (0: none, or a number)
    pair = [get(f"{a} {b}", 0) for a, b in pairwise(keys)]
    pair += [0, 0]
    if run.digits:
        for i in range(n):
            if infos[i][DIGIT]:
                pair[i] = 0
                if i:
                    pair[i - 1] = 0
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        here = pair[i]
        # "để củng cố": when the next pair is the more common word, this syllable stands alone
        if here and pair[i + 1] <= here:
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
        run: _Run,
        s: int,
        e: int,
        sent: int,
        title: bool,
        key: tuple[str, ...],
        name: bool = False,
        opener: bool = False,
    ) -> None:
        cand = self.found.get(key)
        if cand is None:
            cand = self.found[key] = _Candidate(key)
        if name:
            cand.name = True
        if title:
            cand.in_title = True
            return
        cand.occ.append((sent, run, s, e, opener and not name))

    def is_stop(self, run: _Run, word: tuple[int, int]) -> bool:
        s, e = word
        if e - s == 1:
            return run.infos[s][STOP]
        return " ".join(run.keys[s:e]) in self.stop


def _names(run: _Run, words: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """(start, end, words) of runs of words opening with a capital; a number may end one."""
    infos = run.infos
    i = 0
    while i < len(words):
        s, _ = words[i]
        if not infos[s][CAP] or infos[s][DIGIT]:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words) and infos[words[j + 1][0]][CAP] and not infos[words[j + 1][0]][DIGIT]
        ):
            j += 1
        end = words[j][1]
        if end < len(infos) and infos[end][DIGIT]:
            end += 1
        yield s, end, j - i + 1
        i = j + 1


def _heads_a_word(run: _Run, end: int) -> bool:
    """A lower-case two-syllable word of the table follows at ``end``."""
    infos = run.infos
    if end + 1 >= len(infos) or infos[end][CAP] or infos[end][DIGIT]:
        return False
    pair = f"{run.keys[end]} {run.keys[end + 1]}"
    return pair in _vi_pairs() and pair not in _stop("vi")


@lru_cache(maxsize=50_000)  # bounded: an archive's vocabulary keeps growing
def _stem(word: str) -> str:
    from tomtat.tokens import terms

    found = terms(word, "en")
    return found[0] if found else word


def _candidates(doc: Document) -> _Collector:
    lang = doc.lang
    vi, en = lang == "vi", lang == "en"
    col = _Collector(lang)
    stop = col.stop
    add = col.add
    texts: list[tuple[int, str, bool]] = [(-1, doc.title, True)] if doc.title else []
    texts += [(x.index, x.text, False) for x in doc.sentences if x.kind is SentenceKind.BODY]
    # English words the article writes only capitalised are names even opening a sentence
    upper: set[str] = set()
    if en:
        lower = {w for _, t, _ in texts for w in _LOWER_WORD.findall(t)}
        upper = {w.lower() for _, t, _ in texts for w in _UPPER_WORD.findall(t)} - lower - stop
    seen: Counter[tuple[str, ...]] = Counter()
    phrases: list[tuple[tuple[str, ...], _Run, int, int, int, bool, bool]] = []
    for sent, text, title in texts:
        for run, opening in _chunks(text, lang):
            if not vi:  # one word per token
                _other_run(col, run, opening, sent, title, en, upper, seen, phrases)
                continue
            keys, infos = run.keys, run.infos
            words = _vi_words(run)
            # sentence-initial stopwords ("Theo") are capitalised by position only
            first = 0
            while opening and first < len(words) and col.is_stop(run, words[first]):
                first += 1
            opener = words[first][0] if opening and first < len(words) else -1
            in_name: set[int] = set()
            for s, e, size in _names(run, words[first:]):
                if s == opener and size == 1:
                    continue  # one capitalised word opening a sentence: not a name
                if e - s == 1 and _heads_a_word(run, e):
                    continue  # "Phó chủ tịch", "Luật đất đai": the head of a common noun
                name_key = tuple(keys[s:e])
                if " ".join(name_key) in stop or size > MAX_WORDS:
                    continue
                add(run, s, e, sent, title, name_key, True)
                in_name.update(range(s, e))
            content = [
                w
                for w in words
                if w[0] not in in_name
                and not (
                    infos[w[0]][STOP]
                    if w[1] - w[0] == 1
                    else f"{keys[w[0]]} {keys[w[0] + 1]}" in stop
                )
                and not infos[w[0]][DIGIT]
            ]
            for s, e in content:
                if e - s < 2:
                    continue  # a lone syllable is a word only as a name
                add(run, s, e, sent, title, (keys[s], keys[s + 1]), False, s == opener)
            # phrases: two or three adjacent two-syllable content words;
            # joins[i]: content words i and i + 1 may stand in one phrase
            if len(content) < 2:
                continue
            joins = [
                a[1] == b[0] and a[1] - a[0] == 2 and b[1] - b[0] == 2 for a, b in pairwise(content)
            ]
            if not any(joins):
                continue
            for n in (2, 3):
                for i in range(len(content) - n + 1):
                    if joins[i] and (n == 2 or joins[i + 1]):
                        s1, e1 = content[i][0], content[i + n - 1][1]
                        phrase = tuple(keys[s1:e1])
                        seen[phrase] += not title
                        phrases.append((phrase, run, s1, e1, sent, title, s1 == opener))
    # only a phrase the article repeats can be a keyword: record just those in full
    for phrase, run, s1, e1, sent, title, first_word in phrases:
        if seen[phrase] >= 2:
            add(run, s1, e1, sent, title, phrase, False, first_word)
    return col


def _other_run(
    col: _Collector,
    run: _Run,
    opening: bool,
    sent: int,
    title: bool,
    en: bool,
    upper: set[str],
    seen: Counter[tuple[str, ...]],
    phrases: list[tuple[tuple[str, ...], _Run, int, int, int, bool, bool]],
) -> None:
    """:func:`_candidates` on one run of a language written one word per token
    (English): the same steps as for Vietnamese, on word numbers."""
    keys, infos = run.keys, run.infos
    stop, found = col.stop, col.found
    n = len(keys)
    # sentence-initial stopwords ("The") are capitalised by position only
    first = 0
    while opening and first < n and infos[first][STOP]:
        first += 1
    opener = first if opening and first < n else -1
    in_name: set[int] = set()
    i = first
    while i < n:  # names: runs of capitalised words; a number may end one
        if not infos[i][CAP] or infos[i][DIGIT]:
            i += 1
            continue
        j = i
        while j + 1 < n and infos[j + 1][CAP] and not infos[j + 1][DIGIT]:
            j += 1
        s, e, size = i, j + 1, j - i + 1
        if e < n and infos[e][DIGIT]:
            e += 1
        i = j + 1
        while en and size > 1 and infos[s][STOP]:
            s, size = s + 1, size - 1  # "When Andrew Bynum", "The White House"
        if s == opener and size == 1 and not (en and keys[s] in upper):
            continue  # one capitalised word opening a sentence: not a name
        name_key = tuple(keys[s:e])
        if " ".join(name_key) in stop or size > MAX_WORDS:
            continue
        col.add(run, s, e, sent, title, name_key, True)
        in_name.update(range(s, e))
    content = [
        i for i in range(n) if i not in in_name and not infos[i][STOP] and not infos[i][DIGIT]
    ]
    for s in content:
        key = (_stem(keys[s]),) if en else (keys[s],)
        cand = found.get(key)
        if cand is None:
            cand = found[key] = _Candidate(key)
        if title:
            cand.in_title = True
        else:
            cand.occ.append((sent, run, s, s + 1, s == opener))
    # phrases: two or three adjacent content words (English only)
    if not en or len(content) < 2:
        return
    joins = [b == a + 1 for a, b in pairwise(content)]
    if not any(joins):
        return
    for size in (2, 3):
        for i in range(len(content) - size + 1):
            if joins[i] and (size == 2 or joins[i + 1]):
                s1, e1 = content[i], content[i + size - 1] + 1
                phrase = tuple(keys[s1:e1])
                seen[phrase] += not title
                phrases.append((phrase, run, s1, e1, sent, title, s1 == opener))


def _idf_terms(cand: _Candidate, lang: str) -> list[str]:
    """The document-frequency terms of a candidate (tokens.terms' vocabulary)."""
    if lang == "vi":
        if len(cand.key) == 1:
            return [cand.key[0]]
        return [f"{a} {b}" for a, b in pairwise(cand.key)]
    if len(cand.key) == 1 and not cand.name:
        return [cand.key[0]]  # already a stem
    # tokens.terms(" ".join(cand.key), "en"), word by word: the key's words are lower-case
    # and spaces end tokens, so each word's terms are its own
    return [t for word in cand.key for t in _en_terms(word)]


@lru_cache(maxsize=50_000)  # bounded: an archive's vocabulary keeps growing
def _en_terms(word: str) -> tuple[str, ...]:
    from tomtat.tokens import terms

    return tuple(terms(word, "en"))


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
        for sent, run, s, e, _ in c.occ:  # c.spans(), inlined
            spans[sent].append((run.base + s, run.base + e))
    covered = {sent: _Cover(found) for sent, found in spans.items()}
    names: dict[str, list[_Candidate]] = defaultdict(list)  # longer names by last word
    for c in found.values():
        if c.name and len(c.key) > 1:
            names[c.key[-1]].append(c)
    out: list[_Candidate] = []
    for c in found.values():
        c.count = len(c.occ)
        if len(c.key) > 1 and c.count < 2 and not c.name:
            continue
        if c.count == 0:
            continue
        inside = 0
        for sent, run, s, e, _ in c.occ:  # c.spans(), inlined
            cover = covered.get(sent)
            if cover is not None and cover.inside(run.base + s, run.base + e):
                inside += 1
        c.count -= inside
        if c.count <= 0:
            continue
        if c.name and len(c.key) == 1:
            fits = names.get(c.key[0], ())
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
    idf = _idfs(table)
    for cand in _resolve(col):
        terms = _idf_terms(cand, lang)
        value = _tf(cand.count) * (max(map(idf, terms)) if terms else idf(""))
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


def _idfs(table: docfreq.DocFreq) -> Callable[[str], float]:
    """``table.idf``, with one log per distinct document frequency (for one article)."""
    get, rare, documents = table.table.get, table.min_df, table.documents
    logs: dict[int, float] = {}

    def idf(term: str) -> float:
        df = get(term, rare)
        value = logs.get(df)
        if value is None:
            value = logs[df] = math.log((documents + 1) / (df + 1))  # DocFreq.idf
        return value

    return idf


def _tf(count: int) -> float:
    """Raw counts: measured on the dev sets, they rank keywords closer to the human
    summaries than log counts, which let words used once but rare in news win."""
    return float(count)
