"""Who's-who bench: ``tomtat officials --combine`` over the Vietnamese train corpus.

Whole process, wall time, CPU time and peak RSS; the full corpus (10,814 articles, read
from its ``.jsonl.gz``), its first 2,000 articles, and those 2,000 five times over (the
same people in five times the articles: memory follows the people, not the articles).
Writes the ``combine`` section of bench/RESULTS.md.

    .venv/bin/python bench/combine.py [--jobs 1] [--no-write]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, machine, write_section

TOMTAT = [sys.executable, "-m", "tomtat"]


def run(corpus: Path, jobs: int) -> tuple[float, float, int, dict[str, object]]:
    """Wall s, CPU s, peak RSS KB, and the JSON document of one combine run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "people.json"
        cmd = ["/usr/bin/time", "-f", "%M", *TOMTAT, "officials", "--combine", str(corpus)]
        cmd += ["-f", "json", "-q", "--jobs", str(jobs), "-o", str(out)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode not in (0, 3):
            raise SystemExit(proc.stderr[-2000:])
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        peak = int(proc.stderr.strip().splitlines()[-1])
        return wall, cpu, peak, json.loads(out.read_text(encoding="utf-8"))


def head(corpus: Path, n: int, into: Path, times: int = 1) -> Path:
    """The first ``n`` records of a gzipped JSONL corpus, ``times`` over, gzipped."""
    with gzip.open(into, "wt", encoding="utf-8") as dst:
        for _ in range(times):
            with gzip.open(corpus, "rt", encoding="utf-8") as src:
                for i, line in enumerate(src):
                    if i == n:
                        break
                    dst.write(line)
    return into


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    corpus = DATA / "vi-news-train.jsonl.gz"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        small = head(corpus, 2000, Path(tmp) / "head.jsonl.gz")
        # the same people, five times the articles: memory must stay where it was
        again = head(corpus, 2000, Path(tmp) / "again.jsonl.gz", times=5)
        inputs = (("first 2,000", small), ("first 2,000 × 5", again), ("all 10,814", corpus))
        for label, path in inputs:
            wall, cpu, peak, doc = run(path, args.jobs)
            people = doc["people"]
            assert isinstance(people, list)
            top = people[0] if people else {}
            rows.append(
                f"| {label} | {doc['articles']:,} | {doc['failed']} | {len(people):,} | {wall:.1f}"
                f" | {cpu:.1f} | {peak / 1024:.0f} | {top.get('name')} ({top.get('articles')}) |"
            )
            print(rows[-1], file=sys.stderr)
    body = "\n".join(
        [
            "## Who's who (`officials --combine`)",
            "",
            f"Command: `.venv/bin/python bench/combine.py --jobs {args.jobs}`  ",
            f"Machine: {machine()}",
            "",
            f"`tomtat officials --combine vi-news-train.jsonl.gz -f json -q --jobs {args.jobs}`,"
            " whole process; CPU = user + system of the process tree.",
            "",
            "| input | articles | failed | people | wall s | CPU s | peak RSS MB | first |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
            *rows,
        ]
    )
    print(body)
    if not args.no_write:
        write_section("combine", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
