"""The ``tomtat`` command line: parse options, call the pipeline, render.

One module per command (summarize, officials, batch, eval), the options they share
(options), the process environment (env) and the app that ties them (app).
"""

from tomtat.cli.app import app, main

__all__ = ["app", "main"]
