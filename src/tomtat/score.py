"""Score sentences by the frequency of their content terms, plus position and headline.

Each body sentence gets three parts (see :class:`~tomtat.models.ScoreParts`):

* **frequency** - the sum of ``log(1 + tf)`` over its distinct content terms (``tf``
  counts the term over the article's body sentences), divided by
  ``distinct_terms ** length_norm`` (1: the mean) and scaled so the article's best
  sentence scores ``Weights.frequency``. Quoted speech and overlong sentences keep only
  part of it (``quote``, ``long_words``);
* **position** - ``position * exp(-rank / position_decay)`` over body-sentence rank;
* **headline** - ``headline * dice(sentence terms, headline terms)`` when a title is known.

The selector subtracts the fourth part, **redundancy**, when it picks sentences.

Pure, deterministic and linear in the article's length. The weights were fitted per
language on the dev sets and checked by 5-fold cross-validation (``bench/quality.py``;
figures in bench/RESULTS.md).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from tomtat.models import Document, ScoreParts, SentenceKind
from tomtat.tokens import analyse, strip_dateline, terms, words

_QUOTE_START = re.compile(r"^\s*[\"“‘'«]")
_QUOTE_MARK = re.compile(r"[\"“”]")


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each part counts, and the selector's redundancy controls.

    Args:
        frequency: the frequency part of the article's best sentence.
        length_norm: exponent on the number of distinct terms dividing the term mass
            (0: sum, 1: mean; higher favours short dense sentences).
        position: the position part of the first body sentence.
        position_decay: body-sentence rank at which the position part falls to 1/e.
        headline: the headline part of a sentence whose terms equal the headline's.
        quote: fraction of the frequency part a sentence opening with a quotation
            mark loses (half of it for quotes inside the sentence).
        long_words: sentences longer than this many words keep
            ``(long_words / words) ** 0.5`` of their frequency part (0: off).
        redundancy: penalty per unit of overlap with the closest picked sentence.
        duplicate: overlap (shared terms / smaller term set) at which a candidate is a
            repeat of a picked sentence and is skipped.
        min_words: shorter body sentences are picked only to make up a sentence count.
    """

    frequency: float = 1.0
    length_norm: float = 0.75
    position: float = 0.35
    position_decay: float = 8.0
    headline: float = 0.5
    quote: float = 0.3
    long_words: int = 0
    redundancy: float = 0.5
    duplicate: float = 0.8
    min_words: int = 4


# Fitted on vi-news-dev / en-news-dev (5-fold CV figures in bench/RESULTS.md).
WEIGHTS: dict[str, Weights] = {
    "vi": Weights(
        length_norm=1.0,
        position=0.35,
        position_decay=6.0,
        headline=1.5,
        quote=0.0,
        redundancy=0.75,
    ),
    "en": Weights(
        length_norm=0.875,
        position=0.45,
        position_decay=12.0,
        headline=0.3,
        quote=0.3,
        long_words=30,
        redundancy=0.25,
    ),
}
DEFAULT_WEIGHTS = Weights()


def weights_for(lang: str) -> Weights:
    """The fitted weights for ``lang`` (the generic defaults for other languages)."""
    return WEIGHTS.get(lang, DEFAULT_WEIGHTS)


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
    tf: dict[str, int]
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
    for s in doc.sentences:
        is_body = s.kind is SentenceKind.BODY
        if is_body:
            found, size = analyse(strip_dateline(s.text) if first else s.text, doc.lang)
            first = False
            tf.update(found)
        else:
            found, size = [], len(words(s.text))
        body.append(is_body)
        sizes.append(size)
        # dict.fromkeys keeps first-seen order, so float sums are the same on every run.
        sent_terms.append(tuple(dict.fromkeys(found)))
    return Features(
        lang=doc.lang,
        body=tuple(body),
        terms=tuple(sent_terms),
        words=tuple(sizes),
        quoted=tuple(quoted(s.text) for s in doc.sentences),
        tf=dict(tf),
        title=frozenset(terms(doc.title, doc.lang)) if doc.title else frozenset(),
    )


def score(doc: Document, weights: Weights | None = None) -> Scored:
    """Score each sentence of ``doc``; headings and bylines score zero.

    Args:
        doc: the split article.
        weights: the weights to use; ``None`` picks the fitted ones for ``doc.lang``.
    """
    return score_features(features(doc), weights)


def score_features(feats: Features, weights: Weights | None = None) -> Scored:
    """:func:`score` on precomputed :class:`Features` (lets a tuner reuse them)."""
    w = weights or weights_for(feats.lang)
    log_tf = {t: math.log1p(c) for t, c in feats.tf.items()}
    density = [
        sum(map(log_tf.__getitem__, ts)) / len(ts) ** w.length_norm if ts else 0.0
        for ts in feats.terms
    ]
    top = max(density, default=0.0) or 1.0

    parts: list[ScoreParts] = []
    rank = 0
    for ts, d, size, quote, is_body in zip(
        feats.terms, density, feats.words, feats.quoted, feats.body, strict=True
    ):
        if not is_body:
            parts.append(ScoreParts())
            continue
        frequency = w.frequency * d / top * (1.0 - w.quote * quote)
        if w.long_words and size > w.long_words:
            frequency *= math.sqrt(w.long_words / size)
        position = w.position * math.exp(-rank / w.position_decay)
        rank += 1
        headline = w.headline * _dice(frozenset(ts), feats.title) if feats.title else 0.0
        parts.append(ScoreParts(frequency=frequency, position=position, headline=headline))
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
