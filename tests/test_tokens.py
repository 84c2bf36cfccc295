"""tokens: words and the content terms the scorer counts."""

from __future__ import annotations

import re

from tomtat.tokens import strip_dateline, terms, words


def test_words_lowercase_and_keep_inner_apostrophes() -> None:
    assert words("Obama's PLAN, 2024!") == ["obama's", "plan", "2024"]


def test_words_split_at_punctuation_and_any_space_but_not_inside_words() -> None:
    # words() cuts at spaces before it looks for punctuation: it must find what one
    # regex over the whole text finds (letters and digits, inner apostrophes)
    texts = [
        "Ông Lại Thế Nguyên,\u00a0Phó Bí thư (Tỉnh ủy) TP.HCM 2-3/2019",
        "rock'n'roll O’Brien's 'quoted' -- don’t\u2028next\u3000wide",
        "snake_case __init__ a_b ½ ² ٣٤ İstanbul STRASSE ẞ",
        "",
    ]
    token = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
    for text in texts:
        assert words(text) == token.findall(text.lower())
    assert words("TP.HCM, 2-3") == ["tp", "hcm", "2", "3"]
    assert words("a\u00a0b") == ["a", "b"]


def test_english_stopwords_numbers_and_single_letters_out() -> None:
    got = terms("The President and the 3 officials said a plan was ready", "en")
    assert "the" not in got and "and" not in got and "a" not in got
    assert "3" not in got
    assert "presid" in got  # Porter-stemmed
    assert "offici" in got


def test_english_stems_and_drops_possessive() -> None:
    assert terms("Toyota's recalls", "en") == terms("Toyota recall", "en")


def test_vietnamese_syllables_and_bigrams() -> None:
    got = terms("Bảo vệ môi trường", "vi")
    assert "bảo vệ" in got
    assert "môi trường" in got
    assert "môi" in got and "trường" in got


def test_vietnamese_stopwords_out_but_bigram_with_content_kept() -> None:
    got = terms("của các bệnh viện", "vi")
    assert "của" not in got and "các" not in got
    assert "của các" not in got  # two stopwords never make a term
    assert "bệnh viện" in got


def test_vietnamese_numbers_break_bigrams() -> None:
    got = terms("năm 2020 kinh tế", "vi")
    assert "2020" not in got
    assert not any("2020" in t for t in got)
    assert "kinh tế" in got


def test_terms_are_deterministic_and_lowercase() -> None:
    text = "Hà Nội công bố KẾ HOẠCH mới"
    assert terms(text, "vi") == terms(text, "vi")
    assert all(t == t.lower() for t in terms(text, "vi"))


def test_old_and_new_tone_placement_count_as_one_term() -> None:
    from tomtat.tokens import terms

    assert terms("Tỉnh uỷ bàn về thuỷ lợi và hoà bình", "vi") == terms(
        "Tỉnh ủy bàn về thủy lợi và hòa bình", "vi"
    )


def test_strip_dateline_drops_wire_datelines_only() -> None:
    assert strip_dateline("WASHINGTON (CNN) -- The vote failed.") == "The vote failed."
    assert strip_dateline("London, England (Reuters) - Rain fell.") == "Rain fell."
    assert strip_dateline("(AP) -- Markets rose.") == "Markets rose."
    # Parentheses mid-sentence or a hyphenated word are not a dateline.
    kept = "The (UN)-backed government said (CNN) -- nothing."
    assert strip_dateline(kept) == kept
    assert strip_dateline("Prices rose 5% (estimate) today.") == "Prices rose 5% (estimate) today."
