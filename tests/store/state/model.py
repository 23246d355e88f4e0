"""A deliberately simple model of the ladder (plain dicts, no indexes) and a Hypothesis state machine
that drives ``LadderState`` and the model side by side.

The model uses the pure rules (``MatchLifecycle``, ``mmr.rate``, ``aborts``) for decisions, so what it
checks is the store: indexes, bookkeeping, row changes, MMR application and reversal, ranks. The
durability tests reuse ``LadderMachine`` with a ``Store`` by overriding ``execute`` (run a transition)
and ``teardown``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from evoladder.config import load_settings
from evoladder.gamedata import GameData, load_game_data
from evoladder.rules import aborts, mmr, ranks
from evoladder.rules.errors import DomainError
from evoladder.rules.lifecycle import MatchLifecycle, MatchStatus, Slot
from evoladder.store.rows import Change
from evoladder.store.state import LadderState, replay_history

GAME_DATA: GameData = load_game_data()
SETTINGS = load_settings(_env_file=None)
BW = GAME_DATA.races_of("bw")
SC2 = GAME_DATA.races_of("sc2")
MAP = GAME_DATA.map_names[0]
SERVER = next(iter(GAME_DATA.servers))
UIDS = (101, 102, 103, 104, 105)
NAMES = {101: "Alpha", 102: "Bravo", 103: "Charlie", 104: "Delta", 105: "Echo"}
ADMIN = 900
START = datetime(2026, 3, 30, 12, tzinfo=UTC)


@dataclass
class ModelMatch:
    match_id: int
    players: dict[Slot, int]
    races: dict[Slot, str]
    life: MatchLifecycle = field(default_factory=MatchLifecycle)
    deltas: dict[Slot, int] | None = None
    befores: dict[Slot, int] | None = None  # the ratings it was rated from

    def key(self, slot: Slot) -> tuple[int, str]:
        return (self.players[slot], self.races[slot])


@dataclass
class Model:
    """What the ladder should hold, kept the dumbest way possible."""

    registered: set[int] = field(default_factory=set)
    banned: set[int] = field(default_factory=set)
    aborts: dict[int, tuple[int, str | None]] = field(default_factory=dict)
    queue: dict[int, tuple[str, ...]] = field(default_factory=dict)
    matches: dict[int, ModelMatch] = field(default_factory=dict)
    mmr: dict[tuple[int, str], int] = field(default_factory=dict)
    wld: dict[tuple[int, str], list[int]] = field(default_factory=dict)
    last_played: dict[tuple[int, str], datetime] = field(default_factory=dict)
    created: dict[tuple[int, str], datetime] = field(default_factory=dict)
    adjustments: list[dict[str, Any]] = field(default_factory=list)
    next_match_id: int = 1

    def open_match_of(self, uid: int) -> ModelMatch | None:
        for m in self.matches.values():
            if m.life.is_open and uid in m.players.values():
                return m
        return None

    def entry(self, uid: int, race: str, now: datetime) -> None:
        if (uid, race) not in self.mmr:
            self.mmr[(uid, race)] = SETTINGS.mmr_start
            self.wld[(uid, race)] = [0, 0, 0]
            self.created[(uid, race)] = now

    def complete(self, m: ModelMatch, now: datetime) -> None:
        assert m.life.result is not None
        for slot in ("a", "b"):
            self.entry(m.players[slot], m.races[slot], now)  # type: ignore[index]
        key_a, key_b = (m.players["a"], m.races["a"]), (m.players["b"], m.races["b"])
        change = mmr.rate(self.mmr[key_a], self.mmr[key_b], mmr.score_for(m.life.result, "a"))
        m.deltas = {"a": change.delta_a, "b": change.delta_b}
        m.befores = {"a": self.mmr[key_a], "b": self.mmr[key_b]}
        for slot, key, new in (("a", key_a, change.new_a), ("b", key_b, change.new_b)):
            self.mmr[key] = new
            score = mmr.score_for(m.life.result, slot)
            self.wld[key][0 if score == mmr.WIN else (1 if score == mmr.LOSS else 2)] += 1
            self.last_played[key] = now

    def _count(self, key: tuple[int, str], result: str, slot: str, sign: int) -> None:
        score = mmr.score_for(result, slot)
        self.wld[key][0 if score == mmr.WIN else (1 if score == mmr.LOSS else 2)] += sign

    def _position(self, m: ModelMatch) -> tuple[datetime, int]:
        return (self._ended[m.match_id], m.match_id)

    def rederive(self, changed: ModelMatch, offsets: dict[tuple[int, str], int]) -> None:
        """Carry rating offsets through every later completed match, the slow way: all of them, in order."""
        later = sorted(
            (
                x
                for x in self.matches.values()
                if x.life.status is MatchStatus.COMPLETED and self._position(x) > self._position(changed)
            ),
            key=self._position,
        )
        for x in later:
            assert x.befores is not None and x.deltas is not None and x.life.result is not None
            off = {slot: offsets.get(x.key(slot), 0) for slot in ("a", "b")}
            if not any(off.values()):
                continue
            befores = {slot: x.befores[slot] + off[slot] for slot in ("a", "b")}  # type: ignore[index]
            change = mmr.rate(befores["a"], befores["b"], mmr.score_for(x.life.result, "a"))
            deltas = {"a": change.delta_a, "b": change.delta_b}
            for slot in ("a", "b"):
                offsets[x.key(slot)] = off[slot] + deltas[slot] - x.deltas[slot]  # type: ignore[index]
            x.befores, x.deltas = befores, deltas  # type: ignore[assignment]
        for key, offset in offsets.items():
            self.mmr[key] += offset

    def correct(self, m: ModelMatch, old_result: str) -> None:
        """A completed match got another result (already in ``m.life``)."""
        assert m.befores is not None and m.deltas is not None and m.life.result is not None
        change = mmr.rate(m.befores["a"], m.befores["b"], mmr.score_for(m.life.result, "a"))
        new = {"a": change.delta_a, "b": change.delta_b}
        offsets = {}
        for slot in ("a", "b"):
            self._count(m.key(slot), old_result, slot, -1)  # type: ignore[arg-type]
            self._count(m.key(slot), m.life.result, slot, +1)  # type: ignore[arg-type]
            offsets[m.key(slot)] = new[slot] - m.deltas[slot]  # type: ignore[index]
        m.deltas = new  # type: ignore[assignment]
        self.rederive(m, offsets)

    def reverse(self, m: ModelMatch) -> None:
        assert m.deltas is not None and m.life.result is not None
        offsets = {}
        for slot in ("a", "b"):
            key = (m.players[slot], m.races[slot])  # type: ignore[index]
            offsets[key] = -m.deltas[slot]  # type: ignore[index]
            self._count(key, m.life.result, slot, -1)
            ended = [t for t, other in self._completed_end_times() if other == key]
            if ended:
                self.last_played[key] = max(ended)
            else:
                self.last_played.pop(key, None)
        self.rederive(m, offsets)

    def _completed_end_times(self) -> list[tuple[datetime, tuple[int, str]]]:
        out = []
        for m in self.matches.values():
            if m.life.status is MatchStatus.COMPLETED:
                for slot in ("a", "b"):
                    out.append((self._ended[m.match_id], (m.players[slot], m.races[slot])))  # type: ignore[index]
        return out

    _ended: dict[int, datetime] = field(default_factory=dict)


class LadderMachine(RuleBasedStateMachine):
    """Random transitions on a ``LadderState`` checked against ``Model`` after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.state = LadderState(SETTINGS, GAME_DATA)
        self.state.finish_load(START)
        self.model = Model()
        self.now = START
        self.journal: list[Change] = []  # every change, in order, as a journal would hold them
        self.keys = 0

    # --- plumbing --------------------------------------------------------------------------------
    def execute(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Run one transition; subclasses run it through a ``Store`` instead."""
        outcome, changes = getattr(self.state, name)(*args, now=self.now, **kwargs)
        self.journal.extend(changes)
        return outcome

    def attempt(self, expect_ok: bool, name: str, *args: Any, **kwargs: Any) -> Any:
        """Run a transition that the model says must succeed (or must be refused, changing nothing)."""
        if expect_ok:
            return self.execute(name, *args, **kwargs)
        before = self.snapshot()
        try:
            self.execute(name, *args, **kwargs)
        except DomainError as exc:
            assert str(exc), "a refusal must say why"
            assert self.snapshot() == before, f"refused {name} changed the state"
            return None
        raise AssertionError(f"{name}{args} should have been refused")

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        return {
            t: sorted(repr(r) for r in self.state.export(t))  # type: ignore[misc]
            for t in ("players", "mmrs", "queue_entries", "matches", "preferences", "replays")
        }

    def _match(self, data: st.DataObject) -> ModelMatch | None:
        if not self.model.matches:
            return None
        return data.draw(st.sampled_from(sorted(self.model.matches.values(), key=lambda m: m.match_id)))

    # --- rules -----------------------------------------------------------------------------------
    @initialize()
    def register_most(self) -> None:
        for uid in UIDS[:-1]:
            self.register(uid)

    @rule(data=st.data(), i=st.integers(0, 2), j=st.integers(0, 2))
    def quick_match(self, data: st.DataObject, i: int, j: int) -> None:
        """Two free players queue BW vs SC2, get paired and confirm (so matches reach results often)."""
        free = [
            uid
            for uid in sorted(self.model.registered - self.model.banned)
            if uid not in self.model.queue and self.model.open_match_of(uid) is None
        ]
        if len(free) < 2:
            return
        a, b = data.draw(st.permutations(free))[:2]
        self.join_queue(a, "bw", i)
        self.join_queue(b, "sc2", j)
        outcome = self.execute("create_match", a, BW[i], b, SC2[j], map_name=MAP, server=SERVER)
        m = self.model.matches[outcome.match_id] = ModelMatch(
            outcome.match_id, {"a": a, "b": b}, {"a": BW[i], "b": SC2[j]}
        )
        self.model.next_match_id += 1
        del self.model.queue[a], self.model.queue[b]
        for slot in ("a", "b"):
            self._step(m, "confirm_match", lambda s=slot: m.life.confirm(s), m.match_id, m.players[slot])  # type: ignore[misc]

    @rule(uid=st.sampled_from(UIDS))
    def register(self, uid: int) -> None:
        self.execute("touch_player", uid, f"discord{uid}")
        self.execute("accept_terms", uid)
        self.execute(
            "setup",
            uid,
            player_name=NAMES[uid],
            battletag=f"{NAMES[uid]}#1234",
            alt_names=[f"alt{uid}"],
            country="KR" if uid % 2 else "DE",
            region="KRJ",
        )
        self.model.registered.add(uid)

    @rule(uid=st.sampled_from(UIDS), taker=st.sampled_from(UIDS))
    def setup_with_taken_name(self, uid: int, taker: int) -> None:
        if uid == taker or uid not in self.model.registered or taker not in self.model.registered:
            return
        self.attempt(
            False,
            "setup",
            uid,
            player_name=NAMES[taker].upper(),
            battletag="Someone#1234",
            alt_names=[],
            country="KR",
            region="KRJ",
        )

    @rule(uid=st.sampled_from(UIDS), side=st.sampled_from(["bw", "sc2", "both"]), i=st.integers(0, 2))
    def join_queue(self, uid: int, side: str, i: int) -> None:
        races = {"bw": (BW[i],), "sc2": (SC2[i],), "both": (BW[i], SC2[i])}[side]
        ok = (
            uid in self.model.registered
            and uid not in self.model.banned
            and uid not in self.model.queue
            and self.model.open_match_of(uid) is None
        )
        self.attempt(ok, "join_queue", uid, list(races), [MAP])
        if ok:
            self.model.queue[uid] = races

    @rule(uid=st.sampled_from(UIDS))
    def leave_queue(self, uid: int) -> None:
        ok = uid in self.model.queue
        self.attempt(ok, "leave_queue", uid)
        self.model.queue.pop(uid, None)

    @rule(data=st.data())
    def pair(self, data: st.DataObject) -> None:
        queued = sorted(self.model.queue)
        if len(queued) < 2:
            return
        a, b = data.draw(st.permutations(queued))[:2]
        race_a = next((r for r in self.model.queue[a] if r in BW), None)
        race_b = next((r for r in self.model.queue[b] if r in SC2), None)
        if race_a is None or race_b is None:
            self.attempt(
                False, "create_match", a, race_a or SC2[0], b, race_b or SC2[0], map_name=MAP, server=SERVER
            )
            return
        outcome = self.execute("create_match", a, race_a, b, race_b, map_name=MAP, server=SERVER)
        assert outcome.match_id == self.model.next_match_id
        self.model.matches[outcome.match_id] = ModelMatch(
            outcome.match_id, {"a": a, "b": b}, {"a": race_a, "b": race_b}
        )
        self.model.next_match_id += 1
        del self.model.queue[a], self.model.queue[b]

    def _step(self, m: ModelMatch, name: str, life_step: Any, *args: Any, **kwargs: Any) -> bool:
        """Apply a lifecycle step to the model and the state; True if it was allowed."""
        try:
            after = life_step()
        except DomainError:
            self.attempt(False, name, *args, **kwargs)
            return False
        self.execute(name, *args, **kwargs)
        was = m.life.status
        m.life = after
        if after.status is not was and was in (MatchStatus.FOUND, MatchStatus.IN_PROGRESS):
            self.model._ended[m.match_id] = self.now
        if after.status is MatchStatus.COMPLETED and was is not MatchStatus.COMPLETED:
            self.model._ended[m.match_id] = self.now
            self.model.complete(m, self.now)
        return True

    @rule(data=st.data(), slot=st.sampled_from(["a", "b"]))
    def confirm(self, data: st.DataObject, slot: Slot) -> None:
        m = self._match(data)
        if m is not None:
            self._step(m, "confirm_match", lambda: m.life.confirm(slot), m.match_id, m.players[slot])

    @rule(data=st.data(), slot=st.sampled_from(["a", "b"]))
    def abort(self, data: st.DataObject, slot: Slot) -> None:
        m = self._match(data)
        if m is None:
            return
        uid = m.players[slot]
        used, month = self.model.aborts.get(uid, (0, None))

        def step() -> MatchLifecycle:
            after = m.life.abort(slot)
            aborts.spend_abort(used, month, self.now, SETTINGS.aborts_per_month)
            return after

        if self._step(m, "abort_match", step, m.match_id, uid):
            self.model.aborts[uid] = aborts.spend_abort(used, month, self.now, SETTINGS.aborts_per_month)

    @rule(data=st.data())
    def confirm_timeout(self, data: st.DataObject) -> None:
        m = self._match(data)
        if m is not None:
            self._step(m, "confirm_timeout", m.life.confirm_timeout, m.match_id)

    @rule(data=st.data(), slot=st.sampled_from(["a", "b"]), report=st.sampled_from(["win", "loss", "draw"]))
    def report(self, data: st.DataObject, slot: Slot, report: str) -> None:
        m = self._match(data)
        if m is not None:
            self._step(
                m, "report_result", lambda: m.life.report(slot, report), m.match_id, m.players[slot], report
            )

    @rule(data=st.data(), result=st.sampled_from(["a", "b", "draw"]))
    def replay(self, data: st.DataObject, result: str) -> None:
        m = self._match(data)
        if m is None or m.life.status is not MatchStatus.IN_PROGRESS:
            return
        self._step(
            m,
            "attach_replay",
            lambda: m.life.settle_by_replay(result),
            m.match_id,
            replay_hash=f"hash{m.match_id}",
            uploaded_by=m.players["a"],
            path=f"replays/hash{m.match_id}",
            summary={"map": MAP},
            verdict={"ok": True, "result": result},
            result=result,
        )

    @rule(data=st.data())
    def deadline(self, data: st.DataObject) -> None:
        m = self._match(data)
        if m is not None:
            self._step(m, "report_deadline", m.life.report_deadline, m.match_id)

    @rule(data=st.data(), result=st.sampled_from(["a", "b", "draw"]))
    def admin_resolve(self, data: st.DataObject, result: str) -> None:
        m = self._match(data)
        if m is None:
            return
        was, old_result = m.life.status, m.life.result
        if (
            self._step(
                m,
                "admin_resolve",
                lambda: m.life.admin_resolve(result),
                m.match_id,
                result,
                admin_uid=ADMIN,
                reason="evidence",
            )
            and was is MatchStatus.COMPLETED
        ):
            assert old_result is not None
            self.model.correct(m, old_result)

    @rule(data=st.data())
    def admin_invalidate(self, data: st.DataObject) -> None:
        m = self._match(data)
        if m is None:
            return
        was_completed = m.life.status is MatchStatus.COMPLETED
        if (
            self._step(
                m, "admin_invalidate", m.life.admin_invalidate, m.match_id, admin_uid=ADMIN, reason="cheating"
            )
            and was_completed
        ):
            self.model.reverse(m)

    @rule(uid=st.sampled_from(UIDS), race=st.sampled_from(BW + SC2), value=st.integers(800, 2600))
    def adjust_mmr(self, uid: int, race: str, value: int) -> None:
        ok = uid in self.model.registered and self.model.mmr.get((uid, race), SETTINGS.mmr_start) != value
        self.attempt(ok, "admin_adjust_mmr", uid, race, value, admin_uid=ADMIN, reason="correction")
        if ok:
            self.model.entry(uid, race, self.now)
            old = self.model.mmr[(uid, race)]
            self.model.mmr[(uid, race)] = value
            self.model.adjustments.append({"discord_uid": uid, "race": race, "delta": value - old})

    @rule(uid=st.sampled_from(UIDS), banned=st.booleans())
    def ban(self, uid: int, banned: bool) -> None:
        ok = uid in self.model.registered and (uid in self.model.banned) != banned
        self.attempt(ok, "admin_ban", uid, banned=banned, admin_uid=ADMIN, reason="conduct")
        if ok:
            if banned:
                self.model.banned.add(uid)
                self.model.queue.pop(uid, None)
            else:
                self.model.banned.discard(uid)

    @rule(uid=st.sampled_from(UIDS), left=st.integers(0, SETTINGS.aborts_per_month + 1))
    def set_aborts(self, uid: int, left: int) -> None:
        ok = uid in self.model.registered and left <= SETTINGS.aborts_per_month
        self.attempt(ok, "admin_set_aborts", uid, left, admin_uid=ADMIN, reason="mistake")
        if ok:
            used = SETTINGS.aborts_per_month - left
            self.model.aborts[uid] = (used, aborts.month_key(self.now) if used else None)

    @rule(uid=st.sampled_from(UIDS))
    def repeated_interaction(self, uid: int) -> None:
        """The same interaction delivered twice: one effect, the same outcome."""
        ok = uid in self.model.queue
        if not ok:
            return
        self.keys += 1
        key = f"leave-{self.keys}"
        first = self.execute("leave_queue", uid, idempotency_key=key)
        before = self.snapshot()
        again = self.execute("leave_queue", uid, idempotency_key=key)
        assert again == first and self.snapshot() == before
        assert self.state.remembered(key) == first
        del self.model.queue[uid]

    @rule(hours=st.integers(0, 24 * 20))
    def time_passes(self, hours: int) -> None:
        self.now += timedelta(hours=hours)

    # --- invariants ------------------------------------------------------------------------------
    @invariant()
    def memory_matches_model(self) -> None:
        s, md = self.state, self.model
        for uid in UIDS:
            player = s.player(uid)
            assert (player is not None and player.setup_completed_at is not None) == (uid in md.registered)
            if player is None:
                continue
            assert s.player_by_name(NAMES[uid].lower()) is player
            assert player.banned == (uid in md.banned)
            used, month = md.aborts.get(uid, (0, None))
            assert s.aborts_left(uid, self.now) == aborts.aborts_left(used, month, self.now)
            entry = s.queue_entry(uid)
            assert (entry.races if entry else None) == md.queue.get(uid)
            expected_open = md.open_match_of(uid)
            got_open = s.open_match(uid)
            assert (got_open.match_id if got_open else None) == (
                expected_open.match_id if expected_open else None
            )
            ids = [m.match_id for m in s.recent_matches(uid)]
            assert ids == sorted(
                (i for i, m in md.matches.items() if uid in m.players.values()), reverse=True
            )
        counts = s.queue_counts()
        assert counts.total == len(md.queue)
        for m in md.matches.values():
            got = s.match(m.match_id)
            assert got is not None and got.status == m.life.status.value
            assert got.result == m.life.result
            if m.life.status in (MatchStatus.COMPLETED, MatchStatus.INVALIDATED) and m.deltas:
                assert (got.delta_a, got.delta_b) == (m.deltas["a"], m.deltas["b"])
            if m.life.status is MatchStatus.COMPLETED and m.befores:
                assert (got.mmr_a_before, got.mmr_b_before) == (m.befores["a"], m.befores["b"])
        for key, value in md.mmr.items():
            rec = s.mmr(*key)
            assert rec is not None and rec.mmr == value, key
            assert [rec.wins, rec.losses, rec.draws] == md.wld[key] and rec.games == sum(md.wld[key])
            assert rec.last_played_at == md.last_played.get(key)
        assert s.counts()["mmrs"] == len(md.mmr)

    @invariant()
    def mmrs_equal_the_replay_of_match_history(self) -> None:
        history = replay_history(self.state.export("matches"), self.model.adjustments, SETTINGS.mmr_start)
        for row in self.state.export("mmrs"):
            totals = history.get((row["discord_uid"], row["race"]))
            expected = (
                (SETTINGS.mmr_start, 0, 0, 0, 0, None)
                if totals is None
                else (
                    totals.mmr,
                    totals.games,
                    totals.wins,
                    totals.losses,
                    totals.draws,
                    totals.last_played_at,
                )
            )
            got = (row["mmr"], row["games"], row["wins"], row["losses"], row["draws"], row["last_played_at"])
            assert got == expected, (row, expected)

    @invariant()
    def ranks_equal_the_reference(self) -> None:
        entries = [
            ranks.RankEntry(
                f"{row['discord_uid']:020d}:{tuple(GAME_DATA.races).index(row['race'])}",
                row["mmr"],
                row["games"],
                row["last_played_at"],
                row["created_at"],
            )
            for row in self.state.export("mmrs")
        ]
        expected = ranks.assign_ranks(entries, self.now)
        for e in entries:
            uid_text, race_index = str(e.key).split(":")
            race = tuple(GAME_DATA.races)[int(race_index)]
            assert self.state.rank(int(uid_text), race, self.now) == expected[e.key], e

    def teardown(self) -> None:
        """Memory rebuilt two ways — bulk load of its export, journal replay — equals memory."""
        tables = (
            "players",
            "mmrs",
            "preferences",
            "queue_entries",
            "matches",
            "replays",
            "admins",
            "idempotency_keys",
            "access_codes",
            "access_grants",
        )
        reloaded = LadderState(SETTINGS, GAME_DATA)
        for t in tables:
            reloaded.load(t, self.state.export(t))
        reloaded.finish_load(self.now)
        replayed = LadderState(SETTINGS, GAME_DATA)
        replayed.finish_load(START)
        for change in self.journal:
            replayed.apply_change(change)
        for t in tables:
            expected = sorted(repr(r) for r in self.state.export(t))
            assert sorted(repr(r) for r in reloaded.export(t)) == expected, t
            assert sorted(repr(r) for r in replayed.export(t)) == expected, t
        for uid in UIDS:
            for other in (reloaded, replayed):
                assert [m.match_id for m in other.recent_matches(uid)] == [
                    m.match_id for m in self.state.recent_matches(uid)
                ]
                assert other.queue_counts() == self.state.queue_counts()
        page = self.state.leaderboard_page(self.now)
        assert reloaded.leaderboard_page(self.now) == page
        assert replayed.leaderboard_page(self.now) == page
