"""Shared helpers for the bench scripts: dev data paths, machine line, RESULTS.md sections."""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("TOMTAT_DEV_DATA", ROOT.parent / "shared" / "data"))
WORK = ROOT / "bench" / "_work"
RESULTS = ROOT / "bench" / "RESULTS.md"


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def machine() -> str:
    """One line describing this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; {date.today().isoformat()}"
    )


def median(xs: list[float]) -> float:
    """Median of a non-empty list."""
    return statistics.median(xs)


def write_section(name: str, body: str) -> None:
    """Replace the text between <!-- name:start --> and <!-- name:end --> in RESULTS.md."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    block = f"{start}\n{body.rstrip()}\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")
