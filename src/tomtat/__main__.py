"""Run the CLI as ``python -m tomtat``; also the ``tomtat`` console script's entry point."""

from __future__ import annotations

import gc
import sys

# tomtat makes no reference cycles as it works (a collection after 200 articles finds
# nothing to free), so the cycle collector's passes are pure cost: by default a pass
# every 700 allocations, and now and then one over every object alive, the loaded
# tables included. A pass every 10,000 allocations keeps it for what may still make a
# cycle (an exception's traceback) at a tenth of the passes.
GC_THRESHOLD = (10_000, 10, 10)


def main() -> None:
    """``tomtat --version`` alone is answered here, as the app's ``--version`` answers
    it, before Typer and the commands are imported (most of its run time); everything
    else goes to :func:`tomtat.cli.main`."""
    gc.set_threshold(*GC_THRESHOLD)
    if sys.argv[1:] == ["--version"]:
        from tomtat import __version__

        sys.stdout.write(f"tomtat {__version__}\n")
        sys.stdout.flush()
        return
    from tomtat.cli import main as run

    run()


if __name__ == "__main__":
    main()
