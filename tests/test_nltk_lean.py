"""The lean Punkt import: works, stays private, and leaves a normal NLTK importable."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from tomtat.nltk_lean import punkt
m = punkt()
tok = m.PunktSentenceTokenizer()
assert tok.tokenize("It rained. We stayed in.") == ["It rained.", "We stayed in."]
from tomtat.nltk_lean import porter
assert porter().PorterStemmer().stem("running") == "run"
assert "nltk" not in sys.modules, "the stand-in package leaked"
assert "nltk.corpus" not in sys.modules, "the lean path imported all of NLTK"
import nltk, nltk.tokenize.punkt
assert hasattr(nltk, "corpus") and nltk.tokenize.punkt.PunktSentenceTokenizer
print("ok")
"""


def test_lean_import_in_a_fresh_process() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_with_nltk_already_imported_the_real_module_is_used() -> None:
    code = (
        "import nltk.tokenize.punkt as p\nfrom tomtat.nltk_lean import punkt\nassert punkt() is p"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


DEFERRED = """
import sys
from tomtat.nltk_lean import punkt
m = punkt()
for name in ("http.client", "ssl", "urllib.request", "nltk.pathsec", "nltk.picklesec"):
    assert name not in sys.modules, f"{name} was imported"

def outcome(validate):
    try:
        return repr(validate("/etc/passwd", required_root="/nonexistent-root"))
    except Exception as exc:
        return type(exc).__name__

via_stand_in = outcome(m.validate_path)  # imports the real nltk.pathsec now
import nltk.pathsec
assert via_stand_in == outcome(nltk.pathsec.validate_path), via_stand_in
assert m.pathsec.ensure_private_dir.__module__ == "nltk.pathsec"
print("ok")
"""


def test_safety_modules_load_on_first_use() -> None:
    # Punkt binds nltk.pathsec's functions; splitting never calls them, so they import
    # the real module (and http.client, ssl) only when called, and then behave as it.
    out = subprocess.run(
        [sys.executable, "-c", DEFERRED], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
