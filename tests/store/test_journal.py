"""The durable log on SQLite: order kept, commits grouped, failures closed, damage refused."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from evoladder.store.journal import (
    FILE_NAME,
    Journal,
    JournalDamaged,
    JournalError,
    JournalReader,
    JournalUnavailable,
)
from tests.store.faults import FaultyDisk, SmallDisk


async def _write(directory: Path, payloads: list[bytes], *, shipped: int = 0) -> Journal:
    journal = Journal(directory)
    journal.recover(shipped)
    journal.start(asyncio.get_running_loop())
    for p in payloads:
        await journal.append(p)
    journal.close()
    return journal


def _recover(directory: Path, shipped: int = 0) -> tuple[Journal, list[bytes], list[int]]:
    journal = Journal(directory)
    tail = journal.recover(shipped)
    return journal, [r.payload for r in tail], [r.seq for r in tail]


async def test_entries_come_back_in_order_after_reopen(tmp_path: Path) -> None:
    payloads = [f"entry {i}".encode() for i in range(300)]
    await _write(tmp_path, payloads)
    journal, back, seqs = _recover(tmp_path)
    assert back == payloads and seqs == list(range(1, 301))
    assert journal.next_seq == 301
    journal.close()


async def test_concurrent_appends_share_commits_and_keep_append_order(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    payloads = [str(i).encode() for i in range(2000)]
    await asyncio.gather(*[journal.append(p) for p in payloads])
    assert journal.durable_seq == 2000
    assert journal.syncs < 2000  # many appends rode on one commit
    reader = JournalReader(journal, 1)
    got = reader.read(5000)
    reader.close()
    journal.close()
    assert [r.payload for r in got] == payloads


async def test_shipped_entries_are_deleted_and_numbering_continues(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    for i in range(50):
        await journal.append(b"x%d" % i)
    journal.release(40)
    await journal.append(b"after")  # the release rides on the next commit
    journal.close()
    journal, back, seqs = _recover(tmp_path, shipped=40)
    assert seqs == list(range(41, 52)) and back[-1] == b"after"
    assert journal.entry_count() == 11
    journal.close()


async def test_a_repeat_waits_for_the_commit_in_flight(tmp_path: Path) -> None:
    """Defect 2: ``wait_appended`` returned at once while the first click's commit was running."""
    journal = Journal(tmp_path, linger_s=0.2)  # the commit of the first entry takes a while
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    first = journal.append(b"first click")
    await asyncio.sleep(0.05)  # the writer has taken the entry into its commit
    waiting = journal.wait_durable()
    assert waiting is not None and not waiting.done()
    await waiting
    assert first.done() and journal.durable_seq == 1
    assert journal.wait_durable() is None
    journal.close()


async def test_a_gap_against_the_database_is_refused(tmp_path: Path) -> None:
    await _write(tmp_path, [b"a", b"b", b"c", b"d"])
    with sqlite3.connect(tmp_path / FILE_NAME) as conn:
        conn.execute("DELETE FROM entries WHERE seq = 3")
    journal = Journal(tmp_path)
    with pytest.raises(JournalDamaged, match=r"entries 3\.\.3 are missing"):
        journal.recover(1)


async def test_a_flipped_byte_mid_log_is_refused_with_the_file_named(tmp_path: Path) -> None:
    """Defect 4: damage in the middle of the log silently dropped later acknowledged entries."""
    payloads = [bytes([i % 251]) * 200 for i in range(400)]
    await _write(tmp_path, payloads)
    path = tmp_path / FILE_NAME
    data = bytearray(path.read_bytes())
    middle = data.find(payloads[200])
    assert middle > 0
    data[middle + 17] ^= 0x04
    path.write_bytes(bytes(data))
    with pytest.raises(JournalDamaged) as info:
        Journal(tmp_path).recover(0)
    assert str(path) in str(info.value) and "entry 201 does not match its checksum" in str(info.value)


async def test_a_file_that_is_not_a_journal_is_refused(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(JournalDamaged, match="is damaged"):
        Journal(tmp_path).recover(0)


async def test_one_process_per_journal(tmp_path: Path) -> None:
    first = Journal(tmp_path)
    first.recover(0)
    with pytest.raises(JournalError, match="another evoladder process"):
        Journal(tmp_path).recover(0)
    first.close()


async def test_a_full_disk_fails_the_commit_and_what_follows_until_it_is_freed(small_disk: SmallDisk) -> None:
    """Defect 1 (journal side): after ENOSPC nothing more is taken until a probe commit works."""
    directory = small_disk.path / "journal"
    journal = Journal(directory)
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    await journal.append(b"before")
    small_disk.fill()
    failed = [journal.append(b"y" * 200_000) for _ in range(3)]
    results = await asyncio.gather(*failed, return_exceptions=True)
    assert all(isinstance(r, JournalUnavailable) for r in results), results
    with pytest.raises(JournalUnavailable):
        journal.append(b"refused at once")
    with pytest.raises(JournalUnavailable, match="full"):
        journal.reopen()  # the disk is still full
    small_disk.free()
    journal.reopen()
    await journal.append(b"after")
    journal.close()
    journal, back, seqs = _recover(directory)
    assert back == [b"before", b"after"] and seqs == [1, 2]
    journal.close()


async def test_eio_on_sync_fails_closed_and_the_descriptors_of_others_stay_open(
    faulty_disk: FaultyDisk, tmp_path: Path
) -> None:
    """Defect 5: after a failed write the old writer closed a descriptor it no longer owned."""
    bystander = open(tmp_path / "bystander.txt", "w")  # noqa: SIM115 - must outlive the failure
    journal = Journal(faulty_disk.path / "journal")
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    await journal.append(b"kept")
    faulty_disk.set(match="journal", fsync_errno="EIO")
    with pytest.raises(JournalUnavailable, match="disk I/O error"):
        await journal.append(b"lost")
    faulty_disk.set()
    journal.reopen()
    await journal.append(b"after")
    journal.close()
    bystander.write("still mine")  # the descriptor is still the bystander's own
    bystander.close()
    assert (tmp_path / "bystander.txt").read_text() == "still mine"
    journal, back, _ = _recover(faulty_disk.path / "journal")
    assert back == [b"kept", b"after"]
    journal.close()


async def test_a_stalled_sync_delays_but_loses_nothing(faulty_disk: FaultyDisk) -> None:
    journal = Journal(faulty_disk.path / "journal")
    journal.recover(0)
    journal.start(asyncio.get_running_loop())
    faulty_disk.set(match="journal", fsync_delay_s=2.0)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await asyncio.gather(*(journal.append(b"slow %d" % i) for i in range(20)))
    assert loop.time() - started >= 1.9
    faulty_disk.set()
    journal.close()
    journal, back, _ = _recover(faulty_disk.path / "journal")
    assert back == [b"slow %d" % i for i in range(20)]
    journal.close()


def test_older_segment_journals_are_refused_with_advice(tmp_path: Path) -> None:
    (tmp_path / "00000000000000000001.log").write_bytes(b"old")
    with pytest.raises(JournalDamaged, match="older evoladder"):
        Journal(tmp_path).recover(0)
