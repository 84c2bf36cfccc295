"""Limits shared by the readers and the CLI, defined once (and cheap to import)."""

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Inputs (and batch records) larger than this are refused unless --max-bytes says otherwise."""
