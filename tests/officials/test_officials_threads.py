"""summarize is safe to call from threads: the same results as one after another."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import tomtat

SAMPLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "quality-sample.jsonl"


def test_summarize_from_threads_matches_sequential() -> None:
    texts = [json.loads(line)["text"] for line in SAMPLE.read_text("utf-8").splitlines()]
    texts = texts * 4  # the same article in several threads at once
    sequential = [tomtat.summarize(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(tomtat.summarize, texts))
    assert threaded == sequential
    assert any(s.officials for s in sequential)
