"""summarize(): the pure core, end to end on the seed and tiny inputs."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from tomtat import Article, Config, summarize
from tomtat.pipeline import summarize_each


def test_seed_summary_is_three_distinct_verbatim_sentences(seed_text: str) -> None:
    s = summarize(seed_text)
    assert s.lang == "vi"
    assert len(s.sentences) == 3
    texts = [p.text for p in s.sentences]
    assert len(set(texts)) == 3
    assert all(t in seed_text for t in texts)
    assert [p.index for p in s.sentences] == sorted(p.index for p in s.sentences)
    assert s.title is not None and s.title.startswith("Tiếp tục đẩy mạnh")
    assert all(not t.startswith("Tiếp tục đẩy mạnh công tác") for t in texts)  # headline apart


def test_seed_officials_exact(seed_text: str) -> None:
    people = summarize(seed_text).officials
    assert [(o.name, o.titles) for o in people] == [
        (
            "Lại Thế Nguyên",
            (
                "Phó Bí thư Thường trực Tỉnh ủy",
                "Trưởng đoàn ĐBQH tỉnh",
                "Trưởng Ban Chỉ đạo 35 cấp tỉnh",
            ),
        ),
        (
            "Đào Xuân Yên",
            (
                "Ủy viên Ban Thường vụ",
                "Trưởng Ban Tuyên giáo Tỉnh ủy",
                "Phó trưởng Ban Chỉ đạo 35 cấp tỉnh",
            ),
        ),
        ("Nguyễn Việt Ba", ("Tổng Biên tập Báo Thanh Hóa",)),
    ]
    assert [o.mentions for o in people] == [8, 3, 1]
    assert all(o.name != "Quốc Hương" for o in people)


def test_max_officials_and_no_officials(seed_text: str) -> None:
    assert len(summarize(seed_text, Config(max_officials=1)).officials) == 1
    assert summarize(seed_text, Config(officials=False)).officials is None


def test_output_is_deterministic(seed_text: str) -> None:
    assert summarize(seed_text) == summarize(seed_text)


def test_decomposed_input_gives_nfc_sentences(seed_text: str) -> None:
    s = summarize(unicodedata.normalize("NFD", seed_text))
    assert all(unicodedata.is_normalized("NFC", p.text) for p in s.sentences)
    assert all(p.text in seed_text for p in s.sentences)


def test_fewer_sentences_than_asked() -> None:
    s = summarize("Only one sentence here without much else", Config(sentences=5))
    assert len(s.sentences) == 1
    assert s.sentences[0].text == "Only one sentence here without much else"


def test_explicit_title_is_used() -> None:
    text = "The council approved the budget on Monday. The vote was close."
    s = summarize(Article(text, title="Budget approved"))
    assert s.title == "Budget approved"
    assert s.sentence_count == 2


def test_summarizing_makes_no_reference_cycles(seed_text: str) -> None:
    """The console script collects cycles rarely (``tomtat.__main__.GC_THRESHOLD``)
    because the pipeline leaves none behind: an article's summary, keywords and officials
    are freed by reference counting alone."""
    import gc
    import json
    from pathlib import Path

    sample = Path(__file__).parent / "data" / "quality-sample.jsonl"
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    articles = [Article(seed_text), *(Article(r["text"], r.get("title")) for r in rows)]
    assert {r["lang"] for r in rows} == {"vi", "en"}
    for article in articles[:3]:  # models and caches loaded before counting
        summarize(article, Config())
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for article in articles:
            summarize(article, Config())
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_summarize_each_equals_summarize_article_by_article(seed_text: str) -> None:
    articles = [
        Article(seed_text),
        Article("The mayor opened the bridge on Monday. Traffic fell by half.", "Bridge opens"),
        "Only one sentence here without much else",
    ]
    for config in (Config(), Config(sentences=1, keywords=0), Config(words=3, detail=True)):
        assert summarize_each(articles, config) == [summarize(a, config) for a in articles]


def test_summarize_each_gives_a_failing_article_its_exception_and_goes_on(
    seed_text: str, score_fails_on_boom: Callable[[Exception], None]
) -> None:
    score_fails_on_boom(ValueError("bad article"))
    good = "The mayor opened the bridge on Monday. Traffic fell by half."
    first, failed, last = summarize_each([seed_text, "BOOM. It fails here.", good])
    assert isinstance(failed, ValueError) and str(failed) == "bad article"
    assert first == summarize(seed_text) and last == summarize(good)
    with pytest.raises(ValueError, match="bad article"):  # one article: raised as it was
        summarize("BOOM. It fails here.")
