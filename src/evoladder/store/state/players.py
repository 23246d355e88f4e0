"""Player transitions: first contact, terms, setup, country, and the queue defaults (preferences)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from evoladder.rules import queueing, registration
from evoladder.store.records import Player, Preferences
from evoladder.store.state.core import Changes, Done, StateCore, idempotent
from evoladder.store.state.outcomes import (
    CountryChanged,
    LanguageChanged,
    PlayerSetUp,
    PlayerTouched,
    PreferencesSaved,
    TermsChanged,
)


class PlayerTransitions(StateCore):
    @idempotent
    def touch_player(
        self, discord_uid: int, discord_name: str, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[PlayerTouched]:
        """First contact creates the player; later contacts refresh the Discord name if it changed."""
        changes = Changes()
        player = self.t.players.get(discord_uid)
        if player is None:
            player = Player.first_contact(discord_uid=discord_uid, discord_name=discord_name, now=now)
            self.t.players[discord_uid] = player
            changes.upsert("players", player)
            return self.done(PlayerTouched(created=True), changes, idempotency_key, now)
        if player.discord_name != discord_name:
            player.discord_name = discord_name
            player.updated_at = now
            changes.upsert("players", player)
        return self.done(PlayerTouched(created=False), changes, idempotency_key, now)

    @idempotent
    def accept_terms(
        self, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[TermsChanged]:
        player = self.require_player(discord_uid)
        changes = Changes()
        if player.terms_accepted_at is None:
            self.log_setting(changes, discord_uid, "terms_accepted_at", None, now, discord_uid, now)
            player.terms_accepted_at = now
            player.updated_at = now
            changes.upsert("players", player)
        return self.done(TermsChanged(accepted=True), changes, idempotency_key, now)

    @idempotent
    def decline_terms(
        self, discord_uid: int, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[TermsChanged]:
        """Declining withdraws an earlier acceptance: the player can't play until they accept again."""
        player = self.require_player(discord_uid)
        registration.check_can_decline_terms(
            queued=discord_uid in self.t.queue, in_match=discord_uid in self.t.open_match
        )
        changes = Changes()
        if player.terms_accepted_at is not None:
            self.log_setting(
                changes, discord_uid, "terms_accepted_at", player.terms_accepted_at, None, discord_uid, now
            )
            player.terms_accepted_at = None
            player.updated_at = now
            changes.upsert("players", player)
        return self.done(TermsChanged(accepted=False), changes, idempotency_key, now)

    @idempotent
    def setup(
        self,
        discord_uid: int,
        *,
        player_name: str,
        battletag: str,
        alt_names: Sequence[str],
        country: str,
        region: str,
        now: datetime,
        changed_by: int | None = None,
        idempotency_key: str | None = None,
    ) -> Done[PlayerSetUp]:
        """Register or update a player's profile; names must be distinct across all players."""
        player = self.require_player(discord_uid)
        registration.check_can_set_up(terms_accepted=player.terms_accepted_at is not None)
        reg = registration.validate_registration(
            player_name,
            battletag,
            alt_names,
            country,
            region,
            countries=self.game_data.countries,
            regions=self.game_data.regions,
            taken_names=TakenNames(self.t.names, discord_uid),
        )
        changes = Changes()
        by = discord_uid if changed_by is None else changed_by
        new_values: dict[str, Any] = {
            "player_name": reg.player_name,
            "battletag": reg.battletag,
            "alt_names": reg.alt_names,
            "country": reg.country,
            "region": reg.region,
        }
        self.t.unindex_names(player)
        for field, value in new_values.items():
            old = getattr(player, field)
            if old != value:
                self.log_setting(changes, discord_uid, field, old, value, by, now)
                setattr(player, field, value)
        self.t.index_names(player)
        if player.setup_completed_at is None:
            player.setup_completed_at = now
        player.updated_at = now
        changes.upsert("players", player)
        self.leaderboard.set_country(discord_uid, player.country)
        return self.done(PlayerSetUp(player_name=reg.player_name), changes, idempotency_key, now)

    @idempotent
    def set_country(
        self,
        discord_uid: int,
        country: str,
        *,
        now: datetime,
        changed_by: int | None = None,
        idempotency_key: str | None = None,
    ) -> Done[CountryChanged]:
        player = self.require_player(discord_uid)
        code = registration.validate_country(country, self.game_data.countries)
        changes = Changes()
        if player.country != code:
            by = discord_uid if changed_by is None else changed_by
            self.log_setting(changes, discord_uid, "country", player.country, code, by, now)
            player.country = code
            player.updated_at = now
            changes.upsert("players", player)
            self.leaderboard.set_country(discord_uid, code)
        return self.done(CountryChanged(country=code), changes, idempotency_key, now)

    @idempotent
    def set_preferences(
        self,
        discord_uid: int,
        races: Sequence[str],
        vetoes: Sequence[str],
        *,
        now: datetime,
        idempotency_key: str | None = None,
    ) -> Done[PreferencesSaved]:
        self.require_player(discord_uid)
        picked_races = self.pick_races(races)
        picked_vetoes = self.pick_vetoes(vetoes)
        changes = Changes()
        self.store_preferences(changes, discord_uid, picked_races, picked_vetoes, now)
        return self.done(PreferencesSaved(picked_races, picked_vetoes), changes, idempotency_key, now)

    @idempotent
    def set_language(
        self, discord_uid: int, language: str | None, *, now: datetime, idempotency_key: str | None = None
    ) -> Done[LanguageChanged]:
        """The language the ladder writes to the player in (None: follow Discord's)."""
        player = self.require_player(discord_uid)
        chosen = registration.validate_language(language)
        changes = Changes()
        if player.language != chosen:
            self.log_setting(changes, discord_uid, "language", player.language, chosen, discord_uid, now)
            player.language = chosen
            player.updated_at = now
            changes.upsert("players", player)
        return self.done(LanguageChanged(chosen), changes, idempotency_key, now)

    def note_locale(self, discord_uid: int, locale: str, *, now: datetime) -> Done[LanguageChanged]:
        """Discord's language of the player's latest interaction (what DMs use without a choice)."""
        player = self.t.players.get(discord_uid)
        changes = Changes()
        if player is not None and player.locale != locale:
            player.locale = locale
            changes.upsert("players", player)
        return LanguageChanged(player.language if player else None), list(changes)

    def pick_races(self, races: Sequence[str]) -> tuple[str, ...]:
        return queueing.pick_races(races, known=self.game_data.races, bw=self.bw_races, sc2=self.sc2_races)

    def pick_vetoes(self, vetoes: Sequence[str]) -> tuple[str, ...]:
        return queueing.pick_vetoes(vetoes, pool=self.map_pool, max_vetoes=self.settings.max_vetoes)

    def store_preferences(
        self, changes: Changes, uid: int, races: tuple[str, ...], vetoes: tuple[str, ...], now: datetime
    ) -> None:
        """Remember the races and vetoes as the player's defaults (each change logged)."""
        prefs = self.t.preferences.get(uid)
        if prefs is None:
            prefs = Preferences(discord_uid=uid, races=races, vetoes=vetoes, updated_at=now)
            self.t.preferences[uid] = prefs
        elif prefs.races == races and prefs.vetoes == vetoes:
            return
        else:
            for field, old, new in (("races", prefs.races, races), ("vetoes", prefs.vetoes, vetoes)):
                if old != new:
                    self.log_setting(changes, uid, f"preferences.{field}", list(old), list(new), uid, now)
            prefs.races, prefs.vetoes, prefs.updated_at = races, vetoes, now
        changes.upsert("preferences", prefs)


class TakenNames(Mapping[str, object]):
    """Names registered by *other* players: a view of the name index without the player's own."""

    def __init__(self, index: dict[str, int], own_uid: int) -> None:
        self._index, self._own_uid = index, own_uid

    def __getitem__(self, name: str) -> object:
        uid = self._index[name]
        if uid == self._own_uid:
            raise KeyError(name)
        return uid

    def __contains__(self, name: object) -> bool:
        return bool(self._index.get(name, self._own_uid) != self._own_uid)  # type: ignore[call-overload]

    def __iter__(self) -> Iterator[str]:
        return (n for n, uid in self._index.items() if uid != self._own_uid)

    def __len__(self) -> int:
        return sum(1 for _ in self)
