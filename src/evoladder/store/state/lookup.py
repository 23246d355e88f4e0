"""Finding a player by what an admin types: a mention or Discord id, a player name, an alt name or a
BattleTag (exact, case-insensitive), and prefix suggestions over all of them for autocomplete.

Exact lookups are dictionary hits (``Tables.names`` for names and alt names, ``name_index`` for
BattleTags); suggestions bisect the name index's sorted keys, so a read stays a few microseconds at
100,000 players. Nothing is guessed: a reference matching nobody exactly only suggests.
"""

from __future__ import annotations

from dataclasses import dataclass

from evoladder.rules import admin as admin_rules
from evoladder.store.state.core import StateCore


@dataclass(frozen=True, slots=True)
class PlayerSearch:
    """What a reference names: ``exact`` holders, or ``suggestions`` when nothing matched exactly."""

    exact: tuple[int, ...]
    suggestions: tuple[int, ...] = ()
    discord_id: int | None = None  # the reference was a mention or an id (a player or not)


class PlayerFinding(StateCore):
    def find_players(self, reference: str, *, suggestions: int = 10) -> PlayerSearch:
        """Who ``reference`` (a mention, a Discord id, a name, alt name or BattleTag) names."""
        text = admin_rules.player_reference(reference)
        uid = admin_rules.discord_id_in(text)
        if uid is not None:
            return PlayerSearch(exact=(uid,) if uid in self.t.players else (), discord_id=uid)
        key = text.casefold()
        by_name = self.t.names.get(key)
        if by_name is not None:
            return PlayerSearch(exact=(by_name,))
        by_tag = self.t.lookup.by_battletag(key)
        if by_tag:
            return PlayerSearch(exact=by_tag)
        if "#" not in key:  # a BattleTag without its number names everyone with that BattleTag name
            tagged = self.suggest_players(f"{key}#", limit=suggestions + 1)
            if tagged:
                return PlayerSearch(exact=tuple(tagged))
        return PlayerSearch(exact=(), suggestions=tuple(self.suggest_players(key, limit=suggestions)))

    def suggest_players(self, typed: str, *, limit: int = 25) -> list[int]:
        """Players whose name, alt name or BattleTag starts with ``typed`` (case-insensitive), distinct,
        in alphabetical order of the matching key."""
        prefix = typed.strip().casefold()
        out: dict[int, None] = {}
        # Each player has at most four keys (name, two alts, BattleTag): 4 × limit keys are enough.
        for key in self.t.lookup.starting_with(prefix, self.t.names, limit * 4):
            holder = self.t.names.get(key)
            for uid in (holder,) if holder is not None else self.t.lookup.by_battletag(key):
                out.setdefault(uid, None)
            if len(out) >= limit:
                break
        return list(out)[:limit]
