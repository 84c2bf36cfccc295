"""Key officials must not regress: precision/recall floors on the labelled articles.

Two label sets from ../shared/data (skipped when it is absent): the dev labels, which
the rules were built on, and the train labels, labelled apart from the rules (the
unseen check that the held-out set resembles). bench/officials.py prints the full
table; each floor sits a little under the figure measured when it was set.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

# (set, lang) -> (name F1, name precision, title F1) floors; measured when set:
# dev vi 0.969/0.993/0.930, dev en 0.966/0.975/0.926,
# train vi 0.956/0.984/0.909, train en 0.950/0.984/0.901
FLOORS = {
    ("dev", "vi"): (0.955, 0.98, 0.915),
    ("dev", "en"): (0.955, 0.965, 0.91),
    ("train", "vi"): (0.945, 0.975, 0.895),
    ("train", "en"): (0.935, 0.97, 0.885),
}


def _bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import officials as bench  # bench/officials.py
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return bench


@pytest.mark.parametrize(("which", "lang"), sorted(FLOORS))
def test_officials_floor(shared_dir: Path, which: str, lang: str) -> None:
    bench = _bench()
    arts = bench.load(lang, shared_dir) if which == "dev" else bench.load_train(lang, shared_dir)
    assert len(arts) >= 50
    score = bench.Score()
    for art in arts:
        pred, _ = bench.predict(art)
        score.add(bench.gold_people(art.gold), pred)
    name_p, _, name_f1 = score.names()
    title_f1 = score.titles()[2]
    floor_f1, floor_p, floor_title = FLOORS[which, lang]
    assert name_f1 >= floor_f1, f"{which} {lang} name F1 {name_f1:.3f} < {floor_f1}"
    assert name_p >= floor_p, f"{which} {lang} name precision {name_p:.3f} < {floor_p}"
    assert title_f1 >= floor_title, f"{which} {lang} title F1 {title_f1:.3f} < {floor_title}"
