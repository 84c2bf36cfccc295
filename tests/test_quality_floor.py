"""Summary quality must not regress: ROUGE-1 floors on pinned dev articles.

Two samples, both from the dev files (never used to fit the scorer, which is fitted on the
train corpora): a handful of articles shipped in tests/data (always runs, CI included) and
40 pinned dev ids per language read from ../shared/data when it is there. Each floor sits a
little under the figure measured when it was set (bench/quality.py has the full table),
and tomtat must keep beating lead-3 on the larger sample.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_data_or_skip

from tomtat.evaluate import evaluate
from tomtat.models import Config

pytest.importorskip("rouge_score")

HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "data" / "quality-sample.jsonl"

# lang -> (R1 floor on the shipped sample, measured 31.45 vi / 36.68 en with the weights
# of the 38-feature fit; 32.53 / 31.80 before it: 8 articles move by a point either way)
SHIPPED_FLOOR = {"vi": 30.4, "en": 35.6}
# lang -> (R1 floor, minimum R1 gain over lead-3) on the pinned 40;
# measured vi 29.77 (lead 27.66), en 33.15 (lead 29.71). Vietnamese was 30.17 (lead
# 27.92) while a heading glued to the end of a paragraph could be picked: 7 of the 40
# have one ("Xem thêm: ...", "Ảnh: Reuters", subheadings), short and on topic, so
# ROUGE liked them; no reader does (segment.split). Then 29.55 (lead 27.61) once a
# sentence starting inside a quotation only makes up a count (select.starts_inside_quote):
# -0.22 on these 40, -0.03 / +0.03 on the 1,500 unseen / 300 dev vi articles, so the
# Vietnamese gain floor sits at 1.8, under the 1.94 measured
PINNED_FLOOR = {"vi": (29.4, 1.8), "en": (32.1, 2.0)}

PINNED = {
    "vi": """005152 007762 008752 013433 019873 012478 009702 009878 013687 009680 005894 022376
        015519 007633 004264 001939 020446 016598 006088 010935 018396 013631 015057 002649
        009566 008789 009802 005999 017546 012119 012168 014356 021054 016483 001202 020809
        003981 013883 017189 008463""",
    "en": """2418 6385 1299 2979 985 1486 5169 7011 4231 4802 4923 4756 2063 1112 5000 3373 7008
        1273 4393 4339 6155 4104 4898 5742 5203 3855 5116 3956 6983 6151 5979 6704 6030 5603
        6397 272 3862 5737 2338 2096""",
}
PREFIX = {"vi": "vietnews-test-", "en": "cnnstory-cnn_test"}


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _r1(rows: list[dict[str, Any]]) -> tuple[float, float]:
    report = evaluate(rows, Config(sentences=3), baseline="lead")
    return report.system("tomtat").rouge1.f1, report.system("lead-3").rouge1.f1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_r1_floor_on_shipped_sample(lang: str) -> None:
    rows = [r for r in _rows(SAMPLE) if r["lang"] == lang]
    assert len(rows) == 8
    ours, _ = _r1(rows)
    assert ours >= SHIPPED_FLOOR[lang], f"{lang} R1 {ours:.2f} < floor {SHIPPED_FLOOR[lang]}"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_r1_floor_on_pinned_dev_articles(lang: str) -> None:
    path = shared_data_or_skip(f"{lang}-news-dev.jsonl")
    wanted = {PREFIX[lang] + i for i in PINNED[lang].split()}
    rows = [r for r in _rows(path) if r["id"] in wanted]
    assert len(rows) == 40
    ours, lead = _r1(rows)
    floor, gain = PINNED_FLOOR[lang]
    assert ours >= floor, f"{lang} R1 {ours:.2f} < floor {floor}"
    assert ours - lead >= gain, f"{lang} R1 {ours:.2f} vs lead-3 {lead:.2f}"
