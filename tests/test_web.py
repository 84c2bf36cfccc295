"""HTML files and URLs: trafilatura extraction, a local HTTP server, one-line errors."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from legacy_encodings import cp1258
from typer.testing import CliRunner

from tomtat import inputs
from tomtat.cli import app
from tomtat.errors import InputError

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Chủ tịch tỉnh thăm hỏi người dân vùng lũ</title></head><body>
<nav>Trang chủ | Thời sự | Kinh tế</nav>
<article><h1>Chủ tịch tỉnh thăm hỏi người dân vùng lũ</h1>
<p>Sáng 29-12, ông Nguyễn Văn An, Chủ tịch UBND tỉnh, đã thăm hỏi người dân vùng lũ.
Ông yêu cầu các sở ngành hỗ trợ kịp thời cho các hộ bị thiệt hại.</p>
<figure><img src="a.jpg">
<figcaption>Ảnh: chú thích không phải nội dung bài viết</figcaption></figure>
<p>Theo báo cáo, lũ đã làm hư hại 300 ngôi nhà và chính quyền đã sơ tán 1.000 hộ dân.</p>
<h2>Khắc phục hậu quả</h2>
<p>Tỉnh đã chi 5 tỷ đồng để khắc phục hậu quả của lũ lụt trong tuần qua.</p>
</article><footer>Bản quyền thuộc về báo</footer></body></html>"""


def test_html_file_gives_main_text_and_title(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    art = inputs.read(str(p))
    assert art.title == "Chủ tịch tỉnh thăm hỏi người dân vùng lũ"
    assert "Trang chủ" not in art.text and "Bản quyền" not in art.text
    assert "chú thích" not in art.text  # captions out
    assert "\n\nKhắc phục hậu quả\n\n" in art.text  # sub-heading kept as its own paragraph


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_bytes(cp1258(PAGE.format(charset="windows-1258")))
    art = inputs.read(str(p))
    assert "Chủ tịch UBND tỉnh" in art.text


def test_text_that_mentions_tags_is_not_html(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Use the <html> tag to start a page. Then add a body.", encoding="utf-8")
    assert inputs.read(str(p)).text.startswith("Use the <html> tag")


def test_summarize_html_uses_page_title(runner: CliRunner, tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    res = runner.invoke(app, ["summarize", str(p), "-f", "json"])
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["title"] == "Chủ tịch tỉnh thăm hỏi người dân vùng lũ"
    assert all("<" not in s["text"] for s in data["summary"])


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article":
            body = cp1258(PAGE.format(charset="windows-1258"))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=windows-1258")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/agent":
            body = f"The agent was {self.headers.get('User-Agent')}.".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            import time

            time.sleep(1.5)
            self.send_response(200)
            self.end_headers()
        elif self.path == "/big":
            body = b"x" * 5000
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_fetch_follows_redirects_and_charset(server: str) -> None:
    art = inputs.read(f"{server}/moved")
    assert art.title == "Chủ tịch tỉnh thăm hỏi người dân vùng lũ"
    assert "Chủ tịch UBND tỉnh" in art.text


def test_url_errors_are_one_line(server: str, runner: CliRunner) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        inputs.read(f"{server}/missing")
    with pytest.raises(InputError, match="max-bytes"):
        inputs.read(f"{server}/big", max_bytes=1000)
    res = runner.invoke(app, ["summarize", f"{server}/missing"])
    assert res.exit_code == 1 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "HTTP 404" in res.stderr


def test_unreachable_host_is_an_input_error() -> None:
    # port 9 on loopback: nothing listens, the connection is refused at once
    with pytest.raises(InputError, match="cannot fetch"):
        inputs.read("http://127.0.0.1:9/x", timeout=5)


def test_batch_accepts_url_field(server: str, runner: CliRunner) -> None:
    rows = [{"id": "u", "url": f"{server}/article"}, {"id": "bad", "url": f"{server}/nope"}]
    res = runner.invoke(app, ["batch", "-"], input="\n".join(json.dumps(r) for r in rows) + "\n")
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert res.exit_code == 3
    assert out[0]["title"] == "Chủ tịch tỉnh thăm hỏi người dân vùng lũ" and out[0]["summary"]
    assert "HTTP 404" in out[1]["error"]["message"]


def test_redirects_are_capped(server: str) -> None:
    with pytest.raises(InputError, match="too many redirects"):
        inputs.read(f"{server}/loop")


def test_user_agent_is_browser_like_and_overridable(server: str, runner: CliRunner) -> None:
    res = runner.invoke(app, ["extract", f"{server}/agent"])
    assert res.exit_code == 0 and "Mozilla/5.0" in res.stdout and "tomtat/" in res.stdout
    res = runner.invoke(app, ["extract", f"{server}/agent", "--user-agent", "probe/1"])
    assert res.stdout.strip() == "The agent was probe/1."


def test_timeout_option_gives_up(server: str, runner: CliRunner) -> None:
    res = runner.invoke(app, ["summarize", f"{server}/slow", "--timeout", "0.3"])
    assert res.exit_code == 1 and "timed out after 0.3 s" in res.stderr
