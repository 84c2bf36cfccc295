"""Score sentences by how much of the article's news they carry: a readable linear scorer.

Each body sentence gets a handful of *features*, each a plain number (mostly 0..1), and
its score is the weighted sum of them. The features fall into four parts, which
``--explain`` prints and which add up to the score (see :class:`~tomtat.models.ScoreParts`):

* **frequency** - how much of the article's vocabulary the sentence carries:

  - ``tfidf``: the sum over its distinct content terms of ``log(1 + tf) * idf``
    (``tf`` counts the body sentences using the term, ``idf = log(N / df)`` with ``df`` the
    number of news articles using it, learned on the train corpora and shipped in
    ``data/df-LANG.json``), divided by ``distinct_terms ** length_norm``;
  - ``centrality``: the sentence's idf-weighted similarity to the *rest* of the article
    (a term counts by how often it appears elsewhere in the body);

  both scaled so the article's best sentence has 1; ``plain_frequency``, the ``tfidf`` sum
  without idf (scaled the same way); ``key_terms``, the share of the article's
  :data:`KEY_TERMS` terms with most ``tf * idf`` that the sentence holds.
* **position** - bins over the body-sentence rank (first, second, third, 4th-6th,
  7th-9th, 10th-13th), ``relative_rank`` (0 first ... 1 last), the last sentence, whether
  the sentence opens a paragraph, sits in the first one, opens the second one or is a
  paragraph of its own; and rank x length: a long first sentence (30 words or more), a
  short one (under 20) among the first three.
* **headline** - overlap with the headline: term Dice, idf-weighted Dice, the share of
  the headline's idf mass the sentence covers, the share of the sentence's idf mass in
  the headline, and the idf-weighted Dice once more for the first three sentences only;
  overlap with the first body sentence: Dice, idf-weighted Dice and idf cover.
* **cues** - sentence-length bins and length (words / 40, capped at 2), the share of
  numbers and of capitalised words (names), quoted speech, and a final colon, question
  mark or a parenthesis.

The selector subtracts the fifth part, **redundancy**, when it picks sentences.

The weights (``data/weights-LANG.json``) were fitted per language on the train corpora
(tools/fit_scorer.py: a pairwise ranker on oracle labels, then coordinate descent on
ROUGE); figures in bench/RESULTS.md. Pure, deterministic and linear in the article's length.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import chain, repeat
from operator import mul
from types import MappingProxyType
from typing import Any, NamedTuple

from tomtat.memo import Memo
from tomtat.models import Document, ScoreParts, SentenceKind
from tomtat.tokens import analyse, strip_dateline, terms, words

_QUOTE_START = re.compile(r"^\s*[\"“‘'«]")
# a run of digits ("3.5" is two); led by one \d, not \d+, so that the engine skips ahead to
# the next digit instead of trying a match at every position
_DIGITS = re.compile(r"\d\d*")
# a capital letter opening a token (Latin with Vietnamese letters, Greek, Cyrillic)
_CAPITALS = "".join(
    chr(c)
    for c in (*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00))
    if chr(c).isupper()
)
# (the capital first, then a look back past it: the regex engine can skip ahead to the
# next capital instead of testing a look-behind at every position)
_CAPITAL_START = re.compile(rf"[{_CAPITALS}](?<![^\W_].)")
_CAPITAL_SET = frozenset(_CAPITALS)

# The features of each part, in the order the fitter and the weight files use.
PARTS: dict[str, tuple[str, ...]] = {
    "frequency": ("tfidf", "centrality", "plain_frequency", "key_terms"),
    "position": (
        "first",
        "second",
        "third",
        "rank_4_6",
        "rank_7_9",
        "rank_10_13",
        "paragraph_start",
        "first_paragraph",
        "relative_rank",
        "last",
        "second_paragraph",
        "own_paragraph",
        "long_first",
        "short_early",
    ),
    "headline": (
        "headline",
        "lead_overlap",
        "headline_idf",
        "headline_cover",
        "headline_precision",
        "headline_early",
        "lead_idf",
        "lead_cover",
    ),
    "cues": (
        "words_lt_10",
        "words_10_19",
        "words_30_44",
        "words_ge_45",
        "words_lt_6",
        "words",
        "numbers",
        "names",
        "quote",
        "colon",
        "question",
        "parenthesis",
    ),
}
FEATURES: tuple[str, ...] = tuple(f for names in PARTS.values() for f in names)
KEY_TERMS = 10  # how many of the article's top tf x idf terms ``key_terms`` looks for
# the position bin of each body-sentence rank (0: the first sentence) up to the 13th
_RANK_BIN = (
    "first",
    "second",
    "third",
    *("rank_4_6",) * 3,
    *("rank_7_9",) * 3,
    *("rank_10_13",) * 4,
)


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each feature counts (the selector's own settings live in select.py).

    Args:
        coef: feature name -> weight (features not named weigh 0; see :data:`FEATURES`).
        length_norm: exponent on the number of distinct terms dividing the ``tfidf``
            mass (0: sum, 1: mean; higher favours short dense sentences).
    """

    coef: Mapping[str, float] = field(default_factory=lambda: {"tfidf": 1.0, "first": 0.35})
    length_norm: float = 0.75


DEFAULT_WEIGHTS = Weights()


def _data(name: str) -> str | None:
    path = files("tomtat").joinpath(f"data/{name}")
    return path.read_text(encoding="utf-8") if path.is_file() else None


@cache
def fitted(lang: str) -> Mapping[str, Any] | None:
    """What ``tools/fit_scorer.py`` shipped for ``lang`` (``data/weights-LANG.json``): the
    scorer's coefficients and the selector's redundancy, fitted together; ``None`` when
    there is no such file."""
    raw = _data(f"weights-{lang}.json")
    return None if raw is None else MappingProxyType(json.loads(raw))


@cache
def weights_for(lang: str) -> Weights:
    """The fitted weights for ``lang`` (else the defaults)."""
    spec = fitted(lang)
    if spec is None:
        return DEFAULT_WEIGHTS
    return Weights(
        coef={k: float(v) for k, v in spec["coef"].items() if k in FEATURES},
        length_norm=float(spec["length_norm"]),
    )


@dataclass(frozen=True, slots=True)
class DocFreq:
    """Inverse document frequencies of news terms: ``idf(t) = log(documents / df(t))``.

    Terms too rare to be listed (document frequency under ``min_df``) count as ``min_df``.
    """

    documents: int
    min_df: int
    table: Mapping[str, int]  # term -> document frequency
    # term -> idf, for the listed terms: looked up in C (map), never computed per call
    idf_table: Mapping[str, float] = field(init=False, compare=False, repr=False)
    rare: float = field(init=False, compare=False, repr=False)  # the idf of an unlisted term

    def __post_init__(self) -> None:
        # one log per distinct document frequency (about a thousand for 20,000 terms)
        by_count = {count: _idf(self.documents, count) for count in set(self.table.values())}
        idf_table = dict(
            zip(self.table, map(by_count.__getitem__, self.table.values()), strict=True)
        )
        object.__setattr__(self, "idf_table", idf_table)
        object.__setattr__(self, "rare", _idf(self.documents, self.min_df))

    def idf(self, term: str) -> float:
        """Inverse document frequency of ``term``."""
        return self.idf_table.get(term, self.rare)

    def idfs(self, terms: Iterable[str]) -> dict[str, float]:
        """:meth:`idf` of each term."""
        listed = tuple(terms)
        return dict(zip(listed, map(self.idf_table.get, listed, repeat(self.rare)), strict=True))


def _idf(documents: int, count: int) -> float:
    return math.log(documents / count)


_NO_DF = DocFreq(documents=1, min_df=1, table={})


@cache
def doc_freq(lang: str) -> DocFreq:
    """The shipped document frequencies for ``lang`` (every idf is 0 without a table);
    the keywords read the same table (:func:`tomtat.docfreq.counts`)."""
    from tomtat.docfreq import counts

    shipped = counts(lang)
    if shipped is None:
        return _NO_DF
    documents, min_df, table = shipped
    return DocFreq(documents=documents, min_df=min_df, table=table)


@dataclass(frozen=True, slots=True)
class Scored:
    """Scores of every sentence plus what the selector needs to control redundancy.

    ``parts``, ``terms`` and ``words`` are indexed like ``Document.sentences``.
    """

    parts: tuple[ScoreParts, ...]
    terms: tuple[frozenset[str], ...]
    words: tuple[int, ...]
    weights: Weights = DEFAULT_WEIGHTS


def quoted(text: str) -> float:
    """1.0 for a sentence opening with a quotation mark, 0.5 if it quotes inside, else 0."""
    if _QUOTE_START.match(text):
        return 1.0
    return 0.5 if text.count('"') + text.count("“") + text.count("”") >= 2 else 0.0


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _shares(text: str, size: int) -> tuple[float, float]:
    """Numbers and capitalised words (but the first) per word of the sentence."""
    if not size:
        return 0.0, 0.0
    caps = len(_CAPITAL_START.findall(text))
    first = text.lstrip()[:1] in _CAPITAL_SET  # the sentence's own first capital
    return len(_DIGITS.findall(text)) / size, (caps - first) / size


@dataclass(frozen=True, slots=True)
class Features:
    """What scoring needs from a document, computed once (tokenisation is the costly part).

    Tuples are indexed like ``Document.sentences``; non-body sentences have no terms.
    """

    lang: str
    body: tuple[bool, ...]
    terms: tuple[tuple[str, ...], ...]
    sets: tuple[frozenset[str], ...]  # ``terms`` as sets, for overlaps
    words: tuple[int, ...]
    quoted: tuple[float, ...]
    numbers: tuple[float, ...]
    names: tuple[float, ...]
    paragraph: tuple[int, ...]
    texts: tuple[str, ...]  # stripped, for the punctuation cues
    tf: dict[str, int]
    idf: dict[str, float]
    title: frozenset[str]


def features(doc: Document) -> Features:
    """Tokenise ``doc`` once: distinct terms per body sentence, body term counts, title.

    A dateline opening the first body sentence ("WASHINGTON (CNN) --") is left out of
    its terms and its word count: it places the story, it is not what it says.
    """
    first = True
    body: list[bool] = []
    sent_terms: list[tuple[str, ...]] = []
    sizes: list[int] = []
    numbers: list[float] = []
    names: list[float] = []
    for s in doc.sentences:
        is_body = s.kind is SentenceKind.BODY
        if is_body:
            text = strip_dateline(s.text) if first else s.text
            found, size = analyse(text, doc.lang)
            first = False
            # dict.fromkeys keeps first-seen order, so float sums are the same on every run.
            distinct = tuple(dict.fromkeys(found))
            num, cap = _shares(text, size)
        else:
            distinct, size, num, cap = (), len(words(s.text)), 0.0, 0.0
        body.append(is_body)
        sizes.append(size)
        sent_terms.append(distinct)
        numbers.append(num)
        names.append(cap)
    table = doc_freq(doc.lang)
    # counted in one pass over the body's terms (keys in first-seen order, as per sentence)
    tf = Counter(chain.from_iterable(sent_terms))
    return Features(
        lang=doc.lang,
        body=tuple(body),
        terms=tuple(sent_terms),
        sets=tuple(map(frozenset, sent_terms)),
        words=tuple(sizes),
        quoted=tuple(quoted(s.text) for s in doc.sentences),
        numbers=tuple(numbers),
        names=tuple(names),
        paragraph=tuple(s.paragraph for s in doc.sentences),
        texts=tuple(s.text.strip() for s in doc.sentences),
        tf=dict(tf),
        idf=table.idfs(tf),
        title=frozenset(terms(doc.title, doc.lang)) if doc.title else frozenset(),
    )


# log(count) and log(1 + count) of the counts met: in map(), a dict hit costs less than a
# functools.cache call (bounded, though a count never exceeds an article's sentences)
_LOG: Memo[int, float] = Memo(math.log, 10_000)
_LOG1P: Memo[int, float] = Memo(math.log1p, 10_000)


def _frequency(
    feats: Features, length_norm: float
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Unscaled ``tfidf``, ``centrality`` and ``plain_frequency`` of every sentence (0
    without terms), and its idf mass (the sum of its terms' idf)."""
    # log(1 + tf) * idf: a term's weight in the sentence; log(tf) * idf²: its weight in the
    # rest of the article (tf counts the sentences using it, one of them this one), over
    # the sentence vector's norm; log(1 + tf) alone: its weight without idf. The sums run
    # as chains of map() over each sentence's terms: no Python step per term.
    tf, idf = feats.tf.__getitem__, feats.idf.__getitem__
    log, log1p = _LOG.__getitem__, _LOG1P.__getitem__
    mass: list[float] = []
    central: list[float] = []
    plain: list[float] = []
    own: list[float] = []
    for ts in feats.terms:
        if not ts:
            mass.append(0.0)
            central.append(0.0)
            plain.append(0.0)
            own.append(0.0)
            continue
        size = len(ts) ** length_norm
        counts = list(map(tf, ts))
        weights = list(map(idf, ts))
        log_tf = list(map(log1p, counts))
        square = list(map(mul, weights, weights))
        mass.append(sum(map(mul, log_tf, weights)) / size)
        norm = math.sqrt(sum(square)) or 1.0
        central.append(sum(map(mul, map(log, counts), square)) / norm)
        plain.append(sum(log_tf) / size)
        own.append(sum(weights))
    return mass, central, plain, own


def _idf_overlap(shared: float, mass: float, other: float) -> tuple[float, float, float]:
    """Idf-weighted Dice, cover (share of the other's mass) and precision (share of the
    sentence's own mass) of ``shared`` idf mass between a sentence and another text."""
    dice = 2 * shared / (mass + other) if mass + other else 0.0
    return dice, shared / other if other else 0.0, shared / mass if mass else 0.0


def _key_terms(tf: dict[str, int], idf: dict[str, float]) -> frozenset[str]:
    """The article's :data:`KEY_TERMS` terms with most tf x idf; of terms weighing the
    same, the first met (as a stable sort or heapq.nlargest would rank them)."""
    terms = list(tf)
    weight = list(map(mul, tf.values(), map(idf.__getitem__, terms)))
    # the top weights among plain floats (no key calls), then the terms that carry
    # them: each weight's next holder, in the article's order
    key: list[str] = []
    start: dict[float, int] = {}
    for value in heapq.nlargest(KEY_TERMS, weight):
        at = weight.index(value, start.get(value, 0))
        start[value] = at + 1
        key.append(terms[at])
    return frozenset(key)


class _Article(NamedTuple):
    """What every sentence's features are measured against, computed once an article."""

    mass: list[float]  # unscaled tfidf, centrality, plain frequency and idf mass (_frequency)
    central: list[float]
    plain: list[float]
    own_mass: list[float]
    top_mass: float
    top_central: float
    top_plain: float
    key: frozenset[str]
    title_mass: float
    order: list[int]  # the body sentences
    paragraphs: Counter[int]  # body sentences a paragraph
    second_paragraph: int | None
    lead: frozenset[str]  # the first body sentence's terms, idf mass and paragraph
    lead_mass: float
    lead_paragraph: int


def _article(feats: Features, length_norm: float) -> _Article:
    mass, central, plain, own_mass = _frequency(feats, length_norm)
    # sums of floats run over tuples or sorted terms, never over sets (hash order)
    title_idf = doc_freq(feats.lang).idfs(sorted(feats.title))
    order = [i for i, is_body in enumerate(feats.body) if is_body]
    paragraphs = Counter(feats.paragraph[i] for i in order)
    # the lead: the first body sentence's terms, idf mass and paragraph (none: nothing)
    lead = (
        (feats.sets[order[0]], own_mass[order[0]], feats.paragraph[order[0]])
        if order
        else (frozenset[str](), 0.0, -1)
    )
    return _Article(
        mass,
        central,
        plain,
        own_mass,
        max(mass, default=0.0) or 1.0,
        max(central, default=0.0) or 1.0,
        max(plain, default=0.0) or 1.0,
        _key_terms(feats.tf, feats.idf),
        sum(title_idf.values()),
        order,
        paragraphs,
        sorted(paragraphs)[1] if len(paragraphs) > 1 else None,
        *lead,
    )


def _body(
    feats: Features, order: list[int]
) -> Iterator[tuple[int, int, tuple[str, ...], frozenset[str], int, int, str, int]]:
    """Each body sentence as :func:`rows` and :func:`_weighed` read it: its rank, index,
    terms, term set, paragraph, words, stripped text, and the paragraph of the body
    sentence before it (-1 for the first)."""
    term_lists, term_sets, para_of = feats.terms, feats.sets, feats.paragraph
    sizes, texts = feats.words, feats.texts
    before = -1
    for rank, i in enumerate(order):
        para = para_of[i]
        yield rank, i, term_lists[i], term_sets[i], para, sizes[i], texts[i], before
        before = para


def rows(feats: Features, length_norm: float) -> list[dict[str, float] | None]:
    """Each sentence's feature values (``None`` for headings and bylines), by name.

    Features that are 0 are left out of a sentence's mapping. :func:`score_features`
    computes the same values and weighs them as it goes (see :func:`_weighed`).
    """
    art = _article(feats, length_norm)
    mass, central, plain, own_mass = art.mass, art.central, art.plain, art.own_mass
    top_mass, top_central, top_plain = art.top_mass, art.top_central, art.top_plain
    key, title_mass, paragraphs = art.key, art.title_mass, art.paragraphs
    second_paragraph = art.second_paragraph
    lead, lead_mass, lead_paragraph = art.lead, art.lead_mass, art.lead_paragraph
    last = len(art.order) - 1
    title = feats.title
    in_title = title.__contains__
    idf_of = feats.idf.__getitem__
    out: list[dict[str, float] | None] = [None] * len(feats.body)
    for rank, i, found, ts, para, size, text, last_paragraph in _body(feats, art.order):
        own = own_mass[i]
        row: dict[str, float] = {
            "tfidf": mass[i] / top_mass,
            "centrality": central[i] / top_central,
            "plain_frequency": plain[i] / top_plain,
            "key_terms": len(ts & key) / (len(key) or 1),
        }
        # position
        if rank < len(_RANK_BIN):
            row[_RANK_BIN[rank]] = 1.0
        if rank:
            if para != last_paragraph:
                row["paragraph_start"] = 1.0
            if para == lead_paragraph:
                row["first_paragraph"] = 1.0
        row["relative_rank"] = rank / last if last else 0.0
        if rank == last and last >= 3:
            row["last"] = 1.0
        if para == second_paragraph and para != last_paragraph:
            row["second_paragraph"] = 1.0
        if paragraphs[para] == 1:
            row["own_paragraph"] = 1.0
        if rank == 0 and size >= 30:
            row["long_first"] = 1.0
        if rank <= 2 and size < 20:
            row["short_early"] = 1.0
        # headline and first sentence
        if title and ts:
            row["headline"] = _dice(ts, title)
            shared = sum(map(idf_of, filter(in_title, found)))
            dice, cover, precision = _idf_overlap(shared, own, title_mass)
            row["headline_idf"], row["headline_cover"] = dice, cover
            row["headline_precision"] = precision
            if rank <= 2:
                row["headline_early"] = dice
        if rank:
            row["lead_overlap"] = _dice(ts, lead)
            if ts and lead:
                shared = sum(map(idf_of, filter(lead.__contains__, found)))
                row["lead_idf"], row["lead_cover"], _ = _idf_overlap(shared, own, lead_mass)
        # cues
        if size < 10:
            row["words_lt_10"] = 1.0
            if size < 6:
                row["words_lt_6"] = 1.0
        elif size < 20:
            row["words_10_19"] = 1.0
        elif 30 <= size < 45:
            row["words_30_44"] = 1.0
        elif size >= 45:
            row["words_ge_45"] = 1.0
        row["words"] = min(size, 80) / 40
        row["numbers"] = feats.numbers[i]
        row["names"] = feats.names[i]
        row["quote"] = feats.quoted[i]
        if text.endswith(":"):
            row["colon"] = 1.0
        if text.rstrip("\"”’'").endswith("?"):
            row["question"] = 1.0
        if "(" in text:
            row["parenthesis"] = 1.0
        out[i] = row
    return out


def score(doc: Document, weights: Weights | None = None) -> Scored:
    """Score each sentence of ``doc``; headings and bylines score zero.

    Args:
        doc: the split article.
        weights: the weights to use; ``None`` picks the fitted ones for ``doc.lang``.
    """
    return score_features(features(doc), weights)


def score_features(feats: Features, weights: Weights | None = None) -> Scored:
    """:func:`score` on precomputed :class:`Features` (lets a tuner reuse them): each
    part is the weighted sum of its features' values from :func:`rows`."""
    w = weights or weights_for(feats.lang)
    return Scored(
        parts=tuple(_weighed(feats, w)),
        terms=feats.sets,
        words=feats.words,
        weights=w,
    )


_NO_PARTS = ScoreParts()


def _weighed(feats: Features, weights: Weights) -> list[ScoreParts]:
    """Each sentence's parts: its :func:`rows` values, weighed and added up per part in
    the order ``rows`` lists them (so the same floats), without building the rows.

    Keep the two in step: tests/test_score.py checks them against each other."""
    coef = dict.fromkeys(FEATURES, 0.0)
    coef.update(weights.coef)
    (
        w_tfidf, w_central, w_plain, w_key,
        _, _, _, _, _, _,  # the rank bins: in ``bins``
        w_par_start, w_first_par, w_rel_rank, w_last, w_second_par, w_own_par,
        w_long_first, w_short_early,
        w_headline, w_lead, w_head_idf, w_head_cover, w_head_precision, w_head_early,
        w_lead_idf, w_lead_cover,
        w_lt_10, w_10_19, w_30_44, w_ge_45, w_lt_6, w_words, w_numbers, w_names,
        w_quote, w_colon, w_question, w_parenthesis,
    ) = map(coef.__getitem__, FEATURES)  # fmt: skip
    bins = tuple(map(coef.__getitem__, _RANK_BIN))
    art = _article(feats, weights.length_norm)
    mass, central, plain, own_mass = art.mass, art.central, art.plain, art.own_mass
    top_mass, top_central, top_plain = art.top_mass, art.top_central, art.top_plain
    key, title_mass, paragraphs = art.key, art.title_mass, art.paragraphs
    second_paragraph = art.second_paragraph
    key_size = len(key) or 1
    lead, lead_mass, lead_paragraph = art.lead, art.lead_mass, art.lead_paragraph
    last = len(art.order) - 1
    title = feats.title
    numbers, names, quoted = feats.numbers, feats.names, feats.quoted
    in_title = title.__contains__
    idf_of = feats.idf.__getitem__
    out = [_NO_PARTS] * len(feats.body)
    for rank, i, found, ts, para, size, text, last_paragraph in _body(feats, art.order):
        own = own_mass[i]
        frequency = 0.0 + w_tfidf * (mass[i] / top_mass)
        frequency += w_central * (central[i] / top_central)
        frequency += w_plain * (plain[i] / top_plain)
        frequency += w_key * (len(ts & key) / key_size)
        # position
        position = 0.0
        if rank < len(bins):
            position += bins[rank]
        if rank:
            if para != last_paragraph:
                position += w_par_start
            if para == lead_paragraph:
                position += w_first_par
        position += w_rel_rank * (rank / last if last else 0.0)
        if rank == last and last >= 3:
            position += w_last
        if para == second_paragraph and para != last_paragraph:
            position += w_second_par
        if paragraphs[para] == 1:
            position += w_own_par
        if rank == 0 and size >= 30:
            position += w_long_first
        if rank <= 2 and size < 20:
            position += w_short_early
        # headline and first sentence
        headline = 0.0
        if title and ts:
            headline += w_headline * _dice(ts, title)
            shared = sum(map(idf_of, filter(in_title, found)))
            dice, cover, precision = _idf_overlap(shared, own, title_mass)
            headline += w_head_idf * dice
            headline += w_head_cover * cover
            headline += w_head_precision * precision
            if rank <= 2:
                headline += w_head_early * dice
        if rank:
            headline += w_lead * _dice(ts, lead)
            if ts and lead:
                shared = sum(map(idf_of, filter(lead.__contains__, found)))
                dice, cover, _ = _idf_overlap(shared, own, lead_mass)
                headline += w_lead_idf * dice
                headline += w_lead_cover * cover
        # cues
        cues = 0.0
        if size < 10:
            cues += w_lt_10
            if size < 6:
                cues += w_lt_6
        elif size < 20:
            cues += w_10_19
        elif 30 <= size < 45:
            cues += w_30_44
        elif size >= 45:
            cues += w_ge_45
        cues += w_words * (min(size, 80) / 40)
        cues += w_numbers * numbers[i]
        cues += w_names * names[i]
        cues += w_quote * quoted[i]
        if text.endswith(":"):
            cues += w_colon
        if text.rstrip("\"”’'").endswith("?"):
            cues += w_question
        if "(" in text:
            cues += w_parenthesis
        out[i] = ScoreParts(frequency, position, headline, 0.0, cues)
    return out


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two term sets relative to the smaller one (1.0 = one contains the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
