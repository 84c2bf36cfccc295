"""Quality bench: tomtat vs lead-k, six sumy methods and the oracle, at six summary lengths.

Run from the repository root:  .venv/bin/python bench/quality.py
Options: --sets dev,unseen (both by default), --langs vi,en, --no-sumy, --no-oracle,
--boot N (bootstrap resamples, 1000), --no-write (leave bench/RESULTS.md alone).

Sets: the dev files (``vi-news-dev.jsonl``, ``en-news-dev.jsonl``) and the *unseen train
sample* (the ids in bench/unseen-train-ids.txt, read from the train corpora): articles
never used to learn the document frequencies or fit the weights (tools/fit_scorer.py).

Lengths: 1, 2, 3 and 5 sentences, and word budgets of 60 and 100 words. Every system
sees the SAME sentences: tomtat's splitter (``segment.split``, body sentences). Ranked
systems (lead, sumy) fill a word budget in their rank order, taking a sentence when it
fits (the first always does), as tomtat's selector does. sumy gets the sentences through
its ObjectDocumentModel with a regex word tokenizer (no NLTK downloads), stop words set
(English: sumy's list; Vietnamese: stopwordsiso's single syllables, sumy has none) and a
stemmer only where the language has one (English Snowball; none for Vietnamese). Its
ratings do not depend on the count asked, so each method rates an article once.
The oracle is greedy (adds the sentence that most raises R1+R2 F1): an upper bound.

Scores are ROUGE F1 x 100 from ``tomtat.evaluate`` (Vietnamese: lower-cased syllables;
English: rouge-score's tokenizer with Porter stemming; ROUGE-Lsum over newline-separated
sentences). Margins over lead come with a 95 % paired bootstrap interval (articles
resampled).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, ROOT, machine, read_jsonl, write_section

from tomtat import score, segment, select
from tomtat.evaluate import METRICS, rouge, tokenizer
from tomtat.models import Article as Input
from tomtat.models import Config, Document, Sentence, SentenceKind

LANGS = ("vi", "en")
SETS = ("dev", "unseen")
SUMY = ("luhn", "lsa", "lexrank", "textrank", "sumbasic", "kl")
LENGTHS: tuple[tuple[str, int, int | None], ...] = (
    ("n=1", 1, None),
    ("n=2", 2, None),
    ("n=3", 3, None),
    ("n=5", 5, None),
    ("60 words", 0, 60),
    ("100 words", 0, 100),
)
UNSEEN_IDS = ROOT / "bench" / "unseen-train-ids.txt"
_WORD = re.compile(r"\w+")


@dataclass
class Article:
    """One article, split and tokenised once."""

    id: str
    lang: str
    title: str | None
    text: str
    reference: str
    doc: Document
    body: list[Sentence]
    words: tuple[int, ...]
    toks: list[list[str]]
    ref1: Counter[str]
    ref2: Counter[tuple[str, str]]


def _rows(lang: str, which: str) -> Iterator[dict[str, Any]]:
    if which == "dev":
        yield from read_jsonl(DATA / f"{lang}-news-dev.jsonl")
        return
    lines = UNSEEN_IDS.read_text(encoding="utf-8").splitlines()
    wanted = {s.strip() for s in lines if s.strip() and not s.startswith("#")}
    with gzip.open(DATA / f"{lang}-news-train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("id") in wanted:
                yield row


def load(lang: str, which: str = "dev") -> list[Article]:
    """The dev set or the unseen train sample of ``lang`` (records with text and reference)."""
    tok = tokenizer(lang)
    arts = []
    for row in _rows(lang, which):
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
                words=score.features(doc).words,
                toks=[tok.tokenize(s.text) for s in doc.sentences],
                ref1=Counter(rt),
                ref2=Counter(itertools.pairwise(rt)),
            )
        )
    return arts


# ---------------------------------------------------------------- systems


def config_for(n: int, words: int | None) -> Config:
    return Config(words=words) if words is not None else Config(sentences=n)


def tomtat_pick(art: Article, n: int, words: int | None) -> list[int]:
    """Indices tomtat picks (its shipped weights)."""
    return [p.index for p in select.select(art.doc, score.score(art.doc), config_for(n, words))]


def take(art: Article, order: Sequence[int], n: int, words: int | None) -> list[int]:
    """The first ``n`` of a ranking, or those that fit ``words`` in rank order."""
    if words is None:
        return sorted(order[:n])
    out: list[int] = []
    used = 0
    for i in order:
        if out and used + art.words[i] > words:
            continue
        out.append(i)
        used += art.words[i]
    return sorted(out)


def lead_order(art: Article) -> list[int]:
    """Body sentences in document order."""
    return [s.index for s in art.body]


class _SumyTokenizer:
    """sumy's tokenizer interface without NLTK downloads: words are ``\\w+`` runs."""

    def __init__(self, lang: str) -> None:
        self.language = "vietnamese" if lang == "vi" else "english"

    def to_words(self, text: str) -> list[str]:
        return _WORD.findall(text)

    def to_sentences(self, text: str) -> list[str]:  # pragma: no cover - unused
        raise NotImplementedError


def sumy_summarizer(method: str, lang: str) -> Any:
    """A sumy summarizer set up as its README says: stemmer (where one exists), stop words."""
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


def sumy_ranker(method: str, lang: str) -> Callable[[Article], list[int]]:
    """sumy's ``method`` on our body sentences (paragraphs kept): all of them, best first.

    sumy rates every sentence, sorts by rating (stable, so document order breaks ties)
    and keeps the count asked; the ranking is captured at that step, once per article.
    """
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.summarizers._summarizer import SentenceInfo

    summarizer = sumy_summarizer(method, lang)
    tok = _SumyTokenizer(lang)

    def ranked(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> Any:
        rate = (lambda s: rating[s]) if isinstance(rating, dict) else rating
        infos = [SentenceInfo(s, o, rate(s, *args, **kwargs)) for o, s in enumerate(sentences)]
        return [i.order for i in sorted(infos, key=attrgetter("rating"), reverse=True)]

    summarizer._get_best_sentences = ranked

    def rank(art: Article) -> list[int]:
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
        if not paragraphs:
            return []
        order: list[int] = summarizer(ObjectDocumentModel(paragraphs), len(art.body))
        return [art.body[o].index for o in order]

    return rank


def _fast(art: Article, idx: Sequence[int]) -> float:
    """R1 + R2 F1 (0..2), same tokens as rouge-score, without re-tokenising."""
    toks: list[str] = []
    for i in sorted(idx):
        toks.extend(art.toks[i])
    out = 0.0
    for pred, ref in (
        (Counter(toks), art.ref1),
        (Counter(itertools.pairwise(toks)), art.ref2),
    ):
        overlap = sum((pred & ref).values())  # type: ignore[operator]
        if overlap:
            p, r = overlap / sum(pred.values()), overlap / sum(ref.values())
            out += 2 * p * r / (p + r)
    return out


def oracle_pick(art: Article, n: int, words: int | None = None) -> list[int]:
    """Greedy extractive oracle: add the (fitting) sentence that most raises R1+R2 F1."""
    chosen: list[int] = []
    used = 0
    best_total = 0.0
    for _ in range(n if words is None else len(art.body)):
        gains = [
            (_fast(art, [*chosen, s.index]), -s.index)
            for s in art.body
            if s.index not in chosen
            and (words is None or not chosen or used + art.words[s.index] <= words)
        ]
        if not gains:
            break
        total, neg = max(gains)
        if total <= best_total and chosen:
            break
        chosen.append(-neg)
        used += art.words[-neg]
        best_total = total
    return sorted(chosen)


_EXACT: dict[tuple[str, tuple[int, ...]], tuple[float, ...]] = {}


def exact_one(art: Article, idx: Sequence[int]) -> tuple[float, ...]:
    """R1, R2, RLsum F1 x 100 of one summary with rouge-score (cached)."""
    key = (art.id, tuple(sorted(idx)))
    got = _EXACT.get(key)
    if got is None:
        scores = rouge([art.doc.sentences[i].text for i in key[1]], art.reference, art.lang)
        got = tuple(scores[m].f1 for m in METRICS)
        _EXACT[key] = got
    return got


def exact(arts: Sequence[Article], picks: Sequence[Sequence[int]]) -> tuple[float, ...]:
    """Mean R1, R2, RLsum F1 x 100 with rouge-score (via tomtat.evaluate)."""
    per = [exact_one(a, p) for a, p in zip(arts, picks, strict=True)]
    return tuple(sum(x[j] for x in per) / len(per) for j in range(3))


def bootstrap(
    arts: Sequence[Article],
    ours: Sequence[Sequence[int]],
    base: Sequence[Sequence[int]],
    resamples: int,
) -> list[tuple[float, float, float]]:
    """Per metric: mean margin of ``ours`` over ``base`` and its 95 % paired bootstrap CI."""
    import numpy as np

    a = np.array([exact_one(x, p) for x, p in zip(arts, ours, strict=True)])
    b = np.array([exact_one(x, p) for x, p in zip(arts, base, strict=True)])
    diff = a - b
    rng = np.random.default_rng(0)
    idx = rng.integers(0, len(diff), size=(resamples, len(diff)))
    means = diff[idx].mean(axis=1)
    lo, hi = np.percentile(means, [2.5, 97.5], axis=0)
    return [(float(diff[:, j].mean()), float(lo[j]), float(hi[j])) for j in range(3)]


# ---------------------------------------------------------------- report


def cell(scores: Sequence[float]) -> str:
    return " / ".join(f"{x:.2f}" for x in scores)


def run_set(
    lang: str, which: str, args: argparse.Namespace
) -> tuple[list[str], list[str], dict[str, Any]]:
    """The tables of one language and set; speed lines; a summary of the margins."""
    t0 = time.perf_counter()
    arts = load(lang, which)
    print(f"[{lang} {which}] {len(arts)} articles in {time.perf_counter() - t0:.1f}s", flush=True)
    rankers: dict[str, Callable[[Article], list[int]]] = {"lead": lead_order}
    if not args.no_sumy:
        for method in SUMY:
            rankers[f"sumy {method}"] = sumy_ranker(method, lang)
    orders: dict[str, list[list[int]]] = {}
    for name, ranker in rankers.items():
        t0 = time.perf_counter()
        orders[name] = [ranker(a) for a in arts]
        print(f"[{lang} {which}] {name} {time.perf_counter() - t0:.1f}s", flush=True)

    table: dict[str, list[tuple[float, ...]]] = {}
    margins: list[str] = []
    shortfalls: list[str] = []
    summary: dict[str, Any] = {}
    for label, n, words in LENGTHS:
        t0 = time.perf_counter()
        ours = [tomtat_pick(a, n, words) for a in arts]
        base = [take(a, o, n, words) for a, o in zip(arts, orders["lead"], strict=True)]
        lead_name = "lead" if words is not None else f"lead-{n}"
        rows: dict[str, tuple[float, ...]] = {"tomtat": exact(arts, ours)}
        rows["lead"] = exact(arts, base)
        for name in rankers:
            if name.startswith("sumy"):
                picks = [take(a, o, n, words) for a, o in zip(arts, orders[name], strict=True)]
                rows[name] = exact(arts, picks)
        if not args.no_oracle:
            rows["oracle (greedy)"] = exact(arts, [oracle_pick(a, n, words) for a in arts])
        for name, got in rows.items():
            table.setdefault(name, []).append(got)
        boot = bootstrap(arts, ours, base, args.boot)
        beaten = [
            name
            for name, got in rows.items()
            if name not in ("tomtat", "oracle (greedy)")
            and any(got[j] > rows["tomtat"][j] for j in range(3))
        ]
        margins.append(
            f"| {label} | "
            + " | ".join(f"{m:+.2f} [{lo:+.2f}, {hi:+.2f}]" for m, lo, hi in boot)
            + f" | {', '.join(beaten) if beaten else 'none'} |"
        )
        if beaten:
            shortfalls.append(f"{label}: {', '.join(beaten)}")
        summary[label] = {"margin": [b[0] for b in boot], "beaten_by": beaten}
        print(
            f"[{lang} {which}] {label}: tomtat {cell(rows['tomtat'])} vs {lead_name}"
            f" {cell(rows['lead'])}; above tomtat: {beaten or 'none'}"
            f" ({time.perf_counter() - t0:.1f}s)",
            flush=True,
        )

    where = (
        f"`{lang}-news-dev.jsonl`"
        if which == "dev"
        else f"unseen train sample (`{lang}-news-train.jsonl.gz` ids in"
        " `bench/unseen-train-ids.txt`)"
    )
    block = [
        f"\n**{lang} - {which}**: {where}, {len(arts)} articles; R1 / R2 / RLsum F1 x 100\n",
        "| system | " + " | ".join(label for label, _, _ in LENGTHS) + " |",
        "| --- |" + " ---: |" * len(LENGTHS),
    ]
    for name, got in table.items():
        cells = [cell(g) for g in got]
        if name == "tomtat":
            cells = [f"**{c}**" for c in cells]
        block.append(f"| {name} | " + " | ".join(cells) + " |")
    block += [
        "",
        "tomtat - lead (lead-k; for word budgets, lead sentences while they fit), mean and 95 %"
        " bootstrap interval; systems above tomtat on any metric:",
        "",
        "| length | R1 | R2 | RLsum | above tomtat |",
        "| --- | ---: | ---: | ---: | --- |",
        *margins,
    ]
    speed: list[str] = []
    if which == "dev":
        from tomtat.pipeline import summarize

        t0 = time.perf_counter()
        for a in arts:
            summarize(Input(a.text, a.title), Config(lang=lang, officials=False))
        pipe_rate = len(arts) / (time.perf_counter() - t0)
        rates = []
        for _ in range(3):
            t0 = time.perf_counter()
            for a in arts:
                select.select(a.doc, score.score(a.doc), Config())
            rates.append(len(arts) / (time.perf_counter() - t0))
        speed.append(
            f"* {lang}: {pipe_rate:.0f} articles/s through `pipeline.summarize` (split + score"
            f" + select, officials off, 3 sentences); {max(rates):.0f} articles/s for"
            " `score.score` + `select.select` alone (tokenising included)."
        )
    return block, speed, summary


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--no-sumy", action="store_true")
    ap.add_argument("--no-oracle", action="store_true")
    ap.add_argument("--boot", type=int, default=1000)
    ap.add_argument("--no-write", action="store_true", help="do not touch bench/RESULTS.md")
    args = ap.parse_args(argv)
    langs = [x for x in args.langs.split(",") if x]
    sets = [x for x in args.sets.split(",") if x]
    missing = [lang for lang in langs if not (DATA / f"{lang}-news-dev.jsonl").exists()]
    if missing:
        print(f"dev data not found under {DATA}", file=sys.stderr)
        return 1

    out: list[str] = []
    speed_lines: list[str] = []
    for which in sets:
        for lang in langs:
            block, speed, _ = run_set(lang, which, args)
            out.extend(block)
            speed_lines.extend(speed)
    shown = [a for a in (sys.argv[1:] if argv is None else argv) if a != "--no-write"]
    flags = "".join(f" {a}" for a in shown)
    body = [
        "## Summary quality",
        "",
        f"Command: `.venv/bin/python bench/quality.py{flags}`  ",
        f"Machine: {machine()}",
        "",
        "Same sentences for every system (tomtat's splitter, body sentences). sumy via its"
        " ObjectDocumentModel (regex words; English: sumy stop words + Snowball; Vietnamese:"
        " stopwordsiso, no stemmer). Vietnamese scored on lower-cased `\\w+` syllables,"
        " English with rouge-score's tokenizer + Porter; RLsum over newline-separated"
        " sentences. Word budgets: ranked systems take sentences in rank order while they"
        " fit. Fitting figures (train cross-validation) are in the section *Fitting the"
        " scorer* below.",
        *out,
    ]
    if speed_lines:
        body += ["", "Speed (this machine):", "", *speed_lines]
    text = "\n".join(body)
    print(text)
    if not args.no_write:
        write_section("quality", text)
        print("wrote bench/RESULTS.md (quality section)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
