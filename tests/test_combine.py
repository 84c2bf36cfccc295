"""Issue 12: who's who across many articles (``tomtat officials --combine``)."""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path

import pytest
from conftest import shared_data_or_skip
from typer.testing import CliRunner

from tomtat.cli import app
from tomtat.combine import Combiner, name_key
from tomtat.models import Official


def _o(name: str, *titles: str, mentions: int = 1) -> Official:
    return Official(name, tuple(titles), mentions)


def test_tone_placement_case_and_honorific_variants_merge() -> None:
    c = Combiner()
    c.add("a", [_o("Nguyễn Văn Thủy", "Chủ tịch UBND tỉnh", mentions=3)])
    c.add("b", [_o("Nguyễn Văn Thuỷ", "Chủ tịch UBND Tỉnh")])
    c.add("c", [_o("ông NGUYỄN VĂN THỦY", "Bí thư Tỉnh ủy")])
    (person,) = c.people()
    assert person.articles == 3 and person.mentions == 5
    assert person.titles == (("Chủ tịch UBND tỉnh", 2), ("Bí thư Tỉnh ủy", 1))
    assert (person.first, person.last) == ("a", "c")


def test_two_full_names_sharing_a_given_name_never_merge() -> None:
    c = Combiner()
    c.add("a", [_o("Nguyễn Văn Nam", "Chủ tịch")])
    c.add("b", [_o("Trần Văn Nam", "Bộ trưởng")])
    c.add("c", [_o("Nam", "Bộ trưởng")])  # fits both: stays on its own
    names = sorted(p.name for p in c.people())
    assert names == ["Nam", "Nguyễn Văn Nam", "Trần Văn Nam"]


def test_short_form_joins_the_one_full_name_it_fits() -> None:
    c = Combiner()
    c.add("a", [_o("Donald Trump", "President", mentions=4)])
    c.add("b", [_o("Trump", mentions=2)])
    c.add("c", [_o("Xuân Phúc"), _o("Nguyễn Xuân Phúc", "Thủ tướng")])
    c.add("d", [_o("Phúc")])
    people = {p.name: p for p in c.people()}
    assert set(people) == {"Donald Trump", "Nguyễn Xuân Phúc"}
    assert people["Donald Trump"].articles == 2 and people["Donald Trump"].mentions == 6
    assert people["Nguyễn Xuân Phúc"].articles == 3


def test_ranking_and_min_articles() -> None:
    c = Combiner()
    c.add("a", [_o("Lê Văn A", mentions=9), _o("Trần Thị B")])
    c.add("b", [_o("Trần Thị B")])
    assert [p.name for p in c.people()] == ["Trần Thị B", "Lê Văn A"]
    assert [p.name for p in c.people(min_articles=2)] == ["Trần Thị B"]


def test_name_key_ignores_accents_and_honorifics() -> None:
    assert name_key("Ông Lại Thế Nguyên") == name_key("lai the nguyen") == ("lai", "the", "nguyen")


EN = "Mayor John Smith opened the bridge on Monday. Smith thanked the council."
EN2 = "Mayor John Smith spoke to the council on Friday about the new road."


def _records(path: Path, rows: list[object], gz: bool = False) -> None:
    data = ("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n").encode()
    path.write_bytes(gzip.compress(data) if gz else data)


def test_cli_combines_files_and_record_files(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    _records(
        tmp_path / "r.jsonl.gz", [{"id": "r1", "text": EN2}, "not json", {"id": "r3"}], gz=True
    )
    res = runner.invoke(
        app,
        [
            "officials",
            "--combine",
            str(tmp_path / "a.txt"),
            str(tmp_path / "r.jsonl.gz"),
            "-f",
            "json",
        ],
    )
    assert res.exit_code == 3  # two bad records: reported, counted, not fatal
    assert res.stderr.count("tomtat: error:") == 2 and "2 of 4 inputs failed" in res.stderr
    doc = json.loads(res.stdout)
    assert list(doc) == [
        "schema_version",
        "articles",
        "failed",
        "people",
        "more_people",
        "keywords",
    ]
    assert (doc["articles"], doc["failed"]) == (2, 2)
    smith = doc["people"][0]
    assert smith["name"] == "John Smith" and smith["articles"] == 2
    assert smith["titles"] == [{"title": "Mayor", "count": 2}]
    assert (smith["first"], smith["last"]) == (str(tmp_path / "a.txt"), "r1")


def test_cli_combine_formats_and_jobs_agree(runner: CliRunner, tmp_path: Path) -> None:
    rows = [{"id": i, "text": EN if i % 2 else EN2} for i in range(70)]
    _records(tmp_path / "r.jsonl", rows)
    args = ["officials", "--combine", str(tmp_path / "r.jsonl")]
    one = runner.invoke(app, [*args, "-f", "json"])
    two = runner.invoke(app, [*args, "-f", "json", "--jobs", "2"])
    assert one.exit_code == 0 and one.stdout == two.stdout
    table = list(csv.reader(io.StringIO(runner.invoke(app, [*args, "-f", "csv"]).stdout)))
    assert table[0] == ["name", "articles", "mentions", "titles", "first", "last"]
    assert table[1][:2] == ["John Smith", "70"]
    lines = runner.invoke(app, [*args, "-f", "jsonl"]).stdout.splitlines()
    assert json.loads(lines[0])["name"] == "John Smith"
    none = runner.invoke(app, [*args, "--min-articles", "71", "-f", "text", "--keywords", "0"])
    assert none.stdout.strip() == "No officials found."
    bad = runner.invoke(app, ["officials", str(tmp_path / "r.jsonl"), "--min-articles", "2"])
    assert bad.exit_code == 2


def test_done_means_seed_and_vi_politics(
    runner: CliRunner, tmp_path: Path, seed_path: Path
) -> None:
    dev = shared_data_or_skip("vi-news-dev.jsonl")
    ids = set(shared_data_or_skip("vi-news-dev-politics.ids").read_text().split())
    rows = [json.loads(x) for x in dev.read_text(encoding="utf-8").splitlines() if x.strip()]
    _records(tmp_path / "politics.jsonl", [r for r in rows if r["id"] in ids])
    res = runner.invoke(
        app,
        ["officials", "--combine", str(seed_path), str(tmp_path / "politics.jsonl"), "-f", "json"],
    )
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["articles"] == 101
    people = doc["people"]
    (nguyen,) = [p for p in people if p["name"] == "Lại Thế Nguyên"]
    assert len(nguyen["titles"]) == 3
    # no two different full names merged: every alias folds to the person's own name
    from tomtat.combine import name_key as key

    for p in people:
        for alias in p["aliases"]:
            a, n = key(alias), key(p["name"])
            assert a == n or (len(a) < len(n) and n[-len(a) :] == a), (p["name"], alias)
    keys = [key(p["name"]) for p in people]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("fmt", ["rich", "text"])
def test_combine_human_views(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    res = runner.invoke(app, ["officials", "--combine", str(tmp_path), "-f", fmt])
    assert res.exit_code == 0
    assert "John Smith" in res.stdout and "Keywords:" in res.stdout


def test_a_failing_stage_is_a_warning_not_a_lost_article(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tomtat import keywords

    def broken(doc: object, k: int) -> tuple[()]:
        raise ValueError("boom")

    monkeypatch.setattr(keywords, "extract", broken)
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    res = runner.invoke(app, ["officials", "--combine", str(tmp_path / "a.txt"), "-f", "json"])
    assert res.exit_code == 0
    assert "tomtat: warning:" in res.stderr and "keywords failed: ValueError: boom" in res.stderr
    assert json.loads(res.stdout)["people"][0]["name"] == "John Smith"
