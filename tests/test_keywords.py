"""Keywords: whole words and names as the article writes them, scored."""

from __future__ import annotations

from tomtat import docfreq, keywords, segment
from tomtat.lang import stopwords
from tomtat.models import Config
from tomtat.pipeline import summarize

VI = (
    "Bảo vệ nền tảng tư tưởng của Đảng\n\n"
    "Sáng 29-12, Ban Chỉ đạo 35 tỉnh Thanh Hóa tổ chức hội nghị về bảo vệ nền tảng tư tưởng.\n\n"
    "Ông Lại Thế Nguyên phát biểu tại hội nghị. Ban Chỉ đạo 35 đã đấu tranh phản bác các"
    " quan điểm sai trái. Thanh Hóa tiếp tục bảo vệ nền tảng tư tưởng của Đảng."
)
EN = (
    "Health care costs rose again\n\n"
    "Health care costs rose by 5% in Ohio, officials said. Governor Mike DeWine blamed"
    " hospital prices.\n\nDeWine said health care costs would be his first priority. Hospitals"
    " disagreed with the governor."
)


def _words(text: str, lang: str) -> list[str]:
    doc = segment.split(text, lang, None)
    return [k.text for k in keywords.extract(doc, 10)]


def test_vietnamese_keywords_are_words_and_names_not_syllables() -> None:
    found = _words(VI, "vi")
    assert "Ban Chỉ đạo 35" in found and "Thanh Hóa" in found
    assert any("nền tảng tư tưởng" in k for k in found)
    for k in found:
        if len(k.split()) == 1:  # a one-syllable keyword is a name ("Đảng"), never half a word
            assert k[0].isupper(), k
        assert k in VI  # as written


def test_english_keywords_keep_the_article_form() -> None:
    found = _words(EN, "en")
    assert "health care costs" in found or "health care" in found
    assert any("Mike DeWine" in k for k in found)
    assert "DeWine" not in found  # the short form joins the full name
    for k in found:
        assert k in EN, k  # never a Porter stem such as "hospit"


def test_scores_are_relative_and_k_is_honoured() -> None:
    summary = summarize(VI, Config(keywords=3))
    assert len(summary.keywords) == 3
    assert summary.keywords[0].score == 1.0
    assert all(0 < k.score <= 1.0 for k in summary.keywords)
    assert summarize(VI, Config(keywords=0)).keywords == ()


def test_keywords_failure_is_a_warning_not_a_lost_summary(monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(keywords, "extract", lambda doc, k: 1 / 0)
    try:
        summary = summarize(VI, Config())
    finally:
        mp.undo()
    assert summary.sentences and summary.keywords == ()
    assert summary.warnings[0].stage == "keywords"


def test_docfreq_reads_the_scorer_format(tmp_path: object) -> None:
    table = docfreq.DocFreq(100, 2, {"bridge": 50, "mayor": 5})
    assert table.idf("mayor") > table.idf("bridge")
    assert table.idf("unknown") > table.idf("mayor")  # unknown terms are rare


def test_capitalised_words_are_those_the_whole_text_regexes_find() -> None:
    """_Capitals searches only the tokens holding a word: the same answers as the
    regexes over every text, hyphens, apostrophes and lower-casing that changes
    lengths ("İ") included."""
    for texts in (
        ["Al-Qaeda's chief met an al-qaeda cell.", "Rose rose; Obama-era aides met Obama"],
        ["İstanbul: Trump's trip", "Trump and the trumpet"],
        ["Trump_Tower and X-rose, rose's Rose-era", "O'Neil met o'neil\tand\u00a0Neil"],
    ):
        lower = {w for t in texts for w in keywords._LOWER_WORD.findall(t)}
        upper = {w.lower() for t in texts for w in keywords._UPPER_WORD.findall(t)}
        capitals = keywords._Capitals(texts)
        words = {w.lower() for t in texts for w in t.replace("-", " ").split()}
        for word in words | {"qaeda", "obama", "trump", "rose", "al-qaeda's", "istanbul", "neil"}:
            assert (word in capitals) == (word in upper - lower - stopwords("en")), word
