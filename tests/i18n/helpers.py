"""Writing throwaway catalog directories from strings."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from textwrap import dedent

from evoladder.i18n import LOCALES

Files = Mapping[str, Mapping[str, str]]
"""locale -> file name -> Fluent source (dedented before writing)."""


def write_catalogs(root: Path, files: Files) -> Path:
    """Write ``files`` under ``root``; every locale of LOCALES gets a directory, empty if not given."""
    for locale in LOCALES:
        (root / locale).mkdir(parents=True, exist_ok=True)
    for locale, named in files.items():
        (root / locale).mkdir(parents=True, exist_ok=True)
        for name, source in named.items():
            (root / locale / name).write_text(dedent(source).lstrip("\n"), encoding="utf-8")
    return root


def everywhere(source: str, **overrides: str) -> dict[str, dict[str, str]]:
    """The same ``common.ftl`` in every locale, except where ``overrides`` say (``zh_CN=`` for zh-CN)."""
    files = {locale: {"common.ftl": source} for locale in LOCALES}
    for name, text in overrides.items():
        files[name.replace("_", "-")] = {"common.ftl": text}
    return files
