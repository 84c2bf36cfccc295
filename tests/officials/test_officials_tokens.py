"""The tokeniser and the folding it rests on, checked against plain reference versions."""

from __future__ import annotations

import unicodedata

import pytest

from tomtat.officials import keys, tokens


def _reference_tokens(text: str) -> list[tuple[str, int, int, str, bool, bool]]:
    """The tokeniser as first written (a plain loop), to check the fast one against."""
    out: list[tuple[str, int, int, str, bool, bool]] = []
    for m in tokens.TOKEN.finditer(text):
        s, e = m.span()
        tok = m.group()
        if tok == "." and out and out[-1][2] == s and out[-1][5]:
            prev = out[-1]
            if prev[0].lower() in tokens.abbreviations() or (len(prev[0]) == 1 and prev[4]):
                merged = prev[0] + "."
                out[-1] = (merged, prev[1], e, keys.word_key(merged), prev[4], True)
                continue
        if len(tok) > 2 and tok[-2:] in ("'s", "’s") and tok[0].isalnum():
            head = tok[:-2]
            out.append((head, s, e - 2, keys.word_key(head), head[0].isupper(), True))
            out.append((tok[-2:], e - 2, e, "'s", False, False))
            continue
        word = tok[0].isalnum() or (len(tok) > 1 and tok[-1].isalnum())
        out.append((tok, s, e, keys.word_key(tok), tok[0].isupper(), word))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Sen. John McCain's aide met U.S. Gov. J. Smith and then-President Bush.",
        "O'Neill’s view: the Mr. and Mrs. Jones case (No. 5) -- a. b. TP. HCM.",
        "Ông Nguyễn Văn A, Phó Chủ tịch UBND TP. Hà Nội, nói: 'Sen's.' x's 's.",
        "",
        "...",
        # words a run of letters and digits, or not (a run is tokenised on its own)
        "Obama's aide said _x's, 1.5 and a.b cost $3 at rock'n'roll’s end, Dr.",
        "The ex-mayor, a vice-chair, and then-Sen. Lee of D.C. and the U.S.A met.",
        # white space other than one space between words
        "  Sen.  John\tMcCain's\u00a0aide .\n(CNN)--Dr. X. said:  ",
        "A _b_ c\u2003d’s e.",
    ],
)
def test_tokens_match_reference(text: str) -> None:
    sent = tokens.tokenize(text)
    got = [
        (t.text, s, e, t.key, t.cap, t.word)
        for t, s, e in zip(sent.toks, sent.starts, sent.ends, strict=True)
    ]
    assert got == _reference_tokens(text)


def test_tokens_of_a_text_are_its_runs_tokens() -> None:
    """The run table answers the same however often a run is met, in any text."""
    text = "Sen. Lee's aide, Sen. Lee's aide, U.S. U.S."
    first = tokens.tokenize(text)
    again = tokens.tokenize(text + " " + text)
    assert again.toks == first.toks * 2
    assert again.starts[len(first.toks)] == len(text) + 1


def test_fold_table_is_the_toneless_fold() -> None:
    """Safe text folds character by character: the premise of the fast paths."""
    table = keys.fold_table()
    for cp in range(0x10000):
        ch = chr(cp)
        if keys.UNSAFE.match(ch) or not unicodedata.is_normalized("NFC", ch):
            continue
        low = ch.lower()
        assert len(low) == 1 and unicodedata.is_normalized("NFC", low), hex(cp)
        folded = keys.toneless(ch)
        assert len(folded) == 1, hex(cp)
        assert table.get(ord(low), low) == folded, hex(cp)
        # ASCII is never part of a multi-byte chunk: letters stay letters
        assert ch.isascii() == low.isascii(), hex(cp)
