"""tomtat: extractive summaries and key officials for Vietnamese and English news."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Article", "Config", "Official", "Picked", "Summary", "__version__", "summarize"]

if TYPE_CHECKING:
    from tomtat.models import Article, Config, Official, Picked, Summary
    from tomtat.pipeline import summarize


def __getattr__(name: str) -> Any:
    # Lazy so that `tomtat --help` and `--version` never pay for NLTK's import.
    if name == "summarize":
        from tomtat.pipeline import summarize

        return summarize
    if name in {"Article", "Config", "Official", "Picked", "Summary"}:
        from tomtat import models

        return getattr(models, name)
    raise AttributeError(name)
