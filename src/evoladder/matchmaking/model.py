"""The wave engine's values: who is queued (in), which matches a wave made (out), and the knobs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from evoladder.config import Settings
from evoladder.gamedata import Side


@dataclass(frozen=True, slots=True)
class QueuedPlayer:
    """One queue entry as the wave sees it.

    ``bw_race`` and/or ``sc2_race`` are the races offered (both set = a "both" player, who takes
    whichever side gives the better wave). ``mmr_by_race`` must hold the MMR of every offered race.
    ``waves_waited`` counts the waves this entry has already been through unmatched (0 in its first).
    """

    player_id: int
    region: str
    bw_race: str | None
    sc2_race: str | None
    mmr_by_race: Mapping[str, float]
    waves_waited: int = 0
    vetoes: tuple[str, ...] = ()
    previous_opponent: int | None = None

    def __post_init__(self) -> None:
        if self.bw_race is None and self.sc2_race is None:
            raise ValueError(f"player {self.player_id} is queued without any race")
        for race in (self.bw_race, self.sc2_race):
            if race is not None and race not in self.mmr_by_race:
                raise ValueError(f"player {self.player_id} offers {race} but has no MMR for it")
        if self.waves_waited < 0:
            raise ValueError(f"player {self.player_id}: waves_waited must not be negative")

    def race_on(self, side: Side) -> str | None:
        return self.bw_race if side == "bw" else self.sc2_race


@dataclass(frozen=True, slots=True)
class Tier:
    """Ping cap and cost weights for players below ``below_mmr`` (None: no upper bound)."""

    below_mmr: float | None
    max_ping_ms: float
    ping_weight: float
    mmr_weight: float


@dataclass(frozen=True, slots=True)
class WaveParams:
    """Every number the wave engine uses; ``from_settings`` maps the configuration onto it."""

    window_base: float
    window_growth_per_wave: float
    tiers: tuple[Tier, ...]
    mmr_gap_unit: float
    ping_unit_ms: float
    ping_over_cap_weight: float
    wait_credit_per_wave: float
    wait_credit_cap: float
    single_side_credit: float
    candidates_per_player: int
    exact_wave_max_edges: int
    scarcity_credit_share: float = 0.0
    starving_after_waves: int = 0
    outlier_center_mmr: float = 1500.0
    outlier_free_mmr: float = 200.0
    outlier_growth_per_100: float = 0.0
    cost_resolution: int = 1000

    @classmethod
    def from_settings(cls, settings: Settings) -> WaveParams:
        return cls(
            window_base=settings.window_base,
            window_growth_per_wave=settings.window_growth_per_wave,
            tiers=tuple(
                Tier(t.below_mmr, t.max_ping_ms, t.ping_weight, t.mmr_weight) for t in settings.ping_tiers
            ),
            mmr_gap_unit=settings.mmr_gap_unit,
            ping_unit_ms=settings.ping_unit_ms,
            ping_over_cap_weight=settings.ping_over_cap_weight,
            wait_credit_per_wave=settings.wait_credit_per_wave,
            wait_credit_cap=settings.wait_credit_cap,
            single_side_credit=settings.single_side_credit,
            candidates_per_player=settings.candidates_per_player,
            exact_wave_max_edges=settings.exact_wave_max_edges,
            scarcity_credit_share=settings.scarcity_credit_share,
            starving_after_waves=settings.starving_after_waves,
            outlier_center_mmr=settings.outlier_center_mmr,
            outlier_free_mmr=settings.outlier_free_mmr,
            outlier_growth_per_100=settings.outlier_growth_per_100,
        )

    def window(self, waves_waited: int, mmr: float | None = None) -> float:
        """The widest MMR gap a player at ``mmr`` who has waited this many waves accepts.

        It widens faster for a player far from the ladder's middle: ``outlier_growth_per_100`` more
        growth for every 100 MMR beyond ``outlier_free_mmr`` from ``outlier_center_mmr``. Few players
        are near an outlier, so waiting barely brings them a closer opponent; a mid-ladder player keeps
        the narrow window, since a close opponent is likely in the next waves.
        """
        growth = self.window_growth_per_wave
        if mmr is not None and self.outlier_growth_per_100 > 0:
            excess = max(0.0, abs(mmr - self.outlier_center_mmr) - self.outlier_free_mmr)
            growth *= 1.0 + self.outlier_growth_per_100 * excess / 100.0
        return self.window_base + growth * waves_waited

    def starving(self, player: QueuedPlayer) -> bool:
        """Has this player waited so long that matching them outranks every cost (the starvation
        guard; ``starving_after_waves`` 0 turns it off)?"""
        return 0 < self.starving_after_waves <= player.waves_waited

    def wait_credit(self, waves_waited: int) -> float:
        """Cost credit for waiting: grows from the first wave, bounded so it never dwarfs fairness."""
        return min(self.wait_credit_cap, self.wait_credit_per_wave * waves_waited)

    def credit(self, player: QueuedPlayer) -> float:
        """What matching this player (rather than leaving them for the next wave) is worth, by the player
        alone (``wave_credit`` adds what the wave says about them).

        Besides waiting, a player who offers only one side is harder to place later than a "both"
        player, so when someone must be left over, the flexible player should be.
        """
        one_side = player.bw_race is None or player.sc2_race is None
        return self.wait_credit(player.waves_waited) + (self.single_side_credit if one_side else 0.0)

    def wave_credit(self, player: QueuedPlayer, cheapest_pair: float | None) -> float:
        """``credit`` plus the scarcity credit: ``scarcity_credit_share`` × the MMR and ping terms of the
        player's cheapest allowed pair this wave (``cheapest_pair``; None: no allowed pair, no credit).

        A player whose every option is poor (far from everyone's MMR or region) will not find a better
        one by waiting in a thin queue, so matching them now is worth more than matching someone who
        would find a close opponent next wave. It only decides who is left over: the credits of the
        matched players do not depend on whom they are paired with.
        """
        scarcity = 0.0 if cheapest_pair is None else self.scarcity_credit_share * cheapest_pair
        return self.credit(player) + scarcity

    def tier(self, mmr: float) -> Tier:
        for tier in self.tiers:
            if tier.below_mmr is None or mmr < tier.below_mmr:
                return tier
        return self.tiers[-1]


@dataclass(frozen=True, slots=True)
class PairCost:
    """Why a pair cost what it did. ``total`` = mmr_term + ping_term − wait_credit, where
    ``wait_credit`` is both players' wave credits (waiting, one side only, scarcity); ``units`` is
    ``total`` as the integer the optimiser sums (``round(total × cost_resolution)``)."""

    mmr_gap: float
    window: float
    worst_ping_ms: float
    mmr_term: float
    ping_term: float
    wait_credit: float
    total: float
    units: int


@dataclass(frozen=True, slots=True)
class PairingWhy:
    """Why a wave chose a pair, kept with the match (BW player first): the cost function's own terms —
    the MMR gap against the window it had to fit, each player's expected ping on the chosen server,
    the MMR and ping terms, the players' wave credit (waiting, one side only) and the total cost."""

    mmr_gap: float
    window: float
    bw_ping_ms: float
    sc2_ping_ms: float
    mmr_term: float
    ping_term: float
    wait_credit: float
    total: float
    bw_waves: int
    sc2_waves: int

    def to_list(self) -> list[float]:
        """The stored form (a JSON list, rounded: nobody reads a cost to the millionth)."""
        return [
            round(self.mmr_gap, 1),
            round(self.window, 1),
            round(self.bw_ping_ms, 1),
            round(self.sc2_ping_ms, 1),
            round(self.mmr_term, 3),
            round(self.ping_term, 3),
            round(self.wait_credit, 3),
            round(self.total, 3),
            self.bw_waves,
            self.sc2_waves,
        ]

    @classmethod
    def from_list(cls, values: Sequence[float]) -> PairingWhy:
        gap, window, bw_ping, sc2_ping, mmr_term, ping_term, credit, total, bw_waves, sc2_waves = values
        return cls(
            float(gap),
            float(window),
            float(bw_ping),
            float(sc2_ping),
            float(mmr_term),
            float(ping_term),
            float(credit),
            float(total),
            int(bw_waves),
            int(sc2_waves),
        )


@dataclass(frozen=True, slots=True)
class WaveMatch:
    """One match a wave made: who plays which race, where, on which map, and the cost that decided it."""

    bw_player_id: int
    sc2_player_id: int
    bw_race: str
    sc2_race: str
    bw_mmr: float
    sc2_mmr: float
    server: str
    bw_ping_ms: float
    sc2_ping_ms: float
    map_name: str
    rematch: bool
    cost: PairCost
    starving: int = 0  # how many of the two had waited past the starvation guard

    def why(self, bw_waves: int, sc2_waves: int) -> PairingWhy:
        """This pair's explanation, given how many waves each player had waited."""
        c = self.cost
        return PairingWhy(
            c.mmr_gap,
            c.window,
            self.bw_ping_ms,
            self.sc2_ping_ms,
            c.mmr_term,
            c.ping_term,
            c.wait_credit,
            c.total,
            bw_waves,
            sc2_waves,
        )


@dataclass(frozen=True, slots=True)
class WaveResult:
    matches: tuple[WaveMatch, ...]
    unmatched: tuple[int, ...]

    @property
    def objective(self) -> tuple[int, int, int, int]:
        """What the wave optimises, lexicographically: most matches, most starving players matched,
        fewest rematches, least cost."""
        return (
            len(self.matches),
            sum(m.starving for m in self.matches),
            -sum(m.rematch for m in self.matches),
            -sum(m.cost.units for m in self.matches),
        )
