"""Run the CLI as ``python -m tomtat``."""

from tomtat.cli import main

main()
