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

  both scaled so the article's best sentence has 1.
* **position** - bins over the body-sentence rank (first, second, third, 4th-6th,
  7th-9th, 10th-13th) and whether the sentence opens a paragraph or sits in the first one.
* **headline** - term overlap (Dice) with the headline, and with the first body sentence.
* **cues** - sentence-length bins, the share of numbers and of capitalised words (names),
  and quoted speech.

The selector subtracts the fifth part, **redundancy**, when it picks sentences.

The weights (``data/weights-LANG.json``) were fitted per language on the train corpora
(tools/fit_scorer.py: a ranker on oracle labels, then coordinate descent on ROUGE);
figures in bench/RESULTS.md. Pure, deterministic and linear in the article's length.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from tomtat.models import Document, ScoreParts, SentenceKind
from tomtat.tokens import analyse, strip_dateline, terms, words

_QUOTE_START = re.compile(r"^\s*[\"“‘'«]")
_QUOTE_MARK = re.compile(r"[\"“”]")
_DIGITS = re.compile(r"\d+")  # a run of digits ("3.5" is two)
# a capital letter opening a token (Latin with Vietnamese letters, Greek, Cyrillic)
_CAPITALS = "".join(
    chr(c)
    for c in (*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00))
    if chr(c).isupper()
)
_CAPITAL_START = re.compile(rf"(?<![^\W_])[{_CAPITALS}]")

# The features of each part, in the order the fitter and the weight files use.
PARTS: dict[str, tuple[str, ...]] = {
    "frequency": ("tfidf", "centrality"),
    "position": (
        "first",
        "second",
        "third",
        "rank_4_6",
        "rank_7_9",
        "rank_10_13",
        "paragraph_start",
        "first_paragraph",
    ),
    "headline": ("headline", "lead_overlap"),
    "cues": (
        "words_lt_10",
        "words_10_19",
        "words_30_44",
        "words_ge_45",
        "numbers",
        "names",
        "quote",
    ),
}
FEATURES: tuple[str, ...] = tuple(f for names in PARTS.values() for f in names)
_RANK_BINS = ((1, "second"), (2, "third"), (5, "rank_4_6"), (8, "rank_7_9"), (12, "rank_10_13"))


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

    @property
    def rare(self) -> float:
        """The idf of a term that is not listed."""
        return math.log(self.documents / self.min_df)

    def idf(self, term: str) -> float:
        """Inverse document frequency of ``term``."""
        count = self.table.get(term)
        return self.rare if count is None else _idf(self.documents, count)

    def idfs(self, terms: Iterable[str]) -> dict[str, float]:
        """:meth:`idf` of each term."""
        get, rare, documents = self.table.get, self.rare, self.documents
        out: dict[str, float] = {}
        for t in terms:
            count = get(t)
            out[t] = rare if count is None else _idf(documents, count)
        return out


@cache  # one log per distinct document frequency (about a thousand)
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
    return 0.5 if len(_QUOTE_MARK.findall(text)) >= 2 else 0.0


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _shares(text: str, size: int) -> tuple[float, float]:
    """Numbers and capitalised words (but the first) per word of the sentence."""
    if not size:
        return 0.0, 0.0
    caps = _CAPITAL_START.findall(text)
    first = 1 if caps and text.lstrip()[:1] == caps[0] else 0
    return len(_DIGITS.findall(text)) / size, (len(caps) - first) / size


@dataclass(frozen=True, slots=True)
class Features:
    """What scoring needs from a document, computed once (tokenisation is the costly part).

    Tuples are indexed like ``Document.sentences``; non-body sentences have no terms.
    """

    lang: str
    body: tuple[bool, ...]
    terms: tuple[tuple[str, ...], ...]
    words: tuple[int, ...]
    quoted: tuple[float, ...]
    numbers: tuple[float, ...]
    names: tuple[float, ...]
    paragraph: tuple[int, ...]
    tf: dict[str, int]
    idf: dict[str, float]
    title: frozenset[str]


def features(doc: Document) -> Features:
    """Tokenise ``doc`` once: distinct terms per body sentence, body term counts, title.

    A dateline opening the first body sentence ("WASHINGTON (CNN) --") is left out of
    its terms and its word count: it places the story, it is not what it says.
    """
    tf: Counter[str] = Counter()
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
            tf.update(distinct)
            num, cap = _shares(text, size)
        else:
            distinct, size, num, cap = (), len(words(s.text)), 0.0, 0.0
        body.append(is_body)
        sizes.append(size)
        sent_terms.append(distinct)
        numbers.append(num)
        names.append(cap)
    table = doc_freq(doc.lang)
    return Features(
        lang=doc.lang,
        body=tuple(body),
        terms=tuple(sent_terms),
        words=tuple(sizes),
        quoted=tuple(quoted(s.text) for s in doc.sentences),
        numbers=tuple(numbers),
        names=tuple(names),
        paragraph=tuple(s.paragraph for s in doc.sentences),
        tf=dict(tf),
        idf=table.idfs(tf),
        title=frozenset(terms(doc.title, doc.lang)) if doc.title else frozenset(),
    )


@cache
def _log(count: int) -> float:
    return math.log(count)


@cache
def _log1p(count: int) -> float:
    return math.log1p(count)


def _frequency(feats: Features, length_norm: float) -> tuple[list[float], list[float]]:
    """Unscaled ``tfidf`` and ``centrality`` of every sentence (0 without terms)."""
    # log(1 + tf) * idf: a term's weight in the sentence; log(tf) * idf: its weight in the
    # rest of the article (tf counts the sentences using it, one of them this one)
    idf = feats.idf
    square = {t: i * i for t, i in idf.items()}  # the sentence vector's norm
    own = {t: _log1p(c) * idf[t] for t, c in feats.tf.items()}
    # the centrality dot product; a term in one sentence only is in no other
    rest = {t: _log(c) * square[t] for t, c in feats.tf.items()}
    mass: list[float] = []
    central: list[float] = []
    for ts in feats.terms:
        if not ts:
            mass.append(0.0)
            central.append(0.0)
            continue
        mass.append(sum(map(own.__getitem__, ts)) / len(ts) ** length_norm)
        norm = math.sqrt(sum(map(square.__getitem__, ts))) or 1.0
        central.append(sum(map(rest.__getitem__, ts)) / norm)
    return mass, central


def rows(feats: Features, length_norm: float) -> list[dict[str, float] | None]:
    """Each sentence's feature values (``None`` for headings and bylines), by name.

    Features that are 0 are left out of a sentence's mapping.
    """
    mass, central = _frequency(feats, length_norm)
    top_mass = max(mass, default=0.0) or 1.0
    top_central = max(central, default=0.0) or 1.0

    out: list[dict[str, float] | None] = []
    rank = 0
    lead: frozenset[str] = frozenset()
    lead_paragraph = -1
    last_paragraph = -1
    for i, is_body in enumerate(feats.body):
        if not is_body:
            out.append(None)
            continue
        ts = frozenset(feats.terms[i])
        para = feats.paragraph[i]
        row: dict[str, float] = {
            "tfidf": mass[i] / top_mass,
            "centrality": central[i] / top_central,
        }
        if rank == 0:
            row["first"] = 1.0
            lead, lead_paragraph = ts, para
        else:
            for upto, name in _RANK_BINS:
                if rank <= upto:
                    row[name] = 1.0
                    break
            if para != last_paragraph:
                row["paragraph_start"] = 1.0
            if para == lead_paragraph:
                row["first_paragraph"] = 1.0
            row["lead_overlap"] = _dice(ts, lead)
        if feats.title:
            row["headline"] = _dice(ts, feats.title)
        size = feats.words[i]
        if size < 10:
            row["words_lt_10"] = 1.0
        elif size < 20:
            row["words_10_19"] = 1.0
        elif 30 <= size < 45:
            row["words_30_44"] = 1.0
        elif size >= 45:
            row["words_ge_45"] = 1.0
        row["numbers"] = feats.numbers[i]
        row["names"] = feats.names[i]
        row["quote"] = feats.quoted[i]
        out.append(row)
        rank += 1
        last_paragraph = para
    return out


def score(doc: Document, weights: Weights | None = None) -> Scored:
    """Score each sentence of ``doc``; headings and bylines score zero.

    Args:
        doc: the split article.
        weights: the weights to use; ``None`` picks the fitted ones for ``doc.lang``.
    """
    return score_features(features(doc), weights)


def score_features(feats: Features, weights: Weights | None = None) -> Scored:
    """:func:`score` on precomputed :class:`Features` (lets a tuner reuse them).

    Computes the same sums as weighting :func:`rows` part by part, without building
    a mapping per sentence (this runs for every article).
    """
    w = weights or weights_for(feats.lang)
    c = w.coef.get
    mass, central = _frequency(feats, w.length_norm)
    top_mass = max(mass, default=0.0) or 1.0
    top_central = max(central, default=0.0) or 1.0
    c_tfidf, c_central = c("tfidf", 0.0) / top_mass, c("centrality", 0.0) / top_central
    rank_part = [c("first", 0.0)]
    for upto, name in _RANK_BINS:
        rank_part += [c(name, 0.0)] * (upto + 1 - len(rank_part))
    c_start, c_first_para = c("paragraph_start", 0.0), c("first_paragraph", 0.0)
    c_head, c_lead = c("headline", 0.0), c("lead_overlap", 0.0)
    size_part = [
        c("words_lt_10", 0.0),
        c("words_10_19", 0.0),
        0.0,
        c("words_30_44", 0.0),
        c("words_ge_45", 0.0),
    ]
    c_num, c_names, c_quote = c("numbers", 0.0), c("names", 0.0), c("quote", 0.0)
    title = feats.title if c_head else frozenset()

    parts: list[ScoreParts] = []
    rank = 0
    lead: frozenset[str] = frozenset()
    lead_paragraph = last_paragraph = -1
    for i, is_body in enumerate(feats.body):
        if not is_body:
            parts.append(ScoreParts())
            continue
        para = feats.paragraph[i]
        ts = frozenset(feats.terms[i]) if (c_lead or title) else frozenset()
        if rank == 0:
            position = rank_part[0]
            lead, lead_paragraph = ts, para
            headline = 0.0
        else:
            position = rank_part[rank] if rank < len(rank_part) else 0.0
            if para != last_paragraph:
                position += c_start
            if para == lead_paragraph:
                position += c_first_para
            headline = c_lead * _dice(ts, lead) if c_lead else 0.0
        if title:
            headline += c_head * _dice(ts, title)
        size = feats.words[i]
        bin_ = 0 if size < 10 else 1 if size < 20 else 2 if size < 30 else 3 if size < 45 else 4
        cues = (
            size_part[bin_]
            + c_num * feats.numbers[i]
            + c_names * feats.names[i]
            + c_quote * feats.quoted[i]
        )
        parts.append(
            ScoreParts(
                frequency=c_tfidf * mass[i] + c_central * central[i],
                position=position,
                headline=headline,
                cues=cues,
            )
        )
        rank += 1
        last_paragraph = para
    return Scored(
        parts=tuple(parts),
        terms=tuple(frozenset(ts) for ts in feats.terms),
        words=feats.words,
        weights=w,
    )


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap of two term sets relative to the smaller one (1.0 = one contains the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
