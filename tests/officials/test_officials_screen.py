"""The speed pre-filter: never skips a sentence that names an official."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tomtat import officials, segment
from tomtat.models import Sentence
from tomtat.officials import keys, lexicon, patterns, screen, tokens

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"  # tests skip when absent


def test_screen_agrees_with_the_slow_filter() -> None:
    lex = lexicon.lexicon("vi")
    texts = [
        "Chủ tịch UBND tỉnh Quảng Ngãi Lê Văn An phát biểu.",
        "“Phó Bí thư Tỉnh uỷ” Nguyễn Văn B đã đến.",  # curly quotes inside chunks
        "Ông CHỦ, TỊCH nói: không.",  # a two-word position across punctuation
        "Trời hôm nay nắng đẹp, người dân đi chơi đông.",
        "Bí–thư Lê Văn C và ông Trần D.",  # a two-word position across an en dash
        "Giám đốc Sở Y tế Trần Văn E cho biết.",
    ]
    sentences = [Sentence(i, t, 0) for i, t in enumerate(texts)]
    body = screen.Body(sentences)
    assert body.safe
    flags = body.screen(lex)
    for text, flag in zip(texts, flags, strict=True):
        slow = screen.may_hold_title(lex, keys.toneless(text))
        hits = patterns.find_hits(lex, tokens.tokenize(text), text, 0)
        assert not flag or slow  # never tokenised where the slow filter says no
        assert flag or not hits  # never skipped where a hit exists
    # text with a free-standing combining mark takes the slow path, same answers
    odd = [Sentence(0, "Chủ tịch Lê Văn An x\u0301 nói.", 0)]
    slow_body = screen.Body(odd)
    assert not slow_body.safe
    assert slow_body.screen(lex) == [True]


def test_a_fresh_screen_learns_every_chunk_as_the_slow_filter_folds_it() -> None:
    """Chunks new to the screen are folded together: each must fold as it would alone."""
    lex = lexicon.lexicon("vi")
    texts = [
        "Phó Chủ tịch Lê Văn An, ủy viên, nói.",
        "Thủ tướng Prayuth Chan-ocha (ประยุทธ์ จันทร์โอชา) và Bộ trưởng Ngoại giao.",
        "Ο πρόεδρος ΣΥΡΙΖΑ, Bí thư Ñuñez ç à—và Giám đốc.",
        "Trời nắng đẹp, người dân đi chơi đông.",
        "Tổng thống Mỹ và Thủ-tướng Nhật; chủ tịch.",
    ]
    fresh = screen.Screen(lex.head_words, None)  # no trigger test: flags are the filter's
    lower = "\n".join(texts).lower().encode("utf-8").translate(screen.CHUNK_BYTES)
    flags, _ = fresh.check(lower, len(texts))
    assert flags == [screen.may_hold_title(lex, keys.toneless(t)) for t in texts]
    assert flags[0] and not flags[3]


def test_names_are_found_as_whole_words() -> None:
    body = screen.Body(
        [Sentence(0, "Bàn bạc xong.", 0), Sentence(1, "Ông An về.", 0), Sentence(2, "An.", 0)]
    )
    body.screen(lexicon.lexicon("vi"))
    assert [i for i, _ in body.with_words(["an"], as_words=True)] == [1, 2]
    assert [i for i, _ in body.with_words(["an"], as_words=False)] == [0, 1, 2]


def _articles(*, dev: bool) -> list[tuple[str, str, str | None]]:
    """(text, lang, title): the tests' own sample and composed text; the dev articles too
    (when present) with ``dev``."""
    out: list[tuple[str, str, str | None]] = []
    for line in (ROOT / "tests" / "data" / "quality-sample.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        out.append((rec["text"], rec["lang"], rec.get("title")))
    out.append(
        (
            "Chủ tịch UBND tỉnh Lê Văn An phát biểu. Ông CHỦ, TỊCH nói. Bí–thư Lê Văn C đến.\n\n"
            "Sen. John McCain met Turkey's foreign minister. Ahmet Davutoglu says no.",
            "vi",
            None,
        )
    )
    for name in ("vi-news-dev.jsonl", "en-news-dev.jsonl") if dev else ():
        path = DATA / name
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    rec = json.loads(line)
                    out.append((rec["text"], name[:2], rec.get("title")))
    return out


def test_screen_on_and_off_give_the_same_officials(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [segment.split(text, lang, title=title) for text, lang, title in _articles(dev=False)]
    screened = [officials.extract(doc) for doc in docs]
    # screen off: every sentence is tokenised and tried
    monkeypatch.setattr(screen.Body, "screen", lambda self, lex: [True] * len(self.items))
    unscreened = [officials.extract(doc) for doc in docs]
    assert sum(map(len, screened)) > 0
    assert screened == unscreened


def test_screen_never_skips_a_sentence_that_gives_a_title() -> None:
    """Over real articles: a skipped sentence yields no titled hit. (It may name someone
    after an honorific, "ông Trump", which can still change how names merge.)"""
    skipped = 0
    for text, lang, title in _articles(dev=True):
        doc = segment.split(text, lang, title=title)
        lex = lexicon.lexicon("vi" if lang == "vi" else "en")
        body = screen.Body(doc.sentences)
        for (index, sentence), flag in zip(body.items, body.screen(lex), strict=True):
            if not flag:
                skipped += 1
                hits = patterns.find_hits(lex, tokens.tokenize(sentence), sentence, index)
                assert all(not h.titles for h in hits), sentence
    assert skipped > 0


def test_latin1_text_is_safe_without_the_scans() -> None:
    """The premise of the Latin-1 shortcut: no such character is UNSAFE, none combines
    (so a text of them is NFC), and the test tells them from any other."""
    for cp in range(256):
        char = chr(cp)
        assert keys.UNSAFE.search(char) is None
        assert unicodedata.combining(char) == 0 and unicodedata.is_normalized("NFC", char)
    assert screen.latin1("Café, naïve résumé\u00a0£5")
    assert not screen.latin1("Café \u0130stanbul") and not screen.latin1("Thủ tướng")
