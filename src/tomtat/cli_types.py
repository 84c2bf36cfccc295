"""Option types shared by the CLI's commands."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer


class Lang(StrEnum):
    """Article languages."""

    auto = "auto"
    vi = "vi"
    en = "en"


SentencesOpt = Annotated[
    int, typer.Option("--sentences", "-n", min=1, help="Number of summary sentences.")
]
