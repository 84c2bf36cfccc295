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


def _garbled(mark: str) -> str:
    """``mark``'s UTF-8 bytes read as Windows-1252 (Latin-1 for a byte it leaves out)."""
    return "".join(
        bytes([b]).decode("cp1252", errors="strict")
        if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
        else chr(b)
        for b in mark.encode("utf-8")
    )


def test_punctuation_read_as_windows_1252_is_repaired() -> None:
    for mark in "—–’‘“”…•′":
        assert _garbled(mark).startswith("â€")
        assert clean(f"a{_garbled(mark)}b") == f"a{mark}b"
    assert clean(f"a{_garbled(chr(0x200B))}b") == "ab"  # a zero-width space, then removed
    assert clean(f"He claimed{_garbled('—')}in a slam") == "He claimed—in a slam"
    kept = "“Tôi đi” – ông nói… NGÃ\u00a0BA Âu Cơ, giá 5 â€ lẻ, â€x"
    assert clean(kept) == kept  # correct text, and "â€" before no continuation byte


def test_summary_and_officials_read_repaired_punctuation() -> None:
    dash = _garbled("—")
    text = (
        f"Storm hits coast\n\nThe storm{dash}the worst in years{dash}hit the coast on Monday. "
        f"Gov. Jan Brewer{dash}who toured the coast{dash}said help was coming. Brewer spoke."
    )
    got = summarize(text)
    assert all("â€" not in p.text for p in got.sentences)
    assert any("—" in p.text for p in got.sentences)
    assert "Jan Brewer" in {o.name for o in got.officials or ()}
