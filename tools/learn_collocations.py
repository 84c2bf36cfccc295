"""Learn the Vietnamese collocation table tomtat's keywords ship (src/tomtat/data/colloc-vi.json).

Usage (from the repository root):

    .venv/bin/python tools/learn_collocations.py ../shared/data/vi-news-train.jsonl.gz \\
        --out src/tomtat/data/colloc-vi.json

Vietnamese writes one syllable per token, and most words have two ("nền tảng", "tư
tưởng"). Without a segmentation model, a word is recognised as two adjacent syllables
that occur together far more often than chance: pointwise mutual information
``log2(c(ab) * N / (c(a) * c(b)))`` of at least ``--min-pmi`` (3: eight times chance),
seen at least ``--min-count`` times. Syllables are lower-cased and tone-folded
(``lang.fold_tone``); pairs never span punctuation or digits. The table keeps the
``--max-pairs`` most frequent such pairs (a pair holding a function syllable, a
stopword, needs ``--function-pmi``; a pair that is itself a stopword is left out, and so
is a pair whose second syllable mostly opens a name after a lower-case word: "ông
Trump"), each with the number of articles that use it
(a corpus-frequency signal for keywords when no document-frequency table is shipped).

File format: ``{"lang", "documents", "min_count", "min_pmi", "pairs": [[df, "a b"], ...]}``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from tomtat.lang import fold_tone, stopwords

_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def read_texts(path: Path) -> Iterator[str]:
    """Title and text of each row of a JSONL file, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            if line.strip():
                row = json.loads(line)
                yield f"{row.get('title') or ''}\n{row.get('text') or ''}"


def pairs(text: str) -> Iterator[tuple[str | None, str | None, bool]]:
    """(previous syllable, syllable, whether a lower-case one precedes a capital) for every
    syllable; None breaks a run."""
    prev: str | None = None
    prev_lower = False
    for match in _TOKEN.finditer(text):
        tok = match.group()
        if not tok[0].isalpha():
            prev = None
            yield None, None, False
            continue
        cur = fold_tone(tok.lower())
        yield prev, cur, prev_lower and tok[0].isupper()
        prev, prev_lower = cur, tok[0].islower()


def main(argv: list[str] | None = None) -> int:
    """Count, filter, write the table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", type=Path, nargs="+", help="JSONL(.gz) with text (and title)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=20)
    ap.add_argument("--min-pmi", type=float, default=3.0)
    ap.add_argument("--max-pairs", type=int, default=30000)
    ap.add_argument(
        "--function-pmi",
        type=float,
        default=5.0,
        help="min PMI of a pair holding a function syllable (stopword): 'của Đảng' is no word",
    )
    args = ap.parse_args(argv)
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    df: Counter[str] = Counter()
    named: Counter[str] = Counter()
    docs = 0
    for path in args.corpus:
        for text in read_texts(path):
            docs += 1
            seen: set[str] = set()
            for prev, cur, into_name in pairs(text):
                if cur is None:
                    continue
                uni[cur] += 1
                if prev is not None:
                    pair = f"{prev} {cur}"
                    bi[pair] += 1
                    named[pair] += into_name
                    seen.add(pair)
            df.update(seen)
    total_uni = sum(uni.values())
    total_bi = sum(bi.values()) or 1
    function = {w for w in stopwords("vi") if " " not in w}
    phrases = {w for w in stopwords("vi") if w.count(" ") == 1}
    kept: list[tuple[int, str]] = []
    for pair, count in bi.items():
        if count < args.min_count or named[pair] * 2 >= count:
            continue  # mostly "ông Trump", "tỉnh Thanh": a word before a name, not a word
        a, b = pair.split(" ")
        pmi = math.log2(count / total_bi / (uni[a] / total_uni * uni[b] / total_uni))
        need = args.function_pmi if a in function or b in function else args.min_pmi
        if pmi >= need and pair not in phrases:
            kept.append((count, pair))
    kept.sort(key=lambda x: (-x[0], x[1]))
    kept = kept[: args.max_pairs]
    table = {
        "lang": "vi",
        "documents": docs,
        "min_count": args.min_count,
        "min_pmi": args.min_pmi,
        "pairs": [[df[pair], pair] for _, pair in kept],
    }
    args.out.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{docs} articles, {len(bi)} pairs seen, {len(kept)} kept -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
