"""The official mod's fingerprint, learned from replays the operator trusts. Data, never code.

What the real replays show (see ``shared/replays/README.md``): every game lists the depot files it
loaded, by sha256 content hash, the map last. An official game loads the mod's core files, plus
optional parts that only some maps pull in (art packs) or that follow the client's language; an
unofficial copy of the mod adds one file of its own. So the fingerprint is a set of known hashes:

- ``required``: loaded by every trusted replay (the mod's core);
- ``optional``: loaded by some trusted replays only;
- the map (the last dependency) is never part of it.

A replay passes when every dependency other than its map is required or optional and every required
one is there; one unknown dependency means an unofficial mod.

Why the known hashes are pooled across battle.net regions rather than kept apart: a depot hash names
the file's content, so a file learned from a trusted EU game is the same official file when a KR
game loads it, and language packs follow the player's client, not the server. Keeping regions apart
would refuse every official game on a map that was only learned in another region. What stays per
region is coverage: a region is accepted only once a trusted replay from it has been learned, and
each version records which trusted replays of which region it was learned from.

What ships: the package carries a default (``evoladder/data/mod_fingerprint.json``) learned from the
community's official replays, regenerated with ``evoladder mod learn --write-default FILES...`` and
never typed by hand; once the operator learns a fingerprint into the data directory, that one wins.

Mod updates: the fingerprint holds several versions at once (each learned under a label); a replay
passes when any version accepts it, so games on the old and the new mod both verify during a rollout.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from evoladder.replays.summary import ReplaySummary

FORMAT: Literal[1] = 1
DEFAULT_VERSION_LABEL = "current"


class FingerprintError(Exception):
    """The fingerprint file is unreadable or the replays given cannot teach a fingerprint."""


class TrustedSample(BaseModel):
    """One replay a version was learned from (for the operator's record; not used to judge)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    content_hash: str
    bnet_region: str
    map_name: str


class ModVersion(BaseModel):
    """One version of the official mod: its required and optional dependency hashes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str
    learned_at: datetime
    required: tuple[str, ...]
    optional: tuple[str, ...]
    samples: tuple[TrustedSample, ...]

    @property
    def regions(self) -> frozenset[str]:
        return frozenset(s.bnet_region for s in self.samples)

    def merged_with(self, other: ModVersion) -> ModVersion:
        """This version as if it had been learned from both versions' replays at once."""
        required = set(self.required) & set(other.required)
        known = set(self.required) | set(self.optional) | set(other.required) | set(other.optional)
        samples = {s.content_hash: s for s in (*self.samples, *other.samples)}
        return ModVersion(
            label=self.label,
            learned_at=max(self.learned_at, other.learned_at),
            required=tuple(sorted(required)),
            optional=tuple(sorted(known - required)),
            samples=tuple(
                sorted(samples.values(), key=lambda s: (s.bnet_region, s.map_name, s.content_hash))
            ),
        )


@dataclass(frozen=True)
class ModJudgement:
    """Whether a replay was played with the official mod, and why (plain words)."""

    official: bool
    reason: str
    version: str | None = None


class ModFingerprint(BaseModel):
    """Every official mod version currently accepted."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal[1] = FORMAT
    mod_name: str
    versions: tuple[ModVersion, ...] = ()

    # --- judging ---------------------------------------------------------------------------------
    def judge(self, summary: ReplaySummary) -> ModJudgement:
        """Official when some version covering the replay's region knows every dependency but the map."""
        if not self.versions:
            return ModJudgement(
                False, "no official mod fingerprint has been learned yet (evoladder mod learn)"
            )
        deps = set(summary.mod_dependency_hashes)
        region = summary.bnet_region
        best: tuple[int, ModVersion, set[str], set[str]] | None = None
        for version in self.versions:
            unknown = deps - set(version.required) - set(version.optional)
            missing = set(version.required) - deps
            if not unknown and not missing and region in version.regions:
                return ModJudgement(
                    True, f"official {self.mod_name} ({version.label}) for {region}", version.label
                )
            score = len(unknown) + len(missing)
            if best is None or score < best[0]:
                best = (score, version, unknown, missing)
        assert best is not None
        _, version, unknown, missing = best
        if not summary.uses_custom_mod:
            return ModJudgement(False, f"not played with {self.mod_name}: the game loaded no custom mod")
        covered = sorted({r for v in self.versions for r in v.regions})
        if region not in covered:
            return ModJudgement(
                False,
                f"no trusted {self.mod_name} replay from {region} has been learned yet "
                f"(known regions: {', '.join(covered)})",
            )
        if len(missing) * 2 > len(version.required):
            return ModJudgement(
                False,
                f"not played with {self.mod_name}: {len(missing)} of its {len(version.required)} core files "
                "are missing",
                version.label,
            )
        if unknown:
            count = "one dependency is" if len(unknown) == 1 else f"{len(unknown)} dependencies are"
            also = f"; {len(missing)} required one(s) missing" if missing else ""
            return ModJudgement(
                False,
                f"unofficial mod: {count} not part of {self.mod_name} for {region} ({_short(unknown)}){also}",
                version.label,
            )
        count = (
            "one required dependency is" if len(missing) == 1 else f"{len(missing)} required dependencies are"
        )
        return ModJudgement(
            False, f"incomplete mod: {count} missing from {self.mod_name} ({_short(missing)})", version.label
        )

    # --- changing ----------------------------------------------------------------------------------
    def with_version(self, version: ModVersion, *, replace: bool = False) -> ModFingerprint:
        """This fingerprint plus ``version``: merged into the version of the same label, else added.

        ``replace`` drops every other version (the mod was updated and old games must stop passing).
        """
        if replace:
            return self.model_copy(update={"versions": (version,)})
        versions = list(self.versions)
        for i, existing in enumerate(versions):
            if existing.label == version.label:
                versions[i] = existing.merged_with(version)
                break
        else:
            versions.append(version)
        return self.model_copy(update={"versions": tuple(versions)})

    # --- files -------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path, mod_name: str) -> ModFingerprint:
        """The fingerprint stored at ``path``; an empty one (that accepts nothing) if there is none."""
        if not path.exists():
            return cls(mod_name=mod_name)
        try:
            return cls.model_validate_json(path.read_bytes())
        except (ValidationError, ValueError) as exc:
            raise FingerprintError(f"{path} is not a valid mod fingerprint file: {exc}") from exc

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(self.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=".fingerprint-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(payload)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def learn(
    summaries: Sequence[ReplaySummary], *, learned_at: datetime, label: str = DEFAULT_VERSION_LABEL
) -> ModVersion:
    """The mod version these trusted replays were played with.

    Required: the dependencies every one of them loaded (map excluded). Optional: the others.
    """
    if not summaries:
        raise FingerprintError("no replays to learn from")
    dependency_sets = [set(s.mod_dependency_hashes) for s in summaries]
    required = set.intersection(*dependency_sets)
    if not required:
        raise FingerprintError(
            "these replays share no dependency at all, so they cannot all be games of the same mod; "
            "learn only from replays played with the official mod"
        )
    known = set.union(*dependency_sets)
    samples = {
        s.content_hash: TrustedSample(
            content_hash=s.content_hash, bnet_region=s.bnet_region, map_name=s.map_name
        )
        for s in summaries
    }
    return ModVersion(
        label=label,
        learned_at=learned_at,
        required=tuple(sorted(required)),
        optional=tuple(sorted(known - required)),
        samples=tuple(sorted(samples.values(), key=lambda s: (s.bnet_region, s.map_name, s.content_hash))),
    )


SHIPPED_FILE = "mod_fingerprint.json"


def shipped_path() -> Path:
    """The default fingerprint inside the package (package data, next to the game data file)."""
    return Path(str(resources.files("evoladder") / "data" / SHIPPED_FILE))


def current_fingerprint(learned: Path, mod_name: str) -> ModFingerprint:
    """The operator's learned fingerprint once there is one, else the default the package ships."""
    return ModFingerprint.load(learned if learned.exists() else shipped_path(), mod_name)


def _short(hashes: Iterable[str]) -> str:
    ordered = sorted(hashes)
    shown = ", ".join(h[:12] for h in ordered[:3])
    return shown + (f" and {len(ordered) - 3} more" if len(ordered) > 3 else "")
