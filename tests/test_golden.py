"""Golden files: tests/golden/<case>.txt -> <case>.json (the JSON tomtat prints).

After a deliberate change to scoring or extraction, regenerate with
`pytest tests/test_golden.py --update-golden` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tomtat.cli import app

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parent.parent
CASES = [*sorted(GOLDEN.glob("*.txt")), ROOT / "seeds" / "000_c74147841ab369b7.txt"]


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_golden(case: Path, request: pytest.FixtureRequest) -> None:
    res = CliRunner().invoke(app, ["summarize", str(case), "--format", "json", "--explain"])
    assert res.exit_code == 0, res.stderr
    got = json.loads(res.stdout)
    got["source"] = case.name
    expected_path = GOLDEN / f"{case.stem}.json"
    if request.config.getoption("--update-golden"):
        expected_path.write_text(
            json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected
