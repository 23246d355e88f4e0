"""The always-current leaderboard: one row per (player, race) with a letter rank, filtered and paged.

Every listed entry (a (player, race) with at least one game) has one integer sort key that packs the
ranking order of ``rules.ranks`` — ranked entries first, then MMR desc, more recent last game first,
older entry first, then (player, race) — so Python compares keys as fast as ints. The keys live in
sorted lists (``sortedcontainers``), one per filter combination an entry belongs to: all entries, per
race, per country, per (country, race), and the same four restricted to each player's best race.
A change of one MMR moves one key in at most eight lists (O(log n) each) — at the first read after
the change, not in the write: a write marks its player, a read refiles every marked player once (two
changes before a read: one move), so every read sees the ranks as of every change, with no rebuild. A letter is a position among ranked entries mapped through
``ranks.rank_counts(n)``; a rank filter is the key interval of that letter's positions, found by
bisection in the filtered list. Time passing is handled by ``advance(now)``: a heap of last-game
times moves entries whose last game left the activity window to the unranked part.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sortedcontainers import SortedList

from evoladder.rules import ranks
from evoladder.store.records import Mmr
from evoladder.store.sorted_union import KeyRange, page_keys

PER_PAGE = 40
UNRANKED = "U"  # the rank filter value for entries outside the activity window

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_RACE_BITS = 3
_EID_BITS = 64 + _RACE_BITS
_TS_BITS = 53  # microseconds since 1970 fit in 53 bits until the year 2255
_MMR_BITS = 21
_MMR_OFFSET = 1 << (_MMR_BITS - 1)
_TS_MAX = (1 << _TS_BITS) - 1
_CREATED_SHIFT = _EID_BITS
_LAST_SHIFT = _CREATED_SHIFT + _TS_BITS
_MMR_SHIFT = _LAST_SHIFT + _TS_BITS
_UNRANKED_SHIFT = _MMR_SHIFT + _MMR_BITS
_UNRANKED_FLAG = 1 << _UNRANKED_SHIFT
_EID_MASK = (1 << _EID_BITS) - 1
_RACE_MASK = (1 << _RACE_BITS) - 1
# Past this many expiries in one step, rebuilding every list is cheaper than moving keys one by one.
_REBUILD_THRESHOLD = 20_000
_CLOCK_STEP_BACK = timedelta(hours=1)

_FilterKey = tuple[str | None, int | None, bool]  # (country, race index, best race only)


def to_micros(ts: datetime) -> int:
    delta = ts - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


@dataclass(frozen=True, slots=True)
class PageEntry:
    discord_uid: int
    race: str
    letter: str | None  # None: unranked
    position: int  # 1-based place in the whole leaderboard


@dataclass(frozen=True, slots=True)
class Page:
    entries: tuple[PageEntry, ...]
    page: int
    pages: int
    total: int  # entries matching the filters


class Leaderboard:
    """Incrementally maintained ranking of every (player, race) entry with at least one game."""

    def __init__(
        self,
        races: Sequence[str],
        *,
        shares_percent: Sequence[float] = ranks.DEFAULT_SHARES,
        leftover_order: str = ranks.DEFAULT_LEFTOVER_ORDER,
        activity_days: int = 14,
    ) -> None:
        if len(races) > (1 << _RACE_BITS):
            raise ValueError(f"at most {1 << _RACE_BITS} races fit in a leaderboard key")
        self._races = tuple(races)
        self._race_index = {race: i for i, race in enumerate(self._races)}
        self._shares = tuple(shares_percent)
        self._leftover = leftover_order
        self._window = timedelta(days=activity_days)
        self._as_of: datetime | None = None
        self._ranked_since: datetime | None = None  # as_of − activity window: later last games rank
        # uid → race → record: the state's own index of mutable records (no copy, always current).
        self._records: Mapping[int, Mapping[str, Mmr]] = {}
        self._player_country: dict[int, str | None] = {}  # uid → the player's country
        self._country_of: dict[int, str | None] = {}  # uid → country the player's keys are filed under
        self._lists: dict[_FilterKey, SortedList] = {}
        self._country_lists: dict[str, SortedList] = {}  # country → its all-races list (the filter's choices)
        self._expiry: list[tuple[int, int]] = []  # (last game µs, eid) of ranked entries; lazily pruned
        self._counts_cache: tuple[int, dict[str, int]] = (-1, {})
        # Moves on whenever a key is filed or unfiled (``_refile_player``, ``_rebuild``): what a read
        # derived from the lists' order may be cached by.
        self._version = 0
        self._edges_cache: tuple[int, list[float]] = (-1, [])
        # Players whose entries changed since the lists were last brought up to date: a write only
        # marks them; the next read refiles each once (two completions of one player: one refile).
        self._dirty: dict[int, None] = {}
        self._dropped: dict[int, list[Mmr]] = {}  # records their owner dropped, still in the lists

    # --- keys ------------------------------------------------------------------------------------
    def _eid(self, uid: int, race: str) -> int:
        return (uid << _RACE_BITS) | self._race_index[race]

    def _key(self, source: Mmr, eid: int) -> int | None:
        if source.games < 1:
            return None
        last = source.last_played_at
        last_us = to_micros(last) if last is not None else None
        # ranks.is_ranked(games, last, as_of, days), i.e. as_of − last ≤ window, without the call
        ranked = self._ranked_since is not None and last is not None and last >= self._ranked_since
        key = 0 if ranked else 1
        key = (key << _MMR_BITS) | (_MMR_OFFSET - source.mmr)
        key = (key << _TS_BITS) | (_TS_MAX - last_us if last_us is not None else _TS_MAX)
        key = (key << _TS_BITS) | to_micros(source.created_at)
        return (key << _EID_BITS) | eid

    def _set_as_of(self, now: datetime) -> None:
        self._as_of = now
        self._ranked_since = now - self._window

    @staticmethod
    def _is_ranked_key(key: int) -> bool:
        return not key & _UNRANKED_FLAG

    # --- filing ----------------------------------------------------------------------------------
    def _filters(self, country: str | None, race_index: int, best: bool) -> Iterable[_FilterKey]:
        yield (None, None, False)
        yield (None, race_index, False)
        yield (country, None, False)
        yield (country, race_index, False)
        if best:
            yield (None, None, True)
            yield (None, race_index, True)
            yield (country, None, True)
            yield (country, race_index, True)

    def _list(self, filter_key: _FilterKey) -> SortedList:
        found = self._lists.get(filter_key)
        if found is None:
            found = self._lists[filter_key] = SortedList()
            self._index_country_list(filter_key, found)
        return found

    def _index_country_list(self, filter_key: _FilterKey, lst: SortedList) -> None:
        country, race_index, best = filter_key
        if country is not None and race_index is None and not best:
            self._country_lists[country] = lst

    @staticmethod
    def _best_of(records: Iterable[Mmr]) -> Mmr | None:
        best: Mmr | None = None
        for rec in records:
            if rec.rank_key is not None and (best is None or rec.rank_key < best.rank_key):  # type: ignore[operator]
                best = rec
        return best

    def _refile_player(
        self, uid: int, changed: Sequence[tuple[Mmr, int | None]], new_country: str | None
    ) -> None:
        """Give records new keys / their player a new country, moving only the keys that changed.

        ``changed`` pairs records with their new key (None: not listed); each record's ``rank_key``
        still holds the key it is filed under until this runs.
        """
        self._version += 1
        per = self._records.get(uid)
        records = list(per.values()) if per is not None else []
        for rec, _ in changed:
            if all(rec is not r for r in records):
                records.append(rec)  # a record its owner already dropped
        old_country = self._country_of.get(uid)
        old_best = self._best_of(records)
        old_keys = [rec.rank_key for rec in records]
        for rec, key in changed:
            rec.rank_key = key
        new_best = self._best_of(records)
        if new_best is None:
            self._country_of.pop(uid, None)
        else:
            self._country_of[uid] = new_country
        for rec, old_key in zip(records, old_keys, strict=True):
            new_key = rec.rank_key
            was_best, is_best = rec is old_best, rec is new_best
            if old_key == new_key and old_country == new_country and was_best == is_best:
                continue
            race_index = self._race_index[rec.race]
            if old_key is not None:
                for fk in self._filters(old_country, race_index, was_best):
                    self._lists[fk].remove(old_key)
            if new_key is not None:
                for fk in self._filters(new_country, race_index, is_best):
                    self._list(fk).add(new_key)
                if self._is_ranked_key(new_key) and new_key != old_key:
                    assert rec.last_played_at is not None
                    heapq.heappush(self._expiry, (to_micros(rec.last_played_at), new_key & _EID_MASK))

    # --- building and updating -------------------------------------------------------------------
    def _source(self, eid: int) -> Mmr | None:
        per = self._records.get(eid >> _RACE_BITS)
        return None if per is None else per.get(self._races[eid & _RACE_MASK])

    def build(
        self, records: Mapping[int, Mapping[str, Mmr]], countries: Mapping[int, str | None], now: datetime
    ) -> None:
        """(Re)build every list from scratch as of ``now`` (bulk: one sort per list).

        ``records`` (uid → race → record) is kept, not copied: the owner mutates records in place,
        adds new ones to it, and then calls ``update``. Each record's ``rank_key`` is the key it is
        filed under (so no side table of keys is needed).
        """
        self._set_as_of(now)
        self._records = records
        self._player_country = dict(countries)
        self._rebuild()

    def _rebuild(self) -> None:
        self._version += 1
        self._dirty, self._dropped = {}, {}  # every entry is filed afresh below
        self._country_of = {}
        self._expiry = []
        buckets: dict[_FilterKey, list[int]] = {}
        for uid, per in self._records.items():
            best: Mmr | None = None
            for race, rec in per.items():
                eid = (uid << _RACE_BITS) | self._race_index[race]
                key = rec.rank_key = self._key(rec, eid)
                if key is None:
                    continue
                if best is None or key < best.rank_key:  # type: ignore[operator]
                    best = rec
                if self._is_ranked_key(key):
                    assert rec.last_played_at is not None
                    self._expiry.append((to_micros(rec.last_played_at), eid))
            if best is None:
                continue
            country = self._country_of[uid] = self._player_country.get(uid)
            for rec in per.values():
                if rec.rank_key is not None:
                    for fk in self._filters(country, self._race_index[rec.race], rec is best):
                        buckets.setdefault(fk, []).append(rec.rank_key)
        heapq.heapify(self._expiry)
        self._lists = {fk: SortedList(keys) for fk, keys in buckets.items()}
        self._country_lists = {}
        for fk, lst in self._lists.items():
            self._index_country_list(fk, lst)

    def update(self, source: Mmr) -> None:
        """An entry's MMR, games or last game changed (the record was mutated): refile it before
        the next read."""
        self._dirty[source.discord_uid] = None

    def remove(self, record: Mmr) -> None:
        """The owner dropped this record: take it off the leaderboard before the next read."""
        if record.rank_key is not None:
            self._dropped.setdefault(record.discord_uid, []).append(record)
            self._dirty[record.discord_uid] = None

    def set_country(self, uid: int, country: str | None) -> None:
        """A player's country is set or changed: their entries are refiled under it before the next read."""
        self._player_country[uid] = country
        self._dirty[uid] = None

    def _flush(self) -> None:
        """Refile every player whose entries changed since the last read, each once.

        Writes only mark players (``update``, ``remove``, ``set_country``): the key moves happen
        here, at the first read after them, so every read still sees the ranks as of every change.
        """
        if not self._dirty:
            return
        dirty, self._dirty = self._dirty, {}
        dropped, self._dropped = self._dropped, {}
        for uid in dirty:
            per = self._records.get(uid)
            changed = [(rec, self._key(rec, self._eid(uid, rec.race))) for rec in per.values()] if per else []
            changed += [(rec, None) for rec in dropped.get(uid, ())]
            self._refile_player(uid, changed, self._player_country.get(uid))

    def advance(self, now: datetime) -> None:
        """Let time pass: entries whose last game left the activity window become unranked."""
        self._flush()  # the pending changes are filed as of the time they were made
        if self._as_of is not None and now < self._as_of:
            # Concurrent callers may pass a ``now`` a little older than the last one: ignore that
            # (ranks stay as of the later time). A real clock step back is rare: rebuild for it.
            if self._as_of - now > _CLOCK_STEP_BACK:
                self._set_as_of(now)
                self._rebuild()
            return
        if self._as_of is None:
            self._set_as_of(now)
            self._rebuild()
            return
        self._set_as_of(now)
        cutoff_us = to_micros(now - self._window)
        expired: list[tuple[int, Mmr]] = []
        while self._expiry and self._expiry[0][0] < cutoff_us:
            last_us, eid = heapq.heappop(self._expiry)
            source = self._source(eid)
            if (  # skip stale heap items: the entry played again, left, or is already unranked
                source is not None
                and source.rank_key is not None
                and source.last_played_at is not None
                and self._is_ranked_key(source.rank_key)
                and to_micros(source.last_played_at) == last_us
            ):
                expired.append((eid, source))
        if len(expired) > _REBUILD_THRESHOLD:
            self._rebuild()
            return
        for eid, source in expired:
            uid = source.discord_uid
            self._refile_player(uid, [(source, self._key(source, eid))], self._player_country.get(uid))

    # --- reads -------------------------------------------------------------------------------------
    @property
    def as_of(self) -> datetime | None:
        return self._as_of

    def _all(self) -> SortedList:
        return self._list((None, None, False))

    def ranked_count(self) -> int:
        self._flush()
        return int(self._all().bisect_left(_UNRANKED_FLAG))

    def _counts(self) -> dict[str, int]:
        n = self.ranked_count()
        if self._counts_cache[0] != n:
            self._counts_cache = (n, ranks.rank_counts(n, self._shares, self._leftover))
        return self._counts_cache[1]

    def _letter_at(self, position: int) -> str | None:
        if position >= self.ranked_count():
            return None
        return ranks.letter_for_position(position, self._counts())

    def letter(self, uid: int, race: str) -> str | None:
        """The entry's letter rank now, or None when it is unranked or has no game."""
        return self.letters(uid, (race,))[race]

    def letters(self, uid: int, races: Iterable[str]) -> dict[str, str | None]:
        """Several of one player's letter ranks at once: each key against the letters' first keys
        (``_letter_edges``), so a profile costs no search of the whole leaderboard per race."""
        self._flush()
        per = self._records.get(uid)
        edges: list[float] | None = None
        out: dict[str, str | None] = {}
        for race in races:
            rec = None if per is None else per.get(race)
            key = None if rec is None else rec.rank_key
            out[race] = None
            if key is None or key & _UNRANKED_FLAG:
                continue
            if edges is None:
                edges = self._letter_edges()
            for letter, edge in zip(ranks.LETTERS, edges, strict=True):
                if key < edge:
                    out[race] = letter
                    break
        return out

    def _letter_edges(self) -> list[float]:
        """Per letter, best first, the key of the first entry after it (infinity past the end): an
        entry's letter is the first whose edge is above its key, as ``letter_for_position`` says of
        its position (keys are unique, so ``position < edge`` exactly when ``key < key at edge``)."""
        if self._edges_cache[0] != self._version:
            everyone, counts = self._all(), self._counts()
            edges: list[float] = []
            edge = 0
            for letter in ranks.LETTERS:
                edge += counts[letter]
                edges.append(everyone[edge] if edge < len(everyone) else math.inf)
            self._edges_cache = (self._version, edges)
        return self._edges_cache[1]

    def position(self, uid: int, race: str) -> int | None:
        """1-based place of the entry in the whole leaderboard, or None when it is not listed."""
        self._flush()
        rec = self._source(self._eid(uid, race))
        key = None if rec is None else rec.rank_key
        return None if key is None else int(self._all().bisect_left(key)) + 1

    def _letter_bounds(self, letter: str) -> tuple[int, int]:
        """The interval of whole-leaderboard positions holding ``letter`` (or the unranked ones)."""
        n = self.ranked_count()
        if letter == UNRANKED:
            return n, len(self._all())
        counts = self._counts()
        start = 0
        for candidate in ranks.LETTERS:
            if candidate == letter:
                return start, start + counts[candidate]
            start += counts[candidate]
        raise ValueError(f"unknown rank {letter!r}: use one of {ranks.LETTERS} or {UNRANKED}")

    def _key_bounds(self, rank: str | None, unranked: bool) -> tuple[int | None, int | None]:
        """The key interval [low, high) a rank choice keeps (None: unbounded on that side).

        No rank: the ranked entries, or every entry with ``unranked``; a letter: the keys of that
        letter's positions; ``UNRANKED``: the unranked entries only.
        """
        if rank is None:
            return None, None if unranked else _UNRANKED_FLAG
        if rank == UNRANKED:
            return _UNRANKED_FLAG, None
        start, end = self._letter_bounds(rank)
        every = self._all()
        return (
            every[start] if start < len(every) else _UNRANKED_FLAG,
            every[end] if end < len(every) else _UNRANKED_FLAG,
        )

    def _target_lists(
        self, races: Collection[str], countries: Collection[str], best_only: bool
    ) -> list[SortedList]:
        """The disjoint filed lists whose union is the filter: one per (country, race) asked for."""
        unknown = sorted(r for r in races if r not in self._race_index)
        if unknown:
            raise ValueError(f"unknown race {unknown[0]!r}")
        race_keys: list[int | None] = [*sorted({self._race_index[r] for r in races})] or [None]
        country_keys: list[str | None] = [*sorted(set(countries))] or [None]
        found = (self._lists.get((c, r, best_only)) for c in country_keys for r in race_keys)
        return [lst for lst in found if lst]

    def page(
        self,
        page: int = 1,
        *,
        races: Collection[str] = (),
        countries: Collection[str] = (),
        rank: str | None = None,
        best_only: bool = False,
        unranked: bool = False,
        per_page: int = PER_PAGE,
    ) -> Page:
        """One page of the filtered leaderboard; pages are 1-based and clamped to what exists.

        ``races`` / ``countries`` keep entries of any of them (empty: no filter). Unranked entries
        are left out unless ``unranked`` (then listed below the ranked ones) or ``rank=UNRANKED``.
        Several races and countries are the union of their disjoint sorted lists, merged lazily: a
        page is found by selecting its first key across the lists (bisections, no walk).
        """
        self._flush()
        low, high = self._key_bounds(rank, unranked)
        ranges: list[KeyRange] = []
        for lst in self._target_lists(races, countries, best_only):
            lo = 0 if low is None else lst.bisect_left(low)
            hi = len(lst) if high is None else lst.bisect_left(high)
            if lo < hi:
                ranges.append(KeyRange(lst, lo, hi))
        total = sum(r.hi - r.lo for r in ranges)
        pages = max(1, math.ceil(total / per_page))
        page = min(max(1, page), pages)
        keys = page_keys(ranges, (page - 1) * per_page, per_page)
        every = self._all()
        n_ranked = self.ranked_count()
        counts = self._counts()  # once per page, not per row
        entries = []
        for key in keys:
            eid = key & _EID_MASK
            position = int(every.bisect_left(key))
            letter = ranks.letter_for_position(position, counts) if position < n_ranked else None
            entries.append(PageEntry(eid >> _RACE_BITS, self._races[eid & _RACE_MASK], letter, position + 1))
        return Page(tuple(entries), page, pages, total)

    def countries(self) -> list[str]:
        """The countries with at least one listed entry (what a country filter can offer)."""
        self._flush()
        return [country for country, lst in self._country_lists.items() if lst]

    def __len__(self) -> int:
        self._flush()
        return len(self._all())
