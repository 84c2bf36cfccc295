"""The shipped word lists: they parse, every list is documented, variants fold together."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tomtat.officials import keys, lexicon

DATA_DIR = Path(__file__).resolve().parents[2] / "src" / "tomtat" / "data"


def test_lexicon_files_parse() -> None:
    assert keys.word_key("Bí") in lexicon.lexicon("vi").heads
    assert "president" in lexicon.lexicon("en").heads
    raw = json.loads((DATA_DIR / "officials-vi.json").read_text(encoding="utf-8"))
    assert "Bí thư" in raw["heads"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_list_is_documented_and_every_documented_list_exists(lang: str) -> None:
    data = json.loads((DATA_DIR / f"officials-{lang}.json").read_text(encoding="utf-8"))
    lists = {k for k, v in data.items() if isinstance(v, list)}
    # "key: what it holds" in the _doc string
    documented = set(re.findall(r"(?:^|[.;] )([a-z_]+): ", data["_doc"]))
    assert lists == documented


def test_tone_placement_and_case_fold_to_one_key() -> None:
    lex = lexicon.lexicon("vi")
    assert keys.word_key("Uỷ") == keys.word_key("ủy")
    assert lex.heads.match([_tok("Thủ"), _tok("tướng")], 0) == 2
    assert lex.heads.match([_tok("THỦ"), _tok("TƯỚNG")], 0) == 2


def _tok(text: str):  # type: ignore[no-untyped-def]
    from tomtat.officials.tokens import make_tok

    return make_tok(text)
