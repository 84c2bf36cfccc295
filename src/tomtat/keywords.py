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
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import cache, lru_cache, partial
from itertools import pairwise, repeat
from operator import itemgetter
from typing import Final

from tomtat import docfreq
from tomtat.lang import fold_tone, stopwords
from tomtat.memo import Memo
from tomtat.models import Document, Keyword, SentenceKind

# A word; an article is words, punctuation ([^\w\s]+ or _+) and spaces. A run: words
# separated only by spaces. A token (between spaces) is one word when alphanumeric, else
# splitting it on _WORD gives punctuation (maybe empty), word, ..., word, punctuation.
_WORD = re.compile(r"([^\W_]+(?:['’][^\W_]+)?)")
_OPENS = re.compile(r"[.!?:;\"“”‘(\[–—]|--")
_LOWER_WORD = re.compile(r"\b[a-z][\w'’-]*")
_UPPER_WORD = re.compile(r"\b[A-Z][\w'’-]*")
HEADLINE_BOOST = 1.5
MAX_WORDS = 6


# a word's (key, capitalised, digits, stopword, may open a name: capitalised and not
# digits, content: neither a stopword nor digits, its key as a one-word candidate: for
# English its stem): the same for every occurrence of a spelling
_Info = tuple[str, bool, bool, bool, bool, bool, tuple[str]]
KEY: Final = 0
CAP: Final = 1
DIGIT: Final = 2
STOP: Final = 3
NAME: Final = 4
CONTENT: Final = 5
UNIT: Final = 6
_KEY_OF = itemgetter(KEY)
# An article's words are one list with a break after every run: a break is no word
# (never capitalised, a number, a syllable of a pair or a content word)
_BREAK: Final = "\n"
_BREAK_INFO: Final[_Info] = (_BREAK, False, False, True, False, False, (_BREAK,))
_Key = tuple[str, ...]

MAX_CACHED_SPELLINGS = 200_000


def _info(lang: str, word: str) -> _Info:
    """A spelling's _Info in ``lang``."""
    low = word.lower()
    key = fold_tone(low) if lang == "vi" else low
    cap, digit, stop = word[0].isupper(), word.isdigit(), key in _stop(lang)
    unit = _stem_key(key) if lang == "en" else (key,)
    return (key, cap, digit, stop, cap and not digit, not stop and not digit, unit)


@cache
def _infos(lang: str) -> Memo[str, _Info]:
    """Spelling -> _Info for one language, filled as words are met (bounded)."""
    infos = Memo(partial(_info, lang), MAX_CACHED_SPELLINGS)
    infos[_BREAK] = _BREAK_INFO
    return infos


class _Text:
    """An article's words in one list, the title's first, a break after every run;
    a word's position in it numbers its occurrences (one span holds another exactly
    when its text does). Only the body's sentences count: not headings or bylines."""

    __slots__ = ("infos", "keys", "runs", "sentence", "texts", "title_end", "words")

    def __init__(self, doc: Document, lang: str) -> None:
        self.texts: list[str] = []
        self.words: list[str] = []
        self.runs: list[tuple[int, int, bool]] = []  # start, end, opens a sentence or quote
        if doc.title:
            self._add(doc.title, lang != "vi")
        self.title_end = len(self.words)
        self.sentence = [-1] * self.title_end  # the index of the sentence at each position
        for x in doc.sentences:
            if x.kind is SentenceKind.BODY:
                self._add(x.text, lang != "vi")
                self.sentence += [x.index] * (len(self.words) - len(self.sentence))
        self.infos = list(map(_infos(lang).__getitem__, self.words))
        self.keys: list[str] = list(map(_KEY_OF, self.infos))

    def _add(self, text: str, strip: bool) -> None:
        self.texts.append(text)
        words, runs = self.words, self.runs
        start = len(words)  # of the run being read
        opens = True  # the first run opens the sentence
        for token in text.split():
            if token.isalnum():  # one word ([^\W_]+), the usual case: no regex
                words.append(token)
                continue
            for piece in _pieces(token):
                if isinstance(piece, bool):  # punctuation: it ends the run
                    if len(words) > start:
                        runs.append((start, len(words), opens))
                        words.append(_BREAK)
                        start, opens = len(words), False
                    opens = opens or piece
                elif strip and piece.endswith(("'s", "’s")):  # English possessives
                    words.append(piece[:-2])
                else:
                    words.append(piece)
        if len(words) > start:
            runs.append((start, len(words), opens))
            words.append(_BREAK)


@lru_cache(maxsize=50_000)  # bounded: an archive's vocabulary keeps growing
def _pieces(token: str) -> tuple[str | bool, ...]:
    """A token (no spaces) that is not one word: its words, and for the punctuation
    before, between and after them whether it opens a quote or a sentence (holds one
    of _OPENS; none of them holds a space, so tokens can be searched one by one)."""
    parts = _WORD.split(token)
    return tuple(p if i % 2 else _OPENS.search(p) is not None for i, p in enumerate(parts) if p)


class _Capitals:
    """English words the article writes only capitalised: those _UPPER_WORD finds in its
    texts (lower-cased) and _LOWER_WORD does not, stopwords aside.

    Asked word by word: the regexes run only on the tokens (between spaces) that hold
    the word, found in the lower-cased text; on the whole text they would cost a fifth
    of an English article's keywords.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        text = " ".join(texts)
        # tokens between single spaces; a printable text (no whitespace but the ASCII
        # space, see str.isprintable) without two spaces in a row has them already
        if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())
        self.text = text
        self.lowered = text.lower()
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self._only_capitalised(word)
        return found

    def _only_capitalised(self, word: str) -> bool:
        if word in _stop("en"):
            return False
        text, lowered = self.text, self.lowered
        if len(lowered) != len(text):  # lower-casing changed some lengths: no positions
            lower = {w for t in self.texts for w in _LOWER_WORD.findall(t)}
            capitalised = {w.lower() for t in self.texts for w in _UPPER_WORD.findall(t)}
            return word in capitalised and word not in lower
        # a match's lower-cased text is in its token's: only those tokens can hold one
        upper = False
        size = len(word)
        pos = lowered.find(word)
        while pos >= 0:
            # a lower-case match is the word as written; a capitalised one (A-Z) tells
            # only until one is found: other occurrences spare their token's regexes
            wanted = text.startswith(word, pos) or (not upper and "A" <= text[pos] <= "Z")
            if not (wanted and _may_start_match(text, pos, pos + size)):
                pos = lowered.find(word, pos + 1)
                continue
            end = text.find(" ", pos)
            token = text[text.rfind(" ", 0, pos) + 1 : end if end >= 0 else None]
            if word in _LOWER_WORD.findall(token):
                return False
            upper = upper or any(w.lower() == word for w in _UPPER_WORD.findall(token))
            pos = lowered.find(word, end) if end >= 0 else -1
        return upper


def _may_start_match(text: str, start: int, end: int) -> bool:
    """Can a match of _LOWER_WORD or _UPPER_WORD span ``text[start:end]`` exactly? Not
    after a word character (\\b) nor before one of the characters a match goes on with:
    a cheap test that spares most occurrences inside longer words the regexes."""
    before = text[start - 1 : start]  # "" at the start of the text
    after = text[end : end + 1]
    if before.isalnum() or before == "_":
        return False
    return not after or not (after.isalnum() or after in "_'’-")


@cache
def _vi_pairs() -> dict[_Key, int]:
    """The collocation table by syllable pairs: a pair of keys hashes without joining them.

    A number stands alone: no pair holds one (the shipped table has none; this keeps it
    so), hence a syllable that is a number is never part of a word (see _VIPairs)."""
    pairs = ((tuple(pair.split(" ")), n) for pair, n in docfreq.collocations("vi").items())
    return {pair: n for pair, n in pairs if not any(map(str.isdigit, pair))}


@cache
def _stop(lang: str) -> frozenset[str]:
    if lang == "vi":
        return frozenset(" ".join(fold_tone(p) for p in w.split(" ")) for w in stopwords("vi"))
    return stopwords("en")


@cache
def _stop_keys(lang: str) -> frozenset[_Key]:
    """The stopwords as keys (a key is the stopword's words)."""
    return frozenset(tuple(w.split(" ")) for w in _stop(lang))


class _Found:
    """Candidate terms (keys), in the order first met, each with its occurrences: the
    positions of their first words outside the title, in the order found."""

    def __init__(self, text: _Text, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.stop = _stop_keys(lang)
        self.occ: defaultdict[_Key, list[int]] = defaultdict(list)
        self.names: set[_Key] = set()  # met as a name at least once
        self.titled: set[_Key] = set()  # in the headline
        # where a sentence or quote opens with a word other than a name (capitalised
        # by position only)
        self.openers: set[int] = set()
        # phrases met (key, position) and how often outside the title: a phrase is a
        # candidate only when the article repeats it
        self.phrases: list[tuple[_Key, int]] = []
        self.seen: Counter[_Key] = Counter()
        # the spans of the repeated phrases outside the title: the only candidates that
        # hold others (names and content words never share a word)
        self.spans: list[tuple[int, int]] = []
        self.capitals = _Capitals(text.texts) if lang == "en" else None

    def add(self, key: _Key, pos: int, title: bool, name: bool = False) -> None:
        occ = self.occ[key]  # registers the key even when only the title has it
        if name:
            self.names.add(key)
        if title:
            self.titled.add(key)
        else:
            occ.append(pos)

    def add_name(self, s: int, e: int, size: int, title: bool, in_name: set[int]) -> None:
        """Meet the name of the words ``s`` to ``e`` (``size`` words of its run) unless it is
        a stopword or too long; its words then join ``in_name`` (they are no content words)."""
        key = tuple(self.text.keys[s:e])
        if key in self.stop or size > MAX_WORDS:
            return
        self.add(key, s, title, True)
        in_name.update(range(s, e))

    def phrases_of(self, content: list[int], width: int) -> None:
        """Meet the phrases: two or three adjacent content words (of ``width`` words each,
        starting at ``content``, in order; a break parts runs), the pairs before the triples."""
        keys, seen, phrases = self.text.keys, self.seen, self.phrases
        title_end = self.text.title_end
        triples: list[int] = []
        # each word with the next two (-1: none); the last word starts no phrase
        for x, y, z in zip(content, content[1:], [*content[2:], -1], strict=False):
            if x + width == y:
                phrase = tuple(keys[x : y + width])
                seen[phrase] += x >= title_end
                phrases.append((phrase, x))
                if y + width == z:
                    triples.append(x)
        for x in triples:
            phrase = tuple(keys[x : x + 3 * width])
            seen[phrase] += x >= title_end
            phrases.append((phrase, x))

    def form(self, key: _Key) -> str:
        """The spelling the article uses most (a sentence's opening capital aside)."""
        words, openers, n = self.text.words, self.openers, len(key)
        forms: dict[str, int] = {}
        for pos in self.occ[key]:
            text = " ".join(words[pos : pos + n])
            if pos in openers:
                text = text[0].lower() + text[1:]
            forms[text] = forms.get(text, 0) + 1
        # the first met of the most used (as Counter.most_common(1) has it)
        return max(forms.items(), key=itemgetter(1))[0] if forms else " ".join(key)


def _candidates(doc: Document) -> _Found:
    lang = doc.lang
    text = _Text(doc, lang)
    found = _Found(text, lang)
    title_end = text.title_end
    if lang == "vi":
        found.phrases_of(_vi_runs(found, _VIPairs(text)), 2)
    else:
        content = _other_runs(found)
        if lang == "en":  # phrases: English only
            found.phrases_of(content, 1)
    # only a phrase the article repeats can be a keyword: record just those in full
    seen = found.seen
    for phrase, pos in found.phrases:
        if seen[phrase] >= 2:
            found.add(phrase, pos, pos < title_end)
            if pos >= title_end:
                found.spans.append((pos, pos + len(phrase)))
    return found


class _VIPairs:
    """Each syllable with the next one: ``pair[i]`` (its key as a word) and ``count[i]``,
    the table's count for it (0: none, or a number: the table holds no number); two
    zeros end ``count``."""

    __slots__ = ("count", "pair")

    def __init__(self, text: _Text) -> None:
        self.pair = list(pairwise(text.keys))
        self.count = list(map(_vi_pairs().get, self.pair, repeat(0)))
        self.count += [0, 0]


def _vi_runs(found: _Found, pairs: _VIPairs) -> list[int]:
    """:func:`_candidates` on a Vietnamese text, run by run; its content words."""
    text, stop = found.text, found.stop
    infos, title_end, occ = text.infos, text.title_end, found.occ
    count, pair = pairs.count, pairs.pair
    in_name: set[int] = set()
    listed: list[int] = []
    for a, b, opening in text.runs:
        title = a < title_end
        in_name.clear()  # the run's words in names (a run's own: no filter otherwise)
        # words: greedy left to right, a syllable pair of the table, else one syllable;
        # word j spans ws[j] to ws[j + 1]. caps: the words opening with a capital;
        # content: the two-syllable words but stopwords (a lone syllable is a word only
        # as a name; two syllables never start with a number)
        ws: list[int] = []
        caps: list[int] = []
        content: list[int] = []
        i = a
        while i < b:
            if infos[i][NAME]:
                caps.append(len(ws))
            ws.append(i)
            here = count[i]
            # "để củng cố": when the next pair is the more common word, this syllable
            # stands alone
            if here and count[i + 1] <= here:
                if pair[i] not in stop:
                    content.append(i)
                i += 2
            else:
                i += 1
        ws.append(b)
        n = len(ws) - 1
        # sentence-initial stopwords ("Theo") are capitalised by position only
        first = 0
        if opening:
            while first < n and (
                pair[ws[first]] in stop
                if ws[first + 1] - ws[first] == 2
                else infos[ws[first]][STOP]
            ):
                first += 1
        opener = ws[first] if opening and first < n else -1
        k = 0
        while k < len(caps):  # names: runs of words opening with a capital; a number may end one
            j = last = caps[k]
            while k + 1 < len(caps) and caps[k + 1] == last + 1:
                k += 1
                last += 1
            k += 1
            if last < first:
                continue
            j = max(j, first)
            s, e, size = ws[j], ws[last + 1], last - j + 1
            if infos[e][DIGIT]:  # a break ends the run: never a number
                e += 1
            if s == opener and size == 1:
                continue  # one capitalised word opening a sentence: not a name
            if e - s == 1 and _heads_a_word(text, pairs, e, b):
                continue  # "Phó chủ tịch", "Luật đất đai": the head of a common noun
            found.add_name(s, e, size, title, in_name)
        if opener >= 0 and opener not in in_name:
            found.openers.add(opener)
        if in_name:
            content = [s for s in content if s not in in_name]
        for s in content:
            if title:
                found.add(pair[s], s, True)
            else:
                occ[pair[s]].append(s)  # found.add, inlined: most words take this path
        listed += content
    return listed


def _heads_a_word(text: _Text, pairs: _VIPairs, end: int, b: int) -> bool:
    """A lower-case two-syllable word of the table follows at ``end`` (run ends at ``b``)."""
    infos = text.infos
    if end + 1 >= b or infos[end][CAP] or infos[end][DIGIT]:
        return False
    pair = pairs.pair[end]
    return pair in _vi_pairs() and pair not in _stop_keys("vi")


@lru_cache(maxsize=50_000)  # bounded: an archive's vocabulary keeps growing
def _stem_key(word: str) -> tuple[str]:
    """The key of an English content word: its stem."""
    found = _en_terms(word)
    return (found[0] if found else word,)


def _other_runs(found: _Found) -> list[int]:
    """:func:`_candidates` on a text of a language written one word per token (English),
    run by run, as for Vietnamese; its content words."""
    text = found.text
    infos, keys, title_end, occ = text.infos, text.keys, text.title_end, found.occ
    en = found.lang == "en"
    in_name: set[int] = set()
    listed: list[int] = []
    for a, b, opening in text.runs:
        title = a < title_end
        in_name.clear()  # the run's words in names (a run's own: no filter otherwise)
        # sentence-initial stopwords ("The") are capitalised by position only
        first = a
        while opening and first < b and infos[first][STOP]:
            first += 1
        opener = first if opening and first < b else -1
        i = first
        while i < b:  # names: runs of capitalised words; a number may end one
            if not infos[i][NAME]:
                i += 1
                continue
            j = i
            while infos[j + 1][NAME]:  # a break ends the run
                j += 1
            s, e, size = i, j + 1, j - i + 1
            if infos[e][DIGIT]:
                e += 1
            i = j + 1
            while en and size > 1 and infos[s][STOP]:
                s, size = s + 1, size - 1  # "When Andrew Bynum", "The White House"
            if (
                s == opener
                and size == 1
                and not (found.capitals is not None and keys[s] in found.capitals)
            ):
                continue  # one capitalised word opening a sentence: not a name
            found.add_name(s, e, size, title, in_name)
        if opener >= 0 and opener not in in_name:
            found.openers.add(opener)
        content = [i for i in range(a, b) if infos[i][CONTENT]]
        if in_name:
            content = [i for i in content if i not in in_name]
        for s in content:
            key = infos[s][UNIT]
            if title:
                found.add(key, s, True)
            else:
                occ[key].append(s)  # found.add, inlined: most words take this path
        listed += content
    return listed


def _idf_terms(key: _Key, name: bool, lang: str) -> list[str]:
    """The document-frequency terms of a candidate (tokens.terms' vocabulary)."""
    if lang == "vi":
        if len(key) == 1:
            return [key[0]]
        return [f"{a} {b}" for a, b in pairwise(key)]
    if len(key) == 1 and not name:
        return [key[0]]  # already a stem
    # tokens.terms(" ".join(key), "en"), word by word: the key's words are lower-case
    # and spaces end tokens, so each word's terms are its own
    return [t for word in key for t in _en_terms(word)]


@lru_cache(maxsize=50_000)  # bounded: an archive's vocabulary keeps growing
def _idf(table: docfreq.DocFreq, key: _Key, name: bool, lang: str) -> float:
    """A candidate's idf: its rarest document-frequency term's."""
    terms = _idf_terms(key, name, lang)
    return max(map(table.idf, terms)) if terms else table.idf("")


@lru_cache(maxsize=50_000)  # bounded: an archive's vocabulary keeps growing
def _en_terms(word: str) -> tuple[str, ...]:
    from tomtat.tokens import terms

    return tuple(terms(word, "en"))


class _Cover:
    """Spans; does one of them strictly contain a given span?"""

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


class _Counts:
    """Candidates' counts net of longer candidates'."""

    def __init__(self, found: _Found) -> None:
        # a longer candidate counts when repeated, or when it is a name: of those, only
        # phrases hold other candidates
        spans = found.spans
        self.cover = _Cover(spans)
        self.touched = {pos for a, b in spans for pos in range(a, b)}  # words in some span
        self.occ = found.occ

    def net(self, key: _Key) -> int:
        """How often a candidate occurs outside longer ones."""
        occ = self.occ[key]
        if self.touched.isdisjoint(occ):
            return len(occ)
        size = len(key)
        return len(occ) - sum(self.cover.inside(pos, pos + size) for pos in occ)


def _resolve(found: _Found, counts: _Counts) -> tuple[dict[_Key, int], list[_Key]]:
    """The candidates a reader would list, with their counts, but for those met once
    (outside the headline, never as a name): their keys only, to count when needed."""
    names = found.names
    ending: dict[str, list[_Key]] = defaultdict(list)  # longer names by last word
    for key in names:
        if len(key) > 1:
            ending[key[-1]].append(key)
    out: dict[_Key, int] = {}
    once: list[_Key] = []
    for key, occ in found.occ.items():
        n = len(occ)
        if n == 0 or (len(key) > 1 and n < 2 and key not in names):
            continue
        if n == 1 and key not in names and key not in found.titled:
            once.append(key)
            continue
        n = counts.net(key)
        if n <= 0:
            continue
        if len(key) == 1 and key in names:
            fits = ending.get(key[0], ())
            if len(fits) == 1:
                # the longer name's count, unless it is met later (then it starts
                # again from its own occurrences)
                if fits[0] in out:
                    out[fits[0]] += n
                continue
        out[key] = n
    return out, once


def extract(doc: Document, k: int = 8) -> tuple[Keyword, ...]:
    """The ``k`` best keywords of ``doc``, best first."""
    if k <= 0:
        return ()
    lang = "vi" if doc.lang == "vi" else "en"
    found = _candidates(doc)
    counts = _Counts(found)
    kept, once = _resolve(found, counts)
    table = docfreq.load(lang)
    sentence = found.text.sentence

    def scored(key: _Key, n: int) -> tuple[float, int, _Key]:
        """The sort key of a candidate: best value first, then first met, then key."""
        value = _tf(n) * _idf(table, key, key in found.names, lang)
        if key in found.titled:
            value *= HEADLINE_BOOST
        return -value, sentence[found.occ[key][0]], key

    ranked = [scored(key, n) for key, n in kept.items()]
    out = _pick(found, ranked, k)
    # a candidate met once scores at most the rarest term's idf: it counts only when
    # the picks do not all beat that
    if once and (len(out) < k or out[-1].score <= _tf(1) * _rarest(table)):
        ranked += [scored(key, n) for key in once if (n := counts.net(key)) > 0]
        out = _pick(found, ranked, k)
    top = out[0].score if out else 1.0
    return tuple(Keyword(x.text, round(x.score / top, 3)) for x in out)


def _pick(found: _Found, ranked: list[tuple[float, int, _Key]], k: int) -> list[Keyword]:
    """The ``k`` best candidates of distinct forms (``ranked``: sort keys), unscaled."""
    ranked.sort()
    out: list[Keyword] = []
    seen: set[str] = set()
    for value, _, key in ranked:
        form = found.form(key)
        folded = form.lower()
        if folded in seen:
            continue
        seen.add(folded)
        out.append(Keyword(form, -value))
        if len(out) == k:
            break
    return out


@cache
def _rarest(table: docfreq.DocFreq) -> float:
    """The highest idf of a table (an unknown term's, or its rarest term's)."""
    rarest = min(table.table.values(), default=table.min_df)
    return table.idf_of(min(rarest, table.min_df))


def _tf(count: int) -> float:
    """Raw counts: measured on the dev sets, they rank keywords closer to the human
    summaries than log counts, which let words used once but rare in news win."""
    return float(count)
