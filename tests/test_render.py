"""render.Writer: one writer per format, the same for every command."""

from __future__ import annotations

import io
import json

from tomtat import render, serialize, summarize
from tomtat.errors import InputError
from tomtat.models import Config

EN = (
    "The mayor opened the new bridge on Monday. Traffic on the old road fell by half.\n\n"
    "Drivers said the trip to the city now takes ten minutes less than before."
)


def test_json_writer_writes_the_contract_object_once() -> None:
    summary = summarize(EN, Config(sentences=1, officials=False))
    out = io.StringIO()
    failures = render.write([("a.txt", summary)], render.Writer("json", out))
    assert failures == 0
    assert json.loads(out.getvalue()) == serialize.summary_to_dict(summary, ref="a.txt")


def test_jsonl_writer_keeps_errors_among_several_in_order() -> None:
    summary = summarize(EN, Config(sentences=1))
    out = io.StringIO()
    results = [("a.txt", summary), ("b.txt", InputError("b.txt: no such file")), ("c", summary)]
    failures = render.write(results, render.Writer("jsonl", out, several=True))
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert failures == 1
    assert [r["source"] for r in rows] == ["a.txt", "b.txt", "c"]
    assert rows[1]["error"] == {"type": "input_error", "message": "b.txt: no such file"}


def test_text_writer_leaves_errors_to_stderr() -> None:
    summary = summarize(EN, Config(sentences=1, officials=False))
    out = io.StringIO()
    results = [("a.txt", summary), ("b.txt", InputError("b.txt: no such file"))]
    render.write(results, render.Writer("text", out, several=True))
    assert out.getvalue().startswith("==> a.txt <==\n") and "b.txt" not in out.getvalue()
