"""Shared fixtures: the seed article, a CLI runner, the shared data and the tools."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_c74147841ab369b7.txt"


def repository_root() -> Path:
    """The main checkout: ROOT itself, or for a git worktree the checkout owning it."""
    dot_git = ROOT / ".git"
    if dot_git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        text = dot_git.read_text(encoding="utf-8").strip()
        if text.startswith("gitdir:"):
            gitdir = Path(text.split(":", 1)[1].strip())
            if not gitdir.is_absolute():
                gitdir = (ROOT / gitdir).resolve()
            if gitdir.parent.name == "worktrees":
                return gitdir.parent.parent.parent
    return ROOT


def shared_data(name: str = "") -> Path:
    """``../shared/data`` (or a file in it) beside the repository; it may be absent."""
    for root in (ROOT, repository_root()):
        folder = root.parent / "shared" / "data"
        if folder.is_dir():
            return folder / name if name else folder
    return ROOT.parent / "shared" / "data" / name


def shared_data_or_skip(name: str) -> Path:
    """A file of the shared data, or skip the test when the folder is not there."""
    path = shared_data(name)
    if not path.exists():
        pytest.skip(f"shared data not present: {path}")
    return path


def load_tool(name: str) -> ModuleType:
    """Import ``tools/<name>.py`` (tools are not installed with the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


SHARED_DATA = shared_data()


@pytest.fixture()
def seed_path() -> Path:
    return SEED


@pytest.fixture()
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(name="shared_dir")
def _shared_dir() -> Path:
    """``../shared/data`` beside the repository; the test is skipped when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not present at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output",
    )


@pytest.fixture()
def score_fails_on_boom(monkeypatch: pytest.MonkeyPatch) -> Callable[[Exception], None]:
    """Make the score stage raise the given exception on any article saying "BOOM"."""
    from tomtat import score
    from tomtat.models import Document

    real = score.score

    def install(exc: Exception) -> None:
        def flaky(doc: Document, weights: score.Weights | None = None) -> score.Scored:
            if any("BOOM" in s.text for s in doc.sentences):
                raise exc
            return real(doc, weights)

        monkeypatch.setattr(score, "score", flaky)

    return install
