"""ROUGE evaluation of tomtat (and the lead-k baseline) against reference summaries.

Pure apart from importing ``rouge-score`` lazily: it is needed only to evaluate, never to
summarise. Scores are F1/precision/recall x 100, averaged over articles (macro), the way
rouge-score's own aggregation reports them without bootstrap.

Tokenisation follows the bench convention:

* Vietnamese: lower-cased Unicode ``\\w+`` syllables (rouge-score's default tokenizer
  deletes every non-ASCII letter, which would wipe out most of a Vietnamese text);
* English: rouge-score's default tokenizer with Porter stemming.

ROUGE-Lsum splits both sides on newlines, so the system's sentences are joined with
``"\\n"`` and the reference is used as given (one highlight per line for CNN).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Protocol

from tomtat import lang as langs
from tomtat import segment
from tomtat.errors import InputError
from tomtat.models import Article, Config, SentenceKind
from tomtat.text import clean

METRICS = ("rouge1", "rouge2", "rougeLsum")
BASELINES = ("lead",)

_VI_TOKEN = re.compile(r"\w+")


class Tokenizer(Protocol):
    """What rouge-score's ``RougeScorer(tokenizer=...)`` needs."""

    def tokenize(self, text: str) -> list[str]: ...


class SyllableTokenizer:
    """Vietnamese: lower-cased Unicode word-character runs (syllables), accents kept."""

    def tokenize(self, text: str) -> list[str]:
        """Split ``text`` into lower-cased ``\\w+`` tokens."""
        return _VI_TOKEN.findall(unicodedata.normalize("NFC", text).lower())


@dataclass(frozen=True, slots=True)
class Record:
    """One article to evaluate: its text, optional headline and the human reference."""

    text: str
    reference: str
    title: str | None = None
    lang: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Rouge:
    """Mean precision, recall and F1 of one ROUGE variant, x 100."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class SystemScore:
    """ROUGE-1, ROUGE-2 and ROUGE-Lsum of one system over the evaluated articles."""

    name: str
    rouge1: Rouge
    rouge2: Rouge
    rougeLsum: Rouge

    def metric(self, name: str) -> Rouge:
        """The :class:`Rouge` for ``"rouge1"``, ``"rouge2"`` or ``"rougeLsum"``."""
        value: Rouge = getattr(self, name)
        return value


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of one evaluation run."""

    articles: int
    sentences: int
    langs: tuple[str, ...]
    systems: tuple[SystemScore, ...]

    def system(self, name: str) -> SystemScore:
        """The scores of the system called ``name`` (``"tomtat"``, ``"lead-3"``, ...)."""
        for sys_score in self.systems:
            if sys_score.name == name:
                return sys_score
        raise KeyError(name)


def tokenizer(lang: str) -> Tokenizer:
    """The tokens ROUGE counts for ``lang``: Vietnamese lower-cased syllables, accents
    kept; English rouge-score's own tokenizer with Porter stemming (what
    ``RougeScorer(use_stemmer=True)`` builds). Imports rouge-score for English."""
    if lang == "vi":
        return SyllableTokenizer()
    from rouge_score import tokenizers

    tok: Tokenizer = tokenizers.DefaultTokenizer(use_stemmer=True)
    return tok


@cache
def scorer(lang: str) -> Any:
    """A cached ``RougeScorer`` for ``lang`` (imports rouge-score on first use)."""
    try:
        from rouge_score import rouge_scorer
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputError(
            "evaluation needs the rouge-score package: pip install 'tomtat[test]'"
        ) from exc
    return rouge_scorer.RougeScorer(list(METRICS), tokenizer=tokenizer(lang))


def rouge(prediction: Sequence[str], reference: str, lang: str) -> dict[str, Rouge]:
    """ROUGE of one prediction (a list of sentences) against one reference, x 100."""
    scores = scorer(lang).score(reference, "\n".join(s.strip() for s in prediction))
    return {
        m: Rouge(scores[m].precision * 100, scores[m].recall * 100, scores[m].fmeasure * 100)
        for m in METRICS
    }


def lead(text: str, lang: str, k: int, title: str | None = None) -> list[str]:
    """The first ``k`` body sentences, as the splitter sees them."""
    doc = segment.split(text, lang, title)
    return [s.text for s in doc.sentences if s.kind is SentenceKind.BODY][:k]


def record_from_mapping(
    row: Mapping[str, Any],
    *,
    text_field: str = "text",
    summary_field: str = "summary",
    title_field: str = "title",
    where: str = "record",
) -> Record:
    """Build a :class:`Record` from a JSON object; bad fields raise :class:`InputError`."""
    if not isinstance(row, Mapping):
        raise InputError(f"{where}: expected a JSON object")
    text = row.get(text_field)
    reference = row.get(summary_field)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: field {text_field!r} missing, empty or not a string")
    if not isinstance(reference, str) or not reference.strip():
        raise InputError(f"{where}: field {summary_field!r} missing, empty or not a string")
    title = row.get(title_field)
    if title is not None and not isinstance(title, str):
        raise InputError(f"{where}: field {title_field!r} is not a string")
    lang = row.get("lang")
    rid = row.get("id")
    return Record(
        text=text,
        reference=reference,
        title=title or None,
        lang=lang if lang in langs.LANGS else None,
        id=None if rid is None else str(rid),
    )


def _mean(values: list[dict[str, Rouge]], name: str) -> SystemScore:
    n = len(values)
    parts = {}
    for m in METRICS:
        parts[m] = Rouge(
            precision=sum(v[m].precision for v in values) / n,
            recall=sum(v[m].recall for v in values) / n,
            f1=sum(v[m].f1 for v in values) / n,
        )
    return SystemScore(name, parts["rouge1"], parts["rouge2"], parts["rougeLsum"])


def evaluate(
    records: Iterable[Record | Mapping[str, Any]],
    config: Config | None = None,
    baseline: str | None = None,
) -> Report:
    """Summarise every record with ``config`` and score it against its reference.

    Args:
        records: :class:`Record` objects, or mappings with ``text``, ``summary`` (or
            ``reference``), optional ``title``, ``lang`` and ``id``.
        config: summary options (length, language); officials are never extracted here.
            ``config.lang`` ``"auto"`` uses the record's ``lang`` when it has one, else
            detects it.
        baseline: ``"lead"`` to also score the first ``config.sentences`` body sentences.

    Returns:
        A frozen :class:`Report`; ``systems[0]`` is tomtat, then the baseline if asked.

    Raises:
        InputError: no records, an unknown baseline, or a malformed record.
    """
    from tomtat.pipeline import summarize

    config = config or Config()
    if baseline is not None and baseline not in BASELINES:
        raise InputError(f"unknown baseline {baseline!r}; expected one of {', '.join(BASELINES)}")
    ours: list[dict[str, Rouge]] = []
    base: list[dict[str, Rouge]] = []
    seen: set[str] = set()
    for n, item in enumerate(records, start=1):
        if isinstance(item, Record):
            rec = item
        else:
            field = "summary" if "summary" in item else "reference"
            rec = record_from_mapping(item, summary_field=field, where=f"record {n}")
        text = clean(rec.text)
        title = clean(rec.title) if rec.title else None
        lang = config.lang if config.lang != "auto" else (rec.lang or langs.detect(text))
        seen.add(lang)
        run = replace(config, lang=lang, officials=False, max_officials=None)
        picked = summarize(Article(text, title, rec.id), run).sentences
        ours.append(rouge([p.text for p in picked], rec.reference, lang))
        if baseline == "lead":
            base.append(rouge(lead(text, lang, config.sentences, title), rec.reference, lang))
    if not ours:
        raise InputError("no records to evaluate")
    systems = [_mean(ours, "tomtat")]
    if baseline == "lead":
        systems.append(_mean(base, f"lead-{config.sentences}"))
    return Report(
        articles=len(ours),
        sentences=config.sentences,
        langs=tuple(sorted(seen)),
        systems=tuple(systems),
    )


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data (scores rounded to 2 decimals)."""
    return {
        "articles": report.articles,
        "sentences": report.sentences,
        "langs": list(report.langs),
        "systems": {
            s.name: {
                m: {
                    "precision": round(s.metric(m).precision, 2),
                    "recall": round(s.metric(m).recall, 2),
                    "f1": round(s.metric(m).f1, 2),
                }
                for m in METRICS
            }
            for s in report.systems
        },
    }


def report_to_text(report: Report) -> str:
    """A plain-text table: one row per system, F1 (P/R) for each metric."""
    head = (
        f"{report.articles} articles ({', '.join(report.langs)}), "
        f"{report.sentences} sentences; ROUGE x 100, F1 (P/R)"
    )
    width = max(len(s.name) for s in report.systems)
    lines = [head, f"{'system':<{width}}  {'R1':>19}  {'R2':>19}  {'RLsum':>19}"]
    for s in report.systems:
        cells = [
            f"{s.metric(m).f1:5.2f} ({s.metric(m).precision:5.2f}/{s.metric(m).recall:5.2f})"
            for m in METRICS
        ]
        lines.append(f"{s.name:<{width}}  " + "  ".join(f"{c:>19}" for c in cells))
    return "\n".join(lines)
