"""Fit the scorer's weights (src/tomtat/data/weights-LANG.json) on the train corpora.

Usage (from the repository root, after tools/learn_df.py):

    .venv/bin/python tools/fit_scorer.py --lang vi ../shared/data/vi-news-train.jsonl.gz \\
        --exclude bench/unseen-train-ids.txt --dev ../shared/data/vi-news-dev.jsonl \\
        --out src/tomtat/data/weights-vi.json

Articles listed in ``--exclude`` (the unseen train sample) are never read for fitting;
they are only scored at the end, beside ``--dev``. The rest (the fitting part) is put in
``--folds`` folds by a hash of the id.

1. *Ranker*: every body sentence is labelled 1 if the greedy extractive oracle (the
   sentences that most raise R1+R2 F1 against the reference) picks it, else 0. The
   starting weights (over ``score.FEATURES``) come from a pairwise logistic ranker:
   each oracle sentence against up to 12 other sentences of its article, the
   probability that it scores higher fitted by Newton's method with an L2 penalty
   (``--ranker pairwise``, the default), or from a least-squares fit of the labels,
   centred per article (``--ranker labels``).
2. *Direct search*: coordinate descent on the mean R1+R2 F1 of the actual summaries
   (``score`` + ``select`` at ``--sentences``), over every weight, ``length_norm`` and
   ``redundancy``; a move is kept only if it gains more than ``--eps`` points.

With ``--folds K`` (K >= 2) the whole procedure is also run K times, each fitted on
K-1 folds and scored on the one left out: the train-CV figures. Features are cached
in ``--cache`` (default: the system's temporary directory). numpy is needed here only.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import pickle
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_df import read_corpus, read_ids

from tomtat import score, segment, select
from tomtat.evaluate import tokenizer
from tomtat.models import Config, Document, ScoreParts, SentenceKind

LENGTH_NORMS = (0.5, 0.75, 1.0)
REDUNDANCY = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)
PAIRS = 12  # negatives drawn per oracle sentence for the pairwise ranker
STEPS = (-0.5, -0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.5)


@dataclass
class Art:
    """One article, split, featurised and tokenised for ROUGE once."""

    id: str
    doc: Document
    body: list[int]  # sentence indices of body sentences
    x: dict[float, np.ndarray]  # length_norm -> (len(body), len(FEATURES))
    terms: tuple[frozenset[str], ...]
    words: tuple[int, ...]
    toks: list[list[str]]
    ref1: Counter[str]
    ref2: Counter[tuple[str, str]]


def make_art(row: dict[str, Any], lang: str, tok: Any) -> Art | None:
    text, ref = row.get("text") or "", row.get("summary") or ""
    if not text.strip() or not ref.strip():
        return None
    doc = segment.split(text, lang, row.get("title") or None)
    feats = score.features(doc)
    body = [s.index for s in doc.sentences if s.kind is SentenceKind.BODY]
    if not body:
        return None
    x = {}
    for ln in LENGTH_NORMS:
        got = score.rows(feats, ln)
        x[ln] = np.array(
            [[(got[i] or {}).get(f, 0.0) for f in score.FEATURES] for i in body], dtype=np.float64
        )
    rt = tok.tokenize(ref)
    return Art(
        id=str(row["id"]),
        doc=doc,
        body=body,
        x=x,
        terms=tuple(frozenset(ts) for ts in feats.terms),
        words=feats.words,
        toks=[tok.tokenize(s.text) for s in doc.sentences],
        ref1=Counter(rt),
        ref2=Counter(itertools.pairwise(rt)),
    )


def load(paths: Sequence[Path], lang: str, cache: Path, keep: Any) -> list[Art]:
    """Articles of ``paths`` for which ``keep(id)`` holds, featurised (cached on disk)."""
    h = hashlib.sha1()
    for p in paths:
        h.update(str(p.resolve()).encode())
        h.update(str(p.stat().st_mtime).encode())
    # what the cached features depend on: the whole of score.py (rows() calls helpers
    # such as _frequency and _key_terms; hashing only features and rows missed them)
    for name in (
        "score.py",
        "text.py",
        "segment.py",
        "punkt.py",
        f"data/punkt-{lang}.json",
        "tokens.py",
        f"data/df-{lang}.json",
    ):  # the split and the terms
        h.update((Path(score.__file__).parent / name).read_bytes())
    path = cache / f"tomtat-fit-{lang}-{h.hexdigest()[:16]}.pkl"
    if path.exists():
        arts: list[Art] = pickle.loads(path.read_bytes())
    else:
        tok = tokenizer(lang)
        arts = []
        for p in paths:
            for row in read_corpus(p):
                if row.get("lang", lang) == lang:
                    art = make_art(row, lang, tok)
                    if art is not None:
                        arts.append(art)
        path.write_bytes(pickle.dumps(arts, protocol=pickle.HIGHEST_PROTOCOL))
    return [a for a in arts if keep(a.id)]


# ------------------------------------------------------------------ ROUGE, fast


def _f(pred: Counter[Any], ref: Counter[Any]) -> float:
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(pred.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


_GAIN: dict[tuple[str, tuple[int, ...]], tuple[float, float]] = {}


def gain(art: Art, idx: Sequence[int]) -> tuple[float, float]:
    """R1 and R2 F1 (0..1) of the sentences ``idx``, same tokens as rouge-score (cached)."""
    key = (art.id, tuple(sorted(idx)))
    got = _GAIN.get(key)
    if got is None:
        toks: list[str] = []
        for i in key[1]:
            toks.extend(art.toks[i])
        got = (_f(Counter(toks), art.ref1), _f(Counter(itertools.pairwise(toks)), art.ref2))
        _GAIN[key] = got
    return got


# ------------------------------------------------------------------ scoring


@dataclass(frozen=True)
class Params:
    coef: tuple[float, ...]
    length_norm: float
    redundancy: float

    def weights(self) -> score.Weights:
        return score.Weights(
            coef={f: c for f, c in zip(score.FEATURES, self.coef, strict=True) if c},
            length_norm=self.length_norm,
        )

    def selection(self) -> select.Selection:
        return select.Selection(redundancy=self.redundancy)


_SIM: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def _prepared(art: Art) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Body-sentence similarity matrix, same-text matrix and long-enough mask (cached)."""
    got = _SIM.get(art.id)
    if got is None:
        ts = [art.terms[i] for i in art.body]
        texts = [art.doc.sentences[i].text.strip() for i in art.body]
        k = len(ts)
        sim = np.zeros((k, k))
        same = np.zeros((k, k), dtype=bool)
        for a in range(k):
            for b in range(a, k):
                sim[a, b] = sim[b, a] = score.similarity(ts[a], ts[b])
                same[a, b] = same[b, a] = texts[a] == texts[b]
        long = np.array([art.words[i] >= select.DEFAULT_SELECTION.min_words for i in art.body])
        got = (sim, same, long)
        _SIM[art.id] = got
    return got


def fast_picks(art: Art, p: Params, n: int) -> list[int]:
    """``select.select`` with ``Config(sentences=n)`` replayed on arrays (same picks)."""
    totals = art.x[p.length_norm] @ np.asarray(p.coef)
    sim, same, long = _prepared(art)
    dup = select.DEFAULT_SELECTION.duplicate
    k = len(art.body)
    closest = np.zeros(k)
    alive = np.ones(k, dtype=bool)
    chosen: list[int] = []
    for tier in (long, ~long):
        if len(chosen) >= n:
            break
        pool = tier & alive
        while pool.any() and len(chosen) < n:
            value = np.where(pool, totals - p.redundancy * closest, -np.inf)
            j = int(np.argmax(value))
            chosen.append(j)
            alive &= ~same[j]
            closest = np.maximum(closest, sim[j])
            alive &= closest < dup
            pool &= alive
    return sorted(art.body[j] for j in chosen)


def picks(art: Art, p: Params, config: Config) -> list[int]:
    """What score + select pick with ``p``."""
    if config.words is None and config.ratio is None:
        return fast_picks(art, p, config.sentences)
    return slow_picks(art, p, config)


def slow_picks(art: Art, p: Params, config: Config) -> list[int]:
    """What score + select pick with ``p`` (the selector itself, on precomputed scores)."""
    totals = art.x[p.length_norm] @ np.asarray(p.coef)
    parts = [ScoreParts()] * len(art.doc.sentences)
    for i, t in zip(art.body, totals.tolist(), strict=True):
        parts[i] = ScoreParts(frequency=t)
    w = p.weights()
    scored = score.Scored(parts=tuple(parts), terms=art.terms, words=art.words, weights=w)
    return [q.index for q in select.select(art.doc, scored, config, p.selection())]


R2_WEIGHT = [1.0]  # how much R2 counts beside R1 in the objective (--r2-weight)


def objective(arts: Sequence[Art], p: Params, config: Config) -> float:
    """Mean R1 + ``R2_WEIGHT`` x R2 F1 x 100."""
    total = 0.0
    w2 = R2_WEIGHT[0]
    for art in arts:
        r1, r2 = gain(art, picks(art, p, config))
        total += r1 + w2 * r2
    return 100 * total / len(arts)


def means(arts: Sequence[Art], p: Params, config: Config) -> tuple[float, float]:
    r1 = r2 = 0.0
    for art in arts:
        a, b = gain(art, picks(art, p, config))
        r1 += a
        r2 += b
    return 100 * r1 / len(arts), 100 * r2 / len(arts)


def lead(arts: Sequence[Art], n: int) -> tuple[float, float]:
    r1 = r2 = 0.0
    for art in arts:
        a, b = gain(art, art.body[:n])
        r1 += a
        r2 += b
    return 100 * r1 / len(arts), 100 * r2 / len(arts)


# ------------------------------------------------------------------ fitting


def oracle(art: Art, n: int) -> set[int]:
    """Greedy extractive oracle: the body sentences that most raise R1+R2 F1, up to ``n``."""
    chosen: list[int] = []
    best = 0.0
    for _ in range(n):
        gains = [(sum(gain(art, [*chosen, i])), -i) for i in art.body if i not in chosen]
        if not gains:
            break
        total, neg = max(gains)
        if total <= best and chosen:
            break
        chosen.append(-neg)
        best = total
    return set(chosen)


def ranker(arts: Sequence[Art], length_norm: float, n: int, ridge: float = 1.0) -> np.ndarray:
    """Least squares of the oracle label (1: in the greedy oracle of ``n``), per article
    centred, on the centred features; scaled so scores vary by 1 (std) within articles."""
    xs, ys = [], []
    for art in arts:
        x = art.x[length_norm]
        picked = oracle(art, n)
        y = np.array([1.0 if i in picked else 0.0 for i in art.body])
        xs.append(x - x.mean(axis=0))
        ys.append(y - y.mean())
    x, y = np.vstack(xs), np.concatenate(ys)
    d = x.shape[1]
    beta = np.linalg.solve(x.T @ x + ridge * np.eye(d), x.T @ y)
    spread = float(np.std(x @ beta)) or 1.0
    return beta / spread


def pairwise(
    arts: Sequence[Art], length_norm: float, n: int, l2: float = 1.0, iters: int = 25
) -> np.ndarray:
    """Pairwise logistic ranker: each greedy-oracle sentence against up to ``PAIRS`` other
    body sentences of its article (drawn with a fixed seed); the weights maximise the
    L2-penalised likelihood that the oracle sentence scores higher (Newton's method).
    Scaled so scores vary by 1 (std) within articles."""
    rng = np.random.default_rng(0)
    diffs = []
    for art in arts:
        x = art.x[length_norm]
        picked = sorted(art.body.index(i) for i in oracle(art, n))
        others = [j for j in range(len(art.body)) if j not in picked]
        if not picked or not others:
            continue
        for j in picked:
            neg = others if len(others) <= PAIRS else rng.choice(others, PAIRS, replace=False)
            diffs.append(x[j] - x[neg])
    d = np.vstack(diffs)
    w = np.zeros(d.shape[1])
    for _ in range(iters):
        prob = 1 / (1 + np.exp(-(d @ w)))
        grad = d.T @ (prob - 1) + l2 * w
        hess = (d * (prob * (1 - prob))[:, None]).T @ d + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    centred = np.vstack([a.x[length_norm] - a.x[length_norm].mean(axis=0) for a in arts])
    return w / (float(np.std(centred @ w)) or 1.0)


RANKER = ["pairwise"]  # --ranker


def fit(
    arts: Sequence[Art],
    config: Config,
    eps: float,
    rounds: int,
    log: Any,
    start: Params | None = None,
) -> Params:
    """Ranker start (or ``start``), then coordinate descent on the summaries' ROUGE."""
    best_p, best = start, -1.0 if start is None else objective(arts, start, config)
    for ln in LENGTH_NORMS if start is None else ():
        rank = pairwise if RANKER[0] == "pairwise" else ranker
        beta = rank(arts, ln, config.sentences)
        for red in (0.0, 0.5, 1.0, 2.0):
            p = Params(tuple(round(float(b), 2) for b in beta), ln, red)
            got = objective(arts, p, config)
            log(f"  start length_norm={ln} redundancy={red}: {got:.3f}")
            if got > best:
                best_p, best = p, got
    assert best_p is not None
    for r in range(rounds):
        moved = False
        for j, name in enumerate(score.FEATURES):
            for step in STEPS:
                coef = list(best_p.coef)
                coef[j] = round(coef[j] + step, 3)
                cand = replace(best_p, coef=tuple(coef))
                got = objective(arts, cand, config)
                if got > best + eps:
                    best_p, best, moved = cand, got, True
                    log(f"  round {r} {name}={coef[j]:g}: {best:.3f}")
        for ln in LENGTH_NORMS:
            cand = replace(best_p, length_norm=ln)
            if ln != best_p.length_norm and (got := objective(arts, cand, config)) > best + eps:
                best_p, best, moved = cand, got, True
                log(f"  round {r} length_norm={ln:g}: {best:.3f}")
        for red in REDUNDANCY:
            cand = replace(best_p, redundancy=red)
            if red != best_p.redundancy and (got := objective(arts, cand, config)) > best + eps:
                best_p, best, moved = cand, got, True
                log(f"  round {r} redundancy={red:g}: {best:.3f}")
        if not moved:
            break
    return best_p


def fold_of(art_id: str, k: int) -> int:
    return int(hashlib.sha1(art_id.encode()).hexdigest(), 16) % k


def subsample(arts: Sequence[Art], limit: int) -> list[Art]:
    """At most ``limit`` articles, chosen by a hash of the id (stable)."""
    if len(arts) <= limit:
        return list(arts)
    return sorted(arts, key=lambda a: hashlib.md5(a.id.encode()).hexdigest())[:limit]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--lang", required=True, choices=("vi", "en"))
    ap.add_argument("--exclude", type=Path, required=True, help="unseen sample ids")
    ap.add_argument("--dev", type=Path, required=True)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=10000, help="articles for the direct search")
    ap.add_argument("--eps", type=float, default=0.02)
    ap.add_argument("--r2-weight", type=float, default=1.0, help="objective: R1 + this x R2")
    ap.add_argument("--ranker", choices=("pairwise", "labels"), default="pairwise")
    ap.add_argument("--start", type=Path, help="start the search from these weights (JSON)")
    ap.add_argument("--cv-only", action="store_true", help="cross-validate, fit nothing")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = ap.parse_args(argv)
    R2_WEIGHT[0] = args.r2_weight
    RANKER[0] = args.ranker
    t0 = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{args.lang} {time.perf_counter() - t0:6.0f}s] {msg}", file=sys.stderr, flush=True)

    unseen_ids = read_ids(args.exclude)
    fitting = load(args.corpora, args.lang, args.cache, lambda i: i not in unseen_ids)
    unseen = load(args.corpora, args.lang, args.cache, lambda i: i in unseen_ids)
    dev = load([args.dev], args.lang, args.cache, lambda i: True)
    log(f"{len(fitting)} fitting, {len(unseen)} unseen, {len(dev)} dev articles")
    config = Config(sentences=args.sentences)
    n = args.sentences

    report: dict[str, Any] = {}
    if args.folds >= 2:
        held: list[tuple[Art, Params]] = []
        for f in range(args.folds):
            train = [a for a in fitting if fold_of(a.id, args.folds) != f]
            test = [a for a in fitting if fold_of(a.id, args.folds) == f]
            log(f"fold {f}: fit on {len(train)} (direct search on {min(len(train), args.limit)})")
            p = fit(subsample(train, args.limit), config, args.eps, args.rounds, log)
            held.extend((a, p) for a in test)
        r1 = sum(gain(a, picks(a, p, config))[0] for a, p in held) / len(held) * 100
        r2 = sum(gain(a, picks(a, p, config))[1] for a, p in held) / len(held) * 100
        l1, l2 = lead([a for a, _ in held], n)
        report["cv"] = {"tomtat": [r1, r2], f"lead-{n}": [l1, l2]}
        log(f"CV held-out R1/R2 {r1:.2f}/{r2:.2f} vs lead {l1:.2f}/{l2:.2f}")

    if args.cv_only:
        print(json.dumps(report, indent=1))
        return 0
    log(f"final fit on {min(len(fitting), args.limit)} of {len(fitting)}")
    start = None
    if args.start:
        spec = json.loads(args.start.read_text(encoding="utf-8"))
        start = Params(
            tuple(float(spec["coef"].get(f, 0.0)) for f in score.FEATURES),
            float(spec["length_norm"]),
            float(spec["redundancy"]),
        )
    p = fit(subsample(fitting, args.limit), config, args.eps, args.rounds, log, start)
    for name, arts in (("fitting", fitting), ("unseen", unseen), ("dev", dev)):
        got, base = means(arts, p, config), lead(arts, n)
        report[name] = {"tomtat": list(got), f"lead-{n}": list(base)}
        log(
            f"{name}: R1/R2 {got[0]:.2f}/{got[1]:.2f} vs lead {base[0]:.2f}/{base[1]:.2f}"
            f" ({got[0] - base[0]:+.2f}/{got[1] - base[1]:+.2f})"
        )
    spec = {
        "lang": args.lang,
        "fitted_on": f"{len(fitting)} articles of {', '.join(p.name for p in args.corpora)}"
        f" minus {args.exclude.name}; tools/fit_scorer.py --sentences {n}"
        f" --r2-weight {args.r2_weight:g} --ranker {args.ranker} --limit {args.limit}"
        f" --rounds {args.rounds}",
        "coef": {f: c for f, c in zip(score.FEATURES, p.coef, strict=True) if c},
        "length_norm": p.length_norm,
        "redundancy": p.redundancy,
    }
    print(json.dumps({"weights": spec, "figures": report}, indent=1))
    if args.out:
        args.out.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", "utf-8")
        log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
