"""Keywords bench: are they words a reader recognises, and are they what the article is about?

On the dev files (``../shared/data/{vi,en}-news-dev.jsonl``), for tomtat's keywords and, if
given a Python that has newspaper4k (``--newspaper4k-python``), for newspaper4k's:

* **lone syllables** (Vietnamese): the share of keywords that are one syllable which the
  article mostly writes inside a longer word (half or more of its occurrences form a
  two-syllable word of the collocation table with a neighbour), like "tiếp" of "tiếp tục";
* **not as written** (English): the share of keywords that do not occur in the article
  as such (stems like "hospit");
* **in the summary**: the share of keywords that occur in the human summary (case and
  tone placement ignored), a proxy for relevance;
* words per keyword, and milliseconds per article.

    .venv/bin/python bench/keywords.py [--newspaper4k-python /path/to/venv/bin/python]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, machine, write_section

K = 8
_SYL = re.compile(r"[^\W\d_]+")

N4K = r"""
import json, sys, time
from newspaper import nlp
from newspaper.text import StopWords
out = []
sw = {}
for line in sys.stdin:
    row = json.loads(line)
    lang = row["lang"]
    sw.setdefault(lang, StopWords(lang))
    t = time.perf_counter()
    kws = list(nlp.keywords(row["text"], sw[lang], %d))
    out.append({"keywords": kws, "ms": (time.perf_counter() - t) * 1000})
print(json.dumps(out, ensure_ascii=False))
"""


def _fold(text: str) -> str:
    from tomtat.lang import fold_tone

    return " ".join(fold_tone(w) for w in _SYL.findall(text.lower()))


def lone_syllable(keyword: str, article_syllables: list[str], pairs: dict[str, int]) -> bool:
    """One syllable that the article mostly writes inside a two-syllable word."""
    words = keyword.split()
    if len(words) != 1:
        return False
    key = _fold(keyword)
    inside = total = 0
    for i, syl in enumerate(article_syllables):
        if syl != key:
            continue
        total += 1
        left = i > 0 and f"{article_syllables[i - 1]} {syl}" in pairs
        right = i + 1 < len(article_syllables) and f"{syl} {article_syllables[i + 1]}" in pairs
        inside += left or right
    return total > 0 and inside * 2 >= total


def measure(rows: list[dict[str, Any]], found: list[list[str]], lang: str) -> dict[str, float]:
    """The bench's figures for one system's keywords on one language."""
    from tomtat.docfreq import collocations

    pairs = collocations("vi")
    n = lone = unwritten = in_summary = words = 0
    for row, kws in zip(rows, found, strict=True):
        text, summary = row["text"], _fold(row["summary"])
        syllables = _fold(text).split()
        lowered = text.lower()
        for kw in kws:
            n += 1
            words += len(kw.split())
            if lang == "vi":
                lone += lone_syllable(kw, syllables, pairs)
            else:
                unwritten += kw.lower() not in lowered
            in_summary += f" {_fold(kw)} " in f" {summary} "
    n = n or 1
    return {
        "keywords/article": n / len(rows),
        "words/keyword": words / n,
        "lone syllables %": 100 * lone / n,
        "not as written %": 100 * unwritten / n,
        "in summary %": 100 * in_summary / n,
    }


def tomtat_keywords(rows: list[dict[str, Any]], lang: str) -> tuple[list[list[str]], float]:
    from tomtat import keywords, segment
    from tomtat.models import Article  # noqa: F401  (the pipeline's input type)

    found = []
    start = time.perf_counter()
    for row in rows:
        doc = segment.split(row["text"], lang, row.get("title"))
        found.append([k.text for k in keywords.extract(doc, K)])
    return found, (time.perf_counter() - start) * 1000 / len(rows)


def n4k_keywords(python: str, rows: list[dict[str, Any]]) -> tuple[list[list[str]], float]:
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    proc = subprocess.run(
        [python, "-c", N4K % K], input=payload, capture_output=True, text=True, check=True
    )
    out = json.loads(proc.stdout)
    return [o["keywords"] for o in out], sum(o["ms"] for o in out) / len(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--newspaper4k-python", help="a Python with newspaper4k installed")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    lines = [
        "| lang | system | kw/article | words/kw | lone syllables % | not as written % "
        "| in summary % | ms/article |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for lang in ("vi", "en"):
        path = DATA / f"{lang}-news-dev.jsonl"
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
        for row in rows:
            row["lang"] = lang
        systems = {"tomtat": tomtat_keywords(rows, lang)}
        if args.newspaper4k_python:
            systems["newspaper4k"] = n4k_keywords(args.newspaper4k_python, rows)
        for name, (found, ms) in systems.items():
            m = measure(rows, found, lang)
            lone = f"{m['lone syllables %']:.1f}" if lang == "vi" else "-"
            unwritten = f"{m['not as written %']:.1f}" if lang == "en" else "-"
            lines.append(
                f"| {lang} | {name} | {m['keywords/article']:.1f} | {m['words/keyword']:.2f}"
                f" | {lone} | {unwritten} | {m['in summary %']:.1f} | {ms:.2f} |"
            )
            sample = "; ".join(found[0])
            print(f"{lang} {name} first article: {sample}", file=sys.stderr)
    from tomtat.docfreq import load

    df = "the scorer's df-LANG.json" if load("en").documents > 1 else "collocation counts only"
    body = "\n".join(
        [
            "## Keywords",
            "",
            "Command: `.venv/bin/python bench/keywords.py"
            + (" --newspaper4k-python PATH`" if args.newspaper4k_python else "`")
            + "  ",
            f"Machine: {machine()}; document frequencies: {df}",
            "",
            f"{K} keywords per article on the dev files (300 vi, 200 en). *Lone syllables*: one"
            " syllable the article mostly writes inside a two-syllable word of the collocation"
            " table; *not as written*: absent from the article as such (a stem); *in summary*:"
            " found in the human summary (case and tone placement ignored).",
            "",
            *lines,
        ]
    )
    print(body)
    if not args.no_write:
        write_section("keywords", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
