"""Write the stopword lists tomtat ships (src/tomtat/data/stopwords-{vi,en}.txt).

Usage (from the repository root):

    .venv/bin/python tools/ship_stopwords.py

The lists are stopwordsiso's (https://github.com/stopwords-iso), lower-cased and
sorted, one entry a line (Vietnamese entries of several syllables keep their spaces),
after a ``#`` line naming the stopwordsiso version. Importing stopwordsiso reads the
lists of every language it has and the package metadata (~20 ms, a twentieth of a
one-article run); tomtat reads its two lists instead. tests/test_lang.py checks that
the shipped files still equal stopwordsiso's lists.
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from pathlib import Path

import stopwordsiso

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("vi", "en")


def render(lang: str) -> str:
    """The file's text for ``lang``."""
    words = sorted({w.lower() for w in stopwordsiso.stopwords(lang)})
    header = f"# stopwordsiso {version('stopwordsiso')} stopwords({lang!r}), lower-cased, sorted"
    return "\n".join([header, *words]) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out-dir", type=Path, default=ROOT / "src" / "tomtat" / "data")
    args = ap.parse_args()
    for lang in LANGS:
        path = args.out_dir / f"stopwords-{lang}.txt"
        path.write_text(render(lang), encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
