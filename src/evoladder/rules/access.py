"""Access codes for closed seasons: what a code looks like, what an admin may create, and when a
player may redeem one (not expired, not revoked, uses left, not already activated)."""

from __future__ import annotations

import re
from datetime import datetime

from evoladder.i18n import t
from evoladder.rules.errors import IllegalTransition, ValidationFailed
from evoladder.rules.text import clean_text, echo

# No 0/O, 1/I/L: codes are read aloud and typed from screenshots.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS, CODE_GROUP_LENGTH = 2, 4  # ABCD-EFGH
MAX_USES = 10_000
MAX_VALID_DAYS = 365
NOTE_MAX = 100
_CODE = re.compile(rf"[{CODE_ALPHABET}]{{{CODE_GROUP_LENGTH}}}(-[{CODE_ALPHABET}]{{{CODE_GROUP_LENGTH}}})+")


def format_code(symbols: str) -> str:
    """``CODE_GROUPS * CODE_GROUP_LENGTH`` symbols of the alphabet as a code (``ABCD-EFGH``)."""
    n = CODE_GROUP_LENGTH
    return "-".join(symbols[i : i + n] for i in range(0, len(symbols), n))


def normalize_code(raw: str) -> str:
    """A code as a player typed it (any case, spaces or no dash) in its stored form, or a refusal."""
    text = (
        clean_text(raw, field=t("rules-field-code"), max_length=40).upper().replace(" ", "").replace("-", "")
    )
    code = format_code(text)
    if not _CODE.fullmatch(code):
        raise ValidationFailed(t("rules-access-not-a-code", typed=echo(raw)))
    return code


def check_code_spec(uses: object, valid_days: object, note: str) -> tuple[int, int, str]:
    """What an admin asks for: 1 to 10,000 uses, valid 1 to 365 days, a short note."""
    if not isinstance(uses, int) or isinstance(uses, bool) or not 1 <= uses <= MAX_USES:
        raise ValidationFailed(t("rules-access-uses", max_uses=str(MAX_USES)))
    if (
        not isinstance(valid_days, int)
        or isinstance(valid_days, bool)
        or not 1 <= valid_days <= MAX_VALID_DAYS
    ):
        raise ValidationFailed(t("rules-access-validity", max_days=MAX_VALID_DAYS))
    return uses, valid_days, clean_text(note, field=t("rules-field-note"), max_length=NOTE_MAX)


def check_redeemable(
    *,
    code: str,
    uses: int,
    uses_allowed: int,
    expires_at: datetime,
    revoked: bool,
    already_activated: bool,
    now: datetime,
) -> None:
    """A player may redeem ``code`` now, or a refusal that says why and what to do."""
    if already_activated:
        raise IllegalTransition(t("rules-access-already-activated"))
    if revoked:
        raise IllegalTransition(t("rules-access-withdrawn", code=code))
    if now >= expires_at:
        raise IllegalTransition(t("rules-access-expired", code=code))
    if uses >= uses_allowed:
        raise IllegalTransition(t("rules-access-used-up", code=code, uses_allowed=uses_allowed))
