"""The name index admins search: BattleTags → players, and the sorted keys behind suggestions.

Kept by ``Tables.index_names`` / ``unindex_names`` next to the name index (casefolded player and alt
names → player), so every path that changes a player's names keeps it right. The sorted keys are
built on the first suggestion, not at startup (nobody may ever ask), and kept current after that.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from sortedcontainers import SortedList

from evoladder.store.records import Player

Holders = int | tuple[int, ...]  # one uid, or the rare BattleTag two players registered


def _holders(value: Holders | None) -> tuple[int, ...]:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


class PlayerLookup:
    """BattleTags → players, and the sorted keys behind prefix suggestions."""

    def __init__(self) -> None:
        self.battletags: dict[str, Holders] = {}
        self._sorted: SortedList | None = None  # built on the first suggestion

    def add(self, player: Player, name_keys: Iterable[str]) -> None:
        keys = list(name_keys)
        if player.battletag:
            key = player.battletag.casefold()
            held = _holders(self.battletags.get(key))
            if player.discord_uid not in held:
                both = (*held, player.discord_uid)
                self.battletags[key] = both if len(both) > 1 else player.discord_uid
            keys.append(key)
        if self._sorted is not None:
            for key in keys:
                if key not in self._sorted:
                    self._sorted.add(key)

    def remove(self, player: Player, name_keys: Iterable[str], names: dict[str, int]) -> None:
        keys = [k for k in name_keys if k not in names]  # names the index no longer holds
        if player.battletag:
            key = player.battletag.casefold()
            rest = tuple(uid for uid in _holders(self.battletags.get(key)) if uid != player.discord_uid)
            if rest:
                self.battletags[key] = rest if len(rest) > 1 else rest[0]
            else:
                self.battletags.pop(key, None)
                keys.append(key)
        if self._sorted is not None:
            for key in keys:
                self._sorted.discard(key)

    def forget(self) -> None:
        """Drop everything (a bulk rebuild follows)."""
        self.battletags = {}
        self._sorted = None

    def by_battletag(self, key: str) -> tuple[int, ...]:
        return _holders(self.battletags.get(key))

    def starting_with(self, prefix: str, names: dict[str, int], limit: int) -> list[str]:
        """Up to ``limit`` casefolded keys (names and BattleTags) starting with ``prefix``, in order."""
        if self._sorted is None:
            self._sorted = SortedList({*names, *self.battletags})
        start = self._sorted.bisect_left(prefix)
        found = islice(self._sorted.islice(start), limit)
        return [key for key in found if key.startswith(prefix)]
