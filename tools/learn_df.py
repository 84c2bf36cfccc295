"""Learn the document frequencies tomtat's scorer ships (src/tomtat/data/df-LANG.json).

Usage (from the repository root):

    .venv/bin/python tools/learn_df.py ../shared/data/vi-news-train.jsonl.gz \\
        --lang vi --exclude bench/unseen-train-ids.txt --out src/tomtat/data/df-vi.json

Reads JSONL (optionally gzipped) news corpora with a ``text`` field (``title`` and ``id``
optional), splits each article as tomtat does and counts, for every content term
(``tokens.terms``: Vietnamese syllables and syllable bigrams, English Porter stems), the
number of articles whose body uses it. Articles whose id is listed in ``--exclude`` (the
unseen check sample) are skipped. Only the ``--max-terms`` most frequent terms with a
document frequency of at least ``--min-df`` are kept: rarer terms get ``min_df`` at run
time (they are all "rare"), which keeps the file small and the load fast.

File format: ``{"lang", "documents", "min_df", "df": [[count, "term\\tterm..."], ...]}``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tomtat import segment
from tomtat.models import SentenceKind
from tomtat.tokens import analyse, strip_dateline


def read_corpus(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL file, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_ids(path: Path | None) -> set[str]:
    """Ids listed one per line (blank lines and ``#`` comments ignored)."""
    if path is None:
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {s.strip() for s in lines if s.strip() and not s.startswith("#")}


def article_terms(text: str, lang: str, title: str | None) -> set[str]:
    """The distinct content terms of an article's body sentences, as the scorer sees them."""
    doc = segment.split(text, lang, title)
    found: set[str] = set()
    first = True
    for s in doc.sentences:
        if s.kind is not SentenceKind.BODY:
            continue
        found.update(analyse(strip_dateline(s.text) if first else s.text, lang)[0])
        first = False
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path, help="JSONL or JSONL.gz files")
    ap.add_argument("--lang", required=True, choices=("vi", "en"))
    ap.add_argument("--exclude", type=Path, help="file of ids never to learn from")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--max-terms", type=int, default=20_000)
    args = ap.parse_args(argv)
    skip = read_ids(args.exclude)
    df: Counter[str] = Counter()
    docs = 0
    for path in args.corpora:
        for row in read_corpus(path):
            if str(row.get("id")) in skip or row.get("lang", args.lang) != args.lang:
                continue
            text = row.get("text") or ""
            if not text.strip():
                continue
            df.update(article_terms(text, args.lang, row.get("title") or None))
            docs += 1
    kept = [(t, c) for t, c in df.most_common() if c >= args.min_df][: args.max_terms]
    min_df = max(args.min_df, kept[-1][1] if len(kept) == args.max_terms else args.min_df)
    # Grouped by document frequency (most frequent first), terms sorted and joined by
    # tabs: a stable file that loads with a few splits instead of 20,000 JSON strings.
    groups: dict[int, list[str]] = {}
    for term, count in kept:
        groups.setdefault(count, []).append(term)
    table = [[count, "\t".join(sorted(ts))] for count, ts in sorted(groups.items(), reverse=True)]
    out = {"lang": args.lang, "documents": docs, "min_df": min_df, "df": table}
    args.out.write_text(
        json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    size = args.out.stat().st_size
    print(
        f"{args.lang}: {docs} articles, {len(df)} terms, kept {len(kept)} (df >= {min_df}),"
        f" {size / 1024:.0f} KB -> {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
