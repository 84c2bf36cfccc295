"""Properties that hold for any text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomtat import Config, summarize
from tomtat.models import SentenceKind
from tomtat.segment import split
from tomtat.text import clean

WORDS = st.sampled_from(
    [
        "Chủ",
        "tịch",
        "UBND",
        "tỉnh",
        "Nguyễn",
        "Văn",
        "An",
        "đã",
        "họp",
        "ông",
        "bà",
        "the",
        "President",
        "said",
        "Mr.",
        "Dr.",
        "U.S.",
        "1.000",
        "3.5",
        "29-12",
        "TP.",
        "HCM",
        "“",
        "”",
        '"',
        "(",
        ")",
        "...",
        "…",
        ",",
        ".",
        "!",
        "?",
        ":",
        "-",
        "\n",
        "\n\n",
        "  ",
        "ủy",
        "uỷ",
        "hòa",
        "hoà",
        "\u0301",
        "x",
        "Đồng",
        "chí",
        "\u200b",
        "Nguyễn\u200b",
    ]
)
TEXTS = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(WORDS, min_size=1, max_size=120).map(" ".join),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=TEXTS, n=st.integers(min_value=1, max_value=6))
def test_summary_properties(text: str, n: int) -> None:
    config = Config(sentences=n)
    s = summarize(text, config)
    nfc = clean(text)
    idx = [p.index for p in s.sentences]
    assert idx == sorted(set(idx))  # strictly increasing
    for p in s.sentences:
        assert p.text and p.text in nfc  # verbatim substring (NFC, no zero-width characters)
    assert summarize(text, config) == s  # deterministic
    doc = split(nfc, s.lang, None)
    assert s.sentence_count == len(doc.sentences)
    body = {x.text for x in doc.sentences if x.kind is SentenceKind.BODY}
    if body:
        # never more than asked or than there are distinct body sentences; fewer only
        # when near-duplicates were left out (see the exact-count property below)
        assert 1 <= len(s.sentences) <= min(n, len(body))
    elif any(x.kind is SentenceKind.HEADING for x in doc.sentences):
        assert len(s.sentences) >= 1


def _vocab() -> list[str]:
    """Made-up words that are not abbreviations the splitter knows ("gen." would join)."""
    import json
    from importlib.resources import files

    params = json.loads(files("tomtat").joinpath("data/punkt-en.json").read_text("utf-8"))
    known = set(params["abbrev_types"])
    words = [f"{a}{b}{c}" for a in "bcdfgklmnprst" for b in "aeiou" for c in "nmtx"]
    return [w for w in words if w not in known]


_VOCAB = _vocab()


@SETTINGS
@given(
    sizes=st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=15),
    n=st.integers(min_value=1, max_value=20),
    data=st.data(),
)
def test_sentences_n_yields_min_n_and_count(sizes: list[int], n: int, data: st.DataObject) -> None:
    """With no repeats to leave out, -n N gives exactly min(N, sentence_count) sentences."""
    words = data.draw(st.permutations(_VOCAB))
    sentences, pos = [], 0
    for size in sizes:  # every sentence has its own words: no near-duplicates
        chunk = words[pos : pos + size]
        pos += size
        sentences.append(" ".join(chunk).capitalize() + ".")
    text = " ".join(sentences)
    s = summarize(text, Config(sentences=n, lang="en"))
    assert s.sentence_count == len(sentences)
    assert len(s.sentences) == min(n, s.sentence_count)


@SETTINGS
@given(text=TEXTS)
def test_officials_never_raise_and_are_in_the_text(text: str) -> None:
    s = summarize(text)
    nfc = clean(text)
    for o in s.officials:
        assert o.name and o.mentions >= 1
        assert 0 <= o.first_sentence < max(1, s.sentence_count)
        assert all(t for t in o.titles)
        assert o.name in nfc or any(a in nfc for a in o.aliases)
