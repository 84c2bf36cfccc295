"""score: the features and parts of the linear scorer on tiny hand-made documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from tomtat import score
from tomtat.models import Document, ScoreParts, Sentence, SentenceKind
from tomtat.tokens import terms

FLAT = score.Weights(coef={"tfidf": 1.0})


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
    assert max(p.frequency for p in parts) == pytest.approx(1.0)


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


def test_position_bins_follow_body_rank_skipping_headings() -> None:
    d = doc(
        "One thing happened.", "Heading here", "Another thing happened.", "A third.", kinds="bhbb"
    )
    w = replace(FLAT, coef={"first": 1.0, "second": 0.5, "third": 0.25})
    parts = score.score(d, w).parts
    assert parts[0].position == pytest.approx(1.0)
    assert parts[1].position == 0.0
    assert parts[2].position == pytest.approx(0.5)
    assert parts[3].position == pytest.approx(0.25)


def test_paragraph_features() -> None:
    sents = (
        Sentence(0, "The storm hit the coast.", 0),
        Sentence(1, "Roads were closed.", 0),
        Sentence(2, "Schools reopened on Friday.", 1),
        Sentence(3, "Power came back later.", 1),
    )
    rows = score.rows(score.features(Document("en", None, sents)), 0.75)
    assert [r is not None and r.get("first_paragraph", 0.0) for r in rows] == [0, 1, 0, 0]
    assert [r is not None and r.get("paragraph_start", 0.0) for r in rows] == [0, 0, 1, 0]


def test_headline_part_rewards_overlap_with_title() -> None:
    d = doc(
        "Bão số 9 đổ bộ vào miền Trung gây mưa lớn.",
        "Giá vàng hôm nay tăng nhẹ.",
        lang="vi",
        title="Bão số 9 đổ bộ miền Trung",
    )
    parts = score.score(d, replace(FLAT, coef={"headline": 1.0})).parts
    assert parts[0].headline > 0.3
    assert parts[1].headline == 0.0


def test_no_title_no_headline_feature() -> None:
    rows = score.rows(score.features(doc("A storm hit the coast.", "The storm moved north.")), 1)
    assert all(r is not None and "headline" not in r for r in rows)
    assert rows[1] is not None and rows[1]["lead_overlap"] > 0  # "storm" again


def test_parts_add_up_to_weighted_features() -> None:
    d = doc(
        "The storm hit the coast on Monday, officials said.",
        '"We lost 12 homes," said Mayor John Smith.',
        "The storm moved north.",
        title="Storm hits coast",
    )
    w = score.weights_for("en")
    rows = score.rows(score.features(d), w.length_norm)
    for row, parts in zip(rows, score.score(d, w).parts, strict=True):
        assert row is not None
        for part, names in score.PARTS.items():
            want = sum(w.coef.get(f, 0.0) * row.get(f, 0.0) for f in names)
            assert getattr(parts, part) == pytest.approx(want)
    assert rows[1] is not None and rows[1]["numbers"] > 0 and rows[1]["names"] > 0


def test_rank_headline_and_punctuation_features() -> None:
    d = doc(
        "A storm hit the coast on Monday and flooded the port.",
        "Officials listed the damage:",
        "Was it the worst storm (in years) on this coast?",
        "The mayor thanked volunteers.",
        "Storm damage reached the port as the coast flooded.",
        title="Storm floods coast port",
    )
    rows = [r for r in score.rows(score.features(d), 0.75) if r is not None]
    assert [r["relative_rank"] for r in rows] == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert [r.get("last", 0.0) for r in rows] == [0, 0, 0, 0, 1]
    assert [r.get("colon", 0.0) for r in rows] == [0, 1, 0, 0, 0]
    assert [r.get("question", 0.0) for r in rows] == [0, 0, 1, 0, 0]
    assert [r.get("parenthesis", 0.0) for r in rows] == [0, 0, 1, 0, 0]
    # every headline term (storm, flood, coast, port) is in the first sentence
    assert rows[0]["headline_cover"] == pytest.approx(1.0)
    assert rows[3].get("headline_cover", 0.0) == 0.0
    assert 0 < rows[2]["headline_cover"] < 1
    # the idf-weighted overlap counts only for the first three sentences
    assert rows[4]["headline_idf"] > 0 and "headline_early" not in rows[4]
    assert rows[0]["headline_early"] == rows[0]["headline_idf"]
    assert rows[4]["lead_cover"] > rows[2]["lead_cover"] > 0
    # one sentence a paragraph: each is a paragraph of its own, the second opens paragraph 2
    assert all(r["own_paragraph"] == 1.0 for r in rows)
    assert [r.get("second_paragraph", 0.0) for r in rows] == [0, 1, 0, 0, 0]
    # "storm", "coast" and "port" are the article's most repeated terms
    assert rows[4]["key_terms"] > rows[3].get("key_terms", 0.0)


def test_quote_and_length_features() -> None:
    plain = "The minister said on Monday that the budget will grow next year."
    long = "Storm damage hit the coast " + "and " * 50 + "more."
    rows = score.rows(score.features(doc(plain, f'"{plain}"', long)), 0.75)
    assert [r is not None and r["quote"] for r in rows] == [0.0, 1.0, 0.0]
    assert rows[0] is not None and rows[0].get("words_10_19") == 1.0
    assert rows[2] is not None and rows[2].get("words_ge_45") == 1.0
    assert score.quoted('"Yes," he said.') == 1.0
    assert score.quoted('He said "yes" twice.') == 0.5
    assert score.quoted("He said yes.") == 0.0


def test_rare_terms_weigh_more_than_common_ones() -> None:
    table = score.doc_freq("en")
    assert table.documents > 1000
    police, tsunami = terms("police tsunami", "en")
    assert table.idf(police) < table.idf(tsunami) <= table.idf("zzyzxq")
    vi = score.doc_freq("vi")
    assert vi.idf("tỉnh") < vi.idf("bão") < vi.idf("tỉnh bão")


def test_centrality_rewards_terms_shared_with_the_rest() -> None:
    d = doc(
        "The dam broke after the flood.",
        "Volcanic ash grounded jets.",
        "Engineers blamed the flood for the dam failure.",
        "The flood left the dam town empty.",
    )
    rows = score.rows(score.features(d), 0.75)
    central = [r["centrality"] for r in rows if r is not None]
    assert central[1] == 0.0
    assert max(central) == pytest.approx(1.0)


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
    assert score.weights_for("vi") is score.weights_for("vi")
    assert score.weights_for("vi") != score.weights_for("en")
    assert set(score.weights_for("vi").coef) <= set(score.FEATURES)
    assert score.weights_for("xx") == score.DEFAULT_WEIGHTS
    assert score.score(doc("Hi there.", lang="en")).weights is score.weights_for("en")


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


def _summed_rows(feats: score.Features, w: score.Weights) -> list[tuple[float, ...]]:
    """The parts the plain way: each row's features weighed and added per part in the
    order rows() lists them (score_features does the same without building rows)."""
    part_of = {f: part for part, names in score.PARTS.items() for f in names}
    out: list[tuple[float, ...]] = []
    for row in score.rows(feats, w.length_norm):
        sums = dict.fromkeys(score.PARTS, 0.0)
        for f, value in (row or {}).items():
            sums[part_of[f]] += w.coef.get(f, 0.0) * value
        out.append(tuple(sums.values()))
    return out


@pytest.mark.parametrize("spread", [False, True])
def test_score_parts_are_the_weighed_sums_of_the_rows(spread: bool) -> None:
    """score_features weighs as it computes; the sums must be rows()'s, to the last bit,
    with the fitted weights and with every feature weighing something different."""
    from pathlib import Path

    from tomtat import segment

    sample = Path(__file__).parent / "data" / "quality-sample.jsonl"
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    assert {r["lang"] for r in rows} == {"vi", "en"}
    for r in rows:
        fitted = score.weights_for(r["lang"])
        w = (
            replace(fitted, coef={f: (k % 7 - 3) / 3 for k, f in enumerate(score.FEATURES)})
            if spread
            else fitted
        )
        feats = score.features(segment.split(r["text"], r["lang"], r.get("title")))
        got = [
            (p.frequency, p.position, p.headline, p.cues)
            for p in score.score_features(feats, w).parts
        ]
        assert got == _summed_rows(feats, w), r["id"]
        assert any(sum(parts) for parts in got)
