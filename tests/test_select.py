"""select: budgets, redundancy, document order, what is never picked."""

from __future__ import annotations

from dataclasses import replace

from tomtat import score, select
from tomtat.models import Config, Document, Sentence, SentenceKind

KIND = {"b": SentenceKind.BODY, "h": SentenceKind.HEADING, "y": SentenceKind.BYLINE}

BODY = [
    "The river flood damaged the old dam near the town on Monday.",
    "Engineers inspected the damaged dam after the river flood receded.",
    "Families living near the river left their homes before the flood.",
    "The town council met to discuss repairs to the dam and the roads.",
    "Rain is expected to continue in the region for the rest of the week.",
    "Local schools stayed closed while the water level remained high.",
]


def make(texts: list[str], kinds: str = "", lang: str = "en", title: str | None = None) -> Document:
    return Document(
        lang=lang,
        title=title,
        sentences=tuple(
            Sentence(i, t, i, KIND[kinds[i]] if i < len(kinds) else SentenceKind.BODY)
            for i, t in enumerate(texts)
        ),
    )


def pick(
    d: Document,
    weights: score.Weights | None = None,
    settings: select.Selection | None = None,
    **config: object,
) -> list[int]:
    scored = score.score(d, weights)
    picked = select.select(d, scored, Config(**config), settings)  # type: ignore[arg-type]
    return [p.index for p in picked]


def test_picks_n_in_document_order() -> None:
    d = make(BODY)
    for n in (1, 2, 3, 5):
        got = pick(d, sentences=n)
        assert len(got) == n
        assert got == sorted(got)


def test_n_larger_than_article_gives_every_body_sentence() -> None:
    assert pick(make(BODY[:3]), sentences=10) == [0, 1, 2]


def test_ratio_budget() -> None:
    d = make(BODY)
    assert len(pick(d, ratio=0.5)) == 3
    assert len(pick(d, ratio=0.01)) == 1
    assert len(pick(d, ratio=1.0)) == 6


def test_word_budget_is_never_exceeded() -> None:
    d = make(BODY)
    sizes = [len(t.split()) for t in BODY]
    got = pick(d, words=25)
    assert len(got) >= 1 and sum(sizes[i] for i in got) <= 25
    assert pick(d, words=1) == []  # no sentence fits: none is picked (the caller warns)
    shortest = min(sizes)
    assert len(pick(d, words=shortest)) == 1
    assert len(pick(d, words=10_000)) == len(BODY)


def test_duplicates_never_picked_twice() -> None:
    texts = [
        BODY[0],
        BODY[4],
        BODY[0],
        "The river flood damaged the old dam near the town.",
        BODY[5],
    ]
    got = pick(make(texts), sentences=4)
    chosen = [texts[i] for i in got]
    assert len(set(chosen)) == len(chosen)
    # the near-duplicate of sentence 0 (same terms, minus "Monday") is never picked with it
    assert not ({0, 2} <= set(got) or {0, 3} <= set(got) or {2, 3} <= set(got))


def test_headings_and_bylines_never_picked() -> None:
    texts = [
        "Flood damage at the river dam",
        BODY[0],
        BODY[1],
        "Dam repairs",
        BODY[3],
        "John Smith",
    ]
    d = make(texts, kinds="hbbhby")
    for n in (1, 3, 6):
        got = set(pick(d, sentences=n))
        assert got <= {1, 2, 4}
    assert set(pick(d, ratio=1.0)) == {1, 2, 4}


def test_headings_only_document_still_gets_a_summary() -> None:
    d = make(["Flood at the dam", "Repairs begin"], kinds="hh")
    assert pick(d, sentences=1) != []
    assert pick(make(["John Smith"], kinds="y"), sentences=1) == []


def test_short_sentences_only_make_up_the_count() -> None:
    texts = [BODY[0], "Not now.", BODY[2]]
    assert pick(make(texts), sentences=2) == [0, 2]
    assert pick(make(texts), sentences=3) == [0, 1, 2]
    assert 1 not in pick(make(texts), words=1000)


def test_a_sentence_from_inside_a_quotation_only_makes_up_the_count() -> None:
    # 1 and 2 continue the quotation 0 opens: they score best (they carry the most
    # frequent words) but would read as words nobody said
    texts = [
        '"We expected the worst this week.',
        'The river flood damaged the dam, the bridge and the river road," he said.',
        "The river flood damaged the dam and the bridge”, the mayor said.",
        "Families living near the river left their homes before the flood.",
    ]
    w = score.Weights(coef={"tfidf": 1.0})
    totals = [p.total for p in score.score(make(texts), w).parts]
    assert sorted(range(4), key=totals.__getitem__)[2:] == [1, 2]
    assert pick(make(texts), w, sentences=2) == [0, 3]
    got = pick(make(texts), w, sentences=3)
    assert got[0] == 0 and got[-1] == 3 and got[1] in (1, 2)
    assert pick(make(texts), w, words=1000) == [0, 3]


def test_starts_inside_quote_reads_the_first_quote_mark() -> None:
    inside = select.starts_inside_quote
    assert inside('Thế là tôi chạy quay lại trường".')
    assert inside('Trung Quốc và Mỹ có nhiều điểm chung", tờ Global Times cho hay.')
    assert inside("we will rebuild”, he said, “and soon.")
    assert not inside('"Anh ta khai đây là lần thứ hai.')
    assert not inside('Ông nói: "Tôi sẽ đi", rồi ra về.')
    assert not inside("“We will rebuild,” he said.")
    assert not inside("No quotation here.")


OVERLAPPING = [
    "The flood damaged the dam and the bridge near the river town.",
    "The flood damaged the dam and the bridge near the river.",
    "Officials promised money for repairs to the damaged bridge.",
]


def test_redundancy_steers_away_from_overlap() -> None:
    # 1 repeats 0 (but is no near-duplicate with this threshold): 2 comes second.
    w = score.Weights(coef={"tfidf": 1.0})
    settings = select.Selection(duplicate=1.01, redundancy=5.0)
    got = pick(make(OVERLAPPING), w, settings, sentences=2)
    assert 2 in got and len(got) == 2
    without = replace(settings, redundancy=0.0)
    assert pick(make(OVERLAPPING), w, without, sentences=2) == [0, 1]


def test_redundancy_penalty_recorded_in_parts() -> None:
    d = make(OVERLAPPING)
    w = score.Weights(coef={"tfidf": 1.0})
    settings = select.Selection(duplicate=1.01, redundancy=0.5)
    picked = select.select(d, score.score(d, w), Config(sentences=3), settings)
    assert len(picked) == 3
    assert sorted(p.parts.redundancy > 0 for p in picked) == [False, True, True]
    for p in picked:
        assert p.score == round(p.parts.total, 4)


def test_empty_document() -> None:
    assert pick(make([]), sentences=3) == []


def test_selection_settings_per_language_live_in_select() -> None:
    for lang in ("vi", "en"):
        settings = select.selection_for(lang)
        assert settings is select.selection_for(lang)
        assert 0 < settings.duplicate <= 1 and settings.min_words >= 1
    assert select.selection_for("xx") == select.DEFAULT_SELECTION
    assert not hasattr(score.weights_for("vi"), "redundancy")
