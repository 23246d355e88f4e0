"""Verification of a replay against SPEC section 3 ("Replays"): one check per rule, in plain words.

Each check is ``pass``, ``warn`` (admins may want to look; the replay still counts) or ``fail`` (the
replay cannot settle the match). Checks that need the match (races per player, map, start time,
names, region, duplicate) run only when a ``MatchFacts`` is given; the others always run.

What is ``fail`` and what is ``warn`` was decided from the real replays: the official sample games
were created with privacy "No Match History", so privacy is a warning (it changes who can see the
game, not the game); a different game speed or a limited game duration changes the game itself and
fails; unlocked alliances are a warning (in a 1v1 they only matter for collusion, which admins judge).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict

from evoladder.gamedata import GameData
from evoladder.replays.fingerprint import ModFingerprint
from evoladder.replays.summary import ParseOutcome, ReplayPlayer, ReplayRefusal, ReplaySummary

CheckStatus = Literal["pass", "warn", "fail"]


class Check(BaseModel):
    """One rule's outcome for one replay."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    status: CheckStatus
    reason: str


class Verdict(BaseModel):
    """Every check's outcome; ``ok`` when none failed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ok: bool
    checks: tuple[Check, ...]

    def check(self, name: str) -> Check | None:
        return next((c for c in self.checks if c.name == name), None)

    @property
    def failures(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == "fail")


@dataclass(frozen=True)
class MatchPlayerFacts:
    """What the match says about one of its players."""

    name: str
    race: str
    alt_names: tuple[str, ...] = ()

    def answers_to(self, in_game_name: str) -> bool:
        wanted = in_game_name.strip().casefold()
        return any(wanted == n.strip().casefold() for n in (self.name, *self.alt_names))


@dataclass(frozen=True)
class MatchFacts:
    """The facts of a match a replay is checked against (the store's match record adapts to this)."""

    match_id: int
    players: tuple[MatchPlayerFacts, MatchPlayerFacts]
    map_name: str
    confirmed_at: datetime
    bnet_region: str | None = None
    """battle.net region of the match's server, when known."""

    def __post_init__(self) -> None:
        if self.confirmed_at.tzinfo is None:
            raise ValueError("MatchFacts.confirmed_at must be timezone-aware (UTC)")


@dataclass
class ReplayVerifier:
    """Judges parse outcomes. One instance, built by the composition root; the fingerprint is swappable."""

    game_data: GameData
    fingerprint: ModFingerprint
    start_window: timedelta
    start_early_slack: timedelta

    def verify(
        self, outcome: ParseOutcome, *, match: MatchFacts | None = None, already_used_by: int | None = None
    ) -> Verdict:
        """Every applicable check of SPEC section 3 for this replay (and match, when given)."""
        if isinstance(outcome, ReplayRefusal):
            return Verdict(ok=False, checks=(Check(name="parse", status="fail", reason=outcome.reason),))
        s = outcome
        checks = [Check(name="parse", status="pass", reason=f"read {s.map_name}, {s.game_length_s} s long")]
        if match is not None or already_used_by is not None:
            checks.append(self._duplicate(match, already_used_by))
        pairing = _pair_players(s.humans, match) if match is not None else None
        checks += [
            self._players(s),
            self._observers(s),
            self._races(s, match, pairing),
            self._map(s, match),
            self._lobby(s),
            self._mod(s),
        ]
        if match is not None:
            checks += [self._start_time(s, match), self._names(s, match, pairing)]
            if match.bnet_region is not None:
                checks.append(self._region(s, match.bnet_region))
        checks.append(self._result(s))
        return Verdict(ok=all(c.status != "fail" for c in checks), checks=tuple(checks))

    # --- the checks --------------------------------------------------------------------------------
    @staticmethod
    def _duplicate(match: MatchFacts | None, already_used_by: int | None) -> Check:
        if already_used_by is not None and (match is None or already_used_by != match.match_id):
            return Check(
                name="duplicate",
                status="fail",
                reason=f"this replay is already attached to match #{already_used_by}",
            )
        return Check(name="duplicate", status="pass", reason="this replay is not attached to another match")

    @staticmethod
    def _players(s: ReplaySummary) -> Check:
        computers = [p for p in s.players if not p.is_human]
        humans = s.humans
        if computers:
            names = _names_list(p.name for p in computers)
            return Check(
                name="players",
                status="fail",
                reason=f"A.I. player(s) in the game ({names}); a ranked game is between two humans",
            )
        if len(humans) != 2:
            return Check(
                name="players",
                status="fail",
                reason=f"not a 1v1: {len(humans)} human player(s) ({_names_list(p.name for p in humans)}); "
                "a ranked game has exactly two",
            )
        if humans[0].team == humans[1].team:
            return Check(
                name="players",
                status="fail",
                reason=f"not a 1v1: {humans[0].name} and {humans[1].name} are on the same team",
            )
        return Check(
            name="players", status="pass", reason=f"two human players: {humans[0].name} and {humans[1].name}"
        )

    def _observers(self, s: ReplaySummary) -> Check:
        allowed = self.game_data.lobby.observers
        if len(s.observers) > allowed:
            return Check(
                name="observers",
                status="fail",
                reason=f"{len(s.observers)} observer(s) ({_names_list(s.observers)}); ranked games allow "
                + ("none" if allowed == 0 else str(allowed)),
            )
        return Check(name="observers", status="pass", reason="no observers")

    def _races(
        self, s: ReplaySummary, match: MatchFacts | None, pairing: dict[int, MatchPlayerFacts] | None
    ) -> Check:
        humans = s.humans
        unknown = [p for p in humans if p.race is None]
        if unknown:
            described = ", ".join(f"{p.name} plays '{p.race_text}'" for p in unknown)
            return Check(name="races", status="fail", reason=f"not an SC: Evo Complete race: {described}")
        played = ", ".join(f"{p.name}: {self._race_name(p.race)}" for p in humans)
        if len(humans) == 2:
            sides = sorted(self.game_data.race(p.race).game for p in humans if p.race)
            if sides != ["bw", "sc2"]:
                side = "Brood War" if sides[0] == "bw" else "StarCraft II"
                return Check(
                    name="races",
                    status="fail",
                    reason=f"both players play {side} races ({played}); "
                    "a ranked match is a Brood War race against a StarCraft II race",
                )
        if match is not None:
            if pairing is not None:
                wrong = [
                    f"{p.name} played {self._race_name(p.race)}, the match has {self._race_name(pairing[i].race)}"
                    for i, p in enumerate(humans)
                    if p.race != pairing[i].race
                ]
                if wrong:
                    return Check(name="races", status="fail", reason="; ".join(wrong))
            elif sorted(p.race or "" for p in humans) != sorted(mp.race for mp in match.players):
                expected = " and ".join(self._race_name(mp.race) for mp in match.players)
                return Check(
                    name="races",
                    status="fail",
                    reason=f"races played ({played}) are not the match's ({expected})",
                )
            return Check(name="races", status="pass", reason=f"the match's races were played ({played})")
        return Check(name="races", status="pass", reason=f"SC: Evo Complete races ({played})")

    def _map(self, s: ReplaySummary, match: MatchFacts | None) -> Check:
        if match is not None:
            if _same_name(s.map_name, match.map_name):
                return Check(name="map", status="pass", reason=f"played on the match's map, {s.map_name}")
            return Check(
                name="map", status="fail", reason=f"played on {s.map_name}; the match is on {match.map_name}"
            )
        if any(_same_name(s.map_name, name) for name in self.game_data.map_names):
            return Check(name="map", status="pass", reason=f"{s.map_name} is in the season's map pool")
        return Check(name="map", status="fail", reason=f"{s.map_name} is not in the season's map pool")

    def _lobby(self, s: ReplaySummary) -> Check:
        want = self.game_data.lobby
        failures: list[str] = []
        warnings: list[str] = []
        if not _same_name(s.lobby.speed, want.speed):
            failures.append(f"game speed {s.lobby.speed} (must be {want.speed})")
        if not _same_name(s.lobby.duration, want.duration):
            failures.append(f"game duration {s.lobby.duration} (must be {want.duration})")
        if not _same_name(s.lobby.privacy, want.privacy):
            warnings.append(f"privacy {s.lobby.privacy} (should be {want.privacy})")
        if s.lobby.locked_alliances != want.locked_alliances:
            state = "locked" if s.lobby.locked_alliances else "unlocked"
            warnings.append(
                f"alliances {state} (should be {'locked' if want.locked_alliances else 'unlocked'})"
            )
        if failures:
            return Check(name="lobby", status="fail", reason="; ".join(failures + warnings))
        if warnings:
            return Check(name="lobby", status="warn", reason="; ".join(warnings))
        return Check(name="lobby", status="pass", reason="lobby settings as required")

    def _mod(self, s: ReplaySummary) -> Check:
        judgement = self.fingerprint.judge(s)
        return Check(name="mod", status="pass" if judgement.official else "fail", reason=judgement.reason)

    def _start_time(self, s: ReplaySummary, match: MatchFacts) -> Check:
        offset = s.started_at - match.confirmed_at
        if offset < -self.start_early_slack:
            return Check(
                name="start_time",
                status="fail",
                reason=f"the game started {_duration(-offset)} before the match was confirmed",
            )
        if offset > self.start_window:
            return Check(
                name="start_time",
                status="fail",
                reason=f"the game started {_duration(offset)} after the match was confirmed "
                f"(allowed: {_duration(self.start_window)})",
            )
        return Check(name="start_time", status="pass", reason="the game started within the match's window")

    @staticmethod
    def _names(s: ReplaySummary, match: MatchFacts, pairing: dict[int, MatchPlayerFacts] | None) -> Check:
        if pairing is not None:
            return Check(
                name="names", status="pass", reason="both in-game names are the match players' names"
            )
        strangers = [p.name for p in s.humans if not any(mp.answers_to(p.name) for mp in match.players)]
        registered = " / ".join(", ".join((mp.name, *mp.alt_names)) for mp in match.players)
        if strangers:
            return Check(
                name="names",
                status="fail",
                reason=f"{_names_list(strangers)} is not a registered or alt name of the match's players ({registered})",
            )
        return Check(
            name="names", status="fail", reason="the in-game names do not pair up with the two match players"
        )

    @staticmethod
    def _region(s: ReplaySummary, expected: str) -> Check:
        if s.bnet_region == expected:
            return Check(
                name="region", status="pass", reason=f"played on the match's battle.net region ({expected})"
            )
        return Check(
            name="region",
            status="warn",
            reason=f"played on battle.net region {s.bnet_region}; the match's server is in {expected}",
        )

    @staticmethod
    def _result(s: ReplaySummary) -> Check:
        humans = s.humans
        winner = s.winner
        if winner is not None and winner.is_human:
            return Check(name="result", status="pass", reason=f"{winner.name} won")
        if humans and all(p.result == "tie" for p in humans):
            return Check(name="result", status="pass", reason="the game was a draw")
        return Check(
            name="result", status="warn", reason="the replay records no winner; the players' reports decide"
        )

    def _race_name(self, code: str | None) -> str:
        return self.game_data.race(code).name if code else "an unknown race"


def _pair_players(humans: tuple[ReplayPlayer, ...], match: MatchFacts) -> dict[int, MatchPlayerFacts] | None:
    """Which match player each replay human is (by registered and alt names), if both pair up uniquely."""
    if len(humans) != 2:
        return None
    a, b = match.players
    if a.answers_to(humans[0].name) and b.answers_to(humans[1].name):
        return {0: a, 1: b}
    if b.answers_to(humans[0].name) and a.answers_to(humans[1].name):
        return {0: b, 1: a}
    return None


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _names_list(names: Iterable[str]) -> str:
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    return ", ".join(n if c == 1 else f"{n} ×{c}" for n, c in counts.items())


def _duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min"
