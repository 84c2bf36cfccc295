"""Issue 10: directories and --from-list as input, -o, csv, extract, --highlight, batch options."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from tomtat.cli import app
from tomtat.cli.articles import View, run
from tomtat.cli.env import Environment
from tomtat.cli.options import Format, ReadOptions
from tomtat.models import Config

EN = (
    "The mayor opened the new bridge on Monday. Traffic on the old road fell by half.\n\n"
    "Drivers said the trip to the city now takes ten minutes less than before.\n\n"
    "The council will vote on a second bridge next year, the mayor said."
)


def _articles(folder: Path) -> None:
    folder.mkdir()
    (folder / "b.txt").write_text(EN, encoding="utf-8")
    (folder / "a.md").write_text(EN, encoding="utf-8")
    (folder / "c.html").write_text(f"<html><body><p>{EN}</p></body></html>", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "sub").mkdir()


def test_directory_input_reads_its_articles_sorted(runner: CliRunner, tmp_path: Path) -> None:
    _articles(tmp_path / "news")
    res = runner.invoke(app, ["summarize", str(tmp_path / "news"), "-f", "jsonl"])
    assert res.exit_code == 0, res.stderr
    names = [Path(json.loads(x)["source"]).name for x in res.stdout.splitlines()]
    assert names == ["a.md", "b.txt", "c.html"]


def test_empty_directory_fails_as_one_input(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "x.txt").write_text(EN, encoding="utf-8")
    res = runner.invoke(app, ["summarize", str(tmp_path / "empty"), str(tmp_path / "x.txt")])
    assert res.exit_code == 1
    assert "without .txt, .html or .md files" in res.stderr
    assert "bridge" in res.stdout


def test_from_list_adds_listed_inputs_in_order(runner: CliRunner, tmp_path: Path) -> None:
    _articles(tmp_path / "news")
    listing = tmp_path / "list.txt"
    listing.write_text(
        f"# today\n{tmp_path / 'news' / 'c.html'}\n\n{tmp_path / 'news' / 'a.md'}\n",
        encoding="utf-8",
    )
    res = runner.invoke(
        app,
        ["officials", str(tmp_path / "news" / "b.txt"), "--from-list", str(listing), "-f", "jsonl"],
    )
    assert res.exit_code == 0, res.stderr
    names = [Path(json.loads(x)["source"]).name for x in res.stdout.splitlines()]
    assert names == ["b.txt", "c.html", "a.md"]
    res = runner.invoke(
        app,
        ["officials", "--from-list", "-", "-f", "jsonl"],
        input=listing.read_text(encoding="utf-8"),
    )
    assert res.exit_code == 0, res.stderr
    names = [Path(json.loads(x)["source"]).name for x in res.stdout.splitlines()]
    assert names == ["c.html", "a.md"]


def test_output_file_for_summarize_and_officials(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(EN, encoding="utf-8")
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["summarize", str(src), "-f", "json", "-o", str(out)])
    assert res.exit_code == 0 and res.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(src)
    res = runner.invoke(app, ["officials", str(src), "-o", str(out)])
    assert res.exit_code == 0 and res.stdout == ""
    assert "officials" in out.read_text(encoding="utf-8").lower()  # text, not rich, in a file
    assert not list(tmp_path.glob(".tomtat-*"))


def test_officials_csv_has_one_row_per_person_and_title(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["officials", str(seed_path), "-f", "csv"])
    assert res.exit_code == 0, res.stderr
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == ["source", "name", "mentions", "title"]
    js = json.loads(runner.invoke(app, ["officials", str(seed_path), "-f", "json"]).stdout)
    expected = sum(max(1, len(o["titles"])) for o in js["officials"])
    assert len(rows) - 1 == expected
    nguyen = [r for r in rows if r[1] == "Lại Thế Nguyên"]
    assert len(nguyen) == len(js["officials"][0]["titles"]) >= 2


def test_csv_is_for_officials_only(runner: CliRunner, seed_path: Path) -> None:
    res = runner.invoke(app, ["summarize", str(seed_path), "-f", "csv"])
    assert res.exit_code == 2 and "csv" in res.stderr


def test_extract_prints_the_cleaned_text(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Bridge opens</title></head><body><nav>Home | News</nav>"
        f"<article><p>{EN}</p></article></body></html>",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["extract", str(page)])
    assert res.exit_code == 0, res.stderr
    assert res.stdout.startswith("Bridge opens\n\n")
    assert "The mayor opened the new bridge" in res.stdout and "<" not in res.stdout


def _rich(args: Config, *, explain: bool, highlight: bool, path: Path) -> str:
    out = io.StringIO()
    env = Environment(stdin=None, stdout=out, stderr=io.StringIO(), stdout_isatty=True, colors=True)
    code = run(
        [str(path)],
        args,
        Format.auto,
        env,
        view=View(explain=explain, highlight=highlight),
        read=ReadOptions(),
    )
    assert code == 0
    return out.getvalue()


def test_highlight_shows_the_whole_article_with_picks_marked(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(EN, encoding="utf-8")
    config = Config(sentences=1, detail=True, officials=False)
    screen = _rich(config, explain=False, highlight=True, path=src)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", screen)
    for n in range(1, 5):
        assert f"[{n}]" in plain  # every sentence, not only the pick
    assert "█" in plain and "\x1b[" in screen
    highlighted = re.findall(r"\x1b\[[0-9;]*43m([^\x1b]+)", screen)  # on yellow
    assert len(highlighted) >= 1 and all(h.strip() in EN for h in highlighted)
    with_runners = re.sub(
        r"\x1b\[[0-9;]*m", "", _rich(config, explain=True, highlight=True, path=src)
    )
    assert "Runners-up" in with_runners


def test_highlight_text_marks_exactly_the_picked(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(EN, encoding="utf-8")
    res = runner.invoke(app, ["summarize", str(src), "-n", "2", "--highlight", "--explain"])
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    assert sum(1 for ln in lines if ln.startswith(">> ")) == 2
    assert sum(1 for ln in lines if re.match(r"(>>| {2}) \S{8} \[\d+\] ", ln)) == 4
    assert "Runners-up:" in res.stdout


def test_batch_accepts_summary_options(runner: CliRunner) -> None:
    rows = [{"id": i, "text": EN} for i in range(2)]
    data = "\n".join(json.dumps(r) for r in rows) + "\n"
    res = runner.invoke(
        app,
        ["batch", "--words", "12", "--explain", "--max-officials", "0", "--keywords", "2"],
        input=data,
    )
    assert res.exit_code == 0, res.stderr
    for line in res.stdout.splitlines():
        out = json.loads(line)
        assert sum(len(s["text"].split()) for s in out["summary"]) <= 12
        assert all("parts" in s for s in out["summary"]) and "runners_up" in out
        assert out["officials"] == [] and len(out["keywords"]) <= 2
    res = runner.invoke(app, ["batch", "--ratio", "0.5", "--keywords", "0"], input=data)
    out = json.loads(res.stdout.splitlines()[0])
    assert len(out["summary"]) == 2 and "keywords" not in out
    res = runner.invoke(app, ["batch", "-n", "2", "--words", "5"], input=data)
    assert res.exit_code == 2
