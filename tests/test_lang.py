import pytest

from tomtat import lang


def test_vietnamese_detected_from_diacritics() -> None:
    assert lang.detect("Sáng 29-12, Thường trực Ban Chỉ đạo đã tổ chức hội nghị.") == "vi"


def test_english_with_a_vietnamese_name_stays_english() -> None:
    text = "Prime Minister Nguyễn Xuân Phúc met the delegation in Washington on Tuesday. " * 3
    assert lang.detect(text) == "en"


def test_no_letters_defaults_to_english() -> None:
    assert lang.detect("12 34 56") == "en"


def test_decomposed_diacritics_are_detected() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Thủ tướng phát biểu tại hội nghị tổng kết.")
    assert lang.detect(text) == "vi"


def test_resolve_keeps_explicit_language() -> None:
    assert lang.resolve("vi", "plain English text") == "vi"
    assert lang.resolve("auto", "plain English text") == "en"


def test_fold_tone_ignores_tone_position_only() -> None:
    f = lang.fold_tone
    assert f("hoà") == f("hòa")
    assert f("uỷ") == f("ủy")
    assert f("thuỷ") == f("thủy")
    assert f("hòa") != f("hóa")  # a different tone is a different word
    assert f("hoa") != f("hòa")
    assert f("the") == "the"


@pytest.mark.parametrize("code", ["vi", "en"])
def test_shipped_stopwords_are_stopwordsisos(code: str) -> None:
    # data/stopwords-LANG.txt (tools/ship_stopwords.py) must not drift from the package
    from importlib.resources import files

    import stopwordsiso

    assert files("tomtat").joinpath(f"data/stopwords-{code}.txt").is_file()
    assert lang.stopwords(code) == {w.lower() for w in stopwordsiso.stopwords(code)}
    assert "của" in lang.stopwords("vi") and "the" in lang.stopwords("en")
