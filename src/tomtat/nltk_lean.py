"""Import single NLTK modules (Punkt, Porter) without running NLTK's package ``__init__``.

``import nltk`` loads most of NLTK (corpora readers, metrics, numpy when
present): ~0.25 s, most of a one-article run. Punkt itself needs a dozen small
modules. When NLTK has not been imported yet, the parent packages are stood
in for by bare package objects just long enough to load the module; then every
``nltk.*`` entry that load added is taken out of ``sys.modules`` again. The
module object stays private to tomtat, and a later ``import nltk`` elsewhere in
the process gets a complete, ordinary NLTK.

Since NLTK 3.10, Punkt and ``nltk.internals`` bind functions of the modules that
guard file and network access (``nltk.pathsec``) and pickle loading
(``nltk.picklesec``), used to load and save models, and ``nltk.tokenize.util`` binds
two XML escaping functions of ``xml.sax.saxutils`` (and ``nltk.internals`` the module
``xml.etree.ElementTree``); splitting text calls none of them,
but importing those modules loads ``http.client``, ``ssl``, ``urllib.request`` and
``pickle`` (~50 ms, most of the Punkt import). For the lean load only, they are stood
in for by :func:`_deferred` modules: each function they hand out imports the real
module on its first call and calls the real function, so every check of NLTK's still
runs wherever one is used, and nothing of NLTK is copied. The stand-ins leave
``sys.modules`` with the ``nltk.*`` entries.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import Any

# Modules the lean load stands in for, and the functions NLTK binds from them at
# import time; any other attribute asked of a stand-in comes from the real module.
_DEFERRED: dict[str, frozenset[str]] = {
    "nltk.pathsec": frozenset(
        {
            "open",
            "validate_path",
            "ensure_private_dir",
            "safe_env",
            "_as_path_text",
            "_reject_bad_name_syntax",
        }
    ),
    "nltk.picklesec": frozenset({"allowlisted_pickle_load"}),
    "xml.sax.saxutils": frozenset({"escape", "unescape"}),
    "xml.etree.ElementTree": frozenset(),  # nltk.internals reads it only in functions
}


def _deferred(name: str, functions: frozenset[str]) -> ModuleType:
    """A stand-in for the module ``name``: its ``functions`` import the real module
    when first called and call the real function; other attributes come from the
    real module at once."""
    module = types.ModuleType(name, f"Stand-in for {name} (tomtat.nltk_lean).")

    def real() -> ModuleType:
        if sys.modules.get(name) is module:  # asked during the lean load itself
            del sys.modules[name]
        return importlib.import_module(name)  # nltk.*: from the whole, ordinary NLTK

    def forward(attr: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(real(), attr)(*args, **kwargs)

        call.__name__ = call.__qualname__ = attr
        call.__module__ = name
        return call

    def attribute(attr: str) -> Any:
        if attr.startswith("__"):  # the import system's questions (__path__, ...)
            raise AttributeError(attr)
        return forward(attr) if attr in functions else getattr(real(), attr)

    module.__getattr__ = attribute  # type: ignore[method-assign]
    return module


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
    stand_ins: dict[str, ModuleType] = {}
    module: ModuleType | None
    try:
        for parent in parents:
            pkg = _bare_package(parent)
            if pkg is None:
                raise ImportError(parent)
            sys.modules[parent] = pkg
        for deferred, functions in _DEFERRED.items():
            if deferred not in sys.modules:
                stand_ins[deferred] = sys.modules[deferred] = _deferred(deferred, functions)
        module = importlib.import_module(name)
    except Exception:
        module = None
    finally:
        for loaded in set(sys.modules) - before:
            if loaded == "nltk" or loaded.startswith("nltk."):
                del sys.modules[loaded]
        for deferred, stand_in in stand_ins.items():
            if sys.modules.get(deferred) is stand_in:
                del sys.modules[deferred]
    if module is None:  # NLTK changed shape: import it the ordinary way
        module = importlib.import_module(name)
    return module


def punkt() -> ModuleType:
    """``nltk.tokenize.punkt``."""
    return load("nltk.tokenize.punkt")


def porter() -> ModuleType:
    """``nltk.stem.porter``."""
    return load("nltk.stem.porter")
