"""Draw the unseen train sample: articles of the train corpora never used for fitting.

Usage (from the repository root):

    .venv/bin/python tools/unseen_sample.py ../shared/data/vi-news-train.jsonl.gz \\
        ../shared/data/en-news-train.jsonl.gz --out bench/unseen-train-ids.txt

Per language, the articles with the smallest SHA-1 of their id (1,500 Vietnamese and
500 English by default): a fixed sample that does not depend on file order. tools/learn_df.py
and tools/fit_scorer.py skip these ids; bench/quality.py reports on them beside the dev files.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_df import read_corpus


def key(art_id: str) -> str:
    """The stable sort key of an id."""
    return hashlib.sha1(art_id.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--vi", type=int, default=1500)
    ap.add_argument("--en", type=int, default=500)
    args = ap.parse_args(argv)
    ids: dict[str, list[str]] = {"vi": [], "en": []}
    for path in args.corpora:
        for row in read_corpus(path):
            if row.get("lang") in ids and (row.get("text") or "").strip():
                ids[row["lang"]].append(str(row["id"]))
    chosen = {lang: sorted(v, key=key)[: getattr(args, lang)] for lang, v in ids.items()}
    lines = [
        "# Unseen train sample: never used to learn document frequencies or weights.",
        "# Drawn by tools/unseen_sample.py: smallest SHA-1 of the id,"
        f" {args.vi} vi + {args.en} en.",
    ]
    for lang in ("vi", "en"):
        lines += sorted(chosen[lang])
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print({lang: len(v) for lang, v in chosen.items()}, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
