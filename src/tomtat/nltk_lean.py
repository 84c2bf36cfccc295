"""Import single NLTK modules (Punkt, Porter) without running NLTK's package ``__init__``.

``import nltk`` loads most of NLTK (corpora readers, metrics, numpy when
present): ~0.25 s, most of a one-article run. Punkt itself needs a dozen small
modules. When NLTK has not been imported yet, the parent packages are stood
in for by bare package objects just long enough to load the module; then every
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
def load(name: str) -> ModuleType:
    """The NLTK module ``name`` (e.g. ``"nltk.stem.porter"``), imported as cheaply as possible."""
    if "nltk" in sys.modules:
        return importlib.import_module(name)
    parents = [".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)]
    before = set(sys.modules)
    module: ModuleType | None
    try:
        for parent in parents:
            pkg = _bare_package(parent)
            if pkg is None:
                raise ImportError(parent)
            sys.modules[parent] = pkg
        module = importlib.import_module(name)
    except Exception:
        module = None
    finally:
        for loaded in set(sys.modules) - before:
            if loaded == "nltk" or loaded.startswith("nltk."):
                del sys.modules[loaded]
    if module is None:  # NLTK changed shape: import it the ordinary way
        module = importlib.import_module(name)
    return module


def punkt() -> ModuleType:
    """``nltk.tokenize.punkt``."""
    return load("nltk.tokenize.punkt")


def porter() -> ModuleType:
    """``nltk.stem.porter``."""
    return load("nltk.stem.porter")
