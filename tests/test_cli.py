"""The command line: formats, several inputs, exit codes, stdout vs stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tomtat.cli import app

EN = (
    "Secretary of State Hillary Clinton arrived in Hanoi on Tuesday for talks on trade.\n\n"
    "Clinton met Prime Minister Nguyen Tan Dung and discussed the South China Sea. "
    "The talks lasted three hours, officials said.\n\n"
    "Trade between the two countries has grown quickly over the past decade. "
    "Exports of textiles and electronics rose sharply last year."
)


def run(runner: CliRunner, *args: str, input: str | bytes | None = None) -> object:
    return runner.invoke(app, list(args), input=input)


def test_summarize_text_format_on_the_seed(
    runner: CliRunner, seed_path: Path, seed_text: str
) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "--no-officials"])
    assert res.exit_code == 0, res.stderr
    assert res.stderr == ""
    lines = [ln for ln in res.stdout.splitlines() if ln]
    assert len(lines) == 4 and lines[-1].startswith("Keywords: ")
    for line in lines[:3]:
        assert line in seed_text
    for keyword in lines[-1].removeprefix("Keywords: ").split(" · "):
        assert keyword in seed_text  # as the article writes it


def test_keywords_zero_leaves_them_out(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "--keywords", "0", "-f", "json"])
    assert res.exit_code == 0
    assert "keywords" not in json.loads(res.stdout)
    res = runner.invoke(app, ["summarize", str(seed_path), "--keywords", "3", "-f", "json"])
    keywords = json.loads(res.stdout)["keywords"]
    assert len(keywords) == 3 and list(keywords[0]) == ["text", "score"]
    assert keywords[0]["score"] == 1.0
    assert [k["score"] for k in keywords] == sorted((k["score"] for k in keywords), reverse=True)


def test_summarize_json_contract(runner: CliRunner, seed_path: Path, seed_text: str) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "--format", "json", "-n", "2"])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert list(data) == [
        "schema_version",
        "source",
        "lang",
        "title",
        "sentence_count",
        "summary",
        "keywords",
        "officials",
    ]
    assert data["schema_version"] == 1
    assert data["lang"] == "vi"
    assert data["source"] == str(seed_path)
    assert len(data["summary"]) == 2
    idx = [s["index"] for s in data["summary"]]
    assert idx == sorted(idx) and len(set(idx)) == 2
    assert all(s["text"] in seed_text for s in data["summary"])
    assert all(isinstance(s["score"], float) for s in data["summary"])
    assert "Đ" in res.stdout  # ensure_ascii=False: Vietnamese letters stay readable


def test_explain_adds_parts_in_json_and_text(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "json", "--explain"])
    first = json.loads(res.stdout)["summary"][0]
    parts = first["parts"]
    assert set(parts) == {"frequency", "position", "headline", "cues", "redundancy"}
    added = sum(v for k, v in parts.items() if k != "redundancy") - parts["redundancy"]
    assert added == pytest.approx(first["score"], abs=1e-3)
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "text", "--explain"])
    assert "frequency" in res.stdout and "redundancy" in res.stdout


def test_stdin_when_piped(runner: CliRunner) -> None:
    res = runner.invoke(app, ["summarize", "-f", "json", "-n", "1"], input=EN)
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["source"] == "-" and data["lang"] == "en"
    assert len(data["summary"]) == 1


def test_several_inputs_jsonl_and_json(runner: CliRunner, tmp_path: Path, seed_path: Path) -> None:
    en = tmp_path / "en.txt"
    en.write_text(EN, encoding="utf-8")
    res = runner.invoke(app, ["summarize", str(seed_path), str(en), "-f", "jsonl"])
    lines = res.stdout.splitlines()
    assert [json.loads(x)["lang"] for x in lines] == ["vi", "en"]
    res = runner.invoke(app, ["summarize", str(seed_path), str(en), "-f", "json"])
    assert [d["source"] for d in json.loads(res.stdout)] == [str(seed_path), str(en)]
    res = runner.invoke(app, ["summarize", str(seed_path), str(en), "-f", "text"])
    assert f"==> {en} <==" in res.stdout


def test_one_bad_input_among_several_keeps_the_others(
    runner: CliRunner, tmp_path: Path, seed_path: Path
) -> None:
    res = runner.invoke(
        app, ["summarize", str(tmp_path / "missing.txt"), str(seed_path), "-f", "jsonl"]
    )
    assert res.exit_code == 1
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert rows[0]["error"]["type"] == "input_error"
    assert rows[1]["sentence_count"] > 0
    assert res.stderr.count("\n") == 1 and "missing.txt" in res.stderr


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        (lambda d: d / "nope.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: (d / "e.txt", (d / "e.txt").write_text("  \n")) and d / "e.txt", "empty"),
        (
            lambda d: (
                (d / "b.png", (d / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")) and d / "b.png"
            ),
            "PNG",
        ),
    ],
)
def test_input_errors_exit_1_with_one_stderr_line(
    runner: CliRunner, tmp_path: Path, setup: object, needle: str
) -> None:
    path = setup(tmp_path)  # type: ignore[operator]
    res = runner.invoke(app, ["summarize", str(path)])
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.startswith("tomtat: error:") and res.stderr.count("\n") == 1
    assert needle in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["summarize", "-n", "0", "x"],
        ["summarize", "-n", "-2", "x"],
        ["summarize", "--format", "xml", "x"],
        ["summarize", "--lang", "fr", "x"],
        ["summarize", "--ratio", "0", "x"],
        ["nosuchcommand"],
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert res.stdout == ""


def test_rich_format_draws_a_panel_and_table(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "--format", "rich"])
    assert res.exit_code == 0
    assert "╭" in res.stdout and "Key officials" in res.stdout


def test_auto_format_in_a_pipe_is_plain_text(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path)])
    assert "╭" not in res.stdout and "\x1b[" not in res.stdout


def test_markdown_format(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "markdown"])
    assert res.stdout.startswith("## ")
    assert sum(1 for ln in res.stdout.splitlines() if ln.startswith("- ")) == 3


def test_ratio_and_word_budget(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "json", "--ratio", "0.1"])
    data = json.loads(res.stdout)
    assert len(data["summary"]) >= 4  # 10% of ~40 body sentences, rounded up
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "json", "--words", "60"])
    words = sum(len(s["text"].split()) for s in json.loads(res.stdout)["summary"])
    assert 0 < words <= 60


def test_version_and_help(runner: CliRunner) -> None:
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.startswith("tomtat ")
    for cmd in ("summarize", "officials", "batch"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "Examples:" in res.stdout


def test_version_alone_answers_as_the_app_without_loading_it(runner: CliRunner) -> None:
    code = (
        "import sys; sys.argv = ['tomtat', '--version']\n"
        "from tomtat.__main__ import main; main()\n"
        "assert 'typer' not in sys.modules and 'tomtat.cli' not in sys.modules"
    )
    fast = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert fast.returncode == 0, fast.stderr
    assert fast.stdout == runner.invoke(app, ["--version"]).stdout
    proc = subprocess.run([*_tomtat(), "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout == fast.stdout and not proc.stderr


def _tomtat() -> list[str]:
    return [sys.executable, "-m", "tomtat"]


def test_python_dash_m_and_closed_pipe_is_silent(seed_path: Path) -> None:
    """`tomtat summarize big.txt | head -1` prints nothing on stderr."""
    proc = subprocess.Popen(
        [*_tomtat(), "summarize", str(seed_path), str(seed_path), str(seed_path), "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_no_input_on_a_terminal_is_a_usage_error() -> None:
    # stdin is a terminal only in a pty; emulate with an explicit check of the message path
    env = dict(os.environ)
    proc = subprocess.run(
        [*_tomtat(), "summarize"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        timeout=60,
    )
    # /dev/null is not a terminal, so it is read as (empty) stdin: an input error
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert b"empty" in proc.stderr


def test_dev_zero_stops_at_max_bytes() -> None:
    proc = subprocess.run(
        [*_tomtat(), "summarize", "/dev/zero", "--max-bytes", "100000"],
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 1 and proc.stdout == b""
    assert b"larger than --max-bytes" in proc.stderr


def test_endless_stdin_stops_at_max_bytes() -> None:
    yes = subprocess.Popen(["yes", "Một câu tiếng Việt."], stdout=subprocess.PIPE)
    try:
        proc = subprocess.run(
            [*_tomtat(), "summarize", "--max-bytes", "200000"],
            stdin=yes.stdout,
            capture_output=True,
            timeout=60,
        )
    finally:
        yes.kill()
        yes.wait()
    assert proc.returncode == 1 and b"larger than --max-bytes" in proc.stderr


def test_no_input_with_a_terminal_on_stdin_is_a_usage_error() -> None:
    import pty

    primary, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [*_tomtat(), "summarize"], stdin=secondary, capture_output=True, timeout=60
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert proc.returncode == 2
    assert b"no input" in proc.stderr and proc.stdout == b""


@pytest.mark.parametrize(
    "text",
    [
        "một câu không có dấu chấm câu nào cả",
        ("từ " * 350_000).strip(),  # ~1 MB, no punctuation at all
        "2022 2023 1.000 3,5 29-12 42",
    ],
    ids=["one-unpunctuated", "1mb-unpunctuated", "only-numbers"],
)
def test_odd_but_valid_text_still_summarised(runner: CliRunner, text: str) -> None:
    res = runner.invoke(app, ["summarize", "-", "-f", "json"], input=text)
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert len(data["summary"]) >= 1
    assert all(s["text"] in text for s in data["summary"])


def test_no_color_flag_and_env(runner: CliRunner, seed_path: Path) -> None:
    from tomtat.cli.env import Environment

    assert not Environment.from_process(no_color=True).colors
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "rich", "--no-color"])
    assert res.exit_code == 0 and "\x1b[" not in res.stdout
    os.environ["NO_COLOR"] = "1"
    try:
        env = Environment.from_process()
        assert not env.colors and not env.decorate
    finally:
        del os.environ["NO_COLOR"]
