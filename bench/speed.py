"""Speed bench: batch throughput vs sumy, start-up, parallel scaling, memory, linearity.

Run from the repository root:  .venv/bin/python bench/speed.py [--runs 3] [--rss]
[--against CHECKOUT]. Writes its tables into bench/RESULTS.md (section "speed"). Needs
sumy (`pip install -e '.[bench]'`) and the dev data in ../shared/data.

``--against CHECKOUT`` also times another version of tomtat (a checkout or worktree
of this repository, run from its ``src`` with this venv's libraries) in the same
alternating rounds, so a change's cost reads as a ratio the machine's noise hits alike.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DATA, ROOT, WORK, machine, median, read_jsonl, write_section

PY = sys.executable
TOMTAT = [PY, "-m", "tomtat"]
SEED = ROOT / "seeds" / "000_c74147841ab369b7.txt"


def build_corpus(n: int) -> Path:
    """The dev sets (vi then en) repeated to n articles, ids made unique."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"corpus-{n}.jsonl"
    if path.exists():
        return path
    rows = list(read_jsonl(DATA / "vi-news-dev.jsonl")) + list(
        read_jsonl(DATA / "en-news-dev.jsonl")
    )
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            r = rows[i % len(rows)]
            rec = {
                "id": f"{r['id']}#{i}",
                "title": r["title"],
                "text": r["text"],
                "lang": r["lang"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def build_presplit(n: int) -> Path:
    """The corpus of :func:`build_corpus` with each article's paragraphs already split
    into body sentences by tomtat's splitter (for sumy given pre-split sentences)."""
    path = WORK / f"corpus-{n}-presplit.jsonl"
    if path.exists():
        return path
    sys.path.insert(0, str(ROOT / "src"))
    from tomtat import segment
    from tomtat.models import SentenceKind

    with build_corpus(n).open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as fh:
        for line in src:
            rec = json.loads(line)
            doc = segment.split(rec["text"], rec["lang"], rec.get("title") or None)
            paras: dict[int, list[str]] = {}
            for s in doc.sentences:
                if s.kind is SentenceKind.BODY:
                    paras.setdefault(s.paragraph, []).append(s.text)
            rec["paragraphs"] = list(paras.values())
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def timed(
    cmd: list[str], *, rss: bool = False, env: dict[str, str] | None = None
) -> tuple[float, int | None]:
    """Wall time of a whole process (and its peak RSS in KB when asked)."""
    if rss:
        cmd = ["/usr/bin/time", "-f", "%M", *cmd]
    t = time.perf_counter()
    proc = subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=env
    )
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 3):
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr.decode()[-2000:]}")
    peak = None
    if rss:
        peak = int(proc.stderr.decode().strip().splitlines()[-1])
    return elapsed, peak


def other_version(checkout: Path) -> tuple[str, dict[str, str]]:
    """A label and the environment that runs ``python -m tomtat`` from another checkout's
    sources (byte-compiled first, like ours)."""
    src = checkout.resolve() / "src"
    if not (src / "tomtat").is_dir():
        raise SystemExit(f"--against: no src/tomtat in {checkout}")
    subprocess.run([PY, "-m", "compileall", "-q", str(src / "tomtat")], check=False)
    rev = subprocess.run(
        ["git", "-C", str(checkout), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    label = f"tomtat at {rev or checkout.name} batch --jobs 1"
    return label, {**os.environ, "PYTHONPATH": str(src)}


def throughput(runs: int, against: Path | None = None) -> tuple[str, dict[str, float]]:
    corpus = build_corpus(2000)
    presplit = build_presplit(2000)
    size_mb = corpus.stat().st_size / 1e6
    sumy = [PY, str(ROOT / "bench" / "sumy_batch.py")]
    contenders = {
        "tomtat batch --jobs 1": [*TOMTAT, "batch", str(corpus), "-q"],
        "tomtat batch --jobs 2": [*TOMTAT, "batch", str(corpus), "-q", "--jobs", "2"],
        # the pipeline without its keywords stage (on by default since issue 12): the
        # configuration of the throughput figure issue 11 was set against
        "tomtat batch --jobs 1 --keywords 0": [
            *TOMTAT,
            "batch",
            str(corpus),
            "-q",
            "--keywords",
            "0",
        ],
        "sumy SumBasic": [*sumy, "sumbasic", str(corpus)],
        "sumy LexRank": [*sumy, "lexrank", str(corpus)],
        "sumy SumBasic, pre-split sentences": [*sumy, "sumbasic", str(presplit), "--presplit"],
        "sumy LexRank, pre-split sentences": [*sumy, "lexrank", str(presplit), "--presplit"],
    }
    envs: dict[str, dict[str, str]] = {}
    old = ""
    if against is not None:
        old, envs[old] = other_version(against)
        contenders[old] = [*TOMTAT, "batch", str(corpus), "-q"]
    times: dict[str, list[float]] = {k: [] for k in contenders}
    rss: dict[str, list[int]] = {k: [] for k in contenders}
    for _ in range(runs):  # alternate contenders inside each round: noise hits all alike
        for name, cmd in contenders.items():
            t, peak = timed(cmd, rss=True, env=envs.get(name))
            times[name].append(t)
            rss[name].append(peak or 0)
    med = {k: median(v) for k, v in times.items()}
    base = med["tomtat batch --jobs 1"]
    lines = [
        f"2,000 articles ({size_mb:.1f} MB of JSONL, the dev sets repeated), whole process, "
        f"officials on; median of {runs} alternating runs.",
        "",
        "| contender | median s | articles/s | peak RSS MB | tomtat --jobs 1 speed-up |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in contenders:
        lines.append(
            f"| {name} | {med[name]:.2f} | {2000 / med[name]:,.0f} | "
            f"{median([float(x) for x in rss[name]]) / 1024:.0f} | {med[name] / base:.2f}× |"
        )
    ratios = {
        "vs_sumbasic": med["sumy SumBasic"] / base,
        "vs_lexrank": med["sumy LexRank"] / base,
        "vs_sumbasic_presplit": med["sumy SumBasic, pre-split sentences"] / base,
        "vs_lexrank_presplit": med["sumy LexRank, pre-split sentences"] / base,
        "jobs2": base / med["tomtat batch --jobs 2"],
        "no_keywords": med["sumy SumBasic"] / med["tomtat batch --jobs 1 --keywords 0"],
    }
    lines += [
        "",
        "sumy is set up as its README shows: stop words set (English: sumy's list; Vietnamese:"
        " stopwordsiso's, sumy has none) and a stemmer only where the language has one"
        " (English Snowball; none for Vietnamese). Pre-split: sumy is given tomtat's"
        " sentences (split before the timing) and only tokenises words and ranks; tomtat"
        " still splits, scores and extracts officials.",
        "",
        f"- `--jobs 1` vs sumy SumBasic: **{ratios['vs_sumbasic']:.2f}×** (goal ≥ 3×); "
        f"vs LexRank: **{ratios['vs_lexrank']:.2f}×** (goal ≥ 6×)",
        f"- vs sumy given pre-split sentences: SumBasic **{ratios['vs_sumbasic_presplit']:.2f}×**,"
        f" LexRank **{ratios['vs_lexrank_presplit']:.2f}×**",
        f"- `--jobs 2` vs `--jobs 1`: **{ratios['jobs2']:.2f}×** (goal ≥ 1.7× on 2 cores)",
        f"- `--keywords 0` (the pipeline before issue 12's keywords stage) vs sumy SumBasic:"
        f" **{ratios['no_keywords']:.2f}×**",
    ]
    if old:
        ratios["vs_old"] = med[old] / base
        ratios["vs_old_no_keywords"] = med[old] / med["tomtat batch --jobs 1 --keywords 0"]
        lines.append(
            f"- {old.removesuffix(' batch --jobs 1')} (`--against`) vs this version: default"
            f" **{ratios['vs_old']:.2f}×**, `--keywords 0` **{ratios['vs_old_no_keywords']:.2f}×**"
            " (below 1: this version is slower)"
        )
    return "\n".join(lines), ratios


def startup(runs: int) -> tuple[str, dict[str, float]]:
    # byte-compile tomtat first: an installed package has its .pyc files (pip writes them,
    # and so does a first run), and the bare imports are timed with theirs; a shell with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise recompile tomtat's source on every run
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "src" / "tomtat")], check=True)
    cmds = {
        "bare `import typer, rich.console, nltk`": [PY, "-c", "import typer, rich.console, nltk"],
        "`tomtat summarize <seed> --format json`": [*TOMTAT, "summarize", str(SEED), "-f", "json"],
        "`tomtat --help`": [*TOMTAT, "--help"],
        "`tomtat --version`": [*TOMTAT, "--version"],
    }
    times: dict[str, list[float]] = {k: [] for k in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(timed(cmd)[0])
    med = {k: median(v) for k, v in times.items()}
    bare = med["bare `import typer, rich.console, nltk`"]
    lines = [
        f"Whole process, median of {runs} alternating runs; tomtat byte-compiled first (as"
        " installed), like the libraries of the bare imports.",
        "",
        "| command | median ms | vs bare imports |",
        "|---|---:|---:|",
    ]
    for name in cmds:
        lines.append(f"| {name} | {med[name] * 1000:.0f} | {med[name] / bare:.2f}× |")
    ratio = med["`tomtat summarize <seed> --format json`"] / bare
    lines += ["", f"- one-article run / bare imports: **{ratio:.2f}×** (goal ≤ 1.3×)"]
    return "\n".join(lines), {"startup": ratio}


def memory() -> str:
    small, big = build_corpus(10_000), build_corpus(100_000)
    rows = []
    peaks = {}
    for label, path in (("10,000", small), ("100,000", big)):
        t, peak = timed([*TOMTAT, "batch", str(path), "-q", "--no-officials"], rss=True)
        peaks[label] = peak or 0
        rows.append(f"| {label} | {t:.1f} | {(peak or 0) / 1024:.1f} |")
    growth = peaks["100,000"] / peaks["10,000"] - 1
    return "\n".join(
        [
            "`tomtat batch` (`--jobs 1`, officials off to keep the run short), "
            "peak RSS of the process.",
            "",
            "| records | seconds | peak RSS MB |",
            "|---:|---:|---:|",
            *rows,
            "",
            f"- growth from 10,000 to 100,000 records: **{growth * 100:+.1f}%** (goal within 10%)",
        ]
    )


def linearity() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    from tomtat import Config, summarize

    rows = (
        list(read_jsonl(DATA / "vi-news-dev.jsonl"))[:20]
        + list(read_jsonl(DATA / "en-news-dev.jsonl"))[:20]
    )
    out = ["| article | 1× ms | 100× ms | ratio |", "|---|---:|---:|---:|"]
    ratios = []
    for r in rows[::10]:
        one = r["text"]
        hundred = "\n\n".join([one] * 100)
        summarize(one, Config())
        t1 = min(_time_once(summarize, one) for _ in range(5))
        t100 = min(_time_once(summarize, hundred) for _ in range(3))
        ratios.append(t100 / t1)
        out.append(f"| {r['id']} | {t1 * 1000:.1f} | {t100 * 1000:.0f} | {t100 / t1:.0f}× |")
    big = "\n\n".join(r["text"] for r in rows) * 1
    while len(big.encode()) < 5_000_000:
        big = big + "\n\n" + big
    t5 = _time_once(summarize, big)
    out += [
        "",
        f"- worst 100×/1× cost ratio: **{max(ratios):.0f}×** (goal ≤ 120×)",
        f"- a {len(big.encode()) / 1e6:.1f} MB text: **{t5:.1f} s** in process",
    ]
    return "\n".join(out)


def _time_once(fn: object, text: str) -> float:
    t = time.perf_counter()
    fn(text)  # type: ignore[operator]
    return time.perf_counter() - t


def profile() -> str:
    import cProfile
    import pstats

    corpus = build_corpus(2000)
    with tempfile.NamedTemporaryFile(suffix=".prof", delete=False) as tmp:
        prof = tmp.name
    subprocess.run(
        [PY, "-m", "cProfile", "-o", prof, "-m", "tomtat", "batch", str(corpus), "-q"],
        stdout=subprocess.DEVNULL,
        check=False,
    )
    import io

    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("tottime").print_stats(12)
    os.unlink(prof)
    table = ["| own s | cum s | function |", "|---:|---:|---|"]
    for line in buf.getvalue().splitlines():
        m = re.match(r"\s*(\d+(?:/\d+)?)\s+([\d.]+)\s+[\d.]+\s+([\d.]+)\s+[\d.]+\s+(.*)", line)
        if m:
            where = m.group(4).replace(str(ROOT) + "/", "").replace("|", "\\|")
            where = re.sub(r".*site-packages/", "", where)
            table.append(f"| {float(m.group(2)):.2f} | {float(m.group(3)):.2f} | `{where}` |")
    _ = cProfile
    return (
        "Top functions by own time, `tomtat batch` over the 2,000 articles (cProfile):\n\n"
        + "\n".join(table)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rss", action="store_true", help="also the 10k vs 100k memory run (slow)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument(
        "--against", type=Path, metavar="CHECKOUT", help="also time another tomtat checkout"
    )
    args = ap.parse_args()
    # An installed package has its bytecode compiled by pip; an editable checkout
    # (and PYTHONDONTWRITEBYTECODE) may not, which would time the compiler instead.
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "src" / "tomtat")], check=False)
    rss_flag = " --rss" if args.rss else ""
    parts = [
        "## Speed",
        "",
        f"Command: `.venv/bin/python bench/speed.py --runs {args.runs}{rss_flag}"
        f"{' --against CHECKOUT' if args.against else ''}`  ",
        f"Machine: {machine()}",
        "",
    ]
    text, _ = throughput(args.runs, args.against)
    parts += ["### Batch throughput", "", text, ""]
    text, _ = startup(max(args.runs, 10))
    parts += ["### Start-up", "", text, ""]
    parts += ["### Linear in article length", "", linearity(), ""]
    if args.rss:
        parts += ["### Memory", "", memory(), ""]
    parts += ["### Profile", "", profile(), ""]
    body = "\n".join(parts)
    print(body)
    if not args.no_write:
        write_section("speed", body)


if __name__ == "__main__":
    main()
