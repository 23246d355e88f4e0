"""Fixtures: the shipped catalogs (strict), and catalogs loaded from throwaway directories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from evoladder.i18n import Catalog
from tests.i18n.helpers import Files, write_catalogs


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load(strict=True)


@pytest.fixture()
def make_catalog(tmp_path: Path) -> Callable[..., Catalog]:
    """``make_catalog(files, strict=True)``: a Catalog loaded from a fresh temporary directory."""
    counter = iter(range(1_000_000))

    def make(files: Files, *, strict: bool | None = True) -> Catalog:
        root = write_catalogs(tmp_path / f"locales{next(counter)}", files)
        return Catalog.load(root, strict=strict)

    return make
