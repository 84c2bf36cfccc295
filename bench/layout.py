"""How often a summary holds something that is not prose: a heading, a link, a credit,
or a sentence from inside a quotation.

Usage::

    .venv/bin/python bench/layout.py                       # this checkout
    .venv/bin/python bench/layout.py --against ../old-main # and another one, same sets

News pages leave more than the article in its text: sub-headings (in the VietNews
records glued to the end of the paragraph before them), links to other stories ("Xem
thêm: ...", "Read more: ..."), media labels and credits ("Video: ...", "Ảnh: Reuters").
A reader never wants one in a summary. This counts, on the dev files and the unseen
train sample, the 3-sentence summaries holding a picked sentence that either opens with
such a label ("labelled"), has no final punctuation ("bare": prose ends in
punctuation; a heading or a credit does not) or places someone in a photo ("captions":
"(trái)", "(left)"). The test is this script's own, not the
splitter's: it judges the splitter from outside.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from _common import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from quality import _rows  # the dev files and the unseen train sample

LABEL = re.compile(
    r"[\W_]*(?:(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|read more|see also)\b"
    r"|(?:related|read|watch|video|clip|ảnh|photo|photos)\s*(?::|>))",
    re.IGNORECASE,
)
# the first quote mark closes a quotation: a curly closing one, or a straight one after a
# non-space and before no letter or digit
INSIDE = re.compile(r'^[^"“”]*(?:”|(?<=\S)"(?![^\W_]))')
# where someone stands in the picture: only a photo caption says it
PLACED = re.compile(r"\((?:trái|phải|giữa|bìa trái|bìa phải|left|right|center|centre)\)", re.I)
FINAL = frozenset(".!?…:;,\"'”’»)]")
SETS = (("vi", "dev"), ("vi", "unseen"), ("en", "dev"), ("en", "unseen"))


def counts() -> dict[str, list[int]]:
    """Per set: articles, summaries holding a non-prose pick, labelled picks, unpunctuated
    picks, captions, picks from inside a quotation."""
    from tomtat import Article, Config, summarize

    out: dict[str, list[int]] = {}
    for lang, which in SETS:
        row = out.setdefault(f"{lang} {which}", [0, 0, 0, 0, 0, 0])
        for rec in _rows(lang, which):
            picks = summarize(
                Article(rec["text"], rec.get("title") or None), Config(officials=False)
            )
            labelled = sum(LABEL.match(s.text) is not None for s in picks.sentences)
            bare = sum(s.text[-1:] not in FINAL for s in picks.sentences)
            placed = sum(PLACED.search(s.text) is not None for s in picks.sentences)
            inside = sum(INSIDE.match(s.text) is not None for s in picks.sentences)
            row[0] += 1
            row[1] += bool(labelled or bare or placed or inside)
            row[2] += labelled
            row[3] += bare
            row[4] += placed
            row[5] += inside
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", type=Path, help="another checkout: the same counts with its code")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # for --against
    args = ap.parse_args(argv)
    if args.json:
        print(json.dumps(counts()))
        return 0
    runs = {"this checkout": counts()}
    if args.against is not None:
        env = {**os.environ, "PYTHONPATH": str(args.against.resolve() / "src")}
        done = subprocess.run(
            [sys.executable, __file__, "--json"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        runs[str(args.against)] = json.loads(done.stdout)
    head = ("code", "set", "articles", "with a non-prose pick", "labelled", "bare", "captions")
    head += ("inside a quote",)
    print("| " + " | ".join(head) + " |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, got in runs.items():
        for key, (n, bad, *kinds) in got.items():
            cells = " | ".join(map(str, kinds))
            print(f"| {name} | {key} | {n} | {bad} ({100 * bad / n:.1f} %) | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
