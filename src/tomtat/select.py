"""Pick the summary sentences: budget, redundancy control, document order."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from tomtat.models import Config, Document, Picked, Sentence, SentenceKind
from tomtat.score import Scored, fitted, similarity

_QUOTE = re.compile('["“”]')


@dataclass(frozen=True, slots=True)
class Selection:
    """How the selector keeps a summary short of repeats (the scorer only scores).

    Args:
        redundancy: penalty per unit of overlap with the closest picked sentence (MMR).
        duplicate: overlap (shared terms / smaller term set) at which a candidate is a
            repeat of a picked sentence and is skipped.
        min_words: shorter body sentences are picked only to make up a sentence count.
    """

    redundancy: float = 0.5
    duplicate: float = 0.8
    min_words: int = 4


DEFAULT_SELECTION = Selection()


@cache
def selection_for(lang: str) -> Selection:
    """The settings for ``lang``: the redundancy fitted with the scorer (see
    :func:`tomtat.score.fitted`), else the defaults."""
    spec = fitted(lang)
    if spec is None:
        return DEFAULT_SELECTION
    return Selection(
        redundancy=float(spec["redundancy"]),
        duplicate=float(spec.get("duplicate", DEFAULT_SELECTION.duplicate)),
        min_words=int(spec.get("min_words", DEFAULT_SELECTION.min_words)),
    )


def budget(config: Config, candidates: int) -> int:
    """How many sentences the config asks for, given the number of candidates."""
    if config.ratio is not None:
        return max(1, math.ceil(config.ratio * candidates))
    return config.sentences


def starts_inside_quote(text: str) -> bool:
    """Does ``text`` start inside a quotation: is its first quote mark a closing one?

    A quotation of several sentences is split with them (``"Chúng tôi đã nhất trí. Hợp
    đồng kéo dài đến 2022", ông Shelby nói.``). Lifted alone into a summary, its later
    sentences read as words nobody said, closed by a quote mark that was never opened
    (its first sentence still reads as a quote). A curly mark says which it is; a
    straight one closes when it follows a non-space and no letter or digit follows it
    (``trường".``, ``này", ông``).
    """
    found = _QUOTE.search(text)
    if found is None:
        return False
    mark, at = found.group(), found.start()
    if mark != '"':
        return mark == "”"
    after = text[at + 1 : at + 2]
    return at > 0 and not text[at - 1].isspace() and not after.isalnum()


def candidates(
    doc: Document, scored: Scored, settings: Selection | None = None
) -> list[list[Sentence]]:
    """Candidate tiers, tried in order until the budget is met.

    First the body sentences that stand alone: long enough (``Selection.min_words``) and
    not starting inside a quotation (:func:`starts_inside_quote`); then the others.
    Headings are candidates only in a document with no body sentence at all; bylines
    never are.
    """
    body = [s for s in doc.sentences if s.kind is SentenceKind.BODY]
    if not body:
        return [[s for s in doc.sentences if s.kind is SentenceKind.HEADING]]
    floor = (settings or selection_for(doc.lang)).min_words
    alone = [scored.words[s.index] >= floor and not starts_inside_quote(s.text) for s in body]
    return [
        [s for s, ok in zip(body, alone, strict=True) if ok],
        [s for s, ok in zip(body, alone, strict=True) if not ok],
    ]


def select(
    doc: Document, scored: Scored, config: Config, settings: Selection | None = None
) -> tuple[Picked, ...]:
    """Choose sentences greedily by score minus redundancy, returned in document order.

    Each round takes the candidate with the best ``total - redundancy * overlap``, where
    ``overlap`` is its :func:`~tomtat.score.similarity` to the closest sentence already
    picked (maximal marginal relevance). Near-duplicates (overlap at or above
    ``Selection.duplicate``) and verbatim repeats are never picked. Headings (unless the
    document has nothing else) and bylines are never picked. With ``config.words`` the
    sentences must fit the word budget (none may, then nothing is picked); otherwise
    ``config.ratio`` (of the body sentences) or ``config.sentences`` sets the count.
    ``settings`` default to :func:`selection_for` the document's language.
    """
    w = settings or selection_for(doc.lang)
    tiers = candidates(doc, scored, w)
    total = sum(len(t) for t in tiers)
    if not total:
        return ()
    word_budget = config.words
    limit = total if word_budget is not None else budget(config, total)
    picked: list[Picked] = []
    texts: set[str] = set()
    used = 0
    totals = [parts.total for parts in scored.parts]  # read once per candidate per pick
    for tier in tiers:
        if len(picked) >= limit or (word_budget is not None and picked):
            # The second tier only makes up a count, never pads a word budget.
            break
        closest: dict[int, float] = {}
        stripped: dict[int, str] = {}
        pool: list[Sentence] = []
        for sent in tier:
            overlap = max(
                (similarity(scored.terms[sent.index], scored.terms[p.index]) for p in picked),
                default=0.0,
            )
            text = sent.text.strip()
            if overlap < w.duplicate and text not in texts:
                closest[sent.index] = overlap
                stripped[sent.index] = text
                pool.append(sent)
        while pool and len(picked) < limit:
            best = pool[0]
            best_value = -math.inf
            for sent in pool:
                value = totals[sent.index] - w.redundancy * closest[sent.index]
                if value > best_value:
                    best, best_value = sent, value
            pool.remove(best)
            if word_budget is not None:
                size = scored.words[best.index]
                if used + size > word_budget:
                    continue
                used += size
            penalty = w.redundancy * closest[best.index]
            parts = replace(scored.parts[best.index], redundancy=penalty)
            picked.append(Picked(best.index, best.text, round(parts.total, 4), parts))
            new_text = stripped[best.index]
            texts.add(new_text)
            # Overlap only grows, so update each candidate once per pick: O(candidates).
            # (A candidate still in the pool differs from every text picked before.)
            new_terms = scored.terms[best.index]
            keep: list[Sentence] = []
            for sent in pool:
                overlap = max(closest[sent.index], similarity(scored.terms[sent.index], new_terms))
                if overlap < w.duplicate and stripped[sent.index] != new_text:
                    closest[sent.index] = overlap
                    keep.append(sent)
            pool = keep
            room = math.inf if word_budget is None else word_budget - used
            if pool and room < min(scored.words[s.index] for s in pool):
                break
    return tuple(sorted(picked, key=lambda p: p.index))


def shortest(doc: Document, scored: Scored) -> int | None:
    """Words in the shortest candidate sentence (None: no candidate at all)."""
    sizes = [scored.words[s.index] for tier in candidates(doc, scored) for s in tier]
    return min(sizes, default=None)
