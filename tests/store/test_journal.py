"""The journal: CRC'd records, torn tails cut, damage refused, order kept, commits grouped."""

from __future__ import annotations

import asyncio
import os
import random
from pathlib import Path

import pytest

from evoladder.store.journal import HEADER, Journal, JournalError, JournalReader, segment_name


async def _write(
    directory: Path, payloads: list[bytes], *, shipped: int = 0, segment_bytes: int = 1 << 20
) -> Journal:
    """Append one by one (one commit each) so small segments rotate; a commit never spans segments."""
    journal = Journal(directory, segment_bytes=segment_bytes)
    journal.recover(shipped)
    journal.start(asyncio.get_running_loop())
    for p in payloads:
        await journal.append(p)
    journal.close()
    return journal


def _segments(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix == ".log")


def _recover(directory: Path, shipped: int = 0) -> tuple[Journal, list[bytes], list[int]]:
    journal = Journal(directory)
    tail = journal.recover(shipped)
    return journal, [r.payload for r in tail], [r.seq for r in tail]


async def test_entries_come_back_in_order_after_reopen(tmp_path: Path) -> None:
    payloads = [f"entry {i}".encode() for i in range(300)]
    await _write(tmp_path, payloads)
    journal, back, seqs = _recover(tmp_path)
    assert back == payloads
    assert seqs == list(range(1, 301))
    assert journal.next_seq == 301
    journal.close()


async def test_concurrent_appends_share_commits_and_keep_append_order(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    payloads = [str(i).encode() for i in range(2000)]
    # Appends happen in this order on the loop; durability is awaited concurrently.
    await asyncio.gather(*[journal.append(p) for p in payloads])
    assert journal.durable_seq == 2000
    assert journal.syncs < 2000  # many appends rode on one fsync
    reader = JournalReader(journal, 1)
    got = reader.read(5000)
    reader.close()
    journal.close()
    assert [r.payload for r in got] == payloads


@pytest.mark.parametrize("cut_seed", range(6))
async def test_torn_tail_is_cut_and_numbering_continues(tmp_path: Path, cut_seed: int) -> None:
    payloads = [os.urandom(random.Random(i).randrange(0, 300)) for i in range(40)]
    await _write(tmp_path, payloads)
    (segment,) = _segments(tmp_path)
    size = segment.stat().st_size
    last_len = HEADER.size + len(payloads[-1])
    rng = random.Random(cut_seed)
    cut = size - rng.randrange(1, last_len + 1)  # somewhere inside the last record (or its start)
    with open(segment, "r+b") as f:
        f.truncate(cut)
    journal, back, _ = _recover(tmp_path)
    assert back == payloads[:-1]
    assert segment.stat().st_size == size - last_len
    journal.start(asyncio.get_running_loop())
    await journal.append(b"after the crash")
    journal.close()
    _, back2, seqs2 = _recover(tmp_path)
    assert back2 == [*payloads[:-1], b"after the crash"]
    assert seqs2 == list(range(1, 41))


async def test_flipped_byte_in_newest_segment_drops_only_from_the_damage_on(tmp_path: Path) -> None:
    payloads = [b"x" * 50 for _ in range(10)]
    await _write(tmp_path, payloads)
    (segment,) = _segments(tmp_path)
    data = bytearray(segment.read_bytes())
    data[len(data) - 10] ^= 0xFF  # inside the last payload: CRC mismatch
    segment.write_bytes(bytes(data))
    journal, back, _ = _recover(tmp_path)
    assert back == payloads[:-1]
    journal.close()


async def test_damage_in_an_older_segment_is_refused(tmp_path: Path) -> None:
    await _write(tmp_path, [b"y" * 100 for _ in range(50)], segment_bytes=1000)
    segments = _segments(tmp_path)
    assert len(segments) > 2
    data = bytearray(segments[0].read_bytes())
    data[HEADER.size + 3] ^= 0x01
    segments[0].write_bytes(bytes(data))
    with pytest.raises(JournalError, match="not the newest"):
        Journal(tmp_path).recover(0)


async def test_missing_entries_after_the_database_mark_are_refused(tmp_path: Path) -> None:
    await _write(tmp_path, [b"z"] * 5)
    (segment,) = _segments(tmp_path)
    segment.rename(tmp_path / segment_name(7))  # journal now claims to start at 7
    with pytest.raises(JournalError):
        Journal(tmp_path).recover(0)


async def test_recover_returns_only_unshipped_entries_and_drops_shipped_segments(tmp_path: Path) -> None:
    payloads = [str(i).encode() * 20 for i in range(100)]
    await _write(tmp_path, payloads, segment_bytes=600)
    before = len(_segments(tmp_path))
    journal, back, seqs = _recover(tmp_path, shipped=60)
    assert back == payloads[60:]
    assert seqs[0] == 61
    assert len(_segments(tmp_path)) < before
    journal.close()


async def test_reader_follows_rotation_and_release_deletes_shipped_segments(tmp_path: Path) -> None:
    journal = Journal(tmp_path, segment_bytes=400)
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    reader = JournalReader(journal, 1)
    seen: list[bytes] = []
    for round_ in range(10):
        await asyncio.gather(*[journal.append(f"{round_}-{i}".encode() * 5) for i in range(7)])
        seen.extend(r.payload for r in reader.read(1000))
    assert seen == [f"{r}-{i}".encode() * 5 for r in range(10) for i in range(7)]
    assert journal.segment_count() > 3
    deleted = journal.release(journal.durable_seq)
    assert deleted > 0 and journal.segment_count() == 1
    reader.close()
    journal.close()
    _, back, _ = _recover(tmp_path, shipped=70)
    assert back == []


async def test_append_after_close_is_refused(tmp_path: Path) -> None:
    journal = await _write(tmp_path, [b"a"])
    with pytest.raises(JournalError):
        journal.append(b"b")


def test_a_second_process_cannot_open_a_journal_in_use(tmp_path: Path) -> None:
    first = Journal(tmp_path)
    first.recover(0)
    with pytest.raises(JournalError, match="another evoladder process"):
        Journal(tmp_path).recover(0)
    first.close()
    second = Journal(tmp_path)
    assert second.recover(0) == []
    second.close()


def test_decode_entries_reads_each_payload_on_its_own() -> None:
    """Many payloads at once (as the shipper reads them) decode as each one alone does."""
    from evoladder.store.journal import decode_entries, decode_entry, encode_entry
    from tests.store.rowfactory import random_changes

    rng = random.Random(3)
    entries = [random_changes(rng, rng.randrange(1, 6)) for _ in range(50)]
    payloads = [encode_entry(e) for e in entries]
    decoded = decode_entries(payloads)
    assert [[(c.table, c.op, c.row) for c in e] for e in entries] == [list(map(tuple, d)) for d in decoded]
    assert [decode_entry(p) for p in payloads] == entries
    with pytest.raises(JournalError):
        decode_entries([payloads[0], payloads[1][:-3]])
