"""Quality bench: tomtat vs lead-3 vs six sumy methods on the dev sets, and k-fold CV.

Run from the repository root:  .venv/bin/python bench/quality.py
Options: --sentences N (3), --folds K (5; 0 skips CV), --no-sumy, --no-oracle, --fit
(print the weights fitted on a whole dev set), --ablate (CV with each scorer part
switched off), --no-write (leave bench/RESULTS.md alone).

Every system sees the SAME sentences: tomtat's splitter (``segment.split``, body
sentences). sumy gets them through its ObjectDocumentModel with a regex word tokenizer
(no NLTK downloads), sumy's English stop words and Snowball stemmer for English,
stopwordsiso's list and no stemmer for Vietnamese. Scores are ROUGE F1 x 100 from
``tomtat.evaluate`` (Vietnamese: lower-cased syllables; English: rouge-score's tokenizer
with Porter stemming; ROUGE-Lsum over newline-separated sentences).

CV: articles are put in K folds by a hash of their id; on each fold the weights are
fitted on the other K-1 folds (coordinate descent over ``GRID`` from ``START``,
maximising mean R1+R2 F1, a move kept only if it gains more than ``EPS`` points) and
scored on the held-out fold. The shipped weights are the same procedure run on the
whole dev set (``--fit``).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, machine, read_jsonl, write_section

from tomtat import score, segment, select
from tomtat.evaluate import METRICS, SyllableTokenizer, evaluate, rouge
from tomtat.models import Config, Document, Sentence, SentenceKind

LANGS = ("vi", "en")
SUMY = ("luhn", "lsa", "lexrank", "textrank", "sumbasic", "kl")
# Where the fit starts: plain frequency, a light position prior, little else.
START = score.Weights(
    length_norm=0.5,
    position=0.35,
    position_decay=6.0,
    headline=0.3,
    quote=0.0,
    long_words=0,
    redundancy=0.5,
)
GRID: dict[str, tuple[float, ...]] = {
    "length_norm": (0.5, 0.625, 0.75, 0.875, 1.0),
    "position": (0.0, 0.15, 0.3, 0.45, 0.6, 0.8, 1.0, 1.5),
    "position_decay": (3.0, 5.0, 8.0, 12.0, 20.0, 40.0),
    "headline": (0.0, 0.25, 0.5, 1.0, 1.5, 2.0),
    "redundancy": (0.0, 0.25, 0.5, 0.75, 1.0),
    "quote": (0.0, 0.15, 0.3, 0.5),
    "long_words": (0, 20, 25, 30, 40),
}
EPS = 0.15
ROUNDS = 3
_WORD = re.compile(r"\w+")


@dataclass
class Article:
    """One dev article, split and tokenised once."""

    id: str
    lang: str
    title: str | None
    text: str
    reference: str
    doc: Document
    body: list[Sentence]
    feats: score.Features
    toks: list[list[str]]
    ref1: Counter[str]
    ref2: Counter[tuple[str, str]]


def _rouge_tokenizer(lang: str) -> Any:
    if lang == "vi":
        return SyllableTokenizer()
    from rouge_score import tokenizers

    return tokenizers.DefaultTokenizer(use_stemmer=True)


def load(lang: str) -> list[Article]:
    """The dev set of ``lang`` (skipping records without text or reference)."""
    tok = _rouge_tokenizer(lang)
    arts = []
    for row in read_jsonl(DATA / f"{lang}-news-dev.jsonl"):
        text, ref = row.get("text") or "", row.get("summary") or ""
        if not text.strip() or not ref.strip():
            continue
        title = row.get("title") or None
        doc = segment.split(text, lang, title)
        rt = tok.tokenize(ref)
        arts.append(
            Article(
                id=str(row["id"]),
                lang=lang,
                title=title,
                text=text,
                reference=ref,
                doc=doc,
                body=[s for s in doc.sentences if s.kind is SentenceKind.BODY],
                feats=score.features(doc),
                toks=[tok.tokenize(s.text) for s in doc.sentences],
                ref1=Counter(rt),
                ref2=Counter(itertools.pairwise(rt)),
            )
        )
    return arts


# ---------------------------------------------------------------- systems


def tomtat_pick(art: Article, weights: score.Weights, n: int) -> list[int]:
    """Indices tomtat picks with ``weights``."""
    scored = score.score_features(art.feats, weights)
    return [p.index for p in select.select(art.doc, scored, Config(sentences=n))]


def lead_pick(art: Article, n: int) -> list[int]:
    """The first ``n`` body sentences."""
    return [s.index for s in art.body[:n]]


class _SumyTokenizer:
    """sumy's tokenizer interface without NLTK downloads: words are ``\\w+`` runs."""

    def __init__(self, lang: str) -> None:
        self.language = "vietnamese" if lang == "vi" else "english"

    def to_words(self, text: str) -> list[str]:
        return _WORD.findall(text)

    def to_sentences(self, text: str) -> list[str]:  # pragma: no cover - unused
        raise NotImplementedError


def _sumy_summarizer(method: str, lang: str) -> Any:
    from sumy.nlp.stemmers import Stemmer, null_stemmer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    classes: dict[str, Any] = {
        "luhn": LuhnSummarizer,
        "lsa": LsaSummarizer,
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer,
    }
    if lang == "vi":
        from tomtat.lang import stopwords

        summarizer = classes[method](null_stemmer)
        summarizer.stop_words = sorted(w for w in stopwords("vi") if " " not in w)
    else:
        summarizer = classes[method](Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
    return summarizer


def sumy_picker(method: str, lang: str) -> Callable[[Article, int], list[int]]:
    """A picker running sumy's ``method`` on our body sentences (paragraphs kept)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    summarizer = _sumy_summarizer(method, lang)
    tok = _SumyTokenizer(lang)

    def pick(art: Article, n: int) -> list[int]:
        paragraphs: list[Any] = []
        current: list[Any] = []
        last = None
        for s in art.body:
            if last is not None and s.paragraph != last and current:
                paragraphs.append(Paragraph(current))
                current = []
            current.append(SumySentence(s.text, tok))
            last = s.paragraph
        if current:
            paragraphs.append(Paragraph(current))
        # sumy returns its sentence objects (equal by text): map back to the first index.
        by_text: dict[str, int] = {}
        for s in art.body:
            by_text.setdefault(s.text.strip(), s.index)
        chosen = summarizer(ObjectDocumentModel(paragraphs), n)
        return sorted({by_text[str(c)] for c in chosen})

    return pick


def _fast(art: Article, idx: Sequence[int]) -> tuple[float, float]:
    """R1 and R2 F1 (0..1), same tokens as rouge-score, without re-tokenising."""
    toks: list[str] = []
    for i in sorted(idx):
        toks.extend(art.toks[i])
    out = []
    for pred, ref in (
        (Counter(toks), art.ref1),
        (Counter(itertools.pairwise(toks)), art.ref2),
    ):
        overlap = sum((pred & ref).values())  # type: ignore[operator]
        if not overlap:
            out.append(0.0)
            continue
        p, r = overlap / sum(pred.values()), overlap / sum(ref.values())
        out.append(2 * p * r / (p + r))
    return out[0], out[1]


def oracle_pick(art: Article, n: int) -> list[int]:
    """Greedy extractive oracle: add the body sentence that most raises R1+R2 F1."""
    chosen: list[int] = []
    pool = [s.index for s in art.body]
    best_total = 0.0
    for _ in range(n):
        gains = [(sum(_fast(art, [*chosen, i])), -i) for i in pool if i not in chosen]
        if not gains:
            break
        total, neg = max(gains)
        if total <= best_total and chosen:
            break
        chosen.append(-neg)
        best_total = total
    return chosen


def exact(arts: Sequence[Article], picks: Sequence[Sequence[int]]) -> tuple[float, ...]:
    """Mean R1, R2, RLsum F1 x 100 with rouge-score (via tomtat.evaluate)."""
    sums = dict.fromkeys(METRICS, 0.0)
    for art, idx in zip(arts, picks, strict=True):
        got = rouge([art.doc.sentences[i].text for i in sorted(idx)], art.reference, art.lang)
        for m in METRICS:
            sums[m] += got[m].f1
    return tuple(sums[m] / len(arts) for m in METRICS)


# ---------------------------------------------------------------- fitting


def objective(arts: Sequence[Article], weights: score.Weights, n: int) -> float:
    """Mean R1 + R2 F1 x 100 of tomtat with ``weights``."""
    total = 0.0
    for art in arts:
        total += sum(_fast(art, tomtat_pick(art, weights, n)))
    return 100 * total / len(arts)


def fit(
    arts: Sequence[Article],
    n: int,
    start: score.Weights = START,
    grid: dict[str, tuple[float, ...]] = GRID,
) -> score.Weights:
    """Coordinate descent over ``grid``; a move must gain more than ``EPS`` points."""
    best_w, best = start, objective(arts, start, n)
    for _ in range(ROUNDS):
        moved = False
        for name, values in grid.items():
            for value in values:
                if getattr(best_w, name) == value:
                    continue
                cand = replace(best_w, **{name: type(getattr(best_w, name))(value)})
                got = objective(arts, cand, n)
                if got > best + EPS:
                    best_w, best, moved = cand, got, True
        if not moved:
            break
    return best_w


def fold_of(art_id: str, k: int) -> int:
    """A stable fold for an article id."""
    return int(hashlib.sha1(art_id.encode()).hexdigest(), 16) % k


@dataclass
class CVResult:
    """Held-out scores pooled over folds, and the weights each fold chose."""

    tomtat: tuple[float, ...]
    lead: tuple[float, ...]
    chosen: list[score.Weights]


def cross_validate(
    arts: Sequence[Article],
    k: int,
    n: int,
    start: score.Weights = START,
    grid: dict[str, tuple[float, ...]] = GRID,
) -> CVResult:
    """Fit on K-1 folds, score the held-out fold; pooled over all articles."""
    ours: list[list[int]] = []
    held: list[Article] = []
    chosen = []
    for f in range(k):
        train = [a for a in arts if fold_of(a.id, k) != f]
        test = [a for a in arts if fold_of(a.id, k) == f]
        w = fit(train, n, start, grid)
        chosen.append(w)
        held.extend(test)
        ours.extend(tomtat_pick(a, w, n) for a in test)
    return CVResult(
        tomtat=exact(held, ours),
        lead=exact(held, [lead_pick(a, n) for a in held]),
        chosen=chosen,
    )


def describe(w: score.Weights) -> str:
    """The fitted fields of ``w`` as ``name=value`` pairs."""
    return ", ".join(f"{f.name}={getattr(w, f.name):g}" for f in fields(w) if f.name in GRID)


# ---------------------------------------------------------------- report


def row(name: str, scores: Sequence[float], bold: bool = False) -> str:
    cells = [f"{x:.2f}" for x in scores]
    if bold:
        cells = [f"**{c}**" for c in cells]
    return f"| {name} | " + " | ".join(cells) + " |"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sentences", "-n", type=int, default=3)
    ap.add_argument("--folds", type=int, default=5, help="CV folds (0: no CV)")
    ap.add_argument("--no-sumy", action="store_true")
    ap.add_argument("--no-oracle", action="store_true")
    ap.add_argument("--fit", action="store_true", help="print weights fitted on all of each set")
    ap.add_argument("--ablate", action="store_true", help="CV with each part switched off")
    ap.add_argument("--no-write", action="store_true", help="do not touch bench/RESULTS.md")
    args = ap.parse_args(argv)
    n = args.sentences
    missing = [lang for lang in LANGS if not (DATA / f"{lang}-news-dev.jsonl").exists()]
    if missing:
        print(f"dev data not found under {DATA}", file=sys.stderr)
        return 1

    out: list[str] = []
    cv_lines: list[str] = []
    ablate_lines: list[str] = []
    fit_lines: list[str] = []
    speed_lines: list[str] = []
    header = "| system | R1 | R2 | RLsum |\n| --- | ---: | ---: | ---: |"
    for lang in LANGS:
        t0 = time.perf_counter()
        arts = load(lang)
        print(
            f"[{lang}] {len(arts)} articles loaded in {time.perf_counter() - t0:.1f}s",
            file=sys.stderr,
        )
        records = [
            {"text": a.text, "summary": a.reference, "title": a.title, "lang": lang} for a in arts
        ]
        t0 = time.perf_counter()
        report = evaluate(records, Config(sentences=n, lang=lang), baseline="lead")
        elapsed = time.perf_counter() - t0
        rates = []
        for _ in range(5):
            t0 = time.perf_counter()
            for a in arts:
                select.select(a.doc, score.score(a.doc), Config(sentences=n))
            rates.append(len(arts) / (time.perf_counter() - t0))
        t0 = time.perf_counter()
        from tomtat import models
        from tomtat.pipeline import summarize

        for a in arts:
            summarize(
                models.Article(a.text, a.title), Config(sentences=n, lang=lang, officials=False)
            )
        pipe_rate = len(arts) / (time.perf_counter() - t0)
        speed_lines.append(
            f"* {lang}: {pipe_rate:.0f} articles/s through `pipeline.summarize` (split + score"
            f" + select, officials off, splitter caches warm); {max(rates):.0f} articles/s for"
            f" `score.score` + `select.select` alone (tokenising included); `evaluate` of"
            f" {len(arts)} articles with lead-{n} took {elapsed:.1f}s."
        )
        rows: list[tuple[str, tuple[float, ...]]] = [
            ("tomtat", tuple(report.system("tomtat").metric(m).f1 for m in METRICS)),
            (f"lead-{n}", tuple(report.system(f"lead-{n}").metric(m).f1 for m in METRICS)),
        ]
        if not args.no_sumy:
            for method in SUMY:
                t0 = time.perf_counter()
                pick = sumy_picker(method, lang)
                picks = [pick(a, n) for a in arts]
                rows.append((f"sumy {method}", exact(arts, picks)))
                print(f"[{lang}] sumy {method} {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        if not args.no_oracle:
            oracle = exact(arts, [oracle_pick(a, n) for a in arts])
            rows.append(("oracle (greedy, upper bound)", oracle))
        block = [
            f"\n**{lang}** - `{DATA.name}/{lang}-news-dev.jsonl`, {len(arts)} articles,"
            f" {n} sentences, ROUGE F1 x 100\n",
            header,
            *(row(name, scores, bold=name == "tomtat") for name, scores in rows),
        ]
        sumy_rows = [r for r in rows if r[0].startswith("sumy")]
        if sumy_rows:
            ours, lead_row = rows[0][1], rows[1][1]
            best = [max(r[1][j] for r in sumy_rows) for j in range(3)]
            block.append(
                f"\ntomtat - lead-{n}: "
                + " / ".join(f"{ours[j] - lead_row[j]:+.2f}" for j in range(3))
                + "; tomtat - best sumy (per metric): "
                + " / ".join(f"{ours[j] - best[j]:+.2f}" for j in range(3))
            )
        out.extend(block)
        print("\n".join(block), flush=True)

        if args.folds:
            t0 = time.perf_counter()
            cv = cross_validate(arts, args.folds, n)
            cv_lines.append(row(f"{lang} tomtat (held-out folds)", cv.tomtat, bold=True))
            cv_lines.append(row(f"{lang} lead-{n} (same articles)", cv.lead))
            cv_lines.append(
                f"| {lang} difference | "
                + " | ".join(f"{cv.tomtat[j] - cv.lead[j]:+.2f}" for j in range(3))
                + " |"
            )
            for f, w in enumerate(cv.chosen):
                fit_lines.append(f"* {lang} fold {f}: {describe(w)}")
            print("\n".join(cv_lines[-3:]), f"({time.perf_counter() - t0:.0f}s)", flush=True)
        if args.ablate and args.folds:
            for name in GRID:
                if name == "position_decay":
                    continue
                # length_norm: stays at START's 0.5 (square-root normalisation, untuned)
                value = START.length_norm if name == "length_norm" else 0
                off = replace(START, **{name: type(getattr(START, name))(value)})
                grid = {k: v for k, v in GRID.items() if k != name}
                if name == "position":
                    grid.pop("position_decay")
                cv = cross_validate(arts, args.folds, n, off, grid)
                label = "length_norm fixed at 0.5" if name == "length_norm" else f"without {name}"
                ablate_lines.append(
                    row(f"{lang} {label}", cv.tomtat) + f" {cv.tomtat[0] - cv.lead[0]:+.2f} |"
                )
                print(ablate_lines[-1], flush=True)
        if args.fit:
            w = fit(arts, n)
            print(f"[{lang}] fitted on all: {describe(w)}", flush=True)

    body = [
        "## Summary quality",
        "",
        "Command: `.venv/bin/python bench/quality.py`  ",
        f"Machine: {machine()}",
        "",
        "Same sentences for every system (tomtat's splitter, body sentences); sumy via its"
        " ObjectDocumentModel (regex words; English: sumy stop words + Snowball; Vietnamese:"
        " stopwordsiso, no stemmer). Vietnamese scored on lower-cased `\\w+` syllables,"
        " English with rouge-score's tokenizer + Porter; RLsum over newline-separated"
        " sentences.",
        *out,
    ]
    if cv_lines:
        body += [
            "",
            f"**{args.folds}-fold cross-validation** of the fitting procedure (weights fitted on"
            f" {args.folds - 1} folds by coordinate descent on mean R1+R2, scored on the"
            " held-out fold, pooled):",
            "",
            "| held-out | R1 | R2 | RLsum |",
            "| --- | ---: | ---: | ---: |",
            *cv_lines,
            "",
            "Weights each fold chose:",
            "",
            *fit_lines,
        ]
    if ablate_lines:
        body += [
            "",
            "Ablation (CV as above with one part switched off and left out of the fit; last column"
            " R1 - lead-3):",
            "",
            "| held-out | R1 | R2 | RLsum | R1 vs lead |",
            "| --- | ---: | ---: | ---: | ---: |",
            *ablate_lines,
        ]
    body += ["", "Speed (this machine):", "", *speed_lines]
    text = "\n".join(body)
    if not args.no_write:
        write_section("quality", text)
        print("wrote bench/RESULTS.md (quality section)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
