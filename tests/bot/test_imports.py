"""Every front-end module imports on its own, whatever was imported before it: no import cycle that
only a lucky import order hides (one did: feature → deliveries → match room → match cog → feature)."""

from __future__ import annotations

import subprocess
import sys

_EACH_MODULE_FIRST = r"""
import importlib, pkgutil, sys
import evoladder.bot
names = sorted(m.name for m in pkgutil.walk_packages(evoladder.bot.__path__, "evoladder.bot."))
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m.startswith("evoladder.bot.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failed.append(f"{name}: {exc}")
print(len(names))
print("\n".join(failed))
"""


def test_every_bot_module_imports_first() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _EACH_MODULE_FIRST], capture_output=True, text=True, check=True
    )
    count, *failures = out.stdout.strip().splitlines()
    assert int(count) >= 40
    assert not failures, "\n".join(failures)
