"""Run the CLI as ``python -m tomtat``; also the ``tomtat`` console script's entry point."""

from __future__ import annotations

import sys


def main() -> None:
    """``tomtat --version`` alone is answered here, as the app's ``--version`` answers
    it, before Typer and the commands are imported (most of its run time); everything
    else goes to :func:`tomtat.cli.main`."""
    if sys.argv[1:] == ["--version"]:
        from tomtat import __version__

        sys.stdout.write(f"tomtat {__version__}\n")
        sys.stdout.flush()
        return
    from tomtat.cli import main as run

    run()


if __name__ == "__main__":
    main()
