"""One stage failing on an article (officials) never loses the others (the summary)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tomtat import Config, officials, summarize
from tomtat.cli import app
from tomtat.models import Document, Official


@pytest.fixture()
def broken_officials(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(doc: Document) -> tuple[Official, ...]:
        raise IndexError("list index out of range")

    monkeypatch.setattr(officials, "extract", boom)


@pytest.mark.usefixtures("broken_officials")
def test_summary_kept_and_warning_when_officials_fail(seed_text: str) -> None:
    s = summarize(seed_text)
    assert len(s.sentences) == 3
    assert s.officials is None
    assert [(w.stage, w.message) for w in s.warnings] == [
        ("officials", "IndexError: list index out of range")
    ]


@pytest.mark.usefixtures("broken_officials")
def test_no_warning_when_officials_not_asked_for(seed_text: str) -> None:
    s = summarize(seed_text, Config(officials=False))
    assert s.officials is None and s.warnings == ()


@pytest.mark.usefixtures("broken_officials")
def test_cli_json_has_null_officials_and_a_warning(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "json"])
    assert res.exit_code == 0
    out = json.loads(res.stdout)
    assert len(out["summary"]) == 3
    assert out["officials"] is None
    assert out["warnings"] == [
        {"stage": "officials", "message": "IndexError: list index out of range"}
    ]
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("tomtat: warning: ")
    assert "officials failed" in lines[0]


@pytest.mark.usefixtures("broken_officials")
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_cli_views_keep_the_summary(runner: CliRunner, seed_path: Path, fmt: str) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", fmt])
    assert res.exit_code == 0
    assert "officials not available" in res.stdout
    assert "Traceback" not in res.stdout + res.stderr


@pytest.mark.usefixtures("broken_officials")
def test_batch_record_keeps_summary_and_is_no_error(runner: CliRunner, seed_text: str) -> None:
    line = json.dumps({"id": "x", "text": seed_text}, ensure_ascii=False) + "\n"
    res = runner.invoke(app, ["batch", "-", "-q"], input=line)
    assert res.exit_code == 0
    rec = json.loads(res.stdout)
    assert "error" not in rec
    assert len(rec["summary"]) == 3
    assert rec["officials"] is None
    assert rec["warnings"][0]["stage"] == "officials"


def test_json_without_failure_has_no_warnings_key(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "json"])
    out = json.loads(res.stdout)
    assert "warnings" not in out
    assert out["officials"][0]["name"] == "Lại Thế Nguyên"


def test_batch_no_officials_omits_the_key_like_summarize(runner: CliRunner, seed_text: str) -> None:
    line = json.dumps({"id": "x", "text": seed_text}, ensure_ascii=False) + "\n"
    res = runner.invoke(app, ["batch", "-", "-q", "--no-officials"], input=line)
    assert "officials" not in json.loads(res.stdout)
