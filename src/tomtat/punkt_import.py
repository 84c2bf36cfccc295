"""Import NLTK's Punkt module without running NLTK's package ``__init__``.

``import nltk`` loads most of NLTK (corpora readers, metrics, numpy when
present): ~0.25 s, most of a one-article run. Punkt itself needs a dozen small
modules. When NLTK has not been imported yet, the two parent packages are
stood in for by bare package objects just long enough to load Punkt; then every
``nltk.*`` entry that load added is taken out of ``sys.modules`` again. The
module object stays private to tomtat, and a later ``import nltk`` elsewhere in
the process gets a complete, ordinary NLTK.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import cache
from types import ModuleType


def _bare_package(name: str) -> ModuleType | None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        return None
    module = types.ModuleType(name)
    module.__path__ = list(spec.submodule_search_locations)
    module.__spec__ = spec
    module.__package__ = name
    return module


@cache
def punkt() -> ModuleType:
    """The ``nltk.tokenize.punkt`` module, imported as cheaply as possible."""
    if "nltk" in sys.modules:
        return importlib.import_module("nltk.tokenize.punkt")
    before = set(sys.modules)
    try:
        for name in ("nltk", "nltk.tokenize"):
            pkg = _bare_package(name)
            if pkg is None:
                raise ImportError(name)
            sys.modules[name] = pkg
        module = importlib.import_module("nltk.tokenize.punkt")
    except Exception:
        module = None
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]
    if module is None:  # NLTK changed shape: import it the ordinary way
        module = importlib.import_module("nltk.tokenize.punkt")
    return module
