"""text.clean: the one normal form of article text."""

from __future__ import annotations

import unicodedata

from tomtat import summarize
from tomtat.text import clean


def test_clean_is_nfc_without_zero_width_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert clean(f"{decomposed}\u200b Văn\u2060 An\ufeff") == "Nguyễn Văn An"
    assert clean("Ng\u200cuy\u200dễn") == "Nguyễn"
    assert clean("plain ascii") == "plain ascii"


def test_zero_width_characters_do_not_split_an_officials_name() -> None:
    text = (
        "Tiêu đề\n\nChủ tịch UBND tỉnh Nguyễn\u200b Văn An đã chủ trì cuộc họp. "
        "Ông Nguyễn Văn An cho biết tỉnh sẽ làm tốt.\n\n"
        "President Barack\u200b Obama met Secretary of State John\u200b Kerry. Obama spoke."
    )
    people = {o.name: o for o in summarize(text).officials or ()}
    assert people["Nguyễn Văn An"].mentions == 2
    assert "Chủ tịch UBND tỉnh" in people["Nguyễn Văn An"].titles


def test_summary_quotes_the_text_without_zero_width_characters() -> None:
    text = "Tiêu đề\n\nHà\u200b Nội mưa to. Giao thông ùn tắc nhiều nơi trong thành phố."
    picked = summarize(text).sentences
    assert picked and all("\u200b" not in p.text for p in picked)
