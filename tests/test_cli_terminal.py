"""A person at a terminal: stderr on a pty must not change what reaches stdout."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

GOOD_EN = "The mayor opened the new bridge on Monday. Traffic on the old road fell by half."


def _jsonl(path: Path, n: int) -> None:
    rows = (json.dumps({"id": i, "text": GOOD_EN}) for i in range(n))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _run_with_stderr_on_a_pty(args: list[str], **kwargs: object) -> tuple[int, bytes, bytes]:
    """Run tomtat with stderr attached to a pseudo-terminal; return code, stdout, terminal."""
    import pty

    primary, secondary = pty.openpty()
    screen: list[bytes] = []

    def drain() -> None:  # keep the terminal's buffer from filling up
        while True:
            try:
                chunk = os.read(primary, 1 << 16)
            except OSError:
                return
            if not chunk:
                return
            screen.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tomtat", *args],
            stdout=subprocess.PIPE,
            stderr=secondary,
            stdin=subprocess.DEVNULL,
            timeout=120,
            **kwargs,  # type: ignore[arg-type]
        )
    finally:
        os.close(secondary)
        reader.join(timeout=5)
        os.close(primary)
    return proc.returncode, proc.stdout, b"".join(screen)


def test_batch_results_reach_stdout_when_stderr_is_a_terminal(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _jsonl(src, 40)
    code, out, screen = _run_with_stderr_on_a_pty(["batch", str(src)])
    assert code == 0, screen
    rows = [json.loads(x) for x in out.decode().splitlines()]
    assert [r["id"] for r in rows] == list(range(40))
    assert b'"schema_version"' not in screen  # records are not drawn on the terminal


def test_batch_output_file_follows_the_umask(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _jsonl(src, 2)
    out = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        subprocess.run(
            [sys.executable, "-m", "tomtat", "batch", str(src), "-o", str(out), "-q"],
            check=True,
            capture_output=True,
            timeout=120,
        )
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize("n", [1, 3])
def test_batch_ends_with_a_summary_line_on_a_terminal(tmp_path: Path, n: int) -> None:
    src = tmp_path / "in.jsonl"
    _jsonl(src, n)
    out = tmp_path / "out.jsonl"
    code, stdout, screen = _run_with_stderr_on_a_pty(["batch", str(src), "-o", str(out)])
    assert code == 0 and stdout == b""
    text = screen.decode("utf-8", "replace")
    noun = "record" if n == 1 else "records"
    assert f"{n} {noun} → {out}, 0 failed, " in text
