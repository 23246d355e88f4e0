"""Damaged files generated from a real replay: truncations, flipped bytes in each MPQ section, and more.

Each case is (name, bytes). Sections are located with mpyq from the undamaged file itself.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import mpyq

# The parts of the archive the parser reads; a flip elsewhere (game events, tracker events...) leaves
# everything the ladder reads unchanged.
READ_FILES = ("replay.details", "replay.initData", "replay.attributes.events")


def mpq_sections(path: Path) -> dict[str, tuple[int, int]]:
    """(offset, length) of the user-data header, archive header, hash table, block table, and each file."""
    archive = mpyq.MPQArchive(str(path))
    header = archive.header
    base = header["offset"]
    sections = {
        "user_data_header": (0, 16 + header["user_data_header"]["user_data_header_size"]),
        "archive_header": (base, header["header_size"]),
        "hash_table": (base + header["hash_table_offset"], header["hash_table_entries"] * 16),
        "block_table": (base + header["block_table_offset"], header["block_table_entries"] * 16),
    }
    for name in archive.files:
        entry = archive.block_table[archive.get_hash_table_entry(name).block_table_index]
        if entry.archived_size:
            sections[f"file:{name.decode()}"] = (base + entry.offset, entry.archived_size)
    return sections


def damaged_files(path: Path, max_bytes: int, seed: int = 5) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    data = path.read_bytes()
    cases: list[tuple[str, bytes]] = [("zero length", b"")]
    for cut in (3, 16, 512, 1100, len(data) // 2, len(data) - 1):
        cases.append((f"truncated to {cut} bytes", data[:cut]))
    cases.append(("padded with junk", data + bytes(rng.randrange(256) for _ in range(100))))
    for section, (offset, length) in mpq_sections(path).items():
        for where in (0, length // 2, length - 1):
            flipped = bytearray(data)
            flipped[offset + where] ^= 0xFF
            cases.append((f"flipped byte {where} of {section}", bytes(flipped)))
        burst = bytearray(data)
        for i in rng.sample(range(length), min(length, 8)):
            burst[offset + i] = rng.randrange(256)
        cases.append((f"8 random bytes in {section}", bytes(burst)))
    offset, length = mpq_sections(path)["hash_table"]
    zeroed = bytearray(data)
    zeroed[offset : offset + length] = bytes(length)
    cases.append(("zeroed hash table", bytes(zeroed)))
    cases.append(("random bytes (40 KB)", rng.randbytes(40_000)))
    cases.append(("random bytes behind a replay magic", b"MPQ\x1b" + rng.randbytes(30_000)))
    cases.append(("a PNG renamed", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(2000)))
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as z:
        z.writestr("replay.SC2Replay", data)
    cases.append(("a zip renamed", zipped.getvalue()))
    cases.append(("a text file renamed", "これはリプレイではありません\n".encode() * 50))
    cases.append(("oversized", data + bytes(max_bytes)))
    return cases
