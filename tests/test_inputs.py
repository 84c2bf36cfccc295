from pathlib import Path

import pytest

from tomtat import inputs
from tomtat.errors import BinaryInputError, DecodeError, EmptyInputError, InputError


def test_reads_utf8_and_normalises_to_nfc(tmp_path: Path) -> None:
    import unicodedata

    p = tmp_path / "a.txt"
    p.write_text(unicodedata.normalize("NFD", "Tỉnh ủy họp."), encoding="utf-8")
    art = inputs.read(str(p))
    assert art.text == unicodedata.normalize("NFC", "Tỉnh ủy họp.")


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_encodings(tmp_path: Path, codec: str) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Hà Nội hôm nay.".encode(codec))
    assert inputs.read(str(p)).text == "Hà Nội hôm nay."


def test_explicit_encoding_overrides_detection(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Café au lait, crème brûlée et gâteau.".encode("latin-1"))
    assert inputs.read(str(p), encoding="latin-1").text.startswith("Café au lait")
    with pytest.raises(DecodeError, match="cannot decode as utf-8"):
        inputs.read(str(p), encoding="utf-8")


def test_non_utf8_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Café au lait, crème brûlée et gâteau au chocolat.".encode("latin-1"))
    assert inputs.read(str(p)).text.startswith("Café au lait, crème brûlée")


def test_unknown_encoding_is_an_input_error(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("x", encoding="utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        inputs.read(str(p), encoding="no-such-codec")


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        inputs.read(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        inputs.read(str(tmp_path))


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_input(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    with pytest.raises(EmptyInputError):
        inputs.read(str(p))


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"text with a \x00 NUL", "NUL"),
    ],
)
def test_binary_input_is_named(tmp_path: Path, content: bytes, what: str) -> None:
    p = tmp_path / "a.bin"
    p.write_bytes(content)
    with pytest.raises(BinaryInputError, match=what):
        inputs.read(str(p))


def test_size_cap(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="max-bytes"):
        inputs.read(str(p), max_bytes=1000)
    assert len(inputs.read(str(p), max_bytes=2000).text) == 2000


def test_windows_1258_vietnamese_is_detected(tmp_path: Path) -> None:
    from legacy_encodings import cp1258

    text = "Chủ tịch UBND tỉnh đã thăm hỏi người dân vùng lũ và trao quà hỗ trợ."
    data = cp1258(text)  # tone marks as combining characters after the base letter
    p = tmp_path / "a.txt"
    p.write_bytes(bytes(data))
    assert inputs.read(str(p)).text == text


VISCII_SAMPLE = "Chủ tịch UBND tỉnh Nguyễn Văn An đã thăm hỏi người dân vùng lũ. Ưu tiên hỗ trợ."


def _viscii(text: str) -> bytes:
    from tomtat.vncodecs import VISCII_TABLE

    table = {ch: i for i, ch in enumerate(VISCII_TABLE)}
    return bytes(table[ch] for ch in text)


def test_viscii_is_detected_and_can_be_forced(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(_viscii(VISCII_SAMPLE))
    assert inputs.read(str(p)).text == VISCII_SAMPLE
    assert inputs.read(str(p), encoding="VISCII").text == VISCII_SAMPLE


def test_plausibility_separates_right_from_wrong_decodings() -> None:
    from tomtat.vncodecs import plausibility

    assert plausibility(VISCII_SAMPLE) == 1.0
    wrong = _viscii(VISCII_SAMPLE).decode("cp1258")
    assert plausibility(wrong) < 0.9
