"""tomtat batch: one output line per non-blank input line, in order, errors kept."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tomtat import batch, render
from tomtat.cli import app
from tomtat.models import Config

GOOD_VI = (
    "Chủ tịch UBND tỉnh Nguyễn Văn An đã chủ trì cuộc họp về phòng chống bão lũ. "
    "Cuộc họp kéo dài ba giờ."
)
GOOD_EN = (
    "The mayor opened the new bridge on Monday. Traffic on the old road fell by half within a week."
)


def _lines(*rows: object) -> str:
    return (
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows)
        + "\n"
    )


def test_bad_records_become_error_lines_in_order(runner: CliRunner) -> None:
    data = _lines(
        {"id": "a", "text": GOOD_VI},
        "{not json",
        "",
        {"id": "c"},
        {"id": "d", "text": 42},
        {"id": "e", "text": "   "},
        [1, 2],
        {"id": 7, "text": GOOD_EN, "title": "Bridge opens"},
    )
    res = runner.invoke(app, ["batch", "-"], input=data)
    assert res.exit_code == 3
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(rows) == 7  # the blank line yields nothing
    assert rows[0]["id"] == "a" and rows[0]["lang"] == "vi" and rows[0]["summary"]
    assert rows[1]["error"]["type"] == "invalid_json"
    assert rows[2]["id"] == "c" and rows[2]["error"]["type"] == "missing_text"
    assert rows[3]["error"]["type"] == "bad_text"
    assert rows[4]["error"]["type"] == "empty_text"
    assert rows[5]["error"]["type"] == "bad_record"
    assert rows[6]["id"] == 7 and rows[6]["title"] == "Bridge opens"
    assert "5 of 7 records failed" in res.stderr


def test_all_good_exits_0_and_renamed_fields(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(_lines({"key": "x", "body": GOOD_EN}), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(
        app, ["batch", str(src), "--output", str(out), "--text-field", "body", "--id-field", "key"]
    )
    assert res.exit_code == 0, res.stderr
    assert res.stdout == ""
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["id"] == "x" and row["lang"] == "en"
    assert not list(tmp_path.glob(".tomtat-*"))  # temp file renamed away


def test_oversized_line_fails_alone() -> None:
    big = json.dumps({"id": "big", "text": "x" * 5000})
    stream = io.BytesIO(
        _lines({"id": "a", "text": GOOD_EN}, big, {"id": "b", "text": GOOD_EN}).encode()
    )
    out = io.StringIO()
    options = batch.BatchOptions(config=Config(), max_bytes=1000)
    done, failed = batch.run(batch.read_lines(stream, 1000), options, _writer(out))
    assert (done, failed) == (3, 1)
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "b"]
    assert rows[1]["error"]["type"] == "too_large" and rows[1]["line"] == 2


def test_parallel_output_equals_serial() -> None:
    rows = [{"id": i, "text": (GOOD_VI if i % 2 else GOOD_EN)} for i in range(40)]
    rows.insert(5, "garbage")  # type: ignore[arg-type]
    payload = _lines(*rows).encode()
    options = batch.BatchOptions(config=Config())
    serial = io.StringIO()
    batch.run(batch.read_lines(io.BytesIO(payload), 10**6), options, _writer(serial))
    parallel = io.StringIO()
    batch.run(
        batch.read_lines(io.BytesIO(payload), 10**6),
        options,
        _writer(parallel),
        jobs=2,
        chunk_size=4,
    )
    assert parallel.getvalue() == serial.getvalue()
    assert len(serial.getvalue().splitlines()) == 41


def _writer(out: io.StringIO) -> render.Writer:
    return render.Writer("jsonl", out, several=True, keywords=True, key="id")


def test_missing_batch_file_is_input_error(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(app, ["batch", str(tmp_path / "none.jsonl")])
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.startswith("tomtat: error:")


def _big_jsonl(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(
                json.dumps({"id": i, "text": GOOD_VI + " " + GOOD_EN}, ensure_ascii=False) + "\n"
            )


@pytest.mark.parametrize("jobs", ["1", "2"])  # chunks in this process, or in workers
def test_ctrl_c_exits_130_and_keeps_a_valid_prefix(tmp_path: Path, jobs: str) -> None:
    import signal
    import subprocess
    import sys
    import time

    src = tmp_path / "in.jsonl"
    _big_jsonl(src, 50_000)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tomtat", "batch", str(src), "-o", str(out), "-j", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        parts = list(tmp_path.glob(".tomtat-*.part"))
        if parts and parts[0].stat().st_size > 2000:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 50_000
    assert [json.loads(x)["id"] for x in lines] == list(range(len(lines)))


def test_full_disk_is_a_clear_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        import pytest

        pytest.skip("no /dev/full here")
    src = tmp_path / "in.jsonl"
    _big_jsonl(src, 50)
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "tomtat", "batch", str(src)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "No space left on device" in err


def test_closed_output_pipe_is_a_clear_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    _big_jsonl(src, 3000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tomtat", "batch", str(src)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away after one record
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert err.startswith("tomtat: error: output closed after ") and err.count("\n") == 1


def _record_lines(n: int, seen: list[int], out: io.StringIO) -> Iterator[batch.Line]:
    """n good records; before handing each over, note how many results are out."""
    for i in range(n):
        seen.append(len(out.getvalue().splitlines()))
        yield batch.Line(i + 1, json.dumps({"id": i, "text": GOOD_EN}).encode())


def test_live_input_is_answered_record_by_record() -> None:
    out, seen = io.StringIO(), list[int]()
    options = batch.BatchOptions(config=Config())
    batch.run(_record_lines(3, seen, out), options, _writer(out), streaming=True)
    assert seen == [0, 1, 2]
    # from a file, records are read ahead and summarised together, stage by stage
    out, seen = io.StringIO(), []
    batch.run(_record_lines(3, seen, out), options, _writer(out))
    assert seen == [0, 0, 0] and len(out.getvalue().splitlines()) == 3


def test_a_record_failing_inside_the_pipeline_costs_only_itself(
    score_fails_on_boom: Callable[[Exception], None],
) -> None:
    score_fails_on_boom(KeyError("oops"))
    payload = _lines(
        {"id": "a", "text": GOOD_EN}, {"id": "b", "text": "BOOM went the bridge."}, "{bad"
    )
    payload += _lines({"id": "c", "text": GOOD_VI})
    out = io.StringIO()
    options = batch.BatchOptions(config=Config())
    done, failed = batch.run(
        batch.read_lines(io.BytesIO(payload.encode()), 10**6), options, _writer(out)
    )
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert (done, failed) == (4, 2)
    assert [r.get("id") for r in rows] == ["a", "b", None, "c"]
    assert rows[1]["error"] == {"type": "internal_error", "message": "KeyError: 'oops'"}
    assert rows[2]["error"]["type"] == "invalid_json" and rows[2]["line"] == 3
    assert rows[0]["summary"] and rows[3]["summary"]


def test_chunks_hold_at_most_size_records_or_about_max_bytes() -> None:
    lines = [batch.Line(i, b"x" * 10) for i in range(7)]
    assert [len(c) for c in batch.chunks(lines, 3)] == [3, 3, 1]
    assert [len(c) for c in batch.chunks(lines, 100, max_bytes=25)] == [3, 3, 1]
    oversized = [batch.Line(1, None), batch.Line(2, b"y")]  # a line over the cap holds no data
    assert [c for c in batch.chunks(oversized, 100, max_bytes=1)] == [oversized]
    assert list(batch.chunks([], 3)) == []


def test_pipes_and_terminals_arrive_live_files_do_not(tmp_path: Path) -> None:
    import os

    from tomtat.cli.batch import arrives_live

    src = tmp_path / "in.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    with src.open("rb") as fh:
        assert not arrives_live(fh)
    read, write = os.pipe()
    with os.fdopen(read, "rb") as fh, os.fdopen(write, "wb"):
        assert arrives_live(fh)
    assert not arrives_live(io.BytesIO(b"{}\n"))  # in memory: nothing to wait for


def test_the_collector_is_back_as_it_was_after_a_run() -> None:
    """Records from a file run with the cycle collector paused within a chunk and
    collecting once after it; the run leaves it enabled, nothing frozen, even when the
    output fails half way."""
    import gc

    payload = _lines(*({"id": i, "text": GOOD_EN} for i in range(5))).encode()
    options = batch.BatchOptions(config=Config())
    out = io.StringIO()
    batch.run(batch.read_lines(io.BytesIO(payload), 10**6), options, _writer(out), chunk_size=2)
    assert len(out.getvalue().splitlines()) == 5
    assert gc.isenabled() and gc.get_freeze_count() == 0

    class Closed(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError

    with pytest.raises(BrokenPipeError):
        batch.run(batch.read_lines(io.BytesIO(payload), 10**6), options, _writer(Closed()))
    assert gc.isenabled() and gc.get_freeze_count() == 0
