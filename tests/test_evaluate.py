"""evaluate and `tomtat eval`: ROUGE on tiny records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tomtat.cli.eval import eval_cmd, read_records, run_eval
from tomtat.errors import InputError
from tomtat.evaluate import (
    Record,
    SyllableTokenizer,
    evaluate,
    lead,
    record_from_mapping,
    report_to_dict,
    report_to_text,
    rouge,
)
from tomtat.models import Config

pytest.importorskip("rouge_score")

VI_TEXT = (
    "Bão số 9 đổ bộ vào các tỉnh miền Trung sáng nay. "
    "Mưa lớn gây ngập nhiều tuyến đường ở Đà Nẵng. "
    "Chính quyền đã sơ tán hàng nghìn hộ dân. "
    "Giá rau tại chợ tăng mạnh sau bão."
)
EN_TEXT = (
    "A storm hit the coast of Maine on Monday. "
    "Thousands of homes lost power overnight. "
    "Officials said repairs could take a week. "
    "Schools will stay closed on Tuesday."
)


def test_perfect_summary_scores_100() -> None:
    for text, lang in ((VI_TEXT, "vi"), (EN_TEXT, "en")):
        sents = lead(text, lang, 2)
        got = rouge(sents, "\n".join(sents), lang)
        for m in got.values():
            assert m.f1 == pytest.approx(100.0)
            assert m.precision == pytest.approx(100.0) and m.recall == pytest.approx(100.0)


def test_vietnamese_tokenizer_keeps_accents() -> None:
    assert SyllableTokenizer().tokenize("Hà Nội, ĐÀ NẴNG!") == ["hà", "nội", "đà", "nẵng"]
    assert rouge(["Hà Nội mưa to"], "Hà Nội mưa to", "vi")["rouge1"].f1 == pytest.approx(100)
    # accents matter: stripped forms are other syllables
    assert rouge(["Ha Noi mua"], "Hà Nội mưa", "vi")["rouge1"].f1 == 0.0


def test_english_is_stemmed() -> None:
    assert rouge(["Officials announced cuts"], "official announces cut", "en")[
        "rouge1"
    ].f1 == pytest.approx(100)


def test_unrelated_summary_scores_zero() -> None:
    assert rouge(["Giá vàng tăng"], "Bão đổ bộ", "vi")["rouge2"].f1 == 0.0


def test_lead_takes_first_body_sentences() -> None:
    assert lead(EN_TEXT, "en", 2) == [
        "A storm hit the coast of Maine on Monday.",
        "Thousands of homes lost power overnight.",
    ]


def test_evaluate_report_with_lead_baseline() -> None:
    records: list[Record | dict[str, str]] = [
        {"text": VI_TEXT, "summary": "Bão số 9 đổ bộ miền Trung, mưa lớn gây ngập.", "lang": "vi"},
        Record(text=EN_TEXT, reference="Storm hits Maine.\nSchools closed Tuesday.", lang="en"),
    ]
    report = evaluate(records, Config(sentences=2), baseline="lead")
    assert report.articles == 2 and report.sentences == 2
    assert report.langs == ("en", "vi")
    assert [s.name for s in report.systems] == ["tomtat", "lead-2"]
    r1 = report.system("tomtat").rouge1
    assert 0 < r1.f1 <= 100 and 0 < r1.precision <= 100 and 0 < r1.recall <= 100
    data = report_to_dict(report)
    assert set(data["systems"]) == {"tomtat", "lead-2"}
    assert set(data["systems"]["tomtat"]) == {"rouge1", "rouge2", "rougeLsum"}
    text = report_to_text(report)
    assert "tomtat" in text and "lead-2" in text
    with pytest.raises(KeyError):
        report.system("nope")


def test_evaluate_is_deterministic_and_frozen() -> None:
    recs = [Record(text=EN_TEXT, reference="A storm hit Maine.")]
    a, b = evaluate(recs), evaluate(recs)
    assert a == b
    with pytest.raises(AttributeError):
        a.articles = 3  # type: ignore[misc]


def test_evaluate_bad_input() -> None:
    with pytest.raises(InputError):
        evaluate([])
    with pytest.raises(InputError):
        evaluate([Record(text=EN_TEXT, reference="x")], baseline="random")
    with pytest.raises(InputError):
        evaluate([{"text": EN_TEXT}])
    with pytest.raises(InputError):
        record_from_mapping({"text": "", "summary": "x"})
    with pytest.raises(InputError):
        record_from_mapping({"text": "a", "summary": "x", "title": 3})
    with pytest.raises(InputError):
        record_from_mapping(["not", "a", "dict"])  # type: ignore[arg-type]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_read_records_custom_fields_and_errors(tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "a.jsonl", [{"body": EN_TEXT, "ref": "A storm.", "head": ""}])
    recs, skipped = read_records(
        str(good), text_field="body", summary_field="ref", title_field="head"
    )
    assert len(recs) == 1 and recs[0].title is None and skipped == []
    with pytest.raises(InputError, match=r"no records .*'text'"):
        read_records(str(good))
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"text": "x", "summary": "y"}\nnot json\n[1]\n', "utf-8")
    recs, skipped = read_records(str(bad))  # bad records are skipped and counted
    assert len(recs) == 1
    assert len(skipped) == 2 and ":2: invalid JSON" in skipped[0] and ":3: " in skipped[1]
    empty = tmp_path / "c.jsonl"
    empty.write_text("\n\n", "utf-8")
    with pytest.raises(InputError, match="no records"):
        read_records(str(empty))
    with pytest.raises(InputError, match="cannot read"):
        read_records(str(tmp_path / "missing.jsonl"))


def test_run_eval_json(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [{"text": EN_TEXT, "summary": "A storm hit Maine."}])
    report, skipped = run_eval(str(path), sentences=1, baseline="lead", fmt="json")
    data = json.loads(report)
    assert data["schema_version"] == 1 and data["skipped"] == 0 and skipped == []
    assert data["articles"] == 1 and data["langs"] == ["en"]
    assert set(data["systems"]) == {"tomtat", "lead-1"}


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test app."""

    app.command(name="eval")(eval_cmd)
    return app


def test_eval_command_exit_codes(tmp_path: Path) -> None:
    runner = CliRunner()
    path = write_jsonl(
        tmp_path / "a.jsonl", [{"text": VI_TEXT, "summary": "Bão đổ bộ miền Trung."}]
    )
    ok = runner.invoke(_app(), ["eval", str(path), "--baseline", "lead", "-f", "json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["langs"] == ["vi"]
    bad = runner.invoke(_app(), ["eval", str(tmp_path / "missing.jsonl")])
    assert bad.exit_code == 1
    assert bad.stdout == ""
    usage = runner.invoke(_app(), ["eval", str(path), "--baseline", "nope"])
    assert usage.exit_code == 2


def test_eval_skips_and_counts_bad_records(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = json.dumps({"text": EN_TEXT, "summary": "A storm hit Maine."})
    path.write_text(f"{good}\n{{broken\n{json.dumps({'text': EN_TEXT})}\n{good}\n", "utf-8")
    res = CliRunner().invoke(_app(), ["eval", str(path), "-f", "json"])
    assert res.exit_code == 3, res.output
    data = json.loads(res.stdout)
    assert data["articles"] == 2 and data["skipped"] == 2
    assert ":2: invalid JSON" in res.stderr and ":3: " in res.stderr
    assert "2 bad records skipped" in res.stderr
