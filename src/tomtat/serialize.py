"""The JSON contract (schema_version 1): Summary -> dict -> JSON/JSONL text.

Every JSON tomtat prints is built here, so the key order and field names are
defined in one place (and documented in the README).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tomtat.models import Keyword, Official, Picked, StageWarning, Summary

if TYPE_CHECKING:
    from tomtat.combine import Person

SCHEMA_VERSION = 1


def official_to_dict(person: Official) -> dict[str, Any]:
    """One official in contract order."""
    return {
        "name": person.name,
        "titles": list(person.titles),
        "mentions": person.mentions,
        "aliases": list(person.aliases),
        "first_sentence": person.first_sentence,
    }


def picked_to_dict(picked: Picked, explain: bool = False) -> dict[str, Any]:
    """One summary sentence; with ``explain`` its score broken into parts."""
    out: dict[str, Any] = {"index": picked.index, "text": picked.text, "score": picked.score}
    if explain:
        p = picked.parts
        out["parts"] = {
            "frequency": round(p.frequency, 4),
            "position": round(p.position, 4),
            "headline": round(p.headline, 4),
            "cues": round(p.cues, 4),
            "redundancy": round(p.redundancy, 4),
        }
    return out


def summary_to_dict(
    summary: Summary,
    *,
    key: str = "source",
    ref: str | int | None = None,
    include_summary: bool = True,
    explain: bool = False,
    keywords: bool = True,
) -> dict[str, Any]:
    """A Summary as the contract's object; ``key`` is ``"source"`` (files) or ``"id"`` (batch).

    ``officials`` is a list when they were extracted, ``null`` when their stage failed
    (a ``warnings`` entry says why) and absent when they were not asked for;
    ``warnings`` is present only when a stage failed. ``keywords`` is present when
    keywords were asked for (``keywords`` false: never); ``runners_up`` (the next best
    sentences) only with ``explain`` and a summary made with ``Config.detail``.
    """
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION, key: ref}
    out["lang"] = summary.lang
    out["title"] = summary.title
    out["sentence_count"] = summary.sentence_count
    if include_summary:
        out["summary"] = [picked_to_dict(p, explain) for p in summary.sentences]
        if explain and summary.ranking:
            out["runners_up"] = [picked_to_dict(p, explain) for p in summary.runners_up()]
        if keywords:
            out["keywords"] = [keyword_to_dict(k) for k in summary.keywords]
    if summary.officials is not None:
        out["officials"] = [official_to_dict(o) for o in summary.officials]
    elif any(w.stage == "officials" for w in summary.warnings):
        out["officials"] = None
    if summary.warnings:
        out["warnings"] = [warning_to_dict(w) for w in summary.warnings]
    return out


def keyword_to_dict(keyword: Keyword) -> dict[str, Any]:
    """One keyword: the text as the article writes it, its score relative to the best."""
    return {"text": keyword.text, "score": keyword.score}


def warning_to_dict(warning: StageWarning) -> dict[str, Any]:
    """A stage that failed on this article while the others went on."""
    return {"stage": warning.stage, "message": warning.message}


def error_to_dict(
    kind: str, message: str, *, key: str = "source", ref: str | int | None = None
) -> dict[str, Any]:
    """A failed input or batch record."""
    return {
        "schema_version": SCHEMA_VERSION,
        key: ref,
        "error": {"type": kind, "message": message},
    }


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """UTF-8 friendly JSON: non-ASCII kept, deterministic separators."""
    if indent is None:
        return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def person_to_dict(person: Person) -> dict[str, Any]:
    """One person of ``officials --combine`` in contract order."""
    return {
        "name": person.name,
        "titles": [{"title": t, "count": n} for t, n in person.titles],
        "articles": person.articles,
        "mentions": person.mentions,
        "first": person.first,
        "last": person.last,
        "aliases": list(person.aliases),
    }


def combined_to_dict(
    people: list[Person],
    keywords: tuple[Keyword, ...] | None,
    *,
    inputs: int,
    failed: int,
    more: int = 0,
) -> dict[str, Any]:
    """The ``officials --combine`` JSON document."""
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "articles": inputs,
        "failed": failed,
        "people": [person_to_dict(p) for p in people],
        "more_people": more,
    }
    if keywords is not None:
        out["keywords"] = [keyword_to_dict(k) for k in keywords]
    return out
