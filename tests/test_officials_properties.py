"""Properties of the officials grammar on random and broken text (hypothesis).

The vocabulary mixes the lexicon's own position words and honorifics with names,
organisations, punctuation and the openers of every pattern family, so that random
sequences reach the grammar's corners: titles at the very end of a text, truncated
sentences, lone honorifics, parentheses left open, chains and lists cut short.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomtat import officials, segment
from tomtat.models import Official
from tomtat.text import clean

DATA = Path(__file__).resolve().parent.parent / "src" / "tomtat" / "data"


def _lexicon_words(lang: str, *keys: str, every: int = 7) -> list[str]:
    raw = json.loads((DATA / f"officials-{lang}.json").read_text(encoding="utf-8"))
    out: list[str] = []
    for key in keys:
        out += [w for w in raw.get(key, []) if isinstance(w, str)][::every]
    return out


def _split(words: str) -> list[str]:
    return words.split()


VI_NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng", "Song Young - moo", "Tập Cận Bình"]
VI_WORDS = [
    *_lexicon_words("vi", "heads", "honorifics", "places", "copulas", every=5),
    *VI_NAMES * 8,
    *(f"{h} {n}" for h in _lexicon_words("vi", "heads", every=9) for n in VI_NAMES[:2]),
    *_split("Nguyễn Văn An Moon Jae-in Putin và kiêm là của tại cho biết gồm các hai ông bà"),
    *_split("đồng chí nguyên cựu Quyền Phó UBND HĐND tỉnh xã TP. Hà Nội Bộ Công an Sở"),
    *_split("( ) , . - : ; “ ” SN 1975 \u200b Nguyễn\u200bVăn"),
]
EN_NAMES = ["John Smith", "Mary O'Neill", "Bashar al-Assad", "Kim Jong Un", "Obama"]
EN_WORDS = [
    *_lexicon_words("en", "heads", "honorifics", "premods", "copulas", every=5),
    *EN_NAMES * 8,
    *_split("John Smith the a of for and who said says former then-President U.S. U.N."),
    *_split("'s R-Texas ( ) , . - : ; \" ' Sen. Gen."),
]


def _check(text: str, lang: str) -> tuple[Official, ...]:
    doc = segment.split(text, lang)
    found = officials.extract(doc)
    nfc = clean(text)
    names = [o.name for o in found]
    assert len(set(names)) == len(names)
    for o in found:
        assert o.name and o.name in nfc
        assert o.titles, o
        assert all(t and t in nfc for t in o.titles), o
        assert all(a in nfc for a in o.aliases), o
        assert o.mentions >= 1
        assert 0 <= o.first_sentence < max(1, len(doc.sentences))
    assert officials.extract(doc) == found  # deterministic
    return found


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    seps = st.sampled_from([" ", " ", " ", "\n\n", ""])
    return st.lists(st.tuples(st.sampled_from(words), seps), max_size=60).map(
        lambda pairs: "".join(w + s for w, s in pairs)
    )


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(_texts(VI_WORDS))
def test_vi_random_sequences(text: str) -> None:
    _check(text, "vi")


@SETTINGS
@given(_texts(EN_WORDS))
def test_en_random_sequences(text: str) -> None:
    _check(text, "en")


@SETTINGS
@given(
    st.sampled_from(["vi", "en"]),
    st.sampled_from(
        [
            "Chủ tịch UBND tỉnh Nguyễn Văn An, Phó Bí thư Tỉnh ủy (SN 1975) đã phát biểu.",
            "Ông Trần Văn Bình - Giám đốc Sở Y tế tỉnh Quảng Nam cho biết.",
            "Prime Minister Jane Doe, the leader of the Labour Party (and a former minister",
            "Sens. John Smith of Ohio and Mary Jones, R-Texas; said the U.S. Secretary of State",
        ]
    ),
    st.integers(min_value=0, max_value=200),
)
def test_truncated_sentences(lang: str, sentence: str, cut: int) -> None:
    _check(sentence[:cut], lang)


def test_lone_honorifics_titles_at_the_end_and_open_parentheses() -> None:
    for text, lang in [
        ("ông", "vi"),
        ("Đồng chí", "vi"),
        ("Theo ông", "vi"),
        ("Cuộc họp do Chủ tịch UBND tỉnh", "vi"),
        ("Phát biểu tại hội nghị có Bộ trưởng Bộ Y tế (", "vi"),
        ("Bí thư Tỉnh ủy ( Nguyễn", "vi"),
        ("Mr.", "en"),
        ("The meeting was led by the Secretary of State", "en"),
        ("President (", "en"),
        ("Sen. ( John", "en"),
        ("the minister's", "en"),
    ]:
        _check(text, lang)
