"""Rough edges a person hits at a terminal: options, messages, views, odd inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tomtat.cli import app
from tomtat.segment import split

EN = (
    "Secretary of State Hillary Clinton arrived in Hanoi on Tuesday for talks on trade.\n\n"
    "Clinton met Prime Minister Nguyen Tan Dung and discussed the South China Sea. "
    "The talks lasted three hours, officials said.\n\n"
    "Trade between the two countries has grown quickly over the past decade. "
    "Exports of textiles and electronics rose sharply last year."
)
NO_PEOPLE = (
    "Heavy rain fell across the northern provinces on Monday night and flooded many roads.\n\n"
    "Rivers rose quickly, and farmers moved their cattle to higher ground before dawn."
)


@pytest.mark.parametrize(
    "args",
    [
        ["-n", "2", "--ratio", "0.5"],
        ["-n", "2", "--words", "40"],
        ["--ratio", "0.5", "--words", "9"],
    ],
)
def test_conflicting_length_options_are_a_usage_error(
    runner: CliRunner, seed_path: Path, args: list[str]
) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), *args])
    assert res.exit_code == 2
    assert res.stdout == "" and "conflict" in res.stderr


def test_a_word_budget_no_sentence_fits_says_so(runner: CliRunner) -> None:
    res = runner.invoke(app, ["summarize", "-", "-f", "json", "--words", "3"], input=EN)
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["summary"] == []
    assert data["warnings"][0]["stage"] == "select"
    assert "no sentence fits in --words 3" in res.stderr
    assert isinstance(data["officials"], list)  # the other stages went on


def test_word_budget_takes_the_best_sentence_that_fits(runner: CliRunner) -> None:
    res = runner.invoke(app, ["summarize", "-", "-f", "json", "--words", "10"], input=EN)
    picked = json.loads(res.stdout)["summary"]
    assert picked and sum(len(p["text"].split()) for p in picked) <= 10


@pytest.mark.parametrize(
    ("headline", "lang"),
    [
        ("Vì sao giá vàng tăng mạnh?", "vi"),
        ("Who will lead the party now?", "en"),
        ("Enough!", "en"),
    ],
)
def test_a_question_or_exclamation_headline_is_the_title(headline: str, lang: str) -> None:
    body = "Giá vàng hôm nay tăng mạnh. Nhiều người đổ xô đi mua." if lang == "vi" else EN
    doc = split(f"{headline}\n\n{body}", lang)
    assert doc.title == headline
    assert doc.sentences[0].text != headline


def test_a_dateline_question_lede_is_no_title() -> None:
    doc = split("(CNN) -- Which came first, the fame or the trouble?\n\n" + EN, "en")
    assert doc.title is None


def test_utf16_without_bom_hints_at_the_encoding(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(EN.encode("utf-16-le"))
    res = runner.invoke(app, ["summarize", str(path)])
    assert res.exit_code == 1 and "--encoding utf-16-le" in res.stderr
    res = runner.invoke(app, ["summarize", str(path), "--encoding", "utf-16-le", "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["lang"] == "en"


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        ("ftp://example.org/a.txt", "unsupported scheme 'ftp'"),
        ("127.0.0.1:8765/x.html", "did you mean http://127.0.0.1:8765/x.html"),
        ("www.example.org/news/a.html", "did you mean http://"),
        ("missing.txt", "no such file"),
    ],
)
def test_input_error_messages_say_what_to_do(
    runner: CliRunner, source: str, needle: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["summarize", source])
    assert res.exit_code == 1 and needle in res.stderr
    assert res.stderr.count("\n") == 1
    if source == "missing.txt":
        assert "did you mean" not in res.stderr


def test_debug_shows_the_traceback_of_an_internal_error(
    runner: CliRunner, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tomtat import score

    def broken(*_: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(score, "score", broken)
    res = runner.invoke(app, ["summarize", str(seed_path)])
    assert res.exit_code == 70
    assert res.stderr.count("\n") == 1 and "RuntimeError: boom" in res.stderr
    assert "--debug" in res.stderr and "Traceback" not in res.stderr
    res = runner.invoke(app, ["--debug", "summarize", str(seed_path)])
    assert res.exit_code == 70 and "Traceback" in res.stderr
    monkeypatch.setenv("TOMTAT_DEBUG", "1")
    res = runner.invoke(app, ["summarize", str(seed_path)])
    assert res.exit_code == 70 and "Traceback" in res.stderr


def test_help_at_80_columns_keeps_words_whole(runner: CliRunner) -> None:
    app.rich_markup_mode = "rich"
    try:
        for cmd in ("summarize", "officials", "batch", "eval"):
            res = runner.invoke(app, [cmd, "--help"], env={"COLUMNS": "80"})
            assert res.exit_code == 0
            assert "auto|" not in res.stdout and "json|" not in res.stdout
            assert all(len(line) <= 80 for line in res.stdout.splitlines())
            assert "Examples:" in res.stdout
        res = runner.invoke(app, ["--help"], env={"COLUMNS": "80"})
        assert "Examples:" in res.stdout and "tomtat batch" in res.stdout
    finally:
        app.rich_markup_mode = None


def test_rich_view_without_officials_is_one_line(runner: CliRunner) -> None:
    res = runner.invoke(app, ["summarize", "-", "-f", "rich"], input=NO_PEOPLE)
    assert res.exit_code == 0
    assert "No officials found." in res.stdout and "(none found)" not in res.stdout
    assert "Key officials" not in res.stdout


def test_rich_view_numbers_from_1_and_counts_hidden_officials(
    runner: CliRunner, seed_path: Path
) -> None:
    full = runner.invoke(app, ["summarize", str(seed_path), "-f", "json"])
    total = len(json.loads(full.stdout)["officials"])
    assert total > 2
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "rich", "--max-officials", "2"])
    assert f"+{total - 2} more" in res.stdout
    assert "[0]" not in res.stdout
    first = json.loads(full.stdout)["summary"][0]["index"]
    assert f"[{first + 1}]" in res.stdout
    res = runner.invoke(app, ["officials", str(seed_path), "--max-officials", "0"])
    assert f"+{total} more" in res.stdout and "No officials found" not in res.stdout


def test_rich_view_wraps_with_a_hanging_indent(runner: CliRunner, seed_path: Path) -> None:
    import itertools
    import re

    res = runner.invoke(
        app, ["summarize", str(seed_path), "-f", "rich", "--explain"], env={"COLUMNS": "60"}
    )
    inside = [ln[2:-2] for ln in res.stdout.splitlines() if ln.startswith("│ ")]
    checked = 0
    for line, after in itertools.pairwise(inside):
        m = re.match(r"\s*\[\d+\] ", line)
        if m and after.strip():
            # the sentence's next line (its wrap, or its score parts) starts under its text
            assert len(after) - len(after.lstrip()) >= m.end(), (line, after)
            checked += 1
    assert checked >= 3


FRAGMENT = (
    "<p>Chủ tịch UBND tỉnh Nguyễn Văn An đã chủ trì cuộc họp về phòng chống bão lũ.</p>\n"
    "<p>Cuộc họp kéo dài ba giờ, với sự tham gia của <b>nhiều sở ngành</b>.</p>\n"
    "<p>Ông An yêu cầu các địa phương chủ động sơ tán người dân.</p>\n"
)


@pytest.mark.parametrize("name", ["frag.html", "frag.txt"])
def test_html_fragment_is_read_as_html(runner: CliRunner, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(FRAGMENT, encoding="utf-8")
    res = runner.invoke(app, ["summarize", str(path), "-f", "json"])
    assert res.exit_code == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["summary"] and not any("<" in s["text"] for s in data["summary"])


def test_prose_mentioning_tags_stays_text(tmp_path: Path) -> None:
    from tomtat import inputs

    text = "Use <p> for paragraphs and <b> for bold. The <div> tag groups them. " * 3
    assert not inputs.looks_like_html(text.encode(), "a.txt")


FRENCH = (
    "Le président de la République a annoncé mardi une série de mesures pour soutenir les "
    "entreprises touchées par la crise énergétique. Selon le ministre de l'Économie, ces "
    "aides représenteront plusieurs milliards d'euros d'ici la fin de l'année, et elles "
    "seront versées dès le mois prochain aux sociétés les plus exposées."
)
CHINESE = "国家主席周二在北京会见了越南领导人。双方就两国关系深入交换意见。会谈持续三个小时。"


@pytest.mark.parametrize("text", [FRENCH, CHINESE], ids=["french", "chinese"])
def test_neither_vietnamese_nor_english_is_an_input_error(runner: CliRunner, text: str) -> None:
    res = runner.invoke(app, ["summarize", "-"], input=text)
    assert res.exit_code == 1 and res.stdout == ""
    assert "neither Vietnamese nor English" in res.stderr and "--lang" in res.stderr
    res = runner.invoke(app, ["summarize", "-", "--lang", "en", "-f", "json"], input=text)
    assert res.exit_code == 0 and json.loads(res.stdout)["lang"] == "en"


def test_batch_record_in_another_language_is_an_error_record(runner: CliRunner) -> None:
    data = json.dumps({"id": 1, "text": FRENCH}) + "\n" + json.dumps({"id": 2, "text": EN})
    res = runner.invoke(app, ["batch", "-"], input=data + "\n")
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert res.exit_code == 3
    assert rows[0]["error"]["type"] == "unsupported_language" and rows[1]["lang"] == "en"
