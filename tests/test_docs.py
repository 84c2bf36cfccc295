"""The README documents every command and every option, and each command has help."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main

from tomtat.cli import app
from tomtat.errors import ExitCode

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
ROOT_COMMAND = typer.main.get_command(app)
COMMANDS = sorted(ROOT_COMMAND.commands.items())  # type: ignore[attr-defined]
SKIP = {"--help", "-h", "--install-completion", "--show-completion"}


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_and_options_in_readme(name: str, command: Any) -> None:
    assert f"tomtat {name}" in README
    assert command.help, f"{name} has no help text"
    for param in command.params:
        if param.param_type_name != "option":
            continue
        for opt in param.opts + param.secondary_opts:
            if opt in SKIP:
                continue
            assert f"`{opt}" in README or f"{opt}`" in README or f" {opt} " in README, (
                f"{name} {opt} is not documented in README.md"
            )
        assert param.help, f"{name} {param.opts} has no help"


def test_root_options_in_readme() -> None:
    for param in ROOT_COMMAND.params:
        for opt in param.opts:
            if opt in SKIP:
                continue
            assert f"`tomtat {opt}" in README, f"tomtat {opt} is not documented in README.md"
        assert getattr(param, "help", None), f"{param.opts} has no help"


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_metavars_in_readme_match_the_help(name: str, command: Any) -> None:
    # the README's option tables show the same short metavar the help shows
    for param in command.params:
        if param.param_type_name != "option" or param.is_flag or not param.metavar:
            continue
        assert f"`{param.opts[-1]} {param.metavar}`" in README or any(
            f"`{opt}`" in README for opt in param.opts
        ), f"{name} {param.opts[-1]} {param.metavar} not in README.md"


def test_exit_codes_documented() -> None:
    for code in ExitCode:
        assert f"| {int(code)} |" in README, f"exit code {int(code)} missing from README"
