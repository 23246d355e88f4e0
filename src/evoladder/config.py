"""Configuration: every rule number of SPEC section 3 plus where things live.

Read from the environment (prefix ``EVOLADDER_``) and ``.env``; ``DISCORD_TOKEN`` is also read without
the prefix. Invalid values stop the start with a message naming the setting (see ``load_settings``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class ConfigError(Exception):
    """The configuration is invalid; the message names every offending setting."""


class PingTier(BaseModel):
    """Matchmaking weights for players whose MMR is below ``below_mmr`` (the last tier has no bound)."""

    below_mmr: float | None = None
    max_ping_ms: float = Field(gt=0)
    ping_weight: float = Field(ge=0, le=1)
    mmr_weight: float = Field(ge=0, le=1)


# The seeds' tiers (ping 0.7/0.5/0.2, MMR 0.3/0.5/0.8) lost on MMR gap p90 against the first bot in
# simulation; shifting weight toward MMR keeps most of the ping gain (see evoladder.simulate and the
# matchmaking notes). Caps are the seeds'.
DEFAULT_PING_TIERS = [
    PingTier(below_mmr=1200, max_ping_ms=100, ping_weight=0.5, mmr_weight=0.5),
    PingTier(below_mmr=1800, max_ping_ms=150, ping_weight=0.3, mmr_weight=0.7),
    PingTier(below_mmr=None, max_ping_ms=250, ping_weight=0.1, mmr_weight=0.9),
]


class Settings(BaseSettings):
    """All of evoladder's settings with their defaults."""

    model_config = SettingsConfigDict(
        env_prefix="EVOLADDER_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    # --- where things live -------------------------------------------------------------------
    data_dir: Path = Path("data")
    database_url: str | None = Field(
        default=None, description="sqlite:///path or postgresql://...; default: a SQLite file in data_dir"
    )
    game_data_file: Path | None = Field(default=None, description="default: the packaged evo_complete.toml")
    season: str = "season_alpha"

    # --- Discord -------------------------------------------------------------------------------
    discord_token: str | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "EVOLADDER_DISCORD_TOKEN")
    )
    owner_id: int | None = Field(default=None, ge=0)
    terms_url: str = "https://github.com/scevo/evoladder/blob/main/TERMS.md"
    admin_channel_id: int | None = None
    results_channel_id: int | None = None
    command_rate_limit_per_10s: int = Field(default=5, ge=1)

    # --- local demo season (no DISCORD_TOKEN) ---------------------------------------------------
    demo_players: int = Field(default=60, ge=2, le=5000, description="simulated players in the demo season")
    demo_wave_period_s: int = Field(default=10, ge=1, description="wave period in the demo (faster to watch)")
    demo_speed: float = Field(
        default=1.0, gt=0, le=100, description="demo players act this many times faster"
    )

    # --- HTTP ----------------------------------------------------------------------------------
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8080, ge=0, le=65535)

    # --- MMR -----------------------------------------------------------------------------------
    mmr_start: int = Field(default=1500, ge=0)
    k_factor: float = Field(default=40, gt=0)
    mmr_divisor: float = Field(default=500, gt=0)

    # --- letter ranks (percent shares S, A, B, C, D, E, F; leftovers go in `rank_leftover_order`) --
    rank_shares_percent: list[float] = Field(default_factory=lambda: [1.0, 7.0, 21.0, 21.0, 21.0, 21.0, 8.0])
    rank_leftover_order: str = "DCEBAFS"
    rank_activity_days: int = Field(default=14, ge=1)

    # --- aborts --------------------------------------------------------------------------------
    aborts_per_month: int = Field(default=3, ge=0)

    # --- queue and matchmaking -----------------------------------------------------------------
    wave_period_s: int = Field(default=45, ge=1, description="seconds between matchmaking waves")
    window_base: float = Field(default=100, ge=0, description="MMR window in a player's first wave")
    window_growth_per_wave: float = Field(
        default=50, ge=0, description="how much the MMR window widens for every wave waited"
    )
    ping_tiers: list[PingTier] = Field(
        default_factory=lambda: list(DEFAULT_PING_TIERS),
        description="per MMR tier: ping cap and the weights of ping and MMR gap in a pair's cost",
    )
    wait_credit_per_wave: float = Field(
        default=0.3, ge=0, description="cost credit per wave waited (decides who is left over, not who pairs)"
    )
    wait_credit_cap: float = Field(
        default=5.0, ge=0, description="upper bound of the wait credit, so waiting never outweighs everything"
    )
    single_side_credit: float = Field(
        default=10.0,
        ge=0,
        description="cost credit for matching a player who offers one side only: a 'both' player is left over first",
    )
    # Off by default: over 400 simulated seeds 0.5 passed the five bars on 124 seeds against
    # 116 without it (noise), at the cost of ~6 MMR of gap p90, and it lost seed 1. Kept as a knob.
    scarcity_credit_share: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="credit for matching a player, as a share of the cost of their cheapest allowed pair this "
        "wave: a player with only poor options is matched before one who will soon find a close opponent",
    )
    starving_after_waves: int = Field(
        default=0,
        ge=0,
        description="starvation guard: a player who has waited this many waves is matched whenever the wave "
        "can match them without matching fewer players, whatever it costs (0: off)",
    )
    outlier_center_mmr: float = Field(
        default=1500,
        description="the ladder's middle, from which a player's distance widens their window sooner",
    )
    outlier_free_mmr: float = Field(
        default=200,
        ge=0,
        description="distance from the middle within which the window grows at the normal pace",
    )
    outlier_growth_per_100: float = Field(
        default=0.0,
        ge=0,
        description="extra window growth per wave, as a share of window_growth_per_wave, for every 100 MMR a "
        "player is beyond outlier_free_mmr from the middle (0: every player widens alike)",
    )
    mmr_gap_unit: float = Field(
        default=100, gt=0, description="MMR gap that costs one unit (times the tiers' MMR weight)"
    )
    ping_unit_ms: float = Field(
        default=100, gt=0, description="worst-player ping that costs one unit (times the tiers' ping weight)"
    )
    ping_over_cap_weight: float = Field(
        default=1.0, ge=0, description="extra cost per ping_unit_ms a player's ping exceeds their tier's cap"
    )
    candidates_per_player: int = Field(
        default=8, ge=1, description="large waves keep only each player's this-many cheapest opponents"
    )
    exact_wave_max_edges: int = Field(
        default=3_000, ge=0, description="waves with at most this many allowed pairings are solved unpruned"
    )
    server_policy: Literal["latency", "table"] = Field(
        default="latency",
        description="latency: the server minimising the worse expected ping; table: the community's region table",
    )
    queue_expiry_s: int = Field(default=9000, ge=60)
    max_vetoes: int = Field(default=4, ge=0)

    # --- match lifecycle -----------------------------------------------------------------------
    confirm_timeout_s: int = Field(default=60, ge=5)
    confirm_reminder_s: int = Field(default=20, ge=1)
    report_deadline_s: int = Field(default=3 * 3600, ge=60)
    report_reminder_before_s: int = Field(default=30 * 60, ge=0)

    # --- replays -------------------------------------------------------------------------------
    replay_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    replay_workers: int = Field(default=2, ge=1, le=64)
    replay_timeout_s: float = Field(default=10.0, gt=0)
    replay_start_window_s: int = Field(default=4 * 3600, ge=60)
    replay_start_early_s: int = Field(
        default=15 * 60, ge=0, description="a game may start this long before confirmation (clocks differ)"
    )
    mod_fingerprint_file: Path | None = Field(
        default=None, description="default: data_dir/mod_fingerprint.json"
    )

    idempotency_keep_days: float = Field(
        default=7, gt=0, description="how long a repeated click or delivery is recognised as a repeat"
    )

    # --- store ---------------------------------------------------------------------------------
    journal_group_commit_ms: float = Field(default=1.0, ge=0)
    ship_batch_size: int = Field(default=5000, ge=1)
    pg_pool_min: int = Field(default=1, ge=1)
    pg_pool_max: int = Field(default=4, ge=1)
    pg_prepared_statements: bool = Field(
        default=True,
        description="false for Supabase's transaction pooler (no server-side prepared statements)",
    )
    ship_retry_max_s: float = Field(default=5.0, gt=0, description="longest wait between shipping retries")
    ship_process: bool = Field(
        default=True,
        description="ship from a separate process (the event loop then never shares the GIL with shipping)",
    )
    close_ship_timeout_s: float = Field(default=30.0, ge=0, description="how long shutdown tries to ship")

    # --- staff tools -----------------------------------------------------------------------------
    access: Literal["open", "code"] = Field(
        default="open", description="open: anyone plays; code: a player must /activate CODE once"
    )
    staff_role_id: int | None = Field(
        default=None, description="the role a dispute in the staff feed (the admin channel) pings"
    )
    health_poll_s: float = Field(default=5.0, gt=0, description="how often health alerts are checked")
    health_stuck_after_s: float = Field(
        default=60.0, gt=0, description="shipping counts as stuck when its oldest entry waits this long"
    )
    log_format: Literal["auto", "console", "json"] = Field(
        default="auto", description="auto: readable lines on a terminal, JSON lines otherwise"
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # --- results (results issue: agreement or evidence, the match room, notices, searching) -------
    result_needs_replay: bool = Field(
        default=False,
        description="strict mode (the first bot's): a player's report unlocks once their replay is verified",
    )
    quick_start_url: str = Field(
        default="https://github.com/scevo/evoladder/blob/main/QUICKSTART.md",
        description="the quick-start guide a new player acknowledges before their first Join",
    )
    shield_battery_fix_url: str = Field(
        default="https://github.com/scevo/evoladder/releases/latest",
        description="the community's small program that sets splatlod=0 (Shield Battery lag fix)",
    )
    active_window_s: int = Field(
        default=15 * 60, ge=60, description="the searching message counts players active this recently"
    )
    wait_estimate_half_life_s: float = Field(
        default=3600.0, gt=0, description="how fast older matched waits fade from the estimated wait"
    )
    wait_estimate_mmr_band: int = Field(
        default=200, ge=10, description="MMR width of the bands the estimated wait is kept for (per region)"
    )
    # --- player surfaces (/prune, /help) ---------------------------------------------------------
    prune_min_age_minutes: int = Field(
        default=180, ge=0, description="/prune deletes the bot's DMs older than this (minutes)"
    )
    prune_scan_messages: int = Field(
        default=100, ge=1, le=1000, description="/prune looks at this many of the newest DM messages"
    )
    prune_delete_interval_s: float = Field(
        default=1.0,
        ge=0,
        le=60,
        description="pause between two deletions of /prune (on top of Discord's limits)",
    )

    @field_validator("rank_shares_percent")
    @classmethod
    def _shares_sum_to_100(cls, v: list[float]) -> list[float]:
        if len(v) != 7 or any(x < 0 for x in v) or abs(sum(v) - 100) > 1e-6:
            raise ValueError("needs 7 non-negative shares (S, A, B, C, D, E, F) adding up to 100")
        return v

    @field_validator("rank_leftover_order")
    @classmethod
    def _leftover_is_permutation(cls, v: str) -> str:
        if sorted(v) != sorted("SABCDEF"):
            raise ValueError("must list each of the letters S, A, B, C, D, E, F exactly once")
        return v

    @field_validator("ping_tiers")
    @classmethod
    def _tiers_ordered(cls, v: list[PingTier]) -> list[PingTier]:
        if not v or v[-1].below_mmr is not None:
            raise ValueError("the last tier must have no upper bound (below_mmr null)")
        bounds = [t.below_mmr for t in v[:-1]]
        if any(b is None for b in bounds) or bounds != sorted(bounds):  # type: ignore[type-var]
            raise ValueError("tiers must be ordered by below_mmr, only the last one unbounded")
        return v

    @field_validator("database_url")
    @classmethod
    def _known_scheme(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        return v

    @model_validator(mode="after")
    def _reminders_before_deadlines(self) -> Settings:
        if self.confirm_reminder_s >= self.confirm_timeout_s:
            raise ValueError("confirm_reminder_s must be shorter than confirm_timeout_s")
        if self.report_reminder_before_s >= self.report_deadline_s:
            raise ValueError("report_reminder_before_s must be shorter than report_deadline_s")
        if self.pg_pool_min > self.pg_pool_max:
            raise ValueError("pg_pool_min must not exceed pg_pool_max")
        return self

    # --- derived -------------------------------------------------------------------------------
    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'evoladder.sqlite3').as_posix()}"

    @property
    def effective_mod_fingerprint_file(self) -> Path:
        return self.mod_fingerprint_file or self.data_dir / "mod_fingerprint.json"

    def ping_tier(self, mmr: float) -> PingTier:
        """The matchmaking tier a player of this MMR belongs to."""
        for tier in self.ping_tiers:
            if tier.below_mmr is None or mmr < tier.below_mmr:
                return tier
        return self.ping_tiers[-1]


def load_settings(**overrides: object) -> Settings:
    """Build the settings, turning pydantic's errors into one message naming each bad setting."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            name = ".".join(str(p) for p in err["loc"]) or "configuration"
            env = f"EVOLADDER_{name.split('.')[0].upper()}" if err["loc"] else ""
            lines.append(f"- {name} ({env}): {err['msg']}" if env else f"- {name}: {err['msg']}")
        raise ConfigError("invalid configuration:\n" + "\n".join(lines)) from exc
