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


def test_vietnamese_share_counts_letters_not_digits_or_spaces() -> None:
    # three of six letters are Vietnamese, far below 2 % of all the characters
    text = "ăn ăn ăn " + "2024 - 10 - 15; 12.345.678 " * 20
    assert lang.detect(text) == "vi"
    assert lang.identify(text) == "vi"
    # one Vietnamese letter in hundreds of English ones
    assert lang.detect("the cat sat on the mat " * 20 + "ă") == "en"


def test_other_scripts_are_neither_language_unless_latin_letters_dominate() -> None:
    assert lang.identify("Президент России выступил с заявлением. " * 5) == "und"
    assert lang.identify("中国国家主席发表讲话" * 20) == "und"
    # a few non-Latin letters quoted in English prose
    text = "The minister said the name Россия means Russia and that is all. " * 5
    assert lang.identify(text) == "en"


def test_function_word_share_with_a_dotted_capital_i() -> None:
    # "İ" lower-cases to two characters, the second no letter: words are still whole
    text = "İstanbul is where the talks were held, and the İzmir mayor was there. " * 5
    assert lang.identify(text) == "en"
    assert lang.identify("İstanbul İzmir Ankara Antalya Bursa Konya Adana " * 6) == "und"


def test_function_words_judged_on_the_start_of_a_long_head() -> None:
    english = "The council said on Monday that the new bridge will open in the spring. " * 40
    french = "Le conseil a annoncé lundi que le nouveau pont ouvrira au printemps prochain. " * 40
    assert len(english) > 2 * lang.JUDGE_CHARS and len(french) > 2 * lang.JUDGE_CHARS
    assert lang.identify(english) == "en"
    assert lang.identify(french) == "und"
    # a long French quotation after the start does not make English prose foreign
    assert lang.identify(english[: lang.JUDGE_CHARS] + french) == "en"
