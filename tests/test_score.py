"""score: frequency, position and headline parts on tiny hand-made documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from tomtat import score
from tomtat.models import Document, ScoreParts, Sentence, SentenceKind

FLAT = score.Weights(position=0.0, headline=0.0, quote=0.0)


def doc(*texts: str, lang: str = "en", title: str | None = None, kinds: str = "") -> Document:
    """A document from texts; ``kinds`` gives one letter per sentence (b/h/y)."""
    kind_of = {"b": SentenceKind.BODY, "h": SentenceKind.HEADING, "y": SentenceKind.BYLINE}
    sents = tuple(
        Sentence(i, t, i, kind_of[kinds[i]] if i < len(kinds) else SentenceKind.BODY)
        for i, t in enumerate(texts)
    )
    return Document(lang=lang, title=title, sentences=sents)


def test_sentence_with_frequent_terms_outranks_one_without() -> None:
    d = doc(
        "Weather stayed mild across coastal towns yesterday.",
        "The flood damaged the dam near the river.",
        "Engineers inspected the dam after the flood.",
        "The river flood forced families from homes near the dam.",
    )
    parts = score.score(d, FLAT).parts
    assert parts[0].frequency < min(p.frequency for p in parts[1:])
    assert max(p.frequency for p in parts) == pytest.approx(FLAT.frequency)


def test_scores_are_deterministic() -> None:
    d = doc("Officials met on Monday.", "Officials met again on Tuesday to talk.", "Rain fell.")
    assert score.score(d) == score.score(d)


def test_scores_do_not_depend_on_hash_seed() -> None:
    # Float sums over sets would follow the per-process string hash order.
    code = (
        "import json; from tomtat import segment, score;"
        "d = segment.split('Chính phủ họp về kinh tế. Kinh tế tăng trưởng mạnh trong năm. "
        "Chính phủ giao nhiệm vụ phát triển kinh tế số. Người dân vui mừng.', 'vi');"
        "print(json.dumps([p.total for p in score.score(d).parts]))"
    )
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outs.add(tuple(json.loads(res.stdout)))
    assert len(outs) == 1


def test_bylines_and_headings_score_zero() -> None:
    d = doc(
        "The flood damaged the dam.",
        "Flood damage",
        "The dam flood was the worst in years.",
        "John Smith",
        kinds="bhby",
    )
    parts = score.score(d).parts
    assert parts[1] == ScoreParts()
    assert parts[3] == ScoreParts()
    assert parts[0].total > 0 and parts[2].total > 0


def test_position_part_falls_with_body_rank_skipping_headings() -> None:
    d = doc(
        "One thing happened.", "Heading here", "Another thing happened.", "A third.", kinds="bhbb"
    )
    w = replace(FLAT, position=1.0, position_decay=2.0)
    parts = score.score(d, w).parts
    assert parts[0].position == pytest.approx(1.0)
    assert parts[1].position == 0.0
    assert parts[0].position > parts[2].position > parts[3].position > 0


def test_headline_part_rewards_overlap_with_title() -> None:
    d = doc(
        "Bão số 9 đổ bộ vào miền Trung gây mưa lớn.",
        "Giá vàng hôm nay tăng nhẹ.",
        lang="vi",
        title="Bão số 9 đổ bộ miền Trung",
    )
    parts = score.score(d, replace(FLAT, headline=1.0)).parts
    assert parts[0].headline > 0.3
    assert parts[1].headline == 0.0


def test_no_title_no_headline_part() -> None:
    parts = score.score(doc("A storm hit the coast.", "The storm moved north.")).parts
    assert all(p.headline == 0.0 for p in parts)


def test_quoted_speech_keeps_less_frequency() -> None:
    plain = "The minister said the budget will grow next year."
    d = doc(plain, f'"{plain}"', "The budget grew last year too.")
    parts = score.score(d, replace(FLAT, quote=0.5)).parts
    assert parts[1].frequency == pytest.approx(parts[0].frequency * 0.5)
    assert score.quoted('"Yes," he said.') == 1.0
    assert score.quoted('He said "yes" twice.') == 0.5
    assert score.quoted("He said yes.") == 0.0


def test_long_sentences_keep_part_of_frequency() -> None:
    short = "Storm damage hit the coast."
    long = "Storm damage hit the coast " + "and " * 30 + "more."
    d = doc(short, long)
    off = score.score(d, FLAT).parts
    on = score.score(d, replace(FLAT, long_words=10)).parts
    assert on[0].frequency == pytest.approx(off[0].frequency)
    assert on[1].frequency < off[1].frequency


def test_length_norm_prefers_dense_short_sentences() -> None:
    d = doc(
        "Flood dam river.",
        "Flood dam river with several unrelated extra words about other matters entirely.",
        "The flood hit the dam by the river.",
    )
    dense = score.score(d, replace(FLAT, length_norm=1.0)).parts
    assert dense[0].frequency > dense[1].frequency
    summed = score.score(d, replace(FLAT, length_norm=0.0)).parts
    assert summed[1].frequency > summed[0].frequency


def test_empty_document_and_weights_per_language() -> None:
    assert score.score(doc()).parts == ()
    assert score.weights_for("vi") is score.WEIGHTS["vi"]
    assert score.weights_for("xx") == score.DEFAULT_WEIGHTS
    assert score.score(doc("Hi there.", lang="en")).weights is score.WEIGHTS["en"]


def test_similarity() -> None:
    a, b = frozenset({"x", "y"}), frozenset({"x", "y", "z", "w"})
    assert score.similarity(a, b) == 1.0
    assert score.similarity(a, frozenset({"q"})) == 0.0
    assert score.similarity(frozenset(), b) == 0.0


def test_dateline_of_first_body_sentence_is_not_counted() -> None:
    d = doc("WASHINGTON (CNN) -- Senators passed the budget.", "The budget (CNN) -- passed.")
    feats = score.features(d)
    assert feats.terms[0] == score.features(doc("Senators passed the budget.")).terms[0]
    assert feats.words[0] == 4
    assert "cnn" in feats.terms[1]  # only the first body sentence opens with a dateline
