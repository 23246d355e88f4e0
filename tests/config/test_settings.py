from __future__ import annotations

from pathlib import Path

import pytest

from evoladder.config import ConfigError, load_settings


def test_defaults_match_the_spec(tmp_path: Path) -> None:
    s = load_settings(data_dir=tmp_path, _env_file=None)
    assert (s.mmr_start, s.k_factor, s.mmr_divisor) == (1500, 40, 500)
    assert s.rank_shares_percent == [1, 7, 21, 21, 21, 21, 8] and s.rank_leftover_order == "DCEBAFS"
    assert (s.rank_activity_days, s.aborts_per_month, s.wave_period_s) == (14, 3, 45)
    assert (s.window_base, s.window_growth_per_wave) == (100, 50)
    assert (s.confirm_timeout_s, s.confirm_reminder_s, s.report_deadline_s) == (60, 20, 3 * 3600)
    assert (s.max_vetoes, s.replay_max_bytes, s.queue_expiry_s) == (4, 5 * 1024 * 1024, 9000)
    assert s.effective_database_url == f"sqlite:///{tmp_path.as_posix()}/evoladder.sqlite3"
    assert [t.max_ping_ms for t in s.ping_tiers] == [100, 150, 250]


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVOLADDER_K_FACTOR", "32")
    monkeypatch.setenv("DISCORD_TOKEN", "abc")
    s = load_settings(_env_file=None)
    assert s.k_factor == 32 and s.discord_token == "abc"


@pytest.mark.parametrize(
    ("env", "value", "named"),
    [
        ("EVOLADDER_K_FACTOR", "-1", "k_factor"),
        ("EVOLADDER_RANK_SHARES_PERCENT", "[1, 2, 3]", "rank_shares_percent"),
        ("EVOLADDER_DATABASE_URL", "mysql://x", "database_url"),
        ("EVOLADDER_WAVE_PERIOD_S", "soon", "wave_period_s"),
        ("EVOLADDER_RANK_LEFTOVER_ORDER", "DCEBAF", "rank_leftover_order"),
    ],
)
def test_invalid_values_name_the_setting(
    monkeypatch: pytest.MonkeyPatch, env: str, value: str, named: str
) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError, match=named):
        load_settings(_env_file=None)


def test_env_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("EVOLADDER_SEASON=season_1\n")
    monkeypatch.chdir(tmp_path)
    assert load_settings().season == "season_1"


def test_ping_tier_lookup(tmp_path: Path) -> None:
    s = load_settings(data_dir=tmp_path, _env_file=None)
    assert s.ping_tier(1100).max_ping_ms == 100
    assert s.ping_tier(1200).max_ping_ms == 150
    assert s.ping_tier(2500).max_ping_ms == 250


def test_every_setting_is_documented_in_env_example() -> None:
    from evoladder.config import Settings

    documented = (Path(__file__).resolve().parents[2] / ".env.example").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        env = "DISCORD_TOKEN" if name == "discord_token" else f"EVOLADDER_{name.upper()}"
        assert f"# {env}=" in documented, f"{env} is missing from .env.example"


def test_documented_ping_tiers_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    documented = (Path(__file__).resolve().parents[2] / ".env.example").read_text(encoding="utf-8")
    line = next(x for x in documented.splitlines() if x.startswith("# EVOLADDER_PING_TIERS="))
    monkeypatch.setenv("EVOLADDER_PING_TIERS", line.split("=", 1)[1])
    from evoladder.config import DEFAULT_PING_TIERS

    assert load_settings(_env_file=None).ping_tiers == DEFAULT_PING_TIERS
