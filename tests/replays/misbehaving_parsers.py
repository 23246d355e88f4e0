"""Parser factories for the pool tests: real parsers that hang or kill their worker on a marker.

They run inside real worker processes (so they live in an importable module, not in a test).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping

from evoladder.replays.parse import ReplayParser
from evoladder.replays.summary import ParseOutcome

HANG = b"HANG"
CRASH = b"CRASH"
RAISE = b"RAISE"


def misbehaving_parser(race_aliases: Mapping[str, str], max_bytes: int) -> Callable[[bytes], ParseOutcome]:
    real = ReplayParser(race_aliases, max_bytes).parse

    def parse(data: bytes) -> ParseOutcome:
        if data == HANG:
            time.sleep(3600)
        if data == CRASH:
            os._exit(70)  # dies like a segfaulting C extension would: no exception, no answer
        if data == RAISE:
            raise RuntimeError("a parser bug")
        return real(data)

    return parse
